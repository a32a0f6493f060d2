use super::Rule;
use crate::syntax::ast::{self, Expr};
use crate::syntax::{kind_of, name_of, Ctx, ValueKind};
use crate::Finding;

rule! {
    /// ## What it finds
    /// `x in nums[:i]` (or `not in`) inside a loop, or `x in rest` where `rest` is a slice
    /// (`rest = nums[i + 1:]`).
    ///
    /// ## Why it matters
    /// A slice is a copy: `nums[:i]` builds a new list of i items, and `in` then scans it. Both
    /// are O(n) per pass, so a loop over n items is O(n²), though no second loop is written.
    /// It is how "have I seen this before?" turns quadratic without anyone noticing.
    ///
    /// ## Fix
    /// Keep what the slice would hold in a set as the loop goes (add each item after testing
    /// it), or count the items once in a dict (`collections.Counter`) before the loop.
    ///
    /// ## Example
    /// ```python
    /// def has_duplicate(nums):
    ///     for i, x in enumerate(nums):
    ///         if x in nums[:i]:
    ///             return True
    ///     return False
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def has_duplicate(nums):
    ///     seen = set()
    ///     for x in nums:
    ///         if x in seen:
    ///             return True
    ///         seen.add(x)
    ///     return False
    /// ```
    id = "slice-membership-in-loop", severity = Performance, summary = "membership test on a slice inside a loop (a copy and a scan, O(n) each)";
    pub(crate) struct SliceMembershipInLoop;
}

impl Rule for SliceMembershipInLoop {
    fn expr(&self, expr: &Expr, cx: &Ctx, out: &mut Vec<Finding>) {
        let Expr::Compare(cmp) = expr else { return };
        if !cx.in_loop() {
            return;
        }
        for (op, right) in cmp.ops.iter().zip(cmp.comparators.iter()) {
            if !matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                continue;
            }
            let line = cx.loops.last().map_or(0, |l| l.line);
            let what = match (right, name_of(right)) {
                (Expr::Subscript(s), _) if kind_of(right) == Some(ValueKind::Slice) => {
                    let of = name_of(&s.value)
                        .map(|n| format!(" of `{n}`"))
                        .unwrap_or_default();
                    format!("copies a slice{of} and scans it")
                }
                (_, Some(name)) if cx.kind(name) == Some(ValueKind::Slice) => {
                    format!("scans `{name}`, a copied slice,")
                }
                _ => continue,
            };
            out.push(cx.finding(
                &Self::INFO,
                expr,
                format!("`in` {what} on every pass of the loop at line {line}: O(n) each time"),
                "keep the items seen so far in a set (add each after testing it), or count them once in a dict",
            ));
        }
    }
}
