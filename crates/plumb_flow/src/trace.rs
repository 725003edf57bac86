//! Provenance: every taint label points at its latest step; steps point at
//! their predecessor, so a trace is rebuilt at report time by walking back
//! to the source.

use plumb_text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StepId(pub u32);

#[derive(Clone, Debug)]
pub struct Step {
    pub module: u32,
    pub span: Span,
    pub label: String,
    pub parent: Option<StepId>,
}

/// An append-only arena of steps shared by one scan.
#[derive(Debug, Default)]
pub struct Steps {
    steps: Vec<Step>,
}

/// Traces longer than this keep their source and their latest steps only.
const MAX_TRACE: usize = 24;

impl Steps {
    pub fn push(&mut self, step: Step) -> StepId {
        let id = StepId(self.steps.len() as u32);
        self.steps.push(step);
        id
    }

    pub fn get(&self, id: StepId) -> &Step {
        &self.steps[id.0 as usize]
    }

    /// Source first, latest step last.
    pub fn chain(&self, last: StepId) -> Vec<&Step> {
        let mut out = Vec::new();
        let mut current = Some(last);
        while let Some(id) = current {
            let step = self.get(id);
            out.push(step);
            current = step.parent;
            if out.len() > 4 * MAX_TRACE {
                break;
            }
        }
        out.reverse();
        if out.len() > MAX_TRACE {
            let tail = out.split_off(out.len() - (MAX_TRACE - 1));
            out.truncate(1);
            out.extend(tail);
        }
        out
    }

    /// Copies the chain ending at `last`, from just after the step whose
    /// parent is `None` (a symbolic parameter's start), onto `onto`.
    pub fn graft(&mut self, last: StepId, onto: StepId) -> StepId {
        let mut chain = Vec::new();
        let mut current = Some(last);
        while let Some(id) = current {
            let step = self.get(id);
            if step.parent.is_none() {
                break;
            }
            chain.push(id);
            current = step.parent;
            if chain.len() > MAX_TRACE {
                break;
            }
        }
        let mut parent = onto;
        for id in chain.into_iter().rev() {
            let step = self.get(id).clone();
            parent = self.push(Step {
                parent: Some(parent),
                ..step
            });
        }
        parent
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}
