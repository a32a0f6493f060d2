//! Every rule against its own documentation (it must fire on the "Example" and not on the
//! "Instead"), against fixtures under `tests/fixtures/<rule-id>/{bad,good}.py` (with a
//! snapshot of what a user sees for the bad one), and against every bundled problem's
//! reference solution and accepted samples, which must raise no finding at all.

use std::path::{Path, PathBuf};

use onsite_analysis::{analyse, analyse_for_inputs_up_to, rules, to_text};

/// The first ```python block after a heading.
fn block_after<'d>(docs: &'d str, heading: &str) -> &'d str {
    let after = docs.split_once(heading).map_or("", |x| x.1);
    let code = after.split_once("```python\n").map_or("", |x| x.1);
    code.split_once("```").map_or("", |x| x.0)
}

fn fired(source: &str, id: &str) -> usize {
    analyse(source)
        .findings
        .iter()
        .filter(|f| f.rule == id)
        .count()
}

#[test]
fn every_rule_fires_on_its_documented_example_and_not_on_the_fix() {
    for rule in rules() {
        let bad = block_after(rule.docs, "## Example");
        let good = block_after(rule.docs, "## Instead");
        assert!(
            !bad.is_empty() && !good.is_empty(),
            "{}: examples missing",
            rule.id
        );
        assert!(
            fired(bad, rule.id) > 0,
            "{} does not fire on its example:\n{bad}",
            rule.id
        );
        assert_eq!(
            fired(good, rule.id),
            0,
            "{} fires on its fix:\n{good}",
            rule.id
        );
    }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn every_rule_has_fixtures_that_it_fires_on_and_not() {
    for rule in rules() {
        let dir = fixtures().join(rule.id);
        let read = |name: &str| {
            std::fs::read_to_string(dir.join(name))
                .unwrap_or_else(|e| panic!("{}/{name}: {e}", dir.display()))
        };
        let (bad, good) = (read("bad.py"), read("good.py"));
        assert!(
            fired(&bad, rule.id) > 0,
            "{} does not fire on bad.py",
            rule.id
        );
        assert_eq!(
            fired(&good, rule.id),
            0,
            "{} fires on good.py:\n{}",
            rule.id,
            to_text("good.py", &analyse(&good))
        );
        let text = to_text(&format!("{}/bad.py", rule.id), &analyse(&bad));
        insta::assert_snapshot!(rule.id, text);
    }
}

fn problems() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../problems")
}

/// Reference solutions (the problem's and its follow-ups') are what good looks like: no
/// finding at all. Accepted samples are
/// LeetCode-style and may carry honest findings; those are snapshotted, so that a rule
/// change that alters them is reviewed.
#[test]
fn no_finding_on_any_reference_solution_and_reviewed_ones_on_accepted_samples() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(problems())
        .expect("problems/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("problem.toml").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 16, "only {} problems", dirs.len());
    let mut false_alarms = String::new();
    let mut samples = String::new();
    for dir in &dirs {
        let slug = dir.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        // The problem's largest input, as the judge reads it (the first `n_max`, in
        // [constraints]): findings its inputs cannot bring about are not shown to users.
        let toml = std::fs::read_to_string(dir.join("problem.toml")).expect("problem.toml");
        let n_max: u64 = toml
            .lines()
            .find_map(|l| l.trim().strip_prefix("n_max = "))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("{slug}: no n_max"));
        // The reference and the follow-ups' references (not their validators).
        let mut references = vec![dir.join("solution.py")];
        let mut follow_ups: Vec<PathBuf> = std::fs::read_dir(dir.join("follow-ups"))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        follow_ups.retain(|p| {
            p.extension().is_some_and(|e| e == "py")
                && !p.to_string_lossy().ends_with("-validate.py")
        });
        follow_ups.sort();
        references.extend(follow_ups);
        for file in references {
            let name = file
                .strip_prefix(dir)
                .unwrap_or(&file)
                .display()
                .to_string();
            let reference = std::fs::read_to_string(&file).expect("reference");
            let analysis = analyse_for_inputs_up_to(&reference, n_max);
            assert!(analysis.syntax_error.is_none(), "{slug}/{name}");
            false_alarms.push_str(&to_text(&format!("{slug}/{name}"), &analysis));
        }
        let mut accepted: Vec<PathBuf> = std::fs::read_dir(dir.join("submissions/accepted"))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        accepted.sort();
        for file in accepted {
            let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
            let source = std::fs::read_to_string(&file).expect("sample");
            samples.push_str(&to_text(
                &format!("{slug}/accepted/{name}"),
                &analyse_for_inputs_up_to(&source, n_max),
            ));
        }
    }
    assert!(
        false_alarms.is_empty(),
        "false alarms on reference solutions:\n{false_alarms}"
    );
    insta::assert_snapshot!("accepted_samples", samples);
}

#[test]
fn any_input_is_analysed_without_panicking() {
    let samples = [
        "",
        "def",
        "def f(:\n  pass",
        "for x in :\n",
        "\u{feff}x = 1\n",
        "class A:\n    def f(self, x=[]):\n        return self.f(x - 1)\n",
        "x = [\n",
        "lambda: (yield)",
        "async def f():\n    async for x in y:\n        await z\n",
        "match x:\n    case [a, *rest]:\n        pass\n",
        "é = 'ü'\nprint(é)\n",
    ];
    for s in samples {
        let _ = analyse(s);
        for cut in 0..s.len() {
            if s.is_char_boundary(cut) {
                let _ = analyse(&s[..cut]);
            }
        }
    }
    let deep = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    let _ = analyse(&deep);
    let syntax = analyse("def f(:\n    pass\n");
    let e = syntax.syntax_error.expect("syntax error reported");
    assert_eq!(e.line, 1);
}

#[test]
fn metrics_and_claims_are_read() {
    let source = "def two_sum(nums, target):\n    \"\"\"\n    Approach: one pass with a dict of seen values.\n    Time:  O(N)\n    Space: O(n)\n    Edge cases: duplicates, negatives\n    \"\"\"\n    seen = {}\n    for i, x in enumerate(nums):\n        for j in range(i):\n            if x and nums[j] or x == 2:\n                return [j, i]\n        seen[x] = i\n    z = 1\n";
    let a = analyse(source);
    assert_eq!(a.claims.time.as_deref(), Some("O(n)"));
    assert_eq!(a.claims.space.as_deref(), Some("O(n)"));
    assert!(a.claims.approach.is_some() && a.claims.edge_cases.is_some());
    let f = &a.metrics.functions[0];
    assert_eq!((f.name.as_str(), f.line, f.length), ("two_sum", 1, 14));
    assert_eq!(f.max_nesting, 3);
    assert_eq!(f.cyclomatic, 1 + 2 + 1 + 2);
    assert_eq!(
        a.deepest_nested_loop().map(|l| (l.line, l.depth)),
        Some((10, 2))
    );
    assert_eq!(a.metrics.unclear_names, vec![("z".to_owned(), 14)]);
    let prose = analyse("def f(xs):\n    \"\"\"Sort, then scan: O(n log n) time and O(1) extra space.\"\"\"\n    return xs\n");
    assert_eq!(prose.claims.time.as_deref(), Some("O(n log n)"));
    assert_eq!(prose.claims.space.as_deref(), Some("O(1)"));
}

#[test]
fn sarif_names_rules_and_regions() {
    let a = analyse("def f(xs, acc=[]):\n    try:\n        return xs.pop(0)\n    except:\n        return None\n");
    let sarif = onsite_analysis::to_sarif("f.py", &a);
    assert_eq!(sarif["version"], "2.1.0");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 3, "{sarif:#}");
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    for r in results {
        let index = r["ruleIndex"].as_u64().expect("index") as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
        assert!(r["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .is_some());
    }
}
