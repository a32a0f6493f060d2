use super::Rule;
use crate::syntax::ast::Stmt;
use crate::syntax::Ctx;
use crate::Finding;

rule! {
    /// ## What it finds
    /// `global` inside a function.
    ///
    /// ## Why it matters
    /// State kept in module globals survives between calls: a judge (or an interviewer's second
    /// test) calls your function again and sees the last run's values. It also hides the data
    /// flow an interviewer wants to follow.
    ///
    /// ## Fix
    /// Pass the state as an argument and return it, keep it in a local of an enclosing
    /// function (`nonlocal`), or in an object's attributes.
    ///
    /// ## Example
    /// ```python
    /// best = 0
    /// def dfs(node):
    ///     global best
    ///     best = max(best, node.val)
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def max_value(root):
    ///     best = 0
    ///     def dfs(node):
    ///         nonlocal best
    ///         best = max(best, node.val)
    ///     dfs(root)
    ///     return best
    /// ```
    id = "global-statement", severity = Correctness, summary = "global state changed inside a function";
    pub(crate) struct GlobalStatement;
}

impl Rule for GlobalStatement {
    fn stmt(&self, stmt: &Stmt, cx: &Ctx, out: &mut Vec<Finding>) {
        let Stmt::Global(g) = stmt else { return };
        if cx.functions.is_empty() {
            return;
        }
        let names: Vec<&str> = g.names.iter().map(|n| n.as_str()).collect();
        out.push(cx.finding(
            &Self::INFO,
            stmt,
            format!("`global {}` keeps state between calls", names.join(", ")),
            "pass the state in and out, or keep it in an enclosing function (`nonlocal`) or an object",
        ));
    }
}
