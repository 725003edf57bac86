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
    Alias = "alias",
    Alternative = "alternative",
    Argument = "argument",
    Arguments = "arguments",
    Attribute = "attribute",
    Body = "body",
    Cause = "cause",
    Condition = "condition",
    Consequence = "consequence",
    Definition = "definition",
    Expression = "expression",
    Function = "function",
    Guard = "guard",
    Key = "key",
    Left = "left",
    ModuleName = "module_name",
    Name = "name",
    Object = "object",
    Operator = "operator",
    Parameters = "parameters",
    ReturnType = "return_type",
    Right = "right",
    Subject = "subject",
    Subscript = "subscript",
    Superclasses = "superclasses",
    Type = "type",
    Value = "value",
}

/// Ids of `NAMES`, in order.
static IDS: LazyLock<Vec<Option<NonZeroU16>>> = LazyLock::new(|| {
    let language = tree_sitter::Language::from(tree_sitter_python::LANGUAGE);
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
