//! Study plans: the bank laid out as sessions, pattern by pattern, mixing new problems with
//! review, timed problems and mock interviews.

use jiff::civil::Date;
use onsite_types::Difficulty;
use serde::{Deserialize, Serialize};

use crate::{Attempt, ProblemInfo};

/// Where the candidate starts from; sets the pace and the order of difficulties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// New to these patterns: easier problems first, hard ones last, one or two a session.
    Beginner,
    /// Knows the basics: every pattern easy to hard, two or three a session.
    Intermediate,
    /// Has interviewed before: mediums and hards first, easies last, three a session.
    Refresh,
}

impl Level {
    /// Every level.
    pub const ALL: [Level; 3] = [Level::Beginner, Level::Intermediate, Level::Refresh];

    /// The stable spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Intermediate => "intermediate",
            Level::Refresh => "refresh",
        }
    }

    /// The level with this spelling.
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// The usual preparation time, in weeks: beginners 4-8 months, intermediates 2-4 months, a
    /// refresh 6-10 weeks.
    pub fn usual_weeks(self) -> (u32, u32) {
        match self {
            Level::Beginner => (17, 35),
            Level::Intermediate => (9, 17),
            Level::Refresh => (6, 10),
        }
    }

    /// The most new problems a session of this level takes.
    fn max_new_per_session(self) -> usize {
        match self {
            Level::Beginner => 2,
            Level::Intermediate => 3,
            Level::Refresh => 3,
        }
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a plan is generated from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSpec {
    /// Weeks until the interview.
    pub weeks: u32,
    /// Practice sessions a week.
    pub sessions_per_week: u32,
    /// The candidate's level.
    pub level: Level,
}

/// One practice session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// 1-based.
    pub number: u32,
    /// The week it falls in, 1-based.
    pub week: u32,
    /// New problems, in order.
    pub new: Vec<String>,
    /// Whether it starts with the reviews due.
    pub review: bool,
    /// A timed problem of this difficulty, picked by weakness on the day.
    pub timed: Option<Difficulty>,
    /// Whether it ends with a mock interview.
    pub mock: bool,
}

/// A study plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Its name (`core`, or one made from a target).
    pub name: String,
    /// What it was made from.
    pub spec: PlanSpec,
    /// The sessions, in order.
    pub sessions: Vec<Session>,
    /// What the candidate should know about it (too short a timeline, problems left out).
    pub notes: Vec<String>,
}

/// How far along a plan the candidate is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanProgress {
    /// The plan's name.
    pub name: String,
    /// The session to do now: the first with an unsolved new problem (null: every new problem
    /// is solved).
    pub current: Option<Session>,
    /// Its new problems not yet solved.
    pub current_unsolved: Vec<String>,
    /// The session the calendar says should be reached by today.
    pub expected_session: u32,
    /// Sessions in the plan.
    pub sessions: u32,
    /// New problems of the plan solved.
    pub solved: u32,
    /// New problems in the plan.
    pub problems: u32,
    /// Sessions ahead of the calendar (negative: behind).
    pub ahead_by: i64,
}

impl Plan {
    /// The built-in core plan: every problem of the bank in pattern order, easy to hard within
    /// a pattern, two a session, five sessions a week. It grows with the bank.
    pub fn core(bank: &[ProblemInfo], pattern_order: &[&str]) -> Plan {
        let sessions_needed = bank.len().div_ceil(2).max(1) as u32;
        let spec = PlanSpec {
            weeks: sessions_needed.div_ceil(5),
            sessions_per_week: 5,
            level: Level::Intermediate,
        };
        let mut plan = Plan::layout(spec, sessions_needed as usize, bank, pattern_order);
        plan.name = "core".to_owned();
        plan
    }

    /// Lay out a plan for a target. The whole bank is covered when it fits at the level's pace;
    /// otherwise the plan keeps the pattern order, covers what fits and says what was left out.
    pub fn generate(spec: PlanSpec, bank: &[ProblemInfo], pattern_order: &[&str]) -> Plan {
        let spec = PlanSpec {
            weeks: spec.weeks.clamp(1, 104),
            sessions_per_week: spec.sessions_per_week.clamp(1, 7),
            level: spec.level,
        };
        let total = (spec.weeks * spec.sessions_per_week) as usize;
        let mut plan = Plan::layout(spec, total, bank, pattern_order);
        let (low, high) = spec.level.usual_weeks();
        if spec.weeks < low {
            plan.notes.insert(
                0,
                format!(
                    "{} weeks is short for the {} level (usual {low}-{high} weeks): expect more \
                     problems a session, and keep the reviews",
                    spec.weeks, spec.level
                ),
            );
        }
        plan
    }

    fn layout(spec: PlanSpec, total: usize, bank: &[ProblemInfo], pattern_order: &[&str]) -> Plan {
        let mut notes = Vec::new();
        let ordered = order(bank, pattern_order, spec.level);
        // The first session of each week after the first is for review and timed work only
        // when the plan has room; new problems fill the rest evenly.
        let capacity = total * spec.level.max_new_per_session();
        let taken = ordered.len().min(capacity);
        if taken < ordered.len() {
            let left: Vec<&str> = ordered[taken..].iter().map(|p| p.slug.as_str()).collect();
            notes.push(format!(
                "{} problems do not fit at this pace and were left out: {}",
                left.len(),
                left.join(", ")
            ));
        }
        let mut sessions = Vec::with_capacity(total);
        let mut next = 0usize;
        for i in 0..total {
            let remaining_sessions = total - i;
            let remaining = taken - next;
            let count = remaining.div_ceil(remaining_sessions);
            let new: Vec<String> = ordered[next..next + count]
                .iter()
                .map(|p| p.slug.clone())
                .collect();
            next += count;
            let week = (i as u32) / spec.sessions_per_week + 1;
            let last_of_week =
                (i as u32 + 1).is_multiple_of(spec.sessions_per_week) || i + 1 == total;
            let timed_from_week = match spec.level {
                Level::Beginner => spec.weeks / 2 + 1,
                Level::Intermediate | Level::Refresh => 2,
            };
            let final_third = 3 * (i + 1) > 2 * total;
            let timed = (last_of_week && week >= timed_from_week).then(|| {
                if spec.level == Level::Refresh && final_third {
                    Difficulty::Hard
                } else {
                    Difficulty::Medium
                }
            });
            sessions.push(Session {
                number: i as u32 + 1,
                week,
                new,
                review: i > 0,
                timed,
                mock: last_of_week && final_third && spec.level != Level::Beginner
                    || i + 1 == total,
            });
        }
        Plan {
            name: format!(
                "{}-weeks-{}-a-week-{}",
                spec.weeks, spec.sessions_per_week, spec.level
            ),
            spec,
            sessions,
            notes,
        }
    }

    /// Every new problem of the plan, in order.
    pub fn problems(&self) -> impl Iterator<Item = &str> {
        self.sessions
            .iter()
            .flat_map(|s| s.new.iter().map(String::as_str))
    }

    /// Progress on `today` for a plan started on `started`.
    pub fn progress(&self, started: Date, attempts: &[Attempt], today: Date) -> PlanProgress {
        let solved = |slug: &str| {
            attempts
                .iter()
                .any(|a| a.problem == slug && a.follow_up.is_none() && a.accepted())
        };
        let current = self
            .sessions
            .iter()
            .find(|s| s.new.iter().any(|p| !solved(p)))
            .cloned();
        let elapsed_days = started
            .until(today)
            .map_or(0, |span| u64::try_from(span.get_days()).unwrap_or(0));
        let sessions = self.sessions.len() as u32;
        let expected = ((elapsed_days * u64::from(self.spec.sessions_per_week)) / 7 + 1)
            .min(u64::from(sessions)) as u32;
        let at = current.as_ref().map_or(sessions + 1, |s| s.number);
        PlanProgress {
            name: self.name.clone(),
            current_unsolved: current
                .as_ref()
                .map(|s| s.new.iter().filter(|p| !solved(p)).cloned().collect())
                .unwrap_or_default(),
            current,
            expected_session: expected,
            sessions,
            solved: self.problems().filter(|p| solved(p)).count() as u32,
            problems: self.problems().count() as u32,
            ahead_by: i64::from(at) - i64::from(expected),
        }
    }
}

/// The bank in study order: by main pattern (as `pattern_order` lists them), then by difficulty
/// as the level wants it, then by slug.
fn order<'a>(
    bank: &'a [ProblemInfo],
    pattern_order: &[&str],
    level: Level,
) -> Vec<&'a ProblemInfo> {
    let rank = |p: &ProblemInfo| {
        p.patterns
            .first()
            .and_then(|main| pattern_order.iter().position(|x| x == main))
            .unwrap_or(pattern_order.len())
    };
    let difficulty_rank = |d: Difficulty| match (level, d) {
        (Level::Refresh, Difficulty::Medium) => 0,
        (Level::Refresh, Difficulty::Hard) => 1,
        (Level::Refresh, Difficulty::Easy) => 2,
        (_, d) => d as usize,
    };
    let mut out: Vec<&ProblemInfo> = bank.iter().collect();
    match level {
        // Beginners meet every pattern before any hard problem.
        Level::Beginner => out.sort_by_key(|p| {
            (
                p.difficulty == Difficulty::Hard,
                rank(p),
                p.difficulty,
                p.slug.clone(),
            )
        }),
        _ => out.sort_by_key(|p| (rank(p), difficulty_rank(p.difficulty), p.slug.clone())),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{attempt, bank};
    use onsite_types::Verdict;

    const ORDER: &[&str] = &[
        "arrays-and-hashing",
        "stack",
        "graphs",
        "dynamic-programming",
    ];

    fn date(s: &str) -> Date {
        s.parse().expect("date")
    }

    #[test]
    fn core_covers_the_bank_in_pattern_order() {
        let plan = Plan::core(&bank(), ORDER);
        let problems: Vec<&str> = plan.problems().collect();
        assert_eq!(
            problems,
            [
                "two-sum",
                "group-anagrams",
                "valid-parentheses",
                "course-schedule",
                "word-ladder",
                "coin-change"
            ]
        );
        assert_eq!(plan.sessions.len(), 3);
        assert!(plan.sessions.iter().all(|s| s.new.len() == 2));
        assert!(plan.notes.is_empty(), "{:?}", plan.notes);
    }

    #[test]
    fn a_short_target_is_noted_and_what_does_not_fit_is_named() {
        let spec = PlanSpec {
            weeks: 1,
            sessions_per_week: 1,
            level: Level::Beginner,
        };
        let plan = Plan::generate(spec, &bank(), ORDER);
        assert_eq!(plan.sessions.len(), 1);
        assert_eq!(plan.sessions[0].new, ["two-sum", "group-anagrams"]);
        assert_eq!(plan.notes.len(), 2, "{:?}", plan.notes);
        assert!(
            plan.notes[0].contains("usual 17-35 weeks"),
            "{}",
            plan.notes[0]
        );
        assert!(plan.notes[1].contains("word-ladder"), "{}", plan.notes[1]);
    }

    #[test]
    fn refresh_puts_mediums_first_and_adds_timed_and_mock_sessions() {
        let spec = PlanSpec {
            weeks: 6,
            sessions_per_week: 2,
            level: Level::Refresh,
        };
        let plan = Plan::generate(spec, &bank(), ORDER);
        assert_eq!(plan.sessions.len(), 12);
        assert_eq!(plan.problems().next(), Some("group-anagrams"));
        assert!(plan.notes.is_empty(), "{:?}", plan.notes);
        assert_eq!(plan.sessions[1].timed, None, "no timed work in week 1");
        assert_eq!(plan.sessions[3].timed, Some(Difficulty::Medium));
        assert_eq!(plan.sessions[11].timed, Some(Difficulty::Hard));
        assert!(plan.sessions[11].mock);
        assert!(!plan.sessions[0].review && plan.sessions[1].review);
    }

    #[test]
    fn progress_follows_solved_problems_and_the_calendar() {
        let spec = PlanSpec {
            weeks: 2,
            sessions_per_week: 3,
            level: Level::Intermediate,
        };
        let plan = Plan::generate(spec, &bank(), ORDER);
        assert!(plan.sessions.iter().all(|s| s.new.len() == 1));
        let t = "2026-03-03T10:00:00Z".parse().expect("ts");
        let attempts = vec![
            attempt(1, "two-sum", Verdict::Accepted, t),
            attempt(2, "group-anagrams", Verdict::WrongAnswer, t),
        ];
        let p = plan.progress(date("2026-03-01"), &attempts, date("2026-03-08"));
        assert_eq!(p.current.as_ref().map(|s| s.number), Some(2));
        assert_eq!(p.current_unsolved, ["group-anagrams"]);
        assert_eq!((p.solved, p.problems), (1, 6));
        assert_eq!(p.expected_session, 4, "a week in at 3 a week: session 4");
        assert_eq!(p.ahead_by, -2);
    }
}
