//! Expressions: each sub-expression becomes an operand, intermediate values
//! become temporaries carrying their own span.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{
    Arg, BinOp, Call, Callee, Const, Expr, FunctionKind, InstrKind, Operand, Param, ParamKind,
    Terminator, TypeRef, UnOp, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::{Found, Lowerer};
use crate::literals;
use crate::types::{
    children, is_inferred, literal_const, named_children, predefined_qualified, span, type_ref,
};

/// A lowered expression not yet bound to a temporary, so that an
/// assignment or expression statement can use it directly and string
/// concatenations can keep growing into one `Concat`.
pub(crate) enum Val {
    Op(Operand),
    Expr(Expr, Span),
    Concat(Vec<Operand>, Span),
}

impl Val {
    /// The expression to assign or evaluate, with the span of the syntax
    /// that computed it (none for a bare operand).
    pub fn into_expr(self) -> (Expr, Option<Span>) {
        match self {
            Val::Op(operand) => (Expr::Use(operand), None),
            Val::Expr(expr, span) => (expr, Some(span)),
            Val::Concat(parts, span) => (Expr::Concat(parts), Some(span)),
        }
    }
}

/// Where an assignment stores.
enum LValue {
    Var(VarId),
    Field(Operand, Name),
    Index(Operand, Operand),
    Global(Name),
    Other,
}

/// `((x))` → `x`, iteratively (parentheses can nest arbitrarily deep).
pub(crate) fn strip_parens(mut node: Node) -> Node {
    while node.kind_name() == "parenthesized_expression" {
        match named_children(node).first() {
            Some(inner) => node = *inner,
            None => break,
        }
    }
    node
}

/// A variable an `out`/`ref` argument writes once the call returns.
pub(crate) struct OutTarget {
    var: VarId,
    span: Span,
}

impl<'a> Lowerer<'a, '_> {
    pub fn lower_expr(&mut self, node: Node) -> Operand {
        let value = self.lower_val(node);
        self.operand(value)
    }

    pub fn operand(&mut self, value: Val) -> Operand {
        match value {
            Val::Op(operand) => operand,
            Val::Expr(expr, span) => self.b().assign_temp(expr, span),
            Val::Concat(parts, span) => self.b().assign_temp(Expr::Concat(parts), span),
        }
    }

    pub fn lower_val(&mut self, node: Node) -> Val {
        if self.too_deep() {
            self.count_unlowered("depth_limit");
            return Val::Expr(self.opaque("depth_limit", Vec::new()), span(node));
        }
        self.depth += 1;
        let value = self.lower_val_inner(node);
        self.depth -= 1;
        value
    }

    /// Dispatch only: each kind has its own function so that this frame,
    /// which is on the stack once per nesting level, stays small.
    fn lower_val_inner(&mut self, node: Node) -> Val {
        let node = strip_parens(node);
        if node.is_error() || node.is_missing() {
            return Val::Expr(self.opaque("ERROR", Vec::new()), span(node));
        }
        if let Some(constant) = literal_const(node, self.src) {
            return Val::Op(Operand::Const(constant));
        }
        match node.kind_name() {
            "identifier" => self.lower_identifier(node),
            "this" | "base" => Val::Op(self.this_or_global()),
            "member_access_expression"
            | "invocation_expression"
            | "element_access_expression"
            | "conditional_access_expression" => self.lower_chain(node),
            "binary_expression" => self.lower_binary(node),
            "object_creation_expression" | "implicit_object_creation_expression" => {
                self.lower_new(node)
            }
            "array_creation_expression"
            | "implicit_array_creation_expression"
            | "stackalloc_expression"
            | "implicit_stackalloc_expression"
            | "initializer_expression"
            | "collection_expression" => self.lower_list(node),
            "anonymous_object_creation_expression" => self.lower_anonymous_object(node),
            "with_expression" => self.lower_with(node),
            "conditional_expression" => self.lower_ternary(node),
            "prefix_unary_expression" => self.lower_prefix(node),
            "postfix_unary_expression" => self.lower_postfix(node),
            "assignment_expression" => self.lower_assignment(node),
            "cast_expression" => self.lower_cast(node),
            "as_expression" => {
                let value = match node.field(FieldName::Left) {
                    Some(left) => self.lower_expr(left),
                    None => Operand::Const(Const::Null),
                };
                let ty = node
                    .field(FieldName::Right)
                    .map_or_else(|| TypeRef::simple("?"), |t| type_ref(t, self.src));
                Val::Expr(Expr::Cast(ty, value), span(node))
            }
            "is_expression" => {
                let value = match node.field(FieldName::Left) {
                    Some(left) => self.lower_expr(left),
                    None => Operand::Const(Const::Null),
                };
                let ty = node
                    .field(FieldName::Right)
                    .map_or_else(|| TypeRef::simple("?"), |t| type_ref(t, self.src));
                Val::Expr(Expr::InstanceOf(value, ty), span(node))
            }
            "is_pattern_expression" => self.lower_is_pattern(node),
            "lambda_expression" | "anonymous_method_expression" => self.lower_lambda(node),
            "switch_expression" => self.lower_switch_expression(node),
            "interpolated_string_expression" => self.lower_interpolated(node),
            "tuple_expression" => {
                let items = named_children(node)
                    .into_iter()
                    .filter(|a| a.kind_name() == "argument")
                    .map(|arg| self.lower_argument_value(arg))
                    .collect();
                Val::Expr(Expr::List(items), span(node))
            }
            "await_expression" | "checked_expression" | "ref_expression" => {
                match named_children(node).first() {
                    Some(inner) => self.lower_val(*inner),
                    None => Val::Op(Operand::Const(Const::Null)),
                }
            }
            "default_expression" => Val::Op(Operand::Const(Const::Null)),
            "typeof_expression" => {
                let ty = node
                    .field(FieldName::Type)
                    .map_or_else(|| TypeRef::simple("?"), |t| type_ref(t, self.src));
                Val::Expr(
                    self.opaque("typeof", vec![Operand::Global(ty.name)]),
                    span(node),
                )
            }
            "sizeof_expression" => Val::Expr(self.opaque("sizeof", Vec::new()), span(node)),
            "throw_expression" => {
                let value = named_children(node).first().map(|e| self.lower_expr(*e));
                self.b().terminate_at(Terminator::Throw(value), span(node));
                let after = self.b().new_block();
                self.b().switch_to(after);
                Val::Op(Operand::Const(Const::Null))
            }
            "query_expression" => self.lower_query(node),
            "declaration_expression" => {
                let var = self.declare_out(node);
                match var {
                    Some(var) => Val::Op(Operand::Var(var)),
                    None => Val::Op(Operand::Const(Const::Null)),
                }
            }
            "predefined_type" => Val::Op(Operand::Global(Name::new(predefined_qualified(
                self.src.text(node),
            )))),
            "qualified_name" | "alias_qualified_name" | "generic_name" => {
                Val::Op(Operand::Global(Name::new(&self.src.dotted(node))))
            }
            "integer_literal" | "real_literal" => {
                // Out of range for its type: not a constant we can represent.
                Val::Expr(self.opaque("invalid_literal", Vec::new()), span(node))
            }
            _ => self.lower_opaque(node),
        }
    }

    /// Unknown syntax: an `Opaque` over its lowered children.
    fn lower_opaque(&mut self, node: Node) -> Val {
        let kind = node.kind_name();
        self.count_unlowered(kind);
        let operands = named_children(node)
            .into_iter()
            .filter(|child| !matches!(child.kind_name(), "comment"))
            .map(|child| self.lower_expr(child))
            .collect();
        Val::Expr(self.opaque(kind, operands), span(node))
    }

    fn this_or_global(&mut self) -> Operand {
        self.this_operand()
            .unwrap_or_else(|| Operand::Global(Name::new("this")))
    }

    fn lower_identifier(&mut self, node: Node) -> Val {
        let name = self.node_name(node);
        match self.find(name) {
            Some(Found::Local { level, var }) => {
                Val::Op(Operand::Var(self.capture(level, var, name)))
            }
            Some(Found::Field {
                level,
                class,
                is_static,
            }) => {
                let owner = self.field_owner(level, class, is_static);
                Val::Expr(Expr::Field(owner, name), span(node))
            }
            None => Val::Op(Operand::Global(name)),
        }
    }

    /// Left-nested chains — `a.b.c`, `x.F().G()`, `a[i][j]`, `a?.b` — are
    /// walked down iteratively to their root and lowered back up, so their
    /// length costs no stack. A root that is not bound locally folds with
    /// the member reads above it into one dotted `Global`, and a call on
    /// that path into a `Function` call (docs/ir.md rule 3).
    fn lower_chain(&mut self, node: Node) -> Val {
        let mut spine = Vec::new();
        let mut current = node;
        loop {
            let next = match current.kind_name() {
                "member_access_expression" => current
                    .field(FieldName::Expression)
                    .filter(|object| object.kind_name() != "base"),
                "invocation_expression" => {
                    let function = current.field(FieldName::Function).map(strip_parens);
                    match function.map(|f| (f, f.kind_name())) {
                        Some((f, "member_access_expression")) => f
                            .field(FieldName::Expression)
                            .filter(|object| object.kind_name() != "base"),
                        Some((f, "conditional_access_expression")) => f.field(FieldName::Condition),
                        Some((f, "element_access_expression" | "invocation_expression")) => Some(f),
                        _ => None,
                    }
                }
                "element_access_expression" => current.field(FieldName::Expression),
                "conditional_access_expression" => current.field(FieldName::Condition),
                _ => None,
            };
            match next {
                Some(next) => {
                    spine.push(current);
                    current = strip_parens(next);
                }
                None => break,
            }
        }
        let mut index = spine.len();
        let mut value = match self.foldable_root(current) {
            Some(mut path) => {
                while index > 0 && spine[index - 1].kind_name() == "member_access_expression" {
                    let step = spine[index - 1];
                    let Some(member) = step.field(FieldName::Name) else {
                        break;
                    };
                    path.push('.');
                    path.push_str(member_name(member, self.src.text(member)));
                    index -= 1;
                }
                let call = (index > 0)
                    .then(|| spine[index - 1])
                    .filter(|call| is_member_call(*call));
                match call {
                    Some(call) => {
                        index -= 1;
                        if let Some(name) = call
                            .field(FieldName::Function)
                            .and_then(|f| strip_parens(f).field(FieldName::Name))
                        {
                            path.push('.');
                            path.push_str(member_name(name, self.src.text(name)));
                        }
                        let callee = Callee::Function(Operand::Global(Name::new(&path)));
                        self.call(callee, call)
                    }
                    None => Val::Op(Operand::Global(Name::new(&path))),
                }
            }
            None => self.lower_chain_root(current),
        };
        while index > 0 {
            index -= 1;
            let step = spine[index];
            value = self.lower_chain_step(step, value);
        }
        value
    }

    /// The dotted path of a chain root that is neither a local nor a field.
    fn foldable_root(&mut self, root: Node) -> Option<String> {
        match root.kind_name() {
            "identifier" if !root.is_missing() => {
                let text = self.src.text(root);
                let name = self.name(text);
                self.find(name).is_none().then(|| text.to_owned())
            }
            "predefined_type" => Some(predefined_qualified(self.src.text(root)).to_owned()),
            "qualified_name" | "alias_qualified_name" => Some(self.src.dotted(root)),
            "generic_name" => {
                let text = self.src.dotted(root);
                let name = Name::new(&text);
                self.find(name).is_none().then_some(text)
            }
            _ => None,
        }
    }

    /// Chain roots that are themselves calls or member reads: unqualified
    /// calls (`Ok(x)`, a local function), `base.M()`, `base.X`.
    fn lower_chain_root(&mut self, root: Node) -> Val {
        match root.kind_name() {
            "invocation_expression" => {
                let function = root.field(FieldName::Function).map(strip_parens);
                let callee = match function.map(|f| (f, f.kind_name())) {
                    Some((f, "member_access_expression")) => {
                        // `base.M(..)`: the chain stops at `base`.
                        let name = f
                            .field(FieldName::Name)
                            .map_or_else(|| Name::new("?"), |n| self.member(n));
                        Callee::Super { name }
                    }
                    Some((f, "identifier" | "generic_name")) => {
                        let name = self.member(f);
                        match self.find(name) {
                            Some(Found::Local { level, var }) => {
                                Callee::Function(Operand::Var(self.capture(level, var, name)))
                            }
                            Some(Found::Field { .. }) => {
                                let value = self.lower_identifier(f);
                                Callee::Function(self.operand(value))
                            }
                            None => self.plain_callee(name),
                        }
                    }
                    Some((f, _)) => {
                        let value = self.lower_expr(f);
                        Callee::Function(value)
                    }
                    None => Callee::Function(Operand::Const(Const::Null)),
                };
                self.call(callee, root)
            }
            "member_access_expression" => {
                let this = self.this_or_global();
                match root.field(FieldName::Name) {
                    Some(member) => {
                        let name = self.member(member);
                        Val::Expr(Expr::Field(this, name), span(root))
                    }
                    None => Val::Op(this),
                }
            }
            _ => self.lower_val(root),
        }
    }

    /// A member name node (`Name`, `Method<T>`) as a name.
    fn member(&mut self, node: Node) -> Name {
        let text = self.src.text(node);
        Name::new(member_name(node, text))
    }

    fn lower_chain_step(&mut self, step: Node, value: Val) -> Val {
        match step.kind_name() {
            "invocation_expression" => {
                let function = step.field(FieldName::Function).map(strip_parens);
                match function.map(|f| (f, f.kind_name())) {
                    Some((f, "member_access_expression")) => {
                        let receiver = self.operand(value);
                        let name = f
                            .field(FieldName::Name)
                            .map_or_else(|| Name::new("?"), |n| self.member(n));
                        self.call(Callee::Method { receiver, name }, step)
                    }
                    Some((f, "conditional_access_expression")) => {
                        let receiver = self.operand(value);
                        let binding = named_children(f)
                            .into_iter()
                            .find(|c| c.kind_name() == "member_binding_expression")
                            .and_then(|b| b.field(FieldName::Name));
                        match binding {
                            Some(name_node) => {
                                let name = self.member(name_node);
                                self.call(Callee::Method { receiver, name }, step)
                            }
                            None => {
                                // `a?[i](..)`: the element, then the call.
                                let element = self.binding_value(f, receiver);
                                let callee = Callee::Function(element);
                                self.call(callee, step)
                            }
                        }
                    }
                    _ => {
                        let function = self.operand(value);
                        self.call(Callee::Function(function), step)
                    }
                }
            }
            "member_access_expression" => {
                let object = self.operand(value);
                let name = step
                    .field(FieldName::Name)
                    .map_or_else(|| Name::new("?"), |n| self.member(n));
                Val::Expr(Expr::Field(object, name), span(step))
            }
            "element_access_expression" => {
                let object = self.operand(value);
                let index = self.subscript(step.field(FieldName::Subscript));
                Val::Expr(Expr::Index(object, index), span(step))
            }
            "conditional_access_expression" => {
                let object = self.operand(value);
                Val::Op(self.binding_value(step, object))
            }
            _ => value,
        }
    }

    /// `?.Name` or `?[i]` applied to `object`.
    fn binding_value(&mut self, access: Node, object: Operand) -> Operand {
        for binding in named_children(access) {
            match binding.kind_name() {
                "member_binding_expression" => {
                    let name = binding
                        .field(FieldName::Name)
                        .map_or_else(|| Name::new("?"), |n| self.member(n));
                    return self
                        .b()
                        .assign_temp(Expr::Field(object, name), span(binding));
                }
                "element_binding_expression" => {
                    let index = named_children(binding)
                        .first()
                        .map_or(Operand::Const(Const::Null), |arg| {
                            self.lower_argument_value(*arg)
                        });
                    return self
                        .b()
                        .assign_temp(Expr::Index(object, index), span(binding));
                }
                _ => {}
            }
        }
        object
    }

    /// The index of `a[i]`: the first argument (further ones, as in
    /// `grid[x, y]`, are evaluated for their effects).
    fn subscript(&mut self, list: Option<Node>) -> Operand {
        let mut first = None;
        for arg in list.map(named_children).unwrap_or_default() {
            if arg.kind_name() != "argument" {
                continue;
            }
            let value = self.lower_argument_value(arg);
            if first.is_none() {
                first = Some(value);
            }
        }
        first.unwrap_or(Operand::Const(Const::Null))
    }

    /// A call with its arguments; `out` arguments are written after it.
    fn call(&mut self, callee: Callee, node: Node) -> Val {
        let mut outs = Vec::new();
        let args = self.lower_args_with_outs(node.field(FieldName::Arguments), &mut outs);
        let expr = Expr::Call(Call { callee, args });
        if outs.is_empty() {
            return Val::Expr(expr, span(node));
        }
        let result = self.b().assign_temp(expr, span(node));
        for out in outs {
            let written = self.opaque("out", vec![result.clone()]);
            self.b().assign(out.var, written, out.span);
        }
        Val::Op(result)
    }

    pub fn lower_args(&mut self, args: Option<Node>) -> Vec<Arg> {
        let mut outs = Vec::new();
        let lowered = self.lower_args_with_outs(args, &mut outs);
        for out in outs {
            let written = self.opaque("out", Vec::new());
            self.b().assign(out.var, written, out.span);
        }
        lowered
    }

    /// Arguments in order. Named arguments stay positional: models name
    /// positions, and C# code passes sinks' arguments by position.
    fn lower_args_with_outs(&mut self, args: Option<Node>, outs: &mut Vec<OutTarget>) -> Vec<Arg> {
        let Some(args) = args else {
            return Vec::new();
        };
        let mut lowered = Vec::new();
        for arg in named_children(args) {
            if arg.kind_name() != "argument" {
                continue;
            }
            let is_out = children(arg)
                .iter()
                .any(|c| matches!(c.kind_name(), "out" | "ref"));
            let value = self.lower_argument_value(arg);
            if is_out {
                if let Operand::Var(var) = value {
                    outs.push(OutTarget {
                        var,
                        span: span(arg),
                    });
                }
            }
            lowered.push(Arg::positional(value));
        }
        lowered
    }

    fn lower_argument_value(&mut self, arg: Node) -> Operand {
        let name = arg.field(FieldName::Name);
        match named_children(arg)
            .into_iter()
            .rev()
            .find(|c| Some(*c) != name)
        {
            Some(value) => self.lower_expr(value),
            None => Operand::Const(Const::Null),
        }
    }

    /// `out var x` / `out T x`: declares `x` (written after the call).
    fn declare_out(&mut self, node: Node) -> Option<VarId> {
        let name = node.field(FieldName::Name)?;
        let name = self.node_name(name);
        let ty = node
            .field(FieldName::Type)
            .filter(|t| !is_inferred(*t, self.src))
            .map(|t| type_ref(t, self.src));
        Some(self.declare_local(name, ty))
    }

    /// `a + b`, `a ?? b`, `a && b`. `+` chains are walked iteratively
    /// down their left spine; `+` is string concatenation when either side
    /// is text, and nested concatenations flatten into one `Concat`.
    fn lower_binary(&mut self, node: Node) -> Val {
        let operator = operator_of(node);
        if operator == "??" {
            return self.lower_coalesce(node);
        }
        let mut spine = vec![node];
        let mut current = node;
        while let Some(left) = current.field(FieldName::Left).map(strip_parens) {
            if left.kind_name() == "binary_expression"
                && !matches!(operator_of(left), "??")
                && !self.too_deep()
            {
                spine.push(left);
                current = left;
            } else {
                break;
            }
        }
        let root = spine
            .last()
            .and_then(|n| n.field(FieldName::Left))
            .map(strip_parens);
        let mut left_is_text = root.is_some_and(|r| is_text_literal(r.kind_name()));
        let mut value = match root {
            Some(root) => self.lower_val(root),
            None => Val::Op(Operand::Const(Const::Null)),
        };
        while let Some(step) = spine.pop() {
            let (next, is_text) = self.lower_binary_step(step, value, left_is_text);
            value = next;
            left_is_text = is_text;
        }
        value
    }

    fn lower_binary_step(&mut self, node: Node, left: Val, left_is_text: bool) -> (Val, bool) {
        let operator = operator_of(node);
        let Some(right) = node.field(FieldName::Right).map(strip_parens) else {
            return (left, left_is_text);
        };
        if operator == "+" {
            let left_is_string = left_is_text || matches!(left, Val::Concat(..));
            // The left side is bound before the right is lowered, keeping
            // instructions in evaluation order.
            let (mut parts, left_operand) = match left {
                Val::Concat(parts, _) => (parts, None),
                other => (Vec::new(), Some(self.operand(other))),
            };
            let right_value = self.lower_val(right);
            let right_is_string =
                matches!(right_value, Val::Concat(..)) || is_text_literal(right.kind_name());
            if left_is_string || right_is_string {
                parts.extend(left_operand);
                match right_value {
                    Val::Concat(right_parts, _) => parts.extend(right_parts),
                    other => {
                        let operand = self.operand(other);
                        parts.push(operand);
                    }
                }
                return (Val::Concat(parts, span(node)), true);
            }
            let left_operand = left_operand.unwrap_or(Operand::Const(Const::Null));
            let right_operand = self.operand(right_value);
            return (
                Val::Expr(
                    Expr::Binary(BinOp::Add, left_operand, right_operand),
                    span(node),
                ),
                false,
            );
        }
        let left_operand = self.operand(left);
        let right_operand = self.lower_expr(right);
        let value = match binary_op(operator) {
            Some(op) => Val::Expr(Expr::Binary(op, left_operand, right_operand), span(node)),
            None => {
                self.count_unlowered("binary_expression");
                Val::Expr(
                    self.opaque("binary_expression", vec![left_operand, right_operand]),
                    span(node),
                )
            }
        };
        (value, false)
    }

    /// `a ?? b`: a diamond, `a` when it is not null, else `b`.
    fn lower_coalesce(&mut self, node: Node) -> Val {
        let result = self.b().temp();
        let left = match node.field(FieldName::Left) {
            Some(left) => self.lower_expr(left),
            None => Operand::Const(Const::Null),
        };
        self.b().assign(result, Expr::Use(left.clone()), span(node));
        let test = self.b().assign_temp(
            Expr::Binary(BinOp::Eq, left, Operand::Const(Const::Null)),
            span(node),
        );
        let fallback = self.b().new_block();
        let join = self.b().new_block();
        self.b().terminate(Terminator::Branch {
            cond: test,
            then: fallback,
            otherwise: join,
        });
        self.b().switch_to(fallback);
        if let Some(right) = node.field(FieldName::Right) {
            let value = self.lower_val(right);
            let (expr, expr_span) = value.into_expr();
            self.b()
                .assign(result, expr, expr_span.unwrap_or(span(right)));
        }
        self.b().goto(join);
        self.b().switch_to(join);
        Val::Op(Operand::Var(result))
    }

    /// `new T(args) { P = v, [k] = v, item }`: the object, then one store
    /// per member initialiser and one `Add` per collection element. A
    /// target-typed `new()` builds the declared type.
    fn lower_new(&mut self, node: Node) -> Val {
        let ty = match node.field(FieldName::Type) {
            Some(ty) => type_ref(ty, self.src),
            None => self
                .target_type
                .take()
                .unwrap_or_else(|| TypeRef::simple("?")),
        };
        self.target_type = None;
        let args_node = node.field(FieldName::Arguments).or_else(|| {
            named_children(node)
                .into_iter()
                .find(|c| c.kind_name() == "argument_list")
        });
        let initializer = node.field(FieldName::Initializer).or_else(|| {
            named_children(node)
                .into_iter()
                .find(|c| c.kind_name() == "initializer_expression")
        });
        let args = self.lower_args(args_node);
        let created = Val::Expr(Expr::New { class: ty, args }, span(node));
        let Some(initializer) = initializer else {
            return created;
        };
        let object = self.operand(created);
        self.lower_initializer(object.clone(), initializer);
        Val::Op(object)
    }

    fn lower_initializer(&mut self, object: Operand, initializer: Node) {
        for item in named_children(initializer) {
            let item_span = span(item);
            match item.kind_name() {
                "assignment_expression" => {
                    let left = item.field(FieldName::Left).map(strip_parens);
                    let right = item.field(FieldName::Right);
                    let value = match right {
                        Some(right) if right.kind_name() == "initializer_expression" => {
                            // `Prop = { .. }` initialises the member's object.
                            let name = left.map(|l| self.member(l));
                            let member = match name {
                                Some(name) => self
                                    .b()
                                    .assign_temp(Expr::Field(object.clone(), name), item_span),
                                None => Operand::Const(Const::Null),
                            };
                            self.lower_initializer(member, right);
                            continue;
                        }
                        Some(right) => self.lower_expr(right),
                        None => Operand::Const(Const::Null),
                    };
                    match left {
                        Some(left) if left.kind_name() == "element_binding_expression" => {
                            let index = named_children(left)
                                .first()
                                .map_or(Operand::Const(Const::Null), |a| {
                                    self.lower_argument_value(*a)
                                });
                            self.b().push(
                                InstrKind::StoreIndex {
                                    obj: object.clone(),
                                    index,
                                    value,
                                },
                                item_span,
                            );
                        }
                        Some(left) => {
                            let field = self.member(left);
                            self.b().push(
                                InstrKind::StoreField {
                                    obj: object.clone(),
                                    field,
                                    value,
                                },
                                item_span,
                            );
                        }
                        None => {}
                    }
                }
                "initializer_expression" => {
                    // `{ key, value }` of a dictionary: `Add(key, value)`.
                    let args = named_children(item)
                        .into_iter()
                        .map(|a| Arg::positional(self.lower_expr(a)))
                        .collect();
                    self.add_call(object.clone(), args, item_span);
                }
                _ => {
                    let value = self.lower_expr(item);
                    self.add_call(object.clone(), vec![Arg::positional(value)], item_span);
                }
            }
        }
    }

    fn add_call(&mut self, receiver: Operand, args: Vec<Arg>, span: Span) {
        let call = Expr::Call(Call {
            callee: Callee::Method {
                receiver,
                name: Name::new("Add"),
            },
            args,
        });
        self.b().push(InstrKind::Eval(call), span);
    }

    /// Arrays and collection literals: a `List` of their elements (sizes
    /// of `new T[n]` are evaluated).
    fn lower_list(&mut self, node: Node) -> Val {
        let mut items = Vec::new();
        for child in named_children(node) {
            match child.kind_name() {
                "initializer_expression" => {
                    for item in named_children(child) {
                        items.push(self.lower_expr(item));
                    }
                }
                "array_type" => {
                    if let Some(rank) = child.field(FieldName::Rank) {
                        for size in named_children(rank) {
                            self.lower_expr(size);
                        }
                    }
                }
                "collection_element" => {
                    for inner in named_children(child) {
                        if let Some(expr) = named_children(inner).first() {
                            items.push(self.lower_expr(*expr));
                        }
                    }
                }
                "comment" => {}
                _ if node.kind_name() == "initializer_expression" => {
                    items.push(self.lower_expr(child));
                }
                _ => {}
            }
        }
        Val::Expr(Expr::List(items), span(node))
    }

    /// `new { Name = x, y }`: an object with one field per member.
    fn lower_anonymous_object(&mut self, node: Node) -> Val {
        let object = self.b().assign_temp(
            Expr::New {
                class: TypeRef::simple("<anonymous>"),
                args: Vec::new(),
            },
            span(node),
        );
        let parts = children(node);
        let mut index = 0;
        while index < parts.len() {
            let part = parts[index];
            if !part.is_named() || part.kind_name() == "comment" {
                index += 1;
                continue;
            }
            let assigned = parts.get(index + 1).is_some_and(|p| p.kind_name() == "=");
            let (field, value_node) = if assigned && part.kind_name() == "identifier" {
                index += 2;
                (self.node_name(part), parts.get(index).copied())
            } else {
                // `new { q }` / `new { u.Name }`: named after the member.
                let text = self.src.text(part);
                let last = text.rsplit('.').next().unwrap_or(text);
                (Name::new(last.trim()), Some(part))
            };
            if let Some(value_node) = value_node {
                let value = self.lower_expr(value_node);
                self.b().push(
                    InstrKind::StoreField {
                        obj: object.clone(),
                        field,
                        value,
                    },
                    span(value_node),
                );
            }
            index += 1;
        }
        Val::Op(object)
    }

    /// `p with { A = v }`: a copy of `p` with the named members replaced.
    fn lower_with(&mut self, node: Node) -> Val {
        let parts = named_children(node);
        let original = match parts.first() {
            Some(first) => self.lower_expr(*first),
            None => Operand::Const(Const::Null),
        };
        let copy = self.b().assign_temp(
            Expr::Call(Call {
                callee: Callee::Method {
                    receiver: original,
                    name: Name::new("<Clone>$"),
                },
                args: Vec::new(),
            }),
            span(node),
        );
        for initializer in parts.iter().filter(|p| p.kind_name() == "with_initializer") {
            let inner = named_children(*initializer);
            if let [name, value, ..] = inner.as_slice() {
                let field = self.node_name(*name);
                let value = self.lower_expr(*value);
                self.b().push(
                    InstrKind::StoreField {
                        obj: copy.clone(),
                        field,
                        value,
                    },
                    span(*initializer),
                );
            }
        }
        Val::Op(copy)
    }

    /// `c ? a : b`: a diamond assigning one temporary.
    fn lower_ternary(&mut self, node: Node) -> Val {
        let result = self.b().temp();
        let then = self.b().new_block();
        let otherwise = self.b().new_block();
        let join = self.b().new_block();
        match node.field(FieldName::Condition) {
            Some(cond) => self.lower_cond(cond, then, otherwise),
            None => self.b().goto(then),
        }
        for (block, field) in [
            (then, FieldName::Consequence),
            (otherwise, FieldName::Alternative),
        ] {
            self.b().switch_to(block);
            if let Some(branch) = node.field(field) {
                let value = self.lower_val(branch);
                let (expr, expr_span) = value.into_expr();
                self.b()
                    .assign(result, expr, expr_span.unwrap_or(span(branch)));
            }
            self.b().goto(join);
        }
        self.b().switch_to(join);
        Val::Op(Operand::Var(result))
    }

    fn lower_prefix(&mut self, node: Node) -> Val {
        let operator = children(node).first().map_or("", |op| op.kind_name());
        let Some(operand_node) = named_children(node).first().map(|n| strip_parens(*n)) else {
            return Val::Op(Operand::Const(Const::Null));
        };
        match operator {
            "++" | "--" => return self.lower_update(operand_node, operator == "--", node),
            "+" | "&" | "*" | "^" => return self.lower_val(operand_node),
            "-" => match literal_const(operand_node, self.src) {
                Some(Const::Int(value)) => {
                    return Val::Op(Operand::Const(Const::Int(value.wrapping_neg())))
                }
                Some(Const::Float(value)) => return Val::Op(Operand::Const(Const::Float(-value))),
                _ => {}
            },
            _ => {}
        }
        let operand = self.lower_expr(operand_node);
        let op = match operator {
            "!" => UnOp::Not,
            "~" => UnOp::BitNot,
            _ => UnOp::Neg,
        };
        Val::Expr(Expr::Unary(op, operand), span(node))
    }

    /// `x++`, `x--`, and the null-forgiving `x!` (which is `x`).
    fn lower_postfix(&mut self, node: Node) -> Val {
        let operator = children(node).last().map_or("", |op| op.kind_name());
        let Some(operand_node) = named_children(node).first().map(|n| strip_parens(*n)) else {
            return Val::Op(Operand::Const(Const::Null));
        };
        match operator {
            "++" | "--" => self.lower_update(operand_node, operator == "--", node),
            _ => self.lower_val(operand_node),
        }
    }

    /// Read, add one, store back.
    fn lower_update(&mut self, target_node: Node, decrement: bool, node: Node) -> Val {
        let (target, _) = self.lvalue(target_node);
        let current = self.read_lvalue(&target, span(target_node));
        let op = if decrement { BinOp::Sub } else { BinOp::Add };
        let value = Val::Expr(
            Expr::Binary(op, current, Operand::Const(Const::Int(1))),
            span(node),
        );
        Val::Op(self.store(target, value, span(node)))
    }

    fn lower_assignment(&mut self, node: Node) -> Val {
        let operator = node
            .field(FieldName::Operator)
            .map_or("=", |op| op.kind_name());
        let Some(left) = node.field(FieldName::Left).map(strip_parens) else {
            return Val::Op(Operand::Const(Const::Null));
        };
        let right = node.field(FieldName::Right);
        if left.kind_name() == "tuple_expression" && operator == "=" {
            return self.lower_deconstruction(left, right, node);
        }
        let (target, string_typed) = self.lvalue(left);
        let value = if operator == "=" {
            self.target_type = self.lvalue_type(&target);
            let value = match right {
                Some(right) => self.lower_val(right),
                None => Val::Op(Operand::Const(Const::Null)),
            };
            self.target_type = None;
            value
        } else if operator == "??=" {
            let current = self.read_lvalue(&target, span(left));
            let result = self.b().temp();
            self.b()
                .assign(result, Expr::Use(current.clone()), span(node));
            let test = self.b().assign_temp(
                Expr::Binary(BinOp::Eq, current, Operand::Const(Const::Null)),
                span(node),
            );
            let fallback = self.b().new_block();
            let join = self.b().new_block();
            self.b().terminate(Terminator::Branch {
                cond: test,
                then: fallback,
                otherwise: join,
            });
            self.b().switch_to(fallback);
            if let Some(right) = right {
                let value = self.lower_val(right);
                let (expr, expr_span) = value.into_expr();
                self.b()
                    .assign(result, expr, expr_span.unwrap_or(span(right)));
            }
            self.b().goto(join);
            self.b().switch_to(join);
            Val::Op(Operand::Var(result))
        } else {
            let current = self.read_lvalue(&target, span(left));
            let right_value = match right {
                Some(right) => self.lower_val(right),
                None => Val::Op(Operand::Const(Const::Null)),
            };
            let right_is_string = matches!(right_value, Val::Concat(..))
                || right.is_some_and(|r| is_text_literal(strip_parens(r).kind_name()));
            let concat = operator == "+=" && string_typed.unwrap_or(right_is_string);
            if concat {
                let mut parts = vec![current];
                match right_value {
                    Val::Concat(right_parts, _) => parts.extend(right_parts),
                    other => {
                        let operand = self.operand(other);
                        parts.push(operand);
                    }
                }
                Val::Concat(parts, span(node))
            } else {
                let right_operand = self.operand(right_value);
                let op = binary_op(operator.trim_end_matches('=')).unwrap_or(BinOp::Add);
                Val::Expr(Expr::Binary(op, current, right_operand), span(node))
            }
        };
        Val::Op(self.store(target, value, span(node)))
    }

    /// `(a, b) = value`: each element reads its position.
    fn lower_deconstruction(&mut self, left: Node, right: Option<Node>, node: Node) -> Val {
        let value = match right {
            Some(right) => self.lower_expr(right),
            None => Operand::Const(Const::Null),
        };
        let mut index = 0i64;
        for arg in named_children(left) {
            if arg.kind_name() != "argument" {
                continue;
            }
            let element = self.b().assign_temp(
                Expr::Index(value.clone(), Operand::Const(Const::Int(index))),
                span(arg),
            );
            let target_node = named_children(arg).last().copied();
            if let Some(target_node) = target_node {
                let target = if target_node.kind_name() == "declaration_expression" {
                    match self.declare_out(target_node) {
                        Some(var) => LValue::Var(var),
                        None => LValue::Other,
                    }
                } else {
                    self.lvalue(strip_parens(target_node)).0
                };
                self.store(target, Val::Op(element), span(arg));
            }
            index += 1;
        }
        let _ = node;
        Val::Op(value)
    }

    fn lvalue_type(&mut self, target: &LValue) -> Option<TypeRef> {
        match target {
            LValue::Var(var) => self
                .b()
                .function()
                .locals
                .get(var.0 as usize)
                .and_then(|l| l.ty.clone()),
            _ => None,
        }
    }

    /// The location an assignment writes, with whether it is declared as a
    /// `string` (None when its type is unknown).
    fn lvalue(&mut self, node: Node) -> (LValue, Option<bool>) {
        match node.kind_name() {
            "identifier" => {
                let name = self.node_name(node);
                match self.find(name) {
                    Some(Found::Local { level, var }) => {
                        let var = self.capture(level, var, name);
                        let ty = self
                            .b()
                            .function()
                            .locals
                            .get(var.0 as usize)
                            .and_then(|l| l.ty.clone());
                        (LValue::Var(var), ty.as_ref().map(is_string_type))
                    }
                    Some(Found::Field {
                        level,
                        class,
                        is_static,
                    }) => {
                        let typed = self
                            .classes
                            .get(class)
                            .and_then(|c| c.fields.get(&name))
                            .and_then(|info| info.ty.as_ref())
                            .map(is_string_type);
                        let owner = self.field_owner(level, class, is_static);
                        (LValue::Field(owner, name), typed)
                    }
                    None => (LValue::Global(name), None),
                }
            }
            "member_access_expression" => {
                if let Some(path) = self.foldable_path(node) {
                    return (LValue::Global(Name::new(&path)), None);
                }
                let name = node
                    .field(FieldName::Name)
                    .map_or_else(|| Name::new("?"), |n| self.member(n));
                let owner = match node.field(FieldName::Expression) {
                    Some(object) if object.kind_name() != "base" => self.lower_expr(object),
                    _ => self.this_or_global(),
                };
                (LValue::Field(owner, name), None)
            }
            "element_access_expression" => {
                let object = match node.field(FieldName::Expression) {
                    Some(object) => self.lower_expr(object),
                    None => Operand::Const(Const::Null),
                };
                let index = self.subscript(node.field(FieldName::Subscript));
                (LValue::Index(object, index), None)
            }
            "declaration_expression" => match self.declare_out(node) {
                Some(var) => (LValue::Var(var), None),
                None => (LValue::Other, None),
            },
            _ => {
                self.lower_expr(node);
                (LValue::Other, None)
            }
        }
    }

    /// `A.B.C` with an unbound root, as one dotted path.
    fn foldable_path(&mut self, node: Node) -> Option<String> {
        let mut segments = Vec::new();
        let mut current = node;
        loop {
            match current.kind_name() {
                "member_access_expression" => {
                    let member = current.field(FieldName::Name)?;
                    segments.push(member_name(member, self.src.text(member)).to_owned());
                    current = strip_parens(current.field(FieldName::Expression)?);
                }
                _ => {
                    let root = self.foldable_root(current)?;
                    let mut path = root;
                    for segment in segments.iter().rev() {
                        path.push('.');
                        path.push_str(segment);
                    }
                    return Some(path);
                }
            }
        }
    }

    fn read_lvalue(&mut self, target: &LValue, span: Span) -> Operand {
        match target {
            LValue::Var(var) => Operand::Var(*var),
            LValue::Field(object, name) => self
                .b()
                .assign_temp(Expr::Field(object.clone(), *name), span),
            LValue::Index(array, index) => self
                .b()
                .assign_temp(Expr::Index(array.clone(), index.clone()), span),
            LValue::Global(name) => Operand::Global(*name),
            LValue::Other => {
                let expr = self.opaque("assignment_target", Vec::new());
                self.b().assign_temp(expr, span)
            }
        }
    }

    /// Writes `value` to `target`; returns the value as an operand (the
    /// value of the assignment expression).
    fn store(&mut self, target: LValue, value: Val, span: Span) -> Operand {
        match target {
            LValue::Var(var) => {
                let (expr, expr_span) = value.into_expr();
                self.b().assign(var, expr, expr_span.unwrap_or(span));
                Operand::Var(var)
            }
            LValue::Field(obj, field) => {
                let value = self.operand(value);
                self.b().push(
                    InstrKind::StoreField {
                        obj,
                        field,
                        value: value.clone(),
                    },
                    span,
                );
                value
            }
            LValue::Index(obj, index) => {
                let value = self.operand(value);
                self.b().push(
                    InstrKind::StoreIndex {
                        obj,
                        index,
                        value: value.clone(),
                    },
                    span,
                );
                value
            }
            LValue::Global(name) => {
                let value = self.operand(value);
                self.b().push(
                    InstrKind::StoreGlobal {
                        name,
                        value: value.clone(),
                    },
                    span,
                );
                value
            }
            LValue::Other => self.operand(value),
        }
    }

    fn lower_cast(&mut self, node: Node) -> Val {
        let ty = node
            .field(FieldName::Type)
            .map_or_else(|| TypeRef::simple("?"), |ty| type_ref(ty, self.src));
        let value = match node.field(FieldName::Value) {
            Some(value) => self.lower_expr(value),
            None => Operand::Const(Const::Null),
        };
        Val::Expr(Expr::Cast(ty, value), span(node))
    }

    /// `x is <pattern>`: the test's value; the variables the pattern binds
    /// are declared in the enclosing scope, which covers both the `if`
    /// branch and the code after `if (x is not T t) return;`.
    fn lower_is_pattern(&mut self, node: Node) -> Val {
        let value = match node.field(FieldName::Expression) {
            Some(expr) => self.lower_expr(expr),
            None => Operand::Const(Const::Null),
        };
        let Some(pattern) = node.field(FieldName::Pattern) else {
            return Val::Op(Operand::Const(Const::Bool(false)));
        };
        let test = self.pattern_value(pattern, &value);
        self.bind_pattern(pattern, &value, 0);
        Val::Op(test)
    }

    /// `value switch { pattern when guard => result, .. }`: each arm tests
    /// its pattern in turn and assigns one temporary.
    fn lower_switch_expression(&mut self, node: Node) -> Val {
        let parts = named_children(node);
        let value = match parts.first() {
            Some(first) if first.kind_name() != "switch_expression_arm" => self.lower_expr(*first),
            _ => Operand::Const(Const::Null),
        };
        let result = self.b().temp();
        let exit = self.b().new_block();
        for arm in parts
            .iter()
            .filter(|p| p.kind_name() == "switch_expression_arm")
        {
            let pieces = named_children(*arm);
            let Some(pattern) = pieces.first().copied() else {
                continue;
            };
            let guard = pieces
                .iter()
                .copied()
                .find(|p| p.kind_name() == "when_clause");
            let body = pieces
                .last()
                .copied()
                .filter(|b| Some(*b) != guard && *b != pattern);
            self.f().push_scope();
            let matched = self.b().new_block();
            let next = self.b().new_block();
            self.lower_pattern_test(pattern, guard, &value, matched, next);
            self.b().switch_to(matched);
            if let Some(body) = body {
                let arm_value = self.lower_val(body);
                let (expr, expr_span) = arm_value.into_expr();
                self.b()
                    .assign(result, expr, expr_span.unwrap_or(span(body)));
            }
            self.b().goto(exit);
            self.f().pop_scope();
            self.b().switch_to(next);
        }
        // No arm matched: `SwitchExpressionException`.
        self.b().terminate_at(Terminator::Throw(None), span(node));
        self.b().switch_to(exit);
        Val::Op(Operand::Var(result))
    }

    /// `$"..{x}.."`, verbatim and raw forms included: a `Concat` of the
    /// literal pieces and the interpolated values.
    fn lower_interpolated(&mut self, node: Node) -> Val {
        let start = children(node)
            .into_iter()
            .find(|c| c.kind_name() == "interpolation_start")
            .map_or("$", |s| self.src.text(s));
        let verbatim = start.contains('@');
        let raw = children(node)
            .iter()
            .any(|c| c.kind_name() == "interpolation_quote" && self.src.text(*c).len() >= 3);
        let mut parts: Vec<Operand> = Vec::new();
        let mut text = String::new();
        for child in children(node) {
            match child.kind_name() {
                "string_content" => {
                    let piece = self.src.text(child);
                    let piece = if raw {
                        piece.to_owned()
                    } else if verbatim {
                        piece.replace("\"\"", "\"")
                    } else {
                        literals::unescape(piece)
                    };
                    text.push_str(&piece.replace("{{", "{").replace("}}", "}"));
                }
                "escape_sequence" => text.push_str(&literals::unescape(self.src.text(child))),
                "interpolation" => {
                    if !text.is_empty() {
                        parts.push(Operand::Const(Const::str(&std::mem::take(&mut text))));
                    }
                    let expr = named_children(child).into_iter().find(|c| {
                        !matches!(
                            c.kind_name(),
                            "interpolation_brace"
                                | "interpolation_alignment_clause"
                                | "interpolation_format_clause"
                        )
                    });
                    if let Some(expr) = expr {
                        let value = self.lower_expr(expr);
                        parts.push(value);
                    }
                }
                _ => {}
            }
        }
        if raw && text.contains('\n') {
            text = literals::multi_line_raw(&text);
        }
        if !text.is_empty() || parts.is_empty() {
            parts.push(Operand::Const(Const::str(&text)));
        }
        Val::Concat(parts, span(node))
    }

    /// A lambda or anonymous method: a `Closure` function whose parent is
    /// the current function; outer variables it reads are captured on first
    /// use.
    fn lower_lambda(&mut self, node: Node) -> Val {
        let (parent_qualified, is_static, class) = {
            let f = self.f();
            f.lambda_count += 1;
            let function = f.b.function();
            (function.qualified, function.is_static, f.class)
        };
        let count = self.f().lambda_count;
        let name = Name::new(&format!("lambda${count}"));
        let qualified = parent_qualified.join(name.as_str());
        let id = self.start_fn(
            name,
            qualified,
            FunctionKind::Closure,
            span(node),
            class,
            false,
            is_static,
        );
        if let Some(params) = node.field(FieldName::Parameters) {
            if params.kind_name() == "implicit_parameter" {
                let name = self.node_name(params);
                self.f().add_param(Param {
                    name,
                    var: VarId(0),
                    kind: ParamKind::Positional,
                    ty: None,
                    annotations: Vec::new(),
                    default: None,
                    span: span(params),
                });
            } else {
                self.lower_params(params);
            }
        }
        let body = node.field(FieldName::Body).or_else(|| {
            named_children(node)
                .into_iter()
                .find(|c| c.kind_name() == "block")
        });
        if let Some(body) = body {
            self.lower_function_body(body);
        }
        self.end_fn(false);
        Val::Expr(Expr::Closure(id), span(node))
    }

    /// Query syntax (`from u in users where .. select ..`): each range
    /// variable is an element of its source, and the result is an opaque
    /// value over what `select`/`group` produce, so their data flow is kept.
    fn lower_query(&mut self, node: Node) -> Val {
        self.count_unlowered("query_expression");
        self.f().push_scope();
        let mut results = Vec::new();
        self.lower_query_clauses(node, &mut results, 0);
        self.f().pop_scope();
        Val::Expr(self.opaque("query_expression", results), span(node))
    }

    fn lower_query_clauses(&mut self, node: Node, results: &mut Vec<Operand>, depth: u32) {
        if depth > 8 {
            return;
        }
        for clause in named_children(node) {
            match clause.kind_name() {
                "from_clause" | "join_clause" => {
                    let name = clause.field(FieldName::Name).or_else(|| {
                        named_children(clause)
                            .into_iter()
                            .find(|c| c.kind_name() == "identifier")
                    });
                    let exprs: Vec<Node> = named_children(clause)
                        .into_iter()
                        .filter(|c| Some(*c) != name && c.kind_name() != "join_into_clause")
                        .filter(|c| Some(*c) != clause.field(FieldName::Type))
                        .collect();
                    let source = exprs.first().map(|e| self.lower_expr(*e));
                    for other in exprs.iter().skip(1) {
                        self.lower_expr(*other);
                    }
                    if let (Some(name), Some(source)) = (name, source) {
                        let name = self.node_name(name);
                        let var = self.f().declare(name, None);
                        self.b().assign(var, Expr::Element(source), span(clause));
                    }
                }
                "let_clause" => {
                    let parts = named_children(clause);
                    if let [name, value, ..] = parts.as_slice() {
                        let value = self.lower_val(*value);
                        let name = self.node_name(*name);
                        let var = self.f().declare(name, None);
                        let (expr, expr_span) = value.into_expr();
                        self.b()
                            .assign(var, expr, expr_span.unwrap_or(span(clause)));
                    }
                }
                "select_clause" | "group_clause" => {
                    for expr in named_children(clause) {
                        let value = self.lower_expr(expr);
                        results.push(value);
                    }
                }
                "where_clause" | "order_by_clause" => {
                    for expr in named_children(clause) {
                        self.lower_expr_stmt(expr);
                    }
                }
                "query_continuation" => self.lower_query_clauses(clause, results, depth + 1),
                "identifier" => {
                    // `into g`: the continuation's variable.
                    let name = self.node_name(clause);
                    let var = self.f().declare(name, None);
                    let value = self.opaque("query_group", results.clone());
                    self.b().assign(var, value, span(clause));
                }
                _ => {}
            }
        }
    }
}

/// A member name as written, generic arguments dropped (`Get<T>` → `Get`).
fn member_name<'t>(node: Node, text: &'t str) -> &'t str {
    if node.kind_name() == "generic_name" {
        text.split('<').next().unwrap_or(text).trim()
    } else {
        text
    }
}

/// `recv.M(..)` (as opposed to calling a delegate value).
fn is_member_call(node: Node) -> bool {
    node.kind_name() == "invocation_expression"
        && node
            .field(FieldName::Function)
            .is_some_and(|f| strip_parens(f).kind_name() == "member_access_expression")
}

fn operator_of<'t>(node: Node<'t>) -> &'static str {
    node.field(FieldName::Operator)
        .map_or("", |op| op.kind_name())
}

fn is_text_literal(kind: &str) -> bool {
    matches!(
        kind,
        "string_literal"
            | "verbatim_string_literal"
            | "raw_string_literal"
            | "interpolated_string_expression"
            | "character_literal"
    )
}

fn is_string_type(ty: &TypeRef) -> bool {
    ty.array_dims == 0 && matches!(ty.name.as_str(), "string" | "String" | "System.String")
}

fn binary_op(operator: &str) -> Option<BinOp> {
    Some(match operator {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mul,
        "/" => BinOp::Div,
        "%" => BinOp::Mod,
        "&" => BinOp::BitAnd,
        "|" => BinOp::BitOr,
        "^" => BinOp::BitXor,
        "<<" => BinOp::Shl,
        ">>" | ">>>" => BinOp::Shr,
        "==" => BinOp::Eq,
        "!=" => BinOp::NotEq,
        "<" => BinOp::Lt,
        "<=" => BinOp::LtEq,
        ">" => BinOp::Gt,
        ">=" => BinOp::GtEq,
        "&&" => BinOp::And,
        "||" => BinOp::Or,
        _ => return None,
    })
}
