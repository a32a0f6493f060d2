//! Cgroups per caged program: a ceiling on tasks (so a fork bomb meets a wall instead of the
//! host) and on memory (so a memory bomb is killed alone), and the accounting of the whole
//! program, children included: its CPU time (`cpuacct.usage` on v1, `cpu.stat` on v2) and its
//! memory now and at its peak (resettable), which the caller reads instead of the program's
//! own process clock and resident set, so that work done in a child process is charged.
//!
//! cgroup v1 (a hierarchy per controller, found through `/proc/self/mountinfo`) and v2 (the
//! unified hierarchy) are both handled: onsite creates a child group below the one it runs in,
//! per controller, and sets its limit; the program is in its groups before it runs any code of
//! its own. How it gets there matters for start-up time. Moving *another* process into a group
//! takes a global lock whose first writer waits for an RCU grace period (9-26 ms measured on a
//! 2-core VM, cgroup v1). A single-threaded process moving *itself* through a v1 `tasks` file
//! skips that lock (about 0.1 ms, measured on Linux 6.18), so on v1 the program joins its groups
//! itself ([`Planned::join_paths`]) in the first instant after it is forked, and the groups are
//! made ([`Planned::make`]) while its namespaces are set up. A v2 group takes processes only
//! through `cgroup.procs`, under the lock: the caller moves the program in ([`Cgroup::attach`])
//! while the interpreter starts. Each controller is optional: where one cannot be used (no
//! permission, not mounted, not delegated), [`Planned::make`] leaves it out, and
//! [`Cgroup::controllers`] tells the caller what it got, so that it can say what is missing.

use std::path::{Path, PathBuf};
use std::time::Duration;

/// Which cgroup version is in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// The legacy per-controller hierarchies.
    V1,
    /// The unified hierarchy.
    V2,
}

/// Limits for one caged program's cgroups.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GroupLimits {
    /// Tasks (processes and threads) the program may have at once.
    pub tasks: Option<u64>,
    /// Bytes of memory (resident and in-memory files such as its tmpfs) it may hold; no swap.
    pub memory: Option<u64>,
    /// Count the CPU time and memory of the whole program (a cpuacct group, and a memory
    /// group even without a limit).
    pub account: bool,
}

/// At most this many groups are joined by the program itself (one per controller).
pub(crate) const MAX_JOIN_FILES: usize = 3;

/// One controller's group directory.
#[derive(Debug)]
struct Dir {
    version: Version,
    path: PathBuf,
}

/// The cgroups holding one caged program: removed (after the program is gone) on drop.
#[derive(Debug, Default)]
pub struct Cgroup {
    pids: Option<Dir>,
    memory: Option<Dir>,
    /// The group whose CPU time is read (cpuacct on v1, the unified group on v2).
    cpu: Option<Dir>,
    /// `memory.peak` (cgroup v2) held open once reset: a reset holds only for reads through
    /// the descriptor it was written to.
    peak_file: std::sync::OnceLock<Option<std::fs::File>>,
}

/// A cgroup mount: where it is, which part of the hierarchy it shows, and its version.
#[derive(Debug, PartialEq, Eq)]
struct Mount {
    point: PathBuf,
    root: String,
    version: Version,
    controllers: Vec<String>,
}

/// The cgroup mounts in a `/proc/self/mountinfo` text.
fn parse_mounts(mountinfo: &str) -> Vec<Mount> {
    mountinfo
        .lines()
        .filter_map(|line| {
            // id parent major:minor root point options [optional...] - fstype source super
            let (left, right) = line.split_once(" - ")?;
            let fields: Vec<&str> = left.split(' ').collect();
            let mut right = right.split(' ');
            let fstype = right.next()?;
            let _source = right.next()?;
            let super_options = right.next().unwrap_or("");
            let version = match fstype {
                "cgroup" => Version::V1,
                "cgroup2" => Version::V2,
                _ => return None,
            };
            Some(Mount {
                root: (*fields.get(3)?).to_owned(),
                point: PathBuf::from(fields.get(4)?),
                version,
                controllers: super_options.split(',').map(str::to_owned).collect(),
            })
        })
        .collect()
}

/// Where this process's own group for `controller` is, from its mountinfo and cgroup texts.
fn own_dir(mounts: &[Mount], cgroup: &str, controller: &str) -> Option<Dir> {
    let within = |mount: &Mount, path: &str| -> PathBuf {
        // A mount may show only part of the hierarchy (a cgroup namespace, a container).
        let rel = path
            .strip_prefix(mount.root.as_str())
            .unwrap_or(path)
            .trim_start_matches('/');
        mount.point.join(rel)
    };
    for line in cgroup.lines() {
        let mut parts = line.splitn(3, ':');
        let (_, names, path) = (parts.next()?, parts.next()?, parts.next()?);
        if names.split(',').any(|c| c == controller) {
            let mount = mounts.iter().find(|m| {
                m.version == Version::V1 && m.controllers.iter().any(|c| c == controller)
            })?;
            return Some(Dir {
                version: Version::V1,
                path: within(mount, path),
            });
        }
    }
    let dir = own_v2_dir(mounts, cgroup)?;
    let available = std::fs::read_to_string(dir.path.join("cgroup.controllers")).ok()?;
    available
        .split_whitespace()
        .any(|c| c == controller)
        .then_some(dir)
}

/// This process's own group in the unified (v2) hierarchy, whatever controllers it offers.
fn own_v2_dir(mounts: &[Mount], cgroup: &str) -> Option<Dir> {
    let path = cgroup.lines().find_map(|l| l.strip_prefix("0::"))?;
    let mount = mounts.iter().find(|m| m.version == Version::V2)?;
    let rel = path
        .strip_prefix(mount.root.as_str())
        .unwrap_or(path)
        .trim_start_matches('/');
    Some(Dir {
        version: Version::V2,
        path: mount.point.join(rel),
    })
}

impl Dir {
    /// Whether the program joins this group itself, through its `tasks` file (cgroup v1; a
    /// v2 group takes processes only through `cgroup.procs`, from the caller).
    fn self_joined(&self) -> bool {
        self.version == Version::V1
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.path.join(file)).unwrap_or_default()
    }

    /// A file holding one number.
    fn number(&self, file: &str) -> Option<u64> {
        self.read(file).trim().parse().ok()
    }

    /// The value of `key` in a flat-keyed file such as `memory.events`.
    fn counter(&self, file: &str, key: &str) -> u64 {
        self.read(file)
            .lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix(' ')?.trim().parse().ok())
            .unwrap_or(0)
    }

    fn add(&self, pid: i32) -> std::io::Result<()> {
        std::fs::write(self.path.join("cgroup.procs"), pid.to_string())
    }

    fn remove(&self) {
        // The processes were killed already; the group empties as the kernel reaps them.
        for _ in 0..200 {
            if std::fs::remove_dir(&self.path).is_ok() || !self.path.exists() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        tracing::warn!(dir = %self.path.display(), "could not remove a cgroup");
    }
}

fn pids_settings(max: u64) -> Vec<(&'static str, String)> {
    vec![("pids.max", max.to_string())]
}

fn memory_settings(version: Version, bytes: u64) -> Vec<(&'static str, String)> {
    match version {
        // memsw (memory + swap) exists only where swap accounting is on; it must not be below
        // the memory limit, so it is written second, and its absence is not an error.
        Version::V1 => vec![("memory.limit_in_bytes", bytes.to_string())],
        Version::V2 => vec![
            ("memory.max", bytes.to_string()),
            ("memory.swap.max", "0".into()),
        ],
    }
}

/// The onsite process a group named `onsite-<pid>-<n>` belongs to.
fn owner_pid(name: &str) -> Option<u32> {
    let (pid, n) = name.strip_prefix("onsite-")?.split_once('-')?;
    n.parse::<u64>().ok()?;
    pid.parse().ok()
}

/// Remove the groups below `parent` that an onsite process left behind when it was killed
/// before it could clean up: named for a process that no longer exists, empty (the kernel
/// refuses to remove a group that holds a process), and older than `min_age` (so that a group
/// another machine's onsite is making right now, seen through a shared hierarchy, is left
/// alone). Returns how many were removed.
fn sweep_stale(parent: &Path, min_age: Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(owner_pid) else {
            continue;
        };
        if pid == std::process::id() || Path::new("/proc").join(pid.to_string()).exists() {
            continue;
        }
        let old_enough = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= min_age);
        if old_enough && std::fs::remove_dir(entry.path()).is_ok() {
            tracing::info!(dir = %entry.path().display(), "removed a cgroup left behind by an earlier run");
            removed += 1;
        }
    }
    removed
}

/// One group to be made: below `parent`, with its settings (the first required, the rest
/// best effort).
#[derive(Debug)]
struct PlannedDir {
    parent: Dir,
    group: Dir,
    /// The v2 controller the parent must delegate (none for what every v2 group has, such as
    /// `cpu.stat`).
    controller: Option<&'static str>,
    settings: Vec<(&'static str, String)>,
    best_effort: Vec<(&'static str, String)>,
}

impl PlannedDir {
    /// Make the group and write its settings; `None` on any failure (the partly made group is
    /// removed).
    fn make(self) -> Option<Dir> {
        if self.parent.version == Version::V2 {
            // Children of a v2 group get a controller only when the parent delegates it.
            if let Some(controller) = self.controller {
                let _ = std::fs::write(
                    self.parent.path.join("cgroup.subtree_control"),
                    format!("+{controller}"),
                );
            }
        }
        match std::fs::create_dir(&self.group.path) {
            Ok(()) => {}
            // On v2 one directory serves every controller; another made it.
            Err(e)
                if e.kind() == std::io::ErrorKind::AlreadyExists
                    && self.group.version == Version::V2 => {}
            Err(_) => return None,
        }
        for (file, value) in &self.settings {
            if let Err(e) = std::fs::write(self.group.path.join(file), value) {
                tracing::debug!(%e, file, "could not configure a cgroup");
                let _ = std::fs::remove_dir(&self.group.path);
                return None;
            }
        }
        for (file, value) in &self.best_effort {
            let _ = std::fs::write(self.group.path.join(file), value);
        }
        Some(self.group)
    }
}

/// The groups of one program, located (below this process's own, found from its mountinfo and
/// cgroup files) but not made yet: the caller forks the program's process meanwhile, and
/// [`Planned::make`] makes them while that process sets up its namespaces.
#[derive(Debug)]
pub(crate) struct Planned {
    pids: Option<PlannedDir>,
    memory: Option<PlannedDir>,
    cpu: Option<PlannedDir>,
}

impl Planned {
    /// Groups named `name` for the limits asked for, where the controllers can be found.
    pub(crate) fn new(name: &str, limits: GroupLimits) -> Planned {
        let mounts = std::fs::read_to_string("/proc/self/mountinfo")
            .map(|t| parse_mounts(&t))
            .unwrap_or_default();
        let own = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
        let in_parent = |parent: Dir, controller, settings| {
            let group = Dir {
                version: parent.version,
                path: parent.path.join(name),
            };
            PlannedDir {
                controller,
                settings,
                best_effort: Vec::new(),
                parent,
                group,
            }
        };
        let plan = |controller: &'static str,
                    settings: &dyn Fn(Version) -> Vec<(&'static str, String)>| {
            let parent = own_dir(&mounts, &own, controller)?;
            let settings = settings(parent.version);
            Some(in_parent(parent, Some(controller), settings))
        };
        let pids = limits
            .tasks
            .and_then(|max| plan("pids", &|_| pids_settings(max)));
        let memory = match limits.memory {
            Some(bytes) => plan("memory", &|v| memory_settings(v, bytes)).map(|mut dir| {
                if dir.parent.version == Version::V1 {
                    // No swap either, where swap is accounted (not always: best effort).
                    dir.best_effort = vec![("memory.memsw.limit_in_bytes", bytes.to_string())];
                }
                dir
            }),
            None if limits.account => plan("memory", &|_| Vec::new()),
            None => None,
        };
        // CPU time: a v1 cpuacct group, or the v2 group's `cpu.stat`, which every v2 group has
        // whether or not the cpu controller is delegated.
        let cpu = limits.account.then(|| {
            own_dir(&mounts, &own, "cpuacct")
                .filter(|d| d.version == Version::V1)
                .or_else(|| own_v2_dir(&mounts, &own))
                .map(|parent| in_parent(parent, None, Vec::new()))
        });
        let cpu = cpu.flatten();
        // Once per process, off the start's path: what an earlier onsite, killed outright, left
        // behind (a sweep cut short by this process's exit is taken up by the next).
        static SWEPT: std::sync::Once = std::sync::Once::new();
        SWEPT.call_once(|| {
            let mut parents: Vec<PathBuf> = [&pids, &memory, &cpu]
                .into_iter()
                .flatten()
                .map(|d| d.parent.path.clone())
                .collect();
            parents.dedup();
            let _ = std::thread::Builder::new()
                .name("onsite-cgroup-sweep".into())
                .spawn(move || {
                    for parent in parents {
                        sweep_stale(&parent, Duration::from_secs(60));
                    }
                });
        });
        Planned { pids, memory, cpu }
    }

    /// The `tasks` files of the v1 groups, in the order of [`Cgroup::join_mask`]'s bits: the
    /// program joins a group by writing `0` (itself) to its file, from the child between fork
    /// and exec while it has a single thread.
    pub(crate) fn join_paths(&self) -> [Option<PathBuf>; MAX_JOIN_FILES] {
        [&self.pids, &self.memory, &self.cpu].map(|d| {
            d.as_ref()
                .filter(|d| d.group.self_joined())
                .map(|d| d.group.path.join("tasks"))
        })
    }

    /// Make the groups. The controllers are set up at the same time: on cgroup v1 a `mkdir`
    /// may wait for an RCU grace period.
    pub(crate) fn make(self) -> Cgroup {
        let Planned { pids, memory, cpu } = self;
        std::thread::scope(|scope| {
            let memory = memory.map(|d| scope.spawn(move || d.make()));
            let cpu = cpu.map(|d| scope.spawn(move || d.make()));
            let pids = pids.and_then(PlannedDir::make);
            let memory = memory.and_then(|h| h.join().ok().flatten());
            let cpu = cpu.and_then(|h| h.join().ok().flatten());
            Cgroup {
                pids,
                memory,
                cpu,
                peak_file: Default::default(),
            }
        })
    }
}

impl Cgroup {
    /// Which of [`Planned::join_paths`] the program is to join: bit 0 the pids group, bit 1
    /// the memory group, bit 2 the CPU accounting group, each set when the group was made.
    pub(crate) fn join_mask(&self) -> u8 {
        let bit = |d: &Option<Dir>, b: u8| match d {
            Some(d) if d.self_joined() => b,
            _ => 0,
        };
        bit(&self.pids, 1) | bit(&self.memory, 2) | bit(&self.cpu, 4)
    }

    /// The distinct group directories (on v2 the controllers share one).
    fn dirs(&self) -> Vec<&Dir> {
        let mut dirs: Vec<&Dir> = Vec::with_capacity(3);
        for d in [&self.pids, &self.memory, &self.cpu].into_iter().flatten() {
            if !dirs.iter().any(|seen| seen.path == d.path) {
                dirs.push(d);
            }
        }
        dirs
    }

    /// After the program joined its v1 groups itself (`joined`, in [`Cgroup::join_mask`]'s
    /// bits): remove, with a warning, any it was to join and could not; its limit is then left
    /// to the rlimits.
    pub(crate) fn keep_joined(&mut self, joined: u8) {
        for (slot, bit) in [
            (&mut self.pids, 1u8),
            (&mut self.memory, 2),
            (&mut self.cpu, 4),
        ] {
            if slot.as_ref().is_some_and(Dir::self_joined) && joined & bit == 0 {
                if let Some(dir) = slot.take() {
                    tracing::warn!(dir = %dir.path.display(), "a caged program could not join its cgroup");
                    dir.remove();
                }
            }
        }
    }

    /// Whether some group must have the program moved in with [`Cgroup::attach`].
    pub(crate) fn needs_attach(&self) -> bool {
        self.dirs().iter().any(|d| !d.self_joined())
    }

    /// Move a process into every group it does not join itself (the same directory twice on
    /// v2 is written once; distinct ones at the same time).
    pub(crate) fn attach(&self, pid: i32) -> std::io::Result<()> {
        let dirs: Vec<&Dir> = self
            .dirs()
            .into_iter()
            .filter(|d| !d.self_joined())
            .collect();
        std::thread::scope(|scope| {
            let others: Vec<_> = dirs
                .iter()
                .skip(1)
                .map(|d| scope.spawn(move || d.add(pid)))
                .collect();
            let first = dirs.first().map_or(Ok(()), |d| d.add(pid));
            others
                .into_iter()
                .map(|h| h.join().unwrap_or(Ok(())))
                .fold(first, Result::and)
        })
    }

    /// Change the memory limit; `false` without a memory group or when the kernel refused
    /// (a limit below what the group holds already, on cgroup v1).
    pub fn set_memory_limit(&self, bytes: u64) -> bool {
        let Some(dir) = &self.memory else {
            return false;
        };
        let settings = memory_settings(dir.version, bytes);
        let ok = settings
            .iter()
            .all(|(file, value)| std::fs::write(dir.path.join(file), value).is_ok());
        if dir.version == Version::V1 {
            let _ = std::fs::write(
                dir.path.join("memory.memsw.limit_in_bytes"),
                bytes.to_string(),
            );
        }
        ok
    }

    /// Which limits a cgroup of this group enforces.
    pub fn controllers(&self) -> crate::Enforced {
        crate::Enforced {
            tasks: self.pids.is_some(),
            memory: self.memory.is_some(),
        }
    }

    /// CPU time used by every process of the group so far, exited ones included (`None`
    /// without a CPU accounting group).
    pub fn cpu_usage(&self) -> Option<Duration> {
        let dir = self.cpu.as_ref()?;
        match dir.version {
            Version::V1 => dir.number("cpuacct.usage").map(Duration::from_nanos),
            Version::V2 => {
                let usec = dir.read("cpu.stat").lines().find_map(|l| {
                    l.strip_prefix("usage_usec ")
                        .and_then(|v| v.trim().parse().ok())
                })?;
                Some(Duration::from_micros(usec))
            }
        }
    }

    /// Memory the group holds now, in bytes (every process's, and its in-memory files).
    pub fn memory_now(&self) -> Option<u64> {
        let dir = self.memory.as_ref()?;
        dir.number(match dir.version {
            Version::V1 => "memory.usage_in_bytes",
            Version::V2 => "memory.current",
        })
    }

    /// Lower the group's recorded peak to what it holds now, so that [`Cgroup::peak_memory`]
    /// gives the peak of what follows. `false` without a memory group or where the kernel
    /// cannot (cgroup v2 before Linux 6.12).
    pub fn reset_peak_memory(&self) -> bool {
        let Some(dir) = &self.memory else {
            return false;
        };
        match dir.version {
            Version::V1 => std::fs::write(dir.path.join("memory.max_usage_in_bytes"), "0").is_ok(),
            Version::V2 => {
                let file = self.peak_file.get_or_init(|| {
                    std::fs::OpenOptions::new()
                        .read(true)
                        .write(true)
                        .open(dir.path.join("memory.peak"))
                        .ok()
                });
                file.as_ref()
                    .is_some_and(|mut f| std::io::Write::write_all(&mut f, b"reset\n").is_ok())
            }
        }
    }

    /// Whether a CPU accounting group holds the program.
    pub fn accounts_cpu(&self) -> bool {
        self.cpu.is_some()
    }

    /// Whether the group refused a fork because it was full.
    pub fn hit_task_limit(&self) -> bool {
        self.pids
            .as_ref()
            .is_some_and(|d| d.counter("pids.events", "max") > 0)
    }

    /// Whether the kernel killed a process of the group for going over its memory limit.
    pub fn hit_memory_limit(&self) -> bool {
        self.memory.as_ref().is_some_and(|d| match d.version {
            Version::V1 => d.counter("memory.oom_control", "oom_kill") > 0,
            Version::V2 => d.counter("memory.events", "oom_kill") > 0,
        })
    }

    /// The most memory the group has held at once, in bytes (`None` where the kernel does not
    /// record it, cgroup v2 before Linux 5.19).
    pub fn peak_memory(&self) -> Option<u64> {
        let dir = self.memory.as_ref()?;
        if let Some(Some(file)) = self.peak_file.get() {
            let mut text = [0u8; 32];
            let n = std::os::unix::fs::FileExt::read_at(file, &mut text, 0).ok()?;
            return std::str::from_utf8(&text[..n]).ok()?.trim().parse().ok();
        }
        dir.number(match dir.version {
            Version::V1 => "memory.max_usage_in_bytes",
            Version::V2 => "memory.peak",
        })
    }
}

impl Drop for Cgroup {
    fn drop(&mut self) {
        // Each removal waits for an RCU grace period on cgroup v1: all at once.
        let dirs = self.dirs();
        std::thread::scope(|scope| {
            for d in dirs.iter().skip(1) {
                scope.spawn(move || d.remove());
            }
            if let Some(d) = dirs.first() {
                d.remove();
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const MOUNTINFO: &str = "\
25 30 0:22 / /sys/fs/cgroup rw,nosuid - tmpfs tmpfs rw,mode=755
31 25 0:27 / /sys/fs/cgroup/memory rw,relatime shared:9 - cgroup cgroup rw,memory
32 25 0:28 / /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct
33 25 0:29 /box /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
40 30 0:35 / /proc rw - proc proc rw
";

    #[test]
    fn cgroup_mounts_are_read_from_mountinfo() {
        let mounts = parse_mounts(MOUNTINFO);
        assert_eq!(mounts.len(), 3);
        assert_eq!(mounts[0].point, Path::new("/sys/fs/cgroup/memory"));
        assert_eq!(mounts[1].controllers, ["rw", "cpu", "cpuacct"]);
        assert_eq!(mounts[2].root, "/box");
    }

    #[test]
    fn v1_groups_are_found_below_their_mount_and_its_root() {
        let mounts = parse_mounts(MOUNTINFO);
        let cgroup = "4:memory:/jobs/a\n3:pids:/box/jobs/a\n0::/\n";
        let memory = own_dir(&mounts, cgroup, "memory").expect("memory");
        assert_eq!(memory.path, Path::new("/sys/fs/cgroup/memory/jobs/a"));
        let pids = own_dir(&mounts, cgroup, "pids").expect("pids");
        assert_eq!(pids.path, Path::new("/sys/fs/cgroup/pids/jobs/a"));
        assert!(
            own_dir(&mounts, cgroup, "cpu").is_none(),
            "not listed for this process"
        );
    }

    #[test]
    fn groups_of_processes_that_are_gone_are_swept() {
        let dir = std::env::temp_dir().join(format!("onsite-sweep-test-{}", std::process::id()));
        let me = std::process::id();
        // pid 1 always exists; a pid above the kernel's maximum never does.
        let names = [
            format!("onsite-{me}-0"),
            "onsite-1-4".to_owned(),
            "onsite-99999999-2".to_owned(),
            "onsite-99999999-x".to_owned(),
            "elsewhere".to_owned(),
        ];
        for name in &names {
            std::fs::create_dir_all(dir.join(name)).expect("mkdir");
        }
        assert_eq!(sweep_stale(&dir, Duration::from_secs(3600)), 0, "too young");
        assert_eq!(sweep_stale(&dir, Duration::ZERO), 1);
        let mut left: Vec<String> = std::fs::read_dir(&dir)
            .expect("read")
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        left.sort();
        let mut kept = [&names[0], &names[1], &names[3], &names[4]].map(String::clone);
        kept.sort();
        assert_eq!(left, kept);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_group_the_program_could_not_join_is_dropped() {
        let base = std::env::temp_dir().join(format!("onsite-join-test-{}", std::process::id()));
        let dir = |name: &str| {
            let path = base.join(name);
            std::fs::create_dir_all(&path).expect("mkdir");
            Dir {
                version: Version::V1,
                path,
            }
        };
        let mut group = Cgroup {
            pids: Some(dir("pids")),
            memory: Some(dir("memory")),
            cpu: Some(dir("cpuacct")),
            peak_file: Default::default(),
        };
        assert_eq!(group.join_mask(), 7);
        // Joined the pids and CPU groups only.
        group.keep_joined(5);
        assert_eq!(
            group.controllers(),
            crate::Enforced {
                tasks: true,
                memory: false
            }
        );
        assert!(group.accounts_cpu());
        assert!(
            !base.join("memory").exists(),
            "the unjoined group is removed"
        );
        drop(group);
        assert!(!base.join("pids").exists(), "the rest goes with the cage");
        assert!(
            !base.join("cpuacct").exists(),
            "the rest goes with the cage"
        );
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn flat_keyed_counters_are_parsed() {
        let dir = std::env::temp_dir().join(format!("onsite-cgroup-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(
            dir.join("memory.events"),
            "low 0\nhigh 0\nmax 12\noom 1\noom_kill 1\n",
        )
        .expect("write");
        let d = Dir {
            version: Version::V2,
            path: dir.clone(),
        };
        assert_eq!(d.counter("memory.events", "oom_kill"), 1);
        assert_eq!(d.counter("memory.events", "max"), 12);
        assert_eq!(d.counter("memory.events", "missing"), 0);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
