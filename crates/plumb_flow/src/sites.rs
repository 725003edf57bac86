//! Where the project constructs its classes and calls its functions, with
//! the operands passed: facts only the callers know, such as the constant
//! a constructor argument puts in a field, or the type of an untyped
//! parameter. Built once, on first use, by resolving every call.

use std::sync::Arc;

use plumb_ir::{Arg, Callee, Const, Expr, FunctionKind, InstrKind, Operand};
use plumb_text::Name;
use rustc_hash::{FxHashMap, FxHashSet};

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
    /// Python project classes used as values (`factory = Client`,
    /// `partial(Client, ..)`): something the sites do not show may
    /// construct them.
    escaped: FxHashSet<Name>,
    /// Python attributes assigned on something other than the writing
    /// function's own first parameter (`client.base_url = url`), with the
    /// project class the object was just constructed from, when it was.
    foreign_writes: FxHashSet<(Option<Name>, Name)>,
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
                let python = module.language == plumb_ir::Language::Python;
                let own = function.params.first().map(|p| p.var);
                for instr in function.blocks.iter().flat_map(|b| &b.instrs) {
                    if python {
                        sites.note_class_values(&resolver, engine, &instr.kind);
                        if let InstrKind::StoreField { obj, field, .. } = &instr.kind {
                            if !matches!(obj, Operand::Var(v) if Some(*v) == own) {
                                let class = constructed_class(&resolver, function, obj);
                                sites.foreign_writes.insert((class, *field));
                            }
                        }
                    }
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

    /// Records project classes `instr` uses as a value rather than calls.
    fn note_class_values(
        &mut self,
        resolver: &crate::resolve::Resolver<'_>,
        engine: &Engine<'_>,
        instr: &InstrKind,
    ) {
        let escaped = &mut self.escaped;
        let mut note = |operand: &Operand| {
            let Operand::Global(path) = operand else {
                return;
            };
            let resolved = resolver.resolve_path(*path);
            if let (Head::ProjectClass(class), true) = (resolved.head, resolved.rest.is_empty()) {
                if engine.index.classes.contains_key(&class) {
                    escaped.insert(class);
                }
            }
        };
        match instr {
            InstrKind::Assign { value, .. } | InstrKind::Eval(value) => match value {
                Expr::Call(call) => {
                    if let Callee::Method { receiver, .. } = &call.callee {
                        note(receiver);
                    }
                    call.args.iter().for_each(|a| note(&a.value));
                }
                Expr::New { args, .. } => args.iter().for_each(|a| note(&a.value)),
                Expr::Use(a) | Expr::Cast(_, a) | Expr::Element(a) => note(a),
                Expr::List(items) => items.iter().for_each(&mut note),
                Expr::Map(entries) => entries.iter().for_each(|e| note(&e.value)),
                _ => {}
            },
            InstrKind::StoreField { value, .. }
            | InstrKind::StoreIndex { value, .. }
            | InstrKind::StoreGlobal { value, .. } => note(value),
        }
    }

    /// Whether some function assigns attribute `field` of an object of
    /// `class` (or of an object whose class it does not show).
    pub fn written_from_outside(&self, class: Name, field: Name) -> bool {
        self.foreign_writes.contains(&(None, field))
            || self.foreign_writes.contains(&(Some(class), field))
    }

    /// Whether something other than the recorded sites may construct `class`.
    pub fn escapes(&self, class: Name) -> bool {
        self.escaped.contains(&class)
    }
}

/// The project class `obj` was constructed from, when it is a local
/// assigned once, from a call of that class.
fn constructed_class(
    resolver: &crate::resolve::Resolver<'_>,
    function: &plumb_ir::Function,
    obj: &Operand,
) -> Option<Name> {
    let Operand::Var(var) = obj else {
        return None;
    };
    let mut defs = function
        .blocks
        .iter()
        .flat_map(|b| &b.instrs)
        .filter_map(|instr| match &instr.kind {
            InstrKind::Assign { dst, value } if dst == var => Some(value),
            _ => None,
        });
    let (Some(Expr::Call(call)), None) = (defs.next(), defs.next()) else {
        return None;
    };
    let Callee::Function(Operand::Global(path)) = &call.callee else {
        return None;
    };
    let resolved = resolver.resolve_path(*path);
    match (resolved.head, resolved.rest.is_empty()) {
        (Head::ProjectClass(class), true) => Some(class),
        _ => None,
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

    /// The value a field holds in every instance the project creates when
    /// each constructor stores the same parameter there unchanged, that
    /// parameter has a constant default, and every construction the project
    /// makes leaves it at its default or passes a constant
    /// (`CrmClient()` for `def __init__(self, base="https://crm/"): self.base = base`).
    /// Nothing is assumed when the class may be constructed where no site
    /// shows it (a subclass, a use of the class as a value, a method calling
    /// a callable it holds (`cls(..)`), more sites than are recorded) or
    /// when code outside the object assigns an attribute of that name.
    pub fn constructed_field_value(&self, class: Name, field: Name) -> Option<Value> {
        if let Some(cached) = self.constructed_defaults.borrow().get(&(class, field)) {
            return cached.clone();
        }
        let (found, settled) = self
            .settled_fact(format!("constructed-default {class}.{field}"), || {
                self.compute_constructed_field_value(class, field)
            });
        if settled {
            self.constructed_defaults
                .borrow_mut()
                .insert((class, field), found.clone());
        }
        found
    }

    fn compute_constructed_field_value(&self, class: Name, field: Name) -> Option<Value> {
        let class_ref = *self.index.classes.get(&class)?;
        let module = &self.project.modules[class_ref.module as usize];
        if module.language != plumb_ir::Language::Python
            || self
                .index
                .subclasses
                .get(&class)
                .is_some_and(|subs| !subs.is_empty())
        {
            return None;
        }
        let (func, param) = self.constructor_param_stored(class, field)?;
        let function = &self.project.modules[func.module as usize].functions[func.func.0 as usize];
        let declared = function.params.get(param)?;
        // `None` says the value comes later, not what it is.
        let default = match &declared.default {
            Some(plumb_ir::AttrValue::Const(c)) if *c != plumb_ir::Const::Null => c,
            _ => return None,
        };
        let class_ir = &module.classes[class_ref.class.0 as usize];
        let calls_held_callable = class_ir.methods.iter().any(|method| {
            module.functions[method.0 as usize]
                .blocks
                .iter()
                .flat_map(|b| &b.instrs)
                .any(|instr| {
                    matches!(
                        &instr.kind,
                        InstrKind::Assign { value: Expr::Call(call), .. } | InstrKind::Eval(Expr::Call(call))
                            if matches!(call.callee, Callee::Function(Operand::Var(_)))
                    )
                })
        });
        if calls_held_callable {
            return None;
        }
        // The first parameter is `self`.
        let position = param.checked_sub(1)?;
        let sites = self.call_sites();
        let constructions = sites.of(class.join("<init>"));
        if constructions.is_empty()
            || constructions.len() >= MAX_SITES
            || sites.escapes(class)
            || sites.written_from_outside(class, field)
        {
            return None;
        }
        let mut value = Value::constant(default.clone());
        for site in constructions {
            if site.args.iter().any(|a| a.spread) {
                return None;
            }
            let arg = site
                .args
                .iter()
                .find(|a| a.keyword == Some(declared.name))
                .or_else(|| {
                    site.args
                        .iter()
                        .filter(|a| a.keyword.is_none())
                        .nth(position)
                });
            match arg.map(|a| &a.value) {
                None => {}
                Some(Operand::Const(constant)) => {
                    value = value.join(&Value::constant(constant.clone()));
                }
                Some(_) => return None,
            }
        }
        value.konst.is_known().then_some(value)
    }

    pub fn call_sites(&self) -> &CallSites {
        self.call_sites.get_or_init(|| CallSites::build(self))
    }
}
