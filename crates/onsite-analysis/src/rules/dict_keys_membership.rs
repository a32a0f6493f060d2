use super::Rule;
use crate::syntax::ast::{self, Expr};
use crate::syntax::Ctx;
use crate::Finding;

rule! {
    /// ## What it finds
    /// `k in d.keys()` (or `not in`).
    ///
    /// ## Why it matters
    /// A dict tests membership on its keys directly; `.keys()` adds a view object and noise,
    /// and suggests you are unsure what `in` does on a dict.
    ///
    /// ## Fix
    /// `k in d`.
    ///
    /// ## Example
    /// ```python
    /// if word in counts.keys():
    ///     counts[word] += 1
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// if word in counts:
    ///     counts[word] += 1
    /// ```
    id = "dict-keys-membership", severity = Style, summary = "k in d.keys() instead of k in d";
    pub(crate) struct DictKeysMembership;
}

impl Rule for DictKeysMembership {
    fn expr(&self, expr: &Expr, cx: &Ctx, out: &mut Vec<Finding>) {
        let Expr::Compare(cmp) = expr else { return };
        for (op, right) in cmp.ops.iter().zip(cmp.comparators.iter()) {
            if !matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                continue;
            }
            if let Expr::Call(call) = right {
                if let Expr::Attribute(a) = &*call.func {
                    if a.attr.as_str() == "keys" && call.arguments.args.is_empty() {
                        out.push(cx.finding(
                            &Self::INFO,
                            expr,
                            "tests membership in `.keys()`".to_owned(),
                            "test the dict itself: `k in d`",
                        ));
                    }
                }
            }
        }
    }
}
