//! String literals: prefixes, escapes, f-string pieces and `%` formats.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use tree_sitter::Node;

pub(crate) enum StrPart<'t> {
    Lit(String),
    /// An f-string replacement field's expression (`None` if it is missing).
    Interp(Option<Node<'t>>),
}

/// The pieces of one `string` node, in order, with escapes decoded. Plain
/// strings yield one literal part.
pub(crate) fn string_parts<'t>(src: &str, node: Node<'t>, out: &mut Vec<StrPart<'t>>) {
    let mut start = None;
    let mut end = None;
    let mut interpolations = Vec::new();
    for child in super::children(node) {
        match child.kind_name() {
            "string_start" => start = Some(child),
            "string_end" => end = Some(child),
            "interpolation" => interpolations.push(child),
            _ => {}
        }
    }
    let prefix = start
        .and_then(|start| src.get(start.byte_range()))
        .unwrap_or("")
        .trim_end_matches(['"', '\''])
        .to_ascii_lowercase();
    let raw = prefix.contains('r');
    let formatted = prefix.contains('f') || prefix.contains('t');
    let body_start = start.map_or(node.start_byte(), |start| start.end_byte());
    let body_end = end.map_or(node.end_byte(), |end| end.start_byte());
    let decode = |from: usize, to: usize| -> String {
        let text = if from <= to {
            src.get(from..to).unwrap_or("")
        } else {
            ""
        };
        let text = if raw {
            text.to_string()
        } else {
            unescape(text)
        };
        if formatted {
            text.replace("{{", "{").replace("}}", "}")
        } else {
            text
        }
    };
    let mut pos = body_start;
    for interpolation in interpolations {
        out.push(StrPart::Lit(decode(pos, interpolation.start_byte())));
        out.push(StrPart::Interp(interpolation.field(FieldName::Expression)));
        pos = interpolation.end_byte();
    }
    out.push(StrPart::Lit(decode(pos, body_end)));
}

/// The value of a string literal without replacement fields (implicit
/// concatenation included); `None` for f-strings with fields and non-strings.
pub(crate) fn const_string(src: &str, node: Node<'_>) -> Option<String> {
    let mut parts = Vec::new();
    match node.kind_name() {
        "string" => string_parts(src, node, &mut parts),
        "concatenated_string" => {
            for child in super::named_children(node) {
                if child.kind_name() == "string" {
                    string_parts(src, child, &mut parts);
                }
            }
        }
        _ => return None,
    }
    let mut text = String::new();
    for part in parts {
        match part {
            StrPart::Lit(piece) => text.push_str(&piece),
            StrPart::Interp(_) => return None,
        }
    }
    Some(text)
}

fn unescape(text: &str) -> String {
    if !text.contains('\\') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(next) = chars.next() else {
            out.push('\\');
            break;
        };
        match next {
            '\n' => {}
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            '\\' | '\'' | '"' => out.push(next),
            '0'..='7' => {
                let mut value = next.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|d| d.to_digit(8)) {
                        Some(digit) => {
                            value = value * 8 + digit;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let width = match next {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut digits = String::new();
                while digits.len() < width {
                    match chars.peek() {
                        Some(d) if d.is_ascii_hexdigit() => {
                            digits.push(*d);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                let decoded = u32::from_str_radix(&digits, 16)
                    .ok()
                    .and_then(char::from_u32);
                match decoded {
                    Some(ch) if digits.len() == width => out.push(ch),
                    _ => {
                        out.push('\\');
                        out.push(next);
                        out.push_str(&digits);
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}

pub(crate) enum FormatPiece {
    Lit(String),
    Value,
}

/// Splits a `%` format with only `%s`/`%d`/`%r`/`%i` conversions (and `%%`);
/// anything else (widths, `%(name)s`, `%f`) makes it `None`.
pub(crate) fn percent_format(format: &str) -> Option<Vec<FormatPiece>> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            literal.push(c);
            continue;
        }
        match chars.next()? {
            '%' => literal.push('%'),
            's' | 'd' | 'r' | 'i' => {
                if !literal.is_empty() {
                    pieces.push(FormatPiece::Lit(std::mem::take(&mut literal)));
                }
                pieces.push(FormatPiece::Value);
            }
            _ => return None,
        }
    }
    if !literal.is_empty() {
        pieces.push(FormatPiece::Lit(literal));
    }
    Some(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescapes_common_sequences() {
        assert_eq!(unescape(r"a\nb\t\\\x41\u00e9\101\q"), "a\nb\t\\Aé\u{41}\\q");
        assert_eq!(unescape("\\"), "\\");
        assert_eq!(unescape(r"\x4"), "\\x4");
    }

    #[test]
    fn splits_percent_formats() {
        let pieces = percent_format("a %s b %d%%").map(|p| p.len());
        assert_eq!(pieces, Some(5));
        assert!(percent_format("%(name)s").is_none());
        assert!(percent_format("%5d").is_none());
        assert!(percent_format("100%").is_none());
    }
}
