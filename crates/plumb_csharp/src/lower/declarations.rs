//! Types, their members and function signatures.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{
    Annotation, Call, Callee, Class, ClassId, ClassKind, Expr, Field, FuncId, FunctionKind,
    InstrKind, Operand, Param, ParamKind, Terminator, TypeRef, VarId,
};
use plumb_text::{Name, Span};
use rustc_hash::FxHashMap;
use tree_sitter::Node;

use super::{ClassCtx, FieldInfo, Lowerer};
use crate::types::{
    attr_value, has_modifier, is_inferred, is_type_kind, modifiers, named_children, span, type_ref,
};

pub(crate) struct ClassHeader {
    pub name: Name,
    pub qualified: Name,
    pub kind: ClassKind,
    pub supers: Vec<TypeRef>,
    pub annotations: Vec<Annotation>,
    pub span: Span,
}

/// What a primary constructor (`class C(string a) : B(a)`, a positional
/// record) declares: its parameter list and the base call's arguments.
#[derive(Clone, Copy)]
struct PrimaryConstructor<'t> {
    params: Node<'t>,
    base_args: Option<Node<'t>>,
}

impl<'a> Lowerer<'a, '_> {
    /// A class, struct, record, interface or enum declaration, top-level or
    /// nested.
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
            _ => ClassKind::Class,
        };
        let name = match node.field(FieldName::Name) {
            Some(name) => self.node_name(name),
            None => Name::new("<unnamed>"),
        };
        let qualified = self.qualify_class(name);
        let mods = modifiers(node, self.src);
        let mut supers = Vec::new();
        let mut base_args = None;
        let mut params = None;
        for child in named_children(node) {
            match child.kind_name() {
                "base_list" => {
                    for base in named_children(child) {
                        if base.kind_name() == "primary_constructor_base_type" {
                            if let Some(ty) = base.field(FieldName::Type) {
                                supers.push(type_ref(ty, self.src));
                            }
                            base_args = named_children(base)
                                .into_iter()
                                .find(|n| n.kind_name() == "argument_list");
                        } else if is_type_kind(base.kind_name()) {
                            supers.push(type_ref(base, self.src));
                        }
                    }
                }
                "parameter_list" => params = Some(child),
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
        let primary = params.map(|params| PrimaryConstructor { params, base_args });
        self.lower_class_body(header, node.field(FieldName::Body), primary)
    }

    fn lower_class_body(
        &mut self,
        header: ClassHeader,
        body: Option<Node>,
        primary: Option<PrimaryConstructor>,
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
            out_fields: Vec::new(),
            out_methods: Vec::new(),
        };
        self.prescan(&mut ctx, &members, kind);
        // Primary-constructor parameters are visible in every member: they
        // are the object's state, as a record's positional properties are.
        let components = primary
            .map(|p| named_children(p.params))
            .unwrap_or_default();
        for component in &components {
            if component.kind_name() != "parameter" {
                continue;
            }
            let Some(name_node) = component.field(FieldName::Name) else {
                continue;
            };
            let name = self.node_name(name_node);
            let ty = component
                .field(FieldName::Type)
                .map(|t| type_ref(t, self.src));
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
                is_final: kind == ClassKind::Record,
                init: None,
                span: span(*component),
            });
        }
        self.classes.push(ctx);
        let class_idx = self.classes.len() - 1;
        for member in &members {
            self.lower_member(*member, class_idx, kind);
        }
        if let Some(primary) = primary {
            self.lower_primary_constructor(class_idx, primary, header.span);
        }
        if let Some(ctx) = self.classes.pop() {
            if let Some(class) = self.module.classes.get_mut(id.0 as usize) {
                class.fields = ctx.out_fields;
                class.methods = ctx.out_methods;
            }
        }
        id
    }

    /// Names of fields, properties and methods, collected before any body
    /// is lowered because members are visible before their declaration.
    fn prescan(&mut self, ctx: &mut ClassCtx, members: &[Node], kind: ClassKind) {
        for member in members {
            match member.kind_name() {
                "field_declaration" | "event_field_declaration" => {
                    let is_static = has_modifier(*member, self.src, "static")
                        || has_modifier(*member, self.src, "const");
                    for declaration in named_children(*member) {
                        if declaration.kind_name() != "variable_declaration" {
                            continue;
                        }
                        let ty = declaration
                            .field(FieldName::Type)
                            .filter(|t| !is_inferred(*t, self.src))
                            .map(|t| type_ref(t, self.src));
                        for declarator in named_children(declaration) {
                            if declarator.kind_name() != "variable_declarator" {
                                continue;
                            }
                            if let Some(name_node) = declarator.field(FieldName::Name) {
                                let name = self.node_name(name_node);
                                ctx.fields.insert(
                                    name,
                                    FieldInfo {
                                        is_static,
                                        ty: ty.clone(),
                                    },
                                );
                            }
                        }
                    }
                }
                "property_declaration" => {
                    if let Some(name_node) = member.field(FieldName::Name) {
                        let name = self.node_name(name_node);
                        let is_static = has_modifier(*member, self.src, "static");
                        let ty = member.field(FieldName::Type).map(|t| type_ref(t, self.src));
                        ctx.fields.insert(name, FieldInfo { is_static, ty });
                    }
                }
                "enum_member_declaration" => {
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
                        let is_static = has_modifier(*member, self.src, "static")
                            && kind != ClassKind::Interface;
                        // Overloads: an instance overload makes the name callable on `this`.
                        let entry = ctx.methods.entry(name).or_insert(is_static);
                        *entry &= is_static;
                    }
                }
                _ => {}
            }
        }
    }

    fn lower_member(&mut self, member: Node, class_idx: usize, kind: ClassKind) {
        match member.kind_name() {
            "field_declaration" | "event_field_declaration" => {
                self.lower_field_declaration(member, class_idx)
            }
            "property_declaration" => self.lower_property(member, class_idx),
            "enum_member_declaration" => self.lower_enum_member(member, class_idx),
            "method_declaration" => self.lower_method(member, class_idx, MethodShape::Method, kind),
            "constructor_declaration" => {
                let shape = if has_modifier(member, self.src, "static") {
                    MethodShape::StaticConstructor
                } else {
                    MethodShape::Constructor
                };
                self.lower_method(member, class_idx, shape, kind)
            }
            "operator_declaration"
            | "conversion_operator_declaration"
            | "destructor_declaration" => {
                self.lower_method(member, class_idx, MethodShape::Special, kind)
            }
            "indexer_declaration" | "event_declaration" => {
                self.lower_accessors(member, class_idx, Name::new("Item"))
            }
            "class_declaration"
            | "interface_declaration"
            | "enum_declaration"
            | "record_declaration"
            | "struct_declaration" => {
                self.lower_class(member);
            }
            "delegate_declaration" | "ERROR" => {}
            "preproc_if" | "preproc_else" | "preproc_elif" => {
                for inner in named_children(member) {
                    self.lower_member(inner, class_idx, kind);
                }
            }
            _ if member.is_error() || member.is_missing() => {}
            other if other.starts_with("preproc") || other == "comment" => {}
            other => self.count_unlowered(other),
        }
    }

    fn lower_field_declaration(&mut self, member: Node, class_idx: usize) {
        let mods = modifiers(member, self.src);
        for declaration in named_children(member) {
            if declaration.kind_name() != "variable_declaration" {
                continue;
            }
            let ty = declaration
                .field(FieldName::Type)
                .filter(|t| !is_inferred(*t, self.src))
                .map(|t| type_ref(t, self.src));
            for declarator in named_children(declaration) {
                if declarator.kind_name() != "variable_declarator" {
                    continue;
                }
                let Some(name_node) = declarator.field(FieldName::Name) else {
                    continue;
                };
                let name = self.node_name(name_node);
                let value = declarator_value(declarator);
                let init = value.map(|value| {
                    self.lower_field_init(
                        class_idx,
                        name,
                        mods.is_static,
                        value,
                        ty.clone(),
                        span(declarator),
                    )
                });
                let field = Field {
                    name,
                    ty: ty.clone(),
                    annotations: mods.annotations.clone(),
                    is_static: mods.is_static,
                    is_final: mods.is_final,
                    init,
                    span: span(declarator),
                };
                if let Some(class) = self.classes.get_mut(class_idx) {
                    class.out_fields.push(field);
                }
            }
        }
    }

    /// A property is a field of its object: `o.Name = v` stores it and
    /// `o.Name` reads it, whatever accessors it declares (an auto-property
    /// is exactly that; a property over a backing field behaves so). Its
    /// accessor bodies are methods `get_Name`/`set_Name`, as the compiler
    /// names them; an initialiser or an expression body (`Name => expr`)
    /// gives the field its value.
    fn lower_property(&mut self, member: Node, class_idx: usize) {
        let Some(name_node) = member.field(FieldName::Name) else {
            return;
        };
        let name = self.node_name(name_node);
        let mods = modifiers(member, self.src);
        let ty = member.field(FieldName::Type).map(|t| type_ref(t, self.src));
        let value = member.field(FieldName::Value);
        let init = match value {
            Some(value) if value.kind_name() == "arrow_expression_clause" => {
                self.lower_getter(class_idx, name, mods.is_static, value, ty.clone());
                named_children(value).first().copied().filter(|body| {
                    // Only a value that needs no object is the field's
                    // value once and for all; others are computed per read.
                    literal_like(body.kind_name())
                })
            }
            other => other,
        }
        .map(|value| {
            self.lower_field_init(
                class_idx,
                name,
                mods.is_static,
                value,
                ty.clone(),
                span(member),
            )
        });
        let is_get_only = member.field(FieldName::Accessors).is_some_and(|list| {
            named_children(list).iter().all(|a| {
                a.field(FieldName::Name)
                    .is_some_and(|n| self.src.text(n) == "get")
            })
        });
        let field = Field {
            name,
            ty,
            annotations: mods.annotations,
            is_static: mods.is_static,
            is_final: is_get_only,
            init,
            span: span(member),
        };
        if let Some(class) = self.classes.get_mut(class_idx) {
            class.out_fields.push(field);
        }
        self.lower_accessors(member, class_idx, name);
    }

    /// `get { .. }`/`set { .. }`/`init { .. }` bodies as methods.
    fn lower_accessors(&mut self, member: Node, class_idx: usize, name: Name) {
        let Some(list) = member.field(FieldName::Accessors) else {
            return;
        };
        let is_static = has_modifier(member, self.src, "static");
        let ty = member.field(FieldName::Type).map(|t| type_ref(t, self.src));
        for accessor in named_children(list) {
            let Some(body) = accessor.field(FieldName::Body) else {
                continue;
            };
            let keyword = accessor
                .field(FieldName::Name)
                .map_or("get", |n| self.src.text(n));
            let method = Name::new(&format!("{keyword}_{}", name.as_str()));
            let qualified = self.member_name(class_idx, method);
            let id = self.start_fn(
                method,
                qualified,
                FunctionKind::Method,
                span(accessor),
                Some(class_idx),
                true,
                is_static,
            );
            if let Some(class) = self.classes.get_mut(class_idx) {
                class.out_methods.push(id);
            }
            if keyword == "get" {
                self.b().function_mut().return_type = ty.clone();
            } else {
                self.f().add_param(Param {
                    name: Name::new("value"),
                    var: VarId(0),
                    kind: ParamKind::Positional,
                    ty: ty.clone(),
                    annotations: Vec::new(),
                    default: None,
                    span: span(accessor),
                });
            }
            self.lower_function_body(body);
            self.end_fn(false);
        }
    }

    /// `Name => expr`: the getter method.
    fn lower_getter(
        &mut self,
        class_idx: usize,
        name: Name,
        is_static: bool,
        body: Node,
        ty: Option<TypeRef>,
    ) {
        let method = Name::new(&format!("get_{}", name.as_str()));
        let qualified = self.member_name(class_idx, method);
        let id = self.start_fn(
            method,
            qualified,
            FunctionKind::Method,
            span(body),
            Some(class_idx),
            true,
            is_static,
        );
        if let Some(class) = self.classes.get_mut(class_idx) {
            class.out_methods.push(id);
        }
        self.b().function_mut().return_type = ty;
        self.lower_function_body(body);
        self.end_fn(false);
    }

    /// The synthetic `FieldInit` function: computes the initialiser and
    /// returns it.
    fn lower_field_init(
        &mut self,
        class_idx: usize,
        name: Name,
        is_static: bool,
        value: Node,
        ty: Option<TypeRef>,
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
        self.target_type = ty;
        let result = self.lower_expr(value);
        self.target_type = None;
        self.b()
            .terminate_at(Terminator::Return(Some(result)), span);
        self.end_fn(false);
        id
    }

    /// Enum members are static fields of the enum's type; an explicit
    /// value is their initialiser.
    fn lower_enum_member(&mut self, constant: Node, class_idx: usize) {
        let Some(name_node) = constant.field(FieldName::Name) else {
            return;
        };
        let name = self.node_name(name_node);
        let enum_type = class_type(self.classes.get(class_idx).map_or(name, |c| c.qualified));
        let init = constant
            .field(FieldName::Value)
            .map(|value| self.lower_field_init(class_idx, name, true, value, None, span(constant)));
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

    /// Methods, constructors and operators.
    fn lower_method(&mut self, node: Node, class_idx: usize, shape: MethodShape, kind: ClassKind) {
        let mut mods = modifiers(node, self.src);
        let name = match shape {
            MethodShape::Constructor => Name::new("<init>"),
            MethodShape::StaticConstructor => Name::new("<clinit>"),
            MethodShape::Special => Name::new(match node.kind_name() {
                "destructor_declaration" => "Finalize",
                "conversion_operator_declaration" => "op_Implicit",
                _ => "op",
            }),
            MethodShape::Method => match node.field(FieldName::Name) {
                Some(name) => self.node_name(name),
                None => Name::new("<unnamed>"),
            },
        };
        // Members of classes are private unless declared otherwise; an
        // interface's are public.
        let explicit_interface = named_children(node)
            .iter()
            .any(|c| c.kind_name() == "explicit_interface_specifier");
        if !mods.has_access && kind != ClassKind::Interface && !explicit_interface {
            mods.annotations.push(Annotation {
                name: Name::new("private"),
                args: Vec::new(),
                span: span(node),
            });
        }
        let func_kind = match shape {
            MethodShape::Constructor => FunctionKind::Constructor,
            _ => FunctionKind::Method,
        };
        let qualified = self.member_name(class_idx, name);
        let is_static = match shape {
            MethodShape::Constructor => false,
            MethodShape::StaticConstructor => true,
            _ => mods.is_static,
        };
        let id = self.start_fn(
            name,
            qualified,
            func_kind,
            span(node),
            Some(class_idx),
            true,
            is_static,
        );
        if let Some(class) = self.classes.get_mut(class_idx) {
            class.out_methods.push(id);
        }
        let return_type = node
            .field(FieldName::Returns)
            .or_else(|| node.field(FieldName::Type))
            .filter(|t| self.src.text(*t) != "void")
            .map(|ty| type_ref(ty, self.src));
        {
            let function = self.b().function_mut();
            function.annotations = mods.annotations;
            function.return_type = return_type;
        }
        if let Some(params) = node.field(FieldName::Parameters) {
            self.lower_params(params);
        }
        if let Some(initializer) = named_children(node)
            .into_iter()
            .find(|c| c.kind_name() == "constructor_initializer")
        {
            self.lower_constructor_initializer(initializer);
        }
        let body = node.field(FieldName::Body);
        if let Some(body) = body {
            self.lower_function_body(body);
        }
        self.end_fn(body.is_none());
    }

    /// `: base(args)` / `: this(args)` before a constructor's body.
    fn lower_constructor_initializer(&mut self, node: Node) {
        let is_this = crate::types::children(node)
            .iter()
            .any(|c| c.kind_name() == "this");
        let args = self.lower_args(
            named_children(node)
                .into_iter()
                .find(|c| c.kind_name() == "argument_list"),
        );
        let callee = if is_this {
            Callee::This
        } else {
            Callee::Super {
                name: Name::new("<init>"),
            }
        };
        self.b().push(
            InstrKind::Eval(Expr::Call(Call { callee, args })),
            span(node),
        );
    }

    /// The constructor a primary constructor declares: the base call, then
    /// each parameter stored into the field of its name.
    fn lower_primary_constructor(
        &mut self,
        class_idx: usize,
        primary: PrimaryConstructor,
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
        let params = self.lower_params(primary.params);
        if let Some(args) = primary.base_args {
            let args = self.lower_args(Some(args));
            self.b().push(
                InstrKind::Eval(Expr::Call(Call {
                    callee: Callee::Super { name },
                    args,
                })),
                span,
            );
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

    /// Declares the parameters of the innermost function; returns them.
    pub fn lower_params(&mut self, params: Node) -> Vec<(Name, VarId, Span)> {
        let mut declared = Vec::new();
        for param in named_children(params) {
            let name_node = match param.kind_name() {
                "parameter" => param.field(FieldName::Name),
                "implicit_parameter" | "identifier" => Some(param),
                _ => continue,
            };
            let Some(name_node) = name_node else { continue };
            let name = self.node_name(name_node);
            let mods = modifiers(param, self.src);
            let is_params = has_modifier(param, self.src, "params");
            let ty = param
                .field(FieldName::Type)
                .filter(|t| !is_inferred(*t, self.src))
                .map(|t| type_ref(t, self.src));
            let default = named_children(param)
                .into_iter()
                .rev()
                .find(|c| {
                    Some(*c) != param.field(FieldName::Type)
                        && Some(*c) != param.field(FieldName::Name)
                        && !matches!(c.kind_name(), "attribute_list" | "modifier")
                })
                .map(|value| attr_value(value, self.src, 0));
            let param_span = span(param);
            let var = self.f().add_param(Param {
                name,
                var: VarId(0),
                kind: if is_params {
                    ParamKind::VarArgs
                } else {
                    ParamKind::Positional
                },
                ty,
                annotations: mods.annotations,
                default,
                span: param_span,
            });
            declared.push((name, var, param_span));
        }
        declared
    }

    /// A body: a block, or `=> expr` whose value is returned.
    pub fn lower_function_body(&mut self, body: Node) {
        if body.kind_name() == "arrow_expression_clause" {
            if let Some(expr) = named_children(body).first().copied() {
                let result = self.lower_expr(expr);
                self.b()
                    .terminate_at(Terminator::Return(Some(result)), span(expr));
            }
            return;
        }
        if body.kind_name() != "block" {
            let result = self.lower_expr(body);
            self.b()
                .terminate_at(Terminator::Return(Some(result)), span(body));
            return;
        }
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

#[derive(Clone, Copy, PartialEq, Eq)]
enum MethodShape {
    Method,
    Constructor,
    StaticConstructor,
    /// Operators, conversions and finalisers: code, but never called by name.
    Special,
}

/// Members of a type body (enum members included).
fn class_members(body: Node) -> Vec<Node> {
    named_children(body)
}

/// The initialiser of `name = value` in a variable declarator.
pub(crate) fn declarator_value(declarator: Node) -> Option<Node> {
    let name = declarator.field(FieldName::Name);
    named_children(declarator).into_iter().rev().find(|c| {
        Some(*c) != name && !matches!(c.kind_name(), "bracketed_argument_list" | "tuple_pattern")
    })
}

/// Expression bodies computed from nothing but constants.
fn literal_like(kind: &str) -> bool {
    matches!(
        kind,
        "string_literal"
            | "verbatim_string_literal"
            | "raw_string_literal"
            | "integer_literal"
            | "real_literal"
            | "boolean_literal"
            | "character_literal"
    )
}

pub(crate) fn class_type(qualified: Name) -> TypeRef {
    TypeRef {
        name: qualified,
        args: Vec::new(),
        array_dims: 0,
    }
}
