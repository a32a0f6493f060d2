//! Measured time complexity: the submission and the reference solution timed on the problem's
//! generated inputs at growing sizes, interleaved in one run, by the kernel's CPU accounting of
//! each program (never by a timer the submission could patch): the CPU time of every process it
//! started, exited ones included, where a cgroup counts them (so work moved into a child
//! process is measured), of its own process otherwise. The reference is counted the same way
//! as the submission (a trusted process in cgroups of its own, not isolated).
//!
//! Sizes grow geometrically up to the problem's `n_max`. At each size both programs get the same
//! input: first one call each to gauge the time, then rounds of batches (several independent
//! copies of the input, staged untimed, then called back to back in one timed exchange),
//! alternating submission and reference so that a busy moment of the machine hits both. A
//! program's time at a size is its fastest round, per call. Measurement stops early when the
//! budget runs out or the submission's single call exceeds the problem's time limit (a blow-up:
//! exponential, or quadratic where linear is wanted); the points measured so far still count.
//! A submission too slow for even the first size (one call over a sixteenth of the budget) is
//! measured again on small sizes instead: 4 to 16 in steps of two, then growing by √2.
//!
//! Memory is read at the same time, from the kernel: around each size's first (single) call,
//! the program's peak memory (its memory cgroup's, every process's; its own resident set where
//! it has no group) is reset to its current size, which includes the staged input, and read
//! back after; the growth is what the call itself held at its peak. Where the two programs'
//! memory cannot be counted the same way (one has a memory cgroup, the other not), no memory
//! is reported rather than two incomparable figures.

use std::time::{Duration, Instant};

use onsite_problems::{CaseSource, Compare, Problem, TestCase};
use onsite_types::EdgeCategory;
use serde::Serialize;
use serde_json::{json, Value};

use crate::judge::{
    candidate_limits, check_with, describe_reply, reply_cap, Judge, JudgeEvent, PreparedTest,
    Submission,
};
use crate::process::{Budget, HarnessProcess, Reply};
use crate::JudgeError;

/// How much measuring may cost.
#[derive(Debug, Clone, Copy)]
pub struct MeasureOptions {
    /// Wall-clock budget for the whole measurement (default 5 s).
    pub budget: Duration,
    /// Number of sizes (default 8).
    pub sizes: usize,
    /// Rounds per size, alternating the two programs (default 3).
    pub rounds: usize,
}

impl Default for MeasureOptions {
    fn default() -> Self {
        MeasureOptions {
            budget: Duration::from_secs(5),
            sizes: 8,
            rounds: 3,
        }
    }
}

/// One size's measured times, in seconds per call, and memory.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Sample {
    /// Input size (the generator's `n`).
    pub n: u64,
    /// The submission's time.
    pub candidate: f64,
    /// The reference's time on the same input.
    pub reference: f64,
    /// The submission's extra memory during one call: its peak resident memory over what it
    /// held before the call (the input included), in bytes; null where not measured.
    pub candidate_bytes: Option<u64>,
    /// The reference's, on the same input.
    pub reference_bytes: Option<u64>,
}

/// What measuring found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measurement {
    /// Measured sizes, smallest first.
    pub samples: Vec<Sample>,
    /// Why measuring stopped before the largest size, if it did.
    pub stopped: Option<String>,
    /// Wall time spent measuring, in milliseconds.
    pub elapsed_ms: f64,
    /// Set when a measured call returned a wrong value: what was wrong. Every timed call's
    /// value is checked like a test's, so a submission that tells a timed call from a test
    /// and skips the work is a wrong answer, not a fast one; measuring stops there.
    pub wrong: Option<String>,
}

/// Time per call aimed at for one timed batch: long enough for the CPU clock's resolution and
/// the exchange's fixed cost to vanish, short enough for eight sizes in the budget.
const BATCH_TARGET: Duration = Duration::from_millis(8);
/// Most copies of one input staged for a batch (memory: copies of the largest input coexist).
const MAX_REPEAT: u64 = 16;
/// A first call costing more than this fraction of the budget (1/16) means starting lower.
const SLOW_START: f64 = 16.0;
/// Most random inputs at one size. Every call a process makes at a size gets an input it has
/// not seen (the gauge the first, each round the next few), so remembering answers across
/// calls gains nothing: a batch has at most `(inputs - 1) / rounds` calls. Small sizes, whose
/// calls are fast and batched, get the most; see [`inputs_at`].
const MAX_INPUTS_PER_SIZE: u64 = 16;

/// Inputs generated for the `i`-th size of a ladder: 16 for the two smallest, halving every
/// two sizes down to 4 (a gauge and one call per round), so that generating them costs about
/// what three inputs per size did, while fast calls at small sizes still come in batches.
fn inputs_at(i: usize) -> u64 {
    (MAX_INPUTS_PER_SIZE >> (i / 2).min(2)).max(4)
}

/// Geometric sizes from `n_max / 128` (at least 8) up to `n_max`.
pub(crate) fn sizes(n_max: u64, count: usize) -> Vec<u64> {
    let hi = n_max.max(8) as f64;
    let lo = (hi / 128.0).max(8.0).min(hi);
    let count = count.max(3);
    let mut out: Vec<u64> = (0..count)
        .map(|i| {
            let t = i as f64 / (count - 1) as f64;
            (lo * (hi / lo).powf(t)).round() as u64
        })
        .collect();
    out.dedup();
    out
}

/// One program taking part in the measurement.
struct Timed {
    process: HarnessProcess,
    name: &'static str,
}

/// How a timed batch went.
enum Batch {
    /// Seconds per call, and for a single call the extra resident memory it took.
    PerCall(f64, Option<u64>),
    /// The program failed or exceeded its budget; the reason.
    Failed(String),
    /// The submission returned a wrong value for one of the inputs; what was wrong.
    Wrong(String),
}

/// Checks the values of the submission's timed calls against the reference's answers on the
/// same inputs, with the problem's comparison (the package's checker in a trusted process of
/// its own when it has one).
struct Verifier<'a> {
    judge: &'a Judge,
    problem: &'a Problem,
    checker: Option<HarnessProcess>,
    dir: Option<tempfile::TempDir>,
}

impl Verifier<'_> {
    /// `None` when every value answers its test; otherwise what was wrong.
    fn check(
        &mut self,
        n: u64,
        tests: &[&PreparedTest],
        values: Vec<Value>,
        events: &[Value],
    ) -> Result<Option<String>, JudgeError> {
        if values.len() != tests.len() {
            return Ok(Some(format!(
                "interfered with the judge: {} values for {} measured calls",
                values.len(),
                tests.len()
            )));
        }
        for (k, (test, value)) in tests.iter().zip(values).enumerate() {
            let events = crate::observe::of_call(events, k as u64);
            let actual = match crate::observe::record(self.problem, &test.input, &events, value) {
                Ok(actual) => actual,
                Err(why) => return Ok(Some(format!("interfered with the judge: {why}"))),
            };
            let ok = match self.problem.compare {
                Compare::Custom => {
                    if self.checker.is_none() {
                        let dir = self.judge.workdir()?;
                        let source = self.problem.checker.as_deref().unwrap_or_default();
                        self.checker = Some(self.judge.start_trusted(
                            self.problem,
                            source,
                            "checker.py",
                            false,
                            dir.path(),
                        )?);
                        self.dir = Some(dir);
                    }
                    let Some(checker) = self.checker.as_mut() else {
                        return Ok(None);
                    };
                    check_with(
                        checker,
                        self.problem,
                        &format!("a measured input (n = {n})"),
                        test,
                        &actual,
                    )?
                    .0
                }
                compare => crate::compare::matches(compare, &test.expected, &actual),
            };
            if !ok {
                return Ok(Some(format!(
                    "a measured call returned a wrong value (on a generated input of size n = \
                     {n}); every timed call is checked like a test"
                )));
            }
        }
        Ok(None)
    }
}

impl Drop for Verifier<'_> {
    fn drop(&mut self) {
        // The process first, then the directory its root was built on.
        drop(self.checker.take());
        drop(self.dir.take());
    }
}

impl Timed {
    /// Stage one copy of each test's input, then time calling the solution on each in one
    /// exchange; with a verifier, fetch the values afterwards (off the clock) and check them.
    fn batch(
        &mut self,
        n: u64,
        tests: &[&PreparedTest],
        take: Option<u64>,
        budget: Budget,
        verifier: Option<&mut Verifier>,
    ) -> Result<Batch, JudgeError> {
        let staging = Budget {
            cpu: Duration::from_secs(10),
            wall: Duration::from_secs(20),
        };
        let repeat = tests.len().max(1) as u64;
        let inputs: Vec<&Value> = tests.iter().map(|t| &t.input).collect();
        let staged = self.process.request(
            json!({
                "type": "input", "input": inputs.first(), "inputs": inputs,
                "take": take, "repeat": repeat,
            }),
            staging,
        )?;
        if !matches!(&staged.reply, Reply::Message(m) if m["type"] == "ready") {
            return Ok(Batch::Failed(format!(
                "{} could not take the input: {}",
                self.name,
                describe_reply(&staged.reply, &staged.output)
            )));
        }
        // One call: its memory too, from the kernel's count of the process's resident pages
        // (the input is staged already, so it is part of the baseline).
        let before = (repeat == 1 && self.process.reset_peak_resident())
            .then(|| self.process.resident())
            .flatten();
        // The same request as a test's staged call: the solution runs below the same frames.
        let ex = self.process.request(json!({"type": "go"}), budget)?;
        let extra = before
            .zip(self.process.resident())
            .map(|(before, after)| after.peak.saturating_sub(before.now));
        let per_call = Batch::PerCall(ex.cpu.as_secs_f64() / repeat as f64, extra);
        let values = match &ex.reply {
            Reply::Message(m) if m["type"] == "result" && repeat == 1 => vec![m["value"].clone()],
            Reply::Message(m) if m["type"] == "timed" && repeat > 1 => {
                if verifier.is_none() {
                    return Ok(per_call);
                }
                let fetched = self.process.request(json!({"type": "values"}), staging)?;
                match fetched.reply {
                    // A value the harness could not encode (a string that is not Unicode).
                    Reply::Message(m) if m["type"] == "unjudgeable" => {
                        return Ok(Batch::Wrong(format!(
                            "a measured call returned a value that cannot be judged: {}",
                            m["message"].as_str().unwrap_or("")
                        )))
                    }
                    Reply::Message(mut m) => match m["values"].take() {
                        Value::Array(values) => values,
                        _ => {
                            return Ok(Batch::Wrong("interfered with the judge: no values".into()))
                        }
                    },
                    other => {
                        return Ok(Batch::Failed(format!(
                            "{} failed: {}",
                            self.name,
                            describe_reply(&other, &fetched.output)
                        )))
                    }
                }
            }
            Reply::TimedOut { .. } => {
                return Ok(Batch::Failed(format!(
                    "{} needed more than {} ms for {repeat} call(s)",
                    self.name,
                    budget.cpu.as_millis()
                )))
            }
            other => {
                return Ok(Batch::Failed(format!(
                    "{} failed: {}",
                    self.name,
                    describe_reply(other, &ex.output)
                )))
            }
        };
        if let Some(verifier) = verifier {
            if let Some(why) = verifier.check(n, tests, values, &ex.events)? {
                return Ok(Batch::Wrong(why));
            }
        }
        Ok(per_call)
    }
}

impl Judge {
    /// Measure how the submission's time grows against the reference's (see the module
    /// docs). `Ok(None)` when the problem has no generator to make inputs of growing size.
    pub fn measure(
        &self,
        problem: &Problem,
        submission: &Submission,
        options: MeasureOptions,
        on_event: &mut dyn FnMut(&JudgeEvent),
    ) -> Result<Option<Measurement>, JudgeError> {
        if problem.generator.is_none() {
            return Ok(None);
        }
        let started = Instant::now();
        // Iterator results are consumed as far as the problem's own generated tests do.
        let take = problem
            .hidden
            .iter()
            .find(|c| matches!(c.source, CaseSource::Gen { .. }))
            .and_then(|c| c.take);
        let workdir = self.workdir()?;
        let reference_dir = self.workdir()?;
        let mut reference = Timed {
            process: self.start_measured_reference(problem, reference_dir.path())?,
            name: "the reference",
        };
        let mut limits = candidate_limits(problem, 1);
        limits.cpu_seconds = Some(options.budget.as_secs() * 2 + 10);
        let limits = crate::hard_limits::within_hard_limits(limits);
        let mut run = Ladder {
            judge: self,
            problem,
            options,
            started,
            take,
            on_event,
            verifier: Verifier {
                judge: self,
                problem,
                checker: None,
                dir: None,
            },
            wrong: None,
        };
        let geometric = sizes(problem.n_max, options.sizes);
        let smallest = geometric.first().copied().unwrap_or(8);
        let mut result = (Vec::new(), None);
        // First the sizes up to n_max; when even the smallest blows up (an exponential
        // solution), small sizes in steps of two, where exponential growth can be seen.
        for ladder in [geometric, small_sizes(smallest)] {
            if ladder.is_empty() {
                continue;
            }
            let process =
                match self.load_candidate(problem, submission, workdir.path(), limits.clone())? {
                    Ok(p) => p,
                    Err(why) => {
                        result = (
                            Vec::new(),
                            Some(format!("the submission did not load: {why}")),
                        );
                        break;
                    }
                };
            let mut candidate = Timed {
                process,
                name: "the submission",
            };
            result = run.climb(&ladder, &mut candidate, &mut reference)?;
            if result.0.len() >= 3 || run.out_of_budget() || run.wrong.is_some() {
                break;
            }
        }
        let wrong = run.wrong.take();
        Ok(Some(Measurement {
            samples: if wrong.is_some() {
                Vec::new()
            } else {
                result.0
            },
            stopped: result.1,
            elapsed_ms: started.elapsed().as_secs_f64() * 1000.0,
            wrong,
        }))
    }
}

/// Sizes below `smallest` for solutions too slow for it: 4, 6, ... 16 in steps of two (where
/// exponential growth shows), then growing by √2 (where a polynomial's degree shows).
fn small_sizes(smallest: u64) -> Vec<u64> {
    let mut out: Vec<u64> = (2..=8).map(|k| 2 * k).collect();
    let mut n = 16.0_f64;
    loop {
        n *= std::f64::consts::SQRT_2;
        out.push(n.round() as u64);
        if n > smallest as f64 {
            break;
        }
    }
    out.retain(|&n| n < smallest);
    out
}

/// One measuring run: the problem, the budget and the clock.
struct Ladder<'a, 'e> {
    judge: &'a Judge,
    problem: &'a Problem,
    options: MeasureOptions,
    started: Instant,
    take: Option<u64>,
    on_event: &'e mut dyn FnMut(&JudgeEvent),
    verifier: Verifier<'a>,
    /// What a measured call returned wrong, once one did.
    wrong: Option<String>,
}

impl Ladder<'_, '_> {
    fn out_of_budget(&self) -> bool {
        self.started.elapsed() > self.options.budget
    }

    /// Measure both programs at each size in turn, smallest first, until the sizes, the budget
    /// or the submission's patience run out. Returns the samples and why it stopped early.
    fn climb(
        &mut self,
        sizes: &[u64],
        candidate: &mut Timed,
        reference: &mut Timed,
    ) -> Result<(Vec<Sample>, Option<String>), JudgeError> {
        let (problem, options, started) = (self.problem, self.options, self.started);
        // Several random inputs per size: a cost that depends on where the answer lies (a
        // linear scan) is averaged over them instead of hanging on one draw.
        // The package's worst-case family when it declares one.
        let kind = &problem.complexity.measure_kind;
        let cases: Vec<TestCase> = sizes
            .iter()
            .enumerate()
            .flat_map(|(i, &n)| (0..inputs_at(i)).map(move |j| (n, j)))
            .enumerate()
            .map(|(i, (n, j))| TestCase {
                visible: false,
                file: "measure",
                line: i + 1,
                category: EdgeCategory::LargeInput,
                note: None,
                source: CaseSource::Gen {
                    n,
                    seed: 0x6f6e_7369 + n * 16 + j,
                    kind: kind.clone(),
                },
                expected: None,
                take: self.take,
                brute: false,
            })
            .collect();
        (self.on_event)(&JudgeEvent::Measuring { sizes: sizes.len() });
        let refs: Vec<&TestCase> = cases.iter().collect();
        let prepared = self.judge.prepare(problem, &refs)?;
        let mut rest: &[PreparedTest] = &prepared;
        let groups: Vec<Vec<&PreparedTest>> = (0..sizes.len())
            .map(|i| {
                let (group, after) = rest.split_at((inputs_at(i) as usize).min(rest.len()));
                rest = after;
                group.iter().collect()
            })
            .collect();
        // The values of a batch come in one reply.
        let most = (MAX_INPUTS_PER_SIZE as usize - 1) / options.rounds.max(1);
        candidate.process.set_frame_limit(
            reply_cap(prepared.iter().map(|t| &t.expected)).saturating_mul(most.max(1)),
        );

        let limit = Duration::from_millis(problem.limits.time_ms);
        let per_call = Budget {
            cpu: limit * 2,
            wall: limit * 4 + Duration::from_secs(1),
        };
        let mut samples = Vec::new();
        let mut stopped = None;
        let (counted, reference_counted) = (
            candidate.process.accounting(),
            reference.process.accounting(),
        );
        if counted != reference_counted {
            tracing::warn!(
                ?counted,
                ?reference_counted,
                "the submission and the reference are not counted the same way (cgroups); \
                 memory is not compared, and CPU times compare one process with a process tree"
            );
        }
        'sizes: for (&n, inputs) in sizes.iter().zip(&groups) {
            if started.elapsed() > options.budget {
                stopped = Some(format!(
                    "the measuring budget of {} ms ran out before n = {n}",
                    options.budget.as_millis()
                ));
                break;
            }
            // The next size's single call, extrapolated from the last two sizes' growth, must
            // fit in what is left of the budget.
            if let [.., prev, last] = samples.as_slice() {
                let (prev, last): (&Sample, &Sample) = (prev, last);
                let step = (n as f64 / last.n as f64).ln() / (last.n as f64 / prev.n as f64).ln();
                let predicted = last.candidate * (last.candidate / prev.candidate).powf(step);
                let left = options.budget.as_secs_f64() - started.elapsed().as_secs_f64();
                if predicted.is_finite() && predicted > left {
                    stopped = Some(format!(
                        "n = {n} would take about {:.0} ms a call, beyond the measuring budget",
                        predicted * 1000.0
                    ));
                    break;
                }
            }
            // Gauge each program with one call, then size its batches.
            let mut gauge = [f64::INFINITY; 2];
            let mut bytes = [None; 2];
            let mut best = [f64::INFINITY; 2];
            let mut repeat = [1u64; 2];
            // Each program takes fresh inputs from the size's pool: the first for the gauge,
            // the next `repeat` for each round.
            let mut next = [1usize; 2];
            let fresh_per_round = (inputs.len().saturating_sub(1) / options.rounds.max(1)) as u64;
            for (k, program) in [&mut *candidate, &mut *reference].into_iter().enumerate() {
                let verifier = (k == 0).then_some(&mut self.verifier);
                match program.batch(n, &inputs[..1], self.take, per_call, verifier)? {
                    Batch::PerCall(t, extra) => {
                        gauge[k] = t;
                        bytes[k] = extra;
                        repeat[k] = ((BATCH_TARGET.as_secs_f64() / t.max(1e-7)).ceil() as u64)
                            .clamp(1, MAX_REPEAT.min(fresh_per_round).max(1));
                    }
                    Batch::Failed(why) => {
                        stopped = Some(format!("at n = {n}, {why}"));
                        break 'sizes;
                    }
                    Batch::Wrong(why) => {
                        self.wrong = Some(why);
                        break 'sizes;
                    }
                }
            }
            // Too slow for even the first size to be measured within the budget: stop here
            // and leave the budget to smaller sizes.
            if samples.is_empty() && gauge[0] > options.budget.as_secs_f64() / SLOW_START {
                stopped = Some(format!(
                    "one call at n = {n} took {:.0} ms, too slow to measure from there",
                    gauge[0] * 1000.0
                ));
                break;
            }
            // A single call over the time limit is a blow-up: no repeats, no larger sizes.
            let blew_up = gauge[0] > limit.as_secs_f64();
            for _ in 0..if blew_up { 0 } else { options.rounds } {
                // A round that would overrun the budget is not started.
                let round_cost = gauge[0] * repeat[0] as f64 + gauge[1] * repeat[1] as f64;
                if started.elapsed().as_secs_f64() + round_cost > options.budget.as_secs_f64() {
                    break;
                }
                for (k, program) in [&mut *candidate, &mut *reference].into_iter().enumerate() {
                    let batch_budget = Budget {
                        cpu: per_call.cpu * repeat[k] as u32,
                        wall: per_call.wall * repeat[k] as u32,
                    };
                    let Some(fresh) = inputs.get(next[k]..next[k] + repeat[k] as usize) else {
                        continue;
                    };
                    next[k] += fresh.len();
                    let verifier = (k == 0).then_some(&mut self.verifier);
                    match program.batch(n, fresh, self.take, batch_budget, verifier)? {
                        Batch::PerCall(t, _) => best[k] = best[k].min(t),
                        Batch::Failed(why) => {
                            stopped = Some(format!("at n = {n}, {why}"));
                            break 'sizes;
                        }
                        Batch::Wrong(why) => {
                            self.wrong = Some(why);
                            break 'sizes;
                        }
                    }
                }
            }
            // Without a full round (a blow-up, or the budget), the single gauged call stands.
            for k in 0..2 {
                if !best[k].is_finite() {
                    best[k] = gauge[k];
                }
            }
            // Read again: a group whose peak cannot be reset hands memory to the process.
            let same_memory_accounting =
                candidate.process.accounting().memory == reference.process.accounting().memory;
            samples.push(Sample {
                n,
                candidate: best[0],
                reference: best[1],
                candidate_bytes: bytes[0].filter(|_| same_memory_accounting),
                reference_bytes: bytes[1].filter(|_| same_memory_accounting),
            });
            (self.on_event)(&JudgeEvent::Measured { n });
            if blew_up {
                stopped = Some(format!(
                    "one call at n = {n} took {:.0} ms, over the {} ms limit",
                    gauge[0] * 1000.0,
                    problem.limits.time_ms
                ));
                break;
            }
        }
        Ok((samples, stopped))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_grow_geometrically_to_n_max() {
        // 10_000 / 128 doubled each step; a value exactly on .5 may round either way
        // depending on the platform's `powf`, so allow one unit.
        let got = sizes(10_000, 8);
        let want = [
            78.125, 156.25, 312.5, 625.0, 1250.0, 2500.0, 5000.0, 10_000.0,
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (g, w) in got.iter().zip(want) {
            assert!((*g as f64 - w).abs() <= 1.0, "{got:?}");
        }
        assert_eq!(got.last(), Some(&10_000));
        assert_eq!(
            small_sizes(100),
            vec![4, 6, 8, 10, 12, 14, 16, 23, 32, 45, 64, 91]
        );
        assert!(small_sizes(8).iter().all(|&n| n < 8));
        let small = sizes(20, 8);
        assert_eq!(small.first(), Some(&8));
        assert_eq!(small.last(), Some(&20));
        assert!(small.windows(2).all(|w| w[0] < w[1]), "{small:?}");
    }
}
