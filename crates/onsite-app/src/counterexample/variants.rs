//! Inputs a generator of well-formed random values rarely makes by itself, made from the ones it
//! did: bent towards the failed test's edge case (zeros, duplicates, an empty list...) or
//! scrambled (a closing bracket first, a digit among letters). Deterministic: fixed seeds.

use onsite_types::EdgeCategory;
use serde_json::Value;

/// What [`walk`]'s visitor did with a value.
enum Step {
    /// Handled here (the walk does not go inside); whether it changed.
    Done(bool),
    /// Not of interest: the walk goes on into its parts.
    Inside,
}

/// Visit `v` depth-first: every value is offered to `f`, which handles it or lets the walk go
/// into its parts (object fields and list items, in order: a seeded generator's draws stay in
/// step). Whether anything changed.
fn walk(v: &mut Value, f: &mut dyn FnMut(&mut Value) -> Step) -> bool {
    match f(v) {
        Step::Done(changed) => changed,
        Step::Inside => match v {
            Value::Array(items) => items.iter_mut().fold(false, |any, x| walk(x, f) | any),
            Value::Object(map) => map.values_mut().fold(false, |any, x| walk(x, f) | any),
            _ => false,
        },
    }
}

/// Apply `f` to every number in `v`; whether any changed.
fn map_numbers(v: &mut Value, f: &mut dyn FnMut(Value) -> Value) -> bool {
    walk(v, &mut |x| match x {
        Value::Number(_) => {
            let after = f(x.clone());
            let changed = after != *x;
            *x = after;
            Step::Done(changed)
        }
        _ => Step::Inside,
    })
}

/// Apply `f` to every outermost list in `v` (and, with `strings`, to every string outside a
/// list, as a list of characters); whether any changed.
fn map_lists(v: &mut Value, strings: bool, f: &mut dyn FnMut(&mut Vec<Value>)) -> bool {
    walk(v, &mut |x| match x {
        Value::Array(items) => {
            let before = items.clone();
            f(items);
            Step::Done(*items != before)
        }
        Value::String(s) if strings => {
            let mut chars: Vec<Value> = s.chars().map(|c| Value::String(c.into())).collect();
            f(&mut chars);
            let after: String = chars.iter().filter_map(Value::as_str).collect();
            let changed = after != *s;
            *s = after;
            Step::Done(changed)
        }
        _ => Step::Inside,
    })
}

/// Variants of `inputs` with the property an edge-case category names, for the categories a
/// generator of random values rarely produces: lists and strings emptied or cut to one item,
/// numbers set to zero, negated, to a usual bound (2^31 - 1, 10^9, 10^4...), repeated or all
/// equal, lists sorted or reversed. Deterministic (a fixed seed).
pub(super) fn guided<'v>(
    category: EdgeCategory,
    inputs: impl Iterator<Item = &'v Value>,
) -> Vec<Value> {
    let mut rng = SplitMix(0x0c0f_fee0);
    let mut out: Vec<Value> = Vec::new();
    for input in inputs {
        // Three tries per input: the constraints refuse many (an answer must stay unique...).
        for _ in 0..3 {
            let mut v = input.clone();
            let changed = match category {
                // Every list and string at once, or one of them: a problem with two inputs
                // may allow only one to be empty.
                EdgeCategory::Empty | EdgeCategory::SingleElement => {
                    let keep = usize::from(category == EdgeCategory::SingleElement);
                    let all = rng.below(2) == 0;
                    let mut done = false;
                    map_lists(&mut v, true, &mut |items| {
                        if !done && items.len() > keep {
                            items.truncate(keep);
                            done = !all;
                        }
                    })
                }
                EdgeCategory::Zeros => map_numbers(&mut v, &mut |n| {
                    if rng.below(3) == 0 {
                        Value::from(0)
                    } else {
                        n
                    }
                }),
                // The bounds constraints usually state; the validator drops those beyond the
                // problem's own.
                EdgeCategory::Extremes => map_numbers(&mut v, &mut |n| {
                    const BOUNDS: [i64; 12] = [
                        2_147_483_647,
                        -2_147_483_648,
                        1_000_000_000,
                        -1_000_000_000,
                        100_000,
                        -100_000,
                        10_000,
                        -10_000,
                        1000,
                        -1000,
                        100,
                        -100,
                    ];
                    if n.is_i64() && rng.below(2) == 0 {
                        Value::from(BOUNDS[rng.below(BOUNDS.len())])
                    } else {
                        n
                    }
                }),
                EdgeCategory::Negatives => map_numbers(&mut v, &mut |n| match n.as_i64() {
                    Some(i) if rng.below(2) == 0 => Value::from(-i),
                    _ => n,
                }),
                EdgeCategory::Duplicates => map_lists(&mut v, false, &mut |items| {
                    if items.len() >= 2 {
                        let from = rng.below(items.len());
                        let to = rng.below(items.len());
                        items[to] = items[from].clone();
                    }
                }),
                EdgeCategory::AllEqual => map_lists(&mut v, false, &mut |items| {
                    if let Some(first) = items.first().cloned() {
                        items.iter_mut().for_each(|x| *x = first.clone());
                    }
                }),
                EdgeCategory::Sorted | EdgeCategory::Reversed => {
                    let reversed = category == EdgeCategory::Reversed;
                    map_lists(&mut v, false, &mut |items| {
                        if items.iter().all(Value::is_number) {
                            items.sort_by(|a, b| {
                                let (a, b) = (a.as_f64().unwrap_or(0.0), b.as_f64().unwrap_or(0.0));
                                a.total_cmp(&b)
                            });
                            if reversed {
                                items.reverse();
                            }
                        }
                    })
                }
                _ => return Vec::new(),
            };
            if changed && &v != input && !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// Each input with every number in it set to its first number (where it has two different
/// ones): values can no longer tell its parts apart, only their shape can.
pub(super) fn uniform<'v>(inputs: impl Iterator<Item = &'v Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for input in inputs {
        let mut v = input.clone();
        let mut first: Option<Value> = None;
        let changed = map_numbers(&mut v, &mut |n| first.get_or_insert(n).clone());
        if changed && !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// Every character the strings in `values` use, in order of first use.
pub(super) fn alphabet<'v>(values: impl Iterator<Item = &'v Value>) -> Vec<char> {
    let mut out = Vec::new();
    for v in values {
        let mut v = v.clone();
        walk(&mut v, &mut |x| match x {
            Value::String(s) => {
                s.chars().for_each(|c| {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                });
                Step::Done(false)
            }
            _ => Step::Inside,
        });
    }
    out
}

/// One scrambled variant of each input: every string and every list of scalars in it reversed,
/// two neighbours swapped, or (strings) one character replaced by another of `alphabet`.
/// Deterministic for a given `batch`.
pub(super) fn scrambled<'v>(
    inputs: impl Iterator<Item = &'v Value>,
    alphabet: &[char],
    batch: u64,
) -> Vec<Value> {
    let mut rng = SplitMix(0x5c7a_b1e0 ^ batch);
    let mut out: Vec<Value> = Vec::new();
    for input in inputs {
        let mut v = input.clone();
        let how = rng.below(3);
        let changed = walk(&mut v, &mut |x| {
            let scalars =
                |items: &Vec<Value>| items.iter().all(|x| !x.is_array() && !x.is_object());
            match x {
                Value::String(s) => {
                    let mut chars: Vec<char> = s.chars().collect();
                    match how {
                        0 => chars.reverse(),
                        1 if chars.len() >= 2 => {
                            let i = rng.below(chars.len() - 1);
                            chars.swap(i, i + 1);
                        }
                        _ if !chars.is_empty() && !alphabet.is_empty() => {
                            let i = rng.below(chars.len());
                            chars[i] = alphabet[rng.below(alphabet.len())];
                        }
                        _ => {}
                    }
                    let after: String = chars.into_iter().collect();
                    let changed = after != *s;
                    *s = after;
                    Step::Done(changed)
                }
                Value::Array(items) if scalars(items) => {
                    let before = items.clone();
                    match how {
                        0 => items.reverse(),
                        1 if items.len() >= 2 => {
                            let i = rng.below(items.len() - 1);
                            items.swap(i, i + 1);
                        }
                        _ => {}
                    }
                    Step::Done(*items != before)
                }
                _ => Step::Inside,
            }
        });
        if changed && &v != input && !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// A small deterministic generator (SplitMix64): the same search on the same code makes the
/// same inputs.
struct SplitMix(u64);

impl SplitMix {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z % n.max(1) as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::counterexample::shrink::size;
    use serde_json::json;

    #[test]
    fn scrambling_reorders_and_replaces_within_the_inputs_own_characters() {
        let inputs = [
            json!({"s": "()"}),
            json!({"s": "ab", "k": 2}),
            json!({"nums": [1, 2, 3]}),
        ];
        let letters = alphabet(inputs.iter());
        assert_eq!(letters, vec!['(', ')', 'a', 'b']);
        let mut seen = Vec::new();
        for batch in 1..6 {
            for v in scrambled(inputs.iter(), &letters, batch) {
                // Same fields and size: only order and characters change.
                let keys = |x: &Value| x.as_object().map(|m| m.keys().cloned().collect::<Vec<_>>());
                let from = inputs
                    .iter()
                    .find(|i| keys(i) == keys(&v))
                    .expect("the same fields");
                assert_eq!(size(&v), size(from), "{v}");
                seen.push(v);
            }
        }
        // A closing bracket first: the input a counting-only bracket check gets wrong.
        assert!(seen.contains(&json!({"s": ")("})), "{seen:?}");
        assert!(
            seen.iter().any(|v| v["nums"]
                .as_array()
                .is_some_and(|a| a.len() == 3 && a != &vec![json!(1), json!(2), json!(3)])),
            "{seen:?}"
        );
    }

    #[test]
    fn an_empty_or_single_case_empties_or_cuts_lists_and_strings() {
        let inputs = [json!({"s": "abc", "words": ["x", "yz"], "k": 3})];
        let empty = guided(EdgeCategory::Empty, inputs.iter());
        assert!(
            empty.contains(&json!({"s": "", "words": [], "k": 3})),
            "{empty:?}"
        );
        // One at a time too: the other may be required non-empty.
        assert!(
            empty.contains(&json!({"s": "", "words": ["x", "yz"], "k": 3})),
            "{empty:?}"
        );
        let single = guided(EdgeCategory::SingleElement, inputs.iter());
        assert!(
            single.contains(&json!({"s": "a", "words": ["x"], "k": 3})),
            "{single:?}"
        );
        // Numbers are left alone.
        assert!(single.iter().all(|v| v["k"] == 3));
    }

    #[test]
    fn uniform_inputs_keep_their_shape_and_lose_their_values() {
        let inputs = [
            json!({"p": [3, 1, null, 7], "q": [3, null, 1, 7]}),
            json!({"nums": [5, 5]}),
        ];
        assert_eq!(
            uniform(inputs.iter()),
            vec![json!({"p": [3, 3, null, 3], "q": [3, null, 3, 3]})]
        );
    }

    #[test]
    fn bent_inputs_keep_their_shape() {
        let inputs = [json!({"nums": [5, -2, 7, 7], "target": 9})];
        for v in guided(EdgeCategory::Zeros, inputs.iter()) {
            let nums = v["nums"].as_array().expect("nums");
            assert_eq!(nums.len(), 4);
            assert!(nums.iter().any(|x| x == 0) || v["target"] == 0, "{v}");
        }
        let sorted = guided(EdgeCategory::Sorted, inputs.iter());
        assert_eq!(sorted, vec![json!({"nums": [-2, 5, 7, 7], "target": 9})]);
        let equal = guided(EdgeCategory::AllEqual, inputs.iter());
        assert_eq!(equal, vec![json!({"nums": [5, 5, 5, 5], "target": 9})]);
        assert!(guided(EdgeCategory::Random, inputs.iter()).is_empty());
    }
}
