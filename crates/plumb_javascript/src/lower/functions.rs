//! Functions (declarations, expressions, arrows, methods, constructors),
//! their parameters, and classes with their fields and decorators.

use plumb_ir::{
    Annotation, AttrValue, Class, ClassId, ClassKind, Const, Expr, Field, FuncId, FunctionKind,
    Operand, Param, ParamKind, Terminator, TypeRef, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::scope::Scan;
use super::{named_children, qualify, Lowerer};
use crate::grammar::FieldName;
use crate::span_of;

/// A parameter before it has a variable in its function.
struct ParamSpec<'t> {
    name: Name,
    kind: ParamKind,
    ty: Option<TypeRef>,
    annotations: Vec<Annotation>,
    default: Option<AttrValue>,
    /// A destructuring pattern or default value, bound at the top of the body.
    pattern: Option<Node<'t>>,
    default_value: Option<Node<'t>>,
    /// A TypeScript parameter property (`constructor(private db: Db)`).
    property: bool,
    span: Span,
}

/// What a function node is, as far as its lowering cares.
#[derive(Clone, Copy)]
pub(super) struct MethodOf {
    pub class: ClassId,
    pub is_static: bool,
    pub is_constructor: bool,
}

impl<'s> Lowerer<'s> {
    /// A function value (declaration, expression, arrow, object method)
    /// outside a class; `hint` names an anonymous one after what it is
    /// bound to.
    pub(super) fn function_value(&mut self, node: Node<'_>, hint: Option<&str>) -> FuncId {
        self.function_like(node, hint, &[], None)
    }

    pub(super) fn function_like(
        &mut self,
        node: Node<'_>,
        hint: Option<&str>,
        decorators: &[Node<'_>],
        method: Option<MethodOf>,
    ) -> FuncId {
        // An object literal's method is named by the object's binding (the
        // caller's hint), not by its key alone.
        let object_method = method.is_none() && self.kind(node) == "method_definition";
        let own_name = self
            .field(node, FieldName::Name)
            .filter(|name| !object_method && self.kind(*name) != "computed_property_name")
            .map(|name| self.text(name).to_owned());
        let name = match (&own_name, hint, method) {
            (_, _, Some(m)) if m.is_constructor => "<init>".to_owned(),
            (Some(own), _, _) => own.clone(),
            (None, Some(hint), _) => hint.to_owned(),
            (None, None, _) => self.anonymous_name(),
        };
        let named = own_name.is_some() || hint.is_some();
        // A named function at the top of a file is the module's, callable
        // from other files; any other function is a closure of the one
        // around it.
        let (kind, qualified) = match method {
            Some(m) => {
                let owner = self
                    .classes
                    .get(m.class.0 as usize)
                    .map_or_else(|| self.module_name.clone(), |c| c.qualified.to_string());
                let kind = if m.is_constructor {
                    FunctionKind::Constructor
                } else {
                    FunctionKind::Method
                };
                (kind, qualify(&owner, &name))
            }
            None if self.cur.module_level && named => {
                (FunctionKind::Function, qualify(&self.module_name, &name))
            }
            None => (FunctionKind::Closure, qualify(&self.cur.qualified, &name)),
        };
        if !self.descend() {
            let value = self.cut(node);
            self.eval(value, span_of(node));
            let ctx = self.new_ctx(&name, qualified, kind, span_of(node));
            let id = ctx.id;
            self.enter_ctx(ctx);
            self.leave_ctx();
            return id;
        }
        let mut annotations: Vec<Annotation> =
            decorators.iter().map(|d| self.decorator(*d)).collect();
        for decorator in self.field_children(node, FieldName::Decorator) {
            annotations.push(self.decorator(decorator));
        }
        let mut ctx = self.new_ctx(&name, qualified, kind, span_of(node));
        let id = ctx.id;
        ctx.is_arrow = self.kind(node) == "arrow_function";
        ctx.class = method.map(|m| m.class);
        {
            let function = ctx.b.function_mut();
            function.class = method.map(|m| m.class);
            function.is_static = method.is_some_and(|m| m.is_static);
            function.annotations = annotations;
            function.return_type = self
                .field(node, FieldName::ReturnType)
                .and_then(|ty| self.type_ref(ty, 0));
            if kind == FunctionKind::Closure {
                function.parent = Some(self.cur.id);
            }
        }
        let params = self.params(node);
        let body = self.field(node, FieldName::Body);
        let scan = Scan {
            src: self.src,
            g: self.g,
        };
        let mut locals = Vec::new();
        if let Some(body) = body {
            locals = scan.declared(body, |n| {
                self.field(n, FieldName::Value)
                    .is_some_and(|value| self.is_require_value(value))
            });
        }
        self.enter_ctx(ctx);
        if let Some(m) = method.filter(|m| !m.is_static) {
            let this = self.cur.b.add_param(Param {
                name: Name::new("this"),
                var: VarId(0),
                kind: ParamKind::Receiver,
                ty: None,
                annotations: Vec::new(),
                default: None,
                span: span_of(node),
            });
            self.cur.this = Some(this);
            debug_assert!(!m.is_static);
        }
        self.bind_params(params, method);
        for name in locals {
            if !self.cur.vars.contains_key(&name) {
                self.declare(name, None);
            }
        }
        if let Some(body) = body {
            if self.kind(body) == "statement_block" {
                let statements = named_children(body);
                self.hoist_functions(&statements);
                for statement in statements {
                    self.stmt(statement);
                }
            } else {
                let value = self.operand(body);
                self.terminate_at(Terminator::Return(Some(value)), span_of(body));
            }
        }
        self.leave_ctx();
        self.ascend();
        id
    }

    fn params<'t>(&mut self, node: Node<'t>) -> Vec<ParamSpec<'t>> {
        // `x => ...`: one parameter without parentheses.
        if let Some(single) = self.field(node, FieldName::Parameter) {
            return vec![ParamSpec {
                name: self.name_of(single),
                kind: ParamKind::Positional,
                ty: None,
                annotations: Vec::new(),
                default: None,
                pattern: None,
                default_value: None,
                property: false,
                span: span_of(single),
            }];
        }
        let Some(list) = self.field(node, FieldName::Parameters) else {
            return Vec::new();
        };
        let mut specs = Vec::new();
        let mut pending_decorators = Vec::new();
        for (position, child) in named_children(list).into_iter().enumerate() {
            let mut annotations = Vec::new();
            let mut ty = None;
            let mut default_value = None;
            let mut property = false;
            let mut target = child;
            match self.kind(child) {
                "decorator" => {
                    pending_decorators.push(child);
                    continue;
                }
                "required_parameter" | "optional_parameter" => {
                    ty = self.annotated_type(child);
                    default_value = self.field(child, FieldName::Value);
                    for decorator in pending_decorators.drain(..) {
                        annotations.push(self.decorator(decorator));
                    }
                    for decorator in self.field_children(child, FieldName::Decorator) {
                        annotations.push(self.decorator(decorator));
                    }
                    property = named_children(child).into_iter().any(|modifier| {
                        matches!(
                            self.kind(modifier),
                            "accessibility_modifier" | "override_modifier"
                        )
                    }) || self.has_token(child, "readonly");
                    match self
                        .field(child, FieldName::Pattern)
                        .or_else(|| self.field(child, FieldName::Name))
                    {
                        Some(pattern) => target = pattern,
                        None => continue,
                    }
                }
                "assignment_pattern" => {
                    default_value = self.field(child, FieldName::Right);
                    match self.field(child, FieldName::Left) {
                        Some(left) => target = left,
                        None => continue,
                    }
                }
                "comment" => continue,
                _ => {}
            }
            let (name, kind, pattern) = match self.kind(target) {
                "identifier" => (self.name_of(target), ParamKind::Positional, None),
                "this" => continue,
                "rest_pattern" => match named_children(target).first() {
                    Some(&inner) if self.kind(inner) == "identifier" => {
                        (self.name_of(inner), ParamKind::VarArgs, None)
                    }
                    Some(&inner) => (
                        Name::new(&format!("$param{position}")),
                        ParamKind::VarArgs,
                        Some(inner),
                    ),
                    None => continue,
                },
                _ => (
                    Name::new(&format!("$param{position}")),
                    ParamKind::Positional,
                    Some(target),
                ),
            };
            let default = default_value.map(|value| self.attr_value(value, 0));
            specs.push(ParamSpec {
                name,
                kind,
                ty,
                annotations,
                default,
                pattern,
                default_value,
                property,
                span: span_of(child),
            });
        }
        specs
    }

    fn has_token(&self, node: Node<'_>, token: &str) -> bool {
        let mut cursor = node.walk();
        let found = node
            .children(&mut cursor)
            .any(|child| !child.is_named() && child.kind() == token);
        found
    }

    /// Declares the parameters, then binds destructuring patterns, defaults
    /// and parameter properties at the top of the body.
    fn bind_params(&mut self, params: Vec<ParamSpec<'_>>, method: Option<MethodOf>) {
        let mut pending = Vec::new();
        for spec in params {
            let var = self.cur.b.add_param(Param {
                name: spec.name,
                var: VarId(0),
                kind: spec.kind,
                ty: spec.ty.clone(),
                annotations: spec.annotations,
                default: spec.default,
                span: spec.span,
            });
            self.cur.vars.insert(spec.name, var);
            pending.push((
                var,
                spec.pattern,
                spec.default_value,
                spec.property,
                spec.ty,
                spec.name,
                spec.span,
            ));
        }
        for (var, pattern, default_value, property, ty, name, span) in pending {
            if let Some(default) = default_value {
                let parameter = self.default_holder(default);
                let field = if self.kind(parameter) == "assignment_pattern" {
                    FieldName::Right
                } else {
                    FieldName::Value
                };
                let value = self.with_default(Operand::Var(var), parameter, field);
                self.cur.b.assign(var, value, span);
            }
            if let Some(pattern) = pattern {
                let scan = Scan {
                    src: self.src,
                    g: self.g,
                };
                let mut names = Vec::new();
                scan.pattern_names(pattern, &mut names);
                for bound in names {
                    if !self.cur.vars.contains_key(&bound) {
                        self.declare(bound, None);
                    }
                }
                self.assign_pattern(pattern, Expr::Use(Operand::Var(var)), span, span);
            }
            let is_constructor = method.is_some_and(|m| m.is_constructor);
            if property && is_constructor {
                if let (Some(this), Some(m)) = (self.cur.this, method) {
                    self.store_field(Operand::Var(this), name, Operand::Var(var), span);
                    if let Some(class) = self.classes.get_mut(m.class.0 as usize) {
                        class.fields.push(Field {
                            name,
                            ty,
                            annotations: Vec::new(),
                            is_static: false,
                            is_final: false,
                            init: None,
                            span,
                        });
                    }
                }
            }
        }
    }

    /// The node whose `value` field holds a parameter's default.
    fn default_holder<'t>(&self, default: Node<'t>) -> Node<'t> {
        default.parent().unwrap_or(default)
    }

    /// Function declarations run before the statements around them: they
    /// are lowered first, so a call written above one sees it.
    pub(super) fn hoist_functions(&mut self, statements: &[Node<'_>]) {
        for statement in statements {
            let declaration = match self.kind(*statement) {
                "export_statement" => self.field(*statement, FieldName::Declaration),
                _ => Some(*statement),
            };
            let Some(declaration) = declaration else {
                continue;
            };
            if !matches!(
                self.kind(declaration),
                "function_declaration" | "generator_function_declaration"
            ) {
                continue;
            }
            self.hoisted.insert(declaration.id());
            let id = self.function_value(declaration, None);
            // A module's functions are found by name; a nested one is a local.
            if !self.cur.module_level {
                if let Some(name) = self.field(declaration, FieldName::Name) {
                    let name = self.name_of(name);
                    let span = span_of(declaration);
                    self.write_name(name, Expr::Closure(id), span, span);
                }
            }
        }
    }

    // ---- classes -----------------------------------------------------------

    /// A class declaration or expression; returns the value naming it.
    pub(super) fn class_value(&mut self, node: Node<'_>, hint: Option<&str>) -> Expr {
        self.class_with_decorators(node, hint, &[])
    }

    pub(super) fn class_with_decorators(
        &mut self,
        node: Node<'_>,
        hint: Option<&str>,
        decorators: &[Node<'_>],
    ) -> Expr {
        if !self.descend() {
            return self.cut(node);
        }
        let value = self.class_inner(node, hint, decorators);
        self.ascend();
        value
    }

    fn class_inner(&mut self, node: Node<'_>, hint: Option<&str>, decorators: &[Node<'_>]) -> Expr {
        let name_text = match (self.field(node, FieldName::Name), hint) {
            (Some(name), _) => self.text(name).to_owned(),
            (None, Some(hint)) => hint.to_owned(),
            (None, None) => self.anonymous_name(),
        };
        let prefix = if self.cur.module_level {
            self.module_name.clone()
        } else {
            self.cur.qualified.clone()
        };
        let qualified = qualify(&prefix, &name_text);
        let mut supers = Vec::new();
        let mut annotations: Vec<Annotation> =
            decorators.iter().map(|d| self.decorator(*d)).collect();
        for decorator in self.field_children(node, FieldName::Decorator) {
            annotations.push(self.decorator(decorator));
        }
        // A decorator factory runs where the class is defined: its arguments
        // (`@Module({ imports: [JwtModule.register({ secret })] })`) are code.
        let class_decorators: Vec<Node<'_>> = decorators
            .iter()
            .copied()
            .chain(self.field_children(node, FieldName::Decorator))
            .collect();
        for decorator in class_decorators {
            let call = named_children(decorator).into_iter().next();
            if let Some(call) = call.filter(|c| self.kind(*c) == "call_expression") {
                self.effect(call);
            }
        }
        for child in named_children(node) {
            if self.kind(child) != "class_heritage" {
                continue;
            }
            for clause in named_children(child) {
                match self.kind(clause) {
                    "extends_clause" => {
                        if let Some(value) = self.field(clause, FieldName::Value) {
                            supers.extend(self.dotted(value).map(|d| TypeRef::simple(&d)));
                        }
                    }
                    "implements_clause" => {
                        for ty in named_children(clause) {
                            supers.extend(self.type_ref(ty, 0));
                        }
                    }
                    // JavaScript: `extends Base` holds the expression directly.
                    _ => supers.extend(self.dotted(clause).map(|d| TypeRef::simple(&d))),
                }
            }
        }
        let id = ClassId(u32::try_from(self.classes.len()).unwrap_or(u32::MAX));
        self.classes.push(Class {
            name: Name::new(&name_text),
            qualified: Name::new(&qualified),
            kind: ClassKind::Class,
            supers,
            annotations,
            fields: Vec::new(),
            methods: Vec::new(),
            span: span_of(node),
        });
        if let Some(body) = self.field(node, FieldName::Body) {
            self.class_body(id, body, &qualified);
        }
        let value = Expr::Use(Operand::Global(Name::new(&qualified)));
        // A class declared in a function is a local value naming the class.
        if !self.cur.module_level && self.field(node, FieldName::Name).is_some() {
            let name = Name::new(&name_text);
            let span = span_of(node);
            self.write_name(name, value.clone(), span, span);
        }
        value
    }

    fn class_body(&mut self, class: ClassId, body: Node<'_>, qualified: &str) {
        let mut decorators: Vec<Node<'_>> = Vec::new();
        for member in named_children(body) {
            let is_static = self.has_token(member, "static");
            match self.kind(member) {
                "decorator" => {
                    decorators.push(member);
                    continue;
                }
                "method_definition" => {
                    let is_constructor = self
                        .field(member, FieldName::Name)
                        .is_some_and(|name| self.text(name) == "constructor");
                    let method = MethodOf {
                        class,
                        is_static,
                        is_constructor,
                    };
                    let id = self.function_like(member, None, &decorators, Some(method));
                    if let Some(class) = self.classes.get_mut(class.0 as usize) {
                        class.methods.push(id);
                    }
                }
                "field_definition" | "public_field_definition" => {
                    let name_node = self
                        .field(member, FieldName::Property)
                        .or_else(|| self.field(member, FieldName::Name));
                    let Some(name_node) = name_node else { continue };
                    let name = Name::new(self.text(name_node).trim_start_matches('#'));
                    let mut annotations: Vec<Annotation> =
                        decorators.iter().map(|d| self.decorator(*d)).collect();
                    for decorator in self.field_children(member, FieldName::Decorator) {
                        annotations.push(self.decorator(decorator));
                    }
                    let init = self
                        .field(member, FieldName::Value)
                        .map(|value| self.field_init(class, name, value, qualified));
                    let field = Field {
                        name,
                        ty: self.annotated_type(member),
                        annotations,
                        is_static,
                        is_final: self.has_token(member, "readonly"),
                        init,
                        span: span_of(member),
                    };
                    if let Some(class) = self.classes.get_mut(class.0 as usize) {
                        class.fields.push(field);
                    }
                }
                // `static { ... }` runs once when the class is defined.
                "class_static_block" => {
                    if let Some(block) = self.field(member, FieldName::Body) {
                        self.stmt(block);
                    }
                }
                // Signatures, index signatures, comments: no code.
                _ => {}
            }
            decorators.clear();
        }
    }

    fn field_init(
        &mut self,
        class: ClassId,
        name: Name,
        value: Node<'_>,
        qualified: &str,
    ) -> FuncId {
        let full = qualify(qualified, name.as_str());
        let mut ctx = self.new_ctx(name.as_str(), full, FunctionKind::FieldInit, span_of(value));
        ctx.module_level = true;
        ctx.b.function_mut().class = Some(class);
        let id = ctx.id;
        self.enter_ctx(ctx);
        let result = match self.is_function_node(value) {
            true => {
                let function = self.function_value(value, Some(name.as_str()));
                self.cur
                    .b
                    .assign_temp(Expr::Closure(function), span_of(value))
            }
            false => self.operand(value),
        };
        self.terminate_at(Terminator::Return(Some(result)), span_of(value));
        self.leave_ctx();
        id
    }

    /// A TypeScript `enum`: a class of kind `Enum` whose members are static
    /// fields initialised to their values.
    pub(super) fn enum_declaration(&mut self, node: Node<'_>) {
        let Some(name) = self.field(node, FieldName::Name) else {
            return;
        };
        let name_text = self.text(name).to_owned();
        let prefix = if self.cur.module_level {
            self.module_name.clone()
        } else {
            self.cur.qualified.clone()
        };
        let qualified = qualify(&prefix, &name_text);
        let id = ClassId(u32::try_from(self.classes.len()).unwrap_or(u32::MAX));
        self.classes.push(Class {
            name: Name::new(&name_text),
            qualified: Name::new(&qualified),
            kind: ClassKind::Enum,
            supers: Vec::new(),
            annotations: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            span: span_of(node),
        });
        let Some(body) = self.field(node, FieldName::Body) else {
            return;
        };
        let mut next = 0i64;
        for member in named_children(body) {
            let (member_name, value) = match self.kind(member) {
                "enum_assignment" => (
                    self.field(member, FieldName::Name),
                    self.field(member, FieldName::Value),
                ),
                "property_identifier" | "string" => (Some(member), None),
                _ => continue,
            };
            let Some(member_name) = member_name else {
                continue;
            };
            let field_name = Name::new(&super::strings::string_text_or_name(
                self.src,
                self.kind(member_name),
                member_name,
            ));
            let init = match value {
                Some(value) => {
                    if let Some(Const::Int(n)) = super::expressions::parse_number(self.text(value))
                    {
                        next = n.saturating_add(1);
                    }
                    self.field_init(id, field_name, value, &qualified)
                }
                None => {
                    let constant = Const::Int(next);
                    next = next.saturating_add(1);
                    self.constant_init(id, field_name, constant, &qualified, span_of(member))
                }
            };
            let field = Field {
                name: field_name,
                ty: None,
                annotations: Vec::new(),
                is_static: true,
                is_final: true,
                init: Some(init),
                span: span_of(member),
            };
            if let Some(class) = self.classes.get_mut(id.0 as usize) {
                class.fields.push(field);
            }
        }
    }

    fn constant_init(
        &mut self,
        class: ClassId,
        name: Name,
        value: Const,
        qualified: &str,
        span: Span,
    ) -> FuncId {
        let full = qualify(qualified, name.as_str());
        let mut ctx = self.new_ctx(name.as_str(), full, FunctionKind::FieldInit, span);
        ctx.module_level = true;
        ctx.b.function_mut().class = Some(class);
        let id = ctx.id;
        self.enter_ctx(ctx);
        self.terminate_at(Terminator::Return(Some(Operand::Const(value))), span);
        self.leave_ctx();
        id
    }
}
