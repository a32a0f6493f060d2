//! Namespaces, a minimal read-only view of the host, and a seccomp filter.
//!
//! Everything here is prepared in the parent ([`Plan::new`]) and carried out in the forked child
//! between `fork` and `exec` ([`Plan::enter`]), where only async-signal-safe system calls are
//! allowed: no allocation, no locks. The sequence:
//!
//! 1. `clone` a child into new user, mount, network, IPC, UTS and PID namespaces: it is PID 1
//!    of the new PID namespace. The parent stays outside, in the caller's namespaces, and
//!    writes the child's uid and gid maps (only a process outside the new user namespace, with
//!    `CAP_SETUID` there, may map another host id): the inside id 1000 is an unprivileged host
//!    id ([`Isolation::host_ids`], nobody by default) when the caller is root, the caller's own
//!    id otherwise (the only one it may map). The child waits for that on a pipe. The parent
//!    then becomes a tiny reaper that reports the child's host pid, closes every descriptor and
//!    mirrors its exit. When PID 1 dies, the kernel kills everything else in the namespace.
//! 2. The child joins its cgroups (cgroup v1) before anything else, still with the caller's
//!    host uid (root may move itself into any group).
//! 3. With the caller's host uid still (path lookups under a root-only directory such as
//!    `/root/.pyenv` need it), clone the mount trees of every host path the program will see
//!    (`open_tree`, detached copies). Then drop every supplementary group (root caller) and
//!    become 1000 inside (`setresgid`, `setresuid`): from now on every check against a host
//!    uid sees the unprivileged id. The capabilities the child holds in its own namespace are
//!    kept until exec (the namespace has no uid 0, so changing ids does not clear them) and
//!    gone after it; ambient ones are cleared.
//! 4. A tmpfs root (made by the unprivileged id, the only one the namespace maps, as its files'
//!    owner must be) holding the cloned trees read-only (`move_mount`), the few device nodes
//!    the program needs, a fresh `/proc` with `/proc/sys` read-only and the kernel's sensitive
//!    files and directories masked (as runc does), and a size-limited tmpfs `/work`;
//!    `pivot_root` into it and detach the old root.
//! 5. Mark every descriptor above the control descriptors close-on-exec (`close_range`): what
//!    the caller inherited without close-on-exec (a directory descriptor is a way out of the
//!    mount namespace) does not reach the program.
//! 6. `no_new_privs` and a seccomp filter refusing dangerous system calls with `EPERM`.

use std::ffi::CString;
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

use nix::mount::{mount, umount2, MntFlags, MsFlags};
use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule, TargetArch,
};

/// The uid and gid the program has inside its user namespace.
pub const INSIDE_ID: u32 = 1000;
/// Where the writable work directory is inside the cage.
pub const WORK_DIR: &str = "/work";

/// A host user and group id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HostIds {
    /// The user id.
    pub uid: u32,
    /// The group id.
    pub gid: u32,
}

impl HostIds {
    /// `nobody` and `nogroup` (65534), the usual unprivileged ids.
    pub const NOBODY: HostIds = HostIds {
        uid: 65534,
        gid: 65534,
    };
}

/// Sensitive `/proc` entries hidden from the program (as runc and nsjail hide them): an empty
/// read-only tmpfs over a directory, `/dev/null` over a file. Those the kernel does not have
/// are skipped.
const PROC_MASKED: &[&str] = &[
    "acpi",
    "asound",
    "bus",
    "fs",
    "irq",
    "scsi",
    "interrupts",
    "kcore",
    "keys",
    "latency_stats",
    "sched_debug",
    "sysrq-trigger",
    "timer_list",
    "timer_stats",
];

/// `/proc` directories the program may read but never write (the kernel's settings).
const PROC_READ_ONLY: &[&str] = &["sys"];

/// `open_tree` flag: a copy of the tree, detached (Linux 5.2).
const OPEN_TREE_CLONE: u32 = 1;
/// `move_mount` flag: the source is the descriptor itself.
const MOVE_MOUNT_F_EMPTY_PATH: libc::c_uint = 4;

/// What the isolated program may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Isolation {
    /// Host paths (directories, files or symlinks) made visible read-only at the same path.
    pub read_only: Vec<PathBuf>,
    /// Host files or directories made visible read-only at another path (host, inside).
    pub read_only_at: Vec<(PathBuf, PathBuf)>,
    /// Size of the writable `/work` tmpfs, in MiB.
    pub work_mb: u64,
    /// The host ids the program runs as when the caller is root ([`HostIds::NOBODY`] by
    /// default; root itself is refused). A caller that is not root can map only its own ids,
    /// so its program runs as the caller's user, confined by the namespaces.
    pub host_ids: HostIds,
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
            host_ids: HostIds::NOBODY,
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
    /// A host path (`source`) shown at `target`: its mount tree is cloned while the child still
    /// has the caller's host uid (into [`Plan::clones`] at `slot`), and attached at `target`
    /// once the root is being built.
    Bind {
        source: CString,
        target: CString,
        read_only: bool,
        slot: usize,
    },
    Tmpfs {
        target: CString,
        options: CString,
        read_only: bool,
    },
    Proc(CString),
    /// A `/proc` directory made read-only (bound over itself, then remounted).
    ReadOnly(CString),
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
    /// In the program's process, single-threaded, before exec: join the groups made (see
    /// [`Joins::join`]) and report which on `pid_fd`, after the process's own pid when
    /// `with_pid` (no reaper reports it).
    pub(crate) fn join_and_report(&self, pid_fd: RawFd, with_pid: bool) {
        if with_pid {
            let _ = nix::unistd::close(self.ready_write);
            let mut report = [REPORT_PID, 0, 0, 0, 0];
            report[1..].copy_from_slice(&nix::unistd::getpid().as_raw().to_le_bytes());
            let _ = nix::unistd::write(fd_ref(pid_fd), &report);
        }
        let joined = self.join();
        let _ = nix::unistd::write(fd_ref(pid_fd), &[REPORT_JOINED, joined]);
    }

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
    /// Whether the caller is root: it maps another host id, and the child drops the
    /// supplementary groups it inherited (root's); otherwise `setgroups` is denied, as the
    /// kernel requires for mapping one's own gid.
    privileged: bool,
    root: CString,
    old_root: CString,
    old_root_inside: CString,
    work: CString,
    steps: Vec<Step>,
    /// The detached mount trees of the binds, one per [`Step::Bind`], filled in the child.
    clones: Vec<std::sync::atomic::AtomicI32>,
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
        let privileged = nix::unistd::geteuid().is_root();
        let (host_uid, host_gid) = if privileged {
            let HostIds { uid, gid } = isolation.host_ids;
            if uid == 0 || gid == 0 {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "the cage will not run a program as host root (uid or gid 0): set \
                     `Isolation::host_ids` to an unprivileged user, such as nobody (65534)",
                ));
            }
            (uid, gid)
        } else {
            (
                nix::unistd::geteuid().as_raw(),
                nix::unistd::getegid().as_raw(),
            )
        };
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
                slot: 0,
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
                    slot: 0,
                });
            }
        }
        mkdirs(Path::new("/proc"), &mut steps)?;
        steps.push(Step::Proc(cstr(&inside(Path::new("/proc")))?));
        // The same kernel shows the same entries in the program's `/proc` as in the caller's.
        for name in PROC_READ_ONLY {
            if Path::new("/proc").join(name).is_dir() {
                steps.push(Step::ReadOnly(cstr(&inside(
                    &Path::new("/proc").join(name),
                ))?));
            }
        }
        for name in PROC_MASKED {
            let host = Path::new("/proc").join(name);
            let Ok(meta) = std::fs::symlink_metadata(&host) else {
                continue;
            };
            let target = cstr(&inside(&host))?;
            steps.push(if meta.is_dir() {
                Step::Tmpfs {
                    target,
                    options: CString::new("mode=555")?,
                    read_only: true,
                }
            } else {
                Step::Bind {
                    source: CString::new("/dev/null")?,
                    target,
                    read_only: false,
                    slot: 0,
                }
            });
        }
        mkdirs(Path::new(WORK_DIR), &mut steps)?;
        steps.push(Step::Tmpfs {
            target: cstr(&inside(Path::new(WORK_DIR)))?,
            options: CString::new(format!(
                "size={}m,nr_inodes=4096,mode=1777",
                isolation.work_mb
            ))?,
            read_only: false,
        });
        steps.push(Step::Symlink {
            target: CString::new(WORK_DIR)?,
            link: cstr(&inside(Path::new("/tmp")))?,
        });
        mkdirs(Path::new("/.old-root"), &mut steps)?;
        let mut binds = 0;
        for step in &mut steps {
            if let Step::Bind { slot, .. } = step {
                *slot = binds;
                binds += 1;
            }
        }

        Ok(Plan {
            uid_map: format!("{INSIDE_ID} {host_uid} 1\n").into_bytes(),
            gid_map: format!("{INSIDE_ID} {host_gid} 1\n").into_bytes(),
            privileged,
            root: cstr(root)?,
            old_root: cstr(&inside(Path::new("/.old-root")))?,
            old_root_inside: CString::new("/.old-root")?,
            work: CString::new(WORK_DIR)?,
            steps,
            clones: (0..binds)
                .map(|_| std::sync::atomic::AtomicI32::new(-1))
                .collect(),
            filters: seccomp_filters().map_err(|e| std::io::Error::other(e.to_string()))?,
        })
    }

    /// In the forked child: clone the program's process into new namespaces, map its ids from
    /// outside, and become its reaper. Returns only in the inner child (PID 1 of the new
    /// namespaces), set up and ready to exec; the outer process waits for it, reports its host
    /// pid on `pid_fd`, and exits as it does. The inner child first joins its cgroups
    /// ([`Joins`]).
    pub(crate) fn enter(
        &self,
        pid_fd: RawFd,
        joins: Option<&Joins>,
        open_files: Option<u64>,
    ) -> std::io::Result<()> {
        if let Some(joins) = joins {
            let _ = nix::unistd::close(joins.ready_write);
        }
        // The outer process says on this pipe whether the maps are written (0) or why not (an
        // errno), as 4 bytes.
        let (mapped_read, mapped_write) =
            nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(io)?;
        let flags = libc::CLONE_NEWUSER
            | libc::CLONE_NEWNS
            | libc::CLONE_NEWNET
            | libc::CLONE_NEWIPC
            | libc::CLONE_NEWUTS
            | libc::CLONE_NEWPID;
        #[allow(unsafe_code)]
        // SAFETY: `clone` without a new stack or shared memory is `fork` with namespace flags:
        // in a child that is itself between fork and exec, both sides only make
        // async-signal-safe calls afterwards (no allocation, no locks, no thread-id use).
        let pid = unsafe {
            libc::syscall(
                libc::SYS_clone,
                (flags | libc::SIGCHLD) as libc::c_ulong,
                0usize,
                0usize,
                0usize,
                0usize,
            )
        } as libc::pid_t;
        if pid < 0 {
            return Err(std::io::Error::last_os_error());
        }
        if pid > 0 {
            drop(mapped_read);
            let errno = match self.write_maps(pid) {
                Ok(()) => 0,
                Err(e) => e as i32,
            };
            let _ = nix::unistd::write(&mapped_write, &errno.to_le_bytes());
            drop(mapped_write);
            reap(pid, pid_fd);
        }
        drop(mapped_write);
        let mut answer = [0u8; 4];
        let n = loop {
            match nix::unistd::read(mapped_read.as_raw_fd(), &mut answer) {
                Err(nix::errno::Errno::EINTR) => continue,
                other => break other.map_err(io)?,
            }
        };
        drop(mapped_read);
        match (n, i32::from_le_bytes(answer)) {
            (4, 0) => {}
            (4, errno) => return Err(std::io::Error::from_raw_os_error(errno)),
            _ => return Err(std::io::Error::other("the cage's uid map was not written")),
        }
        // Single-threaded and not yet running anything of its own: from here on, every page,
        // mount and process it makes is counted by its cgroups.
        if let Some(joins) = joins {
            joins.join_and_report(pid_fd, false);
        }
        nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL).map_err(io)?;
        // A session of its own: signals to "my process group" reach only the namespace, and
        // no terminal is shared (TIOCSTI).
        nix::unistd::setsid().map_err(io)?;
        self.build_root()?;
        // Changing ids clears the parent-death signal: set it again.
        nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL).map_err(io)?;
        crate::close_inherited()?;
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

    /// In the outer process, outside the new user namespace: write the inner child's uid and
    /// gid maps (a root caller maps another host id, which only a process with `CAP_SETUID`
    /// outside the namespace may do).
    fn write_maps(&self, pid: libc::pid_t) -> Result<(), nix::errno::Errno> {
        let mut path = [0u8; 40];
        if !self.privileged {
            // Required before an unprivileged gid map.
            write_file(proc_path(&mut path, pid, b"setgroups"), b"deny")
                .map_err(|e| nix::errno::Errno::from_raw(e.raw_os_error().unwrap_or(libc::EIO)))?;
        }
        for (name, map) in [
            (&b"uid_map"[..], &self.uid_map),
            (b"gid_map", &self.gid_map),
        ] {
            write_file(proc_path(&mut path, pid, name), map)
                .map_err(|e| nix::errno::Errno::from_raw(e.raw_os_error().unwrap_or(libc::EIO)))?;
        }
        Ok(())
    }

    /// Become the unprivileged id inside for good, once the root is built: a root caller's
    /// program also loses root's supplementary groups. The capabilities held in the namespace
    /// stay until exec (which clears them: no file capabilities, no inside root); the ambient
    /// ones, which would survive exec, are cleared now.
    fn drop_ids(&self) -> std::io::Result<()> {
        #[allow(unsafe_code)]
        // SAFETY: plain system calls on integers and a null list.
        unsafe {
            if self.privileged && libc::setgroups(0, std::ptr::null()) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            if libc::setresgid(INSIDE_ID, INSIDE_ID, INSIDE_ID) != 0
                || libc::setresuid(INSIDE_ID, INSIDE_ID, INSIDE_ID) != 0
            {
                return Err(std::io::Error::last_os_error());
            }
            // PR_CAP_AMBIENT (47), PR_CAP_AMBIENT_CLEAR_ALL (4); kernels before 4.3 have no
            // ambient capabilities to clear.
            libc::prctl(47, 4, 0, 0, 0);
        }
        Ok(())
    }

    /// Build the new root and enter it; the ids are dropped on the way ([`Plan::drop_ids`]):
    /// host paths are looked up with the caller's host uid (a root caller's binds of
    /// `/root/...` need it), and every file of the new root is made with the unprivileged id
    /// (the only one mapped in the new namespace, which its tmpfs requires of a file's owner).
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
        for step in &self.steps {
            if let Step::Bind { source, slot, .. } = step {
                #[allow(unsafe_code)]
                // SAFETY: a plain system call on a C string; the result is a new descriptor,
                // kept in `clones` and closed once attached.
                let fd = unsafe {
                    libc::syscall(
                        libc::SYS_open_tree,
                        libc::AT_FDCWD,
                        source.as_ptr(),
                        (OPEN_TREE_CLONE | libc::O_CLOEXEC as u32 | libc::AT_RECURSIVE as u32)
                            as libc::c_uint,
                    )
                };
                if fd < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if let Some(cell) = self.clones.get(*slot) {
                    cell.store(fd as i32, std::sync::atomic::Ordering::Relaxed);
                }
            }
        }
        self.drop_ids()?;
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
                    target,
                    read_only,
                    slot,
                    ..
                } => {
                    let fd = self
                        .clones
                        .get(*slot)
                        .map_or(-1, |c| c.swap(-1, std::sync::atomic::Ordering::Relaxed));
                    #[allow(unsafe_code)]
                    // SAFETY: plain system calls on a descriptor this process owns and a C
                    // string.
                    let moved = unsafe {
                        let moved = libc::syscall(
                            libc::SYS_move_mount,
                            fd,
                            c"".as_ptr(),
                            libc::AT_FDCWD,
                            target.as_ptr(),
                            MOVE_MOUNT_F_EMPTY_PATH,
                        );
                        let error = std::io::Error::last_os_error();
                        libc::close(fd);
                        (moved == 0).then_some(()).ok_or(error)
                    };
                    moved?;
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
                Step::Tmpfs {
                    target,
                    options,
                    read_only,
                } => {
                    let mut flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
                    if *read_only {
                        flags |= MsFlags::MS_RDONLY | MsFlags::MS_NOEXEC;
                    }
                    mount(
                        Some(c"tmpfs"),
                        target.as_c_str(),
                        Some(c"tmpfs"),
                        flags,
                        Some(options.as_c_str()),
                    )
                    .map_err(io)?
                }
                Step::ReadOnly(target) => {
                    mount(
                        Some(target.as_c_str()),
                        target.as_c_str(),
                        none,
                        MsFlags::MS_BIND | MsFlags::MS_REC,
                        none,
                    )
                    .map_err(io)?;
                    let flags = MsFlags::MS_BIND
                        | MsFlags::MS_REMOUNT
                        | MsFlags::MS_RDONLY
                        | MsFlags::MS_NOSUID
                        | MsFlags::MS_NODEV
                        | MsFlags::MS_NOEXEC;
                    mount(none, target.as_c_str(), none, flags, none).map_err(io)?;
                }
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

/// `/proc/<pid>/<name>` as a C string in `buf`, without allocating.
fn proc_path<'a>(buf: &'a mut [u8; 40], pid: libc::pid_t, name: &[u8]) -> &'a std::ffi::CStr {
    let mut digits = [0u8; 10];
    let mut n = pid.unsigned_abs();
    let mut first = digits.len();
    loop {
        first -= 1;
        digits[first] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut len = 0;
    for part in [&b"/proc/"[..], &digits[first..], b"/", name] {
        let end = (len + part.len()).min(buf.len() - 1);
        buf[len..end].copy_from_slice(&part[..end - len]);
        len = end;
    }
    buf[len] = 0;
    std::ffi::CStr::from_bytes_until_nul(&buf[..=len]).unwrap_or(c"")
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
