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

/// Generated inputs in one batch, sizes 1 to [`MAX_N`] in turn.
const TRIED: u64 = 120;
/// Batches of fresh seeds at most: a count, not only a time, bounds the search, so that the same
/// code gets the same counterexample on a machine that is not overloaded (the time budget is the
/// backstop).
const BATCHES: u64 = 4;
/// Largest size generated: small enough to read at a glance.
const MAX_N: u64 = 12;
/// Most shrunk candidates judged in one round (the smallest first).
const PER_ROUND: usize = 48;

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
    let largest = problem.n_max.clamp(1, MAX_N);
    // The failed test's named shape (a deep chain, all keys distinct...), when it had one.
    let kind = failed.and_then(|c| match &c.source {
        CaseSource::Gen { kind, .. } => kind.clone(),
        CaseSource::Input(_) => None,
    });
    // Batches of fresh seeds while half the budget lasts; the rest is for shrinking. With an
    // example to shrink, one batch: a generated input is worth starting from only if smaller.
    let batches = if example.is_some() { 1 } else { BATCHES };
    let mut batch = 0;
    let generated = loop {
        if problem.generator.is_none() {
            break None;
        }
        let mut inputs = small_inputs(judge, problem, failed, kind.as_deref(), largest, batch)?;
        if let Some(e) = &example {
            inputs.retain(|(input, _)| size(input) < size(e));
        }
        out.tried += inputs.len();
        if let Some(found) = first_failure(judge, problem, submission, inputs)? {
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
                "no small counterexample found: the submission is right on {} generated inputs \
                 of size 1 to {largest}, so it fails only on larger or rarer ones",
                out.tried
            ));
            return finish(out);
        }
    };
    while started.elapsed() < budget {
        let candidates: Vec<Value> = shrinks(&current, &problem.kind);
        if candidates.is_empty() {
            break;
        }
        let sources: Vec<CaseSource> = candidates.into_iter().map(CaseSource::Input).collect();
        let legal = answered(judge.answers_for(problem, &sources)?);
        out.tried += legal.len();
        match first_failure(judge, problem, submission, legal)? {
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
        message: failure.message,
        traceback: failure.traceback,
        size: size(&current),
        equals_a_hidden_test,
    });
    finish(out)
}

/// The `batch`-th set of small inputs with the reference's answers: [`TRIED`] from the
/// generator, sizes 1 to `largest` (half in the failed test's named shape, when it had one,
/// so that a failure of that shape is met at a small size too), then the same bent towards the
/// failed test's edge case (zeros, negatives, duplicates...), where a generator rarely goes by
/// itself; those the constraints refuse are dropped.
fn small_inputs(
    judge: &Judge,
    problem: &Problem,
    failed: Option<&TestCase>,
    kind: Option<&str>,
    largest: u64,
    batch: u64,
) -> Result<Vec<(Value, Value)>, AppError> {
    let generated: Vec<CaseSource> = (0..TRIED)
        .map(|i| CaseSource::Gen {
            n: 1 + (i / 2) * largest / (TRIED / 2),
            seed: 0x5eed_0000 + batch * TRIED + i,
            kind: kind.filter(|_| i % 2 == 1).map(str::to_owned),
        })
        .collect();
    // A follow-up's validator may refuse some of the generator's inputs: those are dropped.
    let mut inputs = answered(judge.answers_for(problem, &generated)?);
    let mut bent: Vec<Value> = match failed.map(|c| c.category) {
        Some(category) => guided(category, inputs.iter().map(|(input, _)| input)),
        None => Vec::new(),
    };
    // After a first batch in vain, the generated inputs scrambled too: orders and characters a
    // generator of well-formed inputs rarely makes (a closing bracket first, a digit among
    // letters), with the characters the examples and the generated inputs use.
    if batch > 0 && !matches!(problem.kind, Kind::Design(_)) {
        let examples = problem.examples.iter().filter_map(|c| match &c.source {
            CaseSource::Input(v) => Some(v),
            CaseSource::Gen { .. } => None,
        });
        let alphabet = alphabet(inputs.iter().map(|(input, _)| input).chain(examples));
        bent.extend(scrambled(
            inputs.iter().map(|(input, _)| input),
            &alphabet,
            batch,
        ));
    }
    if !bent.is_empty() {
        let sources: Vec<CaseSource> = bent.into_iter().map(CaseSource::Input).collect();
        inputs.extend(answered(judge.answers_for(problem, &sources)?));
    }
    Ok(inputs)
}

/// Every character the strings in `values` use, in order of first use.
fn alphabet<'v>(values: impl Iterator<Item = &'v Value>) -> Vec<char> {
    fn collect(v: &Value, out: &mut Vec<char>) {
        match v {
            Value::String(s) => s.chars().for_each(|c| {
                if !out.contains(&c) {
                    out.push(c);
                }
            }),
            Value::Array(items) => items.iter().for_each(|x| collect(x, out)),
            Value::Object(map) => map.values().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    values.for_each(|v| collect(v, &mut out));
    out
}

/// One scrambled variant of each input: every string and list in it reversed, two neighbours
/// swapped, or (strings) one character replaced by another of `alphabet`. Deterministic for a
/// given `batch`.
fn scrambled<'v>(
    inputs: impl Iterator<Item = &'v Value>,
    alphabet: &[char],
    batch: u64,
) -> Vec<Value> {
    let mut rng = SplitMix(0x5c7a_b1e0 ^ batch);
    let mut out: Vec<Value> = Vec::new();
    for input in inputs {
        let mut v = input.clone();
        let how = rng.below(3);
        let changed = map_sequences(
            &mut v,
            &mut |seq, rng| match how {
                0 => seq.reverse(),
                1 if seq.len() >= 2 => {
                    let i = rng.below(seq.len() - 1);
                    seq.swap(i, i + 1);
                }
                _ => seq.replace(rng, alphabet),
            },
            &mut rng,
        );
        if changed && &v != input && !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// A string's characters or a list's items, for [`scrambled`] to reorder alike.
enum Sequence<'a> {
    Chars(Vec<char>),
    Items(&'a mut Vec<Value>),
}

impl Sequence<'_> {
    fn len(&self) -> usize {
        match self {
            Sequence::Chars(c) => c.len(),
            Sequence::Items(i) => i.len(),
        }
    }
    fn reverse(&mut self) {
        match self {
            Sequence::Chars(c) => c.reverse(),
            Sequence::Items(i) => i.reverse(),
        }
    }
    fn swap(&mut self, a: usize, b: usize) {
        match self {
            Sequence::Chars(c) => c.swap(a, b),
            Sequence::Items(i) => i.swap(a, b),
        }
    }
    /// One character set to another of `alphabet` (lists are left as they are).
    fn replace(&mut self, rng: &mut SplitMix, alphabet: &[char]) {
        if let Sequence::Chars(c) = self {
            if !c.is_empty() && !alphabet.is_empty() {
                let i = rng.below(c.len());
                c[i] = alphabet[rng.below(alphabet.len())];
            }
        }
    }
}

/// Apply `f` to every string and every list of scalars in `v` (object fields and list items,
/// nested); whether any changed.
fn map_sequences(
    v: &mut Value,
    f: &mut dyn FnMut(&mut Sequence, &mut SplitMix),
    rng: &mut SplitMix,
) -> bool {
    match v {
        Value::String(s) => {
            let mut seq = Sequence::Chars(s.chars().collect());
            f(&mut seq, rng);
            let Sequence::Chars(chars) = seq else {
                return false;
            };
            let after: String = chars.into_iter().collect();
            let changed = after != *s;
            *s = after;
            changed
        }
        Value::Array(items) if items.iter().all(|x| !x.is_array() && !x.is_object()) => {
            let before = items.clone();
            f(&mut Sequence::Items(items), rng);
            *items != before
        }
        Value::Array(items) => {
            let mut any = false;
            for x in items {
                any |= map_sequences(x, f, rng);
            }
            any
        }
        Value::Object(map) => {
            let mut any = false;
            for x in map.values_mut() {
                any |= map_sequences(x, f, rng);
            }
            any
        }
        _ => false,
    }
}

/// The cases the reference answered, as (input, expected output).
fn answered(cases: Vec<Option<onsite_judge::PreparedTest>>) -> Vec<(Value, Value)> {
    cases
        .into_iter()
        .flatten()
        .map(|t| (t.input, t.expected))
        .collect()
}

/// Judge the submission on `inputs` in order, up to the first it gets wrong (a wrong answer or
/// a runtime error): that input and the failure.
fn first_failure(
    judge: &Judge,
    problem: &Problem,
    submission: &Submission,
    inputs: Vec<(Value, Value)>,
) -> Result<Option<(Value, onsite_judge::Failure)>, AppError> {
    if inputs.is_empty() {
        return Ok(None);
    }
    let mut trial = problem.clone();
    trial.examples.clear();
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
    if !matches!(report.verdict, Verdict::WrongAnswer | Verdict::RuntimeError) {
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

/// Variants of `inputs` with the property an edge-case category names, for the categories a
/// generator of random values rarely produces: numbers set to zero, negated, to a usual bound
/// (2^31 - 1, 10^9, 10^4...), repeated or all equal, lists sorted or reversed. Deterministic (a fixed seed).
fn guided<'v>(category: EdgeCategory, inputs: impl Iterator<Item = &'v Value>) -> Vec<Value> {
    let mut rng = SplitMix(0x0c0f_fee0);
    let mut out: Vec<Value> = Vec::new();
    for input in inputs {
        // Three tries per input: the constraints refuse many (an answer must stay unique...).
        for _ in 0..3 {
            let mut v = input.clone();
            let changed = match category {
                EdgeCategory::Zeros => map_numbers(
                    &mut v,
                    &mut |n, rng| if rng.below(3) == 0 { Value::from(0) } else { n },
                    &mut rng,
                ),
                // The bounds constraints usually state; the validator drops those beyond the
                // problem's own.
                EdgeCategory::Extremes => map_numbers(
                    &mut v,
                    &mut |n, rng| {
                        const BOUNDS: [i64; 12] = [
                            2_147_483_647,
                            -2_147_483_648,
                            1_000_000_000,
                            -1_000_000_000,
                            100_000,
                            -100_000,
                            10_000,
                            -10_000,
                            1000,
                            -1000,
                            100,
                            -100,
                        ];
                        if n.is_i64() && rng.below(2) == 0 {
                            Value::from(BOUNDS[rng.below(BOUNDS.len())])
                        } else {
                            n
                        }
                    },
                    &mut rng,
                ),
                EdgeCategory::Negatives => map_numbers(
                    &mut v,
                    &mut |n, rng| match n.as_i64() {
                        Some(i) if rng.below(2) == 0 => Value::from(-i),
                        _ => n,
                    },
                    &mut rng,
                ),
                EdgeCategory::Duplicates => map_lists(
                    &mut v,
                    &mut |items, rng| {
                        if items.len() >= 2 {
                            let from = rng.below(items.len());
                            let to = rng.below(items.len());
                            items[to] = items[from].clone();
                        }
                    },
                    &mut rng,
                ),
                EdgeCategory::AllEqual => map_lists(
                    &mut v,
                    &mut |items, _| {
                        if let Some(first) = items.first().cloned() {
                            items.iter_mut().for_each(|x| *x = first.clone());
                        }
                    },
                    &mut rng,
                ),
                EdgeCategory::Sorted | EdgeCategory::Reversed => {
                    let reversed = category == EdgeCategory::Reversed;
                    map_lists(
                        &mut v,
                        &mut |items, _| {
                            if items.iter().all(Value::is_number) {
                                items.sort_by(|a, b| {
                                    let (a, b) =
                                        (a.as_f64().unwrap_or(0.0), b.as_f64().unwrap_or(0.0));
                                    a.total_cmp(&b)
                                });
                                if reversed {
                                    items.reverse();
                                }
                            }
                        },
                        &mut rng,
                    )
                }
                _ => return Vec::new(),
            };
            if changed && &v != input && !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// Apply `f` to every number in `v` (object fields and list items, nested); whether any
/// changed.
fn map_numbers(
    v: &mut Value,
    f: &mut dyn FnMut(Value, &mut SplitMix) -> Value,
    rng: &mut SplitMix,
) -> bool {
    match v {
        Value::Number(_) => {
            let before = v.clone();
            *v = f(before.clone(), rng);
            *v != before
        }
        // Every part is visited (no short cut): the generator's draws stay in step.
        Value::Array(items) => {
            let mut any = false;
            for x in items {
                any |= map_numbers(x, f, rng);
            }
            any
        }
        Value::Object(map) => {
            let mut any = false;
            for x in map.values_mut() {
                any |= map_numbers(x, f, rng);
            }
            any
        }
        _ => false,
    }
}

/// Apply `f` to every list in `v` (the outermost ones); whether any changed.
fn map_lists(
    v: &mut Value,
    f: &mut dyn FnMut(&mut Vec<Value>, &mut SplitMix),
    rng: &mut SplitMix,
) -> bool {
    match v {
        Value::Array(items) => {
            let before = items.clone();
            f(items, rng);
            *items != before
        }
        Value::Object(map) => {
            let mut any = false;
            for x in map.values_mut() {
                any |= map_lists(x, f, rng);
            }
            any
        }
        _ => false,
    }
}

/// A small deterministic generator (SplitMix64): the same search on the same code makes the
/// same inputs.
struct SplitMix(u64);

impl SplitMix {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z % n.max(1) as u64) as usize
    }
}

/// How big a value is to a reader: every scalar and list item counts one, a string its
/// characters, a number the digits beyond the first (so 0 is smaller than 1000).
pub(crate) fn size(v: &Value) -> usize {
    match v {
        Value::Null | Value::Bool(_) => 1,
        Value::Number(n) => {
            let digits = n.to_string().trim_start_matches('-').len();
            1 + digits.saturating_sub(1) + usize::from(n.to_string().starts_with('-'))
        }
        Value::String(s) => 1 + s.chars().count(),
        Value::Array(items) => 1 + items.iter().map(size).sum::<usize>(),
        Value::Object(map) => map.values().map(size).sum::<usize>(),
    }
}

/// A tie-break among values of one size: the sum of the numbers' magnitudes, so that shrinking
/// 7 to 3 is progress.
fn magnitude(v: &Value) -> f64 {
    match v {
        Value::Number(n) => n.as_f64().map_or(0.0, f64::abs),
        Value::Array(items) => items.iter().map(magnitude).sum(),
        Value::Object(map) => map.values().map(magnitude).sum(),
        _ => 0.0,
    }
}

/// Inputs smaller than `input` (by size, then magnitude), smallest first, at most
/// [`PER_ROUND`]: each one change away (a part removed, a number brought towards 0, a string
/// cut). For a design problem the operations and their arguments shrink together.
pub(crate) fn shrinks(input: &Value, kind: &Kind) -> Vec<Value> {
    let mut out = Vec::new();
    match (kind, input) {
        (Kind::Design(_), Value::Object(map)) => {
            if let (Some(Value::Array(ops)), Some(Value::Array(args))) =
                (map.get("operations"), map.get("arguments"))
            {
                let with = |ops: Vec<Value>, args: Vec<Value>| {
                    let mut m = map.clone();
                    m.insert("operations".into(), Value::Array(ops));
                    m.insert("arguments".into(), Value::Array(args));
                    Value::Object(m)
                };
                // The constructor stays: drop a later call, or everything after one.
                for i in 1..ops.len() {
                    out.push(with(ops[..i].to_vec(), args[..i].to_vec()));
                    let mut o = ops.clone();
                    let mut a = args.clone();
                    o.remove(i);
                    a.remove(i);
                    out.push(with(o, a));
                }
                for (i, arg) in args.iter().enumerate() {
                    for smaller in shrink_value(arg) {
                        let mut a = args.clone();
                        a[i] = smaller;
                        out.push(with(ops.clone(), a));
                    }
                }
            }
        }
        // The arguments by name: each one shrunk in turn.
        (_, arguments) => out.extend(shrink_value(arguments)),
    }
    let before = (size(input), magnitude(input));
    let mut keyed: Vec<((usize, f64), Value)> = out
        .into_iter()
        .map(|v| ((size(&v), magnitude(&v)), v))
        .filter(|(k, _)| k.0 < before.0 || (k.0 == before.0 && k.1 < before.1))
        .collect();
    keyed.sort_by(|a, b| a.0 .0.cmp(&b.0 .0).then(a.0 .1.total_cmp(&b.0 .1)));
    keyed.dedup_by(|a, b| a.1 == b.1);
    keyed.into_iter().take(PER_ROUND).map(|(_, v)| v).collect()
}

/// Values one change smaller than `v`.
fn shrink_value(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    match v {
        Value::Bool(true) => out.push(Value::Bool(false)),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                for smaller in [0, i.signum(), i / 2, i - i.signum()] {
                    if smaller != i {
                        out.push(Value::from(smaller));
                    }
                }
            } else if let Some(f) = n.as_f64() {
                for smaller in [0.0, f.trunc()] {
                    if smaller != f {
                        out.push(Value::from(smaller));
                    }
                }
            }
        }
        Value::String(s) => {
            let chars: Vec<char> = s.chars().collect();
            if !chars.is_empty() {
                out.push(Value::String(String::new()));
                let half = chars.len() / 2;
                out.push(Value::String(chars[..half].iter().collect()));
                out.push(Value::String(chars[half..].iter().collect()));
                for i in 0..chars.len().min(24) {
                    let mut c = chars.clone();
                    c.remove(i);
                    out.push(Value::String(c.into_iter().collect()));
                }
                // A letter towards `a`, a digit towards `0`: the same shape, simpler text.
                for (i, ch) in chars.iter().enumerate().take(24) {
                    let simpler = match ch {
                        'b'..='z' => 'a',
                        'B'..='Z' => 'A',
                        '1'..='9' => '0',
                        _ => continue,
                    };
                    let mut c = chars.clone();
                    c[i] = simpler;
                    out.push(Value::String(c.into_iter().collect()));
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            out.push(Value::Array(Vec::new()));
            let half = items.len() / 2;
            out.push(Value::Array(items[..half].to_vec()));
            out.push(Value::Array(items[half..].to_vec()));
            for i in 0..items.len().min(24) {
                let mut a = items.clone();
                a.remove(i);
                out.push(Value::Array(a));
            }
            for (i, item) in items.iter().enumerate().take(24) {
                // A missing child in a level-order tree, where the type allows it.
                if !item.is_null() {
                    let mut a = items.clone();
                    a[i] = Value::Null;
                    out.push(Value::Array(a));
                }
                for smaller in shrink_value(item) {
                    let mut a = items.clone();
                    a[i] = smaller;
                    out.push(Value::Array(a));
                }
            }
        }
        Value::Object(map) => {
            for (key, value) in map {
                for smaller in shrink_value(value) {
                    let mut m = map.clone();
                    m.insert(key.clone(), smaller);
                    out.push(Value::Object(m));
                }
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn function_kind() -> Kind {
        onsite_problems::Catalog::bundled()
            .get("two-sum")
            .expect("bundled")
            .kind
            .clone()
    }

    #[test]
    fn every_shrink_is_smaller_and_the_smallest_come_first() {
        let input = json!({"nums": [3, 40, -7, 3], "target": 6});
        let out = shrinks(&input, &function_kind());
        assert!(!out.is_empty() && out.len() <= PER_ROUND);
        let before = (size(&input), magnitude(&input));
        for v in &out {
            let k = (size(v), magnitude(v));
            assert!(k.0 < before.0 || (k.0 == before.0 && k.1 < before.1), "{v}");
        }
        assert!(out.windows(2).all(|w| size(&w[0]) <= size(&w[1])));
        assert_eq!(out[0], json!({"nums": [], "target": 6}));
        assert!(out.contains(&json!({"nums": [3, 40, 3], "target": 6})));
        assert!(out.contains(&json!({"nums": [3, 40, -7, 3], "target": 3})));
    }

    #[test]
    fn a_design_input_keeps_its_constructor_and_drops_calls_with_their_arguments() {
        let lru = onsite_problems::Catalog::bundled()
            .get("lru-cache")
            .expect("bundled")
            .kind
            .clone();
        let input = json!({
            "operations": ["LRUCache", "put", "get"],
            "arguments": [[2], [1, 1], [1]],
        });
        let out = shrinks(&input, &lru);
        for v in &out {
            let ops = v["operations"].as_array().expect("operations");
            assert_eq!(
                ops.len(),
                v["arguments"].as_array().expect("arguments").len()
            );
            assert_eq!(ops[0], "LRUCache");
        }
        assert!(out.contains(&json!({"operations": ["LRUCache"], "arguments": [[2]]})));
        assert!(out.contains(&json!({"operations": ["LRUCache", "get"], "arguments": [[2], [1]]})));
    }

    #[test]
    fn nothing_is_smaller_than_the_smallest_input() {
        let input = json!({"nums": [], "target": 0});
        assert_eq!(shrinks(&input, &function_kind()), Vec::<Value>::new());
        assert_eq!(size(&json!(0)), 1);
        assert!(size(&json!(1000)) > size(&json!(7)));
        assert!(size(&json!(-5)) > size(&json!(5)));
    }

    #[test]
    fn scrambling_reorders_and_replaces_within_the_inputs_own_characters() {
        let inputs = [
            json!({"s": "()"}),
            json!({"s": "ab", "k": 2}),
            json!({"nums": [1, 2, 3]}),
        ];
        let letters = alphabet(inputs.iter());
        assert_eq!(letters, vec!['(', ')', 'a', 'b']);
        let mut seen = Vec::new();
        for batch in 1..6 {
            for v in scrambled(inputs.iter(), &letters, batch) {
                // Same shape and size: only order and characters change.
                assert_eq!(
                    size(&v),
                    size(
                        &inputs[inputs
                            .iter()
                            .position(|i| {
                                i.as_object().map(|m| m.keys().collect::<Vec<_>>())
                                    == v.as_object().map(|m| m.keys().collect::<Vec<_>>())
                            })
                            .expect("the same fields")]
                    )
                );
                seen.push(v);
            }
        }
        // A closing bracket first: the input a counting-only bracket check gets wrong.
        assert!(seen.contains(&json!({"s": ")("})), "{seen:?}");
        assert!(
            seen.contains(&json!({"nums": [3, 2, 1]}))
                || seen.iter().any(|v| {
                    v["nums"]
                        .as_array()
                        .is_some_and(|a| a.len() == 3 && a != &vec![json!(1), json!(2), json!(3)])
                }),
            "{seen:?}"
        );
    }
}
