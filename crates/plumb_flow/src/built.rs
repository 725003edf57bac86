//! Sinks that only build a value for later use (`Path.resolve`, `new File`):
//! the finding is placed at the builder, but a check on the built value that
//! guards every use of it (a normalised path's `startsWith(base)` with the
//! request rejected otherwise) withdraws it. The built value's labels carry
//! the rule's `built_bit`; a later sink of the rule, a return or a store that
//! receives them unguarded confirms the builder's finding instead of
//! reporting one of its own.

use rustc_hash::FxHashSet;

use crate::facts::SinkEvent;
use crate::interp::Analysis;
use crate::rules::{built_bit, may_be_built, rule_bit, RuleMask};
use crate::state::State;
use crate::value::{Origin, Value};
use plumb_ir::VarId;

/// What one analysis knows about its builder sinks.
#[derive(Default)]
pub struct BuiltSinks {
    /// Sink keys recorded by builders, with their rule.
    sinks: Vec<((plumb_text::Span, String, u32), String)>,
    /// Rules some builder reported for, with their built bit.
    rules: Vec<(String, RuleMask)>,
    /// `(origin, built bit)` a check on a built value guarded.
    guarded: FxHashSet<(Origin, RuleMask)>,
    /// `(origin, built bit)` a built value reached unguarded: a sink, a
    /// return, a store.
    used: FxHashSet<(Origin, RuleMask)>,
}

impl Analysis<'_, '_> {
    /// Labels a builder already built are the builder's flow: a sink of
    /// the same rule does not report them again; unless it builds too, it
    /// confirms the builder's finding.
    pub fn consume_built(&mut self, event: &mut SinkEvent, building: bool) {
        if !event.value.taint.iter().any(|l| may_be_built(l.cleaned)) {
            return;
        }
        let clean = rule_bit(&event.rule);
        let built = built_bit(&event.rule);
        for label in event.value.taint.iter_mut() {
            if label.cleaned & built != 0 && label.cleaned & clean == 0 {
                label.cleaned |= clean;
                if !building {
                    self.built.used.insert((label.origin, built));
                }
            }
        }
    }

    pub fn record_built_sink(&mut self, mut event: SinkEvent, slot: u32) {
        self.consume_built(&mut event, true);
        let key = (event.span, event.rule.clone(), slot);
        let rule = event.rule.clone();
        self.insert_sink(event, slot);
        if !self.built.sinks.iter().any(|(k, _)| *k == key) {
            self.built.sinks.push((key, rule.clone()));
        }
        if !self.built.rules.iter().any(|(r, _)| *r == rule) {
            let bit = built_bit(&rule);
            self.built.rules.push((rule, bit));
        }
    }

    /// A value leaving the function (returned, stored in a field or a
    /// global) is used where no check here can guard it.
    pub fn escape_built(&mut self, value: &Value) {
        if self.built.rules.is_empty() {
            return;
        }
        for label in &value.taint {
            for (rule, bit) in &self.built.rules {
                if label.cleaned & bit != 0 && label.cleaned & rule_bit(rule) == 0 {
                    self.built.used.insert((label.origin, *bit));
                }
            }
        }
    }

    /// A check that cleans `var` for `mask` on the side where it passed:
    /// the built values it holds are guarded there.
    pub fn note_built_guard(&mut self, state: &State, var: VarId, mask: RuleMask) {
        if self.built.rules.is_empty() {
            return;
        }
        let Some(value) = state.locals.get(var.0 as usize) else {
            return;
        };
        for label in &value.taint {
            for (rule, bit) in &self.built.rules {
                if mask & rule_bit(rule) != 0 && label.cleaned & bit != 0 {
                    self.built.guarded.insert((label.origin, *bit));
                }
            }
        }
    }

    /// The builder findings to withdraw: every flow they report was
    /// guarded, and none reached a use unguarded.
    pub fn withdrawn_built_sinks(&self) -> Vec<(plumb_text::Span, String, u32)> {
        let mut out = Vec::new();
        for (key, rule) in &self.built.sinks {
            let Some(event) = self.sink_event(key) else {
                continue;
            };
            let bit = built_bit(rule);
            let clean = rule_bit(rule);
            let live: Vec<Origin> = event
                .value
                .taint
                .iter()
                .filter(|l| l.cleaned & clean == 0)
                .map(|l| l.origin)
                .collect();
            let guarded = !live.is_empty()
                && live.iter().all(|origin| {
                    self.built.guarded.contains(&(*origin, bit))
                        && !self.built.used.contains(&(*origin, bit))
                });
            if guarded {
                out.push(key.clone());
            }
        }
        out
    }
}
