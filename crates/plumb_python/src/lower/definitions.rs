//! Definitions: imports, functions (with parameters, decorators and
//! annotations), classes (bases, fields, methods) and the constant-ish
//! values decorators and defaults carry.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{
    Annotation, AnnotationArg, AttrValue, Class, ClassId, ClassKind, Const, Expr, Field,
    FunctionKind, Import, Operand, Param, ParamKind, Terminator, TypeRef, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::expressions::{parse_number, target_names};
use super::scope::{self, ScopeInfo};
use super::strings::const_string;
use super::{field_children, named_children, Lowerer};
use crate::span_of;

/// Nesting beyond which decorator values and type arguments are dropped.
const MAX_VALUE_DEPTH: u32 = 32;

/// A parameter before it has a variable in its function.
pub(super) struct ParamSpec {
    name: Name,
    kind: ParamKind,
    ty: Option<TypeRef>,
    default: Option<AttrValue>,
    span: Span,
}

impl Lowerer<'_> {
    // ---- imports -----------------------------------------------------------

    pub(super) fn import_statement(&mut self, node: Node<'_>) {
        for name in field_children(node, FieldName::Name) {
            let span = span_of(name);
            match name.kind_name() {
                "dotted_name" => {
                    // `import os.path` binds `os`, which refers to the package `os`.
                    let Some(path) = self.dotted(name) else {
                        continue;
                    };
                    let root = path.split('.').next().unwrap_or(&path).to_string();
                    self.add_import(&root, &root, false, span);
                }
                "aliased_import" => {
                    let target = name.field(FieldName::Name).and_then(|n| self.dotted(n));
                    let alias = name.field(FieldName::Alias).map(|a| self.text(a));
                    if let (Some(target), Some(alias)) = (target, alias) {
                        self.add_import(alias, &target, false, span);
                    }
                }
                _ => {}
            }
        }
    }

    pub(super) fn import_from(&mut self, node: Node<'_>) {
        let module = match node.field(FieldName::ModuleName) {
            Some(module) if module.kind_name() == "relative_import" => self.relative_module(module),
            Some(module) => self.dotted(module).unwrap_or_default(),
            None => return,
        };
        let mut cursor = node.walk();
        let wildcard = node
            .children(&mut cursor)
            .any(|child| child.kind_name() == "wildcard_import");
        if wildcard {
            self.add_import(&module, &module, true, span_of(node));
        }
        for name in field_children(node, FieldName::Name) {
            let span = span_of(name);
            let (imported, alias) = match name.kind_name() {
                "dotted_name" => (self.dotted(name), None),
                "aliased_import" => (
                    name.field(FieldName::Name).and_then(|n| self.dotted(n)),
                    name.field(FieldName::Alias)
                        .map(|a| self.text(a).to_string()),
                ),
                _ => (None, None),
            };
            let Some(imported) = imported else { continue };
            let alias = alias.unwrap_or_else(|| imported.clone());
            let target = if module.is_empty() {
                imported
            } else {
                format!("{module}.{imported}")
            };
            self.add_import(&alias, &target, false, span);
        }
    }

    /// `.db` in `app.views` is `app.db`; in `app/__init__.py` (module `app`) it is `app.db`
    /// too, because a package's `__init__` is the package itself.
    fn relative_module(&self, node: Node<'_>) -> String {
        let mut dots = 0usize;
        let mut rest = None;
        for child in named_children(node) {
            match child.kind_name() {
                "import_prefix" => dots += self.text(child).matches('.').count(),
                "dotted_name" => rest = self.dotted(child),
                _ => {}
            }
        }
        let mut parts: Vec<&str> = self
            .module_name
            .split('.')
            .filter(|part| !part.is_empty())
            .collect();
        if !self.is_package {
            parts.pop();
        }
        for _ in 1..dots {
            parts.pop();
        }
        let mut module = parts.join(".");
        if let Some(rest) = rest {
            if !module.is_empty() {
                module.push('.');
            }
            module.push_str(&rest);
        }
        module
    }

    fn add_import(&mut self, alias: &str, target: &str, wildcard: bool, span: Span) {
        if alias.is_empty() || target.is_empty() {
            return;
        }
        self.imports.push(Import {
            alias: Name::new(alias),
            target: Name::new(target),
            wildcard,
            span,
        });
    }

    // ---- functions ---------------------------------------------------------

    /// A `def` (async included). In a class body it is a method; inside a
    /// function a closure bound to a local; elsewhere a module function.
    pub(super) fn function_def(
        &mut self,
        node: Node<'_>,
        decorators: &[Node<'_>],
        class: Option<ClassId>,
    ) {
        if !self.descend() {
            let value = self.cut(node);
            self.eval(value, span_of(node));
            return;
        }
        self.function_def_inner(node, decorators, class);
        self.ascend();
    }

    fn function_def_inner(
        &mut self,
        node: Node<'_>,
        decorators: &[Node<'_>],
        class: Option<ClassId>,
    ) {
        let name_text = node
            .field(FieldName::Name)
            .map_or("<anonymous>", |name| self.text(name));
        let name = Name::new(name_text);
        let nested = class.is_none() && !self.cur.module_level;
        let (kind, prefix) = match class {
            Some(class) => (
                FunctionKind::Method,
                self.classes
                    .get(class.0 as usize)
                    .map_or_else(|| self.module_name.clone(), |c| c.qualified.to_string()),
            ),
            None if nested => (FunctionKind::Closure, self.cur.qualified.clone()),
            None => (FunctionKind::Function, self.module_name.clone()),
        };
        let qualified = super::qualify(&prefix, name_text);
        let annotations: Vec<Annotation> = decorators.iter().map(|d| self.decorator(*d)).collect();
        let is_static = annotations
            .iter()
            .any(|a| a.name.as_str() == "staticmethod");
        let mut ctx = self.new_ctx(name_text, qualified, kind, span_of(node));
        let id = ctx.id;
        {
            let function = ctx.b.function_mut();
            function.class = class;
            function.is_static = is_static;
            function.annotations = annotations;
        }
        let return_type = node
            .field(FieldName::ReturnType)
            .and_then(|ty| self.type_ref(ty, 0));
        ctx.b.function_mut().return_type = return_type;
        if nested {
            ctx.can_capture = true;
            ctx.b.function_mut().parent = Some(self.cur.id);
        }
        let params = self.params(node.field(FieldName::Parameters));
        let body = node.field(FieldName::Body);
        let info = body
            .map(|body| scope::scan(self.src, body))
            .unwrap_or_default();
        self.enter_ctx(ctx);
        self.declare_params_and_locals(params, info);
        if let Some(body) = body {
            self.block(body);
        }
        self.leave_ctx();
        if let Some(class) = class.and_then(|class| self.classes.get_mut(class.0 as usize)) {
            class.methods.push(id);
        }
        if nested {
            self.write_name(name, Expr::Closure(id), span_of(node), span_of(node));
        }
    }

    pub(super) fn declare_params_and_locals(&mut self, params: Vec<ParamSpec>, info: ScopeInfo) {
        for spec in params {
            let var = self.cur.b.add_param(Param {
                name: spec.name,
                var: VarId(0),
                kind: spec.kind,
                ty: spec.ty,
                annotations: Vec::new(),
                default: spec.default,
                span: spec.span,
            });
            self.cur.vars.insert(spec.name, var);
        }
        for name in info.locals {
            if !self.cur.vars.contains_key(&name) {
                self.declare(name, None);
            }
        }
        self.cur.globals = info.globals;
        self.cur.nonlocals = info.nonlocals;
    }

    pub(super) fn params(&mut self, node: Option<Node<'_>>) -> Vec<ParamSpec> {
        let Some(node) = node else { return Vec::new() };
        let mut specs = Vec::new();
        let mut keyword_only = false;
        for child in named_children(node) {
            let positional = if keyword_only {
                ParamKind::KeywordOnly
            } else {
                ParamKind::Positional
            };
            let (name_node, kind, ty, default) = match child.kind_name() {
                "identifier" => (Some(child), positional, None, None),
                "typed_parameter" => {
                    let inner = named_children(child)
                        .into_iter()
                        .find(|c| c.kind_name() != "type");
                    let ty = child
                        .field(FieldName::Type)
                        .and_then(|t| self.type_ref(t, 0));
                    match inner {
                        Some(inner) if inner.kind_name() == "list_splat_pattern" => {
                            keyword_only = true;
                            (splat_name(inner), ParamKind::VarArgs, ty, None)
                        }
                        Some(inner) if inner.kind_name() == "dictionary_splat_pattern" => {
                            (splat_name(inner), ParamKind::KwArgs, ty, None)
                        }
                        inner => (inner, positional, ty, None),
                    }
                }
                "default_parameter" | "typed_default_parameter" => {
                    let ty = child
                        .field(FieldName::Type)
                        .and_then(|t| self.type_ref(t, 0));
                    let default = child
                        .field(FieldName::Value)
                        .map(|value| self.attr_value(value, 0));
                    (child.field(FieldName::Name), positional, ty, default)
                }
                "list_splat_pattern" => {
                    keyword_only = true;
                    (splat_name(child), ParamKind::VarArgs, None, None)
                }
                "dictionary_splat_pattern" => (splat_name(child), ParamKind::KwArgs, None, None),
                "keyword_separator" => {
                    keyword_only = true;
                    continue;
                }
                _ => continue,
            };
            // Python 2 tuple parameters (`def f((a, b))`) have no single name.
            let name = match name_node {
                Some(name) if name.kind_name() == "identifier" => self.name_of(name),
                Some(_) => Name::new("$tuple"),
                None => continue,
            };
            specs.push(ParamSpec {
                name,
                kind,
                ty,
                default,
                span: span_of(child),
            });
        }
        specs
    }

    // ---- classes -----------------------------------------------------------

    /// `prefix` is the enclosing class's qualified name for nested classes.
    pub(super) fn class_def(
        &mut self,
        node: Node<'_>,
        decorators: &[Node<'_>],
        prefix: Option<String>,
    ) {
        if !self.descend() {
            let value = self.cut(node);
            self.eval(value, span_of(node));
            return;
        }
        self.class_def_inner(node, decorators, prefix);
        self.ascend();
    }

    fn class_def_inner(&mut self, node: Node<'_>, decorators: &[Node<'_>], prefix: Option<String>) {
        let name_text = node
            .field(FieldName::Name)
            .map_or("<anonymous>", |name| self.text(name));
        let in_class = prefix.is_some();
        let prefix = prefix.unwrap_or_else(|| {
            if self.cur.module_level {
                self.module_name.clone()
            } else {
                self.cur.qualified.clone()
            }
        });
        let qualified = super::qualify(&prefix, name_text);
        let mut supers = Vec::new();
        if let Some(bases) = node.field(FieldName::Superclasses) {
            for base in named_children(bases) {
                if matches!(
                    base.kind_name(),
                    "keyword_argument" | "list_splat" | "dictionary_splat"
                ) {
                    continue;
                }
                if let Some(ty) = self.type_ref(base, 0) {
                    supers.push(ty);
                }
            }
        }
        let annotations = decorators.iter().map(|d| self.decorator(*d)).collect();
        let id = ClassId(u32::try_from(self.classes.len()).unwrap_or(u32::MAX));
        self.classes.push(Class {
            name: Name::new(name_text),
            qualified: Name::new(&qualified),
            kind: ClassKind::Class,
            supers,
            annotations,
            fields: Vec::new(),
            methods: Vec::new(),
            span: span_of(node),
        });
        if let Some(body) = node.field(FieldName::Body) {
            self.class_body(id, body, &qualified);
        }
        // A class defined in a function is a local value naming the class.
        if !in_class && !self.cur.module_level {
            let name = Name::new(name_text);
            let value = Expr::Use(Operand::Global(Name::new(&qualified)));
            self.write_name(name, value, span_of(node), span_of(node));
        }
    }

    fn class_body(&mut self, class: ClassId, body: Node<'_>, qualified: &str) {
        for statement in named_children(body) {
            match statement.kind_name() {
                "expression_statement" => {
                    let children = named_children(statement);
                    match children.as_slice() {
                        [assignment] if assignment.kind_name() == "assignment" => {
                            self.class_field(class, *assignment, qualified);
                        }
                        // Docstrings.
                        [text] if matches!(text.kind_name(), "string" | "concatenated_string") => {}
                        _ => self.stmt(statement),
                    }
                }
                "function_definition" => self.function_def(statement, &[], Some(class)),
                "class_definition" => self.class_def(statement, &[], Some(qualified.to_string())),
                "decorated_definition" => {
                    let decorators: Vec<Node<'_>> = named_children(statement)
                        .into_iter()
                        .filter(|child| child.kind_name() == "decorator")
                        .collect();
                    match statement.field(FieldName::Definition) {
                        Some(def) if def.kind_name() == "function_definition" => {
                            self.function_def(def, &decorators, Some(class));
                        }
                        Some(def) if def.kind_name() == "class_definition" => {
                            self.class_def(def, &decorators, Some(qualified.to_string()));
                        }
                        _ => self.stmt(statement),
                    }
                }
                "pass_statement" => {}
                // Other class-body code runs once, at definition time, in
                // the enclosing scope's flow.
                _ => self.stmt(statement),
            }
        }
    }

    /// `x = v`, `name: str`, `email: EmailStr = Field(...)` in a class body.
    fn class_field(&mut self, class: ClassId, node: Node<'_>, qualified: &str) {
        let mut targets = Vec::new();
        let mut value = Some(node);
        let mut ty = None;
        while let Some(current) = value.filter(|v| v.kind_name() == "assignment") {
            if let Some(left) = current.field(FieldName::Left) {
                targets.push(left);
            }
            if ty.is_none() {
                ty = current
                    .field(FieldName::Type)
                    .and_then(|t| self.type_ref(t, 0));
            }
            value = current.field(FieldName::Right);
        }
        let head = ty.as_ref().map(|ty| ty.name.last_segment());
        let is_final = head == Some("Final");
        // Annotated attributes are instance fields (dataclass / pydantic
        // style); plain assignments and `ClassVar`s belong to the class.
        let is_static = ty.is_none() || head == Some("ClassVar");
        for target in targets {
            let names: Vec<(Name, Option<usize>)> = if target.kind_name() == "identifier" {
                vec![(self.name_of(target), None)]
            } else {
                target_names(self.src, target)
                    .into_iter()
                    .enumerate()
                    .map(|(index, name)| (name, Some(index)))
                    .collect()
            };
            for (name, index) in names {
                let init = value.map(|value| self.field_init(class, name, value, index, qualified));
                let field = Field {
                    name,
                    ty: ty.clone(),
                    annotations: Vec::new(),
                    is_static,
                    is_final,
                    init,
                    span: span_of(node),
                };
                if let Some(class) = self.classes.get_mut(class.0 as usize) {
                    class.fields.push(field);
                }
            }
        }
    }

    fn field_init(
        &mut self,
        class: ClassId,
        name: Name,
        value: Node<'_>,
        index: Option<usize>,
        qualified: &str,
    ) -> plumb_ir::FuncId {
        let full = super::qualify(qualified, name.as_str());
        let mut ctx = self.new_ctx(name.as_str(), full, FunctionKind::FieldInit, span_of(value));
        ctx.module_level = true;
        ctx.b.function_mut().class = Some(class);
        let id = ctx.id;
        self.enter_ctx(ctx);
        let mut result = self.operand(value);
        if let Some(index) = index {
            let index = Operand::Const(Const::Int(i64::try_from(index).unwrap_or(i64::MAX)));
            result = self
                .cur
                .b
                .assign_temp(plumb_ir::Expr::Index(result, index), span_of(value));
        }
        self.terminate_at(Terminator::Return(Some(result)), span_of(value));
        self.leave_ctx();
        id
    }

    // ---- decorators, defaults and types -----------------------------------

    pub(super) fn decorator(&self, node: Node<'_>) -> Annotation {
        let span = span_of(node);
        let Some(expression) = named_children(node).into_iter().next() else {
            return Annotation {
                name: Name::new("<missing>"),
                args: Vec::new(),
                span,
            };
        };
        let (target, args) = if expression.kind_name() == "call" {
            let args = expression
                .field(FieldName::Arguments)
                .map(|args| self.attr_args(args, 0))
                .unwrap_or_default();
            (expression.field(FieldName::Function), args)
        } else {
            (Some(expression), Vec::new())
        };
        let name = target
            .and_then(|target| self.dotted(target))
            .unwrap_or_else(|| {
                let text = self.text(expression);
                text.split('(').next().unwrap_or(text).trim().to_string()
            });
        Annotation {
            name: Name::new(&name),
            args,
            span,
        }
    }

    fn attr_args(&self, node: Node<'_>, depth: u32) -> Vec<AnnotationArg> {
        named_children(node)
            .into_iter()
            .map(|arg| match arg.kind_name() {
                "keyword_argument" => AnnotationArg {
                    key: arg.field(FieldName::Name).map(|n| self.name_of(n)),
                    value: arg
                        .field(FieldName::Value)
                        .map_or(AttrValue::Other, |v| self.attr_value(v, depth + 1)),
                },
                _ => AnnotationArg {
                    key: None,
                    value: self.attr_value(arg, depth + 1),
                },
            })
            .collect()
    }

    pub(super) fn attr_value(&self, node: Node<'_>, depth: u32) -> AttrValue {
        if depth > MAX_VALUE_DEPTH {
            return AttrValue::Other;
        }
        match node.kind_name() {
            "string" | "concatenated_string" => match const_string(self.src, node) {
                Some(text) => AttrValue::Const(Const::str(&text)),
                None => AttrValue::Other,
            },
            "integer" | "float" => {
                parse_number(self.text(node)).map_or(AttrValue::Other, AttrValue::Const)
            }
            "true" => AttrValue::Const(Const::Bool(true)),
            "false" => AttrValue::Const(Const::Bool(false)),
            "none" => AttrValue::Const(Const::Null),
            "unary_operator" => {
                let negative = node.field(FieldName::Operator).map(|o| o.kind_name()) == Some("-");
                let argument = node.field(FieldName::Argument);
                match (negative, argument.and_then(|a| parse_number(self.text(a)))) {
                    (true, Some(Const::Int(value))) => {
                        AttrValue::Const(Const::Int(value.wrapping_neg()))
                    }
                    (true, Some(Const::Float(value))) => AttrValue::Const(Const::Float(-value)),
                    _ => AttrValue::Other,
                }
            }
            "identifier" | "attribute" | "dotted_name" => match self.dotted(node) {
                Some(path) => AttrValue::Name(Name::new(&path)),
                None => AttrValue::Other,
            },
            "list" | "tuple" | "set" => AttrValue::List(
                named_children(node)
                    .into_iter()
                    .map(|item| self.attr_value(item, depth + 1))
                    .collect(),
            ),
            "call" => {
                let name = node.field(FieldName::Function).and_then(|f| self.dotted(f));
                match name {
                    Some(name) => {
                        let args = node
                            .field(FieldName::Arguments)
                            .map(|args| self.attr_args(args, depth + 1))
                            .unwrap_or_default();
                        AttrValue::Call(Name::new(&name), args)
                    }
                    None => AttrValue::Other,
                }
            }
            "parenthesized_expression" => match named_children(node).as_slice() {
                [inner] => self.attr_value(*inner, depth + 1),
                _ => AttrValue::Other,
            },
            _ => AttrValue::Other,
        }
    }

    /// A type annotation as written. Non-type arguments (`Query(...)` in
    /// `Annotated[str, Query(...)]`) become the dotted name of their callee;
    /// literals are skipped.
    pub(super) fn type_ref(&self, node: Node<'_>, depth: u32) -> Option<TypeRef> {
        if depth > MAX_VALUE_DEPTH {
            return None;
        }
        match node.kind_name() {
            "type" | "parenthesized_expression" => match named_children(node).as_slice() {
                [inner] => self.type_ref(*inner, depth + 1),
                _ => None,
            },
            "identifier" | "attribute" | "dotted_name" => {
                self.dotted(node).map(|path| TypeRef::simple(&path))
            }
            "none" => Some(TypeRef::simple("None")),
            // Forward references: `"User"`, `"List[User]"` (head only).
            "string" => {
                let text = const_string(self.src, node)?;
                let head = text.split('[').next().unwrap_or("").trim();
                let valid = !head.is_empty()
                    && head
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
                valid.then(|| TypeRef::simple(head))
            }
            "generic_type" => {
                let children = named_children(node);
                let head = children.first()?;
                let mut ty = TypeRef::simple(&self.dotted(*head)?);
                for parameter in children
                    .iter()
                    .filter(|c| c.kind_name() == "type_parameter")
                {
                    for arg in named_children(*parameter) {
                        ty.args.extend(self.type_ref(arg, depth + 1));
                    }
                }
                Some(ty)
            }
            "subscript" => {
                let value = node.field(FieldName::Value)?;
                let mut ty = TypeRef::simple(&self.dotted(value)?);
                for arg in field_children(node, FieldName::Subscript) {
                    match arg.kind_name() {
                        "tuple" | "expression_list" => {
                            for item in named_children(arg) {
                                ty.args.extend(self.type_ref(item, depth + 1));
                            }
                        }
                        _ => ty.args.extend(self.type_ref(arg, depth + 1)),
                    }
                }
                Some(ty)
            }
            // `int | None`.
            "binary_operator" | "union_type" => {
                let mut ty = TypeRef::simple("Union");
                for child in named_children(node) {
                    let nested = matches!(child.kind_name(), "binary_operator" | "union_type");
                    match self.type_ref(child, depth + 1) {
                        Some(arg) if nested => ty.args.extend(arg.args),
                        Some(arg) => ty.args.push(arg),
                        None => {}
                    }
                }
                Some(ty)
            }
            "member_type" => {
                let text: String = self
                    .text(node)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                Some(TypeRef::simple(&text))
            }
            "call" => {
                let function = node.field(FieldName::Function)?;
                self.dotted(function).map(|path| TypeRef::simple(&path))
            }
            "list" => {
                // `Callable[[int, str], bool]`: the parameter list as a pseudo type.
                let mut ty = TypeRef::simple("[]");
                for item in named_children(node) {
                    ty.args.extend(self.type_ref(item, depth + 1));
                }
                Some(ty)
            }
            _ => None,
        }
    }
}

fn splat_name(node: Node<'_>) -> Option<Node<'_>> {
    named_children(node)
        .into_iter()
        .find(|child| child.kind_name() == "identifier")
}
