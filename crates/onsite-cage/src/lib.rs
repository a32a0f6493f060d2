//! The cage: start one untrusted program under resource limits and watch it from outside.
//!
//! This crate knows nothing of Python, problems or verdicts. It starts a program with
//!
//! * a cleared, fixed environment and a chosen working directory;
//! * `stdin` from `/dev/null`, `stdout` and `stderr` merged into one pipe the caller drains;
//! * two private control pipes at fixed descriptors ([`CONTROL_IN_FD`] for what the caller
//!   writes, [`CONTROL_OUT_FD`] for what the program writes back);
//! * rlimits (address space, CPU, stack, open files, file size, processes, no core dumps);
//! * its own process group, killed as a whole when the [`CagedProcess`] is dropped, and a
//!   parent-death signal so nothing outlives the caller.
//!
//! It measures the program from outside, through the kernel: CPU time of the whole process
//! ([`CagedProcess::cpu_time`], from the process CPU clock) and peak resident memory
//! ([`CagedProcess::peak_memory_bytes`]). A failure to set up the cage is an [`Error`], never
//! confused with the program's own way of ending ([`Exit`]).
//!
//! Namespaces, seccomp and cgroups are layered on in later work; the lifecycle stays the same.

use std::ffi::OsString;
use std::fs::File;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use nix::sys::resource::{setrlimit, Resource};
use nix::sys::signal::{killpg, Signal};
use nix::time::{clock_getcpuclockid, clock_gettime, ClockId};
use nix::unistd::Pid;

/// Descriptor on which the program reads what the caller sends.
pub const CONTROL_IN_FD: RawFd = 3;
/// Descriptor on which the program writes what the caller reads.
pub const CONTROL_OUT_FD: RawFd = 4;

/// Everything that can go wrong while setting up or observing the cage (never the program's
/// own failure, which is an [`Exit`]).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The program could not be started.
    #[error("could not start `{program}`: {source}")]
    Spawn {
        /// The program's path.
        program: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// A pipe could not be created.
    #[error("could not create a pipe for the caged process: {0}")]
    Pipe(nix::Error),
    /// Waiting for the program failed.
    #[error("could not wait for the caged process {pid}: {source}")]
    Wait {
        /// Its process id.
        pid: i32,
        /// The OS error.
        source: std::io::Error,
    },
}

/// Resource limits applied with `setrlimit` before the program starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Limits {
    /// Address space in bytes (`RLIMIT_AS`).
    pub address_space: Option<u64>,
    /// CPU seconds for the whole process (`RLIMIT_CPU`), a backstop for the caller's own checks.
    pub cpu_seconds: Option<u64>,
    /// Main-thread stack in bytes (`RLIMIT_STACK`).
    pub stack: Option<u64>,
    /// Open descriptors (`RLIMIT_NOFILE`).
    pub open_files: Option<u64>,
    /// Largest file the program may write, in bytes (`RLIMIT_FSIZE`).
    pub file_size: Option<u64>,
    /// Processes of the user (`RLIMIT_NPROC`; not enforced for root).
    pub processes: Option<u64>,
}

/// What to run and how.
#[derive(Debug, Clone)]
pub struct CageConfig {
    /// Absolute path of the program.
    pub program: PathBuf,
    /// Its arguments (without argv\[0\]).
    pub args: Vec<OsString>,
    /// The complete environment; nothing of the caller's leaks through.
    pub env: Vec<(OsString, OsString)>,
    /// Working directory.
    pub cwd: PathBuf,
    /// Resource limits.
    pub limits: Limits,
}

/// How the program ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// It exited by itself with this code.
    Code(i32),
    /// A signal ended it (`SIGKILL` from the caller, `SIGXCPU` from the CPU rlimit, `SIGSEGV`...).
    Signal(i32),
}

impl Exit {
    /// Whether the CPU rlimit ended the program.
    pub fn is_cpu_limit(self) -> bool {
        self == Exit::Signal(Signal::SIGXCPU as i32)
    }
}

/// A running caged program. Dropping it kills the whole process group and reaps the leader.
#[derive(Debug)]
pub struct CagedProcess {
    child: Child,
    cpu_clock: Option<ClockId>,
    /// The caller's end of [`CONTROL_IN_FD`].
    pub control_in: File,
    /// The caller's end of [`CONTROL_OUT_FD`].
    pub control_out: File,
    /// Everything the program printed on stdout or stderr.
    pub output: File,
    exit: Option<Exit>,
}

fn pipe() -> Result<(OwnedFd, OwnedFd), Error> {
    nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(Error::Pipe)
}

impl CagedProcess {
    /// Start the program in the cage.
    pub fn spawn(config: &CageConfig) -> Result<CagedProcess, Error> {
        let (in_read, in_write) = pipe()?;
        let (out_read, out_write) = pipe()?;
        let (output_read, output_write) = pipe()?;
        let output_write2 = output_write.try_clone().map_err(|source| Error::Spawn {
            program: config.program.clone(),
            source,
        })?;

        let mut cmd = Command::new(&config.program);
        cmd.args(&config.args)
            .env_clear()
            .envs(config.env.iter().map(|(k, v)| (k, v)))
            .current_dir(&config.cwd)
            .stdin(Stdio::null())
            .stdout(Stdio::from(output_write))
            .stderr(Stdio::from(output_write2))
            .process_group(0);
        let limits = config.limits.clone();
        let child_in = in_read.as_raw_fd();
        let child_out = out_write.as_raw_fd();
        #[allow(unsafe_code)]
        // SAFETY: the closure runs in the forked child before exec and only makes
        // async-signal-safe system calls (dup2, fcntl, prctl, setrlimit); it allocates nothing.
        unsafe {
            cmd.pre_exec(move || child_setup(child_in, child_out, &limits));
        }
        let child = cmd.spawn().map_err(|source| Error::Spawn {
            program: config.program.clone(),
            source,
        })?;
        drop((in_read, out_write));
        let pid = Pid::from_raw(child.id() as i32);
        let cpu_clock = clock_getcpuclockid(pid).ok();
        tracing::debug!(pid = child.id(), program = %config.program.display(), "caged process started");
        Ok(CagedProcess {
            child,
            cpu_clock,
            control_in: File::from(in_write),
            control_out: File::from(out_read),
            output: File::from(output_read),
            exit: None,
        })
    }

    /// The process id of the program (the leader of its process group).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// CPU time used so far by every thread of the program, from the kernel's accounting.
    /// `None` once the process has been reaped.
    pub fn cpu_time(&self) -> Option<Duration> {
        let clock = self.cpu_clock?;
        let ts = clock_gettime(clock).ok()?;
        Some(Duration::new(ts.tv_sec() as u64, ts.tv_nsec() as u32))
    }

    /// Peak resident memory of the program so far (`VmHWM`), in bytes.
    pub fn peak_memory_bytes(&self) -> Option<u64> {
        read_vm_hwm(
            &Path::new("/proc")
                .join(self.child.id().to_string())
                .join("status"),
        )
    }

    /// Whether the program has ended, without blocking; reaps it if so.
    pub fn try_exit(&mut self) -> Result<Option<Exit>, Error> {
        if self.exit.is_some() {
            return Ok(self.exit);
        }
        let pid = self.child.id() as i32;
        let status = self
            .child
            .try_wait()
            .map_err(|source| Error::Wait { pid, source })?;
        self.exit = status.map(exit_of);
        Ok(self.exit)
    }

    /// Kill the whole process group and wait for the leader; returns how it ended.
    pub fn kill(&mut self) -> Result<Exit, Error> {
        if let Some(exit) = self.exit {
            return Ok(exit);
        }
        let pid = self.child.id() as i32;
        // The group may already be gone; that is not an error.
        let _ = killpg(Pid::from_raw(pid), Signal::SIGKILL);
        let status = self
            .child
            .wait()
            .map_err(|source| Error::Wait { pid, source })?;
        let exit = exit_of(status);
        self.exit = Some(exit);
        Ok(exit)
    }

    /// Wait for the program to end by itself, killing it if it has not after `grace`.
    pub fn wait_or_kill(&mut self, grace: Duration) -> Result<Exit, Error> {
        let deadline = std::time::Instant::now() + grace;
        loop {
            if let Some(exit) = self.try_exit()? {
                // Anything it left behind in its group goes too.
                let _ = killpg(Pid::from_raw(self.child.id() as i32), Signal::SIGKILL);
                return Ok(exit);
            }
            if std::time::Instant::now() >= deadline {
                return self.kill();
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

impl Drop for CagedProcess {
    fn drop(&mut self) {
        if let Err(err) = self.kill() {
            tracing::warn!(%err, "could not reap a caged process");
        }
    }
}

fn exit_of(status: std::process::ExitStatus) -> Exit {
    match (status.code(), status.signal()) {
        (Some(code), _) => Exit::Code(code),
        (None, Some(sig)) => Exit::Signal(sig),
        (None, None) => Exit::Code(-1),
    }
}

fn read_vm_hwm(status_path: &Path) -> Option<u64> {
    let text = std::fs::read_to_string(status_path).ok()?;
    parse_vm_hwm(&text)
}

fn parse_vm_hwm(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Runs in the child between fork and exec.
fn child_setup(child_in: RawFd, child_out: RawFd, limits: &Limits) -> std::io::Result<()> {
    use nix::fcntl::{fcntl, FcntlArg, FdFlag};
    // Move the pipe ends to the fixed descriptors. dup2 onto itself keeps FD_CLOEXEC, so clear
    // it explicitly in that case. The source of the second dup2 may be the first's target, so
    // lift it out of the way first.
    let child_out = if child_out == CONTROL_IN_FD {
        nix::unistd::dup(child_out)?
    } else {
        child_out
    };
    for (from, to) in [(child_in, CONTROL_IN_FD), (child_out, CONTROL_OUT_FD)] {
        if from == to {
            fcntl(to, FcntlArg::F_SETFD(FdFlag::empty()))?;
        } else {
            nix::unistd::dup2(from, to)?;
        }
    }
    nix::sys::prctl::set_pdeathsig(Signal::SIGKILL)?;
    let set = |resource, value: Option<u64>| -> std::io::Result<()> {
        if let Some(v) = value {
            setrlimit(resource, v, v)?;
        }
        Ok(())
    };
    set(Resource::RLIMIT_CORE, Some(0))?;
    set(Resource::RLIMIT_AS, limits.address_space)?;
    set(Resource::RLIMIT_STACK, limits.stack)?;
    set(Resource::RLIMIT_NOFILE, limits.open_files)?;
    set(Resource::RLIMIT_FSIZE, limits.file_size)?;
    set(Resource::RLIMIT_NPROC, limits.processes)?;
    if let Some(cpu) = limits.cpu_seconds {
        // Soft limit sends SIGXCPU; the hard limit a second later is SIGKILL.
        setrlimit(Resource::RLIMIT_CPU, cpu, cpu + 1)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    fn sh(script: &str, limits: Limits) -> CagedProcess {
        let config = CageConfig {
            program: PathBuf::from("/bin/sh"),
            args: vec!["-c".into(), script.into()],
            env: vec![("PATH".into(), "/usr/bin:/bin".into())],
            cwd: std::env::temp_dir(),
            limits,
        };
        CagedProcess::spawn(&config).expect("spawn /bin/sh")
    }

    #[test]
    fn control_pipes_sit_at_the_fixed_descriptors() {
        let mut p = sh(
            "read line <&3; echo \"got $line\" >&4; echo printed",
            Limits::default(),
        );
        p.control_in.write_all(b"hello\n").expect("write");
        let mut back = String::new();
        p.control_out.read_to_string(&mut back).expect("read");
        assert_eq!(back, "got hello\n");
        let mut printed = String::new();
        p.output.read_to_string(&mut printed).expect("read output");
        assert_eq!(printed, "printed\n");
        assert_eq!(
            p.wait_or_kill(Duration::from_secs(5)).expect("wait"),
            Exit::Code(0)
        );
    }

    #[test]
    fn environment_is_cleared() {
        std::env::set_var("ONSITE_CAGE_TEST_SECRET", "leaked");
        let mut p = sh("echo \"[$ONSITE_CAGE_TEST_SECRET]\"", Limits::default());
        let mut printed = String::new();
        p.output.read_to_string(&mut printed).expect("read output");
        assert_eq!(printed, "[]\n");
    }

    #[test]
    fn kill_ends_the_whole_process_group() {
        let mut p = sh("sleep 30 & sleep 30 & wait", Limits::default());
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(
            p.kill().expect("kill"),
            Exit::Signal(Signal::SIGKILL as i32)
        );
        // Both background sleeps held the output pipe open; it reaches EOF only if they died.
        let mut rest = Vec::new();
        p.output.read_to_end(&mut rest).expect("read to EOF");
    }

    #[test]
    fn cpu_rlimit_ends_a_spinning_program() {
        let limits = Limits {
            cpu_seconds: Some(1),
            ..Limits::default()
        };
        let mut p = sh("while :; do :; done", limits);
        let exit = p.wait_or_kill(Duration::from_secs(10)).expect("wait");
        assert!(exit.is_cpu_limit(), "{exit:?}");
    }

    #[test]
    fn cpu_time_is_read_from_the_kernel() {
        let mut p = sh(
            "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done; read x <&3",
            Limits::default(),
        );
        std::thread::sleep(Duration::from_millis(300));
        let used = p.cpu_time().expect("cpu clock");
        assert!(used > Duration::from_millis(10), "{used:?}");
        p.kill().expect("kill");
    }

    #[test]
    fn vm_hwm_is_parsed_in_bytes() {
        let status = "Name:\tpython3\nVmPeak:\t  20000 kB\nVmHWM:\t    9512 kB\nVmRSS:\t 9000 kB\n";
        assert_eq!(parse_vm_hwm(status), Some(9512 * 1024));
        assert_eq!(parse_vm_hwm("Name: x\n"), None);
    }
}
