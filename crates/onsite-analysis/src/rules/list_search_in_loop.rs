use super::Rule;
use crate::syntax::ast::Expr;
use crate::syntax::{name_of, Ctx, ValueKind};
use crate::Finding;

rule! {
    /// ## What it finds
    /// `xs.index(x)`, `xs.remove(x)` or `xs.count(x)` inside a loop, where `xs` is a list (or a
    /// parameter of unknown type, for `index` and `count`, which only sequences have).
    ///
    /// ## Why it matters
    /// Each of these scans the list from the start: O(n) per call. Called once per item of a
    /// loop, they make the loop O(n²) with no second loop in sight: `nums.index(target - x)`
    /// in a two-sum, `order.remove(key)` in a hand-made LRU list, `nums.count(x)` to find a
    /// majority.
    ///
    /// ## Fix
    /// Build the lookup once: a dict from value to index (for `index`), a `collections.Counter`
    /// (for `count`), a set or an `OrderedDict`/dict (for `remove`, which a dict does in O(1)).
    ///
    /// ## Example
    /// ```python
    /// def majority(nums):
    ///     for x in nums:
    ///         if nums.count(x) > len(nums) // 2:
    ///             return x
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// from collections import Counter
    ///
    /// def majority(nums):
    ///     counts = Counter(nums)
    ///     for x in nums:
    ///         if counts[x] > len(nums) // 2:
    ///             return x
    /// ```
    id = "list-search-in-loop", severity = Performance, summary = "list.index/remove/count inside a loop (a scan, O(n) each)";
    pub(crate) struct ListSearchInLoop;
}

impl Rule for ListSearchInLoop {
    fn expr(&self, expr: &Expr, cx: &Ctx, out: &mut Vec<Finding>) {
        let Expr::Call(call) = expr else { return };
        if !cx.in_loop() {
            return;
        }
        let Expr::Attribute(attr) = &*call.func else {
            return;
        };
        let method = attr.attr.as_str();
        if !matches!(method, "index" | "remove" | "count") || call.arguments.args.is_empty() {
            return;
        }
        // `xs.index(x, start)` searches on from a position: in a loop that moves the position
        // past each match (a parser), every item is looked at once in all.
        if method == "index" && call.arguments.args.len() >= 2 {
            return;
        }
        let Some(name) = name_of(&attr.value) else {
            return;
        };
        // An upper-case name is a constant (an alphabet, a fixed table): its size does not grow.
        if name.chars().all(|c| !c.is_ascii_lowercase()) {
            return;
        }
        let scans = match cx.kind(name) {
            Some(ValueKind::List | ValueKind::Deque) => true,
            Some(ValueKind::Str | ValueKind::Slice) => method != "remove",
            // A parameter or a name of unknown type: a set or dict has no `index` or `count`,
            // but a set has `remove` (O(1)).
            None => method != "remove",
            Some(ValueKind::Set | ValueKind::Dict | ValueKind::Other) => false,
        };
        if !scans {
            return;
        }
        let line = cx.loops.last().map_or(0, |l| l.line);
        let instead = match method {
            "index" => "a dict from value to index, built once before the loop",
            "count" => "a `collections.Counter` built once before the loop",
            _ => "a set, or a dict (insertion-ordered) when the order matters: both remove in O(1)",
        };
        out.push(cx.finding(
            &Self::INFO,
            expr,
            format!("`{name}.{method}(...)` scans `{name}` on every pass of the loop at line {line}: O(n) each time"),
            format!("use {instead}"),
        ));
    }
}
