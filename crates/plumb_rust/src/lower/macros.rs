//! Macros that carry code are parsed again: the text between a macro's
//! delimiters is read as the arguments of a call (a snippet, whose spans
//! map back to the file). Format strings (`format!`, `println!`,
//! `write!`, `panic!`, and any macro whose arguments are a format string
//! and its values, such as `tracing::info!`) become string building;
//! `vec![..]` a list; other macros a call of their path with `!`
//! appended (`sqlx.query!`), resolved through the file's `use`s, so
//! models can name them. A macro whose text is not a list of
//! expressions (`json!({..})`, custom syntax) is an `Opaque` over the
//! local variables it mentions.

use plumb_ir::{Arg, Call, Callee, Const, Expr, Operand, Terminator};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::{named_children, null, opaque, Lowerer};
use crate::fields::FieldName;
use crate::kinds::KindExt;

/// One piece of a lowered macro argument: a value, or a keyword value
/// (`name = value` in format arguments).
struct MacroArg {
    keyword: Option<Name>,
    value: Operand,
    /// A string literal's text, for format strings.
    literal: Option<String>,
    span: Span,
}

impl Lowerer<'_> {
    pub(super) fn macro_invocation(&mut self, node: Node<'_>) -> Expr {
        let span = self.span(node);
        let Some(path_node) = self.field(node, FieldName::Macro) else {
            return null();
        };
        let segments = self.path_segments(path_node);
        let name = segments.last().cloned().unwrap_or_default();
        let tree = named_children(node)
            .into_iter()
            .find(|c| c.kind_name() == "token_tree");
        let Some(tree) = tree else {
            return null();
        };
        let Some((inner, at)) = self.token_tree_inner(tree) else {
            return null();
        };
        // Brace-delimited macros declare items (`lazy_static! { .. }`,
        // `thread_local! { .. }`) or generate code (`quote! { .. }`), and
        // `matches!` takes a pattern: none is a list of expressions, and a
        // parse that fails still costs a full error recovery.
        let call_like = !self.text(tree).starts_with('{') && name != "matches";
        let parsed = call_like
            .then(|| self.with_snippet(&inner, at, |this, nodes| this.macro_args(nodes)))
            .flatten();
        let Some(args) = parsed else {
            self.unlowered("macro_invocation");
            let operands = self.identifiers_in(tree, false);
            return opaque("macro", operands);
        };
        match name.as_str() {
            "format" | "format_args" | "concat" => self.formatted(&args, span),
            "print" | "println" | "eprint" | "eprintln" => {
                let text = self.formatted(&args, span);
                let text = self.spill(text, span);
                call_of(Name::new(&format!("{name}!")), vec![Arg::positional(text)])
            }
            "write" | "writeln" => {
                let Some((destination, rest)) = args.split_first() else {
                    return null();
                };
                let text = self.formatted(rest, span);
                let text = self.spill(text, span);
                Expr::Call(Call {
                    callee: Callee::Method {
                        receiver: destination.value.clone(),
                        name: Name::new("write_fmt"),
                    },
                    args: vec![Arg::positional(text)],
                })
            }
            "panic" | "unreachable" | "todo" | "unimplemented" => {
                let text = self.formatted(&args, span);
                let text = self.spill(text, span);
                self.terminate_at(Terminator::Throw(Some(text)), span);
                self.dead_block();
                null()
            }
            "vec" => Expr::List(args.into_iter().map(|a| a.value).collect()),
            _ => {
                let path = self.macro_path(&segments);
                let args = self.format_values(args, span);
                call_of(path, args)
            }
        }
    }

    fn macro_args(&mut self, nodes: &[Node<'_>]) -> Vec<MacroArg> {
        let mut out = Vec::new();
        for &node in nodes {
            if matches!(node.kind_name(), "line_comment" | "block_comment") {
                continue;
            }
            let span = self.span(node);
            if node.kind_name() == "assignment_expression" {
                if let (Some(left), Some(right)) = (
                    self.field(node, FieldName::Left),
                    self.field(node, FieldName::Right),
                ) {
                    if left.kind_name() == "identifier" {
                        let keyword = self.name_of(left);
                        let value = self.operand(right);
                        out.push(MacroArg {
                            keyword: Some(keyword),
                            value,
                            literal: None,
                            span,
                        });
                        continue;
                    }
                }
            }
            let literal = matches!(node.kind_name(), "string_literal" | "raw_string_literal")
                .then(|| self.string_value(node));
            let value = self.operand(node);
            out.push(MacroArg {
                keyword: None,
                value,
                literal,
                span,
            });
        }
        out
    }

    /// A macro's path with `!`, its first segment resolved through the
    /// file's `use`s (`info!` after `use tracing::info;` is `tracing.info!`).
    fn macro_path(&self, segments: &[String]) -> Name {
        let mut absolute = self.absolute_path(segments);
        if let Some(first) = absolute.first_mut() {
            if first == "$crate" {
                absolute.remove(0);
            } else if let Some(target) = self.import_targets.get(&Name::new(first)) {
                *first = target.as_str().to_string();
            }
        }
        Name::new(&format!("{}!", absolute.join(".")))
    }

    /// Arguments of a macro that formats: the first string literal with a
    /// placeholder and the values after it become one `Concat`; arguments
    /// before it stay as they are.
    fn format_values(&mut self, args: Vec<MacroArg>, span: Span) -> Vec<Arg> {
        let template = args.iter().position(|a| {
            a.keyword.is_none() && a.literal.as_deref().is_some_and(|t| t.contains('{'))
        });
        let Some(template) = template else {
            return args
                .into_iter()
                .map(|a| Arg {
                    value: a.value,
                    keyword: a.keyword,
                    spread: false,
                })
                .collect();
        };
        let (before, rest) = args.split_at(template);
        let mut out: Vec<Arg> = before
            .iter()
            .map(|a| Arg {
                value: a.value.clone(),
                keyword: a.keyword,
                spread: false,
            })
            .collect();
        let text = self.formatted(rest, span);
        out.push(Arg::positional(self.spill(text, span)));
        out
    }

    /// `"a {} {name} {0:?}", x, name = y`: the literal pieces and values in
    /// order; `{name}` without a named argument reads the variable.
    fn formatted(&mut self, args: &[MacroArg], span: Span) -> Expr {
        let Some((first, rest)) = args.split_first() else {
            return Expr::Use(Operand::Const(Const::str("")));
        };
        let Some(template) = first.literal.clone() else {
            // `concat!(a, b)` or a format string that is not a literal.
            return Expr::Concat(args.iter().map(|a| a.value.clone()).collect());
        };
        let positional: Vec<&MacroArg> = rest.iter().filter(|a| a.keyword.is_none()).collect();
        let mut parts: Vec<Operand> = Vec::new();
        let mut literal = String::new();
        let mut next = 0usize;
        let mut chars = template.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    literal.push('}');
                }
                '{' => {
                    let mut spec = String::new();
                    for c in chars.by_ref() {
                        if c == '}' {
                            break;
                        }
                        spec.push(c);
                    }
                    let argument = spec.split(':').next().unwrap_or("").trim();
                    let value = if argument.is_empty() {
                        let value = positional.get(next).map(|a| a.value.clone());
                        next += 1;
                        value
                    } else if let Ok(index) = argument.parse::<usize>() {
                        positional.get(index).map(|a| a.value.clone())
                    } else {
                        let name = Name::new(argument);
                        match rest.iter().find(|a| a.keyword == Some(name)) {
                            Some(named) => Some(named.value.clone()),
                            None => Some(self.read_name(name)),
                        }
                    };
                    if !literal.is_empty() {
                        parts.push(Operand::Const(Const::str(&std::mem::take(&mut literal))));
                    }
                    if let Some(value) = value {
                        parts.push(value);
                    }
                }
                other => literal.push(other),
            }
        }
        if !literal.is_empty() || parts.is_empty() {
            parts.push(Operand::Const(Const::str(&literal)));
        }
        // Values the template does not mention (a `concat!` tail) still flow.
        if template.is_empty() {
            parts.extend(rest.iter().map(|a| a.value.clone()));
        }
        let _ = (span, first.span);
        match parts.as_slice() {
            [Operand::Const(constant)] => Expr::Use(Operand::Const(constant.clone())),
            _ => Expr::Concat(parts),
        }
    }
}

fn call_of(path: Name, args: Vec<Arg>) -> Expr {
    Expr::Call(Call {
        callee: Callee::Function(Operand::Global(path)),
        args,
    })
}
