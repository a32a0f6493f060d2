//! What the cage adds to one program's start, measured in-process as a judge pays it: an
//! interpreter started and waited for with no cage (`std::process::Command`), the same in
//! onsite's cage (namespaces, read-only root, seccomp, pids, memory and CPU accounting cgroups, a fresh root
//! directory per program as the judge makes one per run), the same without its cgroups, and
//! the same in bubblewrap with the isolation it can give (`--unshare-all --die-with-parent
//! --new-session`, the same read-only binds, `--dev`, `--proc`, a tmpfs `/work`; no seccomp
//! filter, no cgroups), as a judge built on bubblewrap would start it.
//!
//! Run: `cargo bench -p onsite-cage --bench start` (uses `ONSITE_PYTHON` if set; the bubblewrap
//! line needs `bwrap` on PATH and is left out, with a note, without it).
#![allow(missing_docs)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use onsite_cage::{CageConfig, CagedProcess, Exit, Isolation, Limits};

const ARGS: [&str; 4] = ["-I", "-S", "-c", "pass"];

/// The real interpreter (not a launcher script such as a pyenv shim).
fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("ONSITE_PYTHON") {
        return PathBuf::from(p);
    }
    let out = Command::new("python3")
        .args(["-I", "-S", "-c", "import sys; print(sys.executable)"])
        .output()
        .expect("python3 on PATH");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

/// The installation prefix when it is outside `/usr` (bound read-only in both cages).
fn extra_prefix(python: &Path) -> Option<PathBuf> {
    let prefix = python.parent()?.parent()?;
    (!prefix.starts_with("/usr")).then(|| prefix.to_path_buf())
}

fn bare(python: &Path) {
    let status = Command::new(python)
        .args(ARGS)
        .env_clear()
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("start python");
    assert!(status.success());
}

fn caged(python: &Path, extra: Option<&Path>, cgroups: bool) {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let root = std::env::temp_dir().join(format!("onsite-bench-root-{}-{n}", std::process::id()));
    std::fs::create_dir(&root).expect("root directory");
    let mut isolation = Isolation::system();
    isolation.read_only.extend(extra.map(Path::to_path_buf));
    let config = CageConfig {
        program: python.to_path_buf(),
        args: ARGS.iter().map(Into::into).collect(),
        env: vec![("PATH".into(), "/usr/bin:/bin".into())],
        cwd: root.clone(),
        // As the judge cages a submission: 32 tasks, 256 MB + 24 MB for the interpreter.
        limits: Limits {
            processes: cgroups.then_some(32),
            memory: cgroups.then_some(280 << 20),
            ..Limits::default()
        },
        isolation: Some(isolation),
        // As the judge does: CPU and memory of every process it starts are counted.
        account: cgroups,
    };
    let mut process = CagedProcess::spawn(&config).expect("spawn in the cage");
    process.confine();
    let exit = process.wait_or_kill(Duration::from_secs(10)).expect("wait");
    assert_eq!(exit, Exit::Code(0));
    drop(process);
    std::fs::remove_dir(&root).expect("remove the root directory");
}

fn bubblewrap_command(python: &Path, extra: Option<&Path>) -> Command {
    let mut cmd = Command::new("bwrap");
    cmd.args(["--unshare-all", "--die-with-parent", "--new-session"])
        .args(["--ro-bind", "/usr", "/usr"]);
    for dir in ["/bin", "/lib", "/lib64", "/sbin"] {
        let path = Path::new(dir);
        match std::fs::read_link(path) {
            Ok(target) => {
                cmd.arg("--symlink").arg(target).arg(dir);
            }
            Err(_) if path.is_dir() => {
                cmd.args(["--ro-bind", dir, dir]);
            }
            Err(_) => {}
        }
    }
    if let Some(extra) = extra {
        cmd.arg("--ro-bind").arg(extra).arg(extra);
    }
    cmd.args([
        "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/work", "--chdir", "/work",
    ])
    .arg(python)
    .args(ARGS)
    .env_clear()
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::null());
    cmd
}

fn bench(c: &mut Criterion) {
    let python = python();
    let extra = extra_prefix(&python);
    assert!(
        onsite_cage::isolation_available(),
        "user namespaces and seccomp are needed for this benchmark"
    );
    let bwrap = bubblewrap_command(&python, extra.as_deref())
        .status()
        .is_ok_and(|s| s.success());
    let mut group = c.benchmark_group("start python -I -S -c pass");
    group
        .sample_size(60)
        .measurement_time(Duration::from_secs(6));
    group.bench_function("bare", |b| b.iter(|| bare(&python)));
    group.bench_function("onsite cage", |b| {
        b.iter(|| caged(&python, extra.as_deref(), true))
    });
    // What bubblewrap gives: the same without the pids and memory cgroups.
    group.bench_function("onsite cage without cgroups", |b| {
        b.iter(|| caged(&python, extra.as_deref(), false))
    });
    if bwrap {
        group.bench_function("bubblewrap", |b| {
            b.iter(|| {
                let status = bubblewrap_command(&python, extra.as_deref())
                    .status()
                    .expect("start bwrap");
                assert!(status.success());
            })
        });
    } else {
        eprintln!("bubblewrap left out: `bwrap` is not on PATH (apt-get install bubblewrap)");
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
