//! Decoding of C# literal tokens into constant values.
//!
//! Every function takes the raw token text and never fails loudly: a
//! literal the compiler would reject still lowers to something (or `None`),
//! because the input may be broken code.

/// Integer literal: decimal, `0x` hex, `0b` binary, `_` separators and the
/// `u`/`l` suffixes in any case and order.
pub fn int_literal(raw: &str) -> Option<i64> {
    let cleaned: String = raw.chars().filter(|c| *c != '_').collect();
    let lower = cleaned.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest.trim_end_matches(['u', 'l']), 16)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest.trim_end_matches(['u', 'l']), 2)
    } else {
        (lower.trim_end_matches(['u', 'l']), 10)
    };
    let value = u64::from_str_radix(digits, radix).ok()?;
    // Wrapping is the point: `0xFFFFFFFFFFFFFFFF` is a `ulong` whose bits
    // are what an `i64` constant can hold.
    Some(value as i64)
}

/// Real literal with an optional `f`/`d`/`m` suffix.
pub fn float_literal(raw: &str) -> Option<f64> {
    let cleaned: String = raw.chars().filter(|c| *c != '_').collect();
    let lower = cleaned.to_ascii_lowercase();
    let body = lower.strip_suffix(['f', 'd', 'm']).unwrap_or(&lower);
    body.parse::<f64>().ok()
}

/// A regular `"..."` literal (also `"..."u8`).
pub fn string_literal(raw: &str) -> String {
    let body = raw.strip_suffix("u8").unwrap_or(raw);
    let inner = body
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(body);
    unescape(inner)
}

/// `@"..."`: no escapes, `""` is a quote.
pub fn verbatim_string_literal(raw: &str) -> String {
    let inner = raw
        .strip_prefix('@')
        .and_then(|s| s.strip_prefix('"'))
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(raw);
    inner.replace("\"\"", "\"")
}

/// `"""..."""`: no escapes; a multi-line raw string drops its first and
/// last lines and the closing line's indentation from every line.
pub fn raw_string_literal(raw: &str) -> String {
    let quotes = raw.bytes().take_while(|b| *b == b'"').count();
    let start = quotes.min(raw.len());
    let end = raw.len().saturating_sub(quotes).max(start);
    let inner = raw.get(start..end).unwrap_or("");
    if !inner.contains('\n') {
        return inner.to_owned();
    }
    multi_line_raw(inner)
}

/// The content of a multi-line raw string between its delimiters.
pub fn multi_line_raw(inner: &str) -> String {
    let mut lines: Vec<&str> = inner.split('\n').collect();
    if lines.len() < 2 {
        return inner.to_owned();
    }
    lines.remove(0);
    let closing = lines.pop().unwrap_or("");
    let indent = closing.len() - closing.trim_start().len();
    lines
        .iter()
        .map(|line| {
            let line = line.strip_suffix('\r').unwrap_or(line);
            line.get(indent.min(line.len() - line.trim_start().len())..)
                .unwrap_or(line)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn char_literal(raw: &str) -> String {
    let inner = raw
        .strip_prefix('\'')
        .and_then(|s| s.strip_suffix('\''))
        .unwrap_or(raw);
    unescape(inner)
}

/// C# escape sequences: simple escapes, `\xH..`, `\uHHHH`, `\UHHHHHHHH`.
pub fn unescape(text: &str) -> String {
    if !text.contains('\\') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('0') => out.push('\0'),
            Some('a') => out.push('\u{7}'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('v') => out.push('\u{b}'),
            Some('e') => out.push('\u{1b}'),
            Some(kind @ ('x' | 'u' | 'U')) => {
                let max = match kind {
                    'u' => 4,
                    'U' => 8,
                    _ => 4,
                };
                let mut digits = String::new();
                while digits.len() < max {
                    match chars.peek() {
                        Some(d) if d.is_ascii_hexdigit() => {
                            digits.push(*d);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                match u32::from_str_radix(&digits, 16)
                    .ok()
                    .and_then(char::from_u32)
                {
                    Some(decoded) => out.push(decoded),
                    None => out.push('\u{fffd}'),
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_literals() {
        assert_eq!(int_literal("0xFF"), Some(255));
        assert_eq!(int_literal("1_000UL"), Some(1000));
        assert_eq!(float_literal("1.5m"), Some(1.5));
        assert_eq!(string_literal(r#""a\tb\u0041""#), "a\tbA");
        assert_eq!(verbatim_string_literal(r#"@"C:\x""y""#), "C:\\x\"y");
        assert_eq!(
            raw_string_literal(r#""""raw "q" text""""#),
            "raw \"q\" text"
        );
        assert_eq!(
            raw_string_literal("\"\"\"\n    SELECT *\n      FROM t\n    \"\"\""),
            "SELECT *\n  FROM t"
        );
        assert_eq!(char_literal(r"'\n'"), "\n");
    }
}
