use super::Rule;
use crate::syntax::ast::{self, Stmt};
use crate::syntax::{kind_of, name_of, Ctx, ValueKind};
use crate::Finding;

rule! {
    /// ## What it finds
    /// A string grown with `+=` (or `s = s + ...`) inside a loop.
    ///
    /// ## Why it matters
    /// Strings are immutable: each concatenation may copy everything built so far, O(n²) over
    /// the loop. CPython sometimes resizes in place, but only in narrow cases an interviewer
    /// will not credit; the idiom that is O(n) everywhere is collecting parts and joining once.
    ///
    /// ## Fix
    /// Append the pieces to a list and `"".join(parts)` after the loop (or use `io.StringIO`).
    ///
    /// ## Example
    /// ```python
    /// out = ""
    /// for word in words:
    ///     out += word.upper()
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// out = "".join(word.upper() for word in words)
    /// ```
    id = "string-concat-in-loop", severity = Performance, summary = "string built with += inside a loop (O(n²) copying)";
    pub(crate) struct StringConcatInLoop;
}

impl Rule for StringConcatInLoop {
    fn stmt(&self, stmt: &Stmt, cx: &Ctx, out: &mut Vec<Finding>) {
        if !cx.in_loop() {
            return;
        }
        let name = match stmt {
            Stmt::AugAssign(a) if matches!(a.op, ast::Operator::Add) => name_of(&a.target),
            Stmt::Assign(a) if a.targets.len() == 1 => match (&a.targets[0], &*a.value) {
                (target, ast::Expr::BinOp(b))
                    if matches!(b.op, ast::Operator::Add)
                        && name_of(target).is_some()
                        && name_of(target) == name_of(&b.left) =>
                {
                    name_of(target)
                }
                _ => None,
            },
            _ => None,
        };
        let Some(name) = name else { return };
        let is_str = cx.kind(name) == Some(ValueKind::Str)
            || matches!(stmt, Stmt::AugAssign(a) if kind_of(&a.value) == Some(ValueKind::Str) && cx.kind(name) != Some(ValueKind::List));
        if !is_str {
            return;
        }
        out.push(cx.finding(
            &Self::INFO,
            stmt,
            format!(
                "the string `{name}` is rebuilt on every pass of the loop: O(n²) copying in total"
            ),
            "collect the pieces in a list and join them once after the loop",
        ));
    }
}
