//! Go's implicit interfaces: a struct implements every interface whose
//! methods it has, without saying so. The project's structs get those
//! interfaces as supertypes, so a call on an interface value dispatches
//! to the implementations like a virtual call.

use plumb_ir::{ClassKind, FunctionKind, Language};
use plumb_text::Name;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::Project;

/// `(struct, interface)` pairs where the struct's methods include every
/// method of the interface. Embedded (promoted) methods are not counted.
pub(crate) fn implementations(project: &Project) -> Vec<(Name, Name)> {
    let mut interfaces: Vec<(Name, Vec<Name>)> = Vec::new();
    let mut structs: FxHashSet<Name> = FxHashSet::default();
    let mut methods: FxHashMap<Name, FxHashSet<Name>> = FxHashMap::default();
    for module in project
        .modules
        .iter()
        .filter(|m| m.language == Language::Go)
    {
        for class in &module.classes {
            match class.kind {
                ClassKind::Interface => {
                    let names: Vec<Name> = class
                        .methods
                        .iter()
                        .filter_map(|id| module.functions.get(id.0 as usize))
                        .map(|f| f.name)
                        .collect();
                    if !names.is_empty() {
                        interfaces.push((class.qualified, names));
                    }
                }
                _ => {
                    structs.insert(class.qualified);
                }
            }
        }
        for function in &module.functions {
            if function.kind != FunctionKind::Method || function.blocks.is_empty() {
                continue;
            }
            if let Some((owner, _)) = function.qualified.as_str().rsplit_once('.') {
                methods
                    .entry(Name::new(owner))
                    .or_default()
                    .insert(function.name);
            }
        }
    }
    // Candidates by the interface's first method, then the whole set.
    let mut by_method: FxHashMap<Name, Vec<Name>> = FxHashMap::default();
    for (owner, names) in &methods {
        if !structs.contains(owner) {
            continue;
        }
        for name in names {
            by_method.entry(*name).or_default().push(*owner);
        }
    }
    let mut out = Vec::new();
    for (interface, names) in &interfaces {
        let Some(candidates) = by_method.get(&names[0]) else {
            continue;
        };
        for owner in candidates {
            if names
                .iter()
                .all(|n| methods.get(owner).is_some_and(|m| m.contains(n)))
            {
                out.push((*owner, *interface));
            }
        }
    }
    out.sort();
    out
}
