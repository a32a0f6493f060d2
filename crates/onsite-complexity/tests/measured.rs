//! The assessment on real measurements: `tests/complexity/measured/*.jsonl` holds what
//! `onsite judge --json` measured (sizes, the candidate's and the reference's seconds per call)
//! for every labelled solution in `tests/complexity/` and every reference and accepted sample
//! in the bank, on a 2-core machine, quiet or loaded as each file's name says. Replaying them
//! here keeps the decision rules honest against the machine's real noise, with no timing in the
//! test itself.

use onsite_complexity::{assess, Growth, Point};
use onsite_types::ComplexityClass;
use serde_json::Value;

struct Record {
    file: String,
    kind: String,
    truth: Option<ComplexityClass>,
    expected: ComplexityClass,
    candidate: Vec<Point>,
    reference: Vec<Point>,
}

fn records() -> Vec<(String, Record)> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/complexity/measured");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/complexity/measured exists")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let run = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&path).expect("readable");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(line).expect("one JSON object per line");
            let class = |key: &str| v[key].as_str().map(|s| s.parse().expect("a class"));
            let points = |key: &str| -> Vec<Point> {
                v["samples"]
                    .as_array()
                    .expect("samples")
                    .iter()
                    .map(|s| Point {
                        n: s["n"].as_f64().expect("n"),
                        time: s[key].as_f64().expect("time"),
                    })
                    .collect()
            };
            out.push((
                run.clone(),
                Record {
                    file: v["file"].as_str().expect("file").to_owned(),
                    kind: v["kind"].as_str().expect("kind").to_owned(),
                    truth: class("truth"),
                    expected: class("expected").expect("the target"),
                    candidate: points("candidate"),
                    reference: points("reference"),
                },
            ));
        }
    }
    out
}

/// The coarse degree: O(n) and O(n log n) are one.
fn degree(c: ComplexityClass) -> ComplexityClass {
    match c {
        ComplexityClass::Linearithmic => ComplexityClass::Linear,
        c => c,
    }
}

/// How often each recorded run must be right, (degree, exact), as fractions of its labelled
/// solutions. The first run holds the original 60 labelled solutions; the second, 96 more, many
/// on problems whose generators still let the reference stop early (jump-game,
/// partition-equal-subset-sum) or whose sizes are too narrow to tell growth (subsets), which is
/// why it stays under the targets of 0.97 and 0.90 (see docs/benchmarks.md): these floors keep
/// a change of the rules from making either worse. The third and fourth are the 156 again,
/// quiet and under `stress-ng --cpu 2`, with the reference's warm profile, worst-case measuring
/// inputs and the harness freeing each request before its reply; their misses are listed in
/// docs/benchmarks.md. Three of their labels were decided again for the worst-case families
/// the problems now measure on (tests/complexity/README.md). The last two are the 157 (the
/// slicing search added) recorded again, quiet beside big_O and under `stress-ng --cpu 2`,
/// with exponential problems timed at every size from `n_max - 8`.
const FLOORS: &[(&str, f64, f64)] = &[
    ("2026-12-03-parallel-builds", 0.97, 0.90),
    ("2026-12-03-labelled-156-parallel-builds", 0.90, 0.84),
    ("2026-12-03-labelled-156-quiet", 0.95, 0.87),
    ("2026-12-03-labelled-156-stress-ng", 0.96, 0.89),
    ("2026-12-03-labelled-157-quiet", 0.97, 0.89),
    ("2026-12-03-labelled-157-stress-ng", 0.96, 0.89),
];

#[test]
fn labelled_solutions_are_classed_right_and_no_reference_misses_its_target() {
    let all = records();
    assert!(all.len() >= 100, "{} records", all.len());
    for &(run_name, min_degree, min_exact) in FLOORS {
        let (mut labelled, mut right_degree, mut exact) = (0, 0, 0);
        let mut wrong = Vec::new();
        for (run, r) in all.iter().filter(|(run, _)| run == run_name) {
            let a = assess(&r.candidate, &r.reference, r.expected);
            if r.kind == "reference" {
                // The reference is its own ruler: it never misses its target; "unclear" is
                // allowed (a budget run out under load), a wrong class is not.
                assert!(
                    a.meets_target != Some(false) && a.class.is_none_or(|c| c == r.expected),
                    "{run}: {} reported {:?} against its own target {}",
                    r.file,
                    a.class,
                    r.expected
                );
            }
            let Some(truth) = r.truth else { continue };
            labelled += 1;
            if a.class.map(degree) == Some(degree(truth)) {
                right_degree += 1;
            } else {
                wrong.push(format!(
                    "{run}: {} is {truth}, assessed {:?} ({:?})",
                    r.file, a.class, a.growth
                ));
            }
            if a.class == Some(truth) {
                exact += 1;
            } else if a.class.map(degree) == Some(degree(truth)) {
                println!(
                    "  inexact: {run}: {} is {truth}, assessed {:?} ({:?})",
                    r.file, a.class, a.growth
                );
            }
        }
        assert!(labelled > 0, "no labelled solution in {run_name}");
        for w in &wrong {
            println!("  miss: {w}");
        }
        let share = |k: usize| k as f64 / labelled as f64;
        println!(
            "{run_name}: degree {right_degree}/{labelled} ({:.1}%), exact {exact}/{labelled} ({:.1}%)",
            100.0 * share(right_degree),
            100.0 * share(exact)
        );
        assert!(
            share(right_degree) >= min_degree,
            "{run_name}: degree {right_degree}/{labelled}: {wrong:#?}"
        );
        assert!(
            share(exact) >= min_exact,
            "{run_name}: exact {exact}/{labelled}"
        );
    }
}

/// The same solutions measured quiet and under `stress-ng --cpu 2` get the same class: what a
/// user sees must not depend on the machine's load. Printed with `--nocapture`; at most
/// [`MOST_LOAD_FLIPS`] may differ.
#[test]
fn load_does_not_change_the_class() {
    const MOST_LOAD_FLIPS: usize = 12;
    let all = records();
    for (quiet_run, loaded_run) in [
        (
            "2026-12-03-labelled-156-quiet",
            "2026-12-03-labelled-156-stress-ng",
        ),
        (
            "2026-12-03-labelled-157-quiet",
            "2026-12-03-labelled-157-stress-ng",
        ),
    ] {
        let quiet: Vec<&Record> = all
            .iter()
            .filter(|(run, _)| run == quiet_run)
            .map(|(_, r)| r)
            .collect();
        let mut flips = Vec::new();
        let mut compared = 0;
        for (run, r) in &all {
            if run != loaded_run {
                continue;
            }
            let Some(q) = quiet.iter().find(|q| q.file == r.file) else {
                continue;
            };
            compared += 1;
            let (a, b) = (
                assess(&q.candidate, &q.reference, q.expected).class,
                assess(&r.candidate, &r.reference, r.expected).class,
            );
            if a != b {
                flips.push(format!("{}: quiet {a:?}, stress-ng {b:?}", r.file));
            }
        }
        println!(
            "{quiet_run} against {loaded_run}: {} of {compared} differ",
            flips.len()
        );
        for f in &flips {
            println!("  {f}");
        }
        assert!(compared >= 150, "{compared}");
        assert!(flips.len() <= MOST_LOAD_FLIPS, "{flips:#?}");
    }
}

#[test]
fn a_log_factor_is_never_claimed_where_the_ratio_only_wanders() {
    // No labelled O(n) solution to an O(n) problem is called O(n log n): cache effects and
    // C-speed built-ins make the ratio wander by about a log factor's worth.
    for (run, r) in records() {
        if r.truth == Some(ComplexityClass::Linear) && r.expected == ComplexityClass::Linear {
            let a = assess(&r.candidate, &r.reference, r.expected);
            assert_ne!(
                (a.class, a.growth),
                (Some(ComplexityClass::Linearithmic), Growth::Slower),
                "{run}: {}",
                r.file
            );
        }
    }
}
