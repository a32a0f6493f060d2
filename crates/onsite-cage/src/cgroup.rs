//! A pids cgroup per caged program, so that a fork bomb meets a ceiling instead of the host.
//!
//! cgroup v1 (a `pids` hierarchy mounted at `/sys/fs/cgroup/pids`) and v2 (the unified
//! hierarchy at `/sys/fs/cgroup` with the `pids` controller) are both handled: onsite creates a
//! child group below the one it runs in and sets `pids.max`, and the caller moves the program
//! in as soon as it exists, before it runs any code of its own. Where neither works (no
//! permission, no controller), [`PidsGroup::create`] returns `None` and the caller says so.

use std::path::{Path, PathBuf};

/// Which cgroup version is in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// The legacy per-controller hierarchies.
    V1,
    /// The unified hierarchy.
    V2,
}

/// A cgroup limiting the number of tasks (processes and threads) of one caged program.
#[derive(Debug)]
pub struct PidsGroup {
    dir: PathBuf,
    procs: PathBuf,
    /// The cgroup version in use.
    pub version: Version,
}

/// Where this process's own pids cgroup is, by version.
fn own_group() -> Option<(Version, PathBuf)> {
    let text = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    for line in text.lines() {
        let mut parts = line.splitn(3, ':');
        let (_, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
        if controllers.split(',').any(|c| c == "pids") {
            return Some((
                Version::V1,
                Path::new("/sys/fs/cgroup/pids").join(path.trim_start_matches('/')),
            ));
        }
    }
    let line = text.lines().find(|l| l.starts_with("0::"))?;
    let dir =
        Path::new("/sys/fs/cgroup").join(line.trim_start_matches("0::").trim_start_matches('/'));
    let controllers = std::fs::read_to_string(dir.join("cgroup.controllers")).ok()?;
    controllers
        .split_whitespace()
        .any(|c| c == "pids")
        .then_some((Version::V2, dir))
}

impl PidsGroup {
    /// Create a group named `name` below this process's own, allowing `max` tasks.
    pub fn create(name: &str, max: u64) -> Option<PidsGroup> {
        let (version, parent) = own_group()?;
        if version == Version::V2 {
            // Children of a v2 group get a controller only when the parent delegates it.
            let _ = std::fs::write(parent.join("cgroup.subtree_control"), "+pids");
        }
        let dir = parent.join(name);
        std::fs::create_dir(&dir).ok()?;
        let group = PidsGroup {
            procs: dir.join("cgroup.procs"),
            dir,
            version,
        };
        std::fs::write(group.dir.join("pids.max"), max.to_string()).ok()?;
        Some(group)
    }

    /// Move a process into the group.
    pub(crate) fn add(&self, pid: i32) -> std::io::Result<()> {
        std::fs::write(&self.procs, pid.to_string())
    }

    /// Whether the group refused a fork because it was full.
    pub fn hit_limit(&self) -> bool {
        let events = std::fs::read_to_string(self.dir.join("pids.events")).unwrap_or_default();
        events
            .lines()
            .any(|l| l.starts_with("max ") && !l.ends_with(" 0"))
    }
}

impl Drop for PidsGroup {
    fn drop(&mut self) {
        // The processes were killed already; the group empties as the kernel reaps them.
        for _ in 0..200 {
            if std::fs::remove_dir(&self.dir).is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        tracing::warn!(dir = %self.dir.display(), "could not remove a cgroup");
    }
}
