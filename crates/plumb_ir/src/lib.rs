//! The intermediate representation: what every front end lowers into and
//! the only thing the analysis reads. Specified in `docs/ir.md`.

mod builder;
mod display;
mod module;

pub use builder::{FunctionBuilder, NO_FUNC};
pub use module::*;
