use super::Rule;
use crate::syntax::ast::{self, Expr};
use crate::syntax::{call_name, name_of, Ctx, ValueKind};
use crate::Finding;

rule! {
    /// ## What it finds
    /// `k in list(d.keys())` (or `not in`), and the same with `list(d)`, `tuple(...)`,
    /// `sorted(...)` or `set(...)` around the keys of a dict or the items of a set.
    ///
    /// ## Why it matters
    /// A dict (or set) answers `k in d` in O(1) from its hash table. Copying its keys into a
    /// list first costs O(n) to build the copy and O(n) to scan it: every test is linear, and a
    /// loop of such tests is O(n²). It usually comes from code written for Python 2, or from
    /// not trusting `in` on a dict.
    ///
    /// ## Fix
    /// Test the dict or set itself: `k in d`.
    ///
    /// ## Example
    /// ```python
    /// def first_known(words, counts):
    ///     for w in words:
    ///         if w in list(counts.keys()):
    ///             return w
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def first_known(words, counts):
    ///     for w in words:
    ///         if w in counts:
    ///             return w
    /// ```
    id = "membership-in-key-copy", severity = Performance, summary = "k in list(d.keys()): a copy of the keys scanned, O(n) instead of O(1)";
    pub(crate) struct MembershipInKeyCopy;
}

/// `name` or `name.attr...` as written.
fn dotted(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Name(n) => Some(n.id.to_string()),
        Expr::Attribute(a) => Some(format!("{}.{}", dotted(&a.value)?, a.attr)),
        _ => None,
    }
}

/// The dict or set whose keys `arg` is: `d.keys()` (`d` a name or `self.d`), or `d` known to be
/// a dict or set.
fn keys_of(arg: &Expr, cx: &Ctx) -> Option<String> {
    match arg {
        Expr::Call(keys) if call_name(keys) == Some("keys") && keys.arguments.args.is_empty() => {
            match &*keys.func {
                Expr::Attribute(a) => dotted(&a.value),
                _ => None,
            }
        }
        _ => {
            let name = name_of(arg)?;
            matches!(cx.kind(name), Some(ValueKind::Dict | ValueKind::Set)).then(|| name.to_owned())
        }
    }
}

impl Rule for MembershipInKeyCopy {
    fn expr(&self, expr: &Expr, cx: &Ctx, out: &mut Vec<Finding>) {
        let Expr::Compare(cmp) = expr else { return };
        for (op, right) in cmp.ops.iter().zip(cmp.comparators.iter()) {
            if !matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                continue;
            }
            let Expr::Call(copy) = right else { continue };
            let Some(copier) = call_name(copy).filter(|c| {
                matches!(*c, "list" | "tuple" | "sorted" | "set")
                    && matches!(&*copy.func, Expr::Name(_))
            }) else {
                continue;
            };
            let [arg] = &copy.arguments.args[..] else {
                continue;
            };
            let Some(d) = keys_of(arg, cx) else { continue };
            let in_loop = cx
                .loops
                .last()
                .map(|l| format!(", on every pass of the loop at line {}", l.line))
                .unwrap_or_default();
            // A set of the keys answers in O(1), once built; the other copies are scanned.
            let scanned = if copier == "set" {
                ""
            } else {
                " and scans the copy"
            };
            out.push(cx.finding(
                &Self::INFO,
                expr,
                format!("`in {copier}(...)` copies the keys of `{d}`{scanned}{in_loop}: O(n) where `in {d}` is O(1)"),
                format!("test `{d}` itself: `k in {d}`"),
            ));
        }
    }
}
