//! The one module that knows ruff's parser: parsing, positions, and the walk that gives every
//! rule each statement and expression with its context (enclosing loops and function, what
//! kind of value each local name holds). Rules use the AST through the `ast` re-export.

use std::collections::HashMap;

pub(crate) use ruff_python_ast as ast;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextSize};

use crate::{Analysis, Finding, SyntaxIssue};

/// Byte offsets of line starts, for 1-based line and column numbers.
pub(crate) struct Lines<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> Lines<'s> {
    pub(crate) fn new(source: &'s str) -> Lines<'s> {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        Lines { source, starts }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub(crate) fn position(&self, offset: TextSize) -> (u32, u32) {
        let offset = usize::from(offset).min(self.source.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = self
            .source
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line as u32, column as u32 + 1)
    }

    pub(crate) fn line(&self, offset: TextSize) -> u32 {
        self.position(offset).0
    }
}

/// What a local name is known to hold, from its assignments in the same function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ValueKind {
    List,
    Set,
    Dict,
    Deque,
    Str,
    /// A slice of a sequence (`xs[i:]`): a copy, as long as the part it takes.
    Slice,
    /// Assigned values of different kinds, or of a kind not worth tracking.
    Other,
}

/// The kind of value an expression evaluates to, when obvious from its form.
pub(crate) fn kind_of(expr: &Expr) -> Option<ValueKind> {
    match expr {
        Expr::List(_) | Expr::ListComp(_) => Some(ValueKind::List),
        Expr::Set(_) | Expr::SetComp(_) => Some(ValueKind::Set),
        Expr::Dict(_) | Expr::DictComp(_) => Some(ValueKind::Dict),
        Expr::StringLiteral(_) | Expr::FString(_) => Some(ValueKind::Str),
        Expr::Subscript(s) if matches!(&*s.slice, Expr::Slice(_)) => Some(ValueKind::Slice),
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Mult) => {
            kind_of(&b.left).filter(|k| *k == ValueKind::List)
        }
        Expr::Call(call) => match call_name(call)? {
            "list" | "sorted" => Some(ValueKind::List),
            "set" | "frozenset" => Some(ValueKind::Set),
            "dict" | "defaultdict" | "Counter" | "OrderedDict" => Some(ValueKind::Dict),
            "deque" => Some(ValueKind::Deque),
            "str" => Some(ValueKind::Str),
            _ => None,
        },
        _ => None,
    }
}

/// The called name of a call: `f` for `f(...)`, `attr` for `mod.attr(...)`.
pub(crate) fn call_name(call: &ast::ExprCall) -> Option<&str> {
    match &*call.func {
        Expr::Name(n) => Some(n.id.as_str()),
        Expr::Attribute(a) => Some(a.attr.as_str()),
        _ => None,
    }
}

/// The name an expression is, if it is a bare name.
pub(crate) fn name_of(expr: &Expr) -> Option<&str> {
    match expr {
        Expr::Name(n) => Some(n.id.as_str()),
        _ => None,
    }
}

/// The integer an expression is, if it is an integer literal (negative ones included).
pub(crate) fn int_of(expr: &Expr) -> Option<i64> {
    match expr {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i.as_i64(),
            _ => None,
        },
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => int_of(&u.operand).map(|v| -v),
        _ => None,
    }
}

/// A function's named parameters (positional-only, ordinary, keyword-only), in order.
pub(crate) fn parameters(
    params: &ast::Parameters,
) -> impl Iterator<Item = &ast::ParameterWithDefault> {
    params
        .posonlyargs
        .iter()
        .chain(&params.args)
        .chain(&params.kwonlyargs)
}

/// Whether `expr` mentions the name `name` anywhere.
pub(crate) fn mentions(expr: &Expr, name: &str) -> bool {
    struct Finder<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if name_of(expr) == Some(self.name) {
                self.found = true;
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut f = Finder { name, found: false };
    f.visit_expr(expr);
    f.found
}

/// An enclosing loop.
pub(crate) struct LoopFrame<'a> {
    /// `for` loops: the target and the iterable; `while` loops: neither.
    pub(crate) target: Option<&'a Expr>,
    pub(crate) iter: Option<&'a Expr>,
    pub(crate) line: u32,
}

/// An enclosing function.
pub(crate) struct FunctionFrame<'a> {
    pub(crate) def: &'a ast::StmtFunctionDef,
    /// What each local name holds.
    pub(crate) kinds: HashMap<String, ValueKind>,
}

/// What a rule sees around the node it checks.
pub(crate) struct Ctx<'a> {
    pub(crate) lines: Lines<'a>,
    pub(crate) loops: Vec<LoopFrame<'a>>,
    pub(crate) functions: Vec<FunctionFrame<'a>>,
    /// Names known at module level.
    pub(crate) module_kinds: HashMap<String, ValueKind>,
}

impl<'a> Ctx<'a> {
    /// What `name` holds in the innermost function (or module), if known.
    pub(crate) fn kind(&self, name: &str) -> Option<ValueKind> {
        match self.functions.last() {
            Some(f) => f.kinds.get(name).copied(),
            None => self.module_kinds.get(name).copied(),
        }
    }

    /// Whether the node sits inside a loop of the innermost function.
    pub(crate) fn in_loop(&self) -> bool {
        !self.loops.is_empty()
    }

    /// A finding for `node`.
    pub(crate) fn finding(
        &self,
        rule: &'static crate::RuleInfo,
        node: &impl Ranged,
        message: String,
        fix: impl Into<String>,
    ) -> Finding {
        let (line, column) = self.lines.position(node.start());
        Finding {
            rule: rule.id,
            severity: rule.severity,
            line,
            column,
            end_line: self.lines.line(node.end()),
            message,
            fix: fix.into(),
        }
    }
}

/// The kinds of the names a block of statements binds (not descending into nested functions
/// or classes). A name bound to values of different kinds is `Other`.
pub(crate) fn local_kinds<'a>(
    params: Option<&'a ast::Parameters>,
    body: &'a [Stmt],
) -> HashMap<String, ValueKind> {
    struct Binder {
        kinds: HashMap<String, ValueKind>,
    }
    impl Binder {
        fn bind(&mut self, name: &str, kind: Option<ValueKind>) {
            let kind = kind.unwrap_or(ValueKind::Other);
            self.kinds
                .entry(name.to_owned())
                .and_modify(|k| {
                    if *k != kind {
                        *k = ValueKind::Other;
                    }
                })
                .or_insert(kind);
        }
    }
    impl<'a> Visitor<'a> for Binder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::Assign(a) => {
                    for t in &a.targets {
                        match t {
                            // `s = s + x` keeps whatever `s` was, like `s += x`.
                            Expr::Name(n)
                                if matches!(&*a.value, Expr::BinOp(b)
                                    if name_of(&b.left) == Some(n.id.as_str())) => {}
                            Expr::Name(n) => self.bind(n.id.as_str(), kind_of(&a.value)),
                            Expr::Tuple(tuple) => {
                                for e in &tuple.elts {
                                    if let Some(n) = name_of(e) {
                                        self.bind(n, None);
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
                Stmt::AnnAssign(a) => {
                    if let (Some(n), Some(v)) = (name_of(&a.target), &a.value) {
                        self.bind(n, kind_of(v).or_else(|| annotation_kind(&a.annotation)));
                    }
                }
                Stmt::For(f) => {
                    if let Some(n) = name_of(&f.target) {
                        self.bind(n, None);
                    }
                }
                Stmt::AugAssign(a) => {
                    // `s += "x"` keeps a string a string; anything else keeps its kind too.
                    let _ = a;
                }
                _ => {}
            }
            visitor::walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Named(n) = expr {
                if let Some(name) = name_of(&n.target) {
                    self.bind(name, kind_of(&n.value));
                }
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut b = Binder {
        kinds: HashMap::new(),
    };
    if let Some(params) = params {
        for p in parameters(params) {
            // An unannotated parameter is unknown (not "other"): rules may still guess.
            if let Some(kind) = p.parameter.annotation.as_deref().and_then(annotation_kind) {
                b.bind(p.parameter.name.as_str(), Some(kind));
            }
        }
    }
    for stmt in body {
        b.visit_stmt(stmt);
    }
    b.kinds
}

/// The kind an annotation declares (`list[int]`, `List[str]`, `str`, `set`...).
fn annotation_kind(expr: &Expr) -> Option<ValueKind> {
    let base = match expr {
        Expr::Subscript(s) => &*s.value,
        other => other,
    };
    match name_of(base)? {
        "list" | "List" => Some(ValueKind::List),
        "set" | "Set" => Some(ValueKind::Set),
        "dict" | "Dict" => Some(ValueKind::Dict),
        "str" => Some(ValueKind::Str),
        "deque" | "Deque" => Some(ValueKind::Deque),
        _ => None,
    }
}

/// The walk: keeps the context and hands each node to every rule.
struct Walker<'a> {
    cx: Ctx<'a>,
    findings: Vec<Finding>,
    rules: &'static [&'static dyn crate::rules::Rule],
}

impl<'a> Visitor<'a> for Walker<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        for rule in self.rules {
            rule.stmt(stmt, &self.cx, &mut self.findings);
        }
        match stmt {
            Stmt::FunctionDef(def) => {
                // A nested function's loops are its own: they do not nest in the caller's.
                let outer_loops = std::mem::take(&mut self.cx.loops);
                self.cx.functions.push(FunctionFrame {
                    def,
                    kinds: local_kinds(Some(&def.parameters), &def.body),
                });
                visitor::walk_stmt(self, stmt);
                self.cx.functions.pop();
                self.cx.loops = outer_loops;
            }
            Stmt::For(f) => {
                self.visit_expr(&f.iter);
                self.visit_expr(&f.target);
                self.cx.loops.push(LoopFrame {
                    target: Some(&f.target),
                    iter: Some(&f.iter),
                    line: self.cx.lines.line(f.start()),
                });
                self.visit_body(&f.body);
                self.cx.loops.pop();
                self.visit_body(&f.orelse);
            }
            Stmt::While(w) => {
                self.cx.loops.push(LoopFrame {
                    target: None,
                    iter: None,
                    line: self.cx.lines.line(w.start()),
                });
                self.visit_expr(&w.test);
                self.visit_body(&w.body);
                self.cx.loops.pop();
                self.visit_body(&w.orelse);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        for rule in self.rules {
            rule.expr(expr, &self.cx, &mut self.findings);
        }
        match expr {
            // A comprehension is a loop: what it evaluates per element runs inside it.
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.cx.loops.push(LoopFrame {
                    target: None,
                    iter: None,
                    line: self.cx.lines.line(expr.start()),
                });
                visitor::walk_expr(self, expr);
                self.cx.loops.pop();
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Parse and analyse.
pub(crate) fn analyse(source: &str) -> Analysis {
    let lines = Lines::new(source);
    let parsed = match ruff_python_parser::parse_module(source) {
        Ok(parsed) => parsed,
        Err(e) => {
            let (line, column) = lines.position(e.location.start());
            return Analysis {
                syntax_error: Some(SyntaxIssue {
                    line,
                    column,
                    message: e.error.to_string(),
                }),
                ..Analysis::default()
            };
        }
    };
    let module = parsed.syntax();
    let body: &[Stmt] = &module.body;
    let mut walker = Walker {
        cx: Ctx {
            lines,
            loops: Vec::new(),
            functions: Vec::new(),
            module_kinds: local_kinds(None, body),
        },
        findings: Vec::new(),
        rules: crate::rules::registry(),
    };
    for stmt in body {
        walker.visit_stmt(stmt);
    }
    let mut findings = walker.findings;
    findings.sort_by(|a, b| (a.line, a.column, a.rule).cmp(&(b.line, b.column, b.rule)));
    findings.dedup();
    // Rules that describe a whole function (its recursion) say it once, at the first place.
    let mut said = std::collections::HashSet::new();
    findings.retain(|f| {
        let once = crate::rules::registry()
            .iter()
            .any(|r| r.info().id == f.rule && r.once_per_message());
        !once || said.insert((f.rule, f.message.clone()))
    });
    let lines = Lines::new(source);
    Analysis {
        syntax_error: None,
        findings,
        metrics: crate::metrics::measure(body, &lines, source),
        claims: crate::docstring::claims(body),
    }
}
