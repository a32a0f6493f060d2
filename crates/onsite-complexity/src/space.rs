//! Measured extra memory: how the memory a call holds at its peak, beyond its input, grows with
//! the input's size.
//!
//! The kernel counts a process's resident memory in pages and publishes it with some lag, so
//! growth below [`MEMORY_FLOOR`] is noise. Above it, the class is the slope of the growth on a
//! log-log scale, rounded to a polynomial degree: memory classes that differ by a logarithm
//! (n against n log n, 1 against log n) are not told apart, and are reported as the smaller.

use onsite_types::ComplexityClass;
use serde::Serialize;

/// Extra memory below this many bytes is not told from the kernel's accounting noise.
pub const MEMORY_FLOOR: f64 = 256.0 * 1024.0;

/// Bytes per element of the cheapest linear structure (a list of references): the smallest
/// size at which an O(n) copy would show above the floor is `MEMORY_FLOOR / POINTER`.
const POINTER: f64 = 8.0;

/// One measurement: the input size and the extra bytes a call held at its peak.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MemoryPoint {
    /// Input size.
    pub n: f64,
    /// Extra bytes.
    pub bytes: f64,
}

/// What the memory measurement says.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SpaceAssessment {
    /// The class the extra memory follows (`None`: too small a size, or too few points).
    pub class: Option<ComplexityClass>,
    /// Whether it is within the target (`None`: no target or no class).
    pub meets_target: Option<bool>,
    /// The largest size measured.
    pub n: f64,
    /// The extra bytes at that size.
    pub bytes: f64,
}

/// Classify the growth of extra memory, and judge it against the target when there is one.
pub fn assess_space(points: &[MemoryPoint], target: Option<ComplexityClass>) -> SpaceAssessment {
    judged(points, classify(points), target)
}

/// Like [`assess_space`], with the reference's memory on the same inputs as the ruler: what
/// the harness itself holds around a call (converting a returned linked list, say) shows in
/// both and cancels out. The reference meets the target, so its own class is taken as at most
/// the target; the submission's class is the larger of that and the growth of its excess over
/// the reference.
pub fn assess_space_against(
    candidate: &[MemoryPoint],
    reference: &[MemoryPoint],
    target: Option<ComplexityClass>,
) -> SpaceAssessment {
    if reference.len() != candidate.len() {
        return assess_space(candidate, target);
    }
    let excess: Vec<MemoryPoint> = candidate
        .iter()
        .zip(reference)
        .map(|(c, r)| MemoryPoint {
            n: c.n,
            bytes: (c.bytes - r.bytes).max(0.0),
        })
        .collect();
    let theirs = match (classify(reference), target) {
        (Some(r), Some(t)) => Some(r.min(t)),
        (r, _) => r,
    };
    let class = match (classify(&excess), theirs) {
        (Some(e), Some(r)) => Some(e.max(r)),
        (e, r) => e.or(r),
    };
    judged(candidate, class, target)
}

fn judged(
    points: &[MemoryPoint],
    class: Option<ComplexityClass>,
    target: Option<ComplexityClass>,
) -> SpaceAssessment {
    let last = points
        .last()
        .copied()
        .unwrap_or(MemoryPoint { n: 0.0, bytes: 0.0 });
    SpaceAssessment {
        class,
        meets_target: class.zip(target).map(|(c, t)| meets(c, t)),
        n: last.n,
        bytes: last.bytes,
    }
}

/// Logarithmic factors are not measured: O(1) meets O(log n), O(n) meets O(n log n).
fn meets(measured: ComplexityClass, target: ComplexityClass) -> bool {
    use ComplexityClass::*;
    let floor = match target {
        Logarithmic => Constant,
        Linearithmic => Linear,
        other => other,
    };
    measured <= floor
}

fn classify(points: &[MemoryPoint]) -> Option<ComplexityClass> {
    use ComplexityClass::*;
    let last = points.last()?;
    if points.len() < 3 {
        return None;
    }
    let above: Vec<&MemoryPoint> = points
        .iter()
        .filter(|p| p.bytes >= MEMORY_FLOOR && p.n > 0.0)
        .collect();
    if above.len() < 2 {
        // Nothing measurable: constant, provided a linear copy would have shown at this size.
        return (last.bytes < MEMORY_FLOOR && last.n * POINTER >= MEMORY_FLOOR).then_some(Constant);
    }
    let slope = log_slope(&above)?;
    Some(match slope {
        s if s < 0.5 => Constant,
        s if s < 1.5 => Linear,
        s if s < 2.5 => Quadratic,
        _ => Cubic,
    })
}

/// Least-squares slope of log(bytes) against log(n).
fn log_slope(points: &[&MemoryPoint]) -> Option<f64> {
    let xs: Vec<f64> = points.iter().map(|p| p.n.ln()).collect();
    let ys: Vec<f64> = points.iter().map(|p| p.bytes.ln()).collect();
    let k = xs.len() as f64;
    let (mx, my) = (xs.iter().sum::<f64>() / k, ys.iter().sum::<f64>() / k);
    let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    if sxx <= 0.0 {
        return None;
    }
    let sxy: f64 = xs.iter().zip(&ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    Some(sxy / sxx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ComplexityClass::*;

    fn points(f: impl Fn(f64) -> f64) -> Vec<MemoryPoint> {
        [
            1_000.0, 2_000.0, 4_000.0, 8_000.0, 16_000.0, 32_000.0, 64_000.0, 128_000.0,
        ]
        .into_iter()
        .map(|n| MemoryPoint { n, bytes: f(n) })
        .collect()
    }

    #[test]
    fn growth_is_rounded_to_a_degree() {
        // A set of n entries: about 40 bytes each, with a few pages of noise.
        let linear = points(|n| 40.0 * n + 12_288.0);
        assert_eq!(classify(&linear), Some(Linear));
        let quadratic = points(|n| 0.5 * n * n);
        assert_eq!(classify(&quadratic), Some(Quadratic));
        // A fixed 4 MiB buffer is constant however large.
        let buffer = points(|_| 4.0 * 1024.0 * 1024.0);
        assert_eq!(classify(&buffer), Some(Constant));
    }

    #[test]
    fn noise_below_the_floor_is_constant_only_where_a_copy_would_show() {
        let quiet = points(|n| if n > 10_000.0 { 8192.0 } else { 0.0 });
        assert_eq!(classify(&quiet), Some(Constant));
        // Up to n = 100, even a copy of the input stays under the floor: nothing can be said.
        let small: Vec<MemoryPoint> = [25.0, 50.0, 100.0]
            .into_iter()
            .map(|n| MemoryPoint { n, bytes: 8.0 * n })
            .collect();
        assert_eq!(classify(&small), None);
        assert_eq!(classify(&points(|n| n)[..2]), None);
    }

    #[test]
    fn targets_ignore_logarithmic_factors() {
        let linear = points(|n| 40.0 * n);
        assert_eq!(
            assess_space(&linear, Some(Constant)).meets_target,
            Some(false)
        );
        assert_eq!(
            assess_space(&linear, Some(Linearithmic)).meets_target,
            Some(true)
        );
        let quiet = points(|_| 0.0);
        assert_eq!(
            assess_space(&quiet, Some(Logarithmic)).meets_target,
            Some(true)
        );
        assert_eq!(assess_space(&quiet, None).meets_target, None);
    }

    #[test]
    fn the_reference_cancels_what_the_harness_holds() {
        // Both hold a list of n references around the call (the harness's copy of the result);
        // the submission also a set of n entries.
        let harness = points(|n| 8.0 * n);
        let with_set = points(|n| 8.0 * n + 40.0 * n);
        let a = assess_space_against(&harness, &harness, Some(Constant));
        assert_eq!((a.class, a.meets_target), (Some(Constant), Some(true)));
        let a = assess_space_against(&with_set, &harness, Some(Constant));
        assert_eq!((a.class, a.meets_target), (Some(Linear), Some(false)));
        // Without a target the reference's own growth stands.
        let a = assess_space_against(&harness, &harness, None);
        assert_eq!(a.class, Some(Linear));
    }
}
