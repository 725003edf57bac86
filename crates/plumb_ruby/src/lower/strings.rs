//! Strings, symbols, heredocs and backticks: literal pieces become
//! constants, `#{..}` pieces are lowered, and a string with any
//! interpolation is one `Concat`.

use plumb_ir::{Const, Expr, Operand};
use plumb_text::Name;
use tree_sitter::Node;

use super::{children, named_children, Lowerer};
use crate::kinds::KindExt;
use crate::span_of;

impl Lowerer<'_> {
    /// A string-like node (`string`, `delimited_symbol`, `heredoc_body`,
    /// `subshell`, `regex`) as a constant or a `Concat`.
    pub(super) fn string_parts(&mut self, node: Node<'_>) -> Operand {
        let mut parts: Vec<Operand> = Vec::new();
        let mut text = String::new();
        for child in named_children(node) {
            match child.kind_name() {
                "string_content" | "heredoc_content" => text.push_str(self.text(child)),
                "escape_sequence" => text.push_str(&unescape(self.text(child))),
                "interpolation" => {
                    if !text.is_empty() {
                        parts.push(Operand::Const(Const::str(&std::mem::take(&mut text))));
                    }
                    let mut value = Operand::Const(Const::str(""));
                    for inner in named_children(child) {
                        value = self.expr(inner);
                    }
                    parts.push(value);
                }
                "heredoc_end" => {}
                _ => {
                    let value = self.expr(child);
                    parts.push(value);
                }
            }
        }
        if parts.is_empty() {
            return Operand::Const(Const::str(&text));
        }
        if !text.is_empty() {
            parts.push(Operand::Const(Const::str(&text)));
        }
        self.spill(Expr::Concat(parts), span_of(node))
    }

    /// `<<~SQL`: the body is a later sibling of some ancestor; the first
    /// unread body after the opener is this opener's.
    pub(super) fn heredoc(&mut self, opener: Node<'_>) -> Operand {
        let mut ancestor = opener.parent();
        while let Some(node) = ancestor {
            for child in children(node) {
                if child.kind_name() == "heredoc_body"
                    && child.start_byte() >= opener.end_byte()
                    && !self.heredocs_used.contains(&child.start_byte())
                {
                    self.heredocs_used.insert(child.start_byte());
                    return self.string_parts(child);
                }
            }
            ancestor = node.parent();
        }
        Operand::Const(Const::str(""))
    }

    /// `:name` and `name:` are their names as strings.
    pub(super) fn symbol(&mut self, node: Node<'_>) -> Operand {
        let text = self.text(node);
        let name = text.trim_start_matches(':').trim_end_matches(':');
        Operand::Const(Const::str(name))
    }

    /// `` `cmd` `` and `%x{cmd}`: a call of the backtick method on the text.
    pub(super) fn subshell(&mut self, node: Node<'_>) -> Operand {
        let command = self.string_parts(node);
        let call = Expr::Call(plumb_ir::Call {
            callee: plumb_ir::Callee::Function(Operand::Global(Name::new("`"))),
            args: vec![plumb_ir::Arg::positional(command)],
        });
        self.spill(call, span_of(node))
    }
}

/// The character an escape sequence stands for; unknown ones keep their text.
fn unescape(escape: &str) -> String {
    match escape {
        "\\n" => "\n".into(),
        "\\t" => "\t".into(),
        "\\r" => "\r".into(),
        "\\0" => "\0".into(),
        "\\\\" => "\\".into(),
        "\\\"" => "\"".into(),
        "\\'" => "'".into(),
        "\\#" => "#".into(),
        other => other.strip_prefix('\\').unwrap_or(other).to_string(),
    }
}
