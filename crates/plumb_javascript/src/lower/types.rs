//! TypeScript type annotations as written (`TypeRef`), and the constant-ish
//! values decorators carry (`AttrValue`).

use plumb_ir::{AnnotationArg, AttrValue, Const, TypeRef};
use plumb_text::Name;
use tree_sitter::Node;

use super::expressions::parse_number;
use super::strings::{self, TemplatePart};
use super::{named_children, Lowerer};
use crate::grammar::FieldName;

/// Nesting beyond which type arguments and decorator values are dropped.
const MAX_VALUE_DEPTH: u32 = 32;

impl Lowerer<'_> {
    /// A type as written. `number | undefined` is `number`: the absent
    /// value carries nothing; other unions keep their members as arguments
    /// of `Union`.
    pub(super) fn type_ref(&self, node: Node<'_>, depth: u32) -> Option<TypeRef> {
        if depth > MAX_VALUE_DEPTH {
            return None;
        }
        match self.kind(node) {
            "type_annotation" | "parenthesized_type" | "readonly_type" | "optional_type" => {
                let inner = named_children(node).into_iter().next()?;
                self.type_ref(inner, depth + 1)
            }
            "predefined_type" | "type_identifier" | "this_type" => {
                Some(TypeRef::simple(self.text(node).trim()))
            }
            "nested_type_identifier" => self.dotted(node).map(|path| TypeRef::simple(&path)),
            "generic_type" => {
                let name = self.field(node, FieldName::Name)?;
                let mut ty = self.type_ref(name, depth + 1)?;
                if let Some(arguments) = self.field(node, FieldName::TypeArguments) {
                    for argument in named_children(arguments) {
                        ty.args.extend(self.type_ref(argument, depth + 1));
                    }
                }
                Some(ty)
            }
            "array_type" => {
                let element = named_children(node).into_iter().next()?;
                let mut ty = self.type_ref(element, depth + 1)?;
                ty.array_dims = ty.array_dims.saturating_add(1);
                Some(ty)
            }
            "literal_type" => {
                let literal = named_children(node).into_iter().next()?;
                let name = match self.kind(literal) {
                    "string" => "string",
                    "number" | "unary_expression" => "number",
                    "true" | "false" => "boolean",
                    _ => "null",
                };
                Some(TypeRef::simple(name))
            }
            "union_type" => {
                let mut members: Vec<TypeRef> = Vec::new();
                let mut stack = named_children(node);
                while let Some(member) = stack.pop() {
                    if self.kind(member) == "union_type" {
                        stack.extend(named_children(member));
                        continue;
                    }
                    if let Some(ty) = self.type_ref(member, depth + 1) {
                        let absent = matches!(ty.name.as_str(), "null" | "undefined" | "void");
                        if !absent && !members.contains(&ty) {
                            members.push(ty);
                        }
                    }
                }
                match members.len() {
                    0 => None,
                    1 => members.pop(),
                    _ => {
                        let mut ty = TypeRef::simple("Union");
                        members.reverse();
                        ty.args = members;
                        Some(ty)
                    }
                }
            }
            "function_type" => Some(TypeRef::simple("Function")),
            _ => None,
        }
    }

    /// The type annotation in a node's `type` field.
    pub(super) fn annotated_type(&self, node: Node<'_>) -> Option<TypeRef> {
        self.field(node, FieldName::Type)
            .and_then(|ty| self.type_ref(ty, 0))
    }

    pub(super) fn attr_args(&self, arguments: Node<'_>, depth: u32) -> Vec<AnnotationArg> {
        named_children(arguments)
            .into_iter()
            .map(|argument| AnnotationArg {
                key: None,
                value: self.attr_value(argument, depth + 1),
            })
            .collect()
    }

    pub(super) fn attr_value(&self, node: Node<'_>, depth: u32) -> AttrValue {
        if depth > MAX_VALUE_DEPTH {
            return AttrValue::Other;
        }
        match self.kind(node) {
            "string" => AttrValue::Const(Const::str(&strings::string_text(self.src, node))),
            "template_string" => {
                let parts = strings::template_parts(self.src, self.g, node);
                let mut text = String::new();
                for part in parts {
                    match part {
                        TemplatePart::Text(piece) => text.push_str(&piece),
                        TemplatePart::Value(_) => return AttrValue::Other,
                    }
                }
                AttrValue::Const(Const::str(&text))
            }
            "number" => parse_number(self.text(node)).map_or(AttrValue::Other, AttrValue::Const),
            "true" => AttrValue::Const(Const::Bool(true)),
            "false" => AttrValue::Const(Const::Bool(false)),
            "null" | "undefined" => AttrValue::Const(Const::Null),
            "identifier" | "member_expression" => match self.dotted(node) {
                Some(path) => AttrValue::Name(Name::new(&path)),
                None => AttrValue::Other,
            },
            "array" => AttrValue::List(
                named_children(node)
                    .into_iter()
                    .map(|item| self.attr_value(item, depth + 1))
                    .collect(),
            ),
            "call_expression" => {
                let name = self
                    .field(node, FieldName::Function)
                    .and_then(|f| self.dotted(f));
                match name {
                    Some(name) => {
                        let args = self
                            .field(node, FieldName::Arguments)
                            .map(|args| self.attr_args(args, depth + 1))
                            .unwrap_or_default();
                        AttrValue::Call(Name::new(&name), args)
                    }
                    None => AttrValue::Other,
                }
            }
            "parenthesized_expression" => match named_children(node).as_slice() {
                [inner] => self.attr_value(*inner, depth + 1),
                _ => AttrValue::Other,
            },
            _ => AttrValue::Other,
        }
    }

    /// `@Get(':id')`, `@Injectable`: the decorator's dotted name and its
    /// constant arguments.
    pub(super) fn decorator(&self, node: Node<'_>) -> plumb_ir::Annotation {
        let span = crate::span_of(node);
        let expression = named_children(node).into_iter().next();
        let (target, args) = match expression {
            Some(call) if self.kind(call) == "call_expression" => {
                let args = self
                    .field(call, FieldName::Arguments)
                    .map(|args| self.attr_args(args, 0))
                    .unwrap_or_default();
                (self.field(call, FieldName::Function), args)
            }
            other => (other, Vec::new()),
        };
        let name = target
            .and_then(|target| self.dotted(target))
            .unwrap_or_else(|| "<decorator>".to_owned());
        plumb_ir::Annotation {
            name: Name::new(&name),
            args,
            span,
        }
    }
}
