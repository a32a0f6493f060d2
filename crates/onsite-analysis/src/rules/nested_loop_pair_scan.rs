use super::Rule;
use crate::syntax::ast::visitor::{self, Visitor};
use crate::syntax::ast::{Expr, Stmt};
use crate::syntax::{call_name, mentions, name_of, Ctx};
use crate::Finding;

rule! {
    /// ## What it finds
    /// A loop nested in a loop over the same sequence: every pair of elements is visited
    /// (`for i in range(n): for j in range(i + 1, n)`, or `for a in xs: for b in xs`).
    ///
    /// ## Why it matters
    /// Checking all pairs is O(n²). It is the brute force an interviewer expects you to state
    /// first and then improve: most pair questions ("two values summing to a target",
    /// "a duplicate within k") have an O(n) answer with a hash map or an O(n log n) one with
    /// sorting and two pointers.
    ///
    /// ## Fix
    /// Ask what the inner loop searches for, and keep that in a dict or set as you go (one
    /// pass), or sort and walk two pointers towards each other.
    ///
    /// ## Example
    /// ```python
    /// for i in range(len(nums)):
    ///     for j in range(i + 1, len(nums)):
    ///         if nums[i] + nums[j] == target:
    ///             return [i, j]
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// seen = {}
    /// for i, x in enumerate(nums):
    ///     if target - x in seen:
    ///         return [seen[target - x], i]
    ///     seen[x] = i
    /// ```
    id = "nested-loop-pair-scan", severity = Performance, summary = "nested loops over the same sequence (O(n²) pair scan)";
    pub(crate) struct NestedLoopPairScan;
}

/// The sequence a `for` loop walks: `xs` for `for x in xs`, and for `range(...)` the names its
/// bounds mention (`len(xs)` gives `xs`, `n` gives `n`).
fn walked(iter: &Expr) -> Vec<String> {
    match iter {
        Expr::Name(n) => vec![n.id.to_string()],
        Expr::Call(call) if call_name(call) == Some("enumerate") => {
            call.arguments.args.first().map(walked).unwrap_or_default()
        }
        Expr::Call(call) if call_name(call) == Some("range") => {
            let mut names = Vec::new();
            for arg in call.arguments.args.iter() {
                match arg {
                    Expr::Call(len) if call_name(len) == Some("len") => {
                        if let Some(n) = len.arguments.args.first().and_then(name_of) {
                            names.push(n.to_owned());
                        }
                    }
                    Expr::Name(n) => names.push(n.id.to_string()),
                    _ => {}
                }
            }
            names
        }
        _ => Vec::new(),
    }
}

/// Whether `stmt` reads or writes `t[..i..][..j..]` (or with `j` first).
fn uses_cell(stmt: &Stmt, i: &str, j: &str) -> bool {
    struct Cells<'n> {
        i: &'n str,
        j: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Cells<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Subscript(outer) = expr {
                if let Expr::Subscript(inner) = &*outer.value {
                    let (a, b) = (&*inner.slice, &*outer.slice);
                    if (mentions(a, self.i) && mentions(b, self.j))
                        || (mentions(a, self.j) && mentions(b, self.i))
                    {
                        self.found = true;
                    }
                }
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut cells = Cells { i, j, found: false };
    cells.visit_stmt(stmt);
    cells.found
}

impl Rule for NestedLoopPairScan {
    fn stmt(&self, stmt: &Stmt, cx: &Ctx, out: &mut Vec<Finding>) {
        let Stmt::For(inner) = stmt else { return };
        let Some(outer) = cx.loops.last() else { return };
        let (Some(outer_iter), Some(outer_target)) = (outer.iter, outer.target) else {
            return;
        };
        let inner_walks = walked(&inner.iter);
        let outer_walks = walked(outer_iter);
        // Same sequence (or bound), or an inner range that starts from the outer index (an
        // index only when the outer loop walks a range: `for c in coins: for a in range(c, m)`
        // starts from a value and is a table fill, not a pair scan).
        let same = inner_walks.iter().any(|n| outer_walks.contains(n));
        let outer_is_index =
            matches!(outer_iter, Expr::Call(call) if call_name(call) == Some("range"));
        let from_outer = outer_is_index
            && match &*inner.iter {
                Expr::Call(call) if call_name(call) == Some("range") => {
                    call.arguments.args.first().is_some_and(|start| {
                        name_of(outer_target).is_some_and(|t| mentions(start, t))
                    })
                }
                _ => false,
            };
        if !(same || from_outer) || inner_walks.is_empty() {
            return;
        }
        // A cell of a 2-D table indexed by both loop variables (`board[r][c]`, `pal[i][j] =`):
        // the loops walk a grid or fill a table of every pair, each cell once on purpose;
        // a pair scan reads two elements of one sequence (`nums[i] + nums[j]`).
        let fills_pair_table = match (name_of(outer_target), name_of(&inner.target)) {
            (Some(i), Some(j)) => inner.body.iter().any(|s| uses_cell(s, i, j)),
            _ => false,
        };
        if fills_pair_table {
            return;
        }
        let what = inner_walks.first().map_or("the sequence", String::as_str);
        out.push(cx.finding(
            &Self::INFO,
            stmt,
            format!("this loop runs inside the loop at line {} over `{what}` again: every pair is visited, O(n²)", outer.line),
            "say what the inner loop looks for and keep it in a dict or set as you go (one pass), or sort and use two pointers",
        ));
    }
}
