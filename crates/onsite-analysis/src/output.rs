//! Findings as text (`path:line:col: id message`) and as SARIF 2.1.0 for editors and CI.

use serde_json::{json, Value};

use crate::Analysis;

/// One line per finding (and the syntax error, if any): `path:line:col: id message`, then
/// an indented `fix:` line.
pub fn to_text(path: &str, analysis: &Analysis) -> String {
    let mut out = String::new();
    if let Some(e) = &analysis.syntax_error {
        out.push_str(&format!(
            "{path}:{}:{}: syntax-error {}\n",
            e.line, e.column, e.message
        ));
    }
    for f in &analysis.findings {
        out.push_str(&format!(
            "{path}:{}:{}: {} {}\n",
            f.line, f.column, f.rule, f.message
        ));
        out.push_str(&format!("    fix: {}\n", f.fix));
    }
    out
}

/// A SARIF 2.1.0 log with one run: the rules that fired (with their documentation as help)
/// and one result per finding.
pub fn to_sarif(path: &str, analysis: &Analysis) -> Value {
    let mut ids: Vec<&str> = analysis.findings.iter().map(|f| f.rule).collect();
    ids.sort_unstable();
    ids.dedup();
    let rules: Vec<Value> = ids
        .iter()
        .filter_map(|id| crate::rule(id))
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": {"text": r.summary},
                "help": {"text": r.docs, "markdown": r.docs},
                "properties": {"category": r.severity.as_str()},
            })
        })
        .collect();
    let level = |s: crate::Severity| match s {
        crate::Severity::Performance | crate::Severity::Correctness => "warning",
        crate::Severity::Style => "note",
    };
    let mut results: Vec<Value> = analysis
        .findings
        .iter()
        .map(|f| {
            json!({
                "ruleId": f.rule,
                "ruleIndex": ids.iter().position(|id| *id == f.rule),
                "level": level(f.severity),
                "message": {"text": format!("{} Fix: {}", f.message, f.fix)},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": path},
                    "region": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line},
                }}],
            })
        })
        .collect();
    if let Some(e) = &analysis.syntax_error {
        results.insert(
            0,
            json!({
                "ruleId": "syntax-error",
                "level": "error",
                "message": {"text": e.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": path},
                    "region": {"startLine": e.line, "startColumn": e.column},
                }}],
            }),
        );
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "onsite",
                "informationUri": "https://github.com/onsite-dev/onsite",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    })
}
