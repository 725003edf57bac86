//! Field lookups by name, cached: tree-sitter resolves a field name by
//! comparing it with every field of the grammar on each call, which the
//! lowering does for almost every node.

use std::cell::RefCell;
use std::num::NonZeroU16;

use rustc_hash::FxHashMap;
use tree_sitter::Node;

pub(crate) trait FieldExt<'tree> {
    /// `child_by_field_name`, with the field id looked up once per name.
    fn field(&self, name: &'static str) -> Option<Node<'tree>>;
}

thread_local! {
    static FIELD_IDS: RefCell<FxHashMap<(usize, usize), Option<NonZeroU16>>> =
        RefCell::new(FxHashMap::default());
}

impl<'tree> FieldExt<'tree> for Node<'tree> {
    fn field(&self, name: &'static str) -> Option<Node<'tree>> {
        // A literal's address identifies it; equal text at another address
        // is only a second cache entry for the same id.
        let key = (name.as_ptr() as usize, name.len());
        let id = FIELD_IDS.with(|ids| {
            *ids.borrow_mut()
                .entry(key)
                .or_insert_with(|| self.language().field_id_for_name(name))
        });
        id.and_then(|id| self.child_by_field_id(id.get()))
    }
}
