//! Types as written → `TypeRef`. Pointers are transparent (`*sql.DB` is
//! `sql.DB`): a method set does not depend on them for resolution, and
//! taint passes through `&x` and `*p` alike. Slices and arrays count as
//! array dimensions; maps are `map` with key and value arguments; types
//! that say nothing about a value (`any`, `interface{...}`, `func(...)`)
//! are no type at all.

use plumb_ir::TypeRef;
use plumb_text::Name;
use tree_sitter::Node;

use super::{named_children, Lowerer};
use crate::fields::FieldName;
use crate::kinds::KindExt;

/// Predeclared types a conversion can name (`int(x)`, `string(b)`).
pub(crate) const BASIC_TYPES: &[&str] = &[
    "bool",
    "byte",
    "complex128",
    "complex64",
    "float32",
    "float64",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "rune",
    "string",
    "uint",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "uintptr",
];

impl Lowerer<'_> {
    pub(super) fn type_ref(&self, node: Node<'_>) -> Option<TypeRef> {
        self.type_ref_at(node, 0)
    }

    fn type_ref_at(&self, node: Node<'_>, level: u32) -> Option<TypeRef> {
        // Types nest shallowly; this only guards pathological input.
        if level > 64 {
            return None;
        }
        match node.kind_name() {
            "type_identifier" | "identifier" | "package_identifier" => {
                let text = self.text(node);
                (text != "any" && text != "error").then(|| TypeRef::simple(text))
            }
            "qualified_type" => Some(TypeRef::simple(self.text(node))),
            "pointer_type" | "parenthesized_type" | "type_elem" | "type_constraint" => {
                let inner = named_children(node).into_iter().next()?;
                self.type_ref_at(inner, level + 1)
            }
            "slice_type" | "array_type" | "implicit_length_array_type" => {
                let element = self.field(node, FieldName::Element)?;
                let mut inner = self.type_ref_at(element, level + 1)?;
                inner.array_dims = inner.array_dims.saturating_add(1);
                Some(inner)
            }
            "map_type" => {
                let key = self
                    .field(node, FieldName::Key)
                    .and_then(|k| self.type_ref_at(k, level + 1));
                let value = self
                    .field(node, FieldName::Value)
                    .and_then(|v| self.type_ref_at(v, level + 1));
                let any = || TypeRef::simple("any");
                Some(TypeRef {
                    name: Name::new("map"),
                    args: vec![key.unwrap_or_else(any), value.unwrap_or_else(any)],
                    array_dims: 0,
                })
            }
            "generic_type" => {
                let base = self.field(node, FieldName::Type)?;
                let mut out = self.type_ref_at(base, level + 1)?;
                if let Some(arguments) = self.field(node, FieldName::TypeArguments) {
                    out.args = named_children(arguments)
                        .into_iter()
                        .filter_map(|a| self.type_ref_at(a, level + 1))
                        .collect();
                }
                Some(out)
            }
            "channel_type" => Some(TypeRef::simple("chan")),
            _ => None,
        }
    }

    /// The named type a method's receiver is declared on: `T` of `(s *T)`
    /// or `(s T[K])`.
    pub(super) fn receiver_type_name(&self, node: Node<'_>) -> Option<Name> {
        let mut current = node;
        for _ in 0..8 {
            match current.kind_name() {
                "type_identifier" => return Some(self.name_of(current)),
                "pointer_type" | "parenthesized_type" => {
                    current = named_children(current).into_iter().next()?;
                }
                "generic_type" => current = self.field(current, FieldName::Type)?,
                _ => return None,
            }
        }
        None
    }
}

/// Whether a type is a struct or other named type whose zero value is an
/// object with fields (not a pointer, slice, map, basic type or interface).
pub(crate) fn is_value_struct(node: Node<'_>, text: &str) -> bool {
    matches!(
        node.kind_name(),
        "type_identifier" | "qualified_type" | "generic_type"
    ) && !BASIC_TYPES.contains(&text)
        && !matches!(text, "error" | "any")
}
