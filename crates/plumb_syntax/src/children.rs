//! Children of a node, without the comments and other extras tree-sitter
//! allows between any two tokens.

use std::num::NonZeroU16;

use tree_sitter::Node;

/// Children up to which a node is read by index instead of with a cursor.
/// Indexing restarts from the first child each time, but a cursor step
/// costs several times more than an index step over a few children.
const SMALL_NODE: usize = 8;

/// Children of one node, on the heap: lowering recurses once per level of
/// nesting, and inline storage in every frame made deep input overflow the
/// stack its depth limit is sized for.
pub type Children<'t> = Vec<Node<'t>>;

/// Named children without comments and other extras.
pub fn named_children<'t>(node: Node<'t>) -> Children<'t> {
    let mut children = Children::new();
    for_each_named_child(node, |child| children.push(child));
    children
}

/// `named_children` without collecting them, for walks that put them
/// straight on their own stack.
pub fn for_each_named_child<'t>(node: Node<'t>, mut visit: impl FnMut(Node<'t>)) {
    // Most nodes asked are leaves.
    if node.named_child_count() == 0 {
        return;
    }
    let count = node.child_count();
    if count <= SMALL_NODE {
        (0..count)
            .filter_map(|index| node.child(index))
            .filter(|child| child.is_named() && !child.is_extra())
            .for_each(visit);
        return;
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        if !child.is_extra() {
            visit(child);
        }
    }
}

/// Every child, anonymous tokens and comments included.
pub fn children<'t>(node: Node<'t>) -> Children<'t> {
    let count = node.child_count();
    if count <= SMALL_NODE {
        return (0..count).filter_map(|index| node.child(index)).collect();
    }
    let mut cursor = node.walk();
    node.children(&mut cursor).collect()
}

/// Every child in the field `id`, without extras; none when the grammar
/// has no such field.
pub fn field_children<'t>(node: Node<'t>, id: Option<NonZeroU16>) -> Children<'t> {
    let Some(id) = id else {
        return Children::new();
    };
    let mut cursor = node.walk();
    node.children_by_field_id(id, &mut cursor)
        .filter(|child| !child.is_extra())
        .collect()
}
