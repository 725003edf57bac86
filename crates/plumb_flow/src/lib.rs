//! The analysis: name and type resolution, constant propagation, taint with
//! summaries, and the entry-point layer, all over the IR.

mod project;

pub use project::{ConfigFile, EngineStats, Project};
