//! The shape of the code: per-function length, nesting and cyclomatic complexity; every loop
//! and its depth; names that say nothing.

use std::collections::HashSet;

use crate::syntax::ast::visitor::{self, Visitor};
use crate::syntax::ast::{Expr, Stmt};
use crate::syntax::{name_of, parameters, Lines};
use crate::{FunctionMetrics, LoopInfo, Metrics};
use ruff_text_size::Ranged;

/// Single-letter names no interviewer minds: indices, sizes, coordinates, throwaways.
const CONVENTIONAL: &[&str] = &[
    "i", "j", "k", "n", "m", "x", "y", "r", "c", "_", "a", "b", "l", "u", "v", "w", "p", "q", "s",
    "t", "d", "e",
];

struct Walk<'s> {
    lines: &'s Lines<'s>,
    metrics: Metrics,
    class: Option<String>,
    loop_depth: u32,
    seen_names: HashSet<String>,
    /// The function being measured: (index in metrics.functions, block depth, decisions).
    current: Option<(usize, u32, u32)>,
}

impl Walk<'_> {
    fn decision(&mut self) {
        if let Some((_, _, d)) = &mut self.current {
            *d += 1;
        }
    }

    fn block<F: FnOnce(&mut Self)>(&mut self, f: F) {
        if let Some((i, depth, _)) = &mut self.current {
            *depth += 1;
            let (i, depth) = (*i, *depth);
            if let Some(m) = self.metrics.functions.get_mut(i) {
                m.max_nesting = m.max_nesting.max(depth);
            }
        }
        f(self);
        if let Some((_, depth, _)) = &mut self.current {
            *depth -= 1;
        }
    }

    fn bind(&mut self, expr: &Expr) {
        if let Some(name) = name_of(expr) {
            if name.chars().count() == 1
                && !CONVENTIONAL.contains(&name)
                && self.seen_names.insert(name.to_owned())
            {
                let line = self.lines.line(expr.start());
                self.metrics.unclear_names.push((name.to_owned(), line));
            }
        } else if let Expr::Tuple(t) = expr {
            for e in &t.elts {
                self.bind(e);
            }
        }
    }

    fn enter_loop<F: FnOnce(&mut Self)>(&mut self, line: u32, f: F) {
        self.loop_depth += 1;
        self.metrics.loops.push(LoopInfo {
            line,
            depth: self.loop_depth,
        });
        f(self);
        self.loop_depth -= 1;
    }
}

impl<'a> Visitor<'a> for Walk<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let line = self.lines.line(stmt.start());
        match stmt {
            Stmt::FunctionDef(def) => {
                let name = match &self.class {
                    Some(c) => format!("{c}.{}", def.name.as_str()),
                    None => def.name.as_str().to_owned(),
                };
                let end = self.lines.line(def.end());
                self.metrics.functions.push(FunctionMetrics {
                    name,
                    line,
                    length: end.saturating_sub(line) + 1,
                    max_nesting: 0,
                    cyclomatic: 1,
                });
                let saved = self
                    .current
                    .replace((self.metrics.functions.len() - 1, 0, 0));
                let saved_depth = std::mem::take(&mut self.loop_depth);
                for p in parameters(&def.parameters) {
                    let n = p.parameter.name.as_str();
                    if n.chars().count() == 1
                        && !CONVENTIONAL.contains(&n)
                        && self.seen_names.insert(n.to_owned())
                    {
                        self.metrics.unclear_names.push((n.to_owned(), line));
                    }
                }
                self.visit_body(&def.body);
                if let Some((i, _, decisions)) = self.current.take() {
                    if let Some(m) = self.metrics.functions.get_mut(i) {
                        m.cyclomatic = 1 + decisions;
                    }
                }
                self.current = saved;
                self.loop_depth = saved_depth;
            }
            Stmt::ClassDef(class) => {
                let saved = self.class.replace(class.name.as_str().to_owned());
                self.visit_body(&class.body);
                self.class = saved;
            }
            Stmt::For(f) => {
                self.decision();
                self.bind(&f.target);
                self.visit_expr(&f.iter);
                self.enter_loop(line, |w| w.block(|w| w.visit_body(&f.body)));
                self.visit_body(&f.orelse);
            }
            Stmt::While(w) => {
                self.decision();
                self.visit_expr(&w.test);
                self.enter_loop(line, |s| s.block(|s| s.visit_body(&w.body)));
                self.visit_body(&w.orelse);
            }
            Stmt::If(i) => {
                self.decision();
                self.visit_expr(&i.test);
                self.block(|w| w.visit_body(&i.body));
                for clause in &i.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.decision();
                        self.visit_expr(test);
                    }
                    self.block(|w| w.visit_body(&clause.body));
                }
            }
            Stmt::Try(t) => {
                self.block(|w| w.visit_body(&t.body));
                for h in &t.handlers {
                    self.decision();
                    let crate::syntax::ast::ExceptHandler::ExceptHandler(h) = h;
                    self.block(|w| w.visit_body(&h.body));
                }
                self.visit_body(&t.orelse);
                self.visit_body(&t.finalbody);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr);
                }
                self.block(|s| s.visit_body(&w.body));
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.bind(t);
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::BoolOp(b) => {
                for _ in 1..b.values.len() {
                    self.decision();
                }
                visitor::walk_expr(self, expr);
            }
            Expr::If(_) => {
                self.decision();
                visitor::walk_expr(self, expr);
            }
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                let line = self.lines.line(expr.start());
                self.decision();
                self.enter_loop(line, |w| visitor::walk_expr(w, expr));
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Measure a module.
pub(crate) fn measure(body: &[Stmt], lines: &Lines<'_>, source: &str) -> Metrics {
    let mut walk = Walk {
        lines,
        metrics: Metrics::default(),
        class: None,
        loop_depth: 0,
        seen_names: HashSet::new(),
        current: None,
    };
    walk.visit_body(body);
    walk.metrics.code_lines = source
        .lines()
        .filter(|l| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        })
        .count() as u32;
    walk.metrics
}
