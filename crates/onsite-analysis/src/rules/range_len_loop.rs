use super::Rule;
use crate::syntax::ast::visitor::{self, Visitor};
use crate::syntax::ast::{Expr, Stmt};
use crate::syntax::{call_name, name_of, Ctx};
use crate::Finding;

rule! {
    /// ## What it finds
    /// `for i in range(len(xs))` where the index is only ever used as `xs[i]`.
    ///
    /// ## Why it matters
    /// Indexing by hand is the clearest sign of Python written as C. It is slower, hides the
    /// intent, and invites off-by-one mistakes; interviewers mark it down under fluency.
    ///
    /// ## Fix
    /// Iterate over the items (`for x in xs`), or `for i, x in enumerate(xs)` when the index is
    /// needed too.
    ///
    /// ## Example
    /// ```python
    /// total = 0
    /// for i in range(len(prices)):
    ///     total += prices[i]
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// total = 0
    /// for price in prices:
    ///     total += price
    /// ```
    id = "range-len-loop", severity = Style, summary = "for i in range(len(xs)) where only xs[i] is used";
    pub(crate) struct RangeLenLoop;
}

/// Counts the uses of an index name: inside `seq[index]` reads, and anywhere else.
struct Uses<'n> {
    index: &'n str,
    seq: &'n str,
    as_subscript: usize,
    other: usize,
    /// `seq[i] = ...`: the loop writes through the index, which enumerate cannot replace.
    writes: bool,
}

impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let targets: Vec<&Expr> = match stmt {
            Stmt::Assign(a) => a.targets.iter().collect(),
            Stmt::AugAssign(a) => vec![&*a.target],
            _ => Vec::new(),
        };
        for t in targets {
            if let Expr::Subscript(s) = t {
                if name_of(&s.value) == Some(self.seq) && name_of(&s.slice) == Some(self.index) {
                    self.writes = true;
                }
            }
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Subscript(s)
                if name_of(&s.value) == Some(self.seq) && name_of(&s.slice) == Some(self.index) =>
            {
                self.as_subscript += 1;
            }
            Expr::Name(n) if n.id.as_str() == self.index => self.other += 1,
            _ => visitor::walk_expr(self, expr),
        }
    }
}

impl Rule for RangeLenLoop {
    fn stmt(&self, stmt: &Stmt, cx: &Ctx, out: &mut Vec<Finding>) {
        let Stmt::For(f) = stmt else { return };
        let Some(index) = name_of(&f.target) else {
            return;
        };
        let Expr::Call(range) = &*f.iter else { return };
        if call_name(range) != Some("range") || range.arguments.args.len() != 1 {
            return;
        }
        let Some(Expr::Call(len)) = range.arguments.args.first() else {
            return;
        };
        if call_name(len) != Some("len") {
            return;
        }
        let Some(seq) = len.arguments.args.first().and_then(name_of) else {
            return;
        };
        let mut uses = Uses {
            index,
            seq,
            as_subscript: 0,
            other: 0,
            writes: false,
        };
        for s in &f.body {
            uses.visit_stmt(s);
        }
        if uses.as_subscript == 0 || uses.other > 0 || uses.writes {
            return;
        }
        out.push(cx.finding(
            &Self::INFO,
            stmt,
            format!("`{index}` only indexes `{seq}`: the loop can walk `{seq}` itself"),
            format!("write `for item in {seq}:` (or `for {index}, item in enumerate({seq}):`)"),
        ));
    }
}
