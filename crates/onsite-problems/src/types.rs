//! The value types a problem's signature may use, their grammar, and how test JSON is checked
//! against them.
//!
//! The grammar is a small subset of Python annotations (`list[int]`, `Optional[TreeNode]`,
//! `Iterable[int]`) plus the judge's own injected types. It is parsed once here; the judge
//! sends the parsed tree ([`ValueType::wire`]) to the harness, so there is one parser.

use std::fmt;

use serde_json::{json, Value};

/// A type in a problem signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueType {
    /// `int`
    Int,
    /// `float`
    Float,
    /// `str`
    Str,
    /// `bool`
    Bool,
    /// `None`
    NoneType,
    /// `Any`: any JSON value, passed as is.
    Any,
    /// `list[T]`
    List(Box<ValueType>),
    /// `dict[K, V]` with `K` being `str` or `int`.
    Dict(Box<ValueType>, Box<ValueType>),
    /// `Optional[T]`
    Optional(Box<ValueType>),
    /// LeetCode's singly linked list, written as a JSON array.
    ListNode,
    /// LeetCode's binary tree, written in level order with `null`.
    TreeNode,
    /// A linked list whose tail may link back: `{"values": [...], "pos": k}`.
    CycleList,
    /// LeetCode's list whose nodes (class `Node(val, next, random)`) also point at any node of
    /// the list or at none: `[[val, random_index or null], ...]`. A returned one must share no
    /// node with the argument (a deep copy), or the answer is wrong.
    RandomList,
    /// A node of the problem's tree argument, written as its value (the tree's values are
    /// distinct): LeetCode passes and returns the node itself (lowest common ancestor).
    TreeRef,
    /// A one-shot iterator argument: `{"items": [...]}` or `{"count_from": n}` (infinite).
    Iterable(Box<ValueType>),
    /// An iterator result, consumed lazily by the judge.
    Iterator(Box<ValueType>),
    /// An injected `async def fetch(url) -> str` on the judge's virtual clock.
    AsyncFetch,
}

/// Why a type string does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} in type `{text}`")]
pub struct TypeError {
    /// The type as written.
    pub text: String,
    /// What is wrong.
    pub message: String,
}

impl ValueType {
    /// Parse a type as written in `problem.toml`.
    pub fn parse(text: &str) -> Result<ValueType, TypeError> {
        let tokens = tokenize(text);
        let mut parser = Parser {
            tokens: &tokens,
            pos: 0,
            text,
        };
        let ty = parser.ty()?;
        if parser.pos != tokens.len() {
            return Err(parser.error(format!("unexpected `{}`", tokens[parser.pos])));
        }
        Ok(ty)
    }

    /// The parsed tree as the harness reads it.
    pub fn wire(&self) -> Value {
        match self {
            ValueType::Int => json!("int"),
            ValueType::Float => json!("float"),
            ValueType::Str => json!("str"),
            ValueType::Bool => json!("bool"),
            ValueType::NoneType => json!("None"),
            ValueType::Any => json!("any"),
            ValueType::List(t) => json!({ "list": t.wire() }),
            ValueType::Dict(k, v) => json!({ "dict": [k.wire(), v.wire()] }),
            ValueType::Optional(t) => json!({ "optional": t.wire() }),
            ValueType::ListNode => json!("ListNode"),
            ValueType::TreeNode => json!("TreeNode"),
            ValueType::CycleList => json!("CycleList"),
            ValueType::RandomList => json!("RandomList"),
            ValueType::TreeRef => json!("TreeRef"),
            ValueType::Iterable(t) => json!({ "iterable": t.wire() }),
            ValueType::Iterator(t) => json!({ "iterator": t.wire() }),
            ValueType::AsyncFetch => json!("AsyncFetch"),
        }
    }

    /// The annotation a LeetCode-style stub shows for this type.
    pub fn annotation(&self) -> String {
        match self {
            ValueType::Int => "int".into(),
            ValueType::Float => "float".into(),
            ValueType::Str => "str".into(),
            ValueType::Bool => "bool".into(),
            ValueType::NoneType => "None".into(),
            ValueType::Any => "Any".into(),
            ValueType::List(t) => format!("List[{}]", t.annotation()),
            ValueType::Dict(k, v) => format!("Dict[{}, {}]", k.annotation(), v.annotation()),
            ValueType::Optional(t) => format!("Optional[{}]", t.annotation()),
            ValueType::ListNode | ValueType::CycleList => "Optional[ListNode]".into(),
            ValueType::TreeNode => "Optional[TreeNode]".into(),
            ValueType::RandomList => "Optional[Node]".into(),
            ValueType::TreeRef => "TreeNode".into(),
            ValueType::Iterable(t) => format!("Iterable[{}]", t.annotation()),
            ValueType::Iterator(t) => format!("Iterator[{}]", t.annotation()),
            ValueType::AsyncFetch => "Callable[[str], Awaitable[str]]".into(),
        }
    }

    /// Whether a value of this type can be infinite (an iterable argument given as
    /// `count_from`), so a test must say how much of the result to consume.
    pub fn may_be_infinite(&self, value: &Value) -> bool {
        matches!(self, ValueType::Iterable(_)) && value.get("count_from").is_some()
    }

    /// Check a test's JSON value against this type; the error names the path inside the value.
    pub fn check(&self, value: &Value) -> Result<(), String> {
        self.check_at(value, &mut String::new())
    }

    fn check_at(&self, value: &Value, path: &mut String) -> Result<(), String> {
        let fail = |what: &str, path: &str| -> Result<(), String> {
            let at = if path.is_empty() {
                String::new()
            } else {
                format!(" at {path}")
            };
            Err(format!("expected {what}{at}, found {}", describe(value)))
        };
        match self {
            ValueType::Any => Ok(()),
            ValueType::Int => match value {
                Value::Number(n) if n.is_i64() || n.is_u64() => Ok(()),
                _ => fail("an integer", path),
            },
            ValueType::Float => match value {
                Value::Number(_) => Ok(()),
                _ => fail("a number", path),
            },
            ValueType::Str => match value {
                Value::String(_) => Ok(()),
                _ => fail("a string", path),
            },
            ValueType::Bool => match value {
                Value::Bool(_) => Ok(()),
                _ => fail("true or false", path),
            },
            ValueType::NoneType => match value {
                Value::Null => Ok(()),
                _ => fail("null", path),
            },
            ValueType::Optional(t) => match value {
                Value::Null => Ok(()),
                _ => t.check_at(value, path),
            },
            ValueType::List(t) | ValueType::Iterator(t) => match value {
                Value::Array(items) => each(items, t, path),
                _ => fail("a list", path),
            },
            ValueType::ListNode => match value {
                Value::Array(items) => each(items, &ValueType::Any, path),
                _ => fail("a list of node values", path),
            },
            ValueType::TreeNode => match value {
                Value::Array(items) if items.first().is_some_and(Value::is_null) => Err(format!(
                    "a tree's root cannot be null{}; write [] for an empty tree",
                    at(path)
                )),
                Value::Array(items) if items.last().is_some_and(Value::is_null) => Err(format!(
                    "trailing nulls must be dropped from a tree's level order{}",
                    at(path)
                )),
                Value::Array(_) => Ok(()),
                _ => fail("a level-order list", path),
            },
            ValueType::Dict(k, v) => match value {
                Value::Object(map) => {
                    for (key, item) in map {
                        if **k == ValueType::Int && key.parse::<i64>().is_err() {
                            return Err(format!("dict key `{key}`{} is not an integer", at(path)));
                        }
                        let len = path.len();
                        path.push_str(&format!("[{key:?}]"));
                        v.check_at(item, path)?;
                        path.truncate(len);
                    }
                    Ok(())
                }
                _ => fail("an object", path),
            },
            ValueType::CycleList => {
                let (Some(Value::Array(values)), Some(pos)) =
                    (value.get("values"), value.get("pos"))
                else {
                    return fail(r#"{"values": [...], "pos": k}"#, path);
                };
                match pos.as_i64() {
                    Some(p) if p >= -1 && p < values.len() as i64 => Ok(()),
                    _ => Err(format!(
                        "pos{} must be -1 or an index below {}, found {pos}",
                        at(path),
                        values.len()
                    )),
                }
            }
            ValueType::TreeRef => match value {
                Value::Number(_) | Value::String(_) => Ok(()),
                _ => fail("a node's value", path),
            },
            ValueType::RandomList => {
                let Value::Array(nodes) = value else {
                    return fail("a list of [value, random index or null] pairs", path);
                };
                for (i, node) in nodes.iter().enumerate() {
                    match node.as_array().map(Vec::as_slice) {
                        Some([_, Value::Null]) => {}
                        Some([_, r]) if r.as_u64().is_some_and(|r| r < nodes.len() as u64) => {}
                        _ => {
                            return Err(format!(
                                "node {i}{} must be [value, random index below {} or null], \
                                 found {node}",
                                at(path),
                                nodes.len()
                            ))
                        }
                    }
                }
                Ok(())
            }
            ValueType::Iterable(t) => match (value.get("items"), value.get("count_from")) {
                (Some(Value::Array(items)), None) => {
                    path.push_str(".items");
                    each(items, t, path)
                }
                (None, Some(start)) if start.is_i64() => Ok(()),
                _ => fail(r#"{"items": [...]} or {"count_from": n}"#, path),
            },
            ValueType::AsyncFetch => match value.get("latency_ms") {
                Some(Value::Object(map))
                    if map.values().all(|v| v.as_f64().is_some_and(|ms| ms >= 0.0)) =>
                {
                    Ok(())
                }
                _ => fail(r#"{"latency_ms": {"url": milliseconds, ...}}"#, path),
            },
        }
    }
}

fn at(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" at {path}")
    }
}

fn each(items: &[Value], t: &ValueType, path: &mut String) -> Result<(), String> {
    for (i, item) in items.iter().enumerate() {
        let len = path.len();
        path.push_str(&format!("[{i}]"));
        t.check_at(item, path)?;
        path.truncate(len);
    }
    Ok(())
}

/// A short description of a JSON value for messages ("a string", "the number 3.5").
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(_) => "a string".into(),
        Value::Array(a) => format!("a list of {}", a.len()),
        Value::Object(_) => "an object".into(),
    }
}

impl fmt::Display for ValueType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.annotation())
    }
}

fn tokenize(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            tokens.push(std::mem::take(&mut word));
        }
        if !c.is_whitespace() {
            tokens.push(c.to_string());
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    tokens
}

struct Parser<'a> {
    tokens: &'a [String],
    pos: usize,
    text: &'a str,
}

impl Parser<'_> {
    fn error(&self, message: String) -> TypeError {
        TypeError {
            text: self.text.to_owned(),
            message,
        }
    }

    fn next(&mut self) -> Option<&str> {
        let t = self.tokens.get(self.pos)?;
        self.pos += 1;
        Some(t)
    }

    fn expect(&mut self, token: &str) -> Result<(), TypeError> {
        match self.next() {
            Some(t) if t == token => Ok(()),
            Some(t) => {
                let t = t.to_owned();
                Err(self.error(format!("expected `{token}`, found `{t}`")))
            }
            None => Err(self.error(format!("expected `{token}` at the end"))),
        }
    }

    fn param(&mut self) -> Result<Box<ValueType>, TypeError> {
        self.expect("[")?;
        let t = self.ty()?;
        self.expect("]")?;
        Ok(Box::new(t))
    }

    fn ty(&mut self) -> Result<ValueType, TypeError> {
        let Some(name) = self.next().map(str::to_owned) else {
            return Err(self.error("empty type".into()));
        };
        Ok(match name.as_str() {
            "int" => ValueType::Int,
            "float" => ValueType::Float,
            "str" => ValueType::Str,
            "bool" => ValueType::Bool,
            "None" => ValueType::NoneType,
            "Any" => ValueType::Any,
            "ListNode" => ValueType::ListNode,
            "TreeNode" => ValueType::TreeNode,
            "CycleList" => ValueType::CycleList,
            "RandomList" => ValueType::RandomList,
            "TreeRef" => ValueType::TreeRef,
            "AsyncFetch" => ValueType::AsyncFetch,
            "list" | "List" => ValueType::List(self.param()?),
            "Optional" => ValueType::Optional(self.param()?),
            "Iterable" => ValueType::Iterable(self.param()?),
            "Iterator" => ValueType::Iterator(self.param()?),
            "dict" | "Dict" => {
                self.expect("[")?;
                let k = self.ty()?;
                if !matches!(k, ValueType::Str | ValueType::Int) {
                    return Err(self.error(format!("dict keys must be str or int, not `{k}`")));
                }
                self.expect(",")?;
                let v = self.ty()?;
                self.expect("]")?;
                ValueType::Dict(Box::new(k), Box::new(v))
            }
            other => {
                return Err(self.error(format!(
                    "unknown type `{other}` (known: int, float, str, bool, None, Any, list[T], \
                     dict[K, V], Optional[T], ListNode, TreeNode, CycleList, RandomList, TreeRef, \
                     Iterable[T], Iterator[T], AsyncFetch)"
                )))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_types_and_prints_leetcode_annotations() {
        let t = ValueType::parse("list[list[ str ]]").expect("parse");
        assert_eq!(t.annotation(), "List[List[str]]");
        assert_eq!(t.wire(), json!({"list": {"list": "str"}}));
        let t = ValueType::parse("Iterator[list[int]]").expect("parse");
        assert_eq!(t.annotation(), "Iterator[List[int]]");
        assert_eq!(
            ValueType::parse("ListNode").map(|t| t.annotation()),
            Ok("Optional[ListNode]".into())
        );
        assert!(ValueType::parse("dict[str, list[int]]").is_ok());
    }

    #[test]
    fn parse_errors_say_what_is_wrong() {
        let err = |s: &str| ValueType::parse(s).expect_err("must not parse").to_string();
        assert!(
            err("lst[int]").starts_with("unknown type `lst`"),
            "{}",
            err("lst[int]")
        );
        assert_eq!(
            err("list[int"),
            "expected `]` at the end in type `list[int`"
        );
        assert_eq!(err("int]"), "unexpected `]` in type `int]`");
        assert_eq!(
            err("dict[float, int]"),
            "dict keys must be str or int, not `float` in type `dict[float, int]`"
        );
    }

    #[test]
    fn a_random_pointer_list_names_the_node_that_points_nowhere() {
        let t = ValueType::parse("RandomList").expect("parse");
        assert_eq!(t.annotation(), "Optional[Node]");
        assert_eq!(t.check(&json!([[7, null], [13, 0], [11, 1]])), Ok(()));
        assert_eq!(t.check(&json!([])), Ok(()));
        let err = t
            .check(&json!([[7, null], [13, 2]]))
            .expect_err("index 2 of 2");
        assert!(err.contains("node 1") && err.contains("below 2"), "{err}");
        assert!(t.check(&json!([[7]])).is_err());
        assert!(t.check(&json!({"values": []})).is_err());
    }

    #[test]
    fn checks_values_with_a_path_to_the_mistake() {
        let t = ValueType::parse("list[list[str]]").expect("parse");
        assert_eq!(t.check(&json!([["1", "0"], ["0"]])), Ok(()));
        assert_eq!(
            t.check(&json!([["1", "0"], ["0", 1]])),
            Err("expected a string at [1][1], found the number 1".into())
        );
        assert!(ValueType::Int.check(&json!(2.5)).is_err());
        assert!(ValueType::TreeNode.check(&json!([1, null, 2])).is_ok());
        assert!(ValueType::TreeNode.check(&json!([1, 2, null])).is_err());
        assert!(ValueType::CycleList
            .check(&json!({"values": [1, 2], "pos": 2}))
            .is_err());
        assert!(ValueType::CycleList
            .check(&json!({"values": [1, 2], "pos": -1}))
            .is_ok());
        let it = ValueType::parse("Iterable[int]").expect("parse");
        assert!(it.check(&json!({"count_from": 0})).is_ok());
        assert_eq!(
            it.check(&json!({"items": [1, "x"]})),
            Err("expected an integer at .items[1], found a string".into())
        );
    }
}
