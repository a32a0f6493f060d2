//! End-to-end judging, as data: real submissions through the real judge and interpreter.
//!
//! * every bundled package's `solution.py` must be accepted, its `brute.py` accepted on the
//!   tests it is fast enough for, and each `submissions/<verdict>/*.py` must get that verdict;
//! * every file under `tests/submissions/<slug>/` states its expected verdict in a
//!   `# expect: <verdict>` header (and optionally `# message: <text>` that the report's
//!   message, traceback or output must contain): hostile and LeetCode-compatibility cases.
//!
//! Each case is its own named test (libtest-mimic), so `cargo test -- two-sum` selects one.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use libtest_mimic::{Arguments, Failed, Trial};
use onsite_judge::{Judge, JudgeReport, MeasureOptions, Measurement, Python, Scope, Submission};
use onsite_problems::{Catalog, Problem};
use onsite_types::Verdict;

fn judge() -> Judge {
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("onsite-cache");
    let requested = std::env::var_os("ONSITE_PYTHON").map(PathBuf::from);
    let python = Python::resolve(requested.as_deref(), Some(&cache))
        .expect("a Python 3 interpreter is needed to run the judge's tests");
    Judge::new(python, Some(cache))
}

fn run(
    judge: &Judge,
    problem: &Problem,
    filename: &str,
    source: &str,
) -> Result<JudgeReport, Failed> {
    let submission = Submission {
        filename: filename.to_owned(),
        source: source.to_owned(),
    };
    judge
        .judge(problem, &submission, Scope::All, &mut |_| {})
        .map_err(|e| format!("the judge failed: {e}").into())
}

fn expect(report: &JudgeReport, verdict: Verdict, message: Option<&str>) -> Result<(), Failed> {
    let failure = report.failure.as_ref();
    let detail = failure
        .map(|f| {
            format!(
                "{} | {} | {}",
                f.message,
                f.traceback.as_deref().unwrap_or(""),
                f.output.as_deref().unwrap_or("")
            )
        })
        .unwrap_or_default();
    if report.verdict != verdict {
        return Err(format!(
            "expected {verdict}, judged {} ({}/{} passed): {detail}",
            report.verdict, report.passed, report.total
        )
        .into());
    }
    if let Some(m) = message {
        if !detail.contains(m) {
            return Err(format!("the report does not mention `{m}`: {detail}").into());
        }
    }
    Ok(())
}

fn header<'a>(source: &'a str, key: &str) -> Option<&'a str> {
    source
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| {
            l.strip_prefix('#')
                .map(str::trim)
                .and_then(|l| l.strip_prefix(key))
                .map(str::trim)
        })
}

/// Set in a child copy of this test binary: judge the submission in the named file against the
/// named problem, print the verdict and this process's peak resident memory, and exit.
const CHILD_JUDGES: &str = "ONSITE_JUDGE_TEST_CHILD";

fn main() {
    if let Some(what) = std::env::var_os(CHILD_JUDGES) {
        child_judges(&what.to_string_lossy());
        return;
    }
    let args = Arguments::from_args();
    let judge = Arc::new(judge());
    let catalog = Arc::new(Catalog::bundled());
    let mut trials = Vec::new();

    for broken in catalog.broken() {
        let text = broken
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n");
        trials.push(Trial::test(
            format!("package::{}::valid", broken.dir_name),
            move || Err(text.into()),
        ));
    }

    for problem in catalog.problems() {
        let slug = problem.slug.clone();
        for sample in problem.verdict_samples() {
            let (judge, catalog, slug2) = (judge.clone(), catalog.clone(), slug.clone());
            let name = sample.path.trim_start_matches("submissions/").to_owned();
            trials.push(Trial::test(format!("package::{slug}::{name}"), move || {
                let problem = catalog.get(&slug2).ok_or("problem vanished")?;
                let report = run(&judge, problem, &sample.name, &sample.source)?;
                expect(&report, sample.expected, None)
            }));
        }
        let (judge, catalog, slug2) = (judge.clone(), catalog.clone(), slug.clone());
        trials.push(Trial::test(
            format!("package::{slug}::brute.py"),
            move || {
                let problem = catalog
                    .get(&slug2)
                    .ok_or("problem vanished")?
                    .for_brute_force();
                let report = run(&judge, &problem, "brute.py", &problem.brute)?;
                expect(&report, Verdict::Accepted, None)
            },
        ));
    }

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/submissions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/submissions")
        .flatten()
        .flat_map(|d| {
            std::fs::read_dir(d.path())
                .into_iter()
                .flatten()
                .flatten()
                .map(|f| f.path())
        })
        .collect();
    files.sort();
    for path in files {
        let slug = path
            .parent()
            .and_then(Path::file_name)
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (judge, catalog) = (judge.clone(), catalog.clone());
        trials.push(Trial::test(
            format!("submission::{slug}::{name}"),
            move || {
                let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                let source = String::from_utf8(bytes).map_err(|_| "test submissions are UTF-8")?;
                // `a | b`: either verdict is honest (an endless recursion may run out of time or of
                // memory first, depending on the machine).
                let verdicts: Vec<Verdict> = header(&source, "expect:")
                    .ok_or("missing `# expect: <verdict>` header")?
                    .split('|')
                    .map(|v| v.trim().parse().map_err(|e| format!("{e}")))
                    .collect::<Result<_, _>>()?;
                let problem = catalog
                    .get(&slug)
                    .ok_or_else(|| format!("no bundled problem `{slug}`"))?;
                let started = std::time::Instant::now();
                let report = run(&judge, problem, &name, &source)?;
                let took = started.elapsed();
                // `# wall-within: <seconds>`: a bound on how long judging may hold a worker
                // (for submissions that sleep or spin), far above what an honest run needs.
                if let Some(bound) = header(&source, "wall-within:") {
                    let bound: f64 = bound.parse().map_err(|e| format!("wall-within: {e}"))?;
                    if took.as_secs_f64() > bound {
                        return Err(format!(
                            "judging took {:.1} s, more than {bound} s ({})",
                            took.as_secs_f64(),
                            report.verdict
                        )
                        .into());
                    }
                }
                let verdict = verdicts
                    .iter()
                    .copied()
                    .find(|v| *v == report.verdict)
                    .unwrap_or(verdicts[0]);
                expect(&report, verdict, header(&source, "message:"))
            },
        ));
    }

    trials.extend(host_effect_trials(&judge, &catalog));
    trials.push(huge_reply_trial());
    trials.extend(measure_trials(&judge, &catalog));
    trials.push(profile_trial(&catalog));
    trials.push(cold_stop_trial(&catalog));
    trials.push(warm_start_trial(&catalog));
    libtest_mimic::run(&args, trials).exit();
}

/// Hostile submissions whose effect on the host is checked from outside: a listener that must
/// see no connection, a canary file and an environment variable that must not leak, a host
/// path that must not be written. They need the cage; without it they are reported as failures
/// in CI and skipped with a printed reason elsewhere.
/// With processes started ahead of time, submissions still never share one: each leaves
/// traces (a file in its work directory, a patched builtin, a module attribute, a lingering
/// thread) that the next submission, judged on the same warm judge, must not find; and limits
/// that a warm process starts without (memory, CPU) still hold.
fn warm_start_trial(catalog: &Arc<Catalog>) -> Trial {
    let catalog = catalog.clone();
    Trial::test("warm::two-sum::submissions_share_nothing", move || {
        let judge = judge().keep_warm(true);
        judge.prewarm().map_err(|e| e.to_string())?;
        let problem = catalog.get("two-sum").ok_or("two-sum is bundled")?;
        let reference = &problem.solution;
        let polluter = format!(
            "import builtins, json, threading, time\n\
             open('/work/trace', 'w').write('left behind')\n\
             builtins.sorted = lambda *a, **k: [1, 0]\n\
             json.POLLUTED = True\n\
             threading.Thread(target=lambda: time.sleep(60), daemon=True).start()\n{reference}"
        );
        let probe = format!(
            "import builtins, json, os, threading\n\
             assert not os.path.exists('/work/trace'), 'saw the previous work directory'\n\
             assert sorted([2, 1]) == [1, 2], 'saw a patched builtin'\n\
             assert not hasattr(json, 'POLLUTED'), 'saw a patched module'\n\
             assert threading.active_count() == 1, 'saw another thread'\n{reference}"
        );
        for round in 0..3 {
            let report = run(&judge, problem, "polluter.py", &polluter)?;
            expect(&report, Verdict::Accepted, None)
                .map_err(|e| format!("round {round}: {e:?}"))?;
            let report = run(&judge, problem, "probe.py", &probe)?;
            expect(&report, Verdict::Accepted, None)
                .map_err(|e| format!("round {round}: {e:?}"))?;
        }
        let bomb = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/submissions/two-sum/memory_creep.py"),
        )
        .map_err(|e| e.to_string())?;
        expect(
            &run(&judge, problem, "memory_creep.py", &bomb)?,
            Verdict::MemoryLimitExceeded,
            None,
        )?;
        let spin = "def two_sum(nums, target):\n    while True:\n        pass\n";
        expect(
            &run(&judge, problem, "spin.py", spin)?,
            Verdict::TimeLimitExceeded,
            None,
        )
    })
}

/// A descriptor on `dir` held as the judge may have inherited it: open across exec (no
/// close-on-exec), above the cage's control descriptors.
fn inherited_directory(dir: &Path) -> Result<std::os::fd::OwnedFd, Failed> {
    use nix::fcntl::{fcntl, open, FcntlArg, OFlag};
    use std::os::fd::FromRawFd;
    let low = open(
        dir,
        OFlag::O_RDONLY | OFlag::O_DIRECTORY,
        nix::sys::stat::Mode::empty(),
    )
    .map_err(|e| e.to_string())?;
    let fd = fcntl(low, FcntlArg::F_DUPFD(10));
    let _ = nix::unistd::close(low);
    let fd = fd.map_err(|e| e.to_string())?;
    #[allow(unsafe_code)]
    // SAFETY: `fd` was just made by F_DUPFD and nothing else owns it.
    Ok(unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) })
}

/// Submissions that steer their own measurement. Measuring times calls in the submission's own
/// interpreter, so a submission can try to tell a timed call from a test (by its frames, by the
/// harness's state) and skip the work, or remember answers across the repeated calls of a
/// batch. Every timed call's value is checked and every call gets an input of its own.
fn measure_trials(judge: &Arc<Judge>, catalog: &Arc<Catalog>) -> Vec<Trial> {
    let honest = "    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";
    let sniffer = format!(
        "import sys\n\n\
         def _timed():\n\
         \x20   frame = sys._getframe(1)\n\
         \x20   while frame is not None:\n\
         \x20       name = frame.f_code.co_name\n\
         \x20       if name == '_time' or (name == '_go' and len(frame.f_locals.get('copies') or ()) > 1):\n\
         \x20           return True\n\
         \x20       frame = frame.f_back\n\
         \x20   return False\n\n\
         def two_sum(nums, target):\n\
         \x20   if _timed():\n\
         \x20       return [0, 1]\n{honest}"
    );
    let memo = "_answers = {}\n\n\
        def two_sum(nums, target):\n\
        \x20   key = (tuple(nums), target)\n\
        \x20   if key in _answers:\n\
        \x20       return _answers[key]\n\
        \x20   for i in range(len(nums)):\n\
        \x20       for j in range(i + 1, len(nums)):\n\
        \x20           if nums[i] + nums[j] == target:\n\
        \x20               _answers[key] = [i, j]\n\
        \x20               return [i, j]\n"
        .to_owned();
    // The same, answering with a string no UTF-8 encodes when timed.
    let unencodable = sniffer.replace("return [0, 1]", "return [0, '\\udc80']");
    let cases: Vec<(&str, String, MeasureCheck)> = vec![
        (
            "stack_sniffer_is_not_faster_than_the_reference",
            sniffer,
            sniffed,
        ),
        ("unencodable_timed_answer_is_wrong", unencodable, sniffed),
        ("memoising_copies_is_measured_as_it_computes", memo, |m| {
            // The brute force grows like n^2; remembering answers across a batch's copies made
            // it look linear. The last size may be a single call (a blow-up): leave it out.
            let s = &m.samples;
            let (a, b) = match s.len() {
                0 | 1 => return Err(format!("too few sizes measured: {m:?}").into()),
                2 => (&s[0], &s[1]),
                k => (&s[0], &s[k - 2]),
            };
            let growth = (b.candidate / a.candidate).ln() / (b.n as f64 / a.n as f64).ln();
            if growth < 1.5 {
                return Err(format!("measured growth n^{growth:.2}: {m:?}").into());
            }
            Ok(())
        }),
    ];
    cases
        .into_iter()
        .map(|(name, source, check)| {
            let (judge, catalog) = (judge.clone(), catalog.clone());
            Trial::test(format!("measure::two-sum::{name}"), move || {
                let problem = catalog.get("two-sum").ok_or("two-sum is bundled")?;
                let submission = Submission {
                    filename: format!("{name}.py"),
                    source,
                };
                let m = judge
                    .measure(problem, &submission, MeasureOptions::default(), &mut |_| {})
                    .map_err(|e| format!("the judge failed: {e}"))?
                    .ok_or("two-sum has a generator")?;
                check(&m)
            })
        })
        .collect()
}

/// The reference's warm profile: measured on the first judging and kept in the cache, used
/// (not measured again) on the next, and replaced by this run's own reference calls when it
/// no longer matches the machine (here: a profile doctored to claim ten times the time at its
/// larger sizes).
fn profile_trial(catalog: &Arc<Catalog>) -> Trial {
    let catalog = catalog.clone();
    Trial::test(
        "measure::two-sum::warm_profile_is_kept_used_and_refreshed",
        move || {
            let cache = tempfile::tempdir().map_err(|e| e.to_string())?;
            let python = judge().python().clone();
            let judge = Judge::new(python, Some(cache.path().to_owned()));
            let problem = catalog.get("two-sum").ok_or("two-sum is bundled")?;
            let submission = Submission {
                filename: "solution.py".into(),
                source: problem.solution.clone(),
            };
            let measure = || -> Result<Measurement, Failed> {
                let options = MeasureOptions {
                    budget: std::time::Duration::from_secs(3),
                    ..MeasureOptions::default()
                };
                judge
                    .measure(problem, &submission, options, &mut |_| {})
                    .map_err(|e| format!("the judge failed: {e}"))?
                    .ok_or_else(|| "two-sum has a generator".into())
            };
            let profiles = cache.path().join("profiles");
            let files = || -> Vec<PathBuf> {
                std::fs::read_dir(&profiles)
                    .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
                    .unwrap_or_default()
            };
            let first = measure()?;
            let [file] = files()
                .try_into()
                .map_err(|f| format!("one profile kept: {f:?}"))?;
            // The next judging uses the kept profile and leaves it as it is. A burst of load
            // while profiling (the whole test suite runs beside this on two cores) makes a
            // profile rightly found stale and measured again; but a profile kept on one
            // judging must be reused, unchanged, on the next within a few tries.
            let mut kept = std::fs::read_to_string(&file).ok();
            let mut reused = None;
            for _ in 0..4 {
                let m = measure()?;
                let now = std::fs::read_to_string(&file).ok();
                if now.is_some() && now == kept {
                    reused = Some(m);
                    break;
                }
                kept = now;
            }
            let (Some(second), Some(kept)) = (reused, kept) else {
                return Err("every judging measured the profile again".into());
            };
            let sizes = |m: &Measurement| m.samples.iter().map(|s| s.n).collect::<Vec<_>>();
            if first.samples.len() < 3 || sizes(&first) != sizes(&second) {
                return Err(format!("{first:?}\n{second:?}").into());
            }
            // Ten times the real time at the larger half of the sizes (as a burst of load while
            // profiling would leave it): this run's calibration calls disagree.
            let mut doctored: serde_json::Value =
                serde_json::from_str(&kept).map_err(|e| e.to_string())?;
            let sizes_kept = doctored["sizes"].as_array_mut().ok_or("sizes")?;
            let half = sizes_kept.len() / 2;
            for size in &mut sizes_kept[half..] {
                size["seconds"] = (size["seconds"].as_f64().ok_or("seconds")? * 10.0).into();
            }
            std::fs::write(&file, doctored.to_string()).map_err(|e| e.to_string())?;
            let third = measure()?;
            let worst = third
                .samples
                .iter()
                .map(|s| s.reference / s.candidate)
                .fold(0.0_f64, f64::max);
            if worst > 4.0 || file.exists() {
                return Err(format!(
                    "a stale profile was used ({worst:.1}× the submission's time) or kept \
                 ({}): {third:?}",
                    file.exists()
                )
                .into());
            }
            Ok(())
        },
    )
}

/// A submission that failed a test while its measuring inputs were still being made (the first
/// judging after install, or after the cache let them go) is not held up by them: making them
/// stops between inputs, nothing is timed, and no partial list is cached as if complete.
fn cold_stop_trial(catalog: &Arc<Catalog>) -> Trial {
    let catalog = catalog.clone();
    Trial::test(
        "measure::two-sum::a_failed_test_stops_making_inputs",
        move || {
            let cache = tempfile::tempdir().map_err(|e| e.to_string())?;
            let judge = Judge::new(judge().python().clone(), Some(cache.path().to_owned()));
            let problem = catalog.get("two-sum").ok_or("two-sum is bundled")?;
            let submission = Submission {
                filename: "solution.py".into(),
                source: problem.solution.clone(),
            };
            // The test fails just as measuring starts, before its inputs are made.
            let failed = std::sync::atomic::AtomicBool::new(false);
            let mut fail = |e: &onsite_judge::JudgeEvent| {
                if matches!(e, onsite_judge::JudgeEvent::Measuring { .. }) {
                    failed.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            };
            let m = judge
                .measure_until(
                    problem,
                    &submission,
                    MeasureOptions::default(),
                    &failed,
                    &mut fail,
                )
                .map_err(|e| format!("the judge failed: {e}"))?
                .ok_or("two-sum has a generator")?;
            if !m.samples.is_empty()
                || !m.stopped.as_deref().is_some_and(|s| s.contains("given up"))
            {
                return Err(format!("measured after a failed test: {m:?}").into());
            }
            let cached: Vec<PathBuf> = std::fs::read_dir(cache.path().join("tests"))
                .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
                .unwrap_or_default();
            if !cached.is_empty() {
                return Err(format!("inputs cached after stopping: {cached:?}").into());
            }
            Ok(())
        },
    )
}

/// A submission that skips the work when timed: never faster than the reference, and its
/// measurement reports the wrong value.
fn sniffed(m: &Measurement) -> Result<(), Failed> {
    let faster = m
        .samples
        .iter()
        .filter(|s| s.candidate < s.reference / 3.0)
        .count();
    let json = serde_json::to_value(m).map_err(|e| e.to_string())?;
    if faster > 0 || !json["wrong"].is_string() {
        return Err(format!(
            "measured {faster} size(s) at under a third of the reference's time, wrong: {}; \
             {m:?}",
            json["wrong"]
        )
        .into());
    }
    Ok(())
}

/// A check of a measurement.
type MeasureCheck = fn(&Measurement) -> Result<(), Failed>;

/// The child side of [`huge_reply_trial`]: `what` is `<slug> <file>`.
fn child_judges(what: &str) {
    let (slug, file) = what.split_once(' ').expect("`<slug> <file>`");
    let catalog = Catalog::bundled();
    let problem = catalog.get(slug).expect("a bundled problem");
    let source = std::fs::read_to_string(file).expect("the submission");
    let verdict = match run(&judge(), problem, "child.py", &source) {
        Ok(report) => report.verdict.to_string(),
        Err(e) => format!("error: {e:?}"),
    };
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let hwm = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(u64::MAX);
    println!("verdict={verdict} hwm_kb={hwm}");
}

/// One 66 MB reply frame, well formed and answering the current request, made the judge hold
/// gigabytes (the frame, its parsed value, its formatted display). A separate judging process
/// (this binary again, judging one submission) must stay under 256 MB at its peak.
fn huge_reply_trial() -> Trial {
    Trial::test("bounds::two-sum::huge_reply_keeps_the_judge_small", || {
        let source = r#"import os, sys

def two_sum(nums, target):
    seq, frame = None, sys._getframe()
    while frame is not None and seq is None:
        msg = frame.f_locals.get("msg")
        if isinstance(msg, dict):
            seq = msg.get("seq")
        frame = frame.f_back
    head = ('{"type":"result","seq":%s,"value":[' % json_int(seq)).encode()
    size = 66_000_000
    body_items = (size - len(head) - 2) // 2
    os.write(4, size.to_bytes(4, "little") + head)
    chunk = b"0," * (1 << 19)
    left = body_items
    while left > 0:
        part = chunk if left >= (1 << 19) else b"0," * left
        os.write(4, part)
        left -= len(part) // 2
    os.write(4, b"0]}"[: size - len(head) - 2 * body_items])
    return [0, 1]

def json_int(v):
    return "null" if v is None else str(v)
"#;
        let dir = tempfile_dir()?;
        let file = dir.join("huge_reply.py");
        std::fs::write(&file, source).map_err(|e| e.to_string())?;
        let out = std::process::Command::new(std::env::current_exe().map_err(|e| e.to_string())?)
            .env(CHILD_JUDGES, format!("two-sum {}", file.display()))
            .output()
            .map_err(|e| e.to_string())?;
        let _ = std::fs::remove_dir_all(&dir);
        let text = String::from_utf8_lossy(&out.stdout);
        let hwm_kb: u64 = text
            .split_whitespace()
            .find_map(|w| w.strip_prefix("hwm_kb="))
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| {
                format!(
                    "the judging process reported nothing ({}): {text} {}",
                    out.status,
                    String::from_utf8_lossy(&out.stderr)
                )
            })?;
        if hwm_kb > 256 * 1024 {
            return Err(
                format!("the judging process peaked at {} MB: {text}", hwm_kb / 1024).into(),
            );
        }
        if !text.contains("verdict=output_limit_exceeded")
            && !text.contains("verdict=runtime_error")
        {
            return Err(format!("expected a verdict about the reply: {text}").into());
        }
        Ok(())
    })
}

fn tempfile_dir() -> Result<PathBuf, Failed> {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("huge-reply-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    Ok(dir)
}

/// A host-effect check: judges a submission and inspects the host around it.
type HostCheck = fn(&Judge, &Problem) -> Result<(), Failed>;

fn host_effect_trials(judge: &Arc<Judge>, catalog: &Arc<Catalog>) -> Vec<Trial> {
    let cases: Vec<(&str, HostCheck)> = vec![
        ("connects_to_a_loopback_listener", |judge, problem| {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
            let port = listener.local_addr().map_err(|e| e.to_string())?.port();
            let source = format!(
                "import socket\n\ndef two_sum(nums, target):\n    socket.create_connection(('127.0.0.1', {port}), timeout=2).sendall(b'leak')\n    return [0, 1]\n"
            );
            let report = run(judge, problem, "connect.py", &source)?;
            expect(
                &report,
                Verdict::Blocked,
                Some("network access is not allowed"),
            )?;
            listener.set_nonblocking(true).map_err(|e| e.to_string())?;
            match listener.accept() {
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(()),
                other => Err(format!("the listener was reached: {other:?}").into()),
            }
        }),
        ("reads_a_host_file", |judge, problem| {
            let canary = format!("contents-only-the-host-knows-{}", std::process::id());
            let path =
                std::env::temp_dir().join(format!("onsite-canary-{}.txt", std::process::id()));
            std::fs::write(&path, &canary).map_err(|e| e.to_string())?;
            let source = format!(
                "def two_sum(nums, target):\n    print(open({:?}).read())\n    return [0, 1]\n",
                path.display().to_string()
            );
            let report = run(judge, problem, "read_host.py", &source);
            let _ = std::fs::remove_file(&path);
            let report = report?;
            expect(
                &report,
                Verdict::RuntimeError,
                Some("No such file or directory"),
            )?;
            if format!("{report:?}").contains(&canary) {
                return Err("the canary leaked into the report".into());
            }
            Ok(())
        }),
        ("reads_the_judges_environment", |judge, problem| {
            // The judge's own environment (and its parent's) holds a secret; the submission
            // answers right only if it finds it.
            std::env::set_var("ONSITE_TEST_SECRET", "hunter2-canary");
            let source = "import os\n\ndef two_sum(nums, target):\n    found = 'hunter2-canary' in repr(dict(os.environ))\n    for pid in range(1, 64):\n        try:\n            found |= b'hunter2-canary' in open('/proc/%d/environ' % pid, 'rb').read()\n        except OSError:\n            pass\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen and found:\n            return [seen[target - x], i]\n        seen[x] = i\n    return [-1, -1]\n";
            let report = run(judge, problem, "environ.py", source)?;
            expect(&report, Verdict::WrongAnswer, None)
        }),
        ("writes_outside_its_work_directory", |judge, problem| {
            let target = std::env::temp_dir().join(format!("onsite-escape-{}", std::process::id()));
            let source = format!(
                "def two_sum(nums, target):\n    open({:?}, 'w').write('escaped')\n    seen = {{}}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n",
                target.display().to_string()
            );
            let report = run(judge, problem, "write_host.py", &source)?;
            let escaped = target.exists();
            let _ = std::fs::remove_file(&target);
            if escaped {
                return Err(format!("{} was written on the host", target.display()).into());
            }
            // Inside the cage /tmp is the private work directory: writing there is harmless.
            expect(&report, Verdict::Accepted, None)
        }),
        ("opens_kernel_settings_for_writing", |judge, problem| {
            // Opening for appending writes nothing even where it is allowed: the host is left
            // as it was whatever the outcome. A root-run judge's submission used to be host
            // root for these checks.
            let before =
                std::fs::read("/proc/sys/kernel/core_pattern").map_err(|e| e.to_string())?;
            let source = "import os\n\ndef two_sum(nums, target):\n    opened = []\n    for path in ['/proc/sys/kernel/core_pattern', '/proc/sys/kernel/modprobe', '/proc/sys/vm/drop_caches', '/proc/sys/kernel/hostname', '/proc/sys/net/ipv4/ip_forward', '/proc/sysrq-trigger']:\n        try:\n            with open(path, 'a'):\n                opened.append(path)\n        except OSError:\n            pass\n    if opened:\n        raise PermissionError('opened for writing: ' + ', '.join(opened))\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";
            let report = run(judge, problem, "sysctl.py", source)?;
            let after =
                std::fs::read("/proc/sys/kernel/core_pattern").map_err(|e| e.to_string())?;
            if before != after {
                return Err("the host's core_pattern changed".into());
            }
            expect(&report, Verdict::Accepted, None)
        }),
        (
            "uses_a_directory_descriptor_the_judge_inherited",
            |judge, problem| {
                // Whatever started the judge may leave descriptors open without close-on-exec (a
                // shell, a service manager, a test runner): one on a host directory is a way out of
                // the cage's mount namespace, by `openat` relative to it.
                let dir =
                    std::env::temp_dir().join(format!("onsite-fd-canary-{}", std::process::id()));
                std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
                std::fs::write(dir.join("canary"), "host").map_err(|e| e.to_string())?;
                let fd = inherited_directory(&dir)?;
                let source = "import os, stat\n\ndef two_sum(nums, target):\n    reached = []\n    for fd in range(5, 1024):\n        try:\n            if stat.S_ISDIR(os.fstat(fd).st_mode):\n                os.close(os.open('canary', os.O_RDONLY, dir_fd=fd))\n                reached.append(fd)\n        except OSError:\n            pass\n    if reached:\n        raise RuntimeError('reached the host through descriptors %s' % reached)\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";
                let report = run(judge, problem, "inherited_fd.py", source);
                drop(fd);
                let _ = std::fs::remove_dir_all(&dir);
                expect(&report?, Verdict::Accepted, None)
            },
        ),
    ];
    cases
        .into_iter()
        .map(|(name, check)| {
            let (judge, catalog) = (judge.clone(), catalog.clone());
            Trial::test(format!("host::two-sum::{name}"), move || {
                if !judge.is_isolated() {
                    if std::env::var_os("CI").is_some() {
                        return Err("process isolation is not available on this CI machine".into());
                    }
                    println!("skipped: process isolation (user namespaces, seccomp) is not available here");
                    return Ok(());
                }
                let problem = catalog.get("two-sum").ok_or("two-sum is bundled")?;
                check(&judge, problem)
            })
        })
        .collect()
}
