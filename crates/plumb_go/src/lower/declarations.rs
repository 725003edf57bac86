//! Package-level declarations: imports, struct types (classes), functions,
//! methods and function literals, package variables and constants.

use plumb_ir::{
    Class, ClassId, ClassKind, Expr, Field, FunctionKind, Import, Param, ParamKind, TypeRef,
};
use plumb_text::Name;
use tree_sitter::Node;

use super::{named_children, qualify, types, Lowerer};
use crate::fields::FieldName;
use crate::kinds::KindExt;
use crate::span_of;

impl Lowerer<'_> {
    pub(crate) fn lower_file(&mut self, root: Node<'_>) {
        self.cur.b.function_mut().span = span_of(root);
        let declarations = named_children(root);
        // Types first: methods name their receiver's class, whatever the order.
        for &node in &declarations {
            if node.kind_name() == "type_declaration" {
                self.type_declaration(node);
            }
        }
        for node in declarations {
            match node.kind_name() {
                "package_clause" | "type_declaration" | "comment" => {}
                "import_declaration" => self.import_declaration(node),
                "function_declaration" => self.function_declaration(node),
                "method_declaration" => self.method_declaration(node),
                _ => self.stmt(node),
            }
        }
    }

    // ---- imports -----------------------------------------------------------

    fn import_declaration(&mut self, node: Node<'_>) {
        let mut stack = named_children(node);
        stack.reverse();
        while let Some(child) = stack.pop() {
            match child.kind_name() {
                "import_spec_list" => {
                    let mut inner = named_children(child);
                    inner.reverse();
                    stack.extend(inner);
                }
                "import_spec" => self.import_spec(child),
                _ => {}
            }
        }
    }

    /// `import alias "path"`: the alias (or the package's default name)
    /// stands for the import path. A trailing major version (`/v5`) is
    /// dropped from the target so one model serves every version; a dot
    /// import is a wildcard; a blank import binds nothing.
    fn import_spec(&mut self, node: Node<'_>) {
        let Some(path_node) = self.field(node, FieldName::Path) else {
            return;
        };
        let path = self.string_value(path_node);
        if path.is_empty() {
            return;
        }
        let target = strip_major_version(&path);
        let span = span_of(node);
        match self.field(node, FieldName::Name) {
            Some(name) if name.kind_name() == "blank_identifier" => {}
            Some(name) if name.kind_name() == "dot" => self.imports.push(Import {
                alias: Name::new(target),
                target: Name::new(target),
                wildcard: true,
                span,
            }),
            Some(name) => self.imports.push(Import {
                alias: self.name_of(name),
                target: Name::new(target),
                wildcard: false,
                span,
            }),
            None => self.imports.push(Import {
                alias: Name::new(default_package_name(target)),
                target: Name::new(target),
                wildcard: false,
                span,
            }),
        }
    }

    // ---- types -------------------------------------------------------------

    pub(super) fn type_declaration(&mut self, node: Node<'_>) {
        for spec in named_children(node) {
            if !matches!(spec.kind_name(), "type_spec" | "type_alias") {
                continue;
            }
            let (Some(name), Some(ty)) = (
                self.field(spec, FieldName::Name),
                self.field(spec, FieldName::Type),
            ) else {
                continue;
            };
            let kind = match ty.kind_name() {
                "struct_type" => ClassKind::Class,
                "interface_type" => ClassKind::Interface,
                _ => continue,
            };
            let name = self.name_of(name);
            let mut class = Class {
                name,
                qualified: Name::new(&qualify(&self.package, name.as_str())),
                kind,
                supers: Vec::new(),
                annotations: Vec::new(),
                fields: Vec::new(),
                methods: Vec::new(),
                span: span_of(spec),
            };
            let id = ClassId(u32::try_from(self.classes.len()).unwrap_or(u32::MAX));
            if kind == ClassKind::Class {
                self.struct_fields(ty, &mut class);
            } else {
                self.interface_methods(ty, id, &mut class);
            }
            self.class_ids.insert(name, id);
            self.classes.push(class);
        }
    }

    /// Named fields become fields; an embedded type is a supertype, so its
    /// fields and methods are promoted through the class hierarchy.
    fn struct_fields(&mut self, struct_type: Node<'_>, class: &mut Class) {
        let Some(list) = named_children(struct_type).into_iter().next() else {
            return;
        };
        for declaration in named_children(list) {
            if declaration.kind_name() != "field_declaration" {
                continue;
            }
            let ty_node = self.field(declaration, FieldName::Type);
            let ty = ty_node.and_then(|t| self.type_ref(t));
            let names = plumb_syntax::field_children(declaration, FieldName::Name.id());
            if names.is_empty() {
                if let Some(ty) = ty {
                    let field_name = ty.name.as_str().rsplit('.').next().unwrap_or("");
                    class.fields.push(Field {
                        name: Name::new(field_name),
                        ty: Some(ty.clone()),
                        annotations: Vec::new(),
                        is_static: false,
                        is_final: false,
                        init: None,
                        span: span_of(declaration),
                    });
                    class.supers.push(ty);
                }
                continue;
            }
            for name in names {
                class.fields.push(Field {
                    name: self.name_of(name),
                    ty: ty.clone(),
                    annotations: Vec::new(),
                    is_static: false,
                    is_final: false,
                    init: None,
                    span: span_of(name),
                });
            }
        }
    }

    /// An interface's methods are abstract methods (no blocks): a call on
    /// an interface value dispatches to the structs that implement it,
    /// which the analysis finds by their method sets.
    fn interface_methods(&mut self, interface: Node<'_>, id: ClassId, class: &mut Class) {
        for element in named_children(interface) {
            if element.kind_name() != "method_elem" {
                continue;
            }
            let Some(name) = self.field(element, FieldName::Name) else {
                continue;
            };
            let name = self.text(name);
            let qualified = qualify(&self.package, &format!("{}.{name}", class.name));
            let ctx = self.new_ctx(name, qualified, FunctionKind::Method, span_of(element));
            let function_id = ctx.id;
            let mut function = ctx.b.finish();
            function.class = Some(id);
            function.blocks.clear();
            if let Some(slot) = self.functions.get_mut(function_id.0 as usize) {
                *slot = Some(function);
            }
            class.methods.push(function_id);
        }
    }

    // ---- functions ---------------------------------------------------------

    fn function_declaration(&mut self, node: Node<'_>) {
        let Some(name) = self.field(node, FieldName::Name) else {
            return;
        };
        let name = self.text(name);
        let qualified = qualify(&self.package, name);
        self.function(node, name, qualified, FunctionKind::Function, None);
    }

    /// `func (s *Server) Search(...)`: a method of `Server`, whose
    /// receiver is the first parameter, of kind `Receiver`.
    fn method_declaration(&mut self, node: Node<'_>) {
        let Some(name) = self.field(node, FieldName::Name) else {
            return;
        };
        let name = self.text(name);
        let receiver = self
            .field(node, FieldName::Receiver)
            .and_then(|list| named_children(list).into_iter().next());
        let owner = receiver
            .and_then(|r| self.field(r, FieldName::Type))
            .and_then(|t| self.receiver_type_name(t));
        let qualified = match owner {
            Some(owner) => qualify(&self.package, &format!("{owner}.{name}")),
            None => qualify(&self.package, name),
        };
        self.function(node, name, qualified, FunctionKind::Method, receiver);
    }

    /// A function literal: a closure whose value is assigned to a temporary.
    pub(super) fn func_literal(&mut self, node: Node<'_>) -> Expr {
        self.closure_count += 1;
        let name = format!("<closure{}>", self.closure_count);
        let qualified = format!("{}.{name}", self.cur.qualified);
        let id = self.function(node, &name, qualified, FunctionKind::Closure, None);
        Expr::Closure(id)
    }

    fn function(
        &mut self,
        node: Node<'_>,
        name: &str,
        qualified: String,
        kind: FunctionKind,
        receiver: Option<Node<'_>>,
    ) -> plumb_ir::FuncId {
        let parent = self.cur.id;
        let mut ctx = self.new_ctx(name, qualified, kind, span_of(node));
        let id = ctx.id;
        if kind == FunctionKind::Closure {
            ctx.b.function_mut().parent = Some(parent);
        }
        self.enter_ctx(ctx);
        if let Some(receiver) = receiver {
            let ty_node = self.field(receiver, FieldName::Type);
            let owner = ty_node.and_then(|t| self.receiver_type_name(t));
            if let Some(class) = owner.and_then(|o| self.class_ids.get(&o).copied()) {
                self.cur.b.function_mut().class = Some(class);
                if let Some(c) = self.classes.get_mut(class.0 as usize) {
                    c.methods.push(id);
                }
            }
            let name = self
                .field(receiver, FieldName::Name)
                .map_or(Name::new("_"), |n| self.name_of(n));
            self.cur.b.add_param(Param {
                name,
                var: plumb_ir::VarId(0),
                kind: ParamKind::Receiver,
                ty: ty_node.and_then(|t| self.type_ref(t)),
                annotations: Vec::new(),
                default: None,
                span: span_of(receiver),
            });
        }
        if let Some(parameters) = self.field(node, FieldName::Parameters) {
            self.parameters(parameters);
        }
        if let Some(result) = self.field(node, FieldName::Result) {
            self.results(result);
        }
        if let Some(body) = self.field(node, FieldName::Body) {
            self.block(body);
        }
        if !self.cur.b.is_terminated() {
            let named = self.cur.named_results.first().copied();
            self.cur.b.terminate(plumb_ir::Terminator::Return(
                named.map(plumb_ir::Operand::Var),
            ));
        }
        self.leave_ctx();
        id
    }

    fn parameters(&mut self, list: Node<'_>) {
        let mut unnamed = 0;
        for declaration in named_children(list) {
            let variadic = declaration.kind_name() == "variadic_parameter_declaration";
            if !variadic && declaration.kind_name() != "parameter_declaration" {
                continue;
            }
            let mut ty = self
                .field(declaration, FieldName::Type)
                .and_then(|t| self.type_ref(t));
            if variadic {
                if let Some(ty) = &mut ty {
                    ty.array_dims = ty.array_dims.saturating_add(1);
                }
            }
            let mut names: Vec<Name> =
                plumb_syntax::field_children(declaration, FieldName::Name.id())
                    .into_iter()
                    .map(|n| self.name_of(n))
                    .collect();
            if names.is_empty() {
                unnamed += 1;
                names.push(Name::new(&format!("_{unnamed}")));
            }
            for name in names {
                self.cur.b.add_param(Param {
                    name,
                    var: plumb_ir::VarId(0),
                    kind: if variadic {
                        ParamKind::VarArgs
                    } else {
                        ParamKind::Positional
                    },
                    ty: ty.clone(),
                    annotations: Vec::new(),
                    default: None,
                    span: span_of(declaration),
                });
            }
        }
    }

    /// The first result's type is the function's return type (the value a
    /// call stands for, see docs/ir.md); named results are locals holding
    /// their zero values, returned by a bare `return`.
    fn results(&mut self, result: Node<'_>) {
        if result.kind_name() != "parameter_list" {
            let ty = self.type_ref(result);
            self.cur.b.function_mut().return_type = ty;
            return;
        }
        let mut first = true;
        for declaration in named_children(result) {
            let ty_node = self.field(declaration, FieldName::Type);
            let ty = ty_node.and_then(|t| self.type_ref(t));
            if first {
                self.cur.b.function_mut().return_type = ty.clone();
                first = false;
            }
            for name in plumb_syntax::field_children(declaration, FieldName::Name.id()) {
                let name = self.name_of(name);
                let zero = ty_node.map_or(
                    Expr::Use(plumb_ir::Operand::Const(plumb_ir::Const::Null)),
                    |t| self.zero_value(t, ty.as_ref()),
                );
                let var = self.cur.b.declare(name, ty.clone());
                self.cur.b.assign(var, zero, span_of(declaration));
                self.cur.named_results.push(var);
            }
        }
    }

    /// The zero value of a declared type: constants for basic types, an
    /// empty object for a struct, nil for the rest.
    pub(super) fn zero_value(&mut self, ty_node: Node<'_>, ty: Option<&TypeRef>) -> Expr {
        use plumb_ir::{Const, Operand};
        let text = self.text(ty_node);
        let constant = match text {
            "string" => Some(Const::str("")),
            "bool" => Some(Const::Bool(false)),
            "float32" | "float64" => Some(Const::Float(0.0)),
            _ if types::BASIC_TYPES.contains(&text) => Some(Const::Int(0)),
            _ => None,
        };
        if let Some(constant) = constant {
            return Expr::Use(Operand::Const(constant));
        }
        match ty {
            Some(ty) if types::is_value_struct(ty_node, text) => Expr::New {
                class: ty.clone(),
                args: Vec::new(),
            },
            _ => Expr::Use(Operand::Const(Const::Null)),
        }
    }

    /// A `var` or `const` declaration, at package level or in a function.
    pub(super) fn var_declaration(&mut self, node: Node<'_>) {
        let mut stack = named_children(node);
        stack.reverse();
        while let Some(spec) = stack.pop() {
            match spec.kind_name() {
                "var_spec_list" => {
                    let mut inner = named_children(spec);
                    inner.reverse();
                    stack.extend(inner);
                }
                "var_spec" | "const_spec" => self.var_spec(spec),
                _ => {}
            }
        }
    }

    fn var_spec(&mut self, spec: Node<'_>) {
        let span = span_of(spec);
        let ty_node = self.field(spec, FieldName::Type);
        let ty = ty_node.and_then(|t| self.type_ref(t));
        let names: Vec<Name> = plumb_syntax::field_children(spec, FieldName::Name.id())
            .into_iter()
            .filter(|n| n.kind_name() == "identifier")
            .map(|n| self.name_of(n))
            .collect();
        let values: Vec<Node<'_>> = self
            .field(spec, FieldName::Value)
            .map(named_children)
            .unwrap_or_default();
        if values.is_empty() {
            for name in names {
                let zero = match ty_node {
                    Some(t) => self.zero_value(t, ty.as_ref()),
                    // A constant repeating the previous spec's expression (iota).
                    None => super::opaque("iota", Vec::new()),
                };
                self.declare_var(name, ty.clone(), zero, span);
            }
            return;
        }
        let lowered = self.value_list(&values, names.len());
        for (name, value) in names.into_iter().zip(lowered) {
            self.declare_var(name, ty.clone(), value, span);
        }
    }
}

/// `github.com/go-chi/chi/v5` → `github.com/go-chi/chi`.
fn strip_major_version(path: &str) -> &str {
    match path.rsplit_once('/') {
        Some((base, last))
            if last.len() > 1
                && last.starts_with('v')
                && last[1..].bytes().all(|b| b.is_ascii_digit())
                && base.contains('/') =>
        {
            base
        }
        _ => path,
    }
}

/// The name a package is imported under by default: its last path element,
/// without a `gopkg.in` version suffix (`yaml.v3` → `yaml`) or a `go-`
/// prefix (`go-redis` → `redis`).
fn default_package_name(path: &str) -> &str {
    let last = path.rsplit('/').next().unwrap_or(path);
    let last = match last.split_once(".v") {
        Some((name, version)) if version.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => last,
    };
    last.strip_prefix("go-").unwrap_or(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_names() {
        assert_eq!(
            strip_major_version("github.com/go-chi/chi/v5"),
            "github.com/go-chi/chi"
        );
        assert_eq!(strip_major_version("os/exec"), "os/exec");
        assert_eq!(strip_major_version("math/rand/v2"), "math/rand");
        assert_eq!(default_package_name("gopkg.in/yaml.v3"), "yaml");
        assert_eq!(default_package_name("github.com/go-redis/redis"), "redis");
        assert_eq!(default_package_name("net/http"), "http");
    }
}
