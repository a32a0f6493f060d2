//! Measured time complexity: the submission and the reference solution timed on the problem's
//! generated inputs at growing sizes, by the kernel's CPU accounting of each program (never by a
//! timer the submission could patch): the CPU time of every process it started, exited ones
//! included, where a cgroup counts them (so work moved into a child process is measured), of its
//! own process otherwise. The reference is counted the same way as the submission (a trusted
//! process in cgroups of its own, not isolated).
//!
//! Sizes grow geometrically up to the problem's `n_max`. The reference is timed alone once per
//! machine along the ladder, several rounds a size, and that *profile* is cached
//! (`profile.rs`); it ends below the size where one reference call would take over
//! [`REFERENCE_CAP`], which bounds every later judging's time. A judging then times the
//! submission at each of the profile's sizes: first one call to gauge the time, then rounds of
//! batches (several fresh inputs, staged untimed, then called back to back in one timed
//! exchange; one round once a call takes [`LONG_CALL`]); its time at a size is its fastest
//! round, per call. At each size two calibration batches of the reference run beside it, one
//! before the submission's rounds and one after, the faster counting: the profile gives the
//! reference's shape, this run's calibration its level under this run's load
//! (the median factor over the sizes); a level more than [`STALE_PROFILE`] times off means the
//! profile is stale, so this run's calibration times stand and the profile is measured again
//! next time. The budget is CPU time: what the two programs spent on the measurement's exchanges
//! (staging inputs, timed calls), which other work on the machine changes far less than wall
//! time, so judgings under the same load reach the same sizes (under a CPU hog, a wall-clock
//! budget ended six judgings of one quadratic solution at n = 5000 in two and n = 10000 in four;
//! this budget at n = 5000 in all six, where a quiet machine reaches 10000: a busy CPU's calls
//! cost somewhat more CPU time too); a wall-clock
//! backstop of [`WALL_BACKSTOP`] times the budget bounds a machine so busy the programs rarely
//! run. Measurement stops early when the budget runs out or the submission's single call
//! exceeds the problem's time limit (a blow-up: exponential, or quadratic where linear is
//! wanted); the points measured so far still count. Making the inputs and profiling the
//! reference are not part of the budget. A submission too slow for even the first size (one
//! call over a sixteenth of the budget) is measured again on small sizes instead: 4 to 16 in
//! steps of two, then growing by √2.
//!
//! Memory is read at the same time, from the kernel: around each size's first (single) call,
//! the program's peak memory (its memory cgroup's, every process's; its own resident set where
//! it has no group) is reset to its current size, which includes the staged input, and read
//! back after; the growth is what the call itself held at its peak (the reference's from its
//! profile). Where the two programs' memory cannot be counted the same way (one has a memory
//! cgroup, the other not), no memory is reported rather than two incomparable figures.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use onsite_problems::{CaseSource, Compare, Problem, TestCase};
use onsite_types::{ComplexityClass, EdgeCategory};
use serde::Serialize;
use serde_json::{json, Value};

use crate::judge::{
    candidate_limits, check_with, describe_reply, item_cap, reply_cap, Judge, JudgeEvent,
    PackageCode, PreparedTest, Submission,
};
use crate::process::{Budget, HarnessProcess, Reply};
use crate::profile::{Profile, ProfileFile, ProfiledSize};
use crate::JudgeError;

/// How much measuring may cost.
#[derive(Debug, Clone, Copy)]
pub struct MeasureOptions {
    /// Budget of CPU time for the whole measurement: the submission's and the reference's, on
    /// staging inputs and timed calls (default 5 s; see the module docs).
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
/// From this time per call on, one round after the gauge call suffices: the CPU clock's
/// resolution and the exchange's fixed cost are far below it.
const LONG_CALL: Duration = Duration::from_millis(100);
/// Rounds of the reference's profile, timed once per machine.
const PROFILE_ROUNDS: usize = 5;
/// The profile, and so every judging, stops below the size whose reference call would take
/// longer than this, once it has [`MIN_PROFILE_SIZES`] sizes.
const REFERENCE_CAP: Duration = Duration::from_millis(150);
/// Sizes a profile has before [`REFERENCE_CAP`] may end it.
const MIN_PROFILE_SIZES: usize = 5;
/// A run whose reference calls are this many times faster or slower than its profile (the
/// median over the sizes), or one size's this many times faster than that median, finds the
/// profile stale.
const STALE_PROFILE: f64 = 3.0;
/// How much more than the process's own growth a memory cgroup's may show from the kernel's
/// batched charging alone (64 pages a CPU, two CPUs).
const CHARGE_BATCH: u64 = 512 << 10;
/// The least ratio of the largest size to the smallest over which a polynomial target's
/// growth is measured.
const MIN_SPAN: f64 = 8.0;
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

/// A loaded machine may stretch a measurement's wall time to this many times its CPU budget.
const WALL_BACKSTOP: u32 = 3;

/// The measurement's clock: the CPU time both programs spent on its exchanges so far.
#[derive(Clone, Default)]
struct Meter(Rc<Cell<Duration>>);

impl Meter {
    fn spent(&self) -> Duration {
        self.0.get()
    }

    fn charge(&self, cpu: Duration) {
        self.0.set(self.0.get() + cpu);
    }

    /// The point `budget` of CPU time from now, with its wall-clock backstop.
    fn deadline(&self, budget: Duration) -> Deadline {
        Deadline {
            cpu: self.spent() + budget,
            wall: Instant::now() + budget * WALL_BACKSTOP,
        }
    }

    /// CPU time left before `deadline` (none once its backstop has passed).
    fn left(&self, deadline: &Deadline) -> Duration {
        if Instant::now() >= deadline.wall {
            return Duration::ZERO;
        }
        deadline.cpu.saturating_sub(self.spent())
    }
}

/// Where a part of the measurement must end: a meter reading, or a wall-clock instant.
#[derive(Clone, Copy)]
struct Deadline {
    cpu: Duration,
    wall: Instant,
}

/// One program taking part in the measurement.
struct Timed {
    process: HarnessProcess,
    name: &'static str,
    /// Charged with the CPU time of every exchange.
    meter: Meter,
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
                        self.checker = Some(self.judge.start_trusted(
                            self.problem,
                            PackageCode::Checker,
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
        self.meter.charge(staged.cpu);
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
            .then(|| (self.process.resident(), self.process.own_resident()));
        // The same request as a test's staged call: the solution runs below the same frames.
        let ex = self.process.request(json!({"type": "go"}), budget)?;
        self.meter.charge(ex.cpu);
        let extra = before.and_then(|(all, own)| {
            let grown = |before: Option<onsite_cage::Resident>,
                         after: Option<onsite_cage::Resident>| {
                before
                    .zip(after)
                    .map(|(before, after)| after.peak.saturating_sub(before.now))
            };
            let all = grown(all, self.process.resident());
            let own = grown(own, self.process.own_resident());
            // A memory cgroup charges pages in batches (a few hundred KiB a CPU), too coarse
            // for an O(n) dict of 10^4 keys against O(1); the process's own count is exact to
            // the page. The group's stands where it is clearly more: memory in a child.
            match (all, own) {
                (Some(all), Some(own)) if all <= own + CHARGE_BATCH => Some(own),
                (all, own) => all.or(own),
            }
        });
        let per_call = Batch::PerCall(ex.cpu.as_secs_f64() / repeat as f64, extra);
        let values = match &ex.reply {
            Reply::Message(m) if m["type"] == "result" && repeat == 1 => vec![m["value"].clone()],
            Reply::Message(m) if m["type"] == "timed" && repeat > 1 => {
                if verifier.is_none() {
                    return Ok(per_call);
                }
                let fetched = self.process.request(json!({"type": "values"}), staging)?;
                self.meter.charge(fetched.cpu);
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
        self.measure_until(
            problem,
            submission,
            options,
            &AtomicBool::new(false),
            on_event,
        )
    }

    /// [`Judge::measure`], given up between two sizes once `stop` is set (by a caller that
    /// measures while the tests run and learns the submission failed one).
    pub fn measure_until(
        &self,
        problem: &Problem,
        submission: &Submission,
        options: MeasureOptions,
        stop: &AtomicBool,
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
        let meter = Meter::default();
        let mut reference = Timed {
            process: self.start_measured_reference(problem, reference_dir.path())?,
            name: "the reference",
            meter: meter.clone(),
        };
        let mut limits = candidate_limits(problem, 1);
        limits.cpu_seconds = Some(options.budget.as_secs() * 2 + 10);
        let limits = crate::hard_limits::within_hard_limits(limits);
        let mut run = Ladder {
            judge: self,
            problem,
            options,
            take,
            on_event,
            verifier: Verifier {
                judge: self,
                problem,
                checker: None,
                dir: None,
            },
            wrong: None,
            spent: Duration::ZERO,
            meter: meter.clone(),
            stop,
        };
        let geometric = if problem.complexity.time >= ComplexityClass::Exponential
            && problem.n_max <= SMALL_EXPONENTIAL_N
        {
            consecutive_sizes(problem.n_max)
        } else {
            sizes(problem.n_max, options.sizes)
        };
        let smallest = geometric.first().copied().unwrap_or(8);
        // Over sizes this close together a polynomial's degree is lost in fixed costs (at
        // most 30 stones): nothing is timed. Exponential growth shows over a few steps.
        let span = geometric.last().copied().unwrap_or(smallest) as f64 / smallest as f64;
        if span < MIN_SPAN && problem.complexity.time < ComplexityClass::Exponential {
            return Ok(Some(Measurement {
                samples: Vec::new(),
                stopped: Some(format!(
                    "the problem's inputs (n ≤ {}) are too small for the growth to show",
                    problem.n_max
                )),
                elapsed_ms: 0.0,
                wrong: None,
            }));
        }
        let mut result = Climbed::default();
        // First the sizes up to n_max; when even the smallest blows up (an exponential
        // solution), small sizes in steps of two, where exponential growth can be seen.
        for ladder in [geometric, small_sizes(smallest)] {
            if run.stopped() {
                result.stopped = Some("given up: the submission failed a test".into());
                break;
            }
            if ladder.is_empty() {
                continue;
            }
            (run.on_event)(&JudgeEvent::Measuring {
                sizes: ladder.len(),
            });
            // Making the inputs (cached after the first time) is not part of the budget; it
            // stops between inputs once a test has failed.
            let Some(groups) = run.inputs(&ladder)? else {
                result.stopped = Some("given up: the submission failed a test".into());
                break;
            };
            let file = ProfileFile::new(
                self.cache_dir.as_deref(),
                problem,
                &self.python().executable,
                reference.process.accounting(),
                &ladder,
                take,
            );
            let profile = match file.load() {
                Some(profile) => profile,
                None => {
                    let profile = run.profile(&ladder, &groups, &mut reference)?;
                    file.store(&profile);
                    profile
                }
            };
            if profile.sizes.is_empty() {
                result.stopped = Some("the reference could not be timed on these inputs".into());
                break;
            }
            let process = match self.load_candidate(
                problem,
                submission,
                workdir.path(),
                limits.clone(),
                item_cap(groups.iter().flatten().map(|t| &t.expected)),
            )? {
                Ok(p) => p,
                Err(why) => {
                    result = Climbed {
                        stopped: Some(format!("the submission did not load: {why}")),
                        ..Climbed::default()
                    };
                    break;
                }
            };
            let mut candidate = Timed {
                process,
                name: "the submission",
                meter: meter.clone(),
            };
            result = run.climb(&profile, &groups, &mut candidate, &mut reference)?;
            if result.stale {
                tracing::info!(
                    slug = %problem.slug,
                    "the reference's warm profile no longer matches this machine; measured afresh next time"
                );
                file.forget();
            }
            if result.samples.len() >= 3 || run.out_of_budget() || run.wrong.is_some() {
                break;
            }
        }
        let wrong = run.wrong.take();
        Ok(Some(Measurement {
            samples: if wrong.is_some() {
                Vec::new()
            } else {
                result.samples
            },
            stopped: result.stopped,
            elapsed_ms: started.elapsed().as_secs_f64() * 1000.0,
            wrong,
        }))
    }
}

/// The largest n of an exponential problem measured size by size instead of geometrically.
const SMALL_EXPONENTIAL_N: u64 = 16;

/// Every size from eight below `n_max` (at least 2) to `n_max`: an exponential problem's inputs
/// are small (subsets of at most 10 values), and a geometric ladder from 8 would time only
/// n = 8, 9 and 10, too close for the ratio's growth to stand out of the noise. From six below,
/// subsets' iterative solution was still "could not tell" in 7 of 10 judgings under load; from
/// eight below (n = 2 to 10, five times apart), 0 of 10.
fn consecutive_sizes(n_max: u64) -> Vec<u64> {
    (n_max.saturating_sub(8).max(2)..=n_max.max(2)).collect()
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

/// The next size's single call, extrapolated from the last two sizes' growth.
fn extrapolate(times: &[(u64, f64)], n: u64) -> Option<f64> {
    let [.., (n0, t0), (n1, t1)] = times else {
        return None;
    };
    let step = (n as f64 / *n1 as f64).ln() / (*n1 as f64 / *n0 as f64).ln();
    let predicted = t1 * (t1 / t0).powf(step);
    predicted.is_finite().then_some(predicted)
}

/// The median of some positive factors.
fn median(mut xs: Vec<f64>) -> Option<f64> {
    xs.retain(|x| x.is_finite() && *x > 0.0);
    xs.sort_by(f64::total_cmp);
    let mid = xs.len() / 2;
    match xs.len() {
        0 => None,
        len if len % 2 == 1 => Some(xs[mid]),
        _ => Some((xs[mid - 1] + xs[mid]) / 2.0),
    }
}

/// What climbing one ladder found.
#[derive(Default)]
struct Climbed {
    samples: Vec<Sample>,
    /// Why it stopped before the profile's last size.
    stopped: Option<String>,
    /// The reference's calibration calls disagreed with its profile by more than
    /// [`STALE_PROFILE`]: the profile's times were replaced by this run's.
    stale: bool,
}

/// How one program is timed at one size.
struct SizePlan {
    /// Rounds after the gauge call (one when a call takes [`LONG_CALL`] or more; none when the
    /// gauge call is over `limit`).
    rounds: usize,
    /// Whether rounds may reuse the size's inputs (the trusted reference) or must each take
    /// inputs the program has not seen (the submission).
    reuse: bool,
    /// A gauge call over this many seconds is a blow-up: no rounds.
    limit: f64,
    /// Budget of one call.
    per_call: Budget,
    /// No round starts that would end after this.
    deadline: Deadline,
}

/// How one program did at one size.
enum AtSize {
    /// Seconds per call (the fastest round), the gauge call's time, and the extra memory the
    /// gauge call held.
    Timed {
        best: f64,
        gauge: f64,
        bytes: Option<u64>,
    },
    /// The program failed; why.
    Failed(String),
    /// The submission returned a wrong value; what was wrong.
    Wrong(String),
}

impl Timed {
    /// Gauge the program with one call on the size's first input, then time rounds of batches
    /// sized to [`BATCH_TARGET`]; the fastest round's time per call counts (the gauge call's
    /// too where rounds are single calls, which it is comparable with).
    fn at_size(
        &mut self,
        n: u64,
        inputs: &[&PreparedTest],
        take: Option<u64>,
        plan: &SizePlan,
        mut verifier: Option<&mut Verifier>,
    ) -> Result<AtSize, JudgeError> {
        let (gauge, bytes) = match self.batch(
            n,
            &inputs[..1],
            take,
            plan.per_call,
            verifier.as_deref_mut(),
        )? {
            Batch::PerCall(t, extra) => (t, extra),
            Batch::Failed(why) => return Ok(AtSize::Failed(why)),
            Batch::Wrong(why) => return Ok(AtSize::Wrong(why)),
        };
        let rounds = if gauge > plan.limit {
            0
        } else if gauge >= LONG_CALL.as_secs_f64() {
            1
        } else {
            plan.rounds
        };
        let pool = &inputs[1..];
        let per_round = if plan.reuse {
            pool.len()
        } else {
            pool.len() / plan.rounds.max(1)
        };
        let repeat = ((BATCH_TARGET.as_secs_f64() / gauge.max(1e-7)).ceil() as usize)
            .clamp(1, (MAX_REPEAT as usize).min(per_round).max(1));
        let mut best = if repeat == 1 { gauge } else { f64::INFINITY };
        let mut next = 0;
        for _ in 0..rounds {
            let left = self.meter.left(&plan.deadline);
            if gauge * repeat as f64 > left.as_secs_f64() || pool.is_empty() {
                break;
            }
            let batch: Vec<&PreparedTest> = if plan.reuse {
                (0..repeat).map(|j| pool[(next + j) % pool.len()]).collect()
            } else {
                match pool.get(next..next + repeat) {
                    Some(fresh) => fresh.to_vec(),
                    None => break,
                }
            };
            next += repeat;
            let budget = Budget {
                cpu: plan.per_call.cpu * repeat as u32,
                wall: plan.per_call.wall * repeat as u32,
            };
            match self.batch(n, &batch, take, budget, verifier.as_deref_mut())? {
                Batch::PerCall(t, _) => best = best.min(t),
                Batch::Failed(why) => return Ok(AtSize::Failed(why)),
                Batch::Wrong(why) => return Ok(AtSize::Wrong(why)),
            }
        }
        Ok(AtSize::Timed {
            best: if best.is_finite() { best } else { gauge },
            gauge,
            bytes,
        })
    }
}

/// One measuring run: the problem, the budget and the clock.
struct Ladder<'a, 'e> {
    judge: &'a Judge,
    problem: &'a Problem,
    options: MeasureOptions,
    take: Option<u64>,
    on_event: &'e mut dyn FnMut(&JudgeEvent),
    verifier: Verifier<'a>,
    /// What a measured call returned wrong, once one did.
    wrong: Option<String>,
    /// CPU time spent timing the submission and calibrating the reference so far: the budget
    /// is for that.
    spent: Duration,
    /// The measurement's clock.
    meter: Meter,
    /// Set by the caller to give up.
    stop: &'a AtomicBool,
}

impl Ladder<'_, '_> {
    fn out_of_budget(&self) -> bool {
        self.spent > self.options.budget
    }

    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// The time limit of one call, and a budget for it.
    fn per_call(&self) -> (f64, Budget) {
        let limit = Duration::from_millis(self.problem.limits.time_ms);
        (
            limit.as_secs_f64(),
            Budget {
                cpu: limit * 2,
                wall: limit * 4 + Duration::from_secs(1),
            },
        )
    }

    /// The inputs for each size of a ladder (several random ones per size, so that a cost that
    /// depends on where the answer lies is averaged instead of hanging on one draw), from the
    /// package's worst-case family when it declares one, with the reference's answers; `None`
    /// when a failed test stopped making them.
    fn inputs(&self, sizes: &[u64]) -> Result<Option<Vec<Vec<PreparedTest>>>, JudgeError> {
        let kind = &self.problem.complexity.measure_kind;
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
        let refs: Vec<&TestCase> = cases.iter().collect();
        let prepared = self.judge.prepare_until(self.problem, &refs, self.stop)?;
        if prepared.len() < refs.len() {
            return Ok(None);
        }
        let mut prepared = prepared.into_iter();
        Ok(Some(
            (0..sizes.len())
                .map(|i| prepared.by_ref().take(inputs_at(i) as usize).collect())
                .collect(),
        ))
    }

    /// Time the reference alone along the ladder, [`PROFILE_ROUNDS`] rounds a size, until the
    /// top, or until its next call would take over [`REFERENCE_CAP`] (after
    /// [`MIN_PROFILE_SIZES`] sizes): sizes where one reference call costs more would make every
    /// judging slow and decide nothing the smaller sizes do not.
    fn profile(
        &mut self,
        sizes: &[u64],
        groups: &[Vec<PreparedTest>],
        reference: &mut Timed,
    ) -> Result<Profile, JudgeError> {
        let (limit, per_call) = self.per_call();
        let deadline = self.meter.deadline(self.options.budget);
        let mut profile = Profile {
            sizes: Vec::new(),
            complete: true,
        };
        for (&n, inputs) in sizes.iter().zip(groups) {
            if self.stopped() {
                profile.complete = false;
                break;
            }
            let times: Vec<(u64, f64)> = profile.sizes.iter().map(|s| (s.n, s.seconds)).collect();
            if let Some(predicted) = extrapolate(&times, n) {
                if times.len() >= MIN_PROFILE_SIZES && predicted > REFERENCE_CAP.as_secs_f64() {
                    break;
                }
                if predicted > self.meter.left(&deadline).as_secs_f64() {
                    profile.complete = false;
                    break;
                }
            }
            if self.meter.left(&deadline).is_zero() {
                profile.complete = false;
                break;
            }
            let inputs: Vec<&PreparedTest> = inputs.iter().collect();
            let plan = SizePlan {
                rounds: PROFILE_ROUNDS,
                reuse: true,
                limit,
                per_call,
                deadline,
            };
            match reference.at_size(n, &inputs, self.take, &plan, None)? {
                AtSize::Timed { best, bytes, .. } => {
                    profile.sizes.push(ProfiledSize {
                        n,
                        seconds: best,
                        bytes,
                    });
                    if best > limit {
                        break;
                    }
                }
                AtSize::Failed(why) | AtSize::Wrong(why) => {
                    tracing::warn!(slug = %self.problem.slug, n, %why, "the reference failed while being profiled");
                    profile.complete = false;
                    break;
                }
            }
        }
        Ok(profile)
    }

    /// Time the submission at each size of the reference's profile in turn, smallest first,
    /// with one calibration batch of the reference at each size, until the sizes, the budget
    /// or the submission's patience run out.
    fn climb(
        &mut self,
        profile: &Profile,
        groups: &[Vec<PreparedTest>],
        candidate: &mut Timed,
        reference: &mut Timed,
    ) -> Result<Climbed, JudgeError> {
        let (problem, options) = (self.problem, self.options);
        // The values of a batch come in one reply.
        let most = (MAX_INPUTS_PER_SIZE as usize - 1) / options.rounds.max(1);
        candidate.process.set_frame_limit(
            reply_cap(groups.iter().flatten().map(|t| &t.expected)).saturating_mul(most.max(1)),
        );
        let (limit, per_call) = self.per_call();
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
        let began = self.meter.spent();
        let deadline = self
            .meter
            .deadline(options.budget.saturating_sub(self.spent));
        let mut out = Climbed::default();
        // This run's reference time at each size, from its calibration batch.
        let mut calibrated = Vec::new();
        for (profiled, inputs) in profile.sizes.iter().zip(groups) {
            let n = profiled.n;
            if self.stopped() {
                out.stopped = Some("given up: the submission failed a test".into());
                break;
            }
            if self.meter.left(&deadline).is_zero() {
                out.stopped = Some(format!(
                    "the measuring budget of {} ms of CPU time ran out before n = {n}",
                    options.budget.as_millis()
                ));
                break;
            }
            let times: Vec<(u64, f64)> = out.samples.iter().map(|s| (s.n, s.candidate)).collect();
            if let Some(predicted) = extrapolate(&times, n) {
                if predicted > self.meter.left(&deadline).as_secs_f64() {
                    out.stopped = Some(format!(
                        "n = {n} would take about {:.0} ms a call, beyond the measuring budget",
                        predicted * 1000.0
                    ));
                    break;
                }
            }
            let inputs: Vec<&PreparedTest> = inputs.iter().collect();
            // The reference's calibration at this size: a batch before the submission's rounds
            // and one after, the better counting, as the submission's time is its best round.
            // A level from one batch would carry a burst of load into the comparison, always
            // in the submission's favour; two apart in time rarely share a burst.
            let first =
                match calibrate(reference, n, profiled.seconds, &inputs, self.take, per_call)? {
                    Ok(t) => t,
                    Err(why) => {
                        out.stopped = Some(format!("at n = {n}, {why}"));
                        break;
                    }
                };
            let plan = SizePlan {
                rounds: options.rounds,
                reuse: false,
                limit,
                per_call,
                deadline,
            };
            let (best, gauge, bytes) =
                match candidate.at_size(n, &inputs, self.take, &plan, Some(&mut self.verifier))? {
                    AtSize::Timed { best, gauge, bytes } => (best, gauge, bytes),
                    AtSize::Failed(why) => {
                        out.stopped = Some(format!("at n = {n}, {why}"));
                        break;
                    }
                    AtSize::Wrong(why) => {
                        self.wrong = Some(why);
                        break;
                    }
                };
            // Too slow for even the first size to be measured within the budget: stop here
            // and leave the budget to smaller sizes.
            if out.samples.is_empty() && gauge > options.budget.as_secs_f64() / SLOW_START {
                out.stopped = Some(format!(
                    "one call at n = {n} took {:.0} ms, too slow to measure from there",
                    gauge * 1000.0
                ));
                break;
            }
            // The reference's second calibration batch, after the submission's rounds.
            let calibration =
                match calibrate(reference, n, profiled.seconds, &inputs, self.take, per_call)? {
                    Ok(t) => first.min(t),
                    Err(why) => {
                        out.stopped = Some(format!("at n = {n}, {why}"));
                        break;
                    }
                };
            calibrated.push(calibration);
            // Read again: a group whose peak cannot be reset hands memory to the process.
            let same_memory_accounting =
                candidate.process.accounting().memory == reference.process.accounting().memory;
            out.samples.push(Sample {
                n,
                candidate: best,
                reference: profiled.seconds,
                candidate_bytes: bytes.filter(|_| same_memory_accounting),
                reference_bytes: profiled.bytes.filter(|_| same_memory_accounting),
            });
            (self.on_event)(&JudgeEvent::Measured { n });
            // A single call over the time limit is a blow-up: no larger sizes.
            if gauge > limit {
                out.stopped = Some(format!(
                    "one call at n = {n} took {:.0} ms, over the {} ms limit",
                    gauge * 1000.0,
                    problem.limits.time_ms
                ));
                break;
            }
        }
        self.spent += self.meter.spent().saturating_sub(began);
        // The profile gives the reference's shape; this run's calibration calls its level
        // under this run's load. A level far off means the profile is stale: this run's own
        // calls stand instead.
        let factors: Vec<f64> = out
            .samples
            .iter()
            .zip(&calibrated)
            .map(|(s, t)| t / s.reference)
            .collect();
        let level = median(factors.clone());
        tracing::debug!(slug = %problem.slug, ?factors, ?level, "the reference's calibration against its profile");
        // A calibration batch can only be slowed by load, never sped up: one far below the
        // level means the profile itself was slowed at that size (a burst while profiling).
        let inflated =
            level.is_some_and(|level| factors.iter().any(|f| *f < level / STALE_PROFILE));
        match level {
            Some(level) if !inflated && (1.0 / STALE_PROFILE..=STALE_PROFILE).contains(&level) => {
                for s in &mut out.samples {
                    s.reference *= level;
                }
            }
            Some(_) => {
                out.stale = true;
                for (s, t) in out.samples.iter_mut().zip(&calibrated) {
                    s.reference = *t;
                }
            }
            None => {}
        }
        Ok(out)
    }
}

/// One calibration batch of the reference at size `n` (whose profiled time per call is
/// `profiled` seconds): about [`BATCH_TARGET`] of calls on the size's first inputs; the time per call, or why the reference could not be timed.
fn calibrate(
    reference: &mut Timed,
    n: u64,
    profiled: f64,
    inputs: &[&PreparedTest],
    take: Option<u64>,
    per_call: Budget,
) -> Result<Result<f64, String>, JudgeError> {
    let repeat = ((BATCH_TARGET.as_secs_f64() / profiled.max(1e-7)).ceil() as usize)
        .clamp(1, inputs.len().max(1));
    let budget = Budget {
        cpu: per_call.cpu * repeat as u32,
        wall: per_call.wall * repeat as u32,
    };
    Ok(
        match reference.batch(n, &inputs[..repeat.min(inputs.len())], take, budget, None)? {
            Batch::PerCall(t, _) => Ok(t),
            Batch::Failed(why) | Batch::Wrong(why) => Err(why),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meter_counts_every_programs_cpu_time_and_ends_at_its_backstop() {
        let meter = Meter::default();
        // The reference's and the submission's `Timed` hold clones of one meter.
        let other = meter.clone();
        let deadline = meter.deadline(Duration::from_secs(10));
        assert_eq!(meter.left(&deadline), Duration::from_secs(10));
        other.charge(Duration::from_secs(6));
        assert_eq!(meter.left(&deadline), Duration::from_secs(4));
        meter.charge(Duration::from_secs(6));
        assert!(meter.left(&deadline).is_zero());
        // Past its wall-clock backstop a deadline leaves nothing, whatever the CPU reading.
        let backstop = Deadline {
            cpu: meter.spent() + Duration::from_secs(10),
            wall: Instant::now(),
        };
        assert!(meter.left(&backstop).is_zero());
    }

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
        // Subsets of at most 10 values: n = 2 to 10, not 8 to 10.
        assert_eq!(consecutive_sizes(10), (2..=10).collect::<Vec<u64>>());
        assert_eq!(consecutive_sizes(16), (8..=16).collect::<Vec<u64>>());
        assert_eq!(consecutive_sizes(4), vec![2, 3, 4]);
        let small = sizes(20, 8);
        assert_eq!(small.first(), Some(&8));
        assert_eq!(small.last(), Some(&20));
        assert!(small.windows(2).all(|w| w[0] < w[1]), "{small:?}");
    }
}
