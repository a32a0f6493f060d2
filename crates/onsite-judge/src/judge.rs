//! The judging loop: prepare the tests, run the submission one test at a time, classify each
//! outcome, and assemble the report.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use onsite_cage::{Exit, Limits};
use onsite_problems::{CaseSource, Compare, Kind, Problem, Signature, TestCase};
use onsite_types::Verdict;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::compare;
use crate::hard_limits::within_hard_limits;
use crate::process::{Budget, Exchange, HarnessProcess, Reply};
use crate::protocol::{HARNESS_SOURCE, PROTOCOL_VERSION};
use crate::python::Python;
use crate::report::{FailedTest, Failure, JudgeReport, TestRecord};
use crate::JudgeError;

/// Where a caged submission's process finds the harness bytecode.
const CAGED_BYTECODE: &str = "/onsite/harness.pyc";
/// Processes and threads a caged submission may have at once (enforced by a pids cgroup).
const CAGE_PROCESSES: u64 = 32;
/// Python's own footprint, allowed on top of a problem's memory limit.
const INTERPRETER_GRACE_MB: u64 = 160;
/// Memory the interpreter and the harness hold besides the solution's own data (measured
/// ~12 MB for CPython 3.11 with the harness loaded), on top of the problem's memory limit.
const MEMORY_GRACE_MB: u64 = 24;
/// The largest reply to `load` read from a submission's process before its problem's own cap
/// is set (a load is answered with a traceback at most).
const LOAD_REPLY_CAP: usize = 1 << 20;
/// Longest excerpt of an input or output shown in a report.
const SHOWN_CHARS: usize = 300;

/// Which tests to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The visible examples only (`onsite run`).
    Examples,
    /// Examples and hidden tests (`onsite judge`).
    All,
    /// Examples and hidden tests, stopping at the first that fails: for callers that need only
    /// whether a solution passes (`onsite problems verify` judging mutants). The report then
    /// covers the tests run.
    UntilFailure,
}

/// A submission's source.
#[derive(Debug, Clone)]
pub struct Submission {
    /// Its file name, as tracebacks show it.
    pub filename: String,
    /// Its source.
    pub source: String,
}

/// Progress while judging.
#[derive(Debug, Clone)]
pub enum JudgeEvent {
    /// Tests are about to run.
    Started {
        /// How many.
        total: usize,
    },
    /// One test finished (`None`: skipped).
    TestFinished {
        /// 1-based number.
        number: usize,
        /// Its verdict.
        verdict: Option<Verdict>,
    },
    /// Measuring how the time grows has started (after the tests).
    Measuring {
        /// How many sizes at most.
        sizes: usize,
    },
    /// One size was measured.
    Measured {
        /// The size.
        n: u64,
    },
}

/// A test with its input and expected output resolved.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PreparedTest {
    /// The arguments by name (or operations and arguments).
    pub input: Value,
    /// The expected output.
    pub expected: Value,
}

/// The judge: an interpreter and a cache directory.
#[derive(Debug, Clone)]
pub struct Judge {
    python: Python,
    pub(crate) cache_dir: Option<PathBuf>,
    launch: std::sync::OnceLock<crate::protocol::Launch>,
    /// Whether submissions run isolated; decided by the first one (see [`Judge::spawn`]).
    isolated: std::sync::OnceLock<bool>,
    /// Whether to keep a warm submission process ready (see [`Judge::keep_warm`]).
    keep_warm: bool,
    /// A started, caged harness that has run no submission yet (shared by clones).
    warm: std::sync::Arc<std::sync::Mutex<Option<Warm>>>,
    /// A started trusted harness for a custom checker, which has loaded no checker yet.
    warm_checker: std::sync::Arc<std::sync::Mutex<Option<Warm>>>,
    /// The thread that starts warm processes and disposes of used ones (shared by clones;
    /// started on first need when [`Judge::keep_warm`] is on).
    keeper: std::sync::Arc<std::sync::OnceLock<Keeper>>,
}

/// What a run holds that must go when it ends: its processes first (killed, their cgroups
/// removed), then the directories their roots were built on.
struct Held {
    processes: Vec<HarnessProcess>,
    dirs: Vec<tempfile::TempDir>,
}

impl Drop for Held {
    fn drop(&mut self) {
        self.processes.clear();
        self.dirs.clear();
    }
}

/// Work for a [`Keeper`].
enum Chore {
    /// Start the warm processes that are missing; answer on the channel when given one.
    Refill(Option<std::sync::mpsc::SyncSender<Result<(), JudgeError>>>),
    /// Kill and remove what a run used.
    Dispose(Held),
}

/// The thread of a judge that keeps processes warm: it starts them (a caged process dies with
/// the thread that started it, so they live as long as this thread, that is as long as the
/// judge and its clones) and disposes of the ones a run used, so that neither sits between a
/// submission and its report. Dropped with the last clone of the judge: it then finishes its
/// chores and is waited for, so that nothing it started outlives the judge.
#[derive(Debug)]
struct Keeper {
    chores: Option<std::sync::mpsc::Sender<Chore>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Keeper {
    fn start(worker: Judge) -> std::io::Result<Keeper> {
        let (chores, inbox) = std::sync::mpsc::channel::<Chore>();
        let thread = std::thread::Builder::new()
            .name("onsite-keeper".into())
            .spawn(move || {
                for chore in inbox {
                    match chore {
                        Chore::Refill(reply) => {
                            let filled = worker.fill();
                            match reply {
                                Some(reply) => {
                                    let _ = reply.send(filled);
                                }
                                None => {
                                    if let Err(e) = filled {
                                        tracing::warn!(%e, "could not start the next warm process");
                                    }
                                }
                            }
                        }
                        Chore::Dispose(held) => drop(held),
                    }
                }
            })?;
        Ok(Keeper {
            chores: Some(chores),
            thread: Some(thread),
        })
    }

    /// Hand a chore over; gives it back if the thread is gone.
    fn send(&self, chore: Chore) -> Result<(), Chore> {
        match &self.chores {
            Some(chores) => chores.send(chore).map_err(|e| e.0),
            None => Err(chore),
        }
    }
}

impl Drop for Keeper {
    fn drop(&mut self) {
        drop(self.chores.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A submission process started ahead of time: interpreter up, harness loaded, in its cage,
/// waiting for its submission with generous limits that `load` lowers.
struct Warm {
    /// The directory its private root was built on; it must live as long as the process.
    workdir: tempfile::TempDir,
    process: HarnessProcess,
}

impl std::fmt::Debug for Warm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Warm")
            .field("workdir", &self.workdir.path())
            .finish_non_exhaustive()
    }
}

/// Limits of a warm process before it knows its problem; every one that depends on the problem
/// is lowered before the submission runs (the cgroup's by the judge, the rlimits by the
/// harness, which can lower but never raise them again).
fn warm_limits() -> Limits {
    let mb = 1 << 20;
    within_hard_limits(Limits {
        address_space: Some(8192 * mb),
        cpu_seconds: Some(3600),
        stack: Some(64 * mb),
        open_files: Some(64),
        file_size: Some(16 * mb),
        processes: Some(CAGE_PROCESSES),
        memory: Some(2048 * mb),
    })
}

/// A problem's interface as the harness receives it: the signature (or designed class) with
/// its argument and return types in wire form.
pub fn problem_wire(problem: &Problem) -> Value {
    let args = |args: &[onsite_problems::Arg]| -> Vec<Value> {
        args.iter()
            .map(|a| json!({"name": a.name, "type": a.ty.wire()}))
            .collect()
    };
    match &problem.kind {
        Kind::Function(sig) => json!({"signature": {
            "function": sig.function,
            "leetcode_method": sig.leetcode_method,
            "args": args(&sig.args),
            "returns": sig.returns.wire(),
            "is_async": sig.is_async,
            "mutates": sig.mutates,
        }}),
        Kind::Design(d) => json!({"design": {
            "class": d.class,
            "methods": d.methods.iter().map(|m| json!({"name": m.name, "args": args(&m.args), "returns": m.returns.wire()})).collect::<Vec<_>>(),
        }}),
        Kind::Codec(c) => json!({"codec": {
            "class": c.class,
            "encode": c.encode,
            "decode": c.decode,
            "value": args(std::slice::from_ref(&c.value))[0],
        }}),
    }
}

fn recursion_limit(problem: &Problem) -> u64 {
    // Generous: a memoised recursion spends several frames per level (wrapper, generator).
    (problem.n_max.saturating_mul(10) + 1000).clamp(10_000, 1_000_000)
}

pub(crate) fn candidate_limits(problem: &Problem, tests: usize) -> Limits {
    let mb = 1 << 20;
    let address_space = (problem.limits.memory_mb + INTERPRETER_GRACE_MB) * mb;
    crate::hard_limits::warn_if_below(&problem.slug, address_space);
    within_hard_limits(Limits {
        address_space: Some(address_space),
        cpu_seconds: Some((problem.limits.time_ms * (tests as u64 + 2)).div_ceil(1000) + 2),
        // Also the default stack of every thread (glibc), so it must leave room for threads.
        stack: Some(64 * mb),
        open_files: Some(64),
        file_size: Some(16 * mb),
        processes: Some(CAGE_PROCESSES),
        memory: Some((problem.limits.memory_mb + MEMORY_GRACE_MB) * mb),
    })
}

fn trusted_limits() -> Limits {
    within_hard_limits(Limits {
        address_space: Some(4096 << 20),
        stack: Some(256 << 20),
        ..Limits::default()
    })
}

/// The `load` request for a submission; `max_items` bounds the elements of one returned value
/// (see [`item_cap`]).
fn load_message(
    problem: &Problem,
    submission: &Submission,
    limits: &Limits,
    max_items: u64,
) -> Value {
    json!({
        "type": "load", "protocol": PROTOCOL_VERSION, "filename": submission.filename,
        "source": submission.source, "recursion_limit": recursion_limit(problem),
        "problem": problem_wire(problem),
        // Applied (lowered) before anything of the submission's runs; a process started for
        // this problem has them already.
        "limits": {"address_space": limits.address_space, "cpu_seconds": limits.cpu_seconds},
        "max_items": max_items,
    })
}

/// Whose process: a submission's (caged, its limits lowered, every process it starts counted)
/// or one running the package's own code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Candidate,
    Trusted,
}

/// The package's code a trusted process runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PackageCode {
    /// `solution.py`, with the problem's generator and validator.
    Reference,
    /// `checker.py`.
    Checker,
}

impl PackageCode {
    fn filename(self) -> &'static str {
        match self {
            PackageCode::Reference => "solution.py",
            PackageCode::Checker => "checker.py",
        }
    }

    fn source(self, problem: &Problem) -> &str {
        match self {
            PackageCode::Reference => &problem.solution,
            PackageCode::Checker => problem.checker.as_deref().unwrap_or_default(),
        }
    }
}

/// What a trusted process may spend on one test's input or expected output: far more than a
/// submission, since a slow reference or generator is the package's fault, not the user's.
fn reference_budget(problem: &Problem) -> Budget {
    Budget {
        cpu: Duration::from_millis(problem.limits.time_ms * 20 + 5000),
        wall: Duration::from_millis(problem.limits.time_ms * 40 + 10_000),
    }
}

/// Why a case has no usable input: the package file at fault and what it did.
struct Unusable {
    what: &'static str,
    why: String,
}

/// A case's input, from the package or from `gen.py` in the trusted process, checked against
/// the problem's types and its validator: the one path every input takes before it is used,
/// written, generated or made by a counterexample search. `Ok(Err(_))` says which file refused
/// it (or, for `gen.py`, failed to make it).
fn source_input(
    trusted: &mut HarnessProcess,
    problem: &Problem,
    seq: usize,
    source: &CaseSource,
    budget: Budget,
) -> Result<Result<Value, Unusable>, JudgeError> {
    let unusable = |what: &'static str, why: String| Ok(Err(Unusable { what, why }));
    let input = match source {
        CaseSource::Input(input) => input.clone(),
        CaseSource::Gen { n, seed, kind } => {
            let ex = trusted.request(
                json!({"type": "gen", "seq": seq, "n": n, "seed": seed, "kind": kind}),
                budget,
            )?;
            match ex.reply {
                Reply::Message(m) if m["type"] == "generated" => m["input"].clone(),
                other => return unusable("gen.py", describe_reply(&other, &ex.output)),
            }
        }
    };
    if let Err(e) = problem.check_input(&input) {
        // Written tests are checked when the package loads: only a generated input, or one of
        // a counterexample search's making, can get here.
        return match source {
            CaseSource::Gen { .. } => {
                unusable("gen.py", format!("generated an invalid input: {e}"))
            }
            CaseSource::Input(_) => unusable(
                "the input",
                format!("it does not fit the problem's types: {e}"),
            ),
        };
    }
    if let Some(why) = validate(trusted, problem, seq, &input, budget)? {
        return unusable("validate.py", why);
    }
    Ok(Ok(input))
}

/// One test's input ([`source_input`]); a refused one is the package's error, naming the test
/// and the file at fault.
fn case_input(
    trusted: &mut HarnessProcess,
    problem: &Problem,
    seq: usize,
    case: &TestCase,
    budget: Budget,
) -> Result<Value, JudgeError> {
    source_input(trusted, problem, seq, &case.source, budget)?.map_err(|u| JudgeError::Reference {
        slug: problem.slug.clone(),
        what: u.what,
        test: test_label(case),
        message: u.why,
    })
}

/// Ask a trusted process loaded with the problem to validate one input: `None` when it passes
/// (or the package has no validator), the reason otherwise.
fn validate(
    trusted: &mut HarnessProcess,
    problem: &Problem,
    seq: usize,
    input: &Value,
    budget: Budget,
) -> Result<Option<String>, JudgeError> {
    if problem.validator.is_none() {
        return Ok(None);
    }
    let ex = trusted.request(
        json!({"type": "validate", "seq": seq, "input": input}),
        budget,
    )?;
    Ok(match ex.reply {
        Reply::Message(m) if m["type"] == "validated" => (m["ok"] != true).then(|| {
            format!(
                "the input breaks the constraints: {}",
                m["message"].as_str().unwrap_or("")
            )
        }),
        other => Some(format!(
            "the validator failed: {}",
            describe_reply(&other, &ex.output)
        )),
    })
}

fn test_label(case: &TestCase) -> String {
    format!(
        "tests/{}:{}",
        case.file.trim_start_matches("tests/"),
        case.line
    )
}

impl Judge {
    /// A judge running `python`, caching prepared tests under `cache_dir`. Submissions run
    /// isolated (namespaces, read-only view of the host, seccomp) wherever the machine allows
    /// it, and with resource limits only elsewhere; see [`Judge::is_isolated`].
    pub fn new(python: Python, cache_dir: Option<PathBuf>) -> Judge {
        Judge {
            python,
            cache_dir,
            launch: std::sync::OnceLock::new(),
            isolated: std::sync::OnceLock::new(),
            keep_warm: false,
            warm: Default::default(),
            warm_checker: Default::default(),
            keeper: Default::default(),
        }
    }

    /// Keep one submission process started ahead of time, so that a submission skips the
    /// interpreter's start-up, the cage's set-up and the harness's imports (worth it for a
    /// long-lived judge: a server, a watch loop; not for a one-shot command). Each process
    /// serves one submission only and is never reused, so no submission sees another's state.
    pub fn keep_warm(mut self, on: bool) -> Judge {
        self.keep_warm = on;
        self
    }

    /// Start the warm processes now if [`Judge::keep_warm`] is on and none is ready. Returns
    /// once they are started; their interpreters boot in the background.
    pub fn prewarm(&self) -> Result<(), JudgeError> {
        let Some(keeper) = self.keeper()? else {
            return Ok(());
        };
        let (reply, answer) = std::sync::mpsc::sync_channel(1);
        match keeper.send(Chore::Refill(Some(reply))) {
            Ok(()) => answer.recv().unwrap_or(Ok(())),
            Err(_) => self.fill(),
        }
    }

    /// The keeper thread, started on first need; `None` unless processes are kept warm.
    fn keeper(&self) -> Result<Option<&Keeper>, JudgeError> {
        if !self.keep_warm {
            return Ok(None);
        }
        if let Some(keeper) = self.keeper.get() {
            return Ok(Some(keeper));
        }
        // The keeper's own judge shares the warm slots but not the keeper (no cycle: the
        // thread ends when the last clone outside it is dropped).
        let worker = Judge {
            keeper: Default::default(),
            ..self.clone()
        };
        let keeper = Keeper::start(worker)?;
        // Another clone may have won the race; its keeper is used, this one ends at once.
        Ok(Some(self.keeper.get_or_init(|| keeper)))
    }

    /// Start the warm processes that are missing, from this thread (which they die with).
    fn fill(&self) -> Result<(), JudgeError> {
        for (slot, role) in [
            (&self.warm, Role::Candidate),
            (&self.warm_checker, Role::Trusted),
        ] {
            let mut slot = slot.lock().unwrap_or_else(|e| e.into_inner());
            if slot.is_none() {
                let workdir = self.workdir()?;
                let limits = match role {
                    Role::Candidate => warm_limits(),
                    Role::Trusted => trusted_limits(),
                };
                let process = self.spawn(workdir.path(), limits, u64::MAX, role)?;
                *slot = Some(Warm { workdir, process });
            }
        }
        Ok(())
    }

    /// Have the keeper start the next warm processes, without waiting.
    fn refill(&self) {
        match self.keeper() {
            Ok(Some(keeper)) => {
                if keeper.send(Chore::Refill(None)).is_err() {
                    tracing::warn!("the thread that keeps processes warm is gone");
                }
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(%e, "could not start the thread that keeps processes warm"),
        }
    }

    /// Dispose of what a run held: on the keeper thread when there is one, here otherwise.
    fn dispose(&self, held: Held) {
        let Some(keeper) = self.keeper.get() else {
            return drop(held);
        };
        if let Err(Chore::Dispose(held)) = keeper.send(Chore::Dispose(held)) {
            drop(held);
        }
    }

    /// A warm process from `slot`, if one is ready and alive (it can have died with the thread
    /// that started it).
    fn take_warm(slot: &std::sync::Mutex<Option<Warm>>) -> Option<Warm> {
        let warm = slot.lock().unwrap_or_else(|e| e.into_inner()).take();
        warm.and_then(|mut w| w.process.is_alive().then_some(w))
    }

    /// Whether submissions run isolated (or with resource limits only).
    pub fn is_isolated(&self) -> bool {
        *self.isolated.get_or_init(onsite_cage::isolation_available)
    }

    fn launch(&self) -> &crate::protocol::Launch {
        self.launch.get_or_init(|| {
            crate::protocol::launch_args(&self.python.executable, self.cache_dir.as_deref())
        })
    }

    /// What a caged submission sees of the host: system libraries, the interpreter's own
    /// installation and the harness bytecode, all read-only.
    fn isolation(&self) -> onsite_cage::Isolation {
        let mut isolation = onsite_cage::Isolation::system();
        let exe = &self.python.executable;
        if let Some(prefix) = exe.parent().and_then(std::path::Path::parent) {
            if prefix != std::path::Path::new("/") && !prefix.starts_with("/usr") {
                isolation.read_only.push(prefix.to_path_buf());
            }
        }
        if !exe.starts_with("/usr") {
            isolation.read_only.push(exe.clone());
        }
        if let Some(pyc) = &self.launch().bytecode {
            isolation
                .read_only_at
                .push((pyc.clone(), PathBuf::from(CAGED_BYTECODE)));
        }
        isolation
    }

    /// Start a harness process: a submission's (caged when possible) or a trusted one's.
    fn spawn(
        &self,
        workdir: &std::path::Path,
        limits: Limits,
        output_limit: u64,
        role: Role,
    ) -> Result<HarnessProcess, JudgeError> {
        if role == Role::Trusted {
            return self.start(workdir, limits, output_limit, None, false);
        }
        // A submission's CPU time and memory are counted for every process it starts.
        match self.isolated.get() {
            Some(true) => self.start(workdir, limits, output_limit, Some(self.isolation()), true),
            Some(false) => self.start(workdir, limits, output_limit, None, true),
            // The first submission finds out whether this machine allows isolation, instead of
            // every command paying for a probe.
            None => match self.start(
                workdir,
                limits.clone(),
                output_limit,
                Some(self.isolation()),
                true,
            ) {
                Ok(p) => {
                    let _ = self.isolated.set(true);
                    Ok(p)
                }
                Err(JudgeError::Cage(e)) => {
                    tracing::warn!(
                        "process isolation is not available here ({e}); submissions run with \
                         resource limits only, so judge only code you trust"
                    );
                    let _ = self.isolated.set(false);
                    self.start(workdir, limits, output_limit, None, true)
                }
                Err(e) => Err(e),
            },
        }
    }

    fn start(
        &self,
        workdir: &std::path::Path,
        limits: Limits,
        output_limit: u64,
        isolation: Option<onsite_cage::Isolation>,
        account: bool,
    ) -> Result<HarnessProcess, JudgeError> {
        let launch = self.launch();
        let args = match &isolation {
            Some(_) if launch.bytecode.is_some() => {
                launch.args(Some(std::path::Path::new(CAGED_BYTECODE)))
            }
            _ => launch.args(None),
        };
        HarnessProcess::start(
            &self.python,
            &args,
            workdir,
            limits,
            output_limit,
            isolation,
            account,
        )
    }

    /// The interpreter in use.
    pub fn python(&self) -> &Python {
        &self.python
    }

    pub(crate) fn workdir(&self) -> Result<tempfile::TempDir, JudgeError> {
        Ok(tempfile::Builder::new().prefix("onsite-run-").tempdir()?)
    }

    /// Start a caged process for the submission and load it; `Ok(Err(why))` when the
    /// submission does not load (its own failure, in words).
    pub(crate) fn load_candidate(
        &self,
        problem: &Problem,
        submission: &Submission,
        workdir: &std::path::Path,
        limits: Limits,
        max_items: u64,
    ) -> Result<Result<HarnessProcess, String>, JudgeError> {
        let mut p = self.spawn(
            workdir,
            limits.clone(),
            problem.limits.output_kb * 1024,
            Role::Candidate,
        )?;
        // Until the caller sets the problem's cap: a load is answered in a few KiB.
        p.set_frame_limit(LOAD_REPLY_CAP);
        let ex = p.request(
            load_message(problem, submission, &limits, max_items),
            Budget {
                cpu: Duration::from_secs(10),
                wall: Duration::from_secs(20),
            },
        )?;
        Ok(match ex.reply {
            Reply::Message(m) if m["type"] == "loaded" => Ok(p),
            other => Err(describe_reply(&other, &ex.output)),
        })
    }

    /// A trusted process loaded with the problem's reference solution (and its generator and
    /// validator).
    fn start_reference(
        &self,
        problem: &Problem,
        workdir: &std::path::Path,
    ) -> Result<HarnessProcess, JudgeError> {
        self.start_trusted(problem, PackageCode::Reference, workdir)
    }

    /// A trusted process loaded with the package's own `code`.
    pub(crate) fn start_trusted(
        &self,
        problem: &Problem,
        code: PackageCode,
        workdir: &std::path::Path,
    ) -> Result<HarnessProcess, JudgeError> {
        let p = self.spawn(workdir, trusted_limits(), u64::MAX, Role::Trusted)?;
        self.load_trusted(p, problem, code)
    }

    /// The reference solution in a trusted process whose CPU time and memory are counted the
    /// way a submission's are (cgroups for every process it starts, where the machine has
    /// them), so that measuring compares like with like.
    pub(crate) fn start_measured_reference(
        &self,
        problem: &Problem,
        workdir: &std::path::Path,
    ) -> Result<HarnessProcess, JudgeError> {
        let p = self.start(workdir, trusted_limits(), u64::MAX, None, true)?;
        self.load_trusted(p, problem, PackageCode::Reference)
    }

    fn load_trusted(
        &self,
        mut p: HarnessProcess,
        problem: &Problem,
        code: PackageCode,
    ) -> Result<HarnessProcess, JudgeError> {
        let (filename, source) = (code.filename(), code.source(problem));
        // The reference also generates and validates inputs, so it gets the problem; a checker
        // is called with values only.
        let with_problem = code == PackageCode::Reference;
        let load = json!({
            "type": "load", "protocol": PROTOCOL_VERSION, "filename": filename, "source": source,
            "recursion_limit": recursion_limit(problem),
            "problem": if with_problem { problem_wire(problem) } else { Value::Null },
            "generator": if with_problem { problem.generator.clone() } else { None },
            "validator": if with_problem { problem.validator.clone() } else { None },
        });
        let ex = p.request(
            load,
            Budget {
                cpu: Duration::from_secs(30),
                wall: Duration::from_secs(60),
            },
        )?;
        match ex.reply {
            Reply::Message(m) if m["type"] == "loaded" => Ok(p),
            other => Err(JudgeError::Reference {
                slug: problem.slug.clone(),
                what: filename,
                test: "load".into(),
                message: describe_reply(&other, &ex.output),
            }),
        }
    }

    /// Inputs and expected outputs of a test list: written in the package, or produced by
    /// `gen.py` and `solution.py` in a trusted process, cached per package content.
    pub fn prepare(
        &self,
        problem: &Problem,
        cases: &[&TestCase],
    ) -> Result<Vec<PreparedTest>, JudgeError> {
        self.prepare_until(problem, cases, &AtomicBool::new(false))
    }

    /// [`Judge::prepare`], given up between two cases once `stop` is set (by a caller that
    /// measures while the tests run and learns the submission failed one): then fewer tests
    /// than cases come back, and nothing is cached.
    pub(crate) fn prepare_until(
        &self,
        problem: &Problem,
        cases: &[&TestCase],
        stop: &AtomicBool,
    ) -> Result<Vec<PreparedTest>, JudgeError> {
        let complete: Option<Vec<PreparedTest>> = cases
            .iter()
            .map(|c| match (&c.source, &c.expected) {
                (CaseSource::Input(input), Some(expected)) => Some(PreparedTest {
                    input: input.clone(),
                    expected: expected.clone(),
                }),
                _ => None,
            })
            .collect();
        if let Some(done) = complete {
            return Ok(done);
        }
        // The cases themselves are part of the key: the same problem is prepared for several
        // lists (examples, all tests, measurement sizes).
        let sources: String = cases
            .iter()
            .map(|c| format!("{:?}/{:?};", c.source, c.take))
            .collect();
        // The reference is part of the key too: a follow-up computes its expected outputs
        // with its own.
        let key = blake3::hash(
            format!(
                "{}|{}|{}|{}|{}",
                problem.fingerprint,
                blake3::hash(problem.solution.as_bytes()),
                blake3::hash(HARNESS_SOURCE.as_bytes()),
                self.python.executable.display(),
                blake3::hash(sources.as_bytes()),
            )
            .as_bytes(),
        );
        let cache_file = self.cache_dir.as_ref().map(|d| {
            d.join("tests")
                .join(format!("{}-{}.json", problem.slug, &key.to_hex()[..20]))
        });
        if let Some(file) = &cache_file {
            if let Some(tests) = crate::test_cache::read::<Vec<PreparedTest>>(file) {
                if tests.len() == cases.len() {
                    return Ok(tests);
                }
            }
        }
        let tests = self.materialise(problem, cases, stop)?;
        if let Some(file) = cache_file.filter(|_| tests.len() == cases.len()) {
            crate::test_cache::write(&file, &tests);
        }
        Ok(tests)
    }

    fn materialise(
        &self,
        problem: &Problem,
        cases: &[&TestCase],
        stop: &AtomicBool,
    ) -> Result<Vec<PreparedTest>, JudgeError> {
        tracing::info!(slug = %problem.slug, "computing expected outputs with the reference solution");
        let workdir = self.workdir()?;
        let mut reference = self.start_reference(problem, workdir.path())?;
        let budget = reference_budget(problem);
        let failed = |case: &TestCase, what: &'static str, message: String| JudgeError::Reference {
            slug: problem.slug.clone(),
            what,
            test: test_label(case),
            message,
        };
        let mut out = Vec::with_capacity(cases.len());
        for (seq, case) in cases.iter().enumerate() {
            if stop.load(std::sync::atomic::Ordering::Relaxed) {
                break;
            }
            let input = case_input(&mut reference, problem, seq, case, budget)?;
            let expected = match &case.expected {
                Some(e) => e.clone(),
                None => {
                    let ex = reference.request(run_message(seq, &input, case.take), budget)?;
                    match ex.reply {
                        Reply::Message(m) if m["type"] == "result" => crate::observe::record(
                            problem,
                            &input,
                            &crate::observe::of_call(&ex.events, 0),
                            m["value"].clone(),
                        )
                        .map_err(|why| failed(case, "solution.py", why))?,
                        Reply::Message(m)
                            if m["type"] == "raised"
                                && case.category == onsite_types::EdgeCategory::InvalidInput =>
                        {
                            json!({"$raises": m["exception"]})
                        }
                        other => {
                            return Err(failed(
                                case,
                                "solution.py",
                                describe_reply(&other, &ex.output),
                            ))
                        }
                    }
                }
            };
            out.push(PreparedTest { input, expected });
        }
        Ok(out)
    }

    /// Inputs and expected outputs for tests that are not the package's (a counterexample
    /// being looked for or shrunk), from the reference in one trusted process: `None` for a
    /// case whose input the generator does not make, or that breaks the problem's types or its
    /// validator (a follow-up's stricter one), or that the reference does not answer (raises,
    /// runs too long). Unlike [`Judge::prepare`], a bad case is dropped, not an error, and
    /// nothing is cached.
    pub fn answers_for(
        &self,
        problem: &Problem,
        sources: &[CaseSource],
    ) -> Result<Vec<Option<PreparedTest>>, JudgeError> {
        let workdir = self.workdir()?;
        let mut reference = self.start_reference(problem, workdir.path())?;
        // Small inputs: a reference that needs more than its own time limit on one is not
        // answering it.
        let budget = Budget {
            cpu: Duration::from_millis(problem.limits.time_ms),
            wall: Duration::from_millis(problem.limits.time_ms * 2 + 1000),
        };
        let mut out = Vec::with_capacity(sources.len());
        for (seq, source) in sources.iter().enumerate() {
            let input = match source_input(&mut reference, problem, seq, source, budget)? {
                Ok(input) => input,
                Err(refused) => {
                    // A generator that failed may have taken its process with it: the rest get
                    // a fresh one.
                    if refused.what == "gen.py" {
                        reference = self.start_reference(problem, workdir.path())?;
                    }
                    out.push(None);
                    continue;
                }
            };
            let ex = reference.request(run_message(seq, &input, None), budget)?;
            out.push(match ex.reply {
                Reply::Message(m) if m["type"] == "result" => crate::observe::record(
                    problem,
                    &input,
                    &crate::observe::of_call(&ex.events, 0),
                    m["value"].clone(),
                )
                .ok()
                .map(|expected| PreparedTest { input, expected }),
                Reply::Message(_) => None,
                // The process is gone: the rest get a fresh one.
                _ => {
                    reference = self.start_reference(problem, workdir.path())?;
                    None
                }
            });
        }
        Ok(out)
    }

    /// Run the package's `validate.py` on the input of every test, written or generated:
    /// `Err(JudgeError::Reference)` naming the first test whose input breaks the constraints.
    /// Without a validator there is nothing to check.
    pub fn validate_tests(&self, problem: &Problem) -> Result<(), JudgeError> {
        if problem.validator.is_none() {
            return Ok(());
        }
        let workdir = self.workdir()?;
        let mut trusted = self.start_reference(problem, workdir.path())?;
        let budget = reference_budget(problem);
        for (seq, case) in problem.all_tests().enumerate() {
            case_input(&mut trusted, problem, seq, case, budget)?;
        }
        Ok(())
    }

    /// Judge a submission.
    pub fn judge(
        &self,
        problem: &Problem,
        submission: &Submission,
        scope: Scope,
        on_event: &mut dyn FnMut(&JudgeEvent),
    ) -> Result<JudgeReport, JudgeError> {
        let cases: Vec<&TestCase> = match scope {
            Scope::Examples => problem.examples.iter().collect(),
            Scope::All | Scope::UntilFailure => problem.all_tests().collect(),
        };
        let examples = problem.examples.len().min(cases.len());
        let mut prepared = self.prepare(problem, &cases[..examples])?;
        prepared.extend(self.prepare(problem, &cases[examples..])?);
        let stop_at_failure = scope == Scope::UntilFailure;
        let run = Run::new(
            self,
            problem,
            submission,
            &cases,
            &prepared,
            stop_at_failure,
        )?;
        let report = run.run(on_event);
        self.refill();
        report
    }
}

/// The largest reply the judge reads from a submission's process that must answer like
/// `answers`: sixteen times the longest of them (as JSON) plus 1 MiB for messages and
/// tracebacks. A correct answer is about as long as the reference's; a reply far longer is
/// refused from its header, before the judge holds any of it.
pub(crate) fn reply_cap<'v>(answers: impl Iterator<Item = &'v Value>) -> usize {
    let longest = answers.map(|a| a.to_string().len()).max().unwrap_or(0);
    longest
        .saturating_mul(16)
        .saturating_add(1 << 20)
        .min(crate::protocol::MAX_FRAME)
}

/// Most elements the harness encodes of one returned value (every list, tuple, dict, node chain
/// or iterator counted by its length, shared parts each time they are reached): sixteen times
/// the most any of the problem's answers has, rounded up to a power of two, between 2^14 and
/// 10^6. A value built to be huge (two references to one list, sixty levels deep) is refused
/// after a walk proportionate to the problem instead of one that outlasts its time limit. Only
/// this coarse bound reaches the submission's process, never an answer or its exact size.
pub(crate) fn item_cap<'v>(answers: impl Iterator<Item = &'v Value>) -> u64 {
    fn count(v: &Value) -> u64 {
        match v {
            Value::Array(items) => items.len() as u64 + items.iter().map(count).sum::<u64>(),
            Value::Object(map) => map.len() as u64 + map.values().map(count).sum::<u64>(),
            _ => 0,
        }
    }
    let most = answers.map(count).max().unwrap_or(0);
    most.saturating_mul(16)
        .checked_next_power_of_two()
        .unwrap_or(u64::MAX)
        .clamp(1 << 14, 1_000_000)
}

fn run_message(seq: usize, input: &Value, take: Option<u64>) -> Value {
    test_message("run", seq, input, take, None)
}

/// A message carrying a test's input: `run` (input and go at once, for trusted code) or
/// `input` (staged, then timed by `go`); `phase`, a codec's half of the round trip.
fn test_message(
    kind: &str,
    seq: usize,
    input: &Value,
    take: Option<u64>,
    phase: Option<&str>,
) -> Value {
    let mut m = json!({"type": kind, "seq": seq, "input": input, "take": take});
    if let Some(phase) = phase {
        m["phase"] = json!(phase);
    }
    m
}

/// One test's call in the submission's process. A large input goes in two steps, so that the
/// clock runs only while the solution does: decoded and converted first (generously bounded),
/// then `go` is timed. A small one converts in microseconds and is sent with `run`, saving a
/// round trip.
fn exchange(
    process: &mut HarnessProcess,
    seq: usize,
    input: &Value,
    take: Option<u64>,
    phase: Option<&str>,
    budget: Budget,
) -> Result<Exchange, JudgeError> {
    if !is_large(input) {
        return process.request(test_message("run", seq, input, take, phase), budget);
    }
    let staged = process.request(test_message("input", seq, input, take, phase), STAGING)?;
    Ok(match &staged.reply {
        Reply::Message(m) if m["type"] == "ready" => {
            process.request(json!({"type": "go", "seq": seq}), budget)?
        }
        _ => staged,
    })
}

/// The string a codec's encoding half returned, to be decoded in the other process; `None`
/// when the exchange ended otherwise (judged as it is).
fn encoded_string(codec: bool, ex: &Exchange) -> Option<String> {
    match &ex.reply {
        Reply::Message(m) if codec && m["type"] == "result" => {
            m["value"].as_str().map(str::to_owned)
        }
        _ => None,
    }
}

/// Whether an input is big enough for its decoding to be worth keeping off the clock: more
/// than a few thousand values or characters. Counting stops at the threshold.
fn is_large(input: &Value) -> bool {
    const LARGE: usize = 2_000;
    fn weigh(v: &Value, budget: &mut usize) {
        if *budget == 0 {
            return;
        }
        *budget = budget.saturating_sub(match v {
            Value::String(s) => 1 + s.len() / 8,
            _ => 1,
        });
        match v {
            Value::Array(items) => items.iter().for_each(|x| weigh(x, budget)),
            Value::Object(map) => map.values().for_each(|x| weigh(x, budget)),
            _ => {}
        }
    }
    let mut budget = LARGE;
    weigh(input, &mut budget);
    budget == 0
}

/// Budget for receiving and converting one test's input (the harness's work, not timed).
const STAGING: Budget = Budget {
    cpu: Duration::from_secs(10),
    wall: Duration::from_secs(20),
};

pub(crate) fn describe_reply(reply: &Reply, output: &[u8]) -> String {
    let printed = String::from_utf8_lossy(output);
    let printed = printed.trim();
    let tail = if printed.is_empty() {
        String::new()
    } else {
        format!("; it printed: {}", shorten(printed, 600))
    };
    match reply {
        Reply::Message(m) if m["type"] == "raised" => format!(
            "raised {}: {}{tail}",
            m["exception"].as_str().unwrap_or("?"),
            m["traceback"].as_str().unwrap_or("")
        ),
        Reply::Message(m) => format!("unexpected reply {}{tail}", shorten(&m.to_string(), 300)),
        Reply::Died(exit) => format!("the process ended ({exit:?}){tail}"),
        Reply::TimedOut { .. } => format!("it ran out of time{tail}"),
        Reply::OutputExceeded => "it printed too much".into(),
        Reply::Garbled(e) => format!("{e}{tail}"),
        Reply::Oversized(bytes) => format!("it sent a reply of {bytes} bytes{tail}"),
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.len() <= max || s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    if s.len() > DISPLAY_CAP {
        // `display_value` stopped writing: the whole is longer still.
        return format!("{cut}… (more than {DISPLAY_CAP} characters in all)");
    }
    format!("{cut}… ({} characters in all)", s.chars().count())
}

/// One judging run.
struct Run<'a> {
    judge: &'a Judge,
    problem: &'a Problem,
    submission: &'a Submission,
    cases: &'a [&'a TestCase],
    prepared: &'a [PreparedTest],
    /// The directory new processes' roots are built on (the first of `dirs`).
    workdir: PathBuf,
    /// A process started ahead of time for this submission's first load.
    warm: Option<HarnessProcess>,
    /// Directories of this run's processes, removed after them.
    dirs: Vec<tempfile::TempDir>,
    process: Option<HarnessProcess>,
    /// A codec problem's second process, loaded with the same submission: it decodes what
    /// `process` encoded, sharing nothing with it (its own `/work`, namespaces and memory), so
    /// an encoder that keeps the value aside has nothing to hand over but its string.
    decoder: Option<HarnessProcess>,
    checker: Option<HarnessProcess>,
    /// A checker process started early, so it boots while the submission runs.
    checker_booting: Option<HarnessProcess>,
    python_version: String,
    peak_memory_kb: Option<u64>,
    /// Stop after the first failing test ([`Scope::UntilFailure`]).
    stop_at_failure: bool,
    /// The largest reply accepted from the submission's process (see [`reply_cap`]).
    reply_cap: usize,
    /// The most elements of one returned value (see [`item_cap`]).
    item_cap: u64,
}

impl Drop for Run<'_> {
    fn drop(&mut self) {
        let held = Held {
            processes: [
                self.process.take(),
                self.decoder.take(),
                self.checker.take(),
                self.checker_booting.take(),
                self.warm.take(),
            ]
            .into_iter()
            .flatten()
            .collect(),
            dirs: std::mem::take(&mut self.dirs),
        };
        self.judge.dispose(held);
    }
}

/// How one test went.
struct Outcome {
    verdict: Verdict,
    message: String,
    actual: Option<Value>,
    traceback: Option<String>,
    line: Option<u32>,
}

impl Outcome {
    fn pass() -> Outcome {
        Outcome {
            verdict: Verdict::Accepted,
            message: String::new(),
            actual: None,
            traceback: None,
            line: None,
        }
    }

    fn fail(verdict: Verdict, message: impl Into<String>) -> Outcome {
        Outcome {
            verdict,
            message: message.into(),
            actual: None,
            traceback: None,
            line: None,
        }
    }
}

/// Wall-time limits of one judging run. CPU time is the solution's own cost; wall time beyond
/// it is sleeping, blocking or waiting for other processes, which holds a worker without
/// computing anything, so it is bounded tightly (as LeetCode does): per test, twice the CPU
/// limit or the limit plus a second, whichever is more; per run, the sum of every test's CPU
/// limit (and two more for loading) plus ten seconds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WallLimits {
    /// CPU time per test.
    pub cpu: Duration,
    /// Wall time per test.
    pub per_test: Duration,
    /// Wall time for the whole run.
    pub judging: Duration,
}

impl WallLimits {
    pub(crate) fn of(problem: &Problem, tests: usize) -> WallLimits {
        let cpu = Duration::from_millis(problem.limits.time_ms);
        WallLimits {
            cpu,
            per_test: (cpu * 2).max(cpu + Duration::from_secs(1)),
            judging: cpu * (tests as u32 + 2) + Duration::from_secs(10),
        }
    }
}

/// What loading the submission gave.
enum Loaded {
    Ready(HarnessProcess),
    Failed(Failure),
}

impl<'a> Run<'a> {
    fn new(
        judge: &'a Judge,
        problem: &'a Problem,
        submission: &'a Submission,
        cases: &'a [&'a TestCase],
        prepared: &'a [PreparedTest],
        stop_at_failure: bool,
    ) -> Result<Run<'a>, JudgeError> {
        let (workdir, warm) = match Judge::take_warm(&judge.warm) {
            Some(w) => (w.workdir, Some(w.process)),
            None => (judge.workdir()?, None),
        };
        let (workdir, dirs) = (workdir.path().to_path_buf(), vec![workdir]);
        Ok(Run {
            judge,
            problem,
            submission,
            cases,
            prepared,
            workdir,
            warm,
            dirs,
            process: None,
            decoder: None,
            checker: None,
            checker_booting: None,
            python_version: String::new(),
            peak_memory_kb: None,
            stop_at_failure,
            reply_cap: reply_cap(prepared.iter().map(|t| &t.expected)),
            item_cap: item_cap(prepared.iter().map(|t| &t.expected)),
        })
    }

    /// Start (or take the warm) process for the submission and load it. `apart`: a process of
    /// its own in a directory of its own (a codec's decoder), never the warm one.
    fn load(&mut self, apart: bool) -> Result<Loaded, JudgeError> {
        let limits = candidate_limits(self.problem, self.cases.len());
        let output_limit = self.problem.limits.output_kb * 1024;
        let warm = if apart { None } else { self.warm.take() };
        let mut p = match warm {
            Some(mut warm) => {
                warm.fit(&limits, output_limit);
                warm
            }
            None if apart => {
                let dir = self.judge.workdir()?;
                let p =
                    self.judge
                        .spawn(dir.path(), limits.clone(), output_limit, Role::Candidate)?;
                self.dirs.push(dir);
                p
            }
            None => {
                self.judge
                    .spawn(&self.workdir, limits.clone(), output_limit, Role::Candidate)?
            }
        };
        // The submission is on the critical path: the checker boots while it loads.
        if self.problem.compare == Compare::Custom
            && self.checker.is_none()
            && self.checker_booting.is_none()
        {
            self.checker_booting = Some(match Judge::take_warm(&self.judge.warm_checker) {
                Some(warm) => {
                    self.dirs.push(warm.workdir);
                    warm.process
                }
                None => {
                    self.judge
                        .spawn(&self.workdir, trusted_limits(), u64::MAX, Role::Trusted)?
                }
            });
        }
        p.set_frame_limit(self.reply_cap);
        let load = load_message(self.problem, self.submission, &limits, self.item_cap);
        let time = Duration::from_millis(self.problem.limits.time_ms.max(1000));
        let ex = p.request(
            load,
            Budget {
                cpu: time,
                wall: time * 2 + Duration::from_secs(1),
            },
        )?;
        self.python_version.clone_from(&p.python_version);
        let output = printed(&ex);
        let (outcome, column) = match ex.reply {
            Reply::Message(m) if m["type"] == "loaded" => return Ok(Loaded::Ready(p)),
            Reply::Message(m) if m["type"] == "syntax_error" => {
                let column = m["column"].as_u64().unwrap_or(1);
                let outcome = Outcome {
                    traceback: m["text"]
                        .as_str()
                        .filter(|t| !t.is_empty())
                        .map(|t| caret(t, column)),
                    line: m["line"].as_u64().map(|l| l as u32),
                    ..Outcome::fail(
                        Verdict::SyntaxError,
                        format!(
                            "{} (line {}, column {column})",
                            m["message"].as_str().unwrap_or("invalid syntax"),
                            m["line"]
                        ),
                    )
                };
                (outcome, Some(column as u32))
            }
            Reply::Message(m) if m["type"] == "missing_entry" => (
                Outcome::fail(
                    Verdict::RuntimeError,
                    format!("no entry point: {}", m["message"].as_str().unwrap_or("")),
                ),
                None,
            ),
            Reply::Message(m) if m["type"] == "raised" => {
                let mut o = self.raised_outcome(&m, None);
                o.message.push_str(" while loading the file");
                (o, None)
            }
            // The harness's version was checked in its hello, before any of the submission's
            // code ran: a mismatch claimed now was written by the submission.
            Reply::Message(m) if m["type"] == "protocol_mismatch" => (
                Outcome::fail(
                    Verdict::RuntimeError,
                    "interfered with the judge: claimed another protocol version while loading",
                ),
                None,
            ),
            other => {
                let mut o = self.abnormal_outcome(&other, time);
                o.message.push_str(" while loading the file");
                (o, None)
            }
        };
        let failure = Failure {
            verdict: outcome.verdict,
            test: None,
            message: outcome.message,
            input: None,
            expected: None,
            actual: None,
            output,
            traceback: outcome.traceback,
            line: outcome.line,
            column,
        };
        Ok(Loaded::Failed(failure))
    }

    fn run(mut self, on_event: &mut dyn FnMut(&JudgeEvent)) -> Result<JudgeReport, JudgeError> {
        let total = self.cases.len();
        on_event(&JudgeEvent::Started { total });
        let mut records = Vec::with_capacity(total);
        let mut failure: Option<Failure> = None;
        let mut exceeded_size: Option<usize> = None;
        let limits = WallLimits::of(self.problem, total);
        let started = std::time::Instant::now();
        // Why the remaining tests are not run, once a verdict says that running them would
        // only hold the judge (sleeping, blocked, tampering) or the whole run's wall budget is
        // spent.
        let mut stopped: Option<String> = None;

        for (i, (case, test)) in self.cases.iter().zip(self.prepared).enumerate() {
            let number = i + 1;
            let record = |verdict, cpu_ms, wall_ms| TestRecord {
                number,
                visible: case.visible,
                category: case.category,
                verdict,
                cpu_ms,
                wall_ms,
            };
            // Sizes are only needed once a limit was exceeded; most runs never compute one.
            let input_size = || test.input.to_string().len();
            let left = limits.judging.saturating_sub(started.elapsed());
            if stopped.is_none() && left.is_zero() {
                stopped = Some(format!(
                    "the run used its whole wall-time budget of {} s",
                    limits.judging.as_secs()
                ));
                if failure.is_none() {
                    failure = Some(Failure {
                        test: None,
                        ..Failure::plain(
                            Verdict::TimeLimitExceeded,
                            format!(
                                "took longer than {} s in wall time over the whole run \
                                 (sleeping or waiting)",
                                limits.judging.as_secs()
                            ),
                        )
                    });
                }
            }
            if stopped.is_some() || exceeded_size.is_some_and(|s| input_size() >= s) {
                records.push(record(None, 0.0, 0.0));
                on_event(&JudgeEvent::TestFinished {
                    number,
                    verdict: None,
                });
                continue;
            }
            if self.process.is_none() {
                match self.load(false)? {
                    Loaded::Ready(p) => self.process = Some(p),
                    Loaded::Failed(f) => return Ok(self.report(records, Some(f), total)),
                }
            }
            let Some(process) = self.process.as_mut() else {
                continue;
            };
            let budget = Budget {
                cpu: limits.cpu,
                wall: limits.per_test.min(left),
            };
            let codec = matches!(self.problem.kind, Kind::Codec(_));
            let phase = codec.then_some("encode");
            let mut ex = exchange(process, i, &test.input, case.take, phase, budget)?;
            let (mut hit_process_limit, mut hit_memory_limit) = self.limits_hit(false);
            if let Some(encoded) = encoded_string(codec, &ex) {
                // The decoding half, in the other process, within what the test has left.
                if self.decoder.is_none() {
                    match self.load(true)? {
                        Loaded::Ready(p) => self.decoder = Some(p),
                        Loaded::Failed(f) => return Ok(self.report(records, Some(f), total)),
                    }
                }
                if let Some(decoder) = self.decoder.as_mut() {
                    let rest = Budget {
                        cpu: budget.cpu.saturating_sub(ex.cpu),
                        wall: budget.wall.saturating_sub(ex.wall),
                    };
                    let input = json!({ "encoded": encoded });
                    let decoded = exchange(decoder, i, &input, None, Some("decode"), rest)?;
                    ex = Exchange {
                        cpu: ex.cpu + decoded.cpu,
                        wall: ex.wall + decoded.wall,
                        output: [ex.output, decoded.output].concat(),
                        output_truncated: ex.output_truncated || decoded.output_truncated,
                        ..decoded
                    };
                    let (process, memory) = self.limits_hit(true);
                    hit_process_limit |= process;
                    hit_memory_limit |= memory;
                    if !matches!(ex.reply, Reply::Message(_)) {
                        if let Some(mut p) = self.decoder.take() {
                            p.kill();
                        }
                    }
                }
            }
            let mut outcome = self.classify(&ex, case, test, budget.cpu)?;
            if outcome.verdict != Verdict::Accepted && hit_memory_limit {
                outcome = Outcome::fail(
                    Verdict::MemoryLimitExceeded,
                    format!(
                        "used more than {} MB of memory",
                        self.problem.limits.memory_mb
                    ),
                );
            } else if outcome.verdict != Verdict::Accepted && hit_process_limit {
                outcome = Outcome::fail(
                    Verdict::Blocked,
                    format!("process limit reached: a solution may run at most {CAGE_PROCESSES} processes and threads"),
                );
            }
            if !matches!(ex.reply, Reply::Message(_)) {
                // The process is gone or unusable; the next test gets a fresh one.
                if let Some(mut p) = self.process.take() {
                    p.kill();
                }
            }
            if outcome.verdict == Verdict::Accepted && ex.cpu > budget.cpu {
                outcome = Outcome::fail(
                    Verdict::TimeLimitExceeded,
                    format!(
                        "used {:.0} ms of CPU time; the limit is {} ms",
                        ms(ex.cpu),
                        self.problem.limits.time_ms
                    ),
                );
            }
            // A larger input would only take longer or hold more: not run, reported as skipped.
            if matches!(
                outcome.verdict,
                Verdict::TimeLimitExceeded | Verdict::MemoryLimitExceeded
            ) {
                let size = input_size();
                exceeded_size = Some(exceeded_size.map_or(size, |s| s.min(size)));
            }
            // Sleeping, blocking or tampering would do the same on every test and hold the
            // judge all the while: the rest is not run.
            let hostile = outcome.verdict == Verdict::Blocked
                || matches!(
                    ex.reply,
                    Reply::TimedOut { wall: true } | Reply::Garbled(_) | Reply::Oversized(_)
                );
            if hostile && stopped.is_none() {
                stopped = Some(format!("stopped after test {number}: {}", outcome.verdict));
            }
            records.push(record(Some(outcome.verdict), ms(ex.cpu), ms(ex.wall)));
            on_event(&JudgeEvent::TestFinished {
                number,
                verdict: Some(outcome.verdict),
            });
            if outcome.verdict != Verdict::Accepted && failure.is_none() {
                failure = Some(self.failure(number, case, test, outcome, &ex));
            }
            if failure
                .as_ref()
                .is_some_and(|f| self.stop_at_failure || f.verdict == Verdict::OutputLimitExceeded)
            {
                break;
            }
        }
        let mut report = self.report(records, failure, total);
        report.stopped = stopped;
        Ok(report)
    }

    /// Whether the submission's process (or the decoder) hit its process or memory limit,
    /// its peak memory counted in the run's.
    fn limits_hit(&mut self, decoder: bool) -> (bool, bool) {
        let Some(p) = (if decoder {
            self.decoder.as_ref()
        } else {
            self.process.as_ref()
        }) else {
            return (false, false);
        };
        if let Some(kb) = p.peak_memory_kb() {
            self.peak_memory_kb = Some(self.peak_memory_kb.map_or(kb, |m| m.max(kb)));
        }
        (p.hit_process_limit(), p.hit_memory_limit())
    }

    fn report(
        &mut self,
        tests: Vec<TestRecord>,
        failure: Option<Failure>,
        total: usize,
    ) -> JudgeReport {
        for mut p in [self.process.take(), self.decoder.take()]
            .into_iter()
            .flatten()
        {
            p.kill();
        }
        let passed = tests
            .iter()
            .filter(|t| t.verdict == Some(Verdict::Accepted))
            .count();
        let verdict = failure.as_ref().map_or(Verdict::Accepted, |f| f.verdict);
        JudgeReport {
            problem: self.problem.slug.clone(),
            verdict,
            passed,
            total,
            max_cpu_ms: tests.iter().map(|t| t.cpu_ms).fold(0.0, f64::max),
            total_cpu_ms: (tests.iter().map(|t| t.cpu_ms).sum::<f64>() * 100.0).round() / 100.0,
            not_run: tests.iter().filter(|t| t.verdict.is_none()).count(),
            stopped: None,
            tests,
            failure,
            peak_memory_kb: self.peak_memory_kb,
            python: self.python_version.clone(),
        }
    }

    fn failure(
        &self,
        number: usize,
        case: &TestCase,
        test: &PreparedTest,
        outcome: Outcome,
        ex: &Exchange,
    ) -> Failure {
        let visible = case.visible;
        let show = |v: &Value| shorten(&display_value(v), SHOWN_CHARS);
        Failure {
            verdict: outcome.verdict,
            test: Some(FailedTest {
                number,
                visible,
                category: case.category,
                note: case.note.clone(),
            }),
            message: outcome.message,
            input: visible.then(|| self.show_input(&test.input)),
            expected: visible.then(|| show(&test.expected)),
            actual: if visible {
                outcome.actual.as_ref().map(show)
            } else {
                None
            },
            output: if visible { printed(ex) } else { None },
            traceback: outcome.traceback,
            line: outcome.line,
            column: None,
        }
    }

    /// For a design problem, the first call whose return value is wrong, named with its
    /// arguments: far easier to debug than two long lists.
    fn first_difference(&self, input: &Value, expected: &Value, actual: &Value) -> Option<String> {
        let (Kind::Design(_), Value::Array(want), Value::Array(got)) =
            (&self.problem.kind, expected, actual)
        else {
            return None;
        };
        if want.len() != got.len() {
            return Some(format!(
                "{} return values for {} operations",
                got.len(),
                want.len()
            ));
        }
        let i = want.iter().zip(got).position(|(w, g)| w != g)?;
        let op = input["operations"][i].as_str().unwrap_or("?");
        let args = input["arguments"][i]
            .as_array()
            .map(|a| a.iter().map(display_value).collect::<Vec<_>>().join(", "))
            .unwrap_or_default();
        Some(format!(
            "operation {i}, {op}({args}), returned {} instead of {}",
            display_value(&got[i]),
            display_value(&want[i])
        ))
    }

    fn show_input(&self, input: &Value) -> String {
        match (&self.problem.kind, input) {
            (Kind::Design(_), Value::Object(map)) => ["operations", "arguments"]
                .iter()
                .map(|k| {
                    let v = map.get(*k).map(display_value).unwrap_or_default();
                    format!("{k} = {}", shorten(&v, SHOWN_CHARS))
                })
                .collect::<Vec<_>>()
                .join(", "),
            (Kind::Function(Signature { args, .. }), Value::Object(map)) => args
                .iter()
                .map(|a| {
                    format!(
                        "{} = {}",
                        a.name,
                        shorten(
                            &map.get(&a.name).map(display_value).unwrap_or_default(),
                            SHOWN_CHARS
                        )
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
            (Kind::Codec(codec), Value::Object(map)) => format!(
                "{} = {}",
                codec.value.name,
                shorten(
                    &map.get(&codec.value.name)
                        .map(display_value)
                        .unwrap_or_default(),
                    SHOWN_CHARS
                )
            ),
            _ => shorten(&display_value(input), SHOWN_CHARS * 2),
        }
    }

    fn classify(
        &mut self,
        ex: &Exchange,
        case: &TestCase,
        test: &PreparedTest,
        cpu_limit: Duration,
    ) -> Result<Outcome, JudgeError> {
        let m = match &ex.reply {
            Reply::Message(m) => m,
            other => return Ok(self.abnormal_outcome(other, cpu_limit)),
        };
        let expected_raise = test.expected.get("$raises").and_then(Value::as_str);
        match m["type"].as_str() {
            Some("result") => {
                let actual = match crate::observe::record(
                    self.problem,
                    &test.input,
                    &crate::observe::of_call(&ex.events, 0),
                    m["value"].clone(),
                ) {
                    Ok(actual) => actual,
                    Err(why) => {
                        return Ok(Outcome::fail(
                            Verdict::RuntimeError,
                            format!("interfered with the judge: {why}"),
                        ))
                    }
                };
                if let Some(name) = expected_raise {
                    return Ok(Outcome {
                        actual: Some(actual),
                        ..Outcome::fail(
                            Verdict::WrongAnswer,
                            format!("expected {name} to be raised, but it returned a value"),
                        )
                    });
                }
                let (ok, why) = self.compare(case, test, &actual)?;
                if ok {
                    Ok(Outcome::pass())
                } else {
                    // A hidden test's data stays hidden: no first difference for it.
                    let message = why
                        .or_else(|| {
                            case.visible
                                .then(|| {
                                    self.first_difference(&test.input, &test.expected, &actual)
                                })
                                .flatten()
                        })
                        .unwrap_or_else(|| {
                            "the returned value differs from the expected output".into()
                        });
                    Ok(Outcome {
                        actual: Some(actual),
                        ..Outcome::fail(Verdict::WrongAnswer, message)
                    })
                }
            }
            Some("raised") => {
                let mro: Vec<&str> = m["mro"]
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                if let Some(name) = expected_raise {
                    if mro.contains(&name) {
                        return Ok(Outcome::pass());
                    }
                }
                let mut o = self.raised_outcome(m, expected_raise);
                if let Some(context) = m["context"].as_str() {
                    o.message = format!("{} {context}", o.message);
                }
                Ok(o)
            }
            Some("unjudgeable") => Ok(Outcome::fail(
                Verdict::WrongAnswer,
                m["message"]
                    .as_str()
                    .unwrap_or("the returned value cannot be judged")
                    .to_owned(),
            )),
            // `request` lets through only the types that answer the request; anything else
            // came from the submission all the same.
            other => Ok(Outcome::fail(
                Verdict::RuntimeError,
                format!(
                    "interfered with the judge: answered with a `{}` message",
                    shorten(other.unwrap_or("?"), 40)
                ),
            )),
        }
    }

    fn raised_outcome(&self, m: &Value, expected_raise: Option<&str>) -> Outcome {
        let exception = m["exception"].as_str().unwrap_or("Exception");
        let text = m["message"].as_str().unwrap_or("");
        let line = m["line"].as_u64().map(|l| l as u32);
        let at = line.map(|l| format!(" at line {l}")).unwrap_or_default();
        let traceback = m["traceback"]
            .as_str()
            .map(str::to_owned)
            .filter(|t| !t.is_empty());
        let (verdict, message) = match exception {
            "MemoryError" => (Verdict::MemoryLimitExceeded, format!("ran out of memory{at}; the limit is {} MB", self.problem.limits.memory_mb)),
            "SystemExit" => (Verdict::RuntimeError, format!("called sys.exit(){at}; return the answer instead")),
            "RecursionError" => (Verdict::RuntimeError, format!("RecursionError{at}: recursion deeper than the limit ({} nested calls, or fewer if the code lowered it); recurse less deeply or iterate", recursion_limit(self.problem))),
            // EPERM is what the cage's seccomp filter answers; unprivileged code meets it
            // nowhere else in the operations a solution makes.
            _ if self.judge.isolated.get() == Some(&true) && m["errno"] == 1 => {
                let traceback = m["traceback"].as_str().unwrap_or("");
                let network = m["origin"] == "socket.py"
                    || ["socket", "connect", "urlopen"]
                        .iter()
                        .any(|w| traceback.contains(w));
                let what = if network {
                    "network access is not allowed"
                } else {
                    "the sandbox refused an operation the solution does not need"
                };
                (Verdict::Blocked, format!("{what}{at}"))
            }
            "ModuleNotFoundError" | "ImportError" => (
                Verdict::RuntimeError,
                format!("{exception}: {text}{at}; onsite runs the standard library only (third-party packages such as sortedcontainers or numpy are not available)"),
            ),
            _ => {
                let detail = if text.is_empty() { String::new() } else { format!(": {text}") };
                let wanted = expected_raise.map(|w| format!(" (expected {w})")).unwrap_or_default();
                (Verdict::RuntimeError, format!("{exception}{detail}{at}{wanted}"))
            }
        };
        Outcome {
            verdict,
            message,
            actual: None,
            traceback,
            line,
        }
    }

    fn abnormal_outcome(&self, reply: &Reply, cpu_limit: Duration) -> Outcome {
        match reply {
            Reply::TimedOut { wall: false } => Outcome::fail(
                Verdict::TimeLimitExceeded,
                format!("used more than {} ms of CPU time", cpu_limit.as_millis()),
            ),
            Reply::TimedOut { wall: true } => Outcome::fail(
                Verdict::TimeLimitExceeded,
                "took too long in wall time (sleeping or waiting)",
            ),
            Reply::OutputExceeded => Outcome::fail(
                Verdict::OutputLimitExceeded,
                format!("printed more than {} KiB", self.problem.limits.output_kb),
            ),
            Reply::Garbled(e) => Outcome::fail(
                Verdict::RuntimeError,
                format!("interfered with the judge: wrote to its private channel ({e})"),
            ),
            Reply::Oversized(bytes) => Outcome::fail(
                Verdict::OutputLimitExceeded,
                format!(
                    "returned a value of {} MB, far more than any answer to this problem \
                     (the judge accepts {} MB at most)",
                    bytes >> 20,
                    self.reply_cap >> 20
                ),
            ),
            Reply::Died(exit) if exit.is_cpu_limit() => Outcome::fail(
                Verdict::TimeLimitExceeded,
                "used up the CPU time of the whole run",
            ),
            Reply::Died(Exit::Signal(sig)) => {
                let name = nix::sys::signal::Signal::try_from(*sig)
                    .map(|s| s.as_str())
                    .unwrap_or("a signal");
                let hint = if *sig == nix::libc::SIGSEGV {
                    " (often recursion too deep for the C stack, or ctypes)"
                } else {
                    ""
                };
                Outcome::fail(
                    Verdict::RuntimeError,
                    format!("the process crashed with {name}{hint}"),
                )
            }
            Reply::Died(Exit::Code(code)) => Outcome::fail(
                Verdict::RuntimeError,
                format!(
                    "the process exited with code {code} before returning (sys.exit or os._exit?)"
                ),
            ),
            Reply::Message(_) => Outcome::fail(Verdict::RuntimeError, "unexpected reply"),
        }
    }

    fn compare(
        &mut self,
        case: &TestCase,
        test: &PreparedTest,
        actual: &Value,
    ) -> Result<(bool, Option<String>), JudgeError> {
        if self.problem.compare != Compare::Custom {
            return Ok((
                compare::matches(self.problem.compare, &test.expected, actual),
                None,
            ));
        }
        if self.checker.is_none() {
            let process = match self.checker_booting.take() {
                Some(p) => p,
                None => {
                    self.judge
                        .spawn(&self.workdir, trusted_limits(), u64::MAX, Role::Trusted)?
                }
            };
            self.checker = Some(self.judge.load_trusted(
                process,
                self.problem,
                PackageCode::Checker,
            )?);
        }
        let Some(checker) = self.checker.as_mut() else {
            return Ok((false, None));
        };
        let checked = check_with(checker, self.problem, &test_label(case), test, actual);
        if checked.is_err() {
            self.checker = None;
        }
        checked
    }
}

/// Most of a value written out for display; reports show far less (`SHOWN_CHARS`), so a huge
/// returned value is never formatted whole.
const DISPLAY_CAP: usize = 1 << 16;

/// Ask the package's checker (a trusted process with `checker.py` loaded) whether `actual`
/// answers `test`: whether it does, and the checker's message. `label` names the test in the
/// error when the checker itself fails.
pub(crate) fn check_with(
    checker: &mut HarnessProcess,
    problem: &Problem,
    label: &str,
    test: &PreparedTest,
    actual: &Value,
) -> Result<(bool, Option<String>), JudgeError> {
    let budget = Budget {
        cpu: Duration::from_secs(10),
        wall: Duration::from_secs(20),
    };
    let ex = checker.request(
        json!({"type": "check", "input": test.input, "expected": test.expected, "actual": actual}),
        budget,
    )?;
    match ex.reply {
        Reply::Message(m) if m["type"] == "checked" => {
            let message = m["message"]
                .as_str()
                .filter(|s| !s.is_empty())
                .map(str::to_owned);
            Ok((m["ok"].as_bool().unwrap_or(false), message))
        }
        other => Err(JudgeError::Reference {
            slug: problem.slug.clone(),
            what: "checker.py",
            test: label.to_owned(),
            message: describe_reply(&other, &ex.output),
        }),
    }
}

/// A value as a person reads it: JSON with a space after each comma and colon. Writing stops
/// a little past [`DISPLAY_CAP`] bytes.
pub(crate) fn display_value(v: &Value) -> String {
    fn write(v: &Value, out: &mut String) {
        if out.len() > DISPLAY_CAP {
            return;
        }
        match v {
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if out.len() > DISPLAY_CAP {
                        return;
                    }
                    if i > 0 {
                        out.push_str(", ");
                    }
                    write(item, out);
                }
                out.push(']');
            }
            Value::Object(map) => {
                out.push('{');
                for (i, (k, v)) in map.iter().enumerate() {
                    if out.len() > DISPLAY_CAP {
                        return;
                    }
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&Value::String(shorten(k, DISPLAY_CAP)).to_string());
                    out.push_str(": ");
                    write(v, out);
                }
                out.push('}');
            }
            Value::String(text) if text.len() > DISPLAY_CAP => {
                let cut: String = text.chars().take(DISPLAY_CAP).collect();
                out.push_str(&Value::String(cut).to_string());
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    write(v, &mut out);
    out
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e5).round() / 100.0
}

fn printed(ex: &Exchange) -> Option<String> {
    if ex.output.is_empty() {
        return None;
    }
    let mut s = String::from_utf8_lossy(&ex.output).into_owned();
    if ex.output_truncated {
        s.push_str("\n… (output truncated)");
    }
    Some(s)
}

fn caret(text: &str, column: u64) -> String {
    let pad = " ".repeat(column.saturating_sub(1) as usize);
    format!("{text}\n{pad}^")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_value_is_written_out_only_as_far_as_shown() {
        let huge = Value::Array(vec![Value::from(12345); 1_000_000]);
        let written = display_value(&huge);
        assert!(written.len() < DISPLAY_CAP + 64, "{}", written.len());
        let shown = shorten(&written, SHOWN_CHARS);
        assert!(
            shown.ends_with(&format!("… (more than {DISPLAY_CAP} characters in all)")),
            "{shown}"
        );
        // Small values read as before.
        let small = json!({"a": [1, 2], "b": "x"});
        assert_eq!(display_value(&small), r#"{"a": [1, 2], "b": "x"}"#);
        assert_eq!(shorten("abcdef", 3), "abc… (6 characters in all)");
    }

    #[test]
    fn replies_are_capped_by_the_longest_answer() {
        let answers = [json!([1, 2, 3]), json!("a longer answer than the others")];
        assert_eq!(reply_cap(answers.iter()), 33 * 16 + (1 << 20));
        // [[1, 2], [3]]: 2 + 2 + 1 elements, 80 rounded up to the floor of 2^14.
        assert_eq!(item_cap([json!([[1, 2], [3]])].iter()), 1 << 14);
        let wide = json!({"rows": vec![vec![0; 100]; 100]});
        assert_eq!(item_cap(std::iter::once(&wide)), 1 << 18);
        assert_eq!(
            item_cap(std::iter::once(&json!(vec![0; 200_000]))),
            1_000_000
        );
        let huge = json!("x".repeat(8 << 20));
        assert_eq!(
            reply_cap(std::iter::once(&huge)),
            crate::protocol::MAX_FRAME
        );
    }
}
