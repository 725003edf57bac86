//! Declarations' static parts: types as written, modifiers, annotations and
//! their constant arguments. Nothing here emits instructions.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{Annotation, AnnotationArg, AttrValue, Const, TypeRef};
use plumb_text::Name;
use tree_sitter::Node;

use crate::literals;

/// Types and annotation values nest only a few levels in real code; past
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

    /// Dotted names as written, without the whitespace or comments Java
    /// allows between their parts (`a . b` is `a.b`).
    pub fn dotted(self, node: Node) -> String {
        let text = self.text(node);
        if text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'$')
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
        "identifier" | "type_identifier" => {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(src.text(node));
        }
        _ => {
            for child in named_children(node) {
                if !matches!(
                    child.kind_name(),
                    "type_arguments" | "annotation" | "marker_annotation"
                ) {
                    collect_identifiers(child, src, out, depth + 1);
                }
            }
        }
    }
}

pub use plumb_syntax::span_of as span;

pub use plumb_syntax::{children, named_children, Children};

pub fn field_children<'t>(node: Node<'t>, field: FieldName) -> Children<'t> {
    plumb_syntax::field_children(node, field.id())
}

pub fn is_type_kind(kind: &str) -> bool {
    matches!(
        kind,
        "type_identifier"
            | "scoped_type_identifier"
            | "generic_type"
            | "array_type"
            | "integral_type"
            | "floating_point_type"
            | "boolean_type"
            | "void_type"
            | "annotated_type"
    )
}

/// A type as written. `extra_dims` adds C-style dimensions written after a
/// name (`int a[]`) or implied by varargs.
pub fn type_ref(node: Node, src: Src, extra_dims: u8) -> TypeRef {
    let mut ty = type_ref_at(node, src, 0);
    ty.array_dims = ty.array_dims.saturating_add(extra_dims);
    ty
}

fn type_ref_at(node: Node, src: Src, depth: u32) -> TypeRef {
    if depth > MAX_TYPE_DEPTH {
        return TypeRef::simple("?");
    }
    match node.kind_name() {
        "generic_type" => {
            let mut name = None;
            let mut args = Vec::new();
            for child in named_children(node) {
                match child.kind_name() {
                    "type_arguments" => {
                        for arg in named_children(child) {
                            if !matches!(arg.kind_name(), "annotation" | "marker_annotation") {
                                args.push(type_ref_at(arg, src, depth + 1));
                            }
                        }
                    }
                    "type_identifier" | "scoped_type_identifier" => {
                        name = Some(Name::new(&src.dotted(child)));
                    }
                    _ => {}
                }
            }
            TypeRef {
                name: name.unwrap_or_else(|| Name::new("?")),
                args,
                array_dims: 0,
            }
        }
        "array_type" => {
            let mut element = node
                .field(FieldName::Element)
                .map(|element| type_ref_at(element, src, depth + 1))
                .unwrap_or_else(|| TypeRef::simple("?"));
            let dims = node
                .field(FieldName::Dimensions)
                .map_or(1, |dims| count_dims(src.text(dims)));
            element.array_dims = element.array_dims.saturating_add(dims);
            element
        }
        "annotated_type" => named_children(node)
            .into_iter()
            .find(|child| is_type_kind(child.kind_name()))
            .map(|inner| type_ref_at(inner, src, depth + 1))
            .unwrap_or_else(|| TypeRef::simple("?")),
        "wildcard" => {
            // `?`, `? extends T`, `? super T`: the bound is kept as the argument.
            let args = named_children(node)
                .into_iter()
                .filter(|child| is_type_kind(child.kind_name()))
                .map(|bound| type_ref_at(bound, src, depth + 1))
                .collect();
            TypeRef {
                name: Name::new("?"),
                args,
                array_dims: 0,
            }
        }
        "scoped_type_identifier" => TypeRef {
            name: Name::new(&src.dotted(node)),
            args: Vec::new(),
            array_dims: 0,
        },
        _ => TypeRef::simple(src.text(node)),
    }
}

/// Number of `[]` pairs in a `dimensions` node's text.
pub fn count_dims(text: &str) -> u8 {
    u8::try_from(text.bytes().filter(|b| *b == b'[').count()).unwrap_or(u8::MAX)
}

#[derive(Default)]
pub struct Modifiers {
    pub is_static: bool,
    pub is_final: bool,
    pub is_abstract: bool,
    pub annotations: Vec<Annotation>,
}

/// Modifiers of a declaration: the `modifiers` child plus annotations
/// written directly under the declaration.
pub fn modifiers(decl: Node, src: Src) -> Modifiers {
    let mut result = Modifiers::default();
    for child in named_children(decl) {
        match child.kind_name() {
            "modifiers" => {
                for modifier in children(child) {
                    match modifier.kind_name() {
                        "static" => result.is_static = true,
                        "final" => result.is_final = true,
                        "abstract" => result.is_abstract = true,
                        "annotation" | "marker_annotation" => {
                            result.annotations.push(annotation(modifier, src))
                        }
                        _ => {}
                    }
                }
            }
            "annotation" | "marker_annotation" => result.annotations.push(annotation(child, src)),
            _ => {}
        }
    }
    result
}

/// Cheap check used when pre-scanning class members.
pub fn has_static_modifier(decl: Node) -> bool {
    named_children(decl)
        .into_iter()
        .filter(|child| child.kind_name() == "modifiers")
        .any(|mods| children(mods).iter().any(|m| m.kind_name() == "static"))
}

pub fn annotation(node: Node, src: Src) -> Annotation {
    annotation_at(node, src, 0)
}

fn annotation_at(node: Node, src: Src, depth: u32) -> Annotation {
    let name = node
        .field(FieldName::Name)
        .map(|name| Name::new(&src.dotted(name)))
        .unwrap_or_else(|| Name::new("?"));
    let args = node
        .field(FieldName::Arguments)
        .map(|list| annotation_args(list, src, depth))
        .unwrap_or_default();
    Annotation {
        name,
        args,
        span: span(node),
    }
}

fn annotation_args(list: Node, src: Src, depth: u32) -> Vec<AnnotationArg> {
    named_children(list)
        .into_iter()
        .map(|arg| {
            if arg.kind_name() == "element_value_pair" {
                AnnotationArg {
                    key: arg
                        .field(FieldName::Key)
                        .map(|key| Name::new(src.text(key))),
                    value: arg
                        .field(FieldName::Value)
                        .map_or(AttrValue::Other, |value| attr_value(value, src, depth + 1)),
                }
            } else {
                AnnotationArg {
                    key: None,
                    value: attr_value(arg, src, depth + 1),
                }
            }
        })
        .collect()
}

/// Constant value of an annotation argument.
pub fn attr_value(node: Node, src: Src, depth: u32) -> AttrValue {
    if depth > MAX_TYPE_DEPTH {
        return AttrValue::Other;
    }
    if let Some(constant) = literal_const(node, src) {
        return AttrValue::Const(constant);
    }
    match node.kind_name() {
        "identifier" | "scoped_identifier" | "field_access" => {
            AttrValue::Name(Name::new(&src.dotted(node)))
        }
        "class_literal" => AttrValue::Name(Name::new(&format!(
            "{}.class",
            named_children(node)
                .first()
                .map(|ty| src.dotted(*ty))
                .unwrap_or_default()
        ))),
        "element_value_array_initializer" | "array_initializer" => AttrValue::List(
            named_children(node)
                .into_iter()
                .map(|item| attr_value(item, src, depth + 1))
                .collect(),
        ),
        "annotation" | "marker_annotation" => {
            let inner = annotation_at(node, src, depth + 1);
            AttrValue::Call(inner.name, inner.args)
        }
        "parenthesized_expression" => named_children(node)
            .first()
            .map_or(AttrValue::Other, |inner| attr_value(*inner, src, depth + 1)),
        "unary_expression" => {
            let operand = node
                .field(FieldName::Operand)
                .map(|operand| attr_value(operand, src, depth + 1));
            let operator = node.field(FieldName::Operator).map(|op| op.kind_name());
            match (operator, operand) {
                (Some("-"), Some(AttrValue::Const(Const::Int(value)))) => {
                    AttrValue::Const(Const::Int(value.wrapping_neg()))
                }
                (Some("-"), Some(AttrValue::Const(Const::Float(value)))) => {
                    AttrValue::Const(Const::Float(-value))
                }
                (Some("+"), Some(value)) => value,
                _ => AttrValue::Other,
            }
        }
        "binary_expression" => {
            // `"/api" + "/users"` in a mapping folds to one constant; anything
            // naming another constant stays opaque to the annotation reader.
            let is_plus = node.field(FieldName::Operator).map(|op| op.kind_name()) == Some("+");
            let left = node.field(FieldName::Left);
            let right = node.field(FieldName::Right);
            match (is_plus, left, right) {
                (true, Some(left), Some(right)) => {
                    match (
                        attr_value(left, src, depth + 1),
                        attr_value(right, src, depth + 1),
                    ) {
                        (AttrValue::Const(a), AttrValue::Const(b))
                            if matches!(a, Const::Str(_)) || matches!(b, Const::Str(_)) =>
                        {
                            AttrValue::Const(Const::str(&format!(
                                "{}{}",
                                const_text(&a),
                                const_text(&b)
                            )))
                        }
                        _ => AttrValue::Other,
                    }
                }
                _ => AttrValue::Other,
            }
        }
        _ => AttrValue::Other,
    }
}

fn const_text(constant: &Const) -> String {
    match constant {
        Const::Null => "null".to_owned(),
        Const::Bool(value) => value.to_string(),
        Const::Int(value) => value.to_string(),
        Const::Float(value) => value.to_string(),
        Const::Str(text) => text.to_string(),
        Const::Func { .. } => String::new(),
    }
}

/// The constant a literal token denotes, if `node` is a literal.
pub fn literal_const(node: Node, src: Src) -> Option<Const> {
    let text = src.text(node);
    match node.kind_name() {
        "decimal_integer_literal"
        | "hex_integer_literal"
        | "octal_integer_literal"
        | "binary_integer_literal" => literals::int_literal(text).map(Const::Int),
        "decimal_floating_point_literal" | "hex_floating_point_literal" => {
            literals::float_literal(text).map(Const::Float)
        }
        "string_literal" => Some(Const::str(&literals::string_literal(text))),
        "character_literal" => Some(Const::str(&literals::char_literal(text))),
        "true" => Some(Const::Bool(true)),
        "false" => Some(Const::Bool(false)),
        "null_literal" => Some(Const::Null),
        _ => None,
    }
}
