//! What judging produced: plain, serialisable data that the CLI and the web render.

use onsite_types::{EdgeCategory, Verdict};
use serde::Serialize;

/// The judge's full account of one submission.
#[derive(Debug, Clone, Serialize)]
pub struct JudgeReport {
    /// The problem's slug.
    pub problem: String,
    /// The overall verdict: the first failing test's, or accepted.
    pub verdict: Verdict,
    /// Tests passed.
    pub passed: usize,
    /// Tests in the run.
    pub total: usize,
    /// Every test, in order.
    pub tests: Vec<TestRecord>,
    /// Tests not run (their `verdict` is null): larger inputs after a limit was exceeded, or
    /// every test after the run was stopped (see `stopped`).
    pub not_run: usize,
    /// Why the run stopped before its last test, when it did: a verdict that would only hold
    /// the judge on every further test (sleeping, blocked, tampering), or the run's wall-time
    /// budget spent.
    pub stopped: Option<String>,
    /// The first failure, explained.
    pub failure: Option<Failure>,
    /// The slowest test's CPU time, in ms.
    pub max_cpu_ms: f64,
    /// CPU time of all tests, in ms.
    pub total_cpu_ms: f64,
    /// Peak resident memory of the solution's process, in KiB.
    pub peak_memory_kb: Option<u64>,
    /// The Python version that ran it.
    pub python: String,
}

/// One test's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct TestRecord {
    /// 1-based position in the run (examples first).
    pub number: usize,
    /// An example (its data may be shown) or hidden.
    pub visible: bool,
    /// The edge case it probes.
    pub category: EdgeCategory,
    /// Its verdict; `None` when it was not run (after a time-out on a smaller input, or after
    /// the run stopped: see [`JudgeReport::stopped`]).
    pub verdict: Option<Verdict>,
    /// CPU time, in ms.
    pub cpu_ms: f64,
    /// Wall time, in ms.
    pub wall_ms: f64,
}

/// The test that decided the verdict.
#[derive(Debug, Clone, Serialize)]
pub struct FailedTest {
    /// 1-based position.
    pub number: usize,
    /// Whether its data may be shown.
    pub visible: bool,
    /// The edge case it probes.
    pub category: EdgeCategory,
    /// The author's short description (hidden tests).
    pub note: Option<String>,
}

impl Failure {
    /// A failure with a verdict and a message only.
    pub fn plain(verdict: Verdict, message: impl Into<String>) -> Failure {
        Failure {
            verdict,
            test: None,
            message: message.into(),
            input: None,
            expected: None,
            actual: None,
            output: None,
            traceback: None,
            line: None,
            column: None,
        }
    }
}

/// Why the submission did not pass, with what may be shown of it.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    /// The verdict of this failure.
    pub verdict: Verdict,
    /// The test, when a test decided it (not for a syntax error).
    pub test: Option<FailedTest>,
    /// One sentence on what happened.
    pub message: String,
    /// The input (visible tests only).
    pub input: Option<String>,
    /// The expected output (visible tests only).
    pub expected: Option<String>,
    /// What the solution returned (visible tests only).
    pub actual: Option<String>,
    /// What the solution printed during the test (visible tests only).
    pub output: Option<String>,
    /// The traceback, limited to the submission's own frames.
    pub traceback: Option<String>,
    /// Line in the submission, when known.
    pub line: Option<u32>,
    /// Column in the submission, when known.
    pub column: Option<u32>,
}
