use plumb_flow::{EngineStats, Project};
use plumb_models::Models;

use crate::context::Context;
use crate::{Diagnostic, TraceStep};
use plumb_text::Span;

pub struct CheckOutput {
    /// Locations are the modules' paths; `snippet`, `fingerprint` and
    /// `in_test_code` are left for the caller, which has the file text.
    pub diagnostics: Vec<Diagnostic>,
    pub stats: EngineStats,
}

/// Runs the analysis and every rule over a lowered project.
pub fn check_project(project: &Project, models: &Models) -> CheckOutput {
    let facts = plumb_flow::analyze(project, models);
    let context = Context {
        project,
        facts: &facts,
    };
    let mut diagnostics = Vec::new();
    for check in crate::rules::CHECKS {
        check(&context, &mut diagnostics);
    }
    // One finding per rule and sink line: several flows into one sink are one problem.
    diagnostics.sort_by(|a, b| {
        (
            a.rule,
            &a.location.path,
            a.location.span.start_line,
            a.location.span.start_col,
        )
            .cmp(&(
                b.rule,
                &b.location.path,
                b.location.span.start_line,
                b.location.span.start_col,
            ))
            .then(b.confidence.cmp(&a.confidence))
            .then(a.trace.len().cmp(&b.trace.len()))
            // Flows of equal rank are found in whatever order the threads
            // finished; the one kept must not depend on it.
            .then_with(|| a.message.cmp(&b.message))
            .then_with(|| trace_order(&a.trace).cmp(&trace_order(&b.trace)))
    });
    diagnostics.dedup_by(|later, earlier| {
        later.rule == earlier.rule
            && later.location.path == earlier.location.path
            && later.location.span.start_line == earlier.location.span.start_line
    });
    CheckOutput {
        diagnostics,
        stats: facts.stats,
    }
}

pub(crate) fn trace_order(trace: &[TraceStep]) -> Vec<(&std::path::Path, Span, &str)> {
    trace
        .iter()
        .map(|step| {
            (
                step.location.path.as_path(),
                step.location.span,
                step.label.as_str(),
            )
        })
        .collect()
}
