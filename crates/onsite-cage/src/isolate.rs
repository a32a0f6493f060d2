//! Namespaces, a minimal read-only view of the host, and a seccomp filter.
//!
//! Everything here is prepared in the parent ([`Plan::new`]) and carried out in the forked child
//! between `fork` and `exec` ([`Plan::enter`]), where only async-signal-safe system calls are
//! allowed: no allocation, no locks. The sequence:
//!
//! 1. `unshare` user, mount, network, IPC, UTS and PID namespaces; map the caller's uid and gid
//!    to an unprivileged id inside (1000), so the program holds no capability once it execs.
//! 2. `fork`: the child becomes PID 1 of the new PID namespace; the parent stays outside as a
//!    tiny reaper that reports the child's host pid, closes every descriptor and mirrors its
//!    exit. When PID 1 dies, the kernel kills everything else in the namespace. The child
//!    joins its cgroups (cgroup v1) before anything else.
//! 3. In the child: a tmpfs root holding read-only bind mounts of what the program needs (and
//!    nothing else of the host), the few device nodes it needs, a fresh `/proc`, and a
//!    size-limited tmpfs `/work`; `pivot_root` into it and detach the old root.
//! 4. `no_new_privs` and a seccomp filter refusing dangerous system calls with `EPERM`.

use std::ffi::CString;
use std::os::fd::RawFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

use nix::mount::{mount, umount2, MntFlags, MsFlags};
use nix::sched::{unshare, CloneFlags};
use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule, TargetArch,
};

/// The uid and gid the program has inside its user namespace.
pub const INSIDE_ID: u32 = 1000;
/// Where the writable work directory is inside the cage.
pub const WORK_DIR: &str = "/work";

/// What the isolated program may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Isolation {
    /// Host paths (directories, files or symlinks) made visible read-only at the same path.
    pub read_only: Vec<PathBuf>,
    /// Host files or directories made visible read-only at another path (host, inside).
    pub read_only_at: Vec<(PathBuf, PathBuf)>,
    /// Size of the writable `/work` tmpfs, in MiB.
    pub work_mb: u64,
}

impl Isolation {
    /// The system directories a dynamically linked program needs (`/usr`, and `/lib`, `/lib64`,
    /// `/bin` whether they are directories or symlinks into `/usr`).
    pub fn system() -> Isolation {
        let read_only = ["/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin"]
            .iter()
            .map(PathBuf::from)
            .filter(|p| p.symlink_metadata().is_ok())
            .collect();
        Isolation {
            read_only,
            read_only_at: Vec::new(),
            work_mb: 64,
        }
    }
}

/// One step of building the new root, with every path already a C string.
#[derive(Debug)]
enum Step {
    Mkdir(CString),
    Touch(CString),
    Symlink {
        target: CString,
        link: CString,
    },
    Bind {
        source: CString,
        target: CString,
        read_only: bool,
    },
    Tmpfs {
        target: CString,
        options: CString,
    },
    Proc(CString),
}

/// How the program joins its cgroups (v1) from the child: once a byte arrives on `ready`
/// (a bit per entry of `paths`, set for each group that was made), it writes `0` to those
/// `tasks` files. `ready_write` is the caller's end, closed first thing in the child so that
/// end of file (no group) can arrive.
#[derive(Debug)]
pub(crate) struct Joins {
    pub(crate) ready: RawFd,
    pub(crate) ready_write: RawFd,
    pub(crate) paths: [Option<CString>; crate::cgroup::MAX_JOIN_FILES],
}

impl Joins {
    /// In the inner child, single-threaded: wait for the caller to make the groups, then join
    /// the ones it made. Returns the mask of those it joined; the caller leaves the limit of
    /// any other to the rlimits.
    fn join(&self) -> u8 {
        let mut made = [0u8; 1];
        let n = loop {
            match nix::unistd::read(self.ready, &mut made) {
                Err(nix::errno::Errno::EINTR) => continue,
                other => break other.unwrap_or(0),
            }
        };
        let _ = nix::unistd::close(self.ready);
        if n == 0 {
            return 0;
        }
        let mut joined = 0;
        for (i, path) in self.paths.iter().enumerate() {
            let bit = 1u8 << i;
            let Some(path) = path.as_ref().filter(|_| made[0] & bit != 0) else {
                continue;
            };
            if let Ok(fd) = nix::fcntl::open(
                path.as_c_str(),
                nix::fcntl::OFlag::O_WRONLY | nix::fcntl::OFlag::O_CLOEXEC,
                nix::sys::stat::Mode::empty(),
            ) {
                if nix::unistd::write(fd_ref(fd), b"0") == Ok(1) {
                    joined |= bit;
                }
                let _ = nix::unistd::close(fd);
            }
        }
        joined
    }
}

/// Everything the child needs, prepared before `fork`.
#[derive(Debug)]
pub(crate) struct Plan {
    uid_map: Vec<u8>,
    gid_map: Vec<u8>,
    root: CString,
    old_root: CString,
    old_root_inside: CString,
    work: CString,
    steps: Vec<Step>,
    filters: Vec<BpfProgram>,
}

pub(crate) fn cstr(p: &Path) -> std::io::Result<CString> {
    CString::new(p.as_os_str().as_bytes())
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))
}

fn io(e: nix::Error) -> std::io::Error {
    std::io::Error::from(e)
}

impl Plan {
    /// Prepare the isolation of a program whose new root is built on the empty directory
    /// `root` (created by the caller; it stays empty on the host).
    pub(crate) fn new(isolation: &Isolation, root: &Path) -> std::io::Result<Plan> {
        let euid = nix::unistd::geteuid().as_raw();
        let egid = nix::unistd::getegid().as_raw();
        let mut steps = Vec::new();
        let mut made = std::collections::BTreeSet::new();
        let mut mkdirs = |inside: &Path, steps: &mut Vec<Step>| -> std::io::Result<()> {
            let mut at = PathBuf::from("/");
            for c in inside.components() {
                if let Component::Normal(name) = c {
                    at.push(name);
                    if made.insert(at.clone()) {
                        steps.push(Step::Mkdir(cstr(
                            &root.join(at.strip_prefix("/").unwrap_or(&at)),
                        )?));
                    }
                }
            }
            Ok(())
        };
        let inside = |p: &Path| root.join(p.strip_prefix("/").unwrap_or(p));
        let pairs = isolation
            .read_only
            .iter()
            .map(|p| (p, p))
            .chain(isolation.read_only_at.iter().map(|(h, i)| (h, i)));
        let mut bound: Vec<&Path> = Vec::new();
        for (host, path) in pairs {
            // Already visible through an earlier directory.
            if bound.iter().any(|earlier| path.starts_with(earlier)) {
                continue;
            }
            bound.push(path);
            let meta = std::fs::symlink_metadata(host)?;
            if let Some(parent) = path.parent() {
                mkdirs(parent, &mut steps)?;
            }
            if meta.file_type().is_symlink() && host == path {
                let target = std::fs::read_link(host)?;
                steps.push(Step::Symlink {
                    target: cstr(&target)?,
                    link: cstr(&inside(path))?,
                });
                continue;
            }
            if std::fs::metadata(host)?.is_dir() {
                mkdirs(path, &mut steps)?;
            } else {
                steps.push(Step::Touch(cstr(&inside(path))?));
            }
            steps.push(Step::Bind {
                source: cstr(host)?,
                target: cstr(&inside(path))?,
                read_only: true,
            });
        }
        mkdirs(Path::new("/dev"), &mut steps)?;
        for dev in [
            "/dev/null",
            "/dev/zero",
            "/dev/full",
            "/dev/random",
            "/dev/urandom",
        ] {
            let dev = Path::new(dev);
            if dev.exists() {
                steps.push(Step::Touch(cstr(&inside(dev))?));
                steps.push(Step::Bind {
                    source: cstr(dev)?,
                    target: cstr(&inside(dev))?,
                    read_only: false,
                });
            }
        }
        mkdirs(Path::new("/proc"), &mut steps)?;
        steps.push(Step::Proc(cstr(&inside(Path::new("/proc")))?));
        mkdirs(Path::new(WORK_DIR), &mut steps)?;
        steps.push(Step::Tmpfs {
            target: cstr(&inside(Path::new(WORK_DIR)))?,
            options: CString::new(format!(
                "size={}m,nr_inodes=4096,mode=1777",
                isolation.work_mb
            ))?,
        });
        steps.push(Step::Symlink {
            target: CString::new(WORK_DIR)?,
            link: cstr(&inside(Path::new("/tmp")))?,
        });
        mkdirs(Path::new("/.old-root"), &mut steps)?;

        Ok(Plan {
            uid_map: format!("{INSIDE_ID} {euid} 1\n").into_bytes(),
            gid_map: format!("{INSIDE_ID} {egid} 1\n").into_bytes(),
            root: cstr(root)?,
            old_root: cstr(&inside(Path::new("/.old-root")))?,
            old_root_inside: CString::new("/.old-root")?,
            work: CString::new(WORK_DIR)?,
            steps,
            filters: seccomp_filters().map_err(|e| std::io::Error::other(e.to_string()))?,
        })
    }

    /// In the forked child: enter the namespaces, then fork again. Returns only in the inner
    /// child (PID 1 of the new namespace), set up and ready to exec; the outer process waits
    /// for it, reports its host pid on `pid_fd`, and exits as it does. The inner child first
    /// joins its cgroups ([`Joins`]).
    pub(crate) fn enter(
        &self,
        pid_fd: RawFd,
        joins: Option<&Joins>,
        open_files: Option<u64>,
    ) -> std::io::Result<()> {
        if let Some(joins) = joins {
            let _ = nix::unistd::close(joins.ready_write);
        }
        unshare(
            CloneFlags::CLONE_NEWUSER
                | CloneFlags::CLONE_NEWNS
                | CloneFlags::CLONE_NEWNET
                | CloneFlags::CLONE_NEWIPC
                | CloneFlags::CLONE_NEWUTS
                | CloneFlags::CLONE_NEWPID,
        )
        .map_err(io)?;
        write_file(c"/proc/self/setgroups", b"deny")?;
        write_file(c"/proc/self/uid_map", &self.uid_map)?;
        write_file(c"/proc/self/gid_map", &self.gid_map)?;

        #[allow(unsafe_code)]
        // SAFETY: fork in a child that is itself between fork and exec; both sides only make
        // async-signal-safe calls afterwards.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            return Err(std::io::Error::last_os_error());
        }
        if pid > 0 {
            reap(pid, pid_fd);
        }
        // Single-threaded and not yet running anything of its own: from here on, every page,
        // mount and process it makes is counted by its cgroups.
        if let Some(joins) = joins {
            let joined = joins.join();
            let _ = nix::unistd::write(fd_ref(pid_fd), &[REPORT_JOINED, joined]);
        }
        nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL).map_err(io)?;
        // A session of its own: signals to "my process group" reach only the namespace, and
        // no terminal is shared (TIOCSTI).
        nix::unistd::setsid().map_err(io)?;
        self.build_root()?;
        // Set before the filter, which is the last step: the caller's descriptors are still
        // open here (closed at exec), and nothing below opens a file.
        if let Some(n) = open_files {
            nix::sys::resource::setrlimit(nix::sys::resource::Resource::RLIMIT_NOFILE, n, n)
                .map_err(io)?;
        }
        for filter in &self.filters {
            seccompiler::apply_filter(filter).map_err(|_| std::io::Error::last_os_error())?;
        }
        Ok(())
    }

    fn build_root(&self) -> std::io::Result<()> {
        let none: Option<&std::ffi::CStr> = None;
        mount(
            none,
            c"/",
            none,
            MsFlags::MS_REC | MsFlags::MS_PRIVATE,
            none,
        )
        .map_err(io)?;
        mount(
            Some(c"tmpfs"),
            self.root.as_c_str(),
            Some(c"tmpfs"),
            MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
            Some(c"size=1m,mode=755"),
        )
        .map_err(io)?;
        for step in &self.steps {
            match step {
                Step::Mkdir(p) => {
                    if let Err(e) = nix::unistd::mkdir(
                        p.as_c_str(),
                        nix::sys::stat::Mode::from_bits_truncate(0o755),
                    ) {
                        if e != nix::errno::Errno::EEXIST {
                            return Err(io(e));
                        }
                    }
                }
                Step::Touch(p) => {
                    let fd = nix::fcntl::open(
                        p.as_c_str(),
                        nix::fcntl::OFlag::O_CREAT
                            | nix::fcntl::OFlag::O_WRONLY
                            | nix::fcntl::OFlag::O_CLOEXEC,
                        nix::sys::stat::Mode::from_bits_truncate(0o644),
                    )
                    .map_err(io)?;
                    let _ = nix::unistd::close(fd);
                }
                Step::Symlink { target, link } => {
                    nix::unistd::symlinkat(target.as_c_str(), None, link.as_c_str()).map_err(io)?
                }
                Step::Bind {
                    source,
                    target,
                    read_only,
                } => {
                    mount(
                        Some(source.as_c_str()),
                        target.as_c_str(),
                        none,
                        MsFlags::MS_BIND | MsFlags::MS_REC,
                        none,
                    )
                    .map_err(io)?;
                    // A writable bind is a device node (the only file its mount reaches, and
                    // not one that can be executed): nothing to restrict on it.
                    if *read_only {
                        let flags = MsFlags::MS_BIND
                            | MsFlags::MS_REMOUNT
                            | MsFlags::MS_NOSUID
                            | MsFlags::MS_RDONLY
                            | MsFlags::MS_NODEV;
                        mount(none, target.as_c_str(), none, flags, none).map_err(io)?;
                    }
                }
                Step::Tmpfs { target, options } => mount(
                    Some(c"tmpfs"),
                    target.as_c_str(),
                    Some(c"tmpfs"),
                    MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
                    Some(options.as_c_str()),
                )
                .map_err(io)?,
                Step::Proc(target) => mount(
                    Some(c"proc"),
                    target.as_c_str(),
                    Some(c"proc"),
                    MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
                    none,
                )
                .map_err(io)?,
            }
        }
        nix::unistd::pivot_root(self.root.as_c_str(), self.old_root.as_c_str()).map_err(io)?;
        nix::unistd::chdir(c"/").map_err(io)?;
        umount2(self.old_root_inside.as_c_str(), MntFlags::MNT_DETACH).map_err(io)?;
        // The root itself becomes read-only; /work stays the only writable place.
        mount(
            none,
            c"/",
            none,
            MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY | MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
            none,
        )
        .map_err(io)?;
        nix::unistd::chdir(self.work.as_c_str()).map_err(io)?;
        Ok(())
    }
}

fn write_file(path: &std::ffi::CStr, bytes: &[u8]) -> std::io::Result<()> {
    let fd = nix::fcntl::open(
        path,
        nix::fcntl::OFlag::O_WRONLY | nix::fcntl::OFlag::O_CLOEXEC,
        nix::sys::stat::Mode::empty(),
    )
    .map_err(io)?;
    let written = nix::unistd::write(fd_ref(fd), bytes);
    let _ = nix::unistd::close(fd);
    match written {
        Ok(n) if n == bytes.len() => Ok(()),
        Ok(_) => Err(std::io::Error::other("short write")),
        Err(e) => Err(io(e)),
    }
}

fn fd_ref(fd: RawFd) -> std::os::fd::BorrowedFd<'static> {
    #[allow(unsafe_code)]
    // SAFETY: the descriptor was just opened and is closed only after this borrow ends.
    unsafe {
        std::os::fd::BorrowedFd::borrow_raw(fd)
    }
}

/// On the report pipe, before the program's host pid (4 bytes, little-endian), from the outer
/// process.
pub(crate) const REPORT_PID: u8 = b'P';
/// On the report pipe, before the mask of the cgroups the program joined (1 byte), from the
/// program's process before exec.
pub(crate) const REPORT_JOINED: u8 = b'J';

/// The outer process after the second fork: report the inner child's host pid, let go of every
/// descriptor (so the caller sees end-of-file exactly when the inner child is gone), wait, and
/// end the same way the inner child did.
fn reap(pid: libc::pid_t, pid_fd: RawFd) -> ! {
    let mut report = [REPORT_PID, 0, 0, 0, 0];
    report[1..].copy_from_slice(&pid.to_le_bytes());
    let _ = nix::unistd::write(fd_ref(pid_fd), &report);
    #[allow(unsafe_code)]
    // SAFETY: plain system calls on integers; this process never returns to Rust code that
    // could use the closed descriptors.
    unsafe {
        libc::syscall(libc::SYS_close_range, 0u32, u32::MAX, 0u32);
        let mut status = 0;
        while libc::waitpid(pid, &mut status, 0) < 0 {
            if *libc::__errno_location() != libc::EINTR {
                libc::_exit(127);
            }
        }
        if libc::WIFSIGNALED(status) {
            let sig = libc::WTERMSIG(status);
            libc::signal(sig, libc::SIG_DFL);
            libc::kill(libc::getpid(), sig);
        }
        libc::_exit(libc::WEXITSTATUS(status))
    }
}

/// System calls the caged program may not make; each fails with `EPERM`.
const DENIED: &[i64] = &[
    libc::SYS_ptrace,
    libc::SYS_mount,
    libc::SYS_umount2,
    libc::SYS_pivot_root,
    libc::SYS_chroot,
    libc::SYS_bpf,
    libc::SYS_keyctl,
    libc::SYS_add_key,
    libc::SYS_request_key,
    libc::SYS_perf_event_open,
    libc::SYS_process_vm_readv,
    libc::SYS_process_vm_writev,
    libc::SYS_kexec_load,
    libc::SYS_kexec_file_load,
    libc::SYS_init_module,
    libc::SYS_finit_module,
    libc::SYS_delete_module,
    libc::SYS_unshare,
    libc::SYS_setns,
    libc::SYS_reboot,
    libc::SYS_swapon,
    libc::SYS_swapoff,
    libc::SYS_syslog,
    libc::SYS_acct,
    libc::SYS_userfaultfd,
    libc::SYS_open_by_handle_at,
    libc::SYS_name_to_handle_at,
    libc::SYS_io_uring_setup,
];

fn target_arch() -> TargetArch {
    if cfg!(target_arch = "aarch64") {
        TargetArch::aarch64
    } else {
        TargetArch::x86_64
    }
}

/// Two filters: the denylist (`EPERM`), and `clone3` answered with `ENOSYS` so that the C
/// library falls back to `clone`, whose namespace flags the first filter can inspect.
fn seccomp_filters() -> Result<Vec<BpfProgram>, seccompiler::Error> {
    let mut rules: std::collections::BTreeMap<i64, Vec<SeccompRule>> =
        DENIED.iter().map(|&s| (s, vec![])).collect();
    // Sockets: only AF_UNIX (socketpair for multiprocessing-style code); no network at all.
    rules.insert(
        libc::SYS_socket,
        vec![SeccompRule::new(vec![SeccompCondition::new(
            0,
            SeccompCmpArgLen::Dword,
            SeccompCmpOp::Ne,
            libc::AF_UNIX as u64,
        )?])?],
    );
    // clone with any namespace flag.
    let ns_flags = [
        libc::CLONE_NEWUSER,
        libc::CLONE_NEWNS,
        libc::CLONE_NEWNET,
        libc::CLONE_NEWPID,
        libc::CLONE_NEWIPC,
        libc::CLONE_NEWUTS,
        libc::CLONE_NEWCGROUP,
    ];
    rules.insert(
        libc::SYS_clone,
        ns_flags
            .iter()
            .map(|&f| {
                SeccompRule::new(vec![SeccompCondition::new(
                    0,
                    SeccompCmpArgLen::Qword,
                    SeccompCmpOp::MaskedEq(f as u64),
                    f as u64,
                )?])
            })
            .collect::<Result<_, _>>()?,
    );
    let deny = SeccompFilter::new(
        rules,
        SeccompAction::Allow,
        SeccompAction::Errno(libc::EPERM as u32),
        target_arch(),
    )?;
    let clone3 = SeccompFilter::new(
        [(libc::SYS_clone3, vec![])].into_iter().collect(),
        SeccompAction::Allow,
        SeccompAction::Errno(libc::ENOSYS as u32),
        target_arch(),
    )?;
    Ok(vec![deny.try_into()?, clone3.try_into()?])
}
