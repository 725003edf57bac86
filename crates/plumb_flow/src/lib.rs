//! The analysis: name and type resolution, constant propagation, taint with
//! summaries, and the entry-point layer, all over the IR.

mod built;
mod calls;
mod config;
mod cycles;
mod engine;
mod entry;
mod facts;
mod fold;
mod go_interfaces;
mod guards;
mod index;
mod interp;
mod project;
mod resolve;
mod rules;
mod sensitivity;
mod sites;
mod state;
mod stores;
mod trace;
mod transfer;
mod value;

pub use engine::FlowFacts;
pub use entry::EntryInfo;
pub use facts::{SinkEvent, SinkSite, StoreEvent, StoreTarget};
pub use project::{ConfigFile, EngineStats, Project};
pub use rules::{is_clean_for, rule_bit};
pub use trace::{Step, StepId, Steps};
pub use value::{Konst, Label, Origin, SourceKind, Value};

use plumb_models::Models;

/// Runs the whole analysis over a lowered project.
pub fn analyze(project: &Project, models: &Models) -> FlowFacts {
    engine::Engine::new(project, models).run()
}
