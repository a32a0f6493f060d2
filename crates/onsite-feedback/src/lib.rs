//! Feedback as an interviewer gives it: a score from 0 to 100 on each of the seven dimensions
//! interviewers grade, each with the evidence behind it, and, when the measured complexity is
//! above the target, the line that causes it.
//!
//! Pure: the judge's results, the measured complexity and the analyser's findings come in as
//! plain data; nothing here runs code or reads files. The rubric is documented for users in
//! `docs/scorecard.md`; the numbers here and there must agree.

use onsite_analysis::{Analysis, Severity};
use onsite_types::{ComplexityClass, Dimension, EdgeCategory, Verdict};
use serde::Serialize;

/// How one edge-case category went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CategoryResult {
    /// The category.
    pub category: EdgeCategory,
    /// Its tests that passed.
    pub passed: usize,
    /// Its tests that failed (skipped ones are neither).
    pub failed: usize,
}

/// What was measured of the solution's time.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MeasuredComplexity {
    /// The measured class (`None`: unclear).
    pub class: Option<ComplexityClass>,
    /// Whether it is within the target.
    pub meets_target: Option<bool>,
    /// The solution's time over the reference's as a constant factor over the larger sizes
    /// measured, and the favourable (lower) end of its 95% interval, which is what is scored.
    pub ratio: Option<(f64, f64)>,
    /// The reference grew slower than its own target at the measured sizes (work done at C
    /// speed) and the solution was judged against the target instead: the reference's time is
    /// then no ruler for a constant factor, which is not scored.
    pub reference_below_target: bool,
    /// The measured growth of extra memory, and the space target, when both are known and the
    /// growth is above the target.
    pub space_over: Option<(ComplexityClass, ComplexityClass)>,
    /// The measured growth of extra memory (`None`: not measured, or too small to tell);
    /// logarithmic factors are not told apart.
    pub space: Option<ComplexityClass>,
}

/// Everything the scorecard is computed from.
#[derive(Debug, Clone, Copy)]
pub struct Evidence<'a> {
    /// The verdict.
    pub verdict: Verdict,
    /// Tests passed.
    pub passed: usize,
    /// Tests run.
    pub total: usize,
    /// Results per edge-case category.
    pub categories: &'a [CategoryResult],
    /// The problem's target time complexity.
    pub target: ComplexityClass,
    /// The measurement, when there was one.
    pub complexity: Option<MeasuredComplexity>,
    /// The analyser's view of the source.
    pub analysis: &'a Analysis,
    /// The earlier submissions of the same session, oldest first, when the history is known
    /// (`None` for a one-off judge).
    pub earlier: Option<&'a [PriorSubmission]>,
}

/// An earlier submission in the same session of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PriorSubmission {
    /// Its verdict.
    pub verdict: Verdict,
    /// Tests it passed.
    pub passed: usize,
    /// Tests it ran.
    pub total: usize,
    /// Its report showed a small failing input onsite had found (a counterexample).
    pub saw_counterexample: bool,
}

/// One dimension's score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Score {
    /// The dimension.
    pub dimension: Dimension,
    /// 0..=100, or `None` when there is no evidence to score it on (said in `evidence`).
    pub score: Option<u8>,
    /// Why: one line per fact that counted.
    pub evidence: Vec<String>,
}

/// The seven scores and their mean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scorecard {
    /// Mean of the dimensions that could be scored.
    pub overall: Option<u8>,
    /// The dimensions left out of `overall` for want of evidence (each says why).
    pub not_scored: Vec<Dimension>,
    /// Every dimension, in [`Dimension::ALL`] order.
    pub dimensions: Vec<Score>,
}

/// What makes a solution grow faster than its target, as the analyser sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cause {
    /// The line.
    pub line: u32,
    /// The sentence ("the nested loop at line 7 is the cause").
    pub text: String,
}

/// Rules whose finding adds a factor of n to a loop.
const GROWTH_RULES: &[(&str, &str)] = &[
    ("nested-loop-pair-scan", "the nested loop"),
    ("list-membership-in-loop", "the membership test on a list"),
    ("slice-membership-in-loop", "the membership test on a slice"),
    ("list-search-in-loop", "the list scan (index/remove/count)"),
    (
        "membership-in-key-copy",
        "the membership test on a copy of the keys",
    ),
    ("list-as-queue", "the pop(0)/insert(0, ...) on a list"),
    ("string-concat-in-loop", "the string built with +="),
];

/// The cause of a measured class above the target, when the analyser agrees.
pub fn complexity_cause(
    analysis: &Analysis,
    measured: ComplexityClass,
    target: ComplexityClass,
) -> Option<Cause> {
    if measured <= target {
        return None;
    }
    let by_rule = GROWTH_RULES.iter().find_map(|(rule, what)| {
        analysis
            .findings
            .iter()
            .filter(|f| f.rule == *rule)
            .min_by_key(|f| f.line)
            .map(|f| Cause {
                line: f.line,
                text: format!("{what} at line {} is the cause", f.line),
            })
    });
    by_rule.or_else(|| {
        // A loop inside a loop is the next suspect for a factor of n.
        (measured >= ComplexityClass::Quadratic)
            .then(|| analysis.deepest_nested_loop())
            .flatten()
            .map(|l| Cause {
                line: l.line,
                text: format!("the nested loop at line {} is the likely cause", l.line),
            })
    })
}

fn clamp(v: i32) -> u8 {
    v.clamp(0, 100) as u8
}

fn correct(verdict: Verdict) -> bool {
    matches!(
        verdict,
        Verdict::Accepted | Verdict::TimeLimitExceeded | Verdict::MemoryLimitExceeded
    )
}

fn problem_solving(e: &Evidence) -> Score {
    let mut score = 100;
    let mut evidence = Vec::new();
    let m = &e.analysis.metrics;
    // (what, its unit, the metric of a function, costs: (from this value, cost), highest first)
    type Metric = fn(&onsite_analysis::FunctionMetrics) -> u32;
    type Rule = (&'static str, &'static str, Metric, [(u32, i32); 2]);
    let rules: [Rule; 3] = [
        (
            "longest function",
            "lines",
            |f| f.length,
            [(41, 20), (26, 10)],
        ),
        (
            "deepest nesting",
            "levels",
            |f| f.max_nesting,
            [(5, 25), (4, 15)],
        ),
        (
            "highest cyclomatic complexity",
            "",
            |f| f.cyclomatic,
            [(16, 25), (11, 15)],
        ),
    ];
    for (what, unit, metric, costs) in rules {
        let Some(f) = m.functions.iter().max_by_key(|f| metric(f)) else {
            continue;
        };
        let value = metric(f);
        let cost = costs
            .iter()
            .find(|(at_least, _)| value >= *at_least)
            .map_or(0, |c| c.1);
        score -= cost;
        let penalty = if cost > 0 {
            format!(" (−{cost})")
        } else {
            String::new()
        };
        let unit = if unit.is_empty() {
            String::new()
        } else {
            format!(" {unit}")
        };
        evidence.push(format!("{what}: {value}{unit} in `{}`{penalty}", f.name));
    }
    if e.analysis.claims.approach.is_none() {
        score -= 10;
        evidence.push("no approach stated before the code (−10)".into());
    }
    if !correct(e.verdict) {
        score = score.min(60);
        evidence.push(format!(
            "the plan did not give a correct solution ({}): at most 60",
            e.verdict.title()
        ));
    }
    Score {
        dimension: Dimension::ProblemSolving,
        score: Some(clamp(score)),
        evidence,
    }
}

/// Steps between two classes on the ladder O(1) < O(log n) < ... < O(2^n).
fn steps(from: ComplexityClass, to: ComplexityClass) -> usize {
    let index = |c| {
        ComplexityClass::ALL
            .iter()
            .position(|x| *x == c)
            .unwrap_or(0)
    };
    index(to).saturating_sub(index(from))
}

fn algorithm_selection(e: &Evidence) -> Score {
    let dimension = Dimension::AlgorithmSelection;
    if !correct(e.verdict) {
        return Score {
            dimension,
            score: None,
            evidence: vec![format!(
                "not scored: the solution must be correct first ({})",
                e.verdict.title()
            )],
        };
    }
    match e.complexity.and_then(|c| c.class) {
        Some(class) => {
            let gap = steps(e.target, class);
            let score = match gap {
                0 => 100,
                1 => 75,
                2 => 35,
                _ => 15,
            };
            let mut evidence = vec![format!(
                "measured {class} against a target of {} ({})",
                e.target,
                match gap {
                    0 => "met".to_owned(),
                    1 => "one step above".to_owned(),
                    n => format!("{n} steps above"),
                }
            )];
            if let Some(cause) = complexity_cause(e.analysis, class, e.target) {
                evidence.push(cause.text);
            }
            Score {
                dimension,
                score: Some(score),
                evidence,
            }
        }
        None => Score {
            dimension,
            score: None,
            evidence: vec!["not scored: the time complexity was not measured clearly".into()],
        },
    }
}

fn python_fluency(e: &Evidence) -> Score {
    let mut score: i32 = 100;
    let mut evidence = Vec::new();
    for f in &e.analysis.findings {
        let cost = match f.severity {
            Severity::Performance => 12,
            Severity::Correctness => 10,
            Severity::Style => 6,
        };
        score -= cost;
        evidence.push(format!("line {}: {} (−{cost})", f.line, f.rule));
    }
    for (name, line) in &e.analysis.metrics.unclear_names {
        score -= 3;
        evidence.push(format!("line {line}: the name `{name}` says nothing (−3)"));
    }
    if evidence.is_empty() {
        evidence.push("no analyser finding, no unclear name".into());
    }
    Score {
        dimension: Dimension::PythonFluency,
        score: Some(clamp(score)),
        evidence,
    }
}

/// The most an optimisation score can be when the extra memory grows above the space target.
const SPACE_OVER_CAP: u8 = 60;

fn optimisation(e: &Evidence) -> Score {
    let dimension = Dimension::Optimisation;
    let Some(c) = e.complexity.filter(|_| correct(e.verdict)) else {
        return Score {
            dimension,
            score: None,
            evidence: vec!["not scored: needs a correct solution whose time was measured".into()],
        };
    };
    match (c.meets_target, c.ratio) {
        (Some(false), _) => Score {
            dimension,
            score: Some(25),
            evidence: vec!["the complexity class is above the target: the algorithm comes before constant factors (25)".into()],
        },
        (Some(true), _) if c.reference_below_target => Score {
            dimension,
            score: None,
            evidence: vec![
                "not scored: the target is met, but the reference grows slower than its own target at the measured sizes (its work runs at C speed), so its time is no ruler for a constant factor".into(),
            ],
        },
        (Some(true), Some((level, low))) => {
            let mut score = match low {
                r if r <= 1.5 => 100,
                r if r <= 3.0 => 85,
                r if r <= 6.0 => 70,
                _ => 50,
            };
            let mut evidence = vec![format!(
                "about {level:.1}× the reference solution's time over the larger sizes, at least {low:.1}× (scored on that: 100 up to 1.5×, 85 up to 3×, 70 up to 6×, else 50)"
            )];
            if let Some((measured, target)) = c.space_over {
                score = score.min(SPACE_OVER_CAP);
                evidence.push(format!(
                    "extra memory grows as {measured} where the target is {target} (at most {SPACE_OVER_CAP})"
                ));
            }
            Score {
                dimension,
                score: Some(score),
                evidence,
            }
        }
        _ => Score {
            dimension,
            score: None,
            evidence: vec!["not scored: the measurement was not clear".into()],
        },
    }
}

fn communication(e: &Evidence) -> Score {
    let claims = &e.analysis.claims;
    let mut score = 0;
    let mut evidence = Vec::new();
    for (said, points, what) in [
        (claims.approach.is_some(), 30, "the approach"),
        (claims.time.is_some(), 25, "the time complexity"),
        (claims.space.is_some(), 20, "the space complexity"),
        (claims.edge_cases.is_some(), 25, "the edge cases considered"),
    ] {
        if said {
            score += points;
            evidence.push(format!("states {what} (+{points})"));
        } else {
            evidence.push(format!("does not state {what} (+0 of {points})"));
        }
    }
    let claimed = claims
        .time
        .as_deref()
        .and_then(|t| t.parse::<ComplexityClass>().ok());
    if let (Some(claimed), Some(measured)) = (claimed, e.complexity.and_then(|c| c.class)) {
        if claimed < measured {
            score -= 40;
            evidence.push(format!(
                "claims {claimed} but the measurement says {measured}: a false claim costs 40"
            ));
        } else if claimed > measured {
            score -= 10;
            evidence.push(format!(
                "claims {claimed}, measured {measured}: undersold (−10)"
            ));
        } else {
            evidence.push(format!("the stated {claimed} matches the measurement"));
        }
    }
    let claimed_space = claims
        .space
        .as_deref()
        .and_then(|t| t.parse::<ComplexityClass>().ok());
    if let (Some(claimed), Some(measured)) = (claimed_space, e.complexity.and_then(|c| c.space)) {
        // Memory is measured to its degree only (a log factor does not show), so only a claim
        // a whole degree below the measurement is false.
        if space_degree(claimed) < space_degree(measured) {
            score -= 20;
            evidence.push(format!(
                "claims {claimed} extra space but the measured memory grows as {measured}: a false claim costs 20"
            ));
        } else if space_degree(claimed) == space_degree(measured) {
            evidence.push(format!(
                "the stated {claimed} space matches the measurement"
            ));
        }
    }
    Score {
        dimension: Dimension::Communication,
        score: Some(clamp(score)),
        evidence,
    }
}

/// The polynomial degree of a memory growth: what the space measurement can tell apart.
fn space_degree(class: ComplexityClass) -> u8 {
    match class {
        ComplexityClass::Constant | ComplexityClass::Logarithmic => 0,
        ComplexityClass::Linear | ComplexityClass::Linearithmic => 1,
        ComplexityClass::Quadratic => 2,
        ComplexityClass::Cubic => 3,
        ComplexityClass::Exponential => 4,
    }
}

/// Debugging is read from the session's history: how many failed submissions came before this
/// one, and whether each got further than the last. A one-off judge has no history to read.
fn debugging(e: &Evidence) -> Score {
    let dimension = Dimension::Debugging;
    let Some(earlier) = e.earlier else {
        return Score {
            dimension,
            score: None,
            evidence: vec![
                "not scored from one submission: it is read from your attempt history (failed attempts and how they were fixed)".into(),
            ],
        };
    };
    let accepted = e.verdict == Verdict::Accepted;
    let failed = earlier
        .iter()
        .filter(|p| p.verdict != Verdict::Accepted)
        .count();
    let path: Vec<String> = earlier
        .iter()
        .map(|p| format!("{} ({}/{})", p.verdict.title(), p.passed, p.total))
        .chain(std::iter::once(format!(
            "{} ({}/{})",
            e.verdict.title(),
            e.passed,
            e.total
        )))
        .collect();
    if failed == 0 {
        return Score {
            dimension,
            score: None,
            evidence: vec![if accepted {
                "nothing to debug: accepted at the first submission of the session".into()
            } else {
                "the first submission of the session: debugging shows in the next ones".into()
            }],
        };
    }
    let progressed = earlier
        .last()
        .is_some_and(|last| e.passed > last.passed || accepted);
    let score = if accepted {
        match failed {
            1 => 90,
            2 => 75,
            3 => 60,
            _ => 45,
        }
    } else if progressed {
        40
    } else {
        20
    };
    let mut evidence = vec![format!("submissions this session: {}", path.join(" → "))];
    evidence.push(if accepted {
        format!(
            "fixed after {failed} failed submission{}",
            if failed == 1 { "" } else { "s" }
        )
    } else if progressed {
        "still failing, but passing more tests than the last submission".into()
    } else {
        "still failing, and no more tests pass than before: read the failing case before changing the code".into()
    });
    if earlier.last().is_some_and(|last| last.saw_counterexample) {
        evidence.push(if accepted {
            "fixed after the last report showed a small failing input: debugging from a concrete case".into()
        } else {
            "the last report showed a small failing input: trace the code by hand on it".into()
        });
    }
    Score {
        dimension,
        score: Some(score),
        evidence,
    }
}

/// Categories that test edge cases (not ordinary, random or performance tests).
fn is_edge(category: EdgeCategory) -> bool {
    !matches!(
        category,
        EdgeCategory::Basic | EdgeCategory::Random | EdgeCategory::LargeInput
    )
}

fn edge_cases(e: &Evidence) -> Score {
    let dimension = Dimension::EdgeCases;
    let edge: Vec<&CategoryResult> = e
        .categories
        .iter()
        .filter(|c| is_edge(c.category) && c.passed + c.failed > 0)
        .collect();
    if edge.is_empty() {
        return Score {
            dimension,
            score: None,
            evidence: vec!["not scored: no edge-case test ran".into()],
        };
    }
    if e.passed == 0 {
        return Score {
            dimension,
            score: None,
            evidence: vec![
                "not scored: no test passed, so edge cases cannot be told from the main failure"
                    .into(),
            ],
        };
    }
    let handled = edge.iter().filter(|c| c.failed == 0).count();
    let mut evidence = vec![format!(
        "{handled} of {} edge-case categories fully passed",
        edge.len()
    )];
    for c in edge.iter().filter(|c| c.failed > 0) {
        evidence.push(format!(
            "missed: {} ({} of {} tests failed)",
            c.category.describe(),
            c.failed,
            c.passed + c.failed
        ));
    }
    Score {
        dimension,
        score: Some(clamp((100 * handled / edge.len()) as i32)),
        evidence,
    }
}

/// The scorecard.
pub fn score(e: &Evidence) -> Scorecard {
    let dimensions = vec![
        problem_solving(e),
        algorithm_selection(e),
        python_fluency(e),
        optimisation(e),
        communication(e),
        debugging(e),
        edge_cases(e),
    ];
    let scored: Vec<u32> = dimensions
        .iter()
        .filter_map(|d| d.score.map(u32::from))
        .collect();
    let overall = (!scored.is_empty())
        .then(|| (scored.iter().sum::<u32>() as f64 / scored.len() as f64).round() as u8);
    let not_scored = dimensions
        .iter()
        .filter(|d| d.score.is_none())
        .map(|d| d.dimension)
        .collect();
    Scorecard {
        overall,
        not_scored,
        dimensions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SLOW: &str = "def two_sum(nums, target):\n    n = len(nums)\n    for i in range(n):\n        for j in range(i + 1, n):\n            if nums[i] + nums[j] == target:\n                return [i, j]\n";

    #[test]
    fn a_quadratic_two_sum_is_blamed_on_its_nested_loop() {
        let a = onsite_analysis::analyse(SLOW);
        let cause = complexity_cause(&a, ComplexityClass::Quadratic, ComplexityClass::Linear)
            .expect("a cause");
        assert_eq!(cause.line, 4);
        assert_eq!(cause.text, "the nested loop at line 4 is the cause");
        assert_eq!(
            complexity_cause(&a, ComplexityClass::Linear, ComplexityClass::Linear),
            None
        );
    }

    #[test]
    fn a_quadratic_scan_of_a_slice_is_blamed_on_its_line() {
        let a = onsite_analysis::analyse(
            "def f(nums):\n    for i, x in enumerate(nums):\n        if x in nums[:i]:\n            return True\n    return False\n",
        );
        let cause = complexity_cause(&a, ComplexityClass::Quadratic, ComplexityClass::Linear)
            .expect("a cause");
        assert_eq!(cause.line, 3);
        assert_eq!(
            cause.text,
            "the membership test on a slice at line 3 is the cause"
        );
    }

    #[test]
    fn a_list_scan_in_a_loop_is_blamed_on_its_line() {
        let a = onsite_analysis::analyse(
            "def f(nums):\n    for x in nums:\n        if nums.count(x) > 1:\n            return x\n",
        );
        let cause = complexity_cause(&a, ComplexityClass::Quadratic, ComplexityClass::Linear)
            .expect("a cause");
        assert_eq!(
            (cause.line, cause.text.as_str()),
            (
                3,
                "the list scan (index/remove/count) at line 3 is the cause"
            )
        );
    }

    #[test]
    fn a_scan_of_copied_keys_is_blamed_on_its_line() {
        let a = onsite_analysis::analyse(
            "def f(words, counts):\n    for w in words:\n        if w in list(counts.keys()):\n            return w\n",
        );
        let cause = complexity_cause(&a, ComplexityClass::Quadratic, ComplexityClass::Linear)
            .expect("a cause");
        assert_eq!(
            (cause.line, cause.text.as_str()),
            (
                3,
                "the membership test on a copy of the keys at line 3 is the cause"
            )
        );
    }

    #[test]
    fn scorecard_for_a_slow_but_correct_solution_with_a_false_claim() {
        let source = format!(
            "{}\n",
            SLOW.replace(
                "def two_sum(nums, target):\n",
                "def two_sum(nums, target):\n    \"\"\"Approach: check pairs.\n    Time: O(n)\n    \"\"\"\n"
            )
        );
        let analysis = onsite_analysis::analyse(&source);
        let categories = [
            CategoryResult {
                category: EdgeCategory::Duplicates,
                passed: 2,
                failed: 0,
            },
            CategoryResult {
                category: EdgeCategory::Negatives,
                passed: 1,
                failed: 1,
            },
            CategoryResult {
                category: EdgeCategory::LargeInput,
                passed: 0,
                failed: 1,
            },
        ];
        let card = score(&Evidence {
            earlier: None,
            verdict: Verdict::TimeLimitExceeded,
            passed: 33,
            total: 36,
            categories: &categories,
            target: ComplexityClass::Linear,
            complexity: Some(MeasuredComplexity {
                class: Some(ComplexityClass::Quadratic),
                meets_target: Some(false),
                ratio: Some((900.0, 800.0)),
                reference_below_target: false,
                space_over: None,
                space: None,
            }),
            analysis: &analysis,
        });
        let get = |d: Dimension| {
            card.dimensions
                .iter()
                .find(|s| s.dimension == d)
                .expect("every dimension")
        };
        assert_eq!(get(Dimension::AlgorithmSelection).score, Some(35));
        assert_eq!(get(Dimension::Optimisation).score, Some(25));
        assert_eq!(
            get(Dimension::Communication).score,
            Some(15),
            "{:?}",
            get(Dimension::Communication)
        );
        assert_eq!(get(Dimension::EdgeCases).score, Some(50));
        assert_eq!(get(Dimension::Debugging).score, None);
        assert_eq!(get(Dimension::PythonFluency).score, Some(88));
        assert_eq!(card.dimensions.len(), 7);
        let text: String = card
            .dimensions
            .iter()
            .map(|d| {
                format!(
                    "{}: {:?}\n  {}\n",
                    d.dimension,
                    d.score,
                    d.evidence.join("\n  ")
                )
            })
            .collect();
        insta::assert_snapshot!(text);
    }

    #[test]
    fn debugging_is_read_from_the_session() {
        let analysis = onsite_analysis::analyse("def f(x):\n    return x\n");
        let prior = |verdict, passed| PriorSubmission {
            verdict,
            passed,
            total: 36,
            saw_counterexample: false,
        };
        let debugging = |verdict: Verdict, passed: usize, earlier: Option<&[PriorSubmission]>| {
            let card = score(&Evidence {
                earlier,
                verdict,
                passed,
                total: 36,
                categories: &[],
                target: ComplexityClass::Linear,
                complexity: None,
                analysis: &analysis,
            });
            card.dimensions
                .into_iter()
                .find(|d| d.dimension == Dimension::Debugging)
                .expect("always scored or explained")
        };
        assert_eq!(debugging(Verdict::Accepted, 36, None).score, None);
        let first = debugging(Verdict::Accepted, 36, Some(&[]));
        assert_eq!(first.score, None);
        assert!(first.evidence[0].contains("first submission"), "{first:?}");
        let one = [prior(Verdict::WrongAnswer, 20)];
        let fixed = debugging(Verdict::Accepted, 36, Some(&one));
        assert_eq!(fixed.score, Some(90));
        assert!(
            fixed.evidence[0].contains("Wrong Answer (20/36) → Accepted (36/36)"),
            "{fixed:?}"
        );
        assert_eq!(fixed.evidence.len(), 2, "{fixed:?}");
        // Fixed after a report that showed a counterexample: noted, the score unchanged.
        let shown = [PriorSubmission {
            saw_counterexample: true,
            ..prior(Verdict::WrongAnswer, 20)
        }];
        let from_case = debugging(Verdict::Accepted, 36, Some(&shown));
        assert_eq!(from_case.score, fixed.score);
        assert!(
            from_case.evidence[2].contains("after the last report showed a small failing input"),
            "{from_case:?}"
        );
        let three = [
            prior(Verdict::WrongAnswer, 20),
            prior(Verdict::RuntimeError, 3),
            prior(Verdict::WrongAnswer, 30),
        ];
        assert_eq!(
            debugging(Verdict::Accepted, 36, Some(&three)).score,
            Some(60)
        );
        assert_eq!(
            debugging(Verdict::WrongAnswer, 33, Some(&three)).score,
            Some(40)
        );
        let stuck = debugging(Verdict::WrongAnswer, 30, Some(&three));
        assert_eq!(stuck.score, Some(20));
        assert!(
            stuck.evidence[1].contains("read the failing case"),
            "{stuck:?}"
        );
    }

    #[test]
    fn a_constant_factor_against_a_reference_below_its_own_target_is_not_scored() {
        let analysis = onsite_analysis::analyse("def f(nums):\n    return sorted(nums)\n");
        let optimisation = |reference_below_target| {
            let card = score(&Evidence {
                earlier: None,
                verdict: Verdict::Accepted,
                passed: 10,
                total: 10,
                categories: &[],
                target: ComplexityClass::Quadratic,
                complexity: Some(MeasuredComplexity {
                    class: Some(ComplexityClass::Quadratic),
                    meets_target: Some(true),
                    ratio: Some((20.0, 12.0)),
                    reference_below_target,
                    space_over: None,
                    space: None,
                }),
                analysis: &analysis,
            });
            let scored = card
                .dimensions
                .iter()
                .find(|d| d.dimension == Dimension::Optimisation)
                .expect("listed")
                .clone();
            scored
        };
        // Against a fair ruler, twelve times slower at least costs half the points.
        assert_eq!(optimisation(false).score, Some(50));
        // A reference doing its work at C speed grows slower than the target: the ratio grows
        // with n and says nothing of this solution's constant factor.
        let withheld = optimisation(true);
        assert_eq!(withheld.score, None);
        assert!(
            withheld.evidence[0].contains("no ruler for a constant factor"),
            "{withheld:?}"
        );
    }

    #[test]
    fn a_space_claim_is_checked_against_the_measured_memory() {
        let source = "def f(s):\n    \"\"\"Approach: copy the kept characters.\n    Time: O(n)\n    Space: O(1)\n    \"\"\"\n    kept = ''\n    for ch in s:\n        kept += ch\n    return kept == kept[::-1]\n";
        let analysis = onsite_analysis::analyse(source);
        let card = |space| {
            score(&Evidence {
                earlier: None,
                verdict: Verdict::Accepted,
                passed: 10,
                total: 10,
                categories: &[],
                target: ComplexityClass::Linear,
                complexity: Some(MeasuredComplexity {
                    class: Some(ComplexityClass::Linear),
                    meets_target: Some(true),
                    ratio: Some((1.0, 0.9)),
                    reference_below_target: false,
                    space_over: None,
                    space,
                }),
                analysis: &analysis,
            })
        };
        let communication = |card: Scorecard| {
            card.dimensions
                .into_iter()
                .find(|d| d.dimension == Dimension::Communication)
                .expect("scored")
        };
        let false_claim = communication(card(Some(ComplexityClass::Linear)));
        assert!(
            false_claim
                .evidence
                .iter()
                .any(|e| e.contains("false claim costs 20")),
            "{false_claim:?}"
        );
        let unmeasured = communication(card(None));
        assert_eq!(unmeasured.score, false_claim.score.map(|s| s + 20));
    }
}
