//! `onsite problems verify`: is a package's test suite strong enough that a wrong solution
//! cannot pass?
//!
//! Three checks, each through the real judge:
//! - **stress**: the brute force against the reference on hundreds of small generated inputs
//!   (smallest first, so the first disagreement is the smallest);
//! - **mutation**: small plausible bugs planted in the reference (see
//!   [`onsite_analysis::mutate`]) judged against the hidden tests; a mutant the tests miss that
//!   also agrees with the reference on every stress input is counted as equivalent, not as a
//!   survivor;
//! - **brute limits**: where the brute force is declared slower than the target (and slower
//!   than reading the input, which no limit can separate), the largest tests must make it
//!   exceed the time limit (so that an O(n²) solution cannot pass where O(n) is asked for);
//! - **measuring inputs**: where the brute force is declared slower than the target, it is
//!   measured against the reference on the inputs growth is measured on (the package's
//!   `measure_kind`, or the generator's default), and must be found slower: inputs on which a
//!   slow solution runs fast (early exits, shallow trees) would grade it as meeting the target.
//!   Advisory for now: reported, not counted in the verdict.

use onsite_analysis::mutate::{self, Mutant};
use onsite_judge::{Judge, JudgeError, Scope, Submission};
use onsite_problems::{CaseSource, Problem, TestCase, TODO_MARKER};
use onsite_types::{ComplexityClass, EdgeCategory, Verdict};
use serde::Serialize;

use crate::{App, AppError};

/// The share of non-equivalent mutants a problem's tests must kill.
pub const KILL_TARGET: f64 = 0.95;

/// How much verifying may do.
#[derive(Debug, Clone, Copy)]
pub struct VerifyOptions {
    /// Generated inputs for the stress test and the equivalence check (default 300).
    pub stress_cases: usize,
    /// Most mutants judged per problem, spread evenly over the source (default 80).
    pub max_mutants: usize,
    /// Seed of the generated inputs.
    pub seed: u64,
}

impl Default for VerifyOptions {
    fn default() -> Self {
        VerifyOptions {
            stress_cases: 300,
            max_mutants: 80,
            seed: 1,
        }
    }
}

/// What verifying one problem found.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    /// The problem.
    pub slug: String,
    /// Its examples and hidden tests.
    pub tests: usize,
    /// Brute force against reference.
    pub stress: Stress,
    /// The test suite against mutants of the reference.
    pub mutation: Mutation,
    /// Whether the brute force is stopped by the limits where it must be.
    pub brute_limits: BruteLimits,
    /// Whether the measuring inputs show the brute force's cost (`None`: nothing to show, the
    /// brute force being declared no slower than the target, or exponential). Advisory: shown,
    /// not yet counted in [`Verification::passed`], until every bundled package declares the
    /// worst-case inputs it needs.
    pub measured_brute: Option<MeasuredBrute>,
    /// What the package lacks for practice and mock interviews (hints, editorial,
    /// clarifications, follow-ups).
    pub missing: Vec<String>,
    /// Each follow-up's reference judged on the follow-up's tests.
    pub follow_ups: Vec<FollowUpCheck>,
    /// A reference, generator or validator failure that stopped the checks.
    pub error: Option<String>,
}

/// A follow-up's reference against its tests.
#[derive(Debug, Clone, Serialize)]
pub struct FollowUpCheck {
    /// The follow-up.
    pub id: String,
    /// Its tests.
    pub tests: usize,
    /// The reference's verdict.
    pub verdict: Verdict,
    /// Why it failed, if it did.
    pub message: Option<String>,
    /// When the follow-up has its own reference and asks for no less time or space (it changes
    /// the answers): whether the problem's reference also passes the follow-up's tests (it
    /// should not: then they do not exercise what changed).
    pub base_passes: Option<bool>,
}

impl FollowUpCheck {
    /// The reference passes and the tests tell the follow-up from the original.
    pub fn passed(&self) -> bool {
        self.verdict == Verdict::Accepted && self.base_passes != Some(true)
    }
}

impl Verification {
    /// Whether every check passed.
    pub fn passed(&self) -> bool {
        self.error.is_none()
            && self.missing.is_empty()
            && self.follow_ups.iter().all(FollowUpCheck::passed)
            && self.stress.disagreement.is_none()
            && self.mutation.meets_target()
            && self.brute_limits.ok
    }
}

/// The brute force measured against the reference on the measuring inputs.
#[derive(Debug, Clone, Serialize)]
pub struct MeasuredBrute {
    /// The class it was measured at (`None`: could not tell).
    pub class: Option<ComplexityClass>,
    /// Whether it was found slower than the target, as declared.
    pub ok: bool,
    /// One sentence on the outcome.
    pub message: String,
}

/// Measuring the brute force stops after this long: enough for its slope at a few sizes.
const BRUTE_MEASURE: std::time::Duration = std::time::Duration::from_secs(3);

/// The stress test's outcome.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stress {
    /// Generated inputs compared.
    pub cases: usize,
    /// The smallest input on which the brute force and the reference disagree.
    pub disagreement: Option<Disagreement>,
}

/// A generated input on which two programs disagree.
#[derive(Debug, Clone, Serialize)]
pub struct Disagreement {
    /// The generator's size.
    pub n: u64,
    /// The brute force's verdict against the reference's output.
    pub verdict: Verdict,
    /// What happened.
    pub message: String,
    /// The input.
    pub input: Option<String>,
    /// The reference's output.
    pub expected: Option<String>,
    /// The brute force's output.
    pub actual: Option<String>,
}

/// The mutation check's outcome.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Mutation {
    /// Mutants the reference has.
    pub generated: usize,
    /// Mutants judged (at most the option's maximum).
    pub judged: usize,
    /// Mutants some test failed.
    pub killed: usize,
    /// Mutants that passed the tests and agree with the reference on every stress input.
    pub equivalent: usize,
    /// Mutants that passed the tests but are wrong: the tests' blind spots.
    pub survivors: Vec<Mutant>,
}

impl Mutation {
    /// Killed over judged minus equivalent; `None` when nothing is left to kill.
    pub fn kill_rate(&self) -> Option<f64> {
        let relevant = self.judged - self.equivalent;
        (relevant > 0).then(|| self.killed as f64 / relevant as f64)
    }

    /// Whether the kill rate reaches [`KILL_TARGET`].
    pub fn meets_target(&self) -> bool {
        self.kill_rate().is_none_or(|r| r >= KILL_TARGET)
    }
}

/// The brute-force limit check's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct BruteLimits {
    /// The brute force's declared time (`[complexity] brute`).
    pub declared: Option<ComplexityClass>,
    /// Whether the target demands that the brute force fail the largest tests.
    pub required: bool,
    /// Its verdict on the whole suite, when judged.
    pub verdict: Option<Verdict>,
    /// Whether the check passed.
    pub ok: bool,
    /// One sentence on the outcome.
    pub message: String,
}

impl BruteLimits {
    fn unchecked(declared: Option<ComplexityClass>) -> BruteLimits {
        BruteLimits {
            declared,
            required: false,
            verdict: None,
            ok: true,
            message: String::new(),
        }
    }
}

/// What verification is doing, for progress display.
#[derive(Debug, Clone, Copy)]
pub enum VerifyEvent<'a> {
    /// Started on a problem.
    Problem(&'a str),
    /// Another mutant was judged: `done + 1` of `total` are (mutants are judged in parallel,
    /// so they finish in any order).
    Mutant {
        /// Mutants judged before this one.
        done: usize,
        /// Mutants to judge.
        total: usize,
    },
}

impl App {
    /// Verify one problem's package (see the module docs).
    pub fn verify_problem(
        &mut self,
        slug: &str,
        options: VerifyOptions,
        on_event: &mut dyn FnMut(VerifyEvent),
    ) -> Result<Verification, AppError> {
        let problem = self.problem(slug)?.clone();
        on_event(VerifyEvent::Problem(&problem.slug));
        let mut out = Verification {
            slug: problem.slug.clone(),
            tests: problem.examples.len() + problem.hidden.len(),
            stress: Stress::default(),
            mutation: Mutation::default(),
            brute_limits: BruteLimits::unchecked(problem.complexity.brute),
            measured_brute: None,
            missing: missing_content(&problem),
            follow_ups: Vec::new(),
            error: None,
        };
        match self.run_checks(&problem, options, on_event, &mut out) {
            Ok(()) => {}
            Err(AppError::Judge(e @ JudgeError::Reference { .. })) => {
                out.error = Some(e.to_string());
            }
            Err(e) => return Err(e),
        }
        Ok(out)
    }

    /// Verify every problem.
    pub fn verify_all(
        &mut self,
        options: VerifyOptions,
        on_event: &mut dyn FnMut(VerifyEvent),
    ) -> Result<Vec<Verification>, AppError> {
        let slugs: Vec<String> = self
            .catalog
            .problems()
            .into_iter()
            .map(|p| p.slug.clone())
            .collect();
        // A package that does not load fails verification with what is wrong in it.
        let mut out: Vec<Verification> = self
            .catalog
            .broken()
            .iter()
            .map(|b| Verification {
                slug: b.dir_name.clone(),
                tests: 0,
                stress: Stress::default(),
                mutation: Mutation::default(),
                brute_limits: BruteLimits::unchecked(None),
                measured_brute: None,
                missing: Vec::new(),
                follow_ups: Vec::new(),
                error: Some(
                    b.diagnostics
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            })
            .collect();
        for slug in &slugs {
            out.push(self.verify_problem(slug, options, on_event)?);
        }
        Ok(out)
    }

    fn run_checks(
        &mut self,
        problem: &Problem,
        options: VerifyOptions,
        on_event: &mut dyn FnMut(VerifyEvent),
        out: &mut Verification,
    ) -> Result<(), AppError> {
        // Every written and generated input within the constraints (`validate.py`).
        self.judge()?.validate_tests(problem)?;
        let stress_problem = stress_problem(problem, options);
        // Stress: the brute force against the reference (stress inputs are validated as they
        // are generated).
        if stress_problem.hidden.is_empty() {
            out.stress.cases = 0;
        } else {
            out.stress.cases = stress_problem.hidden.len();
            let report = self.judge_plain(&stress_problem, "brute.py", &problem.brute)?;
            if report.verdict != Verdict::Accepted {
                out.stress.disagreement = Some(disagreement(&stress_problem, &report));
            }
        }

        // Mutation: every mutant against the hidden tests, on as many workers as there are
        // cores (each judge runs in its own processes, and CPU time is measured per process).
        let all = mutate::mutants(&problem.solution);
        out.mutation.generated = all.len();
        let chosen = spread(all, options.max_mutants);
        out.mutation.judged = chosen.len();
        let judge = self.judge()?;
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(chosen.len())
            .max(1);
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut fates: Vec<Option<Fate>> = (0..chosen.len()).map(|_| None).collect();
        std::thread::scope(|scope| -> Result<(), AppError> {
            let (tx, rx) = std::sync::mpsc::channel();
            for _ in 0..workers {
                let (tx, next, chosen, stress) = (tx.clone(), &next, &chosen, &stress_problem);
                scope.spawn(move || loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(mutant) = chosen.get(i) else { break };
                    if tx.send((i, fate(judge, problem, stress, mutant))).is_err() {
                        break;
                    }
                });
            }
            drop(tx);
            for (done, (i, result)) in rx.iter().enumerate() {
                on_event(VerifyEvent::Mutant {
                    done,
                    total: chosen.len(),
                });
                if let Some(slot) = fates.get_mut(i) {
                    // The first error stops the others: they find the channel closed.
                    *slot = Some(result?);
                }
            }
            Ok(())
        })?;
        for (mutant, fate) in chosen.into_iter().zip(fates) {
            match fate {
                Some(Fate::Killed) => out.mutation.killed += 1,
                Some(Fate::Equivalent) => out.mutation.equivalent += 1,
                Some(Fate::Survived) | None => out.mutation.survivors.push(mutant),
            }
        }

        // Follow-ups: each reference on its own tests.
        for f in &problem.follow_ups {
            let Some(view) = problem.follow_up(&f.id) else {
                continue;
            };
            self.judge()?.validate_tests(&view)?;
            let report = self.judge_plain(&view, "solution.py", &view.solution)?;
            // A follow-up that asks for less time or space, or restricts the means
            // (`same_answers`), may be met by a new reference that gives the same answers; one
            // that changes the answers must have tests the problem's own reference fails.
            let tightens = f.time.is_some_and(|t| t < problem.complexity.time)
                || f.space
                    .is_some_and(|s| problem.complexity.space.is_none_or(|b| s < b));
            let base_passes = match f.solution {
                Some(_) if !tightens && !f.same_answers => Some(
                    self.judge_plain(&view, "solution.py", &problem.solution)?
                        .verdict
                        == Verdict::Accepted,
                ),
                _ => None,
            };
            out.follow_ups.push(FollowUpCheck {
                id: f.id.clone(),
                tests: view.hidden.len(),
                verdict: report.verdict,
                message: report.failure.map(|f| match f.test.and_then(|t| t.note) {
                    Some(note) => format!("on \"{note}\": {}", f.message),
                    None => f.message,
                }),
                base_passes,
            });
        }

        // Measuring inputs: the brute force must be found slower than the target on them.
        let target = problem.complexity.time;
        // An exponential brute force shows only at sizes too small to time against the
        // reference; its limits check stops it instead.
        if let Some(brute) = problem
            .complexity
            .brute
            .filter(|b| *b > target && *b < ComplexityClass::Exponential)
        {
            out.measured_brute = Some(self.measure_brute(problem, brute)?);
        }

        // Brute limits.
        let limits = &mut out.brute_limits;
        match problem.complexity.brute {
            None => {
                limits.ok = false;
                limits.message = "no `brute` time declared in [complexity]; declare it so that \
                                  the largest tests can be checked to stop a slower solution"
                    .into();
            }
            Some(brute) if brute <= target => {
                limits.message = format!(
                    "the brute force is {brute}, no slower than the target {target}: nothing to stop"
                );
            }
            Some(brute) if brute <= reading_cost(problem) => {
                limits.message = format!(
                    "the {brute} brute force is no slower than reading the input, so no time \
                     limit can stop it; the measured complexity tells it from the {target} target"
                );
            }
            Some(brute) => {
                limits.required = true;
                let verdict = self
                    .judge_plain(problem, "brute.py", &problem.brute)?
                    .verdict;
                limits.verdict = Some(verdict);
                limits.ok = matches!(
                    verdict,
                    Verdict::TimeLimitExceeded | Verdict::MemoryLimitExceeded
                );
                limits.message = if limits.ok {
                    format!("the {brute} brute force exceeds the limits ({verdict}), as the {target} target demands")
                } else {
                    format!(
                        "the {brute} brute force is judged {verdict}, but the {target} target \
                         demands that it exceed the time limit: add larger tests or lower time_ms"
                    )
                };
            }
        }
        Ok(())
    }

    /// Measure `brute.py` against the reference the way a submission is measured.
    fn measure_brute(
        &mut self,
        problem: &Problem,
        declared: ComplexityClass,
    ) -> Result<MeasuredBrute, AppError> {
        let target = problem.complexity.time;
        let submission = Submission {
            filename: "brute.py".to_owned(),
            source: problem.brute.clone(),
        };
        let options = onsite_judge::MeasureOptions {
            budget: BRUTE_MEASURE,
            ..onsite_judge::MeasureOptions::default()
        };
        let measurement = self
            .judge()?
            .measure(problem, &submission, options, &mut |_| {})?;
        let report =
            measurement.map(|m| crate::report::ComplexityReport::measured(target, None, &m));
        let class = report.as_ref().and_then(|r| r.time);
        // Slower than the target, and by as much as declared: a log factor short of an O(n^2)
        // brute force means the inputs hide part of its cost (a shallow tree, an early exit).
        let ok = report.as_ref().and_then(|r| r.meets_target) == Some(false)
            && class.is_some_and(|c| c >= declared);
        let kind = problem.complexity.measure_kind.as_deref().map_or_else(
            || "the generator's default inputs".to_owned(),
            |k| format!("`{k}` inputs"),
        );
        let message = match (ok, &report) {
            (true, _) => format!(
                "on {kind}, the {declared} brute force is measured {} against the {target} target",
                class.map_or_else(|| "slower".to_owned(), |c| c.to_string())
            ),
            (false, Some(r)) => format!(
                "on {kind}, the {declared} brute force is not measured {declared} against the \
                 {target} target ({}): declare a worst-case `measure_kind` in [complexity] whose \
                 inputs expose its cost",
                r.summary.as_deref().unwrap_or("not measured")
            ),
            (false, None) => "the problem has no generator to measure on".to_owned(),
        };
        Ok(MeasuredBrute { class, ok, message })
    }

    fn judge_plain(
        &mut self,
        problem: &Problem,
        filename: &str,
        source: &str,
    ) -> Result<onsite_judge::JudgeReport, AppError> {
        judge_with(self.judge()?, problem, filename, source)
    }
}

/// Judge up to the first failing test: verification needs only the verdict and that failure.
fn judge_with(
    judge: &Judge,
    problem: &Problem,
    filename: &str,
    source: &str,
) -> Result<onsite_judge::JudgeReport, AppError> {
    let submission = Submission {
        filename: filename.to_owned(),
        source: source.to_owned(),
    };
    Ok(judge.judge(problem, &submission, Scope::UntilFailure, &mut |_| {})?)
}

/// What became of one mutant.
enum Fate {
    /// Some hidden test failed it.
    Killed,
    /// It passed the hidden tests and also agrees with the reference on the stress inputs.
    Equivalent,
    /// It passed the hidden tests but not the stress inputs: the tests are too weak.
    Survived,
}

/// Judge a mutant on the hidden tests, then, if it passed, on the stress inputs.
fn fate(
    judge: &Judge,
    problem: &Problem,
    stress: &Problem,
    mutant: &Mutant,
) -> Result<Fate, AppError> {
    if judge_with(judge, problem, "solution.py", &mutant.source)?.verdict != Verdict::Accepted {
        return Ok(Fate::Killed);
    }
    let equivalent = !stress.hidden.is_empty()
        && judge_with(judge, stress, "solution.py", &mutant.source)?.verdict == Verdict::Accepted;
    Ok(if equivalent {
        Fate::Equivalent
    } else {
        Fate::Survived
    })
}

/// Fewest hints and clarifying questions a package offers.
pub const MIN_HINTS: usize = 3;
/// See [`MIN_HINTS`].
pub const MIN_CLARIFICATIONS: usize = 3;

/// What a package lacks for practice and mock interviews.
fn missing_content(problem: &Problem) -> Vec<String> {
    let mut missing = Vec::new();
    if problem.hints.len() < MIN_HINTS {
        missing.push(format!(
            "{} hints; give {MIN_HINTS} progressive ones (`hints` in problem.toml)",
            problem.hints.len()
        ));
    }
    if problem
        .editorial
        .as_deref()
        .is_none_or(|e| e.trim().is_empty())
    {
        missing.push("no editorial.md".into());
    }
    if problem.clarifications.len() < MIN_CLARIFICATIONS {
        missing.push(format!(
            "{} clarifying questions; give at least {MIN_CLARIFICATIONS} ([[clarifications]])",
            problem.clarifications.len()
        ));
    }
    if problem.follow_ups.is_empty() {
        missing.push("no follow-up ([[follow_ups]] with tests in tests/follow-ups.jsonl)".into());
    }
    let texts = [
        ("statement.md", problem.statement.as_str()),
        ("editorial.md", problem.editorial.as_deref().unwrap_or("")),
        ("solution.py", &problem.solution),
        ("brute.py", &problem.brute),
        ("gen.py", problem.generator.as_deref().unwrap_or("")),
        ("validate.py", problem.validator.as_deref().unwrap_or("")),
    ];
    let toml_texts = problem
        .hints
        .iter()
        .map(String::as_str)
        .chain(
            problem
                .clarifications
                .iter()
                .flat_map(|c| [c.question.as_str(), c.answer.as_str()]),
        )
        .chain(problem.follow_ups.iter().map(|f| f.prompt.as_str()));
    let unfinished: Vec<&str> = texts
        .iter()
        .filter(|(_, text)| text.contains(TODO_MARKER))
        .map(|(file, _)| *file)
        .chain(
            toml_texts
                .into_iter()
                .any(|t| t.contains(TODO_MARKER))
                .then_some("problem.toml"),
        )
        .collect();
    if !unfinished.is_empty() {
        missing.push(format!(
            "scaffold text left to replace ({TODO_MARKER}) in {}",
            unfinished.join(", ")
        ));
    }
    missing
}

/// What reading one test's input already costs a solution: the whole input (O(n)) for a
/// function or a codec, one operation (O(1)) per call of a design. A brute force no slower than that cannot
/// be told from the target by a time limit, only by measuring how its time grows.
fn reading_cost(problem: &Problem) -> ComplexityClass {
    match problem.kind {
        onsite_problems::Kind::Function(_) | onsite_problems::Kind::Codec(_) => {
            ComplexityClass::Linear
        }
        onsite_problems::Kind::Design(_) => ComplexityClass::Constant,
    }
}

/// The problem with its tests replaced by `stress_cases` small generated inputs, smallest first,
/// shown in full when they fail. Without a generator, no tests.
fn stress_problem(problem: &Problem, options: VerifyOptions) -> Problem {
    let mut stress = problem.clone();
    stress.examples.clear();
    stress.hidden.clear();
    if problem.generator.is_none() {
        return stress;
    }
    // Iterator results are consumed as far as the problem's own generated tests do.
    let take = problem
        .hidden
        .iter()
        .find(|c| matches!(c.source, CaseSource::Gen { .. }))
        .and_then(|c| c.take);
    let largest = problem.n_max.clamp(1, STRESS_MAX_N);
    let count = options.stress_cases as u64;
    stress.hidden = (0..count)
        .map(|i| TestCase {
            visible: true,
            file: "stress",
            line: i as usize + 1,
            category: EdgeCategory::Basic,
            note: None,
            source: CaseSource::Gen {
                n: 1 + i * largest / count.max(1),
                seed: options.seed.wrapping_mul(1_000_003).wrapping_add(i),
                kind: None,
            },
            expected: None,
            take,
            brute: true,
        })
        .collect();
    stress
}

/// Largest size of a stress input: small enough for any brute force, large enough for the
/// interesting shapes (duplicates, several answers, cycles).
const STRESS_MAX_N: u64 = 12;

/// The failing stress case, from the judge's report.
fn disagreement(stress: &Problem, report: &onsite_judge::JudgeReport) -> Disagreement {
    let failure = report.failure.as_ref();
    let n = failure
        .and_then(|f| f.test.as_ref())
        .and_then(|t| stress.hidden.get(t.number.saturating_sub(1)))
        .map_or(0, |c| match c.source {
            CaseSource::Gen { n, .. } => n,
            CaseSource::Input(_) => 0,
        });
    Disagreement {
        n,
        verdict: report.verdict,
        message: failure.map(|f| f.message.clone()).unwrap_or_default(),
        input: failure.and_then(|f| f.input.clone()),
        expected: failure.and_then(|f| f.expected.clone()),
        actual: failure.and_then(|f| f.actual.clone()),
    }
}

/// At most `max` items, evenly spread over the list (the same ones on every run).
fn spread<T>(items: Vec<T>, max: usize) -> Vec<T> {
    let total = items.len();
    if total <= max {
        return items;
    }
    let keep: std::collections::HashSet<usize> = (0..max).map(|i| i * total / max).collect();
    items
        .into_iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, x)| x)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_keeps_the_ends_and_is_even() {
        let kept = spread((0..100).collect(), 10);
        assert_eq!(kept, vec![0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
        assert_eq!(spread(vec![1, 2, 3], 10), vec![1, 2, 3]);
    }

    #[test]
    fn kill_rate_leaves_out_equivalent_mutants() {
        let m = Mutation {
            generated: 30,
            judged: 21,
            killed: 19,
            equivalent: 1,
            survivors: Vec::new(),
        };
        assert_eq!(m.kill_rate(), Some(19.0 / 20.0));
        assert!(m.meets_target());
        let weak = Mutation { killed: 15, ..m };
        assert!(!weak.meets_target());
    }

    #[test]
    fn scaffold_text_left_in_a_package_is_missing_content() {
        let blueprint = onsite_problems::Blueprint {
            slug: "meeting-rooms".into(),
            title: None,
            difficulty: onsite_types::Difficulty::Easy,
            patterns: vec!["intervals".into()],
        };
        let package = onsite_problems::scaffold(&blueprint).expect("scaffold");
        let mut problem = onsite_problems::load_package(&package).expect("loads");
        let missing = missing_content(&problem);
        assert_eq!(missing.len(), 1, "{missing:?}");
        assert!(
            missing[0].contains("statement.md, editorial.md"),
            "{missing:?}"
        );
        assert!(missing[0].ends_with("problem.toml"), "{missing:?}");

        // Once every piece is written, nothing is missing.
        let done = |t: &str| t.replace(TODO_MARKER, "written");
        problem.statement = done(&problem.statement);
        problem.editorial = problem.editorial.as_deref().map(done);
        problem.solution = done(&problem.solution);
        problem.brute = done(&problem.brute);
        problem.generator = problem.generator.as_deref().map(done);
        problem.validator = problem.validator.as_deref().map(done);
        problem.hints = problem.hints.iter().map(|h| done(h)).collect();
        for c in &mut problem.clarifications {
            c.question = done(&c.question);
        }
        for f in &mut problem.follow_ups {
            f.prompt = done(&f.prompt);
        }
        assert!(missing_content(&problem).is_empty());
    }
}
