//! Instructions and expressions: how each one changes the abstract state.

use std::sync::Arc;

use plumb_ir::{BinOp, Const, Expr, InstrKind, Language, Operand, UnOp};
use plumb_text::{Name, Span};

use crate::facts::StoreTarget;
use crate::fold;
use crate::interp::{Analysis, Mode};
use crate::resolve::Head;
use crate::state::State;
use crate::value::{join_labels, Konst, Obj, ObjId, Origin, SourceKind, Value};

impl Analysis<'_, '_> {
    pub fn transfer(&mut self, state: &mut State, instr: &InstrKind, span: Span) {
        self.instr_span = span;
        match instr {
            InstrKind::Assign { dst, value } => {
                let mut result = self.eval(state, value, span);
                let local = self.function.local(*dst);
                if let Some(declared) = &local.ty {
                    let ty = self.resolver.resolve_type(declared.name);
                    // An array of a safe type (`byte[]`, `char[]`) holds any text.
                    if declared.array_dims == 0 && self.is_safe_type(Some(ty)) {
                        result = result.sanitized_all();
                    }
                    if result.ty.is_none() || self.language.is_statically_typed() {
                        result.ty = Some(ty);
                    }
                }
                if !local.is_temp {
                    let name = local.name;
                    self.add_step(&mut result, span, || format!("assigned to `{name}`"));
                    let deep = self.deep_value(state, &result);
                    let literal = matches!(value, Expr::Use(Operand::Const(_)));
                    self.record_store(span, name, StoreTarget::Local, &deep, literal);
                }
                state.locals.set(dst.0 as usize, result);
            }
            InstrKind::StoreField { obj, field, value } => {
                let target = self.operand(state, obj);
                let mut stored = self.operand(state, value);
                let field_name = *field;
                self.add_step(&mut stored, span, || {
                    format!("stored in field `{field_name}`")
                });
                let deep = self.deep_value(state, &stored);
                self.escape_built(&deep);
                self.record_store(
                    span,
                    *field,
                    StoreTarget::Field,
                    &deep,
                    matches!(value, Operand::Const(_)),
                );
                self.on_field_store(state, &target, *field, &deep, span);
                // `module.exports = value`: what importers read as the module
                // (`require("./config").digest`).
                if let (Operand::Global(path), Some(package)) = (obj, self.module.package) {
                    if matches!(self.mode, Mode::ModuleInit)
                        && self.language.is_javascript()
                        && path.as_str() == "module"
                        && field.as_str() == "exports"
                    {
                        self.publish_module_global(state, package, &stored, deep.clone());
                    }
                }
                if let Operand::Global(path) = obj {
                    let key = self.resolve_global(*path).full.join(field.as_str());
                    let mut remembered = deep.clone();
                    remembered.obj = None;
                    remembered.exact_param = None;
                    // Symbolic labels mean nothing outside this function.
                    remembered
                        .taint
                        .retain(|l| matches!(l.origin, Origin::Source(..)));
                    let mut fields = self.engine.global_fields.borrow_mut();
                    let merged = match fields.get(&key) {
                        Some(old) => old.join(&remembered),
                        None => remembered,
                    };
                    fields.insert(key, merged);
                }
                if let Some(id) = target.obj {
                    if let Some(object) = state.heap.get_mut(&id) {
                        object.set_field(*field, stored);
                    }
                }
            }
            InstrKind::StoreIndex { obj, index, value } => {
                let target = self.operand(state, obj);
                let key = self.operand(state, index);
                let stored = self.operand(state, value);
                let deep = self.deep_value(state, &stored);
                if let Some(text) = key.konst.as_single_str() {
                    let text = Name::new(text);
                    self.record_store(
                        span,
                        text,
                        StoreTarget::Key,
                        &deep,
                        matches!(value, Operand::Const(_)),
                    );
                }
                self.on_index_store(state, &target, &key, &deep, span);
                self.container_put(state, &target, &key, stored);
            }
            InstrKind::StoreGlobal { name, value } => {
                let stored = self.operand(state, value);
                let deep = self.deep_value(state, &stored);
                self.escape_built(&deep);
                self.record_store(
                    span,
                    *name,
                    StoreTarget::Global,
                    &deep,
                    matches!(value, Operand::Const(_)),
                );
                if matches!(self.mode, Mode::ModuleInit) {
                    if let Some(qualified) = crate::index::module_global_name(self.module, *name) {
                        self.publish_module_global(state, qualified, &stored, deep);
                    }
                }
            }
            InstrKind::Eval(expr) => {
                self.eval(state, expr, span);
            }
        }
    }

    /// Records what module-init code stored in a module global: its value,
    /// and the constant entries of its object through a snapshot (settings
    /// dicts).
    fn publish_module_global(
        &mut self,
        state: &State,
        qualified: Name,
        stored: &Value,
        mut global: Value,
    ) {
        global.obj = None;
        if let Some(obj) = stored.obj.and_then(|id| state.heap.get(&id)) {
            self.engine
                .global_objects
                .borrow_mut()
                .insert(qualified, obj.clone());
        }
        self.engine.globals.borrow_mut().insert(qualified, global);
    }

    pub fn operand(&mut self, state: &mut State, operand: &Operand) -> Value {
        match operand {
            Operand::Var(var) => state
                .locals
                .get(var.0 as usize)
                .cloned()
                .unwrap_or_else(Value::unknown),
            Operand::Const(constant) => {
                let mut value = Value::constant(constant.clone());
                value.ty = Some(Name::new(match (constant, self.language) {
                    (Const::Null, _) => return Value::constant(Const::Null),
                    (Const::Func { .. }, _) => return Value::constant(constant.clone()),
                    (Const::Str(_), language) => string_type(language),
                    (
                        Const::Int(_) | Const::Float(_),
                        Language::JavaScript | Language::TypeScript,
                    ) => "number",
                    (Const::Int(_), _) => "int",
                    (Const::Float(_), _) => "float",
                    (
                        Const::Bool(_),
                        Language::Java | Language::JavaScript | Language::TypeScript,
                    ) => "boolean",
                    (
                        Const::Bool(_),
                        Language::Python
                        | Language::Go
                        | Language::Php
                        | Language::CSharp
                        | Language::Rust,
                    ) => "bool",
                    (Const::Bool(_), Language::Ruby) => "Boolean",
                }));
                value
            }
            Operand::Global(name) => self.global(state, *name),
        }
    }

    /// The value of a dotted global path.
    fn global(&mut self, state: &mut State, name: Name) -> Value {
        let path = self.resolve_global(name);
        if let Some(value) = self.engine.global_fields.borrow().get(&path.full) {
            return value.clone();
        }
        let (mut value, rest) = match path.head {
            Head::ModelGlobal(global) => {
                let models = self.engine.models_for(self.language);
                let model = models.globals.get(&global);
                let ty = model.map(|g| Name::new(&g.ty));
                let mut value = Value::typed(ty);
                if let (Some(ty), true) = (ty, model.is_some_and(|g| g.source)) {
                    if path.rest.is_empty() {
                        if let Some(label) = self.type_source(ty, None, self.instr_span) {
                            value.taint.push(label);
                        }
                    }
                }
                (value, path.rest)
            }
            Head::ModuleGlobal(global) => {
                let value = self
                    .engine
                    .global_value(global)
                    .unwrap_or_else(Value::unknown);
                let value = self.load_global_object(state, global, value);
                (value, path.rest)
            }
            Head::ProjectClass(class) => {
                if let Some((field, more)) = path.rest.split_first() {
                    let value = self.static_field(state, class, *field, path.full);
                    (value, more.to_vec())
                } else {
                    (Value::typed(Some(class)), Vec::new())
                }
            }
            Head::Type(ty) => match path.rest.split_first() {
                // `XMLConstants.FEATURE_SECURE_PROCESSING`: a named library constant.
                Some((field, more)) if is_constant_name(field.as_str()) => {
                    (library_constant(ty, *field), more.to_vec())
                }
                // C# names enum members in Pascal case (`CipherMode.ECB`,
                // `TypeNameHandling.All`): a member of a library type that
                // is no modelled property is such a constant.
                Some((field, []))
                    if self.language == Language::CSharp
                        && field.as_str().starts_with(|c: char| c.is_ascii_uppercase())
                        && self.engine.member_type(ty, *field, self.language).is_none() =>
                {
                    (
                        Value::constant(Const::str(ty.join(field.as_str()).as_str())),
                        Vec::new(),
                    )
                }
                // `System.out`: a static field, typed by the models.
                _ => (Value::typed(Some(ty)), path.rest),
            },
            Head::ProjectFunction(_) | Head::ModelFunction(_) => (Value::unknown(), Vec::new()),
            Head::Unknown(_) if self.inherited_member(state, name).is_some() => {
                let segments = name.as_str().split('.').map(Name::new).collect();
                (
                    self.this_value(state).unwrap_or_else(Value::unknown),
                    segments,
                )
            }
            Head::Unknown(full) => {
                let last = full.last_segment();
                // An unknown library constant (`CURLOPT_URL`) is its name.
                if matches!(self.language, Language::Java | Language::Php) && is_constant_name(last)
                {
                    (Value::constant(Const::str(full.as_str())), Vec::new())
                } else if let Some(field) = self.own_static_field(full) {
                    (field, Vec::new())
                } else {
                    (Value::unknown(), Vec::new())
                }
            }
        };
        for segment in rest {
            // Sources read through a dotted path (`request.args`) are
            // located at the instruction that reads them.
            let span = self.instr_span;
            value = self.read_field(state, &value, segment, span);
        }
        value
    }

    fn load_global_object(&mut self, state: &mut State, global: Name, mut value: Value) -> Value {
        let snapshot = self.engine.global_objects.borrow().get(&global).cloned();
        if let Some(obj) = snapshot {
            let id = ObjId::Global(global_slot(global));
            state.heap.entry(id).or_insert(obj);
            value.obj = Some(id);
        }
        value
    }

    /// A dotted path whose root no scope binds, read in a method of a class
    /// whose library supertypes model a member of that name: C# reaches
    /// `Request`, `Response` or `Url` of a controller without `this.`.
    /// Returns the segments to read from `this`.
    pub(crate) fn inherited_member(&self, state: &State, path: Name) -> Option<()> {
        let class = self.class_name?;
        self.this_value(state)?;
        let first = Name::new(path.as_str().split('.').next()?);
        self.engine.member_type(class, first, self.language)?;
        Some(())
    }

    /// A bare name in Java that is a static field of the enclosing class or
    /// its outer classes, lowered as a `Global`.
    fn own_static_field(&self, name: Name) -> Option<Value> {
        let class = self.class_name?;
        self.engine.field_initial_value(class, name)
    }

    fn static_field(&mut self, state: &mut State, class: Name, field: Name, full: Name) -> Value {
        if let Some((mut value, object)) = self.engine.field_initial(class, field) {
            // An enum constant or a static singleton is one object with its
            // own fields, not any instance of its class.
            if let Some(object) = object {
                let id = ObjId::Global(global_slot(class.join(field.as_str())));
                state.heap.entry(id).or_insert(object);
                value.obj = Some(id);
            }
            return value;
        }
        if let Some(value) = self.engine.class_constant(class, field) {
            return value;
        }
        if let Some(ty) = self.engine.member_type(class, field, self.language) {
            return Value::typed(Some(ty));
        }
        if self.language == Language::Java && is_constant_name(field.as_str()) {
            return Value::constant(Const::str(full.as_str()));
        }
        Value::unknown()
    }

    pub fn eval(&mut self, state: &mut State, expr: &Expr, span: Span) -> Value {
        match expr {
            Expr::Use(operand) => {
                let mut value = self.operand(state, operand);
                if !matches!(operand, Operand::Var(_)) {
                    value.exact_param = None;
                }
                value
            }
            Expr::Binary(op, left, right) => {
                let a = self.operand(state, left);
                let b = self.operand(state, right);
                if let Some(value) = self.operator_call(state, *op, &a, &b, span) {
                    return value;
                }
                self.binary(*op, &a, &b)
            }
            Expr::Unary(op, operand) => {
                let a = self.operand(state, operand);
                let konst = fold::unary(*op, &a.konst, self.language);
                match op {
                    UnOp::Not => Value {
                        konst,
                        ty: Some(Name::new("bool")),
                        ..Value::unknown()
                    },
                    _ => Value {
                        konst,
                        taint: a.taint,
                        ..Value::unknown()
                    },
                }
            }
            Expr::Concat(parts) => {
                let values: Vec<Value> = parts.iter().map(|p| self.operand(state, p)).collect();
                let values: Vec<Value> = values.iter().map(|v| self.deep_value(state, v)).collect();
                self.concat(&values)
            }
            Expr::Call(call) => self.call(state, call, span),
            Expr::New { class, args } => self.construct(state, class, args, span),
            Expr::Field(base, field) => {
                let base = self.operand(state, base);
                self.read_field(state, &base, *field, span)
            }
            Expr::Index(base, index) => {
                let base = self.operand(state, base);
                let key = self.operand(state, index);
                let mut value = match self.modelled_subscript(state, &base, &key, span) {
                    Some(value) => value,
                    None => self.container_get(state, &base, &key, span),
                };
                // What a predictable index picks is predictable
                // (`ALPHABET[random index]`).
                for label in &key.taint {
                    if matches!(label.origin, Origin::Source(SourceKind::WeakRandom, _)) {
                        crate::value::add_label(&mut value.taint, *label);
                    }
                }
                match (base.ty, key.konst.as_single_str()) {
                    (Some(ty), Some(member)) => self.member_cleaning(ty, member, value),
                    _ => value,
                }
            }
            Expr::Element(iterable) => {
                let base = self.operand(state, iterable);
                if let Some(item) = self.next_item(state, iterable, &base) {
                    return item;
                }
                self.container_element(state, &base)
            }
            Expr::List(items) => {
                let values: Vec<Value> = items.iter().map(|i| self.operand(state, i)).collect();
                let id = ObjId::Site(self.site);
                let mut obj = Obj::new(Some(Name::new(list_type(self.language))));
                obj.items = Some(values);
                state.heap.insert(id, obj.clone());
                Value {
                    ty: obj.ty,
                    obj: Some(id),
                    ..Value::unknown()
                }
            }
            Expr::Map(entries) => {
                let id = ObjId::Site(self.site);
                let mut obj = Obj::new(Some(Name::new(match self.language {
                    Language::Java => "java.util.Map",
                    Language::Python => "dict",
                    Language::JavaScript | Language::TypeScript => "Object",
                    Language::Go => "map",
                    Language::Ruby => "Hash",
                    Language::Php => "array",
                    Language::CSharp => "System.Collections.Generic.Dictionary",
                    Language::Rust => "std.collections.HashMap",
                })));
                obj.items = None;
                for entry in entries {
                    let key = self.operand(state, &entry.key);
                    let value = self.operand(state, &entry.value);
                    if let Some(text) = key.konst.as_single_str() {
                        let literal = matches!(entry.value, Operand::Const(_));
                        let at = if entry.span.is_dummy() {
                            span
                        } else {
                            entry.span
                        };
                        self.record_store(at, Name::new(text), StoreTarget::Key, &value, literal);
                    }
                    match key.konst.as_single() {
                        Some(constant) => obj.entries.push((constant.clone(), value)),
                        None => obj.add_any(&value),
                    }
                }
                state.heap.insert(id, obj.clone());
                Value {
                    ty: obj.ty,
                    obj: Some(id),
                    ..Value::unknown()
                }
            }
            Expr::Closure(id) => self.closure_created(state, *id, span),
            Expr::Cast(written, operand) => {
                let mut value = self.operand(state, operand);
                let ty = self.resolver.resolve_type(written.name);
                if written.array_dims == 0 && self.is_safe_type(Some(ty)) {
                    value = value.sanitized_all();
                }
                value.ty = Some(ty);
                value
            }
            Expr::InstanceOf(..) => Value::typed(Some(Name::new("bool"))),
            Expr::Opaque { kind, operands } if kind.as_str() == "has_next" => {
                self.has_next(state, operands)
            }
            Expr::Opaque { operands, .. } => {
                let mut value = Value::unknown();
                for operand in operands {
                    let part = self.operand(state, operand);
                    let part = self.deep_value(state, &part);
                    join_labels(&mut value.taint, &part.taint);
                }
                value
            }
        }
    }

    pub fn binary(&self, op: BinOp, a: &Value, b: &Value) -> Value {
        if matches!(op, BinOp::And | BinOp::Or) && self.language != Language::Java {
            return self.operand_choice(op, a, b);
        }
        let konst = fold::binary(op, &a.konst, &b.konst, self.language);
        let comparison = matches!(
            op,
            BinOp::Eq
                | BinOp::NotEq
                | BinOp::Lt
                | BinOp::LtEq
                | BinOp::Gt
                | BinOp::GtEq
                | BinOp::In
                | BinOp::NotIn
                | BinOp::Is
                | BinOp::IsNot
        );
        if comparison {
            return Value {
                konst,
                ty: Some(Name::new("bool")),
                ..Value::unknown()
            };
        }
        let stringy = |v: &Value| {
            matches!(v.konst.as_single(), Some(Const::Str(_)))
                || v.ty.is_some_and(|t| is_string_type(t.as_str()))
        };
        if op == BinOp::Add && (stringy(a) || stringy(b)) {
            return self.concat(&[a.clone(), b.clone()]);
        }
        let mut taint = a.taint.clone();
        join_labels(&mut taint, &b.taint);
        Value {
            konst,
            taint,
            ..Value::unknown()
        }
    }

    /// `a or b` and `a and b` outside Java are one of their operands: the
    /// first when its truthiness decides, otherwise the second. When the
    /// first's truthiness is unknown either may come out, and constants the
    /// join cannot hold are kept as hints (`name or "md5"` may be `"md5"`).
    fn operand_choice(&self, op: BinOp, a: &Value, b: &Value) -> Value {
        let first_decides = |truthy: bool| if op == BinOp::Or { truthy } else { !truthy };
        let truthiness = a
            .konst
            .as_single()
            .and_then(|c| fold::truthiness(c, self.language));
        if let Some(truthy) = truthiness {
            return if first_decides(truthy) {
                a.clone()
            } else {
                b.clone()
            };
        }
        let mut joined = a.join(b);
        if !joined.konst.is_known() {
            let mut constants: Vec<Const> = Vec::new();
            for constant in a.possible_constants().chain(b.possible_constants()) {
                if !constants.contains(constant) && constants.len() < crate::value::MAX_CONSTANTS {
                    constants.push(constant.clone());
                }
            }
            if !constants.is_empty() {
                joined.hints = Some(constants.into());
            }
        }
        joined
    }

    pub fn concat(&self, parts: &[Value]) -> Value {
        let mut konst = Konst::str("");
        // What the result starts with: one text per alternative, while the
        // parts so far are constants (a few alternatives are kept apart).
        let mut prefixes = vec![String::new()];
        let mut prefix_open = true;
        let mut taint = crate::value::Labels::new();
        for part in parts {
            join_labels(&mut taint, &part.taint);
            let text = fold::lift1(&part.konst, |c| {
                Some(Const::str(&fold::to_text(c, self.language)))
            });
            konst = fold::binary(BinOp::Add, &konst, &text, Language::Java);
            if !prefix_open {
                continue;
            }
            let pieces: Vec<Arc<str>> = match text.values() {
                [] => part.prefix_alternatives().unwrap_or_default(),
                values => values
                    .iter()
                    .filter_map(|c| match c {
                        Const::Str(piece) => Some(piece.clone()),
                        _ => None,
                    })
                    .collect(),
            };
            let constant = text.is_known() && pieces.len() == text.values().len();
            if pieces.is_empty() || prefixes.len() * pieces.len() > crate::value::MAX_CONSTANTS {
                prefix_open = false;
                continue;
            }
            if let [piece] = pieces.as_slice() {
                for head in &mut prefixes {
                    head.push_str(piece);
                }
            } else {
                prefixes = prefixes
                    .iter()
                    .flat_map(|head| pieces.iter().map(move |piece| format!("{head}{piece}")))
                    .collect();
                prefixes.dedup();
            }
            if !constant {
                prefix_open = false;
            }
        }
        let (prefix, prefixes) = crate::value::prefixes_of(prefixes);
        Value {
            konst,
            taint,
            ty: Some(Name::new(string_type(self.language))),
            prefix,
            obj: None,
            exact_param: None,
            hints: None,
            prefixes,
        }
    }

    /// Reads `base.field`.
    pub fn read_field(
        &mut self,
        state: &mut State,
        base: &Value,
        field: Name,
        span: Span,
    ) -> Value {
        // `x.length` in Java is an array's length (a number, whatever the
        // array holds) unless `x` is one of the project's classes: library
        // types expose lengths through methods, and types of arrays are
        // their element types here.
        if matches!(
            self.language,
            Language::Java | Language::JavaScript | Language::TypeScript
        ) && field.as_str() == "length"
            && !base
                .ty
                .is_some_and(|ty| self.engine.index.classes.contains_key(&ty))
        {
            return Value {
                ty: Some(Name::new("int")),
                ..Value::unknown()
            };
        }
        if let Some(id) = base.obj {
            if let Some(obj) = state.heap.get(&id) {
                if let Some(value) = obj.field(field) {
                    return value.clone();
                }
                // A parameter's element read by a constant position in a
                // summary (`values[0]`), filled in with the caller's list.
                if let (Some(position), None, Some(items)) =
                    (element_position(field), obj.symbolic, &obj.items)
                {
                    if let Some(item) = items.get(position) {
                        return item.clone();
                    }
                }
                if let Some((_, value)) = obj
                    .entries
                    .iter()
                    .find(|(k, _)| matches!(k, Const::Str(s) if s.as_ref() == field.as_str()))
                {
                    return value.clone();
                }
                if let Some(index) = obj.symbolic {
                    let owner = obj.ty;
                    let mut value = self.materialize_field(index, owner, field, span);
                    // A field of a parameter whose type is a source (Go's
                    // `r.URL` on an `*http.Request`) is request data itself.
                    if let Some(label) = base.ty.and_then(|ty| self.member_source(ty, field, span))
                    {
                        value.taint.push(label);
                    }
                    let in_constructor =
                        matches!(self.function.kind, plumb_ir::FunctionKind::Constructor)
                            || self.function.name.as_str() == "__init__";
                    if let (Some(owner), false, None) = (owner, in_constructor, value.obj) {
                        if let Some(configured) = self.engine.constructor_object(owner, field) {
                            let slot = ObjId::Global(global_slot(owner.join(field.as_str())));
                            state.heap.entry(slot).or_insert(configured);
                            value.obj = Some(slot);
                        }
                    }
                    if let Some(obj) = state.heap.get_mut(&id) {
                        obj.set_field(field, value.clone());
                    }
                    return value;
                }
            }
        }
        let mut value = Value::unknown();
        if let Some(ty) = base.ty {
            if let Some(label) = self.member_source(ty, field, span) {
                value.taint.push(label);
            }
            value.ty = self.engine.member_type(ty, field, self.language);
            if let Some(initial) = self.engine.field_initial_value(ty, field) {
                value = value.join(&initial);
                value.konst = initial.konst.clone();
            }
        }
        if !self.is_safe_type(value.ty) {
            join_labels(&mut value.taint, &base.taint);
        }
        value
    }

    fn materialize_field(
        &mut self,
        index: u8,
        owner: Option<Name>,
        field: Name,
        span: Span,
    ) -> Value {
        let ty = owner.and_then(|owner| self.engine.member_type(owner, field, self.language));
        if let Some(owner) = owner {
            if let Some(value) =
                self.engine
                    .injected_config_value(owner, field, self.func.module, span)
            {
                return value;
            }
            if let Some(initial) = self.engine.field_initial_value(owner, field) {
                if initial.konst.is_known() {
                    return initial;
                }
            }
            if !matches!(self.function.kind, plumb_ir::FunctionKind::Constructor)
                && self.function.name.as_str() != "__init__"
            {
                if let Some(constant) = self.engine.constructor_constant(owner, field) {
                    return constant;
                }
                if let Some(mut constant) = self.engine.constructed_field_value(owner, field) {
                    constant.ty = constant.ty.or(ty);
                    return constant;
                }
            }
        }
        let mut value = Value::typed(ty);
        // What the project's own constructions pass in may be selected here
        // (`new Checksums("SHA1")`), whatever else a caller may pass.
        if let Some(owner) = owner {
            if !matches!(self.function.kind, plumb_ir::FunctionKind::Constructor)
                && self.function.name.as_str() != "__init__"
            {
                value.hints = self.engine.constructed_field_constants(owner, field);
            }
        }
        if !self.is_safe_type(ty) && matches!(self.mode, Mode::Summary) {
            let step = self
                .engine
                .step(self.func.module, span, format!("field `{field}`"), None);
            value.taint.push(crate::value::Label {
                origin: Origin::ParamField(index, field),
                cleaned: 0,
                step,
            });
        }
        value
    }

    /// An entry read by a constant key (`$_FILES['f']['tmp_name']`) is a
    /// member of its container's type: what the type's model says its
    /// members cannot carry is cleaned from it.
    fn member_cleaning(&self, ty: Name, member: &str, mut value: Value) -> Value {
        let models = self.engine.models_for(self.language);
        for &sup in self.engine.supertypes(ty, self.language).iter() {
            let Some(model) = models.type_model(sup) else {
                continue;
            };
            if model.clean_members.iter().any(|m| m == member) {
                return value.sanitized_all();
            }
            if let Some(rules) = model.member_cleans.get(member) {
                let mask = crate::rules::rules_mask(rules);
                for label in value.taint.iter_mut() {
                    label.cleaned |= mask;
                }
                return value;
            }
        }
        value
    }

    /// A member of a value whose type is a modelled source (`request.args`).
    pub fn member_source(&self, ty: Name, member: Name, span: Span) -> Option<crate::value::Label> {
        self.type_source(ty, Some(member), span)
    }

    /// The source a value of type `ty` is, read whole (`member` none: an
    /// element iterated over) or through one of its members.
    fn type_source(
        &self,
        ty: Name,
        member: Option<Name>,
        span: Span,
    ) -> Option<crate::value::Label> {
        let models = self.engine.models_for(self.language);
        for &sup in self.engine.supertypes(ty, self.language).iter() {
            let Some(model) = models.type_model(sup) else {
                continue;
            };
            let Some(kind) = model.source else { continue };
            if let Some(member) = member {
                if model.clean_members.iter().any(|m| m == member.as_str()) {
                    return None;
                }
            }
            let label = model
                .label
                .clone()
                .unwrap_or_else(|| "request data".to_owned());
            let mut source = self.source_label(
                match kind {
                    plumb_models::SourceKind::UserInput => SourceKind::UserInput,
                    plumb_models::SourceKind::WeakRandom => SourceKind::WeakRandom,
                },
                span,
                match member {
                    Some(member) => format!("{label} `{member}`"),
                    None => label,
                },
            );
            if let Some(rules) = member.and_then(|m| model.member_cleans.get(m.as_str())) {
                source.cleaned |= crate::rules::rules_mask(rules);
            }
            return Some(source);
        }
        None
    }

    /// `value[key]` on a type whose `__getitem__` is modelled (`os.environ["K"]`).
    fn modelled_subscript(
        &mut self,
        state: &mut State,
        base: &Value,
        key: &Value,
        span: Span,
    ) -> Option<Value> {
        let ty = base.ty?;
        let models = self.engine.models_for(self.language);
        let callee = ty.join("__getitem__");
        let found = models.function(callee);
        if found.is_empty() {
            return None;
        }
        let found = found.to_vec();
        let args = vec![crate::calls::ArgValue {
            keyword: None,
            value: key.clone(),
            spread: false,
            literal: false,
            var: None,
            path: None,
        }];
        let receiver = crate::calls::Receiver {
            operand: None,
            value: base.clone(),
        };
        Some(self.model_call(state, callee, &found, Some(receiver), args, span))
    }

    pub fn container_put(&mut self, state: &mut State, target: &Value, key: &Value, value: Value) {
        let Some(id) = target.obj else { return };
        let Some(obj) = state.heap.get_mut(&id) else {
            return;
        };
        match key.konst.as_single() {
            Some(Const::Int(index)) if obj.items.is_some() => {
                let items = obj.items.as_mut().map(|items| {
                    let slot = usize::try_from(*index).ok().filter(|i| *i <= items.len());
                    match slot {
                        Some(i) if i < items.len() => {
                            items[i] = value.clone();
                            true
                        }
                        // Filling an array in order (its length may be unknown).
                        Some(_) if items.len() < 64 => {
                            items.push(value.clone());
                            true
                        }
                        _ => false,
                    }
                });
                if items != Some(true) {
                    // Written past what is known: indices no longer say anything.
                    if let Some(items) = obj.items.take() {
                        for item in items {
                            obj.add_any(&item);
                        }
                    }
                    obj.add_any(&value);
                }
            }
            Some(constant) => {
                let constant = constant.clone();
                match obj.entries.iter_mut().find(|(k, _)| *k == constant) {
                    Some((_, slot)) => *slot = value,
                    None => obj.entries.push((constant, value)),
                }
            }
            None => obj.add_any(&value),
        }
    }

    pub fn container_get(
        &mut self,
        state: &mut State,
        base: &Value,
        key: &Value,
        span: Span,
    ) -> Value {
        // A constant position in a parameter's list (`values[0]` of varargs)
        // is a member of it too, named by its position.
        if let (Some(id), Some(Const::Int(position))) = (base.obj, key.konst.as_single()) {
            let symbolic = state
                .heap
                .get(&id)
                .and_then(|obj| obj.symbolic.map(|i| (i, obj.ty)));
            if let (Some((index, ty)), true) = (symbolic, *position >= 0) {
                let name = Name::new(&format!("[{position}]"));
                let existing = state.heap.get(&id).and_then(|obj| obj.field(name).cloned());
                if let Some(value) = existing {
                    return value;
                }
                let value = self.materialize_field(index, ty, name, span);
                if let Some(obj) = state.heap.get_mut(&id) {
                    obj.set_field(name, value.clone());
                }
                return value;
            }
        }
        // A constant key of a parameter's dict is a member of it, like a field.
        if let (Some(id), Some(text)) = (base.obj, key.konst.as_single_str()) {
            let symbolic = state
                .heap
                .get(&id)
                .and_then(|obj| obj.symbolic.map(|i| (i, obj.ty)));
            if let Some((index, ty)) = symbolic {
                let name = Name::new(text);
                let existing = state.heap.get(&id).and_then(|obj| {
                    obj.entries
                        .iter()
                        .find(|(k, _)| k.clone() == Const::str(text))
                        .map(|(_, v)| v.clone())
                });
                if let Some(value) = existing {
                    return value;
                }
                let mut value = self.materialize_field(index, ty, name, span);
                if let Some(label) = base.ty.and_then(|ty| self.member_source(ty, name, span)) {
                    value.taint.push(label);
                }
                if let Some(obj) = state.heap.get_mut(&id) {
                    obj.entries.push((Const::str(text), value.clone()));
                }
                return value;
            }
        }
        if let Some(obj) = base.obj.and_then(|id| state.heap.get(&id)) {
            if obj.symbolic.is_none() {
                if let Some(constant) = key.konst.as_single() {
                    if let (Const::Int(index), Some(items)) = (constant, &obj.items) {
                        let index = if *index < 0 {
                            items.len() as i64 + index
                        } else {
                            *index
                        };
                        if let Some(item) = usize::try_from(index).ok().and_then(|i| items.get(i)) {
                            return item.clone();
                        }
                    }
                    if let Some((_, value)) = obj.entries.iter().find(|(k, _)| k == constant) {
                        return value.clone();
                    }
                    if obj.items.is_some() || !obj.entries.is_empty() {
                        return obj.any.clone().unwrap_or_else(Value::unknown);
                    }
                }
                let mut out = obj.any.clone().unwrap_or_else(Value::unknown);
                for value in obj
                    .entries
                    .iter()
                    .map(|(_, v)| v)
                    .chain(obj.items.iter().flatten())
                {
                    out = out.join(value);
                }
                return out;
            }
        }
        // Subscript on a request-like source (`request.GET["q"]`), or on anything tainted.
        let mut value = Value::unknown();
        if let (Some(ty), Some(text)) = (base.ty, key.konst.as_single_str()) {
            if let Some(label) = self.member_source(ty, Name::new(text), span) {
                // The member names the source better than the whole does.
                value.taint.push(label);
                return value;
            }
        }
        join_labels(&mut value.taint, &self.deep_value(state, base).taint);
        value
    }

    /// The items of the collection `value` points to, when every one is
    /// known and there are few enough to run a loop over them one by one.
    fn unrollable_items<'s>(state: &'s State, value: &Value) -> Option<&'s [Value]> {
        let obj = value.obj.and_then(|id| state.heap.get(&id))?;
        let items = obj.items.as_deref()?;
        (obj.any.is_none() && obj.entries.is_empty() && items.len() <= MAX_UNROLLED_ITEMS)
            .then_some(items)
    }

    /// A loop's test for another element. Over a collection of known items
    /// entered with a cursor (see `Worklist::flow`), it is a constant: the
    /// loop runs exactly once per item and only then exits, so what it
    /// accumulates (`name = name + part`) stays a constant.
    fn has_next(&mut self, state: &mut State, operands: &[Operand]) -> Value {
        let boolean = Value::typed(Some(Name::new("bool")));
        let [Operand::Var(var)] = operands else {
            return boolean;
        };
        let Some(taken) = state.cursor(*var) else {
            return boolean;
        };
        let iterable = self.operand(state, &Operand::Var(*var));
        match Self::unrollable_items(state, &iterable).map(<[Value]>::len) {
            Some(len) => {
                let more = (taken as usize) < len;
                // The element reads of this iteration (a key and a value,
                // say) all see the item it takes.
                if more {
                    state.set_cursor(*var, taken + 1);
                }
                Value {
                    konst: Konst::single(Const::Bool(more)),
                    ..boolean
                }
            }
            None => {
                state.cursors.retain(|(v, _)| v != var);
                boolean
            }
        }
    }

    /// The item of this iteration of a loop run one iteration at a time.
    fn next_item(&mut self, state: &mut State, iterable: &Operand, base: &Value) -> Option<Value> {
        let Operand::Var(var) = iterable else {
            return None;
        };
        let taken = state.cursor(*var)?;
        let current = (taken as usize).checked_sub(1)?;
        Self::unrollable_items(state, base)?.get(current).cloned()
    }

    pub fn container_element(&mut self, state: &mut State, base: &Value) -> Value {
        let deep = self.deep_value(state, base);
        let mut value = Value::unknown();
        if let Some(obj) = base.obj.and_then(|id| state.heap.get(&id)) {
            let mut konst: Option<Konst> = None;
            // A list's elements: its known items, and what it holds at
            // unknown positions (`map(f, items)` fills only those).
            let list_any = obj.any.as_ref().filter(|_| obj.items.is_some());
            for item in obj.items.iter().flatten().chain(list_any) {
                konst = Some(match konst {
                    Some(k) => k.join(&item.konst),
                    None => item.konst.clone(),
                });
            }
            if (obj.any.is_none() || list_any.is_some()) && obj.entries.is_empty() {
                if let Some(konst) = konst {
                    value.konst = konst;
                }
            }
        }
        value.taint = deep.taint;
        // Iterating a source (PHP's `foreach ($_POST as $v)`) reads it.
        if let Some(ty) = base.ty {
            if let Some(label) = self.type_source(ty, None, self.instr_span) {
                value.taint.push(label);
            }
        }
        value
    }
}

/// The most items a loop is run over one at a time.
const MAX_UNROLLED_ITEMS: usize = 16;

/// Java constants are named in upper case; an unknown library constant is
/// represented by its qualified name so that checks can recognise it.
fn is_constant_name(name: &str) -> bool {
    name.len() > 1
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && name.chars().any(|c| c.is_ascii_uppercase())
}

fn library_constant(ty: Name, field: Name) -> Value {
    if is_constant_name(field.as_str()) {
        return Value::constant(Const::str(ty.join(field.as_str()).as_str()));
    }
    Value::unknown()
}

fn global_slot(name: Name) -> u32 {
    let text = name.as_str();
    text.bytes().fold(0x811c_9dc5u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// The type of string constants and string building in `language`.
pub(crate) fn string_type(language: Language) -> &'static str {
    match language {
        Language::Java => "java.lang.String",
        Language::Python => "str",
        Language::JavaScript
        | Language::TypeScript
        | Language::Go
        | Language::Php
        | Language::CSharp => "string",
        Language::Ruby | Language::Rust => "String",
    }
}

/// A string type of any of the languages.
pub(crate) fn is_string_type(ty: &str) -> bool {
    matches!(ty, "java.lang.String" | "str" | "string" | "String")
}

/// The type a list literal of `language` has.
pub(crate) fn list_type(language: Language) -> &'static str {
    match language {
        Language::Java => "java.util.List",
        Language::Python => "list",
        Language::JavaScript | Language::TypeScript | Language::Ruby => "Array",
        Language::Go => "slice",
        Language::Php => "array",
        Language::CSharp => "System.Collections.Generic.List",
        Language::Rust => "std.vec.Vec",
    }
}

/// The position a member name stands for when it names a list element
/// (`[0]`, see `container_get`).
fn element_position(field: Name) -> Option<usize> {
    field
        .as_str()
        .strip_prefix('[')?
        .strip_suffix(']')?
        .parse()
        .ok()
}
