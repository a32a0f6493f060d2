//! Reports the front ends render or print as JSON. `SubmissionReport`'s JSON form is the
//! stable `--json` contract: its documented keys never change meaning; consumers ignore keys
//! they do not know.

use onsite_analysis::{Analysis, Finding};
use onsite_complexity::{Growth, MemoryPoint, Point};
use onsite_feedback::{CategoryResult, Evidence, MeasuredComplexity, Scorecard};
use onsite_judge::{Failure, JudgeReport, Measurement, Sample, TestRecord};
use onsite_problems::Problem;
use onsite_types::{ComplexityClass, Difficulty, Verdict};
use serde::Serialize;

/// Passed and total tests.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TestCounts {
    /// Passed.
    pub passed: usize,
    /// In the run.
    pub total: usize,
    /// Not run: larger inputs after a limit was exceeded, or every test after the run stopped.
    pub not_run: usize,
    /// Why the run stopped before its last test, when it did (the tests after it are not
    /// run): a verdict that would only hold the judge on every further test, or the run's
    /// wall-time budget spent.
    pub stopped: Option<String>,
}

/// Measured against expected complexity.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ComplexityReport {
    /// The measured time complexity (null when not measured or not clear).
    pub time: Option<ComplexityClass>,
    /// The problem's target.
    pub expected: ComplexityClass,
    /// Whether the measured growth is within the target (null: not measured or not clear).
    pub meets_target: Option<bool>,
    /// How sure the measurement is, 0..1 (null: not measured).
    pub confidence: Option<f64>,
    /// How the class was decided against the reference measured in the same run (null: not
    /// measured). `as_target`: the reference grows slower than its own target at these sizes
    /// (C-speed work), so its time is no ruler for a constant factor.
    pub growth: Option<Growth>,
    /// How much faster the time grows than the reference's, as a power of n (0: the same
    /// growth; 1: an extra factor of n). Null when not measured.
    pub excess: Option<f64>,
    /// The finding in one sentence ("grows as O(n^2) ...; target O(n); the nested loop at
    /// line 7 is the cause").
    pub summary: Option<String>,
    /// The line the analyser blames for the extra growth, when it agrees.
    pub cause_line: Option<u32>,
    /// The measured points: size, the submission's and the reference's seconds per call.
    pub samples: Vec<Sample>,
    /// Why measuring stopped early, if it did.
    pub stopped: Option<String>,
    /// Wall time spent measuring, ms (null: not measured).
    pub measure_ms: Option<f64>,
    /// The measured growth of the extra memory a call holds beyond its input (null: not
    /// measured, or the sizes are too small to tell). Logarithmic factors are not told apart.
    pub space: Option<ComplexityClass>,
    /// The problem's extra-space target, when it declares one.
    pub expected_space: Option<ComplexityClass>,
    /// Whether the measured memory growth is within the space target (null: no target or not
    /// measured).
    pub space_meets_target: Option<bool>,
    /// The memory finding in one sentence.
    pub space_summary: Option<String>,
}

impl ComplexityReport {
    /// Nothing measured (yet): only the target.
    pub fn unmeasured(expected: ComplexityClass) -> ComplexityReport {
        ComplexityReport {
            time: None,
            expected,
            meets_target: None,
            confidence: None,
            growth: None,
            excess: None,
            summary: None,
            cause_line: None,
            samples: Vec::new(),
            stopped: None,
            measure_ms: None,
            space: None,
            expected_space: None,
            space_meets_target: None,
            space_summary: None,
        }
    }

    /// From a measurement, judged against the target with the reference as the ruler.
    pub fn measured(
        expected: ComplexityClass,
        expected_space: Option<ComplexityClass>,
        m: &Measurement,
    ) -> ComplexityReport {
        let point = |n: u64, t: f64| Point {
            n: n as f64,
            time: t,
        };
        let candidate: Vec<Point> = m.samples.iter().map(|s| point(s.n, s.candidate)).collect();
        let reference: Vec<Point> = m.samples.iter().map(|s| point(s.n, s.reference)).collect();
        let a = onsite_complexity::assess(&candidate, &reference, expected);
        let summary = complexity_summary(&a, m);
        ComplexityReport {
            time: a.class,
            expected,
            meets_target: a.meets_target,
            confidence: a.class.map(|_| (a.confidence * 100.0).round() / 100.0),
            growth: Some(a.growth),
            excess: a.excess.map(|k| (k * 100.0).round() / 100.0),
            summary: Some(summary),
            cause_line: None,
            samples: m.samples.clone(),
            stopped: m.stopped.clone(),
            measure_ms: Some(m.elapsed_ms.round()),
            ..space_report(expected_space, m)
        }
    }
}

/// The submission's time over the reference's as a constant factor, over the larger sizes.
fn factor(samples: &[Sample]) -> Option<onsite_complexity::Factor> {
    let point = |n: u64, t: f64| Point {
        n: n as f64,
        time: t,
    };
    let candidate: Vec<Point> = samples.iter().map(|s| point(s.n, s.candidate)).collect();
    let reference: Vec<Point> = samples.iter().map(|s| point(s.n, s.reference)).collect();
    onsite_complexity::constant_factor(&candidate, &reference)
}

/// The time finding in one sentence, saying what the decision rests on.
fn complexity_summary(a: &onsite_complexity::Assessment, m: &Measurement) -> String {
    let expected = a.target;
    let ratio = factor(&m.samples).map(|f| {
        format!(
            "about {:.1}× the reference's time over n = {}–{}",
            f.level, f.sizes.0, f.sizes.1
        )
    });
    let trend = match (a.excess, a.excess_interval, a.sizes) {
        (Some(k), Some((lo, hi)), Some((from, to))) => Some(format!(
            "time ratio to the reference ~ n^{k:.2} ± {:.2} over n = {from}–{to}",
            (hi - lo) / 2.0
        )),
        _ => None,
    };
    let because = [trend.clone(), ratio]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ");
    let target = |class: onsite_types::ComplexityClass| {
        if class <= expected {
            format!("target {expected} met")
        } else {
            format!("target {expected}")
        }
    };
    match (a.growth, a.class) {
        (Growth::LikeReference, Some(class)) => {
            format!("grows like the reference ({because}); {}", target(class))
        }
        (Growth::AsTarget, Some(class)) => format!(
            "grows as {class}, the target's rate: faster-growing than the reference ({because}), \
             but the reference grows slower than its own target at these sizes; {}",
            target(class)
        ),
        (Growth::Slower | Growth::Faster, Some(class)) => {
            format!("grows as {class} ({because}); {}", target(class))
        }
        (Growth::OwnFit, Some(class)) => format!(
            "grows as {class} (fitted to its own times, confidence {:.2}: no reference was \
             measured); {}",
            a.confidence,
            target(class)
        ),
        _ => {
            let why = match (&m.stopped, trend) {
                (Some(stopped), _) if a.excess.is_none() => stopped.clone(),
                (_, Some(trend)) => format!(
                    "{trend}, which fits both growing like the reference and an extra factor of n"
                ),
                (Some(stopped), None) => stopped.clone(),
                (None, None) => "too few sizes were measured".to_owned(),
            };
            format!("could not tell how the time grows: {why}")
        }
    }
}

/// The memory half of a measured report (the time fields left unmeasured).
fn space_report(expected: Option<ComplexityClass>, m: &Measurement) -> ComplexityReport {
    let mut out = ComplexityReport::unmeasured(ComplexityClass::Constant);
    out.expected_space = expected;
    let points = |pick: fn(&Sample) -> Option<u64>| -> Vec<MemoryPoint> {
        m.samples
            .iter()
            .filter_map(|s| {
                pick(s).map(|b| MemoryPoint {
                    n: s.n as f64,
                    bytes: b as f64,
                })
            })
            .collect()
    };
    let candidate = points(|s| s.candidate_bytes);
    if candidate.len() < 3 {
        return out;
    }
    let reference_points = points(|s| s.reference_bytes);
    let a = onsite_complexity::assess_space_against(&candidate, &reference_points, expected);
    let reference = onsite_complexity::assess_space(&reference_points, None);
    out.space = a.class;
    out.space_meets_target = a.meets_target;
    let mb = |bytes: f64| bytes / (1024.0 * 1024.0);
    out.space_summary = Some(match a.class {
        Some(class) => {
            let target = match (expected, a.meets_target) {
                (Some(t), Some(true)) => format!("; target {t} met"),
                (Some(t), _) => format!("; target {t}"),
                (None, _) => String::new(),
            };
            let theirs = if reference.n > 0.0 {
                format!("; the reference {:.1} MB", mb(reference.bytes))
            } else {
                String::new()
            };
            format!(
                "extra memory grows as {class} ({:.1} MB beyond the input at n = {}{theirs}){target}",
                mb(a.bytes),
                a.n
            )
        }
        None => format!(
            "could not tell how the extra memory grows (at most {:.1} MB at n = {}: too small to \
             measure)",
            mb(a.bytes),
            a.n
        ),
    });
    out
}

/// The judge's result for one submission, as both front ends show it.
#[derive(Debug, Clone, Serialize)]
pub struct SubmissionReport {
    /// The problem's slug.
    pub problem: String,
    /// The verdict.
    pub verdict: Verdict,
    /// Test counts.
    pub tests: TestCounts,
    /// Complexity, measured and expected.
    pub complexity: ComplexityReport,
    /// Analyser findings, in source order.
    pub findings: Vec<Finding>,
    /// The seven-dimension scorecard, each score with its evidence (null when the source does
    /// not parse).
    pub scores: Option<Scorecard>,
    /// Why it failed, when it did.
    pub failure: Option<Failure>,
    /// After a wrong answer or a runtime error on a hidden test: the smallest failing input
    /// onsite could make itself (never a hidden test's data), or why none was found.
    pub counterexample: Option<crate::CounterexampleSearch>,
    /// What the judge measured.
    pub stats: Stats,
    /// Every test's outcome.
    #[serde(skip)]
    pub records: Vec<TestRecord>,
    /// The problem's title.
    #[serde(skip)]
    pub title: String,
}

/// Measurements of the run.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// The slowest test's CPU time, ms.
    pub max_cpu_ms: f64,
    /// CPU time of all tests, ms.
    pub total_cpu_ms: f64,
    /// Peak resident memory, KiB.
    pub peak_memory_kb: Option<u64>,
    /// The CPU limit per test, ms.
    pub time_limit_ms: u64,
    /// The Python version.
    pub python: String,
}

impl SubmissionReport {
    /// Add the analyser's findings, the cause of a complexity above target, and the scorecard;
    /// `earlier` are the session's earlier submissions when the history is known.
    pub fn add_feedback(
        &mut self,
        analysis: &Analysis,
        earlier: Option<&[onsite_feedback::PriorSubmission]>,
    ) {
        self.findings = analysis.findings.clone();
        if analysis.syntax_error.is_some() {
            return;
        }
        let c = &mut self.complexity;
        if let Some(measured) = c.time {
            if let Some(cause) = onsite_feedback::complexity_cause(analysis, measured, c.expected) {
                c.cause_line = Some(cause.line);
                if let Some(summary) = &mut c.summary {
                    summary.push_str("; ");
                    summary.push_str(&cause.text);
                }
            }
        }
        let mut categories: Vec<CategoryResult> = Vec::new();
        for r in &self.records {
            let Some(verdict) = r.verdict else { continue };
            let entry = match categories.iter_mut().find(|c| c.category == r.category) {
                Some(entry) => entry,
                None => {
                    categories.push(CategoryResult {
                        category: r.category,
                        passed: 0,
                        failed: 0,
                    });
                    categories.last_mut().expect("just pushed")
                }
            };
            if verdict == Verdict::Accepted {
                entry.passed += 1;
            } else {
                entry.failed += 1;
            }
        }
        let measured = (!self.complexity.samples.is_empty()).then(|| MeasuredComplexity {
            class: self.complexity.time,
            meets_target: self.complexity.meets_target,
            ratio: factor(&self.complexity.samples).map(|f| (f.level, f.low)),
            reference_below_target: self.complexity.growth == Some(Growth::AsTarget),
            space: self.complexity.space,
            space_over: match (self.complexity.space_meets_target, self.complexity.space) {
                (Some(false), Some(measured)) => self
                    .complexity
                    .expected_space
                    .map(|target| (measured, target)),
                _ => None,
            },
        });
        self.scores = Some(onsite_feedback::score(&Evidence {
            earlier,
            verdict: self.verdict,
            passed: self.tests.passed,
            total: self.tests.total,
            categories: &categories,
            target: self.complexity.expected,
            complexity: measured,
            analysis,
        }));
    }

    /// Build from the judge's report.
    pub fn new(problem: &Problem, report: JudgeReport) -> SubmissionReport {
        SubmissionReport {
            problem: report.problem,
            verdict: report.verdict,
            tests: TestCounts {
                passed: report.passed,
                total: report.total,
                not_run: report.not_run,
                stopped: report.stopped,
            },
            complexity: ComplexityReport::unmeasured(problem.complexity.time),
            findings: Vec::new(),
            scores: None,
            failure: report.failure,
            counterexample: None,
            stats: Stats {
                max_cpu_ms: report.max_cpu_ms,
                total_cpu_ms: report.total_cpu_ms,
                peak_memory_kb: report.peak_memory_kb,
                time_limit_ms: problem.limits.time_ms,
                python: report.python,
            },
            records: report.tests,
            title: problem.title.clone(),
        }
    }
}

/// Everything about a problem a tool needs (`onsite show --json`), without its tests or
/// reference solution.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemDetail {
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Difficulty.
    pub difficulty: Difficulty,
    /// Pattern tags.
    pub patterns: Vec<String>,
    /// The statement (Markdown).
    pub statement: String,
    /// Constraints, as the statement gives them.
    pub constraints: Vec<String>,
    /// The largest input size the tests use.
    pub n_max: u64,
    /// Target time complexity.
    pub time: ComplexityClass,
    /// Target extra space, when declared.
    pub space: Option<ComplexityClass>,
    /// The argument whose size is n.
    pub size_arg: String,
    /// CPU time per test, ms.
    pub time_limit_ms: u64,
    /// Memory limit, MB.
    pub memory_limit_mb: u64,
    /// The interface the solution implements, in the harness's wire form.
    pub interface: serde_json::Value,
}

impl ProblemDetail {
    /// The detail of a problem.
    pub fn of(p: &Problem) -> ProblemDetail {
        ProblemDetail {
            slug: p.slug.clone(),
            title: p.title.clone(),
            difficulty: p.difficulty,
            patterns: p.patterns.clone(),
            statement: p.statement.clone(),
            constraints: p.constraints.clone(),
            n_max: p.n_max,
            time: p.complexity.time,
            space: p.complexity.space,
            size_arg: p.complexity.size_arg.clone(),
            time_limit_ms: p.limits.time_ms,
            memory_limit_mb: p.limits.memory_mb,
            interface: onsite_judge::problem_wire(p),
        }
    }
}

/// One line of `onsite list`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ProblemSummary {
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Difficulty.
    pub difficulty: Difficulty,
    /// Pattern tags.
    pub patterns: Vec<String>,
    /// Target time complexity.
    pub complexity: ComplexityClass,
}

impl ProblemSummary {
    /// Summarise a problem.
    pub fn of(p: &Problem) -> ProblemSummary {
        ProblemSummary {
            slug: p.slug.clone(),
            title: p.title.clone(),
            difficulty: p.difficulty,
            patterns: p.patterns.clone(),
            complexity: p.complexity.time,
        }
    }
}
