//! One Python process running the harness inside the cage, and the exchange of one message.
//!
//! The judge measures every exchange from outside: CPU time from the kernel's accounting
//! between sending the request and receiving the reply (of every process the harness process
//! started, exited ones included, when a cgroup counts them; of its own process otherwise: see
//! [`HarnessProcess::accounting`]), wall time around it, and what the process printed in
//! between (drained from its output pipe and attributed to the test).

use std::ffi::OsString;
use std::io::{ErrorKind, Read, Write};
use std::os::fd::{AsFd, AsRawFd};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use nix::fcntl::{fcntl, FcntlArg, OFlag};
use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use onsite_cage::{CageConfig, CagedProcess, Exit, Limits};
use serde_json::Value;

use crate::protocol::{encode, replies_to, FrameError, FrameReader, PROTOCOL_VERSION};
use crate::python::Python;
use crate::JudgeError;

/// Output kept per exchange for the report (the rest is only counted).
const KEPT_OUTPUT: usize = 4096;
/// Most events (calls of an injected callable, announced as they happen) one exchange may send.
const MAX_EVENTS: usize = 1 << 18;

/// How one exchange ended.
#[derive(Debug)]
pub enum Reply {
    /// The harness answered.
    Message(Value),
    /// The process ended (or closed its reply pipe) before answering.
    Died(Exit),
    /// It ran out of CPU time (or wall time) and was killed.
    TimedOut {
        /// Wall time ran out rather than CPU time (it slept or blocked).
        wall: bool,
    },
    /// It printed more than the output limit and was killed.
    OutputExceeded,
    /// It wrote something on its reply pipe that is not a harness message, and was killed.
    Garbled(String),
    /// It announced a reply larger than the frame cap (bytes), and was killed unread.
    Oversized(usize),
}

/// The outcome of one exchange, with what the judge measured.
#[derive(Debug)]
pub struct Exchange {
    /// How it ended.
    pub reply: Reply,
    /// CPU time the process used during the exchange.
    pub cpu: Duration,
    /// Wall time of the exchange.
    pub wall: Duration,
    /// What it printed during the exchange (the first few KiB).
    pub output: Vec<u8>,
    /// Whether the printed output was cut.
    pub output_truncated: bool,
    /// The events announced before the reply (`type: event`, see `harness.py::_make_fetch`),
    /// in order; each was checked to belong to this request.
    pub events: Vec<Value>,
}

/// Limits on one exchange.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// CPU time.
    pub cpu: Duration,
    /// Wall time.
    pub wall: Duration,
}

/// A harness process.
pub struct HarnessProcess {
    cage: CagedProcess,
    frames: FrameReader,
    output_total: u64,
    output_limit: u64,
    /// The Python version the harness reported (empty until its hello arrived).
    pub python_version: String,
    executable: PathBuf,
    /// Whether the process runs isolated (and so is meant to be held by cgroups).
    isolated: bool,
    /// The sequence number of the next request.
    next_seq: u64,
}

impl HarnessProcess {
    /// Start the harness. Returns at once: the hello handshake happens with the first request,
    /// so several processes can boot in parallel.
    pub fn start(
        python: &Python,
        launch: &[OsString],
        workdir: &Path,
        limits: Limits,
        output_limit: u64,
        isolation: Option<onsite_cage::Isolation>,
        account: bool,
    ) -> Result<HarnessProcess, JudgeError> {
        let isolated = isolation.is_some();
        let home = match isolation {
            Some(_) => std::ffi::OsString::from(onsite_cage::WORK_DIR),
            None => workdir.as_os_str().to_owned(),
        };
        let mut args: Vec<OsString> = vec!["-I".into(), "-S".into(), "-B".into()];
        args.extend_from_slice(launch);
        let config = CageConfig {
            program: python.executable.clone(),
            args,
            env: vec![
                ("PATH".into(), "/usr/local/bin:/usr/bin:/bin".into()),
                ("LANG".into(), "C.UTF-8".into()),
                ("LC_ALL".into(), "C.UTF-8".into()),
                // One malloc arena: each thread's own 64 MiB arena reservation would otherwise
                // exhaust the address-space limit after a handful of threads.
                ("MALLOC_ARENA_MAX".into(), "1".into()),
                // A fixed threshold (glibc otherwise raises it after the first large free, and
                // then keeps freed memory): large blocks are mapped and returned when freed, so
                // resident memory follows what the program holds, which measuring reads.
                ("MALLOC_MMAP_THRESHOLD_".into(), "131072".into()),
                ("MALLOC_TRIM_THRESHOLD_".into(), "131072".into()),
                ("HOME".into(), home),
            ],
            cwd: workdir.to_path_buf(),
            limits,
            isolation,
            account,
        };
        let cage = CagedProcess::spawn(&config)?;
        for fd in [
            cage.control_out.as_raw_fd(),
            cage.output.as_raw_fd(),
            cage.control_in.as_raw_fd(),
        ] {
            fcntl(fd, FcntlArg::F_SETFL(OFlag::O_NONBLOCK))
                .map_err(|e| JudgeError::Io(e.into()))?;
        }
        Ok(HarnessProcess {
            cage,
            frames: FrameReader::default(),
            output_total: 0,
            output_limit,
            python_version: String::new(),
            executable: python.executable.clone(),
            isolated,
            next_seq: 1,
        })
    }

    /// Wait for the harness's hello and check its protocol version.
    fn greet(&mut self) -> Result<(), JudgeError> {
        let hello = self.receive(Budget {
            cpu: Duration::from_secs(10),
            wall: Duration::from_secs(20),
        })?;
        match hello.reply {
            Reply::Message(msg)
                if msg["type"] == "hello" && msg["protocol"] == PROTOCOL_VERSION =>
            {
                self.python_version = msg["python"].as_str().unwrap_or("?").to_owned();
                Ok(())
            }
            Reply::Message(msg) if msg["type"] == "hello" => Err(JudgeError::Protocol(format!(
                "the harness speaks protocol {}, the judge {PROTOCOL_VERSION}",
                msg["protocol"]
            ))),
            other => Err(JudgeError::HarnessStart {
                python: self.executable.clone(),
                detail: format!(
                    "{other:?}; output: {}",
                    String::from_utf8_lossy(&hello.output)
                ),
            }),
        }
    }

    /// Refuse replies longer than `bytes` from now on (see [`FrameReader::set_limit`]).
    pub fn set_frame_limit(&mut self, bytes: usize) {
        self.frames.set_limit(bytes);
    }

    /// Send a request and wait for its reply within the budget.
    ///
    /// Every request gets the next sequence number of this process (whatever `seq` the caller
    /// put in it). A reply must answer this request (same `seq`), be of a type that answers
    /// it ([`replies_to`]) and come alone: anything else on the reply pipe was written by the
    /// code under test, so the exchange ends as [`Reply::Garbled`] and the process is killed.
    pub fn request(&mut self, mut message: Value, budget: Budget) -> Result<Exchange, JudgeError> {
        if self.python_version.is_empty() {
            self.greet()?;
        }
        // The harness runs no code of the submission's before its first request; by then the
        // process must be inside its cgroups (a no-op once it is).
        let held = self.cage.confine();
        let counted = self.cage.accounting();
        if self.isolated && !(held.tasks && held.memory && counted.cpu && counted.memory) {
            static WARNED: std::sync::Once = std::sync::Once::new();
            WARNED.call_once(|| {
                tracing::warn!(
                    tasks_limited_by_cgroup = held.tasks,
                    memory_limited_by_cgroup = held.memory,
                    cpu_counted_for_child_processes = counted.cpu,
                    memory_counted_for_child_processes = counted.memory,
                    "cgroups are not available for every limit here; processes and memory fall \
                     back to rlimits (per-process address space), and what is not counted by a \
                     cgroup (CPU time, memory) is the interpreter's own process's: work done in \
                     a child process is then not charged"
                )
            });
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        if let Some(map) = message.as_object_mut() {
            map.insert("seq".into(), seq.into());
        }
        let kind = message["type"].as_str().unwrap_or("").to_owned();
        let frame = encode(&message);
        drop(message);
        let with_events = matches!(kind.as_str(), "run" | "go");
        let mut ex = self.exchange(Some(frame), budget, with_events)?;
        if ex
            .events
            .iter()
            .any(|e| e.get("seq").and_then(Value::as_u64) != Some(seq))
        {
            self.kill();
            ex.reply = Reply::Garbled("an event that belongs to no request".into());
        }
        if let Reply::Message(reply) = &ex.reply {
            let why = if reply.get("seq").and_then(Value::as_u64) != Some(seq) {
                Some("a reply that answers no request".to_owned())
            } else if !reply["type"]
                .as_str()
                .is_some_and(|t| replies_to(&kind).contains(&t))
            {
                Some(format!(
                    "a `{}` reply to a `{kind}` request",
                    reply["type"].as_str().unwrap_or("?")
                ))
            } else if self.frames.pending() > 0 {
                Some("more than one reply to one request".to_owned())
            } else {
                None
            };
            if let Some(why) = why {
                self.kill();
                ex.reply = Reply::Garbled(why);
            }
        }
        Ok(ex)
    }

    fn receive(&mut self, budget: Budget) -> Result<Exchange, JudgeError> {
        self.exchange(None, budget, false)
    }

    /// Peak resident memory of the process so far, in KiB.
    pub fn peak_memory_kb(&self) -> Option<u64> {
        self.cage.peak_memory_bytes().map(|b| b / 1024)
    }

    /// Resident memory now and at its peak since the last reset (see
    /// [`onsite_cage::CagedProcess::resident`]).
    pub fn resident(&self) -> Option<onsite_cage::Resident> {
        self.cage.resident()
    }

    /// The harness process's own resident memory, to the page (see
    /// [`onsite_cage::CagedProcess::own_resident`]).
    pub fn own_resident(&self) -> Option<onsite_cage::Resident> {
        self.cage.own_resident()
    }

    /// Whether CPU time and memory readings cover every process the harness process started
    /// (a cgroup) or its own process only.
    pub fn accounting(&self) -> onsite_cage::Accounting {
        self.cage.accounting()
    }

    /// Start a new peak of resident memory from the current size.
    pub fn reset_peak_resident(&self) -> bool {
        self.cage.reset_peak_resident()
    }

    /// Whether the process is still running.
    pub fn is_alive(&mut self) -> bool {
        matches!(self.cage.try_exit(), Ok(None))
    }

    /// Fit a process started ahead of time to its submission's limits: its memory cgroup's and
    /// its output's here (its rlimits are lowered by the harness on `load`).
    pub fn fit(&mut self, limits: &Limits, output_limit: u64) {
        self.output_limit = output_limit;
        self.cage.confine();
        if let Some(bytes) = limits.memory {
            if !self.cage.set_memory_limit(bytes) {
                tracing::debug!("no memory cgroup to lower; the address-space limit applies");
            }
        }
    }

    /// Whether the kernel killed the process for holding more memory than its cage allows.
    pub fn hit_memory_limit(&self) -> bool {
        self.cage.hit_memory_limit()
    }

    /// Whether the process tried to start more processes or threads than its cage allows.
    pub fn hit_process_limit(&self) -> bool {
        self.cage.hit_process_limit()
    }

    /// Kill the process and everything it started.
    pub fn kill(&mut self) {
        let _ = self.cage.kill();
    }

    fn exchange(
        &mut self,
        frame: Option<Vec<u8>>,
        budget: Budget,
        with_events: bool,
    ) -> Result<Exchange, JudgeError> {
        let mut events = Vec::new();
        let mut to_write = frame.unwrap_or_default();
        let mut written = 0;
        let cpu_start = self.cage.cpu_time().unwrap_or_default();
        let start = Instant::now();
        // Time spent waiting for a CPU on a busy machine is not the program's: the wall limit
        // (there to stop sleeping and blocking) leaves it out.
        let delay_start = self.cage.run_delay();
        let mut output = Vec::new();
        let mut output_truncated = false;
        let mut buf = vec![0u8; 64 * 1024];
        // The last CPU reading, for when the process is gone (a reaped process has no clock).
        let mut cpu_seen = cpu_start;

        let reply = loop {
            if let Some(msg) = self.frames.next_frame().transpose() {
                match msg {
                    Ok(msg) if with_events && msg["type"] == "event" => {
                        if events.len() >= MAX_EVENTS {
                            self.kill();
                            break Reply::Garbled(format!("more than {MAX_EVENTS} events"));
                        }
                        events.push(msg);
                        continue;
                    }
                    Ok(msg) => break Reply::Message(msg),
                    Err(FrameError::TooLarge(bytes)) => {
                        self.kill();
                        break Reply::Oversized(bytes);
                    }
                    Err(e) => {
                        self.kill();
                        break Reply::Garbled(e.to_string());
                    }
                }
            }
            cpu_seen = self.cage.cpu_time().unwrap_or(cpu_seen);
            let cpu_used = cpu_seen.saturating_sub(cpu_start);
            let waited = delay_start
                .zip(self.cage.run_delay())
                .map_or(Duration::ZERO, |(a, b)| b.saturating_sub(a));
            let wall_used = start.elapsed().saturating_sub(waited);
            if cpu_used > budget.cpu || wall_used > budget.wall {
                self.kill();
                break Reply::TimedOut {
                    wall: cpu_used <= budget.cpu,
                };
            }
            // Single-threaded code cannot use CPU faster than wall time passes, so waiting for
            // the remaining CPU budget is exact for it; threads are caught at the next wake-up.
            let wait = (budget.cpu - cpu_used)
                .min(budget.wall - wall_used)
                .min(Duration::from_millis(100))
                + Duration::from_millis(1);
            let writing = written < to_write.len();
            let (reply_ready, output_ready, writable, hung_up) = {
                let mut fds = vec![
                    PollFd::new(self.cage.control_out.as_fd(), PollFlags::POLLIN),
                    PollFd::new(self.cage.output.as_fd(), PollFlags::POLLIN),
                ];
                if writing {
                    fds.push(PollFd::new(
                        self.cage.control_in.as_fd(),
                        PollFlags::POLLOUT,
                    ));
                }
                let timeout = PollTimeout::try_from(wait.as_millis().min(60_000) as u32)
                    .unwrap_or(PollTimeout::MAX);
                match poll(&mut fds, timeout) {
                    Ok(_) | Err(nix::errno::Errno::EINTR) => {}
                    Err(e) => return Err(JudgeError::Io(e.into())),
                }
                let ev = |i: usize| {
                    fds.get(i)
                        .and_then(|f| f.revents())
                        .unwrap_or(PollFlags::empty())
                };
                let readable = PollFlags::POLLIN | PollFlags::POLLHUP | PollFlags::POLLERR;
                (
                    ev(0).intersects(readable),
                    ev(1).intersects(readable),
                    writing && ev(2).intersects(PollFlags::POLLOUT | PollFlags::POLLERR),
                    ev(0).contains(PollFlags::POLLHUP),
                )
            };
            if output_ready && self.drain_output(&mut buf, &mut output, &mut output_truncated)? {
                self.kill();
                break Reply::OutputExceeded;
            }
            if writable {
                match self.cage.control_in.write(&to_write[written..]) {
                    Ok(n) => written += n,
                    Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                    // The process closed its request pipe or died: its exit tells why.
                    Err(_) => to_write.clear(),
                }
                if written == to_write.len() {
                    to_write.clear();
                    written = 0;
                }
            }
            if reply_ready {
                match self.cage.control_out.read(&mut buf) {
                    Ok(0) => {
                        break Reply::Died(self.cage.wait_or_kill(Duration::from_millis(500))?)
                    }
                    Ok(n) => self.frames.push(&buf[..n]),
                    Err(e)
                        if e.kind() == ErrorKind::WouldBlock
                            || e.kind() == ErrorKind::Interrupted => {}
                    Err(e) => return Err(JudgeError::Io(e)),
                }
            } else if hung_up {
                break Reply::Died(self.cage.wait_or_kill(Duration::from_millis(500))?);
            }
        };
        let cpu = self
            .cage
            .cpu_time()
            .unwrap_or(cpu_seen)
            .saturating_sub(cpu_start);
        let wall = start.elapsed();
        // The harness flushes before replying, so whatever it printed is already in the pipe.
        if self.drain_output(&mut buf, &mut output, &mut output_truncated)?
            && matches!(reply, Reply::Message(_))
        {
            self.kill();
            return Ok(Exchange {
                reply: Reply::OutputExceeded,
                cpu,
                wall,
                output,
                output_truncated: true,
                events,
            });
        }
        Ok(Exchange {
            reply,
            cpu,
            wall,
            output,
            output_truncated,
            events,
        })
    }

    /// Read what is available on the output pipe; true when the output limit is passed.
    fn drain_output(
        &mut self,
        buf: &mut [u8],
        kept: &mut Vec<u8>,
        truncated: &mut bool,
    ) -> Result<bool, JudgeError> {
        loop {
            match self.cage.output.read(buf) {
                Ok(0) => return Ok(false),
                Ok(n) => {
                    self.output_total += n as u64;
                    let room = KEPT_OUTPUT.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                    *truncated |= n > room;
                    if self.output_total > self.output_limit {
                        return Ok(true);
                    }
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => return Ok(false),
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(JudgeError::Io(e)),
            }
        }
    }
}
