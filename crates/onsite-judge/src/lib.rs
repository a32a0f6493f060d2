//! onsite's judge: runs a Python submission against a problem's tests and tells the truth
//! about it.
//!
//! The candidate's code runs in its own Python process inside the cage (`onsite-cage`), driven
//! by the embedded harness (`harness/harness.py`) over private pipes ([`protocol`]). The harness
//! returns canonical values; expected outputs stay in this process and are compared here
//! ([`compare`], or the package's `checker.py` in a separate trusted process). Time is the
//! kernel's CPU accounting of the child, measured from outside.
//!
//! Anything the submission does is a [`Verdict`](onsite_types::Verdict) in the
//! [`JudgeReport`]; a [`JudgeError`] means onsite itself could not judge.

pub mod compare;
mod hard_limits;
mod judge;
mod measure;
mod observe;
mod process;
mod profile;
pub mod protocol;
mod python;
mod report;
mod test_cache;

/// Most cached test lists (and, apart, most warm profiles) kept on disk.
pub use test_cache::MAX_ENTRIES as CACHE_MAX_ENTRIES;

use std::path::PathBuf;

pub use judge::{problem_wire, Judge, JudgeEvent, PreparedTest, Scope, Submission};
pub use measure::{MeasureOptions, Measurement, Sample};
pub use python::Python;
pub use report::{FailedTest, Failure, JudgeReport, TestRecord};

/// Failures of onsite itself (never of the submission).
#[derive(Debug, thiserror::Error)]
pub enum JudgeError {
    /// No Python interpreter was found.
    #[error("no Python interpreter `{requested}` found on PATH")]
    PythonNotFound {
        /// What was looked for.
        requested: String,
    },
    /// The interpreter did not answer the probe.
    #[error("`{}` does not work as Python 3.8+: {message}", python.display())]
    PythonProbe {
        /// The interpreter.
        python: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The harness did not start.
    #[error("the judge's harness did not start under `{}`: {detail}", python.display())]
    HarnessStart {
        /// The interpreter.
        python: PathBuf,
        /// What happened instead.
        detail: String,
    },
    /// The two ends of the protocol disagree.
    #[error("harness protocol error: {0}")]
    Protocol(String),
    /// The problem's own reference code (solution, generator, checker) failed.
    #[error("problem `{slug}`: {what} failed on {test}: {message}")]
    Reference {
        /// The problem.
        slug: String,
        /// Which file ("solution.py", "gen.py", "checker.py", "validate.py").
        what: &'static str,
        /// Which test (`tests/hidden.jsonl:12`).
        test: String,
        /// What went wrong.
        message: String,
    },
    /// The cage failed.
    #[error(transparent)]
    Cage(#[from] onsite_cage::Error),
    /// An I/O error around the judged process.
    #[error("I/O error while judging")]
    Io(#[from] std::io::Error),
}
