use super::Rule;
use crate::syntax::ast::visitor::{self, Visitor};
use crate::syntax::ast::{self, Expr, Stmt};
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

/// The uses of the index of `for index in range(len(seq))`: `seq[index]` read, written, and
/// the index anywhere else.
pub(super) struct Uses<'n> {
    pub(super) index: &'n str,
    pub(super) seq: &'n str,
    /// `seq[index]`, read or written.
    as_subscript: usize,
    /// The index in any other place (`seq[index - 1]`, `i + 1`, `return i`).
    pub(super) other: usize,
    /// `seq[index] = ...` (or `+=`): the loop writes through the index.
    pub(super) writes: usize,
}

impl Uses<'_> {
    /// `seq[index]` read (not written).
    pub(super) fn reads(&self) -> usize {
        self.as_subscript.saturating_sub(self.writes)
    }
}

/// The uses of the index in `for index in range(len(seq)): ...`; `None` for any other loop.
pub(super) fn index_loop(f: &ast::StmtFor) -> Option<Uses<'_>> {
    let index = name_of(&f.target)?;
    let Expr::Call(range) = &*f.iter else {
        return None;
    };
    if call_name(range) != Some("range") || range.arguments.args.len() != 1 {
        return None;
    }
    let Some(Expr::Call(len)) = range.arguments.args.first() else {
        return None;
    };
    if call_name(len) != Some("len") {
        return None;
    }
    let seq = len.arguments.args.first().and_then(name_of)?;
    let mut uses = Uses {
        index,
        seq,
        as_subscript: 0,
        other: 0,
        writes: 0,
    };
    for s in &f.body {
        uses.visit_stmt(s);
    }
    Some(uses)
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
                    self.writes += 1;
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
        let Some(uses) = index_loop(f) else { return };
        // Writing through the index needs it: `consider-using-enumerate` covers that loop.
        if uses.reads() == 0 || uses.other > 0 || uses.writes > 0 {
            return;
        }
        let (index, seq) = (uses.index, uses.seq);
        out.push(cx.finding(
            &Self::INFO,
            stmt,
            format!("`{index}` only indexes `{seq}`: the loop can walk `{seq}` itself"),
            format!("write `for item in {seq}:` (or `for {index}, item in enumerate({seq}):`)"),
        ));
    }
}
