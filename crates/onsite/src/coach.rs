//! Rendering of the practice commands' reports: start, submit, hint, review, plan, stats and
//! the mock interview's report. Plain text with colour; everything a user reads is
//! snapshot-tested at the bottom.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};
use jiff::{SignedDuration, Timestamp, Zoned};
use onsite_app::practice_model::{MockReport, Mode};
use onsite_app::{HintReport, PlanReport, ReviewQueue, StartReport, StatsReport, SubmitReport};

use crate::render::paint;

const DIM: Style = Style::new().dimmed();
const BOLD: Style = Style::new().bold();
const OK: Style = AnsiColor::Green.on_default();
const WARN: Style = AnsiColor::Yellow.on_default();
const BAD: Style = AnsiColor::Red.on_default();

/// `mm:ss` (or `h:mm:ss`) of a duration.
pub fn clock(d: SignedDuration) -> String {
    let secs = d.as_secs().max(0);
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs % 3600 / 60, secs % 60)
    } else {
        format!("{:02}:{:02}", secs / 60, secs % 60)
    }
}

fn local(t: Timestamp, now: &Zoned) -> String {
    t.to_zoned(now.time_zone().clone())
        .strftime("%a %-d %b %H:%M")
        .to_string()
}

fn days(n: i64) -> String {
    match n {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        n => format!("in {n} days"),
    }
}

/// After `onsite start` (and review, timed): what was written and what to do next.
pub fn started(r: &StartReport, now: &Zoned) -> String {
    let mut s = String::new();
    let what = match r.mode {
        Mode::Review => "review from a blank page (no peeking at your old solution)",
        Mode::Timed => "timed practice",
        Mode::Mock => "mock interview",
        Mode::Practice => "practice",
    };
    let _ = writeln!(
        s,
        "{} {} · {what}",
        paint(BOLD, &r.problem),
        paint(DIM, &r.title)
    );
    let _ = writeln!(s, "wrote {}", r.path.display());
    match r.deadline {
        Some(d) => {
            let _ = writeln!(
                s,
                "clock started at {}; time is up at {} ({} from now)",
                local(r.started_at, now),
                local(d, now),
                clock(d.duration_since(r.started_at))
            );
        }
        None => {
            let _ = writeln!(s, "clock started at {}", local(r.started_at, now));
        }
    }
    let p = r.path.display();
    let _ = writeln!(
        s,
        "next: `onsite watch {p}` runs the examples on every save; `onsite submit {p}` judges and records it; `onsite hint {}` if stuck",
        r.problem
    );
    s
}

/// The lines `onsite submit` adds below the judge's report.
pub fn submitted(r: &SubmitReport) -> String {
    let mut s = String::new();
    let mut facts = vec![format!("attempt #{} recorded ({})", r.attempt, r.mode)];
    if let Some(secs) = r.time_spent_secs {
        facts.push(format!(
            "{} since you started",
            clock(SignedDuration::from_secs(secs))
        ));
    }
    if r.hints_used > 0 {
        facts.push(format!(
            "{} hint{} used",
            r.hints_used,
            if r.hints_used == 1 { "" } else { "s" }
        ));
    }
    match r.within_deadline {
        Some(true) => facts.push(paint(OK, "within the time limit")),
        Some(false) => facts.push(paint(BAD, "after the time limit")),
        None => {}
    }
    let _ = writeln!(s, "\n{}", facts.join(" · "));
    if let Some(review) = &r.review {
        s.push_str(&review_line(review));
    }
    s
}

fn review_line(review: &onsite_app::ReviewNote) -> String {
    use onsite_app::practice_model::Grade;
    let style = match review.grade {
        Grade::Again => BAD,
        Grade::Hard => WARN,
        _ => OK,
    };
    let why = match review.grade {
        Grade::Again => "not solved yet",
        Grade::Hard => "solved, but with hints, slowly or above the target",
        Grade::Good => "solved",
        Grade::Easy => "solved first time, quickly, within the target",
    };
    format!(
        "review: {} ({why}); back {}\n",
        paint(style, review.grade),
        days(review.interval_days)
    )
}

/// `onsite hint`.
pub fn hint(r: &HintReport) -> String {
    match (&r.number, &r.text) {
        (Some(n), Some(text)) => {
            let left = r.total - n;
            format!(
                "{} {n}/{} for {}\n{text}\n{}\n",
                paint(BOLD, "hint"),
                r.total,
                r.problem,
                paint(
                    DIM,
                    if left == 0 {
                        "that was the last hint; hints make the review come back sooner".to_owned()
                    } else {
                        format!("{left} more; hints make the review come back sooner")
                    }
                )
            )
        }
        _ => format!(
            "all {} hints of {} are shown; the editorial opens once you are accepted\n",
            r.total, r.problem
        ),
    }
}

/// `onsite review --list`, and the queue above a started review.
pub fn review_queue(q: &ReviewQueue) -> String {
    let mut s = String::new();
    if q.due.is_empty() {
        let _ = writeln!(
            s,
            "nothing due for review{}",
            if q.upcoming > 0 {
                format!("; {} fall due this week", q.upcoming)
            } else if q.scheduled == 0 {
                "; problems enter the schedule when you submit them".to_owned()
            } else {
                String::new()
            }
        );
        return s;
    }
    let _ = writeln!(s, "{} due for review:", q.due.len());
    let width = q.due.iter().map(|d| d.problem.len()).max().unwrap_or(0);
    for d in &q.due {
        let overdue = match d.overdue_days {
            0 => "due today".to_owned(),
            1 => "1 day overdue".to_owned(),
            n => format!("{n} days overdue"),
        };
        let _ = writeln!(
            s,
            "  {:width$}  {:<6}  last {:<5}  recall {:>3.0}%  {}",
            d.problem,
            d.difficulty.as_str(),
            d.last_grade.as_str(),
            d.recall * 100.0,
            paint(DIM, overdue),
        );
    }
    if q.upcoming > 0 {
        let _ = writeln!(
            s,
            "{}",
            paint(DIM, format!("{} more this week", q.upcoming))
        );
    }
    s
}

fn bar(fraction: f32, width: usize) -> String {
    let filled = ((fraction.clamp(0.0, 1.0) * width as f32).round()) as usize;
    format!("{}{}", "█".repeat(filled), "·".repeat(width - filled))
}

/// `onsite stats`.
pub fn stats(r: &StatsReport) -> String {
    let st = &r.stats;
    let mut s = String::new();
    if st.attempts == 0 {
        let _ = writeln!(
            s,
            "no attempts yet: `onsite plan` shows where to start, `onsite start <slug>` begins one"
        );
        return s;
    }
    let _ = writeln!(
        s,
        "{} attempts, {} accepted ({:.0}%) · {} problems solved of {} tried, {} at the first try",
        st.attempts,
        st.accepted,
        st.accuracy.unwrap_or(0.0) * 100.0,
        st.problems_solved,
        st.problems_attempted,
        st.solved_first_try
    );
    let _ = writeln!(
        s,
        "streak: {} day{}{} (longest {}) · {} mock interview{}",
        st.streak_days,
        if st.streak_days == 1 { "" } else { "s" },
        if st.practised_today || st.streak_days == 0 {
            String::new()
        } else {
            paint(WARN, ", practise today to keep it")
        },
        st.longest_streak,
        r.mock_interviews,
        if r.mock_interviews == 1 { "" } else { "s" }
    );
    let _ = writeln!(s, "\n{}", paint(BOLD, "time to accepted, by difficulty"));
    for d in &st.by_difficulty {
        let time = match d.avg_minutes_to_accept {
            Some(m) => format!(
                "{:.0} min on average (interview budget {} min)",
                m,
                onsite_app::practice_model::budget_minutes(d.difficulty)
            ),
            None => "-".to_owned(),
        };
        let _ = writeln!(
            s,
            "  {:<6}  {:>3} attempts  {:>3} accepted  {time}",
            d.difficulty.as_str(),
            d.attempts,
            d.accepted
        );
    }
    let _ = writeln!(s, "\n{}", paint(BOLD, "mastery by pattern, weakest first"));
    let width = st
        .patterns
        .iter()
        .map(|p| p.pattern.len())
        .max()
        .unwrap_or(0);
    for p in &st.patterns {
        let _ = writeln!(
            s,
            "  {:width$}  {}  {:>3.0}%  {}/{} solved",
            p.pattern,
            bar(p.mastery, 10),
            p.mastery * 100.0,
            p.solved,
            p.problems
        );
    }
    let ahead: Vec<String> = st
        .review_ahead
        .iter()
        .map(|d| format!("{} {}", d.date.strftime("%a"), d.due))
        .collect();
    let _ = writeln!(
        s,
        "\nreviews: {} due now · next 7 days: {}",
        st.due_now,
        ahead.join(", ")
    );
    s
}

/// `onsite plan`.
pub fn plan(r: &PlanReport, all: bool) -> String {
    let mut s = String::new();
    let p = &r.progress;
    let _ = writeln!(
        s,
        "{} plan `{}`: {} weeks, {} sessions a week, {} level; started {}",
        if r.activated { "new" } else { "active" },
        r.plan.name,
        r.plan.spec.weeks,
        r.plan.spec.sessions_per_week,
        r.plan.spec.level,
        r.started
    );
    for note in &r.plan.notes {
        let _ = writeln!(s, "{} {note}", paint(WARN, "note:"));
    }
    let pace = match p.ahead_by {
        0 => paint(OK, "on schedule"),
        n if n > 0 => paint(
            OK,
            format!("{n} session{} ahead", if n == 1 { "" } else { "s" }),
        ),
        n => paint(
            WARN,
            format!("{} session{} behind", -n, if n == -1 { "" } else { "s" }),
        ),
    };
    let _ = writeln!(
        s,
        "progress: {}/{} problems solved {} · {pace} (the calendar says session {} of {})",
        p.solved,
        p.problems,
        bar(p.solved as f32 / p.problems.max(1) as f32, 20),
        p.expected_session,
        p.sessions
    );
    match &r.today {
        None => {
            let _ = writeln!(
                s,
                "\nevery problem of the plan is solved: keep up with `onsite review`, and try `onsite mock`"
            );
        }
        Some(t) => {
            let _ = writeln!(
                s,
                "\n{}",
                paint(BOLD, format!("today: session {}", t.session))
            );
            if !t.reviews_due.is_empty() {
                let _ = writeln!(
                    s,
                    "  1. review {} due problem{}: `onsite review`",
                    t.reviews_due.len(),
                    if t.reviews_due.len() == 1 { "" } else { "s" }
                );
            }
            for (i, n) in t.new.iter().enumerate() {
                let _ = writeln!(
                    s,
                    "  {}. new: {} ({}, {}) `onsite start {}`",
                    i + 1 + usize::from(!t.reviews_due.is_empty()),
                    n.slug,
                    n.difficulty,
                    n.patterns.join(", "),
                    n.slug
                );
            }
            if let Some(d) = t.timed {
                let _ = writeln!(
                    s,
                    "  then: a timed {d} problem: `onsite timed --difficulty {d}`"
                );
            }
            if t.mock {
                let _ = writeln!(s, "  then: a mock interview: `onsite mock`");
            }
        }
    }
    if all {
        let _ = writeln!(s, "\n{}", paint(BOLD, "sessions"));
        for session in &r.plan.sessions {
            let mut parts = Vec::new();
            if session.review {
                parts.push("review".to_owned());
            }
            if !session.new.is_empty() {
                parts.push(session.new.join(", "));
            }
            if let Some(d) = session.timed {
                parts.push(format!("timed {d}"));
            }
            if session.mock {
                parts.push("mock".to_owned());
            }
            let _ = writeln!(
                s,
                "  w{:<2} #{:<3} {}",
                session.week,
                session.number,
                parts.join(" · ")
            );
        }
    }
    s
}

/// The end-of-interview report: the seven dimensions with evidence, then the timeline.
pub fn mock_report(r: &MockReport) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} {} · {:.0} min · {} · overall {}",
        paint(BOLD, "mock interview:"),
        r.problem,
        r.minutes,
        if r.accepted {
            paint(OK, "accepted")
        } else {
            paint(BAD, "not accepted")
        },
        r.overall.map_or("-".to_owned(), |o| format!("{o}/100"))
    );
    for d in &r.dimensions {
        let score = d.score.map_or("  -".to_owned(), |v| format!("{v:>3}"));
        let _ = writeln!(s, "\n  {score}  {}", paint(BOLD, d.dimension.title()));
        for e in &d.evidence {
            let _ = writeln!(s, "       {}", paint(DIM, e));
        }
    }
    let _ = writeln!(s, "\n{}", paint(BOLD, "timeline"));
    for t in &r.timeline {
        let _ = writeln!(
            s,
            "  {}  {}",
            clock(SignedDuration::from_secs(t.offset_secs)),
            t.text
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use onsite_app::practice_model::mock::{report, MockContext};
    use onsite_app::practice_model::{
        Attempt, Grade, MockEvent, MockEventKind, MockStage, Plan, ProblemInfo, Scheduler,
    };
    use onsite_app::{DueItem, ReviewNote};
    use onsite_types::{ClarifyTopic, ComplexityClass, Difficulty, Verdict};

    fn strip(s: &str) -> String {
        anstream::adapter::strip_str(s).to_string()
    }

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    fn now() -> Zoned {
        at("2026-03-04T19:00:00Z").to_zoned(jiff::tz::TimeZone::UTC)
    }

    fn bank() -> Vec<ProblemInfo> {
        onsite_app::App::open(onsite_app::Settings::default())
            .expect("the bundled catalog opens")
            .bank()
    }

    fn attempt(id: i64, problem: &str, verdict: Verdict, when: &str, minutes: i64) -> Attempt {
        let submitted_at = at(when);
        Attempt {
            id,
            session: Some(id),
            problem: problem.to_owned(),
            follow_up: None,
            mode: onsite_app::practice_model::Mode::Practice,
            started_at: Some(submitted_at - SignedDuration::from_mins(minutes)),
            submitted_at,
            verdict,
            passed: if verdict == Verdict::Accepted { 36 } else { 20 },
            total: 36,
            hints_used: 0,
            score: Some(80),
            complexity: Some(ComplexityClass::Linear),
            meets_target: Some(true),
        }
    }

    fn history() -> Vec<Attempt> {
        vec![
            attempt(
                1,
                "two-sum",
                Verdict::WrongAnswer,
                "2026-03-02T09:05:00Z",
                5,
            ),
            attempt(2, "two-sum", Verdict::Accepted, "2026-03-02T09:10:00Z", 10),
            attempt(
                3,
                "contains-duplicate",
                Verdict::Accepted,
                "2026-03-02T09:30:00Z",
                10,
            ),
            attempt(
                4,
                "valid-parentheses",
                Verdict::WrongAnswer,
                "2026-03-03T18:40:00Z",
                40,
            ),
            attempt(
                5,
                "coin-change",
                Verdict::Accepted,
                "2026-03-04T18:30:00Z",
                30,
            ),
        ]
    }

    #[test]
    fn start_messages() {
        let mut r = StartReport {
            problem: "two-sum".into(),
            title: "Two Sum".into(),
            path: "two_sum.py".into(),
            mode: Mode::Practice,
            session: 1,
            started_at: at("2026-03-04T19:00:00Z"),
            deadline: None,
        };
        let practice = strip(&started(&r, &now()));
        r.mode = Mode::Timed;
        r.path = "two_sum_timed_20260304.py".into();
        r.deadline = Some(at("2026-03-04T19:15:00Z"));
        let timed = strip(&started(&r, &now()));
        insta::assert_snapshot!(format!("{practice}\n{timed}"));
    }

    #[test]
    fn hints() {
        let mut r = HintReport {
            problem: "two-sum".into(),
            number: Some(1),
            total: 3,
            text: Some("What value would complete the pair?".into()),
        };
        let first = strip(&hint(&r));
        r.number = Some(3);
        let last = strip(&hint(&r));
        r.number = None;
        r.text = None;
        let none = strip(&hint(&r));
        insta::assert_snapshot!(format!("{first}\n{last}\n{none}"));
    }

    #[test]
    fn review_queues() {
        let empty = ReviewQueue {
            due: vec![],
            upcoming: 0,
            scheduled: 0,
        };
        let queue = ReviewQueue {
            due: vec![
                DueItem {
                    problem: "contains-duplicate".into(),
                    title: "Contains Duplicate".into(),
                    difficulty: Difficulty::Easy,
                    due: at("2026-03-03T09:30:00Z"),
                    overdue_days: 1,
                    last_grade: Grade::Hard,
                    recall: 0.86,
                },
                DueItem {
                    problem: "two-sum".into(),
                    title: "Two Sum".into(),
                    difficulty: Difficulty::Easy,
                    due: at("2026-03-04T09:10:00Z"),
                    overdue_days: 0,
                    last_grade: Grade::Good,
                    recall: 0.9,
                },
            ],
            upcoming: 2,
            scheduled: 5,
        };
        insta::assert_snapshot!(format!(
            "{}\n{}",
            strip(&review_queue(&empty)),
            strip(&review_queue(&queue))
        ));
    }

    #[test]
    fn statistics() {
        let bank = bank();
        let attempts = history();
        let difficulty = |slug: &str| bank.iter().find(|p| p.slug == slug).map(|p| p.difficulty);
        let cards =
            onsite_app::practice_model::cards(&attempts, &difficulty, &Scheduler::default());
        let stats = onsite_app::practice_model::stats(&bank, &attempts, &cards, &now());
        let report = StatsReport {
            stats,
            mock_interviews: 1,
            database: "onsite.db".into(),
        };
        insta::assert_snapshot!(strip(&super::stats(&report)));
    }

    #[test]
    fn plans() {
        let bank = bank();
        let plan = Plan::core(&bank, onsite_problems::PATTERNS);
        let started = "2026-03-02".parse().expect("date");
        let progress = plan.progress(started, &history(), now().date());
        let current = progress.current.clone().expect("a session to do");
        let catalog = onsite_problems::Catalog::bundled();
        let report = PlanReport {
            today: Some(onsite_app::TodayPlan {
                session: current.number,
                new: progress
                    .current_unsolved
                    .iter()
                    .filter_map(|s| catalog.get(s).map(onsite_app::ProblemSummary::of))
                    .collect(),
                reviews_due: vec!["two-sum".into()],
                timed: Some(Difficulty::Medium),
                mock: false,
            }),
            plan,
            started,
            activated: false,
            progress,
        };
        let text = strip(&super::plan(&report, true));
        // The session list follows the bank: keep its first week.
        let short: Vec<&str> = text.lines().take(16).collect();
        insta::assert_snapshot!(short.join("\n"));
    }

    #[test]
    fn a_mock_interview_report() {
        let t = |m: i64| at("2026-03-06T10:00:00Z") + SignedDuration::from_mins(m);
        let events = vec![
            MockEvent {
                at: t(0),
                kind: MockEventKind::Stage {
                    stage: MockStage::Clarify,
                },
            },
            MockEvent {
                at: t(1),
                kind: MockEventKind::Asked {
                    topic: ClarifyTopic::Empty,
                },
            },
            MockEvent {
                at: t(3),
                kind: MockEventKind::Stated {
                    stage: MockStage::BruteForce,
                    text: "every pair".into(),
                    complexity: Some(ComplexityClass::Quadratic),
                },
            },
            MockEvent {
                at: t(5),
                kind: MockEventKind::Stated {
                    stage: MockStage::Optimise,
                    text: "a dict of complements, O(n)".into(),
                    complexity: Some(ComplexityClass::Linear),
                },
            },
            MockEvent {
                at: t(16),
                kind: MockEventKind::Submitted {
                    follow_up: None,
                    verdict: Verdict::WrongAnswer,
                    passed: 30,
                    total: 36,
                },
            },
            MockEvent {
                at: t(19),
                kind: MockEventKind::Submitted {
                    follow_up: None,
                    verdict: Verdict::Accepted,
                    passed: 36,
                    total: 36,
                },
            },
        ];
        let r = report(
            &MockContext {
                problem: "two-sum",
                target: ComplexityClass::Linear,
                topics: &[ClarifyTopic::Empty, ClarifyTopic::Duplicates],
                code: &[],
            },
            &events,
        );
        insta::assert_snapshot!(strip(&mock_report(&r)));
    }

    #[test]
    fn review_notes_after_a_submit() {
        let note = |grade, days| ReviewNote {
            grade,
            due: at("2026-03-04T19:00:00Z"),
            interval_days: days,
        };
        let lines: Vec<String> = [
            (Grade::Again, 1),
            (Grade::Hard, 1),
            (Grade::Good, 2),
            (Grade::Easy, 8),
        ]
        .into_iter()
        .map(|(g, d)| review_line(&note(g, d)))
        .map(|l| strip(&l))
        .collect();
        insta::assert_snapshot!(lines.join(""));
    }
}
