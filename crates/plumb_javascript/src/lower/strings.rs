//! String literals and template literals: their text with escapes decoded,
//! and a template's pieces in order.

use tree_sitter::Node;

use crate::grammar::Grammar;

/// One piece of a template literal.
pub(crate) enum TemplatePart<'t> {
    Text(String),
    /// The expression of `${...}` (none when it is empty or missing).
    Value(Option<Node<'t>>),
}

/// The text of a string literal (`'a\n'`, `"b"`).
pub(crate) fn string_text(src: &str, node: Node<'_>) -> String {
    let raw = src.get(node.byte_range()).unwrap_or("");
    let inner = raw
        .get(1..raw.len().saturating_sub(1))
        .filter(|_| raw.len() >= 2)
        .unwrap_or("");
    decode_escapes(inner)
}

/// The pieces of a template literal between its backticks.
pub(crate) fn template_parts<'t>(src: &str, g: &Grammar, node: Node<'t>) -> Vec<TemplatePart<'t>> {
    let mut parts = Vec::new();
    let end = node.end_byte().saturating_sub(1);
    let mut position = node.start_byte() + 1;
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        if g.kind(child) != "template_substitution" {
            continue;
        }
        let literal = src.get(position..child.start_byte()).unwrap_or("");
        if !literal.is_empty() {
            parts.push(TemplatePart::Text(decode_escapes(literal)));
        }
        let value = plumb_syntax::named_children(child).into_iter().next();
        parts.push(TemplatePart::Value(value));
        position = child.end_byte();
    }
    if position < end {
        let literal = src.get(position..end).unwrap_or("");
        if !literal.is_empty() {
            parts.push(TemplatePart::Text(decode_escapes(literal)));
        }
    }
    parts
}

/// JavaScript escapes: the common single-character ones, `\xHH`,
/// `\uHHHH`, `\u{H...}` and line continuations.
fn decode_escapes(text: &str) -> String {
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
        let Some(escaped) = chars.next() else { break };
        match escaped {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            '0' => out.push('\0'),
            '\n' => {}
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            'x' => {
                let hex: String = chars.by_ref().take(2).collect();
                push_code(&mut out, &hex);
            }
            'u' => {
                let hex: String = if chars.peek() == Some(&'{') {
                    chars.next();
                    chars.by_ref().take_while(|c| *c != '}').collect()
                } else {
                    chars.by_ref().take(4).collect()
                };
                push_code(&mut out, &hex);
            }
            other => out.push(other),
        }
    }
    out
}

fn push_code(out: &mut String, hex: &str) {
    match u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
        Some(c) => out.push(c),
        None => out.push('\u{fffd}'),
    }
}

/// A property name written as a name or a string literal.
pub(crate) fn string_text_or_name(src: &str, kind: &str, node: Node<'_>) -> String {
    if kind == "string" {
        string_text(src, node)
    } else {
        src.get(node.byte_range()).unwrap_or("").to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes() {
        assert_eq!(decode_escapes(r"a\nb\x41\u0042\u{43}\'"), "a\nbABC'");
        assert_eq!(decode_escapes(r"\"), "");
    }
}
