//! The smallest input on which a submission is wrong, found by onsite rather than copied from a
//! hidden test: small inputs from the problem's own generator (the reference as the oracle),
//! then the first failing one shrunk while it still fails (shorter lists and strings, smaller
//! numbers, fewer nodes, fewer operations), every candidate checked against the problem's types
//! and validator so that what is shown is always a legal input.
//!
//! Deterministic: the seeds are fixed and the candidates ordered, so judging the same code twice
//! shows the same counterexample (within the time budget).

use std::time::{Duration, Instant};

use onsite_judge::{Judge, Scope, Submission};
use onsite_problems::{CaseSource, Kind, Problem, TestCase};
use onsite_types::{EdgeCategory, Verdict};
use serde::Serialize;
use serde_json::Value;

use crate::AppError;

mod shrink;
mod variants;

use shrink::{shrinks, size};

/// Generated inputs in one batch, sizes 0 to the batch's largest in turn.
const TRIED: u64 = 120;
/// The largest size generated in each batch of fresh seeds: small enough to read at a glance
/// first; then larger, for the bugs a generator's small inputs cannot show (a cache of
/// capacity 1, one worker for a handful of tasks), which shrinking then brings down. A count,
/// not only a time, bounds the search, so that the same code gets the same counterexample on a
/// machine that is not overloaded (the time budget is the backstop).
const LARGEST: [u64; 4] = [12, 12, 48, 160];
/// The largest counterexample shown (values, items and characters): beyond, it is too big to
/// teach anything at a glance, and the report says no small one was found.
const SHOWN: usize = 100;
/// The CPU time an input may take in a search for a slow one (or the problem's own limit, if
/// lower): far beyond what an efficient solution needs for a small input, and short, since
/// every slow input found costs it.
pub(crate) const SLOW_MS: u64 = 250;

/// What the search counts as failing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Look {
    /// A wrong answer or a runtime error (after one of those).
    Wrong,
    /// Those, or running past [`SLOW_MS`] (after a time limit exceeded, on request): the
    /// smallest input on which the submission is already too slow.
    Slow,
}

/// A failing input of onsite's own making, as small as the search could make it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Counterexample {
    /// What the submission did on it (a wrong answer or a runtime error).
    pub verdict: Verdict,
    /// The input, as a failing test's is shown.
    pub input: String,
    /// The reference's answer (one valid answer where several are).
    pub expected: Option<String>,
    /// What the submission returned.
    pub actual: Option<String>,
    /// Why it failed, as for a test.
    pub message: String,
    /// The traceback of a runtime error, limited to the submission's frames.
    pub traceback: Option<String>,
    /// Its size: values, list items and characters counted.
    pub size: usize,
    /// It happens to equal a hidden test's input (found, not copied; shown all the same).
    pub equals_a_hidden_test: bool,
}

/// What the search found, with what it cost.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Search {
    /// The counterexample (`None`: none found within the budget).
    pub found: Option<Counterexample>,
    /// Why none was found, in words.
    pub why_not: Option<String>,
    /// Inputs judged, generated and shrunk.
    pub tried: usize,
    /// Shrinking steps that kept it failing.
    pub shrinks: usize,
    /// Wall time of the search, ms.
    pub searched_ms: f64,
}

impl Search {
    /// A search that could not be made (the package's own code failed on one of its inputs).
    pub(crate) fn failed(e: &AppError) -> Search {
        Search {
            found: None,
            why_not: Some(format!("no counterexample: the search failed ({e})")),
            tried: 0,
            shrinks: 0,
            searched_ms: 0.0,
        }
    }
}

/// Look for a small failing input within `budget`, guided by the failed test (`failed`: its
/// category, and the generator's named shape when it was generated with one). When the failed
/// test is a visible example, its input is where shrinking starts (unless a smaller generated
/// input fails too), and only a smaller input than the example's is shown.
pub(crate) fn search(
    judge: &Judge,
    problem: &Problem,
    submission: &Submission,
    failed: Option<&TestCase>,
    look: Look,
    budget: Duration,
) -> Result<Search, AppError> {
    let started = Instant::now();
    let mut out = Search {
        found: None,
        why_not: None,
        tried: 0,
        shrinks: 0,
        searched_ms: 0.0,
    };
    let finish = |mut out: Search| {
        out.searched_ms = (started.elapsed().as_secs_f64() * 1000.0).round();
        Ok(out)
    };
    // A failing visible example: its input is public, and shrinking it is the surest way down.
    let example = match failed.filter(|c| c.visible) {
        Some(case) => answered(judge.answers_for(problem, std::slice::from_ref(&case.source))?)
            .into_iter()
            .next()
            .map(|(input, _)| input),
        None => None,
    };
    if problem.generator.is_none() && example.is_none() {
        out.why_not = Some("the problem has no generator to make small inputs with".into());
        return finish(out);
    }
    // Batches of fresh seeds while half the budget lasts; the rest is for shrinking. With an
    // example to shrink, one batch: a generated input is worth starting from only if smaller.
    let batches = if example.is_some() { 1 } else { LARGEST.len() };
    let mut batch = 0;
    let mut largest = 0;
    let generated = loop {
        if problem.generator.is_none() {
            break None;
        }
        largest = problem.n_max.clamp(1, LARGEST[batch]);
        let shapes = shapes(problem, failed, batch);
        let mut inputs = small_inputs(judge, problem, failed, &shapes, largest, batch as u64)?;
        if let Some(e) = &example {
            inputs.retain(|(input, _)| size(input) < size(e));
        }
        out.tried += inputs.len();
        if let Some(found) = first_failure(judge, problem, submission, inputs, look)? {
            break Some(found);
        }
        batch += 1;
        if batch == batches || started.elapsed() >= budget / 2 {
            break None;
        }
    };
    let (mut current, mut failure) = match (generated, example) {
        (Some((input, failure)), _) => (input, Some(failure)),
        (None, Some(input)) => (input, None),
        (None, None) => {
            out.why_not = Some(format!(
                "no small counterexample found: the submission is {} on {} generated inputs \
                 of size 0 to {largest}, so it fails only on larger or rarer ones",
                right(look, problem),
                out.tried
            ));
            return finish(out);
        }
    };
    let from_example = failure.is_none();
    while started.elapsed() < budget {
        let candidates: Vec<Value> = shrinks(&current, &problem.kind);
        if candidates.is_empty() {
            break;
        }
        let sources: Vec<CaseSource> = candidates.into_iter().map(CaseSource::Input).collect();
        let legal = answered(judge.answers_for(problem, &sources)?);
        out.tried += legal.len();
        match first_failure(judge, problem, submission, legal, look)? {
            Some((smaller, f)) => {
                current = smaller;
                failure = Some(f);
                out.shrinks += 1;
            }
            None => break,
        }
    }
    let Some(failure) = failure else {
        out.why_not = Some(
            "no smaller counterexample found: the failing example is already the smallest \
             failing input the search reached"
                .into(),
        );
        return finish(out);
    };
    if !from_example && size(&current) > SHOWN {
        out.why_not = Some(format!(
            "no small counterexample found: the smallest failing input the search reached has \
             size {} (values, items and characters), too large to read at a glance; the \
             submission is {} on every smaller one it tried, so it fails only on larger or \
             rarer inputs",
            size(&current),
            right(look, problem)
        ));
        return finish(out);
    }
    let hidden: Vec<&TestCase> = problem.hidden.iter().collect();
    let equals_a_hidden_test = judge
        .prepare(problem, &hidden)?
        .iter()
        .any(|t| t.input == current);
    out.found = Some(Counterexample {
        verdict: failure.verdict,
        input: failure.input.unwrap_or_else(|| current.to_string()),
        expected: failure.expected,
        actual: failure.actual,
        message: match failure.verdict {
            // The search's own short limit, not the problem's: say so.
            Verdict::TimeLimitExceeded => format!(
                "{} on an input this small (the search's own limit; the problem allows {} ms \
                 per test, for inputs up to its largest)",
                failure.message, problem.limits.time_ms
            ),
            _ => failure.message,
        },
        traceback: failure.traceback,
        size: size(&current),
        equals_a_hidden_test,
    });
    finish(out)
}

/// What the submission was on the inputs that did not fail, in words.
fn right(look: Look, problem: &Problem) -> String {
    match look {
        Look::Wrong => "right".into(),
        Look::Slow => format!(
            "right and under {} ms of CPU time",
            problem.limits.time_ms.min(SLOW_MS)
        ),
    }
}

/// The generator's named shapes (a cycle, a deep chain, all keys distinct...) worth a try in
/// the `batch`-th batch: the failed test's own, or those the package's generated tests of its
/// category use (a "no solution" test written by hand, and generated ones of the same category
/// made with "cycle"); from the second batch on, every shape the package's tests name.
fn shapes(problem: &Problem, failed: Option<&TestCase>, batch: usize) -> Vec<String> {
    let tests = || problem.examples.iter().chain(&problem.hidden);
    let named = |c: &TestCase| match &c.source {
        CaseSource::Gen { kind, .. } => kind.clone(),
        CaseSource::Input(_) => None,
    };
    let mut out: Vec<String> = match failed {
        Some(case) => match named(case) {
            Some(kind) => vec![kind],
            None => tests()
                .filter(|c| c.category == case.category)
                .filter_map(named)
                .collect(),
        },
        None => Vec::new(),
    };
    if batch > 0 {
        out.extend(tests().filter_map(named));
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|k| seen.insert(k.clone()));
    out
}

/// The `batch`-th set of small inputs with the reference's answers: [`TRIED`] from the
/// generator, sizes 0 to `largest` (half in the named `shapes` in turn, so that a failure of
/// the failed test's shape is met at a small size too), then the same bent towards the failed
/// test's edge case (zeros, negatives, duplicates...), where a generator rarely goes by itself;
/// those the constraints refuse are dropped.
fn small_inputs(
    judge: &Judge,
    problem: &Problem,
    failed: Option<&TestCase>,
    shapes: &[String],
    largest: u64,
    batch: u64,
) -> Result<Vec<(Value, Value)>, AppError> {
    let half = TRIED / 2;
    // Evenly up to the first batches' largest size; beyond, spaced as squares, so that a
    // batch of larger inputs still holds about as many small ones (with fresh seeds) as large.
    let size = |k: u64| match largest <= LARGEST[0] {
        true => k * (largest + 1) / half,
        false => (k * k * (largest + 1)) / (half * half),
    };
    let generated: Vec<CaseSource> = (0..TRIED)
        .map(|i| CaseSource::Gen {
            n: size(i / 2),
            seed: 0x5eed_0000 + batch * TRIED + i,
            kind: match shapes.len() {
                0 => None,
                k if i % 2 == 1 => Some(shapes[(i / 2) as usize % k].clone()),
                _ => None,
            },
        })
        .collect();
    // A follow-up's validator may refuse some of the generator's inputs: those are dropped.
    let mut inputs = answered(judge.answers_for(problem, &generated)?);
    let mut bent: Vec<Value> = match failed.map(|c| c.category) {
        Some(category) => variants::guided(category, inputs.iter().map(|(input, _)| input)),
        None => Vec::new(),
    };
    // After a first batch in vain, the generated inputs scrambled too: orders and characters a
    // generator of well-formed inputs rarely makes (a closing bracket first, a digit among
    // letters), with the characters the examples and the generated inputs use; and (once) with
    // every number alike.
    if batch > 0 && !matches!(problem.kind, Kind::Design(_)) {
        let examples = problem.examples.iter().filter_map(|c| match &c.source {
            CaseSource::Input(v) => Some(v),
            CaseSource::Gen { .. } => None,
        });
        let alphabet = variants::alphabet(inputs.iter().map(|(input, _)| input).chain(examples));
        bent.extend(variants::scrambled(
            inputs.iter().map(|(input, _)| input),
            &alphabet,
            batch,
        ));
        // Every value alike, in the second batch (small inputs: the larger batches' time goes
        // to shrinking): what is left to tell inputs apart is their shape (two trees with equal
        // in-order walks, intervals that only touch).
        if batch == 1 {
            bent.extend(variants::uniform(inputs.iter().map(|(input, _)| input)));
        }
    }
    if !bent.is_empty() {
        let sources: Vec<CaseSource> = bent.into_iter().map(CaseSource::Input).collect();
        inputs.extend(answered(judge.answers_for(problem, &sources)?));
    }
    Ok(inputs)
}

/// The cases the reference answered, as (input, expected output).
fn answered(cases: Vec<Option<onsite_judge::PreparedTest>>) -> Vec<(Value, Value)> {
    cases
        .into_iter()
        .flatten()
        .map(|t| (t.input, t.expected))
        .collect()
}

/// Judge the submission on `inputs` in order, up to the first it fails as `look` says (a wrong
/// answer or a runtime error; or running past [`SLOW_MS`]): that input and the failure.
fn first_failure(
    judge: &Judge,
    problem: &Problem,
    submission: &Submission,
    inputs: Vec<(Value, Value)>,
    look: Look,
) -> Result<Option<(Value, onsite_judge::Failure)>, AppError> {
    if inputs.is_empty() {
        return Ok(None);
    }
    let mut trial = problem.clone();
    trial.examples.clear();
    if look == Look::Slow {
        trial.limits.time_ms = trial.limits.time_ms.min(SLOW_MS);
    }
    trial.hidden = inputs
        .iter()
        .enumerate()
        .map(|(i, (input, expected))| TestCase {
            // Onsite's own inputs: shown in full when they fail.
            visible: true,
            file: "counterexample",
            line: i + 1,
            category: EdgeCategory::Basic,
            note: None,
            source: CaseSource::Input(input.clone()),
            expected: Some(expected.clone()),
            take: None,
            brute: true,
        })
        .collect();
    let report = judge.judge(&trial, submission, Scope::UntilFailure, &mut |_| {})?;
    let failing = match report.verdict {
        Verdict::WrongAnswer | Verdict::RuntimeError => true,
        Verdict::TimeLimitExceeded => look == Look::Slow,
        _ => false,
    };
    if !failing {
        return Ok(None);
    }
    let Some(failure) = report.failure else {
        return Ok(None);
    };
    let Some(index) = failure.test.as_ref().map(|t| t.number.saturating_sub(1)) else {
        return Ok(None);
    };
    Ok(inputs
        .into_iter()
        .nth(index)
        .map(|(input, _)| (input, failure)))
}
