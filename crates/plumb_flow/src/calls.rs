//! Calls: project functions through their summaries (specialised on the
//! caller's constants when small), modelled library functions through their
//! models, and everything else by the default rule that taint passes from
//! the receiver and the arguments to the result.

use std::sync::Arc;

use plumb_ir::{Arg, Call, Callee, Const, FuncId, Language, Operand, ParamKind, TypeRef};
use plumb_models::{ArgRef, ContainerOp, FunctionModel};
use plumb_text::{Name, Span};

use crate::engine::SPECIALIZE_MAX_INSTRUCTIONS;
use crate::facts::{SinkEvent, SinkSite};
use crate::fold;
use crate::index::FuncRef;
use crate::interp::{Analysis, Summary};
use crate::resolve::Head;
use crate::rules::{rule_bit, rules_mask, CR_REMOVED, LF_REMOVED};
use crate::state::State;
use crate::value::{join_labels, Konst, Label, Labels, Obj, ObjId, Origin, SourceKind, Value};

/// One evaluated argument.
#[derive(Clone, Debug)]
pub struct ArgValue {
    pub keyword: Option<Name>,
    pub value: Value,
    pub spread: bool,
    /// Written as a literal at the call.
    pub literal: bool,
    /// The local variable passed, for models that write into an argument.
    pub var: Option<plumb_ir::VarId>,
    /// The global name passed (`yaml.SafeLoader`), as written.
    pub path: Option<Name>,
}

/// The receiver of a method call: its operand (to update a local in place) and value.
pub struct Receiver<'o> {
    pub operand: Option<&'o Operand>,
    pub value: Value,
}

/// Callees re-analysed with constant arguments, at most, per analysed function.
const MAX_SPECIALISATIONS: u32 = 16;

/// At most this many project implementations are followed for one virtual call.
pub(crate) const MAX_DISPATCH: usize = 8;

impl Analysis<'_, '_> {
    pub fn call(&mut self, state: &mut State, call: &Call, span: Span) -> Value {
        let value = self.call_inner(state, call, span);
        // `get("limit", 20, type=int)`: the result is converted to a number.
        let converted = call.args.iter().any(|arg| {
            arg.keyword.is_some_and(|k| k.as_str() == "type")
                && matches!(&arg.value, Operand::Global(ty) if matches!(ty.as_str(), "int" | "float" | "bool"))
        });
        if converted {
            return value.sanitized_all();
        }
        value
    }

    fn call_inner(&mut self, state: &mut State, call: &Call, span: Span) -> Value {
        self.call_span = span;
        let args = self.eval_args(state, &call.args);
        match &call.callee {
            Callee::Method { receiver, name } => {
                let value = self.operand(state, receiver);
                let receiver = Receiver {
                    operand: Some(receiver),
                    value,
                };
                self.method_call(state, receiver, *name, args, span)
            }
            Callee::Function(Operand::Global(path)) => self.path_call(state, *path, args, span),
            Callee::Function(other) => {
                if let Some(closure) = self.closure_held_by(other) {
                    if let Some(value) = self.closure_call(state, self.local(closure), &args, span)
                    {
                        return value;
                    }
                }
                let function = self.operand(state, other);
                // A function handed in as a value (`transform(value)` in a
                // helper called with a lambda) runs.
                if let Some(func) = Self::known_function(&function) {
                    if let Some(value) = self.closure_call(state, func, &args, span) {
                        return value;
                    }
                }
                if let Some(found) = function.ty.and_then(|ty| self.callable_models(ty)) {
                    return self.call_value(state, function, found, args, span);
                }
                // A function named by a value (`$controller(...$args)` with
                // a name from the route) returns what that function
                // computes, not the name; an object called (a bound
                // partial, an array callable) still passes what it holds.
                let holder = function.obj.is_some().then_some(&function);
                self.default_call(state, holder, &args)
            }
            Callee::Super { name } => {
                let Some(class) = self.class_name else {
                    return self.default_call(state, None, &args);
                };
                let this = self.this_value(state);
                let supers = self
                    .engine
                    .index
                    .supers
                    .get(&class)
                    .cloned()
                    .unwrap_or_default();
                for sup in supers {
                    let qualified = sup.join(name.as_str());
                    if let Some(candidates) = self.engine.index.functions.get(&qualified).cloned() {
                        return self.project_call(state, &candidates, this, args, span, qualified);
                    }
                    let models = self.models_for_method(sup, *name);
                    if let Some((callee, models)) = models {
                        let mut models = models.to_vec();
                        // A subclass calling its modelled base is the library's
                        // implementation, not a use of it: no sinks there.
                        for model in &mut models {
                            model.sink = None;
                        }
                        let receiver = this.map(|value| Receiver {
                            operand: None,
                            value,
                        });
                        return self.model_call(state, callee, &models, receiver, args, span);
                    }
                }
                self.default_call(state, None, &args)
            }
            Callee::This => {
                let Some(class) = self.class_name else {
                    return self.default_call(state, None, &args);
                };
                let this = self.this_value(state);
                let qualified = class.join("<init>");
                match self.engine.index.functions.get(&qualified).cloned() {
                    Some(candidates) => {
                        self.project_call(state, &candidates, this, args, span, qualified)
                    }
                    None => self.default_call(state, None, &args),
                }
            }
        }
    }

    fn eval_args(&mut self, state: &mut State, args: &[Arg]) -> Vec<ArgValue> {
        args.iter()
            .map(|arg| {
                let value = self.operand(state, &arg.value);
                if let Some(keyword) = arg.keyword {
                    let literal = matches!(arg.value, Operand::Const(_));
                    self.record_store(
                        self.call_span,
                        keyword,
                        crate::facts::StoreTarget::Keyword,
                        &value,
                        literal,
                    );
                }
                let literal = matches!(arg.value, Operand::Const(_));
                ArgValue {
                    keyword: arg.keyword,
                    value,
                    spread: arg.spread,
                    literal,
                    var: match arg.value {
                        Operand::Var(var) => Some(var),
                        _ => None,
                    },
                    path: match arg.value {
                        Operand::Global(path) => Some(path),
                        _ => None,
                    },
                }
            })
            .collect()
    }

    pub(crate) fn this_value(&self, state: &State) -> Option<Value> {
        let param = self.function.params.first()?;
        let is_receiver = param.kind == ParamKind::Receiver
            || (self.language == Language::Python && self.class_name.is_some());
        is_receiver.then(|| state.locals[param.var.0 as usize].clone())
    }

    /// Models of `owner.method`, looked up on `owner` and its supertypes; the
    /// nearest type that has any wins, so a subtype can override.
    fn models_for_method(&self, owner: Name, method: Name) -> Option<(Name, Arc<[FunctionModel]>)> {
        self.engine.method_models(owner, method, self.language)
    }

    /// A Python operator on a value whose type models the operator's method
    /// (`base / name` on a `pathlib.Path` is `base.__truediv__(name)`).
    pub fn operator_call(
        &mut self,
        state: &mut State,
        op: plumb_ir::BinOp,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> Option<Value> {
        if self.language != Language::Python {
            return None;
        }
        let method = match op {
            plumb_ir::BinOp::Div => "__truediv__",
            _ => return None,
        };
        let ty = left.ty?;
        let (callee, models) = self.models_for_method(ty, Name::new(method))?;
        let args = vec![ArgValue {
            keyword: None,
            value: right.clone(),
            spread: false,
            literal: false,
            var: None,
            path: None,
        }];
        let receiver = Receiver {
            operand: None,
            value: left.clone(),
        };
        Some(self.model_call(state, callee, &models, Some(receiver), args, span))
    }

    /// The models of calling a value of type `ty` (its `__call__`), in Python.
    fn callable_models(&self, ty: Name) -> Option<(Name, Arc<[FunctionModel]>)> {
        if self.language != Language::Python {
            return None;
        }
        self.models_for_method(ty, Name::new("__call__"))
    }

    /// Calls `function`, a value whose `__call__` is modelled.
    fn call_value(
        &mut self,
        state: &mut State,
        function: Value,
        (callee, models): (Name, Arc<[FunctionModel]>),
        args: Vec<ArgValue>,
        span: Span,
    ) -> Value {
        let receiver = Receiver {
            operand: None,
            value: function,
        };
        self.model_call(state, callee, &models, Some(receiver), args, span)
    }

    /// A type the models describe (declared, or owning a modelled method).
    fn is_modelled_type(&self, ty: Name) -> bool {
        self.resolver.known_types.contains(&ty)
    }

    /// Project methods `method` callable on a value of type `owner`: the
    /// inherited definition, and overrides in subclasses for virtual calls.
    fn project_methods(&self, owner: Name, method: Name) -> (Arc<[FuncRef]>, Name) {
        self.engine.project_methods(owner, method, self.language)
    }

    /// The class of a receiver built in this analysis by a constructor
    /// call: calls on it run that class's methods, not every override.
    fn exact_class(&self, state: &State, value: &Value) -> Option<Name> {
        match value.obj {
            Some(ObjId::Site(site)) if self.exact_objects.contains(&site) => {
                state.heap.get(&ObjId::Site(site)).and_then(|obj| obj.ty)
            }
            _ => None,
        }
    }

    pub fn method_call(
        &mut self,
        state: &mut State,
        receiver: Receiver<'_>,
        name: Name,
        args: Vec<ArgValue>,
        span: Span,
    ) -> Value {
        // The one method of a function value (`transform.apply(x)` on a
        // Java lambda, `transform.call(x)` in Ruby) runs the function.
        if let Some(func) = Self::known_function(&receiver.value) {
            let arity = self.engine.project.modules[func.module as usize]
                .functions
                .get(func.func.0 as usize)
                .map(|f| f.params.len());
            if arity == Some(args.len()) {
                if let Some(value) = self.closure_call(state, func, &args, span) {
                    return value;
                }
            }
        }
        // A compiled pattern's `sub(repl, text)` (its text is its constant).
        if receiver
            .value
            .ty
            .is_some_and(|t| t.as_str() == "re.Pattern")
            && name.as_str() == "sub"
        {
            let pattern = receiver.value.konst.as_single_str().map(str::to_owned);
            return self.regex_substitution(state, pattern.as_deref(), &args, 0);
        }
        if let Some(value) = self.string_method(state, &receiver.value, name, &args) {
            return value;
        }
        if let Some(value) = self.filtered(state, &receiver.value, name, &args) {
            return value;
        }
        // `supplier.get()` on a local holding a Java lambda (or any method of
        // the one a lambda implements): the lambda runs.
        if let Some(closure) = receiver.operand.and_then(|op| self.closure_held_by(op)) {
            let arity = self.engine.project.modules[self.func.module as usize]
                .functions
                .get(closure.0 as usize)
                .map(|f| f.params.len());
            // A default method (`comparator.reversed()`) takes other arguments.
            if self.language == Language::Java && arity == Some(args.len()) {
                if let Some(value) = self.closure_call(state, self.local(closure), &args, span) {
                    return value;
                }
            }
        }
        if let Some(ty) = receiver.value.ty {
            // A library whose own source is in the scan (the JDK, a vendored
            // package) is still described by its models.
            if self.is_modelled_type(ty) {
                if let Some((callee, models)) = self.models_for_method(ty, name) {
                    return self.model_call(state, callee, &models, Some(receiver), args, span);
                }
            }
            let (candidates, qualified) = match self.exact_class(state, &receiver.value) {
                Some(class) => self.engine.exact_method(class, name, self.language),
                None => self.project_methods(ty, name),
            };
            if !candidates.is_empty() {
                return self.project_call(
                    state,
                    &candidates,
                    Some(receiver.value),
                    args,
                    span,
                    qualified,
                );
            }
            if let Some((callee, models)) = self.models_for_method(ty, name) {
                return self.model_call(state, callee, &models, Some(receiver), args, span);
            }
            // `self.get_response(request)`: an attribute holding a callable.
            if self.language == Language::Python {
                let held = self.engine.member_type(ty, name, self.language);
                if let Some(found) = held.and_then(|held| self.callable_models(held)) {
                    let value = self.read_field(state, &receiver.value, name, span);
                    return self.call_value(state, value, found, args, span);
                }
            }
            // Ruby reads an attribute through a method the class declares
            // with `attr_reader` (or a `Struct`/`Data` member): the field
            // the object holds under that name.
            if self.language == Language::Ruby && args.is_empty() {
                let held = receiver
                    .value
                    .obj
                    .and_then(|id| state.heap.get(&id))
                    .filter(|obj| obj.symbolic.is_none())
                    .and_then(|obj| obj.field(name).cloned());
                if let Some(value) = held {
                    return value;
                }
            }
            if let Some(label) = self.member_source(ty, name, span) {
                let mut value = self.default_call(state, Some(&receiver.value), &args);
                value.taint.push(label);
                return value;
            }
        }
        if receiver.value.ty.is_none() && receiver.value.exact_param.is_some() {
            self.defer(
                state,
                &receiver.value,
                name,
                &args,
                (self.func.module, span, self.function.qualified),
            );
        }
        self.unknown_call(state, Some(&receiver.value), &args, span, name)
    }

    /// Records a call on an untyped parameter for the callers to resolve.
    fn defer(
        &mut self,
        state: &mut State,
        receiver: &Value,
        name: Name,
        args: &[ArgValue],
        site: (u32, Span, Name),
    ) {
        let (module, span, function) = site;
        if self.deferred.len() >= 64
            || self
                .deferred
                .iter()
                .any(|d| d.span == span && d.name == name && d.module == module)
        {
            return;
        }
        let args = args
            .iter()
            .map(|a| crate::interp::DeferredArg {
                keyword: a.keyword,
                value: self.deep_value(state, &a.value),
                spread: a.spread,
            })
            .collect();
        self.deferred.push(crate::interp::DeferredCall {
            receiver: receiver.clone(),
            name,
            args,
            module,
            span,
            function,
        });
    }

    pub fn path_call(
        &mut self,
        state: &mut State,
        path: Name,
        args: Vec<ArgValue>,
        span: Span,
    ) -> Value {
        let resolved = self.resolve_global(path);
        if self.language == Language::Go
            && matches!(resolved.full.as_str(), "fmt.Sprint" | "fmt.Sprintln")
        {
            return self.go_sprint(state, resolved.full, args);
        }
        match (resolved.head, resolved.rest.as_slice()) {
            (Head::ProjectFunction(function), []) => {
                let candidates = self
                    .engine
                    .index
                    .functions
                    .get(&function)
                    .cloned()
                    .unwrap_or_default();
                self.project_call(state, &candidates, None, args, span, function)
            }
            (
                Head::ModelFunction(function) | Head::Unknown(function) | Head::Type(function),
                [],
            ) if function.as_str() == "re.compile" => {
                let mut value = Value::typed(Some(Name::new("re.Pattern")));
                if let Some(pattern) = args.first() {
                    value.konst = pattern.value.konst.clone();
                }
                value
            }
            (Head::ModelFunction(function) | Head::Unknown(function), [])
                if function.as_str() == "re.sub" =>
            {
                let pattern = args
                    .first()
                    .and_then(|a| a.value.konst.as_single_str().map(str::to_owned));
                self.regex_substitution(state, pattern.as_deref(), &args, 1)
            }
            (Head::ProjectClass(class), []) => self.construct_named(state, class, args, span),
            (Head::Type(ty), []) => self.construct_named(state, ty, args, span),
            (Head::ProjectClass(class) | Head::Type(class), [method]) => {
                if let Some(value) = self.static_string_call(state, class, *method, &args) {
                    return value;
                }
                if self.is_modelled_type(class) {
                    if let Some((callee, models)) = self.models_for_method(class, *method) {
                        return self.model_call(state, callee, &models, None, args, span);
                    }
                }
                let (candidates, qualified) = self.project_methods(class, *method);
                if !candidates.is_empty() {
                    return self.project_call(state, &candidates, None, args, span, qualified);
                }
                match self.models_for_method(class, *method) {
                    Some((callee, models)) => {
                        self.model_call(state, callee, &models, None, args, span)
                    }
                    None => {
                        self.unknown_call(state, None, &args, span, class.join(method.as_str()))
                    }
                }
            }
            (Head::ModelFunction(function), []) => {
                let models = self
                    .engine
                    .models_for(self.language)
                    .function(function)
                    .to_vec();
                self.model_call(state, function, &models, None, args, span)
            }
            (Head::Unknown(full), []) => self.unknown_path_call(state, full, args, span),
            (_, rest) if !rest.is_empty() => {
                // An object path ending in a method (`request.args.get`,
                // `db.session.execute`): the receiver is the path without the
                // method, read like any other global path.
                let method = rest[rest.len() - 1];
                let receiver_path = match path.as_str().rsplit_once('.') {
                    Some((receiver, _)) => Name::new(receiver),
                    None => return self.default_call(state, None, &args),
                };
                let value = self.operand(state, &Operand::Global(receiver_path));
                let receiver = Receiver {
                    operand: None,
                    value,
                };
                self.method_call(state, receiver, method, args, span)
            }
            _ => self.default_call(state, None, &args),
        }
    }

    fn unknown_path_call(
        &mut self,
        state: &mut State,
        full: Name,
        args: Vec<ArgValue>,
        span: Span,
    ) -> Value {
        let text = full.as_str();
        // `Url.IsLocalUrl(u)` in a C# controller: a method of a member the
        // class inherits from a library base.
        if let Some((receiver_path, method)) = text.rsplit_once('.') {
            let receiver_path = Name::new(receiver_path);
            if self.inherited_member(state, receiver_path).is_some() {
                let value = self.operand(state, &Operand::Global(receiver_path));
                let receiver = Receiver {
                    operand: None,
                    value,
                };
                return self.method_call(state, receiver, Name::new(method), args, span);
            }
        }
        if !text.contains('.') {
            // A bare call: a method of the enclosing class (Java), or a builtin (Python).
            if let Some(class) = self.class_name {
                let (candidates, qualified) = self.project_methods(class, full);
                if !candidates.is_empty() {
                    let this = self.this_value(state);
                    return self.project_call(state, &candidates, this, args, span, qualified);
                }
                // Ruby: a method the class inherits from a library
                // (`where(..)` in an ActiveRecord model).
                if self.language == Language::Ruby {
                    if let Some((callee, models)) = self.models_for_method(class, full) {
                        let receiver = self.this_value(state).map(|value| Receiver {
                            operand: None,
                            value,
                        });
                        return self.model_call(state, callee, &models, receiver, args, span);
                    }
                }
            }
            let models = self.engine.models_for(self.language);
            for candidate in [full, Name::new(&format!("builtins.{text}"))] {
                let found = models.function(candidate);
                if !found.is_empty() {
                    let found = found.to_vec();
                    return self.model_call(state, candidate, &found, None, args, span);
                }
            }
            if self.language == Language::Python {
                if let Some(value) = self.python_builtin(state, text, &args) {
                    return value;
                }
            }
        }
        self.unknown_call(state, None, &args, span, full)
    }

    /// `re.sub(pattern, repl, text)` / `pattern.sub(repl, text)`: the text,
    /// with the CR/LF bits set when the pattern removes line breaks.
    fn regex_substitution(
        &mut self,
        state: &mut State,
        pattern: Option<&str>,
        args: &[ArgValue],
        first: usize,
    ) -> Value {
        let positional: Vec<&ArgValue> = args.iter().filter(|a| a.keyword.is_none()).collect();
        let repl = positional
            .get(first)
            .and_then(|a| a.value.konst.as_single_str().map(str::to_owned));
        let Some(text) = positional.get(first + 1).map(|a| a.value.clone()) else {
            return self.default_call(state, None, args);
        };
        let mut value = self.deep_value(state, &text);
        value.obj = None;
        value.konst = Konst::Unknown;
        value.exact_param = None;
        let removed = removed_line_breaks(pattern, repl.as_deref());
        for label in value.taint.iter_mut() {
            label.cleaned |= removed;
        }
        value
    }

    fn python_builtin(
        &mut self,
        state: &mut State,
        name: &str,
        args: &[ArgValue],
    ) -> Option<Value> {
        let first = args.first().map(|a| a.value.clone());
        match name {
            "str" => {
                let value = first.unwrap_or_else(|| Value::constant(Const::str("")));
                let deep = self.deep_value(state, &value);
                let text = fold::lift1(&value.konst, |c| {
                    Some(Const::str(&fold::to_text(c, self.language)))
                });
                Some(Value {
                    konst: text,
                    taint: deep.taint,
                    ty: Some(Name::new("str")),
                    prefix: value.prefix,
                    obj: None,
                    exact_param: None,
                    hints: None,
                    prefixes: value.prefixes,
                })
            }
            "int" | "float" | "bool" | "len" | "abs" | "round" | "ord" | "hash" | "id"
            | "isinstance" => {
                let mut value = Value::typed(Some(Name::new(if name == "float" {
                    "float"
                } else {
                    "int"
                })));
                if name == "int" {
                    if let Some(Const::Str(text)) = first.as_ref().and_then(|v| v.konst.as_single())
                    {
                        if let Ok(n) = text.trim().parse::<i64>() {
                            value.konst = Konst::single(Const::Int(n));
                        }
                    } else if let Some(Const::Int(n)) =
                        first.as_ref().and_then(|v| v.konst.as_single())
                    {
                        value.konst = Konst::single(Const::Int(*n));
                    }
                }
                Some(value)
            }
            "list" | "tuple" | "set" | "sorted" | "reversed" | "dict" | "frozenset" => {
                let Some(first) = first else {
                    let obj_ty = if name == "dict" { "dict" } else { "list" };
                    return Some(self.allocate(state, Some(Name::new(obj_ty))));
                };
                if name == "list" || name == "tuple" {
                    if let Some(obj) = first.obj.and_then(|id| state.heap.get(&id)).cloned() {
                        let id = ObjId::Site(self.site);
                        state.heap.insert(id, obj.clone());
                        return Some(Value {
                            ty: obj.ty,
                            obj: Some(id),
                            ..Value::unknown()
                        });
                    }
                }
                let deep = self.deep_value(state, &first);
                let mut value = self.allocate(state, Some(Name::new("list")));
                if let Some(obj) = value.obj.and_then(|id| state.heap.get_mut(&id)) {
                    obj.items = None;
                    obj.add_any(&Value {
                        taint: deep.taint.clone(),
                        ..Value::unknown()
                    });
                }
                value.taint.clear();
                Some(value)
            }
            _ => None,
        }
    }

    fn allocate(&mut self, state: &mut State, ty: Option<Name>) -> Value {
        let id = ObjId::Site(self.site);
        state.heap.insert(id, Obj::new(ty));
        Value {
            ty,
            obj: Some(id),
            ..Value::unknown()
        }
    }

    /// `new T(args)` in Java.
    pub fn construct(
        &mut self,
        state: &mut State,
        class: &TypeRef,
        args: &[Arg],
        span: Span,
    ) -> Value {
        self.call_span = span;
        let args = self.eval_args(state, args);
        let ty = self.resolver.resolve_type(class.name);
        if class.array_dims > 0 {
            let array = self.allocate(state, Some(Name::new("java.util.List")));
            // `new String[3]`: three slots, each unknown until written.
            let length = match args.first().and_then(|a| a.value.konst.as_single()) {
                Some(Const::Int(n)) if (0..=64).contains(n) => Some(*n as usize),
                _ => None,
            };
            if let Some(obj) = array.obj.and_then(|id| state.heap.get_mut(&id)) {
                obj.items = length.map(|n| vec![Value::unknown(); n]);
            }
            return array;
        }
        self.construct_named(state, ty, args, span)
    }

    /// A constructor call on a resolved class: project, modelled, or unknown.
    pub fn construct_named(
        &mut self,
        state: &mut State,
        ty: Name,
        args: Vec<ArgValue>,
        span: Span,
    ) -> Value {
        let project_class = self.engine.index.classes.contains_key(&ty);
        // A Go composite literal is a value whose fields are stored next.
        let object = if project_class
            || self.language == Language::Go
            // A C# object initialiser (`new CookieOptions { Secure = true }`)
            // stores fields next, as a Go composite literal does.
            || self.language == Language::CSharp
            || self.engine.is_stateful(ty, self.language)
            || ty.as_str().starts_with("java.util.")
        {
            self.allocate(state, Some(ty))
        } else {
            Value::typed(Some(ty))
        };
        if project_class {
            self.exact_objects.insert(self.site);
        }
        if self.engine.index.classes.contains_key(&ty) {
            let constructor = match self.language {
                Language::Python => "__init__",
                // Ruby's `initialize` is lowered as `<init>`.
                Language::Java
                | Language::JavaScript
                | Language::TypeScript
                | Language::Go
                | Language::Ruby
                | Language::Php
                | Language::CSharp
                | Language::Rust => "<init>",
            };
            // A Python or JavaScript class without a constructor of its own
            // runs its base class's.
            let inherits_constructor = self.language.has_module_code()
                && !matches!(self.language, Language::Go | Language::Rust);
            let (candidates, qualified) = self.project_methods(ty, Name::new(constructor));
            let candidates: Vec<FuncRef> = candidates
                .iter()
                .copied()
                .filter(|f| {
                    let function = &self.engine.project.modules[f.module as usize].functions
                        [f.func.0 as usize];
                    function.qualified.as_str().starts_with(ty.as_str()) || inherits_constructor
                })
                .take(1.max(if self.language == Language::Java {
                    MAX_DISPATCH
                } else {
                    1
                }))
                .collect();
            if !candidates.is_empty() {
                self.project_call(
                    state,
                    &candidates,
                    Some(object.clone()),
                    args,
                    span,
                    qualified,
                );
            } else if matches!(self.language, Language::Python | Language::Ruby) {
                self.generated_init(state, ty, &object, &args);
            }
            return object;
        }
        // What a library object is built from is part of its configuration
        // (`new Yaml(new SafeConstructor(..))`): recorded by type.
        let typed_args: Vec<Name> = args
            .iter()
            .filter(|a| a.keyword.is_none())
            .filter_map(|a| a.value.ty)
            .collect();
        let object = if object.obj.is_none() && !typed_args.is_empty() {
            self.allocate(state, Some(ty))
        } else {
            object
        };
        if let Some(obj) = object.obj.and_then(|id| state.heap.get_mut(&id)) {
            for arg_type in &typed_args {
                obj.set_field(
                    Name::new(&format!("built-from:{}", arg_type.last_segment())),
                    Value::constant(Const::Bool(true)),
                );
            }
        }
        let callee = ty.join("<init>");
        let models = self
            .engine
            .models_for(self.language)
            .function(callee)
            .to_vec();
        let builds_text = models
            .iter()
            .any(|m| m.builder == Some(plumb_models::BuilderRole::New));
        let initial_text = builds_text.then(|| match args.first() {
            Some(first) if matches!(first.value.konst.as_single(), Some(Const::Str(_))) => {
                first.value.clone()
            }
            Some(first) if first.value.konst.is_known() || first.value.ty.is_some() => {
                // A capacity, not text.
                Value::constant(Const::str(""))
            }
            Some(_) => Value::unknown(),
            None => Value::constant(Const::str("")),
        });
        let mut value = if models.is_empty() {
            let mut value = self.default_call(state, None, &args);
            if ty.as_str() == "java.lang.String" {
                if let Some(first) = args.first() {
                    if matches!(first.value.konst.as_single(), Some(Const::Str(_))) {
                        value.konst = first.value.konst.clone();
                        value.prefix = first.value.prefix.clone();
                        value.prefixes = first.value.prefixes.clone();
                    }
                } else {
                    value.konst = Konst::str("");
                }
            }
            value
        } else {
            self.model_call(state, callee, &models, None, args, span)
        };
        if let (Some(text), Some(id)) = (initial_text, object.obj) {
            if text.konst.is_known() {
                if let Some(obj) = state.heap.get_mut(&id) {
                    obj.set_field(builder_text(), text);
                }
            }
        }
        value.ty = Some(ty);
        if value.obj.is_none() {
            value.obj = object.obj;
        }
        value
    }

    /// A Python class without `__init__` (dataclasses, pydantic models,
    /// NamedTuples): arguments fill its declared fields in order or by name.
    fn generated_init(&mut self, state: &mut State, ty: Name, object: &Value, args: &[ArgValue]) {
        let Some(class_ref) = self.engine.index.classes.get(&ty).copied() else {
            return;
        };
        let module = &self.engine.project.modules[class_ref.module as usize];
        let class = &module.classes[class_ref.class.0 as usize];
        let fields: Vec<Name> = class
            .fields
            .iter()
            .filter(|f| !f.is_static)
            .map(|f| f.name)
            .collect();
        let mut positional = args.iter().filter(|a| a.keyword.is_none() && !a.spread);
        let Some(obj) = object.obj.and_then(|id| state.heap.get_mut(&id)) else {
            return;
        };
        for field in fields {
            let value = match args.iter().find(|a| a.keyword == Some(field)) {
                Some(arg) => Some(arg.value.clone()),
                None => positional.next().map(|a| a.value.clone()),
            };
            if let Some(value) = value {
                obj.set_field(field, value);
            }
        }
    }

    fn project_call(
        &mut self,
        state: &mut State,
        candidates: &[FuncRef],
        receiver: Option<Value>,
        args: Vec<ArgValue>,
        span: Span,
        qualified: Name,
    ) -> Value {
        self.engine
            .counters
            .calls_resolved
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let positional = args.iter().filter(|a| a.keyword.is_none()).count();
        let project = self.engine.project;
        let arity_matches: Vec<FuncRef> = candidates
            .iter()
            .copied()
            .filter(|f| {
                let function = &project.modules[f.module as usize].functions[f.func.0 as usize];
                let explicit = function
                    .params
                    .iter()
                    .filter(|p| p.kind != ParamKind::Receiver)
                    .count();
                let varargs = function
                    .params
                    .iter()
                    .any(|p| matches!(p.kind, ParamKind::VarArgs | ParamKind::KwArgs));
                let offset = usize::from(receiver.is_some() && self.language == Language::Python);
                // Python keywords and defaults, and JavaScript's any-arity
                // calls, make the count of arguments no guide.
                explicit == positional + offset || varargs || self.language != Language::Java
            })
            .collect();
        let chosen = if arity_matches.is_empty() {
            candidates.to_vec()
        } else {
            arity_matches
        };
        let mut result: Option<Value> = None;
        // Implementations of one virtual call are alternatives: each runs on
        // the state before the call (what one override stores in the
        // receiver's fields is not an input of another), and the states
        // they leave are joined.
        let before = (chosen.len() > 1).then(|| state.clone());
        let mut after: Option<State> = None;
        for func in chosen.into_iter().take(MAX_DISPATCH) {
            if let (Some(before), Some(_)) = (&before, &result) {
                let done = std::mem::replace(state, before.clone());
                match &mut after {
                    Some(joined) => {
                        joined.join_into(&done, &[]);
                    }
                    None => after = Some(done),
                }
            }
            let actuals = self.bind_actuals(state, func, receiver.clone(), &args);
            let function = &project.modules[func.module as usize].functions[func.func.0 as usize];
            let small = function.instruction_count() <= SPECIALIZE_MAX_INSTRUCTIONS;
            let sensitive = if small && self.specialisations < MAX_SPECIALISATIONS {
                self.engine.sensitive_params(func)
            } else {
                0
            };
            let worth = |index: usize, actual: &Option<Value>| {
                actual.as_ref().is_some_and(worth_specialising)
                    && crate::sensitivity::is_sensitive(sensitive, index)
            };
            let specialise = sensitive != 0
                && actuals.iter().enumerate().any(|(i, a)| worth(i, a))
                && self.constants_matter(func);
            if specialise {
                self.specialisations += 1;
            }
            let constants = specialise.then(|| {
                actuals
                    .iter()
                    .enumerate()
                    .map(|(i, a)| a.as_ref().filter(|_| worth(i, a)).map(|v| v.konst.clone()))
                    .collect()
            });
            let value = match self.engine.summary(func, constants) {
                Some(summary) => {
                    let mut value = self.apply_summary(state, &summary, &actuals, span, qualified);
                    // Rust: what the body builds may have lost its type
                    // (`Self::open(p).map_err(..)`); the signature declares it.
                    if value.ty.is_none() && self.language == Language::Rust {
                        value.ty = self.declared_return_type(func);
                    }
                    value
                }
                None => {
                    let all: Vec<ArgValue> = actuals
                        .iter()
                        .flatten()
                        .map(|v| ArgValue {
                            keyword: None,
                            value: v.clone(),
                            spread: false,
                            literal: false,
                            var: None,
                            path: None,
                        })
                        .collect();
                    self.default_call(state, None, &all)
                }
            };
            result = Some(match result {
                Some(r) => r.join(&value),
                None => value,
            });
        }
        if let Some(joined) = after {
            state.join_into(&joined, &[]);
        }
        result.unwrap_or_else(Value::unknown)
    }

    /// The declared return type of a project function, resolved in its
    /// own module; none for arrays and unit.
    fn declared_return_type(&self, func: FuncRef) -> Option<Name> {
        let function = self.engine.project.modules[func.module as usize]
            .functions
            .get(func.func.0 as usize)?;
        let declared = function
            .return_type
            .as_ref()
            .filter(|t| t.array_dims == 0)?;
        Some(
            self.engine
                .resolver_for(func.module)
                .resolve_type(declared.name),
        )
    }

    /// A closure is taken to run where it is created, with the values its
    /// captured variables hold there: its summary treats them as parameters
    /// past its own, so a sink it reaches with them (a callback handed to a
    /// library that calls it later) is instantiated with this function's
    /// values. The closure value itself stays opaque.
    pub(crate) fn closure_created(&mut self, state: &mut State, id: FuncId, span: Span) -> Value {
        let func = FuncRef {
            module: self.func.module,
            func: id,
        };
        let project = self.engine.project;
        let Some(function) = project.modules[func.module as usize]
            .functions
            .get(id.0 as usize)
        else {
            return Value::unknown();
        };
        // Nothing captured that it reads (a PHP arrow function captures
        // `$this` whether it uses it or not): the value is exactly this
        // function, which a helper it is handed to can call.
        let reads_captures = !function.captures.is_empty() && {
            let inner: Vec<_> = function.captures.iter().map(|(_, inner)| *inner).collect();
            crate::interp::reads_any(
                function,
                &project.modules[func.module as usize].functions,
                &inner,
            )
        };
        let exact = (!reads_captures).then(|| {
            Value::constant(Const::Func {
                module: func.module,
                func: func.func.0,
            })
        });
        if function.captures.is_empty() {
            return exact.unwrap_or_else(Value::unknown);
        }
        // Summarised before any function that creates it (see `Engine::run`);
        // one still being settled in a cycle is left out.
        let Some(summary) = self.engine.cached_summary(func) else {
            return exact.unwrap_or_else(Value::unknown);
        };
        if summary.sinks.is_empty() && summary.deferred.is_empty() && summary.effects.is_empty() {
            return exact.unwrap_or_else(Value::unknown);
        }
        let mut actuals: Vec<Option<Value>> = vec![None; function.params.len()];
        for (outer, _) in &function.captures {
            actuals.push(Some(state.locals[outer.0 as usize].clone()));
        }
        // Anonymous closures are named `<anonymousN>` in the IR; a trace reads
        // better with what the reader sees in the code.
        let name = if function.name.as_str().starts_with('<') {
            Name::new("lambda")
        } else {
            function.name
        };
        self.apply_summary(state, &summary, &actuals, span, name);
        exact.unwrap_or_else(Value::unknown)
    }

    /// A function of the module being analysed.
    fn local(&self, func: FuncId) -> FuncRef {
        FuncRef {
            module: self.func.module,
            func,
        }
    }

    /// A function value the analysis knows exactly (`Const::Func`).
    fn known_function(value: &Value) -> Option<FuncRef> {
        match value.konst.as_single()? {
            Const::Func { module, func } => Some(FuncRef {
                module: *module,
                func: FuncId(*func),
            }),
            _ => None,
        }
    }

    /// The closure a variable holds, when its one definition creates it
    /// (`def run(...)` nested in a function, `const run = (...) => ...`).
    /// `text.chars().filter(|c| *c != '\n' && *c != '\r')`: what passes a
    /// predicate that excludes line breaks has none, and what passes an
    /// allow-list test is one of its values.
    fn filtered(
        &mut self,
        state: &mut State,
        receiver: &Value,
        name: Name,
        args: &[ArgValue],
    ) -> Option<Value> {
        if name.as_str() != "filter" || args.len() != 1 {
            return None;
        }
        let id = self.closure_held_by(&Operand::Var(args[0].var?))?;
        let admits = self.engine.project.modules[self.func.module as usize]
            .functions
            .get(id.0 as usize)
            .and_then(crate::guards::closure_predicate)?;
        let mask = if admits.member {
            crate::rules::ALL_RULES
        } else {
            removed_line_breaks(Some(&admits.excluded), Some(""))
        };
        let mut value = self.default_call(state, Some(receiver), &[]);
        for label in value.taint.iter_mut() {
            label.cleaned |= mask;
        }
        Some(value)
    }

    fn closure_held_by(&self, operand: &Operand) -> Option<FuncId> {
        let Operand::Var(var) = operand else {
            return None;
        };
        let (block, index) = self.shape.definition(*var)?;
        match &self.function.blocks[block].instrs[index].kind {
            plumb_ir::InstrKind::Assign {
                value: plumb_ir::Expr::Closure(id),
                ..
            } => Some(*id),
            _ => None,
        }
    }

    /// A call of a local closure: its summary with the call's arguments for
    /// its parameters and the values it captures here for the rest.
    fn closure_call(
        &mut self,
        state: &mut State,
        func: FuncRef,
        args: &[ArgValue],
        span: Span,
    ) -> Option<Value> {
        let id = func.func;
        let project = self.engine.project;
        let function = project.modules[func.module as usize]
            .functions
            .get(id.0 as usize)?;
        let mut actuals = self.bind_actuals(state, func, None, args);
        // Constant arguments of a small closure select what it computes
        // (`name("MD", "5")`), as they do for any other callee.
        let small = function.instruction_count() <= SPECIALIZE_MAX_INSTRUCTIONS;
        let constants: Vec<Option<Konst>> = actuals
            .iter()
            .map(|a| {
                a.as_ref()
                    .filter(|v| worth_specialising(v))
                    .map(|v| v.konst.clone())
            })
            .collect();
        let specialise = small
            && self.specialisations < MAX_SPECIALISATIONS
            && constants.iter().any(Option::is_some);
        let summary = self.engine.cached_summary(func)?;
        for (outer, _) in &function.captures {
            actuals.push(Some(state.locals[outer.0 as usize].clone()));
        }
        let mut value = self.apply_summary(state, &summary, &actuals, span, function.name);
        // What the closure assigned to the variables it captures is what
        // they hold after the call.
        let first = function.params.len();
        for (index, written) in &summary.capture_effects {
            let Some((outer, _)) = (*index as usize)
                .checked_sub(first)
                .and_then(|offset| function.captures.get(offset))
            else {
                continue;
            };
            let written = self.substitute(state, written, &actuals, span, function.name);
            state.locals.set(outer.0 as usize, written);
        }
        // The specialised run gives the constant result; sinks and effects
        // come from the general summary, which reports them with symbols.
        if specialise {
            self.specialisations += 1;
            if let Some(special) = self.engine.summary(func, Some(constants)) {
                if special.ret.konst.is_known() {
                    value.konst = special.ret.konst.clone();
                    value.prefix = special.ret.prefix.clone();
                }
            }
        }
        Some(value)
    }

    /// A library call that runs the function it is handed on each element
    /// of a container (`items.forEach(f)`): the function's summary with an
    /// element for its first parameter.
    fn run_callback(
        &mut self,
        state: &mut State,
        callback: plumb_models::Callback,
        receiver: Option<&Value>,
        args: &[ArgValue],
        span: Span,
    ) -> Option<Value> {
        let positional: Vec<&ArgValue> = args.iter().filter(|a| a.keyword.is_none()).collect();
        let handed = positional.get(callback.arg)?;
        let closure = match handed.var {
            Some(var) => self
                .closure_held_by(&Operand::Var(var))
                .map(|closure| self.local(closure)),
            None => None,
        }
        .or_else(|| Self::known_function(&handed.value))?;
        let container = match callback.elements_of {
            Some(index) => positional.get(index).map(|a| a.value.clone()),
            None => receiver.cloned(),
        };
        let container = container?;
        let element = self.container_element(state, &container);
        let element = ArgValue {
            keyword: None,
            value: element,
            spread: false,
            literal: false,
            var: None,
            path: None,
        };
        self.closure_call(state, closure, &[element], span)
    }

    /// Whether re-analysing `func` with constant arguments can change what it
    /// does: it branches, or its result is built from its parameters.
    fn constants_matter(&self, func: FuncRef) -> bool {
        let function =
            &self.engine.project.modules[func.module as usize].functions[func.func.0 as usize];
        let branches = function.blocks.iter().any(|b| {
            matches!(
                b.term,
                plumb_ir::Terminator::Branch { .. } | plumb_ir::Terminator::Switch { .. }
            )
        });
        if branches {
            return true;
        }
        let derived = |value: &Value| {
            value.exact_param.is_none()
                && !value.konst.is_known()
                && value
                    .taint
                    .iter()
                    .any(|l| matches!(l.origin, Origin::Param(_)))
        };
        match self.engine.summary(func, None) {
            // Its result, or what reaches one of its sinks, is built from
            // its parameters (`hashlib.new(family + size)`).
            Some(summary) => {
                derived(&summary.ret) || summary.sinks.iter().any(|event| derived(&event.value))
            }
            None => false,
        }
    }

    /// Aligns the call's receiver and arguments with the callee's parameters.
    fn bind_actuals(
        &mut self,
        state: &mut State,
        func: FuncRef,
        receiver: Option<Value>,
        args: &[ArgValue],
    ) -> Vec<Option<Value>> {
        let function =
            &self.engine.project.modules[func.module as usize].functions[func.func.0 as usize];
        let mut actuals: Vec<Option<Value>> = vec![None; function.params.len()];
        let mut positional = args.iter().filter(|a| a.keyword.is_none() && !a.spread);
        let mut receiver = receiver;
        for (index, param) in function.params.iter().enumerate() {
            match param.kind {
                ParamKind::Receiver => actuals[index] = receiver.take(),
                ParamKind::Positional => {
                    if index == 0 && receiver.is_some() && self.language == Language::Python {
                        actuals[index] = receiver.take();
                        continue;
                    }
                    if let Some(keyword) = args.iter().find(|a| a.keyword == Some(param.name)) {
                        actuals[index] = Some(keyword.value.clone());
                    } else if let Some(arg) = positional.next() {
                        actuals[index] = Some(arg.value.clone());
                    }
                }
                ParamKind::KeywordOnly => {
                    actuals[index] = args
                        .iter()
                        .find(|a| a.keyword == Some(param.name))
                        .map(|a| a.value.clone());
                }
                ParamKind::VarArgs | ParamKind::KwArgs => {
                    let rest: Vec<Value> = positional.by_ref().map(|a| a.value.clone()).collect();
                    let mut value = self.allocate(state, Some(Name::new("list")));
                    if let Some(obj) = value.obj.and_then(|id| state.heap.get_mut(&id)) {
                        obj.items = Some(rest);
                    }
                    value.ty = None;
                    actuals[index] = Some(value);
                }
            }
        }
        actuals
    }

    fn apply_summary(
        &mut self,
        state: &mut State,
        summary: &Summary,
        actuals: &[Option<Value>],
        span: Span,
        callee: Name,
    ) -> Value {
        let mut ret = self.substitute(state, &summary.ret, actuals, span, callee);
        if let Some(index) = summary.ret.exact_param {
            if let Some(Some(actual)) = actuals.get(index as usize) {
                ret.obj = actual.obj;
                if ret.ty.is_none() {
                    ret.ty = actual.ty;
                }
            }
        }
        if let (Some(returned), None) = (&summary.ret_object, ret.obj) {
            let id = ObjId::Site(self.site);
            let mut obj = returned.clone();
            let values = obj
                .fields
                .iter_mut()
                .map(|(_, v)| v)
                .chain(obj.entries.iter_mut().map(|(_, v)| v));
            for field in values {
                *field = self.substitute(state, field, actuals, span, callee);
            }
            for item in obj.items.iter_mut().flatten().chain(obj.any.iter_mut()) {
                *item = self.substitute(state, item, actuals, span, callee);
            }
            state.heap.insert(id, obj);
            ret.obj = Some(id);
        }
        // What the callee reaches inside (its sinks and the calls it
        // defers) sees the caller's objects as they were at the call,
        // before what the callee stores in them.
        for deferred in &summary.deferred {
            let receiver = self.substitute(state, &deferred.receiver, actuals, span, callee);
            let args: Vec<ArgValue> = deferred
                .args
                .iter()
                .map(|arg| ArgValue {
                    keyword: arg.keyword,
                    value: self.substitute(state, &arg.value, actuals, span, callee),
                    spread: arg.spread,
                    literal: false,
                    var: None,
                    path: None,
                })
                .collect();
            match receiver.ty {
                Some(ty) => {
                    if let Some((resolved, models)) = self.models_for_method(ty, deferred.name) {
                        if models.iter().any(|m| m.sink.is_some()) {
                            let saved = self
                                .event_site
                                .replace((deferred.module, deferred.function));
                            let receiver = Receiver {
                                operand: None,
                                value: receiver,
                            };
                            self.model_call(
                                state,
                                resolved,
                                &models,
                                Some(receiver),
                                args,
                                deferred.span,
                            );
                            self.event_site = saved;
                        }
                    }
                }
                None if receiver.exact_param.is_some() => {
                    self.defer(
                        state,
                        &receiver,
                        deferred.name,
                        &args,
                        (deferred.module, deferred.span, deferred.function),
                    );
                }
                None => {}
            }
        }
        for event in &summary.sinks {
            let value = self.substitute(state, &event.value, actuals, span, callee);
            let argv = event.argv.as_ref().map(|argv| {
                argv.iter()
                    .map(|v| self.substitute(state, v, actuals, span, callee))
                    .collect::<Vec<_>>()
            });
            let interesting = !value.taint.is_empty()
                || value.konst.is_known()
                || argv
                    .as_ref()
                    .is_some_and(|a| a.iter().any(|v| !v.taint.is_empty()));
            if !interesting {
                continue;
            }
            let slot = span.start_byte ^ (span.start_line << 20);
            self.record_sink(
                SinkEvent {
                    value,
                    argv,
                    ..event.clone()
                },
                slot,
            );
        }
        for (index, field, value) in &summary.effects {
            let value = self.substitute(state, value, actuals, span, callee);
            if let Some(Some(actual)) = actuals.get(*index as usize) {
                if let Some(obj) = actual.obj.and_then(|id| state.heap.get_mut(&id)) {
                    obj.set_field(*field, value);
                }
            }
        }
        for (index, field, added) in &summary.field_content {
            let added = self.substitute(state, added, actuals, span, callee);
            let Some(Some(actual)) = actuals.get(*index as usize) else {
                continue;
            };
            let Some(owner) = actual.obj else { continue };
            let current = state
                .heap
                .get(&owner)
                .and_then(|obj| obj.field(*field).cloned());
            let container = current
                .as_ref()
                .and_then(|value| value.obj)
                .filter(|id| state.heap.contains_key(id));
            match container {
                Some(id) => {
                    if let Some(obj) = state.heap.get_mut(&id) {
                        obj.add_any(&added);
                    }
                }
                None => {
                    let joined = current.map_or_else(|| added.clone(), |value| value.join(&added));
                    if let Some(obj) = state.heap.get_mut(&owner) {
                        obj.set_field(*field, joined);
                    }
                }
            }
        }
        for (index, value) in &summary.content_effects {
            let value = self.substitute(state, value, actuals, span, callee);
            if let Some(Some(actual)) = actuals.get(*index as usize) {
                if let Some(obj) = actual.obj.and_then(|id| state.heap.get_mut(&id)) {
                    if obj.symbolic.is_none() {
                        obj.add_any(&value);
                    }
                }
            }
        }
        ret
    }

    /// Replaces a summary's symbolic labels with the caller's values.
    fn substitute(
        &mut self,
        state: &mut State,
        value: &Value,
        actuals: &[Option<Value>],
        span: Span,
        callee: Name,
    ) -> Value {
        let mut out = Value {
            konst: value.konst.clone(),
            taint: Labels::new(),
            ty: value.ty,
            prefix: value.prefix.clone(),
            obj: None,
            exact_param: None,
            hints: value.hints.clone(),
            prefixes: value.prefixes.clone(),
        };
        if let Some(index) = value.exact_param {
            if let Some(Some(actual)) = actuals.get(index as usize) {
                out.konst = actual.konst.clone();
                out.prefix = actual.prefix.clone();
                out.prefixes = actual.prefixes.clone();
                out.exact_param = actual.exact_param;
                out.hints = actual.hints.clone();
                if out.ty.is_none() {
                    out.ty = actual.ty;
                }
            }
        }
        // The constants the caller's objects hold in the fields the value was
        // read from, while every such field is known here.
        let mut field_constants: Option<Vec<Const>> = Some(Vec::new());
        for label in &value.taint {
            let replacement: Labels = match label.origin {
                Origin::Param(index) => match actuals.get(index as usize) {
                    Some(Some(actual)) => self.deep_value(state, actual).taint,
                    _ => Labels::new(),
                },
                Origin::ParamField(index, field) => match actuals.get(index as usize) {
                    Some(Some(actual)) => {
                        let actual = actual.clone();
                        let field_value = self.read_field(state, &actual, field, span);
                        match (&mut field_constants, field_value.konst.is_known()) {
                            (Some(all), true) => all.extend(field_value.konst.values().to_vec()),
                            _ => field_constants = None,
                        }
                        self.deep_value(state, &field_value).taint
                    }
                    _ => {
                        field_constants = None;
                        Labels::new()
                    }
                },
                _ => {
                    crate::value::add_label(&mut out.taint, *label);
                    continue;
                }
            };
            for outer in replacement {
                let step = self.engine.steps.borrow_mut().call(
                    label.step,
                    self.func.module,
                    span,
                    callee,
                    outer.step,
                );
                crate::value::add_label(
                    &mut out.taint,
                    Label {
                        origin: outer.origin,
                        cleaned: outer.cleaned | label.cleaned,
                        step,
                    },
                );
            }
        }
        // Hints a field read collects from every construction of its class
        // stand for an object the summary could not see; where the caller's
        // objects are known, only what they hold remains possible.
        let read_fields = value
            .taint
            .iter()
            .any(|l| matches!(l.origin, Origin::ParamField(..)));
        if let (true, Some(known), Some(hints)) = (read_fields, &field_constants, &out.hints) {
            let kept: Vec<Const> = hints
                .iter()
                .filter(|h| known.contains(h))
                .cloned()
                .collect();
            out.hints = (!kept.is_empty()).then(|| kept.into());
        }
        out
    }

    /// The rule for calls nothing is known about: taint of the receiver and
    /// of every argument flows into the result.
    /// A call into code nothing is known about: the default rule, and a
    /// value that carries no modelled source is of unknown origin (what the
    /// `audit` tier reports when it reaches a sink).
    fn unknown_call(
        &mut self,
        state: &mut State,
        receiver: Option<&Value>,
        args: &[ArgValue],
        span: Span,
        callee: Name,
    ) -> Value {
        let mut value = self.default_call(state, receiver, args);
        if value.taint.is_empty() && !span.is_dummy() {
            let step = match self.unknown_steps.get(&span) {
                Some(step) => *step,
                None => {
                    let step = self.engine.step(
                        self.func.module,
                        span,
                        format!("value of unknown origin from `{}`", callee.last_segment()),
                        None,
                    );
                    self.unknown_steps.insert(span, step);
                    step
                }
            };
            value.taint.push(Label {
                origin: Origin::Source(SourceKind::Unknown, step),
                cleaned: 0,
                step,
            });
        }
        value
    }

    pub fn default_call(
        &mut self,
        state: &mut State,
        receiver: Option<&Value>,
        args: &[ArgValue],
    ) -> Value {
        self.engine
            .counters
            .calls_unresolved
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut value = Value::unknown();
        (value.prefix, value.prefixes) = carried_prefix(receiver, args);
        if let Some(receiver) = receiver {
            let deep = self.deep_value(state, receiver);
            join_labels(&mut value.taint, &deep.taint);
        }
        for arg in args {
            let deep = self.deep_value(state, &arg.value);
            join_labels(&mut value.taint, &deep.taint);
        }
        value
    }

    /// Whether every `keyword = expected` holds: the argument's constant, or
    /// the name it refers to (`Loader=yaml.SafeLoader`), equals the expected
    /// value or one of a list of them.
    fn keyword_matches(
        &self,
        args: &[ArgValue],
        conditions: &std::collections::BTreeMap<String, toml::Value>,
    ) -> Option<bool> {
        let mut all = true;
        for (keyword, expected) in conditions {
            let found = args
                .iter()
                .find(|a| a.keyword.is_some_and(|k| k.as_str() == keyword));
            let expected: Vec<&toml::Value> = match expected {
                toml::Value::Array(items) => items.iter().collect(),
                single => vec![single],
            };
            let matches = found.is_some_and(|arg| {
                let by_constant = arg.value.konst.values().len() == 1
                    && arg
                        .value
                        .konst
                        .values()
                        .iter()
                        .all(|c| expected.iter().any(|e| const_equals_toml(c, e)));
                let by_name = arg.path.is_some_and(|path| {
                    let resolved = self.resolve_global(path).full;
                    expected.iter().any(|e| {
                        e.as_str()
                            .is_some_and(|e| e == resolved.as_str() || e == path.as_str())
                    })
                });
                by_constant || by_name
            });
            all &= matches;
        }
        Some(all)
    }

    pub fn model_call(
        &mut self,
        state: &mut State,
        callee: Name,
        models: &[FunctionModel],
        receiver: Option<Receiver<'_>>,
        args: Vec<ArgValue>,
        span: Span,
    ) -> Value {
        self.engine
            .counters
            .calls_resolved
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let args = self.with_option_keywords(state, args);
        let receiver_value = receiver.as_ref().map(|r| r.value.clone());
        let mut mapped = None;
        if let Some(callback) = models.iter().find_map(|m| m.calls_back) {
            let returned = self.run_callback(state, callback, receiver_value.as_ref(), &args, span);
            if callback.maps {
                mapped = returned;
            }
        }
        if let Some(spec) = models.iter().find_map(|m| m.formats.clone()) {
            let positional: Vec<&ArgValue> = args.iter().filter(|a| a.keyword.is_none()).collect();
            let template = positional
                .get(spec.template)
                .and_then(|a| a.value.konst.as_single_str().map(str::to_owned));
            if let Some(template) = template {
                let values: Vec<ArgValue> = positional
                    .iter()
                    .skip(spec.template + 1)
                    .map(|a| (*a).clone())
                    .collect();
                return self.printf(state, &template, &values, &spec.numeric);
            }
        }
        let positional: Vec<&ArgValue> = args.iter().filter(|a| a.keyword.is_none()).collect();
        let arg_at = |index: usize| positional.get(index).map(|a| a.value.clone());
        // Result: taint per `propagate`.
        let mut result = Value::unknown();
        let propagate = models.iter().find_map(|m| m.propagate.clone());
        match &propagate {
            None => {
                if let Some(receiver) = &receiver_value {
                    join_labels(&mut result.taint, &self.deep_value(state, receiver).taint);
                }
                for arg in &args {
                    join_labels(&mut result.taint, &self.deep_value(state, &arg.value).taint);
                }
            }
            Some(refs) => {
                for reference in refs {
                    let value = match reference {
                        ArgRef::Position(index) => arg_at(*index),
                        ArgRef::Named(_) if reference.is_receiver() => receiver_value.clone(),
                        ArgRef::Named(keyword) => args
                            .iter()
                            .find(|a| a.keyword.is_some_and(|k| k.as_str() == keyword))
                            .map(|a| a.value.clone()),
                    };
                    if let Some(value) = value {
                        join_labels(&mut result.taint, &self.deep_value(state, &value).taint);
                    }
                }
            }
        }
        for model in models {
            if let Some(ty) = &model.returns {
                let ty = Name::new(ty);
                result.ty = Some(ty);
            }
        }
        if propagate.is_none() {
            (result.prefix, result.prefixes) = carried_prefix(receiver_value.as_ref(), &args);
        }
        if let Some(element) = mapped {
            let list = self.allocate(state, result.ty);
            if let Some(obj) = list.obj.and_then(|id| state.heap.get_mut(&id)) {
                obj.add_any(&element);
            }
            result = Value {
                taint: result.taint.clone(),
                ..list
            };
        }
        let needs_object = result
            .ty
            .is_some_and(|ty| self.engine.is_stateful(ty, self.language))
            || args.iter().any(|a| a.keyword.is_some());
        if result.ty.is_some() && needs_object && !models.iter().any(|m| m.returns_receiver) {
            let object = self.allocate(state, result.ty);
            result.obj = object.obj;
            if models.iter().any(|m| m.holds_args) {
                if let Some(obj) = result.obj.and_then(|id| state.heap.get_mut(&id)) {
                    obj.items = Some(args.iter().map(|a| a.value.clone()).collect());
                }
            }
            // Constructor keywords configure the object (`XMLParser(resolve_entities=False)`);
            // a result that carries nothing of its arguments (`User.find_by(email: e)`
            // returns a record) keeps their settings without their data.
            let carries_nothing = models
                .iter()
                .find_map(|m| m.propagate.as_ref())
                .is_some_and(|p| p.is_empty());
            if let Some(obj) = result.obj.and_then(|id| state.heap.get_mut(&id)) {
                for arg in &args {
                    if let Some(keyword) = arg.keyword {
                        let mut setting = arg.value.clone();
                        if carries_nothing {
                            setting.taint.clear();
                            setting.obj = None;
                        }
                        obj.set_field(Name::new(&format!("keyword:{keyword}")), setting);
                    }
                }
            }
        }
        let mut receiver_update: Option<Value> = None;
        if let Some(role) = models.iter().find_map(|m| m.builder) {
            if let Some(text) = self.build_text(state, role, receiver_value.as_ref(), &positional) {
                result.konst = text.konst;
                result.prefix = text.prefix;
                result.prefixes = text.prefixes;
            }
        } else if models.iter().any(|m| m.returns_receiver) {
            // Any other change to a builder leaves its text unknown.
            if let Some(obj) = receiver_value
                .as_ref()
                .and_then(|r| r.obj)
                .and_then(|id| state.heap.get_mut(&id))
            {
                obj.fields.retain(|(name, _)| *name != builder_text());
            }
        }
        for model in models {
            if model.returns_receiver {
                if let Some(receiver) = &receiver_value {
                    let mut updated = receiver.clone();
                    if let Some(store) = &model.store {
                        if store.to.is_receiver() {
                            if let [ArgRef::Position(0)] = store.from.as_slice() {
                                if let Some(arg) = arg_at(0) {
                                    let arg = self.deep_value(state, &arg);
                                    updated = self.concat(&[receiver.clone(), arg.clone()]);
                                    updated.ty = receiver.ty;
                                    updated.obj = receiver.obj;
                                    // The builder object holds what was appended, so a
                                    // chain on a temporary still reaches the variable.
                                    if let Some(obj) =
                                        receiver.obj.and_then(|id| state.heap.get_mut(&id))
                                    {
                                        obj.items = None;
                                        obj.add_any(&Value {
                                            taint: arg.taint.clone(),
                                            ..Value::unknown()
                                        });
                                        if !arg.konst.is_known() {
                                            obj.fields.retain(|(n, _)| n.as_str() != "$text");
                                        }
                                    }
                                }
                            }
                        }
                    }
                    receiver_update = Some(updated.clone());
                    result = updated;
                }
            } else if let Some(store) = model
                .store
                .as_ref()
                .filter(|_| arg_conditions_hold(model, &positional))
            {
                if store.to.is_receiver() {
                    if let Some(receiver) = &receiver_value {
                        let mut updated = receiver.clone();
                        for from in &store.from {
                            if let ArgRef::Position(index) = from {
                                if let Some(arg) = arg_at(*index) {
                                    join_labels(
                                        &mut updated.taint,
                                        &self.deep_value(state, &arg).taint,
                                    );
                                }
                            }
                        }
                        receiver_update = Some(updated);
                    }
                } else if let ArgRef::Position(target) = store.to {
                    // Side effect into an argument (`random.nextBytes(buffer)`).
                    let mut written = Value::unknown();
                    for from in &store.from {
                        let value = match from {
                            ArgRef::Position(index) => arg_at(*index),
                            _ => receiver_value.clone(),
                        };
                        if let Some(value) = value {
                            join_labels(&mut written.taint, &self.deep_value(state, &value).taint);
                        }
                    }
                    for model_source in models.iter().filter_map(|m| m.source) {
                        let kind = match model_source {
                            plumb_models::SourceKind::UserInput => SourceKind::UserInput,
                            plumb_models::SourceKind::WeakRandom => SourceKind::WeakRandom,
                        };
                        let text = match kind {
                            SourceKind::WeakRandom => {
                                format!("predictable random value from `{}`", short_callee(callee))
                            }
                            _ => format!(
                                "{} bound by `{}`",
                                models
                                    .iter()
                                    .find_map(|m| m.label.as_deref())
                                    .unwrap_or("request data"),
                                short_callee(callee)
                            ),
                        };
                        written.taint.push(self.source_label(kind, span, text));
                    }
                    if let Some(var) = positional.get(target).and_then(|a| a.var) {
                        if let Some(slot) = state.locals.get_mut(var.0 as usize) {
                            join_labels(&mut slot.taint, &written.taint);
                        }
                    }
                }
            }
            // A setting recorded only for some arguments (`settings.TypeNameHandling = All`).
            let when_arg_holds = arg_conditions_hold(model, &positional);
            if let Some(set) = model.set_field.as_ref().filter(|_| when_arg_holds) {
                let value = match (&set.constant, set.value) {
                    (Some(constant), _) => toml_const(constant).map(Value::constant),
                    (None, Some(index)) => arg_at(index),
                    (None, None) => None,
                };
                if let (Some(receiver), Some(value)) = (&receiver_value, value) {
                    if let Some(obj) = receiver.obj.and_then(|id| state.heap.get_mut(&id)) {
                        obj.set_field(Name::new(&set.field), value);
                    }
                }
            }
            if let Some(set) = &model.set_field_keyed {
                if let (Some(receiver), Some(key), Some(value)) =
                    (&receiver_value, arg_at(set.key), arg_at(set.value))
                {
                    if let Some(key) = key.konst.as_single_str() {
                        let key = Name::new(key);
                        if let Some(obj) = receiver.obj.and_then(|id| state.heap.get_mut(&id)) {
                            obj.set_field(key, value);
                        }
                    }
                }
            }
            if model.copy_fields {
                if let Some(source) = receiver_value
                    .as_ref()
                    .and_then(|r| r.obj)
                    .and_then(|id| state.heap.get(&id))
                    .cloned()
                {
                    let id = ObjId::Site(self.site);
                    let mut obj = Obj::new(result.ty);
                    obj.fields = source.fields.clone();
                    state.heap.insert(id, obj);
                    result.obj = Some(id);
                }
            }
            if let Some(op) = model.container {
                if let Some(value) = self.container_op(
                    state,
                    op,
                    receiver_value.as_ref(),
                    &positional,
                    result.ty,
                    span,
                ) {
                    result = value;
                }
            }
        }
        if let (Some(updated), Some(receiver)) = (receiver_update, &receiver) {
            if let Some(Operand::Var(var)) = receiver.operand {
                if let Some(slot) = state.locals.get_mut(var.0 as usize) {
                    *slot = updated;
                }
            }
        }
        for model in models {
            if let Some(kind) = model
                .source
                .filter(|_| arg_conditions_hold(model, &positional))
            {
                let label = model.label.clone().unwrap_or_else(|| match kind {
                    plumb_models::SourceKind::UserInput => "request data".to_owned(),
                    plumb_models::SourceKind::WeakRandom => "predictable random value".to_owned(),
                });
                let kind = match kind {
                    plumb_models::SourceKind::UserInput => SourceKind::UserInput,
                    plumb_models::SourceKind::WeakRandom => SourceKind::WeakRandom,
                };
                let label = self.source_label(
                    kind,
                    span,
                    format!("{label} from `{}`", short_callee(callee)),
                );
                result.taint.push(label);
            }
            if model.decodes {
                for label in result.taint.iter_mut() {
                    label.cleaned = 0;
                }
            }
            if !model.sanitizes.is_empty() {
                let mask = rules_mask(&model.sanitizes);
                for label in result.taint.iter_mut() {
                    label.cleaned |= mask;
                }
                if model.sanitizes.iter().any(|r| r == "*") {
                    result = result.sanitized_all();
                }
            }
        }
        if models.iter().any(|m| m.noreturn) {
            self.diverged = true;
        }
        for model in models {
            let Some(index) = model.content_type else {
                continue;
            };
            if !arg_conditions_hold(model, &positional) {
                continue;
            }
            if let Some(declared) = positional
                .get(index)
                .and_then(|arg| content_type_declaration(&arg.value))
            {
                state.not_html = declared;
            }
        }
        if let Some(model) = models.iter().find(|m| m.config_key.is_some()) {
            let key = model
                .config_key
                .and_then(arg_at)
                .and_then(|k| k.konst.as_single_str().map(str::to_owned));
            let found = key.and_then(|key| self.engine.config_lookup(&key, self.func.module, span));
            let default = model.config_default.and_then(arg_at);
            match (found, default) {
                (Some(found), _) => {
                    result.konst = found.konst.clone();
                    join_labels(&mut result.taint, &found.taint);
                }
                // The environment is not in the repository: its default is one
                // possibility among any, not the value.
                (None, Some(default)) if default.konst.is_known() && model.environment => {
                    result.hints = Some(default.konst.values().to_vec().into());
                }
                (None, Some(default)) if default.konst.is_known() => {
                    result.konst = default.konst.clone()
                }
                _ => {}
            }
            if let Some(text) = result.konst.as_single_str() {
                result.prefix = Some(std::sync::Arc::from(text));
                result.prefixes = None;
            }
        }
        for model in models {
            let Some(rule) = &model.sink else { continue };
            // The function declared a response that is not HTML.
            if state.not_html && rule == "xss" {
                continue;
            }
            if !model.when_keyword.is_empty()
                && self.keyword_matches(&args, &model.when_keyword) != Some(true)
            {
                continue;
            }
            if !model.unless_keyword.is_empty()
                && self.keyword_matches(&args, &model.unless_keyword) == Some(true)
            {
                continue;
            }
            if !keyword_texts_match(&args, &model.when_keyword_text) {
                continue;
            }
            let given = |keyword: &String| {
                args.iter()
                    .any(|a| a.keyword.is_some_and(|k| k.as_str() == keyword))
            };
            if model.unless_keywords.iter().any(given) {
                continue;
            }
            if !model.when_field.is_empty() {
                let holds_on = |obj: Option<&crate::value::Obj>| {
                    model.when_field.iter().all(|(name, expected)| {
                        obj.and_then(|o| o.field(Name::new(name))).is_some_and(|v| {
                            v.konst
                                .values()
                                .iter()
                                .any(|c| const_equals_toml(c, expected))
                        })
                    })
                };
                let holds = match &receiver_value {
                    Some(receiver) => holds_on(receiver.obj.and_then(|id| state.heap.get(&id))),
                    // A static call is configured by the object it is given
                    // (`JsonConvert.DeserializeObject(json, settings)`).
                    None => args
                        .iter()
                        .any(|a| holds_on(a.value.obj.and_then(|id| state.heap.get(&id)))),
                };
                if !holds {
                    continue;
                }
            }
            if !arg_conditions_hold(model, &positional) {
                continue;
            }
            if let Some(wanted) = &model.when_arg_type {
                let matches = positional
                    .get(wanted.position)
                    .and_then(|arg| arg.value.ty)
                    .is_some_and(|ty| {
                        self.engine
                            .supertypes(ty, self.language)
                            .iter()
                            .chain(std::iter::once(&ty))
                            .any(|t| wanted.types.iter().any(|w| w == t.as_str()))
                    });
                if !matches {
                    continue;
                }
            }
            let mut fields: Vec<(String, Konst)> = Vec::new();
            let collect_fields =
                |state: &State, value: &Value, fields: &mut Vec<(String, Konst)>| {
                    if let Some(obj) = value.obj.and_then(|id| state.heap.get(&id)) {
                        for (name, field) in &obj.fields {
                            fields.push((name.as_str().to_owned(), field.konst.clone()));
                        }
                    }
                };
            if let Some(receiver) = &receiver_value {
                collect_fields(state, receiver, &mut fields);
            }
            for arg in &args {
                collect_fields(state, &arg.value, &mut fields);
                if let Some(keyword) = arg.keyword {
                    fields.push((format!("keyword:{keyword}"), arg.value.konst.clone()));
                }
                if arg.spread {
                    spread_keywords(state, &arg.value, &mut fields);
                }
            }
            for (position, keyword) in model.positional_keywords.iter().enumerate() {
                if let Some(arg) = positional.get(position) {
                    fields.push((format!("keyword:{keyword}"), arg.value.konst.clone()));
                }
            }
            let mut targets: Vec<(u32, Value, bool)> = Vec::new();
            for (slot, reference) in model.args.iter().enumerate() {
                let value = match reference {
                    ArgRef::Position(index) => {
                        positional.get(*index).map(|a| (a.value.clone(), a.literal))
                    }
                    ArgRef::Named(_) if reference.is_receiver() => {
                        receiver_value.clone().map(|v| (v, false))
                    }
                    ArgRef::Named(keyword) => args
                        .iter()
                        .find(|a| a.keyword.is_some_and(|k| k.as_str() == keyword))
                        .map(|a| (a.value.clone(), a.literal)),
                };
                if let Some((value, literal)) = value {
                    targets.push((slot as u32, value, literal));
                }
            }
            for keyword in &model.keywords {
                if let Some(arg) = args
                    .iter()
                    .find(|a| a.keyword.is_some_and(|k| k.as_str() == keyword))
                {
                    targets.push((100 + targets.len() as u32, arg.value.clone(), arg.literal));
                }
            }
            let receiver_tracked = receiver_value
                .as_ref()
                .and_then(|r| r.obj)
                .and_then(|id| state.heap.get(&id))
                .is_some_and(|obj| obj.symbolic.is_none());
            let call_only = model.args.is_empty() && model.keywords.is_empty();
            // A factory handing out a hash of a named algorithm
            // (`return md5.New()`) is reported where its result is used
            // (a sink on the receiver), which also knows the caller's choice.
            if call_only && model.algorithm.is_some() && self.result_returned {
                continue;
            }
            // A digest taken with a hash made in this function was reported
            // where it was made.
            if model.args.iter().any(ArgRef::is_receiver)
                && receiver
                    .as_ref()
                    .and_then(|r| r.operand)
                    .is_some_and(|operand| self.made_by_algorithm_constructor(operand))
            {
                continue;
            }
            if call_only {
                let mut everything = Value::unknown();
                for arg in &args {
                    join_labels(
                        &mut everything.taint,
                        &self.deep_value(state, &arg.value).taint,
                    );
                }
                targets.push((0, everything, false));
            }
            let gathered = model
                .argv_receiver
                .then(|| receiver_value.as_ref().and_then(|r| r.obj))
                .flatten()
                .and_then(|id| state.heap.get(&id))
                .and_then(|obj| obj.items.clone());
            let argv = model.argv.then(|| {
                if let Some(items) = gathered {
                    return items;
                }
                let first = positional.get(model.argv_from).map(|a| a.value.clone());
                // A text parameter of a summary is one argument, although
                // it is held as a symbolic object.
                let text = first.as_ref().is_some_and(|v| {
                    v.ty.is_some_and(|t| crate::transfer::is_string_type(t.as_str()))
                });
                match first.and_then(|v| v.obj).and_then(|id| state.heap.get(&id)) {
                    Some(obj)
                        if positional.len() == model.argv_from + 1
                            && !(text && obj.symbolic.is_some()) =>
                    {
                        obj.items.clone().unwrap_or_default()
                    }
                    // The program, then its arguments: each given alone or
                    // as an array (`spawn("sh", ["-c", script], options)`);
                    // an options object is not an argument.
                    _ => {
                        let mut argv = Vec::new();
                        for (index, arg) in positional.iter().skip(model.argv_from).enumerate() {
                            let obj = arg.value.obj.and_then(|id| state.heap.get(&id));
                            match obj.filter(|o| index > 0 && o.symbolic.is_none()) {
                                Some(obj) if !obj.entries.is_empty() => {}
                                Some(Obj {
                                    items: Some(items), ..
                                }) => argv.extend(items.iter().cloned()),
                                _ => argv.push(arg.value.clone()),
                            }
                        }
                        argv
                    }
                }
            });
            for (slot, value, literal) in targets {
                if model.when_text && self.is_structured(state, &value) {
                    continue;
                }
                let mut deep = self.deep_value(state, &value);
                deep.obj = None;
                let event = SinkEvent {
                    rule: rule.clone(),
                    site: SinkSite::Call,
                    callee,
                    module: self.event_site.map_or(self.func.module, |(m, _)| m),
                    span,
                    function: self.event_site.map_or(self.function.qualified, |(_, f)| f),
                    value: deep,
                    fields: fields.clone(),
                    argv: argv.clone(),
                    call_only,
                    literal,
                    receiver_tracked,
                    // Digesting with an object already made is not a probe.
                    result_unused: self.result_unused
                        && self.event_site.is_none()
                        && !model.args.iter().any(ArgRef::is_receiver),
                    sniffed: model.sniffs_content,
                };
                if model.builds {
                    self.record_built_sink(event, slot);
                } else {
                    self.record_sink(event, slot);
                }
            }
            // One finding per flow: what a sink consumed is not reported again
            // by the same rule further down; what a builder built waits on
            // the checks and uses that follow.
            let bit = if model.builds {
                crate::rules::built_bit(rule)
            } else {
                rule_bit(rule)
            };
            for label in result.taint.iter_mut() {
                label.cleaned |= bit;
            }
        }
        // `Integer.parseInt("5")`, `parseInt("5", 10)`: the number a constant
        // text spells.
        if let Some(index) = models.iter().find_map(|m| m.parses_integer) {
            let text = positional
                .get(index)
                .and_then(|a| a.value.konst.as_single_str().map(str::to_owned));
            if let Some(n) = text.and_then(|t| t.trim().parse::<i64>().ok()) {
                result.konst = Konst::single(Const::Int(n));
            }
        }
        // `md5.New()`: the object stands for its algorithm, by name, so
        // whichever factory hands it on, its use tells what it computes.
        if let Some(algorithm) = models.iter().find_map(|m| m.algorithm.as_deref()) {
            result.konst = Konst::str(algorithm);
        }
        if let Some(index) = models.iter().find_map(|m| m.to_text) {
            if let Some(arg) = positional.get(index) {
                result.konst = fold::lift1(&arg.value.konst, |c| {
                    Some(Const::str(&fold::to_text(c, self.language)))
                });
            }
        }
        result
    }

    /// JavaScript passes named options in an object literal
    /// (`spawn(cmd, args, { shell: true })`): its constant-keyed entries are
    /// also the call's keywords, for the conditions and sinks models put on
    /// keywords.
    fn with_option_keywords(&self, state: &State, mut args: Vec<ArgValue>) -> Vec<ArgValue> {
        // JavaScript option objects, Ruby option hashes
        // (`cookies[:k] = { value: v, secure: false }`) and PHP option arrays.
        if !self.language.is_javascript()
            && !matches!(self.language, Language::Ruby | Language::Php)
        {
            return args;
        }
        let mut options = Vec::new();
        for arg in args.iter().filter(|a| a.keyword.is_none() && !a.spread) {
            let Some(obj) = arg.value.obj.and_then(|id| state.heap.get(&id)) else {
                continue;
            };
            if obj.symbolic.is_some() {
                continue;
            }
            for (key, value) in &obj.entries {
                if let Const::Str(key) = key {
                    options.push(ArgValue {
                        keyword: Some(Name::new(key)),
                        value: value.clone(),
                        spread: false,
                        literal: value.konst.is_known() && value.taint.is_empty(),
                        var: None,
                        path: None,
                    });
                    // One level of nested options, as `outer.inner`
                    // (`{ headers: { "Content-Type": .. } }`).
                    let nested = value.obj.and_then(|id| state.heap.get(&id));
                    for (inner, value) in nested.map(|o| o.entries.as_slice()).unwrap_or_default() {
                        if let Const::Str(inner) = inner {
                            options.push(ArgValue {
                                keyword: Some(Name::new(&format!("{key}.{inner}"))),
                                value: value.clone(),
                                spread: false,
                                literal: value.konst.is_known() && value.taint.is_empty(),
                                var: None,
                                path: None,
                            });
                        }
                    }
                }
            }
        }
        args.extend(options);
        args
    }

    /// An object or array built here (not text): what a serialising sink
    /// (`res.send(obj)`) turns into JSON.
    fn is_structured(&self, state: &State, value: &Value) -> bool {
        let built = value
            .obj
            .and_then(|id| state.heap.get(&id))
            .is_some_and(|obj| obj.symbolic.is_none());
        let container = value.ty.is_some_and(|ty| {
            matches!(
                ty.as_str(),
                "Object"
                    | "Array"
                    | "Hash"
                    | "list"
                    | "dict"
                    | "java.util.List"
                    | "java.util.Map"
                    // Node's bytes: Express sends a Buffer as application/octet-stream.
                    | "Buffer"
            )
        });
        built || container
    }

    /// Whether `operand` holds what a modelled algorithm constructor
    /// (`md5.New()`) returned in this function.
    fn made_by_algorithm_constructor(&self, operand: &Operand) -> bool {
        let Operand::Var(var) = operand else {
            return false;
        };
        let Some(plumb_ir::Expr::Call(call)) = self.def_of(*var) else {
            return false;
        };
        let Callee::Function(Operand::Global(path)) = &call.callee else {
            return false;
        };
        let resolved = self.resolve_global(*path);
        self.engine
            .models_for(self.language)
            .function(resolved.full)
            .iter()
            .any(|m| m.algorithm.is_some())
    }

    /// A text builder's part (`StringBuilder`): its text is a field of its
    /// object, so a chain on a temporary (`sb.append(a).append(b)`) builds
    /// the text every reference to the builder reads.
    fn build_text(
        &mut self,
        state: &mut State,
        role: plumb_models::BuilderRole,
        receiver: Option<&Value>,
        args: &[&ArgValue],
    ) -> Option<Value> {
        let id = receiver?.obj?;
        let current = state.heap.get(&id)?.field(builder_text()).cloned();
        match role {
            plumb_models::BuilderRole::New => None,
            plumb_models::BuilderRole::Text => current,
            plumb_models::BuilderRole::Truncate => {
                let length = match args.first()?.value.konst.as_single() {
                    Some(Const::Int(n)) => usize::try_from(*n).ok(),
                    _ => None,
                };
                let text = current.zip(length).and_then(|(current, length)| {
                    let text = current.konst.as_single_str()?;
                    let kept: String = text.chars().take(length).collect();
                    (kept.chars().count() == length).then(|| Value::constant(Const::str(&kept)))
                });
                let obj = state.heap.get_mut(&id)?;
                match text {
                    Some(text) => obj.set_field(builder_text(), text),
                    None => obj.fields.retain(|(name, _)| *name != builder_text()),
                }
                None
            }
            plumb_models::BuilderRole::Append => {
                let added = self.deep_value(state, &args.first()?.value);
                let text = current
                    .filter(|_| added.konst.is_known())
                    .map(|current| self.concat(&[current, added]));
                let obj = state.heap.get_mut(&id)?;
                match &text {
                    Some(text) => obj.set_field(builder_text(), text.clone()),
                    None => obj.fields.retain(|(name, _)| *name != builder_text()),
                }
                text
            }
        }
    }

    /// A collection built from the call's arguments (`list-of`) or from
    /// the elements of its first argument (`copy-of`): items kept one by
    /// one while they are known, so iterating it gives their constants.
    fn new_collection(
        &mut self,
        state: &mut State,
        op: ContainerOp,
        ty: Option<Name>,
        args: &[&ArgValue],
    ) -> Value {
        // A copy of a list keeps what it holds at unknown positions too
        // (`list(map(f, items))`).
        let copied_any = match (op, args.first()) {
            (ContainerOp::CopyOf, Some(source)) => source
                .value
                .obj
                .and_then(|id| state.heap.get(&id))
                .filter(|obj| obj.items.is_some() && obj.entries.is_empty())
                .and_then(|obj| obj.any.clone()),
            _ => None,
        };
        let items: Option<Vec<Value>> = match op {
            ContainerOp::ListOf if args.iter().all(|a| !a.spread) => {
                Some(args.iter().map(|a| a.value.clone()).collect())
            }
            // A collection made empty (`new List<string>()`).
            ContainerOp::CopyOf if args.is_empty() => Some(Vec::new()),
            ContainerOp::CopyOf => args.first().and_then(|source| {
                let obj = source.value.obj.and_then(|id| state.heap.get(&id))?;
                obj.entries.is_empty().then(|| obj.items.clone()).flatten()
            }),
            _ => None,
        };
        let ty = ty.unwrap_or_else(|| Name::new(crate::transfer::list_type(self.language)));
        let collection = self.allocate(state, Some(ty));
        let everything: Vec<Value> = match &items {
            Some(_) => Vec::new(),
            None => args
                .iter()
                .map(|a| self.deep_value(state, &a.value))
                .collect(),
        };
        if let Some(obj) = collection.obj.and_then(|id| state.heap.get_mut(&id)) {
            match items {
                Some(items) => {
                    obj.items = Some(items);
                    if let Some(any) = &copied_any {
                        obj.add_any(any);
                    }
                }
                None => {
                    obj.items = None;
                    for value in &everything {
                        obj.add_any(&Value {
                            taint: value.taint.clone(),
                            ..Value::unknown()
                        });
                    }
                }
            }
        }
        collection
    }

    fn container_op(
        &mut self,
        state: &mut State,
        op: ContainerOp,
        receiver: Option<&Value>,
        args: &[&ArgValue],
        result_ty: Option<Name>,
        span: Span,
    ) -> Option<Value> {
        match op {
            ContainerOp::MapMerge => return self.map_merge(state, receiver, args),
            ContainerOp::Merged => {
                // A new map: the receiver's entries, then the arguments'.
                let source = receiver?.obj.and_then(|id| state.heap.get(&id))?.clone();
                let merged = self.allocate(state, result_ty.or(receiver?.ty));
                let id = merged.obj?;
                let mut copy = source;
                copy.symbolic = None;
                state.heap.insert(id, copy);
                self.map_merge(state, Some(&merged), args);
                return Some(merged);
            }
            ContainerOp::ListOf | ContainerOp::CopyOf => {
                return Some(self.new_collection(state, op, result_ty, args));
            }
            _ => {}
        }
        let receiver = receiver?.clone();
        let arg = |i: usize| args.get(i).map(|a| a.value.clone());
        // A container held in a parameter's field (`self.parts.append(c)`):
        // what is added reaches the caller's object too.
        if let [label] = receiver.taint.as_slice() {
            if let Origin::ParamField(index, field) = label.origin {
                let added = match op {
                    ContainerOp::ListAdd => arg(1).or_else(|| arg(0)),
                    ContainerOp::AddAll => arg(0),
                    ContainerOp::MapPut => arg(1),
                    _ => None,
                };
                if let Some(added) = added {
                    let added = self.deep_value(state, &added);
                    match self
                        .field_content
                        .iter_mut()
                        .find(|(i, f, _)| *i == index && *f == field)
                    {
                        Some((_, _, slot)) => *slot = slot.join(&added),
                        None => self.field_content.push((index, field, added)),
                    }
                }
            }
        }
        match op {
            ContainerOp::MapPut => {
                let (key, value) = (arg(0)?, arg(1)?);
                // `env.put(Context.SECURITY_CREDENTIALS, "..")` names what it
                // stores as much as `config["SECRET_KEY"] = ".."` does.
                if let Some(text) = key.konst.as_single_str() {
                    let deep = self.deep_value(state, &value);
                    self.record_store(
                        span,
                        Name::new(text),
                        crate::facts::StoreTarget::Key,
                        &deep,
                        args.get(1).is_some_and(|a| a.literal),
                    );
                }
                self.container_put(state, &receiver, &key, value);
                None
            }
            ContainerOp::MapGet | ContainerOp::ListGet => {
                let key = arg(0).unwrap_or_else(Value::unknown);
                // A map whose keys are all known either holds a constant key
                // (its value, never the default) or does not (the default).
                let held = key.konst.as_single().and_then(|constant| {
                    let obj = receiver.obj.and_then(|id| state.heap.get(&id))?;
                    (obj.any.is_none() && obj.symbolic.is_none() && obj.items.is_none())
                        .then(|| obj.entries.iter().any(|(k, _)| k == constant))
                });
                let mut value = self.container_get(state, &receiver, &key, span);
                if let Some(default) = arg(1) {
                    value = match held {
                        Some(true) => value,
                        Some(false) => default,
                        None => value.join(&default),
                    };
                }
                Some(value)
            }
            ContainerOp::ListAdd => {
                let (index, value) = match (arg(0), arg(1)) {
                    (Some(index), Some(value)) => (Some(index), value),
                    (Some(value), None) => (None, value),
                    _ => return None,
                };
                if let Some(obj) = receiver.obj.and_then(|id| state.heap.get_mut(&id)) {
                    match (&mut obj.items, index) {
                        (Some(items), None) if items.len() < 64 => items.push(value),
                        _ => {
                            if let Some(items) = obj.items.take() {
                                for item in items {
                                    obj.add_any(&item);
                                }
                            }
                            obj.add_any(&value);
                        }
                    }
                }
                None
            }
            ContainerOp::ListRemove => {
                let obj = receiver.obj.and_then(|id| state.heap.get_mut(&id))?;
                let items = obj.items.as_mut()?;
                let index = match arg(0).and_then(|v| v.konst.as_single().cloned()) {
                    Some(Const::Int(i)) => i,
                    None if args.is_empty() => items.len() as i64 - 1,
                    _ => return None,
                };
                let index = if index < 0 {
                    items.len() as i64 + index
                } else {
                    index
                };
                let index = usize::try_from(index).ok().filter(|i| *i < items.len())?;
                Some(items.remove(index))
            }
            ContainerOp::MapMerge
            | ContainerOp::Merged
            | ContainerOp::ListOf
            | ContainerOp::CopyOf => None,
            ContainerOp::Join => {
                let separator = match arg(0) {
                    Some(separator) => separator.konst.as_single_str().map(str::to_owned),
                    None => Some(",".to_owned()),
                };
                let mut value = self.deep_value(state, &receiver);
                let items = receiver
                    .obj
                    .and_then(|id| state.heap.get(&id))
                    .filter(|obj| obj.any.is_none())
                    .and_then(|obj| obj.items.clone());
                value.konst = match (separator, items) {
                    (Some(separator), Some(items)) => {
                        let mut parts = Vec::with_capacity(items.len() * 2);
                        for (index, item) in items.into_iter().enumerate() {
                            if index > 0 {
                                parts.push(Value::constant(Const::str(&separator)));
                            }
                            parts.push(item);
                        }
                        self.concat(&parts).konst
                    }
                    _ => Konst::Unknown,
                };
                value.obj = None;
                value.exact_param = None;
                value.ty = Some(Name::new(crate::transfer::string_type(self.language)));
                Some(value)
            }
            ContainerOp::AddAll => {
                let source = arg(0)?;
                // A list of known items added to one: the items, in order
                // (`cmd.args(["-c", script])` after `Command::new("sh")`).
                let known = source
                    .obj
                    .filter(|id| Some(*id) != receiver.obj)
                    .and_then(|id| state.heap.get(&id))
                    .filter(|o| o.symbolic.is_none() && o.any.is_none())
                    .and_then(|o| o.items.clone());
                if let (Some(added), Some(obj)) =
                    (known, receiver.obj.and_then(|id| state.heap.get_mut(&id)))
                {
                    if let Some(items) = obj.items.as_mut() {
                        items.extend(added);
                        return None;
                    }
                }
                let deep = self.deep_value(state, &source);
                if let Some(obj) = receiver.obj.and_then(|id| state.heap.get_mut(&id)) {
                    if let Some(items) = obj.items.take() {
                        for item in items {
                            obj.add_any(&item);
                        }
                    }
                    obj.add_any(&Value {
                        taint: deep.taint,
                        ..Value::unknown()
                    });
                }
                None
            }
        }
    }

    /// `target.update(source)` / `Object.assign(target, ...sources)`: each
    /// source's entries and fields replace the target's under the same key;
    /// a source whose content is not known key by key taints the whole.
    fn map_merge(
        &mut self,
        state: &mut State,
        receiver: Option<&Value>,
        args: &[&ArgValue],
    ) -> Option<Value> {
        let (target, sources) = match receiver {
            Some(receiver) => (receiver.clone(), args),
            None => (
                args.first()?.value.clone(),
                args.get(1..).unwrap_or_default(),
            ),
        };
        let target_id = target.obj?;
        for source in sources {
            let known = source
                .value
                .obj
                .and_then(|id| state.heap.get(&id))
                .filter(|obj| obj.any.is_none() && obj.items.is_none())
                .cloned();
            let deep = self.deep_value(state, &source.value);
            let obj = state.heap.get_mut(&target_id)?;
            match known {
                Some(from) => {
                    for (key, value) in from.entries {
                        match obj.entries.iter_mut().find(|(k, _)| *k == key) {
                            Some((_, slot)) => *slot = value,
                            None => obj.entries.push((key, value)),
                        }
                    }
                    for (name, value) in from.fields {
                        obj.set_field(name, value);
                    }
                }
                None => obj.add_any(&Value {
                    taint: deep.taint,
                    ..Value::unknown()
                }),
            }
        }
        (receiver.is_none()).then_some(target)
    }

    /// A constant text split on a constant separator: a list of the
    /// constant parts, so that `"MD5,SHA-256".split(",")[0]` is `"MD5"`.
    /// Java splits on a regular expression: only a separator without
    /// metacharacters is read as text.
    fn split_constant(
        &mut self,
        state: &mut State,
        receiver: &Value,
        args: &[ArgValue],
    ) -> Option<Value> {
        let text = receiver.konst.as_single_str()?.to_owned();
        let separator = args.first()?.value.konst.as_single_str()?.to_owned();
        let limited = args.len() > 1;
        let regex_meta = |c: char| "\\^$.|?*+()[]{}".contains(c);
        if separator.is_empty()
            || limited
            || (self.language == Language::Java && separator.chars().any(regex_meta))
        {
            return None;
        }
        let parts: Vec<Value> = text
            .split(separator.as_str())
            .map(|part| {
                let mut value = Value::constant(Const::str(part));
                value.taint = receiver.taint.clone();
                value
            })
            .collect();
        let list_type = crate::transfer::list_type(self.language);
        let mut list = self.allocate(state, Some(Name::new(list_type)));
        if let Some(obj) = list.obj.and_then(|id| state.heap.get_mut(&id)) {
            obj.items = Some(parts);
        }
        list.taint = receiver.taint.clone();
        Some(list)
    }

    /// String methods on strings: folded when constant, taint kept, and CR/LF
    /// removal recorded for the injection rules that care.
    fn string_method(
        &mut self,
        state: &mut State,
        receiver: &Value,
        name: Name,
        args: &[ArgValue],
    ) -> Option<Value> {
        let method = name.as_str();
        // A builder appended to through another reference holds more than
        // this value says: its object's content is what counts.
        let built = receiver
            .obj
            .and_then(|id| state.heap.get(&id))
            .is_some_and(|obj| obj.symbolic.is_none() && obj.any.is_some());
        let receiver = &if built {
            let mut deep = self.deep_value(state, receiver);
            deep.konst = Konst::Unknown;
            deep.prefix = receiver.prefix.clone();
            deep.prefixes = receiver.prefixes.clone();
            deep
        } else {
            receiver.clone()
        };
        // Request data of unknown type is text in practice: methods that only
        // strings have are read as string methods on it.
        let plain = receiver
            .obj
            .is_none_or(|id| state.heap.get(&id).is_some_and(|o| o.symbolic.is_some()));
        let method = if self.language == Language::CSharp {
            csharp_string_method(method)
        } else {
            method
        };
        let untyped_text = receiver.ty.is_none() && plain && STRING_ONLY_METHODS.contains(&method);
        let is_string = receiver.konst.as_single_str().is_some()
            || receiver
                .ty
                .is_some_and(|t| crate::transfer::is_string_type(t.as_str()))
            || untyped_text;
        if !is_string {
            return None;
        }
        if self.language == Language::Python && method == "format" {
            let template = receiver.konst.as_single_str()?.to_owned();
            return Some(self.format_braces(state, &template, args));
        }
        // Java's `"%s-%d".formatted(a, b)`: the receiver is the template.
        if self.language == Language::Java && method == "formatted" {
            if let Some(template) = receiver.konst.as_single_str().map(str::to_owned) {
                return Some(self.printf(state, &template, args, "d"));
            }
        }
        if self.language == Language::Python && method == "join" {
            let list = args.first()?.value.clone();
            let mut value = self.deep_value(state, &list);
            let separator = receiver.konst.as_single_str().map(str::to_owned);
            if let (Some(separator), Some(obj)) =
                (separator, list.obj.and_then(|id| state.heap.get(&id)))
            {
                if let Some(items) = &obj.items {
                    let texts: Option<Vec<&str>> =
                        items.iter().map(|i| i.konst.as_single_str()).collect();
                    value.konst = texts.map_or(Konst::Unknown, |t| Konst::str(&t.join(&separator)));
                }
            } else {
                value.konst = Konst::Unknown;
            }
            value.obj = None;
            value.exact_param = None;
            value.ty = receiver.ty;
            return Some(value);
        }
        if method == "split" {
            if let Some(parts) = self.split_constant(state, receiver, args) {
                return Some(parts);
            }
        }
        let arg_consts: Vec<Option<&Const>> =
            args.iter().map(|a| a.value.konst.as_single()).collect();
        let konst = match &receiver.konst {
            Konst::OneOf(values) => {
                let mut out: Option<Konst> = None;
                let mut ok = true;
                for value in values {
                    let Const::Str(text) = value else {
                        ok = false;
                        break;
                    };
                    match fold::string_method(method, text, &arg_consts) {
                        Some(c) => {
                            let single = Konst::single(c);
                            out = Some(match out {
                                Some(o) => o.join(&single),
                                None => single,
                            });
                        }
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
                if ok {
                    out.unwrap_or(Konst::Unknown)
                } else {
                    Konst::Unknown
                }
            }
            Konst::Unknown => Konst::Unknown,
        };
        let known_method = matches!(
            method,
            "toUpperCase"
                | "toLowerCase"
                | "trim"
                | "strip"
                | "lstrip"
                | "rstrip"
                | "upper"
                | "lower"
                | "upcase"
                | "downcase"
                | "casefold"
                | "toString"
                | "intern"
                | "concat"
                | "replace"
                | "replaceAll"
                | "replaceFirst"
                | "substring"
                | "Substring"
                | "charAt"
                | "encode"
                | "decode"
                | "title"
                | "capitalize"
                | "format"
                | "formatted"
                | "repeat"
                | "stripLeading"
                | "stripTrailing"
                | "split"
                | "splitlines"
                | "toCharArray"
                | "getBytes"
                | "center"
                | "ljust"
                | "rjust"
                | "zfill"
                | "removeprefix"
                | "removesuffix"
                | "expandtabs"
                | "swapcase"
                | "freeze"
                | "dup"
                | "itself"
        );
        let boolean = matches!(
            method,
            "equals"
                | "equalsIgnoreCase"
                | "startsWith"
                | "endsWith"
                | "contains"
                | "isEmpty"
                | "isBlank"
                | "startswith"
                | "endswith"
                | "matches"
                | "isdigit"
                | "isalnum"
                | "isalpha"
                | "isnumeric"
                | "isdecimal"
                | "islower"
                | "isupper"
        );
        let numeric = matches!(
            method,
            "length"
                | "indexOf"
                | "lastIndexOf"
                | "find"
                | "rfind"
                | "count"
                | "hashCode"
                | "compareTo"
                | "index"
        );
        if boolean || numeric {
            return Some(Value {
                konst,
                ty: Some(Name::new(if boolean { "bool" } else { "int" })),
                ..Value::unknown()
            });
        }
        if !known_method {
            return None;
        }
        let mut value = receiver.clone();
        value.obj = None;
        value.exact_param = None;
        if method == "concat" {
            if let Some(arg) = args.first() {
                return Some(self.concat(&[receiver.clone(), arg.value.clone()]));
            }
        }
        value.konst = konst;
        let keeps_start = matches!(
            method,
            "trim" | "strip" | "toString" | "intern" | "encode" | "decode"
        );
        value.prefix = if keeps_start {
            receiver.prefix.clone()
        } else {
            value.konst.as_single_str().map(std::sync::Arc::from)
        };
        value.prefixes = if keeps_start {
            receiver.prefixes.clone()
        } else {
            None
        };
        if matches!(method, "replace" | "replaceAll") {
            // Rust's `s.replace(['\r', '\n'], "_")`: a list of characters,
            // any of which is replaced.
            let pattern = args
                .first()
                .and_then(|a| match a.value.konst.as_single_str() {
                    Some(text) => Some(text.to_owned()),
                    None => {
                        let obj = state.heap.get(&a.value.obj?)?;
                        let items = obj.items.as_ref()?;
                        items
                            .iter()
                            .map(|i| i.konst.as_single_str())
                            .collect::<Option<String>>()
                    }
                });
            let removed = removed_line_breaks(
                pattern.as_deref(),
                args.get(1).and_then(|a| a.value.konst.as_single_str()),
            );
            for label in value.taint.iter_mut() {
                label.cleaned |= removed;
            }
        }
        // Text an argument inserts is part of the result: the replacement
        // of `replace(old, new)`, the values of `"%s".formatted(v)`.
        let inserted: &[ArgValue] = match method {
            "replace" | "replaceAll" | "replaceFirst" => args.get(1..2).unwrap_or_default(),
            "format" | "formatted" => args,
            _ => &[],
        };
        for arg in inserted {
            join_labels(&mut value.taint, &self.deep_value(state, &arg.value).taint);
        }
        if method == "split" || method == "splitlines" {
            let mut list = self.allocate(state, receiver.ty.map(|_| Name::new("list")));
            if let Some(obj) = list.obj.and_then(|id| state.heap.get_mut(&id)) {
                obj.items = None;
                obj.add_any(&Value {
                    taint: value.taint.clone(),
                    ..Value::unknown()
                });
            }
            list.taint.clear();
            return Some(list);
        }
        Some(value)
    }

    /// Python `"...{}...".format(args)`.
    fn format_braces(&mut self, state: &mut State, template: &str, args: &[ArgValue]) -> Value {
        let mut parts: Vec<Value> = Vec::new();
        let mut literal = String::new();
        let mut chars = template.chars().peekable();
        let mut auto_index = 0usize;
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    literal.push('}');
                }
                '{' => {
                    let mut field = String::new();
                    for f in chars.by_ref() {
                        if f == '}' {
                            break;
                        }
                        field.push(f);
                    }
                    let key = field
                        .split([':', '!', '.', '['])
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_owned();
                    let positional: Vec<&ArgValue> =
                        args.iter().filter(|a| a.keyword.is_none()).collect();
                    let value = if key.is_empty() {
                        auto_index += 1;
                        positional.get(auto_index - 1).map(|a| a.value.clone())
                    } else if let Ok(index) = key.parse::<usize>() {
                        positional.get(index).map(|a| a.value.clone())
                    } else {
                        args.iter()
                            .find(|a| a.keyword.is_some_and(|k| k.as_str() == key))
                            .map(|a| a.value.clone())
                    };
                    if !literal.is_empty() {
                        parts.push(Value::constant(Const::str(&literal)));
                        literal.clear();
                    }
                    let value = value.unwrap_or_else(Value::unknown);
                    parts.push(self.deep_value(state, &value));
                }
                other => literal.push(other),
            }
        }
        if !literal.is_empty() {
            parts.push(Value::constant(Const::str(&literal)));
        }
        // Spread keyword dicts (`**ctx`) feed every field.
        for arg in args.iter().filter(|a| a.spread) {
            parts.push(self.deep_value(state, &arg.value));
        }
        self.concat(&parts)
    }

    /// `printf`-style formatting: the template's literal text with each
    /// verb replaced by the next value. Values printed by a verb in
    /// `numeric` are numbers and carry no text.
    fn printf(
        &mut self,
        state: &mut State,
        template: &str,
        rest: &[ArgValue],
        numeric: &str,
    ) -> Value {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut values = rest.iter();
        let mut chars = template.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '%' {
                literal.push(c);
                continue;
            }
            let mut spec = String::new();
            while let Some(&next) = chars.peek() {
                chars.next();
                if next.is_ascii_alphabetic() || next == '%' {
                    spec.push(next);
                    break;
                }
                spec.push(next);
            }
            match spec.chars().last() {
                Some('%') => literal.push('%'),
                Some('n') => literal.push('\n'),
                _ => {
                    if !literal.is_empty() {
                        parts.push(Value::constant(Const::str(&literal)));
                        literal.clear();
                    }
                    let value = values
                        .next()
                        .map(|a| a.value.clone())
                        .unwrap_or_else(Value::unknown);
                    let deep = self.deep_value(state, &value);
                    if spec.ends_with(|c| numeric.contains(c)) {
                        // A number cannot inject text, but a predictable one is still predictable.
                        parts.push(deep.sanitized_all());
                    } else {
                        parts.push(deep);
                    }
                }
            }
        }
        if !literal.is_empty() {
            parts.push(Value::constant(Const::str(&literal)));
        }
        self.concat(&parts)
    }

    /// Go's `fmt.Sprint(args...)` and `fmt.Sprintln(args...)`: string
    /// building from every argument (`fmt.Sprintf` is a `formats` model).
    fn go_sprint(&mut self, state: &mut State, function: Name, args: Vec<ArgValue>) -> Value {
        match function.as_str() {
            "fmt.Sprintln" => {
                let mut parts = Vec::new();
                for (index, arg) in args.iter().enumerate() {
                    if index > 0 {
                        parts.push(Value::constant(Const::str(" ")));
                    }
                    parts.push(self.deep_value(state, &arg.value));
                }
                parts.push(Value::constant(Const::str("\n")));
                self.concat(&parts)
            }
            _ => {
                let parts: Vec<Value> = args
                    .iter()
                    .map(|a| self.deep_value(state, &a.value))
                    .collect();
                self.concat(&parts)
            }
        }
    }

    /// Static helpers of `java.lang.String` and friends that build strings.
    fn static_string_call(
        &mut self,
        state: &mut State,
        class: Name,
        method: Name,
        args: &[ArgValue],
    ) -> Option<Value> {
        match (class.as_str(), method.as_str()) {
            ("java.lang.String", "valueOf") | ("java.util.Objects", "toString") => {
                let value = args.first()?.value.clone();
                let deep = self.deep_value(state, &value);
                let konst = fold::lift1(&value.konst, |c| {
                    Some(Const::str(&fold::to_text(c, Language::Java)))
                });
                Some(Value {
                    prefix: konst.as_single_str().map(std::sync::Arc::from),
                    konst,
                    taint: deep.taint,
                    ty: Some(Name::new("java.lang.String")),
                    obj: None,
                    exact_param: None,
                    hints: None,
                    prefixes: None,
                })
            }
            ("java.lang.String", "join") => {
                let mut value = Value::typed(Some(Name::new("java.lang.String")));
                for arg in args {
                    join_labels(&mut value.taint, &self.deep_value(state, &arg.value).taint);
                }
                Some(value)
            }
            _ => None,
        }
    }
}

/// Keywords a spread argument (`**options`) passes: the entries of a dict
/// whose keys are all known, else `keyword:**` standing for any keyword,
/// so a rule does not take a forwarded `secure=` for a missing one.
fn spread_keywords(state: &State, value: &Value, fields: &mut Vec<(String, Konst)>) {
    let known = value.obj.and_then(|id| state.heap.get(&id)).filter(|obj| {
        obj.any.is_none() && obj.symbolic.is_none() && obj.items.as_ref().is_none_or(Vec::is_empty)
    });
    let Some(obj) = known else {
        fields.push(("keyword:**".to_owned(), Konst::Unknown));
        return;
    };
    for (key, entry) in &obj.entries {
        match key {
            Const::Str(key) => fields.push((format!("keyword:{key}"), entry.konst.clone())),
            _ => fields.push(("keyword:**".to_owned(), Konst::Unknown)),
        }
    }
}

/// Constants that can change what a callee does for security: text (an
/// algorithm, a query, a path) and flags that select branches. `null` and
/// numbers are passed everywhere and rarely decide anything that matters.
fn worth_specialising(value: &Value) -> bool {
    !value.konst.values().is_empty()
        && value
            .konst
            .values()
            .iter()
            .all(|c| matches!(c, Const::Str(_) | Const::Bool(_) | Const::Func { .. }))
}

/// C#'s `string` methods under the names the folding knows them by; its
/// `Substring(start, length)` differs from Java's and keeps its own name.
fn csharp_string_method(method: &str) -> &str {
    match method {
        "ToLower" | "ToLowerInvariant" => "toLowerCase",
        "ToUpper" | "ToUpperInvariant" => "toUpperCase",
        "Trim" => "trim",
        "TrimStart" => "lstrip",
        "TrimEnd" => "rstrip",
        "Replace" => "replace",
        "StartsWith" => "startsWith",
        "EndsWith" => "endsWith",
        "Contains" => "contains",
        "IndexOf" => "indexOf",
        "Equals" => "equals",
        "ToString" => "toString",
        "Split" => "split",
        "Length" => "length",
        other => other,
    }
}

/// Method names only strings have (in Java or Python).
const STRING_ONLY_METHODS: &[&str] = &[
    "replace",
    "replaceAll",
    "replaceFirst",
    "strip",
    "lstrip",
    "rstrip",
    "lower",
    "upper",
    "upcase",
    "downcase",
    "casefold",
    "toLowerCase",
    "toUpperCase",
    "trim",
    "isdigit",
    "isalnum",
    "isalpha",
    "isnumeric",
    "isdecimal",
    "startswith",
    "endswith",
    "startsWith",
    "endsWith",
    "equalsIgnoreCase",
    "splitlines",
    "encode",
    "title",
    "capitalize",
    "zfill",
    "removeprefix",
    "removesuffix",
    "matches",
    "isBlank",
    "isEmpty",
    "substring",
    "Substring",
    "charAt",
    "toCharArray",
    "getBytes",
];

/// Wrappers keep the text they wrap (`new URL(u)`, `URI.create(u)`,
/// `url.openConnection()`): the constant prefix of the receiver, or of the
/// first argument of a constructor or static call.
/// What a call's result starts with when nothing else is known: what its
/// receiver, or else its first argument, starts with (`URI.create(url)`).
fn carried_prefix(receiver: Option<&Value>, args: &[ArgValue]) -> CarriedPrefix {
    let carrier = match receiver {
        Some(receiver) => Some(receiver),
        None => args.iter().find(|a| a.keyword.is_none()).map(|a| &a.value),
    };
    match carrier {
        Some(value) => (value.prefix.clone(), value.prefixes.clone()),
        None => (None, None),
    }
}

type CarriedPrefix = (Option<std::sync::Arc<str>>, crate::value::Prefixes);

fn short_callee(callee: Name) -> String {
    let text = callee.as_str();
    let mut parts: Vec<&str> = text.rsplitn(3, '.').collect();
    parts.truncate(2);
    parts.reverse();
    // A Go package is named by its last path element (`net/http` → `http`).
    if let Some(owner) = parts.first_mut() {
        *owner = owner.rsplit('/').next().unwrap_or(owner);
    }
    parts.join(".")
}

/// Whether every `keyword = text` holds: the keyword (ignoring case) is
/// given as a constant text containing `text` (ignoring case).
fn keyword_texts_match(
    args: &[ArgValue],
    conditions: &std::collections::BTreeMap<String, String>,
) -> bool {
    conditions.iter().all(|(keyword, wanted)| {
        let wanted = wanted.to_ascii_lowercase();
        args.iter()
            .filter(|a| {
                a.keyword
                    .is_some_and(|k| k.as_str().eq_ignore_ascii_case(keyword))
            })
            .any(|a| {
                let values = a.value.konst.values();
                !values.is_empty()
                    && values.iter().all(|c| match c {
                        Const::Str(text) => text.to_ascii_lowercase().contains(&wanted),
                        _ => false,
                    })
            })
    })
}

/// Which of CR and LF a `replace(old, new)` or `replaceAll(regex, new)` removes.
fn removed_line_breaks(old: Option<&str>, new: Option<&str>) -> u64 {
    let (Some(old), Some(new)) = (old, new) else {
        return 0;
    };
    if new.contains('\n') || new.contains('\r') {
        return 0;
    }
    let mut mask = 0;
    let mentions = |needle: char, escaped: &str| old.contains(needle) || old.contains(escaped);
    if mentions('\n', "\\n") {
        mask |= rule_bit(LF_REMOVED);
    }
    if mentions('\r', "\\r") {
        mask |= rule_bit(CR_REMOVED);
    }
    // `\s` and `\v` classes cover both.
    if old.contains("\\s") || old.contains("\\v") || old.contains("\\R") {
        mask |= rule_bit(LF_REMOVED) | rule_bit(CR_REMOVED);
    }
    mask
}

fn toml_const(value: &toml::Value) -> Option<Const> {
    match value {
        toml::Value::Boolean(b) => Some(Const::Bool(*b)),
        toml::Value::Integer(i) => Some(Const::Int(*i)),
        toml::Value::String(s) => Some(Const::str(s)),
        _ => None,
    }
}

fn const_equals_toml(constant: &Const, expected: &toml::Value) -> bool {
    match (constant, expected) {
        (Const::Bool(a), toml::Value::Boolean(b)) => a == b,
        (Const::Int(a), toml::Value::Integer(b)) => a == b,
        (Const::Str(a), toml::Value::String(b)) => a.as_ref() == b,
        (Const::Null, toml::Value::String(b)) => b == "None" || b == "null",
        _ => false,
    }
}

/// The field of a text builder's object that holds its text.
fn builder_text() -> Name {
    Name::new("$text")
}

/// A model's conditions on its positional arguments' constants
/// (`when_arg`, `when_arg_prefix`): whether they hold at this call.
fn arg_conditions_hold(model: &FunctionModel, positional: &[&ArgValue]) -> bool {
    if let Some(wanted) = &model.when_arg {
        let matches = positional.get(wanted.position).is_some_and(|arg| {
            arg.value.possible_constants().any(|c| match c {
                Const::Str(text) => wanted.values.iter().any(|v| {
                    // Flags combined with `|` (`LIBXML_NOENT | LIBXML_DTDLOAD`)
                    // match each of their names.
                    v.eq_ignore_ascii_case(text)
                        || (text.contains('|')
                            && text
                                .split('|')
                                .any(|part| v.eq_ignore_ascii_case(part.trim())))
                }),
                _ => false,
            })
        });
        if !matches {
            return false;
        }
    }
    if let Some(wanted) = &model.when_arg_prefix {
        let starts = |text: &str| {
            wanted.prefixes.iter().any(|p| {
                text.get(..p.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(p))
            })
        };
        let matches = positional.get(wanted.position).is_some_and(|arg| {
            let constant = arg.value.possible_constants().any(|c| match c {
                Const::Str(text) => starts(text),
                _ => false,
            });
            constant
                || arg
                    .value
                    .prefix_alternatives()
                    .is_some_and(|all| all.iter().any(|p| starts(p)))
        });
        if !matches {
            return false;
        }
    }
    true
}

/// Whether a declared content type (`application/json`, `:json`, or a
/// whole `Content-Type: text/plain` header line) is not HTML; `None` when
/// the text declares no content type (another header).
fn declares_not_html(text: &str) -> Option<bool> {
    let declared = match text.split_once(':') {
        Some((name, value)) if name.trim().eq_ignore_ascii_case("content-type") => value,
        Some((name, _)) if !name.trim().is_empty() && !name.contains('/') => return None,
        _ => text,
    };
    let lower = declared.trim().to_ascii_lowercase();
    if lower.is_empty() {
        return None;
    }
    Some(!(lower.contains("html") || lower.contains("xml")))
}

/// The content type a call declares, from its argument: whether the
/// response is then not HTML (`None`: the call declares none).
fn content_type_declaration(value: &Value) -> Option<bool> {
    let mut verdict: Option<bool> = None;
    for constant in value.possible_constants() {
        let Const::Str(text) = constant else {
            return Some(false);
        };
        let this = declares_not_html(text)?;
        verdict = Some(verdict.unwrap_or(true) && this);
    }
    if verdict.is_some() {
        return verdict;
    }
    // `header('Content-Type: ' . $type)`: a type nothing is known about.
    let prefixes = value.prefix_alternatives()?;
    prefixes
        .iter()
        .any(|p| {
            p.split_once(':')
                .is_some_and(|(name, _)| name.trim().eq_ignore_ascii_case("content-type"))
        })
        .then_some(false)
}
