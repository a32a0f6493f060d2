//! The same code judged twice on the same machine gets the same report: verdict, tests, measured
//! class and whether it meets the target, findings, the docstring check and every score. Only
//! what was timed may differ: times, memory, the figures quoted from them, and the sizes they
//! were taken over (how far a measurement got within its budget, and which sizes a fit used).

use super::{file, onsite, stderr, stdout, GOOD};

/// The report with what is timed set aside: the measured points and timings, where the time ran
/// out, every decimal figure in a sentence ("about 1.1× the reference's time",
/// "n^0.03 ± 0.05") and every size a figure was taken at or over ("n = 78–10000").
fn untimed(mut report: serde_json::Value) -> serde_json::Value {
    fn mask(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::String(s) => *s = without_sizes(&without_decimals(s)),
            serde_json::Value::Array(items) => items.iter_mut().for_each(mask),
            serde_json::Value::Object(map) => map.values_mut().for_each(mask),
            _ => {}
        }
    }
    if let Some(c) = report["complexity"].as_object_mut() {
        for timed in ["samples", "measure_ms", "excess", "confidence", "stopped"] {
            c.remove(timed);
        }
    }
    if let Some(r) = report.as_object_mut() {
        r.remove("stats");
    }
    mask(&mut report);
    report
}

/// `text` with every size or range of sizes after `n = ` (`n = 78–10000`, `n = 5000`) written
/// `n = #`.
fn without_sizes(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("n = ") {
        out.push_str(&rest[..at + 4]);
        rest = &rest[at + 4..];
        let size = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let mut end = size(rest);
        if end > 0 {
            if let Some(upper) = rest[end..].strip_prefix('–') {
                if size(upper) > 0 {
                    end = rest.len() - upper.len() + size(upper);
                }
            }
            out.push('#');
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

/// `text` with every decimal figure (`12.5`, `-0.5`; not `12`) written `#`.
fn without_decimals(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let fraction = match chars.get(i + digits) {
            Some('.') if digits > 0 => chars[i + digits + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count(),
            _ => 0,
        };
        if fraction > 0 {
            // A sign goes with the figure: `n^-0.01` and `n^0.02` say the same.
            if out.ends_with('-') {
                out.pop();
            }
            out.push('#');
            i += digits + 1 + fraction;
        } else if digits > 0 {
            out.extend(&chars[i..i + digits]);
            i += digits;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[test]
fn decimal_figures_and_sizes_are_masked_and_other_whole_numbers_kept() {
    assert_eq!(
        without_decimals("about 1.1× over n = 78–10000, n^-0.03 ± 0.05; 3 of 4. End."),
        "about #× over n = 78–10000, n^# ± #; 3 of 4. End."
    );
    assert_eq!(
        without_sizes("over n = 78–10000; over n = 1250–5000; at n = 5000, 1000 ms; n = x"),
        "over n = #; over n = #; at n = #, 1000 ms; n = x"
    );
}

/// A quadratic two-sum over the pairs after each value: about 0.2 s on two-sum's tests of 3000
/// values and about 2.7 s on those of 10^4 (measured on 2 cores), so on either side of the 1 s
/// limit by a wide margin and which tests pass does not hang on the machine's speed or load, as
/// a solution near the limit would (the full scan of every ordered pair took 0.6 s at 3000).
const QUADRATIC: &str = "def two_sum(nums, target):\n    for i, x in enumerate(nums):\n        need = target - x\n        for j in range(i + 1, len(nums)):\n            if nums[j] == need:\n                return [i, j]\n";

/// The hash-map two-sum with a docstring that states its approach and complexities.
const CLAIMED: &str = "def two_sum(nums, target):\n    \"\"\"Approach: one pass with a map from value to index.\n\n    Time: O(n). Space: O(n).\n    Edge cases: duplicates, negatives, the pair at both ends.\n    \"\"\"\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";

#[test]
fn judging_the_same_code_twice_gives_the_same_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, source) in [
        ("good.py", GOOD),
        ("quadratic.py", QUADRATIC),
        ("claimed.py", CLAIMED),
    ] {
        let path = file(dir.path(), name, source.as_bytes());
        let judge = || -> serde_json::Value {
            let out = onsite(&["judge", "two-sum", path.to_str().expect("utf-8"), "--json"]);
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            serde_json::from_str(&stdout(&out)).expect("JSON")
        };
        let (first, second) = (untimed(judge()), untimed(judge()));
        assert!(
            first["complexity"]["time"].is_string(),
            "{name}: measured: {first:#}"
        );
        assert_eq!(
            first,
            second,
            "{name}: two judgings differ:\n{}",
            serde_json::to_string_pretty(&first).unwrap_or_default()
        );
    }
}
