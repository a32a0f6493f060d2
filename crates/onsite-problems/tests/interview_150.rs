//! `docs/interview-150.tsv` names, for each of the 150 problems interview-prep lists agree on,
//! the bundled package that covers it: every name there must be a package that exists.

use onsite_problems::Catalog;

#[test]
fn every_package_the_interview_150_list_names_is_bundled() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/interview-150.tsv");
    let text = std::fs::read_to_string(path).expect("docs/interview-150.tsv");
    let catalog = Catalog::bundled();
    let mut rows = 0;
    let mut missing = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 6, "six columns: {line:?}");
        rows += 1;
        let covered = cols[5].trim();
        if !covered.is_empty() && catalog.get(covered).is_none() {
            missing.push(covered.to_owned());
        }
    }
    assert_eq!(rows, 150, "the list has 150 problems");
    assert!(missing.is_empty(), "named but not bundled: {missing:?}");
}

/// `docs/problems.md` is made by `scripts/problems-table.sh` from a full verification: it must
/// list exactly the bundled packages, each verified, and count the interview-150 coverage the
/// list above gives. A package added, renamed or removed without making the table again fails
/// here, so the table cannot claim a verification that never ran.
#[test]
fn the_problems_table_lists_every_bundled_package_as_verified() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/");
    let table = std::fs::read_to_string(format!("{root}problems.md")).expect("docs/problems.md");
    let catalog = Catalog::bundled();
    let mut listed = Vec::new();
    let mut unverified = Vec::new();
    for line in table.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // | slug | patterns | difficulty | target | tests | mutants | kill rate | brute | follow-ups | verified |
        if cells.len() == 12 && cells[1] != "problem" && !cells[1].starts_with("---") {
            listed.push(cells[1].to_owned());
            if cells[10] != "yes" {
                unverified.push(cells[1].to_owned());
            }
        }
    }
    let mut bundled: Vec<String> = catalog.problems().iter().map(|p| p.slug.clone()).collect();
    bundled.sort();
    listed.sort();
    let missing: Vec<&String> = bundled.iter().filter(|s| !listed.contains(s)).collect();
    let extra: Vec<&String> = listed.iter().filter(|s| !bundled.contains(s)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "docs/problems.md is stale (run scripts/problems-table.sh): not listed {missing:?}, \
         listed but not bundled {extra:?}"
    );
    assert!(
        unverified.is_empty(),
        "not verified in docs/problems.md: {unverified:?}"
    );

    let tsv = std::fs::read_to_string(format!("{root}interview-150.tsv")).expect("tsv");
    let covered = tsv
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter(|l| l.split('\t').nth(5).is_some_and(|c| !c.trim().is_empty()))
        .count();
    assert!(
        table.contains(&format!("| all | {covered} of 150 | |")),
        "docs/problems.md's coverage is not the list's {covered} of 150: run scripts/problems-table.sh"
    );
}
