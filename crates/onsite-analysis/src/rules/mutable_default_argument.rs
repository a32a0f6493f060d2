use super::Rule;
use crate::syntax::ast::{Expr, Stmt};
use crate::syntax::{call_name, parameters, Ctx};
use crate::Finding;

rule! {
    /// ## What it finds
    /// A parameter whose default is a mutable value: `def f(path=[])`, `memo={}`, `set()`.
    ///
    /// ## Why it matters
    /// The default is created once, when the function is defined, and shared by every call:
    /// a memo dict or a path list leaks from one call (or one test) into the next. It is a
    /// classic Python interview question, and a bug the judge's second test often exposes.
    ///
    /// ## Fix
    /// Default to `None` and create the value inside: `if memo is None: memo = {}`; or keep the
    /// state in a nested helper or `functools.cache`.
    ///
    /// ## Example
    /// ```python
    /// def fib(n, memo={}):
    ///     ...
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// def fib(n, memo=None):
    ///     if memo is None:
    ///         memo = {}
    ///     ...
    /// ```
    id = "mutable-default-argument", severity = Correctness, summary = "mutable default argument shared between calls";
    pub(crate) struct MutableDefaultArgument;
}

fn mutable(e: &Expr) -> bool {
    match e {
        Expr::List(_)
        | Expr::Dict(_)
        | Expr::Set(_)
        | Expr::ListComp(_)
        | Expr::DictComp(_)
        | Expr::SetComp(_) => true,
        Expr::Call(c) => matches!(
            call_name(c),
            Some("list" | "dict" | "set" | "defaultdict" | "deque" | "Counter")
        ),
        _ => false,
    }
}

impl Rule for MutableDefaultArgument {
    fn stmt(&self, stmt: &Stmt, cx: &Ctx, out: &mut Vec<Finding>) {
        let Stmt::FunctionDef(def) = stmt else { return };
        for p in parameters(&def.parameters) {
            let Some(default) = p.default.as_deref() else {
                continue;
            };
            if mutable(default) {
                let name = p.parameter.name.as_str();
                out.push(cx.finding(
                    &Self::INFO,
                    default,
                    format!(
                        "the default of `{name}` is created once and shared by every call of `{}`",
                        def.name.as_str()
                    ),
                    format!("default `{name}` to None and create the value inside the function"),
                ));
            }
        }
    }
}
