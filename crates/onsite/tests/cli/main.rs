//! The `onsite` binary as users and tools run it: exit codes, the `--json` contract, stderr.

mod determinism;
mod history;
mod practice;
mod serve;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `onsite` with a test cache and a test history (never the user's), no colour.
fn command() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_onsite"));
    c.env(
        "ONSITE_CACHE_DIR",
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("onsite-cli-cache"),
    )
    .env(
        "ONSITE_DATA_DIR",
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("onsite-cli-data"),
    )
    .env_remove("ONSITE_PROBLEMS_DIR")
    .env_remove("ONSITE_NOW")
    .env("NO_COLOR", "1");
    c
}

fn onsite(args: &[&str]) -> Output {
    command().args(args).output().expect("run onsite")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn file(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write test file");
    path
}

const GOOD: &str = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";

#[test]
fn json_report_follows_the_contract() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file(dir.path(), "sol.py", GOOD.as_bytes());
    let out = onsite(&[
        "judge",
        "two-sum",
        path.to_str().expect("utf-8 path"),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&out)).expect("stdout is one JSON object");
    assert_eq!(v["problem"], "two-sum");
    assert_eq!(v["verdict"], "accepted");
    assert_eq!(v["tests"]["passed"], v["tests"]["total"]);
    assert!(v["tests"]["total"].as_u64().is_some_and(|n| n >= 33));
    assert_eq!(v["complexity"]["expected"], "O(n)");
    assert!(v["complexity"]
        .as_object()
        .is_some_and(|c| c.contains_key("time")));
    assert!(v["findings"].is_array());
    assert!(v.as_object().is_some_and(|o| o.contains_key("scores")));
}

/// A correct but quadratic two-sum: the nested loop is at line 4.
const SLOW: &str = "def two_sum(nums, target):\n    n = len(nums)\n    for i in range(n):\n        for j in range(i + 1, n):\n            if nums[i] + nums[j] == target:\n                return [i, j]\n";

#[test]
fn measured_complexity_tells_a_quadratic_solution_from_the_target() {
    let dir = tempfile::tempdir().expect("tempdir");
    let judge = |name: &str, source: &str| -> serde_json::Value {
        let path = file(dir.path(), name, source.as_bytes());
        let out = onsite(&["judge", "two-sum", path.to_str().expect("utf-8"), "--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        serde_json::from_str(&stdout(&out)).expect("JSON")
    };
    let slow = judge("slow.py", SLOW);
    let c = &slow["complexity"];
    assert_eq!(slow["verdict"], "time_limit_exceeded");
    assert_eq!(c["time"], "O(n^2)", "{c}");
    assert_eq!(c["expected"], "O(n)");
    assert_eq!(c["meets_target"], false);
    assert!(c["samples"].as_array().is_some_and(|s| s.len() >= 5), "{c}");
    // The analyser names the nested loop, and the report blames it.
    assert_eq!(c["cause_line"], 4, "{c}");
    assert!(
        c["summary"]
            .as_str()
            .is_some_and(|s| s.contains("the nested loop at line 4")),
        "{c}"
    );
    assert!(slow["findings"].as_array().is_some_and(|f| f
        .iter()
        .any(|f| f["rule"] == "nested-loop-pair-scan" && f["line"] == 4)));
    let algorithm = &slow["scores"]["dimensions"][1];
    assert_eq!(algorithm["dimension"], "algorithm_selection");
    assert_eq!(algorithm["score"], 35);
    let good = judge("good.py", GOOD);
    let c = &good["complexity"];
    assert_eq!(c["time"], "O(n)", "{c}");
    assert_eq!(c["meets_target"], true);
    assert_eq!(c["cause_line"], serde_json::Value::Null);
    assert_eq!(good["findings"].as_array().map(Vec::len), Some(0));
}

/// The quadratic scan of [`SLOW`], done in a forked child while the parent waits for its answer.
const SLOW_IN_A_CHILD: &str = "import os\n\ndef two_sum(nums, target):\n    read, write = os.pipe()\n    if os.fork() == 0:\n        n = len(nums)\n        for i in range(n):\n            for j in range(i + 1, n):\n                if nums[i] + nums[j] == target:\n                    os.write(write, b'%d %d' % (i, j))\n                    os._exit(0)\n        os._exit(1)\n    os.close(write)\n    answer = os.read(read, 64)\n    os.close(read)\n    os.wait()\n    return [int(x) for x in answer.split()]\n";

#[test]
fn measured_complexity_counts_a_scan_done_in_a_child_process() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file(dir.path(), "slow_child.py", SLOW_IN_A_CHILD.as_bytes());
    // At small sizes the fork costs more than the scan: a larger budget reaches the sizes where
    // the scan dominates even on a loaded machine.
    let out = onsite(&[
        "judge",
        "two-sum",
        path.to_str().expect("utf-8"),
        "--json",
        "--measure-ms",
        "10000",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let c = &v["complexity"];
    assert_eq!(v["verdict"], "time_limit_exceeded", "{v}");
    assert_eq!(c["time"], "O(n^2)", "{c}");
    assert_eq!(c["meets_target"], false, "{c}");
}

/// `onsite judge <target> <file> --json` with its own cache and a generous measuring budget
/// (O(1) extra space is concluded only at sizes where a linear structure would show, which a
/// slow or busy machine reaches too), as parsed JSON.
fn judge_measured(cache: &Path, target: &str, file: &Path) -> serde_json::Value {
    let out = onsite(&[
        "--cache-dir",
        cache.to_str().expect("utf-8"),
        "judge",
        target,
        file.to_str().expect("utf-8"),
        "--json",
        "--measure-ms",
        "20000",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("JSON")
}

#[test]
fn measured_memory_tells_a_visited_set_from_two_pointers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let judge = |file_name: &str| -> serde_json::Value {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../problems/linked-list-cycle")
            .join(file_name);
        judge_measured(dir.path(), "linked-list-cycle/constant-space", &path)
    };
    // A set of every node: about 4 MB at 10^5 nodes, against a target of O(1).
    let set = judge("submissions/accepted/visited_set.py");
    let c = &set["complexity"];
    assert_eq!(set["verdict"], "accepted");
    assert_eq!(c["expected_space"], "O(1)", "{c}");
    assert_eq!(c["space"], "O(n)", "{c}");
    assert_eq!(c["space_meets_target"], false, "{c}");
    let optimisation = &set["scores"]["dimensions"][3];
    assert_eq!(optimisation["dimension"], "optimisation");
    assert!(
        optimisation["score"].as_u64().is_some_and(|s| s <= 60),
        "{optimisation}"
    );
    let floyd = judge("solution.py");
    let c = &floyd["complexity"];
    assert_eq!(c["space"], "O(1)", "{c}");
    assert_eq!(c["space_meets_target"], true, "{c}");
}

/// A follow-up whose point is O(1) extra space measures up to its own, larger `n_max`, where
/// a dict of what was seen shows (at the problem's 10^4 values it hid in the kernel's
/// accounting, and the follow-up passed it as "could not tell").
#[test]
fn a_space_follow_up_measures_where_a_dict_shows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let code = tempfile::tempdir().expect("tempdir");
    let judge = |name: &str, source: &str| -> serde_json::Value {
        let path = file(code.path(), name, source.as_bytes());
        judge_measured(dir.path(), "two-sum/sorted-input", &path)
    };
    let dict = judge("seen.py", GOOD);
    let c = &dict["complexity"];
    assert_eq!(dict["verdict"], "accepted", "{dict}");
    assert_eq!(c["expected_space"], "O(1)", "{c}");
    assert_eq!(c["space"], "O(n)", "{c}");
    assert_eq!(c["space_meets_target"], false, "{c}");
    let pointers = judge(
        "pointers.py",
        "def two_sum(nums, target):\n    lo, hi = 0, len(nums) - 1\n    while lo < hi:\n        \
         s = nums[lo] + nums[hi]\n        if s == target:\n            return [lo, hi]\n        \
         if s < target:\n            lo += 1\n        else:\n            hi -= 1\n",
    );
    let c = &pointers["complexity"];
    assert_eq!(c["space"], "O(1)", "{c}");
    assert_eq!(c["space_meets_target"], true, "{c}");
}

#[test]
fn lint_reports_findings_in_text_json_and_sarif_and_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file(dir.path(), "slow.py", SLOW.as_bytes());
    let p = path.to_str().expect("utf-8");
    let text = onsite(&["lint", p]);
    assert_eq!(text.status.code(), Some(1));
    assert!(
        stdout(&text).contains(":4:9: nested-loop-pair-scan"),
        "{}",
        stdout(&text)
    );
    let json = onsite(&["lint", p, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    assert_eq!(v["findings"][0]["rule"], "nested-loop-pair-scan");
    let sarif = onsite(&["lint", p, "--format", "sarif"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&sarif)).expect("SARIF");
    assert_eq!(v["version"], "2.1.0");
    assert_eq!(
        v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        4
    );
    let clean = file(dir.path(), "good.py", GOOD.as_bytes());
    assert_eq!(
        onsite(&["lint", clean.to_str().expect("utf-8")])
            .status
            .code(),
        Some(0)
    );
    let explain = onsite(&["lint", "--explain", "list-as-queue"]);
    assert!(stdout(&explain).contains("## Why it matters"));
    let unknown = onsite(&["lint", "--explain", "list-as-qeue"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("did you mean `list-as-queue`"));
}

#[test]
fn a_failing_verdict_still_exits_zero_with_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file(
        dir.path(),
        "sol.py",
        b"def two_sum(nums, target):\n    return [0, 0]\n",
    );
    let out = onsite(&[
        "judge",
        "two-sum",
        path.to_str().expect("utf-8 path"),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v["verdict"], "wrong_answer");
    assert_eq!(v["failure"]["test"]["visible"], true);
    // The failing example is shown as it is; beside it, a smaller failing input made by
    // shrinking it (two numbers, where the example has four).
    let found = &v["counterexample"]["found"];
    assert!(found.is_object(), "{}", v["counterexample"]);
    let input = found["input"].as_str().expect("input");
    assert_eq!(
        input.matches(',').count(),
        1 + 1,
        "two numbers and a target: {input}"
    );
    assert_eq!(found["actual"], "[0, 0]", "{found}");
    // Already the smallest: no smaller input is claimed.
    let smallest = file(
        dir.path(),
        "smallest.py",
        b"def two_sum(nums, target):\n    if nums == [4, 9, 13, 1] and target == 10:\n        return [0, 0]\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n",
    );
    let out = onsite(&[
        "judge",
        "two-sum",
        smallest.to_str().expect("utf-8 path"),
        "--json",
        "--measure-ms",
        "0",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v["failure"]["test"]["visible"], true, "{v}");
    assert_eq!(v["counterexample"]["found"], serde_json::Value::Null, "{v}");
    let why = v["counterexample"]["why_not"].as_str().expect("why_not");
    assert!(why.starts_with("no smaller counterexample found"), "{why}");
}

#[test]
fn a_counterexample_budget_that_is_not_a_number_is_an_error_naming_the_variable() {
    // `run` has no flag for it: the environment is read, and a bad value is refused, not ignored.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = command()
        .args([
            "run",
            "two-sum",
            root.join("problems/two-sum/solution.py")
                .to_str()
                .expect("utf-8"),
        ])
        .env("ONSITE_COUNTEREXAMPLE_MS", "abc")
        .output()
        .expect("run onsite");
    assert_ne!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("ONSITE_COUNTEREXAMPLE_MS=\"abc\" is not a number"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_hidden_failure_shows_a_small_counterexample_of_onsites_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Right everywhere except where the answer is two zeros: a hidden test's edge case, which
    // random values never produce by themselves.
    let zeros = file(
        dir.path(),
        "zeros.py",
        b"def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen and x != 0:\n            return [seen[target - x], i]\n        seen[x] = i\n    return [0, 1]\n",
    );
    let judged = |path: &Path, json: bool| {
        let mut args = vec![
            "judge",
            "two-sum",
            path.to_str().expect("utf-8"),
            "--measure-ms",
            "0",
        ];
        if json {
            args.push("--json");
        }
        let out = onsite(&args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let v: serde_json::Value = serde_json::from_str(&judged(&zeros, true)).expect("JSON");
    assert_eq!(v["failure"]["test"]["visible"], false, "{v}");
    assert_eq!(
        v["failure"]["input"],
        serde_json::Value::Null,
        "hidden data stays hidden"
    );
    let found = &v["counterexample"]["found"];
    assert!(found.is_object(), "{}", v["counterexample"]);
    assert_eq!(found["verdict"], "wrong_answer");
    let input = found["input"].as_str().expect("input");
    assert!(
        input.contains("target = 0") && input.matches(" 0").count() >= 2,
        "{input}"
    );
    assert!(found["size"].as_u64().expect("size") <= 12, "{found}");
    assert!(
        found["expected"].is_string() && found["actual"].is_string(),
        "{found}"
    );
    let text = judged(&zeros, false);
    assert!(text.contains("a smallest failing input:"), "{text}");
    assert!(text.contains(input), "{text}");
    // A budget of 0 turns the search off.
    let off = onsite(&[
        "judge",
        "two-sum",
        zeros.to_str().expect("utf-8"),
        "--json",
        "--measure-ms",
        "0",
        "--counterexample-ms",
        "0",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&off)).expect("JSON");
    assert_eq!(v["counterexample"], serde_json::Value::Null, "{v}");

    // Wrong only beyond a hundred values: nothing small fails, and the report says so rather
    // than show something false.
    let large = file(
        dir.path(),
        "large.py",
        b"def two_sum(nums, target):\n    if len(nums) > 100:\n        return [0, 0]\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n",
    );
    let v: serde_json::Value = serde_json::from_str(&judged(&large, true)).expect("JSON");
    assert_eq!(v["verdict"], "wrong_answer");
    assert_eq!(v["counterexample"]["found"], serde_json::Value::Null, "{v}");
    let why = v["counterexample"]["why_not"].as_str().expect("why_not");
    assert!(why.starts_with("no small counterexample found"), "{why}");
}

#[test]
fn counterexamples_are_found_for_design_tree_list_string_and_async_problems() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for (slug, file, at_most) in [
        // A design: operations shrink with their arguments.
        (
            "time-based-key-value-store",
            "problems/time-based-key-value-store/submissions/wrong_answer/latest_regardless_of_time.py",
            40,
        ),
        // A tree in level order.
        (
            "diameter-of-binary-tree",
            "problems/diameter-of-binary-tree/submissions/wrong_answer/leaf_height_zero.py",
            12,
        ),
        // A linked list with a cycle.
        (
            "linked-list-cycle",
            "problems/linked-list-cycle/submissions/wrong_answer/by_value.py",
            12,
        ),
        // Strings.
        (
            "longest-substring-without-repeating-characters",
            "problems/longest-substring-without-repeating-characters/submissions/wrong_answer/window_moves_back.py",
            12,
        ),
        // An async function whose fetches the judge observes: three URLs (their names cannot
        // shrink, the latencies are keyed by them).
        (
            "bounded-concurrency-fetch",
            "crates/onsite/tests/cli/counterexamples/bounded_concurrency_holds_one_back.py",
            80,
        ),
        // Wrong only where intervals partly overlap, which the generator's few small meetings
        // over a day of 10^6 never do: found among larger inputs, then shrunk, the times by
        // rank.
        (
            "meeting-rooms-ii",
            "problems/meeting-rooms-ii/submissions/wrong_answer/count_overlapping_pairs.py",
            40,
        ),
        // A hand-written "no solution" test failed: the generator's shape that its generated
        // tests of that category use (a cycle) is tried.
        (
            "course-schedule-ii",
            "problems/course-schedule-ii/submissions/wrong_answer/partial_order_on_cycle.py",
            12,
        ),
        // Two trees whose in-order walks agree: met once every value is alike.
        (
            "same-tree",
            "problems/same-tree/submissions/wrong_answer/in_order_values.py",
            12,
        ),
        // Fails only on the empty string, below every size the generator makes.
        (
            "longest-substring-without-repeating-characters",
            "problems/longest-substring-without-repeating-characters/submissions/runtime_error/peeks_ahead.py",
            1,
        ),
    ] {
        let path = root.join(file);
        let out = onsite(&[
            "judge",
            slug,
            path.to_str().expect("utf-8"),
            "--json",
            "--measure-ms",
            "0",
            // Time to finish shrinking on a busy machine; the search ends when it is done.
            "--counterexample-ms",
            "6000",
        ]);
        assert_eq!(out.status.code(), Some(0), "{slug}: {}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
        assert_eq!(v["failure"]["test"]["visible"], false, "{slug}: fails a hidden test");
        let found = &v["counterexample"]["found"];
        assert!(found.is_object(), "{slug}: {}", v["counterexample"]);
        let size = found["size"].as_u64().expect("size");
        assert!(size <= at_most, "{slug}: a counterexample of size {size}: {found}");
        assert_ne!(found["expected"], found["actual"], "{slug}: {found}");
    }
}

#[test]
fn a_time_limit_exceeded_gets_a_small_slow_input_on_request() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(
        "../../problems/longest-increasing-subsequence/submissions/time_limit_exceeded/take_or_skip.py",
    );
    let judged = |extra: &[&str]| -> serde_json::Value {
        let mut args = vec![
            "judge",
            "longest-increasing-subsequence",
            path.to_str().expect("utf-8"),
            "--json",
            "--measure-ms",
            "0",
        ];
        args.extend_from_slice(extra);
        let out = onsite(&args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        serde_json::from_str(&stdout(&out)).expect("JSON")
    };
    // Not asked for: each slow input costs a limit of its own.
    let v = judged(&[]);
    assert_eq!(v["verdict"], "time_limit_exceeded");
    assert_eq!(v["counterexample"], serde_json::Value::Null, "{v}");
    // Asked for: the exponential search is already slow on a short list, which is shown.
    let v = judged(&["--find-slow-input"]);
    assert_eq!(v["verdict"], "time_limit_exceeded");
    let found = &v["counterexample"]["found"];
    assert_eq!(found["verdict"], "time_limit_exceeded", "{v}");
    let size = found["size"].as_u64().expect("size");
    assert!(size <= 60, "a slow input of size {size}: {found}");
    let message = found["message"].as_str().expect("message");
    assert!(message.contains("the search's own limit"), "{message}");
    assert!(found["expected"].is_string(), "{found}");
}

#[test]
fn a_follow_up_whose_validator_refuses_generated_inputs_still_gets_a_counterexample() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cli/counterexamples/sorted_two_sum_repeats_a_position.py");
    let out = onsite(&[
        "judge",
        "two-sum",
        path.to_str().expect("utf-8"),
        "--follow-up",
        "sorted-input",
        "--json",
        "--measure-ms",
        "0",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let found = &v["counterexample"]["found"];
    assert!(found.is_object(), "{}", v["counterexample"]);
    // Only sorted inputs are legal here.
    let input = found["input"].as_str().expect("input");
    let nums: Vec<i64> = input
        .split(['[', ']'])
        .nth(1)
        .expect("a list")
        .split(',')
        .map(|x| x.trim().parse().expect("a number"))
        .collect();
    assert!(nums.windows(2).all(|w| w[0] <= w[1]), "{input}");
}

#[test]
fn unknown_slug_exits_2_with_a_suggestion_on_one_line() {
    let out = onsite(&["judge", "two-summ", "whatever.py", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("did you mean `two-sum`?"), "{err}");
}

#[test]
fn unreadable_and_non_utf8_files_are_usage_errors_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let latin1 = file(
        dir.path(),
        "latin1.py",
        b"def two_sum(nums, target):\n    # caf\xe9\n    return []\n",
    );
    let out = onsite(&["judge", "two-sum", latin1.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("latin1.py` is not UTF-8 text (first invalid byte on line 2)"),
        "{}",
        stderr(&out)
    );

    let out = onsite(&["run", "two-sum", "/nonexistent/sol.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("/nonexistent/sol.py"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn start_writes_a_stub_and_never_overwrites_without_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_str().expect("utf-8 path");
    let out = onsite(&["start", "two-sum", d]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let stub = dir.path().join("two_sum.py");
    assert!(std::fs::read_to_string(&stub)
        .expect("stub")
        .contains("def two_sum(nums: List[int], target: int) -> List[int]:"));

    std::fs::write(&stub, GOOD).expect("edit");
    let out = onsite(&["start", "two-sum", d]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(&stub).expect("kept"),
        GOOD,
        "the user's work is kept"
    );

    let out = onsite(&[
        "run",
        "two-sum",
        stub.to_str().expect("utf-8 path"),
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v["verdict"], "accepted");
    assert_eq!(v["tests"]["total"], 3, "run uses the examples only");
}

#[test]
fn list_filters_and_show_prints_the_statement() {
    let out = onsite(&["list", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert!(v
        .as_array()
        .is_some_and(|a| a.iter().any(|p| p["slug"] == "two-sum")));
    let out = onsite(&["list", "--pattern", "no-such-pattern", "--json"]);
    assert_eq!(stdout(&out).trim(), "[]");
    let out = onsite(&["list", "--difficulty", "impossible"]);
    assert_eq!(out.status.code(), Some(2));

    let out = onsite(&["show", "two-sum"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("# Two Sum"));

    // A bank of one says so in the singular.
    let dir = tempfile::tempdir().expect("tempdir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../problems/two-sum");
    copy_tree(&root, &dir.path().join("two-sum"));
    let out = onsite(&[
        "--problems-dir",
        dir.path().to_str().expect("utf-8"),
        "list",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).trim_end().ends_with("\n1 problem"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn problems_check_reports_file_and_line_and_keeps_the_good_packages() {
    let out = onsite(&["problems", "check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("two-sum");
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../problems/two-sum"),
        &good,
    );
    let bad = dir.path().join("bad-one");
    copy_tree(&good, &bad);
    let toml = std::fs::read_to_string(bad.join("problem.toml"))
        .expect("toml")
        .replace("slug = \"two-sum\"", "slug = \"bad-one\"")
        .replacen("time = \"O(n)\"", "time = \"O(n!)\"", 1);
    let line = 1 + toml
        .lines()
        .position(|l| l.contains("O(n!)"))
        .expect("the edited line");
    std::fs::write(bad.join("problem.toml"), toml).expect("write");
    let d = dir.path().to_str().expect("utf-8 path");

    let out = onsite(&["--problems-dir", d, "problems", "check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "bad-one/problem.toml:{line}: unknown complexity class `O(n!)`"
        )),
        "{text}"
    );

    // Judging on the broken package names its first mistake instead of calling it unknown.
    let solution = good.join("solution.py");
    let out = onsite(&[
        "--problems-dir",
        d,
        "judge",
        "bad-one",
        solution.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("problem `bad-one` cannot be used: its package has")
            && err.contains("unknown complexity class `O(n!)`"),
        "{err}"
    );

    let out = onsite(&["--problems-dir", d, "list", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(
        v.as_array().map(Vec::len),
        Some(1),
        "the good package is still listed"
    );
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[test]
fn an_interpreter_setting_that_points_nowhere_is_a_one_line_usage_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file(dir.path(), "sol.py", GOOD.as_bytes());
    let out = Command::new(env!("CARGO_BIN_EXE_onsite"))
        .args([
            "judge",
            "two-sum",
            path.to_str().expect("utf-8 path"),
            "--json",
        ])
        .env("ONSITE_CACHE_DIR", dir.path().join("cache"))
        .env("ONSITE_PYTHON", "/nonexistent/python3")
        .env("NO_COLOR", "1")
        .output()
        .expect("run onsite");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("/nonexistent/python3") && err.contains("hint:"),
        "{err}"
    );
}

#[test]
fn problems_verify_finds_weak_tests_a_wrong_brute_force_and_an_unstopped_slow_one() {
    let out = onsite(&["problems", "verify", "two-sum", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let two_sum = &v[0];
    assert!(
        two_sum["mutation"]["killed"].as_u64() > Some(0),
        "{two_sum}"
    );
    assert_eq!(two_sum["mutation"]["survivors"], serde_json::json!([]));
    assert_eq!(two_sum["brute_limits"]["ok"], true);
    assert_eq!(two_sum["stress"]["disagreement"], serde_json::Value::Null);

    // Packages cut down to one example and one hidden test (repeated: a package needs thirty),
    // so that mutants and a quadratic solution go unnoticed; two-sum also gets a brute force
    // that is wrong whenever the answer is not the first two values.
    let dir = tempfile::tempdir().expect("tempdir");
    for slug in ["two-sum", "search-in-rotated-sorted-array"] {
        let weak = dir.path().join(slug);
        copy_tree(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../problems")
                .join(slug),
            &weak,
        );
        let _ = std::fs::remove_dir_all(weak.join("submissions"));
        for (file, copies) in [("tests/hidden.jsonl", 30), ("tests/examples.jsonl", 1)] {
            let text = std::fs::read_to_string(weak.join(file)).expect("tests");
            let first = text.lines().next().expect("a test");
            std::fs::write(weak.join(file), format!("{first}\n").repeat(copies)).expect("write");
        }
    }
    std::fs::write(
        dir.path().join("two-sum/brute.py"),
        "def two_sum(nums, target):\n    return [0, 1]\n",
    )
    .expect("write brute");
    let d = dir.path().to_str().expect("utf-8 path");

    let out = onsite(&["--problems-dir", d, "problems", "verify", "--all"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("FAIL two-sum"), "{text}");
    assert!(
        text.contains("FAIL search-in-rotated-sorted-array"),
        "{text}"
    );
    // The smallest disagreement: the generator's smallest input has the pair at its end...
    assert!(
        text.contains("brute force and reference disagree at n = "),
        "{text}"
    );
    // ...mutants the three tests miss, each shown as the line before and after...
    assert!(text.contains("survived: line "), "{text}");
    assert!(
        text.contains("         - ") && text.contains("         + "),
        "{text}"
    );
    // ...and a brute force the limits no longer stop.
    assert!(
        text.contains("but the O(n) target demands that it exceed the time limit"),
        "{text}"
    );
    assert!(text.contains("0 of 2 problems verified"), "{text}");
}

#[test]
fn problems_check_run_names_the_test_a_validator_rejects() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pkg = dir.path().join("two-sum");
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../problems/two-sum"),
        &pkg,
    );
    // A validator stricter than the tests.
    std::fs::write(
        pkg.join("validate.py"),
        "def validate(input):\n    assert input[\"target\"] != 9, \"target 9 is not allowed\"\n",
    )
    .expect("write validator");
    let d = dir.path().to_str().expect("utf-8 path");
    let out = onsite(&["--problems-dir", d, "problems", "check", "--run"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    // Both `examples.jsonl:1` and `hidden.jsonl:1` have target 9; either may be judged first.
    let named = ["examples", "hidden"].iter().any(|file| {
        text.contains(&format!(
            "two-sum/validate.py: fails on tests/{file}.jsonl:1: the input breaks the \
             constraints: target 9 is not allowed"
        ))
    });
    assert!(named, "{text}");
}

#[test]
fn problems_new_scaffolds_a_package_that_checks_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("packages");
    let r = root.to_str().expect("utf-8 path");
    let out = onsite(&[
        "problems",
        "new",
        "meeting-rooms",
        "--pattern",
        "intervals",
        "--difficulty",
        "easy",
        "--dir",
        r,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let toml = root.join("meeting-rooms/problem.toml");
    let written = std::fs::read_to_string(&toml).expect("problem.toml");
    assert!(written.contains("patterns = [\"intervals\"]"), "{written}");
    assert!(written.contains("difficulty = \"easy\""), "{written}");

    let out = onsite(&["--problems-dir", r, "problems", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("1 of 1 problems ok"),
        "{}",
        stdout(&out)
    );

    // A second `new` of the same slug keeps the author's work.
    std::fs::write(&toml, "edited").expect("edit");
    let out = onsite(&["problems", "new", "meeting-rooms", "--dir", r]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&toml).expect("kept"), "edited");

    let out = onsite(&["problems", "new", "x", "--pattern", "hashing", "--dir", r]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown pattern `hashing`"));
    assert!(!root.join("x").exists(), "nothing written on a refusal");
}

/// `onsite` with its address space (`ulimit -v`, soft and hard) lowered to `bytes`, as a shell
/// with a lower limit starts it.
fn with_address_space(bytes: u64) -> Command {
    use std::os::unix::process::CommandExt;
    let mut c = command();
    #[allow(unsafe_code)]
    // SAFETY: the closure runs in the forked child before exec and makes one
    // async-signal-safe system call (setrlimit); it allocates nothing.
    unsafe {
        c.pre_exec(move || {
            nix::sys::resource::setrlimit(nix::sys::resource::Resource::RLIMIT_AS, bytes, bytes)
                .map_err(std::io::Error::from)
        });
    }
    c
}

#[test]
fn an_endless_input_file_is_read_only_up_to_the_limit_and_named() {
    // Under a 2 GiB address space: reading /dev/zero to the end would fail on memory here,
    // instead of taking the machine's memory, if the read were not bounded.
    for args in [
        &["run", "two-sum", "/dev/zero"][..],
        &["judge", "two-sum", "/dev/zero"],
        &["lint", "/dev/zero"],
    ] {
        let out = with_address_space(2 << 30)
            .args(args)
            .output()
            .expect("run onsite");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("`/dev/zero` is larger than 1048576 bytes"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    // A directory cannot be read as a file: said so, naming it.
    let dir = tempfile::tempdir().expect("tempdir");
    let out = onsite(&["run", "two-sum", dir.path().to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is a directory, not a Python file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_byte_order_mark_does_not_make_a_correct_solution_a_syntax_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bytes = b"\xef\xbb\xbf# onsite: two-sum\n".to_vec();
    bytes.extend_from_slice(GOOD.as_bytes());
    let path = file(dir.path(), "bom.py", &bytes);
    let p = path.to_str().expect("utf-8 path");
    let out = onsite(&["judge", "two-sum", p, "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("one JSON object");
    assert_eq!(v["verdict"], "accepted", "{v}");
    // The analyser reads the same text: no finding about the mark.
    let out = onsite(&["lint", p, "--json"]);
    assert!(!stdout(&out).contains("syntax"), "{}", stdout(&out));
    // The header after the mark still names the problem.
    let out = onsite(&["run", "two-sum", p]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_lower_address_space_limit_is_kept_and_judging_works_or_says_which_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file(dir.path(), "sol.py", GOOD.as_bytes());
    let p = path.to_str().expect("utf-8 path");
    // `ulimit -v 4000000`: below the 4 GiB onsite asks for its trusted processes.
    let out = with_address_space(4_000_000 * 1024)
        .args(["judge", "two-sum", p, "--json", "--measure-ms", "0"])
        .output()
        .expect("run onsite");
    assert!(
        !stderr(&out).contains("Operation not permitted"),
        "{}",
        stderr(&out)
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("one JSON object");
    assert_eq!(v["verdict"], "accepted", "{v}");

    // Below what the problem allows a submission (256 MiB and the interpreter's room): judged,
    // with a warning naming the limit.
    let out = with_address_space(380 << 20)
        .args(["judge", "two-sum", p, "--json", "--measure-ms", "0"])
        .output()
        .expect("run onsite");
    assert!(
        stderr(&out).contains("address-space limit of 380 MiB (`ulimit -v`)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("one JSON object");
    assert_eq!(v["verdict"], "accepted", "{v}");
}

#[test]
fn deep_recursion_is_not_reported_where_the_inputs_cannot_reach_the_limit() {
    // permutations takes at most six values: a recursion one level per value is fine there.
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../problems/permutations/submissions/accepted/leetcode_style.py");
    let out = onsite(&[
        "judge",
        "permutations",
        path.to_str().expect("utf-8"),
        "--json",
        "--measure-ms",
        "0",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v["verdict"], "accepted");
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .map(|f| f.iter().filter_map(|f| f["rule"].as_str()).collect())
        .unwrap_or_default();
    assert!(!rules.contains(&"deep-recursion"), "{rules:?}");
    // The analyser alone, without a problem, still says it.
    let lint = onsite(&["lint", path.to_str().expect("utf-8")]);
    assert!(
        stdout(&lint).contains("deep-recursion"),
        "{}",
        stdout(&lint)
    );
}
