//! A mock interview's record and its report: the stages an interviewer walks (clarify, brute
//! force, optimise, code, test, follow-up), what the candidate did in each, and a score over the
//! seven dimensions that weighs the session's conduct with the code's own scorecard.

use jiff::Timestamp;
use onsite_types::{ClarifyTopic, ComplexityClass, Dimension, Verdict};
use serde::{Deserialize, Serialize};

/// The stages of a coding interview, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MockStage {
    /// Ask about the input and output before solving.
    Clarify,
    /// State a straightforward approach and its complexity.
    BruteForce,
    /// State the better approach and its complexity.
    Optimise,
    /// Write it.
    Code,
    /// Run it on cases of one's own, then submit.
    Test,
    /// The interviewer changes a constraint.
    FollowUp,
}

impl MockStage {
    /// Every stage, in interview order.
    pub const ALL: [MockStage; 6] = [
        MockStage::Clarify,
        MockStage::BruteForce,
        MockStage::Optimise,
        MockStage::Code,
        MockStage::Test,
        MockStage::FollowUp,
    ];

    /// A title for people.
    pub fn title(self) -> &'static str {
        match self {
            MockStage::Clarify => "Clarify",
            MockStage::BruteForce => "Brute force",
            MockStage::Optimise => "Optimise",
            MockStage::Code => "Code",
            MockStage::Test => "Test",
            MockStage::FollowUp => "Follow-up",
        }
    }
}

/// Something that happened in a mock interview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MockEventKind {
    /// A stage began.
    Stage {
        /// The stage.
        stage: MockStage,
    },
    /// A clarifying question was asked.
    Asked {
        /// Its topic.
        topic: ClarifyTopic,
    },
    /// The candidate stated an approach (brute force or optimisation).
    Stated {
        /// The stage it was stated in.
        stage: MockStage,
        /// What they said.
        text: String,
        /// The complexity they claimed, when it could be read.
        complexity: Option<ComplexityClass>,
    },
    /// The candidate ran their code on the examples or on cases of their own.
    Ran {
        /// Whether it ran cases the candidate wrote (not just the statement's examples).
        own_cases: bool,
        /// The outcome.
        verdict: Verdict,
    },
    /// A submission was judged.
    Submitted {
        /// The follow-up judged, if any.
        follow_up: Option<String>,
        /// The verdict.
        verdict: Verdict,
        /// Tests passed.
        passed: u32,
        /// Tests run.
        total: u32,
    },
    /// A hint was shown.
    Hint {
        /// Its number, from 1.
        number: u32,
    },
    /// The candidate gave up or ran out of time.
    Ended {
        /// Why.
        reason: String,
    },
}

/// A timestamped event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MockEvent {
    /// When.
    pub at: Timestamp,
    /// What.
    #[serde(flatten)]
    pub kind: MockEventKind,
}

/// One score of the code's own scorecard, passed in by the caller.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodeScore {
    /// The dimension.
    pub dimension: Dimension,
    /// Its score, 0..100 (None: not enough evidence).
    pub score: Option<u8>,
    /// Its evidence.
    pub evidence: Vec<String>,
}

/// One dimension of a mock interview's report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MockScore {
    /// The dimension.
    pub dimension: Dimension,
    /// 0..100, None when there was nothing to judge it on.
    pub score: Option<u8>,
    /// Why: the session's evidence first, then the code's.
    pub evidence: Vec<String>,
}

/// A line of the session's timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// Seconds since the start.
    pub offset_secs: i64,
    /// What happened.
    pub text: String,
}

/// The report at the end of a mock interview.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MockReport {
    /// The problem.
    pub problem: String,
    /// Minutes from start to end.
    pub minutes: f32,
    /// Whether the main problem was accepted.
    pub accepted: bool,
    /// The mean of the scored dimensions.
    pub overall: Option<u8>,
    /// The seven dimensions, in scorecard order.
    pub dimensions: Vec<MockScore>,
    /// What happened, in order.
    pub timeline: Vec<TimelineEntry>,
}

/// What the report needs besides the events.
#[derive(Debug, Clone, PartialEq)]
pub struct MockContext<'a> {
    /// The problem.
    pub problem: &'a str,
    /// The target time complexity.
    pub target: ComplexityClass,
    /// The topics the problem has answers for.
    pub topics: &'a [ClarifyTopic],
    /// The last main-problem submission's scorecard, when one parsed.
    pub code: &'a [CodeScore],
}

const EDGE_TOPICS: [ClarifyTopic; 4] = [
    ClarifyTopic::Empty,
    ClarifyTopic::Duplicates,
    ClarifyTopic::Negatives,
    ClarifyTopic::InputSize,
];

/// Score a session. Each dimension is the mean of what the session showed and what the code's
/// scorecard found, evidence for both listed.
pub fn report(ctx: &MockContext, events: &[MockEvent]) -> MockReport {
    let start = events.first().map(|e| e.at);
    let end = events.last().map(|e| e.at);
    let minutes = match (start, end) {
        (Some(s), Some(e)) => e.duration_since(s).as_secs_f32() / 60.0,
        _ => 0.0,
    };
    let asked: Vec<ClarifyTopic> = {
        let mut v = Vec::new();
        for e in events {
            if let MockEventKind::Asked { topic } = e.kind {
                if !v.contains(&topic) {
                    v.push(topic);
                }
            }
        }
        v
    };
    let first_code = events.iter().position(|e| {
        matches!(
            e.kind,
            MockEventKind::Submitted { .. } | MockEventKind::Ran { .. }
        )
    });
    let before_code = |i: usize| first_code.is_none_or(|c| i < c);
    let stated = |stage: MockStage| {
        events.iter().enumerate().find_map(|(i, e)| match &e.kind {
            MockEventKind::Stated {
                stage: s,
                text,
                complexity,
            } if *s == stage && !text.trim().is_empty() => Some((i, text.as_str(), *complexity)),
            _ => None,
        })
    };
    let brute = stated(MockStage::BruteForce);
    let optimised = stated(MockStage::Optimise);
    let main_submissions: Vec<Verdict> = events
        .iter()
        .filter_map(|e| match &e.kind {
            MockEventKind::Submitted {
                follow_up: None,
                verdict,
                ..
            } => Some(*verdict),
            _ => None,
        })
        .collect();
    let accepted_after = main_submissions
        .iter()
        .position(|v| *v == Verdict::Accepted);
    let follow_up = events.iter().rev().find_map(|e| match &e.kind {
        MockEventKind::Submitted {
            follow_up: Some(id),
            verdict,
            ..
        } => Some((id.as_str(), *verdict)),
        _ => None,
    });
    let own_runs = events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                MockEventKind::Ran {
                    own_cases: true,
                    ..
                }
            )
        })
        .count();
    let hints = events
        .iter()
        .filter(|e| matches!(e.kind, MockEventKind::Hint { .. }))
        .count();

    // A complexity in several variables (`O(n * m)`, `O(V + E)`) is stated, but not one onsite
    // can compare with a single-variable target.
    let written = |i: usize| match &events[i].kind {
        MockEventKind::Stated { text, .. } => onsite_types::big_o::stated(text),
        _ => None,
    };
    // The session's own evidence per dimension: (score, or none when not scored; sentences).
    let mut session: Vec<(Dimension, Option<u32>, Vec<String>)> = Vec::new();
    let statement = |what: &str, s: Option<(usize, &str, Option<ComplexityClass>)>| match s {
        None => (
            0,
            format!(
                "no {} was stated",
                what.trim_start_matches("a ").trim_start_matches("an ")
            ),
        ),
        Some((i, _, c)) => {
            let timing = if before_code(i) {
                ""
            } else {
                " (only after coding)"
            };
            match (c, written(i)) {
                (Some(c), _) => (
                    if before_code(i) { 100 } else { 60 },
                    format!("{what} stated with its complexity, {c}{timing}"),
                ),
                (None, Some(written)) => (
                    if before_code(i) { 100 } else { 60 },
                    format!("{what} stated with its complexity, {written}{timing}"),
                ),
                (None, None) => (
                    if before_code(i) { 60 } else { 30 },
                    format!("{what} stated without a complexity{timing}"),
                ),
            }
        }
    };
    let (brute_score, brute_text) = statement("a brute force", brute);
    let (opt_score, opt_text) = statement("an optimisation", optimised);
    let clarify_score = (asked.len().min(4) * 25) as u32;
    let clarify_text = if asked.is_empty() {
        "asked nothing before coding".to_owned()
    } else {
        let names: Vec<&str> = asked.iter().map(|t| t.as_str()).collect();
        format!(
            "asked about {} of the {} topics the problem has answers for: {}",
            asked.iter().filter(|t| ctx.topics.contains(t)).count(),
            ctx.topics.len(),
            names.join(", ")
        )
    };
    session.push((
        Dimension::Communication,
        Some((clarify_score + brute_score + opt_score) / 3),
        vec![clarify_text.clone(), brute_text.clone(), opt_text.clone()],
    ));
    session.push((
        Dimension::ProblemSolving,
        Some((brute_score + opt_score) / 2),
        vec![
            match (brute, optimised) {
                (Some((b, ..)), Some((o, ..))) if b < o && before_code(o) => {
                    "walked brute force, then optimisation, then code".to_owned()
                }
                (None, None) => "went straight to code".to_owned(),
                _ => "skipped or reordered a planning stage".to_owned(),
            },
            format!("{hints} hint{} used", if hints == 1 { "" } else { "s" }),
        ],
    ));
    let claimed = optimised.and_then(|o| o.2);
    let several_variables = optimised
        .filter(|o| o.2.is_none())
        .and_then(|o| written(o.0));
    if let Some(written) = &several_variables {
        // Not scored from the session: the code's measured class still counts.
        session.push((
            Dimension::AlgorithmSelection,
            None,
            vec![format!(
                "named {written}, in several variables: not compared with the target {}",
                ctx.target
            )],
        ));
    } else {
        session.push((
            Dimension::AlgorithmSelection,
            Some(match claimed {
                Some(c) if c <= ctx.target => 100,
                Some(_) => 40,
                None => 0,
            }),
            vec![match claimed {
                Some(c) if c <= ctx.target => {
                    format!("chose an {c} approach; the target is {}", ctx.target)
                }
                Some(c) => format!("chose an {c} approach; the target is {}", ctx.target),
                None => format!(
                    "named no complexity for the approach; the target is {}",
                    ctx.target
                ),
            }],
        ));
    }
    session.push((
        Dimension::Optimisation,
        Some(match (brute.and_then(|b| b.2), claimed) {
            (Some(b), Some(o)) if o < b => 100,
            (Some(_), Some(_)) => 50,
            (None, Some(_)) => 60,
            _ => 0,
        }),
        vec![match (brute.and_then(|b| b.2), claimed) {
            (Some(b), Some(o)) if o < b => format!("improved {b} to {o}"),
            (Some(b), Some(o)) => {
                format!("the optimisation ({o}) is no better than the brute force ({b})")
            }
            _ => "no measured improvement over a stated brute force".to_owned(),
        }],
    ));
    let debugging = match accepted_after {
        Some(0) => 100,
        Some(1) => 75,
        Some(2) => 50,
        Some(_) => 30,
        None => 0,
    };
    let test_bonus = if own_runs > 0 { 100 } else { 0 };
    session.push((
        Dimension::Debugging,
        Some((debugging * 2 + test_bonus) / 3),
        vec![
            match accepted_after {
                Some(n) => format!(
                    "accepted at submission {} of {}",
                    n + 1,
                    main_submissions.len()
                ),
                None if main_submissions.is_empty() => "never submitted".to_owned(),
                None => format!("not accepted in {} submissions", main_submissions.len()),
            },
            if own_runs > 0 {
                format!("ran own test cases {own_runs} time(s) before submitting")
            } else {
                "never ran cases of their own".to_owned()
            },
        ],
    ));
    let edge_asked = asked.iter().filter(|t| EDGE_TOPICS.contains(t)).count();
    session.push((
        Dimension::EdgeCases,
        Some((edge_asked.min(3) as u32 * 100 / 3 + test_bonus) / 2),
        vec![format!(
            "asked about {edge_asked} edge-case topic(s) (empty, duplicates, negatives, size)"
        )],
    ));
    if let Some((id, verdict)) = follow_up {
        let entry = session
            .iter_mut()
            .find(|(d, ..)| *d == Dimension::AlgorithmSelection)
            .expect("pushed above");
        let ok = verdict == Verdict::Accepted;
        let follow = if ok { 100 } else { 0 };
        entry.1 = Some(entry.1.map_or(follow, |s| (s + follow) / 2));
        entry.2.push(format!("follow-up `{id}`: {verdict}"));
    }

    let dimensions: Vec<MockScore> = Dimension::ALL
        .into_iter()
        .map(|d| {
            let own = session.iter().find(|(x, ..)| *x == d);
            let code = ctx.code.iter().find(|c| c.dimension == d);
            let parts: Vec<u32> = own
                .and_then(|o| o.1)
                .into_iter()
                .chain(code.and_then(|c| c.score).map(u32::from))
                .collect();
            let mut evidence: Vec<String> = own.map(|o| o.2.clone()).unwrap_or_default();
            if let Some(c) = code {
                evidence.extend(c.evidence.iter().map(|e| format!("code: {e}")));
            }
            MockScore {
                dimension: d,
                score: (!parts.is_empty())
                    .then(|| (parts.iter().sum::<u32>() / parts.len() as u32).min(100) as u8),
                evidence,
            }
        })
        .collect();
    let scored: Vec<u32> = dimensions
        .iter()
        .filter_map(|d| d.score.map(u32::from))
        .collect();
    let timeline = events
        .iter()
        .map(|e| TimelineEntry {
            offset_secs: start.map_or(0, |s| e.at.duration_since(s).as_secs()),
            text: describe(&e.kind),
        })
        .collect();
    MockReport {
        problem: ctx.problem.to_owned(),
        minutes,
        accepted: accepted_after.is_some(),
        overall: (!scored.is_empty())
            .then(|| (scored.iter().sum::<u32>() / scored.len() as u32) as u8),
        dimensions,
        timeline,
    }
}

fn describe(kind: &MockEventKind) -> String {
    match kind {
        MockEventKind::Stage { stage } => format!("{} stage", stage.title()),
        MockEventKind::Asked { topic } => format!("asked about {topic}"),
        MockEventKind::Stated {
            stage,
            text,
            complexity,
        } => format!(
            "{}: \"{}\"{}",
            stage.title(),
            text.trim(),
            complexity.map(|c| format!(" ({c})")).unwrap_or_default()
        ),
        MockEventKind::Ran { own_cases, verdict } => format!(
            "ran {}: {verdict}",
            if *own_cases {
                "own cases"
            } else {
                "the examples"
            }
        ),
        MockEventKind::Submitted {
            follow_up,
            verdict,
            passed,
            total,
        } => format!(
            "submitted{}: {verdict} ({passed}/{total})",
            follow_up
                .as_deref()
                .map(|f| format!(" follow-up `{f}`"))
                .unwrap_or_default()
        ),
        MockEventKind::Hint { number } => format!("hint {number} shown"),
        MockEventKind::Ended { reason } => format!("ended: {reason}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::SignedDuration;

    fn at(min: i64) -> Timestamp {
        let t0: Timestamp = "2026-03-01T09:00:00Z".parse().expect("ts");
        t0 + SignedDuration::from_mins(min)
    }

    fn ev(min: i64, kind: MockEventKind) -> MockEvent {
        MockEvent { at: at(min), kind }
    }

    const TOPICS: [ClarifyTopic; 3] = [
        ClarifyTopic::Empty,
        ClarifyTopic::Duplicates,
        ClarifyTopic::OutputFormat,
    ];

    /// A submission of the main question passing all 40 tests, `min` minutes in.
    fn accepted(min: i64) -> MockEvent {
        ev(
            min,
            MockEventKind::Submitted {
                follow_up: None,
                verdict: Verdict::Accepted,
                passed: 40,
                total: 40,
            },
        )
    }

    fn dimension(r: &MockReport, d: Dimension) -> &MockScore {
        r.dimensions
            .iter()
            .find(|x| x.dimension == d)
            .expect("every dimension is listed")
    }

    fn ctx<'a>(code: &'a [CodeScore]) -> MockContext<'a> {
        MockContext {
            problem: "two-sum",
            target: ComplexityClass::Linear,
            topics: &TOPICS,
            code,
        }
    }

    #[test]
    fn a_well_run_interview_scores_high_with_evidence() {
        let events = vec![
            ev(
                0,
                MockEventKind::Stage {
                    stage: MockStage::Clarify,
                },
            ),
            ev(
                1,
                MockEventKind::Asked {
                    topic: ClarifyTopic::Empty,
                },
            ),
            ev(
                1,
                MockEventKind::Asked {
                    topic: ClarifyTopic::Duplicates,
                },
            ),
            ev(
                2,
                MockEventKind::Asked {
                    topic: ClarifyTopic::InputSize,
                },
            ),
            ev(
                2,
                MockEventKind::Asked {
                    topic: ClarifyTopic::OutputFormat,
                },
            ),
            ev(
                3,
                MockEventKind::Stated {
                    stage: MockStage::BruteForce,
                    text: "check every pair".into(),
                    complexity: Some(ComplexityClass::Quadratic),
                },
            ),
            ev(
                5,
                MockEventKind::Stated {
                    stage: MockStage::Optimise,
                    text: "one pass with a dict of seen values".into(),
                    complexity: Some(ComplexityClass::Linear),
                },
            ),
            ev(
                14,
                MockEventKind::Ran {
                    own_cases: true,
                    verdict: Verdict::Accepted,
                },
            ),
            ev(
                15,
                MockEventKind::Submitted {
                    follow_up: None,
                    verdict: Verdict::Accepted,
                    passed: 40,
                    total: 40,
                },
            ),
            ev(
                22,
                MockEventKind::Submitted {
                    follow_up: Some("sorted-input".into()),
                    verdict: Verdict::Accepted,
                    passed: 12,
                    total: 12,
                },
            ),
        ];
        let code = [CodeScore {
            dimension: Dimension::PythonFluency,
            score: Some(90),
            evidence: vec!["idiomatic".into()],
        }];
        let r = report(&ctx(&code), &events);
        assert!(r.accepted);
        assert_eq!(r.minutes, 22.0);
        let score = |d: Dimension| {
            r.dimensions
                .iter()
                .find(|x| x.dimension == d)
                .and_then(|x| x.score)
        };
        assert_eq!(score(Dimension::Communication), Some(100));
        assert_eq!(score(Dimension::Optimisation), Some(100));
        assert_eq!(score(Dimension::Debugging), Some(100));
        assert_eq!(score(Dimension::PythonFluency), Some(90));
        assert!(r.overall.expect("scored") >= 90);
        let comm = &r
            .dimensions
            .iter()
            .find(|x| x.dimension == Dimension::Communication)
            .expect("there")
            .evidence;
        assert!(
            comm[0].contains("empty, duplicates, input_size, output_format"),
            "{comm:?}"
        );
        assert_eq!(r.timeline.len(), events.len());
        assert_eq!(r.timeline[5].offset_secs, 180);
    }

    #[test]
    fn silence_before_coding_is_noted_and_scored_low() {
        let events = vec![
            ev(
                0,
                MockEventKind::Stage {
                    stage: MockStage::Clarify,
                },
            ),
            ev(
                9,
                MockEventKind::Submitted {
                    follow_up: None,
                    verdict: Verdict::WrongAnswer,
                    passed: 3,
                    total: 40,
                },
            ),
            ev(
                12,
                MockEventKind::Stated {
                    stage: MockStage::Optimise,
                    text: "hash map".into(),
                    complexity: None,
                },
            ),
            accepted(20),
        ];
        let r = report(&ctx(&[]), &events);
        let find = |d: Dimension| dimension(&r, d);
        let comm = find(Dimension::Communication);
        assert!(comm
            .evidence
            .contains(&"asked nothing before coding".to_owned()));
        assert!(
            comm.evidence[2].contains("only after coding"),
            "{:?}",
            comm.evidence
        );
        assert!(comm.score.expect("scored") < 20);
        assert_eq!(
            find(Dimension::PythonFluency).score,
            None,
            "no code scorecard, no session evidence"
        );
        assert!(find(Dimension::Debugging).evidence[0].contains("submission 2 of 2"));
    }

    #[test]
    fn a_complexity_in_several_variables_is_stated_but_not_compared() {
        let events = vec![
            ev(
                2,
                MockEventKind::Stated {
                    stage: MockStage::Optimise,
                    text: "BFS from every land cell once, O(m * n)".into(),
                    complexity: None,
                },
            ),
            accepted(12),
        ];
        let r = report(&ctx(&[]), &events);
        let find = |d: Dimension| dimension(&r, d);
        let comm = find(Dimension::Communication);
        assert!(
            comm.evidence[2].contains("stated with its complexity, O(m * n)"),
            "{:?}",
            comm.evidence
        );
        let algo = find(Dimension::AlgorithmSelection);
        assert_eq!(algo.score, None, "{algo:?}");
        assert!(algo.evidence[0].contains("several variables"), "{algo:?}");
    }
}
