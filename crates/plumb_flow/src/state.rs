//! The abstract state at one program point: every local's value and the heap.

use rustc_hash::FxHashMap;

use crate::value::{Obj, ObjId, Value};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub locals: Vec<Value>,
    pub heap: FxHashMap<ObjId, Obj>,
}

impl State {
    pub fn new(local_count: usize) -> State {
        State {
            locals: vec![Value::unknown(); local_count],
            heap: FxHashMap::default(),
        }
    }

    pub fn join(&self, other: &State) -> State {
        let locals = self
            .locals
            .iter()
            .zip(&other.locals)
            .map(|(a, b)| a.join(b))
            .collect();
        let mut heap = self.heap.clone();
        for (id, obj) in &other.heap {
            match heap.get_mut(id) {
                Some(existing) => *existing = existing.join(obj),
                None => {
                    heap.insert(*id, obj.clone());
                }
            }
        }
        State { locals, heap }
    }

    /// After many visits of a loop head: forget constants that keep changing
    /// so the fixpoint ends.
    pub fn widen(&self, newer: &State) -> State {
        let mut joined = self.join(newer);
        for (value, old) in joined.locals.iter_mut().zip(&self.locals) {
            if value.konst != old.konst {
                value.konst = crate::value::Konst::Unknown;
                value.prefix = None;
            }
        }
        for obj in joined.heap.values_mut() {
            if let Some(items) = obj.items.take() {
                for item in items {
                    obj.add_any(&item);
                }
            }
        }
        joined
    }
}
