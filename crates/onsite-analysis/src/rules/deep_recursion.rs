use super::Rule;
use crate::syntax::ast::{self, Expr};
use crate::syntax::{int_of, name_of, parameters, Ctx};
use crate::Finding;

rule! {
    /// ## What it finds
    /// A function that calls itself on an input one step smaller (`n - 1`, `i + 1`,
    /// `node.next`, `s[1:]`), so that its recursion depth grows with the input. Halving
    /// (`n // 2`, `lo, mid`) and tree recursion on `left`/`right` (depth = the tree's height)
    /// are not reported.
    ///
    /// ## Why it matters
    /// CPython does not eliminate tail calls and stops at 1000 frames by default: a linear
    /// recursion over 10⁵ elements raises `RecursionError` (or crashes the C stack when the
    /// limit is raised). Interviewers expect you to know the limit and to offer the iterative
    /// form; for memoised DP, the bottom-up table.
    ///
    /// ## Fix
    /// Turn the recursion into a loop (an explicit stack for DFS, a running variable for linked
    /// lists, a bottom-up table for DP).
    ///
    /// ## Example
    /// ```python
    /// def length(node):
    ///     if node is None:
    ///         return 0
    ///     return 1 + length(node.next)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def length(node):
    ///     count = 0
    ///     while node:
    ///         count, node = count + 1, node.next
    ///     return count
    /// ```
    id = "deep-recursion", severity = Correctness, summary = "recursion whose depth grows with the input (RecursionError on large inputs)";
    pub(crate) struct DeepRecursion;
}

/// Whether an argument is one step smaller than a parameter: `p - c`, `p + c`, `p.next`,
/// `p[1:]`/`p[:-1]`.
fn one_step(arg: &Expr, params: &[&str]) -> bool {
    match arg {
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Sub | ast::Operator::Add) => {
            name_of(&b.left).is_some_and(|n| params.contains(&n)) && int_of(&b.right).is_some()
        }
        Expr::Attribute(a) => {
            matches!(a.attr.as_str(), "next" | "prev")
                && name_of(&a.value).is_some_and(|n| params.contains(&n))
        }
        Expr::Subscript(s) => {
            name_of(&s.value).is_some_and(|n| params.contains(&n))
                && matches!(&*s.slice, Expr::Slice(sl) if sl.step.is_none()
                    && (sl.lower.as_deref().and_then(int_of).is_some_and(|v| v.abs() == 1)
                        || sl.upper.as_deref().and_then(int_of) == Some(-1)))
        }
        _ => false,
    }
}

impl Rule for DeepRecursion {
    fn once_per_message(&self) -> bool {
        true
    }

    fn expr(&self, expr: &Expr, cx: &Ctx, out: &mut Vec<Finding>) {
        let Expr::Call(call) = expr else { return };
        let Some(function) = cx.functions.last() else {
            return;
        };
        let name = function.def.name.as_str();
        let calls_itself = match &*call.func {
            Expr::Name(n) => n.id.as_str() == name,
            Expr::Attribute(a) => a.attr.as_str() == name && name_of(&a.value) == Some("self"),
            _ => false,
        };
        if !calls_itself {
            return;
        }
        let params: Vec<&str> = parameters(&function.def.parameters)
            .map(|p| p.parameter.name.as_str())
            .filter(|p| *p != "self")
            .collect();
        if !call.arguments.args.iter().any(|a| one_step(a, &params)) {
            return;
        }
        out.push(cx.finding(
            &Self::INFO,
            expr,
            format!("`{name}` calls itself one step smaller, so its depth grows with the input: past ~1000 levels Python raises RecursionError"),
            "rewrite it as a loop (an explicit stack, a running variable, or a bottom-up table)",
        ));
    }
}
