//! What every tree-sitter front end needs from the syntax tree, done once:
//! children without comments, kind names and field ids looked up by id,
//! and where a node is.

mod children;
mod fields;
mod kinds;
mod span;

pub use children::{children, field_children, for_each_named_child, named_children, Children};
pub use fields::FieldIds;
pub use kinds::KindNames;
pub use span::span_of;

// The macro expands in the front ends, which need not depend on tree-sitter
// under this name.
#[doc(hidden)]
pub use tree_sitter;
