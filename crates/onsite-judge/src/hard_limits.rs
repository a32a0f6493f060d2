//! The judge's own resource limits bound every limit it sets.
//!
//! A process may lower its hard limits but never raise them, and `setrlimit` above the hard
//! limit fails with "Operation not permitted" before the program starts. Whoever started onsite
//! (a shell with `ulimit -v`, a service manager, a container) may have set them lower than what
//! onsite asks for its processes; the judge then asks for that lower limit instead, and says so
//! when a submission gets less than its problem allows.

use std::sync::atomic::{AtomicU64, Ordering};

use nix::sys::resource::{getrlimit, Resource};
use onsite_cage::Limits;

/// This process's hard limit on `resource` (`None`: unlimited, or unknown).
fn hard(resource: Resource) -> Option<u64> {
    match getrlimit(resource) {
        Ok((_, hard)) if hard != nix::sys::resource::RLIM_INFINITY => Some(hard),
        _ => None,
    }
}

/// `limits`, each no higher than this process's hard limit (the CPU limit one second below it:
/// the cage sets the hard CPU limit a second above the soft one).
pub(crate) fn within_hard_limits(limits: Limits) -> Limits {
    let clamp = |wanted: Option<u64>, resource: Resource, room: u64| match (wanted, hard(resource))
    {
        (Some(w), Some(h)) => Some(w.min(h.saturating_sub(room))),
        (w, _) => w,
    };
    Limits {
        address_space: clamp(limits.address_space, Resource::RLIMIT_AS, 0),
        cpu_seconds: clamp(limits.cpu_seconds, Resource::RLIMIT_CPU, 1),
        stack: clamp(limits.stack, Resource::RLIMIT_STACK, 0),
        open_files: clamp(limits.open_files, Resource::RLIMIT_NOFILE, 0),
        file_size: clamp(limits.file_size, Resource::RLIMIT_FSIZE, 0),
        processes: clamp(limits.processes, Resource::RLIMIT_NPROC, 0),
        memory: limits.memory,
    }
}

/// The largest address space a warning was given for, so that a judging (and its measuring)
/// says it once.
static WARNED_FOR: AtomicU64 = AtomicU64::new(0);

/// Warn when the address space a submission to `slug` may use (`wanted` bytes) is more than
/// onsite's own hard limit allows: a submission may then fail for memory where its problem's
/// limit would let it pass.
pub(crate) fn warn_if_below(slug: &str, wanted: u64) {
    let Some(hard) = hard(Resource::RLIMIT_AS) else {
        return;
    };
    if hard >= wanted || WARNED_FOR.fetch_max(wanted, Ordering::Relaxed) >= wanted {
        return;
    }
    tracing::warn!(
        "onsite runs under an address-space limit of {} MiB (`ulimit -v`), below the {} MiB a \
         submission to `{slug}` may use: a submission can fail for memory here that its problem \
         allows; raise the limit (`ulimit -v unlimited`) for verdicts that hold elsewhere",
        hard >> 20,
        wanted >> 20,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_never_exceed_the_hard_limits_and_unset_ones_stay_unset() {
        let asked = Limits {
            address_space: Some(u64::MAX - 1),
            cpu_seconds: Some(u64::MAX - 1),
            stack: None,
            open_files: Some(1),
            file_size: None,
            processes: None,
            memory: Some(7),
        };
        let got = within_hard_limits(asked.clone());
        if let Some(h) = hard(Resource::RLIMIT_AS) {
            assert_eq!(got.address_space, Some(h));
        }
        if let Some(h) = hard(Resource::RLIMIT_CPU) {
            assert_eq!(got.cpu_seconds, Some(h - 1));
        }
        assert_eq!(got.open_files, Some(1), "a lower limit is kept");
        assert_eq!(got.stack, None);
        assert_eq!(got.memory, Some(7), "not an rlimit");
    }
}
