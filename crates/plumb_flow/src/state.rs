//! The abstract state at one program point: every local's value and the heap.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::value::{Obj, ObjId, Value};

static UNKNOWN: LazyLock<Value> = LazyLock::new(Value::unknown);

/// Locals, sparsely: a variable that holds nothing known (no constant, no
/// taint, no type, no object) is not stored, so states of functions with
/// hundreds of temporaries stay small to copy, join and compare.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Locals {
    values: FxHashMap<u32, Value>,
    len: usize,
}

impl Locals {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn get(&self, index: usize) -> Option<&Value> {
        if index >= self.len {
            return None;
        }
        Some(self.values.get(&(index as u32)).unwrap_or(&UNKNOWN))
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut Value> {
        if index >= self.len {
            return None;
        }
        Some(
            self.values
                .entry(index as u32)
                .or_insert_with(Value::unknown),
        )
    }

    pub fn set(&mut self, index: usize, value: Value) {
        if index >= self.len {
            return;
        }
        if value == *UNKNOWN {
            self.values.remove(&(index as u32));
        } else {
            self.values.insert(index as u32, value);
        }
    }

    pub fn forget(&mut self, index: usize) {
        self.values.remove(&(index as u32));
    }

    fn join(&self, other: &Locals) -> Locals {
        let mut values = FxHashMap::default();
        for (key, value) in &self.values {
            let joined = match other.values.get(key) {
                Some(theirs) => value.join(theirs),
                None => value.join(&UNKNOWN),
            };
            if joined != *UNKNOWN {
                values.insert(*key, joined);
            }
        }
        for (key, value) in &other.values {
            if !self.values.contains_key(key) {
                let joined = UNKNOWN.join(value);
                if joined != *UNKNOWN {
                    values.insert(*key, joined);
                }
            }
        }
        Locals {
            values,
            len: self.len.max(other.len),
        }
    }

    /// Joins `other` into `self` (a variable missing on one side is
    /// unknown there); whether `self` changed.
    fn join_into(&mut self, other: &Locals) -> bool {
        let mut changed = false;
        let mut emptied = Vec::new();
        for (key, value) in self.values.iter_mut() {
            let step = match other.values.get(key) {
                Some(theirs) => value.join_into(theirs),
                None => value.join_into(&UNKNOWN),
            };
            changed |= step;
            if step && *value == *UNKNOWN {
                emptied.push(*key);
            }
        }
        for key in emptied {
            self.values.remove(&key);
        }
        for (key, value) in &other.values {
            if !self.values.contains_key(key) {
                let mut joined = Value::unknown();
                joined.join_into(value);
                joined.konst = crate::value::Konst::Unknown;
                if joined != *UNKNOWN {
                    self.values.insert(*key, joined);
                    changed = true;
                }
            }
        }
        self.len = self.len.max(other.len);
        changed
    }
}

impl std::ops::Index<usize> for Locals {
    type Output = Value;
    fn index(&self, index: usize) -> &Value {
        self.get(index).unwrap_or(&UNKNOWN)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub locals: Locals,
    pub heap: FxHashMap<ObjId, Obj>,
}

impl State {
    pub fn new(local_count: usize) -> State {
        State {
            locals: Locals {
                values: FxHashMap::default(),
                len: local_count,
            },
            heap: FxHashMap::default(),
        }
    }

    /// Joins `other` into `self`; whether `self` changed (the fixpoint test).
    pub fn join_into(&mut self, other: &State) -> bool {
        let mut changed = self.locals.join_into(&other.locals);
        for (id, obj) in &other.heap {
            match self.heap.get_mut(id) {
                Some(existing) => {
                    if existing != obj {
                        let joined = existing.join(obj);
                        if joined != *existing {
                            *existing = joined;
                            changed = true;
                        }
                    }
                }
                None => {
                    self.heap.insert(*id, obj.clone());
                    changed = true;
                }
            }
        }
        changed
    }

    /// After many visits of a loop head: forget constants that keep
    /// changing, in place; whether `self` changed.
    pub fn widen_into(&mut self, newer: &State) -> bool {
        let before: Vec<(u32, crate::value::Konst)> = self
            .locals
            .values
            .iter()
            .map(|(k, v)| (*k, v.konst.clone()))
            .collect();
        let changed = self.join_into(newer);
        if !changed {
            return false;
        }
        for (key, konst) in before {
            if let Some(value) = self.locals.values.get_mut(&key) {
                if value.konst != konst {
                    value.konst = crate::value::Konst::Unknown;
                    value.prefix = None;
                }
            }
        }
        for obj in self.heap.values_mut() {
            if let Some(items) = obj.items.take() {
                for item in items {
                    obj.add_any(&item);
                }
            }
        }
        true
    }

    pub fn join(&self, other: &State) -> State {
        let locals = self.locals.join(&other.locals);
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
}
