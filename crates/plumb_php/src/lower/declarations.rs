//! Namespaces, `use` imports, functions, classes and their members.

use plumb_ir::{
    Annotation, Class, ClassId, ClassKind, Expr, Field, FunctionKind, Import, InstrKind, Operand,
    Param, ParamKind, Terminator, TypeRef,
};
use plumb_text::Name;
use tree_sitter::Node;

use super::{dotted, named_children, ClassCtx, FnCtx, Lowerer};
use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use crate::span_of;

/// Declared types that are no class: `mixed`, `array`, ... keep their
/// lowercase spelling, which the models name.
const BUILTIN_TYPES: &[&str] = &[
    "int", "integer", "float", "double", "bool", "boolean", "string", "array", "mixed", "void",
    "null", "callable", "iterable", "object", "never", "false", "true", "self", "static",
];

impl Lowerer<'_> {
    pub(crate) fn lower_file(&mut self, root: Node<'_>) {
        for child in named_children(root) {
            self.statement(child);
        }
    }

    /// `namespace A\B;` switches the namespace for the rest of the file;
    /// `namespace A\B { ... }` for its block.
    pub(crate) fn namespace_definition(&mut self, node: Node<'_>) {
        let name = node
            .field(FieldName::Name)
            .map(|n| dotted(self.text(n)))
            .unwrap_or_default();
        if self.package.is_none() && !name.is_empty() {
            self.package = Some(name.clone());
        }
        match node.field(FieldName::Body) {
            Some(body) => {
                let saved = std::mem::replace(&mut self.namespace, name);
                self.statement(body);
                self.namespace = saved;
            }
            None => self.namespace = name,
        }
    }

    /// `use A\B\C;`, `use A\B\C as D;`, `use A\{B, C as D};`, `use function
    /// A\f;`: each binds its alias (the last segment by default).
    pub(crate) fn use_declaration(&mut self, node: Node<'_>) {
        let mut prefix = String::new();
        for child in named_children(node) {
            match child.kind_name() {
                "namespace_name" => prefix = dotted(self.text(child)),
                "namespace_use_clause" => self.use_clause(child, ""),
                "namespace_use_group" => {
                    for clause in named_children(child) {
                        if clause.kind_name() == "namespace_use_clause" {
                            self.use_clause(clause, &prefix);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn use_clause(&mut self, clause: Node<'_>, prefix: &str) {
        let alias = clause.field(FieldName::Alias);
        let Some(target) = named_children(clause)
            .into_iter()
            .find(|n| matches!(n.kind_name(), "name" | "qualified_name"))
        else {
            return;
        };
        let written = dotted(self.text(target));
        let target_name = if prefix.is_empty() {
            written
        } else {
            format!("{prefix}.{written}")
        };
        let alias = match alias {
            Some(alias) => self.text(alias).to_string(),
            None => target_name
                .rsplit('.')
                .next()
                .unwrap_or(&target_name)
                .to_string(),
        };
        if alias.is_empty() || target_name.is_empty() {
            return;
        }
        self.imports.push(Import {
            alias: Name::new(&alias),
            target: Name::new(&target_name),
            wildcard: false,
            span: span_of(clause),
        });
    }

    /// A declared type: class names dotted as written, builtin types in
    /// lowercase, `?T` as `T`; unions and intersections have none.
    pub(crate) fn type_ref(&self, node: Node<'_>) -> Option<TypeRef> {
        match node.kind_name() {
            "optional_type" => named_children(node)
                .into_iter()
                .next()
                .and_then(|inner| self.type_ref(inner)),
            "primitive_type" => Some(TypeRef::simple(&self.text(node).to_ascii_lowercase())),
            "named_type" => {
                let inner = named_children(node).into_iter().next()?;
                self.type_ref(inner)
            }
            "name" | "qualified_name" | "relative_name" => {
                let text = self.text(node);
                let lower = text.to_ascii_lowercase();
                if BUILTIN_TYPES.contains(&lower.as_str()) {
                    return Some(TypeRef::simple(&self.self_type(&lower)));
                }
                Some(TypeRef::simple(&dotted(text)))
            }
            _ => None,
        }
    }

    /// `self`/`static` in a type name the enclosing class.
    fn self_type(&self, lower: &str) -> String {
        match (lower, self.class_stack.last()) {
            ("self" | "static", Some(class)) => class.name.as_str().to_string(),
            _ => lower.to_string(),
        }
    }

    pub(crate) fn function_definition(&mut self, node: Node<'_>) {
        let Some(name_node) = node.field(FieldName::Name) else {
            return;
        };
        let name = self.text(name_node).to_string();
        let qualified = self.qualify(&name);
        let ctx = self.new_ctx(&name, &qualified, FunctionKind::Function, span_of(node));
        self.function_body(ctx, node, None);
    }

    /// Parameters and body of a function, method or closure in `ctx`.
    /// `receiver`: the class of an instance method, whose `$this` is the
    /// first parameter.
    fn function_body(&mut self, ctx: FnCtx, node: Node<'_>, receiver: Option<Name>) {
        self.enter_ctx(ctx);
        if let Some(class) = receiver {
            self.cur.b.add_param(Param {
                name: Name::new("this"),
                var: plumb_ir::VarId(0),
                kind: ParamKind::Receiver,
                ty: Some(TypeRef::simple(class.as_str())),
                annotations: Vec::new(),
                default: None,
                span: span_of(node),
            });
        }
        self.parameters(node);
        if let Some(ty) = node
            .field(FieldName::ReturnType)
            .and_then(|t| self.type_ref(t))
        {
            self.cur.b.function_mut().return_type = Some(ty);
        }
        if let Some(body) = node.field(FieldName::Body) {
            if body.kind_name() == "compound_statement" {
                self.statement(body);
            } else {
                // An arrow function's body is its value.
                let span = span_of(body);
                let value = self.expr(body);
                let value = self.spill(value, span);
                self.terminate_at(Terminator::Return(Some(value)), span);
            }
        }
        self.leave_ctx();
    }

    fn parameters(&mut self, node: Node<'_>) {
        let Some(params) = node.field(FieldName::Parameters) else {
            return;
        };
        let mut promoted = Vec::new();
        for param in named_children(params) {
            let kind = match param.kind_name() {
                "simple_parameter" | "property_promotion_parameter" => ParamKind::Positional,
                "variadic_parameter" => ParamKind::VarArgs,
                _ => continue,
            };
            let Some(name_node) = param.field(FieldName::Name) else {
                continue;
            };
            let name = Name::new(self.text(name_node).trim_start_matches('$'));
            let ty = param
                .field(FieldName::Type)
                .and_then(|t| self.type_ref(t))
                .map(|mut t| {
                    if kind == ParamKind::VarArgs {
                        t.array_dims = 1;
                    }
                    t
                });
            let var = self.cur.b.add_param(Param {
                name,
                var: plumb_ir::VarId(0),
                kind,
                ty: ty.clone(),
                annotations: Vec::new(),
                default: None,
                span: span_of(param),
            });
            if param.kind_name() == "property_promotion_parameter" {
                promoted.push((name, var, ty, span_of(param)));
            }
        }
        // Promoted constructor parameters are fields stored on entry.
        let this = self
            .cur
            .b
            .function()
            .params
            .first()
            .filter(|p| p.kind == ParamKind::Receiver)
            .map(|p| p.var);
        for (name, var, ty, span) in promoted {
            if let Some(class) = self.class_stack.last() {
                let id = class.id;
                if let Some(class) = self.classes.get_mut(id.0 as usize) {
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
            if let Some(this) = this {
                self.push(
                    InstrKind::StoreField {
                        obj: Operand::Var(this),
                        field: name,
                        value: Operand::Var(var),
                    },
                    span,
                );
            }
        }
    }

    /// A closure or arrow function: a `Closure` function whose captures
    /// are its `use` list (arrow functions: whatever they read), and
    /// `$this` in a method.
    pub(crate) fn closure(&mut self, node: Node<'_>) -> Expr {
        self.closure_count += 1;
        let name = format!("$closure{}", self.closure_count);
        let parent_name = self.cur.b.function().qualified.as_str().to_string();
        let qualified = format!("{parent_name}.{name}");
        let parent = self.cur.id;
        let mut ctx = self.new_ctx(&name, &qualified, FunctionKind::Closure, span_of(node));
        ctx.b.function_mut().parent = Some(parent);
        ctx.auto_capture = node.kind_name() == "arrow_function";
        let id = ctx.id;
        // `$this` and the `use` list are bound before the parameters.
        let mut binds = Vec::new();
        if let Some(this) = self.cur.b.lookup(Name::new("this")) {
            binds.push((Name::new("this"), this));
        }
        for child in named_children(node) {
            if child.kind_name() != "anonymous_function_use_clause" {
                continue;
            }
            for var in named_children(child) {
                let var = if var.kind_name() == "by_ref" {
                    match named_children(var).into_iter().next() {
                        Some(inner) => inner,
                        None => continue,
                    }
                } else {
                    var
                };
                if var.kind_name() != "variable_name" {
                    continue;
                }
                let name = Name::new(self.text(var).trim_start_matches('$'));
                let outer = self.var(name);
                binds.push((name, outer));
            }
        }
        for (name, outer) in binds {
            let inner = ctx.b.declare(name, None);
            ctx.captured.insert(name, inner);
            ctx.b.function_mut().captures.push((outer, inner));
        }
        self.function_body(ctx, node, None);
        Expr::Closure(id)
    }

    /// Classes, interfaces, traits and enums: a `Class` whose methods take
    /// `$this` as a `Receiver`; constructors are named `<init>`.
    pub(crate) fn class_declaration(&mut self, node: Node<'_>) {
        let Some(name_node) = node.field(FieldName::Name) else {
            return;
        };
        let name = Name::new(self.text(name_node));
        let qualified = self.qualify(name.as_str());
        let kind = match node.kind_name() {
            "interface_declaration" => ClassKind::Interface,
            "enum_declaration" => ClassKind::Enum,
            _ => ClassKind::Class,
        };
        let mut supers = Vec::new();
        let mut parent = None;
        for child in named_children(node) {
            let is_base = child.kind_name() == "base_clause";
            if !is_base && child.kind_name() != "class_interface_clause" {
                continue;
            }
            for base in named_children(child) {
                if let Some(ty) = self.type_ref(base) {
                    if is_base && parent.is_none() {
                        parent = Some(ty.name);
                    }
                    supers.push(ty);
                }
            }
        }
        let id = ClassId(u32::try_from(self.classes.len()).unwrap_or(u32::MAX));
        self.classes.push(Class {
            name,
            qualified: Name::new(&qualified),
            kind,
            supers,
            annotations: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            span: span_of(node),
        });
        self.class_stack.push(ClassCtx {
            id,
            name,
            qualified,
            parent,
        });
        if let Some(body) = node.field(FieldName::Body) {
            for member in named_children(body) {
                self.class_member(member);
            }
        }
        self.class_stack.pop();
    }

    fn class_member(&mut self, member: Node<'_>) {
        match member.kind_name() {
            "method_declaration" => self.method(member),
            "property_declaration" => self.property(member),
            "const_declaration" => self.class_constants(member),
            "use_declaration" => {
                // A trait's methods become the class's: the trait is a supertype.
                let traits: Vec<TypeRef> = named_children(member)
                    .into_iter()
                    .filter_map(|n| self.type_ref(n))
                    .collect();
                if let Some(class) = self.class_stack.last() {
                    let id = class.id;
                    if let Some(class) = self.classes.get_mut(id.0 as usize) {
                        class.supers.extend(traits);
                    }
                }
            }
            "enum_case" | "comment" => {}
            other => self.unlowered(other),
        }
    }

    /// `static`, and `private`/`protected` as annotations of those names.
    fn modifiers(&self, node: Node<'_>) -> (bool, Vec<Annotation>) {
        let mut is_static = false;
        let mut annotations = Vec::new();
        for child in named_children(node) {
            match child.kind_name() {
                "static_modifier" => is_static = true,
                "visibility_modifier" => {
                    let visibility = self.text(child).to_ascii_lowercase();
                    if visibility != "public" {
                        annotations.push(Annotation {
                            name: Name::new(&visibility),
                            args: Vec::new(),
                            span: span_of(child),
                        });
                    }
                }
                _ => {}
            }
        }
        (is_static, annotations)
    }

    fn method(&mut self, node: Node<'_>) {
        let Some(class) = self.class_stack.last() else {
            return;
        };
        let (class_id, class_name, class_qualified) =
            (class.id, class.name, class.qualified.clone());
        let Some(name_node) = node.field(FieldName::Name) else {
            return;
        };
        let written = self.text(name_node);
        let (name, kind) = if written.eq_ignore_ascii_case("__construct") {
            ("<init>", FunctionKind::Constructor)
        } else {
            (written, FunctionKind::Method)
        };
        let (is_static, annotations) = self.modifiers(node);
        let qualified = format!("{class_qualified}.{name}");
        let mut ctx = self.new_ctx(name, &qualified, kind, span_of(node));
        ctx.b.function_mut().class = Some(class_id);
        ctx.b.function_mut().annotations = annotations;
        ctx.b.function_mut().is_static = is_static;
        let id = ctx.id;
        if let Some(class) = self.classes.get_mut(class_id.0 as usize) {
            class.methods.push(id);
        }
        let receiver = (!is_static).then_some(class_name);
        let is_abstract = node.field(FieldName::Body).is_none();
        self.function_body(ctx, node, receiver);
        if is_abstract {
            // Abstract and interface methods have no blocks.
            if let Some(Some(function)) = self.functions.get_mut(id.0 as usize) {
                function.blocks.clear();
            }
        }
    }

    fn property(&mut self, node: Node<'_>) {
        let (is_static, _) = self.modifiers(node);
        let ty = node.field(FieldName::Type).and_then(|t| self.type_ref(t));
        for element in named_children(node) {
            if element.kind_name() != "property_element" {
                continue;
            }
            let Some(name_node) = element.field(FieldName::Name) else {
                continue;
            };
            let name = Name::new(self.text(name_node).trim_start_matches('$'));
            let init = element
                .field(FieldName::DefaultValue)
                .map(|value| self.field_init(name, value));
            self.add_field(Field {
                name,
                ty: ty.clone(),
                annotations: Vec::new(),
                is_static,
                is_final: false,
                init,
                span: span_of(element),
            });
        }
    }

    /// Class constants are static final fields.
    fn class_constants(&mut self, node: Node<'_>) {
        for element in named_children(node) {
            if element.kind_name() != "const_element" {
                continue;
            }
            let children = named_children(element);
            let (Some(name_node), Some(value)) = (children.first(), children.get(1)) else {
                continue;
            };
            let name = self.name_of(*name_node);
            let init = Some(self.field_init(name, *value));
            self.add_field(Field {
                name,
                ty: None,
                annotations: Vec::new(),
                is_static: true,
                is_final: true,
                init,
                span: span_of(element),
            });
        }
    }

    fn add_field(&mut self, field: Field) {
        if let Some(class) = self.class_stack.last() {
            let id = class.id;
            if let Some(class) = self.classes.get_mut(id.0 as usize) {
                class.fields.push(field);
            }
        }
    }

    /// A `FieldInit` function returning a property's default value.
    fn field_init(&mut self, name: Name, value: Node<'_>) -> plumb_ir::FuncId {
        let (class_id, qualified) = match self.class_stack.last() {
            Some(class) => (
                Some(class.id),
                format!("{}.{}", class.qualified, name.as_str()),
            ),
            None => (None, name.as_str().to_string()),
        };
        let mut ctx = self.new_ctx(
            name.as_str(),
            &qualified,
            FunctionKind::FieldInit,
            span_of(value),
        );
        ctx.b.function_mut().class = class_id;
        let id = ctx.id;
        self.enter_ctx(ctx);
        let span = span_of(value);
        let lowered = self.expr(value);
        let operand = self.spill(lowered, span);
        self.terminate_at(Terminator::Return(Some(operand)), span);
        self.leave_ctx();
        id
    }

    /// The enclosing class's name as the resolver reads it, for `self::`.
    pub(crate) fn current_class_name(&self) -> Option<Name> {
        self.class_stack.last().map(|c| c.name)
    }

    pub(crate) fn parent_class_name(&self) -> Option<Name> {
        self.class_stack.last().and_then(|c| c.parent)
    }
}
