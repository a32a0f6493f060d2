use super::Rule;
use crate::syntax::ast::{ExceptHandler, Stmt};
use crate::syntax::Ctx;
use crate::Finding;

rule! {
    /// ## What it finds
    /// `except:` with no exception type.
    ///
    /// ## Why it matters
    /// It catches everything, `KeyboardInterrupt`, `SystemExit` and your own bugs included, and
    /// turns them into a silent wrong answer. In an interview it reads as "I don't know what
    /// can fail here".
    ///
    /// ## Fix
    /// Catch the exception you expect (`except KeyError:`), or test first (`if k in d`).
    ///
    /// ## Example
    /// ```python
    /// try:
    ///     value = int(token)
    /// except:
    ///     value = 0
    /// ```
    ///
    /// ## Instead
    /// ```python
    /// try:
    ///     value = int(token)
    /// except ValueError:
    ///     value = 0
    /// ```
    id = "bare-except", severity = Correctness, summary = "except: with no exception type";
    pub(crate) struct BareExcept;
}

impl Rule for BareExcept {
    fn stmt(&self, stmt: &Stmt, cx: &Ctx, out: &mut Vec<Finding>) {
        let Stmt::Try(t) = stmt else { return };
        for handler in &t.handlers {
            let ExceptHandler::ExceptHandler(h) = handler;
            if h.type_.is_none() {
                out.push(cx.finding(
                    &Self::INFO,
                    handler,
                    "`except:` catches every exception, bugs and interrupts included".to_owned(),
                    "name the exception you expect, e.g. `except KeyError:`",
                ));
            }
        }
    }
}
