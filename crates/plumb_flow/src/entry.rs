//! The entry-point layer: which functions are request handlers, which of
//! their parameters carry request data, and how their return value is sent.
//! Taint uses it for sources; `plumb map` will use it for the route table.

use plumb_ir::{
    AnnotationArg, AttrValue, Callee, Const, Expr, Function, InstrKind, Language, Module, Operand,
    ParamKind,
};
use plumb_models::{HandlerModel, ParamsMode, ResponseKind};
use plumb_text::Name;

use crate::engine::Engine;
use crate::index::FuncRef;
use crate::resolve::{Head, Resolver};

#[derive(Clone, Debug, Default)]
pub struct EntryInfo {
    /// Per parameter: the source description when it carries request data.
    pub param_sources: Vec<Option<String>>,
    /// Per parameter: a type the framework guarantees (the request object, `<int:id>`).
    pub param_types: Vec<Option<Name>>,
    pub response: Option<ResponseKind>,
}

const RESPONSE_BODY: &str = "org.springframework.web.bind.annotation.ResponseBody";

pub fn discover(engine: &Engine<'_>) {
    // First: it records the types Django gives middleware constructors,
    // which must be known before anything reads a summary of them.
    let middleware = django_middleware(engine);
    let mut found: Vec<(FuncRef, EntryInfo)> = Vec::new();
    for (module_index, module) in engine.project.modules.iter().enumerate() {
        let module_index = module_index as u32;
        let resolver = engine.resolver_for(module_index);
        let models = engine.models_for(module.language);
        for (func_index, function) in module.functions.iter().enumerate() {
            let func = FuncRef {
                module: module_index,
                func: plumb_ir::FuncId(func_index as u32),
            };
            for handler in &models.handlers {
                if let Some(info) = match_handler(engine, &resolver, func, function, handler) {
                    found.push((func, info));
                    break;
                }
            }
        }
        found.extend(class_based_views(engine, &resolver, module, module_index));
        found.extend(route_calls(engine, &resolver, module, module_index));
    }
    found.extend(middleware);
    let mut entries = engine.entries.borrow_mut();
    for (func, info) in found {
        entries.entry(func).or_insert(info);
    }
}

fn resolve_decorator(
    engine: &Engine<'_>,
    resolver: &Resolver<'_>,
    func: FuncRef,
    name: Name,
) -> Vec<Name> {
    let module = &engine.project.modules[func.module as usize];
    // Java annotations and TypeScript decorators name imported types or
    // functions; Python decorators are paths through module objects.
    if module.language != Language::Python {
        return vec![resolver.resolve_type(name)];
    }
    object_path_names(engine, resolver, func, name)
}

/// What a dotted path read in `func` names, qualified: through a module
/// global's or modelled global's type when it is a method on one
/// (`app.route` with `app = Flask(..)` is `flask.Flask.route`, and the same
/// on each supertype), else the resolved path itself.
fn object_path_names(
    engine: &Engine<'_>,
    resolver: &Resolver<'_>,
    func: FuncRef,
    name: Name,
) -> Vec<Name> {
    let module = &engine.project.modules[func.module as usize];
    let path = resolver.resolve_path(name);
    let mut rest = path.rest.clone();
    let owner_type = match path.head {
        Head::ModuleGlobal(global) => engine.global_value(global).and_then(|v| v.ty),
        Head::ModelGlobal(global) => engine
            .models_for(module.language)
            .globals
            .get(&global)
            .map(|g| Name::new(&g.ty)),
        _ => {
            rest = name.as_str().split('.').skip(1).map(Name::new).collect();
            enclosing_param_type(engine, func, name)
        }
    };
    match (owner_type, rest.as_slice()) {
        (Some(ty), [method]) => engine
            .supertypes(ty, module.language)
            .iter()
            .map(|t| t.join(method.as_str()))
            .collect(),
        _ => vec![path.full],
    }
}

/// The type of the enclosing function's parameter a nested function's
/// decorator is read from (`def register(app):` then `@app.after_request`),
/// as the project's calls of the enclosing function pass it: one type that
/// every typed argument agrees on.
fn enclosing_param_type(engine: &Engine<'_>, func: FuncRef, decorator: Name) -> Option<Name> {
    let module = &engine.project.modules[func.module as usize];
    let root = decorator.as_str().split('.').next()?;
    let parent_id = module.functions[func.func.0 as usize].parent?;
    let parent = &module.functions[parent_id.0 as usize];
    let index = parent.params.iter().position(|p| p.name.as_str() == root)?;
    let parent_ref = FuncRef {
        module: func.module,
        func: parent_id,
    };
    let mut found: Option<Name> = None;
    for value in engine.passed_values(parent.qualified, parent_ref, index) {
        let ty = value.ty?;
        if found.is_some_and(|f| f != ty) {
            return None;
        }
        found = Some(ty);
    }
    found
}

fn names_match(model: &str, aliases: &[String], candidates: &[Name]) -> bool {
    candidates
        .iter()
        .any(|c| c.as_str() == model || aliases.iter().any(|a| a == c.as_str()))
}

fn match_handler(
    engine: &Engine<'_>,
    resolver: &Resolver<'_>,
    func: FuncRef,
    function: &Function,
    handler: &HandlerModel,
) -> Option<EntryInfo> {
    let module = &engine.project.modules[func.module as usize];
    let wanted = handler
        .decorator
        .as_deref()
        .or(handler.annotation.as_deref())?;
    let annotation = function.annotations.iter().find(|annotation| {
        let candidates = resolve_decorator(engine, resolver, func, annotation.name);
        names_match(wanted, &handler.aliases, &candidates)
    })?;
    let class = function.class.map(|c| &module.classes[c.0 as usize]);
    let class_annotations: Vec<Name> = class
        .map(|c| {
            c.annotations
                .iter()
                .map(|a| resolver.resolve_type(a.name))
                .collect()
        })
        .unwrap_or_default();
    if !handler.class_annotation.is_empty()
        && !handler
            .class_annotation
            .iter()
            .any(|wanted| class_annotations.iter().any(|a| a.as_str() == wanted))
    {
        return None;
    }
    let mut response = handler.response;
    let method_annotations: Vec<Name> = function
        .annotations
        .iter()
        .map(|a| resolver.resolve_type(a.name))
        .collect();
    if response == Some(ResponseKind::ViewName)
        && (method_annotations
            .iter()
            .any(|a| a.as_str() == RESPONSE_BODY)
            || class_annotations
                .iter()
                .any(|a| a.as_str() == RESPONSE_BODY))
    {
        response = Some(ResponseKind::Html);
    }
    if let Some(key) = &handler.produces_key {
        if let Some(produced) = annotation_value(&annotation.args, key) {
            response = Some(content_type_response(&produced, response));
        }
    }
    if let Some(header) = &handler.header_annotation {
        for (written, resolved) in function.annotations.iter().zip(&method_annotations) {
            if resolved.as_str() != header {
                continue;
            }
            let text = |index: usize| match written.args.get(index).map(|a| &a.value) {
                Some(AttrValue::Const(Const::Str(s))) => Some(s.to_string()),
                _ => None,
            };
            if let (Some(name), Some(value)) = (text(0), text(1)) {
                if name.eq_ignore_ascii_case("content-type") {
                    response = Some(content_type_response(&value, response));
                }
            }
        }
    }
    let route = annotation
        .args
        .iter()
        .find(|a| a.key.is_none())
        .and_then(|a| match &a.value {
            AttrValue::Const(Const::Str(route)) => Some(route.to_string()),
            _ => None,
        });
    let label = handler
        .label
        .clone()
        .unwrap_or_else(|| "request parameter".to_owned());
    let request_type = handler.request_type.as_deref().map(Name::new);
    Some(params_info(
        engine,
        resolver,
        module,
        function,
        handler.params,
        &label,
        request_type,
        route.as_deref(),
        response,
    ))
}

/// Constant text of an annotation argument or decorator keyword (`produces = "..."`, `response_class=HTMLResponse`).
fn annotation_value(args: &[AnnotationArg], key: &str) -> Option<String> {
    let arg = args
        .iter()
        .find(|a| a.key.is_some_and(|k| k.as_str() == key))?;
    fn text(value: &AttrValue) -> Option<String> {
        match value {
            AttrValue::Const(Const::Str(s)) => Some(s.to_string()),
            AttrValue::Name(n) => Some(n.as_str().to_owned()),
            AttrValue::List(items) => items.first().and_then(text),
            _ => None,
        }
    }
    text(&arg.value)
}

fn content_type_response(produced: &str, default: Option<ResponseKind>) -> ResponseKind {
    let lower = produced.to_ascii_lowercase();
    if lower.contains("html") {
        ResponseKind::Html
    } else if lower.contains("json")
        || lower.contains("xml")
        || lower.contains("plain")
        || lower.contains("text_plain")
    {
        ResponseKind::Json
    } else {
        default.unwrap_or(ResponseKind::Json)
    }
}

#[allow(clippy::too_many_arguments)]
fn params_info(
    engine: &Engine<'_>,
    resolver: &Resolver<'_>,
    module: &Module,
    function: &Function,
    mode: ParamsMode,
    label: &str,
    request_type: Option<Name>,
    route: Option<&str>,
    response: Option<ResponseKind>,
) -> EntryInfo {
    let models = engine.models_for(module.language);
    let mut info = EntryInfo {
        param_sources: vec![None; function.params.len()],
        param_types: vec![None; function.params.len()],
        response,
    };
    let typed_route_params = route.map(route_param_types).unwrap_or_default();
    let mut first_explicit = true;
    for (index, param) in function.params.iter().enumerate() {
        if param.kind == ParamKind::Receiver {
            continue;
        }
        let is_self = index == 0 && module.language == Language::Python && function.class.is_some();
        if is_self {
            continue;
        }
        if first_explicit {
            first_explicit = false;
            if let Some(request_type) = request_type {
                info.param_types[index] = Some(request_type);
                continue;
            }
        }
        if let Some((_, ty)) = typed_route_params
            .iter()
            .find(|(name, _)| *name == param.name.as_str())
        {
            info.param_types[index] = Some(Name::new(ty));
            continue;
        }
        let annotated = param.annotations.iter().find_map(|a| {
            let resolved = resolver.resolve_type(a.name);
            models
                .param_sources
                .get(&resolved)
                .map(|m| m.label.clone().unwrap_or_else(|| label.to_owned()))
        });
        if let Some(source) = annotated {
            info.param_sources[index] = Some(source);
            continue;
        }
        if mode != ParamsMode::All || !param.annotations.is_empty() {
            continue;
        }
        if let Some(AttrValue::Call(name, _)) = &param.default {
            // FastAPI dependencies are not request data; `Query(...)`/`Body(...)` are.
            if matches!(name.last_segment(), "Depends" | "Security") {
                continue;
            }
        }
        let ty = param.ty.as_ref().map(|t| {
            let inner = if matches!(t.name.as_str(), "Annotated" | "Optional") {
                t.args.first().map_or(t.name, |a| a.name)
            } else {
                t.name
            };
            resolver.resolve_type(inner)
        });
        if let Some(ty) = ty {
            // Framework objects (the request, the model, the session) are not data by themselves.
            if let Some(model) = models.type_model(ty) {
                if !model.safe {
                    info.param_types[index] = Some(ty);
                    continue;
                }
            }
            if is_framework_type(ty) {
                continue;
            }
            // A Rust handler gets request data through extractors and text
            // bodies; one of the project's structs is shared state
            // (`web::Data<Storage>`, whose wrapper is transparent).
            if module.language == Language::Rust && engine.index.classes.contains_key(&ty) {
                continue;
            }
            // A PHP parameter declared with a class is an injected service
            // or a model bound by the framework, not text from the URL.
            if module.language == Language::Php
                && !matches!(ty.as_str(), "string" | "mixed" | "array")
            {
                continue;
            }
        }
        info.param_sources[index] = Some(label.to_owned());
    }
    info
}

/// Parameter types a framework injects that carry no request data.
fn is_framework_type(ty: Name) -> bool {
    let text = ty.as_str();
    text.starts_with("org.springframework.ui.")
        || text.starts_with("org.springframework.validation.")
        || text.starts_with("org.springframework.security.")
        || text.starts_with("java.security.Principal")
        || text.starts_with("javax.servlet.")
        || text.starts_with("jakarta.servlet.")
        || text.starts_with("sqlalchemy.")
        || matches!(
            text,
            "java.util.Locale" | "Session" | "BackgroundTasks" | "Response"
        )
}

/// Flask/Werkzeug and Django converters: `<int:id>`, `<uuid:token>`.
fn route_param_types(route: &str) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    let mut rest = route;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let inner = &rest[start + 1..start + end];
        if let Some((converter, name)) = inner.split_once(':') {
            let ty = match converter.split('(').next().unwrap_or("") {
                "int" => Some("int"),
                "float" => Some("float"),
                "uuid" => Some("uuid.UUID"),
                _ => None,
            };
            if let Some(ty) = ty {
                out.push((name.trim().to_owned(), ty));
            }
        }
        rest = &rest[start + end + 1..];
    }
    // FastAPI-style `{id:int}` path parameters.
    let mut rest = route;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        let inner = &rest[start + 1..start + end];
        if let Some((name, "int")) = inner.split_once(':') {
            out.push((name.trim().to_owned(), "int"));
        }
        rest = &rest[start + end + 1..];
    }
    out
}

fn class_based_views(
    engine: &Engine<'_>,
    resolver: &Resolver<'_>,
    module: &Module,
    module_index: u32,
) -> Vec<(FuncRef, EntryInfo)> {
    let models = engine.models_for(module.language);
    let mut out = Vec::new();
    for class in &module.classes {
        let supers = engine.supertypes(class.qualified, module.language);
        for handler in models.handlers.iter().filter(|h| !h.class_base.is_empty()) {
            let matches = supers.iter().any(|s| {
                handler.class_base.iter().any(|b| b == s.as_str())
                    || handler.aliases.iter().any(|a| a == s.as_str())
            });
            if !matches {
                continue;
            }
            for method in &class.methods {
                let function = &module.functions[method.0 as usize];
                let listed = if handler.methods.is_empty() {
                    is_public_action(function)
                } else {
                    handler.methods.iter().any(|m| m == function.name.as_str())
                };
                if !listed {
                    continue;
                }
                let label = handler
                    .label
                    .clone()
                    .unwrap_or_else(|| "URL parameter".to_owned());
                let request_type = handler.request_type.as_deref().map(Name::new);
                let info = params_info(
                    engine,
                    resolver,
                    module,
                    function,
                    handler.params,
                    &label,
                    request_type,
                    None,
                    handler.response,
                );
                out.push((
                    FuncRef {
                        module: module_index,
                        func: *method,
                    },
                    info,
                ));
            }
            break;
        }
    }
    out
}

/// A method a router can call as an action: an instance method, not the
/// constructor, a magic method (`__invoke` aside) or a `private`/
/// `protected` one (front ends record visibility as such annotations).
fn is_public_action(function: &Function) -> bool {
    let name = function.name.as_str();
    function.kind == plumb_ir::FunctionKind::Method
        && !function.is_static
        && (!name.starts_with("__") || name == "__invoke")
        && !function
            .annotations
            .iter()
            .any(|a| matches!(a.name.as_str(), "private" | "protected"))
}

/// Hooks of a Django middleware: each receives the request first.
const MIDDLEWARE_HOOKS: &[&str] = &[
    "__call__",
    "process_request",
    "process_view",
    "process_response",
    "process_exception",
    "process_template_response",
];

/// What Django hands a middleware's constructor: the rest of the chain
/// (`get_response`), which the models say returns the response.
const MIDDLEWARE_CHAIN: &str = "django.core.handlers.base.GetResponse";

/// Hooks that receive the response after the request.
const RESPONSE_HOOKS: &[&str] = &["process_response", "process_template_response"];

/// Classes the project's settings list in `MIDDLEWARE`: Django calls their
/// hooks with every request, whatever they derive from, and constructs
/// them with the rest of the chain.
fn django_middleware(engine: &Engine<'_>) -> Vec<(FuncRef, EntryInfo)> {
    let Some(settings) = engine.index.django_settings else {
        return Vec::new();
    };
    let listed = settings.join("MIDDLEWARE");
    engine.global_value(listed);
    let Some(list) = engine.global_objects.borrow().get(&listed).cloned() else {
        return Vec::new();
    };
    let request_type = Some(Name::new("django.http.HttpRequest"));
    let mut out = Vec::new();
    for item in list.items.iter().flatten() {
        let Some(path) = item.konst.as_single_str() else {
            continue;
        };
        let Some(class_ref) = engine.index.classes.get(&Name::new(path)).copied() else {
            out.extend(middleware_factory(engine, Name::new(path), request_type));
            continue;
        };
        let module = &engine.project.modules[class_ref.module as usize];
        let resolver = engine.resolver_for(class_ref.module);
        let class = &module.classes[class_ref.class.0 as usize];
        for method in &class.methods {
            let function = &module.functions[method.0 as usize];
            let func = FuncRef {
                module: class_ref.module,
                func: *method,
            };
            if function.name.as_str() == "__init__" {
                // `__init__(self, get_response)`.
                if let Some(param) = function.params.get(1) {
                    if param.kind == ParamKind::Positional {
                        let mut types = vec![None; function.params.len()];
                        types[1] = Some(Name::new(MIDDLEWARE_CHAIN));
                        engine.framework_params.borrow_mut().insert(func, types);
                    }
                }
                continue;
            }
            if !MIDDLEWARE_HOOKS.contains(&function.name.as_str()) {
                continue;
            }
            let mut info = params_info(
                engine,
                &resolver,
                module,
                function,
                ParamsMode::None,
                "request",
                request_type,
                None,
                None,
            );
            // `process_response(self, request, response)`.
            if RESPONSE_HOOKS.contains(&function.name.as_str()) {
                if let Some(slot) = info.param_types.get_mut(2) {
                    *slot = Some(Name::new("django.http.HttpResponse"));
                }
            }
            out.push((func, info));
        }
    }
    out
}

/// A function-based middleware (`def timing(get_response): def middleware(request): ..`):
/// Django calls the factory with the rest of the chain and each function
/// it defines inside with the request.
fn middleware_factory(
    engine: &Engine<'_>,
    path: Name,
    request_type: Option<Name>,
) -> Vec<(FuncRef, EntryInfo)> {
    let mut out = Vec::new();
    for factory in engine.index.functions.get(&path).into_iter().flatten() {
        let module = &engine.project.modules[factory.module as usize];
        let function = &module.functions[factory.func.0 as usize];
        if function.class.is_some()
            || function
                .params
                .first()
                .is_none_or(|p| p.kind != ParamKind::Positional)
        {
            continue;
        }
        let mut types = vec![None; function.params.len()];
        types[0] = Some(Name::new(MIDDLEWARE_CHAIN));
        engine.framework_params.borrow_mut().insert(*factory, types);
        let resolver = engine.resolver_for(factory.module);
        for (index, inner) in module.functions.iter().enumerate() {
            if inner.parent != Some(factory.func) || inner.params.is_empty() {
                continue;
            }
            let info = params_info(
                engine,
                &resolver,
                module,
                inner,
                ParamsMode::None,
                "request",
                request_type,
                None,
                None,
            );
            out.push((
                FuncRef {
                    module: factory.module,
                    func: plumb_ir::FuncId(index as u32),
                },
                info,
            ));
        }
    }
    out
}

/// Routes registered by calls (`path("u/<int:pk>/", views.detail)`,
/// `app.get("/u/:id", auth, (req, res) => ...)`): the handler is a project
/// function named by a global path, or a function literal at the call.
fn route_calls(
    engine: &Engine<'_>,
    resolver: &Resolver<'_>,
    module: &Module,
    module_index: u32,
) -> Vec<(FuncRef, EntryInfo)> {
    let models = engine.models_for(module.language);
    if models.route_calls.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (func_index, function) in module.functions.iter().enumerate() {
        let caller = FuncRef {
            module: module_index,
            func: plumb_ir::FuncId(func_index as u32),
        };
        for block in &function.blocks {
            for instr in &block.instrs {
                let call = match &instr.kind {
                    InstrKind::Assign {
                        value: Expr::Call(call),
                        ..
                    }
                    | InstrKind::Eval(Expr::Call(call)) => call,
                    _ => continue,
                };
                let names = match &call.callee {
                    Callee::Function(Operand::Global(path)) => {
                        object_path_names(engine, resolver, caller, *path)
                    }
                    Callee::Method {
                        receiver: Operand::Var(var),
                        name,
                    } => match local_type(engine, resolver, caller, function, *var) {
                        Some(ty) => engine
                            .supertypes(ty, module.language)
                            .iter()
                            .map(|t| t.join(name.as_str()))
                            .collect(),
                        None => continue,
                    },
                    _ => continue,
                };
                let Some(model) = names.iter().find_map(|name| models.route_calls.get(name)) else {
                    continue;
                };
                let route = call.args.first().and_then(|a| match &a.value {
                    Operand::Const(Const::Str(s)) => Some(s.to_string()),
                    _ => None,
                });
                let handlers: Vec<&plumb_ir::Arg> = match (model.handler_arg, model.handlers_from) {
                    (Some(position), _) => call.args.get(position).into_iter().collect(),
                    (None, Some(from)) => call.args.iter().skip(from).collect(),
                    (None, None) => Vec::new(),
                };
                let request_type = model.request_type.as_deref().map(Name::new);
                let response_type = model.response_type.as_deref().map(Name::new);
                for handler in handlers {
                    for func in handler_functions(
                        engine,
                        resolver,
                        module,
                        caller,
                        function,
                        &handler.value,
                    ) {
                        let target_module = &engine.project.modules[func.module as usize];
                        let target_fn = &target_module.functions[func.func.0 as usize];
                        let target_resolver = engine.resolver_for(func.module);
                        let mut info = params_info(
                            engine,
                            &target_resolver,
                            target_module,
                            target_fn,
                            model.params,
                            "URL parameter",
                            request_type,
                            route.as_deref(),
                            model.response,
                        );
                        if let Some(response_type) = response_type {
                            let second = target_fn
                                .params
                                .iter()
                                .enumerate()
                                .filter(|(_, p)| p.kind != ParamKind::Receiver)
                                .nth(1)
                                .map(|(index, _)| index);
                            if let Some(index) = second {
                                info.param_types[index] = Some(response_type);
                                info.param_sources[index] = None;
                            }
                        }
                        out.push((func, info));
                    }
                }
            }
        }
    }
    out
}

/// The type of a local a route is registered on, as far as it is known
/// before the analysis: its declared type; for a parameter without one, the
/// type every call of the function in the project agrees on; for a local
/// defined once, the type a modelled factory returns (`express.Router()`).
fn local_type(
    engine: &Engine<'_>,
    resolver: &Resolver<'_>,
    func: FuncRef,
    function: &Function,
    var: plumb_ir::VarId,
) -> Option<Name> {
    local_type_at(engine, resolver, func, function, var, 0)
}

fn local_type_at(
    engine: &Engine<'_>,
    resolver: &Resolver<'_>,
    func: FuncRef,
    function: &Function,
    var: plumb_ir::VarId,
    depth: u32,
) -> Option<Name> {
    let local = function.locals.get(var.0 as usize)?;
    if let Some(ty) = &local.ty {
        return Some(resolver.resolve_type(ty.name));
    }
    if let Some(index) = function.params.iter().position(|p| p.var == var) {
        if let Some(ty) = &function.params[index].ty {
            return Some(resolver.resolve_type(ty.name));
        }
        let mut found: Option<Name> = None;
        for value in engine.passed_values(function.qualified, func, index) {
            let ty = value.ty?;
            if found.is_some_and(|f| f != ty) {
                return None;
            }
            found = Some(ty);
        }
        return found;
    }
    let mut definitions = function
        .blocks
        .iter()
        .flat_map(|b| &b.instrs)
        .filter_map(|instr| match &instr.kind {
            InstrKind::Assign { dst, value } if *dst == var => Some(value),
            _ => None,
        });
    let definition = definitions.next()?;
    if definitions.next().is_some() {
        return None;
    }
    let module = &engine.project.modules[func.module as usize];
    match definition {
        // `var app = builder.Build();`: what the receiver's modelled method returns.
        Expr::Call(plumb_ir::Call {
            callee:
                Callee::Method {
                    receiver: Operand::Var(receiver),
                    name,
                },
            ..
        }) if *receiver != var && depth < 8 => {
            let owner = local_type_at(engine, resolver, func, function, *receiver, depth + 1)?;
            let models = engine.models_for(module.language);
            engine
                .supertypes(owner, module.language)
                .iter()
                .find_map(|ty| {
                    models
                        .functions
                        .get(&ty.join(name.as_str()))?
                        .iter()
                        .find_map(|m| m.returns.as_deref())
                })
                .map(Name::new)
        }
        Expr::Call(call) => {
            let Callee::Function(Operand::Global(path)) = &call.callee else {
                return None;
            };
            let resolved = resolver.resolve_path(*path);
            engine
                .models_for(module.language)
                .functions
                .get(&resolved.full)?
                .iter()
                .find_map(|m| m.returns.as_deref())
                .map(Name::new)
        }
        Expr::New { class, .. } => Some(resolver.resolve_type(class.name)),
        _ => None,
    }
}

/// The project functions an argument passes: a function literal written at
/// the call (a temporary holding a closure), or a global path naming one.
fn handler_functions(
    engine: &Engine<'_>,
    resolver: &Resolver<'_>,
    module: &Module,
    caller: FuncRef,
    function: &Function,
    value: &Operand,
) -> Vec<FuncRef> {
    match value {
        Operand::Var(var) => {
            let closure = function
                .blocks
                .iter()
                .flat_map(|b| &b.instrs)
                .find_map(|instr| match &instr.kind {
                    InstrKind::Assign {
                        dst,
                        value: Expr::Closure(id),
                    } if dst == var && function.local(*var).is_temp => Some(*id),
                    _ => None,
                });
            let found: Vec<FuncRef> = closure
                .filter(|id| (id.0 as usize) < module.functions.len())
                .map(|id| FuncRef {
                    module: caller.module,
                    func: id,
                })
                .into_iter()
                .collect();
            if !found.is_empty() {
                return found;
            }
            // A handler wrapped by a helper (`route(async (req, res) => ..)`,
            // an async error catcher) is called with the request the
            // wrapper receives: the function literal handed to the wrapper
            // is the handler.
            let wrapped = function
                .blocks
                .iter()
                .flat_map(|b| &b.instrs)
                .find_map(|instr| match &instr.kind {
                    InstrKind::Assign {
                        dst,
                        value: Expr::Call(call),
                    } if dst == var && function.local(*var).is_temp => Some(call),
                    _ => None,
                });
            let Some(wrapper) = wrapped else {
                return Vec::new();
            };
            wrapper
                .args
                .iter()
                .filter(|arg| matches!(arg.value, Operand::Var(_)))
                .flat_map(|arg| {
                    let Operand::Var(inner) = &arg.value else {
                        return Vec::new();
                    };
                    let literal = function.blocks.iter().flat_map(|b| &b.instrs).find_map(
                        |instr| match &instr.kind {
                            InstrKind::Assign {
                                dst,
                                value: Expr::Closure(id),
                            } if dst == inner => Some(*id),
                            _ => None,
                        },
                    );
                    literal
                        .filter(|id| (id.0 as usize) < module.functions.len())
                        .map(|id| FuncRef {
                            module: caller.module,
                            func: id,
                        })
                        .into_iter()
                        .collect()
                })
                .collect()
        }
        Operand::Global(target) => {
            let target = resolver.resolve_path(*target);
            let Head::ProjectFunction(name) = target.head else {
                return Vec::new();
            };
            engine
                .index
                .functions
                .get(&name)
                .cloned()
                .unwrap_or_default()
        }
        Operand::Const(_) => Vec::new(),
    }
}
