//! The rule catalogue. Each rule is one file under `rules/` that declares
//! its metadata and documentation once; `registry()` lists them all, and
//! `plumb rules`, `plumb explain`, SARIF rule metadata and `docs/rules.md`
//! are generated from it.

mod context;
mod diagnostic;
mod meta;
pub mod rules;
mod taint;

pub use diagnostic::{Confidence, Diagnostic, Location, TraceStep};
pub use meta::{registry, rule, Category, RuleMeta, Severity};

mod check;
pub use check::{check_project, CheckOutput};
