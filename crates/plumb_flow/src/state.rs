//! The abstract state at one program point: every local's value and the heap.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use plumb_ir::VarId;

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

    /// Joins `other` into `self` (a variable missing on one side is
    /// unknown there); whether `self` changed.
    fn join_into(&mut self, other: &Locals, skip: &[VarId]) -> bool {
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
            if !self.values.contains_key(key) && !skip.contains(&VarId(*key)) {
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
    /// Loops over a collection whose items are all known are run one
    /// iteration at a time: per iterated variable, how many items the
    /// loop has taken so far (see `Analysis::has_next`).
    pub cursors: Vec<(VarId, u32)>,
    /// On every path here the function declared a response content type
    /// that is not HTML (`header('Content-Type: application/json')`): its
    /// output is not an XSS sink.
    pub not_html: bool,
}

impl State {
    pub fn new(local_count: usize) -> State {
        State {
            locals: Locals {
                values: FxHashMap::default(),
                len: local_count,
            },
            heap: FxHashMap::default(),
            cursors: Vec::new(),
            not_html: false,
        }
    }

    pub fn cursor(&self, var: VarId) -> Option<u32> {
        self.cursors
            .iter()
            .find(|(v, _)| *v == var)
            .map(|(_, count)| *count)
    }

    pub fn set_cursor(&mut self, var: VarId, count: u32) {
        match self.cursors.iter_mut().find(|(v, _)| *v == var) {
            Some(slot) => slot.1 = count,
            None => self.cursors.push((var, count)),
        }
    }

    /// Joins `other` into `self`; whether `self` changed (the fixpoint test).
    /// Variables in `skip` that `self` does not hold are left out (temporaries
    /// of the block `other` comes from, which nothing after it reads).
    pub fn join_into(&mut self, other: &State, skip: &[VarId]) -> bool {
        let mut changed = self.locals.join_into(&other.locals, skip);
        if self.not_html && !other.not_html {
            self.not_html = false;
            changed = true;
        }
        // Iterations that differ are no longer one iteration.
        if self.cursors != other.cursors {
            let before = self.cursors.len();
            self.cursors.retain(|entry| other.cursors.contains(entry));
            changed |= self.cursors.len() != before;
        }
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
    pub fn widen_into(&mut self, newer: &State, skip: &[VarId]) -> bool {
        let before: Vec<(u32, crate::value::Konst)> = self
            .locals
            .values
            .iter()
            .map(|(k, v)| (*k, v.konst.clone()))
            .collect();
        let changed = self.join_into(newer, skip);
        if !changed {
            return false;
        }
        for (key, konst) in before {
            if let Some(value) = self.locals.values.get_mut(&key) {
                if value.konst != konst {
                    value.konst = crate::value::Konst::Unknown;
                    value.prefix = None;
                    value.prefixes = None;
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
}
