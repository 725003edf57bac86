//! Expressions: each sub-expression becomes an operand, intermediate values
//! become temporaries carrying their own span.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{
    Arg, BinOp, Call, Callee, Const, Expr, FunctionKind, InstrKind, Operand, Param, ParamKind,
    TypeRef, UnOp, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::declarations::class_type;
use super::{Found, Lowerer};
use crate::types::{children, is_type_kind, literal_const, named_children, span, type_ref};

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
            "this" | "super" => Val::Op(self.this_or_global()),
            "field_access" | "method_invocation" | "binary_expression" | "array_access" => {
                self.lower_chain(node)
            }
            "object_creation_expression" => self.lower_new(node),
            "array_creation_expression" => self.lower_array_creation(node),
            "array_initializer" => self.lower_array_initializer(node),
            "ternary_expression" => self.lower_ternary(node),
            "unary_expression" => self.lower_unary(node),
            "update_expression" => self.lower_update(node),
            "assignment_expression" => self.lower_assignment(node),
            "cast_expression" => self.lower_cast(node),
            "instanceof_expression" => self.lower_instanceof(node),
            "lambda_expression" => self.lower_lambda(node),
            "method_reference" => self.lower_method_reference(node),
            "class_literal" => self.lower_class_literal(node),
            "switch_expression" => Val::Op(self.lower_switch(node, true, None)),
            "scoped_identifier" => Val::Op(Operand::Global(Name::new(&self.src.dotted(node)))),
            "decimal_integer_literal"
            | "hex_integer_literal"
            | "octal_integer_literal"
            | "binary_integer_literal"
            | "decimal_floating_point_literal"
            | "hex_floating_point_literal" => {
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

    /// Left-nested chains — `a.b.c`, `x.f().g()`, `a[i][j]`, `a + b + c` —
    /// are walked down iteratively to their root and lowered back up, so
    /// their length costs no stack. A root that is not bound locally folds
    /// with the field reads above it into one dotted `Global`, and a call
    /// on that path into a `Function` call (docs/ir.md rule 3).
    fn lower_chain(&mut self, node: Node) -> Val {
        let mut spine = Vec::new();
        let mut current = node;
        loop {
            let next = match current.kind_name() {
                "method_invocation" => current
                    .field(FieldName::Object)
                    .filter(|object| object.kind_name() != "super"),
                "field_access" => {
                    let field_is_this = current
                        .field(FieldName::Field)
                        .is_some_and(|field| field.kind_name() == "this");
                    if field_is_this {
                        None
                    } else {
                        current
                            .field(FieldName::Object)
                            .filter(|object| object.kind_name() != "super")
                    }
                }
                "array_access" => current.field(FieldName::Array),
                "binary_expression" => current.field(FieldName::Left),
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
        let mut below = current;
        let mut value = match self.foldable_root(current) {
            Some(mut path) => {
                while index > 0 && spine[index - 1].kind_name() == "field_access" {
                    let step = spine[index - 1];
                    let Some(field) = step.field(FieldName::Field) else {
                        break;
                    };
                    path.push('.');
                    path.push_str(self.src.text(field));
                    index -= 1;
                    below = step;
                }
                if index > 0 && spine[index - 1].kind_name() == "method_invocation" {
                    let call = spine[index - 1];
                    index -= 1;
                    below = call;
                    if let Some(name) = call.field(FieldName::Name) {
                        path.push('.');
                        path.push_str(self.src.text(name));
                    }
                    let args = self.lower_args(call.field(FieldName::Arguments));
                    let callee = Callee::Function(Operand::Global(Name::new(&path)));
                    Val::Expr(Expr::Call(Call { callee, args }), span(call))
                } else {
                    Val::Op(Operand::Global(Name::new(&path)))
                }
            }
            None => self.lower_chain_root(current),
        };
        while index > 0 {
            index -= 1;
            let step = spine[index];
            value = self.lower_chain_step(step, value, below);
            below = step;
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
            "scoped_identifier" => Some(self.src.dotted(root)),
            _ => None,
        }
    }

    /// Chain roots that are themselves calls or field reads: unqualified
    /// and `super` calls, `super.x`, `Outer.this`.
    fn lower_chain_root(&mut self, root: Node) -> Val {
        match root.kind_name() {
            "method_invocation" => {
                let name = match root.field(FieldName::Name) {
                    Some(name) => self.node_name(name),
                    None => Name::new("?"),
                };
                let object = root.field(FieldName::Object);
                let callee = if object.is_some() || has_child_kind(root, "super") {
                    Callee::Super { name }
                } else {
                    self.plain_callee(name)
                };
                let args = self.lower_args(root.field(FieldName::Arguments));
                Val::Expr(Expr::Call(Call { callee, args }), span(root))
            }
            "field_access" => {
                let this = self.this_or_global();
                match root.field(FieldName::Field) {
                    Some(field) if field.kind_name() != "this" => {
                        let name = self.node_name(field);
                        Val::Expr(Expr::Field(this, name), span(root))
                    }
                    _ => Val::Op(this),
                }
            }
            _ => self.lower_val(root),
        }
    }

    fn lower_chain_step(&mut self, step: Node, value: Val, below: Node) -> Val {
        match step.kind_name() {
            "method_invocation" => {
                let receiver = self.operand(value);
                let name = match step.field(FieldName::Name) {
                    Some(name) => self.node_name(name),
                    None => Name::new("?"),
                };
                let args = self.lower_args(step.field(FieldName::Arguments));
                let callee = Callee::Method { receiver, name };
                Val::Expr(Expr::Call(Call { callee, args }), span(step))
            }
            "field_access" => {
                let object = self.operand(value);
                let name = match step.field(FieldName::Field) {
                    Some(field) => self.node_name(field),
                    None => Name::new("?"),
                };
                Val::Expr(Expr::Field(object, name), span(step))
            }
            "array_access" => {
                let array = self.operand(value);
                let index = match step.field(FieldName::Index) {
                    Some(index) => self.lower_expr(index),
                    None => Operand::Const(Const::Null),
                };
                Val::Expr(Expr::Index(array, index), span(step))
            }
            "binary_expression" => self.lower_binary_step(step, value, below),
            _ => value,
        }
    }

    /// One binary operator over an already lowered left operand. `+` is a
    /// string concatenation when either side is a string literal or itself
    /// a concatenation; nested concatenations flatten into one `Concat`.
    fn lower_binary_step(&mut self, node: Node, left: Val, left_node: Node) -> Val {
        let operator = node
            .field(FieldName::Operator)
            .map_or("", |op| op.kind_name());
        let Some(right) = node.field(FieldName::Right).map(strip_parens) else {
            return left;
        };
        if operator == "+" {
            let left_is_string =
                matches!(left, Val::Concat(..)) || left_node.kind_name() == "string_literal";
            // The left side is bound before the right is lowered, keeping
            // instructions in evaluation order.
            let (mut parts, left_operand) = match left {
                Val::Concat(parts, _) => (parts, None),
                other => (Vec::new(), Some(self.operand(other))),
            };
            let right_value = self.lower_val(right);
            let right_is_string =
                matches!(right_value, Val::Concat(..)) || right.kind_name() == "string_literal";
            if left_is_string || right_is_string {
                parts.extend(left_operand);
                match right_value {
                    Val::Concat(right_parts, _) => parts.extend(right_parts),
                    other => {
                        let operand = self.operand(other);
                        parts.push(operand);
                    }
                }
                return Val::Concat(parts, span(node));
            }
            let left_operand = left_operand.unwrap_or(Operand::Const(Const::Null));
            let right_operand = self.operand(right_value);
            return Val::Expr(
                Expr::Binary(BinOp::Add, left_operand, right_operand),
                span(node),
            );
        }
        let left_operand = self.operand(left);
        let right_operand = self.lower_expr(right);
        match binary_op(operator) {
            Some(op) => Val::Expr(Expr::Binary(op, left_operand, right_operand), span(node)),
            None => {
                self.count_unlowered("binary_expression");
                Val::Expr(
                    self.opaque("binary_expression", vec![left_operand, right_operand]),
                    span(node),
                )
            }
        }
    }

    pub fn lower_args(&mut self, args: Option<Node>) -> Vec<Arg> {
        let Some(args) = args else {
            return Vec::new();
        };
        named_children(args)
            .into_iter()
            .map(|arg| Arg::positional(self.lower_expr(arg)))
            .collect()
    }

    fn lower_new(&mut self, node: Node) -> Val {
        let ty = node
            .field(FieldName::Type)
            .map_or_else(|| TypeRef::simple("?"), |ty| type_ref(ty, self.src, 0));
        let mut body = None;
        for child in named_children(node) {
            match child.kind_name() {
                "class_body" => body = Some(child),
                // `outer.new Inner()`: the outer instance is evaluated first.
                kind if is_type_kind(kind)
                    || matches!(
                        kind,
                        "argument_list" | "type_arguments" | "annotation" | "marker_annotation"
                    ) => {}
                _ => {
                    if node.field(FieldName::Type) != Some(child) {
                        self.lower_expr_stmt(child);
                    }
                }
            }
        }
        self.lower_new_parts(ty, node.field(FieldName::Arguments), body, span(node))
    }

    /// `new T(args)`, with an anonymous class body when present.
    pub fn lower_new_parts(
        &mut self,
        ty: TypeRef,
        args: Option<Node>,
        body: Option<Node>,
        span: Span,
    ) -> Val {
        let args = self.lower_args(args);
        match body {
            Some(body) => {
                let (qualified, methods) = self.lower_anonymous_class(ty, body, span);
                for method in methods {
                    self.b().assign_temp(Expr::Closure(method), span);
                }
                Val::Expr(
                    Expr::New {
                        class: class_type(qualified),
                        args,
                    },
                    span,
                )
            }
            None => Val::Expr(Expr::New { class: ty, args }, span),
        }
    }

    fn lower_array_creation(&mut self, node: Node) -> Val {
        if let Some(value) = node.field(FieldName::Value) {
            return self.lower_array_initializer(value);
        }
        for dims in crate::types::field_children(node, FieldName::Dimensions) {
            for size in named_children(dims) {
                if !matches!(size.kind_name(), "annotation" | "marker_annotation") {
                    self.lower_expr(size);
                }
            }
        }
        Val::Expr(Expr::List(Vec::new()), span(node))
    }

    fn lower_array_initializer(&mut self, node: Node) -> Val {
        let items = named_children(node)
            .into_iter()
            .map(|item| self.lower_expr(item))
            .collect();
        Val::Expr(Expr::List(items), span(node))
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

    fn lower_unary(&mut self, node: Node) -> Val {
        let operator = node
            .field(FieldName::Operator)
            .map_or("", |op| op.kind_name());
        let Some(operand_node) = node.field(FieldName::Operand) else {
            return Val::Op(Operand::Const(Const::Null));
        };
        if operator == "-" {
            match literal_const(strip_parens(operand_node), self.src) {
                Some(Const::Int(value)) => {
                    return Val::Op(Operand::Const(Const::Int(value.wrapping_neg())))
                }
                Some(Const::Float(value)) => return Val::Op(Operand::Const(Const::Float(-value))),
                _ => {}
            }
        }
        if operator == "+" {
            return self.lower_val(operand_node);
        }
        let operand = self.lower_expr(operand_node);
        let op = match operator {
            "!" => UnOp::Not,
            "~" => UnOp::BitNot,
            _ => UnOp::Neg,
        };
        Val::Expr(Expr::Unary(op, operand), span(node))
    }

    /// `x++`, `--a[i]`: read, add one, store back.
    fn lower_update(&mut self, node: Node) -> Val {
        let Some(target_node) = named_children(node).first().map(|n| strip_parens(*n)) else {
            return Val::Op(Operand::Const(Const::Null));
        };
        let decrement = children(node).iter().any(|c| c.kind_name() == "--");
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
        let (target, string_typed) = self.lvalue(left);
        let value = if operator == "=" {
            match right {
                Some(right) => self.lower_val(right),
                None => Val::Op(Operand::Const(Const::Null)),
            }
        } else {
            let current = self.read_lvalue(&target, span(left));
            let right_value = match right {
                Some(right) => self.lower_val(right),
                None => Val::Op(Operand::Const(Const::Null)),
            };
            let right_is_string = matches!(right_value, Val::Concat(..))
                || right.is_some_and(|r| strip_parens(r).kind_name() == "string_literal");
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

    /// The location an assignment writes, with whether it is declared as a
    /// `String` (None when its type is unknown).
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
            "field_access" => {
                if let Some(path) = self.foldable_path(node) {
                    return (LValue::Global(Name::new(&path)), None);
                }
                let name = match node.field(FieldName::Field) {
                    Some(field) => self.node_name(field),
                    None => Name::new("?"),
                };
                let owner = match node.field(FieldName::Object) {
                    Some(object) if object.kind_name() != "super" => self.lower_expr(object),
                    _ => self.this_or_global(),
                };
                (LValue::Field(owner, name), None)
            }
            "array_access" => {
                let array = match node.field(FieldName::Array) {
                    Some(array) => self.lower_expr(array),
                    None => Operand::Const(Const::Null),
                };
                let index = match node.field(FieldName::Index) {
                    Some(index) => self.lower_expr(index),
                    None => Operand::Const(Const::Null),
                };
                (LValue::Index(array, index), None)
            }
            _ => {
                self.lower_expr(node);
                (LValue::Other, None)
            }
        }
    }

    /// `a.b.c` with an unbound root, as one dotted path.
    fn foldable_path(&mut self, node: Node) -> Option<String> {
        let mut segments = Vec::new();
        let mut current = node;
        loop {
            match current.kind_name() {
                "field_access" => {
                    let field = current.field(FieldName::Field)?;
                    if field.kind_name() != "identifier" {
                        return None;
                    }
                    segments.push(self.src.text(field));
                    current = strip_parens(current.field(FieldName::Object)?);
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
        let ty = crate::types::field_children(node, FieldName::Type)
            .first()
            .map_or_else(|| TypeRef::simple("?"), |ty| type_ref(*ty, self.src, 0));
        let value = match node.field(FieldName::Value) {
            Some(value) => self.lower_expr(value),
            None => Operand::Const(Const::Null),
        };
        Val::Expr(Expr::Cast(ty, value), span(node))
    }

    /// `x instanceof T`, and `x instanceof T t` which also declares `t`
    /// (in the enclosing scope, which covers both the `if` branch and the
    /// code after `if (!(x instanceof T t)) return;`).
    fn lower_instanceof(&mut self, node: Node) -> Val {
        let value = match node.field(FieldName::Left) {
            Some(left) => self.lower_expr(left),
            None => Operand::Const(Const::Null),
        };
        let pattern = node.field(FieldName::Pattern);
        let ty = match (node.field(FieldName::Right), pattern) {
            (Some(right), _) => type_ref(right, self.src, 0),
            (None, Some(pattern)) => named_children(pattern)
                .into_iter()
                .find(|n| {
                    matches!(
                        n.kind_name(),
                        "identifier"
                            | "generic_type"
                            | "type_identifier"
                            | "scoped_type_identifier"
                    )
                })
                .map_or_else(|| TypeRef::simple("?"), |ty| type_ref(ty, self.src, 0)),
            (None, None) => TypeRef::simple("?"),
        };
        let binding = node.field(FieldName::Name);
        if binding.is_none() && pattern.is_none() {
            return Val::Expr(Expr::InstanceOf(value, ty), span(node));
        }
        let test = self
            .b()
            .assign_temp(Expr::InstanceOf(value.clone(), ty.clone()), span(node));
        if let Some(binding) = binding {
            let name = self.node_name(binding);
            let var = self.f().declare(name, Some(ty.clone()));
            self.b()
                .assign(var, Expr::Cast(ty, value.clone()), span(binding));
        }
        if let Some(pattern) = pattern {
            self.bind_pattern(pattern, &value, 0);
        }
        Val::Op(test)
    }

    /// A lambda: a `Closure` function whose parent is the current function;
    /// outer variables it reads are captured on first use.
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
            if params.kind_name() == "identifier" {
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
        if let Some(body) = node.field(FieldName::Body) {
            if body.kind_name() == "block" {
                self.lower_body(body);
            } else {
                let result = self.lower_expr(body);
                self.b()
                    .terminate_at(plumb_ir::Terminator::Return(Some(result)), span(body));
            }
        }
        self.end_fn(false);
        Val::Expr(Expr::Closure(id), span(node))
    }

    fn lower_method_reference(&mut self, node: Node) -> Val {
        let receiver = match named_children(node).first().copied() {
            Some(first) if first.kind_name() == "super" => self.this_or_global(),
            Some(first) if is_type_kind(first.kind_name()) => {
                Operand::Global(type_ref(first, self.src, 0).name)
            }
            Some(first) => self.lower_expr(first),
            None => Operand::Const(Const::Null),
        };
        Val::Expr(self.opaque("method_reference", vec![receiver]), span(node))
    }

    fn lower_class_literal(&mut self, node: Node) -> Val {
        let ty = named_children(node)
            .first()
            .map_or_else(|| TypeRef::simple("?"), |ty| type_ref(*ty, self.src, 0));
        Val::Expr(
            self.opaque("class_literal", vec![Operand::Global(ty.name)]),
            span(node),
        )
    }
}

fn has_child_kind(node: Node, kind: &str) -> bool {
    children(node).iter().any(|c| c.kind_name() == kind)
}

fn is_string_type(ty: &TypeRef) -> bool {
    ty.array_dims == 0 && matches!(ty.name.as_str(), "String" | "java.lang.String")
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
