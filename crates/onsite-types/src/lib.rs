//! Shared vocabulary of onsite: the words every other crate speaks.
//!
//! This crate has no logic beyond parsing and printing these words, and depends on nothing of
//! onsite. Spellings here are part of the `--json` contract and of the problem package format, so
//! a variant's serialised name never changes meaning.

pub mod big_o;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The outcome of judging a submission (or one test of it).
///
/// Every variant describes what the candidate's code did. A failure of onsite itself is never a
/// verdict: it is an error of the calling crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every test passed within its limits.
    Accepted,
    /// A returned value did not match.
    WrongAnswer,
    /// The code raised, crashed, or exited before returning.
    RuntimeError,
    /// A test used more CPU time (or wall time) than its limit.
    TimeLimitExceeded,
    /// The process ran out of its memory allowance.
    MemoryLimitExceeded,
    /// The code printed more than the output limit.
    OutputLimitExceeded,
    /// The source does not parse.
    SyntaxError,
    /// The sandbox refused an operation that decided the outcome.
    Blocked,
}

impl Verdict {
    /// All verdicts, in the order reports list them.
    pub const ALL: [Verdict; 8] = [
        Verdict::Accepted,
        Verdict::WrongAnswer,
        Verdict::RuntimeError,
        Verdict::TimeLimitExceeded,
        Verdict::MemoryLimitExceeded,
        Verdict::OutputLimitExceeded,
        Verdict::SyntaxError,
        Verdict::Blocked,
    ];

    /// The stable snake_case spelling used in JSON and in package folders.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::WrongAnswer => "wrong_answer",
            Verdict::RuntimeError => "runtime_error",
            Verdict::TimeLimitExceeded => "time_limit_exceeded",
            Verdict::MemoryLimitExceeded => "memory_limit_exceeded",
            Verdict::OutputLimitExceeded => "output_limit_exceeded",
            Verdict::SyntaxError => "syntax_error",
            Verdict::Blocked => "blocked",
        }
    }

    /// How a person reads it.
    pub fn title(self) -> &'static str {
        match self {
            Verdict::Accepted => "Accepted",
            Verdict::WrongAnswer => "Wrong Answer",
            Verdict::RuntimeError => "Runtime Error",
            Verdict::TimeLimitExceeded => "Time Limit Exceeded",
            Verdict::MemoryLimitExceeded => "Memory Limit Exceeded",
            Verdict::OutputLimitExceeded => "Output Limit Exceeded",
            Verdict::SyntaxError => "Syntax Error",
            Verdict::Blocked => "Blocked",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Verdict {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Verdict::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| UnknownWord::new("verdict", s, Verdict::ALL.map(Verdict::as_str)))
    }
}

/// A word that is not in one of the closed vocabularies of this crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownWord {
    /// What kind of word was expected ("verdict", "difficulty", ...).
    pub kind: &'static str,
    /// The word given.
    pub word: String,
    /// The accepted spellings.
    pub expected: Vec<&'static str>,
}

impl UnknownWord {
    fn new<const N: usize>(kind: &'static str, word: &str, expected: [&'static str; N]) -> Self {
        UnknownWord {
            kind,
            word: word.to_owned(),
            expected: expected.to_vec(),
        }
    }
}

impl fmt::Display for UnknownWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} `{}`; expected one of: {}",
            self.kind,
            self.word,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for UnknownWord {}

/// How hard a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    /// Warm-up level.
    Easy,
    /// The bulk of real interviews.
    Medium,
    /// Senior or competitive level.
    Hard,
}

impl Difficulty {
    /// All difficulties, easiest first.
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

    /// The stable lowercase spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

impl fmt::Display for Difficulty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Difficulty {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Difficulty::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| {
                UnknownWord::new("difficulty", s, Difficulty::ALL.map(Difficulty::as_str))
            })
    }
}

/// A time or space complexity class, as onsite measures and reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ComplexityClass {
    /// O(1)
    Constant,
    /// O(log n)
    Logarithmic,
    /// O(n)
    Linear,
    /// O(n log n)
    Linearithmic,
    /// O(n^2)
    Quadratic,
    /// O(n^3)
    Cubic,
    /// O(2^n)
    Exponential,
}

impl ComplexityClass {
    /// All classes, slowest-growing first.
    pub const ALL: [ComplexityClass; 7] = [
        ComplexityClass::Constant,
        ComplexityClass::Logarithmic,
        ComplexityClass::Linear,
        ComplexityClass::Linearithmic,
        ComplexityClass::Quadratic,
        ComplexityClass::Cubic,
        ComplexityClass::Exponential,
    ];

    /// The stable spelling of the `--json` contract ("O(n log n)", "O(n^2)", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ComplexityClass::Constant => "O(1)",
            ComplexityClass::Logarithmic => "O(log n)",
            ComplexityClass::Linear => "O(n)",
            ComplexityClass::Linearithmic => "O(n log n)",
            ComplexityClass::Quadratic => "O(n^2)",
            ComplexityClass::Cubic => "O(n^3)",
            ComplexityClass::Exponential => "O(2^n)",
        }
    }
}

impl fmt::Display for ComplexityClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ComplexityClass {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ComplexityClass::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                UnknownWord::new(
                    "complexity class",
                    s,
                    ComplexityClass::ALL.map(ComplexityClass::as_str),
                )
            })
    }
}

impl Serialize for ComplexityClass {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ComplexityClass {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The edge case a hidden test probes. Reports name the category of a failing hidden test
/// without revealing its data, and the feedback lists the categories a submission missed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeCategory {
    /// An ordinary case.
    Basic,
    /// Empty input.
    Empty,
    /// The smallest non-empty input.
    SingleElement,
    /// Repeated values.
    Duplicates,
    /// Negative numbers.
    Negatives,
    /// Zeros.
    Zeros,
    /// Every value the same.
    AllEqual,
    /// Input already sorted.
    Sorted,
    /// Input sorted in reverse.
    Reversed,
    /// Values at the extremes of the constraints.
    Extremes,
    /// Deep structure: long chains, skewed trees, deep recursion.
    DeepStructure,
    /// Input at the size limit, for performance.
    LargeInput,
    /// No valid answer exists.
    NoSolution,
    /// Input the function must reject (by raising).
    InvalidInput,
    /// Off-by-one boundaries.
    Boundary,
    /// Random input.
    Random,
}

impl EdgeCategory {
    /// All categories.
    pub const ALL: [EdgeCategory; 16] = [
        EdgeCategory::Basic,
        EdgeCategory::Empty,
        EdgeCategory::SingleElement,
        EdgeCategory::Duplicates,
        EdgeCategory::Negatives,
        EdgeCategory::Zeros,
        EdgeCategory::AllEqual,
        EdgeCategory::Sorted,
        EdgeCategory::Reversed,
        EdgeCategory::Extremes,
        EdgeCategory::DeepStructure,
        EdgeCategory::LargeInput,
        EdgeCategory::NoSolution,
        EdgeCategory::InvalidInput,
        EdgeCategory::Boundary,
        EdgeCategory::Random,
    ];

    /// The stable snake_case spelling used in test files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeCategory::Basic => "basic",
            EdgeCategory::Empty => "empty",
            EdgeCategory::SingleElement => "single_element",
            EdgeCategory::Duplicates => "duplicates",
            EdgeCategory::Negatives => "negatives",
            EdgeCategory::Zeros => "zeros",
            EdgeCategory::AllEqual => "all_equal",
            EdgeCategory::Sorted => "sorted",
            EdgeCategory::Reversed => "reversed",
            EdgeCategory::Extremes => "extremes",
            EdgeCategory::DeepStructure => "deep_structure",
            EdgeCategory::LargeInput => "large_input",
            EdgeCategory::NoSolution => "no_solution",
            EdgeCategory::InvalidInput => "invalid_input",
            EdgeCategory::Boundary => "boundary",
            EdgeCategory::Random => "random",
        }
    }

    /// A short human description ("single element", "deep structure").
    pub fn describe(self) -> String {
        self.as_str().replace('_', " ")
    }
}

impl fmt::Display for EdgeCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EdgeCategory {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EdgeCategory::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                UnknownWord::new("category", s, EdgeCategory::ALL.map(EdgeCategory::as_str))
            })
    }
}

/// The dimensions a strong interviewer grades, in the order a scorecard lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Breaking the problem down: a clear plan, small functions, shallow nesting.
    ProblemSolving,
    /// Choosing an algorithm and data structures that meet the target complexity.
    AlgorithmSelection,
    /// Writing idiomatic Python: the standard library, no hidden costs.
    PythonFluency,
    /// Constant factors and the last improvements once the class is right.
    Optimisation,
    /// Saying the approach, its complexity and the edge cases considered, truthfully.
    Communication,
    /// Finding and fixing mistakes across attempts.
    Debugging,
    /// Handling the edge cases: empty, single, duplicates, extremes...
    EdgeCases,
}

impl Dimension {
    /// All dimensions, in scorecard order.
    pub const ALL: [Dimension; 7] = [
        Dimension::ProblemSolving,
        Dimension::AlgorithmSelection,
        Dimension::PythonFluency,
        Dimension::Optimisation,
        Dimension::Communication,
        Dimension::Debugging,
        Dimension::EdgeCases,
    ];

    /// The stable snake_case id (as in JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::ProblemSolving => "problem_solving",
            Dimension::AlgorithmSelection => "algorithm_selection",
            Dimension::PythonFluency => "python_fluency",
            Dimension::Optimisation => "optimisation",
            Dimension::Communication => "communication",
            Dimension::Debugging => "debugging",
            Dimension::EdgeCases => "edge_cases",
        }
    }

    /// A title for people.
    pub fn title(self) -> &'static str {
        match self {
            Dimension::ProblemSolving => "Problem-solving structure",
            Dimension::AlgorithmSelection => "Algorithm selection",
            Dimension::PythonFluency => "Python fluency",
            Dimension::Optimisation => "Optimisation",
            Dimension::Communication => "Communication",
            Dimension::Debugging => "Debugging",
            Dimension::EdgeCases => "Edge-case handling",
        }
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

/// What a clarifying question is about: the categories a candidate should cover before coding
/// (a mock interview notes which were asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClarifyTopic {
    /// How large the input can be.
    InputSize,
    /// Whether the input can be empty, and what to return then.
    Empty,
    /// Whether values repeat.
    Duplicates,
    /// Whether values can be negative (or zero).
    Negatives,
    /// Whether the input is sorted or has another order.
    Sorted,
    /// What exactly to return (order, ties, format).
    OutputFormat,
    /// What time and space the interviewer expects.
    Performance,
    /// Anything else worth asking.
    Other,
}

impl ClarifyTopic {
    /// Every topic, in the order a candidate would usually ask.
    pub const ALL: [ClarifyTopic; 8] = [
        ClarifyTopic::InputSize,
        ClarifyTopic::Empty,
        ClarifyTopic::Duplicates,
        ClarifyTopic::Negatives,
        ClarifyTopic::Sorted,
        ClarifyTopic::OutputFormat,
        ClarifyTopic::Performance,
        ClarifyTopic::Other,
    ];

    /// The stable snake_case spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ClarifyTopic::InputSize => "input_size",
            ClarifyTopic::Empty => "empty",
            ClarifyTopic::Duplicates => "duplicates",
            ClarifyTopic::Negatives => "negatives",
            ClarifyTopic::Sorted => "sorted",
            ClarifyTopic::OutputFormat => "output_format",
            ClarifyTopic::Performance => "performance",
            ClarifyTopic::Other => "other",
        }
    }
}

impl fmt::Display for ClarifyTopic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ClarifyTopic {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ClarifyTopic::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| {
                UnknownWord::new(
                    "clarification topic",
                    s,
                    ClarifyTopic::ALL.map(ClarifyTopic::as_str),
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip_through_serde_and_from_str() {
        for v in Verdict::ALL {
            let json = serde_json::to_string(&v).expect("serialise");
            assert_eq!(json, format!("\"{}\"", v.as_str()));
            assert_eq!(v.as_str().parse::<Verdict>(), Ok(v));
        }
        for c in ComplexityClass::ALL {
            let json = serde_json::to_string(&c).expect("serialise");
            assert_eq!(serde_json::from_str::<ComplexityClass>(&json).ok(), Some(c));
        }
        for c in EdgeCategory::ALL {
            let json = serde_json::to_string(&c).expect("serialise");
            assert_eq!(json, format!("\"{}\"", c.as_str()));
            assert_eq!(c.as_str().parse::<EdgeCategory>(), Ok(c));
        }
        for t in ClarifyTopic::ALL {
            let json = serde_json::to_string(&t).expect("serialise");
            assert_eq!(json, format!("\"{}\"", t.as_str()));
            assert_eq!(t.as_str().parse::<ClarifyTopic>(), Ok(t));
        }
    }

    #[test]
    fn unknown_words_list_the_accepted_ones() {
        let err = "medum"
            .parse::<Difficulty>()
            .expect_err("a misspelt difficulty");
        assert_eq!(
            err.to_string(),
            "unknown difficulty `medum`; expected one of: easy, medium, hard"
        );
    }
}
