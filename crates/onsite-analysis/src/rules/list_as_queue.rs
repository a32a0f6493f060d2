use super::Rule;
use crate::syntax::ast::Expr;
use crate::syntax::{int_of, name_of, Ctx, ValueKind};
use crate::Finding;

rule! {
    /// ## What it finds
    /// `items.pop(0)` or `items.insert(0, x)` on a list.
    ///
    /// ## Why it matters
    /// Removing or inserting at the front of a list shifts every other element: O(n) each.
    /// A BFS that dequeues with `pop(0)` is O(V²) instead of O(V + E), and interviewers know
    /// this one well.
    ///
    /// ## Fix
    /// Use `collections.deque`: `popleft()` and `appendleft()` are O(1).
    ///
    /// ## Example
    /// ```python
    /// queue = [start]
    /// while queue:
    ///     node = queue.pop(0)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// from collections import deque
    /// queue = deque([start])
    /// while queue:
    ///     node = queue.popleft()
    /// ```
    id = "list-as-queue", severity = Performance, summary = "pop(0) or insert(0, x) on a list (O(n) each)";
    pub(crate) struct ListAsQueue;
}

impl Rule for ListAsQueue {
    fn expr(&self, expr: &Expr, cx: &Ctx, out: &mut Vec<Finding>) {
        let Expr::Call(call) = expr else { return };
        let Expr::Attribute(attr) = &*call.func else {
            return;
        };
        let front = match (attr.attr.as_str(), call.arguments.args.first()) {
            ("pop", Some(first)) => int_of(first) == Some(0) && call.arguments.args.len() == 1,
            ("insert", Some(first)) => int_of(first) == Some(0) && call.arguments.args.len() == 2,
            _ => false,
        };
        if !front {
            return;
        }
        let receiver = name_of(&attr.value);
        // A deque has no pop(0); anything known not to be a list is left alone.
        if let Some(kind) = receiver.and_then(|n| cx.kind(n)) {
            if kind != ValueKind::List {
                return;
            }
        }
        let what = receiver.map_or_else(|| "the list".to_owned(), |n| format!("`{n}`"));
        let (op, better) = if attr.attr.as_str() == "pop" {
            ("pop(0)", "popleft()")
        } else {
            ("insert(0, ...)", "appendleft(...)")
        };
        out.push(cx.finding(
            &Self::INFO,
            expr,
            format!("{op} on {what} shifts every element: O(n) per call"),
            format!("use collections.deque and {better}, O(1)"),
        ));
    }
}
