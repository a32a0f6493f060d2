use super::Rule;
use crate::syntax::ast::{self, Expr};
use crate::syntax::{call_name, int_of, name_of, Ctx};
use crate::Finding;

rule! {
    /// ## What it finds
    /// Emptiness tested through the length: `len(xs) == 0`, `len(xs) > 0`, `len(xs) != 0`,
    /// `len(xs) >= 1`.
    ///
    /// ## Why it matters
    /// Containers are falsy when empty; `if not xs:` is what fluent Python looks like, and it
    /// works for any container without computing a length.
    ///
    /// ## Fix
    /// `if not xs:` for empty, `if xs:` for non-empty.
    ///
    /// ## Example
    /// ```python
    /// while len(stack) > 0:
    ///     stack.pop()
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// while stack:
    ///     stack.pop()
    /// ```
    id = "len-comparison", severity = Style, summary = "emptiness tested with len(x) == 0 instead of truthiness";
    pub(crate) struct LenComparison;
}

impl Rule for LenComparison {
    fn expr(&self, expr: &Expr, cx: &Ctx, out: &mut Vec<Finding>) {
        let Expr::Compare(cmp) = expr else { return };
        if cmp.ops.len() != 1 {
            return;
        }
        let Expr::Call(call) = &*cmp.left else { return };
        if call_name(call) != Some("len") || !matches!(&*call.func, Expr::Name(_)) {
            return;
        }
        let bound = cmp.comparators.first().and_then(int_of);
        let empty = match (&cmp.ops[0], bound) {
            (ast::CmpOp::Eq, Some(0)) | (ast::CmpOp::Lt, Some(1)) => true,
            (ast::CmpOp::NotEq | ast::CmpOp::Gt, Some(0)) | (ast::CmpOp::GtE, Some(1)) => false,
            _ => return,
        };
        let what = call
            .arguments
            .args
            .first()
            .and_then(name_of)
            .unwrap_or("xs");
        let (message, fix) = if empty {
            (
                format!("tests whether `{what}` is empty through len()"),
                format!("write `not {what}`"),
            )
        } else {
            (
                format!("tests whether `{what}` has items through len()"),
                format!("write `{what}` (it is truthy when not empty)"),
            )
        };
        out.push(cx.finding(&Self::INFO, expr, message, fix));
    }
}
