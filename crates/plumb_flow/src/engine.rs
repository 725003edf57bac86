//! The analysis driver: owns the project index, resolvers, summaries,
//! module globals and the facts collected; runs every function once in its
//! context and computes callee summaries on demand.

use std::sync::Arc;

use plumb_ir::{Const, FunctionKind, Language, Module};
use plumb_models::{LanguageModels, Models};
use plumb_text::{Name, Span};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::config::ConfigValues;
use crate::cycles::{self, Finish, Lookup};
use crate::entry::{self, EntryInfo};
use crate::facts::{SinkEvent, StoreEvent};
use crate::index::{FuncRef, ProjectIndex};
use crate::interp::{Analysis, Mode, Summary};
use crate::resolve::{known_library_types, Resolver};
use crate::trace::{Step, StepId, Steps};
use crate::value::{Konst, Value};
use crate::{EngineStats, Project};

/// Callees at most this large are re-analysed with the caller's constants.
pub const SPECIALIZE_MAX_INSTRUCTIONS: usize = 120;

/// A lock with the `borrow`/`borrow_mut` vocabulary of `RefCell`: the
/// engine is shared by the threads that analyse functions in parallel, and
/// no caller holds a guard across a call back into the engine.
pub struct Shared<T>(std::sync::Mutex<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(std::sync::Mutex::new(value))
    }

    pub fn borrow(&self) -> std::sync::MutexGuard<'_, T> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn borrow_mut(&self) -> std::sync::MutexGuard<'_, T> {
        self.borrow()
    }

    pub fn into_inner(self) -> T {
        self.0
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

type SupertypeCache = FxHashMap<(Name, Language), Arc<[Name]>>;
/// The resolved callee and its models, for a method looked up on a type.
type MethodModels = Option<(Name, Arc<[plumb_models::FunctionModel]>)>;
/// Project functions a method call on a type may run, and the callee's name.
type ProjectMethods = (Arc<[FuncRef]>, Name);
/// A field's initial value, and the object its initialiser builds.
pub type FieldInitial = (Value, Option<crate::value::Obj>);
/// `(class, field)` → constants the project's constructions store there.
type ConstructedFields = FxHashMap<(Name, Name), Option<Arc<[Const]>>>;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SummaryKey {
    pub func: FuncRef,
    /// Constant arguments the summary was specialised for, as text.
    pub constants: Option<String>,
}

pub struct Engine<'p> {
    pub project: &'p Project,
    pub index: ProjectIndex,
    pub models: &'p Models,
    known_types: [FxHashSet<Name>; 8],
    pub config: ConfigValues,
    scopes: Vec<crate::resolve::ModuleScope>,
    empty_scope: crate::resolve::ModuleScope,
    field_types: Shared<FxHashMap<(Name, Name), Option<Name>>>,
    constructor_constants: Shared<FxHashMap<(Name, Name), Option<Value>>>,
    constructor_objects: Shared<FxHashMap<(Name, Name), Option<crate::value::Obj>>>,
    pub steps: Shared<Steps>,
    summaries: Shared<FxHashMap<SummaryKey, Arc<Summary>>>,
    pub globals: Shared<FxHashMap<Name, Value>>,
    pub global_objects: Shared<FxHashMap<Name, crate::value::Obj>>,
    /// Attributes assigned on global objects anywhere (`g.db = connect()`),
    /// flow-insensitively: what a later read of the same path may see.
    pub global_fields: Shared<FxHashMap<Name, Value>>,
    globals_done: Shared<FxHashSet<u32>>,
    pub entries: Shared<FxHashMap<FuncRef, EntryInfo>>,
    /// Parameter types a framework guarantees to functions it calls that
    /// are not entry points (a Django middleware's constructor).
    pub framework_params: Shared<FxHashMap<FuncRef, Vec<Option<Name>>>>,
    pub sink_events: Shared<Vec<SinkEvent>>,
    pub store_events: Shared<Vec<StoreEvent>>,
    pub counters: Counters,
    field_values: Shared<FxHashMap<(Name, Name), Option<FieldInitial>>>,
    supertype_cache: Shared<SupertypeCache>,
    sensitive_params: Shared<FxHashMap<FuncRef, u64>>,
    shapes: Shared<FxHashMap<FuncRef, Arc<crate::interp::FunctionShape>>>,
    method_models: Shared<FxHashMap<(Name, Name, Language), MethodModels>>,
    project_methods: Shared<FxHashMap<(Name, Name, Language), ProjectMethods>>,
    pub constructed_fields: Shared<ConstructedFields>,
    /// `(class, field)` → the constant every construction leaves there (see
    /// `constructed_field_value`).
    pub constructed_defaults: Shared<FxHashMap<(Name, Name), Option<Value>>>,
    pub call_sites: std::sync::OnceLock<crate::sites::CallSites>,
    /// Library types some model gives state to (setters, containers,
    /// builders): only their values need a heap object.
    stateful_types: [FxHashSet<Name>; 8],
}

/// Counters bumped from every thread without a lock.
#[derive(Default)]
pub struct Counters {
    pub functions_analyzed: std::sync::atomic::AtomicU64,
    pub budget_exhausted: std::sync::atomic::AtomicU64,
    pub calls_resolved: std::sync::atomic::AtomicU64,
    pub calls_unresolved: std::sync::atomic::AtomicU64,
    pub summaries_computed: std::sync::atomic::AtomicU64,
}

impl Counters {
    fn snapshot(&self) -> EngineStats {
        let read = |counter: &std::sync::atomic::AtomicU64| {
            counter.load(std::sync::atomic::Ordering::Relaxed)
        };
        EngineStats {
            functions_analyzed: read(&self.functions_analyzed),
            budget_exhausted: read(&self.budget_exhausted),
            calls_resolved: read(&self.calls_resolved),
            calls_unresolved: read(&self.calls_unresolved),
            summaries_computed: read(&self.summaries_computed),
        }
    }
}

pub struct FlowFacts {
    pub sink_events: Vec<SinkEvent>,
    pub store_events: Vec<StoreEvent>,
    pub steps: Steps,
    pub stats: EngineStats,
}

impl<'p> Engine<'p> {
    pub fn new(project: &'p Project, models: &'p Models) -> Engine<'p> {
        let index = ProjectIndex::build(project);
        let known_types = [
            known_library_types(&models.java),
            known_library_types(&models.python),
            known_library_types(&models.javascript),
            known_library_types(&models.go),
            known_library_types(&models.ruby),
            known_library_types(&models.php),
            known_library_types(&models.csharp),
            known_library_types(&models.rust),
        ];
        let engine = Engine {
            project,
            index,
            models,
            known_types,
            config: ConfigValues::parse(&project.config_files),
            scopes: project
                .modules
                .iter()
                .map(crate::resolve::ModuleScope::new)
                .collect(),
            empty_scope: crate::resolve::ModuleScope::default(),
            field_types: Shared::new(FxHashMap::default()),
            constructor_constants: Shared::new(FxHashMap::default()),
            constructor_objects: Shared::new(FxHashMap::default()),
            steps: Shared::new(Steps::default()),
            summaries: Shared::new(FxHashMap::default()),
            globals: Shared::new(FxHashMap::default()),
            global_objects: Shared::new(FxHashMap::default()),
            global_fields: Shared::new(FxHashMap::default()),
            globals_done: Shared::new(FxHashSet::default()),
            entries: Shared::new(FxHashMap::default()),
            framework_params: Shared::new(FxHashMap::default()),
            sink_events: Shared::new(Vec::new()),
            store_events: Shared::new(Vec::new()),
            counters: Counters::default(),
            field_values: Shared::new(FxHashMap::default()),
            supertype_cache: Shared::new(FxHashMap::default()),
            sensitive_params: Shared::new(FxHashMap::default()),
            shapes: Shared::new(FxHashMap::default()),
            method_models: Shared::new(FxHashMap::default()),
            project_methods: Shared::new(FxHashMap::default()),
            constructed_fields: Shared::new(FxHashMap::default()),
            constructed_defaults: Shared::new(FxHashMap::default()),
            call_sites: std::sync::OnceLock::new(),
            stateful_types: [
                stateful_types(&models.java),
                stateful_types(&models.python),
                stateful_types(&models.javascript),
                stateful_types(&models.go),
                stateful_types(&models.ruby),
                stateful_types(&models.php),
                stateful_types(&models.csharp),
                stateful_types(&models.rust),
            ],
        };
        engine.resolve_class_hierarchy()
    }

    fn resolve_class_hierarchy(mut self) -> Self {
        let mut resolved = Vec::new();
        for (index, module) in self.project.modules.iter().enumerate() {
            let resolver = self.resolver_for(index as u32);
            for class in &module.classes {
                let supers: Vec<Name> = class
                    .supers
                    .iter()
                    .map(|sup| resolver.resolve_type(sup.name))
                    .collect();
                resolved.push((class.qualified, supers));
            }
        }
        let positions: FxHashMap<Name, usize> = resolved
            .iter()
            .enumerate()
            .map(|(position, (class, _))| (*class, position))
            .collect();
        for (class, interface) in crate::go_interfaces::implementations(self.project) {
            if let Some(&position) = positions.get(&class) {
                let supers = &mut resolved[position].1;
                if !supers.contains(&interface) {
                    supers.push(interface);
                }
            }
        }
        for (class, supers) in resolved {
            self.index.add_supers(class, supers);
        }
        self
    }

    pub fn models_for(&self, language: Language) -> &'p LanguageModels {
        match language {
            Language::Java => &self.models.java,
            Language::Python => &self.models.python,
            Language::JavaScript | Language::TypeScript => &self.models.javascript,
            Language::Go => &self.models.go,
            Language::Ruby => &self.models.ruby,
            Language::Php => &self.models.php,
            Language::CSharp => &self.models.csharp,
            Language::Rust => &self.models.rust,
        }
    }

    pub fn resolver_for(&self, module_index: u32) -> Resolver<'_> {
        let module = &self.project.modules[module_index as usize];
        let known = &self.known_types[language_slot(module.language)];
        let scope = self
            .scopes
            .get(module_index as usize)
            .unwrap_or(&self.empty_scope);
        Resolver::new(
            module,
            scope,
            &self.index,
            self.models_for(module.language),
            known,
        )
    }

    pub fn step(&self, module: u32, span: Span, label: String, parent: Option<StepId>) -> StepId {
        let label = Name::new(&label);
        self.steps.borrow_mut().push(Step {
            module,
            span,
            label,
            parent,
        })
    }

    /// A project enum: its values are a closed set of constants. Python
    /// enums are classes deriving from `enum.Enum` and its kin.
    pub fn is_enum(&self, ty: Name, language: Language) -> bool {
        let Some(class_ref) = self.index.classes.get(&ty) else {
            return false;
        };
        let class =
            &self.project.modules[class_ref.module as usize].classes[class_ref.class.0 as usize];
        if class.kind == plumb_ir::ClassKind::Enum {
            return true;
        }
        language == Language::Python
            && self.supertypes(ty, language).iter().any(|t| {
                matches!(
                    t.as_str(),
                    "enum.Enum" | "enum.IntEnum" | "enum.StrEnum" | "enum.Flag" | "enum.IntFlag"
                )
            })
    }

    /// Whether values of a library type carry state a model reads or writes.
    pub fn is_stateful(&self, ty: Name, language: Language) -> bool {
        let set = &self.stateful_types[language_slot(language)];
        self.supertypes(ty, language)
            .iter()
            .any(|t| set.contains(t))
    }

    /// Supertypes of `ty`, nearest first: project classes, then modelled types.
    pub fn supertypes(&self, ty: Name, language: Language) -> Arc<[Name]> {
        if let Some(cached) = self.supertype_cache.borrow().get(&(ty, language)) {
            return cached.clone();
        }
        let computed: Arc<[Name]> = self.compute_supertypes(ty, language).into();
        self.supertype_cache
            .borrow_mut()
            .insert((ty, language), computed.clone());
        computed
    }

    fn compute_supertypes(&self, ty: Name, language: Language) -> Vec<Name> {
        let models = self.models_for(language);
        let mut out = vec![ty];
        let mut index = 0;
        while index < out.len() && out.len() < 48 {
            let current = out[index];
            let mut next: Vec<Name> = self.index.supers.get(&current).cloned().unwrap_or_default();
            next.extend(models.supertypes(current).into_iter().skip(1));
            for sup in next {
                if !out.contains(&sup) {
                    out.push(sup);
                }
            }
            index += 1;
        }
        if language == Language::Java && !out.iter().any(|t| t.as_str() == "java.lang.Object") {
            out.push(Name::new("java.lang.Object"));
        }
        out
    }

    /// Analyses everything and returns the facts for the rules.
    pub fn run(self) -> FlowFacts {
        // Module globals first: Python decorators and route registrations read them.
        for module_index in 0..self.project.modules.len() {
            self.ensure_module_globals(module_index as u32);
        }
        entry::discover(&self);
        // Closures are summarised before the functions that create them,
        // innermost first, one wave per nesting level: where a closure is
        // created or called its summary is then looked up, never computed
        // deep inside its parent's analysis, where how deep the stack already
        // is (and so what gets cut) would depend on the order threads run.
        let mut waves: Vec<Vec<FuncRef>> = Vec::new();
        let mut rest = Vec::new();
        for &func in &self.index.all_functions {
            match self.closure_depth(func) {
                Some(depth) => {
                    if waves.len() <= depth {
                        waves.resize_with(depth + 1, Vec::new);
                    }
                    waves[depth].push(func);
                }
                None => rest.push(func),
            }
        }
        for wave in waves.iter().rev() {
            wave.par_iter().for_each(|&func| self.analyse_root(func));
        }
        rest.par_iter().for_each(|&func| self.analyse_root(func));
        // Threads finish in any order; the facts do not depend on it.
        let mut sink_events = self.sink_events.into_inner();
        sink_events.sort_by(|a, b| {
            (a.module, a.span, &a.rule, a.callee).cmp(&(b.module, b.span, &b.rule, b.callee))
        });
        let mut store_events = self.store_events.into_inner();
        store_events.sort_by_key(|e| (e.module, e.span, e.target));
        FlowFacts {
            sink_events,
            store_events,
            steps: self.steps.into_inner(),
            stats: self.counters.snapshot(),
        }
    }

    /// Analyses one function on its own: an entry point with its sources,
    /// anything else through its unspecialised summary, whose run publishes
    /// the function's own findings.
    fn analyse_root(&self, func: FuncRef) {
        let module = &self.project.modules[func.module as usize];
        let function = &module.functions[func.func.0 as usize];
        if function.kind == FunctionKind::ModuleInit || function.blocks.is_empty() {
            return;
        }
        let entry = self.entries.borrow().get(&func).cloned();
        match entry {
            Some(info) => {
                let outcome = Analysis::new(self, func, Mode::Entry(info), None).run();
                self.counters
                    .functions_analyzed
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                self.publish(outcome.real_sinks, outcome.stores);
            }
            None => {
                self.summary(func, None);
            }
        }
    }

    /// How many closures enclose `func`, when it is a closure and not an
    /// entry point (those are analysed with their sources).
    fn closure_depth(&self, func: FuncRef) -> Option<usize> {
        let functions = &self.project.modules[func.module as usize].functions;
        let function = functions.get(func.func.0 as usize)?;
        if function.kind != FunctionKind::Closure || self.entries.borrow().contains_key(&func) {
            return None;
        }
        let mut depth = 0;
        let mut parent = function.parent;
        while let Some(id) = parent {
            let Some(enclosing) = functions.get(id.0 as usize) else {
                break;
            };
            if enclosing.kind != FunctionKind::Closure || depth > functions.len() {
                break;
            }
            depth += 1;
            parent = enclosing.parent;
        }
        Some(depth)
    }

    /// The unspecialised summary of `func` when it is already computed.
    pub fn cached_summary(&self, func: FuncRef) -> Option<Arc<Summary>> {
        let key = SummaryKey {
            func,
            constants: None,
        };
        self.summaries.borrow().get(&key).cloned()
    }

    pub fn publish(&self, sinks: Vec<SinkEvent>, stores: Vec<StoreEvent>) {
        self.sink_events.borrow_mut().extend(sinks);
        self.store_events.borrow_mut().extend(stores);
    }

    /// Runs a module's init code once, recording its globals.
    pub fn ensure_module_globals(&self, module_index: u32) {
        if !self.globals_done.borrow_mut().insert(module_index) {
            return;
        }
        let module = &self.project.modules[module_index as usize];
        let Some(init) = module.module_init else {
            return;
        };
        let func = FuncRef {
            module: module_index,
            func: init,
        };
        // A PHP file's code is its program, with closures of its own:
        // summarised first, innermost first, as `run` does for functions.
        if module.language == Language::Php {
            let mut closures: Vec<(usize, FuncRef)> = (0..module.functions.len())
                .filter_map(|index| {
                    let closure = FuncRef {
                        module: module_index,
                        func: plumb_ir::FuncId(index as u32),
                    };
                    let depth = self.closure_depth(closure)?;
                    let mut top = module.functions[index].parent;
                    for _ in 0..depth {
                        top = top.and_then(|id| module.functions[id.0 as usize].parent);
                    }
                    (top == Some(init)).then_some((depth, closure))
                })
                .collect();
            closures.sort_by_key(|(depth, _)| std::cmp::Reverse(*depth));
            for (_, closure) in closures {
                self.summary(closure, None);
            }
        }
        let outcome = Analysis::new(self, func, Mode::ModuleInit, None).run();
        self.counters
            .functions_analyzed
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.publish(outcome.real_sinks, outcome.stores);
    }

    pub fn global_value(&self, qualified: Name) -> Option<Value> {
        if let Some(&module) = self.index.module_globals.get(&qualified) {
            self.ensure_module_globals(module);
        }
        self.globals.borrow().get(&qualified).cloned()
    }

    /// The summary of `func`, specialised for constant arguments when given.
    /// `None` while it is being computed further up the stack (recursion).
    pub fn summary(
        &self,
        func: FuncRef,
        constants: Option<Vec<Option<Konst>>>,
    ) -> Option<Arc<Summary>> {
        let key = SummaryKey {
            func,
            constants: constants.as_ref().map(|c| format!("{c:?}")),
        };
        if let Some(summary) = self.summaries.borrow().get(&key) {
            return Some(summary.clone());
        }
        if let Lookup::Answered(summary) = cycles::lookup(&key) {
            return summary;
        }
        cycles::enter(key.clone());
        let mut round = 0;
        loop {
            let outcome = Analysis::new(self, func, Mode::Summary, constants.clone()).run();
            self.counters
                .summaries_computed
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let summary = Arc::new(outcome.summary);
            match cycles::finish(&summary, outcome.real_sinks, outcome.stores, round) {
                Finish::Again => round += 1,
                Finish::Provisional => return Some(summary),
                Finish::Final {
                    sinks,
                    stores,
                    dependents,
                } => {
                    for (key, found) in dependents {
                        self.settle(key, found.summary, found.sinks, found.stores);
                    }
                    return Some(self.settle(key, summary, sinks, stores));
                }
            }
        }
    }

    /// Caches a final summary and publishes what its analysis found; the
    /// first thread to settle a summary decides what every caller sees.
    fn settle(
        &self,
        key: SummaryKey,
        summary: Arc<Summary>,
        sinks: Vec<SinkEvent>,
        stores: Vec<StoreEvent>,
    ) -> Arc<Summary> {
        if key.constants.is_none() && key.func.module != u32::MAX {
            self.counters
                .functions_analyzed
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            self.publish(sinks, stores);
        }
        self.summaries
            .borrow_mut()
            .entry(key)
            .or_insert(summary)
            .clone()
    }

    /// Models of `owner.method`, looked up on `owner` and its supertypes; the
    /// nearest type that has any wins, so a subtype can override.
    pub fn method_models(&self, owner: Name, method: Name, language: Language) -> MethodModels {
        let key = (owner, method, language);
        if let Some(found) = self.method_models.borrow().get(&key) {
            return found.clone();
        }
        let models = self.models_for(language);
        let found = self.supertypes(owner, language).iter().find_map(|&ty| {
            let callee = ty.join(method.as_str());
            let found = models.function(callee);
            (!found.is_empty()).then(|| (callee, Arc::from(found)))
        });
        self.method_models.borrow_mut().insert(key, found.clone());
        found
    }

    /// The method an object of exactly `class` runs: its own or the nearest
    /// inherited one, no overrides below it.
    pub fn exact_method(&self, class: Name, method: Name, language: Language) -> ProjectMethods {
        for &ty in self.supertypes(class, language).iter() {
            let name = ty.join(method.as_str());
            if let Some(functions) = self.index.functions.get(&name) {
                let module = |f: &FuncRef| &self.project.modules[f.module as usize];
                let found: Vec<FuncRef> = functions
                    .iter()
                    .copied()
                    .filter(|f| !module(f).functions[f.func.0 as usize].blocks.is_empty())
                    .collect();
                return (found.into(), name);
            }
        }
        (Arc::from([]), class.join(method.as_str()))
    }

    /// Project methods `method` callable on a value of type `owner`: the
    /// inherited definition, and overrides in subclasses for virtual calls.
    pub fn project_methods(&self, owner: Name, method: Name, language: Language) -> ProjectMethods {
        let key = (owner, method, language);
        if let Some(found) = self.project_methods.borrow().get(&key) {
            return found.clone();
        }
        let index = &self.index;
        let mut found = Vec::new();
        let mut qualified = owner.join(method.as_str());
        for &ty in self.supertypes(owner, language).iter() {
            let name = ty.join(method.as_str());
            if let Some(functions) = index.functions.get(&name) {
                found.extend(functions.iter().copied());
                qualified = name;
                break;
            }
        }
        // Overrides below `owner`, breadth first, bounded.
        let mut queue = vec![owner];
        let mut seen = vec![owner];
        while let Some(ty) = queue.pop() {
            for child in index.subclasses.get(&ty).into_iter().flatten() {
                if seen.contains(child) || seen.len() > 64 {
                    continue;
                }
                seen.push(*child);
                queue.push(*child);
                if let Some(functions) = index.functions.get(&child.join(method.as_str())) {
                    for function in functions {
                        if found.len() < crate::calls::MAX_DISPATCH && !found.contains(function) {
                            found.push(*function);
                        }
                    }
                }
            }
        }
        let module = |f: &FuncRef| &self.project.modules[f.module as usize];
        found.retain(|f| !module(f).functions[f.func.0 as usize].blocks.is_empty());
        let found: ProjectMethods = (found.into(), qualified);
        self.project_methods.borrow_mut().insert(key, found.clone());
        found
    }

    pub fn function_shape(&self, func: FuncRef) -> Arc<crate::interp::FunctionShape> {
        if let Some(shape) = self.shapes.borrow().get(&func) {
            return shape.clone();
        }
        let functions = &self.project.modules[func.module as usize].functions;
        let function = &functions[func.func.0 as usize];
        let shape = Arc::new(crate::interp::FunctionShape::new(function, functions));
        self.shapes.borrow_mut().insert(func, shape.clone());
        shape
    }

    /// Parameters of `func` whose constant value can change its analysis.
    pub fn sensitive_params(&self, func: FuncRef) -> u64 {
        if let Some(bits) = self.sensitive_params.borrow().get(&func) {
            return *bits;
        }
        let function = &self.project.modules[func.module as usize].functions[func.func.0 as usize];
        let bits = crate::sensitivity::constant_sensitive_params(function);
        self.sensitive_params.borrow_mut().insert(func, bits);
        bits
    }

    /// The value of a field from its initialiser, when the field is final or
    /// never written elsewhere (so the initialiser is the only value).
    /// A constant a class body assigns (Ruby's `API = "https://.."` in
    /// `class Client`), kept as a module global of the file defining the class.
    pub fn class_constant(&self, class: Name, field: Name) -> Option<Value> {
        let class_ref = self.index.classes.get(&class)?;
        let module = &self.project.modules[class_ref.module as usize];
        if module.language != Language::Ruby {
            return None;
        }
        let package = module.package?;
        self.global_value(package.join(class.join(field.as_str()).as_str()))
    }

    pub fn field_initial_value(&self, class: Name, field: Name) -> Option<Value> {
        self.field_initial(class, field).map(|(value, _)| value)
    }

    /// The initial value of a field and the project object its initialiser
    /// builds (an enum constant, a static singleton), if it builds one.
    pub fn field_initial(&self, class: Name, field: Name) -> Option<FieldInitial> {
        if let Some(cached) = self.field_values.borrow().get(&(class, field)) {
            return cached.clone();
        }
        let (initial, settled) = self.settled_fact(format!("field-init {class}.{field}"), || {
            self.compute_field_initial_value(class, field)
        });
        if settled {
            self.field_values
                .borrow_mut()
                .insert((class, field), initial.clone());
        }
        initial
    }

    /// Computes a fact that reads summaries (a field's initial value, what
    /// constructors store). One that needs itself gets nothing; one that
    /// read a summary still being settled on this thread is correct for
    /// now but not for caching, which the flag says.
    pub fn settled_fact<T>(
        &self,
        what: String,
        compute: impl FnOnce() -> Option<T>,
    ) -> (Option<T>, bool) {
        let key = SummaryKey {
            func: FuncRef {
                module: u32::MAX,
                func: plumb_ir::FuncId(0),
            },
            constants: Some(what),
        };
        if cycles::in_progress(&key) {
            return (None, false);
        }
        cycles::enter(key);
        let value = compute();
        let settled = cycles::leave();
        (value, settled)
    }

    fn compute_field_initial_value(&self, class: Name, field: Name) -> Option<FieldInitial> {
        let class_ref = *self.index.classes.get(&class)?;
        let module = &self.project.modules[class_ref.module as usize];
        let class_ir = &module.classes[class_ref.class.0 as usize];
        let field_ir = class_ir.fields.iter().find(|f| f.name == field)?;
        let init = field_ir.init?;
        if !field_ir.is_final && field_written_outside_init(module, class_ir, field) {
            return None;
        }
        // An annotated Python class attribute (`remember: bool = False`) is a
        // per-instance field whose initialiser is only a default: dataclasses,
        // pydantic and attrs fill it from the constructor's arguments.
        let class_level = field_ir.ty.as_ref().is_some_and(|ty| {
            matches!(
                ty.name.as_str().rsplit('.').next(),
                Some("ClassVar" | "Final")
            )
        });
        if module.language == Language::Python && field_ir.ty.is_some() && !class_level {
            return None;
        }
        let outcome = Analysis::new(
            self,
            FuncRef {
                module: class_ref.module,
                func: init,
            },
            Mode::Summary,
            None,
        )
        .run();
        Some((outcome.summary.ret, outcome.summary.ret_object))
    }

    pub fn config_lookup(&self, key: &str, module: u32, span: Span) -> Option<Value> {
        let found = self.config.lookup(key);
        if found.is_empty() {
            return None;
        }
        let mut value: Option<Value> = None;
        for entry in found {
            let mut single = Value::constant(Const::str(&entry.value));
            let file = &self.project.config_files[entry.file];
            let step = self.step(
                module,
                span,
                format!(
                    "`{key}` = `{}` in {}:{}",
                    entry.value,
                    file.path.display(),
                    entry.line
                ),
                None,
            );
            single.taint.push(crate::value::Label {
                origin: crate::value::Origin::Source(crate::value::SourceKind::Config, step),
                cleaned: 0,
                step,
            });
            value = Some(match value {
                Some(v) => v.join(&single),
                None => single,
            });
        }
        value
    }
}

impl Engine<'_> {
    /// The declared type of a project class's field (resolved in the class's
    /// module), searching superclasses; for Python, JavaScript and PHP, the
    /// type of what the constructor stores there.
    pub fn field_type(&self, class: Name, field: Name) -> Option<Name> {
        if let Some(cached) = self.field_types.borrow().get(&(class, field)) {
            return *cached;
        }
        let found = self.compute_field_type(class, field);
        self.field_types.borrow_mut().insert((class, field), found);
        found
    }

    fn compute_field_type(&self, class: Name, field: Name) -> Option<Name> {
        for ty in self.index_supers_chain(class) {
            let Some(class_ref) = self.index.classes.get(&ty) else {
                continue;
            };
            let module = &self.project.modules[class_ref.module as usize];
            let class_ir = &module.classes[class_ref.class.0 as usize];
            if let Some(declared) = class_ir.fields.iter().find(|f| f.name == field) {
                if let Some(written) = declared.ty.as_ref().filter(|t| t.array_dims == 0) {
                    return Some(
                        self.resolver_for(class_ref.module)
                            .resolve_type(written.name),
                    );
                }
                // An untyped JavaScript field initialised with a project
                // class (`parser = new SettingsParser()`): that class.
                if let (Some(init), true) = (declared.init, module.language.is_javascript()) {
                    let func = FuncRef {
                        module: class_ref.module,
                        func: init,
                    };
                    let ty = self.summary(func, None).and_then(|s| s.ret.ty);
                    if let Some(ty) = ty.filter(|ty| self.index.classes.contains_key(ty)) {
                        return Some(ty);
                    }
                }
            }
            // Dynamic languages: the type of what the constructor stores
            // there (`self.x = Client()`, `this.client = axios.create()`,
            // an untyped PHP property set from a typed constructor
            // parameter).
            let constructor = match module.language {
                Language::Python => Some("__init__"),
                language if language.is_javascript() || language == Language::Php => Some("<init>"),
                _ => None,
            };
            if let Some(constructor) = constructor {
                let init = ty.join(constructor);
                if let Some(&func) = self.index.functions.get(&init).and_then(|f| f.first()) {
                    if let Some(summary) = self.summary(func, None) {
                        if let Some((_, _, value)) = summary
                            .effects
                            .iter()
                            .find(|(i, n, _)| *i == 0 && *n == field)
                        {
                            if value.ty.is_some() {
                                return value.ty;
                            }
                        }
                    }
                }
            }
        }
        None
    }

    fn index_supers_chain(&self, class: Name) -> Vec<Name> {
        let mut out = vec![class];
        let mut index = 0;
        while index < out.len() && out.len() < 16 {
            for sup in self.index.supers.get(&out[index]).into_iter().flatten() {
                if !out.contains(sup) {
                    out.push(*sup);
                }
            }
            index += 1;
        }
        out
    }

    /// The type of `owner.member`: a project field, or a modelled attribute.
    pub fn member_type(&self, owner: Name, member: Name, language: Language) -> Option<Name> {
        if self.index.classes.contains_key(&owner) {
            if let Some(ty) = self.field_type(owner, member) {
                return Some(ty);
            }
        }
        let models = self.models_for(language);
        for &ty in self.supertypes(owner, language).iter() {
            if let Some(model) = models.type_model(ty) {
                if let Some(field) = model.fields.get(member.as_str()) {
                    return Some(Name::new(field));
                }
            }
        }
        None
    }

    /// The constant every constructor of `class` stores in `field`, when no
    /// other method writes it (`self.base = "https://api.example.com/"`).
    pub fn constructor_constant(&self, class: Name, field: Name) -> Option<Value> {
        if let Some(cached) = self.constructor_constants.borrow().get(&(class, field)) {
            return cached.clone();
        }
        let (found, settled) = self
            .settled_fact(format!("constructor-constant {class}.{field}"), || {
                self.compute_constructor_constant(class, field)
            });
        if settled {
            self.constructor_constants
                .borrow_mut()
                .insert((class, field), found.clone());
        }
        found
    }

    /// The object a constructor of `class` stores in `field` (a configured
    /// parser, a `Yaml` with a safe constructor), when no other method writes it.
    pub fn constructor_object(&self, class: Name, field: Name) -> Option<crate::value::Obj> {
        if let Some(cached) = self.constructor_objects.borrow().get(&(class, field)) {
            return cached.clone();
        }
        let (found, settled) = self
            .settled_fact(format!("constructor-object {class}.{field}"), || {
                self.compute_constructor_object(class, field)
            });
        if settled {
            self.constructor_objects
                .borrow_mut()
                .insert((class, field), found.clone());
        }
        found
    }

    fn compute_constructor_object(&self, class: Name, field: Name) -> Option<crate::value::Obj> {
        let stored = self.constructor_stores(class, field, |summary| {
            summary
                .effect_objects
                .iter()
                .find(|(i, n, _)| *i == 0 && *n == field)
                .map(|(_, _, obj)| obj.clone())
        })?;
        stored.into_iter().reduce(|a, b| a.join(&b))
    }

    fn compute_constructor_constant(&self, class: Name, field: Name) -> Option<Value> {
        let stored = self.constructor_stores(class, field, |summary| {
            let value = summary
                .effects
                .iter()
                .find(|(i, n, _)| *i == 0 && *n == field)
                .map(|(_, _, v)| v.clone())?;
            let only_config = value.taint.iter().all(|l| {
                matches!(
                    l.origin,
                    crate::value::Origin::Source(crate::value::SourceKind::Config, _)
                )
            });
            (value.konst.is_known() && only_config).then_some(value)
        })?;
        stored.into_iter().reduce(|a, b| a.join(&b))
    }

    /// The constructor parameter every constructor of `class` stores in
    /// `field` unchanged (the same position in each), with one constructor
    /// to read parameter names from.
    pub fn constructor_param_stored(&self, class: Name, field: Name) -> Option<(FuncRef, usize)> {
        let stored = self.constructor_stores(class, field, |summary| {
            summary
                .effects
                .iter()
                .find(|(i, n, _)| *i == 0 && *n == field)
                .and_then(|(_, _, v)| v.exact_param)
        })?;
        let first = *stored.first()?;
        if stored.iter().any(|p| *p != first) {
            return None;
        }
        let class_ref = *self.index.classes.get(&class)?;
        let module = &self.project.modules[class_ref.module as usize];
        let class_ir = &module.classes[class_ref.class.0 as usize];
        let constructor = class_ir.methods.iter().find(|m| {
            let function = &module.functions[m.0 as usize];
            function.kind == FunctionKind::Constructor
                || (module.language == Language::Python && function.name.as_str() == "__init__")
        })?;
        Some((
            FuncRef {
                module: class_ref.module,
                func: *constructor,
            },
            first as usize,
        ))
    }

    /// What every constructor of `class` stores in `field`, as `pick` reads
    /// it from the constructor's summary; `None` when another method also
    /// writes the field or a constructor stores nothing `pick` accepts.
    fn constructor_stores<T>(
        &self,
        class: Name,
        field: Name,
        pick: impl Fn(&Summary) -> Option<T>,
    ) -> Option<Vec<T>> {
        let class_ref = *self.index.classes.get(&class)?;
        let module = &self.project.modules[class_ref.module as usize];
        let class_ir = &module.classes[class_ref.class.0 as usize];
        let mut found = Vec::new();
        for method in &class_ir.methods {
            let function = &module.functions[method.0 as usize];
            let is_constructor = function.kind == FunctionKind::Constructor
                || (module.language == Language::Python && function.name.as_str() == "__init__");
            if !is_constructor {
                let writes = function.blocks.iter().any(|block| {
                    block.instrs.iter().any(|instr| {
                        matches!(&instr.kind, plumb_ir::InstrKind::StoreField { field: f, .. } if *f == field)
                    })
                });
                if writes {
                    return None;
                }
                continue;
            }
            let summary = self.summary(
                FuncRef {
                    module: class_ref.module,
                    func: *method,
                },
                None,
            )?;
            found.push(pick(&summary)?);
        }
        (!found.is_empty()).then_some(found)
    }

    /// A field injected from configuration (`@Value("${app.algorithm}")`).
    pub fn injected_config_value(
        &self,
        class: Name,
        field: Name,
        module: u32,
        span: Span,
    ) -> Option<Value> {
        let class_ref = self.index.classes.get(&class)?;
        let class_module = &self.project.modules[class_ref.module as usize];
        let class_ir = &class_module.classes[class_ref.class.0 as usize];
        let declared = class_ir.fields.iter().find(|f| f.name == field)?;
        self.annotated_config_value(&declared.annotations, module, span)
    }

    /// The value a `@Value("${key:default}")` annotation injects, if any.
    pub fn annotated_config_value(
        &self,
        annotations: &[plumb_ir::Annotation],
        module: u32,
        span: Span,
    ) -> Option<Value> {
        for annotation in annotations {
            if annotation.name.last_segment() != "Value" {
                continue;
            }
            let Some(plumb_ir::AttrValue::Const(Const::Str(text))) =
                annotation.args.first().map(|a| &a.value)
            else {
                continue;
            };
            let inner = text.trim().strip_prefix("${")?.strip_suffix('}')?;
            let (key, default) = match inner.split_once(':') {
                Some((key, default)) => (key, Some(default)),
                None => (inner, None),
            };
            let found = self.config_lookup(key, module, span);
            return match (found, default) {
                (Some(value), _) => Some(value),
                (None, Some(default)) => Some(Value::constant(Const::str(default))),
                (None, None) => None,
            };
        }
        None
    }
}

/// Index of a language's model set in the per-language tables.
fn language_slot(language: Language) -> usize {
    match language {
        Language::Java => 0,
        Language::Python => 1,
        Language::JavaScript | Language::TypeScript => 2,
        Language::Go => 3,
        Language::Ruby => 4,
        Language::Php => 5,
        Language::CSharp => 6,
        Language::Rust => 7,
    }
}

fn stateful_types(models: &LanguageModels) -> FxHashSet<Name> {
    let mut out = FxHashSet::default();
    for (callee, functions) in &models.functions {
        let stateful = functions.iter().any(|f| {
            f.set_field.is_some()
                || f.set_field_keyed.is_some()
                || f.container.is_some()
                || f.store.is_some()
                || f.copy_fields
                || f.holds_args
        });
        if stateful {
            if let Some((owner, _)) = callee.as_str().rsplit_once('.') {
                out.insert(Name::new(owner));
            }
        }
        for function in functions {
            if function.copy_fields {
                if let Some(returns) = &function.returns {
                    out.insert(Name::new(returns));
                }
            }
        }
    }
    out
}

fn field_written_outside_init(module: &Module, class: &plumb_ir::Class, field: Name) -> bool {
    class.methods.iter().any(|method| {
        let function = &module.functions[method.0 as usize];
        function.blocks.iter().any(|block| {
                block.instrs.iter().any(|instr| {
                    matches!(&instr.kind, plumb_ir::InstrKind::StoreField { field: f, .. } if *f == field)
                })
            })
    })
}
