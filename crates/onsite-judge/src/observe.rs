//! What an injected callable saw, recorded outside the submission's process.
//!
//! An async problem hands the solution a `fetch` (`AsyncFetch`) whose calls are part of the
//! answer: how many there were, how many were in flight at once, when the last one ended on the
//! virtual clock. A record kept in the submission's process could be rewritten by it (through
//! the closure, its frames or the garbage collector), so the harness keeps none: each call is
//! announced as it starts (an `event` frame: URL and virtual time), and this module works out
//! the record from those starts and the latencies in the test's own input, which the judge
//! holds. A fetch cannot end before its latency has passed, so a start is all it takes; events
//! that cannot have happened (an unknown URL, time going backwards, a malformed frame) are the
//! submission tampering, a verdict.

use onsite_problems::{Kind, Problem, ValueType};
use serde_json::{json, Value};

/// Two virtual times this close are the same moment (the event loop runs a timer due within
/// its clock resolution at once).
const SAME_MOMENT_S: f64 = 1e-6;

/// The name of the problem's `AsyncFetch` argument, if it has one.
fn fetch_arg(problem: &Problem) -> Option<&str> {
    match &problem.kind {
        Kind::Function(sig) => sig
            .args
            .iter()
            .find(|a| a.ty == ValueType::AsyncFetch)
            .map(|a| a.name.as_str()),
        Kind::Design(_) | Kind::Codec(_) => None,
    }
}

/// The value a problem's checker receives for one call: `value` as the harness sent it, with
/// the record of the call's fetches (`calls`, `max_in_flight`, `elapsed_ms`) worked out from
/// `events` (the call's own, in order) and the latencies in `input`. `Err` says what in the
/// submission's data could not have happened. Problems without injected callables get `value`
/// back unchanged, and must have sent no event.
pub(crate) fn record(
    problem: &Problem,
    input: &Value,
    events: &[&Value],
    value: Value,
) -> Result<Value, String> {
    let Some(arg) = fetch_arg(problem) else {
        return match events.is_empty() {
            true => Ok(value),
            false => Err("sent events for a problem that injects no callable".into()),
        };
    };
    let latency = input
        .get(arg)
        .and_then(|f| f.get("latency_ms"))
        .and_then(Value::as_object)
        .ok_or("the test's input has no latencies")?;
    let mut intervals = Vec::with_capacity(events.len());
    let mut last = 0.0_f64;
    for event in events {
        let url = event["url"].as_str().ok_or("an event without a URL")?;
        let ms = latency
            .get(url)
            .and_then(Value::as_f64)
            .ok_or("an event for a URL the test does not have")?;
        let t = event["t"]
            .as_f64()
            .filter(|t| t.is_finite() && *t >= 0.0)
            .ok_or("an event without a valid time")?;
        if t + SAME_MOMENT_S < last {
            return Err("events whose virtual time goes backwards".into());
        }
        last = last.max(t);
        intervals.push((t, t + ms / 1000.0));
    }
    let (reported, observed) = match value {
        Value::Object(mut map) => (
            map.remove("value").unwrap_or(Value::Null),
            map.remove("observed"),
        ),
        _ => return Err("a result without its record".into()),
    };
    let reported_ms = observed
        .as_ref()
        .and_then(|o| o.get("elapsed_ms"))
        .and_then(Value::as_f64)
        .filter(|ms| ms.is_finite() && *ms >= 0.0)
        .unwrap_or(0.0);
    let ended_ms = intervals
        .iter()
        .map(|&(_, end)| end * 1000.0)
        .fold(0.0, f64::max);
    Ok(json!({
        "value": reported,
        "observed": {
            "calls": intervals.len(),
            "max_in_flight": max_in_flight(&mut intervals),
            "elapsed_ms": ((reported_ms.max(ended_ms)) * 1e6).round() / 1e6,
        },
    }))
}

/// The most intervals open at one moment; one ending when another starts (within
/// [`SAME_MOMENT_S`]) does not overlap it.
fn max_in_flight(intervals: &mut [(f64, f64)]) -> usize {
    let mut points: Vec<(f64, i32)> = intervals
        .iter()
        .flat_map(|&(start, end)| [(start, 1), ((end - SAME_MOMENT_S).max(start), -1)])
        .collect();
    // Ends before starts at the same moment.
    points.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let (mut open, mut most) = (0i32, 0i32);
    for (_, step) in points {
        open += step;
        most = most.max(open);
    }
    most.max(0) as usize
}

/// The events of call `call` of an exchange (a `time` exchange makes several calls; `run`
/// and `go` make call 0).
pub(crate) fn of_call(events: &[Value], call: u64) -> Vec<&Value> {
    events
        .iter()
        .filter(|e| e.get("call").and_then(Value::as_u64).unwrap_or(0) == call)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(starts: &[(f64, f64)]) -> usize {
        max_in_flight(&mut starts.to_vec())
    }

    #[test]
    fn in_flight_counts_overlaps_not_touching_ends() {
        assert_eq!(check(&[]), 0);
        assert_eq!(check(&[(0.0, 0.03), (0.0, 0.01), (0.01, 0.02)]), 2);
        assert_eq!(check(&[(0.0, 0.01), (0.01, 0.02), (0.02, 0.03)]), 1);
        assert_eq!(check(&[(0.0, 0.01), (0.0, 0.01), (0.0, 0.01)]), 3);
        // A timer run a hair early (clock resolution) still does not overlap.
        assert_eq!(check(&[(0.0, 0.01), (0.009_999_999_9, 0.02)]), 1);
    }
}
