//! `onsite stats`: accuracy, streaks, time by difficulty, the review load ahead and mastery by
//! pattern. Days are the candidate's local days (`now`'s time zone).

use std::collections::BTreeSet;

use jiff::civil::Date;
use jiff::{ToSpan, Zoned};
use onsite_types::Difficulty;
use serde::Serialize;

use crate::{mastery, Attempt, Card, PatternMastery, ProblemInfo};

/// Figures for one difficulty.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DifficultyStats {
    /// The difficulty.
    pub difficulty: Difficulty,
    /// Attempts at problems of this difficulty.
    pub attempts: u32,
    /// Of those, accepted.
    pub accepted: u32,
    /// Mean minutes from start to an accepted submission (null: none timed).
    pub avg_minutes_to_accept: Option<f32>,
}

/// Reviews falling due on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayLoad {
    /// The day.
    pub date: Date,
    /// Problems due that day.
    pub due: u32,
}

/// Everything `onsite stats` shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Judged submissions.
    pub attempts: u32,
    /// Of those, accepted.
    pub accepted: u32,
    /// accepted / attempts (null before the first attempt).
    pub accuracy: Option<f32>,
    /// Distinct problems attempted.
    pub problems_attempted: u32,
    /// Distinct problems solved.
    pub problems_solved: u32,
    /// Problems whose first attempt was accepted.
    pub solved_first_try: u32,
    /// Consecutive days with practice, up to today (or yesterday, when today has none yet).
    pub streak_days: u32,
    /// The longest such run.
    pub longest_streak: u32,
    /// Whether there was practice today.
    pub practised_today: bool,
    /// By difficulty, easy first.
    pub by_difficulty: Vec<DifficultyStats>,
    /// Reviews due now (today and overdue).
    pub due_now: u32,
    /// Reviews falling due on each of the next seven days.
    pub review_ahead: Vec<DayLoad>,
    /// Mastery by pattern, weakest first.
    pub patterns: Vec<PatternMastery>,
}

/// Compute the statistics at `now`.
pub fn stats(bank: &[ProblemInfo], attempts: &[Attempt], cards: &[Card], now: &Zoned) -> Stats {
    let tz = now.time_zone().clone();
    let day = |t: jiff::Timestamp| t.to_zoned(tz.clone()).date();
    let today = now.date();
    let accepted = attempts.iter().filter(|a| a.accepted()).count() as u32;

    let mut attempted: Vec<&str> = Vec::new();
    let mut solved = BTreeSet::new();
    let mut first_try = 0;
    for a in attempts.iter().filter(|a| a.follow_up.is_none()) {
        if !attempted.contains(&a.problem.as_str()) {
            attempted.push(&a.problem);
            first_try += u32::from(a.accepted());
        }
        if a.accepted() {
            solved.insert(a.problem.as_str());
        }
    }

    let days: BTreeSet<Date> = attempts.iter().map(|a| day(a.submitted_at)).collect();
    let practised_today = days.contains(&today);
    let mut streak = 0;
    let mut cursor = if practised_today {
        Some(today)
    } else {
        today.yesterday().ok()
    };
    while let Some(d) = cursor.filter(|d| days.contains(d)) {
        streak += 1;
        cursor = d.yesterday().ok();
    }
    let mut longest = 0;
    let mut run = 0;
    let mut previous: Option<Date> = None;
    for d in &days {
        run = match previous {
            Some(p) if p.tomorrow().ok() == Some(*d) => run + 1,
            _ => 1,
        };
        longest = longest.max(run);
        previous = Some(*d);
    }

    let difficulty_of = |slug: &str| bank.iter().find(|p| p.slug == slug).map(|p| p.difficulty);
    let by_difficulty = Difficulty::ALL
        .into_iter()
        .map(|d| {
            let mine: Vec<&Attempt> = attempts
                .iter()
                .filter(|a| difficulty_of(&a.problem) == Some(d))
                .collect();
            let minutes: Vec<f32> = mine
                .iter()
                .filter(|a| a.accepted())
                .filter_map(|a| a.time_spent())
                .map(|t| t.as_secs_f32() / 60.0)
                .collect();
            DifficultyStats {
                difficulty: d,
                attempts: mine.len() as u32,
                accepted: mine.iter().filter(|a| a.accepted()).count() as u32,
                avg_minutes_to_accept: (!minutes.is_empty())
                    .then(|| minutes.iter().sum::<f32>() / minutes.len() as f32),
            }
        })
        .collect();

    let due_now = cards.iter().filter(|c| day(c.due) <= today).count() as u32;
    let review_ahead = (1..=7)
        .filter_map(|i| today.checked_add(i.days()).ok())
        .map(|date| DayLoad {
            date,
            due: cards.iter().filter(|c| day(c.due) == date).count() as u32,
        })
        .collect();

    Stats {
        attempts: attempts.len() as u32,
        accepted,
        accuracy: (!attempts.is_empty()).then(|| accepted as f32 / attempts.len() as f32),
        problems_attempted: attempted.len() as u32,
        problems_solved: solved.len() as u32,
        solved_first_try: first_try,
        streak_days: streak,
        longest_streak: longest,
        practised_today,
        by_difficulty,
        due_now,
        review_ahead,
        patterns: mastery(bank, attempts, cards, now.timestamp()).patterns,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{attempt, bank};
    use crate::{Grade, Scheduler};
    use onsite_types::Verdict;

    fn at(s: &str) -> jiff::Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn streaks_accuracy_and_load() {
        let attempts = vec![
            attempt(
                1,
                "two-sum",
                Verdict::WrongAnswer,
                at("2026-03-01T09:00:00Z"),
            ),
            attempt(2, "two-sum", Verdict::Accepted, at("2026-03-01T09:05:00Z")),
            attempt(
                3,
                "valid-parentheses",
                Verdict::Accepted,
                at("2026-03-03T21:00:00Z"),
            ),
            attempt(
                4,
                "course-schedule",
                Verdict::Accepted,
                at("2026-03-04T08:00:00Z"),
            ),
            attempt(
                5,
                "course-schedule",
                Verdict::Accepted,
                at("2026-03-05T08:00:00Z"),
            ),
        ];
        let s = Scheduler::default();
        let cards = vec![
            s.review("two-sum", None, Grade::Good, at("2026-03-01T09:05:00Z")),
            s.review(
                "valid-parentheses",
                None,
                Grade::Again,
                at("2026-03-03T21:00:00Z"),
            ),
        ];
        let now = at("2026-03-05T18:00:00Z").to_zoned(jiff::tz::TimeZone::UTC);
        let st = stats(&bank(), &attempts, &cards, &now);
        assert_eq!((st.attempts, st.accepted), (5, 4));
        assert_eq!(
            (
                st.problems_attempted,
                st.problems_solved,
                st.solved_first_try
            ),
            (3, 3, 2)
        );
        assert_eq!(
            (st.streak_days, st.longest_streak, st.practised_today),
            (3, 3, true)
        );
        let easy = &st.by_difficulty[0];
        assert_eq!((easy.attempts, easy.accepted), (3, 2));
        assert_eq!(easy.avg_minutes_to_accept, Some(10.0));
        assert_eq!(st.due_now, 2, "both cards are due by now");
        assert_eq!(st.review_ahead.len(), 7);

        // A day later with nothing done: the streak survives until the day ends.
        let next = at("2026-03-06T18:00:00Z").to_zoned(jiff::tz::TimeZone::UTC);
        let st = stats(&bank(), &attempts, &cards, &next);
        assert_eq!((st.streak_days, st.practised_today), (3, false));
        let gone = at("2026-03-07T18:00:00Z").to_zoned(jiff::tz::TimeZone::UTC);
        assert_eq!(stats(&bank(), &attempts, &cards, &gone).streak_days, 0);
    }

    #[test]
    fn days_are_local() {
        // 23:30 UTC on the 1st is the 2nd in Tokyo: two local days in a row, one UTC day.
        let attempts = vec![
            attempt(1, "two-sum", Verdict::Accepted, at("2026-03-01T10:00:00Z")),
            attempt(2, "two-sum", Verdict::Accepted, at("2026-03-01T23:30:00Z")),
        ];
        let tokyo = jiff::tz::TimeZone::fixed(jiff::tz::offset(9));
        let now = at("2026-03-02T00:00:00Z").to_zoned(tokyo);
        assert_eq!(stats(&bank(), &attempts, &[], &now).streak_days, 2);
        let utc = at("2026-03-02T00:00:00Z").to_zoned(jiff::tz::TimeZone::UTC);
        assert_eq!(stats(&bank(), &attempts, &[], &utc).streak_days, 1);
    }
}
