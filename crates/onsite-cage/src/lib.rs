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
//! * no other descriptor: whatever the caller inherited without close-on-exec is closed at exec.
//!
//! It measures the program from outside, through the kernel: CPU time
//! ([`CagedProcess::cpu_time`]) and memory ([`CagedProcess::resident`],
//! [`CagedProcess::peak_memory_bytes`]) of every process it started, exited ones included, from
//! its cgroups (with isolation, or [`CageConfig::account`]); of its own process where it has
//! none ([`CagedProcess::accounting`] says which). A failure to set up the cage is an [`Error`],
//! never confused with the program's own way of ending ([`Exit`]).
//!
//! With an [`Isolation`], it also runs in its own user, PID, mount, network, IPC and UTS
//! namespaces on a private read-only root, as an unprivileged host user when the caller is root
//! ([`Isolation::host_ids`]), under a seccomp filter (`isolate.rs`), in pids and memory cgroups
//! of its own (`cgroup.rs`); the lifecycle is the same.

mod cgroup;
mod isolate;

pub use cgroup::{Cgroup, GroupLimits, Version as CgroupVersion};
pub use isolate::{HostIds, Isolation, INSIDE_ID, WORK_DIR};

use std::ffi::OsString;
use std::fs::File;
use std::os::fd::{AsFd, AsRawFd, OwnedFd, RawFd};
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
    #[error("could not start `{program}`")]
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
    #[error("could not wait for the caged process {pid}")]
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
    /// Processes of the user (`RLIMIT_NPROC`; not enforced for root). With isolation, a pids
    /// cgroup enforces it instead, counting threads too.
    pub processes: Option<u64>,
    /// Bytes of memory the program and everything it starts may hold at once (resident memory
    /// and in-memory files), enforced by a memory cgroup when isolated; the kernel kills the
    /// program when it goes over ([`CagedProcess::hit_memory_limit`]). Without a cgroup only
    /// `address_space` applies.
    pub memory: Option<u64>,
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
    /// Namespaces, a read-only view of the host and a seccomp filter; `None` runs the program
    /// with the limits only. When set, `cwd` must be an empty directory: it becomes the
    /// program's (private, in-memory) root, and the program starts in [`WORK_DIR`].
    pub isolation: Option<Isolation>,
    /// Count the CPU time and memory of every process the program starts, exited ones
    /// included, not its own process alone: a CPU accounting cgroup and a memory cgroup hold
    /// it (with or without isolation; see [`CagedProcess::accounting`] for whether the machine
    /// gave them).
    pub account: bool,
}

/// Whether this machine lets onsite isolate programs (user namespaces allowed, seccomp
/// present). Probed once per process by running `/bin/true` isolated.
pub fn isolation_available() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        // An empty directory to build the probe's root on.
        let dir = std::env::temp_dir().join(format!("onsite-probe-{}", std::process::id()));
        if std::fs::create_dir_all(&dir).is_err() {
            return false;
        }
        let config = CageConfig {
            program: PathBuf::from("/bin/true"),
            args: vec![],
            env: vec![],
            cwd: dir.clone(),
            limits: Limits::default(),
            isolation: Some(Isolation::system()),
            account: false,
        };
        let ok = CagedProcess::spawn(&config)
            .and_then(|mut p| p.wait_or_kill(std::time::Duration::from_secs(5)))
            .map(|e| e == Exit::Code(0));
        let _ = std::fs::remove_dir(&dir);
        match ok {
            Ok(true) => true,
            other => {
                tracing::info!(?other, "process isolation is not available here");
                false
            }
        }
    })
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

/// Which of a program's limits a cgroup enforces; what none does is left to the rlimits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Enforced {
    /// The number of processes and threads (a pids cgroup).
    pub tasks: bool,
    /// Memory (a memory cgroup).
    pub memory: bool,
}

/// What the readings of a [`CagedProcess`] cover: `true` for every process of the program, exited
/// ones included (a cgroup counts them), `false` for the program's own process only (its CPU
/// clock, its resident set), where no cgroup could be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accounting {
    /// [`CagedProcess::cpu_time`].
    pub cpu: bool,
    /// [`CagedProcess::resident`].
    pub memory: bool,
}

/// A program's resident memory, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resident {
    /// Resident now.
    pub now: u64,
    /// The most resident at once since start or the last reset.
    pub peak: u64,
}

/// The state of a caged program's cgroups.
#[derive(Debug)]
enum Groups {
    None,
    Pending(std::thread::JoinHandle<Cgroup>),
    Ready(Cgroup),
}

/// A running caged program. Dropping it kills the whole process group and reaps the leader.
#[derive(Debug)]
pub struct CagedProcess {
    child: Child,
    /// The program's host pid (the child's child when isolated).
    inner: i32,
    /// The cgroups holding the program (being set up, then set up).
    groups: Groups,
    cpu_clock: Option<ClockId>,
    /// Set when the memory cgroup's peak could not be reset (cgroup v2 before Linux 6.12):
    /// memory is then read from the program's own process, whose peak can be.
    own_memory: std::sync::atomic::AtomicBool,
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

/// The same pipe end at a descriptor above [`CONTROL_OUT_FD`] (close-on-exec).
fn above_control_fds(fd: OwnedFd) -> Result<OwnedFd, Error> {
    if fd.as_raw_fd() > CONTROL_OUT_FD {
        return Ok(fd);
    }
    let raw = nix::fcntl::fcntl(
        fd.as_raw_fd(),
        nix::fcntl::FcntlArg::F_DUPFD_CLOEXEC(CONTROL_OUT_FD + 1),
    )
    .map_err(Error::Pipe)?;
    #[allow(unsafe_code)]
    // SAFETY: `raw` is a descriptor fcntl just created for us and nothing else owns.
    Ok(unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(raw) })
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
        let spawn_error = |source| Error::Spawn {
            program: config.program.clone(),
            source,
        };
        let plan = match &config.isolation {
            Some(isolation) => {
                Some(isolate::Plan::new(isolation, &config.cwd).map_err(spawn_error)?)
            }
            None => None,
        };
        // With isolation, `processes` is enforced by a pids cgroup (RLIMIT_NPROC counts every
        // process of the user, and not at all for root) and `memory` by a memory cgroup.
        // Without, groups only count (`account`); the rlimits limit.
        let isolated = config.isolation.is_some();
        let group_limits = GroupLimits {
            tasks: limits.processes.filter(|_| isolated),
            memory: limits.memory.filter(|_| isolated),
            account: config.account,
        };
        let use_groups =
            config.account || group_limits.tasks.is_some() || group_limits.memory.is_some();
        let limits = Limits {
            processes: if config.isolation.is_some() {
                None
            } else {
                limits.processes
            },
            ..limits
        };
        let (pid_read, pid_write) = pipe()?;
        // The child moves the control pipes onto descriptors 3 and 4 before it forks the
        // program; the pid pipe must not be one of those (another thread may just have freed
        // them), or the program's pid would go down the control pipe instead.
        let pid_write = above_control_fds(pid_write)?;
        let pid_fd = pid_write.as_raw_fd();
        // The cgroups are located now and made on a helper thread while the child sets up its
        // namespaces; the program joins the v1 ones itself, first thing after the fork that
        // makes it PID 1 of its namespace, once a byte on the `ready` pipe says which were made
        // (see `cgroup.rs` for why it joins them itself).
        let planned = use_groups.then(|| {
            static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
            let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            cgroup::Planned::new(&format!("onsite-{}-{n}", std::process::id()), group_limits)
        });
        let joins_expected = planned.is_some();
        let (joins, ready_read, maker) = match planned {
            Some(planned) => {
                let paths = planned
                    .join_paths()
                    .map(|p| p.and_then(|p| isolate::cstr(&p).ok()));
                let (ready_read, ready_write) = pipe()?;
                let (ready_read, ready_write) = (
                    above_control_fds(ready_read)?,
                    above_control_fds(ready_write)?,
                );
                let joins = isolate::Joins {
                    ready: ready_read.as_raw_fd(),
                    ready_write: ready_write.as_raw_fd(),
                    paths,
                };
                let maker = std::thread::spawn(move || {
                    let group = planned.make();
                    // The child reads end of file as "none" if this thread never gets here.
                    let _ = nix::unistd::write(&ready_write, &[group.join_mask()]);
                    group
                });
                (Some(joins), Some(ready_read), Some(maker))
            }
            None => (None, None, None),
        };
        #[allow(unsafe_code)]
        // SAFETY: the closure runs in the forked child before exec and only makes
        // async-signal-safe system calls (dup2, fcntl, prctl, setrlimit, unshare, mount, fork,
        // write, seccomp); everything it uses was prepared before the fork, and it allocates
        // nothing.
        unsafe {
            cmd.pre_exec(move || {
                // The open-files limit comes last: until exec, this child still holds every
                // descriptor of the caller (a server holds many), so a limit set earlier would
                // make the namespace setup's own opens fail with EMFILE.
                child_setup(child_in, child_out, &limits)?;
                match &plan {
                    Some(plan) => plan.enter(pid_fd, joins.as_ref(), limits.open_files)?,
                    None => {
                        if let Some(joins) = &joins {
                            joins.join_and_report(pid_fd, true);
                        }
                        close_inherited()?;
                        if let Some(n) = limits.open_files {
                            setrlimit(Resource::RLIMIT_NOFILE, n, n)?;
                        }
                    }
                }
                Ok(())
            });
        }
        let child = cmd.spawn().map_err(spawn_error)?;
        drop((in_read, out_write, pid_write, ready_read));
        // Isolated, the program is the child's child (PID 1 of its namespace); its host pid
        // arrives on the pid pipe. Otherwise it is the child itself (which reports it too when
        // it joins groups).
        let (inner, joined) = match isolated || joins_expected {
            true => match read_reports(pid_read, joins_expected) {
                (Some(pid), joined) => (pid, joined.unwrap_or(0)),
                (None, _) => {
                    return Err(spawn_error(std::io::Error::other(
                        "the cage did not report its pid",
                    )))
                }
            },
            false => (child.id() as i32, 0),
        };
        // The maker is done: the program read its byte before exec. Groups that a process
        // cannot join by itself cheaply (cgroup v2) are joined from a helper thread: moving
        // another process waits for an RCU grace period (up to tens of milliseconds), which
        // thus overlaps with the interpreter's start instead of delaying it.
        // [`CagedProcess::confine`] waits for it; the program cannot fork or allocate much
        // before it runs code of its own, which it does only when asked.
        let mut group = maker.and_then(|m| m.join().ok());
        if let Some(group) = &mut group {
            group.keep_joined(joined);
        }
        let groups = match group {
            Some(group) if group.needs_attach() => {
                Groups::Pending(std::thread::spawn(move || match group.attach(inner) {
                    Ok(()) => group,
                    Err(e) => {
                        tracing::warn!(%e, "could not move a caged program into its cgroups");
                        Cgroup::default()
                    }
                }))
            }
            Some(group) => Groups::Ready(group),
            None => Groups::None,
        };
        let pid = Pid::from_raw(inner);
        let cpu_clock = clock_getcpuclockid(pid).ok();
        tracing::debug!(pid = child.id(), inner, program = %config.program.display(), "caged process started");
        Ok(CagedProcess {
            child,
            inner,
            groups,
            cpu_clock,
            own_memory: Default::default(),
            control_in: File::from(in_write),
            control_out: File::from(out_read),
            output: File::from(output_read),
            exit: None,
        })
    }

    /// The host process id of the program itself.
    pub fn pid(&self) -> u32 {
        self.inner as u32
    }

    /// How long the program's process has waited, runnable, for a CPU so far (the second field
    /// of `/proc/<pid>/schedstat`); `None` where the kernel does not keep it or the process is
    /// gone. Time spent so is the machine's load, not the program's: a wall-clock limit meant
    /// to catch sleeping or waiting leaves it out.
    pub fn run_delay(&self) -> Option<std::time::Duration> {
        let stat = std::fs::read_to_string(format!("/proc/{}/schedstat", self.inner)).ok()?;
        let ns: u64 = stat.split_whitespace().nth(1)?.parse().ok()?;
        Some(std::time::Duration::from_nanos(ns))
    }

    /// CPU time used so far by the program, from the kernel's accounting: by every process it
    /// started, exited ones included, when a CPU accounting cgroup holds it (cgroup v1
    /// `cpuacct.usage`, v2 `cpu.stat`); otherwise by every thread of its own process (its CPU
    /// clock; `None` once it has been reaped). [`CagedProcess::accounting`] says which. The
    /// source does not change between two readings without a [`CagedProcess::confine`] between
    /// them.
    pub fn cpu_time(&self) -> Option<Duration> {
        if let Groups::Ready(group) = &self.groups {
            if group.accounts_cpu() {
                return group.cpu_usage();
            }
        }
        let clock = self.cpu_clock?;
        let ts = clock_gettime(clock).ok()?;
        Some(Duration::new(ts.tv_sec() as u64, ts.tv_nsec() as u32))
    }

    /// Wait until the program is confined to its cgroups (when it has any); call before letting
    /// it run code of its own. Returns which limits a cgroup enforces; what none does is left
    /// to the rlimits.
    pub fn confine(&mut self) -> Enforced {
        if let Groups::Pending(_) = self.groups {
            let Groups::Pending(handle) = std::mem::replace(&mut self.groups, Groups::None) else {
                unreachable!("matched above")
            };
            self.groups = match handle.join() {
                Ok(group) => Groups::Ready(group),
                Err(_) => Groups::None,
            };
        }
        match &self.groups {
            Groups::Ready(group) => group.controllers(),
            _ => Enforced::default(),
        }
    }

    /// Change the program's memory limit (see [`Limits::memory`]); `false` when no memory
    /// cgroup holds it. Waits for its cgroups first.
    pub fn set_memory_limit(&mut self, bytes: u64) -> bool {
        self.confine();
        matches!(&self.groups, Groups::Ready(group) if group.set_memory_limit(bytes))
    }

    /// Whether the program tried to start more processes or threads than allowed.
    pub fn hit_process_limit(&self) -> bool {
        matches!(&self.groups, Groups::Ready(group) if group.hit_task_limit())
    }

    /// Whether the kernel killed the program (or one of its processes) for holding more memory
    /// than [`Limits::memory`].
    pub fn hit_memory_limit(&self) -> bool {
        matches!(&self.groups, Groups::Ready(group) if group.hit_memory_limit())
    }

    /// What [`CagedProcess::cpu_time`] and [`CagedProcess::resident`] cover now: the whole
    /// program (cgroups) or its own process only.
    pub fn accounting(&self) -> Accounting {
        Accounting {
            cpu: matches!(&self.groups, Groups::Ready(group) if group.accounts_cpu()),
            memory: self.memory_group().is_some(),
        }
    }

    /// The memory cgroup that [`CagedProcess::resident`] reads, if any.
    fn memory_group(&self) -> Option<&Cgroup> {
        match &self.groups {
            Groups::Ready(group)
                if group.controllers().memory
                    && !self.own_memory.load(std::sync::atomic::Ordering::Relaxed) =>
            {
                Some(group)
            }
            _ => None,
        }
    }

    /// The program's memory now and its peak since it started or since
    /// [`CagedProcess::reset_peak_resident`], in bytes, as the kernel counts them: its memory
    /// cgroup's (every process it started, and its in-memory files: v1
    /// `memory.usage_in_bytes` and `memory.max_usage_in_bytes`, v2 `memory.current` and
    /// `memory.peak`) when one holds it, its own process's resident set otherwise (`VmRSS`,
    /// `VmHWM`); [`CagedProcess::accounting`] says which. Nothing the program does to itself
    /// changes how they are read.
    pub fn resident(&self) -> Option<Resident> {
        if let Some(group) = self.memory_group() {
            return Some(Resident {
                now: group.memory_now()?,
                peak: group.peak_memory()?,
            });
        }
        self.own_resident()
    }

    /// The program's own process's resident memory (`VmRSS`, and `VmHWM` as the peak), to the
    /// page: finer than a memory cgroup's figures, which the kernel charges in batches of
    /// pages, but blind to the processes it starts.
    pub fn own_resident(&self) -> Option<Resident> {
        let status = std::fs::read_to_string(
            Path::new("/proc")
                .join(self.inner.to_string())
                .join("status"),
        )
        .ok()?;
        Some(Resident {
            now: status_kb(&status, "VmRSS:")?,
            peak: status_kb(&status, "VmHWM:")?,
        })
    }

    /// Lower the program's peak memory to its current size (its memory cgroup's peak, or its
    /// own `VmHWM` through `clear_refs` 5), so that [`CagedProcess::resident`] then gives the
    /// peak of what follows. Where the group's peak cannot be reset (cgroup v2 before Linux
    /// 6.12), memory is read from the program's own process from then on
    /// ([`CagedProcess::accounting`] says so). `false` where the kernel refuses both.
    pub fn reset_peak_resident(&self) -> bool {
        // The process's own peak too, for [`CagedProcess::own_resident`].
        let own = std::fs::write(
            Path::new("/proc")
                .join(self.inner.to_string())
                .join("clear_refs"),
            "5",
        )
        .is_ok();
        if let Some(group) = self.memory_group() {
            if group.reset_peak_memory() {
                return true;
            }
            self.own_memory
                .store(true, std::sync::atomic::Ordering::Relaxed);
        }
        own
    }

    /// Peak memory of the program so far, in bytes: the larger of the program's own peak
    /// resident set (`VmHWM`, which covers its start-up even where it joined its cgroup late,
    /// on cgroup v2) and its memory cgroup's peak (every process it started and its in-memory
    /// files, charged from the moment it joined). The cgroup's figure outlives the program; `VmHWM` does not.
    /// (A [`CagedProcess::reset_peak_resident`] lowers the first.)
    pub fn peak_memory_bytes(&self) -> Option<u64> {
        let own = read_vm_hwm(
            &Path::new("/proc")
                .join(self.inner.to_string())
                .join("status"),
        );
        let group = match &self.groups {
            Groups::Ready(group) => group.peak_memory(),
            _ => None,
        };
        own.max(group)
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
        // The group may already be gone; that is not an error. Killing the program itself also
        // ends its whole PID namespace when isolated, whatever process groups it made.
        let _ = nix::sys::signal::kill(Pid::from_raw(self.inner), Signal::SIGKILL);
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
        // A pidfd becomes readable the moment the process ends, so the wait costs nothing
        // after the exit; kernels without pidfds (before 5.3) are polled every millisecond.
        let pidfd = pidfd_open(self.child.id() as i32);
        loop {
            if let Some(exit) = self.try_exit()? {
                // Anything it left behind in its group goes too.
                let _ = killpg(Pid::from_raw(self.child.id() as i32), Signal::SIGKILL);
                return Ok(exit);
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return self.kill();
            }
            match &pidfd {
                Some(fd) => {
                    let mut fds = [nix::poll::PollFd::new(
                        fd.as_fd(),
                        nix::poll::PollFlags::POLLIN,
                    )];
                    let ms = u16::try_from(left.as_millis().max(1)).unwrap_or(u16::MAX);
                    // Interrupted or timed out: the loop looks again either way.
                    let _ = nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(ms));
                }
                None => std::thread::sleep(left.min(Duration::from_millis(1))),
            }
        }
    }
}

impl Drop for CagedProcess {
    fn drop(&mut self) {
        if let Err(err) = self.kill() {
            tracing::warn!(%err, "could not reap a caged process");
        }
        // A group still being set up is joined, then removed like a ready one.
        self.confine();
    }
}

/// What the isolated child reports on the pid pipe: the program's host pid (`None` if the
/// child failed first), and, when `expect_joined`, the mask of the cgroups the program joined
/// itself. Each report is one write of a few bytes, so never split. Reads stop as soon as both
/// arrived: another thread's child, forked meanwhile, may hold a copy of the pipe until its
/// own exec, so end of file can come late.
fn read_reports(pipe: OwnedFd, expect_joined: bool) -> (Option<i32>, Option<u8>) {
    let mut file = File::from(pipe);
    let mut bytes = Vec::with_capacity(8);
    let (mut pid, mut joined) = (None, None);
    loop {
        let mut rest = bytes.as_slice();
        loop {
            match rest {
                [isolate::REPORT_PID, a, b, c, d, tail @ ..] => {
                    pid = Some(i32::from_le_bytes([*a, *b, *c, *d]));
                    rest = tail;
                }
                [isolate::REPORT_JOINED, mask, tail @ ..] => {
                    joined = Some(*mask);
                    rest = tail;
                }
                _ => break,
            }
        }
        let consumed = bytes.len() - rest.len();
        bytes.drain(..consumed);
        if pid.is_some() && (joined.is_some() || !expect_joined) {
            return (pid, joined);
        }
        let mut chunk = [0u8; 8];
        match std::io::Read::read(&mut file, &mut chunk) {
            Ok(0) => return (pid, joined),
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return (pid, joined),
        }
    }
}

/// A descriptor that becomes readable when process `pid` ends (`None` where the kernel has no
/// `pidfd_open`).
fn pidfd_open(pid: i32) -> Option<OwnedFd> {
    #[allow(unsafe_code)]
    // SAFETY: a plain system call on integers; a non-negative result is a new descriptor that
    // nothing else owns.
    unsafe {
        let fd = libc::syscall(libc::SYS_pidfd_open, pid, 0);
        (fd >= 0).then(|| <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(fd as RawFd))
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
    status_kb(status, "VmHWM:")
}

/// A `/proc/<pid>/status` field given in kB, in bytes.
fn status_kb(status: &str, field: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// In the child, right before exec (after the last file it opens itself): mark every
/// descriptor above [`CONTROL_OUT_FD`] close-on-exec, so that none the caller inherited without
/// close-on-exec (from a shell, a service manager, a test runner, a server's listener) reaches
/// the program; a directory descriptor would be a way out of its mount namespace. Marking
/// rather than closing keeps the standard library's own exec-error pipe working.
pub(crate) fn close_inherited() -> std::io::Result<()> {
    let first = (CONTROL_OUT_FD + 1) as libc::c_uint;
    #[allow(unsafe_code)]
    // SAFETY: plain system calls on integers.
    unsafe {
        if libc::syscall(
            libc::SYS_close_range,
            first,
            libc::c_uint::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        ) == 0
        {
            return Ok(());
        }
        // Before Linux 5.11: one descriptor at a time, up to the most that can be open.
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        let last = limit.rlim_max.min(1 << 20) as RawFd;
        for fd in first as RawFd..last {
            libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
        }
    }
    Ok(())
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
            isolation: None,
            account: false,
        };
        CagedProcess::spawn(&config).expect("spawn /bin/sh")
    }

    /// Run a shell script isolated; returns what it printed and how it ended.
    fn isolated(script: &str) -> (String, Exit) {
        let (printed, exit, _) = run_isolated(script, Limits::default(), false);
        (printed, exit)
    }

    /// Run `script` isolated with `limits`. With `confined`, wait until its cgroups hold it
    /// before letting it go on. Returns what it printed, how it ended, and the process (for its
    /// cgroup readings). The host directory its root was built on must stay empty.
    fn run_isolated(script: &str, limits: Limits, confined: bool) -> (String, Exit, CagedProcess) {
        let (mut p, dir) = spawn_isolated(script, limits, Isolation::system());
        if confined {
            let held = p.confine();
            if std::env::var_os("CI").is_some() {
                assert_eq!(
                    held,
                    Enforced {
                        tasks: true,
                        memory: true
                    },
                    "CI machines must offer pids and memory cgroups"
                );
            }
        }
        p.control_in.write_all(b"go\n").expect("go");
        let mut printed = String::new();
        p.output.read_to_string(&mut printed).expect("read output");
        let exit = p.wait_or_kill(Duration::from_secs(20)).expect("wait");
        assert_eq!(
            std::fs::read_dir(&dir).map(|d| d.count()).ok(),
            Some(0),
            "the host directory stays empty"
        );
        let _ = std::fs::remove_dir(&dir);
        (printed, exit, p)
    }

    /// Limits enforced by cgroups when isolated: `memory` bytes and 16 tasks.
    fn group_limits(memory: u64) -> Limits {
        Limits {
            memory: Some(memory),
            processes: Some(16),
            ..Limits::default()
        }
    }

    fn tempfile_dir() -> PathBuf {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("onsite-cage-test-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        dir
    }

    #[test]
    fn isolated_program_is_pid_1_without_network_or_host_files() {
        let (out, exit) = isolated(
            "echo pid=$$ uid=$(id -u); \
             [ -e /root ] && echo root-visible || echo root-hidden; \
             [ -e /etc/passwd ] && echo etc-visible || echo etc-hidden; \
             grep -c : /proc/net/dev; \
             touch /usr/x 2>/dev/null && echo usr-writable || echo usr-read-only; \
             touch /work/x && echo work-writable; pwd",
        );
        assert_eq!(exit, Exit::Code(0), "{out}");
        assert_eq!(
            out,
            "pid=1 uid=1000\nroot-hidden\netc-hidden\n1\nusr-read-only\nwork-writable\n/work\n"
        );
    }

    #[test]
    fn memory_cgroup_kills_a_program_over_its_limit_and_records_the_peak() {
        let limits = group_limits(24 << 20);
        // In-memory files count: 40 MiB written to the private tmpfs is over a 24 MiB limit.
        let (out, exit, mut p) = run_isolated(
            "dd if=/dev/zero of=/work/fill bs=1M count=40 2>/dev/null && echo wrote || echo killed",
            limits.clone(),
            true,
        );
        if p.confine().memory {
            // The kernel kills the largest process of the group: dd, not the shell.
            assert!(p.hit_memory_limit(), "{out} {exit:?}");
            assert_eq!(out, "killed\n");
        } else {
            eprintln!("skipped: no memory cgroup here");
        }
        // Under the limit, the peak is measured and nothing is killed.
        let (out, exit, mut p) = run_isolated(
            "dd if=/dev/zero of=/work/fill bs=1M count=8 2>/dev/null; echo survived",
            limits,
            true,
        );
        assert_eq!((out.as_str(), exit), ("survived\n", Exit::Code(0)));
        if p.confine().memory {
            assert!(!p.hit_memory_limit());
            let peak = p.peak_memory_bytes().expect("peak");
            assert!(peak >= 8 << 20, "peak {peak} counts the 8 MiB file");
        }
    }

    #[test]
    fn an_isolated_program_is_in_its_v1_cgroups_from_its_first_instruction() {
        let limits = group_limits(64 << 20);
        // Not confined first: on cgroup v1 the program joins its groups itself before exec,
        // and what it starts is born in them.
        let (out, exit, mut p) = run_isolated(
            "cat /proc/self/cgroup; sh -c 'cat /proc/self/cgroup'",
            limits,
            false,
        );
        assert_eq!(exit, Exit::Code(0), "{out}");
        let held = p.confine();
        for (controller, held) in [("pids", held.tasks), ("memory", held.memory)] {
            // v1 lines are `id:controllers:path`; a v2 group is joined later, by the caller.
            let paths: Vec<&str> = out
                .lines()
                .filter_map(|l| {
                    let mut parts = l.splitn(3, ':');
                    let (_, names, path) = (parts.next()?, parts.next()?, parts.next()?);
                    names.split(',').any(|n| n == controller).then_some(path)
                })
                .collect();
            if !held || paths.is_empty() {
                eprintln!("skipped for {controller}: no v1 {controller} cgroup here");
                continue;
            }
            assert_eq!(paths.len(), 2, "{out}");
            let group = format!("/onsite-{}-", std::process::id());
            assert!(paths.iter().all(|p| p.contains(&group)), "{out}");
        }
    }

    #[test]
    fn a_caller_with_many_open_files_still_starts_a_program_with_few() {
        // A server holds hundreds of descriptors; the program's limit is far lower. The limit
        // must apply only once the setup that still holds them is done.
        let held: Vec<File> = (0..300)
            .map(|_| File::open("/dev/null").expect("open /dev/null"))
            .collect();
        let limits = Limits {
            open_files: Some(32),
            ..Limits::default()
        };
        let (printed, exit, _) = run_isolated("ulimit -n; echo started", limits, false);
        assert_eq!(exit, Exit::Code(0), "{printed}");
        assert_eq!(printed.trim(), "32\nstarted", "{printed}");
        drop(held);
    }

    /// Start `script` isolated (after `read go <&3`) with `isolation`, without waiting for it.
    fn spawn_isolated(
        script: &str,
        limits: Limits,
        isolation: Isolation,
    ) -> (CagedProcess, PathBuf) {
        assert!(
            isolation_available(),
            "user namespaces and seccomp are needed for these tests"
        );
        let dir = tempfile_dir();
        let config = CageConfig {
            program: PathBuf::from("/bin/sh"),
            args: vec!["-c".into(), format!("read go <&3; {script}").into()],
            env: vec![("PATH".into(), "/usr/bin:/bin".into())],
            cwd: dir.clone(),
            limits,
            isolation: Some(isolation),
            account: true,
        };
        (
            CagedProcess::spawn(&config).expect("spawn isolated /bin/sh"),
            dir,
        )
    }

    /// A `/proc/<pid>/status` field's values (`Uid:`, `Gid:`, `Groups:`).
    fn status_ids(pid: u32, field: &str) -> Vec<u32> {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
        status
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .expect("field")
            .split_whitespace()
            .map(|v| v.parse().expect("an id"))
            .collect()
    }

    #[test]
    fn a_root_callers_program_is_not_host_root() {
        if !nix::unistd::geteuid().is_root() {
            eprintln!("skipped: the caller is not root (it maps its own uid, as it must)");
            return;
        }
        // A host file only root may read, in a directory the program sees.
        let secret_dir = tempfile_dir();
        let secret = secret_dir.join("secret");
        std::fs::write(&secret, "root-only").expect("write");
        std::fs::set_permissions(
            &secret,
            <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o600),
        )
        .expect("chmod");
        let mut isolation = Isolation::system();
        isolation
            .read_only_at
            .push((secret_dir.clone(), PathBuf::from("/host")));
        // Opening for writing (appending nothing) changes nothing even where it succeeds.
        let (mut p, dir) = spawn_isolated(
            "for f in /proc/sys/kernel/core_pattern /proc/sys/kernel/hostname \
                      /proc/sys/vm/drop_caches /proc/sysrq-trigger /host/secret; do \
               { true >> $f; } 2>/dev/null && echo \"writable $f\"; done; \
             cat /host/secret 2>/dev/null; \
             cat /proc/kcore /proc/timer_list 2>/dev/null | head -c 1 | wc -c; \
             echo checked >&4; read done <&3",
            Limits::default(),
            isolation,
        );
        p.control_in.write_all(b"go\n").expect("go");
        let mut line = [0u8; 8];
        p.control_out.read_exact(&mut line).expect("checked");
        // Seen from the host, while it runs: no id of it is root's, nor is any group.
        let pid = p.pid();
        let (uids, gids, groups) = (
            status_ids(pid, "Uid:"),
            status_ids(pid, "Gid:"),
            status_ids(pid, "Groups:"),
        );
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
        let capabilities: Vec<&str> = status
            .lines()
            .filter(|l| {
                ["CapInh:", "CapPrm:", "CapEff:", "CapAmb:"]
                    .iter()
                    .any(|f| l.starts_with(f))
            })
            .map(|l| l.split_whitespace().nth(1).unwrap_or("?"))
            .collect();
        p.control_in.write_all(b"done\n").expect("done");
        let mut printed = String::new();
        p.output.read_to_string(&mut printed).expect("read output");
        let exit = p.wait_or_kill(Duration::from_secs(20)).expect("wait");
        let _ = std::fs::remove_dir(&dir);
        let _ = std::fs::remove_dir_all(&secret_dir);
        assert_eq!(exit, Exit::Code(0), "{printed}");
        assert_eq!(printed, "0\n", "nothing writable, nothing read");
        let nobody = HostIds::NOBODY;
        assert_eq!(uids, vec![nobody.uid; 4], "host uids");
        assert_eq!(gids, vec![nobody.gid; 4], "host gids");
        assert_eq!(groups, Vec::<u32>::new(), "no supplementary group");
        assert_eq!(capabilities, vec!["0000000000000000"; 4], "no capability");
    }

    #[test]
    fn the_host_ids_of_a_root_caller_are_configurable_but_never_root() {
        if !nix::unistd::geteuid().is_root() {
            eprintln!("skipped: the caller is not root");
            return;
        }
        let mut isolation = Isolation::system();
        isolation.host_ids = HostIds {
            uid: 4242,
            gid: 4343,
        };
        let (mut p, dir) =
            spawn_isolated("echo up >&4; read done <&3", Limits::default(), isolation);
        p.control_in.write_all(b"go\n").expect("go");
        let mut line = [0u8; 3];
        p.control_out.read_exact(&mut line).expect("up");
        let ids = (
            status_ids(p.pid(), "Uid:")[0],
            status_ids(p.pid(), "Gid:")[0],
        );
        drop(p);
        let _ = std::fs::remove_dir(&dir);
        assert_eq!(ids, (4242, 4343));
        let mut isolation = Isolation::system();
        isolation.host_ids = HostIds { uid: 0, gid: 0 };
        let dir = tempfile_dir();
        let refused = isolate::Plan::new(&isolation, &dir);
        let _ = std::fs::remove_dir(&dir);
        let err = refused.expect_err("host root is refused");
        assert!(err.to_string().contains("host root"), "{err}");
    }

    /// A directory descriptor the caller holds without close-on-exec (as a shell, a service
    /// manager or a test runner can pass one down): `(descriptor, canary file in it)`.
    fn leaked_directory() -> (OwnedFd, PathBuf) {
        let dir = tempfile_dir();
        let canary = dir.join("canary");
        std::fs::write(&canary, "host-canary").expect("canary");
        let path = isolate::cstr(&dir).expect("path");
        #[allow(unsafe_code)]
        // SAFETY: a plain open; the descriptor is owned by the returned `OwnedFd`.
        let fd = unsafe {
            let low = libc::open(path.as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY);
            // Above the control descriptors, still without close-on-exec (F_DUPFD).
            let fd = libc::fcntl(low, libc::F_DUPFD, 10);
            libc::close(low);
            fd
        };
        assert!(
            fd > CONTROL_OUT_FD,
            "open: {}",
            std::io::Error::last_os_error()
        );
        #[allow(unsafe_code)]
        // SAFETY: `fd` was just opened and nothing else owns it.
        (
            unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(fd) },
            canary,
        )
    }

    #[test]
    fn descriptors_the_caller_inherited_are_closed_in_the_cage() {
        let (fd, canary) = leaked_directory();
        let n = fd.as_raw_fd();
        let script = format!(
            "[ -e /proc/self/fd/{n} ] && echo open || echo closed; \
             cat /proc/self/fd/{n}/canary 2>/dev/null; \
             ls /proc/self/fd/{n}/.. >/dev/null 2>&1 && echo escaped; \
             cd /proc/self/fd 2>/dev/null && for f in *; do [ \"$f\" -gt 4 ] && [ -d \"$f\" ] && echo \"dir $f\"; done; \
             true"
        );
        // Isolated, and with the limits only (a trusted process).
        let (printed, exit) = isolated(&script);
        assert_eq!((printed.as_str(), exit), ("closed\n", Exit::Code(0)));
        let mut p = sh(&script, Limits::default());
        let mut printed = String::new();
        p.output.read_to_string(&mut printed).expect("read output");
        assert_eq!(printed, "closed\n");
        drop(fd);
        let _ = std::fs::remove_dir_all(canary.parent().expect("dir"));
    }

    /// Send `go` to the program and wait for `reply` on its control pipe.
    fn go(p: &mut CagedProcess, reply: &str) {
        p.control_in.write_all(b"go\n").expect("go");
        let mut line = vec![0u8; reply.len()];
        p.control_out.read_exact(&mut line).expect(reply);
        assert_eq!(line, reply.as_bytes());
    }

    /// End the program and remove its root's directory; returns `covered` (whether the readings
    /// covered the whole program), which CI machines must offer (`what`).
    fn finish(p: CagedProcess, dir: &Path, covered: bool, what: &str) -> bool {
        drop(p);
        let _ = std::fs::remove_dir(dir);
        if std::env::var_os("CI").is_some() {
            assert!(covered, "CI machines must offer {what}");
        }
        if !covered {
            eprintln!("skipped: no {what} here");
        }
        covered
    }

    #[test]
    fn cpu_time_counts_the_programs_children() {
        // The work happens in a child that has ended by the time the clock is read.
        let (mut p, dir) = spawn_isolated(
            "(i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done); echo done >&4; read x <&3",
            group_limits(64 << 20),
            Isolation::system(),
        );
        p.confine();
        go(&mut p, "done\n");
        let used = p.cpu_time().expect("cpu time");
        let whole = p.accounting().cpu;
        if finish(p, &dir, whole, "a CPU accounting cgroup") {
            // 300 000 shell iterations take well over 50 ms of CPU anywhere; the parent shell
            // itself uses about a millisecond.
            assert!(used > Duration::from_millis(50), "{used:?}");
        }
    }

    #[test]
    fn resident_memory_counts_the_programs_children() {
        // dd fills a 48 MiB buffer in a child process; the shell itself stays small.
        let (mut p, dir) = spawn_isolated(
            "echo staged >&4; read x <&3; dd if=/dev/zero of=/dev/null bs=48M count=1 2>/dev/null; \
             echo done >&4; read x <&3",
            group_limits(256 << 20),
            Isolation::system(),
        );
        p.confine();
        go(&mut p, "staged\n");
        assert!(p.reset_peak_resident());
        let before = p.resident().expect("resident before");
        go(&mut p, "done\n");
        let after = p.resident().expect("resident after");
        let whole = p.accounting().memory;
        if finish(p, &dir, whole, "a memory cgroup") {
            let extra = after.peak.saturating_sub(before.now);
            assert!(
                extra >= 48 << 20,
                "{extra} bytes counted for a 48 MiB child"
            );
        }
    }

    #[test]
    fn isolated_program_cannot_mount_or_unshare() {
        let (out, _) = isolated(
            "mount -t tmpfs none /work 2>/dev/null && echo mounted || echo refused; \
             unshare -U true 2>/dev/null && echo unshared || echo refused",
        );
        assert_eq!(out, "refused\nrefused\n");
    }

    #[test]
    fn killing_an_isolated_program_ends_its_children() {
        let dir = tempfile_dir();
        let config = CageConfig {
            program: PathBuf::from("/bin/sh"),
            args: vec![
                "-c".into(),
                "setsid sleep 60 & sleep 60 & echo started; wait".into(),
            ],
            env: vec![("PATH".into(), "/usr/bin:/bin".into())],
            cwd: dir.clone(),
            limits: Limits::default(),
            isolation: Some(Isolation::system()),
            account: false,
        };
        let mut p = CagedProcess::spawn(&config).expect("spawn");
        let mut line = [0u8; 8];
        p.output.read_exact(&mut line).expect("started");
        p.kill().expect("kill");
        let mut rest = Vec::new();
        // Every process holding the output pipe is gone, including the one in its own session.
        p.output.read_to_end(&mut rest).expect("EOF");
        let _ = std::fs::remove_dir(&dir);
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
    fn concurrent_spawns_each_reach_their_own_program() {
        assert!(
            isolation_available(),
            "user namespaces and seccomp are needed"
        );
        // Threads spawning at once free and reuse low descriptors under each other; every
        // program must still get its own control pipes and report its pid. (Whether a pid pipe
        // lands on descriptor 3 or 4 depends on timing this test cannot force; the guard for
        // that is `above_control_fds`.)
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..12 {
                        let dir = tempfile_dir();
                        let config = CageConfig {
                            program: PathBuf::from("/bin/sh"),
                            args: vec!["-c".into(), "read go <&3; echo \"pid=$$\" >&4".into()],
                            env: vec![("PATH".into(), "/usr/bin:/bin".into())],
                            cwd: dir.clone(),
                            limits: Limits::default(),
                            isolation: Some(Isolation::system()),
                            account: false,
                        };
                        let mut p = CagedProcess::spawn(&config).expect("spawn");
                        p.control_in.write_all(b"go\n").expect("go");
                        let mut back = String::new();
                        p.control_out.read_to_string(&mut back).expect("read");
                        assert_eq!(back, "pid=1\n");
                        assert_eq!(
                            p.wait_or_kill(Duration::from_secs(10)).expect("wait"),
                            Exit::Code(0)
                        );
                        drop(p);
                        let _ = std::fs::remove_dir(&dir);
                    }
                });
            }
        });
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
    fn the_childs_reports_are_read_in_either_order() {
        let report = |chunks: &[&[u8]], expect_joined| {
            let (read, write) = pipe().expect("pipe");
            let mut write = File::from(write);
            for chunk in chunks {
                write.write_all(chunk).expect("write");
            }
            drop(write);
            read_reports(read, expect_joined)
        };
        let pid: &[u8] = &[isolate::REPORT_PID, 0x39, 0x30, 0, 0];
        let joined: &[u8] = &[isolate::REPORT_JOINED, 3];
        assert_eq!(report(&[pid, joined], true), (Some(12345), Some(3)));
        assert_eq!(report(&[joined, pid], true), (Some(12345), Some(3)));
        assert_eq!(report(&[pid], false), (Some(12345), None));
        // The child failed before it forked: nothing, or the join report alone.
        assert_eq!(report(&[], true), (None, None));
        assert_eq!(report(&[joined], true), (None, Some(3)));
    }

    #[test]
    fn vm_hwm_is_parsed_in_bytes() {
        let status = "Name:\tpython3\nVmPeak:\t  20000 kB\nVmHWM:\t    9512 kB\nVmRSS:\t 9000 kB\n";
        assert_eq!(parse_vm_hwm(status), Some(9512 * 1024));
        assert_eq!(parse_vm_hwm("Name: x\n"), None);
    }
}
