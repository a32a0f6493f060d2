use super::Rule;
use crate::syntax::ast::{self, Expr, Stmt};
use crate::syntax::{call_name, int_of, name_of, Ctx};
use crate::Finding;

rule! {
    /// ## What it finds
    /// Counting by hand in a loop: `if k in d: d[k] += 1 else: d[k] = 1`, or
    /// `d[k] = d.get(k, 0) + 1`.
    ///
    /// ## Why it matters
    /// It works, but reads as not knowing the standard library; `collections.Counter` says
    /// "frequency count" in one word, and `defaultdict(int)` removes the branch. Interviewers
    /// grade Python fluency on exactly this.
    ///
    /// ## Fix
    /// `Counter(items)` when you count a whole iterable; `defaultdict(int)` and `d[k] += 1`
    /// when counting is mixed with other work.
    ///
    /// ## Example
    /// ```python
    /// counts = {}
    /// for ch in s:
    ///     if ch in counts:
    ///         counts[ch] += 1
    ///     else:
    ///         counts[ch] = 1
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// from collections import Counter
    /// counts = Counter(s)
    /// ```
    id = "manual-counter", severity = Style, summary = "hand-rolled counting where Counter or defaultdict fits";
    pub(crate) struct ManualCounter;
}

/// `d[k] += 1`
fn increments(stmt: &Stmt) -> Option<&str> {
    match stmt {
        Stmt::AugAssign(a) if matches!(a.op, ast::Operator::Add) && int_of(&a.value) == Some(1) => {
            match &*a.target {
                Expr::Subscript(s) => name_of(&s.value),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `d[k] = 1`
fn sets_one(stmt: &Stmt) -> Option<&str> {
    match stmt {
        Stmt::Assign(a) if a.targets.len() == 1 && int_of(&a.value) == Some(1) => {
            match &a.targets[0] {
                Expr::Subscript(s) => name_of(&s.value),
                _ => None,
            }
        }
        _ => None,
    }
}

impl Rule for ManualCounter {
    fn stmt(&self, stmt: &Stmt, cx: &Ctx, out: &mut Vec<Finding>) {
        if !cx.in_loop() {
            return;
        }
        let counted = match stmt {
            // if k in d: d[k] += 1 else: d[k] = 1   (or the branches the other way round)
            Stmt::If(i) if i.elif_else_clauses.len() == 1 && i.body.len() == 1 => {
                let other = &i.elif_else_clauses[0];
                let tests_membership = matches!(&*i.test, Expr::Compare(c)
                    if c.ops.len() == 1 && matches!(c.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn));
                if !tests_membership || other.test.is_some() || other.body.len() != 1 {
                    None
                } else {
                    let (a, b) = (&i.body[0], &other.body[0]);
                    match (increments(a).or(increments(b)), sets_one(a).or(sets_one(b))) {
                        (Some(x), Some(y)) if x == y => Some(x),
                        _ => None,
                    }
                }
            }
            // d[k] = d.get(k, 0) + 1
            Stmt::Assign(a) if a.targets.len() == 1 => match (&a.targets[0], &*a.value) {
                (Expr::Subscript(s), Expr::BinOp(b))
                    if matches!(b.op, ast::Operator::Add) && int_of(&b.right) == Some(1) =>
                {
                    match &*b.left {
                        Expr::Call(call)
                            if call_name(call) == Some("get")
                                && call.arguments.args.get(1).and_then(int_of) == Some(0)
                                && matches!(&*call.func, Expr::Attribute(at) if name_of(&at.value) == name_of(&s.value))
                                // The same key: `d[v] = d.get(v - 1, 0) + 1` extends a run,
                                // it does not count.
                                && call.arguments.args.first().is_some_and(|key| {
                                    ast::comparable::ComparableExpr::from(key)
                                        == ast::comparable::ComparableExpr::from(&*s.slice)
                                }) =>
                        {
                            name_of(&s.value)
                        }
                        _ => None,
                    }
                }
                _ => None,
            },
            _ => None,
        };
        let Some(name) = counted else { return };
        out.push(cx.finding(
            &Self::INFO,
            stmt,
            format!("`{name}` counts by hand"),
            format!(
                "use collections.Counter (or `{name} = defaultdict(int)` and `{name}[k] += 1`)"
            ),
        ));
    }
}
