//! Recursion among summaries. A summary that needs itself, directly or
//! through other functions, is computed by iterating: the function that
//! entered the cycle first (its head) is re-analysed with its previous
//! result standing in for the recursive calls until the result stops
//! changing. Summaries computed inside the cycle depend on that stand-in,
//! so they are kept on this thread only until the head settles and are
//! never cached or published: a cached summary is therefore the same
//! whichever function of the cycle a thread happened to enter first, which
//! is what makes a parallel scan give the same answer as a serial one.
//!
//! The bookkeeping is Tarjan's: every frame remembers the shallowest frame
//! it (or anything it called) used as a stand-in.

use std::cell::RefCell;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::engine::SummaryKey;
use crate::facts::{SinkEvent, StoreEvent};
use crate::interp::Summary;

/// How deep summaries may be computed on demand before a callee is
/// treated as unknown.
pub const MAX_DEPTH: usize = 48;

/// Rounds a cycle's head is analysed at most; most settle in two.
const MAX_ROUNDS: u32 = 4;

struct Frame {
    key: SummaryKey,
    /// Shallowest frame whose stand-in this computation used.
    low: usize,
    /// The head's result of the previous round (none in the first).
    stand_in: Option<Arc<Summary>>,
}

thread_local! {
    /// The stand-in of a cycle's first round.
    static EMPTY: Arc<Summary> = Arc::new(Summary::default());
    static STACK: RefCell<Vec<Frame>> = const { RefCell::new(Vec::new()) };
    /// Results that depend on an unfinished frame (the depth is the
    /// shallowest such frame); valid until that frame settles or re-runs.
    static PROVISIONAL: RefCell<FxHashMap<SummaryKey, Provisional>> =
        RefCell::new(FxHashMap::default());
}

/// A result computed inside a cycle, with what it found, to be published
/// if the cycle settles on the stand-in it was computed with.
pub struct Provisional {
    pub summary: Arc<Summary>,
    low: usize,
    pub sinks: Vec<SinkEvent>,
    pub stores: Vec<StoreEvent>,
}

pub enum Lookup {
    /// Answered from this thread's stack: a stand-in (empty in the first
    /// round of a cycle), a provisional result, or nothing (too deep).
    Answered(Option<Arc<Summary>>),
    /// Not known on this thread: compute it.
    Compute,
}

pub enum Finish {
    /// The result is final: cache and publish it with its events, and the
    /// results computed inside its cycle in the last round, which saw the
    /// settled answer.
    Final {
        sinks: Vec<SinkEvent>,
        stores: Vec<StoreEvent>,
        dependents: Vec<(SummaryKey, Provisional)>,
    },
    /// The result depends on a frame further up: use it, keep it to itself.
    Provisional,
    /// The head of a cycle changed: analyse it again.
    Again,
}

/// What this thread already knows about `key` while computing others.
pub fn lookup(key: &SummaryKey) -> Lookup {
    STACK.with(|stack| {
        let mut stack = stack.borrow_mut();
        if let Some(depth) = stack.iter().position(|frame| frame.key == *key) {
            depends_on(&mut stack, depth);
            // The first round starts from nothing (the recursive call adds
            // no flow): iterating up from there finds the flows the cycle
            // has. Starting from the default rule (every argument reaches
            // the result) would keep that guess, since it confirms itself.
            let stand_in = stack[depth]
                .stand_in
                .clone()
                .unwrap_or_else(|| EMPTY.with(Arc::clone));
            return Lookup::Answered(Some(stand_in));
        }
        if stack.len() >= MAX_DEPTH {
            return Lookup::Answered(None);
        }
        let provisional =
            PROVISIONAL.with(|p| p.borrow().get(key).map(|p| (p.summary.clone(), p.low)));
        match provisional {
            Some((summary, low)) => {
                depends_on(&mut stack, low);
                Lookup::Answered(Some(summary))
            }
            None => Lookup::Compute,
        }
    })
}

/// Whether `key` is being computed on this thread (for computations that
/// do not iterate, such as field initialisers); records the dependency.
pub fn in_progress(key: &SummaryKey) -> bool {
    STACK.with(|stack| {
        let mut stack = stack.borrow_mut();
        match stack.iter().position(|frame| frame.key == *key) {
            Some(depth) => {
                depends_on(&mut stack, depth);
                true
            }
            None => false,
        }
    })
}

pub fn enter(key: SummaryKey) {
    STACK.with(|stack| {
        stack.borrow_mut().push(Frame {
            key,
            low: usize::MAX,
            stand_in: None,
        })
    });
}

/// Ends one round of the innermost computation with `summary` and the
/// events its analysis found.
pub fn finish(
    summary: &Arc<Summary>,
    sinks: Vec<SinkEvent>,
    stores: Vec<StoreEvent>,
    round: u32,
) -> Finish {
    STACK.with(|stack| {
        let mut stack = stack.borrow_mut();
        let depth = stack.len() - 1;
        let frame = &mut stack[depth];
        if frame.low < depth {
            // What used this frame's own stand-in saw no settled answer.
            forget_from(depth);
            let frame = stack.pop().expect("a frame per computation");
            let provisional = Provisional {
                summary: summary.clone(),
                low: frame.low,
                sinks,
                stores,
            };
            PROVISIONAL.with(|p| p.borrow_mut().insert(frame.key, provisional));
            return Finish::Provisional;
        }
        let recursive = frame.low == depth;
        let settled = frame
            .stand_in
            .as_ref()
            .is_some_and(|previous| previous.same_as(summary));
        if recursive && !settled && round + 1 < MAX_ROUNDS {
            forget_from(depth);
            frame.stand_in = Some(summary.clone());
            frame.low = usize::MAX;
            return Finish::Again;
        }
        stack.pop();
        let dependents = take_from(depth);
        Finish::Final {
            sinks,
            stores,
            dependents: if settled { dependents } else { Vec::new() },
        }
    })
}

/// Ends a computation that does not iterate; whether its result is final
/// (it used no stand-in of a frame further up).
pub fn leave() -> bool {
    STACK.with(|stack| {
        let mut stack = stack.borrow_mut();
        let depth = stack.len() - 1;
        let frame = stack.pop().expect("a frame per computation");
        forget_from(depth);
        frame.low >= depth
    })
}

fn depends_on(stack: &mut [Frame], depth: usize) {
    for frame in stack.iter_mut().skip(depth) {
        frame.low = frame.low.min(depth);
    }
}

/// Drops provisional results that depended on the frame at `depth` or
/// deeper: that frame has settled or is about to run again.
fn forget_from(depth: usize) {
    PROVISIONAL.with(|p| p.borrow_mut().retain(|_, p| p.low < depth));
}

/// Removes and returns the provisional results that depended on the frame
/// at `depth` or deeper.
fn take_from(depth: usize) -> Vec<(SummaryKey, Provisional)> {
    PROVISIONAL.with(|p| {
        let mut p = p.borrow_mut();
        let keys: Vec<SummaryKey> = p
            .iter()
            .filter(|(_, p)| p.low >= depth)
            .map(|(key, _)| key.clone())
            .collect();
        keys.into_iter()
            .filter_map(|key| p.remove(&key).map(|found| (key, found)))
            .collect()
    })
}
