//! The history under load and in trouble, as a user meets it: the CLI beside a running server
//! on a large history, a full disk, moving a history to another machine.

use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::serve::{http, http_in_session, new_session, nix_kill_int, served_address};
use super::{command, stderr, stdout, GOOD};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

async fn connect(db: &Path, read_only: bool) -> sqlx::SqlitePool {
    sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(
            sqlx::sqlite::SqliteConnectOptions::new()
                .filename(db)
                .read_only(read_only)
                .busy_timeout(Duration::from_secs(10)),
        )
        .await
        .expect("open the history")
}

/// A history of `n` attempts on two-sum (made with the store, filled in one statement).
pub(super) fn prefill(db: &Path, n: u32) {
    rt().block_on(async {
        let store = onsite_store::Store::open(db).await.expect("created");
        store.close().await;
        let pool = connect(db, false).await;
        sqlx::query(
            "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?) \
             INSERT INTO attempts (problem, mode, submitted_at, verdict, passed, total, hints_used, filename, code, report) \
             SELECT 'two-sum', 'practice', 1767225600000 + i * 60000, 'accepted', 40, 40, 0, 'prefill.py', \
                    '# prefill ' || i || char(10) || 'def two_sum(nums, target): pass', '{}' FROM k",
        )
        .bind(n)
        .execute(&pool)
        .await
        .expect("prefill");
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&pool)
            .await
            .expect("checkpoint");
        pool.close().await;
    });
}

/// What the history file holds, read after every process is gone.
struct Found {
    integrity: Vec<String>,
    /// Attempt ids whose code carries the tag, per tag.
    by_tag: Vec<(String, Vec<i64>)>,
    prefilled: i64,
}

fn inspect(db: &Path, tags: &[String]) -> Found {
    rt().block_on(async {
        let pool = connect(db, true).await;
        let integrity = sqlx::query_scalar::<_, String>("PRAGMA integrity_check")
            .fetch_all(&pool)
            .await
            .expect("integrity_check");
        let mut by_tag = Vec::new();
        for tag in tags {
            let ids = sqlx::query_scalar::<_, i64>(
                "SELECT id FROM attempts WHERE instr(code, ?) > 0 ORDER BY id",
            )
            .bind(format!("# tag: {tag}\n"))
            .fetch_all(&pool)
            .await
            .expect("read attempts");
            by_tag.push((tag.clone(), ids));
        }
        let prefilled = sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM attempts WHERE filename = 'prefill.py'",
        )
        .fetch_one(&pool)
        .await
        .expect("count");
        pool.close().await;
        Found {
            integrity,
            by_tag,
            prefilled,
        }
    })
}

/// `onsite args` on the history in `data`, from the folder `work`.
fn onsite_in(data: &Path, work: &Path, args: &[&str]) -> std::process::Output {
    command()
        .args(args)
        .env("ONSITE_DATA_DIR", data)
        .env("ONSITE_MEASURE_MS", "0")
        .current_dir(work)
        .output()
        .expect("run onsite")
}

fn tagged(tag: &str) -> String {
    format!("# onsite: two-sum\n# tag: {tag}\n{GOOD}")
}

/// A running `onsite serve`, killed if a test fails before stopping it.
pub(super) struct Server(Option<Child>);

impl Server {
    fn id(&self) -> u32 {
        self.0.as_ref().map_or(0, Child::id)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// `onsite serve` on `data`; returns it and its address.
pub(super) fn serve(data: &Path, workers: &str) -> (Server, String) {
    let mut server = command()
        .args(["serve", "--addr", "127.0.0.1:0", "--workers", workers])
        .env("ONSITE_DATA_DIR", data)
        .env("ONSITE_MEASURE_MS", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn onsite serve");
    let (addr, lines) = served_address(&mut server);
    // Keep draining its output so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines.map_while(Result::ok) {});
    (Server(Some(server)), addr)
}

/// Stop the server as Ctrl-C does, and wait for it.
pub(super) fn stop(mut server: Server) {
    let Some(mut server) = server.0.take() else {
        return;
    };
    nix_kill_int(server.id());
    let start = Instant::now();
    loop {
        if let Some(status) = server.try_wait().expect("wait") {
            assert!(status.success(), "onsite serve exited with {status:?}");
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(180),
            "onsite serve did not stop"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Submit code through the web app and wait for the job: the recorded attempt's id, or the
/// message it failed with.
pub(super) fn web_submit(addr: &str, slug: &str, code: &str) -> Result<i64, String> {
    let body = serde_json::json!({ "code": code }).to_string();
    // A browser of its own: its jobs are readable only with its session cookie.
    let session = new_session();
    let http = |addr: &str, method: &str, path: &str, body: &str| {
        http_in_session(addr, &session, method, path, body)
    };
    let (status, reply) = http(addr, "POST", &format!("/api/problems/{slug}/submit"), &body);
    if status != 202 {
        return Err(format!("{status}: {reply}"));
    }
    let reply: serde_json::Value = serde_json::from_str(&reply).expect("JSON");
    let job = match &reply["job"] {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let start = Instant::now();
    loop {
        let (status, body) = http(addr, "GET", &format!("/api/jobs/{job}"), "");
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        if v["finished"] == true {
            let last = v["events"]
                .as_array()
                .and_then(|e| e.last())
                .cloned()
                .unwrap_or_default();
            return match last["type"].as_str() {
                Some("done") => last["report"]["attempt"]
                    .as_i64()
                    .ok_or_else(|| format!("no attempt id in {last}")),
                _ => Err(last.to_string()),
            };
        }
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "job {job} never finished"
        );
        std::thread::sleep(Duration::from_millis(30));
    }
}

/// The POSIX locks `pid` holds on the file with inode `ino` (from /proc/locks).
fn locks_held(pid: u32, ino: u64) -> usize {
    let locks = std::fs::read_to_string("/proc/locks").unwrap_or_default();
    locks
        .lines()
        .filter(|l| !l.contains("->"))
        .filter(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            f.len() > 5
                && f[4] == pid.to_string()
                && f[5].rsplit(':').next() == Some(&ino.to_string())
        })
        .count()
}

#[test]
fn the_cli_beside_the_server_loses_and_duplicates_nothing() {
    const CLI_PROCESSES: usize = 3;
    const CLI_SUBMITS: usize = 25;
    const WEB_SUBMITS: usize = 30;

    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let db = data.join("onsite.db");
    let wal = data.join("onsite.db-wal");
    prefill(&db, 10_000);
    let ino = std::fs::metadata(&db).expect("stat").ino();

    let (server, addr) = serve(&data, "2");
    let pid = server.id();
    // The server reads once before anyone else comes: from then on it holds its locks.
    let (status, body) = http(&addr, "GET", "/api/stats", "");
    assert_eq!(status, 200, "{body}");

    let done = Arc::new(AtomicBool::new(false));
    let problems = Arc::new(Mutex::new(Vec::<String>::new()));
    let watcher = {
        let (done, problems, wal) = (Arc::clone(&done), Arc::clone(&problems), wal.clone());
        std::thread::spawn(move || {
            let mut checks = 0u32;
            // `/proc/locks` is generated a page at a time, so a read while other processes
            // take and drop locks can skip a line: a lock the server really let go of is
            // missing from two reads in a row.
            let mut missed = false;
            while !done.load(Ordering::SeqCst) {
                let mut seen = Vec::new();
                let held = locks_held(pid, ino) > 0 || locks_held(pid, ino) > 0;
                if !held && missed {
                    seen.push(format!(
                        "check {checks}: the server holds no lock on onsite.db"
                    ));
                }
                missed = !held;
                if !wal.exists() {
                    seen.push(format!("check {checks}: onsite.db-wal is gone"));
                }
                if !seen.is_empty() {
                    let mut p = problems.lock().expect("lock");
                    if p.len() < 20 {
                        p.extend(seen);
                    }
                }
                checks += 1;
                std::thread::sleep(Duration::from_millis(20));
            }
            checks
        })
    };

    let acknowledged = Arc::new(Mutex::new(Vec::<(String, i64)>::new()));
    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut clients = Vec::new();
    for k in 0..CLI_PROCESSES {
        let (data, work) = (data.clone(), dir.path().join(format!("work{k}")));
        let (acknowledged, failures) = (Arc::clone(&acknowledged), Arc::clone(&failures));
        clients.push(std::thread::spawn(move || {
            std::fs::create_dir_all(&work).expect("mkdir");
            for i in 0..CLI_SUBMITS {
                let tag = format!("cli{k}-{i}");
                let file = work.join(format!("{tag}.py"));
                std::fs::write(&file, tagged(&tag)).expect("write");
                let out = command()
                    .args(["submit", &file.display().to_string(), "--json"])
                    .env("ONSITE_DATA_DIR", &data)
                    .env("ONSITE_MEASURE_MS", "0")
                    .output()
                    .expect("run onsite submit");
                if out.status.success() {
                    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
                    let id = v["attempt"].as_i64().expect("an attempt id");
                    acknowledged.lock().expect("lock").push((tag.clone(), id));
                } else {
                    failures
                        .lock()
                        .expect("lock")
                        .push(format!("submit {tag}: {}", stderr(&out)));
                }
                let out = command()
                    .args(["stats", "--json"])
                    .env("ONSITE_DATA_DIR", &data)
                    .output()
                    .expect("run onsite stats");
                if !out.status.success() {
                    failures
                        .lock()
                        .expect("lock")
                        .push(format!("stats after {tag}: {}", stderr(&out)));
                }
            }
        }));
    }
    {
        let (addr, acknowledged, failures) = (
            addr.clone(),
            Arc::clone(&acknowledged),
            Arc::clone(&failures),
        );
        clients.push(std::thread::spawn(move || {
            for i in 0..WEB_SUBMITS {
                let tag = format!("web-{i}");
                match web_submit(&addr, "two-sum", &tagged(&tag)) {
                    Ok(id) => acknowledged.lock().expect("lock").push((tag.clone(), id)),
                    Err(e) => failures
                        .lock()
                        .expect("lock")
                        .push(format!("web {tag}: {e}")),
                }
                let (status, body) = http(&addr, "GET", "/api/problems/two-sum", "");
                if status != 200 {
                    failures
                        .lock()
                        .expect("lock")
                        .push(format!("read after {tag}: {status} {body}"));
                }
            }
        }));
    }
    for c in clients {
        c.join().expect("a client thread");
    }
    done.store(true, Ordering::SeqCst);
    let checks = watcher.join().expect("the watcher");
    stop(server);

    let acknowledged = acknowledged.lock().expect("lock").clone();
    let failures = failures.lock().expect("lock").clone();
    let problems = problems.lock().expect("lock").clone();
    let tags: Vec<String> = acknowledged.iter().map(|(t, _)| t.clone()).collect();
    let found = inspect(&db, &tags);
    assert!(checks > 10, "the watcher looked only {checks} times");
    assert!(
        problems.is_empty(),
        "while the CLI ran beside the server: {problems:#?}"
    );
    assert!(failures.is_empty(), "failed: {failures:#?}");
    assert_eq!(found.integrity, ["ok"], "PRAGMA integrity_check");
    assert_eq!(
        found.prefilled, 10_000,
        "every prefilled attempt is still there"
    );
    assert!(acknowledged.len() >= 100, "{}", acknowledged.len());
    let mut wrong = Vec::new();
    for ((tag, id), (_, ids)) in acknowledged.iter().zip(&found.by_tag) {
        if ids != &[*id] {
            wrong.push(format!(
                "{tag}: acknowledged as #{id}, in the file as {ids:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "acknowledged attempts: {wrong:#?}");
    let mut ids: Vec<i64> = acknowledged.iter().map(|(_, id)| *id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), acknowledged.len(), "an id was given out twice");
}

/// A small tmpfs of our own (we run as root); unmounted when dropped. `None` with the reason
/// printed where mounting is impossible, except under `CI=true`, where that fails loudly.
struct Tmpfs {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("mnt");
        std::fs::create_dir_all(&path).expect("mkdir");
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&path)
            .output();
        match out {
            Ok(o) if o.status.success() => Some(Tmpfs { _dir: dir, path }),
            other => {
                let why = match other {
                    Ok(o) => String::from_utf8_lossy(&o.stderr).trim().to_owned(),
                    Err(e) => e.to_string(),
                };
                assert!(
                    std::env::var("CI").as_deref() != Ok("true"),
                    "cannot mount a tmpfs under CI=true: {why}"
                );
                eprintln!("SKIPPED: this test needs a small tmpfs and cannot mount one ({why}); run it as root");
                None
            }
        }
    }

    fn remount(&self, option: &str) {
        let status = std::process::Command::new("mount")
            .args(["-o", &format!("remount,{option}")])
            .arg(&self.path)
            .status()
            .expect("mount");
        assert!(status.success(), "remount {option}");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.path)
            .status();
    }
}

/// Fill the file system holding `dir` to the last byte; returns the filler.
fn fill(dir: &Path) -> std::path::PathBuf {
    use std::io::Write;
    let filler = dir.join("filler");
    let mut f = std::fs::File::create(&filler).expect("filler");
    for chunk in [1 << 20, 64 << 10, 4096, 512, 1] {
        let block = vec![0x55u8; chunk];
        while f.write_all(&block).and_then(|()| f.flush()).is_ok() {}
    }
    filler
}

fn checkpoint(db: &Path) {
    rt().block_on(async {
        let pool = connect(db, false).await;
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&pool)
            .await
            .expect("checkpoint");
        pool.close().await;
    });
}

fn attempts_in(db: &Path) -> (Vec<String>, Vec<i64>) {
    rt().block_on(async {
        let pool = connect(db, true).await;
        let integrity = sqlx::query_scalar::<_, String>("PRAGMA integrity_check")
            .fetch_all(&pool)
            .await
            .expect("integrity_check");
        let ids = sqlx::query_scalar::<_, i64>("SELECT id FROM attempts ORDER BY id")
            .fetch_all(&pool)
            .await
            .expect("ids");
        pool.close().await;
        (integrity, ids)
    })
}

#[test]
fn a_full_disk_is_an_error_and_nothing_unrecorded_is_reported() {
    let Some(disk) = Tmpfs::mount("4m") else {
        return;
    };
    let data = disk.path.join("data");
    let db = data.join("onsite.db");
    let work = tempfile::tempdir().expect("tempdir");
    let file = work.path().join("two_sum.py");
    std::fs::write(&file, tagged("before")).expect("write");
    let cli = |args: &[&str]| onsite_in(&data, work.path(), args);
    let first = cli(&["submit", &file.display().to_string(), "--json"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let first: serde_json::Value = serde_json::from_str(&stdout(&first)).expect("JSON");
    let first_id = first["attempt"].as_i64().expect("id");

    let (server, addr) = serve(&data, "1");
    let (status, body) = http(&addr, "GET", "/api/stats", "");
    assert_eq!(status, 200, "{body}");
    // An empty log: every write from now on must grow it.
    checkpoint(&db);
    let filler = fill(&disk.path);

    let mut reported = Vec::new();
    for args in [
        vec!["submit", &*file.display().to_string(), "--json"],
        vec!["start", "two-sum", "--force"],
        vec!["hint", "two-sum"],
        vec!["plan", "--core"],
        vec!["review", "two-sum", "--force"],
    ] {
        let out = cli(&args);
        let (o, e) = (stdout(&out), stderr(&out));
        assert!(
            !out.status.success(),
            "onsite {args:?} succeeded on a full disk:\n{o}{e}"
        );
        assert!(e.contains("no space left"), "onsite {args:?}:\n{e}");
        assert!(e.lines().count() <= 4, "a few lines: {e}");
        if o.contains("recorded") || o.contains("\"attempt\"") {
            reported.push(format!("{args:?}: {o}"));
        }
    }
    let web = web_submit(&addr, "two-sum", &tagged("web-full"));
    match &web {
        Err(message) => assert!(message.contains("no space left"), "{message}"),
        Ok(id) => panic!("the web submission was reported as attempt #{id} on a full disk"),
    }
    assert!(reported.is_empty(), "reported as recorded: {reported:#?}");

    // Space again: the server records again, and the file holds exactly what was reported.
    std::fs::remove_file(&filler).expect("free the space");
    let after = web_submit(&addr, "two-sum", &tagged("web-after")).expect("recorded again");
    stop(server);
    let (integrity, ids) = attempts_in(&db);
    assert_eq!(integrity, ["ok"]);
    assert_eq!(ids, [first_id, after], "only what was reported is there");
}

#[test]
fn a_read_only_history_can_be_read_and_refuses_writes() {
    let Some(disk) = Tmpfs::mount("8m") else {
        return;
    };
    let data = disk.path.join("data");
    let work = tempfile::tempdir().expect("tempdir");
    let file = work.path().join("two_sum.py");
    std::fs::write(&file, tagged("ro")).expect("write");
    let cli = |args: &[&str]| onsite_in(&data, work.path(), args);
    let out = cli(&["submit", &file.display().to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    disk.remount("ro");

    for args in [
        vec!["stats", "--json"],
        vec!["plan", "--json"],
        vec!["review", "--list"],
        vec!["list"],
        vec!["show", "two-sum"],
    ] {
        let out = cli(&args);
        assert!(
            out.status.success(),
            "onsite {args:?} on a read-only disk:\n{}",
            stderr(&out)
        );
    }
    let stats: serde_json::Value =
        serde_json::from_str(&stdout(&cli(&["stats", "--json"]))).expect("JSON");
    assert_eq!(stats["attempts"], 1, "{stats}");

    let out = cli(&["submit", &file.display().to_string()]);
    let e = stderr(&out);
    assert!(!out.status.success());
    assert!(e.contains("read-only") && e.contains("onsite.db"), "{e}");
    assert!(e.lines().count() <= 4, "a few lines: {e}");
    assert!(
        !stdout(&out).contains("recorded"),
        "nothing reported: {}",
        stdout(&out)
    );
}

#[test]
fn export_then_import_moves_a_history_and_backup_is_consistent_while_serving() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (data, moved, work) = (
        dir.path().join("data"),
        dir.path().join("moved"),
        dir.path().join("work"),
    );
    std::fs::create_dir_all(&work).expect("mkdir");
    // A fixed clock: the same history read at the same moment must say the same.
    let at = |data: &Path, args: &[&str]| {
        let out = command()
            .args(args)
            .env("ONSITE_DATA_DIR", data)
            .env("ONSITE_MEASURE_MS", "0")
            .env("ONSITE_NOW", "2026-03-02T09:00:00Z")
            .env("TZ", "UTC")
            .current_dir(&work)
            .output()
            .expect("run onsite");
        assert!(out.status.success(), "onsite {args:?}:\n{}", stderr(&out));
        stdout(&out)
    };
    let view = |data: &Path, args: &[&str]| {
        let mut v: serde_json::Value = serde_json::from_str(&at(data, args)).expect("JSON");
        if let Some(o) = v.as_object_mut() {
            o.remove("database");
        }
        v
    };
    let wrong = work.join("wrong.py");
    std::fs::write(
        &wrong,
        "# onsite: two-sum\ndef two_sum(nums, target):\n    return [0, 1]\n",
    )
    .expect("write");
    let good = work.join("good.py");
    std::fs::write(&good, tagged("moved")).expect("write");
    at(&data, &["start", "two-sum", "--force"]);
    at(&data, &["hint", "two-sum"]);
    at(&data, &["submit", &wrong.display().to_string()]);
    at(&data, &["submit", &good.display().to_string()]);
    at(&data, &["plan", "--weeks", "4"]);

    let export = dir.path().join("history.jsonl");
    at(&data, &["export", "-o", &export.display().to_string()]);
    let text = std::fs::read_to_string(&export).expect("read");
    let header: serde_json::Value =
        serde_json::from_str(text.lines().next().expect("a line")).expect("JSON");
    assert_eq!(
        (&header["format"], &header["version"]),
        (&serde_json::json!("onsite-history"), &serde_json::json!(1))
    );
    let imported = at(&moved, &["import", &export.display().to_string()]);
    assert!(imported.contains("2 attempts"), "{imported}");
    for args in [
        &["stats", "--json"][..],
        &["review", "--list", "--json"],
        &["plan", "--json"],
    ] {
        assert_eq!(view(&data, args), view(&moved, args), "onsite {args:?}");
    }
    let again = at(&moved, &["import", &export.display().to_string()]);
    assert!(
        again.contains("0 attempts") && again.contains("0 sessions"),
        "{again}"
    );
    let second = dir.path().join("second.jsonl");
    at(&moved, &["export", "-o", &second.display().to_string()]);
    assert_eq!(
        text,
        std::fs::read_to_string(&second).expect("read"),
        "the same records, reports byte for byte, after importing twice"
    );

    // A backup taken while the server records web submissions is one consistent moment.
    let (server, addr) = serve(&data, "1");
    let writer = {
        let addr = addr.clone();
        std::thread::spawn(move || {
            (0..6)
                .map(|i| web_submit(&addr, "two-sum", &tagged(&format!("during-{i}"))))
                .collect::<Vec<_>>()
        })
    };
    let backup = dir.path().join("backup.db");
    std::thread::sleep(Duration::from_millis(1500));
    let out = at(&data, &["backup", &backup.display().to_string()]);
    assert!(out.contains("checked: ok"), "{out}");
    let during = writer.join().expect("writer");
    assert!(during.iter().all(Result::is_ok), "{during:?}");
    stop(server);
    let (integrity, ids) = attempts_in(&backup);
    assert_eq!(integrity, ["ok"]);
    assert!(
        (2..=8).contains(&ids.len()),
        "the two before and those recorded before the copy: {ids:?}"
    );
    let out = onsite_in(&data, &work, &["backup", &backup.display().to_string()]);
    assert!(
        !out.status.success(),
        "an existing file is never overwritten"
    );
}
