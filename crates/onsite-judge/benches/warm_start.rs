//! Whole-judge latency of two-sum's reference, from `judge()` called to report returned:
//! a process started per submission (what a one-shot command does) against a warm one started
//! ahead of time (what a long-lived judge does with `keep_warm`). Each warm process still
//! serves one submission only.
//!
//! Run: `cargo bench -p onsite-judge --bench warm_start` (uses `ONSITE_PYTHON` if set).
#![allow(missing_docs)]

use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use onsite_judge::{Judge, Python, Scope, Submission};
use onsite_problems::Catalog;

fn judge(warm: bool) -> Judge {
    let requested = std::env::var_os("ONSITE_PYTHON").map(PathBuf::from);
    let cache = std::env::temp_dir().join("onsite-bench-cache");
    let python =
        Python::resolve(requested.as_deref(), Some(&cache)).expect("a Python 3 interpreter");
    Judge::new(python, Some(cache)).keep_warm(warm)
}

fn bench(c: &mut Criterion) {
    let catalog = Catalog::bundled();
    let problem = catalog.get("two-sum").expect("two-sum is bundled");
    let submission = Submission {
        filename: "solution.py".into(),
        source: problem.solution.clone(),
    };
    let mut group = c.benchmark_group("judge two-sum reference");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(8));
    for (name, warm) in [("cold start", false), ("warm start", true)] {
        let judge = judge(warm);
        // Prepared tests cached and (when warm) the first process started, as in steady use.
        let report = judge
            .judge(problem, &submission, Scope::All, &mut |_| {})
            .expect("judge");
        assert_eq!(report.verdict, onsite_types::Verdict::Accepted);
        group.bench_function(name, |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    // Submissions arrive apart, as from users: the next warm process has
                    // booted by then. The pause is not timed (and idle in both cases).
                    std::thread::sleep(Duration::from_millis(60));
                    let start = std::time::Instant::now();
                    let report = judge
                        .judge(problem, &submission, Scope::All, &mut |_| {})
                        .expect("judge");
                    total += start.elapsed();
                    assert_eq!(report.verdict, onsite_types::Verdict::Accepted);
                }
                total
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
