//! Judging and measuring one submission side by side.

use onsite_judge::{Judge, JudgeEvent, MeasureOptions, Scope, Submission};
use onsite_problems::Problem;
use onsite_types::Verdict;

use crate::AppError;

/// Run the tests and, with `options`, measure how the time grows at the same time, on the
/// other core: the full report costs what the longer of the two costs, not their sum. The
/// measurement counts only for a submission that is correct so far (accepted, or over a time
/// or memory limit after passing a test: exactly when growth matters); a failed test stops it
/// between two sizes, so a wrong answer or a crash is reported at once. Its progress events
/// are held until the tests' are out, so a progress display sees tests, then measuring.
pub(crate) fn judge_and_measure(
    judge: &Judge,
    problem: &Problem,
    submission: &Submission,
    scope: Scope,
    options: Option<MeasureOptions>,
    on_event: &mut dyn FnMut(&JudgeEvent),
) -> Result<(onsite_judge::JudgeReport, Option<onsite_judge::Measurement>), AppError> {
    use std::sync::atomic::{AtomicBool, Ordering};
    let Some(options) = options.filter(|_| problem.generator.is_some()) else {
        return Ok((judge.judge(problem, submission, scope, on_event)?, None));
    };
    let stop = AtomicBool::new(false);
    let (events, held) = std::sync::mpsc::channel::<JudgeEvent>();
    let stop = &stop;
    std::thread::scope(|threads| {
        // The sender goes with the thread: the forwarding below ends when measuring does.
        let measuring = threads.spawn(move || {
            judge.measure_until(problem, submission, options, stop, &mut |e| {
                // The receiver outlives this thread; a send cannot fail while it runs.
                let _ = events.send(e.clone());
            })
        });
        let mut passed = 0usize;
        let report = judge.judge(problem, submission, scope, &mut |e| {
            if let JudgeEvent::TestFinished {
                verdict: Some(verdict),
                ..
            } = e
            {
                match verdict {
                    Verdict::Accepted => passed += 1,
                    Verdict::TimeLimitExceeded | Verdict::MemoryLimitExceeded if passed > 0 => {}
                    _ => stop.store(true, Ordering::Relaxed),
                }
            }
            on_event(e);
        });
        let wanted = report.as_ref().is_ok_and(|r| match r.verdict {
            Verdict::Accepted => true,
            Verdict::TimeLimitExceeded | Verdict::MemoryLimitExceeded => r.passed > 0,
            _ => false,
        });
        if !wanted {
            stop.store(true, Ordering::Relaxed);
        }
        // Forward the held progress, then the rest as it comes, until measuring ends.
        for e in held.iter() {
            if wanted {
                on_event(&e);
            }
        }
        let measured = match measuring.join() {
            Ok(measured) => measured,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        let report = report?;
        let measured = if wanted { measured? } else { None };
        Ok((report, measured))
    })
}
