//! Spaced review with FSRS: an attempt becomes a grade, a grade moves the problem's card.
//!
//! The grading is ours (what makes a re-solve "hard" in an interview); the memory model is
//! FSRS-6 with its default parameters, through the `fsrs` crate, wrapped so that nothing outside
//! this module names it.

use fsrs::{MemoryState, FSRS};
use jiff::{SignedDuration, Timestamp};
use onsite_types::{Difficulty, Verdict};
use serde::{Deserialize, Serialize};

use crate::budget_minutes;

/// How well a problem was re-solved, in FSRS's four grades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// Not solved: back soon.
    Again,
    /// Solved, but with hints, slowly, or above the target complexity.
    Hard,
    /// Solved.
    Good,
    /// Solved at the first submission, in half the usual time, within the target.
    Easy,
}

impl Grade {
    /// Every grade, worst first.
    pub const ALL: [Grade; 4] = [Grade::Again, Grade::Hard, Grade::Good, Grade::Easy];

    /// The stable spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Again => "again",
            Grade::Hard => "hard",
            Grade::Good => "good",
            Grade::Easy => "easy",
        }
    }

    /// The grade with this spelling.
    pub fn parse(s: &str) -> Option<Grade> {
        Grade::ALL.into_iter().find(|g| g.as_str() == s)
    }
}

impl std::fmt::Display for Grade {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What grading an attempt looks at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    /// The verdict.
    pub verdict: Verdict,
    /// The problem's difficulty (sets what "slow" means).
    pub difficulty: Difficulty,
    /// Hints shown before the submission.
    pub hints_used: u32,
    /// Time from start to this submission, when known.
    pub time_spent: Option<SignedDuration>,
    /// Whether the measured complexity met the target (None: not measured).
    pub meets_target: Option<bool>,
    /// Whether this is the first submission since the problem was started.
    pub first_submission: bool,
}

/// Grade an attempt. A failure is `Again`; a pass that needed hints, took longer than an
/// interview allows, or missed the complexity target is `Hard` (the interviewer would not have
/// been convinced); a first-submission pass in half the time, within the target, is `Easy`.
pub fn grade(o: &Outcome) -> Grade {
    if o.verdict != Verdict::Accepted {
        return Grade::Again;
    }
    let budget = SignedDuration::from_mins(i64::from(budget_minutes(o.difficulty)));
    let slow = o.time_spent.is_some_and(|t| t > budget);
    if o.hints_used > 0 || slow || o.meets_target == Some(false) {
        return Grade::Hard;
    }
    let quick = o.time_spent.is_some_and(|t| t <= budget / 2);
    if o.first_submission && quick {
        Grade::Easy
    } else {
        Grade::Good
    }
}

/// A problem's place in the review schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The problem's slug.
    pub problem: String,
    /// FSRS stability: days until recall falls to 90%.
    pub stability: f32,
    /// FSRS difficulty, 1..10.
    pub difficulty: f32,
    /// When it is next due.
    pub due: Timestamp,
    /// When it was last graded.
    pub last_review: Timestamp,
    /// How many times it was graded.
    pub reps: u32,
    /// How many of those were `Again` after a first pass.
    pub lapses: u32,
    /// The last grade.
    pub last_grade: Grade,
}

impl Card {
    /// Whether it is due at `now`.
    pub fn is_due(&self, now: Timestamp) -> bool {
        self.due <= now
    }

    /// The probability of re-solving it at `now`, by the FSRS forgetting curve.
    pub fn retrievability(&self, now: Timestamp) -> f32 {
        let days = now.duration_since(self.last_review).as_secs_f32() / 86_400.0;
        fsrs::current_retrievability(self.memory(), days.max(0.0), fsrs::FSRS6_DEFAULT_DECAY)
            .clamp(0.0, 1.0)
    }

    fn memory(&self) -> MemoryState {
        MemoryState {
            stability: self.stability,
            difficulty: self.difficulty,
        }
    }
}

/// FSRS with a desired retention.
pub struct Scheduler {
    fsrs: FSRS,
    retention: f32,
}

impl std::fmt::Debug for Scheduler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scheduler")
            .field("retention", &self.retention)
            .finish_non_exhaustive()
    }
}

impl Default for Scheduler {
    fn default() -> Self {
        Scheduler::new(Scheduler::DEFAULT_RETENTION)
    }
}

impl Scheduler {
    /// The chance of recall a review aims for: Anki's default.
    pub const DEFAULT_RETENTION: f32 = 0.9;

    /// A scheduler with FSRS-6's default parameters, aiming at `retention` (clamped to
    /// 0.7..=0.97, where FSRS's intervals stay sensible).
    pub fn new(retention: f32) -> Scheduler {
        Scheduler {
            #[allow(clippy::expect_used)]
            fsrs: FSRS::new(&[]).expect("FSRS's own default parameters are valid"),
            retention: retention.clamp(0.7, 0.97),
        }
    }

    /// The card after grading the problem at `now` (a new card when `card` is None).
    ///
    /// Intervals are whole days, at least one: re-solving a problem the same day tests memory
    /// of the code, not the skill.
    pub fn review(&self, problem: &str, card: Option<&Card>, grade: Grade, now: Timestamp) -> Card {
        let elapsed_days = card.map_or(0, |c| {
            (now.duration_since(c.last_review).as_secs().max(0) / 86_400) as u32
        });
        // A stored state FSRS rejects (hand-edited, say) is started afresh, not an error.
        let states = self
            .fsrs
            .next_states(card.map(Card::memory), self.retention, elapsed_days)
            .or_else(|_| self.fsrs.next_states(None, self.retention, 0));
        let (memory, interval) = match states {
            Ok(s) => {
                let item = match grade {
                    Grade::Again => s.again,
                    Grade::Hard => s.hard,
                    Grade::Good => s.good,
                    Grade::Easy => s.easy,
                };
                (item.memory, item.interval)
            }
            // Unreachable with default parameters; fall back to tomorrow.
            Err(_) => (
                MemoryState {
                    stability: 1.0,
                    difficulty: 5.0,
                },
                1.0,
            ),
        };
        let days = if interval.is_finite() {
            interval.round().clamp(1.0, 36_500.0) as i64
        } else {
            1
        };
        let passed_before = card.is_some_and(|c| c.last_grade != Grade::Again);
        Card {
            problem: problem.to_owned(),
            stability: memory.stability,
            difficulty: memory.difficulty,
            due: now
                .checked_add(SignedDuration::from_hours(24 * days))
                .unwrap_or(now),
            last_review: now,
            reps: card.map_or(0, |c| c.reps) + 1,
            lapses: card.map_or(0, |c| c.lapses)
                + u32::from(grade == Grade::Again && passed_before),
            last_grade: grade,
        }
    }
}

/// Every problem's card, replayed from the history: each session of work on a problem is one
/// review, graded by its best outcome (a session that ended in a pass is graded as a pass, by
/// how it got there; one with only failures is `Again`). Follow-up attempts do not move cards.
/// Attempts without a session are grouped when less than 12 hours apart.
///
/// Replaying, rather than storing cards, keeps the schedule a pure function of what happened.
pub fn cards(
    attempts: &[crate::Attempt],
    difficulty_of: &dyn Fn(&str) -> Option<Difficulty>,
    scheduler: &Scheduler,
) -> Vec<Card> {
    let mut ordered: Vec<&crate::Attempt> =
        attempts.iter().filter(|a| a.follow_up.is_none()).collect();
    ordered.sort_by_key(|a| (a.submitted_at, a.id));
    // Sessions per problem, in order of their first attempt.
    let mut groups: Vec<Vec<&crate::Attempt>> = Vec::new();
    for a in ordered {
        let joins = |g: &Vec<&crate::Attempt>| {
            let first = g[0];
            first.problem == a.problem
                && match (first.session, a.session) {
                    (Some(x), Some(y)) => x == y,
                    (None, None) => {
                        a.submitted_at.duration_since(first.submitted_at)
                            < SignedDuration::from_hours(12)
                    }
                    _ => false,
                }
        };
        match groups.iter_mut().rev().find(|g| g[0].problem == a.problem) {
            Some(g) if joins(g) => g.push(a),
            _ => groups.push(vec![a]),
        }
    }
    let mut out: Vec<Card> = Vec::new();
    for group in groups {
        let problem = group[0].problem.as_str();
        let Some(difficulty) = difficulty_of(problem) else {
            continue;
        };
        let pass = group.iter().position(|a| a.accepted());
        let (at, grade) = match pass {
            Some(i) => {
                let a = group[i];
                let outcome = Outcome {
                    verdict: a.verdict,
                    difficulty,
                    hints_used: a.hints_used,
                    time_spent: a.time_spent(),
                    meets_target: a.meets_target,
                    first_submission: i == 0,
                };
                (a.submitted_at, grade(&outcome))
            }
            None => (group[group.len() - 1].submitted_at, Grade::Again),
        };
        let slot = out.iter().position(|c| c.problem == problem);
        let next = scheduler.review(problem, slot.map(|i| &out[i]), grade, at);
        match slot {
            Some(i) => out[i] = next,
            None => out.push(next),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::attempt;

    fn outcome() -> Outcome {
        Outcome {
            verdict: Verdict::Accepted,
            difficulty: Difficulty::Medium,
            hints_used: 0,
            time_spent: Some(SignedDuration::from_mins(20)),
            meets_target: Some(true),
            first_submission: true,
        }
    }

    #[test]
    fn grades_follow_the_interviewers_view() {
        let check = |change: fn(&mut Outcome), want: Grade| {
            let mut o = outcome();
            change(&mut o);
            assert_eq!(grade(&o), want, "{o:?}");
        };
        check(|_| {}, Grade::Good);
        check(|o| o.verdict = Verdict::WrongAnswer, Grade::Again);
        check(|o| o.verdict = Verdict::TimeLimitExceeded, Grade::Again);
        check(|o| o.hints_used = 1, Grade::Hard);
        check(
            |o| o.time_spent = Some(SignedDuration::from_mins(26)),
            Grade::Hard,
        );
        check(|o| o.meets_target = Some(false), Grade::Hard);
        check(
            |o| o.time_spent = Some(SignedDuration::from_mins(12)),
            Grade::Easy,
        );
        check(
            |o| {
                o.time_spent = Some(SignedDuration::from_mins(12));
                o.first_submission = false;
            },
            Grade::Good,
        );
        // Unknown time: never easy, never slow.
        check(|o| o.time_spent = None, Grade::Good);
        check(|o| o.difficulty = Difficulty::Hard, Grade::Easy);
    }

    #[test]
    fn failures_come_back_sooner_than_clean_passes() {
        let s = Scheduler::default();
        let now: Timestamp = "2026-01-05T10:00:00Z".parse().expect("a timestamp");
        let interval = |g: Grade| {
            let card = s.review("two-sum", None, g, now);
            card.due.duration_since(now).as_hours() / 24
        };
        let days: Vec<i64> = Grade::ALL.into_iter().map(interval).collect();
        assert_eq!(days[0], 1, "a failure comes back tomorrow");
        assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
        assert!(days[3] > days[1], "{days:?}");
    }

    #[test]
    fn intervals_grow_with_each_good_review_and_a_lapse_resets_them() {
        let s = Scheduler::default();
        let mut now: Timestamp = "2026-01-05T10:00:00Z".parse().expect("a timestamp");
        let mut card = s.review("p", None, Grade::Good, now);
        let mut intervals = Vec::new();
        for _ in 0..4 {
            now = card.due;
            let next = s.review("p", Some(&card), Grade::Good, now);
            intervals.push(next.due.duration_since(now).as_hours() / 24);
            card = next;
        }
        assert!(intervals.windows(2).all(|w| w[0] < w[1]), "{intervals:?}");
        assert_eq!(card.reps, 5);
        now = card.due;
        let lapsed = s.review("p", Some(&card), Grade::Again, now);
        assert_eq!(lapsed.lapses, 1);
        assert!(lapsed.stability < card.stability);
        assert!(lapsed.due.duration_since(now).as_hours() / 24 < intervals[0] + 1);
    }

    #[test]
    fn retrievability_falls_with_time() {
        let s = Scheduler::default();
        let now: Timestamp = "2026-01-05T10:00:00Z".parse().expect("a timestamp");
        let card = s.review("p", None, Grade::Good, now);
        let r0 = card.retrievability(now);
        let r1 = card.retrievability(card.due);
        let r2 = card.retrievability(card.due + SignedDuration::from_hours(24 * 30));
        assert!((r0 - 1.0).abs() < 1e-3, "{r0}");
        assert!(r1 < r0 && r2 < r1, "{r0} {r1} {r2}");
        assert!(
            (0.8..0.95).contains(&r1),
            "recall at the due date is near the target: {r1}"
        );
    }

    #[test]
    fn replayed_cards_grade_each_session_once() {
        let t: Timestamp = "2026-03-01T09:00:00Z".parse().expect("ts");
        let day = |d: i64| t + SignedDuration::from_hours(24 * d);
        let mut attempts = vec![
            // Session 1: a failure, then a pass (Good: not first try, 10 minutes).
            attempt(1, "two-sum", Verdict::WrongAnswer, day(0)),
            attempt(
                2,
                "two-sum",
                Verdict::Accepted,
                day(0) + SignedDuration::from_mins(5),
            ),
            // Session 3: failures only (Again).
            attempt(3, "coin-change", Verdict::WrongAnswer, day(0)),
            // A follow-up does not count.
            attempt(4, "two-sum", Verdict::WrongAnswer, day(1)),
        ];
        attempts[1].session = Some(1);
        attempts[3].follow_up = Some("sorted".into());
        let difficulty = |slug: &str| match slug {
            "two-sum" => Some(Difficulty::Easy),
            "coin-change" => Some(Difficulty::Medium),
            _ => None,
        };
        let s = Scheduler::default();
        let cards = cards(&attempts, &difficulty, &s);
        assert_eq!(cards.len(), 2);
        assert_eq!(cards[0].problem, "two-sum");
        assert_eq!((cards[0].reps, cards[0].last_grade), (1, Grade::Good));
        assert_eq!((cards[1].reps, cards[1].last_grade), (1, Grade::Again));
        assert_eq!(cards[1].due, day(1));
        // A later clean review of two-sum moves its card again.
        let mut more = attempts.clone();
        let mut review = attempt(5, "two-sum", Verdict::Accepted, cards[0].due);
        review.started_at = Some(cards[0].due - SignedDuration::from_mins(4));
        more.push(review);
        let again = super::cards(&more, &difficulty, &s);
        assert_eq!((again[0].reps, again[0].last_grade), (2, Grade::Easy));
        assert!(again[0].due > cards[0].due);
    }

    #[test]
    fn a_broken_stored_state_starts_afresh() {
        let s = Scheduler::default();
        let now: Timestamp = "2026-01-05T10:00:00Z".parse().expect("a timestamp");
        let mut card = s.review("p", None, Grade::Good, now);
        card.stability = f32::NAN;
        let next = s.review(
            "p",
            Some(&card),
            Grade::Good,
            now + SignedDuration::from_hours(48),
        );
        assert!(next.stability.is_finite());
        assert!(next.due > now);
    }
}
