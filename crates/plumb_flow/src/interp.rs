//! The abstract interpreter for one function: a forward fixpoint over the
//! CFG in reverse post-order, with constant folding, taint, heap objects,
//! pruning of branches whose condition is constant, and guards that refine
//! values on the branch where a check passed.

use std::sync::Arc;

use plumb_ir::{
    BlockId, Const, Expr, Function, FunctionKind, InstrKind, Language, Module, Operand, ParamKind,
    Terminator, VarId,
};
use plumb_text::{Name, Span};
use rustc_hash::FxHashMap;

use crate::engine::Engine;
use crate::entry::EntryInfo;
use crate::facts::{SinkEvent, SinkSite, StoreEvent, StoreTarget};
use crate::index::FuncRef;
use crate::resolve::Resolver;
use crate::state::State;
use crate::value::{join_labels, Konst, Label, Obj, ObjId, Origin, SourceKind, Value};

/// Visits of one block before its state is widened.
const WIDEN_AFTER: u32 = 3;
/// Iterations run one at a time per function (see `next_iteration`);
/// loops past this are joined as any other.
const MAX_UNROLLED_ITERATIONS: usize = 64;
/// Block visits per function, over the number of blocks, before giving up.
const VISIT_BUDGET_FACTOR: usize = 12;

#[derive(Clone, Debug)]
pub enum Mode {
    /// Parameters are symbolic; the outcome is the function's summary, and
    /// flows from sources inside it are real findings.
    Summary,
    /// An entry point: parameters are request data as the framework says.
    Entry(EntryInfo),
    /// Python module-level code: module globals are recorded.
    ModuleInit,
}

/// What a call site needs to know about a callee.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// The returned value: labels may be symbolic (`Param`, `ParamField`).
    pub ret: Value,
    /// A fresh object the function returns: its fields, entries and items.
    pub ret_object: Option<Obj>,
    /// Sinks reached by symbolic labels, to be instantiated at call sites.
    pub sinks: Vec<SinkEvent>,
    /// `param.field = value` side effects.
    pub effects: Vec<(u8, Name, Value)>,
    /// Content added to a parameter's container (`list.add(x)` on a parameter).
    pub content_effects: Vec<(u8, Value)>,
    /// Objects stored in a parameter's fields, with their constant configuration.
    pub effect_objects: Vec<(u8, Name, Obj)>,
    /// Method calls on a parameter whose type only the caller knows
    /// (`conn.execute(sql)` in a helper taking `conn`).
    pub deferred: Vec<DeferredCall>,
    /// What a closure leaves in the captured variables it assigns, by
    /// capture parameter (`target = host` inside an arrow function).
    pub capture_effects: Vec<(u8, Value)>,
    /// Content added to a container held in a parameter's field
    /// (`self.parts.append(c)` in a builder's method).
    pub field_content: Vec<(u8, Name, Value)>,
}

impl Summary {
    /// Whether two results of the same function say the same to callers
    /// (provenance aside): a cycle's head has settled when this holds.
    pub fn same_as(&self, other: &Summary) -> bool {
        let sink = |e: &SinkEvent| (e.module, e.span, e.rule.clone(), e.callee);
        let deferred = |d: &DeferredCall| (d.module, d.span, d.name);
        self.ret == other.ret
            && self.ret_object == other.ret_object
            && self.effects == other.effects
            && self.content_effects == other.content_effects
            && self.effect_objects == other.effect_objects
            && self.capture_effects == other.capture_effects
            && self.field_content == other.field_content
            && self.sinks.len() == other.sinks.len()
            && self
                .sinks
                .iter()
                .zip(&other.sinks)
                .all(|(a, b)| sink(a) == sink(b) && a.value == b.value)
            && self.deferred.len() == other.deferred.len()
            && self
                .deferred
                .iter()
                .zip(&other.deferred)
                .all(|(a, b)| deferred(a) == deferred(b) && a.receiver == b.receiver)
    }
}

/// A call the summary cannot resolve because its receiver is a parameter
/// of unknown type; a caller that knows the type applies the models then.
#[derive(Clone, Debug)]
pub struct DeferredCall {
    pub receiver: Value,
    pub name: Name,
    pub args: Vec<DeferredArg>,
    pub module: u32,
    pub span: Span,
    pub function: Name,
}

#[derive(Clone, Debug)]
pub struct DeferredArg {
    pub keyword: Option<Name>,
    pub value: Value,
    /// `*args` / `**kwargs` at the call.
    pub spread: bool,
}

impl Default for Value {
    fn default() -> Self {
        Value::unknown()
    }
}

pub struct Outcome {
    pub summary: Summary,
    pub real_sinks: Vec<SinkEvent>,
    pub stores: Vec<StoreEvent>,
}

pub struct Analysis<'e, 'p> {
    pub engine: &'e Engine<'p>,
    pub func: FuncRef,
    pub module: &'p Module,
    pub function: &'p Function,
    pub resolver: Resolver<'e>,
    pub mode: Mode,
    pub language: Language,
    constants: Option<Vec<Option<Konst>>>,
    sinks: FxHashMap<(Span, String, u32), SinkEvent>,
    stores: FxHashMap<(Span, Name), StoreEvent>,
    ret: Option<Value>,
    ret_object: Option<Obj>,
    /// The instruction being interpreted: allocation sites are named by it.
    pub site: u32,
    /// Defining expression of each temporary, for guards.
    pub(crate) shape: Arc<FunctionShape>,
    pub class_name: Option<Name>,
    final_effects: Vec<(u8, Name, Value)>,
    final_captures: Vec<(u8, Value)>,
    pub(crate) field_content: Vec<(u8, Name, Value)>,
    final_effect_objects: Vec<(u8, Name, Obj)>,
    final_content: Vec<(u8, Value)>,
    /// Span of the call being evaluated, for stores its keyword arguments make.
    pub call_span: Span,
    /// Set by a call that never returns: the rest of the block is dead.
    pub diverged: bool,
    pub specialisations: u32,
    /// Objects of this analysis built by a constructor call of a project
    /// class (by allocation site): their class is exactly the one built.
    pub exact_objects: rustc_hash::FxHashSet<u32>,
    /// Per block: temporaries used nowhere else, dropped when it ends.
    /// The unknown-origin step of each call site, made once per analysis.
    pub unknown_steps: FxHashMap<Span, crate::trace::StepId>,
    pub deferred: Vec<DeferredCall>,
    /// Where sink events are reported while a deferred call is applied:
    /// the callee's module and function, not the caller's.
    pub event_site: Option<(u32, Name)>,
    /// The instruction being interpreted, for values created without a span of their own.
    pub instr_span: Span,
    pub built: crate::built::BuiltSinks,
    /// The instruction being interpreted discards its call's result.
    pub result_unused: bool,
    /// The instruction being interpreted calls what its block returns
    /// (`return md5.New()`): the function is a factory for the result.
    pub result_returned: bool,
}

impl<'e, 'p> Analysis<'e, 'p> {
    pub fn new(
        engine: &'e Engine<'p>,
        func: FuncRef,
        mode: Mode,
        constants: Option<Vec<Option<Konst>>>,
    ) -> Analysis<'e, 'p> {
        let module = &engine.project.modules[func.module as usize];
        let function = &module.functions[func.func.0 as usize];
        let resolver = engine.resolver_for(func.module);
        let shape = engine.function_shape(func);
        let class_name = function
            .class
            .map(|class| module.classes[class.0 as usize].qualified);
        Analysis {
            engine,
            func,
            module,
            function,
            resolver,
            mode,
            language: module.language,
            constants,
            sinks: FxHashMap::default(),
            stores: FxHashMap::default(),
            ret: None,
            ret_object: None,
            site: 0,
            shape,
            class_name,
            final_effects: Vec::new(),
            final_captures: Vec::new(),
            field_content: Vec::new(),
            final_effect_objects: Vec::new(),
            final_content: Vec::new(),
            call_span: Span::DUMMY,
            diverged: false,
            specialisations: 0,
            exact_objects: rustc_hash::FxHashSet::default(),
            unknown_steps: FxHashMap::default(),
            deferred: Vec::new(),
            event_site: None,
            instr_span: Span::DUMMY,
            built: crate::built::BuiltSinks::default(),
            result_unused: false,
            result_returned: false,
        }
    }

    fn initial_state(&mut self) -> State {
        let mut state = State::new(self.function.locals.len());
        let params = self.function.params.clone();
        let entry = match &self.mode {
            Mode::Entry(info) => Some(info.clone()),
            _ => None,
        };
        let framework = self
            .engine
            .framework_params
            .borrow()
            .get(&self.func)
            .cloned();
        for (index, param) in params.iter().enumerate() {
            let slot = param.var.0 as usize;
            if slot >= state.locals.len() {
                continue;
            }
            // Arrays are typed by their element type, but an array of a
            // safe type (`byte[] body`) still holds any text.
            let array = param.ty.as_ref().is_some_and(|ty| ty.array_dims > 0);
            let declared = param
                .ty
                .as_ref()
                .filter(|_| !array)
                .map(|ty| self.resolver.resolve_type(ty.name))
                .or_else(|| {
                    framework
                        .as_ref()
                        .and_then(|types| types.get(index).copied().flatten())
                });
            let ty = if param.kind == ParamKind::Receiver || (index == 0 && self.is_python_self()) {
                self.class_name.or(declared)
            } else {
                declared
            };
            let index = index as u8;
            if let Some(injected) =
                self.engine
                    .annotated_config_value(&param.annotations, self.func.module, param.span)
            {
                state.locals.set(slot, injected);
                continue;
            }
            let mut value = Value::typed(ty);
            if let Some(Some(konst)) = self.constants.as_ref().and_then(|c| c.get(index as usize)) {
                value.konst = konst.clone();
                if let Some(text) = konst.as_single_str() {
                    value.prefix = Some(Arc::from(text));
                }
                state.locals.set(slot, value);
                continue;
            }
            let receiver_like =
                param.kind == ParamKind::Receiver || (index == 0 && self.is_python_self());
            if let Some(info) = &entry {
                if let Some(Some(source)) = info.param_sources.get(index as usize) {
                    if !self.is_safe_type(ty) {
                        let step = self.engine.step(
                            self.func.module,
                            param.span,
                            format!("{source} `{}`", param.name),
                            None,
                        );
                        value.taint.push(Label {
                            origin: Origin::Source(SourceKind::UserInput, step),
                            cleaned: 0,
                            step,
                        });
                    }
                }
                if let Some(Some(request_type)) = info.param_types.get(index as usize) {
                    value.ty = Some(*request_type);
                }
                if receiver_like {
                    value.obj = Some(ObjId::Param(index));
                    state
                        .heap
                        .insert(ObjId::Param(index), symbolic_obj(index, value.ty));
                }
                state.locals.set(slot, value);
                continue;
            }
            if matches!(self.mode, Mode::Summary) && !self.is_safe_type(ty) {
                let step = self.engine.step(
                    self.func.module,
                    param.span,
                    format!("parameter `{}` of `{}`", param.name, self.function.name),
                    None,
                );
                value.taint.push(Label {
                    origin: Origin::Param(index),
                    cleaned: 0,
                    step,
                });
                value.exact_param = Some(index);
            }
            value.obj = Some(ObjId::Param(index));
            state
                .heap
                .insert(ObjId::Param(index), symbolic_obj(index, value.ty));
            state.locals.set(slot, value);
        }
        if matches!(self.mode, Mode::Summary) {
            self.seed_captures(&mut state);
        }
        self.type_framework_captures(&mut state);
        state
    }

    /// Captured variables are parameters past the closure's own, so its
    /// summary says what it does with them and the function that creates it
    /// fills them in (see `closure_created`).
    fn seed_captures(&self, state: &mut State) {
        let first = self.function.params.len();
        for (offset, (_, inner)) in self.function.captures.iter().enumerate() {
            let Ok(index) = u8::try_from(first + offset) else {
                break;
            };
            let slot = inner.0 as usize;
            if slot >= state.locals.len() {
                continue;
            }
            let name = self.function.local(*inner).name;
            let step = self.engine.step(
                self.func.module,
                self.function.span,
                format!("`{name}` captured by `{}`", self.function.name),
                None,
            );
            let mut value = Value::unknown();
            value.taint.push(Label {
                origin: Origin::Param(index),
                cleaned: 0,
                step,
            });
            value.exact_param = Some(index);
            // A statically typed language knows what the captured variable is.
            if self.module.language.is_statically_typed() {
                let outer = self.function.captures[offset].0;
                let declared = self
                    .function
                    .local(*inner)
                    .ty
                    .as_ref()
                    .map(|declared| declared.name)
                    .or_else(|| self.parent_result_type(outer));
                if let Some(declared) = declared {
                    value.ty = Some(self.resolver.resolve_type(declared));
                }
            }
            state.locals.set(slot, value);
        }
    }

    /// The declared result type of the project function whose call the
    /// parent function stored in `outer` (`c := checker.New()`).
    fn parent_result_type(&self, outer: VarId) -> Option<Name> {
        let parent = &self.module.functions[self.function.parent?.0 as usize];
        let call = parent
            .blocks
            .iter()
            .flat_map(|b| &b.instrs)
            .find_map(|instr| match &instr.kind {
                InstrKind::Assign {
                    dst,
                    value: Expr::Call(call),
                } if *dst == outer => Some(call),
                _ => None,
            })?;
        let plumb_ir::Callee::Function(Operand::Global(path)) = &call.callee else {
            return None;
        };
        let resolved = self.resolver.resolve_path(*path);
        let candidates = self.engine.index.functions.get(&resolved.full)?;
        let [callee] = candidates.as_slice() else {
            return None;
        };
        let function =
            &self.engine.project.modules[callee.module as usize].functions[callee.func.0 as usize];
        let declared = function.return_type.as_ref()?;
        // Resolved in the callee's module, where the type is written.
        Some(
            self.engine
                .resolver_for(callee.module)
                .resolve_type(declared.name),
        )
    }

    /// A closure capturing a parameter a framework types for its parent
    /// (a function-based middleware's `get_response`) sees it typed.
    fn type_framework_captures(&self, state: &mut State) {
        let Some(parent) = self.function.parent else {
            return;
        };
        let parent_ref = FuncRef {
            module: self.func.module,
            func: parent,
        };
        let Some(types) = self
            .engine
            .framework_params
            .borrow()
            .get(&parent_ref)
            .cloned()
        else {
            return;
        };
        let parent_fn = &self.module.functions[parent.0 as usize];
        for (outer, inner) in &self.function.captures {
            let Some(index) = parent_fn.params.iter().position(|p| p.var == *outer) else {
                continue;
            };
            if let Some(Some(ty)) = types.get(index) {
                let slot = inner.0 as usize;
                // Typed on top of what `seed_captures` put there.
                if let Some(value) = state.locals.get_mut(slot) {
                    value.ty = Some(*ty);
                }
            }
        }
    }

    fn is_python_self(&self) -> bool {
        self.language == Language::Python
            && self.class_name.is_some()
            && !self.function.is_static
            && self.function.kind != FunctionKind::Closure
            && !self
                .function
                .annotations
                .iter()
                .any(|a| a.name.as_str() == "staticmethod")
    }

    pub fn is_safe_type(&self, ty: Option<Name>) -> bool {
        let Some(ty) = ty else {
            return false;
        };
        let models = self.engine.models_for(self.language);
        if models.type_model(ty).is_some_and(|m| m.safe) {
            return true;
        }
        matches!(
            ty.as_str(),
            "int"
                | "long"
                | "short"
                | "byte"
                | "boolean"
                | "double"
                | "float"
                | "bool"
                | "number"
                | "bigint"
        ) || self.engine.is_enum(ty, self.language)
    }

    pub fn run(self) -> Outcome {
        thread_local! {
            static NESTED: std::cell::Cell<std::time::Duration> = const { std::cell::Cell::new(std::time::Duration::ZERO) };
        }
        // The value is the threshold in microseconds (default 2000). Read
        // once: every analysis asks, and the environment is behind a lock.
        static THRESHOLD: std::sync::OnceLock<Option<u128>> = std::sync::OnceLock::new();
        let threshold = *THRESHOLD.get_or_init(|| {
            std::env::var("PLUMB_SLOW_FUNCTIONS")
                .ok()
                .map(|value| value.parse::<u128>().unwrap_or(2000))
        });
        let Some(threshold) = threshold else {
            return self.run_fixpoint();
        };
        let start = std::time::Instant::now();
        let outer = NESTED.with(|n| n.replace(std::time::Duration::ZERO));
        let name = self.function.qualified;
        let blocks = self.function.blocks.len();
        let instructions = self.function.instruction_count();
        let outcome = self.run_fixpoint();
        let elapsed = start.elapsed();
        let own = elapsed.saturating_sub(NESTED.with(|n| n.get()));
        if own.as_micros() >= threshold {
            eprintln!(
                "slow {:>6}us {blocks:>5} blocks {instructions:>6} instrs {name}",
                own.as_micros()
            );
        }
        NESTED.with(|n| n.set(outer + elapsed));
        outcome
    }

    fn run_fixpoint(mut self) -> Outcome {
        let blocks = &self.function.blocks;
        if blocks.is_empty() {
            return self.finish();
        }
        let order = reverse_post_order(self.function);
        let mut position = vec![usize::MAX; blocks.len()];
        for (pos, block) in order.iter().enumerate() {
            position[block.0 as usize] = pos;
        }
        let revisitable = revisitable_blocks(self.function, &position);
        let loops = ItemLoops::find(self.function, &position);
        let mut flow = Worklist {
            in_states: vec![None; blocks.len()],
            visits: vec![0u32; blocks.len()],
            position,
            order: order.clone(),
            pending: std::collections::BTreeSet::new(),
        };
        let mut unrolled = 0usize;
        flow.in_states[0] = Some(self.initial_state());
        flow.pending.insert(0usize);
        let mut budget = blocks.len() * VISIT_BUDGET_FACTOR + 64;
        let mut spent = 0usize;
        while let Some(pos) = flow.pending.pop_first() {
            spent += 1;
            if spent > budget {
                self.engine
                    .counters
                    .budget_exhausted
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                break;
            }
            let block_id = order[pos];
            let block = &self.function.blocks[block_id.0 as usize];
            // A block no loop leads back to is visited once: its entry state
            // is not needed afterwards and is moved rather than copied.
            let entry = if revisitable[block_id.0 as usize] {
                flow.in_states[block_id.0 as usize].clone()
            } else {
                flow.in_states[block_id.0 as usize].take()
            };
            let Some(mut state) = entry else {
                continue;
            };
            flow.visits[block_id.0 as usize] += 1;
            let shape = self.shape.clone();
            let block_locals = &shape.block_locals[block_id.0 as usize];
            // What the handler sees: the state before and after the body,
            // joined into its entry state as they come rather than copied.
            if let Some(handler) = block.handler {
                flow.flow_from(handler, &state, block_locals);
            }
            self.diverged = false;
            for (index, instr) in block.instrs.iter().enumerate() {
                self.site = (block_id.0 << 12) | index as u32;
                self.result_unused = match &instr.kind {
                    InstrKind::Eval(Expr::Call(_) | Expr::New { .. }) => true,
                    InstrKind::Assign {
                        dst,
                        value: Expr::Call(_) | Expr::New { .. },
                    } => !shape.is_read(*dst),
                    _ => false,
                };
                self.result_returned = match (&instr.kind, &block.term) {
                    (
                        InstrKind::Assign {
                            dst,
                            value: Expr::Call(_),
                        },
                        Terminator::Return(Some(Operand::Var(returned))),
                    ) => dst == returned,
                    _ => false,
                };
                self.transfer(&mut state, &instr.kind, instr.span);
                if self.diverged {
                    break;
                }
            }
            if let Some(handler) = block.handler {
                flow.flow_from(handler, &state, block_locals);
            }
            let mut successors: Vec<(BlockId, State)> = Vec::new();
            let term = if self.diverged {
                &Terminator::Unreachable
            } else {
                &block.term
            };
            match term {
                Terminator::Goto(target) => {
                    successors.push((*target, std::mem::replace(&mut state, State::new(0))));
                }
                Terminator::Branch {
                    cond,
                    then,
                    otherwise,
                } => {
                    let (then_state, else_state) =
                        self.branch(std::mem::replace(&mut state, State::new(0)), cond, block_id);
                    if let Some(s) = then_state {
                        successors.push((*then, s));
                    }
                    if let Some(s) = else_state {
                        successors.push((*otherwise, s));
                    }
                }
                Terminator::Switch {
                    value,
                    cases,
                    default,
                } => {
                    self.switch(&state, value, cases, *default, &mut successors);
                }
                Terminator::Return(value) => {
                    let literal = matches!(value, Some(Operand::Const(_)));
                    let value = match value {
                        Some(op) => self.operand(&mut state, op),
                        None => Value::constant(Const::Null),
                    };
                    self.on_return(&state, value, block.term_span, literal);
                }
                Terminator::Throw(_) | Terminator::Unreachable => {}
            }
            for (target, mut successor) in successors {
                for var in block_locals {
                    successor.locals.forget(var.0 as usize);
                }
                if let Some((iterated, end)) = loops.header(target) {
                    if flow.position[block_id.0 as usize] < flow.position[target.0 as usize] {
                        successor.set_cursor(iterated, 0);
                    } else if unrolled < MAX_UNROLLED_ITERATIONS {
                        match flow.next_iteration(target, successor, iterated, end) {
                            Ok(body) => {
                                unrolled += 1;
                                budget += body;
                                continue;
                            }
                            Err(back) => successor = back,
                        }
                    }
                }
                flow.flow(target, successor);
            }
        }
        self.finish()
    }

    fn finish(mut self) -> Outcome {
        for key in self.withdrawn_built_sinks() {
            self.sinks.remove(&key);
        }
        let mut summary = Summary {
            ret: self.ret.clone().unwrap_or_else(Value::unknown),
            ret_object: self.ret_object.clone(),
            ..Summary::default()
        };
        let mut real_sinks = Vec::new();
        let mut keys: Vec<_> = self.sinks.keys().cloned().collect();
        keys.sort_by(|a, b| (a.0, &a.1, a.2).cmp(&(b.0, &b.1, b.2)));
        for key in keys {
            let Some(event) = self.sinks.get(&key) else {
                continue;
            };
            let from_param = |value: &Value| {
                value
                    .taint
                    .iter()
                    .any(|l| matches!(l.origin, Origin::Param(_) | Origin::ParamField(..)))
                    || value.exact_param.is_some()
            };
            let symbolic = from_param(&event.value)
                || event
                    .argv
                    .as_ref()
                    .is_some_and(|argv| argv.iter().any(from_param));
            // A run specialised for the caller's constants reports what they
            // computed (`hashlib.new(family + size)` with "MD" and "5") through
            // its callers, the only places that see those constants.
            let specialised_constant = self.constants.is_some()
                && (event.value.konst.is_known()
                    || event
                        .argv
                        .as_ref()
                        .is_some_and(|argv| argv.iter().any(|v| v.konst.is_known())));
            if symbolic || specialised_constant {
                summary.sinks.push(event.clone());
            }
            real_sinks.push(event.clone());
        }
        let mut stores: Vec<StoreEvent> = self.stores.into_values().collect();
        stores.sort_by_key(|s| (s.span, s.target));
        summary.effects = self.final_effects.clone();
        summary.capture_effects = self.final_captures.clone();
        summary.field_content = self.field_content.clone();
        summary.effect_objects = self.final_effect_objects.clone();
        summary.deferred = self.deferred.clone();
        summary.content_effects = self.final_content.clone();
        Outcome {
            summary,
            real_sinks,
            stores,
        }
    }
}

/// The fixpoint's bookkeeping: each block's entry state and the blocks
/// (by reverse post-order position) still to visit.
struct Worklist {
    in_states: Vec<Option<State>>,
    visits: Vec<u32>,
    position: Vec<usize>,
    order: Vec<BlockId>,
    pending: std::collections::BTreeSet<usize>,
}

impl Worklist {
    /// The back edge of a loop over known items brings the state after one
    /// more item: it replaces the header's state instead of joining it, and
    /// the body starts afresh, so each iteration sees exactly what the one
    /// before left. Only once the whole body has been visited (nothing in
    /// it pending), so no state of the iteration is lost. Returns how many
    /// blocks the body has, or the state back when it is not the next
    /// iteration.
    fn next_iteration(
        &mut self,
        header: BlockId,
        state: State,
        iterated: VarId,
        end: usize,
    ) -> Result<usize, State> {
        let slot = header.0 as usize;
        let head = self.position[slot];
        let taken_before = self.in_states[slot]
            .as_ref()
            .and_then(|stored| stored.cursor(iterated));
        let next = taken_before.is_some_and(|before| state.cursor(iterated) == Some(before + 1));
        if !next || self.pending.range(head + 1..=end).next().is_some() {
            return Err(state);
        }
        self.in_states[slot] = Some(state);
        for pos in head + 1..=end {
            let block = self.order[pos].0 as usize;
            self.in_states[block] = None;
            self.visits[block] = 0;
        }
        self.pending.insert(head);
        Ok(end - head)
    }

    /// `state` reaches the start of `target`.
    fn flow(&mut self, target: BlockId, state: State) {
        let Some(slot) = self.slot(target) else {
            return;
        };
        if self.in_states[slot].is_none() {
            self.in_states[slot] = Some(state);
        } else if !self.merge(slot, &state, &[]) {
            return;
        }
        self.pending.insert(self.position[slot]);
    }

    /// `state` also reaches `target`, which does not read the temporaries
    /// in `skip`; copied only if nothing reached `target` before.
    fn flow_from(&mut self, target: BlockId, state: &State, skip: &[VarId]) {
        let Some(slot) = self.slot(target) else {
            return;
        };
        if self.in_states[slot].is_none() {
            let mut copy = state.clone();
            for var in skip {
                copy.locals.forget(var.0 as usize);
            }
            self.in_states[slot] = Some(copy);
        } else if !self.merge(slot, state, skip) {
            return;
        }
        self.pending.insert(self.position[slot]);
    }

    fn merge(&mut self, slot: usize, state: &State, skip: &[VarId]) -> bool {
        let widen = self.visits[slot] >= WIDEN_AFTER;
        let Some(old) = self.in_states[slot].as_mut() else {
            return false;
        };
        if widen {
            old.widen_into(state, skip)
        } else {
            old.join_into(state, skip)
        }
    }

    fn slot(&self, target: BlockId) -> Option<usize> {
        let slot = target.0 as usize;
        self.position
            .get(slot)
            .is_some_and(|&pos| pos != usize::MAX)
            .then_some(slot)
    }
}

/// Loop headers that test a collection for another element
/// (`has_next(xs)`): the collection's variable and the last position, in
/// reverse post-order, of a block that jumps back to the header.
struct ItemLoops {
    headers: Vec<Option<(VarId, usize)>>,
}

impl ItemLoops {
    fn find(function: &Function, position: &[usize]) -> ItemLoops {
        let mut headers = vec![None; function.blocks.len()];
        for (index, block) in function.blocks.iter().enumerate() {
            let Terminator::Branch {
                cond: Operand::Var(cond),
                ..
            } = &block.term
            else {
                continue;
            };
            let iterated = block.instrs.iter().find_map(|instr| match &instr.kind {
                InstrKind::Assign {
                    dst,
                    value: Expr::Opaque { kind, operands },
                } if dst == cond && kind.as_str() == "has_next" => match operands.as_slice() {
                    [Operand::Var(var)] => Some(*var),
                    _ => None,
                },
                _ => None,
            });
            let Some(iterated) = iterated else {
                continue;
            };
            let head = position[index];
            let end = function
                .blocks
                .iter()
                .enumerate()
                .filter(|(_, b)| b.term.successors().contains(&BlockId(index as u32)))
                .map(|(pred, _)| position[pred])
                .filter(|&pos| pos != usize::MAX && pos >= head)
                .max();
            if let Some(end) = end {
                headers[index] = Some((iterated, end));
            }
        }
        ItemLoops { headers }
    }

    fn header(&self, block: BlockId) -> Option<(VarId, usize)> {
        self.headers.get(block.0 as usize).copied().flatten()
    }
}

/// Blocks that may be visited more than once: everything reachable from
/// the target of a back edge (in reverse post-order), handlers included.
fn revisitable_blocks(function: &Function, position: &[usize]) -> Vec<bool> {
    let count = function.blocks.len();
    let successors = |block: usize| {
        let mut next = function.blocks[block].term.successors();
        if let Some(handler) = function.blocks[block].handler {
            next.push(handler);
        }
        next
    };
    let mut marked = vec![false; count];
    let mut stack = Vec::new();
    for block in 0..count {
        for target in successors(block) {
            let target = target.0 as usize;
            if target < count && position[target] <= position[block] && !marked[target] {
                marked[target] = true;
                stack.push(target);
            }
        }
    }
    while let Some(block) = stack.pop() {
        for target in successors(block) {
            let target = target.0 as usize;
            if target < count && !marked[target] {
                marked[target] = true;
                stack.push(target);
            }
        }
    }
    marked
}

/// Temporaries defined and used within a single block, per block.
/// What the interpreter needs to know about a function's code before it
/// runs, the same for every analysis of it (specialisations included).
pub struct FunctionShape {
    /// Defining instruction of each variable assigned exactly once (every
    /// temporary, and named locals never reassigned), for guards.
    defs: FxHashMap<VarId, (usize, usize)>,
    /// Temporaries used only inside each block, forgotten when it ends.
    block_locals: Vec<Vec<VarId>>,
    /// Per local: whether any instruction, terminator or closure reads it.
    read: Vec<bool>,
    /// Predecessors of each block (exception edges included), built the
    /// first time a guard needs to look back across blocks.
    predecessors: std::sync::OnceLock<Vec<Vec<u32>>>,
}

impl FunctionShape {
    /// Where the variable's only definition is, as (block, instruction).
    pub fn definition(&self, var: VarId) -> Option<(usize, usize)> {
        self.defs.get(&var).copied()
    }

    /// `functions` is the module's arena: closures name what they capture.
    pub fn new(function: &Function, functions: &[Function]) -> FunctionShape {
        let mut defs = FxHashMap::default();
        let mut assignments: FxHashMap<VarId, u32> = FxHashMap::default();
        for (b, block) in function.blocks.iter().enumerate() {
            for (i, instr) in block.instrs.iter().enumerate() {
                if let InstrKind::Assign { dst, .. } = &instr.kind {
                    *assignments.entry(*dst).or_default() += 1;
                    defs.insert(*dst, (b, i));
                }
            }
        }
        let params: Vec<VarId> = function.params.iter().map(|p| p.var).collect();
        defs.retain(|var, _| assignments.get(var) == Some(&1) && !params.contains(var));
        FunctionShape {
            defs,
            block_locals: block_local_temps(function),
            read: read_locals(function, functions),
            predecessors: std::sync::OnceLock::new(),
        }
    }

    pub fn is_read(&self, var: VarId) -> bool {
        self.read.get(var.0 as usize).copied().unwrap_or(true)
    }

    /// Where `var` is defined, when it is assigned exactly once.
    pub fn def_position(&self, var: VarId) -> Option<(usize, usize)> {
        self.defs.get(&var).copied()
    }

    fn predecessors(&self, function: &Function) -> &[Vec<u32>] {
        self.predecessors.get_or_init(|| {
            let mut preds = vec![Vec::new(); function.blocks.len()];
            for (index, block) in function.blocks.iter().enumerate() {
                let mut next = block.term.successors();
                if let Some(handler) = block.handler {
                    next.push(handler);
                }
                for target in next {
                    if let Some(list) = preds.get_mut(target.0 as usize) {
                        if !list.contains(&(index as u32)) {
                            list.push(index as u32);
                        }
                    }
                }
            }
            preds
        })
    }

    /// Whether no variable of `vars` can be assigned between instruction
    /// `from` (a block and an index in it) and the end of block `to`, on
    /// any path; `false` as well when `to` can be reached without passing
    /// `from` (the fact established there may not hold).
    pub fn unassigned_between(
        &self,
        function: &Function,
        vars: &[VarId],
        from: (usize, usize),
        to: usize,
    ) -> bool {
        let writes = |block: usize, start: usize| {
            function.blocks[block].instrs[start.min(function.blocks[block].instrs.len())..]
                .iter()
                .any(|instr| {
                    matches!(&instr.kind, InstrKind::Assign { dst, .. } if vars.contains(dst))
                })
        };
        let (def_block, def_index) = from;
        if def_block == to {
            return !writes(to, def_index + 1);
        }
        let preds = self.predecessors(function);
        let mut seen = vec![false; function.blocks.len()];
        let mut stack = vec![to];
        seen[to] = true;
        while let Some(block) = stack.pop() {
            if block == def_block {
                if writes(block, def_index + 1) {
                    return false;
                }
                continue;
            }
            // The function's entry: a path that never passed `from`.
            if block == 0 || writes(block, 0) {
                return false;
            }
            let before = &preds[block];
            if before.is_empty() {
                return false;
            }
            for &pred in before {
                let pred = pred as usize;
                if !seen[pred] {
                    seen[pred] = true;
                    stack.push(pred);
                }
            }
        }
        true
    }
}

fn read_locals(function: &Function, functions: &[Function]) -> Vec<bool> {
    let mut read = vec![false; function.locals.len()];
    let Some(mut used) = used_vars(function, functions) else {
        return vec![true; function.locals.len()];
    };
    for (_, inner) in &function.captures {
        used.push(*inner);
    }
    for var in used {
        if let Some(slot) = read.get_mut(var.0 as usize) {
            *slot = true;
        }
    }
    read
}

/// Whether `function`'s own code reads any of `vars`.
pub(crate) fn reads_any(function: &Function, functions: &[Function], vars: &[VarId]) -> bool {
    used_vars(function, functions).is_none_or(|used| used.iter().any(|v| vars.contains(v)))
}

/// The locals `function`'s instructions and terminators read (`None` when
/// a closure it creates is missing).
fn used_vars(function: &Function, functions: &[Function]) -> Option<Vec<VarId>> {
    let mut used = Vec::new();
    for block in &function.blocks {
        for instr in &block.instrs {
            // A closure (or an anonymous class's method) reads what it captures.
            if let InstrKind::Assign {
                value: Expr::Closure(id),
                ..
            } = &instr.kind
            {
                match functions.get(id.0 as usize) {
                    Some(closure) => used.extend(closure.captures.iter().map(|(outer, _)| *outer)),
                    None => return None,
                }
            }
            match &instr.kind {
                InstrKind::Assign { value, .. } | InstrKind::Eval(value) => {
                    expr_vars(value, &mut used)
                }
                InstrKind::StoreField { obj, value, .. } => {
                    used.extend([obj, value].into_iter().filter_map(operand_var))
                }
                InstrKind::StoreIndex { obj, index, value } => {
                    used.extend([obj, index, value].into_iter().filter_map(operand_var))
                }
                InstrKind::StoreGlobal { value, .. } => used.extend(operand_var(value)),
            }
        }
        match &block.term {
            Terminator::Branch { cond: v, .. }
            | Terminator::Switch { value: v, .. }
            | Terminator::Return(Some(v))
            | Terminator::Throw(Some(v)) => used.extend(operand_var(v)),
            _ => {}
        }
    }
    Some(used)
}

fn operand_var(operand: &Operand) -> Option<VarId> {
    match operand {
        Operand::Var(var) => Some(*var),
        _ => None,
    }
}

fn block_local_temps(function: &Function) -> Vec<Vec<VarId>> {
    const MANY: u32 = u32::MAX;
    let mut home: FxHashMap<VarId, u32> = FxHashMap::default();
    let note = |var: VarId, block: u32, home: &mut FxHashMap<VarId, u32>| {
        let slot = home.entry(var).or_insert(block);
        if *slot != block {
            *slot = MANY;
        }
    };
    let operand_vars = |operand: &Operand, out: &mut Vec<VarId>| {
        if let Operand::Var(v) = operand {
            out.push(*v);
        }
    };
    for (index, block) in function.blocks.iter().enumerate() {
        let index = index as u32;
        let mut used = Vec::new();
        for instr in &block.instrs {
            match &instr.kind {
                InstrKind::Assign { dst, value } => {
                    used.push(*dst);
                    expr_vars(value, &mut used);
                }
                InstrKind::StoreField { obj, value, .. } => {
                    operand_vars(obj, &mut used);
                    operand_vars(value, &mut used);
                }
                InstrKind::StoreIndex { obj, index, value } => {
                    operand_vars(obj, &mut used);
                    operand_vars(index, &mut used);
                    operand_vars(value, &mut used);
                }
                InstrKind::StoreGlobal { value, .. } => operand_vars(value, &mut used),
                InstrKind::Eval(expr) => expr_vars(expr, &mut used),
            }
        }
        match &block.term {
            Terminator::Branch { cond, .. } => operand_vars(cond, &mut used),
            Terminator::Switch { value, .. } => operand_vars(value, &mut used),
            Terminator::Return(Some(v)) | Terminator::Throw(Some(v)) => operand_vars(v, &mut used),
            _ => {}
        }
        for var in used {
            note(var, index, &mut home);
        }
    }
    for (outer, inner) in &function.captures {
        note(*outer, MANY, &mut home);
        note(*inner, MANY, &mut home);
    }
    let mut out = vec![Vec::new(); function.blocks.len()];
    for (var, block) in home {
        if block != MANY && function.local(var).is_temp {
            out[block as usize].push(var);
        }
    }
    out
}

pub(crate) fn expr_vars(expr: &Expr, out: &mut Vec<VarId>) {
    let mut push = |operand: &Operand| {
        if let Operand::Var(v) = operand {
            out.push(*v);
        }
    };
    match expr {
        Expr::Use(a)
        | Expr::Unary(_, a)
        | Expr::Field(a, _)
        | Expr::Element(a)
        | Expr::Cast(_, a)
        | Expr::InstanceOf(a, _) => push(a),
        Expr::Binary(_, a, b) | Expr::Index(a, b) => {
            push(a);
            push(b);
        }
        Expr::Concat(parts)
        | Expr::List(parts)
        | Expr::Opaque {
            operands: parts, ..
        } => parts.iter().for_each(push),
        Expr::Map(entries) => entries.iter().for_each(|entry| {
            push(&entry.key);
            push(&entry.value);
        }),
        Expr::Call(call) => {
            if let plumb_ir::Callee::Method { receiver, .. }
            | plumb_ir::Callee::Function(receiver) = &call.callee
            {
                push(receiver);
            }
            call.args.iter().for_each(|a| push(&a.value));
        }
        Expr::New { args, .. } => args.iter().for_each(|a| push(&a.value)),
        Expr::Closure(_) => {}
    }
}

/// The field a `FieldInit` function initialises (front ends name it after
/// the field, possibly decorated as `<init:name>`), or the function's name.
fn field_name_of(function: &Function) -> Name {
    let name = function.name.as_str();
    let trimmed = name.trim_start_matches('<').trim_end_matches('>');
    let trimmed = trimmed.rsplit(':').next().unwrap_or(trimmed);
    if trimmed.len() == name.len() {
        function.name
    } else {
        Name::new(trimmed)
    }
}

fn symbolic_obj(index: u8, ty: Option<Name>) -> Obj {
    Obj {
        ty,
        symbolic: Some(index),
        items: None,
        ..Obj::default()
    }
}

fn reverse_post_order(function: &Function) -> Vec<BlockId> {
    let count = function.blocks.len();
    let mut visited = vec![false; count];
    let mut order = Vec::with_capacity(count);
    // Iterative DFS: (block, next successor index).
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    visited[0] = true;
    while let Some((block, next)) = stack.pop() {
        let mut successors = function.blocks[block].term.successors();
        if let Some(handler) = function.blocks[block].handler {
            successors.push(handler);
        }
        // Last successor first: a loop header branches to its body before
        // its exit, so the body finishes first and comes before the exit in
        // reverse post-order. The code after a loop is then visited once
        // the loop has settled, instead of again after every iteration
        // (which widens what it holds).
        successors.reverse();
        if next < successors.len() {
            stack.push((block, next + 1));
            let target = successors[next].0 as usize;
            if target < count && !visited[target] {
                visited[target] = true;
                stack.push((target, 0));
            }
        } else {
            order.push(BlockId(block as u32));
        }
    }
    order.reverse();
    order
}

impl Analysis<'_, '_> {
    /// The values of the captured variables this closure assigns, as they
    /// stand at an exit, joined over exits.
    fn note_capture_writes(&mut self, state: &State) {
        let first = self.function.params.len();
        for (offset, (_, inner)) in self.function.captures.iter().enumerate() {
            let Ok(index) = u8::try_from(first + offset) else {
                break;
            };
            let assigned =
                self.function.blocks.iter().flat_map(|b| &b.instrs).any(
                    |instr| matches!(&instr.kind, InstrKind::Assign { dst, .. } if dst == inner),
                );
            if !assigned {
                continue;
            }
            let value = state.locals[inner.0 as usize].clone();
            match self.final_captures.iter_mut().find(|(i, _)| *i == index) {
                Some((_, slot)) => *slot = slot.join(&value),
                None => self.final_captures.push((index, value)),
            }
        }
    }

    fn on_return(&mut self, state: &State, value: Value, span: Span, literal: bool) {
        let mut value = value;
        if let Some(obj) = value.obj.and_then(|id| state.heap.get(&id)) {
            if obj.symbolic.is_none() {
                // Nested objects are folded: a returned object is one level deep.
                let mut snapshot = obj.clone();
                let values = snapshot
                    .fields
                    .iter_mut()
                    .map(|(_, v)| v)
                    .chain(snapshot.entries.iter_mut().map(|(_, v)| v));
                for field in values {
                    *field = self.deep_value(state, field);
                    field.obj = None;
                }
                for item in snapshot
                    .items
                    .iter_mut()
                    .flatten()
                    .chain(snapshot.any.iter_mut())
                {
                    *item = self.deep_value(state, item);
                    item.obj = None;
                }
                self.ret_object = Some(match self.ret_object.take() {
                    Some(old) => old.join(&snapshot),
                    None => snapshot,
                });
            }
        }
        let deep = self.deep_value(state, &value);
        value.taint = deep.taint.clone();
        self.escape_built(&deep);
        if let Mode::Entry(info) = &self.mode {
            let site = match info.response {
                Some(plumb_models::ResponseKind::Html) => Some((SinkSite::HtmlReturn, "xss")),
                Some(plumb_models::ResponseKind::ViewName) => {
                    Some((SinkSite::ViewName, "template-injection"))
                }
                _ => None,
            };
            if let Some((site, rule)) = site {
                let not_html = state.not_html && rule == "xss";
                if self.is_text_value(&deep) && !not_html {
                    self.record_sink(
                        SinkEvent {
                            rule: rule.to_owned(),
                            site,
                            callee: self.function.qualified,
                            module: self.func.module,
                            span: if span.is_dummy() {
                                self.function.span
                            } else {
                                span
                            },
                            function: self.function.qualified,
                            value: deep.clone(),
                            fields: Vec::new(),
                            argv: None,
                            call_only: false,
                            literal: false,
                            receiver_tracked: false,
                            result_unused: false,
                            sniffed: false,
                        },
                        0,
                    );
                }
            }
        }
        if !span.is_dummy() || self.function.kind == FunctionKind::FieldInit {
            let target = field_name_of(self.function);
            let span = if span.is_dummy() {
                self.function.span
            } else {
                span
            };
            let kind = if self.function.kind == FunctionKind::FieldInit {
                StoreTarget::Field
            } else {
                StoreTarget::Return
            };
            self.record_store(span, target, kind, &deep, literal);
        }
        self.note_capture_writes(state);
        // Side effects on parameter objects, as they stand at this exit.
        for (id, obj) in &state.heap {
            let ObjId::Param(index) = *id else { continue };
            for (name, field) in &obj.fields {
                let untouched = field.taint.len() == 1
                    && field.taint[0].origin == Origin::ParamField(index, *name)
                    && !field.konst.is_known();
                if untouched {
                    continue;
                }
                match self
                    .final_effects
                    .iter_mut()
                    .find(|(i, n, _)| *i == index && n == name)
                {
                    Some((_, _, slot)) => *slot = slot.join(field),
                    None => self.final_effects.push((index, *name, field.clone())),
                }
                // An object stored in a field keeps its configuration
                // (`this.factory = configuredFactory()` in a constructor).
                if let Some(stored) = field.obj.and_then(|id| state.heap.get(&id)) {
                    if stored.symbolic.is_none()
                        && !self
                            .final_effect_objects
                            .iter()
                            .any(|(i, n, _)| *i == index && n == name)
                    {
                        let mut snapshot = stored.clone();
                        snapshot.items = None;
                        snapshot.entries.clear();
                        for (_, value) in snapshot.fields.iter_mut() {
                            value.obj = None;
                        }
                        self.final_effect_objects.push((index, *name, snapshot));
                    }
                }
            }
            let mut content: Option<Value> = obj.any.clone();
            for item in obj
                .items
                .iter()
                .flatten()
                .chain(obj.entries.iter().map(|(_, v)| v))
            {
                content = Some(match content {
                    Some(c) => c.join(item),
                    None => item.clone(),
                });
            }
            if let Some(content) = content {
                match self.final_content.iter_mut().find(|(i, _)| *i == index) {
                    Some((_, slot)) => *slot = slot.join(&content),
                    None => self.final_content.push((index, content)),
                }
            }
        }
        self.ret = Some(match self.ret.take() {
            Some(old) => old.join(&value),
            None => value,
        });
    }

    /// Whether a returned value is text sent as the response body (not a
    /// response object, a model or a number).
    /// Whether a returned value is text sent as the response body: the
    /// declared return type decides when there is one (a `Map` or a DTO is
    /// serialised, not sent as HTML), else the value's own type.
    fn is_text_value(&self, value: &Value) -> bool {
        let is_text = |ty: Name| {
            matches!(
                ty.as_str(),
                "java.lang.String"
                    | "str"
                    | "string"
                    | "java.lang.CharSequence"
                    | "bytes"
                    | "String"
                    | "java.lang.Object"
            )
        };
        if let Some(declared) = &self.function.return_type {
            let ty = self.resolver.resolve_type(declared.name);
            if ty.last_segment() == "ResponseEntity" {
                return declared.args.first().is_none_or(|arg| {
                    is_text(self.resolver.resolve_type(arg.name)) || arg.name.as_str() == "?"
                });
            }
            if self.language == Language::Java || !matches!(ty.as_str(), "Any" | "typing.Any") {
                return is_text(ty) && value.ty.is_none_or(is_text);
            }
        }
        match value.ty {
            None => value.obj.is_none(),
            Some(ty) => is_text(ty),
        }
    }

    pub fn record_sink(&mut self, mut event: SinkEvent, slot: u32) {
        self.consume_built(&mut event, false);
        self.insert_sink(event, slot);
    }

    pub fn sink_event(&self, key: &(Span, String, u32)) -> Option<&SinkEvent> {
        self.sinks.get(key)
    }

    /// Records a sink event, joined with an earlier visit of the same sink.
    pub fn insert_sink(&mut self, event: SinkEvent, slot: u32) {
        let key = (event.span, event.rule.clone(), slot);
        match self.sinks.get_mut(&key) {
            Some(existing) => {
                existing.value = existing.value.join(&event.value);
                // A later visit (a loop) may bring more into the argument vector.
                existing.argv = match (existing.argv.take(), event.argv) {
                    (Some(old), Some(new)) if old.len() == new.len() => {
                        Some(old.iter().zip(&new).map(|(a, b)| a.join(b)).collect())
                    }
                    (Some(old), Some(new)) => Some(if new.len() > old.len() { new } else { old }),
                    (old, new) => old.or(new),
                };
                if existing.value.konst != event.value.konst {
                    existing.value.konst = existing.value.konst.join(&event.value.konst);
                }
                for (name, konst) in event.fields {
                    match existing.fields.iter_mut().find(|(n, _)| *n == name) {
                        Some((_, slot)) => *slot = slot.join(&konst),
                        None => existing.fields.push((name, konst)),
                    }
                }
            }
            None => {
                self.sinks.insert(key, event);
            }
        }
    }

    pub fn record_store(
        &mut self,
        span: Span,
        target: Name,
        kind: StoreTarget,
        value: &Value,
        literal: bool,
    ) {
        // What rules read from stores: text written as a literal under a
        // name (hard-coded credentials) and a modelled source's value kept
        // under a name (a predictable random stored as a token). Recording
        // every constant or unknown-origin assignment cost more than the
        // rest of the bookkeeping together.
        let literal_text = literal && value.konst.as_single_str().is_some();
        let sourced = value.taint.iter().any(|label| {
            matches!(
                label.origin,
                Origin::Source(SourceKind::UserInput | SourceKind::WeakRandom, _)
            )
        });
        if !(literal_text || sourced) {
            return;
        }
        let key = (span, target);
        match self.stores.get_mut(&key) {
            Some(existing) => existing.value = existing.value.join(value),
            None => {
                self.stores.insert(
                    key,
                    StoreEvent {
                        module: self.func.module,
                        span,
                        function: self.function.qualified,
                        target,
                        kind,
                        value: value.clone(),
                        literal,
                    },
                );
            }
        }
    }

    /// The value with everything its object holds folded into its taint:
    /// what a sink receives when handed a list, a map or a DTO.
    pub fn deep_value(&self, state: &State, value: &Value) -> Value {
        let mut out = value.clone();
        let Some(id) = value.obj else {
            return out;
        };
        let mut seen = vec![id];
        let mut stack = vec![id];
        while let Some(id) = stack.pop() {
            let Some(obj) = state.heap.get(&id) else {
                continue;
            };
            let mut parts: Vec<&Value> = obj.fields.iter().map(|(_, v)| v).collect();
            parts.extend(obj.entries.iter().map(|(_, v)| v));
            parts.extend(obj.items.iter().flatten());
            parts.extend(obj.any.iter());
            for part in parts {
                join_labels(&mut out.taint, &part.taint);
                if let Some(inner) = part.obj {
                    if !seen.contains(&inner) && seen.len() < 32 {
                        seen.push(inner);
                        stack.push(inner);
                    }
                }
            }
        }
        out
    }

    /// Adds a trace step to every label of `value`.
    pub fn add_step(&self, value: &mut Value, span: Span, label: impl Fn() -> String) {
        if value.taint.is_empty() {
            return;
        }
        let text = label();
        for l in value.taint.iter_mut() {
            l.step = self
                .engine
                .step(self.func.module, span, text.clone(), Some(l.step));
        }
    }

    pub fn source_label(&self, kind: SourceKind, span: Span, text: String) -> Label {
        let step = self.engine.step(self.func.module, span, text, None);
        Label {
            origin: Origin::Source(kind, step),
            cleaned: 0,
            step,
        }
    }

    /// Whether `vars` keep the values they had just after `since` was
    /// defined until the end of `block` (see `FunctionShape::unassigned_between`).
    pub fn unassigned_since(&self, vars: &[VarId], since: VarId, block: BlockId) -> bool {
        let Some(from) = self.shape.def_position(since) else {
            return false;
        };
        self.shape
            .unassigned_between(self.function, vars, from, block.0 as usize)
    }

    pub fn def_of(&self, var: VarId) -> Option<&'_ Expr> {
        let (b, i) = *self.shape.defs.get(&var)?;
        match &self.function.blocks[b].instrs[i].kind {
            InstrKind::Assign { value, .. } => Some(value),
            _ => None,
        }
    }

    pub fn resolve_global(&self, name: Name) -> crate::resolve::ResolvedPath {
        self.resolver.resolve_path(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plumb_ir::{FunctionBuilder, FunctionKind};

    /// `ok = check(x)` in b0, then a loop b1 → b2 (`x = next()` in b2 when
    /// `reassign`) → b1, branching on `ok` at the end of b1.
    fn looped(reassign: bool) -> (Function, VarId, VarId) {
        let span = Span::DUMMY;
        let mut b = FunctionBuilder::new(
            Name::new("f"),
            Name::new("m.f"),
            FunctionKind::Function,
            span,
        );
        let x = b.declare(Name::new("x"), None);
        let ok = b.declare(Name::new("ok"), None);
        b.assign(x, Expr::Use(Operand::Const(Const::str("a"))), span);
        let check = Expr::Call(plumb_ir::Call {
            callee: plumb_ir::Callee::Function(Operand::Global(Name::new("check"))),
            args: vec![plumb_ir::Arg {
                keyword: None,
                value: Operand::Var(x),
                spread: false,
            }],
        });
        b.assign(ok, check, span);
        let header = b.new_block();
        let body = b.new_block();
        let exit = b.new_block();
        b.goto(header);
        b.switch_to(header);
        b.terminate(Terminator::Branch {
            cond: Operand::Var(ok),
            then: body,
            otherwise: exit,
        });
        b.switch_to(body);
        if reassign {
            b.assign(x, Expr::Use(Operand::Const(Const::str("b"))), span);
        }
        b.goto(header);
        b.switch_to(exit);
        b.terminate(Terminator::Return(None));
        (b.finish(), x, ok)
    }

    #[test]
    fn a_check_holds_until_what_it_read_is_reassigned_on_some_path() {
        for reassign in [false, true] {
            let (function, x, ok) = looped(reassign);
            let shape = FunctionShape::new(&function, std::slice::from_ref(&function));
            let from = shape.def_position(ok).expect("ok is assigned once");
            assert_eq!(
                shape.unassigned_between(&function, &[x], from, 1),
                !reassign
            );
        }
    }

    #[test]
    fn a_check_in_the_branching_block_only_looks_at_what_follows_it() {
        let (function, x, ok) = looped(true);
        let shape = FunctionShape::new(&function, std::slice::from_ref(&function));
        let from = shape.def_position(ok).expect("ok is assigned once");
        // From the check to the end of its own block nothing writes `x`.
        assert!(shape.unassigned_between(&function, &[x], from, 0));
    }
}
