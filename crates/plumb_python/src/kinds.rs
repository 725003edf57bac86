//! Node kinds by id: `Node::kind` measures and validates the grammar's C
//! string on every call, and the lowering asks for the kind of nearly every
//! node it sees, often several times.

use std::sync::LazyLock;

use tree_sitter::Node;

/// Every kind name of the grammar, indexed by kind id.
static NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let language = tree_sitter::Language::from(tree_sitter_python::LANGUAGE);
    (0..language.node_kind_count())
        .map(|id| {
            u16::try_from(id)
                .ok()
                .and_then(|id| language.node_kind_for_id(id))
                .unwrap_or("")
        })
        .collect()
});

pub(crate) trait KindExt {
    /// The same text as `Node::kind`, looked up by id.
    fn kind_name(&self) -> &'static str;
}

impl KindExt for Node<'_> {
    fn kind_name(&self) -> &'static str {
        match NAMES.get(usize::from(self.kind_id())) {
            Some(name) => name,
            // `ERROR` and other built-in symbols sit outside the table.
            None => self.kind(),
        }
    }
}
