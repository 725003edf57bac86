//! Where the project constructs its classes and calls its functions, with
//! the operands passed: facts only the callers know, such as the constant
//! a constructor argument puts in a field, or the type of an untyped
//! parameter. Built once, on first use, by resolving every call.

use std::sync::Arc;

use plumb_ir::{Arg, Callee, Const, Expr, FunctionKind, InstrKind, Operand};
use plumb_text::Name;
use rustc_hash::FxHashMap;

use crate::engine::Engine;
use crate::index::FuncRef;
use crate::interp::{Analysis, Mode};
use crate::resolve::Head;
use crate::state::State;
use crate::value::Value;

/// One call of a project function or constructor.
#[derive(Clone, Debug)]
pub struct Site {
    pub func: FuncRef,
    pub args: Vec<Arg>,
}

/// Sites by callee: `pkg.Class.<init>` for constructions, the qualified
/// name for functions.
#[derive(Default)]
pub struct CallSites {
    by_callee: FxHashMap<Name, Vec<Site>>,
}

/// At most this many sites are read for one callee.
const MAX_SITES: usize = 64;

impl CallSites {
    pub fn build(engine: &Engine<'_>) -> CallSites {
        let mut sites = CallSites::default();
        for (module_index, module) in engine.project.modules.iter().enumerate() {
            let resolver = engine.resolver_for(module_index as u32);
            for (func_index, function) in module.functions.iter().enumerate() {
                let func = FuncRef {
                    module: module_index as u32,
                    func: plumb_ir::FuncId(func_index as u32),
                };
                for instr in function.blocks.iter().flat_map(|b| &b.instrs) {
                    let expr = match &instr.kind {
                        InstrKind::Assign { value, .. } | InstrKind::Eval(value) => value,
                        _ => continue,
                    };
                    let (callee, args) = match expr {
                        Expr::New { class, args } => {
                            let class = resolver.resolve_type(class.name);
                            if !engine.index.classes.contains_key(&class) {
                                continue;
                            }
                            (class.join("<init>"), args)
                        }
                        Expr::Call(call) => {
                            let Callee::Function(Operand::Global(path)) = &call.callee else {
                                continue;
                            };
                            let resolved = resolver.resolve_path(*path);
                            match (resolved.head, resolved.rest.is_empty()) {
                                (Head::ProjectFunction(name), true) => (name, &call.args),
                                (Head::ProjectClass(class), true) => {
                                    (class.join("<init>"), &call.args)
                                }
                                _ => continue,
                            }
                        }
                        _ => continue,
                    };
                    // A function also called by another name (a JavaScript
                    // module's single export) is found by its own.
                    let targets = engine.index.functions.get(&callee);
                    let mut keys = vec![callee];
                    for target in targets.into_iter().flatten() {
                        let qualified = engine.project.modules[target.module as usize].functions
                            [target.func.0 as usize]
                            .qualified;
                        if !keys.contains(&qualified) {
                            keys.push(qualified);
                        }
                    }
                    for key in keys {
                        let list = sites.by_callee.entry(key).or_default();
                        if list.len() < MAX_SITES {
                            list.push(Site {
                                func,
                                args: args.clone(),
                            });
                        }
                    }
                }
            }
        }
        sites
    }

    pub fn of(&self, callee: Name) -> &[Site] {
        self.by_callee.get(&callee).map_or(&[], Vec::as_slice)
    }
}

impl Engine<'_> {
    /// The values passed for parameter `param` of `callee` at its sites
    /// that pass a constant or a global (a named constant, a module-level
    /// object); arguments held in locals are not evaluated.
    pub fn passed_values(&self, callee: Name, func: FuncRef, param: usize) -> Vec<Value> {
        let module = &self.project.modules[func.module as usize];
        let function = &module.functions[func.func.0 as usize];
        let Some(declared) = function.params.get(param) else {
            return Vec::new();
        };
        // Positions count from the first parameter a caller passes.
        let receiver_like = match function.params.first() {
            Some(first) if first.kind == plumb_ir::ParamKind::Receiver => 1,
            Some(_)
                if module.language == plumb_ir::Language::Python
                    && function.class.is_some()
                    && !function.is_static
                    && function.kind != FunctionKind::Closure =>
            {
                1
            }
            _ => 0,
        };
        let Some(position) = param.checked_sub(receiver_like) else {
            return Vec::new();
        };
        let sites = self.call_sites();
        let mut out = Vec::new();
        for site in sites.of(callee) {
            let by_keyword = site.args.iter().find(|a| a.keyword == Some(declared.name));
            let arg = by_keyword.or_else(|| {
                let mut positional = site.args.iter().filter(|a| a.keyword.is_none());
                if positional.clone().take(position + 1).any(|a| a.spread) {
                    return None;
                }
                positional.nth(position)
            });
            let Some(arg) = arg else { continue };
            match &arg.value {
                Operand::Const(constant) => out.push(Value::constant(constant.clone())),
                Operand::Global(_) => {
                    let mut analysis = Analysis::new(self, site.func, Mode::Summary, None);
                    let mut scratch = State::new(analysis.function.locals.len());
                    out.push(analysis.operand(&mut scratch, &arg.value));
                }
                // A temporary that only reads a named constant (`new C(ALGORITHM)`).
                Operand::Var(var) => {
                    let mut analysis = Analysis::new(self, site.func, Mode::Summary, None);
                    let read = match analysis.def_of(*var) {
                        Some(
                            expr @ (Expr::Use(Operand::Global(_))
                            | Expr::Field(Operand::Global(_), _)),
                        ) => Some(expr.clone()),
                        _ => None,
                    };
                    if let Some(expr) = read {
                        let mut scratch = State::new(analysis.function.locals.len());
                        let span = analysis.function.span;
                        out.push(analysis.eval(&mut scratch, &expr, span));
                    }
                }
            }
        }
        out
    }

    /// The constants the project's constructions of `class` pass to the
    /// constructor parameter every constructor stores in `field` unchanged
    /// (`new Checksums("SHA1")` for `this.algorithm = algorithm`).
    pub fn constructed_field_constants(&self, class: Name, field: Name) -> Option<Arc<[Const]>> {
        if let Some(cached) = self.constructed_fields.borrow().get(&(class, field)) {
            return cached.clone();
        }
        let (found, settled) = self.settled_fact(format!("constructed {class}.{field}"), || {
            self.compute_constructed_field_constants(class, field)
        });
        if settled {
            self.constructed_fields
                .borrow_mut()
                .insert((class, field), found.clone());
        }
        found
    }

    fn compute_constructed_field_constants(
        &self,
        class: Name,
        field: Name,
    ) -> Option<Arc<[Const]>> {
        let (func, param) = self.constructor_param_stored(class, field)?;
        let mut constants: Vec<Const> = Vec::new();
        for value in self.passed_values(class.join("<init>"), func, param) {
            for constant in value.konst.values() {
                if !constants.contains(constant) && constants.len() < 8 {
                    constants.push(constant.clone());
                }
            }
        }
        (!constants.is_empty()).then(|| constants.into())
    }

    pub fn call_sites(&self) -> &CallSites {
        self.call_sites.get_or_init(|| CallSites::build(self))
    }
}
