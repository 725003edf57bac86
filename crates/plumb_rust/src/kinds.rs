//! Node kinds by id (see `plumb_syntax::KindNames`).

use std::sync::LazyLock;

use plumb_syntax::KindNames;
use tree_sitter::Node;

static NAMES: LazyLock<KindNames> =
    LazyLock::new(|| KindNames::new(&tree_sitter::Language::from(tree_sitter_rust::LANGUAGE)));

pub(crate) trait KindExt {
    /// The same text as `Node::kind`, looked up by id.
    fn kind_name(&self) -> &'static str;
}

impl KindExt for Node<'_> {
    fn kind_name(&self) -> &'static str {
        NAMES.of(self)
    }
}
