//! The starting file `onsite start` writes: the signature as LeetCode shows it, and a docstring
//! template for the reasoning an interviewer asks for.

use std::fmt::Write;

use onsite_problems::{Kind, Problem};

const REASONING: &str = "Approach:\n    Time:  O(?)\n    Space: O(?)\n    Edge cases:";

/// The stub for a problem.
pub fn stub_for(problem: &Problem) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# onsite: {}", problem.slug);
    let _ = writeln!(
        s,
        "# {} ({}) · {}",
        problem.title,
        problem.difficulty,
        problem.patterns.join(", ")
    );
    let _ = writeln!(s, "# Examples on save:  onsite watch <this file>");
    let _ = writeln!(
        s,
        "# Judge and record:  onsite submit <this file>   (stuck? onsite hint {})",
        problem.slug
    );
    let _ = writeln!(
        s,
        "# ListNode, TreeNode, typing names and LeetCode's usual modules are predefined."
    );
    s.push('\n');
    match &problem.kind {
        Kind::Function(sig) => {
            let params: Vec<String> = sig
                .args
                .iter()
                .map(|a| format!("{}: {}", a.name, a.ty.annotation()))
                .collect();
            let def = if sig.is_async {
                // LeetCode's environment does not pre-import asyncio; neither does onsite's.
                s.push_str("import asyncio\n\n\n");
                "async def"
            } else {
                "def"
            };
            let _ = writeln!(
                s,
                "{def} {}({}) -> {}:",
                sig.function,
                params.join(", "),
                sig.returns.annotation()
            );
            let _ = writeln!(s, "    \"\"\"\n    {REASONING}\n    \"\"\"\n    pass");
        }
        Kind::Design(d) => {
            let _ = writeln!(
                s,
                "class {}:\n    \"\"\"\n    {}\n    \"\"\"\n",
                d.class, REASONING
            );
            for m in &d.methods {
                let mut params = vec!["self".to_owned()];
                params.extend(
                    m.args
                        .iter()
                        .map(|a| format!("{}: {}", a.name, a.ty.annotation())),
                );
                let _ = writeln!(
                    s,
                    "    def {}({}) -> {}:\n        pass\n",
                    m.name,
                    params.join(", "),
                    m.returns.annotation()
                );
            }
            s.truncate(s.trim_end().len());
            s.push('\n');
        }
        Kind::Codec(c) => {
            let value = &c.value;
            let _ = writeln!(
                s,
                "class {}:\n    \"\"\"\n    {REASONING}\n    \"\"\"\n\n    \
                 def {}(self, {}: {}) -> str:\n        pass\n\n    \
                 def {}(self, data: str) -> {}:\n        pass",
                c.class,
                c.encode,
                value.name,
                value.ty.annotation(),
                c.decode,
                value.ty.annotation()
            );
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_sum_stub() {
        let catalog = onsite_problems::Catalog::bundled();
        let problem = catalog.get("two-sum").expect("two-sum is bundled");
        insta::assert_snapshot!(stub_for(problem));
    }

    #[test]
    fn a_codec_stub_has_both_methods_with_their_types() {
        let catalog = onsite_problems::Catalog::bundled();
        let problem = catalog
            .get("serialize-and-deserialize-binary-tree")
            .expect("bundled");
        insta::assert_snapshot!(stub_for(problem));
    }
}
