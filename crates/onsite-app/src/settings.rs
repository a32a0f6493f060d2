//! Settings, resolved once by the binary and passed down explicitly.

use std::path::PathBuf;

/// Environment variable: the Python interpreter to judge with (a path or a name on PATH).
pub const ENV_PYTHON: &str = "ONSITE_PYTHON";
/// Environment variable: where onsite keeps caches (default: the user's cache directory).
pub const ENV_CACHE_DIR: &str = "ONSITE_CACHE_DIR";
/// Environment variable: a problems folder to use instead of the bundled problems.
pub const ENV_PROBLEMS_DIR: &str = "ONSITE_PROBLEMS_DIR";

/// Environment variable: where onsite keeps the practice history (default: the user's data
/// directory).
pub const ENV_DATA_DIR: &str = "ONSITE_DATA_DIR";
/// Environment variable: the time onsite takes as now (RFC 3339, e.g. `2026-03-01T09:00:00Z`),
/// for replaying a practice history in scripts and tests; the real clock when unset.
pub const ENV_NOW: &str = "ONSITE_NOW";

/// Environment variable: milliseconds to spend measuring how a submission's time grows
/// (default 5000; 0 turns measuring off).
pub const ENV_MEASURE_MS: &str = "ONSITE_MEASURE_MS";
/// The measuring budget when none is set, in milliseconds.
pub const DEFAULT_MEASURE_MS: u64 = 5000;

/// Environment variable: milliseconds to spend looking for a small failing input after a
/// hidden test fails (default 1000; 0 turns the search off).
pub const ENV_COUNTEREXAMPLE_MS: &str = "ONSITE_COUNTEREXAMPLE_MS";
/// The counterexample search's budget when none is set, in milliseconds.
pub const DEFAULT_COUNTEREXAMPLE_MS: u64 = 1000;
/// The least budget of a search for a slow input (asked for after a time limit exceeded), in
/// milliseconds: each slow input it meets costs a short time limit of its own.
pub const SLOW_SEARCH_MS: u64 = 6000;

/// Every setting the app needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// The interpreter; `None` finds `python3` on PATH.
    pub python: Option<PathBuf>,
    /// Cache directory; `None` uses the platform's (XDG) cache directory.
    pub cache_dir: Option<PathBuf>,
    /// A problems folder; `None` uses the problems bundled into the binary.
    pub problems_dir: Option<PathBuf>,
    /// Milliseconds to spend measuring time complexity after the tests; `None` is the
    /// default ([`DEFAULT_MEASURE_MS`]), 0 turns measuring off.
    pub measure_ms: Option<u64>,
    /// Milliseconds to spend looking for a small failing input after a hidden test fails;
    /// `None` is the default ([`DEFAULT_COUNTEREXAMPLE_MS`]), 0 turns the search off.
    pub counterexample_ms: Option<u64>,
    /// After a time limit exceeded, look for a small input on which the submission is already
    /// slow (past a short limit per input): on request, since every slow input found costs
    /// that limit; the search gets at least [`SLOW_SEARCH_MS`].
    pub slow_counterexample: bool,
    /// Where the practice history lives; `None` uses the platform's (XDG) data directory.
    pub data_dir: Option<PathBuf>,
    /// The time to take as now; `None` reads the clock.
    pub now: Option<jiff::Timestamp>,
    /// Keep a caged submission process (and a checker) started ahead of time, so that a
    /// submission skips the interpreter's start, the cage's set-up and the harness's imports:
    /// for long-lived uses that end cleanly (the server's judge workers, `onsite watch`, a
    /// timed session, a mock interview), not a one-shot command. Each process serves one
    /// submission only.
    pub keep_warm: bool,
}

impl Settings {
    /// The practice history's folder in effect.
    pub fn effective_data_dir(&self) -> Option<PathBuf> {
        self.data_dir.clone().or_else(|| {
            directories::ProjectDirs::from("dev", "onsite", "onsite")
                .map(|d| d.data_dir().to_path_buf())
        })
    }

    /// Now, in the user's time zone.
    pub fn now(&self) -> jiff::Zoned {
        match self.now {
            Some(t) => t.to_zoned(jiff::tz::TimeZone::system()),
            None => jiff::Zoned::now(),
        }
    }

    /// The cache directory in effect.
    pub fn effective_cache_dir(&self) -> Option<PathBuf> {
        self.cache_dir.clone().or_else(|| {
            directories::ProjectDirs::from("dev", "onsite", "onsite")
                .map(|d| d.cache_dir().to_path_buf())
        })
    }
}
