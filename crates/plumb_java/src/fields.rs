//! Field lookups by id: tree-sitter resolves a field name by comparing it
//! with every field of the grammar on each call, and the lowering asks for
//! fields of almost every node, so each field the lowering uses is resolved
//! once per process.

use std::num::NonZeroU16;
use std::sync::LazyLock;

use tree_sitter::Node;

macro_rules! fields {
    ($($field:ident = $name:literal,)*) => {
        /// The grammar fields the lowering reads.
        #[derive(Clone, Copy)]
        pub(crate) enum FieldName {
            $($field,)*
        }

        const NAMES: &[&str] = &[$($name,)*];
    };
}

fields! {
    Alternative = "alternative",
    Arguments = "arguments",
    Array = "array",
    Body = "body",
    Condition = "condition",
    Consequence = "consequence",
    Constructor = "constructor",
    Declarator = "declarator",
    Dimensions = "dimensions",
    Element = "element",
    Field = "field",
    Index = "index",
    Init = "init",
    Key = "key",
    Left = "left",
    Name = "name",
    Object = "object",
    Operand = "operand",
    Operator = "operator",
    Parameters = "parameters",
    Pattern = "pattern",
    Resources = "resources",
    Right = "right",
    Type = "type",
    Update = "update",
    Value = "value",
}

/// Ids of `NAMES`, in order.
static IDS: LazyLock<Vec<Option<NonZeroU16>>> = LazyLock::new(|| {
    let language = tree_sitter::Language::from(tree_sitter_java::LANGUAGE);
    NAMES
        .iter()
        .map(|name| language.field_id_for_name(name))
        .collect()
});

impl FieldName {
    pub(crate) fn id(self) -> Option<NonZeroU16> {
        IDS.get(self as usize).copied().flatten()
    }
}

pub(crate) trait FieldExt<'tree> {
    /// `child_by_field_name` without the name lookup.
    fn field(&self, field: FieldName) -> Option<Node<'tree>>;
}

impl<'tree> FieldExt<'tree> for Node<'tree> {
    fn field(&self, field: FieldName) -> Option<Node<'tree>> {
        field.id().and_then(|id| self.child_by_field_id(id.get()))
    }
}
