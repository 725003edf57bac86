//! Decoding of Java literal tokens into constant values.
//!
//! Every function takes the raw token text and never fails loudly: a
//! literal the compiler would reject still lowers to something (or `None`),
//! because the input may be broken code.

/// Integer literal (decimal, hex, octal, binary; underscores; `L` suffix).
/// Hex, octal and binary `int` literals are 32-bit two's complement in Java
/// (`0xFFFFFFFF` is `-1`), so they are narrowed unless suffixed with `L`.
pub fn int_literal(raw: &str) -> Option<i64> {
    let cleaned: String = raw.chars().filter(|c| *c != '_').collect();
    let (digits, long) = match cleaned.strip_suffix(['l', 'L']) {
        Some(rest) => (rest, true),
        None => (cleaned.as_str(), false),
    };
    let (digits, radix) = if let Some(rest) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        (rest, 16)
    } else if let Some(rest) = digits
        .strip_prefix("0b")
        .or_else(|| digits.strip_prefix("0B"))
    {
        (rest, 2)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (&digits[1..], 8)
    } else {
        (digits, 10)
    };
    let value = u64::from_str_radix(digits, radix).ok()?;
    // Wrapping casts are the point: they reproduce Java's literal semantics
    // (`9223372036854775808L` only occurs under unary minus).
    if radix == 10 || long {
        Some(value as i64)
    } else {
        Some(value as u32 as i32 as i64)
    }
}

/// Floating-point literal, decimal or hexadecimal, with optional suffix.
pub fn float_literal(raw: &str) -> Option<f64> {
    let cleaned: String = raw.chars().filter(|c| *c != '_').collect();
    let lower = cleaned.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        return hex_float(hex);
    }
    let body = lower.strip_suffix(['f', 'd']).unwrap_or(&lower);
    body.parse::<f64>().ok()
}

fn hex_float(hex: &str) -> Option<f64> {
    let (mantissa, exponent) = match hex.split_once('p') {
        Some((m, e)) => (m, e.strip_suffix(['f', 'd']).unwrap_or(e)),
        None => (hex, "0"),
    };
    let exponent: i32 = exponent.parse().ok()?;
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut value = 0f64;
    for digit in int_part.chars() {
        value = value * 16.0 + f64::from(digit.to_digit(16)?);
    }
    let mut scale = 1.0 / 16.0;
    for digit in frac_part.chars() {
        value += f64::from(digit.to_digit(16)?) * scale;
        scale /= 16.0;
    }
    Some(value * 2f64.powi(exponent))
}

/// A string literal or text block, quotes included, decoded to its value.
pub fn string_literal(raw: &str) -> String {
    if let Some(body) = raw.strip_prefix("\"\"\"") {
        let body = body.strip_suffix("\"\"\"").unwrap_or(body);
        let body = body.replace("\r\n", "\n").replace('\r', "\n");
        // The content of a text block starts after the line break that
        // follows the opening delimiter.
        let content = match body.find('\n') {
            Some(index) => &body[index + 1..],
            None => "",
        };
        return unescape(&strip_indent(content));
    }
    let body = raw.strip_prefix('"').unwrap_or(raw);
    let body = body.strip_suffix('"').unwrap_or(body);
    unescape(body)
}

/// A character literal, quotes included: its value as a one-char string.
pub fn char_literal(raw: &str) -> String {
    let body = raw.strip_prefix('\'').unwrap_or(raw);
    let body = body.strip_suffix('\'').unwrap_or(body);
    unescape(body)
}

/// `String.stripIndent` as the compiler applies it to text blocks: the
/// smallest indentation of the non-blank lines and of the closing line is
/// removed, trailing spaces go.
fn strip_indent(content: &str) -> String {
    let lines: Vec<&str> = content.split('\n').collect();
    let last = lines.len().saturating_sub(1);
    let is_blank = |line: &str| line.chars().all(is_java_space);
    let indent = lines
        .iter()
        .enumerate()
        .filter(|(index, line)| *index == last || !is_blank(line))
        .map(|(_, line)| line.len() - line.trim_start_matches(is_java_space).len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(content.len());
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        if !is_blank(line) {
            out.push_str(
                line.get(indent..)
                    .unwrap_or("")
                    .trim_end_matches(is_java_space),
            );
        }
    }
    out
}

fn is_java_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// Java escape sequences, including octal, `\s`, line continuation and
/// `\uXXXX` (with surrogate pairs).
fn unescape(body: &str) -> String {
    if !body.contains('\\') {
        return body.to_owned();
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    let mut pending_high: Option<u32> = None;
    while let Some(c) = chars.next() {
        if c != '\\' {
            flush_surrogate(&mut out, &mut pending_high);
            out.push(c);
            continue;
        }
        let Some(escape) = chars.next() else {
            out.push('\\');
            break;
        };
        if escape == 'u' {
            while chars.peek() == Some(&'u') {
                chars.next();
            }
            let mut code = 0u32;
            let mut count = 0;
            while count < 4 {
                match chars.peek().and_then(|c| c.to_digit(16)) {
                    Some(digit) => {
                        code = code * 16 + digit;
                        chars.next();
                        count += 1;
                    }
                    None => break,
                }
            }
            if (0xD800..0xDC00).contains(&code) {
                flush_surrogate(&mut out, &mut pending_high);
                pending_high = Some(code);
            } else if (0xDC00..0xE000).contains(&code) {
                match pending_high.take() {
                    Some(high) => {
                        let combined = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00);
                        out.push(char::from_u32(combined).unwrap_or('\u{FFFD}'));
                    }
                    None => out.push('\u{FFFD}'),
                }
            } else {
                flush_surrogate(&mut out, &mut pending_high);
                out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            continue;
        }
        flush_surrogate(&mut out, &mut pending_high);
        match escape {
            'b' => out.push('\u{8}'),
            't' => out.push('\t'),
            'n' => out.push('\n'),
            'f' => out.push('\u{c}'),
            'r' => out.push('\r'),
            's' => out.push(' '),
            '\n' => {}
            '0'..='7' => {
                let mut code = escape.to_digit(8).unwrap_or(0);
                let max_digits = if escape <= '3' { 3 } else { 2 };
                for _ in 1..max_digits {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(digit) => {
                            code = code * 8 + digit;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            other => out.push(other),
        }
    }
    flush_surrogate(&mut out, &mut pending_high);
    out
}

fn flush_surrogate(out: &mut String, pending_high: &mut Option<u32>) {
    if pending_high.take().is_some() {
        out.push('\u{FFFD}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers() {
        assert_eq!(int_literal("42"), Some(42));
        assert_eq!(int_literal("1_000_000"), Some(1_000_000));
        assert_eq!(int_literal("0x1F"), Some(31));
        assert_eq!(int_literal("0xFFFFFFFF"), Some(-1));
        assert_eq!(int_literal("0xFFFFFFFFL"), Some(0xFFFF_FFFF));
        assert_eq!(int_literal("017"), Some(15));
        assert_eq!(int_literal("0b1010"), Some(10));
        assert_eq!(int_literal("10L"), Some(10));
        assert_eq!(int_literal("0"), Some(0));
        assert_eq!(int_literal("99999999999999999999999"), None);
    }

    #[test]
    fn floats() {
        assert_eq!(float_literal("1.5"), Some(1.5));
        assert_eq!(float_literal("2f"), Some(2.0));
        assert_eq!(float_literal("1e3"), Some(1000.0));
        assert_eq!(float_literal(".5d"), Some(0.5));
        assert_eq!(float_literal("0x1.8p1"), Some(3.0));
        assert_eq!(float_literal("1_0.0_1"), Some(10.01));
    }

    #[test]
    fn strings() {
        assert_eq!(string_literal(r#""a\tb\"c""#), "a\tb\"c");
        assert_eq!(string_literal(r#""\101\u0041\uD83D\uDE00""#), "AA😀");
        assert_eq!(char_literal(r"'\n'"), "\n");
        assert_eq!(char_literal("'x'"), "x");
        let block = "\"\"\"\n    SELECT *\n      FROM t\n    \"\"\"";
        assert_eq!(string_literal(block), "SELECT *\n  FROM t\n");
        let inline_end = "\"\"\"\n  a\n  b\"\"\"";
        assert_eq!(string_literal(inline_end), "a\nb");
        assert_eq!(string_literal("\"\"\"\n  a \\\n  b\n  \"\"\""), "a b\n");
    }
}
