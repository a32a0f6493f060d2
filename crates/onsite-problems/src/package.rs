//! One problem package: its files, their parsed form, and every check `problems check` makes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Range;

use onsite_types::{ClarifyTopic, ComplexityClass, Difficulty, EdgeCategory, Verdict};
use serde::Deserialize;
use serde_json::Value;
use toml::Spanned;

use crate::types::ValueType;

/// The patterns a problem may be tagged with (kebab-case, stable).
pub const PATTERNS: &[&str] = &[
    "arrays-and-hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-lists",
    "trees",
    "tries",
    "heap",
    "backtracking",
    "graphs",
    "dynamic-programming",
    "greedy",
    "intervals",
    "bit-manipulation",
    "math",
    "python-engineering",
    "design",
];

/// Hidden tests a package must have at least, unless its constraints admit fewer inputs and
/// its tests hold every one (`every_input` in `[constraints]`).
pub const MIN_HIDDEN_TESTS: usize = 30;

/// A mistake in a package, located at a file and (when known) a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path of the file, as the user sees it (`problems/two-sum/tests/hidden.jsonl`).
    pub file: String,
    /// 1-based line, when the mistake has one.
    pub line: Option<usize>,
    /// What is wrong, and what to do where that is not obvious.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// The files of one package, from the bundle or from disk.
#[derive(Debug, Clone)]
pub struct PackageFiles {
    /// How the package's folder is shown in messages (`problems/two-sum`).
    pub root: String,
    /// The folder's name, which must be the slug.
    pub dir_name: String,
    /// Relative path (with `/`) to contents.
    pub files: BTreeMap<String, Vec<u8>>,
}

/// Per-test resource limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// CPU time per test, in milliseconds.
    pub time_ms: u64,
    /// Memory the solution may use beyond the interpreter's own, in MiB.
    pub memory_mb: u64,
    /// What the solution may print in one run, in KiB.
    pub output_kb: u64,
}

/// The complexity a solution should reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Complexity {
    /// Time.
    pub time: ComplexityClass,
    /// Extra space, when declared.
    pub space: Option<ComplexityClass>,
    /// The argument whose size is `n`.
    pub size_arg: String,
    /// The time of `brute.py`, when declared: if it is above `time`, the largest tests must
    /// make the brute force exceed the time limit (checked by `onsite problems verify`).
    pub brute: Option<ComplexityClass>,
    /// The generator's `kind` whose inputs expose the cost of a slow solution (all keys
    /// distinct, no early exit, deep chains...), used for measuring growth; the generator's
    /// default inputs when not declared. `problems verify` checks that the brute force shows
    /// its declared class on them.
    pub measure_kind: Option<String>,
}

/// How a returned value is compared with the expected one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Compare {
    /// Identical canonical values.
    Exact,
    /// The same items in any order.
    Unordered,
    /// The same groups in any order, each group's items in any order.
    UnorderedGroups,
    /// Numbers equal within an absolute or relative tolerance.
    Float {
        /// The tolerance.
        tolerance: f64,
    },
    /// The package's `checker.py` decides.
    Custom,
}

/// A named, typed argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg {
    /// Its name in Python.
    pub name: String,
    /// Its type.
    pub ty: ValueType,
}

/// The entry point of a function problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// snake_case name of a top-level function.
    pub function: String,
    /// camelCase method of LeetCode's `class Solution`.
    pub leetcode_method: String,
    /// Arguments in order.
    pub args: Vec<Arg>,
    /// Return type.
    pub returns: ValueType,
    /// `async def`.
    pub is_async: bool,
    /// In-place problems: the argument whose final state is judged.
    pub mutates: Option<String>,
}

/// A method of a design problem's class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Method {
    /// Its name (`__init__` for the constructor).
    pub name: String,
    /// Arguments after `self`.
    pub args: Vec<Arg>,
    /// Return type.
    pub returns: ValueType,
}

/// A design problem: a class driven by (operations, arguments) lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Design {
    /// The class name.
    pub class: String,
    /// Its methods; the first is `__init__`.
    pub methods: Vec<Method>,
}

/// A codec problem: a class whose one method turns a value into a `str` and whose other turns
/// that string back into the value. Each test encodes in the submission's process and decodes
/// in a second one that shares nothing with it, so a value kept aside by the encoder (a class
/// attribute, a global) is not there to be found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codec {
    /// The class name (`Codec`; a `Solution` class with the same methods is accepted too).
    pub class: String,
    /// The method turning the value into a string (`encode`, `serialize`).
    pub encode: String,
    /// The method turning the string back into the value (`decode`, `deserialize`).
    pub decode: String,
    /// The value that makes the round trip: a test's only input, and its expected output.
    pub value: Arg,
}

/// What kind of entry point the candidate writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A function (or `Solution` method).
    Function(Signature),
    /// A class.
    Design(Design),
    /// A class of two methods, judged on the round trip.
    Codec(Codec),
}

/// Where a test's input comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseSource {
    /// Written in the test file.
    Input(Value),
    /// Produced by `gen.py`'s `generate(n, random.Random(seed))`, or
    /// `generate(n, rng, kind=kind)` for a named shape of input.
    Gen {
        /// Size.
        n: u64,
        /// Seed.
        seed: u64,
        /// A named shape the generator knows (`"snake"`, `"all_land"`...).
        kind: Option<String>,
    },
}

/// One test.
#[derive(Debug, Clone, PartialEq)]
pub struct TestCase {
    /// Shown to the candidate (an example) or hidden.
    pub visible: bool,
    /// File it came from, relative to the package.
    pub file: &'static str,
    /// 1-based line in that file.
    pub line: usize,
    /// The edge case it probes.
    pub category: EdgeCategory,
    /// A short description shown when a hidden test fails.
    pub note: Option<String>,
    /// Its input.
    pub source: CaseSource,
    /// The expected output, when written in the file.
    pub expected: Option<Value>,
    /// How many items of an iterator result to consume.
    pub take: Option<u64>,
    /// Whether the brute force is fast enough for it.
    pub brute: bool,
}

/// A clarifying question a candidate should ask, with the problem's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clarification {
    /// What it is about.
    pub topic: ClarifyTopic,
    /// The question, as a candidate would ask it.
    pub question: String,
    /// The interviewer's answer.
    pub answer: String,
}

/// A follow-up: the problem with one constraint changed, judged on its own tests.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUp {
    /// Stable kebab-case id (`sorted-input`).
    pub id: String,
    /// What the interviewer asks.
    pub prompt: String,
    /// The follow-up's reference solution (the problem's own when it also meets the follow-up).
    pub solution: Option<String>,
    /// The follow-up's input validator, when it changes the constraints (the problem's own
    /// otherwise).
    pub validator: Option<String>,
    /// Time target, when it changes.
    pub time: Option<ComplexityClass>,
    /// Extra-space target, when it changes.
    pub space: Option<ComplexityClass>,
    /// The largest input size, when the follow-up allows larger inputs than the problem (so
    /// that an O(1)-extra-space target can be told from O(n): at 10^4 values a dict holds about
    /// half a megabyte, lost in the kernel's accounting of resident memory; at 10^6, 50 MB).
    /// Measuring climbs to it; the follow-up's own validator must accept it.
    pub n_max: Option<u64>,
    /// The follow-up restricts how the problem is solved ("without OrderedDict"), not what the
    /// answers are: the problem's own reference also passes its tests.
    pub same_answers: bool,
    /// Its tests, from `tests/follow-ups.jsonl`.
    pub tests: Vec<TestCase>,
}

/// A sample submission shipped with the package and the verdict it must get.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleSubmission {
    /// Path inside the package (`submissions/accepted/leetcode_style.py`).
    pub path: String,
    /// File name.
    pub name: String,
    /// The verdict it must get.
    pub expected: Verdict,
    /// Its source.
    pub source: String,
}

/// A validated problem.
#[derive(Debug, Clone)]
pub struct Problem {
    /// Stable identifier, the folder name.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Difficulty.
    pub difficulty: Difficulty,
    /// Pattern tags, from [`PATTERNS`].
    pub patterns: Vec<String>,
    /// Entry point.
    pub kind: Kind,
    /// Constraints as shown to the candidate.
    pub constraints: Vec<String>,
    /// Largest size of the size argument.
    pub n_max: u64,
    /// Limits.
    pub limits: Limits,
    /// Complexity target.
    pub complexity: Complexity,
    /// Output comparison.
    pub compare: Compare,
    /// `statement.md`.
    pub statement: String,
    /// `solution.py`.
    pub solution: String,
    /// `brute.py`.
    pub brute: String,
    /// `gen.py`, when present.
    pub generator: Option<String>,
    /// `checker.py`, when present.
    pub checker: Option<String>,
    /// `validate.py`, when present: `validate(input)` raises when an input breaks the
    /// constraints; every written and generated input must pass it.
    pub validator: Option<String>,
    /// Visible examples.
    pub examples: Vec<TestCase>,
    /// Hidden tests.
    pub hidden: Vec<TestCase>,
    /// Sample submissions with their expected verdicts.
    pub submissions: Vec<SampleSubmission>,
    /// Progressive hints, gentlest first.
    pub hints: Vec<String>,
    /// `editorial.md`: brute force, then the optimisation, with complexities.
    pub editorial: Option<String>,
    /// Clarifying questions with their answers.
    pub clarifications: Vec<Clarification>,
    /// Follow-ups with their tests.
    pub follow_ups: Vec<FollowUp>,
    /// Digest of every file of the package (hex), for caches keyed by content.
    pub fingerprint: String,
}

impl Problem {
    /// Examples then hidden tests, in judging order.
    pub fn all_tests(&self) -> impl Iterator<Item = &TestCase> {
        self.examples.iter().chain(&self.hidden)
    }

    /// The reference solution (which must be accepted) followed by every sample submission,
    /// each with the verdict it must get.
    pub fn verdict_samples(&self) -> Vec<SampleSubmission> {
        let reference = SampleSubmission {
            path: "solution.py".into(),
            name: "solution.py".into(),
            expected: Verdict::Accepted,
            source: self.solution.clone(),
        };
        std::iter::once(reference)
            .chain(self.submissions.iter().cloned())
            .collect()
    }

    /// This problem restricted to the tests its brute force is fast enough for (those not
    /// marked `"brute": false`, examples included), to check `brute.py` against the reference.
    pub fn for_brute_force(&self) -> Problem {
        let mut problem = self.clone();
        problem.examples.retain(|c| c.brute);
        problem.hidden.retain(|c| c.brute);
        problem
    }

    /// Check a test input (argument name to JSON value) against the signature, as every input
    /// in the test files is checked; for inputs produced by `gen.py`.
    pub fn check_input(&self, input: &Value) -> Result<(), String> {
        check_input(&self.kind, input)
    }

    /// The problem as its follow-up `id` asks it: the follow-up's tests (no examples), its
    /// reference solution and its targets. `None` for an unknown id.
    pub fn follow_up(&self, id: &str) -> Option<Problem> {
        let f = self.follow_ups.iter().find(|f| f.id == id)?;
        let mut problem = self.clone();
        problem.examples.clear();
        problem.hidden = f.tests.clone();
        if let Some(solution) = &f.solution {
            problem.solution = solution.clone();
        }
        if let Some(validator) = &f.validator {
            problem.validator = Some(validator.clone());
        }
        if let Some(time) = f.time {
            problem.complexity.time = time;
        }
        if f.space.is_some() {
            problem.complexity.space = f.space;
        }
        if let Some(n) = f.n_max {
            problem.n_max = n;
        }
        // Measuring inputs come from the follow-up's own family (the kind of its largest
        // generated test), so that its measurement never feeds it inputs it does not take
        // (unsorted lists to a sorted-input follow-up). A follow-up with inputs of its own (a
        // validator) but no generated test is not measured.
        let largest = f
            .tests
            .iter()
            .filter_map(|c| match &c.source {
                CaseSource::Gen { n, kind, .. } => Some((*n, kind.clone())),
                CaseSource::Input(_) => None,
            })
            .max_by_key(|(n, _)| *n);
        match largest {
            Some((_, kind)) => problem.complexity.measure_kind = kind,
            None if f.validator.is_some() => problem.generator = None,
            None => {}
        }
        problem.submissions.clear();
        Some(problem)
    }

    /// The function signature, for function problems.
    pub fn signature(&self) -> Option<&Signature> {
        match &self.kind {
            Kind::Function(s) => Some(s),
            Kind::Design(_) | Kind::Codec(_) => None,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProblem {
    slug: Spanned<String>,
    title: String,
    difficulty: Spanned<String>,
    patterns: Spanned<Vec<String>>,
    signature: Option<RawSignature>,
    design: Option<RawDesign>,
    codec: Option<RawCodec>,
    constraints: RawConstraints,
    limits: RawLimits,
    #[serde(default)]
    hints: Vec<Spanned<String>>,
    #[serde(default)]
    clarifications: Vec<RawClarification>,
    #[serde(default)]
    follow_ups: Vec<RawFollowUp>,
    complexity: RawComplexity,
    judge: RawJudge,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArg {
    name: Spanned<String>,
    #[serde(rename = "type")]
    ty: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignature {
    function: Spanned<String>,
    leetcode_method: Spanned<String>,
    args: Vec<RawArg>,
    returns: Spanned<String>,
    #[serde(default)]
    is_async: bool,
    mutates: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMethod {
    name: Spanned<String>,
    #[serde(default)]
    args: Vec<RawArg>,
    returns: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDesign {
    class: Spanned<String>,
    methods: Spanned<Vec<RawMethod>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCodec {
    class: Spanned<String>,
    encode: Spanned<String>,
    decode: Spanned<String>,
    value: RawArg,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConstraints {
    text: Vec<String>,
    n_max: u64,
    every_input: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    time_ms: Spanned<u64>,
    memory_mb: Spanned<u64>,
    #[serde(default = "default_output_kb")]
    output_kb: u64,
}

fn default_output_kb() -> u64 {
    64
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawComplexity {
    time: Spanned<String>,
    space: Option<Spanned<String>>,
    size_arg: Spanned<String>,
    brute: Option<Spanned<String>>,
    measure_kind: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClarification {
    topic: Spanned<String>,
    question: String,
    answer: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFollowUp {
    id: Spanned<String>,
    prompt: String,
    solution: Option<Spanned<String>>,
    validator: Option<Spanned<String>>,
    time: Option<Spanned<String>>,
    space: Option<Spanned<String>>,
    n_max: Option<Spanned<u64>>,
    #[serde(default)]
    same_answers: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJudge {
    compare: Spanned<String>,
    float_tolerance: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    category: String,
    note: Option<String>,
    input: Option<Value>,
    gen: Option<RawGen>,
    expected: Option<Value>,
    take: Option<u64>,
    #[serde(default = "yes")]
    brute: bool,
    follow_up: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGen {
    n: u64,
    seed: u64,
    kind: Option<String>,
}

fn yes() -> bool {
    true
}

/// Collects diagnostics for one file.
struct FileLog<'a> {
    file: String,
    text: &'a str,
    out: &'a mut Vec<Diagnostic>,
}

impl FileLog<'_> {
    fn at_span(&mut self, span: Range<usize>, message: impl Into<String>) {
        let line = line_of(self.text, span.start);
        self.out.push(Diagnostic {
            file: self.file.clone(),
            line: Some(line),
            message: message.into(),
        });
    }

    fn at_line(&mut self, line: usize, message: impl Into<String>) {
        self.out.push(Diagnostic {
            file: self.file.clone(),
            line: Some(line),
            message: message.into(),
        });
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |before| before.matches('\n').count() + 1)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

pub(crate) fn is_kebab_case(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_snake_case(s: &str) -> bool {
    is_identifier(s) && !s.chars().any(|c| c.is_ascii_uppercase())
}

/// Parse and validate one package. Every problem found is reported, not only the first.
pub fn load_package(pkg: &PackageFiles) -> Result<Problem, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let path = |name: &str| format!("{}/{}", pkg.root, name);
    let text_of = |name: &str, required: bool, diags: &mut Vec<Diagnostic>| -> Option<String> {
        match pkg.files.get(name) {
            None if required => {
                diags.push(Diagnostic {
                    file: path(name),
                    line: None,
                    message: "missing; every package needs this file".into(),
                });
                None
            }
            None => None,
            Some(bytes) => match String::from_utf8(bytes.clone()) {
                Ok(s) => Some(s),
                Err(e) => {
                    let offset = e.utf8_error().valid_up_to();
                    let line = line_of(&String::from_utf8_lossy(bytes), offset);
                    diags.push(Diagnostic {
                        file: path(name),
                        line: Some(line),
                        message: format!("not valid UTF-8 (byte {offset})"),
                    });
                    None
                }
            },
        }
    };

    let toml_text = text_of("problem.toml", true, &mut diags);
    let statement = text_of("statement.md", true, &mut diags);
    let solution = text_of("solution.py", true, &mut diags);
    let brute = text_of("brute.py", true, &mut diags);
    let generator = text_of("gen.py", false, &mut diags);
    let checker = text_of("checker.py", false, &mut diags);
    let validator = text_of("validate.py", false, &mut diags);
    let examples_text = text_of("tests/examples.jsonl", true, &mut diags);
    let hidden_text = text_of("tests/hidden.jsonl", true, &mut diags);
    let follow_ups_text = text_of("tests/follow-ups.jsonl", false, &mut diags);
    let editorial = text_of("editorial.md", false, &mut diags);

    let spec = toml_text.as_deref().and_then(|text| {
        parse_spec(
            pkg,
            text,
            generator.is_some(),
            checker.is_some(),
            &mut diags,
        )
    });

    let mut examples = Vec::new();
    let mut hidden = Vec::new();
    if let (Some(spec), Some(text)) = (&spec, &examples_text) {
        examples = untagged(parse_cases(
            spec,
            &path("tests/examples.jsonl"),
            "tests/examples.jsonl",
            text,
            true,
            generator.is_some(),
            None,
            &mut diags,
        ));
        if examples.is_empty() {
            diags.push(Diagnostic {
                file: path("tests/examples.jsonl"),
                line: None,
                message: "no examples; add at least one".into(),
            });
        }
    }
    if let (Some(spec), Some(text)) = (&spec, &hidden_text) {
        hidden = untagged(parse_cases(
            spec,
            &path("tests/hidden.jsonl"),
            "tests/hidden.jsonl",
            text,
            false,
            generator.is_some(),
            None,
            &mut diags,
        ));
        match spec.every_input {
            // The constraints admit only a few inputs (generate-parentheses: n = 1..8), and
            // the tests must hold every one of them instead of thirty.
            Some(all) => {
                let distinct: BTreeSet<String> = examples
                    .iter()
                    .chain(&hidden)
                    .filter_map(|c| match &c.source {
                        CaseSource::Input(input) => Some(input.to_string()),
                        CaseSource::Gen { .. } => None,
                    })
                    .collect();
                if distinct.len() < all {
                    diags.push(Diagnostic {
                        file: path("tests/hidden.jsonl"),
                        line: None,
                        message: format!(
                            "the constraints admit {all} inputs (every_input = {all}) and the \
                             examples and hidden tests hold {} of them; write every one",
                            distinct.len()
                        ),
                    });
                }
            }
            None if hidden.len() < MIN_HIDDEN_TESTS => diags.push(Diagnostic {
                file: path("tests/hidden.jsonl"),
                line: None,
                message: format!(
                    "{} hidden tests; a package needs at least {MIN_HIDDEN_TESTS} (or, when \
                     the constraints admit fewer inputs, all of them: `every_input` in \
                     [constraints])",
                    hidden.len()
                ),
            }),
            None => {}
        }
    }

    let follow_ups = spec.as_ref().map_or_else(Vec::new, |spec| {
        parse_follow_ups(
            pkg,
            spec,
            follow_ups_text.as_deref(),
            generator.is_some(),
            &mut diags,
        )
    });
    let submissions = parse_submissions(pkg, &mut diags);

    match (spec, statement, solution, brute) {
        (Some(spec), Some(statement), Some(solution), Some(brute)) if diags.is_empty() => {
            Ok(Problem {
                hints: spec.hints,
                clarifications: spec.clarifications,
                editorial,
                follow_ups,
                slug: spec.slug,
                title: spec.title,
                difficulty: spec.difficulty,
                patterns: spec.patterns,
                kind: spec.kind,
                constraints: spec.constraints,
                n_max: spec.n_max,
                limits: spec.limits,
                complexity: spec.complexity,
                compare: spec.compare,
                statement,
                solution,
                brute,
                generator,
                checker,
                validator,
                examples,
                hidden,
                submissions,
                fingerprint: fingerprint(pkg),
            })
        }
        _ => Err(diags),
    }
}

/// The tests of a file that may not name follow-ups.
fn untagged(cases: Vec<(Option<String>, TestCase)>) -> Vec<TestCase> {
    cases.into_iter().map(|(_, c)| c).collect()
}

/// The declared follow-ups with their tests from `tests/follow-ups.jsonl`; each needs at least
/// [`MIN_FOLLOW_UP_TESTS`].
fn parse_follow_ups(
    pkg: &PackageFiles,
    spec: &Spec,
    text: Option<&str>,
    has_gen: bool,
    diags: &mut Vec<Diagnostic>,
) -> Vec<FollowUp> {
    let file = "tests/follow-ups.jsonl";
    let ids: Vec<String> = spec
        .follow_ups
        .iter()
        .map(|f| f.id.get_ref().clone())
        .collect();
    let cases = match text {
        Some(text) => parse_cases(
            spec,
            &format!("{}/{file}", pkg.root),
            file,
            text,
            false,
            has_gen,
            Some(&ids),
            diags,
        ),
        None => Vec::new(),
    };
    let source_of = |name: &Spanned<String>| {
        pkg.files
            .get(name.get_ref())
            .and_then(|b| String::from_utf8(b.clone()).ok())
    };
    spec.follow_ups
        .iter()
        .map(|raw| {
            let tests: Vec<TestCase> = cases
                .iter()
                .filter(|(id, _)| id.as_deref() == Some(raw.id.get_ref().as_str()))
                .map(|(_, c)| c.clone())
                .collect();
            if tests.len() < MIN_FOLLOW_UP_TESTS {
                diags.push(Diagnostic {
                    file: format!("{}/{file}", pkg.root),
                    line: None,
                    message: format!(
                        "follow-up `{}` has {} tests; it needs at least {MIN_FOLLOW_UP_TESTS}",
                        raw.id.get_ref(),
                        tests.len()
                    ),
                });
            }
            let n_max = raw.n_max.as_ref().map(|n| *n.get_ref());
            if let Some(n) = &raw.n_max {
                let problem_n = spec.n_max;
                let fault = if *n.get_ref() <= problem_n {
                    Some(format!(
                        "follow-up `{}` sets n_max = {}, not above the problem's {problem_n}: \
                         leave it out",
                        raw.id.get_ref(),
                        n.get_ref()
                    ))
                } else if raw.validator.is_none() {
                    Some(format!(
                        "follow-up `{}` allows inputs up to n = {}, beyond the problem's \
                         {problem_n}: it needs a validator of its own that accepts them",
                        raw.id.get_ref(),
                        n.get_ref()
                    ))
                } else {
                    None
                };
                if let Some(message) = fault {
                    diags.push(Diagnostic {
                        file: format!("{}/problem.toml", pkg.root),
                        line: pkg
                            .files
                            .get("problem.toml")
                            .map(|b| line_of(&String::from_utf8_lossy(b), n.span().start)),
                        message,
                    });
                }
            }
            FollowUp {
                n_max,
                id: raw.id.get_ref().clone(),
                prompt: raw.prompt.trim().to_owned(),
                solution: raw.solution.as_ref().and_then(source_of),
                validator: raw.validator.as_ref().and_then(source_of),
                time: raw.time.as_ref().and_then(|t| t.get_ref().parse().ok()),
                space: raw.space.as_ref().and_then(|t| t.get_ref().parse().ok()),
                same_answers: raw.same_answers,
                tests,
            }
        })
        .collect()
}

/// Fewest tests a follow-up may have.
pub const MIN_FOLLOW_UP_TESTS: usize = 5;

fn fingerprint(pkg: &PackageFiles) -> String {
    let mut hasher = blake3::Hasher::new();
    for (name, bytes) in &pkg.files {
        hasher.update(&(name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    hasher.finalize().to_hex().to_string()
}

fn parse_submissions(pkg: &PackageFiles, diags: &mut Vec<Diagnostic>) -> Vec<SampleSubmission> {
    let mut out = Vec::new();
    for (name, bytes) in pkg.files.range("submissions/".to_owned()..) {
        let Some(rest) = name.strip_prefix("submissions/") else {
            break;
        };
        let file = format!("{}/{}", pkg.root, name);
        let Some((verdict, file_name)) = rest.split_once('/') else {
            diags.push(Diagnostic {
                file,
                line: None,
                message: "sample submissions go in submissions/<verdict>/".into(),
            });
            continue;
        };
        if !file_name.ends_with(".py") {
            continue;
        }
        let expected = match verdict.parse::<Verdict>() {
            Ok(v) => v,
            Err(e) => {
                diags.push(Diagnostic {
                    file,
                    line: None,
                    message: format!("folder: {e}"),
                });
                continue;
            }
        };
        match String::from_utf8(bytes.clone()) {
            Ok(source) => out.push(SampleSubmission {
                path: name.clone(),
                name: file_name.to_owned(),
                expected,
                source,
            }),
            Err(_) => diags.push(Diagnostic {
                file,
                line: None,
                message: "not valid UTF-8".into(),
            }),
        }
    }
    out
}

/// The parts of problem.toml the tests are checked against.
struct Spec {
    slug: String,
    title: String,
    difficulty: Difficulty,
    patterns: Vec<String>,
    kind: Kind,
    constraints: Vec<String>,
    n_max: u64,
    every_input: Option<usize>,
    limits: Limits,
    complexity: Complexity,
    compare: Compare,
    hints: Vec<String>,
    clarifications: Vec<Clarification>,
    /// Declared follow-ups, without their tests yet.
    follow_ups: Vec<RawFollowUp>,
}

fn parse_args(raw: &[RawArg], log: &mut FileLog<'_>) -> Option<Vec<Arg>> {
    let mut args = Vec::new();
    let mut seen = BTreeSet::new();
    let mut ok = true;
    for a in raw {
        if !is_identifier(a.name.get_ref()) {
            log.at_span(
                a.name.span(),
                format!(
                    "argument name `{}` is not a Python identifier",
                    a.name.get_ref()
                ),
            );
            ok = false;
        } else if !seen.insert(a.name.get_ref().clone()) {
            log.at_span(
                a.name.span(),
                format!("argument `{}` appears twice", a.name.get_ref()),
            );
            ok = false;
        }
        match ValueType::parse(a.ty.get_ref()) {
            Ok(ty) => args.push(Arg {
                name: a.name.get_ref().clone(),
                ty,
            }),
            Err(e) => {
                log.at_span(a.ty.span(), e.to_string());
                ok = false;
            }
        }
    }
    ok.then_some(args)
}

fn parse_type(raw: &Spanned<String>, log: &mut FileLog<'_>) -> Option<ValueType> {
    ValueType::parse(raw.get_ref())
        .map_err(|e| log.at_span(raw.span(), e.to_string()))
        .ok()
}

fn parse_word<T: std::str::FromStr>(raw: &Spanned<String>, log: &mut FileLog<'_>) -> Option<T>
where
    T::Err: fmt::Display,
{
    raw.get_ref()
        .parse::<T>()
        .map_err(|e| log.at_span(raw.span(), e.to_string()))
        .ok()
}

fn parse_spec(
    pkg: &PackageFiles,
    text: &str,
    has_gen: bool,
    has_checker: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<Spec> {
    let mut log = FileLog {
        file: format!("{}/problem.toml", pkg.root),
        text,
        out: diags,
    };
    let raw: RawProblem = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let message = e.message().to_owned();
            match e.span() {
                Some(span) => log.at_span(span, message),
                None => log.out.push(Diagnostic {
                    file: log.file.clone(),
                    line: None,
                    message,
                }),
            }
            return None;
        }
    };
    let before = log.out.len();

    if raw.slug.get_ref() != &pkg.dir_name {
        log.at_span(
            raw.slug.span(),
            format!(
                "slug `{}` differs from the folder name `{}`",
                raw.slug.get_ref(),
                pkg.dir_name
            ),
        );
    }
    let difficulty = parse_word::<Difficulty>(&raw.difficulty, &mut log);
    if raw.patterns.get_ref().is_empty() {
        log.at_span(
            raw.patterns.span(),
            "no patterns; tag the problem with at least one",
        );
    }
    for p in raw.patterns.get_ref() {
        if !PATTERNS.contains(&p.as_str()) {
            let hint = PATTERNS
                .iter()
                .min_by_key(|k| strsim::levenshtein(k, p))
                .map(|k| format!(" (did you mean `{k}`?)"))
                .unwrap_or_default();
            log.at_span(
                raw.patterns.span(),
                format!(
                    "unknown pattern `{p}`{hint}; known: {}",
                    PATTERNS.join(", ")
                ),
            );
        }
    }

    let kind = match (&raw.signature, &raw.design, &raw.codec) {
        (Some(sig), None, None) => parse_signature(sig, &mut log).map(Kind::Function),
        (None, Some(design), None) => parse_design(design, &mut log).map(Kind::Design),
        (None, None, Some(codec)) => parse_codec(codec, &mut log).map(Kind::Codec),
        _ => {
            log.out.push(Diagnostic {
                file: log.file.clone(),
                line: None,
                message: "exactly one of [signature] (a function), [design] (a class) or \
                          [codec] (a class that encodes and decodes) is needed"
                    .into(),
            });
            None
        }
    };

    let time = parse_word::<ComplexityClass>(&raw.complexity.time, &mut log);
    let space = raw
        .complexity
        .space
        .as_ref()
        .map(|s| parse_word::<ComplexityClass>(s, &mut log));
    let brute = raw
        .complexity
        .brute
        .as_ref()
        .map(|s| parse_word::<ComplexityClass>(s, &mut log));
    if let Some(kind) = &kind {
        let size_arg = raw.complexity.size_arg.get_ref();
        let known = match kind {
            Kind::Function(sig) => sig.args.iter().any(|a| &a.name == size_arg),
            Kind::Design(_) => size_arg == "operations",
            Kind::Codec(codec) => &codec.value.name == size_arg,
        };
        if !known {
            log.at_span(
                raw.complexity.size_arg.span(),
                format!(
                    "size_arg `{size_arg}` is not an argument (design problems use `operations`)"
                ),
            );
        }
    }

    let compare = match raw.judge.compare.get_ref().as_str() {
        "exact" => Some(Compare::Exact),
        "unordered" => Some(Compare::Unordered),
        "unordered_groups" => Some(Compare::UnorderedGroups),
        "custom" => Some(Compare::Custom),
        "float" => match raw.judge.float_tolerance {
            Some(t) if t > 0.0 && t < 1.0 => Some(Compare::Float { tolerance: t }),
            _ => {
                log.at_span(
                    raw.judge.compare.span(),
                    "compare = \"float\" needs float_tolerance between 0 and 1",
                );
                None
            }
        },
        other => {
            log.at_span(raw.judge.compare.span(), format!("unknown compare `{other}`; expected exact, unordered, unordered_groups, float or custom"));
            None
        }
    };
    if compare == Some(Compare::Custom) && !has_checker {
        log.at_span(
            raw.judge.compare.span(),
            "compare = \"custom\" needs a checker.py beside problem.toml",
        );
    }
    if !has_gen {
        log.out.push(Diagnostic {
            file: format!("{}/gen.py", pkg.root),
            line: None,
            message: "missing; large tests and complexity runs need generate(n, rng)".into(),
        });
    }
    if *raw.limits.time_ms.get_ref() == 0 || *raw.limits.time_ms.get_ref() > 20_000 {
        log.at_span(
            raw.limits.time_ms.span(),
            "time_ms must be between 1 and 20000",
        );
    }
    if *raw.limits.memory_mb.get_ref() < 16 || *raw.limits.memory_mb.get_ref() > 4096 {
        log.at_span(
            raw.limits.memory_mb.span(),
            "memory_mb must be between 16 and 4096",
        );
    }

    for (i, hint) in raw.hints.iter().enumerate() {
        if hint.get_ref().trim().is_empty() {
            log.at_span(hint.span(), format!("hint {} is empty", i + 1));
        }
    }
    let mut clarifications = Vec::new();
    for c in &raw.clarifications {
        if let Some(topic) = parse_word::<ClarifyTopic>(&c.topic, &mut log) {
            if c.question.trim().is_empty() || c.answer.trim().is_empty() {
                log.at_span(
                    c.topic.span(),
                    "a clarification needs a question and an answer",
                );
            }
            clarifications.push(Clarification {
                topic,
                question: c.question.trim().to_owned(),
                answer: c.answer.trim().to_owned(),
            });
        }
    }
    let mut follow_up_ids = BTreeSet::new();
    for f in &raw.follow_ups {
        if !is_kebab_case(f.id.get_ref()) {
            log.at_span(f.id.span(), "a follow-up id is kebab-case (`sorted-input`)");
        }
        if !follow_up_ids.insert(f.id.get_ref().clone()) {
            log.at_span(
                f.id.span(),
                format!("follow-up `{}` is declared twice", f.id.get_ref()),
            );
        }
        for class in [&f.time, &f.space].into_iter().flatten() {
            parse_word::<ComplexityClass>(class, &mut log);
        }
        for file in [&f.solution, &f.validator].into_iter().flatten() {
            if !pkg.files.contains_key(file.get_ref()) {
                log.at_span(
                    file.span(),
                    format!("no file `{}` in the package", file.get_ref()),
                );
            }
        }
    }

    if log.out.len() != before {
        return None;
    }
    Some(Spec {
        hints: raw
            .hints
            .iter()
            .map(|h| h.get_ref().trim().to_owned())
            .collect(),
        clarifications,
        follow_ups: raw.follow_ups,
        slug: raw.slug.into_inner(),
        title: raw.title,
        difficulty: difficulty?,
        patterns: raw.patterns.into_inner(),
        kind: kind?,
        constraints: raw.constraints.text,
        n_max: raw.constraints.n_max,
        every_input: raw.constraints.every_input,
        limits: Limits {
            time_ms: raw.limits.time_ms.into_inner(),
            memory_mb: raw.limits.memory_mb.into_inner(),
            output_kb: raw.limits.output_kb,
        },
        complexity: Complexity {
            time: time?,
            space: space.flatten(),
            size_arg: raw.complexity.size_arg.into_inner(),
            brute: brute.flatten(),
            measure_kind: raw.complexity.measure_kind,
        },
        compare: compare?,
    })
}

fn parse_signature(sig: &RawSignature, log: &mut FileLog<'_>) -> Option<Signature> {
    let before = log.out.len();
    if !is_snake_case(sig.function.get_ref()) {
        log.at_span(
            sig.function.span(),
            format!(
                "function `{}` is not a snake_case identifier",
                sig.function.get_ref()
            ),
        );
    }
    if !is_identifier(sig.leetcode_method.get_ref()) {
        log.at_span(
            sig.leetcode_method.span(),
            format!(
                "leetcode_method `{}` is not an identifier",
                sig.leetcode_method.get_ref()
            ),
        );
    }
    let args = parse_args(&sig.args, log);
    let returns = parse_type(&sig.returns, log);
    if let (Some(m), Some(args)) = (&sig.mutates, &args) {
        if !args.iter().any(|a| &a.name == m.get_ref()) {
            log.at_span(
                m.span(),
                format!("mutates `{}` is not an argument", m.get_ref()),
            );
        }
    }
    if let Some(args) = &args {
        if args.iter().any(|a| a.ty == ValueType::AsyncFetch) && !sig.is_async {
            log.at_span(
                sig.function.span(),
                "an AsyncFetch argument needs is_async = true",
            );
        }
    }
    (log.out.len() == before).then_some(())?;
    Some(Signature {
        function: sig.function.get_ref().clone(),
        leetcode_method: sig.leetcode_method.get_ref().clone(),
        args: args?,
        returns: returns?,
        is_async: sig.is_async,
        mutates: sig.mutates.as_ref().map(|m| m.get_ref().clone()),
    })
}

fn parse_design(design: &RawDesign, log: &mut FileLog<'_>) -> Option<Design> {
    let before = log.out.len();
    if !is_identifier(design.class.get_ref()) {
        log.at_span(
            design.class.span(),
            format!("class `{}` is not an identifier", design.class.get_ref()),
        );
    }
    let mut methods = Vec::new();
    for m in design.methods.get_ref() {
        let args = parse_args(&m.args, log);
        let returns = match &m.returns {
            Some(r) => parse_type(r, log),
            None => Some(ValueType::NoneType),
        };
        if let (Some(args), Some(returns)) = (args, returns) {
            methods.push(Method {
                name: m.name.get_ref().clone(),
                args,
                returns,
            });
        }
    }
    if methods.first().map(|m| m.name.as_str()) != Some("__init__") {
        log.at_span(design.methods.span(), "the first method must be `__init__`");
    }
    (log.out.len() == before).then_some(Design {
        class: design.class.get_ref().clone(),
        methods,
    })
}

fn parse_codec(codec: &RawCodec, log: &mut FileLog<'_>) -> Option<Codec> {
    let before = log.out.len();
    for (what, name) in [
        ("class", &codec.class),
        ("encode", &codec.encode),
        ("decode", &codec.decode),
    ] {
        if !is_identifier(name.get_ref()) {
            log.at_span(
                name.span(),
                format!("{what} `{}` is not an identifier", name.get_ref()),
            );
        }
    }
    if codec.encode.get_ref() == codec.decode.get_ref() {
        log.at_span(
            codec.decode.span(),
            "decode must be another method than encode",
        );
    }
    let value = parse_args(std::slice::from_ref(&codec.value), log)?.pop()?;
    // A round trip is judged by comparing the decoded value with the input: a value whose
    // identity or laziness is the point has no such comparison.
    if matches!(
        value.ty,
        ValueType::AsyncFetch | ValueType::RandomList | ValueType::TreeRef
    ) || matches!(value.ty, ValueType::Iterator(_))
    {
        log.at_span(
            codec.value.ty.span(),
            format!(
                "a codec's value cannot be a `{}`: it must be data compared by value",
                codec.value.ty.get_ref()
            ),
        );
    }
    (log.out.len() == before).then_some(Codec {
        class: codec.class.get_ref().clone(),
        encode: codec.encode.get_ref().clone(),
        decode: codec.decode.get_ref().clone(),
        value,
    })
}

/// The tests of one file. `follow_ups` is `Some(declared ids)` for `tests/follow-ups.jsonl`,
/// where every test names its follow-up; elsewhere no test may.
#[allow(clippy::too_many_arguments)]
fn parse_cases(
    spec: &Spec,
    file: &str,
    rel: &'static str,
    text: &str,
    visible: bool,
    has_gen: bool,
    follow_ups: Option<&[String]>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(Option<String>, TestCase)> {
    let mut log = FileLog {
        file: file.to_owned(),
        text,
        out: diags,
    };
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let raw: RawCase = match serde_json::from_str(line) {
            Ok(raw) => raw,
            Err(e) => {
                let message = e.to_string();
                let message = message
                    .split(" at line ")
                    .next()
                    .unwrap_or(&message)
                    .to_owned();
                log.at_line(lineno, format!("column {}: {message}", e.column()));
                continue;
            }
        };
        let category = match raw.category.parse::<EdgeCategory>() {
            Ok(c) => c,
            Err(e) => {
                log.at_line(lineno, e.to_string());
                continue;
            }
        };
        let source = match (raw.input, raw.gen) {
            (Some(input), None) => {
                if let Err(message) = check_input(&spec.kind, &input) {
                    log.at_line(lineno, message);
                    continue;
                }
                CaseSource::Input(input)
            }
            (None, Some(g)) if !visible => {
                if !has_gen {
                    log.at_line(lineno, "\"gen\" needs a gen.py in the package");
                    continue;
                }
                CaseSource::Gen {
                    n: g.n,
                    seed: g.seed,
                    kind: g.kind,
                }
            }
            (None, Some(_)) => {
                log.at_line(
                    lineno,
                    "examples are shown to the candidate, so they need an explicit \"input\"",
                );
                continue;
            }
            _ => {
                log.at_line(lineno, "a test needs exactly one of \"input\" or \"gen\"");
                continue;
            }
        };
        if visible && raw.expected.is_none() {
            log.at_line(lineno, "examples need an \"expected\" output");
            continue;
        }
        match (follow_ups, &raw.follow_up) {
            (None, Some(_)) => {
                log.at_line(
                    lineno,
                    "\"follow_up\" belongs to tests in tests/follow-ups.jsonl",
                );
                continue;
            }
            (Some(_), None) => {
                log.at_line(
                    lineno,
                    "a follow-up test needs \"follow_up\": the id it tests",
                );
                continue;
            }
            (Some(ids), Some(id)) if !ids.contains(id) => {
                log.at_line(
                    lineno,
                    format!(
                        "unknown follow-up `{id}`; problem.toml declares: {}",
                        ids.join(", ")
                    ),
                );
                continue;
            }
            _ => {}
        }
        if let Some(expected) = &raw.expected {
            if let Err(message) = check_expected(spec, expected) {
                log.at_line(lineno, format!("expected: {message}"));
                continue;
            }
        }
        if let (Kind::Function(sig), CaseSource::Input(input)) = (&spec.kind, &source) {
            let infinite = sig
                .args
                .iter()
                .any(|a| input.get(&a.name).is_some_and(|v| a.ty.may_be_infinite(v)));
            if infinite && raw.take.is_none() {
                log.at_line(
                    lineno,
                    "an infinite input needs \"take\": how many result items to consume",
                );
                continue;
            }
        }
        cases.push((
            raw.follow_up,
            TestCase {
                visible,
                file: rel,
                line: lineno,
                category,
                note: raw.note,
                source,
                expected: raw.expected,
                take: raw.take,
                brute: raw.brute,
            },
        ));
    }
    cases
}

fn check_input(kind: &Kind, input: &Value) -> Result<(), String> {
    let Value::Object(map) = input else {
        return Err("\"input\" must be an object of arguments by name".into());
    };
    let check_args = |args: &[Arg]| {
        for key in map.keys() {
            if !args.iter().any(|a| &a.name == key) {
                let names: Vec<_> = args.iter().map(|a| a.name.as_str()).collect();
                return Err(format!(
                    "unknown argument `{key}`; the signature has: {}",
                    names.join(", ")
                ));
            }
        }
        for arg in args {
            let value = map
                .get(&arg.name)
                .ok_or_else(|| format!("argument `{}` is missing", arg.name))?;
            arg.ty
                .check(value)
                .map_err(|e| format!("argument `{}`: {e}", arg.name))?;
        }
        Ok(())
    };
    match kind {
        Kind::Function(sig) => check_args(&sig.args),
        Kind::Codec(codec) => check_args(std::slice::from_ref(&codec.value)),
        Kind::Design(design) => {
            let (Some(Value::Array(ops)), Some(Value::Array(args))) =
                (map.get("operations"), map.get("arguments"))
            else {
                return Err(
                    "a design test's input is {\"operations\": [...], \"arguments\": [[...], ...]}"
                        .into(),
                );
            };
            if ops.len() != args.len() {
                return Err(format!(
                    "{} operations but {} argument lists",
                    ops.len(),
                    args.len()
                ));
            }
            for (i, (op, op_args)) in ops.iter().zip(args).enumerate() {
                let name = op
                    .as_str()
                    .ok_or_else(|| format!("operations[{i}] is not a string"))?;
                let method = if i == 0 {
                    if name != design.class {
                        return Err(format!(
                            "operations[0] must construct `{}`, found `{name}`",
                            design.class
                        ));
                    }
                    &design.methods[0]
                } else {
                    design
                        .methods
                        .iter()
                        .skip(1)
                        .find(|m| m.name == name)
                        .ok_or_else(|| {
                            format!(
                                "operations[{i}]: `{name}` is not a method of `{}`",
                                design.class
                            )
                        })?
                };
                let Value::Array(values) = op_args else {
                    return Err(format!("arguments[{i}] is not a list"));
                };
                if values.len() != method.args.len() {
                    return Err(format!(
                        "arguments[{i}]: `{name}` takes {} arguments, given {}",
                        method.args.len(),
                        values.len()
                    ));
                }
                for (arg, value) in method.args.iter().zip(values) {
                    arg.ty
                        .check(value)
                        .map_err(|e| format!("arguments[{i}] `{}`: {e}", arg.name))?;
                }
            }
            Ok(())
        }
    }
}

fn check_expected(spec: &Spec, expected: &Value) -> Result<(), String> {
    if let Some(raises) = expected.get("$raises") {
        return match raises {
            Value::String(name) if is_identifier(name) => Ok(()),
            _ => Err("\"$raises\" names an exception class".into()),
        };
    }
    match &spec.kind {
        // A custom checker judges its own forms (e.g. a value with observations).
        _ if spec.compare == Compare::Custom => Ok(()),
        Kind::Function(sig) => {
            let judged = match &sig.mutates {
                Some(m) => sig.args.iter().find(|a| &a.name == m).map(|a| &a.ty),
                None => Some(&sig.returns),
            };
            judged.map_or(Ok(()), |ty| ty.check(expected))
        }
        Kind::Design(_) => match expected {
            Value::Array(_) => Ok(()),
            _ => Err("a design test expects the list of return values".into()),
        },
        Kind::Codec(codec) => codec.value.ty.check(expected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn two_sum_files() -> PackageFiles {
        let mut files = BTreeMap::new();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../problems/two-sum");
        for name in [
            "problem.toml",
            "statement.md",
            "solution.py",
            "brute.py",
            "gen.py",
            "checker.py",
            "validate.py",
            "editorial.md",
            "follow-ups/sorted-input.py",
            "follow-ups/sorted-input-validate.py",
            "tests/examples.jsonl",
            "tests/hidden.jsonl",
            "tests/follow-ups.jsonl",
        ] {
            files.insert(
                name.to_owned(),
                fs_err::read(format!("{dir}/{name}")).expect("two-sum file"),
            );
        }
        PackageFiles {
            root: "problems/two-sum".into(),
            dir_name: "two-sum".into(),
            files,
        }
    }

    fn check(edit: impl FnOnce(&mut BTreeMap<String, Vec<u8>>)) -> Vec<String> {
        let mut pkg = two_sum_files();
        edit(&mut pkg.files);
        match load_package(&pkg) {
            Ok(_) => vec![],
            Err(diags) => diags.iter().map(ToString::to_string).collect(),
        }
    }

    fn replace(files: &mut BTreeMap<String, Vec<u8>>, name: &str, from: &str, to: &str) {
        let text = String::from_utf8(files[name].clone()).expect("utf-8");
        assert!(text.contains(from), "{name} has no `{from}`");
        files.insert(name.to_owned(), text.replacen(from, to, 1).into_bytes());
    }

    #[test]
    fn the_model_package_is_valid() {
        assert_eq!(check(|_| {}), Vec::<String>::new());
    }

    #[test]
    fn a_codec_declares_a_round_trip_of_a_value_compared_by_value() {
        let codec = |value: &str, decode: &str| {
            format!(
                "[codec]\nclass = \"Codec\"\nencode = \"encode\"\ndecode = \"{decode}\"\n\
                 value = {{ name = \"nums\", type = \"{value}\" }}\n"
            )
        };
        let says = |errors: Vec<String>, text: &str| {
            assert!(
                errors.iter().any(|e| e.contains(text)),
                "{text}: {errors:?}"
            );
        };
        // Beside a signature: one kind only.
        let block = codec("list[int]", "decode") + "\n[signature]";
        says(
            check(|f| replace(f, "problem.toml", "[signature]", &block)),
            "exactly one of [signature]",
        );
        let only_codec = |value: &str, decode: &str| {
            let block = codec(value, decode);
            check(move |f| {
                let text = String::from_utf8(f["problem.toml"].clone()).expect("utf-8");
                let start = text.find("[signature]").expect("signature");
                let end = start + text[start..].find("\n\n").expect("end of the block");
                let edited = format!("{}{}{}", &text[..start], block, &text[end..]);
                f.insert("problem.toml".into(), edited.into_bytes());
            })
        };
        // Two-sum's tests also pass `target`, which a codec of `nums` does not take.
        says(
            only_codec("list[int]", "decode"),
            "unknown argument `target`; the signature has: nums",
        );
        // A node compared by identity has no round trip to compare.
        says(
            only_codec("TreeRef", "decode"),
            "a codec's value cannot be a `TreeRef`",
        );
        says(
            only_codec("list[int]", "encode"),
            "decode must be another method than encode",
        );
    }

    #[test]
    fn a_worst_case_family_for_measuring_is_read() {
        let mut pkg = two_sum_files();
        replace(
            &mut pkg.files,
            "problem.toml",
            "size_arg = \"nums\"",
            "size_arg = \"nums\"\nmeasure_kind = \"far_apart\"",
        );
        let problem = load_package(&pkg).expect("valid");
        assert_eq!(
            problem.complexity.measure_kind.as_deref(),
            Some("far_apart")
        );
        assert_eq!(
            load_package(&two_sum_files())
                .expect("valid")
                .complexity
                .measure_kind,
            None
        );
    }

    #[test]
    fn a_follow_up_may_allow_larger_inputs_with_a_validator_of_its_own() {
        let pkg = two_sum_files();
        let problem = load_package(&pkg).expect("valid");
        let follow_up = problem.follow_up("sorted-input").expect("declared");
        assert_eq!((problem.n_max, follow_up.n_max), (10_000, 500_000));
        // Without its validator, the problem's own would refuse the larger inputs.
        let errors = check(|f| {
            replace(
                f,
                "problem.toml",
                "validator = \"follow-ups/sorted-input-validate.py\"\n",
                "",
            )
        });
        assert!(
            errors.len() == 1 && errors[0].contains("needs a validator of its own"),
            "{errors:?}"
        );
        assert!(
            errors[0].starts_with("problems/two-sum/problem.toml:"),
            "{errors:?}"
        );
        // A bound that is no larger says nothing.
        let errors = check(|f| replace(f, "problem.toml", "n_max = 500000", "n_max = 10000"));
        assert!(
            errors.len() == 1 && errors[0].contains("not above the problem's 10000"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_problem_with_few_possible_inputs_tests_every_one_instead_of_thirty() {
        let few = |f: &mut BTreeMap<String, Vec<u8>>, every: usize| {
            let hidden = String::from_utf8(f["tests/hidden.jsonl"].clone()).expect("utf-8");
            let kept: Vec<&str> = hidden.lines().take(5).collect();
            f.insert("tests/hidden.jsonl".into(), kept.join("\n").into_bytes());
            replace(
                f,
                "problem.toml",
                "n_max = 10000",
                &format!("n_max = 10000\nevery_input = {every}"),
            );
        };
        // Five hidden tests are too few without the declaration...
        let errors = check(|f| {
            let hidden = String::from_utf8(f["tests/hidden.jsonl"].clone()).expect("utf-8");
            let kept: Vec<&str> = hidden.lines().take(5).collect();
            f.insert("tests/hidden.jsonl".into(), kept.join("\n").into_bytes());
        });
        assert!(
            errors.iter().any(|e| e.contains("5 hidden tests")),
            "{errors:?}"
        );
        // ...enough when the constraints admit only as many inputs as the tests hold...
        assert_eq!(check(|f| few(f, 5)), Vec::<String>::new());
        // ...and not when they admit more.
        let errors = check(|f| few(f, 50));
        assert!(
            errors.len() == 1 && errors[0].contains("admit 50 inputs"),
            "{errors:?}"
        );
    }

    #[test]
    fn mistakes_in_problem_toml_are_located() {
        insta::assert_debug_snapshot!(check(|f| {
            replace(
                f,
                "problem.toml",
                "type = \"list[int]\"",
                "type = \"lst[int]\"",
            );
            replace(
                f,
                "problem.toml",
                "difficulty = \"easy\"",
                "difficulty = \"simple\"",
            );
            replace(f, "problem.toml", "arrays-and-hashing", "arrays-and-hashng");
        }));
    }

    #[test]
    fn toml_syntax_errors_are_located() {
        insta::assert_debug_snapshot!(check(|f| replace(
            f,
            "problem.toml",
            "time_ms = 1000",
            "time_ms = "
        )));
    }

    #[test]
    fn mistakes_in_tests_are_located_by_line() {
        insta::assert_debug_snapshot!(check(|f| {
            replace(
                f,
                "tests/hidden.jsonl",
                "\"target\": 9}",
                "\"target\": \"9\"}",
            );
            replace(
                f,
                "tests/hidden.jsonl",
                "\"category\": \"zeros\"",
                "\"category\": \"zeroes\"",
            );
            replace(f, "tests/examples.jsonl", ", \"expected\": [1, 3]", "");
            replace(
                f,
                "tests/hidden.jsonl",
                "{\"category\": \"extremes\"",
                "{\"category\": \"extremes\",",
            );
        }));
    }

    #[test]
    fn missing_and_non_utf8_files_are_reported() {
        insta::assert_debug_snapshot!(check(|f| {
            f.remove("brute.py");
            f.insert(
                "solution.py".into(),
                b"def two_sum(nums, target):\n    return [\xff]\n".to_vec(),
            );
        }));
    }
}
