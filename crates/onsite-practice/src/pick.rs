//! Choosing what to practise: the reviews due, and a timed problem aimed at a weakness.

use jiff::Timestamp;
use onsite_types::Difficulty;

use crate::{Card, Mastery, ProblemInfo};

/// The cards due at `now`, most overdue first.
pub fn due_reviews(cards: &[Card], now: Timestamp) -> Vec<&Card> {
    let mut due: Vec<&Card> = cards.iter().filter(|c| c.is_due(now)).collect();
    due.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.problem.cmp(&b.problem)));
    due
}

/// A problem for timed practice: from the weakest pattern that has a problem of the wanted
/// difficulty (medium when none is asked for), the one the candidate is least likely to re-solve
/// now, fewest attempts first. `avoid` lists problems not to pick (those just practised).
pub fn timed_problem<'a>(
    bank: &'a [ProblemInfo],
    mastery: &Mastery,
    difficulty: Option<Difficulty>,
    avoid: &[&str],
) -> Option<&'a ProblemInfo> {
    let wanted = difficulty.unwrap_or(Difficulty::Medium);
    let standing = |slug: &str| {
        mastery
            .problem(slug)
            .map_or((0.0, 0), |m| (m.mastery, m.attempts))
    };
    for pattern in &mastery.patterns {
        let best = bank
            .iter()
            .filter(|p| p.difficulty == wanted && !avoid.contains(&p.slug.as_str()))
            .filter(|p| p.patterns.contains(&pattern.pattern))
            .min_by(|a, b| {
                let (ma, na) = standing(&a.slug);
                let (mb, nb) = standing(&b.slug);
                ma.total_cmp(&mb)
                    .then(na.cmp(&nb))
                    .then_with(|| a.slug.cmp(&b.slug))
            });
        if best.is_some() {
            return best;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{attempt, bank};
    use crate::{mastery, Grade, Scheduler};
    use onsite_types::Verdict;

    #[test]
    fn picks_from_the_weakest_pattern() {
        let now: Timestamp = "2026-03-01T09:00:00Z".parse().expect("ts");
        let s = Scheduler::default();
        let attempts = vec![
            attempt(1, "group-anagrams", Verdict::Accepted, now),
            attempt(2, "coin-change", Verdict::Accepted, now),
        ];
        let cards = vec![
            s.review("group-anagrams", None, Grade::Good, now),
            s.review("coin-change", None, Grade::Good, now),
        ];
        let bank = bank();
        let m = mastery(&bank, &attempts, &cards, now);
        let pick = timed_problem(&bank, &m, None, &[]).expect("a medium");
        assert_eq!(
            pick.slug, "course-schedule",
            "graphs is untouched, hashing and DP are not"
        );
        let hard = timed_problem(&bank, &m, Some(Difficulty::Hard), &[]).expect("a hard");
        assert_eq!(hard.slug, "word-ladder");
        let next = timed_problem(&bank, &m, None, &["course-schedule"]).expect("another");
        assert_ne!(next.slug, "course-schedule");
    }

    #[test]
    fn due_reviews_come_most_overdue_first() {
        let s = Scheduler::default();
        let t0: Timestamp = "2026-03-01T09:00:00Z".parse().expect("ts");
        let t1: Timestamp = "2026-03-02T09:00:00Z".parse().expect("ts");
        let cards = vec![
            s.review("b", None, Grade::Again, t1),
            s.review("a", None, Grade::Again, t0),
            s.review("c", None, Grade::Easy, t0),
        ];
        let later = t1 + jiff::SignedDuration::from_hours(30);
        let due: Vec<&str> = due_reviews(&cards, later)
            .iter()
            .map(|c| c.problem.as_str())
            .collect();
        assert_eq!(due, ["a", "b"]);
    }
}
