//! Where a syntax node is, in the one-based lines and columns reports use.

use plumb_text::Span;
use tree_sitter::Node;

/// The node's span; positions past `u32::MAX` saturate.
pub fn span_of(node: Node<'_>) -> Span {
    let start = node.start_position();
    let end = node.end_position();
    let clamp = |value: usize| u32::try_from(value).unwrap_or(u32::MAX);
    Span {
        start_line: clamp(start.row).saturating_add(1),
        start_col: clamp(start.column).saturating_add(1),
        end_line: clamp(end.row).saturating_add(1),
        end_col: clamp(end.column).saturating_add(1),
        start_byte: clamp(node.start_byte()),
        end_byte: clamp(node.end_byte()),
    }
}
