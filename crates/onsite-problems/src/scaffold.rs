//! `onsite problems new`: the files of a new package, complete and valid from the start.
//!
//! The scaffold is a small working problem (the largest value of a list) with every part a
//! package has: statement, reference, brute force, generator, validator, examples, 30 hidden
//! tests, a sample wrong submission, hints, clarifications, an editorial and a follow-up with
//! its tests. It passes `problems check` as written, so an author replaces it piece by piece
//! and checks as they go; every piece to replace carries [`TODO_MARKER`], and
//! `problems verify` refuses a package that still has one.

use std::collections::BTreeMap;

use onsite_types::Difficulty;

use crate::package::{is_kebab_case, PackageFiles, PATTERNS};

/// Marks what the author of a scaffolded package still has to write.
pub const TODO_MARKER: &str = "TODO(author)";

/// Why a package cannot be scaffolded.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ScaffoldError {
    /// The slug is not kebab-case.
    #[error("`{0}` is not a valid slug: use lowercase words joined by `-` (`two-sum`)")]
    BadSlug(String),
    /// A pattern is not one of [`PATTERNS`].
    #[error("unknown pattern `{0}`; the patterns are: {list}", list = PATTERNS.join(", "))]
    UnknownPattern(String),
}

/// What the new package is.
#[derive(Debug, Clone)]
pub struct Blueprint {
    /// Folder name and id.
    pub slug: String,
    /// Title; from the slug when `None` (`two-sum` → `Two Sum`).
    pub title: Option<String>,
    /// Difficulty.
    pub difficulty: Difficulty,
    /// Pattern tags (at least one; from [`PATTERNS`]).
    pub patterns: Vec<String>,
}

/// The package's files (shown as `problems/<slug>`).
pub fn scaffold(blueprint: &Blueprint) -> Result<PackageFiles, ScaffoldError> {
    if !is_kebab_case(&blueprint.slug) {
        return Err(ScaffoldError::BadSlug(blueprint.slug.clone()));
    }
    if let Some(bad) = blueprint
        .patterns
        .iter()
        .find(|p| !PATTERNS.contains(&p.as_str()))
    {
        return Err(ScaffoldError::UnknownPattern(bad.clone()));
    }
    let patterns = if blueprint.patterns.is_empty() {
        vec!["arrays-and-hashing".to_owned()]
    } else {
        blueprint.patterns.clone()
    };
    let title = blueprint
        .title
        .clone()
        .unwrap_or_else(|| title_of(&blueprint.slug));
    let toml_list = patterns
        .iter()
        .map(|p| format!("\"{p}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let mut files = BTreeMap::new();
    let mut put = |path: &str, text: String| {
        files.insert(path.to_owned(), text.into_bytes());
    };
    put(
        "problem.toml",
        PROBLEM_TOML
            .replace("{slug}", &blueprint.slug)
            .replace("{title}", &title.replace('"', "'"))
            .replace("{difficulty}", blueprint.difficulty.as_str())
            .replace("{patterns}", &toml_list),
    );
    put("statement.md", STATEMENT.to_owned());
    put("editorial.md", EDITORIAL.replace("{title}", &title));
    put("solution.py", SOLUTION.to_owned());
    put("brute.py", BRUTE.to_owned());
    put("gen.py", GENERATOR.to_owned());
    put("validate.py", VALIDATOR.to_owned());
    put("follow-ups/changed-constraint.py", FOLLOW_UP.to_owned());
    put("submissions/wrong_answer/first_value.py", WRONG.to_owned());
    put("tests/examples.jsonl", EXAMPLES.to_owned());
    put("tests/hidden.jsonl", hidden_tests());
    put("tests/follow-ups.jsonl", FOLLOW_UP_TESTS.to_owned());
    Ok(PackageFiles {
        root: format!("problems/{}", blueprint.slug),
        dir_name: blueprint.slug.clone(),
        files,
    })
}

/// `two-sum` → `Two Sum`.
fn title_of(slug: &str) -> String {
    slug.split('-')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Thirty hidden tests: edge cases written out, small random lists, then generated large ones.
fn hidden_tests() -> String {
    let mut lines = vec![
        r#"{"category": "single_element", "note": "one value", "input": {"nums": [4]}}"#.to_owned(),
        r#"{"category": "negatives", "note": "only negative values", "input": {"nums": [-3, -1, -2]}}"#.to_owned(),
        r#"{"category": "all_equal", "note": "every value the same", "input": {"nums": [2, 2, 2, 2]}}"#.to_owned(),
        r#"{"category": "sorted", "note": "the largest last", "input": {"nums": [1, 2, 3, 4, 5]}}"#.to_owned(),
        r#"{"category": "reversed", "note": "the largest first", "input": {"nums": [5, 4, 3, 2, 1]}}"#.to_owned(),
        r#"{"category": "extremes", "note": "the bounds of the values", "input": {"nums": [-1000000000, 1000000000]}}"#.to_owned(),
        r#"{"category": "zeros", "note": "zeros and negatives", "input": {"nums": [0, -1, 0]}}"#.to_owned(),
    ];
    // Small lists from a fixed linear congruential sequence: deterministic, varied.
    let mut state: u64 = 12345;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as i64
    };
    for _ in 0..18 {
        let len = 2 + (next() % 9) as usize;
        let nums: Vec<String> = (0..len).map(|_| (next() % 41 - 20).to_string()).collect();
        lines.push(format!(
            r#"{{"category": "random", "input": {{"nums": [{}]}}}}"#,
            nums.join(", ")
        ));
    }
    lines.extend(
        [
            r#"{"category": "random", "note": "2000 values", "gen": {"n": 2000, "seed": 1}}"#,
            r#"{"category": "random", "note": "5000 values", "gen": {"n": 5000, "seed": 2}}"#,
            r#"{"category": "large_input", "note": "10^5 values", "gen": {"n": 100000, "seed": 3}, "brute": false}"#,
            r#"{"category": "large_input", "note": "10^5 values, increasing", "gen": {"n": 100000, "seed": 4, "kind": "increasing"}, "brute": false}"#,
            r#"{"category": "large_input", "note": "10^5 equal values", "gen": {"n": 100000, "seed": 5, "kind": "equal"}, "brute": false}"#,
        ]
        .map(str::to_owned),
    );
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

const PROBLEM_TOML: &str = r#"# The package format: docs/problem-format.md. Replace every TODO(author) (the scaffold is a
# small working problem, the largest value of a list, so that `onsite problems check` passes
# from the start), then run `onsite problems verify {slug}`.
slug = "{slug}"
title = "{title}"
difficulty = "{difficulty}"
patterns = [{patterns}]
hints = [
  "TODO(author): the gentlest hint, a question that points at the idea.",
  "TODO(author): a second hint, closer to the data structure or technique.",
  "TODO(author): the last hint, the algorithm in a sentence (never the code).",
]

[signature]
function = "largest"
leetcode_method = "largest"
args = [{ name = "nums", type = "list[int]" }]
returns = "int"

[constraints]
text = ["1 <= len(nums) <= 10^5", "-10^9 <= nums[i] <= 10^9"]
n_max = 100000

[limits]
time_ms = 1000
memory_mb = 256

[complexity]
time = "O(n)"
space = "O(1)"
size_arg = "nums"
brute = "O(n^2)"

[judge]
compare = "exact"

[[clarifications]]
topic = "empty"
question = "TODO(author): what a candidate should ask about empty or tiny inputs."
answer = "The list has at least one value."

[[clarifications]]
topic = "input_size"
question = "TODO(author): how large can the input be?"
answer = "Up to 10^5 values between -10^9 and 10^9."

[[clarifications]]
topic = "duplicates"
question = "TODO(author): can values repeat?"
answer = "Yes; the answer is the value, not its position."

[[follow_ups]]
id = "changed-constraint"
prompt = "TODO(author): the problem with one constraint changed (a stream, O(1) extra space, negative values...)."
solution = "follow-ups/changed-constraint.py"
same_answers = true
"#;

const STATEMENT: &str = "\
TODO(author): the statement, in your own words. Say what the function receives and returns,
and what the answer is in every edge case the tests cover.

Given a non-empty list of integers `nums`, return its largest value.

## Examples

```
nums = [3, 9, 4]
answer: 9
```

```
nums = [-5]
answer: -5
```

## Constraints

- `1 <= len(nums) <= 10^5`
- `-10^9 <= nums[i] <= 10^9`
";

const EDITORIAL: &str = "\
# {title}: editorial

TODO(author): the brute force first, with its time and space; then the observation that leads
to the optimisation and why it is correct; the final time and space; the pitfalls to test; and
how the follow-up changes the solution.

**Brute force.** For each value, check whether any other value beats it: O(n²) time, O(1)
space.

**One pass.** Keep the largest value seen so far: O(n) time, O(1) space.
";

const SOLUTION: &str = "\
# TODO(author): the reference solution; it must meet the [complexity] targets.
def largest(nums):
    best = nums[0]
    for x in nums:
        if x > best:
            best = x
    return best
";

const BRUTE: &str = "\
# TODO(author): an obviously correct, slower solution (the stress test compares the two).
def largest(nums):
    for x in nums:
        if all(y <= x for y in nums):
            return x
";

const GENERATOR: &str = r#"# TODO(author): inputs of size n for the hidden tests, the stress test and the measurements.
def generate(n, rng, kind="random"):
    """n values. kind "random": anywhere in the range; "increasing": sorted, the largest last;
    "equal": n copies of one value."""
    n = max(n, 1)
    if kind == "increasing":
        return {"nums": sorted(rng.randint(-10**9, 10**9) for _ in range(n))}
    if kind == "equal":
        return {"nums": [rng.randint(-10**9, 10**9)] * n}
    return {"nums": [rng.randint(-10**9, 10**9) for _ in range(n)]}
"#;

const VALIDATOR: &str = r#"# TODO(author): assert every constraint of the statement; every test input must pass.
def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 10**5, f"len(nums) = {len(nums)} is outside 1..10^5"
    assert all(-10**9 <= x <= 10**9 for x in nums), "a value is outside -10^9..10^9"
"#;

const FOLLOW_UP: &str = "\
# TODO(author): the follow-up's reference solution.
def largest(nums):
    return max(nums)
";

const WRONG: &str = "\
# A sample submission with the verdict it must get (its folder's name); replace or delete.
def largest(nums):
    return nums[0]
";

const EXAMPLES: &str = r#"{"category": "basic", "input": {"nums": [3, 9, 4]}, "expected": 9}
{"category": "single_element", "input": {"nums": [-5]}, "expected": -5}
"#;

const FOLLOW_UP_TESTS: &str = r#"{"category": "basic", "note": "TODO(author): the follow-up's own tests", "input": {"nums": [3, 9, 4]}, "follow_up": "changed-constraint"}
{"category": "single_element", "note": "one value", "input": {"nums": [7]}, "follow_up": "changed-constraint"}
{"category": "negatives", "note": "only negatives", "input": {"nums": [-4, -2, -9]}, "follow_up": "changed-constraint"}
{"category": "all_equal", "note": "every value the same", "input": {"nums": [1, 1, 1]}, "follow_up": "changed-constraint"}
{"category": "large_input", "note": "10^5 values", "gen": {"n": 100000, "seed": 6}, "follow_up": "changed-constraint"}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::package::load_package;

    fn blueprint(slug: &str, patterns: &[&str]) -> Blueprint {
        Blueprint {
            slug: slug.into(),
            title: None,
            difficulty: Difficulty::Medium,
            patterns: patterns.iter().map(|p| (*p).to_owned()).collect(),
        }
    }

    #[test]
    fn the_scaffold_is_a_valid_package() {
        let package = scaffold(&blueprint("meeting-rooms", &["intervals", "heap"])).expect("ok");
        let problem = match load_package(&package) {
            Ok(p) => p,
            Err(diagnostics) => panic!("scaffold does not load: {diagnostics:#?}"),
        };
        assert_eq!(problem.title, "Meeting Rooms");
        assert_eq!(problem.patterns, ["intervals", "heap"]);
        assert_eq!(problem.hidden.len(), crate::package::MIN_HIDDEN_TESTS);
        assert_eq!(problem.follow_ups.len(), 1);
        assert!(problem.statement.contains(TODO_MARKER));
    }

    #[test]
    fn bad_slugs_and_patterns_are_refused() {
        assert_eq!(
            scaffold(&blueprint("Two_Sum", &[])).err(),
            Some(ScaffoldError::BadSlug("Two_Sum".into()))
        );
        let err = scaffold(&blueprint("two-sum", &["hashing"])).expect_err("unknown");
        assert!(err.to_string().contains("sliding-window"), "{err}");
    }
}
