//! Field lookups by id: tree-sitter resolves a field name by comparing it
//! with every field of the grammar on each call, and a lowering asks for
//! fields of almost every node, so each field it uses is resolved once per
//! process.

use std::num::NonZeroU16;

use tree_sitter::Language;

/// Ids of a list of field names in one grammar, in the list's order.
pub struct FieldIds(Vec<Option<NonZeroU16>>);

impl FieldIds {
    pub fn new(language: &Language, names: &[&str]) -> FieldIds {
        FieldIds(
            names
                .iter()
                .map(|name| language.field_id_for_name(name))
                .collect(),
        )
    }

    pub fn get(&self, index: usize) -> Option<NonZeroU16> {
        self.0.get(index).copied().flatten()
    }
}

/// Declares the grammar fields a front end reads: an enum `FieldName`, its
/// ids for `$language`, and `node.field(FieldName::X)`.
#[macro_export]
macro_rules! grammar_fields {
    ($language:expr; $($field:ident = $name:literal,)*) => {
        /// The grammar fields the lowering reads.
        #[derive(Clone, Copy)]
        pub enum FieldName {
            $($field,)*
        }

        static IDS: std::sync::LazyLock<$crate::FieldIds> = std::sync::LazyLock::new(|| {
            $crate::FieldIds::new(&$language, &[$($name,)*])
        });

        impl FieldName {
            pub fn id(self) -> Option<std::num::NonZeroU16> {
                IDS.get(self as usize)
            }
        }

        pub trait FieldExt<'tree> {
            /// `child_by_field_name` without the name lookup.
            fn field(&self, field: FieldName) -> Option<$crate::tree_sitter::Node<'tree>>;
        }

        impl<'tree> FieldExt<'tree> for $crate::tree_sitter::Node<'tree> {
            fn field(&self, field: FieldName) -> Option<$crate::tree_sitter::Node<'tree>> {
                field.id().and_then(|id| self.child_by_field_id(id.get()))
            }
        }
    };
}
