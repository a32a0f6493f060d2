//! What a solution's docstrings claim: the approach, time and space complexity, edge cases.
//! The stub `onsite start` writes asks for them as `Approach:`, `Time:`, `Space:` and
//! `Edge cases:` lines; free prose ("runs in O(n log n) time") is understood too.

use crate::syntax::ast::{Expr, Stmt};
use crate::Claims;
use onsite_types::big_o::{first_big_o, is_placeholder, normalise};

/// The docstring of a body: its first statement, when a string literal.
fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_owned()),
            _ => None,
        },
        _ => None,
    }
}

/// Every docstring in the module: the module's, and each class's and function's (nested ones
/// included), outermost first.
fn all_docstrings(body: &[Stmt], out: &mut Vec<String>) {
    if let Some(d) = docstring(body) {
        out.push(d);
    }
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(f) => all_docstrings(&f.body, out),
            Stmt::ClassDef(c) => all_docstrings(&c.body, out),
            _ => {}
        }
    }
}

/// The complexity class a sentence states, when it states one onsite knows ("a hash map, O(n)"
/// gives `O(n)`; "O(m*n)" or no `O(...)` at all gives `None`).
pub fn stated_complexity(text: &str) -> Option<onsite_types::ComplexityClass> {
    onsite_types::big_o::stated(text).and_then(|o| o.parse().ok())
}

/// The value after a `Label:` line, when present and filled in.
fn labelled(text: &str, labels: &[&str]) -> Option<String> {
    for line in text.lines() {
        let t = line.trim();
        let lower = t.to_lowercase();
        for label in labels {
            if let Some(rest) = lower.strip_prefix(label) {
                let rest = rest.trim_start();
                if let Some(value) = rest.strip_prefix(':') {
                    let value = t[t.len() - value.len()..].trim();
                    let blank = first_big_o(value).is_some_and(|(_, o)| is_placeholder(&o));
                    if !value.is_empty() && !blank && value != "?" {
                        return Some(value.to_owned());
                    }
                }
            }
        }
    }
    None
}

/// Read the claims of a module.
pub(crate) fn claims(body: &[Stmt]) -> Claims {
    let mut docs = Vec::new();
    all_docstrings(body, &mut docs);
    let mut claims = Claims {
        has_docstring: !docs.is_empty(),
        ..Claims::default()
    };
    for doc in &docs {
        if claims.approach.is_none() {
            claims.approach = labelled(doc, &["approach", "idea", "algorithm"]);
        }
        if claims.edge_cases.is_none() {
            claims.edge_cases = labelled(doc, &["edge cases", "edge-cases", "edge case"]);
        }
        if claims.time.is_none() {
            claims.time = labelled(doc, &["time", "time complexity"])
                .and_then(|v| first_big_o(&v))
                .filter(|(_, o)| !is_placeholder(o))
                .map(|(_, o)| normalise(&o));
        }
        if claims.space.is_none() {
            claims.space = labelled(doc, &["space", "space complexity", "memory"])
                .and_then(|v| first_big_o(&v))
                .filter(|(_, o)| !is_placeholder(o))
                .map(|(_, o)| normalise(&o));
        }
        // Prose: "O(n) time and O(1) space", "runs in O(n log n)".
        for line in doc.lines() {
            let mut rest = line;
            while let Some((at, o)) = first_big_o(rest) {
                if is_placeholder(&o) {
                    rest = &rest[at + o.len()..];
                    continue;
                }
                let after = rest[at + o.len()..].to_lowercase();
                let before = rest[..at].to_lowercase();
                let near = |w: &str| {
                    after.trim_start().starts_with(w)
                        || before.trim_end().ends_with(w)
                        || before.contains(&format!("{w} "))
                };
                if near("space") || near("memory") || near("extra") {
                    if claims.space.is_none() {
                        claims.space = Some(normalise(&o));
                    }
                } else if claims.time.is_none() {
                    claims.time = Some(normalise(&o));
                }
                rest = &rest[at + o.len()..];
            }
        }
    }
    claims
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_stubs_blanks_state_nothing() {
        let source = "def f(nums):\n    \"\"\"\n    Approach:\n    Time:  O(?)\n    Space: O(...)\n    Edge cases:\n    \"\"\"\n    return 0\n";
        let parsed = crate::analyse(source);
        let claims = &parsed.claims;
        assert_eq!(
            (claims.time.as_deref(), claims.space.as_deref()),
            (None, None),
            "{claims:?}"
        );
    }
}
