//! Reports the front ends render or print as JSON. `SubmissionReport`'s JSON form is the
//! stable `--json` contract: its documented keys never change meaning; consumers ignore keys
//! they do not know.

use onsite_judge::{Failure, JudgeReport, TestRecord};
use onsite_problems::Problem;
use onsite_types::{ComplexityClass, Difficulty, Verdict};
use serde::Serialize;

/// Passed and total tests.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct TestCounts {
    /// Passed.
    pub passed: usize,
    /// In the run.
    pub total: usize,
}

/// Measured against expected complexity.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ComplexityReport {
    /// The measured time complexity (null until measured).
    pub time: Option<ComplexityClass>,
    /// The problem's target.
    pub expected: ComplexityClass,
}

/// The judge's result for one submission, as both front ends show it.
#[derive(Debug, Clone, Serialize)]
pub struct SubmissionReport {
    /// The problem's slug.
    pub problem: String,
    /// The verdict.
    pub verdict: Verdict,
    /// Test counts.
    pub tests: TestCounts,
    /// Complexity, measured and expected.
    pub complexity: ComplexityReport,
    /// Analyser findings (empty until the analyser runs).
    pub findings: Vec<serde_json::Value>,
    /// Scorecard (null until scored).
    pub scores: Option<serde_json::Value>,
    /// Why it failed, when it did.
    pub failure: Option<Failure>,
    /// What the judge measured.
    pub stats: Stats,
    /// Every test's outcome.
    #[serde(skip)]
    pub records: Vec<TestRecord>,
    /// The problem's title.
    #[serde(skip)]
    pub title: String,
}

/// Measurements of the run.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// The slowest test's CPU time, ms.
    pub max_cpu_ms: f64,
    /// CPU time of all tests, ms.
    pub total_cpu_ms: f64,
    /// Peak resident memory, KiB.
    pub peak_memory_kb: Option<u64>,
    /// The CPU limit per test, ms.
    pub time_limit_ms: u64,
    /// The Python version.
    pub python: String,
}

impl SubmissionReport {
    /// Build from the judge's report.
    pub fn new(problem: &Problem, report: JudgeReport) -> SubmissionReport {
        SubmissionReport {
            problem: report.problem,
            verdict: report.verdict,
            tests: TestCounts {
                passed: report.passed,
                total: report.total,
            },
            complexity: ComplexityReport {
                time: None,
                expected: problem.complexity.time,
            },
            findings: Vec::new(),
            scores: None,
            failure: report.failure,
            stats: Stats {
                max_cpu_ms: report.max_cpu_ms,
                total_cpu_ms: report.total_cpu_ms,
                peak_memory_kb: report.peak_memory_kb,
                time_limit_ms: problem.limits.time_ms,
                python: report.python,
            },
            records: report.tests,
            title: problem.title.clone(),
        }
    }
}

/// One line of `onsite list`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ProblemSummary {
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Difficulty.
    pub difficulty: Difficulty,
    /// Pattern tags.
    pub patterns: Vec<String>,
    /// Target time complexity.
    pub complexity: ComplexityClass,
}

impl ProblemSummary {
    /// Summarise a problem.
    pub fn of(p: &Problem) -> ProblemSummary {
        ProblemSummary {
            slug: p.slug.clone(),
            title: p.title.clone(),
            difficulty: p.difficulty,
            patterns: p.patterns.clone(),
            complexity: p.complexity.time,
        }
    }
}
