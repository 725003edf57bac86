//! Source positions and interned names: the vocabulary every other crate speaks.

mod name;
mod span;

pub use name::Name;
pub use span::{LineIndex, Span};
