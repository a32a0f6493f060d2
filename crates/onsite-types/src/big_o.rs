//! How people write complexities (`O(N)`, `O(n*log(n))`, `O(n²)`, `O(V + E)`), read into
//! onsite's spelling: the docstring check and the mock interview both read claims with these.

/// A complexity as onsite spells it (`O(n log n)`, `O(n^2)`), from how people write it:
/// `O(N)`, `O(n*log(n))`, `O(nlogn)`, `O(n²)`, `O(n**2)`, `O(2**n)`. Other variables (`O(m*n)`,
/// `O(V + E)`) are kept as written, spaces normalised.
pub fn normalise(raw: &str) -> String {
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
pub fn first_big_o(text: &str) -> Option<(usize, String)> {
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

/// Whether an `O(...)` is a blank left to fill in (`O(?)`, `O(...)`, `O()`, `O(_)`): it names
/// no variable and no constant, so it states nothing.
pub fn is_placeholder(big_o: &str) -> bool {
    let inner = big_o
        .trim()
        .strip_prefix(['O', 'o'])
        .unwrap_or(big_o)
        .trim();
    !inner.chars().any(|c| c.is_alphanumeric() && c != '_')
}

/// The first filled-in complexity a text states, in onsite's spelling (`O(n log n)`), or as
/// written, spaces normalised, when it has other variables (`O(m * n)`, `O(V + E)`); blanks such
/// as `O(?)` are skipped.
pub fn stated(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some((at, o)) = first_big_o(rest) {
        if !is_placeholder(&o) {
            return Some(normalise(&o));
        }
        rest = &rest[at + o.len()..];
    }
    None
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
    fn first_big_o_needs_a_word_boundary_and_balanced_parentheses() {
        assert_eq!(
            first_big_o("runs in O(n log(n)) time").map(|x| x.1),
            Some("O(n log(n))".into())
        );
        assert_eq!(first_big_o("FOO(x)"), None);
    }
    #[test]
    fn blanks_are_skipped_and_several_variables_kept() {
        assert!(is_placeholder("O(?)") && is_placeholder("O( _ )") && !is_placeholder("O(1)"));
        assert_eq!(
            stated("Time: O(?) then O(n * m)").as_deref(),
            Some("O(n * m)")
        );
        assert_eq!(stated("O(V + E) with a queue").as_deref(), Some("O(V + E)"));
        assert_eq!(
            stated("O(n log k) with a heap").as_deref(),
            Some("O(n log k)")
        );
        assert_eq!(stated("no claim"), None);
    }
}
