//! The shared check of the injection rules: request data reaching a sink
//! of the rule, not sanitised for it, is a finding at the sink.

use plumb_flow::{SinkEvent, SourceKind};

use crate::context::{live_labels, short_name, Context};
use crate::{Diagnostic, RuleMeta};

/// Reports every flow from request data to `rule`'s sinks; `accept` may
/// veto an event (for rule-specific notions of safety such as a pinned host).
pub fn report_flows(
    context: &Context<'_>,
    rule: &RuleMeta,
    accept: impl Fn(&SinkEvent) -> bool,
    out: &mut Vec<Diagnostic>,
) {
    for event in context.sinks(rule.id) {
        if !accept(event) {
            continue;
        }
        report_event(context, rule, event, &event.value.taint, out);
    }
}

pub fn report_event(
    context: &Context<'_>,
    rule: &RuleMeta,
    event: &SinkEvent,
    labels: &[plumb_flow::Label],
    out: &mut Vec<Diagnostic>,
) {
    let proven = live_labels(labels, SourceKind::UserInput, rule.id);
    let unknown = live_labels(labels, SourceKind::Unknown, rule.id);
    // Request data makes a proven finding; a value of unknown origin only an
    // audit one, for whoever asks to review those.
    let (candidates, confidence) = if !proven.is_empty() {
        (proven, crate::Confidence::Proven)
    } else if !unknown.is_empty() {
        (unknown, crate::Confidence::Audit)
    } else {
        return;
    };
    // Of several sources the first by place is shown, so the report does
    // not depend on which flow the analysis happened to find first.
    let Some(label) = candidates
        .iter()
        .min_by_key(|label| context.source_order(label))
    else {
        return;
    };
    let trace = context.trace(label.step);
    let source = trace
        .first()
        .map(|s| s.label.clone())
        .unwrap_or_else(|| "request data".to_owned());
    let sink = short_name(event.callee.as_str());
    let message = match event.site {
        plumb_flow::SinkSite::Call => format!("{}: {source} reaches `{sink}`", rule.title),
        plumb_flow::SinkSite::HtmlReturn => {
            format!("{}: {source} is returned as the HTML response", rule.title)
        }
        plumb_flow::SinkSite::ViewName => {
            format!("{}: {source} chooses the view to render", rule.title)
        }
    };
    let mut diagnostic = context.diagnostic(
        rule,
        event.module,
        event.span,
        event.function.as_str(),
        message,
        trace,
        format!("sink: `{sink}`"),
    );
    diagnostic.confidence = confidence;
    out.push(diagnostic);
}
