//! Definitions: methods, classes and modules, blocks and lambdas.

use plumb_ir::{
    Class, ClassId, ClassKind, Const, Expr, FunctionKind, Operand, Param, ParamKind, Terminator,
    TypeRef, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::{named_children, qualify, ClassCtx, Lowerer};
use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use crate::span_of;

impl Lowerer<'_> {
    /// `def name(params) ... end`, `def self.name`, `def name = expr`.
    /// Methods of a class are `Class.name` with a `Receiver` named `self`;
    /// `initialize` is the constructor `<init>`. Top-level methods are
    /// global, named by themselves.
    pub(super) fn method(&mut self, node: Node<'_>, singleton: bool) -> Operand {
        let span = span_of(node);
        let written = node.field(FieldName::Name).map_or("", |n| self.text(n));
        let class = self.class_stack.last().map(|c| (c.qualified.clone(), c.id));
        let is_constructor = written == "initialize" && !singleton && class.is_some();
        let name = if is_constructor { "<init>" } else { written };
        let qualified = match &class {
            Some((class, _)) => qualify(class, name),
            None => name.to_string(),
        };
        let kind = match (&class, is_constructor) {
            (Some(_), true) => FunctionKind::Constructor,
            (Some(_), false) => FunctionKind::Method,
            (None, _) => FunctionKind::Function,
        };
        let mut ctx = self.new_ctx(name, &qualified, kind, span);
        ctx.method_name = Some(Name::new(name));
        let id = ctx.id;
        if let Some((class_name, class_id)) = &class {
            ctx.b.function_mut().class = Some(ClassId(u32::try_from(*class_id).unwrap_or(0)));
            if singleton {
                ctx.b.function_mut().is_static = true;
                ctx.self_global = Some(Name::new(class_name));
            }
            if let Some(class) = self.classes.get_mut(*class_id) {
                class.methods.push(id);
            }
        }
        self.enter_ctx(ctx);
        if let (Some((class_name, _)), false) = (&class, singleton) {
            let var = self.cur.b.add_param(Param {
                name: Name::new("self"),
                var: VarId(0),
                kind: ParamKind::Receiver,
                ty: Some(TypeRef::simple(class_name)),
                annotations: Vec::new(),
                default: None,
                span,
            });
            self.cur.vars.insert(Name::new("self"), var);
        }
        if let Some(params) = node.field(FieldName::Parameters) {
            self.parameters(params);
        }
        self.body_and_return(node.field(FieldName::Body));
        self.leave_ctx();
        Operand::Const(Const::str(written))
    }

    /// Lowers a body and returns its last value (Ruby's implicit return),
    /// reported where that last expression is.
    fn body_and_return(&mut self, body: Option<Node<'_>>) {
        let Some(body) = body else {
            return;
        };
        let (value, last_span) = match body.kind_name() {
            "body_statement" | "block_body" | "then" => {
                let last = named_children(body)
                    .into_iter()
                    .rev()
                    .find(|c| !matches!(c.kind_name(), "comment" | "heredoc_body"));
                (self.statements(body), last.map(span_of))
            }
            _ => (Some(self.expr(body)), Some(span_of(body))),
        };
        if !self.cur.b.is_terminated() {
            let span = last_span.unwrap_or(Span::DUMMY);
            self.terminate_at(Terminator::Return(value), span);
        }
    }

    fn parameters(&mut self, params: Node<'_>) {
        for param in named_children(params) {
            let span = span_of(param);
            let (name, kind, default) = match param.kind_name() {
                "identifier" => (Some(param), ParamKind::Positional, None),
                "optional_parameter" => (
                    param.field(FieldName::Name),
                    ParamKind::Positional,
                    param.field(FieldName::Value),
                ),
                "keyword_parameter" => (
                    param.field(FieldName::Name),
                    ParamKind::KeywordOnly,
                    param.field(FieldName::Value),
                ),
                "splat_parameter" => (param.field(FieldName::Name), ParamKind::VarArgs, None),
                "hash_splat_parameter" => (param.field(FieldName::Name), ParamKind::KwArgs, None),
                "block_parameter" => (param.field(FieldName::Name), ParamKind::Positional, None),
                _ => (None, ParamKind::Positional, None),
            };
            let name = match name {
                Some(name) => Name::new(self.text(name)),
                None => Name::new("$param"),
            };
            let var = self.cur.b.add_param(Param {
                name,
                var: VarId(0),
                kind,
                ty: None,
                annotations: Vec::new(),
                default: None,
                span,
            });
            self.cur.vars.insert(name, var);
            // A default is computed when the argument is missing.
            if let Some(default) = default {
                let value = self.expr(default);
                let missing = self.opaque_temp("argument_missing", vec![Operand::Var(var)], span);
                let assign = self.new_block();
                let join = self.new_block();
                self.terminate(Terminator::Branch {
                    cond: missing,
                    then: assign,
                    otherwise: join,
                });
                self.switch_to(assign);
                self.cur.b.assign(var, Expr::Use(value), span);
                self.goto(join);
                self.switch_to(join);
            }
        }
    }

    /// `class A::B < Base ... end` / `module M ... end`. The body runs
    /// where the class is defined, with `self` the class; its locals are
    /// its own.
    pub(super) fn class(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let Some(name_node) = node.field(FieldName::Name) else {
            return Operand::Const(Const::Null);
        };
        let written = self
            .constant_path(name_node)
            .unwrap_or_else(|| self.text(name_node).to_string());
        let absolute = self.text(name_node).starts_with("::");
        let qualified = match self.class_stack.last() {
            Some(outer) if !absolute => qualify(&outer.qualified, &written),
            _ => written.clone(),
        };
        let simple = written.rsplit('.').next().unwrap_or(&written).to_string();
        let mut supers = Vec::new();
        if let Some(superclass) = node.field(FieldName::Superclass) {
            let base = named_children(superclass).into_iter().next();
            if let Some(path) = base.and_then(|b| self.constant_path(b)) {
                supers.push(TypeRef::simple(&path));
            } else if let Some(base) = base {
                // `class Foo < Struct.new(:a)`: evaluated for its effects.
                self.expr(base);
            }
        }
        let kind = if node.kind_name() == "module" {
            ClassKind::Interface
        } else {
            ClassKind::Class
        };
        let id = self.classes.len();
        self.classes.push(Class {
            name: Name::new(&simple),
            qualified: Name::new(&qualified),
            kind,
            supers,
            annotations: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            span,
        });
        self.class_stack.push(ClassCtx {
            qualified: qualified.clone(),
            id,
        });
        let saved_vars = std::mem::take(&mut self.cur.vars);
        let saved_self = self.cur.self_global.replace(Name::new(&qualified));
        let saved_capture = std::mem::replace(&mut self.cur.can_capture, false);
        if let Some(body) = node.field(FieldName::Body) {
            self.class_body(body);
        }
        self.cur.can_capture = saved_capture;
        self.cur.self_global = saved_self;
        self.cur.vars = saved_vars;
        self.class_stack.pop();
        Operand::Global(Name::new(&qualified))
    }

    /// A class body: `include M` makes `M` a supertype; the rest is code.
    fn class_body(&mut self, body: Node<'_>) {
        for child in named_children(body) {
            if child.kind_name() == "call" && child.field(FieldName::Receiver).is_none() {
                let method = child.field(FieldName::Method).map_or("", |m| self.text(m));
                if matches!(method, "include" | "extend" | "prepend") {
                    let mixins: Vec<String> = child
                        .field(FieldName::Arguments)
                        .map(|args| {
                            named_children(args)
                                .into_iter()
                                .filter_map(|arg| self.constant_path(arg))
                                .collect()
                        })
                        .unwrap_or_default();
                    if let Some(class) = self
                        .class_stack
                        .last()
                        .and_then(|c| self.classes.get_mut(c.id))
                    {
                        class
                            .supers
                            .extend(mixins.iter().map(|m| TypeRef::simple(m)));
                    }
                    continue;
                }
            }
            if matches!(child.kind_name(), "comment" | "heredoc_body") {
                continue;
            }
            if self.cur.b.is_terminated() {
                let dead = self.new_block();
                self.switch_to(dead);
            }
            self.expr(child);
        }
    }

    /// `do |x| ... end` / `{ |x| ... }` passed to a call: a closure over
    /// the enclosing scope, taken to run where it is created.
    pub(super) fn block_closure(&mut self, block: Node<'_>) -> Operand {
        let params = block.field(FieldName::Parameters);
        let body = block.field(FieldName::Body);
        self.closure(block, params, body)
    }

    /// `->(x) { ... }`.
    pub(super) fn lambda(&mut self, node: Node<'_>) -> Operand {
        let params = node.field(FieldName::Parameters);
        let body = node.field(FieldName::Body);
        // The body is a `block`/`do_block` holding the statements.
        let inner = body.and_then(|b| match b.kind_name() {
            "block" | "do_block" => b.field(FieldName::Body),
            _ => Some(b),
        });
        self.closure(node, params, inner)
    }

    fn closure(
        &mut self,
        node: Node<'_>,
        params: Option<Node<'_>>,
        body: Option<Node<'_>>,
    ) -> Operand {
        let span = span_of(node);
        self.block_count += 1;
        let name = format!("<block{}>", self.block_count);
        let parent_name = self.cur.b.function().qualified;
        let qualified = qualify(parent_name.as_str(), &name);
        let parent = self.cur.id;
        let mut ctx = self.new_ctx(&name, &qualified, FunctionKind::Closure, span);
        ctx.can_capture = true;
        ctx.method_name = self.cur.method_name;
        ctx.b.function_mut().parent = Some(parent);
        if let Some(class) = self.class_stack.last() {
            ctx.b.function_mut().class = Some(ClassId(u32::try_from(class.id).unwrap_or(0)));
        }
        let id = ctx.id;
        self.enter_ctx(ctx);
        if let Some(params) = params {
            self.parameters(params);
        }
        self.body_and_return(body);
        self.leave_ctx();
        self.spill(Expr::Closure(id), span)
    }
}
