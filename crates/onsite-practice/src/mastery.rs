//! Mastery: how likely the candidate is to re-solve a problem now, and how well each pattern is
//! covered. Derived from the history each time, never stored, so it cannot drift from it.

use std::collections::BTreeMap;

use jiff::Timestamp;
use onsite_types::Difficulty;
use serde::Serialize;

use crate::{Attempt, Card, Grade, ProblemInfo};

/// One problem's standing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProblemMastery {
    /// Slug.
    pub slug: String,
    /// Difficulty.
    pub difficulty: Difficulty,
    /// Attempts at the problem itself (follow-ups not counted).
    pub attempts: u32,
    /// Whether it was ever accepted.
    pub solved: bool,
    /// The chance of re-solving it now, 0..1: the FSRS recall probability while the last graded
    /// attempt passed; 0 before the first pass and after a failed one.
    pub mastery: f32,
    /// When it is next due for review, if scheduled.
    pub due: Option<Timestamp>,
}

/// One pattern's standing, over every problem of the bank tagged with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PatternMastery {
    /// The pattern.
    pub pattern: String,
    /// Problems in the bank with the tag.
    pub problems: u32,
    /// Of those, attempted.
    pub attempted: u32,
    /// Of those, solved at least once.
    pub solved: u32,
    /// Mean mastery over all its problems (unattempted ones count as 0), 0..1.
    pub mastery: f32,
}

/// Mastery by problem (bank order) and by pattern (weakest first).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mastery {
    /// Every problem of the bank.
    pub problems: Vec<ProblemMastery>,
    /// Every pattern used in the bank, weakest first.
    pub patterns: Vec<PatternMastery>,
}

impl Mastery {
    /// A problem's standing.
    pub fn problem(&self, slug: &str) -> Option<&ProblemMastery> {
        self.problems.iter().find(|p| p.slug == slug)
    }
}

/// Compute mastery at `now`.
pub fn mastery(
    bank: &[ProblemInfo],
    attempts: &[Attempt],
    cards: &[Card],
    now: Timestamp,
) -> Mastery {
    let problems: Vec<ProblemMastery> = bank
        .iter()
        .map(|info| {
            let own = attempts
                .iter()
                .filter(|a| a.problem == info.slug && a.follow_up.is_none());
            let (mut count, mut solved) = (0, false);
            for a in own {
                count += 1;
                solved |= a.accepted();
            }
            let card = cards.iter().find(|c| c.problem == info.slug);
            let mastery = match card {
                Some(c) if solved && c.last_grade != Grade::Again => c.retrievability(now),
                _ => 0.0,
            };
            ProblemMastery {
                slug: info.slug.clone(),
                difficulty: info.difficulty,
                attempts: count,
                solved,
                mastery,
                due: card.map(|c| c.due),
            }
        })
        .collect();
    let mut by_pattern: BTreeMap<&str, PatternMastery> = BTreeMap::new();
    for (info, m) in bank.iter().zip(&problems) {
        for pattern in &info.patterns {
            let entry = by_pattern
                .entry(pattern.as_str())
                .or_insert_with(|| PatternMastery {
                    pattern: pattern.clone(),
                    problems: 0,
                    attempted: 0,
                    solved: 0,
                    mastery: 0.0,
                });
            entry.problems += 1;
            entry.attempted += u32::from(m.attempts > 0);
            entry.solved += u32::from(m.solved);
            entry.mastery += m.mastery;
        }
    }
    let mut patterns: Vec<PatternMastery> = by_pattern
        .into_values()
        .map(|mut p| {
            p.mastery /= p.problems.max(1) as f32;
            p
        })
        .collect();
    patterns.sort_by(|a, b| {
        a.mastery
            .total_cmp(&b.mastery)
            .then(a.solved.cmp(&b.solved))
            .then_with(|| a.pattern.cmp(&b.pattern))
    });
    Mastery { problems, patterns }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{attempt, bank};
    use crate::Scheduler;
    use onsite_types::Verdict;

    #[test]
    fn unsolved_is_zero_and_solved_decays() {
        let now: Timestamp = "2026-03-01T09:00:00Z".parse().expect("ts");
        let s = Scheduler::default();
        let attempts = vec![
            attempt(1, "two-sum", Verdict::WrongAnswer, now),
            attempt(2, "two-sum", Verdict::Accepted, now),
            attempt(3, "valid-parentheses", Verdict::WrongAnswer, now),
        ];
        let cards = vec![
            s.review("two-sum", None, Grade::Good, now),
            s.review("valid-parentheses", None, Grade::Again, now),
        ];
        let later = now + jiff::SignedDuration::from_hours(24 * 3);
        let m = mastery(&bank(), &attempts, &cards, later);
        let two_sum = m.problem("two-sum").expect("in bank");
        assert_eq!((two_sum.attempts, two_sum.solved), (2, true));
        assert!(
            two_sum.mastery > 0.5 && two_sum.mastery < 1.0,
            "{}",
            two_sum.mastery
        );
        assert_eq!(
            m.problem("valid-parentheses").expect("in bank").mastery,
            0.0
        );
        // Weakest first: stack (attempted, failed) and the untouched patterns before hashing.
        let order: Vec<&str> = m.patterns.iter().map(|p| p.pattern.as_str()).collect();
        assert_eq!(order.last(), Some(&"arrays-and-hashing"), "{order:?}");
        let hashing = m.patterns.last().expect("some pattern");
        assert_eq!(
            (hashing.problems, hashing.attempted, hashing.solved),
            (2, 1, 1)
        );
    }
}
