//! What a solution's docstrings claim: the approach, time and space complexity, edge cases.
//! The stub `onsite start` writes asks for them as `Approach:`, `Time:`, `Space:` and
//! `Edge cases:` lines; free prose ("runs in O(n log n) time") is understood too.

use crate::syntax::ast::{Expr, Stmt};
use crate::Claims;

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

/// A complexity as onsite spells it (`O(n log n)`, `O(n^2)`), from how people write it:
/// `O(N)`, `O(n*log(n))`, `O(nlogn)`, `O(n²)`, `O(n**2)`, `O(2**n)`. Other variables (`O(m*n)`,
/// `O(V + E)`) are kept as written, spaces normalised.
pub(crate) fn normalise(raw: &str) -> String {
    let body = raw.trim();
    let body = body
        .strip_prefix(['O', 'o'])
        .map(str::trim_start)
        .unwrap_or(body);
    let body = body
        .strip_prefix('(')
        .and_then(|b| b.strip_suffix(')'))
        .unwrap_or(body)
        .trim();
    let compact: String = body
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
        .replace("**", "^")
        .replace('²', "^2")
        .replace('³', "^3")
        .replace("log(n)", "logn")
        .replace("lg", "log")
        .replace('*', "");
    let spelled = match compact.as_str() {
        "1" | "const" | "constant" => "O(1)",
        "logn" | "log2n" => "O(log n)",
        "n" => "O(n)",
        "nlogn" | "nlog2n" => "O(n log n)",
        "n^2" | "nn" => "O(n^2)",
        "n^3" | "nnn" => "O(n^3)",
        "2^n" => "O(2^n)",
        _ => return format!("O({body})"),
    };
    spelled.to_owned()
}

/// The first `O(...)` in a text, with balanced parentheses.
fn first_big_o(text: &str) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(pos) = text[i..].find("O(") {
        let start = i + pos;
        let before_ok = start == 0 || !(bytes[start - 1] as char).is_alphanumeric();
        let mut depth = 0;
        for (j, ch) in text[start + 1..].char_indices() {
            match ch {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        if before_ok {
                            return Some((start, text[start..start + 2 + j].to_owned()));
                        }
                        break;
                    }
                }
                _ => {}
            }
        }
        i = start + 2;
    }
    None
}

/// The complexity class a sentence states, when it states one onsite knows ("a hash map, O(n)"
/// gives `O(n)`; "O(m*n)" or no `O(...)` at all gives `None`).
pub fn stated_complexity(text: &str) -> Option<onsite_types::ComplexityClass> {
    let (_, raw) = first_big_o(text)?;
    normalise(&raw).parse().ok()
}

/// Whether an `O(...)` is a blank left to fill in (`O(?)`, `O(...)`, `O()`, `O(_)`): it names
/// no variable and no constant, so it states nothing.
fn is_placeholder(big_o: &str) -> bool {
    let inner = big_o
        .trim()
        .strip_prefix(['O', 'o'])
        .unwrap_or(big_o)
        .trim();
    !inner.chars().any(|c| c.is_alphanumeric() && c != '_')
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
    use super::*;

    #[test]
    fn complexities_are_normalised() {
        for (raw, want) in [
            ("O(N)", "O(n)"),
            ("O(n log n)", "O(n log n)"),
            ("O(n*log(n))", "O(n log n)"),
            ("O(nlogn)", "O(n log n)"),
            ("O(n²)", "O(n^2)"),
            ("O(n**2)", "O(n^2)"),
            ("O(1)", "O(1)"),
            ("O(log n)", "O(log n)"),
            ("O(2^n)", "O(2^n)"),
            ("O(m * n)", "O(m * n)"),
        ] {
            assert_eq!(normalise(raw), want, "{raw}");
        }
    }

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
        assert!(is_placeholder("O(?)") && is_placeholder("O( _ )") && !is_placeholder("O(1)"));
    }

    #[test]
    fn first_big_o_needs_a_word_boundary_and_balanced_parentheses() {
        assert_eq!(
            first_big_o("runs in O(n log(n)) time").map(|x| x.1),
            Some("O(n log(n))".into())
        );
        assert_eq!(first_big_o("FOO(x)"), None);
    }
}
