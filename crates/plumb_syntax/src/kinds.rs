//! Node kinds by id: `Node::kind` measures and validates the grammar's C
//! string on every call, and a lowering asks for the kind of nearly every
//! node it sees, often several times.

use tree_sitter::{Language, Node};

/// Every kind name of one grammar, indexed by kind id.
pub struct KindNames(Vec<&'static str>);

impl KindNames {
    pub fn new(language: &Language) -> KindNames {
        KindNames(
            (0..language.node_kind_count())
                .map(|id| {
                    u16::try_from(id)
                        .ok()
                        .and_then(|id| language.node_kind_for_id(id))
                        .unwrap_or("")
                })
                .collect(),
        )
    }

    /// The same text as `Node::kind`, looked up by id.
    pub fn of(&self, node: &Node<'_>) -> &'static str {
        match self.0.get(usize::from(node.kind_id())) {
            Some(name) => name,
            // `ERROR` and other built-in symbols sit outside the table.
            None => node.kind(),
        }
    }
}
