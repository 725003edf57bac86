//! Items: `use` declarations (imports), inline modules, structs, enums and
//! traits (classes), `impl` blocks (methods), functions, closures,
//! `const` and `static` items (module globals), and attributes.

use plumb_ir::{
    Annotation, AnnotationArg, AttrValue, Class, ClassId, ClassKind, Const, Expr, Field,
    FunctionKind, Import, InstrKind, Operand, Param, ParamKind, Terminator, TypeRef,
};
use plumb_text::Name;
use tree_sitter::Node;

use super::{named_children, qualify, ImplSelf, Lowerer};
use crate::fields::FieldName;
use crate::kinds::KindExt;

impl Lowerer<'_> {
    pub(crate) fn lower_file(&mut self, root: Node<'_>) {
        self.cur.b.function_mut().span = self.span(root);
        self.items(root);
    }

    /// The items of a file, an inline module or a block, in two passes:
    /// types and names first, so methods find their class and bare names
    /// their items whatever the order.
    fn items(&mut self, container: Node<'_>) {
        let children = named_children(container);
        self.declare_types(&children);
        let mut attributes: Vec<Annotation> = Vec::new();
        for node in children {
            match node.kind_name() {
                "attribute_item" => {
                    if let Some(annotation) = self.attribute(node) {
                        attributes.push(annotation);
                    }
                    continue;
                }
                "use_declaration" => self.use_declaration(node),
                "mod_item" => self.mod_item(node),
                "function_item" => {
                    let attrs = std::mem::take(&mut attributes);
                    self.function_item(node, attrs);
                }
                "impl_item" => self.impl_item(node),
                "trait_item" => self.trait_item(node),
                "const_item" | "static_item" => self.const_item(node),
                "struct_item"
                | "enum_item"
                | "union_item"
                | "type_item"
                | "line_comment"
                | "block_comment"
                | "inner_attribute_item"
                | "extern_crate_declaration"
                | "macro_definition"
                | "foreign_mod_item"
                | "empty_statement" => {}
                "macro_invocation" => {
                    let span = self.span(node);
                    let value = self.value(node);
                    self.eval(value, span);
                }
                "function_signature_item" => {}
                _ => self.unlowered(node.kind_name()),
            }
            attributes.clear();
        }
    }

    /// Structs, enums, unions and traits of one scope become classes; the
    /// scope's functions, constants and modules are recorded so bare names
    /// in nested scopes find them.
    fn declare_types(&mut self, children: &[Node<'_>]) {
        let prefix = self.item_prefix();
        let nested = prefix != self.package;
        let mut annotations: Vec<Annotation> = Vec::new();
        for &node in children {
            let kind = node.kind_name();
            if kind == "attribute_item" {
                if let Some(annotation) = self.attribute(node) {
                    annotations.push(annotation);
                }
                continue;
            }
            let pending = std::mem::take(&mut annotations);
            let Some(name) = self.field(node, FieldName::Name).map(|n| self.name_of(n)) else {
                continue;
            };
            match kind {
                "struct_item" | "union_item" => self.struct_item(node, name, &prefix, pending),
                "enum_item" => self.enum_item(node, name, &prefix, pending),
                "trait_item" => {
                    self.new_class(node, name, &prefix, ClassKind::Interface, pending);
                }
                _ => {}
            }
            if nested
                && matches!(
                    kind,
                    "struct_item"
                        | "enum_item"
                        | "trait_item"
                        | "function_item"
                        | "const_item"
                        | "static_item"
                        | "mod_item"
                )
            {
                self.scoped_items
                    .insert((prefix.clone(), name), qualify(&prefix, name.as_str()));
            }
        }
    }

    fn new_class(
        &mut self,
        node: Node<'_>,
        name: Name,
        prefix: &str,
        kind: ClassKind,
        annotations: Vec<Annotation>,
    ) -> ClassId {
        let qualified = qualify(prefix, name.as_str());
        let id = ClassId(u32::try_from(self.classes.len()).unwrap_or(u32::MAX));
        self.classes.push(Class {
            name,
            qualified: Name::new(&qualified),
            kind,
            supers: Vec::new(),
            annotations,
            fields: Vec::new(),
            methods: Vec::new(),
            span: self.span(node),
        });
        self.class_ids.insert(qualified, id);
        id
    }

    fn struct_item(&mut self, node: Node<'_>, name: Name, prefix: &str, attrs: Vec<Annotation>) {
        let id = self.new_class(node, name, prefix, ClassKind::Class, attrs);
        let mut fields = Vec::new();
        if let Some(body) = self.field(node, FieldName::Body) {
            fields = self.field_declarations(body);
        }
        if let Some(class) = self.classes.get_mut(id.0 as usize) {
            class.fields = fields;
        }
    }

    /// Named fields (`name: String`) or, for a tuple struct, fields named
    /// by position (`0`, `1`).
    fn field_declarations(&mut self, body: Node<'_>) -> Vec<Field> {
        let mut fields = Vec::new();
        let mut position = 0;
        for child in named_children(body) {
            let (name, ty) = match child.kind_name() {
                "field_declaration" => {
                    let Some(name) = self.field(child, FieldName::Name) else {
                        continue;
                    };
                    let ty = self
                        .field(child, FieldName::Type)
                        .and_then(|t| self.type_ref(t));
                    (self.name_of(name), ty)
                }
                "attribute_item" | "visibility_modifier" | "line_comment" | "block_comment" => {
                    continue
                }
                _ if body.kind_name() == "ordered_field_declaration_list" => {
                    let ty = self.type_ref(child);
                    let name = Name::new(&position.to_string());
                    position += 1;
                    (name, ty)
                }
                _ => continue,
            };
            fields.push(Field {
                name,
                ty,
                annotations: Vec::new(),
                is_static: false,
                is_final: false,
                init: None,
                span: self.span(child),
            });
        }
        fields
    }

    /// An enum of unit variants is a set of names (no text of its own); one
    /// whose variants hold data is a class like any other.
    fn enum_item(&mut self, node: Node<'_>, name: Name, prefix: &str, attrs: Vec<Annotation>) {
        let variants: Vec<Node<'_>> = self
            .field(node, FieldName::Body)
            .map(named_children)
            .unwrap_or_default()
            .into_iter()
            .filter(|v| v.kind_name() == "enum_variant")
            .collect();
        let unit_only = variants
            .iter()
            .all(|v| self.field(*v, FieldName::Body).is_none());
        let kind = if unit_only {
            ClassKind::Enum
        } else {
            ClassKind::Class
        };
        let id = self.new_class(node, name, prefix, kind, attrs);
        let mut fields = Vec::new();
        for variant in variants {
            if let Some(variant_name) = self.field(variant, FieldName::Name) {
                fields.push(Field {
                    name: self.name_of(variant_name),
                    ty: Some(TypeRef::simple(name.as_str())),
                    annotations: Vec::new(),
                    is_static: true,
                    is_final: true,
                    init: None,
                    span: self.span(variant),
                });
            }
        }
        if let Some(class) = self.classes.get_mut(id.0 as usize) {
            class.fields = fields;
        }
    }

    // ---- modules and imports -----------------------------------------------

    fn mod_item(&mut self, node: Node<'_>) {
        let Some(name) = self.field(node, FieldName::Name) else {
            return;
        };
        let name = self.text(name).to_string();
        let Some(body) = self.field(node, FieldName::Body) else {
            // `mod x;` names another file, which is its own module.
            return;
        };
        self.module_stack.push(name);
        self.items(body);
        self.module_stack.pop();
    }

    /// `use a::b::{c, d as e, f::*}`: each leaf is an `Import` of its alias
    /// (the last segment by default), paths dotted and relative ones
    /// (`crate`, `self`, `super`) made absolute.
    pub(super) fn use_declaration(&mut self, node: Node<'_>) {
        let Some(argument) = self.field(node, FieldName::Argument) else {
            return;
        };
        let span = self.span(node);
        let mut stack: Vec<(Vec<String>, Node<'_>)> = vec![(Vec::new(), argument)];
        while let Some((base, tree)) = stack.pop() {
            match tree.kind_name() {
                "scoped_use_list" => {
                    let mut path = base.clone();
                    if let Some(prefix) = self.field(tree, FieldName::Path) {
                        path.extend(self.path_segments(prefix));
                    }
                    if let Some(list) = self.field(tree, FieldName::List) {
                        for child in named_children(list).into_iter().rev() {
                            stack.push((path.clone(), child));
                        }
                    }
                }
                "use_list" => {
                    for child in named_children(tree).into_iter().rev() {
                        stack.push((base.clone(), child));
                    }
                }
                "use_as_clause" => {
                    let (Some(path), Some(alias)) = (
                        self.field(tree, FieldName::Path),
                        self.field(tree, FieldName::Alias),
                    ) else {
                        continue;
                    };
                    let mut full = base.clone();
                    full.extend(self.path_segments(path));
                    let alias = self.text(alias).to_string();
                    self.add_import(&alias, &full, false, span);
                }
                "use_wildcard" => {
                    let mut full = base.clone();
                    if let Some(path) = named_children(tree).into_iter().next() {
                        full.extend(self.path_segments(path));
                    }
                    self.add_import("", &full, true, span);
                }
                _ => {
                    let mut full = base.clone();
                    full.extend(self.path_segments(tree));
                    // `use a::b::{self}` imports the module `b`.
                    if full.last().is_some_and(|s| s == "self") {
                        full.pop();
                    }
                    let alias = full.last().cloned().unwrap_or_default();
                    self.add_import(&alias, &full, false, span);
                }
            }
        }
    }

    fn add_import(
        &mut self,
        alias: &str,
        segments: &[String],
        wildcard: bool,
        span: plumb_text::Span,
    ) {
        let absolute = self.absolute_path(segments);
        if absolute.is_empty() || alias == "_" {
            return;
        }
        let target = Name::new(&absolute.join("."));
        let alias = if wildcard { target } else { Name::new(alias) };
        if !wildcard {
            self.import_targets.insert(alias, target);
        }
        self.imports.push(Import {
            alias,
            target,
            wildcard,
            span,
        });
    }

    /// A path as written made absolute: `crate` is the crate, `self` the
    /// current module, each `super` its parent; `Self` the `impl` type.
    pub(super) fn absolute_path(&self, segments: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut rest = segments;
        match segments.first().map(String::as_str) {
            Some("crate") => {
                if !self.crate_name.is_empty() {
                    out.push(self.crate_name.clone());
                }
                rest = &segments[1..];
            }
            Some("self") if segments.len() > 1 => {
                out.extend(self.item_prefix().split('.').map(str::to_string));
                rest = &segments[1..];
            }
            Some("super") => {
                out.extend(self.item_prefix().split('.').map(str::to_string));
                while rest.first().is_some_and(|s| s == "super") {
                    out.pop();
                    rest = &rest[1..];
                }
            }
            Some("Self") => {
                if let Some(impl_self) = &self.impl_self {
                    out.extend(impl_self.qualified.split('.').map(str::to_string));
                    rest = &segments[1..];
                }
            }
            _ => {}
        }
        out.extend(rest.iter().filter(|s| !s.is_empty()).cloned());
        out.retain(|s| !s.is_empty());
        out
    }

    // ---- attributes --------------------------------------------------------

    /// `#[get("/users/{id}")]`, `#[derive(Debug)]`: an annotation named by
    /// its path (dotted), with its arguments as constants where they are.
    pub(super) fn attribute(&mut self, node: Node<'_>) -> Option<Annotation> {
        let attribute = named_children(node)
            .into_iter()
            .find(|c| c.kind_name() == "attribute")?;
        let path = named_children(attribute).into_iter().next()?;
        let name = Name::new(&self.path_segments(path).join("."));
        let mut args = Vec::new();
        if let Some(arguments) = self.field(attribute, FieldName::Arguments) {
            // Only arguments with text in them say anything the analysis
            // reads (`#[get("/users/{id}")]`); `#[derive(Debug)]` and
            // `#[cfg(test)]` are not worth a parse.
            let inner = self
                .token_tree_inner(arguments)
                .filter(|(inner, _)| inner.contains('"'));
            if let Some((inner, at)) = inner {
                let parsed = self.with_snippet(&inner, at, |this, nodes| {
                    nodes
                        .iter()
                        .map(|n| this.attribute_arg(*n))
                        .collect::<Vec<_>>()
                });
                args = parsed.unwrap_or_default();
            }
        }
        if let Some(value) = self.field(attribute, FieldName::Value) {
            args.push(AnnotationArg {
                key: None,
                value: self.attr_value(value),
            });
        }
        Some(Annotation {
            name,
            args,
            span: self.span(node),
        })
    }

    fn attribute_arg(&mut self, node: Node<'_>) -> AnnotationArg {
        if node.kind_name() == "assignment_expression" {
            if let (Some(left), Some(right)) = (
                self.field(node, FieldName::Left),
                self.field(node, FieldName::Right),
            ) {
                return AnnotationArg {
                    key: Some(self.name_of(left)),
                    value: self.attr_value(right),
                };
            }
        }
        AnnotationArg {
            key: None,
            value: self.attr_value(node),
        }
    }

    fn attr_value(&mut self, node: Node<'_>) -> AttrValue {
        match node.kind_name() {
            "string_literal" | "raw_string_literal" => {
                AttrValue::Const(Const::str(&self.string_value(node)))
            }
            "integer_literal" => match self.text(node).parse::<i64>() {
                Ok(n) => AttrValue::Const(Const::Int(n)),
                Err(_) => AttrValue::Other,
            },
            "boolean_literal" => AttrValue::Const(Const::Bool(self.text(node) == "true")),
            "identifier" | "scoped_identifier" => {
                AttrValue::Name(Name::new(&self.path_segments(node).join(".")))
            }
            "call_expression" => {
                let name = self
                    .field(node, FieldName::Function)
                    .map(|f| Name::new(&self.path_segments(f).join(".")))
                    .unwrap_or_else(|| Name::new("?"));
                let args = self
                    .field(node, FieldName::Arguments)
                    .map(named_children)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|a| self.attribute_arg(a))
                    .collect();
                AttrValue::Call(name, args)
            }
            _ => AttrValue::Other,
        }
    }

    // ---- functions ---------------------------------------------------------

    fn function_item(&mut self, node: Node<'_>, annotations: Vec<Annotation>) {
        let Some(name) = self.field(node, FieldName::Name) else {
            return;
        };
        let name = self.text(name).to_string();
        let (qualified, kind) = match &self.impl_self {
            Some(impl_self) => (qualify(&impl_self.qualified, &name), FunctionKind::Method),
            None => (qualify(&self.item_prefix(), &name), FunctionKind::Function),
        };
        self.function(node, &name, qualified, kind, annotations);
    }

    /// A function nested in a block: an item, not a closure; it sees no
    /// locals, and bare uses of its name in the block call it.
    pub(super) fn nested_item(&mut self, node: Node<'_>) {
        let Some(name) = self.field(node, FieldName::Name) else {
            return;
        };
        let name = self.name_of(name);
        let qualified = qualify(&self.cur.qualified, name.as_str());
        self.scoped_items
            .insert((self.cur.qualified.clone(), name), qualified.clone());
        // An item in a function body is lowered as if at the file's level.
        let saved_impl = self.impl_self.take();
        match node.kind_name() {
            "function_item" => {
                self.function(
                    node,
                    name.as_str(),
                    qualified,
                    FunctionKind::Function,
                    Vec::new(),
                );
            }
            "const_item" | "static_item" => {
                let span = self.span(node);
                let ty = self
                    .field(node, FieldName::Type)
                    .and_then(|t| self.type_ref(t));
                let value = match self.field(node, FieldName::Value) {
                    Some(value) => self.value(value),
                    None => super::null(),
                };
                self.declare_var(name, ty, value, span);
                let _ = qualified;
            }
            _ => {}
        }
        self.impl_self = saved_impl;
    }

    /// A closure: a function of kind `Closure` whose value is assigned to a
    /// temporary; its body's value is its return value.
    pub(super) fn closure(&mut self, node: Node<'_>) -> Expr {
        self.closure_count += 1;
        let name = format!("<closure{}>", self.closure_count);
        let qualified = format!("{}.{name}", self.cur.qualified);
        let parent = self.cur.id;
        let span = self.span(node);
        let ctx = self.new_ctx(&name, qualified, FunctionKind::Closure, span);
        let id = ctx.id;
        self.enter_ctx(ctx);
        self.cur.b.function_mut().parent = Some(parent);
        if let Some(parameters) = self.field(node, FieldName::Parameters) {
            self.closure_parameters(parameters);
        }
        if let Some(body) = self.field(node, FieldName::Body) {
            let body_span = self.span(body);
            let value = self.value(body);
            if !self.cur.b.is_terminated() {
                let result = self.spill(value, body_span);
                let body_span = self.span(body);
                self.terminate_at(Terminator::Return(Some(result)), body_span);
            }
        }
        self.leave_ctx();
        Expr::Closure(id)
    }

    fn closure_parameters(&mut self, list: Node<'_>) {
        let mut bindings = Vec::new();
        for (index, child) in named_children(list).into_iter().enumerate() {
            let (pattern, ty) = if child.kind_name() == "parameter" {
                (
                    self.field(child, FieldName::Pattern),
                    self.field(child, FieldName::Type),
                )
            } else {
                (Some(child), None)
            };
            let Some(pattern) = pattern else { continue };
            self.param_from_pattern(index, pattern, ty, &mut bindings);
        }
        self.bind_param_patterns(bindings);
    }

    pub(super) fn function(
        &mut self,
        node: Node<'_>,
        name: &str,
        qualified: String,
        kind: FunctionKind,
        annotations: Vec<Annotation>,
    ) -> plumb_ir::FuncId {
        let span = self.span(node);
        let ctx = self.new_ctx(name, qualified, kind, span);
        let id = ctx.id;
        self.enter_ctx(ctx);
        self.cur.b.function_mut().annotations = annotations;
        let owner = self
            .impl_self
            .as_ref()
            .and_then(|s| self.class_ids.get(&s.qualified).copied());
        if let Some(owner) = owner {
            self.cur.b.function_mut().class = Some(owner);
            if let Some(class) = self.classes.get_mut(owner.0 as usize) {
                class.methods.push(id);
            }
        }
        let mut has_self = false;
        let mut bindings = Vec::new();
        if let Some(parameters) = self.field(node, FieldName::Parameters) {
            let mut position = 0;
            for child in named_children(parameters) {
                match child.kind_name() {
                    "self_parameter" => {
                        has_self = true;
                        let ty = self
                            .impl_self
                            .as_ref()
                            .map(|s| TypeRef::simple(s.written.as_str()));
                        self.cur.b.add_param(Param {
                            name: Name::new("self"),
                            var: plumb_ir::VarId(0),
                            kind: ParamKind::Receiver,
                            ty,
                            annotations: Vec::new(),
                            default: None,
                            span: self.span(child),
                        });
                    }
                    "parameter" => {
                        let ty = self.field(child, FieldName::Type);
                        if let Some(pattern) = self.field(child, FieldName::Pattern) {
                            self.param_from_pattern(position, pattern, ty, &mut bindings);
                        }
                        position += 1;
                    }
                    "variadic_parameter" => position += 1,
                    _ => {}
                }
            }
        }
        if self.impl_self.is_some() && !has_self {
            self.cur.b.function_mut().is_static = true;
        }
        if let Some(ret) = self.field(node, FieldName::ReturnType) {
            let ty = self.type_ref(ret);
            self.cur.b.function_mut().return_type = ty;
        }
        self.bind_param_patterns(bindings);
        if let Some(body) = self.field(node, FieldName::Body) {
            let body_span = self.span(body);
            let value = self.block_value(body);
            if !self.cur.b.is_terminated() {
                let result = self.spill(value, body_span);
                let tail = self.tail_span(body).unwrap_or(body_span);
                self.terminate_at(Terminator::Return(Some(result)), tail);
            }
        } else {
            // A trait method without a body is abstract: no blocks (ended
            // first, so the builder has no open block left to close).
            self.cur.b.terminate(Terminator::Return(None));
            self.cur.b.function_mut().blocks.clear();
        }
        self.leave_ctx();
        id
    }

    /// A parameter: a plain name is the parameter itself; a pattern
    /// (`Query(params): Query<Params>`) is a parameter `$argN` of the
    /// declared type, destructured when the body starts.
    fn param_from_pattern<'t>(
        &mut self,
        position: usize,
        pattern: Node<'t>,
        ty_node: Option<Node<'t>>,
        bindings: &mut Vec<(plumb_ir::VarId, Node<'t>, Option<TypeRef>)>,
    ) {
        let ty = ty_node.and_then(|t| self.type_ref(t));
        let simple = match pattern.kind_name() {
            "identifier" => Some(pattern),
            "mut_pattern" => named_children(pattern)
                .into_iter()
                .find(|c| c.kind_name() == "identifier"),
            _ => None,
        };
        let name = match simple {
            Some(identifier) => self.name_of(identifier),
            None => Name::new(&format!("$arg{position}")),
        };
        let var = self.cur.b.add_param(Param {
            name,
            var: plumb_ir::VarId(0),
            kind: ParamKind::Positional,
            ty: ty.clone(),
            annotations: Vec::new(),
            default: None,
            span: self.span(pattern),
        });
        if simple.is_none() && pattern.kind_name() != "_" {
            bindings.push((var, pattern, ty));
        }
    }

    fn bind_param_patterns(&mut self, bindings: Vec<(plumb_ir::VarId, Node<'_>, Option<TypeRef>)>) {
        for (var, pattern, ty) in bindings {
            let span = self.span(pattern);
            self.bind_pattern(pattern, Expr::Use(Operand::Var(var)), ty.as_ref(), span);
        }
    }

    // ---- impl blocks and traits --------------------------------------------

    /// `impl [Trait for] Type { .. }`: methods named after the type; a
    /// trait implemented by a type of this file is one of its supertypes,
    /// so calls through the trait reach it.
    fn impl_item(&mut self, node: Node<'_>) {
        let Some(ty_node) = self.field(node, FieldName::Type) else {
            return;
        };
        let Some(written) = self.type_ref(ty_node) else {
            return;
        };
        let qualified = self.item_qualified(written.name);
        if let Some(trait_node) = self.field(node, FieldName::Trait) {
            if let (Some(trait_ref), Some(&class)) =
                (self.type_ref(trait_node), self.class_ids.get(&qualified))
            {
                if let Some(class) = self.classes.get_mut(class.0 as usize) {
                    class.supers.push(trait_ref);
                }
            }
        }
        let saved = self.impl_self.replace(ImplSelf {
            written: written.name,
            qualified,
        });
        if let Some(body) = self.field(node, FieldName::Body) {
            self.impl_body(body);
        }
        self.impl_self = saved;
    }

    fn trait_item(&mut self, node: Node<'_>) {
        let Some(name) = self.field(node, FieldName::Name) else {
            return;
        };
        let name = self.name_of(name);
        let qualified = qualify(&self.item_prefix(), name.as_str());
        let saved = self.impl_self.replace(ImplSelf {
            written: name,
            qualified,
        });
        if let Some(body) = self.field(node, FieldName::Body) {
            self.impl_body(body);
        }
        self.impl_self = saved;
    }

    fn impl_body(&mut self, body: Node<'_>) {
        let mut attributes = Vec::new();
        for child in named_children(body) {
            match child.kind_name() {
                "attribute_item" => {
                    if let Some(annotation) = self.attribute(child) {
                        attributes.push(annotation);
                    }
                    continue;
                }
                "function_item" | "function_signature_item" => {
                    let attrs = std::mem::take(&mut attributes);
                    self.function_item(child, attrs);
                }
                "const_item" => self.const_item(child),
                _ => {}
            }
            attributes.clear();
        }
    }

    /// The qualified name of a type named in this file: a class of this
    /// file, an imported name, or a name of the current module.
    fn item_qualified(&self, written: Name) -> String {
        let text = written.as_str();
        let own = qualify(&self.item_prefix(), text);
        if self.class_ids.contains_key(&own) {
            return own;
        }
        let first = text.split('.').next().unwrap_or(text);
        if let Some(target) = self.import_targets.get(&Name::new(first)) {
            return match text.split_once('.') {
                Some((_, rest)) => format!("{target}.{rest}"),
                None => target.to_string(),
            };
        }
        if text.contains('.') {
            return text.to_string();
        }
        own
    }

    // ---- constants ---------------------------------------------------------

    /// `const X: &str = ".."` / `static`: a module global stored by the
    /// module init through a typed local; in an `impl`, a global named by
    /// the type (`Type.X`).
    fn const_item(&mut self, node: Node<'_>) {
        let Some(name) = self.field(node, FieldName::Name) else {
            return;
        };
        let name = self.text(name).to_string();
        let span = self.span(node);
        let ty = self
            .field(node, FieldName::Type)
            .and_then(|t| self.type_ref(t));
        let value = match self.field(node, FieldName::Value) {
            Some(value) => self.value(value),
            None => return,
        };
        let prefix = match &self.impl_self {
            Some(impl_self) => impl_self.qualified.clone(),
            None => self.item_prefix(),
        };
        let full = qualify(&prefix, &name);
        let relative = full
            .strip_prefix(&self.package)
            .map(|r| r.trim_start_matches('.'))
            .filter(|r| !r.is_empty() && !self.package.is_empty())
            .unwrap_or(&full)
            .to_string();
        let var = self.cur.b.declare(Name::new(&name), ty);
        self.cur.b.assign(var, value, span);
        self.push(
            InstrKind::StoreGlobal {
                name: Name::new(&relative),
                value: Operand::Var(var),
            },
            span,
        );
    }
}
