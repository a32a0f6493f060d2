use super::Rule;
use crate::syntax::ast::{self, Expr};
use crate::syntax::{name_of, Ctx, ValueKind};
use crate::Finding;

rule! {
    /// ## What it finds
    /// `x in items` (or `not in`) inside a loop, where `items` is a list.
    ///
    /// ## Why it matters
    /// Membership in a list scans it: O(len) per test, so a loop over n items that tests
    /// membership in a growing list is O(n²). It is the most common hidden quadratic in
    /// interview Python, and the first thing an interviewer asks about ("what does `in` cost
    /// here?").
    ///
    /// ## Fix
    /// Keep the items in a `set` (or the keys of a `dict`) when you test membership: O(1) on
    /// average per test.
    ///
    /// ## Example
    /// ```python
    /// seen = []
    /// for x in nums:
    ///     if x in seen:
    ///         return True
    ///     seen.append(x)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// seen = set()
    /// for x in nums:
    ///     if x in seen:
    ///         return True
    ///     seen.add(x)
    /// ```
    id = "list-membership-in-loop", severity = Performance, summary = "membership test on a list inside a loop (O(n) each)";
    pub(crate) struct ListMembershipInLoop;
}

impl Rule for ListMembershipInLoop {
    fn expr(&self, expr: &Expr, cx: &Ctx, out: &mut Vec<Finding>) {
        let Expr::Compare(cmp) = expr else { return };
        if !cx.in_loop() {
            return;
        }
        for (op, right) in cmp.ops.iter().zip(cmp.comparators.iter()) {
            if !matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                continue;
            }
            let Some(name) = name_of(right) else { continue };
            if cx.kind(name) != Some(ValueKind::List) {
                continue;
            }
            let line = cx.loops.last().map_or(0, |l| l.line);
            out.push(cx.finding(
                &Self::INFO,
                expr,
                format!("`in {name}` scans the list `{name}` on every pass of the loop at line {line}: O(n) each time"),
                format!("keep `{name}` as a set (or dict keys) for O(1) membership tests"),
            ));
        }
    }
}
