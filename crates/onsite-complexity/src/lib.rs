//! Empirical time complexity, as pure arithmetic: measured points in, a class and a confidence
//! out. This crate does no IO and runs nothing; the judge measures (kernel CPU time, growing
//! sizes, repeats) and hands the points here.
//!
//! Each class `f` is fitted as `t(n) = a + b·f(n)` with `a, b ≥ 0`, minimising the **relative**
//! error `Σ ((a + b·f(n) − t) / t)²`. The constant `a` absorbs fixed per-call costs, so a
//! sub-millisecond call is not mistaken for O(1) (the usual tool's bias), and relative error
//! keeps the small sizes from being ignored. The best fit wins only if it beats the runner-up
//! clearly; otherwise the estimate says *ambiguous* and names both.

use onsite_types::ComplexityClass;
use serde::Serialize;

mod space;
pub use space::{assess_space, assess_space_against, MemoryPoint, SpaceAssessment, MEMORY_FLOOR};

/// One measurement: the input size and the time it took (seconds, or any unit, consistently).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    /// Input size.
    pub n: f64,
    /// Time (a median of repeats, ideally).
    pub time: f64,
}

/// One class fitted to the points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Fit {
    /// The class.
    pub class: ComplexityClass,
    /// Fixed cost `a`.
    pub constant: f64,
    /// Scale `b` of the growing term.
    pub scale: f64,
    /// Root-mean-square relative error of the fit.
    pub error: f64,
}

/// The outcome of fitting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// The class that fits best, when it fits clearly better than the others.
    pub class: Option<ComplexityClass>,
    /// The best class even when ambiguous.
    pub best: Option<ComplexityClass>,
    /// The runner-up when the choice is ambiguous.
    pub runner_up: Option<ComplexityClass>,
    /// 0..1: how clearly the best fit beats the runner-up (1 - best error / runner-up error).
    pub confidence: f64,
    /// Every class that could be fitted, best first.
    pub fits: Vec<Fit>,
}

/// The runner-up's error must exceed the best's by this factor for a clear answer.
const CLEAR_MARGIN: f64 = 1.5;

fn growth(class: ComplexityClass, n: f64) -> f64 {
    match class {
        ComplexityClass::Constant => 1.0,
        ComplexityClass::Logarithmic => n.max(2.0).log2(),
        ComplexityClass::Linear => n,
        ComplexityClass::Linearithmic => n * n.max(2.0).log2(),
        ComplexityClass::Quadratic => n * n,
        ComplexityClass::Cubic => n * n * n,
        ComplexityClass::Exponential => 2f64.powf(n),
    }
}

/// Weighted least squares for `t = a + b·g` with weights `1/t²`, keeping `a, b ≥ 0`.
fn fit_class(class: ComplexityClass, points: &[Point]) -> Option<Fit> {
    let gs: Vec<f64> = points.iter().map(|p| growth(class, p.n)).collect();
    if gs.iter().any(|g| !g.is_finite()) {
        return None;
    }
    let (mut sw, mut swg, mut swgg, mut swt, mut swgt) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for (p, g) in points.iter().zip(&gs) {
        let w = 1.0 / (p.time * p.time);
        sw += w;
        swg += w * g;
        swgg += w * g * g;
        swt += w * p.time;
        swgt += w * g * p.time;
    }
    let det = sw * swgg - swg * swg;
    let (mut a, mut b) =
        if det.abs() > f64::EPSILON * sw * swgg && class != ComplexityClass::Constant {
            (
                (swgg * swt - swg * swgt) / det,
                (sw * swgt - swg * swt) / det,
            )
        } else {
            (swt / sw, 0.0)
        };
    if b < 0.0 {
        (a, b) = (swt / sw, 0.0);
    } else if a < 0.0 {
        (a, b) = (0.0, swgt / swgg);
    }
    let error = (points
        .iter()
        .zip(&gs)
        .map(|(p, g)| ((a + b * g - p.time) / p.time).powi(2))
        .sum::<f64>()
        / points.len() as f64)
        .sqrt();
    // A growing term that changes the time over the measured sizes by less than the noise
    // explains nothing: that class is the constant model in disguise.
    if class != ComplexityClass::Constant {
        let (lo, hi) = gs.iter().fold((f64::INFINITY, 0.0f64), |(lo, hi), g| {
            (lo.min(*g), hi.max(*g))
        });
        let mean = points.iter().map(|p| p.time).sum::<f64>() / points.len() as f64;
        if b * (hi - lo) < 3.0 * error * mean {
            return None;
        }
    }
    Some(Fit {
        class,
        constant: a,
        scale: b,
        error,
    })
}

/// Fit every class to the points (at least three distinct sizes, positive times).
pub fn estimate(points: &[Point]) -> Estimate {
    let points: Vec<Point> = points
        .iter()
        .copied()
        .filter(|p| p.n > 0.0 && p.time > 0.0 && p.time.is_finite())
        .collect();
    let mut sizes: Vec<f64> = points.iter().map(|p| p.n).collect();
    sizes.sort_by(f64::total_cmp);
    sizes.dedup();
    let mut fits: Vec<Fit> = if sizes.len() < 3 {
        Vec::new()
    } else {
        ComplexityClass::ALL
            .iter()
            .filter_map(|&c| fit_class(c, &points))
            .collect()
    };
    fits.sort_by(|x, y| x.error.total_cmp(&y.error));
    let best = fits.first().map(|f| f.class);
    let (class, runner_up, confidence) = match (fits.first(), fits.get(1)) {
        (Some(b), Some(r)) => {
            let confidence = if r.error > 0.0 {
                1.0 - b.error / r.error
            } else {
                0.0
            };
            if r.error >= b.error * CLEAR_MARGIN || b.error < 1e-12 {
                (Some(b.class), None, confidence)
            } else {
                (None, Some(r.class), confidence)
            }
        }
        (Some(b), None) => (Some(b.class), None, 1.0),
        _ => (None, None, 0.0),
    };
    Estimate {
        class,
        best,
        runner_up,
        confidence,
        fits,
    }
}

/// How much faster a candidate's times grow than a reference's on the same sizes: the exponent
/// `k` in `candidate / reference ≈ c·n^k` (log-log least squares). About 0 means the same class;
/// about 1, an extra factor of n. `None` with fewer than two common sizes.
pub fn excess_growth(candidate: &[Point], reference: &[Point]) -> Option<f64> {
    let pairs: Vec<(f64, f64)> = candidate
        .iter()
        .filter_map(|c| {
            let r = reference.iter().find(|r| r.n == c.n)?;
            (c.time > 0.0 && r.time > 0.0 && c.n > 0.0).then(|| (c.n.ln(), (c.time / r.time).ln()))
        })
        .collect();
    if pairs.len() < 2 {
        return None;
    }
    let k = pairs.len() as f64;
    let (sx, sy) = pairs
        .iter()
        .fold((0.0, 0.0), |(sx, sy), (x, y)| (sx + x, sy + y));
    let (mx, my) = (sx / k, sy / k);
    let (num, den) = pairs.iter().fold((0.0, 0.0), |(n, d), (x, y)| {
        (n + (x - mx) * (y - my), d + (x - mx) * (x - mx))
    });
    (den > 0.0).then(|| num / den)
}

/// A candidate's measured growth judged against a problem's target, with the reference solution
/// measured on the same inputs in the same run as the ruler.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The class the candidate's times follow (`None`: the measurement cannot tell).
    pub class: Option<ComplexityClass>,
    /// How sure, 0..1.
    pub confidence: f64,
    /// The problem's target.
    pub target: ComplexityClass,
    /// Whether the candidate grows no faster than the target (`None`: cannot tell).
    pub meets_target: Option<bool>,
    /// The exponent of the candidate's time over the reference's (see [`excess_growth`]).
    pub excess: Option<f64>,
    /// The fit of the candidate's own points.
    pub candidate: Estimate,
    /// The fit of the reference's points.
    pub reference: Estimate,
}

/// The excess exponent above which a candidate is taken to grow faster than the reference.
/// A log factor over a 128-fold size range is about 0.16 and noise about ±0.1, so 0.35 keeps
/// both on the "same growth" side; an extra factor of n is about 1.
const FASTER: f64 = 0.35;

/// The class one log factor above `class`, where the ladder has one.
fn log_step(class: ComplexityClass) -> Option<ComplexityClass> {
    match class {
        ComplexityClass::Constant => Some(ComplexityClass::Logarithmic),
        ComplexityClass::Linear => Some(ComplexityClass::Linearithmic),
        _ => None,
    }
}

/// How fast `class` grows between two sizes, as a power of n (`log f(hi)/f(lo) / log hi/lo`):
/// 1 for O(n), a little over 1 for O(n log n) over practical ranges.
fn effective_exponent(class: ComplexityClass, lo: f64, hi: f64) -> f64 {
    let ratio = (hi / lo).ln();
    if ratio <= 0.0 {
        return 0.0;
    }
    (growth(class, hi) / growth(class, lo)).ln() / ratio
}

/// How much more steeply than the reference the candidate grows, over the sizes that show it
/// best, with those sizes' range. Over all the sizes as a rule; over the larger half when the
/// excess clearly accelerates there: a cost like `a·n + b·n²` looks linear while `a·n` still
/// dominates and shows its true degree only at the top.
fn asymptotic_excess(candidate: &[Point], reference: &[Point]) -> (Option<f64>, f64, f64) {
    let mut points: Vec<Point> = candidate.iter().copied().filter(|p| p.n > 0.0).collect();
    points.sort_by(|a, b| a.n.total_cmp(&b.n));
    let range = |ps: &[Point]| match (ps.first(), ps.last()) {
        (Some(a), Some(b)) => (a.n, b.n),
        _ => (f64::INFINITY, 0.0),
    };
    let (lo, hi) = range(&points);
    let whole = excess_growth(&points, reference);
    let tail = &points[points.len() / 2..];
    if tail.len() >= TAIL_POINTS {
        if let (Some(k), Some(t)) = (whole, excess_growth(tail, reference)) {
            if t >= FASTER && t > k + ACCELERATION {
                let (lo, hi) = range(tail);
                return (Some(t), lo, hi);
            }
        }
    }
    (whole, lo, hi)
}

/// Fewest sizes in the larger half for its own excess to be trusted.
const TAIL_POINTS: usize = 4;
/// How much steeper the larger half must be than the whole to count as acceleration (noise on
/// the half's slope is about ±0.1).
const ACCELERATION: f64 = 0.2;

/// Judge a candidate's points against `target`, using the reference's points on the same sizes.
///
/// The reference meets the target by construction, so the candidate's growth relative to it is
/// the most robust signal: fixed per-call costs, interpreter speed and machine noise are shared.
/// A candidate growing like the reference gets the target class; one growing faster gets the
/// class whose growth over the measured sizes matches the target's plus the excess; without a
/// usable reference its own fit decides.
pub fn assess(candidate: &[Point], reference: &[Point], target: ComplexityClass) -> Assessment {
    let own = estimate(candidate);
    let ruler = estimate(reference);
    let (excess, lo, hi) = asymptotic_excess(candidate, reference);
    let (class, confidence) = match excess {
        Some(k) if hi > lo => {
            if k < FASTER {
                // Same growth as the reference, or one log factor more: a log factor shows as
                // an excess of about the difference of the two classes' growth over the
                // measured sizes, so half of it is the threshold.
                let up = log_step(target);
                let class = match (own.class, up) {
                    (Some(c), _) if c < target => c,
                    (_, Some(up))
                        if k >= (effective_exponent(up, lo, hi)
                            - effective_exponent(target, lo, hi))
                            / 2.0 =>
                    {
                        up
                    }
                    _ => target,
                };
                (Some(class), ((FASTER - k) / FASTER).clamp(0.0, 1.0))
            } else {
                let wanted = effective_exponent(target, lo, hi) + k;
                let class = ComplexityClass::ALL
                    .iter()
                    .copied()
                    .filter(|c| *c > target)
                    .min_by(|a, b| {
                        let da = (effective_exponent(*a, lo, hi) - wanted).abs();
                        let db = (effective_exponent(*b, lo, hi) - wanted).abs();
                        da.total_cmp(&db)
                    });
                // Agreement with the candidate's own fit makes it surer.
                let agree = own.best == class;
                let confidence =
                    ((k - FASTER) / (1.0 - FASTER)).clamp(0.3, 1.0) * if agree { 1.0 } else { 0.8 };
                (class, confidence)
            }
        }
        _ => (own.class, own.confidence),
    };
    Assessment {
        class,
        confidence,
        target,
        meets_target: class.map(|c| c <= target),
        excess,
        candidate: own,
        reference: ruler,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic noise in ±`amount` (relative), so tests cannot flake.
    fn noise(i: usize, amount: f64) -> f64 {
        let x = ((i as u64)
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407)
            >> 33) as f64;
        1.0 + amount * (2.0 * (x / (1u64 << 31) as f64) - 1.0)
    }

    /// Geometric sizes from `lo` to `hi`, times from `t`, with a fixed cost and noise.
    fn measure(lo: f64, hi: f64, steps: usize, fixed: f64, t: impl Fn(f64) -> f64) -> Vec<Point> {
        (0..steps)
            .map(|i| {
                let n = (lo * (hi / lo).powf(i as f64 / (steps - 1) as f64)).round();
                Point {
                    n,
                    time: (fixed + t(n)) * noise(i, 0.03),
                }
            })
            .collect()
    }

    fn check(points: &[Point], want: ComplexityClass) {
        let e = estimate(points);
        assert_eq!(e.class, Some(want), "{e:#?}");
    }

    #[test]
    fn recognises_each_class_despite_a_fixed_cost() {
        // A fixed 50 µs per call, as a harness round trip costs.
        let fixed = 50e-6;
        check(
            &measure(1e3, 1e6, 9, fixed, |_| 2e-6),
            ComplexityClass::Constant,
        );
        check(
            &measure(1e3, 1e6, 9, fixed, |n| 20e-6 * n.log2()),
            ComplexityClass::Logarithmic,
        );
        check(
            &measure(1e3, 1e6, 9, fixed, |n| 40e-9 * n),
            ComplexityClass::Linear,
        );
        check(
            &measure(1e3, 1e6, 9, fixed, |n| 40e-9 * n * n.log2()),
            ComplexityClass::Linearithmic,
        );
        check(
            &measure(1e2, 3e3, 9, fixed, |n| 30e-9 * n * n),
            ComplexityClass::Quadratic,
        );
        check(
            &measure(20.0, 400.0, 9, fixed, |n| 20e-9 * n * n * n),
            ComplexityClass::Cubic,
        );
        check(
            &measure(8.0, 24.0, 9, fixed, |n| 1e-7 * 2f64.powf(n)),
            ComplexityClass::Exponential,
        );
    }

    #[test]
    fn a_sub_millisecond_linear_call_is_not_constant() {
        // 0.1 ms at the largest size, dominated by the fixed cost at the smallest.
        check(
            &measure(1e2, 1e5, 9, 20e-6, |n| 1e-9 * n),
            ComplexityClass::Linear,
        );
    }

    #[test]
    fn too_narrow_a_range_is_ambiguous_not_wrong() {
        // n vs n log n over a factor of 2 cannot be told apart.
        let e = estimate(&measure(1e4, 2e4, 5, 0.0, |n| 1e-8 * n));
        assert_eq!(e.class, None, "{e:#?}");
        assert!(e.runner_up.is_some());
    }

    #[test]
    fn too_few_sizes_give_no_estimate() {
        let e = estimate(&[Point { n: 10.0, time: 1.0 }, Point { n: 20.0, time: 2.0 }]);
        assert_eq!((e.class, e.best), (None, None));
    }

    #[test]
    fn excess_growth_compares_against_the_reference_curve() {
        let reference = measure(1e3, 1e5, 6, 10e-6, |n| 50e-9 * n);
        let quadratic = measure(1e3, 1e5, 6, 10e-6, |n| 5e-9 * n * n);
        let same = measure(1e3, 1e5, 6, 10e-6, |n| 80e-9 * n);
        let k = excess_growth(&quadratic, &reference).expect("common sizes");
        assert!((0.8..1.2).contains(&k), "{k}");
        let k = excess_growth(&same, &reference).expect("common sizes");
        assert!(k.abs() < 0.15, "{k}");
    }

    fn curve(f: impl Fn(f64) -> f64, noise_amount: f64) -> Vec<Point> {
        (0..8)
            .map(|i| {
                let n = 80.0 * 2f64.powi(i);
                Point {
                    n,
                    time: f(n) * (1.0 + super::tests::noise(i as usize, noise_amount)),
                }
            })
            .collect()
    }

    #[test]
    fn assessment_uses_the_reference_as_the_ruler() {
        let overhead = 2e-6;
        let linear = curve(|n| overhead + 5e-8 * n, 0.05);
        let quadratic = curve(|n| overhead + 1e-8 * n * n, 0.05);
        let nlogn = curve(|n| overhead + 3e-8 * n * n.log2(), 0.05);
        let a = assess(&quadratic, &linear, ComplexityClass::Linear);
        assert_eq!(a.class, Some(ComplexityClass::Quadratic), "{a:?}");
        assert_eq!(a.meets_target, Some(false));
        let a = assess(&linear, &linear, ComplexityClass::Linear);
        assert_eq!(a.class, Some(ComplexityClass::Linear));
        assert_eq!(a.meets_target, Some(true));
        // Against an O(n log n) reference, a cubic candidate is two factors of n faster.
        let cubic = curve(|n| overhead + 1e-10 * n * n * n, 0.05);
        let a = assess(&cubic, &nlogn, ComplexityClass::Linearithmic);
        assert_eq!(a.class, Some(ComplexityClass::Cubic), "{a:?}");
        // Without a reference, the candidate's own fit decides.
        let a = assess(&quadratic, &[], ComplexityClass::Linear);
        assert_eq!(a.class, Some(ComplexityClass::Quadratic));
    }

    #[test]
    fn a_quadratic_term_that_dominates_only_at_the_top_is_still_quadratic() {
        // Linear work with a small quadratic term: the ratio to the reference is flat at first.
        let reference = curve(|n| 1e-6 + 1e-6 * n, 0.03);
        let mixed = curve(|n| 1e-6 + 1e-6 * n + 1e-9 * n * n, 0.03);
        let a = assess(&mixed, &reference, ComplexityClass::Linear);
        assert_eq!(a.class, Some(ComplexityClass::Quadratic), "{a:?}");
        // A constant factor alone is no acceleration.
        let slower = curve(|n| 3e-6 + 4e-6 * n, 0.03);
        let a = assess(&slower, &reference, ComplexityClass::Linear);
        assert_eq!(a.class, Some(ComplexityClass::Linear), "{a:?}");
    }
}
