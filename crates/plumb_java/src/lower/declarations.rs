//! Classes, their members and function signatures.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{
    Annotation, Class, ClassId, ClassKind, Expr, Field, FuncId, FunctionKind, InstrKind, Operand,
    Param, ParamKind, Terminator, TypeRef, VarId,
};
use plumb_text::{Name, Span};
use rustc_hash::FxHashMap;
use tree_sitter::Node;

use super::{ClassCtx, FieldInfo, Lowerer};
use crate::types::{
    count_dims, field_children, has_static_modifier, is_type_kind, modifiers, named_children, span,
    type_ref,
};

pub(crate) struct ClassHeader {
    pub name: Name,
    pub qualified: Name,
    pub kind: ClassKind,
    pub supers: Vec<TypeRef>,
    pub annotations: Vec<Annotation>,
    pub span: Span,
}

impl<'a> Lowerer<'a, '_> {
    /// A class, interface, enum, record or annotation type declaration,
    /// top-level, nested or local.
    pub fn lower_class(&mut self, node: Node) -> Option<ClassId> {
        if self.too_deep() {
            self.count_unlowered("depth_limit");
            return None;
        }
        self.depth += 1;
        let id = self.lower_class_declaration(node);
        self.depth -= 1;
        Some(id)
    }

    fn lower_class_declaration(&mut self, node: Node) -> ClassId {
        let kind = match node.kind_name() {
            "interface_declaration" => ClassKind::Interface,
            "enum_declaration" => ClassKind::Enum,
            "record_declaration" => ClassKind::Record,
            "annotation_type_declaration" => ClassKind::Annotation,
            _ => ClassKind::Class,
        };
        let name = match node.field(FieldName::Name) {
            Some(name) => self.node_name(name),
            None => Name::new("<unnamed>"),
        };
        let qualified = self.qualify_class(name);
        let mods = modifiers(node, self.src);
        let mut supers = Vec::new();
        for child in named_children(node) {
            match child.kind_name() {
                "superclass" => {
                    for ty in named_children(child) {
                        if is_type_kind(ty.kind_name()) {
                            supers.push(type_ref(ty, self.src, 0));
                        }
                    }
                }
                "super_interfaces" | "extends_interfaces" => {
                    for list in named_children(child) {
                        for ty in named_children(list) {
                            if is_type_kind(ty.kind_name()) {
                                supers.push(type_ref(ty, self.src, 0));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let header = ClassHeader {
            name,
            qualified,
            kind,
            supers,
            annotations: mods.annotations,
            span: span(node),
        };
        let record_params = if kind == ClassKind::Record {
            node.field(FieldName::Parameters)
        } else {
            None
        };
        self.lower_class_body(header, node.field(FieldName::Body), record_params, false)
    }

    /// `new T(..) { body }`: a class `<Enclosing>.$<N>` extending `T`, whose
    /// methods are closures of the current function. Returns the class name
    /// and its closure functions.
    pub fn lower_anonymous_class(
        &mut self,
        super_type: TypeRef,
        body: Node,
        span: Span,
    ) -> (Name, Vec<FuncId>) {
        let (simple, qualified) = self.next_anonymous_name();
        let header = ClassHeader {
            name: simple,
            qualified,
            kind: ClassKind::Class,
            supers: vec![super_type],
            annotations: Vec::new(),
            span,
        };
        let id = self.lower_class_body(header, Some(body), None, true);
        let methods = self
            .module
            .classes
            .get(id.0 as usize)
            .map(|class| {
                class
                    .methods
                    .iter()
                    .copied()
                    .filter(|f| {
                        self.module
                            .functions
                            .get(f.0 as usize)
                            .is_some_and(|f| f.kind == FunctionKind::Closure)
                    })
                    .collect()
            })
            .unwrap_or_default();
        (qualified, methods)
    }

    pub fn lower_class_body(
        &mut self,
        header: ClassHeader,
        body: Option<Node>,
        record_params: Option<Node>,
        is_anonymous: bool,
    ) -> ClassId {
        let id = ClassId(u32::try_from(self.module.classes.len()).unwrap_or(u32::MAX));
        let kind = header.kind;
        self.module.classes.push(Class {
            name: header.name,
            qualified: header.qualified,
            kind,
            supers: header.supers,
            annotations: header.annotations,
            fields: Vec::new(),
            methods: Vec::new(),
            span: header.span,
        });
        let members = body.map(class_members).unwrap_or_default();
        let mut ctx = ClassCtx {
            id,
            qualified: header.qualified,
            simple: header.name,
            fields: FxHashMap::default(),
            methods: FxHashMap::default(),
            anon_count: 0,
            is_anonymous,
            out_fields: Vec::new(),
            out_methods: Vec::new(),
        };
        self.prescan(&mut ctx, &members, kind);
        let components = record_params.map(named_children).unwrap_or_default();
        for component in &components {
            let Some(name_node) = component.field(FieldName::Name) else {
                continue;
            };
            let name = self.node_name(name_node);
            let ty = self.param_type(*component);
            ctx.fields.insert(
                name,
                FieldInfo {
                    is_static: false,
                    ty: ty.clone(),
                },
            );
            ctx.out_fields.push(Field {
                name,
                ty,
                annotations: modifiers(*component, self.src).annotations,
                is_static: false,
                is_final: true,
                init: None,
                span: span(*component),
            });
        }
        self.classes.push(ctx);
        let class_idx = self.classes.len() - 1;
        let mut has_canonical = false;
        for member in &members {
            if kind == ClassKind::Record {
                has_canonical |= is_canonical_constructor(*member, components.len());
            }
            self.lower_member(*member, class_idx, kind, record_params);
        }
        if kind == ClassKind::Record && !has_canonical {
            self.lower_record_constructor(class_idx, None, record_params, header.span);
        }
        if kind == ClassKind::Record {
            self.lower_record_accessors(class_idx, &components, &members);
        }
        if let Some(ctx) = self.classes.pop() {
            if let Some(class) = self.module.classes.get_mut(id.0 as usize) {
                class.fields = ctx.out_fields;
                class.methods = ctx.out_methods;
            }
        }
        id
    }

    /// Names of fields and methods, collected before any body is lowered
    /// because Java members are visible before their declaration.
    fn prescan(&mut self, ctx: &mut ClassCtx, members: &[Node], kind: ClassKind) {
        let implicit_static = matches!(kind, ClassKind::Interface | ClassKind::Annotation);
        for member in members {
            match member.kind_name() {
                "field_declaration" | "constant_declaration" => {
                    let is_static = implicit_static
                        || member.kind_name() == "constant_declaration"
                        || has_static_modifier(*member);
                    let base = member.field(FieldName::Type);
                    for declarator in field_children(*member, FieldName::Declarator) {
                        let Some(name_node) = declarator.field(FieldName::Name) else {
                            continue;
                        };
                        let name = self.node_name(name_node);
                        let ty = base.map(|base| {
                            type_ref(base, self.src, declarator_dims(declarator, self))
                        });
                        ctx.fields.insert(name, FieldInfo { is_static, ty });
                    }
                }
                "enum_constant" => {
                    if let Some(name_node) = member.field(FieldName::Name) {
                        let name = self.node_name(name_node);
                        ctx.fields.insert(
                            name,
                            FieldInfo {
                                is_static: true,
                                ty: Some(class_type(ctx.qualified)),
                            },
                        );
                    }
                }
                "method_declaration" => {
                    if let Some(name_node) = member.field(FieldName::Name) {
                        let name = self.node_name(name_node);
                        let is_static = has_static_modifier(*member);
                        // Overloads: an instance overload makes the name callable on `this`.
                        let entry = ctx.methods.entry(name).or_insert(is_static);
                        *entry &= is_static;
                    }
                }
                _ => {}
            }
        }
    }

    fn lower_member(
        &mut self,
        member: Node,
        class_idx: usize,
        kind: ClassKind,
        record_params: Option<Node>,
    ) {
        match member.kind_name() {
            "field_declaration" | "constant_declaration" => {
                self.lower_field_declaration(member, class_idx, kind)
            }
            "enum_constant" => self.lower_enum_constant(member, class_idx),
            "method_declaration" => self.lower_method(member, Some(class_idx), false),
            "constructor_declaration" => self.lower_method(member, Some(class_idx), true),
            "compact_constructor_declaration" => {
                self.lower_record_constructor(class_idx, Some(member), record_params, span(member))
            }
            "annotation_type_element_declaration" => {
                self.lower_annotation_element(member, class_idx)
            }
            "class_declaration"
            | "interface_declaration"
            | "enum_declaration"
            | "record_declaration"
            | "annotation_type_declaration" => {
                self.lower_class(member);
            }
            "static_initializer" => {
                if let Some(block) = named_children(member)
                    .into_iter()
                    .find(|n| n.kind_name() == "block")
                {
                    self.lower_initializer_block(block, class_idx, true);
                }
            }
            "block" => self.lower_initializer_block(member, class_idx, false),
            "ERROR" => {}
            _ if member.is_error() || member.is_missing() => {}
            other => self.count_unlowered(other),
        }
    }

    fn lower_field_declaration(&mut self, member: Node, class_idx: usize, kind: ClassKind) {
        let mods = modifiers(member, self.src);
        let implicit = matches!(kind, ClassKind::Interface | ClassKind::Annotation)
            || member.kind_name() == "constant_declaration";
        let is_static = mods.is_static || implicit;
        let is_final = mods.is_final || implicit;
        let base = member.field(FieldName::Type);
        for declarator in field_children(member, FieldName::Declarator) {
            let Some(name_node) = declarator.field(FieldName::Name) else {
                continue;
            };
            let name = self.node_name(name_node);
            let dims = declarator_dims(declarator, self);
            let ty = base.map(|base| type_ref(base, self.src, dims));
            let init = declarator.field(FieldName::Value).map(|value| {
                self.lower_field_init(class_idx, name, is_static, value, span(declarator))
            });
            let field = Field {
                name,
                ty,
                annotations: mods.annotations.clone(),
                is_static,
                is_final,
                init,
                span: span(declarator),
            };
            if let Some(class) = self.classes.get_mut(class_idx) {
                class.out_fields.push(field);
            }
        }
    }

    /// The synthetic `FieldInit` function: computes the initialiser and
    /// returns it.
    fn lower_field_init(
        &mut self,
        class_idx: usize,
        name: Name,
        is_static: bool,
        value: Node,
        span: Span,
    ) -> FuncId {
        let qualified = self.member_name(class_idx, name);
        let id = self.start_fn(
            name,
            qualified,
            FunctionKind::FieldInit,
            span,
            Some(class_idx),
            true,
            is_static,
        );
        let result = self.lower_expr(value);
        self.b()
            .terminate_at(Terminator::Return(Some(result)), span);
        self.end_fn(false);
        id
    }

    fn lower_enum_constant(&mut self, constant: Node, class_idx: usize) {
        let Some(name_node) = constant.field(FieldName::Name) else {
            return;
        };
        let name = self.node_name(name_node);
        let enum_type = class_type(self.classes.get(class_idx).map_or(name, |c| c.qualified));
        let arguments = constant.field(FieldName::Arguments);
        let body = constant.field(FieldName::Body);
        let init = if arguments.is_some() || body.is_some() {
            let qualified = self.member_name(class_idx, name);
            let id = self.start_fn(
                name,
                qualified,
                FunctionKind::FieldInit,
                span(constant),
                Some(class_idx),
                true,
                true,
            );
            let value = self.lower_new_parts(enum_type.clone(), arguments, body, span(constant));
            let result = self.operand(value);
            self.b()
                .terminate_at(Terminator::Return(Some(result)), span(constant));
            self.end_fn(false);
            Some(id)
        } else {
            None
        };
        let field = Field {
            name,
            ty: Some(enum_type),
            annotations: modifiers(constant, self.src).annotations,
            is_static: true,
            is_final: true,
            init,
            span: span(constant),
        };
        if let Some(class) = self.classes.get_mut(class_idx) {
            class.out_fields.push(field);
        }
    }

    /// Methods and constructors of a class (or, with no class, a method the
    /// parser found at top level).
    pub fn lower_method(&mut self, node: Node, class_idx: Option<usize>, constructor: bool) {
        let mods = modifiers(node, self.src);
        let name = if constructor {
            Name::new("<init>")
        } else {
            match node.field(FieldName::Name) {
                Some(name) => self.node_name(name),
                None => Name::new("<unnamed>"),
            }
        };
        let anonymous = class_idx
            .and_then(|c| self.classes.get(c))
            .is_some_and(|c| c.is_anonymous);
        let kind = if anonymous {
            FunctionKind::Closure
        } else if constructor {
            FunctionKind::Constructor
        } else if class_idx.is_some() {
            FunctionKind::Method
        } else {
            FunctionKind::Function
        };
        let qualified = match class_idx {
            Some(c) => self.member_name(c, name),
            None => self.qualify(name),
        };
        let is_static = mods.is_static && !constructor;
        let id = self.start_fn(
            name,
            qualified,
            kind,
            span(node),
            class_idx,
            class_idx.is_some(),
            is_static || class_idx.is_none(),
        );
        if let Some(class) = class_idx.and_then(|c| self.classes.get_mut(c)) {
            class.out_methods.push(id);
        }
        let return_type = if constructor {
            None
        } else {
            node.field(FieldName::Type).map(|ty| {
                let dims = node
                    .field(FieldName::Dimensions)
                    .map_or(0, |d| count_dims(self.src.text(d)));
                type_ref(ty, self.src, dims)
            })
        };
        {
            let function = self.b().function_mut();
            function.annotations = mods.annotations;
            function.return_type = return_type;
        }
        if let Some(params) = node.field(FieldName::Parameters) {
            self.lower_params(params);
        }
        let body = node.field(FieldName::Body);
        if let Some(body) = body {
            self.lower_body(body);
        }
        self.end_fn(body.is_none());
    }

    pub fn lower_free_method(&mut self, node: Node) {
        self.lower_method(node, None, false);
    }

    /// `String value() default "";` in an `@interface`: an abstract method.
    fn lower_annotation_element(&mut self, node: Node, class_idx: usize) {
        let Some(name_node) = node.field(FieldName::Name) else {
            return;
        };
        let name = self.node_name(name_node);
        let qualified = self.member_name(class_idx, name);
        let id = self.start_fn(
            name,
            qualified,
            FunctionKind::Method,
            span(node),
            Some(class_idx),
            true,
            false,
        );
        if let Some(class) = self.classes.get_mut(class_idx) {
            class.out_methods.push(id);
        }
        let dims = node
            .field(FieldName::Dimensions)
            .map_or(0, |d| count_dims(self.src.text(d)));
        let return_type = node
            .field(FieldName::Type)
            .map(|ty| type_ref(ty, self.src, dims));
        let annotations = modifiers(node, self.src).annotations;
        {
            let function = self.b().function_mut();
            function.return_type = return_type;
            function.annotations = annotations;
        }
        self.end_fn(true);
    }

    /// `static { .. }` → `<clinit>`, `{ .. }` → `<instinit>`.
    fn lower_initializer_block(&mut self, block: Node, class_idx: usize, is_static: bool) {
        let name = Name::new(if is_static { "<clinit>" } else { "<instinit>" });
        let qualified = self.member_name(class_idx, name);
        let id = self.start_fn(
            name,
            qualified,
            FunctionKind::Method,
            span(block),
            Some(class_idx),
            true,
            is_static,
        );
        if let Some(class) = self.classes.get_mut(class_idx) {
            class.out_methods.push(id);
        }
        self.lower_body(block);
        self.end_fn(false);
    }

    /// The canonical constructor of a record: the compact constructor's body
    /// if there is one, then each component stored into its field.
    fn lower_record_constructor(
        &mut self,
        class_idx: usize,
        compact: Option<Node>,
        record_params: Option<Node>,
        span: Span,
    ) {
        let name = Name::new("<init>");
        let qualified = self.member_name(class_idx, name);
        let id = self.start_fn(
            name,
            qualified,
            FunctionKind::Constructor,
            span,
            Some(class_idx),
            true,
            false,
        );
        if let Some(class) = self.classes.get_mut(class_idx) {
            class.out_methods.push(id);
        }
        if let Some(compact) = compact {
            let annotations = modifiers(compact, self.src).annotations;
            self.b().function_mut().annotations = annotations;
        }
        let params = match record_params {
            Some(params) => self.lower_params(params),
            None => Vec::new(),
        };
        if let Some(body) = compact.and_then(|c| c.field(FieldName::Body)) {
            self.lower_body(body);
        }
        if let Some(this) = self.f().this_var {
            for (name, var, param_span) in params {
                self.b().push(
                    InstrKind::StoreField {
                        obj: Operand::Var(this),
                        field: name,
                        value: Operand::Var(var),
                    },
                    param_span,
                );
            }
        }
        self.end_fn(false);
    }

    /// The accessor a record has for each component it does not declare one
    /// for: `name()` returns the field.
    fn lower_record_accessors(&mut self, class_idx: usize, components: &[Node], members: &[Node]) {
        for component in components {
            let Some(name_node) = component.field(FieldName::Name) else {
                continue;
            };
            let name = self.node_name(name_node);
            let declared = members.iter().any(|member| {
                member.kind_name() == "method_declaration"
                    && member
                        .field(FieldName::Name)
                        .is_some_and(|n| self.node_name(n) == name)
                    && member
                        .field(FieldName::Parameters)
                        .is_some_and(|params| named_children(params).is_empty())
            });
            if declared {
                continue;
            }
            let component_span = span(*component);
            let qualified = self.member_name(class_idx, name);
            let id = self.start_fn(
                name,
                qualified,
                FunctionKind::Method,
                component_span,
                Some(class_idx),
                true,
                false,
            );
            if let Some(class) = self.classes.get_mut(class_idx) {
                class.out_methods.push(id);
            }
            if let Some(this) = self.f().this_var {
                let value = self
                    .b()
                    .assign_temp(Expr::Field(Operand::Var(this), name), component_span);
                self.b()
                    .terminate_at(Terminator::Return(Some(value)), component_span);
            }
            self.end_fn(false);
        }
    }

    /// Declares the parameters of the innermost function; returns them.
    pub fn lower_params(&mut self, params: Node) -> Vec<(Name, VarId, Span)> {
        let mut declared = Vec::new();
        for param in named_children(params) {
            let (name_node, kind) = match param.kind_name() {
                "formal_parameter" => (param.field(FieldName::Name), ParamKind::Positional),
                "spread_parameter" => (
                    named_children(param)
                        .into_iter()
                        .find(|n| n.kind_name() == "variable_declarator")
                        .and_then(|d| d.field(FieldName::Name)),
                    ParamKind::VarArgs,
                ),
                "identifier" => (Some(param), ParamKind::Positional),
                _ => continue,
            };
            let Some(name_node) = name_node else { continue };
            let name = self.node_name(name_node);
            let ty = self.param_type(param);
            let annotations = modifiers(param, self.src).annotations;
            let param_span = span(param);
            let var = self.f().add_param(Param {
                name,
                var: VarId(0),
                kind,
                ty,
                annotations,
                default: None,
                span: param_span,
            });
            declared.push((name, var, param_span));
        }
        declared
    }

    /// Declared type of a formal, spread or record-component parameter;
    /// varargs are arrays inside the method.
    fn param_type(&mut self, param: Node) -> Option<TypeRef> {
        match param.kind_name() {
            "formal_parameter" => {
                let dims = param
                    .field(FieldName::Dimensions)
                    .map_or(0, |d| count_dims(self.src.text(d)));
                param
                    .field(FieldName::Type)
                    .map(|ty| type_ref(ty, self.src, dims))
            }
            "spread_parameter" => {
                let children = named_children(param);
                let declarator_dims = children
                    .iter()
                    .find(|n| n.kind_name() == "variable_declarator")
                    .map_or(0, |d| declarator_dims(*d, self));
                children
                    .iter()
                    .find(|n| is_type_kind(n.kind_name()))
                    .map(|ty| type_ref(*ty, self.src, declarator_dims.saturating_add(1)))
            }
            _ => None,
        }
    }

    /// Statements of a method, constructor or initialiser body.
    pub fn lower_body(&mut self, body: Node) {
        for statement in named_children(body) {
            self.lower_stmt(statement);
        }
    }

    fn member_name(&self, class_idx: usize, name: Name) -> Name {
        match self.classes.get(class_idx) {
            Some(class) => class.qualified.join(name.as_str()),
            None => self.qualify(name),
        }
    }
}

/// Members of a class, interface, enum or annotation body, enum constants
/// first.
fn class_members(body: Node) -> Vec<Node> {
    let mut members = Vec::new();
    for child in named_children(body) {
        if child.kind_name() == "enum_body_declarations" {
            members.extend(named_children(child));
        } else {
            members.push(child);
        }
    }
    members
}

fn is_canonical_constructor(member: Node, component_count: usize) -> bool {
    match member.kind_name() {
        "compact_constructor_declaration" => true,
        "constructor_declaration" => member
            .field(FieldName::Parameters)
            .is_some_and(|params| named_children(params).len() == component_count),
        _ => false,
    }
}

fn declarator_dims(declarator: Node, lowerer: &Lowerer) -> u8 {
    declarator
        .field(FieldName::Dimensions)
        .map_or(0, |d| count_dims(lowerer.src.text(d)))
}

pub(crate) fn class_type(qualified: Name) -> TypeRef {
    TypeRef {
        name: qualified,
        args: Vec::new(),
        array_dims: 0,
    }
}
