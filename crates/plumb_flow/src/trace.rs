//! Provenance: every taint label points at its latest step; steps point at
//! their predecessor, so a trace is rebuilt at report time by walking back
//! to the source.

use plumb_text::{Name, Span};
use rustc_hash::FxHashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StepId(pub u32);

/// One step of a trace. Small and `Copy` (the label is interned) because
/// the arena interns steps by value, and hashing text was a visible share
/// of the whole analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Step {
    pub module: u32,
    pub span: Span,
    pub label: Name,
    pub parent: Option<StepId>,
}

/// A summary applied at a call: the callee's chain ending at `inner` (from
/// just after its parameter's start) continues the caller's chain ending at
/// `outer`. Kept as one node and expanded only when a trace is reported,
/// because most labels never reach a sink and copying every callee chain at
/// every call site made the arena grow with the product of the two.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct CallStep {
    inner: StepId,
    module: u32,
    span: Span,
    callee: Name,
    outer: StepId,
}

#[derive(Clone, Debug)]
enum Node {
    Plain(Step),
    Call(CallStep),
}

/// An append-only arena of steps shared by one scan. Steps are interned:
/// a fixpoint re-applies the same summaries and re-derives the same steps
/// on every pass, and without interning the arena grows with the number of
/// passes instead of with the number of distinct paths.
#[derive(Debug, Default)]
pub struct Steps {
    nodes: Vec<Node>,
    plain: FxHashMap<Step, StepId>,
    calls: FxHashMap<CallStep, StepId>,
}

/// Traces longer than this keep their source and their latest steps only.
const MAX_TRACE: usize = 24;

/// Expansion stops after this many steps: a trace is for reading, and a
/// cycle of summaries must not make it unbounded.
const MAX_EXPANDED: usize = 4 * MAX_TRACE;

impl Steps {
    pub fn push(&mut self, step: Step) -> StepId {
        if let Some(id) = self.plain.get(&step) {
            return *id;
        }
        let id = self.next_id();
        self.plain.insert(step, id);
        self.nodes.push(Node::Plain(step));
        id
    }

    /// The callee's chain ending at `inner`, continued from `outer` through
    /// the call at `span`.
    pub fn call(
        &mut self,
        inner: StepId,
        module: u32,
        span: Span,
        callee: Name,
        outer: StepId,
    ) -> StepId {
        let call = CallStep {
            inner,
            module,
            span,
            callee,
            outer,
        };
        if let Some(id) = self.calls.get(&call) {
            return *id;
        }
        let id = self.next_id();
        self.calls.insert(call, id);
        self.nodes.push(Node::Call(call));
        id
    }

    fn next_id(&self) -> StepId {
        StepId(self.nodes.len() as u32)
    }

    /// A step created by `push`: sources and the starts of chains are
    /// always plain steps.
    pub fn get(&self, id: StepId) -> Option<&Step> {
        match &self.nodes[id.0 as usize] {
            Node::Plain(step) => Some(step),
            Node::Call(_) => None,
        }
    }

    /// Source first, latest step last.
    pub fn chain(&self, last: StepId) -> Vec<Step> {
        let mut out = Vec::new();
        self.expand(last, &mut out);
        out.reverse();
        if out.len() > MAX_TRACE {
            let tail = out.split_off(out.len() - (MAX_TRACE - 1));
            out.truncate(1);
            out.extend(tail);
        }
        out
    }

    /// Appends the chain ending at `last`, latest first.
    fn expand(&self, last: StepId, out: &mut Vec<Step>) {
        let mut current = Some(last);
        while let Some(id) = current {
            if out.len() >= MAX_EXPANDED {
                return;
            }
            match &self.nodes[id.0 as usize] {
                Node::Plain(step) => {
                    out.push(*step);
                    current = step.parent;
                }
                Node::Call(call) => {
                    // The callee's chain starts at its parameter, which the
                    // caller's argument replaces.
                    let start = out.len();
                    self.expand(call.inner, out);
                    if out.len() > start && out.len() < MAX_EXPANDED {
                        out.pop();
                    }
                    out.push(Step {
                        module: call.module,
                        span: call.span,
                        label: Name::new(&format!("passed to `{}`", call.callee.last_segment())),
                        parent: None,
                    });
                    current = Some(call.outer);
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}
