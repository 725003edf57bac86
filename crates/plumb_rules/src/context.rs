//! What a rule's check reads: the flow facts of the whole project, and
//! helpers that turn flows into findings with traces.

use std::path::{Path, PathBuf};

use plumb_flow::{FlowFacts, Label, Origin, Project, SinkEvent, SourceKind, StepId};
use plumb_ir::Language;
use plumb_text::Span;

use crate::{Confidence, Diagnostic, Location, RuleMeta, TraceStep};

pub struct Context<'a> {
    pub project: &'a Project,
    pub facts: &'a FlowFacts,
}

impl<'a> Context<'a> {
    pub fn path(&self, module: u32) -> PathBuf {
        self.project.modules[module as usize].path.clone()
    }

    pub fn language(&self, module: u32) -> Language {
        self.project.modules[module as usize].language
    }

    /// Sink events a model attributed to `rule`.
    pub fn sinks(&self, rule: &'a str) -> impl Iterator<Item = &'a SinkEvent> + 'a {
        self.facts
            .sink_events
            .iter()
            .filter(move |e| e.rule == rule)
    }

    /// The trace of a label, source first, as report steps.
    pub fn trace(&self, step: StepId) -> Vec<TraceStep> {
        self.facts
            .steps
            .chain(step)
            .into_iter()
            .map(|s| TraceStep {
                location: Location {
                    path: self.path(s.module),
                    span: s.span,
                },
                label: s.label.to_string(),
            })
            .filter(|s| !s.location.span.is_dummy())
            .collect()
    }

    /// Where a label's source is, for choosing among flows independently
    /// of the order they were found in.
    pub fn source_order(&self, label: &Label) -> (Option<&'a Path>, Span, String) {
        let source = self
            .source_step(label)
            .and_then(|step| self.facts.steps.get(step));
        match source {
            Some(step) => (
                Some(self.project.modules[step.module as usize].path.as_path()),
                step.span,
                step.label.to_string(),
            ),
            None => (None, Span::DUMMY, String::new()),
        }
    }

    pub fn source_step(&self, label: &Label) -> Option<StepId> {
        match label.origin {
            Origin::Source(_, step) => Some(step),
            _ => None,
        }
    }

    /// Diagnostic at a sink with a trace ending there.
    // Every argument is a distinct part of the finding; a struct would only rename them.
    #[allow(clippy::too_many_arguments)]
    pub fn diagnostic(
        &self,
        rule: &RuleMeta,
        module: u32,
        span: Span,
        function: &str,
        message: String,
        mut trace: Vec<TraceStep>,
        sink_label: String,
    ) -> Diagnostic {
        let location = Location {
            path: self.path(module),
            span,
        };
        if !trace.is_empty() {
            trace.push(TraceStep {
                location: location.clone(),
                label: sink_label,
            });
        }
        Diagnostic {
            rule: rule.id,
            severity: rule.severity,
            confidence: Confidence::Proven,
            message,
            location,
            function: Some(function.to_owned()),
            snippet: String::new(),
            trace,
            fingerprint: String::new(),
            in_test_code: false,
        }
    }
}

/// Labels of a kind that reach a sink uncleaned for `rule`, in a stable order.
pub fn live_labels<'v>(labels: &'v [Label], kind: SourceKind, rule: &str) -> Vec<&'v Label> {
    let mut out: Vec<&Label> = labels
        .iter()
        .filter(|l| matches!(l.origin, Origin::Source(k, _) if k == kind))
        .filter(|l| !plumb_flow::is_clean_for(l.cleaned, rule))
        .collect();
    out.sort_by_key(|l| l.origin);
    out
}

/// `executeQuery` from `java.sql.Statement.executeQuery`; `<init>` names the type.
pub fn short_name(callee: &str) -> String {
    let mut parts = callee.rsplitn(2, '.');
    let last = parts.next().unwrap_or(callee);
    if last == "<init>" || last == "__init__" {
        let owner = parts.next().unwrap_or(callee);
        return format!("new {}", owner.rsplit('.').next().unwrap_or(owner));
    }
    // A Go package is named by its last path element (`net/http` → `http`).
    let owner = parts.next().map(|o| {
        let o = o.rsplit('.').next().unwrap_or(o);
        o.rsplit('/').next().unwrap_or(o)
    });
    match owner {
        Some(owner) if !owner.is_empty() => format!("{owner}.{last}"),
        _ => last.to_owned(),
    }
}
