//! What to practise next, decided from what was practised: grading an attempt for review,
//! scheduling reviews with FSRS, mastery by problem and pattern, statistics, study plans, the
//! choice of a timed problem and the record of a mock interview.
//!
//! Pure: no IO, no clock, no database. Every function takes the time it needs (`now`) and the
//! history it reasons over; the store keeps that history and the app passes it in.

pub mod mastery;
pub mod mock;
pub mod pick;
pub mod plan;
pub mod schedule;
pub mod stats;

use jiff::Timestamp;
use onsite_types::{ComplexityClass, Difficulty, Verdict};
use serde::{Deserialize, Serialize};

pub use mastery::{mastery, Mastery, PatternMastery, ProblemMastery};
pub use mock::{MockEvent, MockEventKind, MockReport, MockStage};
pub use plan::{Level, Plan, PlanProgress, PlanSpec, Session};
pub use schedule::{cards, grade, Card, Grade, Outcome, Scheduler};
pub use stats::{stats, Stats};

/// How an attempt was made; recorded with it, and part of how it is graded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Practice at one's own pace (`onsite start`, `onsite submit`).
    Practice,
    /// Re-solving a problem the schedule brought back (`onsite review`).
    Review,
    /// Against the clock (`onsite timed`).
    Timed,
    /// Inside a mock interview (`onsite mock`).
    Mock,
}

impl Mode {
    /// Every mode.
    pub const ALL: [Mode; 4] = [Mode::Practice, Mode::Review, Mode::Timed, Mode::Mock];

    /// The stable spelling (as stored and in JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Review => "review",
            Mode::Timed => "timed",
            Mode::Mock => "mock",
        }
    }

    /// The mode with this spelling.
    pub fn parse(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

impl std::fmt::Display for Mode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One judged submission, as the practice logic sees it (the code and full report stay in the
/// store).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// The store's id (ascending in submission order).
    pub id: i64,
    /// The session of work it belongs to (its start, its hints), when known.
    pub session: Option<i64>,
    /// The problem's slug.
    pub problem: String,
    /// The follow-up judged, when it was one.
    pub follow_up: Option<String>,
    /// How it was made.
    pub mode: Mode,
    /// When the candidate started working on it (the stub or the timer), if known.
    pub started_at: Option<Timestamp>,
    /// When it was judged.
    pub submitted_at: Timestamp,
    /// The verdict.
    pub verdict: Verdict,
    /// Tests passed.
    pub passed: u32,
    /// Tests run.
    pub total: u32,
    /// Hints shown before it.
    pub hints_used: u32,
    /// The scorecard's overall score, 0..100, when there is one.
    pub score: Option<u8>,
    /// The measured time complexity, when measured.
    pub complexity: Option<ComplexityClass>,
    /// Whether the measured time met the problem's target, when measured.
    pub meets_target: Option<bool>,
}

impl Attempt {
    /// Whether it was accepted.
    pub fn accepted(&self) -> bool {
        self.verdict == Verdict::Accepted
    }

    /// Time from start to submission, when the start is known.
    pub fn time_spent(&self) -> Option<jiff::SignedDuration> {
        self.started_at
            .map(|start| self.submitted_at.duration_since(start))
            .filter(|d| !d.is_negative())
    }
}

/// What the practice logic needs to know of a problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemInfo {
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Difficulty.
    pub difficulty: Difficulty,
    /// Pattern tags, the main one first.
    pub patterns: Vec<String>,
}

/// The time an interviewer usually allows for a problem of this difficulty, in minutes: the
/// yardstick for "slow" and for a timed session's countdown.
pub fn budget_minutes(difficulty: Difficulty) -> u32 {
    match difficulty {
        Difficulty::Easy => 15,
        Difficulty::Medium => 25,
        Difficulty::Hard => 40,
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    /// A small bank: two hashing problems, a stack, a graph and a DP one.
    pub fn bank() -> Vec<ProblemInfo> {
        let p = |slug: &str, d: Difficulty, patterns: &[&str]| ProblemInfo {
            slug: slug.to_owned(),
            title: slug.replace('-', " "),
            difficulty: d,
            patterns: patterns.iter().map(|s| (*s).to_owned()).collect(),
        };
        vec![
            p("two-sum", Difficulty::Easy, &["arrays-and-hashing"]),
            p(
                "group-anagrams",
                Difficulty::Medium,
                &["arrays-and-hashing"],
            ),
            p("valid-parentheses", Difficulty::Easy, &["stack"]),
            p("course-schedule", Difficulty::Medium, &["graphs"]),
            p("coin-change", Difficulty::Medium, &["dynamic-programming"]),
            p("word-ladder", Difficulty::Hard, &["graphs"]),
        ]
    }

    /// An attempt at `at`, started 10 minutes before.
    pub fn attempt(id: i64, problem: &str, verdict: Verdict, at: Timestamp) -> Attempt {
        Attempt {
            id,
            session: Some(id),
            problem: problem.to_owned(),
            follow_up: None,
            mode: Mode::Practice,
            started_at: Some(at - jiff::SignedDuration::from_mins(10)),
            submitted_at: at,
            verdict,
            passed: if verdict == Verdict::Accepted { 40 } else { 12 },
            total: 40,
            hints_used: 0,
            score: Some(70),
            complexity: None,
            meets_target: None,
        }
    }
}
