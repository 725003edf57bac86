//! Declarations' static parts: types as written, modifiers, attributes and
//! their constant arguments. Nothing here emits instructions.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{Annotation, AnnotationArg, AttrValue, Const, TypeRef};
use plumb_text::Name;
use tree_sitter::Node;

use crate::literals;

/// Types and attribute values nest only a few levels in real code; past
/// this the rest is summarised so that hostile input cannot exhaust the stack.
const MAX_TYPE_DEPTH: u32 = 64;

/// The source text and position helpers shared by the lowering passes.
#[derive(Clone, Copy)]
pub struct Src<'a> {
    pub text: &'a str,
}

impl<'a> Src<'a> {
    pub fn text(self, node: Node) -> &'a str {
        self.text
            .get(node.start_byte()..node.end_byte())
            .unwrap_or("")
    }

    /// Dotted names as written, without whitespace, comments, generic
    /// arguments or a `global::` root.
    pub fn dotted(self, node: Node) -> String {
        let text = self.text(node);
        if text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_')
        {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        collect_identifiers(node, self, &mut out, 0);
        out
    }
}

fn collect_identifiers(node: Node, src: Src, out: &mut String, depth: u32) {
    if depth > MAX_TYPE_DEPTH {
        return;
    }
    match node.kind_name() {
        "identifier" => {
            let text = src.text(node);
            if text == "global"
                && node
                    .parent()
                    .is_some_and(|p| p.kind_name() == "alias_qualified_name")
            {
                return;
            }
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(text);
        }
        "predefined_type" => {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(predefined_qualified(src.text(node)));
        }
        _ => {
            for child in named_children(node) {
                if !matches!(child.kind_name(), "type_argument_list" | "attribute_list") {
                    collect_identifiers(child, src, out, depth + 1);
                }
            }
        }
    }
}

pub use plumb_syntax::span_of as span;

pub use plumb_syntax::{children, named_children};

pub fn is_type_kind(kind: &str) -> bool {
    matches!(
        kind,
        "identifier"
            | "qualified_name"
            | "alias_qualified_name"
            | "generic_name"
            | "array_type"
            | "nullable_type"
            | "predefined_type"
            | "tuple_type"
            | "pointer_type"
            | "ref_type"
            | "scoped_type"
            | "function_pointer_type"
    )
}

/// The name a C# keyword type stands for where it is used as a value
/// (`string.Format`, `int.Parse`): the framework type it aliases.
pub fn predefined_qualified(keyword: &str) -> &str {
    match keyword {
        "string" => "System.String",
        "object" => "System.Object",
        "int" => "System.Int32",
        "long" => "System.Int64",
        "short" => "System.Int16",
        "byte" => "System.Byte",
        "sbyte" => "System.SByte",
        "uint" => "System.UInt32",
        "ulong" => "System.UInt64",
        "ushort" => "System.UInt16",
        "bool" => "System.Boolean",
        "double" => "System.Double",
        "float" => "System.Single",
        "decimal" => "System.Decimal",
        "char" => "System.Char",
        other => other,
    }
}

/// `var` (and `dynamic`): the declaration states no type.
pub fn is_inferred(node: Node, src: Src) -> bool {
    node.kind_name() == "implicit_type" || matches!(src.text(node), "var" | "dynamic")
}

/// A type as written. Keyword types keep their keyword (`string`, `int`),
/// which the analysis knows; `T?` is `T`; `global::` is dropped.
pub fn type_ref(node: Node, src: Src) -> TypeRef {
    type_ref_at(node, src, 0)
}

fn type_ref_at(node: Node, src: Src, depth: u32) -> TypeRef {
    if depth > MAX_TYPE_DEPTH {
        return TypeRef::simple("?");
    }
    match node.kind_name() {
        "generic_name" => {
            let mut name = None;
            let mut args = Vec::new();
            for child in named_children(node) {
                match child.kind_name() {
                    "type_argument_list" => {
                        for arg in named_children(child) {
                            args.push(type_ref_at(arg, src, depth + 1));
                        }
                    }
                    "identifier" => name = Some(Name::new(src.text(child))),
                    _ => {}
                }
            }
            TypeRef {
                name: name.unwrap_or_else(|| Name::new("?")),
                args,
                array_dims: 0,
            }
        }
        "qualified_name" | "alias_qualified_name" => {
            // The generic arguments of the last segment are the type's.
            let last = node.field(FieldName::Name);
            let args = match last {
                Some(last) if last.kind_name() == "generic_name" => {
                    type_ref_at(last, src, depth + 1).args
                }
                _ => Vec::new(),
            };
            TypeRef {
                name: Name::new(&src.dotted(node)),
                args,
                array_dims: 0,
            }
        }
        "array_type" => {
            let mut element = node
                .field(FieldName::Type)
                .map(|element| type_ref_at(element, src, depth + 1))
                .unwrap_or_else(|| TypeRef::simple("?"));
            let dims = node.field(FieldName::Rank).map_or(1, |rank| {
                1 + u8::try_from(src.text(rank).bytes().filter(|b| *b == b',').count()).unwrap_or(0)
            });
            element.array_dims = element.array_dims.saturating_add(dims);
            element
        }
        "nullable_type" | "ref_type" | "scoped_type" | "pointer_type" => node
            .field(FieldName::Type)
            .map(|inner| type_ref_at(inner, src, depth + 1))
            .unwrap_or_else(|| TypeRef::simple("?")),
        "tuple_type" => TypeRef {
            name: Name::new("System.ValueTuple"),
            args: named_children(node)
                .into_iter()
                .filter_map(|element| element.field(FieldName::Type))
                .map(|ty| type_ref_at(ty, src, depth + 1))
                .collect(),
            array_dims: 0,
        },
        _ => TypeRef::simple(src.text(node)),
    }
}

#[derive(Default)]
pub struct Modifiers {
    pub is_static: bool,
    pub is_final: bool,
    pub is_abstract: bool,
    /// An access modifier was written (`public`, `private`, ...).
    pub has_access: bool,
    pub annotations: Vec<Annotation>,
}

/// Modifiers and attributes of a declaration. Access modifiers other than
/// `public` are kept as annotations named by the keyword, which is how the
/// entry-point layer tells actions from helpers.
pub fn modifiers(decl: Node, src: Src) -> Modifiers {
    let mut result = Modifiers::default();
    for child in named_children(decl) {
        match child.kind_name() {
            "modifier" => match src.text(child) {
                "static" => result.is_static = true,
                "const" => {
                    result.is_static = true;
                    result.is_final = true;
                }
                "readonly" => result.is_final = true,
                "abstract" => result.is_abstract = true,
                "public" => result.has_access = true,
                keyword @ ("private" | "protected" | "internal") => {
                    result.has_access = true;
                    result.annotations.push(Annotation {
                        name: Name::new(keyword),
                        args: Vec::new(),
                        span: span(child),
                    });
                }
                _ => {}
            },
            "attribute_list" => {
                for attribute in named_children(child) {
                    if attribute.kind_name() == "attribute" {
                        result.annotations.push(annotation(attribute, src));
                    }
                }
            }
            _ => {}
        }
    }
    result
}

/// Cheap check used when pre-scanning class members.
pub fn has_modifier(decl: Node, src: Src, keyword: &str) -> bool {
    named_children(decl)
        .into_iter()
        .any(|child| child.kind_name() == "modifier" && src.text(child) == keyword)
}

/// `[HttpGet("{id}")]` is the annotation `HttpGet`: C# lets the
/// `Attribute` suffix of the class name be left out, so it always is.
pub fn annotation(node: Node, src: Src) -> Annotation {
    let written = node
        .field(FieldName::Name)
        .map(|name| src.dotted(name))
        .unwrap_or_else(|| "?".to_owned());
    let name = match written.strip_suffix("Attribute") {
        Some(stem) if !stem.is_empty() && !stem.ends_with('.') => stem.to_owned(),
        _ => written,
    };
    let args = named_children(node)
        .into_iter()
        .find(|c| c.kind_name() == "attribute_argument_list")
        .map(|list| {
            named_children(list)
                .into_iter()
                .filter(|arg| arg.kind_name() == "attribute_argument")
                .map(|arg| {
                    let key = arg.field(FieldName::Name).map(|k| Name::new(src.text(k)));
                    let value = named_children(arg)
                        .into_iter()
                        .rev()
                        .find(|c| Some(*c) != arg.field(FieldName::Name))
                        .map_or(AttrValue::Other, |value| attr_value(value, src, 0));
                    AnnotationArg { key, value }
                })
                .collect()
        })
        .unwrap_or_default();
    Annotation {
        name: Name::new(&name),
        args,
        span: span(node),
    }
}

/// Constant value of an attribute argument.
pub fn attr_value(node: Node, src: Src, depth: u32) -> AttrValue {
    if depth > MAX_TYPE_DEPTH {
        return AttrValue::Other;
    }
    if let Some(constant) = literal_const(node, src) {
        return AttrValue::Const(constant);
    }
    match node.kind_name() {
        "identifier" | "member_access_expression" | "qualified_name" => {
            AttrValue::Name(Name::new(&src.dotted(node)))
        }
        "typeof_expression" => AttrValue::Name(Name::new(&format!(
            "{}.class",
            node.field(FieldName::Type)
                .map(|ty| src.dotted(ty))
                .unwrap_or_default()
        ))),
        "parenthesized_expression" => named_children(node)
            .first()
            .map_or(AttrValue::Other, |inner| attr_value(*inner, src, depth + 1)),
        "binary_expression" => {
            let is_plus = node.field(FieldName::Operator).map(|op| op.kind_name()) == Some("+");
            match (
                is_plus,
                node.field(FieldName::Left),
                node.field(FieldName::Right),
            ) {
                (true, Some(left), Some(right)) => match (
                    attr_value(left, src, depth + 1),
                    attr_value(right, src, depth + 1),
                ) {
                    (AttrValue::Const(Const::Str(a)), AttrValue::Const(Const::Str(b))) => {
                        AttrValue::Const(Const::str(&format!("{a}{b}")))
                    }
                    _ => AttrValue::Other,
                },
                _ => AttrValue::Other,
            }
        }
        _ => AttrValue::Other,
    }
}

/// The constant a literal token denotes, if `node` is a literal.
pub fn literal_const(node: Node, src: Src) -> Option<Const> {
    let text = src.text(node);
    match node.kind_name() {
        "integer_literal" => literals::int_literal(text).map(Const::Int),
        "real_literal" => literals::float_literal(text).map(Const::Float),
        "string_literal" => Some(Const::str(&literals::string_literal(text))),
        "verbatim_string_literal" => Some(Const::str(&literals::verbatim_string_literal(text))),
        "raw_string_literal" => Some(Const::str(&literals::raw_string_literal(text))),
        "character_literal" => Some(Const::str(&literals::char_literal(text))),
        "boolean_literal" => Some(Const::Bool(text == "true")),
        "null_literal" => Some(Const::Null),
        _ => None,
    }
}
