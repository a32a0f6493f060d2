//! Mutants of a Python program, for checking that a test suite notices small, plausible bugs
//! (mutation testing). Each mutant is one edit of the source on its syntax tree: a comparison
//! or arithmetic operator swapped, a constant, range bound or index off by one, a condition
//! dropped or negated, a statement deleted, `break` and `continue` exchanged, two arguments
//! swapped, `min` for `max`, `and` for `or`. Every mutant parses; no two are the same text.

use std::collections::HashSet;

use ruff_python_ast::visitor::{self, Visitor};
use ruff_text_size::{Ranged, TextRange, TextSize};
use serde::Serialize;

use crate::syntax::ast::{self, CmpOp, Expr, Operator, Stmt};
use crate::syntax::{call_name, int_of, Lines};

/// One mutant: the program with a single edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mutant {
    /// Stable kebab-case name of the kind of edit (`comparison`, `off-by-one`...).
    pub operator: &'static str,
    /// 1-based line of the edit.
    pub line: u32,
    /// What was changed, e.g. "`<` → `<=`".
    pub description: String,
    /// The original line, trimmed.
    pub before: String,
    /// The mutated line, trimmed.
    pub after: String,
    /// The whole mutated program.
    pub source: String,
}

/// Every mutant of `source`, in source order. An unparsable source has none.
pub fn mutants(source: &str) -> Vec<Mutant> {
    let Ok(parsed) = ruff_python_parser::parse_module(source) else {
        return Vec::new();
    };
    let mut collector = Collector {
        source,
        edits: Vec::new(),
        docstrings: HashSet::new(),
    };
    let body: &[Stmt] = &parsed.syntax().body;
    collector.note_docstring(body);
    for stmt in body {
        collector.visit_stmt(stmt);
    }
    let lines = Lines::new(source);
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut edits = collector.edits;
    edits.sort_by_key(|e| (e.range.start(), e.range.end()));
    for edit in edits {
        let (start, end) = (
            usize::from(edit.range.start()),
            usize::from(edit.range.end()),
        );
        let mutated = format!("{}{}{}", &source[..start], edit.text, &source[end..]);
        if mutated == source
            || !seen.insert(mutated.clone())
            || ruff_python_parser::parse_module(&mutated).is_err()
        {
            continue;
        }
        let line = lines.line(edit.range.start());
        let before = line_text(source, start);
        let after = line_text(&mutated, start);
        out.push(Mutant {
            operator: edit.operator,
            line,
            description: edit.description,
            before,
            after,
            source: mutated,
        });
    }
    out
}

/// The trimmed text of the line holding byte `offset`.
fn line_text(source: &str, offset: usize) -> String {
    let offset = offset.min(source.len());
    let start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    source[start..end].trim().to_owned()
}

struct Edit {
    operator: &'static str,
    range: TextRange,
    text: String,
    description: String,
}

struct Collector<'s> {
    source: &'s str,
    edits: Vec<Edit>,
    /// Docstring statements, which are never mutated.
    docstrings: HashSet<TextSize>,
}

impl Collector<'_> {
    fn text(&self, range: TextRange) -> &str {
        &self.source[range]
    }

    fn push(&mut self, operator: &'static str, range: TextRange, text: String, what: String) {
        self.edits.push(Edit {
            operator,
            range,
            text,
            description: what,
        });
    }

    fn note_docstring(&mut self, body: &[Stmt]) {
        if let Some(Stmt::Expr(e)) = body.first() {
            if matches!(&*e.value, Expr::StringLiteral(_)) {
                self.docstrings.insert(e.start());
            }
        }
    }

    /// The range of operator `token` in the gap between two operands, if it is there.
    fn token_between(&self, left: TextSize, right: TextSize, token: &str) -> Option<TextRange> {
        let gap = &self.source[usize::from(left)..usize::from(right)];
        let at = find_token(gap, token)?;
        let start = left + TextSize::from(at as u32);
        Some(TextRange::new(
            start,
            start + TextSize::from(token.len() as u32),
        ))
    }

    fn replace_token(
        &mut self,
        operator: &'static str,
        (left, right): (TextSize, TextSize),
        from: &str,
        to: &str,
    ) {
        if let Some(range) = self.token_between(left, right, from) {
            self.push(operator, range, to.to_owned(), format!("`{from}` → `{to}`"));
        }
    }

    /// Replace an expression by another text.
    fn rewrite(&mut self, operator: &'static str, expr: &Expr, to: String) {
        let from = self.text(expr.range()).to_owned();
        self.push(
            operator,
            expr.range(),
            to.clone(),
            format!("`{from}` → `{to}`"),
        );
    }

    /// `e` → `e + 1` and `e - 1`.
    fn off_by_one(&mut self, expr: &Expr) {
        let text = self.text(expr.range()).to_owned();
        let operand = if needs_parens(expr) {
            format!("({text})")
        } else {
            text
        };
        if let Some(v) = int_of(expr) {
            for to in [v + 1, v - 1] {
                self.rewrite("off-by-one", expr, to.to_string());
            }
            return;
        }
        for sign in ["+", "-"] {
            self.rewrite("off-by-one", expr, format!("{operand} {sign} 1"));
        }
    }
}

/// Offset of `token` in `gap` as a whole operator (not part of a longer one), skipping
/// comments.
fn find_token(gap: &str, token: &str) -> Option<usize> {
    let mut in_comment = false;
    for (i, c) in gap.char_indices() {
        match c {
            '#' => in_comment = true,
            '\n' => in_comment = false,
            _ => {}
        }
        if in_comment || !gap[i..].starts_with(token) {
            continue;
        }
        let before = gap[..i].chars().next_back();
        let after = gap[i + token.len()..].chars().next();
        let word = token.chars().all(|c| c.is_ascii_alphabetic() || c == ' ');
        let joins = |c: Option<char>| {
            c.is_some_and(|c| {
                if word {
                    c.is_alphanumeric() || c == '_'
                } else {
                    "<>=!*/+-%&|^@".contains(c)
                }
            })
        };
        if !joins(before) && !joins(after) {
            return Some(i);
        }
    }
    None
}

fn needs_parens(expr: &Expr) -> bool {
    !matches!(
        expr,
        Expr::Name(_)
            | Expr::NumberLiteral(_)
            | Expr::Call(_)
            | Expr::Subscript(_)
            | Expr::Attribute(_)
    )
}

fn compare_swaps(op: CmpOp) -> &'static [CmpOp] {
    match op {
        CmpOp::Lt => &[CmpOp::LtE, CmpOp::Gt],
        CmpOp::LtE => &[CmpOp::Lt, CmpOp::GtE],
        CmpOp::Gt => &[CmpOp::GtE, CmpOp::Lt],
        CmpOp::GtE => &[CmpOp::Gt, CmpOp::LtE],
        CmpOp::Eq => &[CmpOp::NotEq],
        CmpOp::NotEq => &[CmpOp::Eq],
        CmpOp::In => &[CmpOp::NotIn],
        CmpOp::NotIn => &[CmpOp::In],
        CmpOp::Is => &[CmpOp::IsNot],
        CmpOp::IsNot => &[CmpOp::Is],
    }
}

fn arithmetic_swap(op: Operator) -> Option<Operator> {
    Some(match op {
        Operator::Add => Operator::Sub,
        Operator::Sub => Operator::Add,
        Operator::Mult => Operator::Add,
        Operator::FloorDiv | Operator::Div => Operator::Mult,
        Operator::Mod => Operator::FloorDiv,
        Operator::BitAnd => Operator::BitOr,
        Operator::BitOr => Operator::BitAnd,
        Operator::BitXor => Operator::BitOr,
        Operator::LShift => Operator::RShift,
        Operator::RShift => Operator::LShift,
        Operator::Pow => Operator::Mult,
        Operator::MatMult => return None,
    })
}

impl<'a> Visitor<'a> for Collector<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => self.note_docstring(&f.body),
            Stmt::ClassDef(c) => self.note_docstring(&c.body),
            Stmt::If(s) => {
                self.condition(&s.test, true);
                for clause in &s.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.condition(test, true);
                    }
                }
            }
            Stmt::While(s) => self.condition(&s.test, false),
            Stmt::Break(_) => self.push(
                "loop-control",
                stmt.range(),
                "continue".into(),
                "`break` → `continue`".into(),
            ),
            Stmt::Continue(_) => self.push(
                "loop-control",
                stmt.range(),
                "break".into(),
                "`continue` → `break`".into(),
            ),
            Stmt::AugAssign(a) => {
                if let Some(to) = arithmetic_swap(a.op) {
                    let (from, to) = (format!("{}=", a.op.as_str()), format!("{}=", to.as_str()));
                    self.replace_token("arithmetic", (a.target.end(), a.value.start()), &from, &to);
                }
                self.delete(stmt);
            }
            Stmt::Assign(_) => self.delete(stmt),
            Stmt::Expr(e) if !self.docstrings.contains(&stmt.start()) => {
                if matches!(&*e.value, Expr::Call(_)) {
                    self.delete(stmt);
                }
            }
            _ => {}
        }
        if !self.docstrings.contains(&stmt.start()) {
            visitor::walk_stmt(self, stmt);
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Compare(c) => {
                let mut left = c.left.end();
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    for to in compare_swaps(*op) {
                        self.replace_token(
                            "comparison",
                            (left, right.start()),
                            op.as_str(),
                            to.as_str(),
                        );
                    }
                    left = right.end();
                }
            }
            Expr::BinOp(b) => {
                if let Some(to) = arithmetic_swap(b.op) {
                    self.replace_token(
                        "arithmetic",
                        (b.left.end(), b.right.start()),
                        b.op.as_str(),
                        to.as_str(),
                    );
                }
            }
            Expr::BoolOp(b) => {
                let (from, to) = match b.op {
                    ast::BoolOp::And => ("and", "or"),
                    ast::BoolOp::Or => ("or", "and"),
                };
                for pair in b.values.windows(2) {
                    self.replace_token("boolean", (pair[0].end(), pair[1].start()), from, to);
                }
            }
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => {
                let operand = self.text(u.operand.range()).to_owned();
                self.rewrite("condition", expr, operand);
            }
            Expr::BooleanLiteral(b) => {
                self.rewrite(
                    "constant",
                    expr,
                    if b.value { "False" } else { "True" }.into(),
                );
            }
            Expr::NumberLiteral(n) if matches!(n.value, ast::Number::Int(_)) => {
                self.off_by_one(expr)
            }
            Expr::Subscript(s)
                if !matches!(&*s.slice, Expr::Slice(_) | Expr::Tuple(_))
                    && int_of(&s.slice).is_none() =>
            {
                self.off_by_one(&s.slice)
            }
            Expr::Call(call) => self.call(call),
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

impl Collector<'_> {
    /// `if c` → `if not (c)` and (for `if`, never `while`, which would spin) `if True`.
    fn condition(&mut self, test: &Expr, may_drop: bool) {
        let text = self.text(test.range()).to_owned();
        self.rewrite("condition", test, format!("not ({text})"));
        if may_drop {
            self.rewrite("condition", test, "True".into());
        }
    }

    fn delete(&mut self, stmt: &Stmt) {
        let text = self.text(stmt.range());
        if text.contains('\n') {
            return;
        }
        let what = format!("deleted `{text}`");
        self.push("statement-deletion", stmt.range(), "pass".into(), what);
    }

    fn call(&mut self, call: &ast::ExprCall) {
        let name = call_name(call);
        if let (Some(name @ ("min" | "max")), Expr::Name(func)) = (name, &*call.func) {
            let to = if name == "min" { "max" } else { "min" };
            self.push(
                "min-max",
                func.range(),
                to.into(),
                format!("`{name}` → `{to}`"),
            );
        }
        let args = &call.arguments.args;
        if name == Some("range") {
            // The stop bound: the only argument, or the second.
            let stop = if args.len() == 1 {
                args.first()
            } else {
                args.get(1)
            };
            if let Some(stop) = stop.filter(|s| int_of(s).is_none()) {
                self.off_by_one(stop);
            }
        }
        let symmetric = matches!(name, Some("min" | "max" | "gcd" | "set" | "print"));
        if let [a, b, ..] = &**args {
            let (ta, tb) = (
                self.text(a.range()).to_owned(),
                self.text(b.range()).to_owned(),
            );
            if !symmetric && ta != tb && !a.is_starred_expr() && !b.is_starred_expr() {
                let range = TextRange::new(a.start(), b.end());
                let between = self.source[usize::from(a.end())..usize::from(b.start())].to_owned();
                self.push(
                    "swapped-arguments",
                    range,
                    format!("{tb}{between}{ta}"),
                    format!("`{ta}` and `{tb}` swapped"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edits(source: &str) -> Vec<String> {
        mutants(source).into_iter().map(|m| m.after).collect()
    }

    #[test]
    fn swaps_comparisons_and_arithmetic() {
        let got = edits("def f(a, b):\n    return a < b + 1\n");
        for want in [
            "return a <= b + 1",
            "return a > b + 1",
            "return a < b - 1",
            "return a < b + 2",
            "return a < b + 0",
        ] {
            assert!(got.iter().any(|g| g == want), "{want} not in {got:#?}");
        }
    }

    #[test]
    fn shifts_range_bounds_and_indices_by_one() {
        let got = edits("def f(xs):\n    for i in range(len(xs)):\n        xs[i] = 0\n");
        for want in [
            "for i in range(len(xs) + 1):",
            "for i in range(len(xs) - 1):",
            "xs[i + 1] = 0",
            "xs[i - 1] = 0",
            "pass",
        ] {
            assert!(got.iter().any(|g| g == want), "{want} not in {got:#?}");
        }
    }

    #[test]
    fn drops_and_negates_conditions_but_never_makes_a_loop_spin() {
        let got = edits(
            "def f(n):\n    while n > 0:\n        if n % 2:\n            break\n        n -= 1\n",
        );
        assert!(got.iter().any(|g| g == "if True:"), "{got:#?}");
        assert!(got.iter().any(|g| g == "if not (n % 2):"), "{got:#?}");
        assert!(got.iter().any(|g| g == "while not (n > 0):"), "{got:#?}");
        assert!(!got.iter().any(|g| g == "while True:"), "{got:#?}");
        assert!(got.iter().any(|g| g == "continue"), "{got:#?}");
        assert!(got.iter().any(|g| g == "n += 1"), "{got:#?}");
    }

    #[test]
    fn every_mutant_parses_differs_and_is_unique() {
        let source = "def f(xs, k):\n    \"\"\"Sum of the k largest; 2 < 3.\"\"\"\n    best = max(xs[0], k) if xs and k else 0\n    q, r = divmod(k, 2)\n    return sorted(xs)[-k:] or [best]\n";
        let all = mutants(source);
        assert!(all.len() > 5, "{all:#?}");
        let unique: HashSet<&str> = all.iter().map(|m| m.source.as_str()).collect();
        assert_eq!(unique.len(), all.len());
        for m in &all {
            assert_ne!(m.source, source);
            assert!(
                ruff_python_parser::parse_module(&m.source).is_ok(),
                "{}",
                m.source
            );
            // The docstring is never touched.
            assert!(
                m.source.contains("Sum of the k largest; 2 < 3."),
                "{}",
                m.source
            );
        }
        assert!(all.iter().any(|m| m.operator == "min-max"));
        assert!(all.iter().any(|m| m.operator == "boolean"));
        assert!(all.iter().any(|m| m.operator == "swapped-arguments"));
    }

    #[test]
    fn a_broken_source_has_no_mutants() {
        assert!(mutants("def f(:\n").is_empty());
    }
}
