//! Types and paths as written. References, raw pointers and the wrappers
//! that only own or share a value (`Box`, `Arc`, `Rc`, `Cow`, `Option`,
//! `Result`, locks, actix's `web::Data`) are transparent: `Option<&Arc<PgPool>>` is `PgPool`,
//! as `Some(x)`, `x?` and `.unwrap()` are `x` in values. `&str` and
//! `String` are `String`; `Vec<T>` and slices add an array dimension;
//! `impl Trait`, `dyn Trait` and function types are no type.

use plumb_ir::TypeRef;
use tree_sitter::Node;

use super::{named_children, Lowerer, Shift};
use crate::fields::FieldName;
use crate::kinds::KindExt;

/// Wrappers whose first type argument is the value's type.
const TRANSPARENT: &[&str] = &[
    "Box",
    "Arc",
    "Rc",
    "Cow",
    "Option",
    "Result",
    "Mutex",
    "RwLock",
    "RefCell",
    "Cell",
    "Pin",
    "MutexGuard",
    "Ref",
    "Data",
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
            "primitive_type" => {
                let text = self.text(node);
                Some(TypeRef::simple(if text == "str" { "String" } else { text }))
            }
            "type_identifier" | "identifier" | "scoped_type_identifier" | "scoped_identifier" => {
                let path = self.type_path(node);
                Some(TypeRef::simple(&path))
            }
            "reference_type" | "pointer_type" => {
                let inner = self.field(node, FieldName::Type)?;
                self.type_ref_at(inner, level + 1)
            }
            "array_type" => {
                let element = self.field(node, FieldName::Element)?;
                let mut inner = self.type_ref_at(element, level + 1)?;
                inner.array_dims = inner.array_dims.saturating_add(1);
                Some(inner)
            }
            "generic_type" => {
                let base = self.field(node, FieldName::Type)?;
                let base = self.type_ref_at(base, level + 1)?;
                let args: Vec<TypeRef> = self
                    .field(node, FieldName::TypeArguments)
                    .map(named_children)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|a| a.kind_name() != "lifetime")
                    .filter_map(|a| self.type_ref_at(a, level + 1))
                    .collect();
                let last = base.name.as_str().rsplit('.').next().unwrap_or("");
                if TRANSPARENT.contains(&last) {
                    return args.into_iter().next();
                }
                if last == "Vec" || last == "VecDeque" {
                    let mut element = args.into_iter().next()?;
                    element.array_dims = element.array_dims.saturating_add(1);
                    return Some(element);
                }
                Some(TypeRef {
                    name: base.name,
                    args,
                    array_dims: 0,
                })
            }
            "tuple_type" => Some(TypeRef::simple("tuple")),
            "unit_type" | "never_type" => None,
            "bounded_type" | "abstract_type" | "dynamic_type" | "function_type" => None,
            _ => None,
        }
    }

    /// A type path dotted (`sqlx::PgPool` → `sqlx.PgPool`), `crate`,
    /// `self`, `super` and `Self` made absolute.
    fn type_path(&self, node: Node<'_>) -> String {
        let segments = self.path_segments(node);
        if segments.len() == 1 && segments[0] == "Self" {
            if let Some(impl_self) = &self.impl_self {
                return impl_self.written.as_str().to_string();
            }
        }
        let relative = matches!(
            segments.first().map(String::as_str),
            Some("crate" | "self" | "super" | "Self")
        );
        if relative {
            return self.absolute_path(&segments).join(".");
        }
        segments.join(".")
    }

    /// The segments of a path (`a::b::C`, `<T as Trait>::x` reads `T`),
    /// generic arguments dropped.
    pub(super) fn path_segments(&self, node: Node<'_>) -> Vec<String> {
        let mut segments = Vec::new();
        let mut current = Some(node);
        let mut guard = 0;
        while let Some(part) = current {
            guard += 1;
            if guard > 64 {
                break;
            }
            match part.kind_name() {
                "scoped_identifier" | "scoped_type_identifier" => {
                    if let Some(name) = self.field(part, FieldName::Name) {
                        segments.push(self.text(name).to_string());
                    }
                    current = self.field(part, FieldName::Path);
                }
                "generic_type" | "generic_type_with_turbofish" | "generic_function" => {
                    current = self
                        .field(part, FieldName::Type)
                        .or_else(|| self.field(part, FieldName::Function));
                }
                "bracketed_type" | "qualified_type" => {
                    current = named_children(part).into_iter().next();
                    if part.kind_name() == "qualified_type" {
                        current = self.field(part, FieldName::Type);
                    }
                }
                _ => {
                    segments.push(self.text(part).to_string());
                    current = None;
                }
            }
        }
        segments.reverse();
        segments
    }

    /// The text between a token tree's delimiters and where it starts.
    pub(super) fn token_tree_inner(&self, tree: Node<'_>) -> Option<(String, Shift)> {
        let text = self.text(tree);
        if text.len() < 2 {
            return None;
        }
        let inner = text.get(1..text.len() - 1)?.to_string();
        let span = self.span(tree);
        Some((
            inner,
            Shift {
                byte: span.start_byte + 1,
                line: span.start_line,
                col: span.start_col + 1,
                prefix: 0,
            },
        ))
    }
}
