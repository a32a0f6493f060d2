//! The practice engine through the CLI: a simulated week (plans, attempts, failures, hints,
//! reviews, timed practice, a mock interview) checked against the history, the review schedule
//! and the statistics; a submit killed half-way; a damaged history; the mock interview in a
//! real terminal (tmux).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::{command, stderr, stdout, GOOD};

const WRONG_TWO_SUM: &str = "def two_sum(nums, target):\n    return [0, 1]\n";
const CONTAINS_DUPLICATE: &str =
    "def contains_duplicate(nums):\n    return len(set(nums)) < len(nums)\n";
const VALID_PARENTHESES: &str = "def is_valid(s):\n    pairs = {')': '(', ']': '[', '}': '{'}\n    stack = []\n    for c in s:\n        if c in pairs:\n            if not stack or stack.pop() != pairs[c]:\n                return False\n        else:\n            stack.append(c)\n    return not stack\n";
const WRONG_VALID_PARENTHESES: &str = "def is_valid(s):\n    return s.count('(') == s.count(')')\n";

/// A candidate's machine: a history, a folder to work in, a temporary folder (where the
/// judge's run directories go, even from an onsite killed half-way), and a clock we set.
struct Candidate {
    _dir: tempfile::TempDir,
    data: PathBuf,
    work: PathBuf,
    tmp: PathBuf,
    now: String,
}

impl Candidate {
    fn new() -> Candidate {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().join("data");
        let work = dir.path().join("work");
        let tmp = dir.path().join("tmp");
        std::fs::create_dir_all(&work).expect("mkdir");
        std::fs::create_dir_all(&tmp).expect("mkdir");
        Candidate {
            _dir: dir,
            data,
            work,
            tmp,
            now: "2026-03-02T09:00:00Z".into(),
        }
    }

    fn at(&mut self, time: &str) -> &mut Candidate {
        self.now = time.to_owned();
        self
    }

    fn cmd(&self, args: &[&str]) -> std::process::Command {
        let mut c = command();
        c.args(args)
            .env("ONSITE_DATA_DIR", &self.data)
            .env("ONSITE_NOW", &self.now)
            .env("ONSITE_MEASURE_MS", "0")
            .env("TZ", "UTC")
            .env("TMPDIR", &self.tmp)
            .current_dir(&self.work);
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        let out = self.cmd(args).output().expect("run onsite");
        assert_eq!(
            out.status.code(),
            Some(0),
            "onsite {args:?} failed:\n{}{}",
            stdout(&out),
            stderr(&out)
        );
        out
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.run(args);
        serde_json::from_str(&stdout(&out))
            .unwrap_or_else(|e| panic!("onsite {args:?}: not JSON ({e}):\n{}", stdout(&out)))
    }

    fn write(&self, name: &str, code: &str, slug: &str) -> PathBuf {
        let path = self.work.join(name);
        std::fs::write(&path, format!("# onsite: {slug}\n{code}")).expect("write solution");
        path
    }
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn slugs(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .expect("an array")
        .iter()
        .map(|i| i["problem"].as_str().expect("a slug").to_owned())
        .collect()
}

#[test]
fn a_week_of_practice_is_recorded_scheduled_and_counted() {
    let mut c = Candidate::new();

    // Monday: the core plan starts; two-sum fails, then passes; contains-duplicate needs a hint.
    let plan = c.at("2026-03-02T09:00:00Z").json(&["plan", "--json"]);
    assert_eq!(plan["activated"], true);
    assert_eq!(plan["plan"]["name"], "core");
    let first: Vec<&str> = plan["today"]["new"]
        .as_array()
        .expect("new problems")
        .iter()
        .filter_map(|p| p["slug"].as_str())
        .collect();
    assert_eq!(first, ["contains-duplicate", "two-sum"]);

    let start = c.json(&["start", "two-sum", ".", "--json"]);
    assert_eq!(start["mode"], "practice");
    let stub = std::fs::read_to_string(c.work.join("two_sum.py")).expect("stub");
    assert!(stub.starts_with("# onsite: two-sum\n"), "{stub}");
    let file = c.write("two_sum.py", WRONG_TWO_SUM, "two-sum");
    let r = c
        .at("2026-03-02T09:05:00Z")
        .json(&["submit", s(&file), "--json"]);
    assert_eq!(r["verdict"], "wrong_answer");
    assert_eq!(r["time_spent_secs"], 300);
    assert_eq!(r["review"]["grade"], "again");
    assert_eq!(r["review"]["interval_days"], 1);
    c.write("two_sum.py", GOOD, "two-sum");
    let r = c
        .at("2026-03-02T09:10:00Z")
        .json(&["submit", s(&file), "--json"]);
    assert_eq!(r["verdict"], "accepted");
    assert_eq!(
        r["review"]["grade"], "good",
        "accepted, but not at the first try"
    );
    let debugging = &r["scores"]["dimensions"][5];
    assert_eq!(debugging["dimension"], "debugging");
    assert_eq!(
        debugging["score"], 90,
        "fixed after one failed submission: {debugging}"
    );
    let two_sum_due = r["review"]["due"].as_str().expect("due").to_owned();

    c.at("2026-03-02T09:20:00Z")
        .run(&["start", "contains-duplicate", "."]);
    let hint = c
        .at("2026-03-02T09:21:00Z")
        .json(&["hint", "contains-duplicate", "--json"]);
    assert_eq!(hint["number"], 1);
    assert!(hint["text"].as_str().is_some_and(|t| !t.is_empty()));
    let file = c.write(
        "contains_duplicate.py",
        CONTAINS_DUPLICATE,
        "contains-duplicate",
    );
    let r = c
        .at("2026-03-02T09:30:00Z")
        .json(&["submit", s(&file), "--json"]);
    assert_eq!(r["verdict"], "accepted");
    assert_eq!(r["hints_used"], 1);
    assert_eq!(
        r["review"]["grade"], "hard",
        "a hinted solve comes back sooner"
    );
    assert_eq!(r["review"]["interval_days"], 1);

    // Tuesday: valid-parentheses fails and is left; the hinted problem is already due.
    c.at("2026-03-03T18:00:00Z")
        .run(&["start", "valid-parentheses", "."]);
    let file = c.write(
        "valid_parentheses.py",
        WRONG_VALID_PARENTHESES,
        "valid-parentheses",
    );
    let r = c
        .at("2026-03-03T18:40:00Z")
        .json(&["submit", s(&file), "--json"]);
    assert_eq!(r["verdict"], "wrong_answer");
    let queue = c
        .at("2026-03-03T18:45:00Z")
        .json(&["review", "--list", "--json"]);
    assert_eq!(queue["scheduled"], 3);
    assert_eq!(slugs(&queue["due"]), ["contains-duplicate"], "{queue}");

    // Wednesday evening: the hinted, the good and the failed problems are due, most overdue
    // first (a good first solve comes back after two days); two are re-solved from blank stubs.
    assert_eq!(two_sum_due, "2026-03-04T09:10:00Z");
    let queue = c
        .at("2026-03-04T19:00:00Z")
        .json(&["review", "--list", "--json"]);
    assert_eq!(
        slugs(&queue["due"]),
        ["contains-duplicate", "two-sum", "valid-parentheses"]
    );
    let out = c.run(&["review"]);
    assert!(
        stdout(&out).contains("contains_duplicate_review_20260304.py"),
        "{}",
        stdout(&out)
    );
    let blank = std::fs::read_to_string(c.work.join("contains_duplicate_review_20260304.py"))
        .expect("stub");
    assert!(
        !blank.contains("set(nums)"),
        "the review stub is blank:\n{blank}"
    );
    let file = c.write(
        "contains_duplicate_review_20260304.py",
        CONTAINS_DUPLICATE,
        "contains-duplicate",
    );
    let r = c
        .at("2026-03-04T19:04:00Z")
        .json(&["submit", s(&file), "--json"]);
    assert_eq!(r["mode"], "review");
    assert_eq!(
        r["review"]["grade"], "easy",
        "first try, 4 minutes, no hint"
    );
    assert!(r["review"]["interval_days"].as_i64().expect("days") > 1);
    c.at("2026-03-04T19:10:00Z")
        .run(&["review", "valid-parentheses"]);
    let file = c.write(
        "valid_parentheses_review_20260304.py",
        VALID_PARENTHESES,
        "valid-parentheses",
    );
    let r = c
        .at("2026-03-04T19:20:00Z")
        .json(&["submit", s(&file), "--json"]);
    assert_eq!(
        (r["mode"].as_str(), r["verdict"].as_str()),
        (Some("review"), Some("accepted"))
    );
    let queue = c.json(&["review", "--list", "--json"]);
    assert_eq!(slugs(&queue["due"]), ["two-sum"], "{queue}");

    // Thursday: timed practice on an easy problem, submitted late and wrong.
    let out = c
        .at("2026-03-05T08:00:00Z")
        .run(&["timed", "--difficulty", "easy", "--no-wait"]);
    let text = stdout(&out);
    let wrote = text
        .lines()
        .find_map(|l| l.strip_prefix("wrote "))
        .expect("the stub's path");
    assert!(wrote.contains("_timed_20260305.py"), "{text}");
    assert!(text.contains("time is up at Thu 5 Mar 08:15"), "{text}");
    let timed = c.work.join(wrote);
    let r = c
        .at("2026-03-05T08:30:00Z")
        .json(&["submit", s(&timed), "--json"]);
    assert_eq!(r["mode"], "timed");
    assert_eq!(r["within_deadline"], false);
    assert_ne!(r["verdict"], "accepted", "the stub alone solves nothing");

    // Friday: a mock interview on two-sum, through a pipe.
    let out = mock_through_a_pipe(
        &c.at("2026-03-06T10:00:00Z").cmd(&["mock", "two-sum"]),
        &c.work,
    );
    assert!(out.contains("mock interview: two-sum"), "{out}");
    assert!(out.contains("accepted at submission 1 of 1"), "{out}");
    assert!(out.contains("asked about empty"), "{out}");

    // Saturday: the statistics see all of it.
    let st = c.at("2026-03-07T20:00:00Z").json(&["stats", "--json"]);
    assert_eq!(st["attempts"], 8, "{st}");
    assert_eq!(st["accepted"], 5, "{st}");
    assert_eq!(st["problems_solved"], 3);
    assert_eq!(st["mock_interviews"], 1);
    assert_eq!(
        (st["streak_days"].as_u64(), st["practised_today"].as_bool()),
        (Some(5), Some(false))
    );
    assert_eq!(st["longest_streak"], 5);
    let easy = &st["by_difficulty"][0];
    assert_eq!(easy["difficulty"], "easy");
    assert!(easy["avg_minutes_to_accept"].as_f64().is_some());
    let weakest = &st["patterns"][0];
    assert_eq!(weakest["solved"], 0, "weakest first: {weakest}");
    let csv = stdout(&c.run(&["stats", "--csv"]));
    assert_eq!(
        csv.lines().count(),
        9,
        "a header and one row per attempt:\n{csv}"
    );
    assert!(
        csv.lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("1,two-sum,,practice,")),
        "{csv}"
    );
    let human = stdout(&c.run(&["stats"]));
    assert!(human.contains("8 attempts, 5 accepted"), "{human}");

    // The plan moved on: session 1's problems are solved.
    let plan = c.json(&["plan", "--json"]);
    assert_eq!(plan["activated"], false);
    assert_eq!(plan["progress"]["current"]["number"], 2);
    assert!(plan["progress"]["solved"].as_u64().expect("count") >= 3);
}

/// Run `onsite mock` with a pipe for stdin: answer the stages, write a solution into the stub
/// once it exists, submit, and end. Returns stdout.
fn mock_through_a_pipe(cmd: &std::process::Command, work: &Path) -> String {
    let mut cmd = clone(cmd);
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn onsite mock");
    let mut stdin = child.stdin.take().expect("stdin");
    let stub = work.join("two_sum_mock_20260306.py");
    wait_for(
        || std::fs::read_to_string(&stub).is_ok_and(|t| t.contains("def two_sum")),
        "the mock interview's stub",
    );
    std::fs::write(&stub, format!("# onsite: two-sum\n{GOOD}")).expect("write solution");
    for line in [
        "1 2",
        "",
        "check every pair, O(n^2)",
        "one pass with a dict of complements, O(n)",
        "t {\"nums\": [3, 3], \"target\": 6}",
        "s",
        "q",
    ] {
        writeln!(stdin, "{line}").expect("type");
    }
    drop(stdin);
    let out = finish(child, Duration::from_secs(120));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

fn clone(cmd: &std::process::Command) -> std::process::Command {
    let mut c = std::process::Command::new(cmd.get_program());
    c.args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    if let Some(d) = cmd.get_current_dir() {
        c.current_dir(d);
    }
    c
}

fn wait_for(mut ready: impl FnMut() -> bool, what: &str) {
    let start = Instant::now();
    while !ready() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{what} never came"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn finish(mut child: Child, limit: Duration) -> Output {
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().expect("output");
            panic!("onsite did not finish:\n{}{}", stdout(&out), stderr(&out));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn killing_onsite_during_a_submit_loses_no_earlier_attempt() {
    let c = Candidate::new();
    let good = c.write("two_sum.py", GOOD, "two-sum");
    for _ in 0..2 {
        c.run(&["submit", s(&good), "--json"]);
    }
    let slow = c.write(
        "slow.py",
        "def two_sum(nums, target):\n    while True:\n        pass\n",
        "two-sum",
    );
    let attempts = |c: &Candidate| {
        c.json(&["stats", "--json"])["attempts"]
            .as_u64()
            .expect("count")
    };
    assert_eq!(attempts(&c), 2);

    // Killed while judging: nothing of it is recorded, and the history still opens.
    let child = c
        .cmd(&["submit", s(&slow)])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    std::thread::sleep(Duration::from_millis(700));
    kill(child);
    assert_eq!(attempts(&c), 2);

    // Killed at moments spread over a whole submit, recording included: every kill leaves the
    // history readable, with every earlier attempt and at most the one in progress added.
    let mut before = 2;
    for delay in [50, 150, 300, 500, 800, 1200, 1800] {
        let child = c
            .cmd(&["submit", s(&good)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(delay));
        kill(child);
        let now = attempts(&c);
        assert!(
            now == before || now == before + 1,
            "after a kill at {delay} ms: {before} -> {now}"
        );
        before = now;
    }
    let csv = stdout(&c.run(&["stats", "--csv"]));
    assert_eq!(csv.lines().count() as u64, before + 1, "{csv}");
}

fn kill(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn a_damaged_history_is_reported_and_left_alone() {
    let c = Candidate::new();
    std::fs::create_dir_all(&c.data).expect("mkdir");
    let db = c.data.join("onsite.db");
    std::fs::write(&db, b"not a database at all").expect("write");
    let out = c.cmd(&["stats"]).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("onsite.db") && err.contains("not an onsite database"),
        "{err}"
    );
    assert_eq!(std::fs::read(&db).expect("read"), b"not a database at all");
}

#[test]
fn every_command_has_help_with_an_example() {
    let top = stdout(&command().arg("--help").output().expect("help"));
    let commands: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .filter(|c| c != "help")
        .collect();
    for expected in [
        "submit", "watch", "hint", "review", "timed", "mock", "plan", "stats",
    ] {
        assert!(
            commands.iter().any(|c| c == expected),
            "{expected} missing from:\n{top}"
        );
    }
    let mut missing = Vec::new();
    for cmd in &commands {
        let mut args = vec![cmd.as_str()];
        if cmd == "problems" {
            for sub in ["new", "check", "verify"] {
                let out = command()
                    .args(["problems", sub, "--help"])
                    .output()
                    .expect("help");
                if !stdout(&out).contains("Example: onsite") {
                    missing.push(format!("problems {sub}"));
                }
            }
            continue;
        }
        args.push("--help");
        let out = command().args(&args).output().expect("help");
        if !stdout(&out).contains("Example: onsite") {
            missing.push(cmd.clone());
        }
    }
    assert!(missing.is_empty(), "no example in --help of: {missing:?}");
}

/// The mock interview in a real terminal: tmux runs it, keys are sent, the screen is read.
#[test]
fn a_mock_interview_runs_in_a_terminal() {
    let have_tmux = std::process::Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_tmux {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is needed for the terminal test under CI=true (.ci/run installs it)"
        );
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let c = Candidate::new();
    let socket = c.work.join("tmux.sock");
    let tmux = |args: &[&str]| {
        let out = std::process::Command::new("tmux")
            .arg("-S")
            .arg(&socket)
            .args(args)
            .output()
            .expect("tmux");
        assert!(out.status.success(), "tmux {args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let cmd = c.cmd(&["mock", "two-sum"]);
    let mut line = String::new();
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            line.push_str(&format!(
                "{}='{}' ",
                k.to_string_lossy(),
                v.to_string_lossy()
            ));
        }
    }
    line.push_str(&format!(
        "'{}' mock two-sum; sleep 30",
        env!("CARGO_BIN_EXE_onsite")
    ));
    tmux(&[
        "new-session",
        "-d",
        "-x",
        "160",
        "-y",
        "50",
        "-s",
        "mock",
        "-c",
        s(&c.work),
        &line,
    ]);
    let screen = || tmux(&["capture-pane", "-p", "-J", "-S", "-200", "-t", "mock"]);
    let expect = |text: &str| {
        let start = Instant::now();
        loop {
            let now = screen();
            if now.contains(text) {
                return now;
            }
            assert!(
                start.elapsed() < Duration::from_secs(90),
                "`{text}` never shown:\n{now}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    let keys = |text: &str| {
        tmux(&["send-keys", "-t", "mock", "-l", text]);
        tmux(&["send-keys", "-t", "mock", "Enter"]);
    };
    expect("ask>");
    keys("2 7");
    expect("interviewer:");
    keys("");
    expect("Stage 2, brute force");
    keys("try all pairs in O(n^2)");
    expect("Stage 3, optimise");
    keys("hash map of complements, O(n) time");
    expect("Stage 4, code");
    std::fs::write(
        c.work.join("two_sum_mock_20260302.py"),
        format!("# onsite: two-sum\n{GOOD}"),
    )
    .expect("write solution");
    expect("examples pass");
    keys("s");
    expect("Stage 6, follow-up");
    keys("q");
    let end = expect("timeline");
    assert!(end.contains("Communication"), "{end}");
    assert!(end.contains(": empty, performance"), "{end}");
    assert!(end.contains("improved O(n^2) to O(n)"), "{end}");
    // The mock kept a process warm; it went with the mock (its directory among the rest).
    let deadline = Instant::now() + Duration::from_secs(10);
    let left = loop {
        let left = std::fs::read_dir(&c.tmp).map_or(0, |d| d.count());
        if left == 0 || Instant::now() > deadline {
            break left;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(
        left,
        0,
        "run directories left behind in {}",
        c.tmp.display()
    );
    let _ = std::process::Command::new("tmux")
        .arg("-S")
        .arg(&socket)
        .args(["kill-server"])
        .output();
}

#[test]
fn watch_runs_the_examples_on_every_save_and_ctrl_c_leaves_nothing_behind() {
    let c = Candidate::new();
    let file = c.write("two_sum.py", WRONG_TWO_SUM, "two-sum");
    let mut child = c
        .cmd(&["watch", s(&file)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn onsite watch");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    let next_run = |what: &str| -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = rx
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no run after {what}"));
            if line.contains("examples pass") || line.contains("Wrong Answer") {
                return line;
            }
        }
    };
    let first = next_run("starting");
    assert!(first.contains("Wrong Answer"), "{first}");
    // Save the way editors do: a new file renamed over the old one.
    let tmp = c.work.join(".two_sum.py.swp");
    std::fs::write(&tmp, format!("# onsite: two-sum\n{GOOD}")).expect("write");
    std::fs::rename(&tmp, &file).expect("rename");
    let second = next_run("the save");
    assert!(second.contains("examples pass (3/3)"), "{second}");
    // Ctrl-C while idle, with a warm process waiting for the next save (in its cgroups, where
    // the machine has them): it ends cleanly.
    let pid = child.id();
    let groups_of = |pid: u32| -> String {
        let found = Command::new("find")
            .args(["/sys/fs/cgroup", "-maxdepth", "6", "-name"])
            .arg(format!("onsite-{pid}-*"))
            .output()
            .expect("find");
        String::from_utf8_lossy(&found.stdout).trim().to_owned()
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while groups_of(pid).is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    if std::env::var_os("CI").is_some() {
        assert!(!groups_of(pid).is_empty(), "no warm process in its cgroups");
    }
    let sent = Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(sent.success());
    let out = finish(child, Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(0), "{}", super::stderr(&out));
    let left: Vec<_> = std::fs::read_dir(&c.tmp)
        .expect("tmp dir")
        .map(|e| e.map(|e| e.file_name()))
        .collect();
    assert!(left.is_empty(), "run directories left behind: {left:?}");
    let groups = groups_of(pid);
    assert!(groups.is_empty(), "cgroups left behind: {groups}");
    let st = c.json(&["stats", "--json"]);
    assert_eq!(st["attempts"], 0, "watching records nothing");
}
