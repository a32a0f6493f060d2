//! Inputs one step smaller than a failing one: parts removed (one, a chunk, a half), numbers
//! brought towards 0 (one at a time, or all at once to their ranks), strings cut; for a design
//! problem the calls and their arguments together. Smallest first, so that a round of judging
//! keeps the smallest that still fails.

use onsite_problems::Kind;
use serde_json::Value;

/// Most shrunk candidates judged in one round (the smallest first).
pub(super) const PER_ROUND: usize = 48;

/// Items of a list (characters of a string) removed one at a time, from the front: beyond,
/// chunks go.
const SINGLES: usize = 24;

/// How big a value is to a reader: every scalar and list item counts one, a string its
/// characters, a number the digits beyond the first (so 0 is smaller than 1000).
pub(crate) fn size(v: &Value) -> usize {
    match v {
        Value::Null | Value::Bool(_) => 1,
        Value::Number(n) => {
            let text = n.to_string();
            let digits = text.trim_start_matches('-').len();
            1 + digits.saturating_sub(1) + usize::from(text.starts_with('-'))
        }
        Value::String(s) => 1 + s.chars().count(),
        Value::Array(items) => 1 + items.iter().map(size).sum::<usize>(),
        Value::Object(map) => map.values().map(size).sum::<usize>(),
    }
}

/// A tie-break among values of one size: the sum of the numbers' magnitudes, so that shrinking
/// 7 to 3 is progress.
fn magnitude(v: &Value) -> f64 {
    match v {
        Value::Number(n) => n.as_f64().map_or(0.0, f64::abs),
        Value::Array(items) => items.iter().map(magnitude).sum(),
        Value::Object(map) => map.values().map(magnitude).sum(),
        _ => 0.0,
    }
}

/// Inputs smaller than `input` (by size, then magnitude), smallest first, at most
/// [`PER_ROUND`]: each one change away (a part removed, a number brought towards 0, a string
/// cut), or every integer replaced by its rank (order and sign kept: 523 < 8041 becomes 1 < 2),
/// which keeps what order-based code sees and makes the numbers readable in one step. For a
/// design problem the operations and their arguments shrink together.
pub(crate) fn shrinks(input: &Value, kind: &Kind) -> Vec<Value> {
    let mut out = Vec::new();
    match (kind, input) {
        (Kind::Design(_), Value::Object(map)) => {
            if let (Some(Value::Array(ops)), Some(Value::Array(args))) =
                (map.get("operations"), map.get("arguments"))
            {
                let with = |ops: Vec<Value>, args: Vec<Value>| {
                    let mut m = map.clone();
                    m.insert("operations".into(), Value::Array(ops));
                    m.insert("arguments".into(), Value::Array(args));
                    Value::Object(m)
                };
                // The constructor stays: drop everything after a call, a later call, or a
                // chunk of calls.
                for (from, to) in removals(ops.len().saturating_sub(1)) {
                    let (from, to) = (from + 1, to + 1);
                    let mut o = ops.clone();
                    let mut a = args.clone();
                    o.drain(from..to);
                    a.drain(from..to);
                    out.push(with(o, a));
                }
                for (i, arg) in args.iter().enumerate() {
                    for smaller in shrink_value(arg) {
                        let mut a = args.clone();
                        a[i] = smaller;
                        out.push(with(ops.clone(), a));
                    }
                }
                // The calls' numbers by rank; the constructor's (a capacity...) kept.
                if let Some((first, rest)) = args.split_first() {
                    let mut calls = Value::Array(rest.to_vec());
                    if ranked(&mut calls) {
                        if let Value::Array(mut calls) = calls {
                            calls.insert(0, first.clone());
                            out.push(with(ops.clone(), calls));
                        }
                    }
                }
            }
        }
        // The arguments by name: each one shrunk in turn, or all numbers by rank.
        (_, arguments) => {
            out.extend(shrink_value(arguments));
            let mut all = arguments.clone();
            if ranked(&mut all) {
                out.push(all);
            }
        }
    }
    let before = (size(input), magnitude(input));
    let mut keyed: Vec<((usize, f64), Value)> = out
        .into_iter()
        .map(|v| ((size(&v), magnitude(&v)), v))
        .filter(|(k, _)| k.0 < before.0 || (k.0 == before.0 && k.1 < before.1))
        .collect();
    keyed.sort_by(|a, b| a.0 .0.cmp(&b.0 .0).then(a.0 .1.total_cmp(&b.0 .1)));
    keyed.dedup_by(|a, b| a.1 == b.1);
    keyed.into_iter().take(PER_ROUND).map(|(_, v)| v).collect()
}

/// The ranges of a sequence of `len` items that one shrinking step removes: all of it, each
/// half, quarter and eighth and everything after one (a long list loses a chunk at a time),
/// everything after each of the first few items (after every item in a short list), and the
/// first [`SINGLES`] items one by one.
fn removals(len: usize) -> Vec<(usize, usize)> {
    let cut_after = if len <= SINGLES { len } else { 4 };
    let mut out: Vec<(usize, usize)> = (0..cut_after).map(|i| (i, len)).collect();
    for parts in [2, 4, 8] {
        let chunk = len.div_ceil(parts);
        if chunk > 1 {
            for i in (0..len).step_by(chunk) {
                out.push((i, (i + chunk).min(len)));
                out.push((i, len));
            }
        }
    }
    out.extend((0..len.min(SINGLES)).map(|i| (i, i + 1)));
    out.sort_unstable();
    out.dedup();
    out
}

/// Every integer in `v` replaced by its rank among the distinct ones of its sign (negatives
/// -1, -2... from the largest, zero kept, positives 1, 2... from the smallest); whether any
/// changed.
fn ranked(v: &mut Value) -> bool {
    fn collect(v: &Value, out: &mut Vec<i64>) {
        match v {
            Value::Number(n) => out.extend(n.as_i64()),
            Value::Array(items) => items.iter().for_each(|x| collect(x, out)),
            Value::Object(map) => map.values().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    fn apply(v: &mut Value, rank: &dyn Fn(i64) -> i64) -> bool {
        match v {
            Value::Number(n) => match n.as_i64() {
                Some(i) if rank(i) != i => {
                    *v = Value::from(rank(i));
                    true
                }
                _ => false,
            },
            Value::Array(items) => items.iter_mut().fold(false, |any, x| apply(x, rank) | any),
            Value::Object(map) => map.values_mut().fold(false, |any, x| apply(x, rank) | any),
            _ => false,
        }
    }
    let mut numbers = Vec::new();
    collect(v, &mut numbers);
    numbers.sort_unstable();
    numbers.dedup();
    let negatives = numbers.iter().filter(|&&i| i < 0).count();
    let first_positive = numbers.partition_point(|&i| i <= 0);
    let rank = |i: i64| -> i64 {
        let Ok(at) = numbers.binary_search(&i) else {
            return i;
        };
        match i.signum() {
            -1 => -((negatives - at) as i64),
            1 => (at - first_positive + 1) as i64,
            _ => 0,
        }
    };
    apply(v, &rank)
}

/// Values one change smaller than `v`.
fn shrink_value(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    match v {
        Value::Bool(true) => out.push(Value::Bool(false)),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                for smaller in [0, i.signum(), i / 10, i / 2, i - i.signum()] {
                    if smaller != i {
                        out.push(Value::from(smaller));
                    }
                }
            } else if let Some(f) = n.as_f64() {
                for smaller in [0.0, f.trunc()] {
                    if smaller != f {
                        out.push(Value::from(smaller));
                    }
                }
            }
        }
        Value::String(s) => {
            let chars: Vec<char> = s.chars().collect();
            for (from, to) in removals(chars.len()) {
                let mut c = chars.clone();
                c.drain(from..to);
                out.push(Value::String(c.into_iter().collect()));
            }
            if !chars.is_empty() {
                out.push(Value::String(chars[chars.len() / 2..].iter().collect()));
            }
            // A letter towards `a`, a digit towards `0`: the same shape, simpler text.
            for (i, ch) in chars.iter().enumerate().take(SINGLES) {
                let simpler = match ch {
                    'b'..='z' => 'a',
                    'B'..='Z' => 'A',
                    '1'..='9' => '0',
                    _ => continue,
                };
                let mut c = chars.clone();
                c[i] = simpler;
                out.push(Value::String(c.into_iter().collect()));
            }
        }
        Value::Array(items) => {
            for (from, to) in removals(items.len()) {
                let mut a = items.clone();
                a.drain(from..to);
                out.push(Value::Array(a));
            }
            for (i, item) in items.iter().enumerate().take(SINGLES) {
                // A missing child in a level-order tree, where the type allows it.
                if !item.is_null() {
                    let mut a = items.clone();
                    a[i] = Value::Null;
                    out.push(Value::Array(a));
                }
                for smaller in shrink_value(item) {
                    let mut a = items.clone();
                    a[i] = smaller;
                    out.push(Value::Array(a));
                }
            }
        }
        Value::Object(map) => {
            for (key, value) in map {
                for smaller in shrink_value(value) {
                    let mut m = map.clone();
                    m.insert(key.clone(), smaller);
                    out.push(Value::Object(m));
                }
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn function_kind() -> Kind {
        onsite_problems::Catalog::bundled()
            .get("two-sum")
            .expect("bundled")
            .kind
            .clone()
    }

    #[test]
    fn every_shrink_is_smaller_and_the_smallest_come_first() {
        let input = json!({"nums": [3, 40, -7, 3], "target": 6});
        let out = shrinks(&input, &function_kind());
        assert!(!out.is_empty() && out.len() <= PER_ROUND);
        let before = (size(&input), magnitude(&input));
        for v in &out {
            let k = (size(v), magnitude(v));
            assert!(k.0 < before.0 || (k.0 == before.0 && k.1 < before.1), "{v}");
        }
        assert!(out.windows(2).all(|w| size(&w[0]) <= size(&w[1])));
        assert_eq!(out[0], json!({"nums": [], "target": 6}));
        assert!(out.contains(&json!({"nums": [3, 40, 3], "target": 6})));
        assert!(out.contains(&json!({"nums": [3, 40, -7, 3], "target": 3})));
        // Every number by rank at once: order and sign kept.
        assert!(out.contains(&json!({"nums": [1, 3, -1, 1], "target": 2})));
    }

    #[test]
    fn a_long_list_loses_a_chunk_at_a_time() {
        let nums: Vec<i64> = (0..200).collect();
        let input = json!({"nums": nums, "target": 0});
        let out = shrinks(&input, &function_kind());
        // An eighth removed from the middle: a failure that needs both ends is kept.
        let mut middle = nums.clone();
        middle.drain(100..125);
        assert!(
            out.contains(&json!({"nums": middle, "target": 0})),
            "{}",
            out.len()
        );
    }

    #[test]
    fn ranks_keep_order_and_sign() {
        let mut v = json!({"intervals": [[500000, 500700], [-30, 12]], "k": 0});
        assert!(ranked(&mut v));
        assert_eq!(v, json!({"intervals": [[2, 3], [-1, 1]], "k": 0}));
        assert!(!ranked(&mut v), "already ranked");
    }

    #[test]
    fn a_design_input_keeps_its_constructor_and_drops_calls_with_their_arguments() {
        let lru = onsite_problems::Catalog::bundled()
            .get("lru-cache")
            .expect("bundled")
            .kind
            .clone();
        let input = json!({
            "operations": ["LRUCache", "put", "get"],
            "arguments": [[2], [1, 1], [1]],
        });
        let out = shrinks(&input, &lru);
        for v in &out {
            let ops = v["operations"].as_array().expect("operations");
            assert_eq!(
                ops.len(),
                v["arguments"].as_array().expect("arguments").len()
            );
            assert_eq!(ops[0], "LRUCache");
        }
        assert!(out.contains(&json!({"operations": ["LRUCache"], "arguments": [[2]]})));
        assert!(out.contains(&json!({"operations": ["LRUCache", "get"], "arguments": [[2], [1]]})));
        // The calls' numbers by rank, the capacity kept.
        let big = json!({
            "operations": ["LRUCache", "put", "get"],
            "arguments": [[7], [40, 900], [40]],
        });
        assert!(shrinks(&big, &lru).contains(&json!({
            "operations": ["LRUCache", "put", "get"],
            "arguments": [[7], [1, 2], [1]],
        })));
    }

    #[test]
    fn nothing_is_smaller_than_the_smallest_input() {
        let input = json!({"nums": [], "target": 0});
        assert_eq!(shrinks(&input, &function_kind()), Vec::<Value>::new());
        assert_eq!(size(&json!(0)), 1);
        assert!(size(&json!(1000)) > size(&json!(7)));
        assert!(size(&json!(-5)) > size(&json!(5)));
    }
}
