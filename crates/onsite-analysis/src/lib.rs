//! onsite's static analyser for Python interview solutions.
//!
//! It reads a solution the way a strong interviewer does: the costs hidden in innocent-looking
//! Python (`x in some_list` inside a loop, `pop(0)`, string building), the habits that cost
//! points (mutable defaults, bare `except`), and the shape of the code (function length,
//! nesting, cyclomatic complexity, names, the loops' nesting) and what its docstring claims
//! (approach, time and space complexity, edge cases).
//!
//! Each rule is one file under `rules/`, whose doc comment is its user documentation; ids are
//! stable kebab-case and never change meaning. The parser is ruff's, pinned, and only
//! `syntax.rs` and the rules see its types: the public API here is plain data.
//!
//! This crate does no IO and cannot fail on its input: a file that does not parse gives an
//! [`Analysis`] with a syntax error and no findings.

mod docstring;
mod metrics;
pub mod mutate;
mod output;
mod rules;
mod syntax;

use serde::Serialize;

pub use docstring::stated_complexity;
pub use output::{to_sarif, to_text};

/// How much a finding matters in an interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Changes the complexity class or the result: an interviewer will stop you.
    Performance,
    /// A bug waiting to happen.
    Correctness,
    /// Un-Pythonic; costs points for fluency, not for correctness.
    Style,
}

impl Severity {
    /// Its name in text output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Performance => "performance",
            Severity::Correctness => "correctness",
            Severity::Style => "style",
        }
    }
}

/// A rule's identity and documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// Stable kebab-case id (`list-membership-in-loop`).
    pub id: &'static str,
    /// How much it matters.
    pub severity: Severity,
    /// One line: what it finds.
    pub summary: &'static str,
    /// The full documentation (Markdown): why it matters in an interview, the fix, examples.
    pub docs: &'static str,
}

/// One finding in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's id.
    pub rule: &'static str,
    /// How much it matters.
    pub severity: Severity,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
    /// 1-based last line.
    pub end_line: u32,
    /// What is wrong, naming the concrete thing.
    pub message: String,
    /// What to do instead.
    pub fix: String,
}

/// A syntax error: where and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyntaxIssue {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// The parser's message.
    pub message: String,
}

/// Shape of one function (or method).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FunctionMetrics {
    /// Its name (`Class.method` for methods).
    pub name: String,
    /// First line (the `def`).
    pub line: u32,
    /// Lines from `def` to the last statement.
    pub length: u32,
    /// Deepest nesting of blocks (if/for/while/with/try) inside it.
    pub max_nesting: u32,
    /// McCabe's cyclomatic complexity: 1 + decision points.
    pub cyclomatic: u32,
}

/// One loop and how deep it sits among loops (1 = outermost).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LoopInfo {
    /// Its line.
    pub line: u32,
    /// Its depth among enclosing loops of the same function, comprehensions included.
    pub depth: u32,
}

/// What the code's shape says.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Metrics {
    /// Every function and method.
    pub functions: Vec<FunctionMetrics>,
    /// Every loop (and comprehension), in source order.
    pub loops: Vec<LoopInfo>,
    /// Names bound in the code that say nothing (single letters other than the usual loop
    /// and math names), with the line of their first binding.
    pub unclear_names: Vec<(String, u32)>,
    /// Lines of code (not blank, not comments).
    pub code_lines: u32,
}

/// What the solution's docstrings claim about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Claims {
    /// Whether any docstring (module, class or function) is present.
    pub has_docstring: bool,
    /// The approach, when stated (`Approach: ...`).
    pub approach: Option<String>,
    /// The stated time complexity, normalised (`O(n log n)`).
    pub time: Option<String>,
    /// The stated extra space, normalised.
    pub space: Option<String>,
    /// The edge cases it says it considered.
    pub edge_cases: Option<String>,
}

/// Everything the analyser found in one source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Analysis {
    /// The syntax error, when the source does not parse (then nothing else is filled).
    pub syntax_error: Option<SyntaxIssue>,
    /// Findings, in source order.
    pub findings: Vec<Finding>,
    /// The code's shape.
    pub metrics: Metrics,
    /// What its docstrings claim.
    pub claims: Claims,
}

impl Analysis {
    /// The deepest loop nest's innermost loop line, when loops nest (the usual cause of an
    /// extra factor of n).
    pub fn deepest_nested_loop(&self) -> Option<LoopInfo> {
        self.metrics
            .loops
            .iter()
            .filter(|l| l.depth >= 2)
            .max_by_key(|l| (l.depth, std::cmp::Reverse(l.line)))
            .copied()
    }
}

/// Analyse one Python source.
pub fn analyse(source: &str) -> Analysis {
    syntax::analyse(source)
}

/// Python's default recursion limit, which LeetCode and an interview's Python keep.
pub const DEFAULT_RECURSION_LIMIT: u64 = 1000;

/// [`analyse`] for a problem whose inputs have at most `n_max` elements: findings those inputs
/// cannot bring about are left out. Recursion as deep as the input never reaches Python's
/// default limit of [`DEFAULT_RECURSION_LIMIT`] frames where the inputs are smaller than that
/// (permutations of at most six values, n-queens up to nine): the warning would be noise.
pub fn analyse_for_inputs_up_to(source: &str, n_max: u64) -> Analysis {
    let mut analysis = analyse(source);
    if n_max < DEFAULT_RECURSION_LIMIT {
        analysis.findings.retain(|f| f.rule != "deep-recursion");
    }
    analysis
}

/// Every rule, in id order, with its documentation as Markdown.
pub fn rules() -> Vec<RuleInfo> {
    static ALL: std::sync::OnceLock<Vec<RuleInfo>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<RuleInfo> = rules::registry()
            .iter()
            .map(|r| {
                let info = r.info();
                // Doc comments keep the space after `///`; the documentation does not.
                let docs: String = info
                    .docs
                    .lines()
                    .map(|l| l.strip_prefix(' ').unwrap_or(l))
                    .collect::<Vec<_>>()
                    .join("\n");
                RuleInfo {
                    docs: Box::leak(docs.into_boxed_str()),
                    ..info
                }
            })
            .collect();
        all.sort_by_key(|r| r.id);
        all
    })
    .clone()
}

/// A rule by id.
pub fn rule(id: &str) -> Option<RuleInfo> {
    rules().into_iter().find(|r| r.id == id)
}
