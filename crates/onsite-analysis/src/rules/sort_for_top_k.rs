use super::Rule;
use crate::syntax::ast::Expr;
use crate::syntax::{call_name, int_of, Ctx};
use crate::Finding;

rule! {
    /// ## What it finds
    /// A full sort used to take the k largest or smallest, or the k-th one:
    /// `sorted(xs)[:k]`, `sorted(xs, reverse=True)[k - 1]`, `sorted(xs)[-k]`.
    ///
    /// ## Why it matters
    /// Sorting is O(n log n) to use k elements; a heap does it in O(n log k) (and quickselect
    /// in O(n) on average). "Can you do better than sorting?" is the follow-up interviewers
    /// ask on every top-k question.
    ///
    /// ## Fix
    /// `heapq.nlargest(k, xs)` / `heapq.nsmallest(k, xs)`, or keep a heap of size k.
    ///
    /// ## Example
    /// ```python
    /// def kth_largest(nums, k):
    ///     return sorted(nums, reverse=True)[k - 1]
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// import heapq
    /// def kth_largest(nums, k):
    ///     return heapq.nlargest(k, nums)[-1]
    /// ```
    id = "sort-for-top-k", severity = Performance, summary = "full sort to take the top k (a heap is O(n log k))";
    pub(crate) struct SortForTopK;
}

impl Rule for SortForTopK {
    fn expr(&self, expr: &Expr, cx: &Ctx, out: &mut Vec<Finding>) {
        let Expr::Subscript(sub) = expr else { return };
        let Expr::Call(call) = &*sub.value else {
            return;
        };
        if call_name(call) != Some("sorted") || !matches!(&*call.func, Expr::Name(_)) {
            return;
        }
        // Depends on a variable k: a constant index (the min or the max) is another matter.
        let variable = |e: Option<&Expr>| e.is_some_and(|e| int_of(e).is_none());
        let top_k = match &*sub.slice {
            Expr::Slice(s) => {
                s.step.is_none() && (variable(s.lower.as_deref()) || variable(s.upper.as_deref()))
            }
            index => int_of(index).is_none(),
        };
        if !top_k {
            return;
        }
        out.push(cx.finding(
            &Self::INFO,
            expr,
            "sorts all n elements (O(n log n)) to use k of them".to_owned(),
            "use heapq.nlargest(k, ...) / heapq.nsmallest(k, ...) or a size-k heap: O(n log k)",
        ));
    }
}
