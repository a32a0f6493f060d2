//! The built-in output checkers. Each compares canonical JSON values produced outside the
//! candidate's process; `custom` problems go to the package's `checker.py` instead (see
//! `checker.rs`).

use std::cmp::Ordering;

use onsite_problems::Compare;
use serde_json::Value;

/// Whether `actual` matches `expected` under a built-in comparison. `Compare::Custom` is not
/// handled here and always returns false.
pub fn matches(compare: Compare, expected: &Value, actual: &Value) -> bool {
    match compare {
        Compare::Exact => expected == actual,
        Compare::Unordered => match (expected, actual) {
            (Value::Array(e), Value::Array(a)) => e.len() == a.len() && sorted(e) == sorted(a),
            _ => false,
        },
        Compare::UnorderedGroups => match (expected, actual) {
            (Value::Array(e), Value::Array(a)) => {
                e.len() == a.len() && normalise_groups(e) == normalise_groups(a)
            }
            _ => false,
        },
        Compare::Float { tolerance } => close(expected, actual, tolerance),
        Compare::Custom => false,
    }
}

fn sorted(items: &[Value]) -> Vec<&Value> {
    let mut v: Vec<&Value> = items.iter().collect();
    v.sort_by(|a, b| total_cmp(a, b));
    v
}

fn normalise_groups(groups: &[Value]) -> Option<Vec<Vec<&Value>>> {
    let mut out = groups
        .iter()
        .map(|g| match g {
            Value::Array(items) => Some(sorted(items)),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    out.sort_by(|a, b| {
        a.len().cmp(&b.len()).then_with(|| {
            a.iter()
                .zip(b.iter())
                .map(|(x, y)| total_cmp(x, y))
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal)
        })
    });
    Some(out)
}

/// A total order on JSON values (type first, then value), so any list can be sorted.
pub fn total_cmp(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Number(_) => 2,
            Value::String(_) => 3,
            Value::Array(_) => 4,
            Value::Object(_) => 5,
        }
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => x
                .as_f64()
                .unwrap_or(f64::NAN)
                .total_cmp(&y.as_f64().unwrap_or(f64::NAN)),
        },
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Array(x), Value::Array(y)) => x
            .iter()
            .zip(y)
            .map(|(p, q)| total_cmp(p, q))
            .find(|o| o.is_ne())
            .unwrap_or_else(|| x.len().cmp(&y.len())),
        (Value::Object(_), Value::Object(_)) => a.to_string().cmp(&b.to_string()),
        _ => rank(a).cmp(&rank(b)),
    }
}

fn close(expected: &Value, actual: &Value, tolerance: f64) -> bool {
    match (expected, actual) {
        (Value::Number(e), Value::Number(a)) => match (e.as_f64(), a.as_f64()) {
            (Some(e), Some(a)) => {
                let diff = (e - a).abs();
                diff <= tolerance || diff <= tolerance * e.abs()
            }
            _ => false,
        },
        (Value::Array(e), Value::Array(a)) => {
            e.len() == a.len() && e.iter().zip(a).all(|(x, y)| close(x, y, tolerance))
        }
        (Value::Object(e), Value::Object(a)) => {
            e.len() == a.len()
                && e.iter()
                    .all(|(k, x)| a.get(k).is_some_and(|y| close(x, y, tolerance)))
        }
        _ => expected == actual,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(compare: Compare, expected: Value, actual: Value) -> bool {
        matches(compare, &expected, &actual)
    }

    #[test]
    fn exact_is_strict_about_types() {
        assert!(check(Compare::Exact, json!([1, 2]), json!([1, 2])));
        assert!(!check(Compare::Exact, json!([1, 2]), json!([2, 1])));
        assert!(!check(Compare::Exact, json!(1), json!(1.0)));
        assert!(!check(Compare::Exact, json!(1), json!(true)));
    }

    #[test]
    fn unordered_compares_multisets() {
        assert!(check(
            Compare::Unordered,
            json!([1, 2, 2]),
            json!([2, 1, 2])
        ));
        assert!(!check(
            Compare::Unordered,
            json!([1, 2, 2]),
            json!([1, 1, 2])
        ));
        assert!(!check(Compare::Unordered, json!([1, 2]), json!([1, 2, 2])));
    }

    #[test]
    fn unordered_groups_ignore_both_orders() {
        let expected = json!([["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]);
        assert!(check(
            Compare::UnorderedGroups,
            expected.clone(),
            json!([["bat"], ["nat", "tan"], ["ate", "eat", "tea"]])
        ));
        assert!(!check(
            Compare::UnorderedGroups,
            expected.clone(),
            json!([["bat", "nat", "tan"], ["ate", "eat", "tea"]])
        ));
        assert!(!check(
            Compare::UnorderedGroups,
            expected,
            json!([["bat"], ["nat", "tan"], ["ate", "eat", "eat"]])
        ));
    }

    #[test]
    fn float_uses_absolute_or_relative_tolerance() {
        let t = Compare::Float { tolerance: 1e-6 };
        assert!(check(t, json!(1.0), json!(1.0000005)));
        assert!(check(t, json!(1e12), json!(1e12 + 100.0)));
        assert!(!check(t, json!(1.0), json!(1.001)));
        assert!(check(t, json!([0.5, 2]), json!([0.5000001, 2.0])));
    }
}
