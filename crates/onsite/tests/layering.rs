//! The crates depend on each other one way, as ARCHITECTURE.md's table of layers says: every
//! `onsite-*` dependency a manifest declares is one the table names for that crate, every one
//! the table names is declared, and each points to a lower layer. A new edge is a decision: make
//! it in the table first.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The workspace's root.
fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// Each crate's `onsite-*` dependencies (not dev-dependencies: tests may reach further), from
/// the manifests under `crates/`.
fn manifests() -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let dir = root().join("crates");
    for entry in std::fs::read_dir(&dir).expect("crates/") {
        let path = entry.expect("entry").path().join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let mut name = None;
        let mut section = String::new();
        let mut deps = BTreeSet::new();
        for line in text.lines().map(str::trim) {
            if line.starts_with('[') {
                section = line.to_owned();
                continue;
            }
            let key = line
                .split(['=', '.', ' '])
                .next()
                .unwrap_or_default()
                .trim_matches('"');
            if section == "[package]" && key == "name" {
                name = line.split('"').nth(1).map(str::to_owned);
            }
            if section == "[dependencies]" && key.starts_with("onsite") {
                deps.insert(key.to_owned());
            }
        }
        let name = name.unwrap_or_else(|| panic!("{}: no package name", path.display()));
        out.insert(name, deps);
    }
    out
}

/// The table of layers: crate → (layer, the `onsite-*` crates it may depend on). "all above"
/// names every crate of a lower layer; other words (serde, nix...) are outside crates.
fn table() -> BTreeMap<String, (u32, BTreeSet<String>)> {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut rows: Vec<(String, u32, String)> = Vec::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // | layer | crate | job | depends on |
        if cells.len() != 6 {
            continue;
        }
        let Ok(layer) = cells[1].parse::<u32>() else {
            continue;
        };
        let Some(name) = cells[2].split('`').nth(1) else {
            continue;
        };
        rows.push((name.to_owned(), layer, cells[4].to_owned()));
    }
    let known: BTreeSet<String> = rows.iter().map(|(n, _, _)| n.clone()).collect();
    rows.iter()
        .map(|(name, layer, deps)| {
            let allowed = if deps.trim() == "all above" {
                rows.iter()
                    .filter(|(_, l, _)| l < layer)
                    .map(|(n, _, _)| n.clone())
                    .collect()
            } else {
                deps.split(',')
                    .map(|w| w.trim().trim_matches('`'))
                    .map(|w| {
                        if w.starts_with("onsite") {
                            w.to_owned()
                        } else {
                            format!("onsite-{w}")
                        }
                    })
                    .filter(|w| known.contains(w))
                    .collect()
            };
            (name.clone(), (*layer, allowed))
        })
        .collect()
}

#[test]
fn every_crate_edge_is_the_one_the_architecture_names_and_points_down() {
    let declared = manifests();
    let table = table();
    assert_eq!(
        declared.keys().collect::<Vec<_>>(),
        table.keys().collect::<Vec<_>>(),
        "the crates under crates/ and the rows of ARCHITECTURE.md's table of layers differ"
    );
    let mut wrong = Vec::new();
    for (name, deps) in &declared {
        let (layer, allowed) = &table[name];
        for d in deps.difference(allowed) {
            wrong.push(format!(
                "{name} depends on {d}, which the table does not name"
            ));
        }
        for d in allowed.difference(deps) {
            wrong.push(format!(
                "the table says {name} depends on {d}; its manifest does not"
            ));
        }
        for d in deps {
            let below = table.get(d).is_some_and(|(l, _)| l < layer);
            if !below {
                wrong.push(format!(
                    "{name} (layer {layer}) depends on {d}, which is not in a lower layer"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_dependency_the_table_does_not_name_is_found() {
    // The check above reads what it compares: a made-up edge must show in the difference.
    let table = table();
    let (_, allowed) = &table["onsite-types"];
    assert!(
        allowed.is_empty(),
        "onsite-types depends on no crate of ours"
    );
    let (_, app) = &table["onsite-app"];
    assert!(app.contains("onsite-judge") && !app.contains("onsite-server"));
}
