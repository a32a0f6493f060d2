//! Run one program in the cage and exit with its status: for benchmarks
//! (`cargo run --release -p onsite-cage --example cage_run -- /usr/bin/python3 -I -S -c pass`).
//! `--no-isolation` runs it with limits only; `--no-cgroups` without the pids and memory
//! cgroups (the isolation bubblewrap gives); `--extra PATH` shows another host path read-only.

use std::path::PathBuf;
use std::time::Duration;

use onsite_cage::{CageConfig, CagedProcess, Exit, Isolation, Limits};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut isolation = Some(Isolation::system());
    let mut cgroups = true;
    while let Some(flag) = args.first().cloned() {
        match flag.as_str() {
            "--no-isolation" => isolation = None,
            "--no-cgroups" => cgroups = false,
            "--extra" if args.len() > 1 => {
                if let Some(iso) = &mut isolation {
                    iso.read_only.push(PathBuf::from(&args[1]));
                }
                args.remove(0);
            }
            _ => break,
        }
        args.remove(0);
    }
    let Some(program) = args.first().cloned() else {
        eprintln!(
            "usage: cage_run [--no-isolation] [--no-cgroups] [--extra PATH]... PROGRAM [ARGS]..."
        );
        std::process::exit(2);
    };
    let dir = std::env::temp_dir().join(format!("onsite-cage-run-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    let config = CageConfig {
        program: PathBuf::from(program),
        args: args[1..].iter().map(Into::into).collect(),
        env: vec![("PATH".into(), "/usr/bin:/bin".into())],
        cwd: dir.clone(),
        // As the judge cages a submission: a pids and a memory cgroup (256 MB + 24 MB), and a
        // CPU accounting one.
        limits: Limits {
            processes: cgroups.then_some(32),
            memory: cgroups.then_some(280 << 20),
            ..Limits::default()
        },
        isolation,
        // As the judge does: CPU and memory of every process it starts are counted.
        account: cgroups,
    };
    // As the judge does: the program is confined to its cgroups before it may run code.
    let code = match CagedProcess::spawn(&config).and_then(|mut p| {
        p.confine();
        p.wait_or_kill(Duration::from_secs(60))
    }) {
        Ok(Exit::Code(c)) => c,
        Ok(Exit::Signal(s)) => 128 + s,
        Err(e) => {
            let cause = std::error::Error::source(&e)
                .map(|s| format!(": {s}"))
                .unwrap_or_default();
            eprintln!("error: {e}{cause}");
            1
        }
    };
    let _ = std::fs::remove_dir(&dir);
    std::process::exit(code);
}
