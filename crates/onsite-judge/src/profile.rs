//! The reference's warm profile: its time per call (and memory) at each size of a measuring
//! ladder, measured alone once per machine and kept in the cache directory
//! (`<cache dir>/profiles/*.json`), so that judging a submission times the submission afresh
//! and the reference only for a few calibration calls.
//!
//! A profile is only valid for what produced it, and its key says all of it: the package's
//! content and reference, the harness, the interpreter (its path, size and modification time, so
//! an upgrade in place is seen), the machine (host name, CPU model, number of CPUs), how the
//! kernel counts the programs (cgroups or not), and the ladder itself (sizes, input family, how
//! far iterators are consumed). [`PROFILE_FORMAT`] changes whenever the way a profile is measured
//! does, which retires every older one.

use std::path::{Path, PathBuf};

use onsite_problems::Problem;
use serde::{Deserialize, Serialize};

use crate::protocol::HARNESS_SOURCE;

/// The way profiles are measured; part of every key.
const PROFILE_FORMAT: u32 = 1;

/// One size of a profile.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub(crate) struct ProfiledSize {
    /// The generator's `n`.
    pub(crate) n: u64,
    /// Fastest time per call over the profile's rounds, in seconds.
    pub(crate) seconds: f64,
    /// Extra memory of one call, in bytes, where the kernel could tell.
    pub(crate) bytes: Option<u64>,
}

/// The reference's times along a ladder, smallest size first: a prefix of the ladder, ending
/// where a reference call grows too long to be worth timing a submission on (or where the
/// profile's budget ran out; such a profile serves its run and is not kept).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Profile {
    pub(crate) sizes: Vec<ProfiledSize>,
    /// Whether the profile ended where it meant to (the ladder's top or the call-time cap),
    /// rather than on the budget or a failure; only complete profiles are cached.
    pub(crate) complete: bool,
}

/// Where a profile is kept, or `None` without a cache directory.
pub(crate) struct ProfileFile(Option<PathBuf>);

impl ProfileFile {
    /// The cache file for this problem, interpreter, machine and ladder.
    pub(crate) fn new(
        cache_dir: Option<&Path>,
        problem: &Problem,
        python: &Path,
        accounting: onsite_cage::Accounting,
        ladder: &[u64],
        take: Option<u64>,
    ) -> ProfileFile {
        let Some(dir) = cache_dir else {
            return ProfileFile(None);
        };
        let interpreter = std::fs::metadata(python)
            .map(|m| format!("{}:{:?}", m.len(), m.modified().ok()))
            .unwrap_or_default();
        let key = blake3::hash(
            format!(
                "{PROFILE_FORMAT}|{}|{}|{}|{}|{interpreter}|{}|{accounting:?}|{ladder:?}|{:?}|{take:?}",
                problem.fingerprint,
                blake3::hash(problem.solution.as_bytes()),
                blake3::hash(HARNESS_SOURCE.as_bytes()),
                python.display(),
                machine(),
                problem.complexity.measure_kind,
            )
            .as_bytes(),
        );
        ProfileFile(Some(dir.join("profiles").join(format!(
            "{}-{}.json",
            problem.slug,
            &key.to_hex()[..20]
        ))))
    }

    /// The cached profile, if there is a usable one.
    pub(crate) fn load(&self) -> Option<Profile> {
        let profile: Profile = crate::test_cache::read(self.0.as_deref()?)?;
        let usable = profile.complete
            && !profile.sizes.is_empty()
            && profile
                .sizes
                .iter()
                .all(|s| s.seconds.is_finite() && s.seconds > 0.0);
        usable.then_some(profile)
    }

    /// Keep a complete profile for the next judgings.
    pub(crate) fn store(&self, profile: &Profile) {
        if let (Some(file), true) = (&self.0, profile.complete) {
            crate::test_cache::write(file, profile);
        }
    }

    /// Drop a profile that no longer matches what this machine measures.
    pub(crate) fn forget(&self) {
        if let Some(file) = &self.0 {
            if let Err(e) = std::fs::remove_file(file) {
                if e.kind() != std::io::ErrorKind::NotFound {
                    tracing::warn!(file = %file.display(), %e, "could not remove a stale profile");
                }
            }
        }
    }
}

/// What identifies this machine's speed: host name, CPU model, number of CPUs.
fn machine() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .map(str::to_owned)
        })
        .unwrap_or_default();
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{}|{cpu}|{cpus}", host.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_complete_profiles_of_positive_times_are_kept_and_used() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = ProfileFile(Some(dir.path().join("profiles").join("p.json")));
        let size = |n, seconds| ProfiledSize {
            n,
            seconds,
            bytes: None,
        };
        let mut profile = Profile {
            sizes: vec![size(8, 1e-5), size(16, 2e-5)],
            complete: false,
        };
        file.store(&profile);
        assert_eq!(file.load(), None, "an incomplete profile is not kept");
        profile.complete = true;
        file.store(&profile);
        assert_eq!(file.load(), Some(profile.clone()));
        // A damaged entry (here: a zero time) is measured again, not trusted.
        profile.sizes[0].seconds = 0.0;
        crate::test_cache::write(file.0.as_deref().expect("file"), &profile);
        assert_eq!(file.load(), None);
        file.forget();
        file.forget();
        assert!(!dir.path().join("profiles").join("p.json").exists());
    }

    #[test]
    fn the_machine_is_named_by_host_cpu_and_count() {
        let m = machine();
        assert_eq!(m.matches('|').count(), 2, "{m}");
        assert!(!m.ends_with("|0"), "{m}");
    }
}
