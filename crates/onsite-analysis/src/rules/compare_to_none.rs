use super::Rule;
use crate::syntax::ast::{self, Expr};
use crate::syntax::Ctx;
use crate::Finding;

rule! {
    /// ## What it finds
    /// `x == None` or `x != None`.
    ///
    /// ## Why it matters
    /// `None` is a singleton and `==` can be overridden; `is None` is the idiom, and using
    /// `==` is one of the first things a Python interviewer notices.
    ///
    /// ## Fix
    /// `x is None` / `x is not None`.
    ///
    /// ## Example
    /// ```python
    /// if node == None:
    ///     return 0
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// if node is None:
    ///     return 0
    /// ```
    id = "compare-to-none", severity = Style, summary = "== None instead of is None";
    pub(crate) struct CompareToNone;
}

impl Rule for CompareToNone {
    fn expr(&self, expr: &Expr, cx: &Ctx, out: &mut Vec<Finding>) {
        let Expr::Compare(cmp) = expr else { return };
        for (op, right) in cmp.ops.iter().zip(cmp.comparators.iter()) {
            let negated = match op {
                ast::CmpOp::Eq => false,
                ast::CmpOp::NotEq => true,
                _ => continue,
            };
            if matches!(right, Expr::NoneLiteral(_)) || matches!(&*cmp.left, Expr::NoneLiteral(_)) {
                let (bad, good) = if negated {
                    ("!=", "is not")
                } else {
                    ("==", "is")
                };
                out.push(cx.finding(
                    &Self::INFO,
                    expr,
                    format!("compares with None using `{bad}`"),
                    format!("write `{good} None`"),
                ));
                return;
            }
        }
    }
}
