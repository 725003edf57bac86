//! Expressions: each sub-expression is lowered to an operand first, then
//! the instruction that uses it.

use plumb_ir::{
    Arg, BinOp, Call, Callee, Const, Expr, InstrKind, MapEntry, Operand, TypeRef, UnOp,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::statements::strip_by_ref;
use super::{dotted, named_children, opaque, Lowerer};
use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use crate::span_of;

impl Lowerer<'_> {
    pub(crate) fn expr(&mut self, node: Node<'_>) -> Expr {
        if !self.descend() {
            return self.cut(node);
        }
        let value = self.expr_inner(node);
        self.ascend();
        value
    }

    /// An expression as an operand (a temporary unless it is one already).
    pub(crate) fn operand(&mut self, node: Node<'_>) -> Operand {
        let value = self.expr(node);
        self.spill(value, span_of(node))
    }

    fn expr_inner(&mut self, node: Node<'_>) -> Expr {
        let span = span_of(node);
        match node.kind_name() {
            "variable_name" => Expr::Use(self.read_var(self.var_name(node))),
            "integer" => Expr::Use(Operand::Const(self.integer(node))),
            "float" => Expr::Use(Operand::Const(
                self.text(node)
                    .replace('_', "")
                    .parse::<f64>()
                    .map_or(Const::Null, Const::Float),
            )),
            "boolean" => Expr::Use(Operand::Const(Const::Bool(
                self.text(node).eq_ignore_ascii_case("true"),
            ))),
            "null" => Expr::Use(Operand::Const(Const::Null)),
            "string" => Expr::Use(Operand::Const(Const::str(&self.single_quoted(node)))),
            "nowdoc" => {
                let text: String = named_children(node)
                    .into_iter()
                    .filter(|c| c.kind_name() == "nowdoc_body")
                    .map(|c| self.text(c).to_string())
                    .collect();
                Expr::Use(Operand::Const(Const::str(text.trim_start_matches('\n'))))
            }
            "encapsed_string" => self.interpolated(node),
            "heredoc" => {
                match named_children(node)
                    .into_iter()
                    .find(|c| c.kind_name() == "heredoc_body")
                {
                    Some(body) => self.interpolated(body),
                    None => Expr::Use(Operand::Const(Const::str(""))),
                }
            }
            "shell_command_expression" => {
                // A backtick string runs in a shell, like `shell_exec`.
                let command = self.interpolated(node);
                let command = self.spill(command, span);
                self.call_global("shell_exec", vec![command])
            }
            "name" => self.bare_name(node),
            "qualified_name" | "relative_name" => {
                Expr::Use(Operand::Global(Name::new(&dotted(self.text(node)))))
            }
            // `yield $k => $v` holds its operand as an array element.
            "array_element_initializer" => match named_children(node).into_iter().last() {
                Some(value) => self.expr(value),
                None => Expr::Use(Operand::Const(Const::Null)),
            },
            "parenthesized_expression"
            | "error_suppression_expression"
            | "clone_expression"
            | "by_ref"
            | "expression" => match named_children(node).into_iter().next() {
                Some(inner) => self.expr(inner),
                None => Expr::Use(Operand::Const(Const::Null)),
            },
            "assignment_expression" | "reference_assignment_expression" => {
                let (Some(left), Some(right)) =
                    (node.field(FieldName::Left), node.field(FieldName::Right))
                else {
                    return opaque("assignment", Vec::new());
                };
                // `$x = e` assigns `e` to the local itself.
                if left.kind_name() == "variable_name" {
                    let name = self.var_name(left);
                    if !super::SUPERGLOBALS.contains(&name.as_str()) {
                        let value = self.expr(right);
                        let var = self.var(name);
                        self.cur.b.assign(var, value, span);
                        return Expr::Use(Operand::Var(var));
                    }
                }
                let value = self.expr(right);
                let value = self.spill(value, span_of(right));
                self.assign_to(left, Expr::Use(value.clone()), span);
                Expr::Use(value)
            }
            "augmented_assignment_expression" => self.augmented_assignment(node),
            "update_expression" => {
                let Some(target) = node.field(FieldName::Argument) else {
                    return opaque("update", Vec::new());
                };
                let old = self.operand(target);
                let op = match node.field(FieldName::Operator).map(|o| self.text(o)) {
                    Some("--") => BinOp::Sub,
                    _ => BinOp::Add,
                };
                let new = self.spill(
                    Expr::Binary(op, old.clone(), Operand::Const(Const::Int(1))),
                    span,
                );
                self.assign_to(target, Expr::Use(new.clone()), span);
                Expr::Use(new)
            }
            "binary_expression" => self.binary(node),
            "unary_op_expression" => {
                let operator = node
                    .field(FieldName::Operator)
                    .map(|o| self.text(o))
                    .unwrap_or("");
                let Some(argument) = node
                    .field(FieldName::Argument)
                    .or_else(|| named_children(node).into_iter().last())
                else {
                    return opaque("unary", Vec::new());
                };
                let value = self.operand(argument);
                match operator {
                    "!" => self.not(value),
                    "-" => Expr::Unary(UnOp::Neg, value),
                    "~" => Expr::Unary(UnOp::BitNot, value),
                    "+" => Expr::Cast(TypeRef::simple("float"), value),
                    _ => Expr::Use(value),
                }
            }
            "cast_expression" => {
                let ty = node
                    .field(FieldName::Type)
                    .map(|t| self.text(t).trim().to_ascii_lowercase())
                    .unwrap_or_default();
                let ty = match ty.as_str() {
                    "integer" => "int",
                    "boolean" => "bool",
                    "double" | "real" => "float",
                    "binary" => "string",
                    other => other,
                }
                .to_string();
                let value = match node.field(FieldName::Value) {
                    Some(value) => self.operand(value),
                    None => Operand::Const(Const::Null),
                };
                Expr::Cast(TypeRef::simple(&ty), value)
            }
            "conditional_expression" => self.ternary(node),
            "match_expression" => self.match_expression(node),
            "array_creation_expression" => self.array(node),
            "subscript_expression" => {
                let children = named_children(node);
                let Some(object) = children.first().copied() else {
                    return opaque("subscript", Vec::new());
                };
                let object = self.operand(object);
                let index = match children.get(1) {
                    Some(index) => self.operand(*index),
                    None => Operand::Const(Const::Null),
                };
                Expr::Index(object, index)
            }
            "member_access_expression" | "nullsafe_member_access_expression" => {
                let object = match node.field(FieldName::Object) {
                    Some(object) => self.operand(object),
                    None => return opaque("member_access", Vec::new()),
                };
                match node.field(FieldName::Name) {
                    Some(name) if name.kind_name() == "name" => {
                        Expr::Field(object, self.name_of(name))
                    }
                    Some(name) => {
                        let key = self.operand(name);
                        Expr::Index(object, key)
                    }
                    None => Expr::Use(object),
                }
            }
            "scoped_property_access_expression" => {
                let scope = node.field(FieldName::Scope).map(|s| self.scope_operand(s));
                let name = node
                    .field(FieldName::Name)
                    .map(|n| Name::new(self.text(n).trim_start_matches('$')));
                match (scope, name) {
                    // A static property is a dotted global, as in Java.
                    (Some(Operand::Global(class)), Some(name)) => {
                        Expr::Use(Operand::Global(class.join(name.as_str())))
                    }
                    (Some(scope), Some(name)) => Expr::Field(scope, name),
                    _ => opaque("static_property", Vec::new()),
                }
            }
            "class_constant_access_expression" => self.class_constant(node),
            "function_call_expression" => self.function_call(node),
            "member_call_expression" | "nullsafe_member_call_expression" => {
                let receiver = match node.field(FieldName::Object) {
                    Some(object) => self.operand(object),
                    None => return opaque("member_call", Vec::new()),
                };
                let name = node.field(FieldName::Name);
                let args = self.arguments(node.field(FieldName::Arguments));
                match name {
                    Some(name) if name.kind_name() == "name" => Expr::Call(Call {
                        callee: Callee::Method {
                            receiver,
                            name: self.name_of(name),
                        },
                        args,
                    }),
                    _ => {
                        self.unlowered("dynamic_method_call");
                        let mut operands = vec![receiver];
                        operands.extend(args.into_iter().map(|a| a.value));
                        opaque("dynamic_method_call", operands)
                    }
                }
            }
            "scoped_call_expression" => self.static_call(node),
            "object_creation_expression" => self.new_object(node),
            "anonymous_function" | "arrow_function" => self.closure(node),
            "include_expression"
            | "include_once_expression"
            | "require_expression"
            | "require_once_expression" => {
                let callee = node.kind_name().trim_end_matches("_expression");
                let args: Vec<Operand> = named_children(node)
                    .into_iter()
                    .map(|child| self.operand(child))
                    .collect();
                self.call_global(callee, args)
            }
            "print_intrinsic" => {
                let args: Vec<Operand> = named_children(node)
                    .into_iter()
                    .map(|child| self.operand(child))
                    .collect();
                self.call_global("print", args)
            }
            "throw_expression" => {
                let value = named_children(node)
                    .into_iter()
                    .next()
                    .map(|child| self.operand(child));
                self.terminate_at(plumb_ir::Terminator::Throw(value), span);
                Expr::Use(Operand::Const(Const::Null))
            }
            "sequence_expression" => {
                let parts = self.sequence(node);
                match parts.last() {
                    Some(last) => Expr::Use(last.clone()),
                    None => Expr::Use(Operand::Const(Const::Null)),
                }
            }
            "list_literal" => {
                let items = self.list_items(node);
                Expr::List(items)
            }
            "exit_statement" => {
                let args: Vec<Operand> = named_children(node)
                    .into_iter()
                    .map(|child| self.operand(child))
                    .collect();
                self.call_global("exit", args)
            }
            other => {
                self.unlowered(other);
                let operands: Vec<Operand> = named_children(node)
                    .into_iter()
                    .filter(|c| !matches!(c.kind_name(), "comment"))
                    .map(|child| self.operand(child))
                    .collect();
                opaque(other, operands)
            }
        }
    }

    /// `$x` → `x`.
    fn var_name(&self, node: Node<'_>) -> Name {
        Name::new(self.text(node).trim_start_matches('$'))
    }

    fn integer(&self, node: Node<'_>) -> Const {
        let text = self.text(node).replace('_', "").to_ascii_lowercase();
        let parsed = if let Some(hex) = text.strip_prefix("0x") {
            i64::from_str_radix(hex, 16).ok()
        } else if let Some(bin) = text.strip_prefix("0b") {
            i64::from_str_radix(bin, 2).ok()
        } else if let Some(oct) = text.strip_prefix("0o") {
            i64::from_str_radix(oct, 8).ok()
        } else if text.len() > 1 && text.starts_with('0') {
            i64::from_str_radix(&text[1..], 8).ok()
        } else {
            text.parse().ok()
        };
        parsed.map_or(Const::Null, Const::Int)
    }

    /// A single-quoted string's value: only `\'` and `\\` are escapes.
    fn single_quoted(&self, node: Node<'_>) -> String {
        let text = self.text(node);
        let text = text.strip_prefix(['b', 'B']).unwrap_or(text);
        let inner = text
            .strip_prefix('\'')
            .and_then(|t| t.strip_suffix('\''))
            .or_else(|| text.strip_prefix('"').and_then(|t| t.strip_suffix('"')))
            .unwrap_or(text);
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some(next @ ('\'' | '\\')) => out.push(next),
                    Some(next) => {
                        out.push('\\');
                        out.push(next);
                    }
                    None => out.push('\\'),
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    /// Double-quoted strings, heredocs and backticks: a `Concat` over the
    /// literal pieces and the interpolated values (a constant when none).
    fn interpolated(&mut self, node: Node<'_>) -> Expr {
        let mut parts: Vec<Operand> = Vec::new();
        let mut text = String::new();
        let mut dynamic = false;
        for child in named_children(node) {
            match child.kind_name() {
                "string_content" | "string_value" => text.push_str(self.text(child)),
                "escape_sequence" => text.push_str(&unescape(self.text(child))),
                _ => {
                    if !text.is_empty() {
                        parts.push(Operand::Const(Const::str(&std::mem::take(&mut text))));
                    }
                    dynamic = true;
                    let value = self.operand(child);
                    parts.push(value);
                }
            }
        }
        if !dynamic {
            return Expr::Use(Operand::Const(Const::str(&text)));
        }
        if !text.is_empty() {
            parts.push(Operand::Const(Const::str(&text)));
        }
        Expr::Concat(parts)
    }

    /// A bare name in an expression: a constant (`PHP_EOL`, `CURLOPT_URL`)
    /// read as a global.
    fn bare_name(&mut self, node: Node<'_>) -> Expr {
        let text = self.text(node);
        match text.to_ascii_lowercase().as_str() {
            "true" => Expr::Use(Operand::Const(Const::Bool(true))),
            "false" => Expr::Use(Operand::Const(Const::Bool(false))),
            "null" => Expr::Use(Operand::Const(Const::Null)),
            _ => Expr::Use(Operand::Global(Name::new(&dotted(text)))),
        }
    }

    fn augmented_assignment(&mut self, node: Node<'_>) -> Expr {
        let span = span_of(node);
        let (Some(left), Some(right)) = (node.field(FieldName::Left), node.field(FieldName::Right))
        else {
            return opaque("augmented_assignment", Vec::new());
        };
        let operator = node
            .field(FieldName::Operator)
            .map(|o| self.text(o).to_string())
            .unwrap_or_default();
        let old = self.operand(left);
        if operator == "??=" {
            let joined = self.join_lazy(old, right, Fallback::WhenNull, span);
            self.assign_to(left, Expr::Use(joined.clone()), span);
            return Expr::Use(joined);
        }
        let value = self.operand(right);
        let combined = match operator.as_str() {
            ".=" => Expr::Concat(vec![old, value]),
            "+=" => Expr::Binary(BinOp::Add, old, value),
            "-=" => Expr::Binary(BinOp::Sub, old, value),
            "*=" => Expr::Binary(BinOp::Mul, old, value),
            "/=" => Expr::Binary(BinOp::Div, old, value),
            "%=" => Expr::Binary(BinOp::Mod, old, value),
            "**=" => Expr::Binary(BinOp::Pow, old, value),
            "&=" => Expr::Binary(BinOp::BitAnd, old, value),
            "|=" => Expr::Binary(BinOp::BitOr, old, value),
            "^=" => Expr::Binary(BinOp::BitXor, old, value),
            "<<=" => Expr::Binary(BinOp::Shl, old, value),
            ">>=" => Expr::Binary(BinOp::Shr, old, value),
            _ => opaque("augmented_assignment", vec![old, value]),
        };
        let result = self.spill(combined, span);
        self.assign_to(left, Expr::Use(result.clone()), span);
        Expr::Use(result)
    }

    /// `a ?? b`, `a ?: b`: a diamond whose temporary is `a` or `b` (`b`
    /// lowered only on its branch). `??` falls back when `a` is null or
    /// unset, `?:` when it is falsy (the branch then tests `a` itself).
    fn join_lazy(
        &mut self,
        first: Operand,
        second: Node<'_>,
        fallback: Fallback,
        span: Span,
    ) -> Operand {
        let result = self.cur.b.temp();
        self.cur.b.assign(result, Expr::Use(first.clone()), span);
        let test = match fallback {
            Fallback::WhenNull => self.spill(opaque("is_set", vec![first]), span),
            Fallback::WhenFalsy => first,
        };
        let other = self.new_block();
        let join = self.new_block();
        self.branch(test, join, other);
        self.switch_to(other);
        let value = self.expr(second);
        self.cur.b.assign(result, value, span);
        self.goto(join);
        self.switch_to(join);
        Operand::Var(result)
    }

    /// `.` chains are lowered over their left spine in a loop, so a long
    /// chain needs no recursion.
    fn binary(&mut self, node: Node<'_>) -> Expr {
        let span = span_of(node);
        let operator = node
            .field(FieldName::Operator)
            .map(|o| self.text(o).to_ascii_lowercase())
            .unwrap_or_default();
        let (Some(left), Some(right)) = (node.field(FieldName::Left), node.field(FieldName::Right))
        else {
            return opaque("binary", Vec::new());
        };
        if operator == "." {
            let mut rights = vec![right];
            let mut leftmost = left;
            while leftmost.kind_name() == "binary_expression"
                && leftmost
                    .field(FieldName::Operator)
                    .is_some_and(|o| self.text(o) == ".")
            {
                match (
                    leftmost.field(FieldName::Left),
                    leftmost.field(FieldName::Right),
                ) {
                    (Some(l), Some(r)) => {
                        rights.push(r);
                        leftmost = l;
                    }
                    _ => break,
                }
            }
            let mut parts = vec![self.operand(leftmost)];
            for part in rights.into_iter().rev() {
                parts.push(self.operand(part));
            }
            return Expr::Concat(parts);
        }
        if operator == "??" {
            let first = self.operand(left);
            return Expr::Use(self.join_lazy(first, right, Fallback::WhenNull, span));
        }
        if matches!(operator.as_str(), "&&" | "and" | "||" | "or") {
            let l = self.operand(left);
            let r = self.operand(right);
            let op = if matches!(operator.as_str(), "&&" | "and") {
                BinOp::And
            } else {
                BinOp::Or
            };
            return Expr::Binary(op, l, r);
        }
        if operator == "instanceof" {
            let l = self.operand(left);
            return match self.type_ref(right) {
                Some(ty) => Expr::InstanceOf(l, ty),
                None => {
                    let r = self.operand(right);
                    opaque("instanceof", vec![l, r])
                }
            };
        }
        let l = self.operand(left);
        let r = self.operand(right);
        let op = match operator.as_str() {
            "+" => BinOp::Add,
            "-" => BinOp::Sub,
            "*" => BinOp::Mul,
            "/" => BinOp::Div,
            "%" => BinOp::Mod,
            "**" => BinOp::Pow,
            "&" => BinOp::BitAnd,
            "|" => BinOp::BitOr,
            "^" | "xor" => BinOp::BitXor,
            "<<" => BinOp::Shl,
            ">>" => BinOp::Shr,
            "==" | "===" => BinOp::Eq,
            "!=" | "!==" | "<>" => BinOp::NotEq,
            "<" => BinOp::Lt,
            "<=" => BinOp::LtEq,
            ">" => BinOp::Gt,
            ">=" => BinOp::GtEq,
            _ => return opaque("binary", vec![l, r]),
        };
        Expr::Binary(op, l, r)
    }

    /// `c ? a : b` and `a ?: b`: a diamond assigning one temporary.
    fn ternary(&mut self, node: Node<'_>) -> Expr {
        let span = span_of(node);
        let (Some(cond), Some(alternative)) = (
            node.field(FieldName::Condition),
            node.field(FieldName::Alternative),
        ) else {
            return opaque("conditional", Vec::new());
        };
        let Some(body) = node.field(FieldName::Body) else {
            let first = self.operand(cond);
            return Expr::Use(self.join_lazy(first, alternative, Fallback::WhenFalsy, span));
        };
        let result = self.cur.b.temp();
        let then = self.new_block();
        let otherwise = self.new_block();
        let join = self.new_block();
        self.condition(cond, then, otherwise);
        self.switch_to(then);
        let value = self.expr(body);
        self.cur.b.assign(result, value, span);
        self.goto(join);
        self.switch_to(otherwise);
        let value = self.expr(alternative);
        self.cur.b.assign(result, value, span);
        self.goto(join);
        self.switch_to(join);
        Expr::Use(Operand::Var(result))
    }

    /// `match ($x) { a, b => v, default => w }`: a chain of `===` tests
    /// assigning one temporary.
    fn match_expression(&mut self, node: Node<'_>) -> Expr {
        let span = span_of(node);
        let subject = match node.field(FieldName::Condition) {
            Some(cond) => self.operand(cond),
            None => Operand::Const(Const::Null),
        };
        let result = self.cur.b.temp();
        self.cur
            .b
            .assign(result, Expr::Use(Operand::Const(Const::Null)), span);
        let join = self.new_block();
        let arms = node
            .field(FieldName::Body)
            .map(named_children)
            .unwrap_or_default();
        let mut default = None;
        for arm in arms {
            match arm.kind_name() {
                "match_conditional_expression" => {
                    let then = self.new_block();
                    let conditions = arm
                        .field(FieldName::ConditionalExpressions)
                        .map(named_children)
                        .unwrap_or_default();
                    for condition in conditions {
                        let value = self.operand(condition);
                        let test = self.spill(
                            Expr::Binary(BinOp::Eq, subject.clone(), value),
                            span_of(condition),
                        );
                        let next = self.new_block();
                        self.branch(test, then, next);
                        self.switch_to(next);
                    }
                    let next = self.cur.b.current_block();
                    self.switch_to(then);
                    if let Some(value) = arm.field(FieldName::ReturnExpression) {
                        let value = self.expr(value);
                        self.cur.b.assign(result, value, span_of(arm));
                    }
                    self.goto(join);
                    if let Some(next) = next {
                        self.switch_to(next);
                    }
                }
                "match_default_expression" => default = Some(arm),
                _ => {}
            }
        }
        if let Some(value) = default.and_then(|arm| arm.field(FieldName::ReturnExpression)) {
            let value = self.expr(value);
            self.cur.b.assign(result, value, span);
        }
        self.goto(join);
        self.switch_to(join);
        Expr::Use(Operand::Var(result))
    }

    /// `[a, b]` is a `List`; with any `key => value` a `Map` whose
    /// unkeyed entries take their position.
    fn array(&mut self, node: Node<'_>) -> Expr {
        let elements: Vec<Node<'_>> = named_children(node)
            .into_iter()
            .filter(|c| c.kind_name() == "array_element_initializer")
            .collect();
        let keyed = elements.iter().any(|e| named_children(*e).len() == 2);
        if !keyed {
            let items = elements
                .into_iter()
                .filter_map(|e| named_children(e).into_iter().next())
                .map(|value| {
                    if value.kind_name() == "variadic_unpacking" {
                        let inner = named_children(value).into_iter().next();
                        let operand =
                            inner.map_or(Operand::Const(Const::Null), |i| self.operand(i));
                        self.spill(opaque("spread", vec![operand]), span_of(value))
                    } else {
                        self.operand(strip_by_ref(value))
                    }
                })
                .collect();
            return Expr::List(items);
        }
        let mut entries = Vec::new();
        let mut position = 0i64;
        for element in elements {
            let children = named_children(element);
            let span = span_of(element);
            let (key, value) = match children.as_slice() {
                [key, value] => (self.operand(*key), self.operand(strip_by_ref(*value))),
                [value] => {
                    let key = Operand::Const(Const::Int(position));
                    position += 1;
                    (key, self.operand(strip_by_ref(*value)))
                }
                _ => continue,
            };
            entries.push(MapEntry { key, value, span });
        }
        Expr::Map(entries)
    }

    /// Assigns `value` to an assignable expression: a variable, a property,
    /// a static property, an element, or a `[$a, $b]`/`list()` pattern.
    pub(crate) fn assign_to(&mut self, target: Node<'_>, value: Expr, span: Span) {
        let target = strip_by_ref(target);
        match target.kind_name() {
            "variable_name" => {
                let name = self.var_name(target);
                if super::SUPERGLOBALS.contains(&name.as_str()) {
                    let value = self.spill(value, span);
                    self.push(InstrKind::StoreGlobal { name, value }, span);
                    return;
                }
                let var = self.var(name);
                self.cur.b.assign(var, value, span);
            }
            "member_access_expression" | "nullsafe_member_access_expression" => {
                let Some(object) = target.field(FieldName::Object) else {
                    return self.eval(value, span);
                };
                let obj = self.operand(object);
                let value = self.spill(value, span);
                match target.field(FieldName::Name) {
                    Some(name) if name.kind_name() == "name" => {
                        let field = self.name_of(name);
                        self.push(InstrKind::StoreField { obj, field, value }, span);
                    }
                    Some(name) => {
                        let index = self.operand(name);
                        self.push(InstrKind::StoreIndex { obj, index, value }, span);
                    }
                    None => {}
                }
            }
            "scoped_property_access_expression" => {
                let scope = target
                    .field(FieldName::Scope)
                    .map(|s| self.scope_operand(s));
                let name = target
                    .field(FieldName::Name)
                    .map(|n| Name::new(self.text(n).trim_start_matches('$')));
                let value = self.spill(value, span);
                match (scope, name) {
                    (Some(Operand::Global(class)), Some(field)) => {
                        let name = class.join(field.as_str());
                        self.push(InstrKind::StoreGlobal { name, value }, span);
                    }
                    (Some(obj), Some(field)) => {
                        self.push(InstrKind::StoreField { obj, field, value }, span);
                    }
                    _ => {}
                }
            }
            "subscript_expression" => {
                let children = named_children(target);
                let Some(object) = children.first().copied() else {
                    return self.eval(value, span);
                };
                let obj = self.operand(object);
                let Some(index) = children.get(1) else {
                    // `$xs[] = v` appends: the array's `[]` method.
                    let value = self.spill(value, span);
                    self.eval(
                        Expr::Call(Call {
                            callee: Callee::Method {
                                receiver: obj.clone(),
                                name: Name::new("[]"),
                            },
                            args: vec![Arg::positional(value.clone())],
                        }),
                        span,
                    );
                    if matches!(
                        object.kind_name(),
                        "member_access_expression" | "scoped_property_access_expression"
                    ) {
                        let updated = opaque("array_set", vec![obj, value]);
                        self.assign_to(object, updated, span);
                    }
                    return;
                };
                let index = self.operand(*index);
                let value = self.spill(value, span);
                self.push(
                    InstrKind::StoreIndex {
                        obj: obj.clone(),
                        index: index.clone(),
                        value: value.clone(),
                    },
                    span,
                );
                // PHP arrays are values: an element written into a property's
                // array writes the property (`$this->parts[] = $v`). What the
                // array holds is its elements: the key an element is filed
                // under (`$this->cache[$request] = $digest`) is not one of
                // them, as for `map.put(k, v)` in every other language.
                if matches!(
                    object.kind_name(),
                    "member_access_expression" | "scoped_property_access_expression"
                ) {
                    let updated = opaque("array_set", vec![obj, value]);
                    self.assign_to(object, updated, span);
                }
            }
            "list_literal" | "array_creation_expression" => {
                let source = self.spill(value, span);
                let mut position = 0i64;
                // `list('k' => $v)` and `['k' => $v] = ..` hold key and
                // target as siblings around a `=>` token.
                let all = plumb_syntax::children(target);
                let mut pending_key: Option<Operand> = None;
                for (index, element) in all.iter().copied().enumerate() {
                    if !element.is_named() || element.is_extra() {
                        continue;
                    }
                    let keyed = all
                        .get(index + 1)
                        .is_some_and(|next| !next.is_named() && self.text(*next) == "=>");
                    if keyed && element.kind_name() != "array_element_initializer" {
                        pending_key = Some(self.operand(element));
                        continue;
                    }
                    if let Some(key) = pending_key.take() {
                        let item = Expr::Index(source.clone(), key);
                        self.assign_to(element, item, span_of(element));
                        continue;
                    }
                    let element = if element.kind_name() == "array_element_initializer" {
                        element
                    } else {
                        // `list($a, $b)` holds its targets directly.
                        let key = Operand::Const(Const::Int(position));
                        position += 1;
                        let item = Expr::Index(source.clone(), key);
                        self.assign_to(element, item, span_of(element));
                        continue;
                    };
                    let children = named_children(element);
                    match children.as_slice() {
                        [key, inner] => {
                            let key = self.operand(*key);
                            let item = Expr::Index(source.clone(), key);
                            self.assign_to(*inner, item, span_of(element));
                        }
                        [inner] => {
                            let key = Operand::Const(Const::Int(position));
                            position += 1;
                            let item = Expr::Index(source.clone(), key);
                            self.assign_to(*inner, item, span_of(element));
                        }
                        _ => {}
                    }
                }
            }
            "pair" => {
                // `foreach ($xs as $k => [$a, $b])` is handled by the caller.
                self.eval(value, span);
            }
            _ => {
                self.unlowered("assignment_target");
                self.eval(value, span);
            }
        }
    }

    fn list_items(&mut self, node: Node<'_>) -> Vec<Operand> {
        named_children(node)
            .into_iter()
            .map(|child| self.operand(strip_by_ref(child)))
            .collect()
    }

    pub(crate) fn sequence(&mut self, node: Node<'_>) -> Vec<Operand> {
        // Sequences nest to the right: walk them in a loop.
        let mut out = Vec::new();
        let mut current = node;
        loop {
            let children = named_children(current);
            let Some((last, before)) = children.split_last() else {
                break;
            };
            for child in before {
                out.push(self.operand(*child));
            }
            if last.kind_name() == "sequence_expression" {
                current = *last;
            } else {
                out.push(self.operand(*last));
                break;
            }
        }
        out
    }

    /// A call of a global function by name (`echo`, `include`, ...).
    pub(crate) fn call_global(&mut self, name: &str, args: Vec<Operand>) -> Expr {
        Expr::Call(Call {
            callee: Callee::Function(Operand::Global(Name::new(name))),
            args: args.into_iter().map(Arg::positional).collect(),
        })
    }

    fn arguments(&mut self, node: Option<Node<'_>>) -> Vec<Arg> {
        let Some(node) = node else {
            return Vec::new();
        };
        let mut args = Vec::new();
        for argument in named_children(node) {
            if argument.kind_name() == "variadic_placeholder" {
                continue;
            }
            if argument.kind_name() != "argument" {
                let value = self.operand(argument);
                args.push(Arg::positional(value));
                continue;
            }
            let keyword = argument
                .field(FieldName::Name)
                .map(|name| self.name_of(name));
            let mut spread = false;
            let mut value = Operand::Const(Const::Null);
            for child in named_children(argument) {
                if Some(child) == argument.field(FieldName::Name) {
                    continue;
                }
                match child.kind_name() {
                    "variadic_unpacking" => {
                        spread = true;
                        if let Some(inner) = named_children(child).into_iter().next() {
                            value = self.operand(inner);
                        }
                    }
                    "reference_modifier" => {}
                    _ => value = self.operand(child),
                }
            }
            args.push(Arg {
                value,
                keyword,
                spread,
            });
        }
        args
    }

    /// `f(args)`: a named function is a global path (imports and the
    /// namespace are for resolution); a variable holding a closure is
    /// called through its local.
    fn function_call(&mut self, node: Node<'_>) -> Expr {
        let Some(function) = node.field(FieldName::Function) else {
            return opaque("function_call", Vec::new());
        };
        let callee = match function.kind_name() {
            "name" | "qualified_name" | "relative_name" => {
                Operand::Global(Name::new(&dotted(self.text(function))))
            }
            _ => self.operand(function),
        };
        let args = self.arguments(node.field(FieldName::Arguments));
        Expr::Call(Call {
            callee: Callee::Function(callee),
            args,
        })
    }

    /// The class a `Foo::` names, as an operand: `Global("Foo")`;
    /// `self`/`static` the enclosing class, `parent` its parent.
    fn scope_operand(&mut self, scope: Node<'_>) -> Operand {
        match scope.kind_name() {
            "relative_scope" => {
                let text = self.text(scope).to_ascii_lowercase();
                let class = if text == "parent" {
                    self.parent_class_name()
                } else {
                    self.current_class_name()
                };
                match class {
                    Some(class) => Operand::Global(class),
                    None => Operand::Const(Const::Null),
                }
            }
            "name" | "qualified_name" | "relative_name" => {
                Operand::Global(Name::new(&dotted(self.text(scope))))
            }
            _ => self.operand(scope),
        }
    }

    /// `Foo::bar(..)` is a `Function` call on `Global("Foo.bar")`;
    /// `parent::bar()` a `Super` call; a call on a variable class a method call.
    fn static_call(&mut self, node: Node<'_>) -> Expr {
        let (Some(scope), Some(name)) = (node.field(FieldName::Scope), node.field(FieldName::Name))
        else {
            return opaque("static_call", Vec::new());
        };
        if name.kind_name() != "name" {
            self.unlowered("dynamic_static_call");
            let args = self.arguments(node.field(FieldName::Arguments));
            return opaque(
                "dynamic_static_call",
                args.into_iter().map(|a| a.value).collect(),
            );
        }
        let method = self.text(name);
        let method = if method.eq_ignore_ascii_case("__construct") {
            "<init>"
        } else {
            method
        };
        let scope_text = self.text(scope).to_ascii_lowercase();
        let is_relative = scope.kind_name() == "relative_scope";
        if is_relative && scope_text == "parent" {
            let args = self.arguments(node.field(FieldName::Arguments));
            return Expr::Call(Call {
                callee: Callee::Super {
                    name: Name::new(method),
                },
                args,
            });
        }
        let callee = match (is_relative, scope.kind_name()) {
            (true, _) => match self.current_class_name() {
                Some(class) => {
                    // `self::m()`/`static::m()` on an instance method keeps `$this`.
                    let this = Name::new("this");
                    if let Some(this) = self.cur.b.lookup(this) {
                        let args = self.arguments(node.field(FieldName::Arguments));
                        return Expr::Call(Call {
                            callee: Callee::Method {
                                receiver: Operand::Var(this),
                                name: Name::new(method),
                            },
                            args,
                        });
                    }
                    Callee::Function(Operand::Global(class.join(method)))
                }
                None => Callee::Function(Operand::Global(Name::new(method))),
            },
            (false, "name" | "qualified_name" | "relative_name") => {
                let class = dotted(self.text(scope));
                Callee::Function(Operand::Global(Name::new(&format!("{class}.{method}"))))
            }
            _ => {
                let receiver = self.operand(scope);
                Callee::Method {
                    receiver,
                    name: Name::new(method),
                }
            }
        };
        let args = self.arguments(node.field(FieldName::Arguments));
        Expr::Call(Call { callee, args })
    }

    /// `Foo::BAR` is `Global("Foo.BAR")`; `Foo::class` the class's name.
    fn class_constant(&mut self, node: Node<'_>) -> Expr {
        let children = named_children(node);
        let (Some(scope), Some(name)) = (children.first().copied(), children.get(1).copied())
        else {
            return opaque("class_constant", Vec::new());
        };
        let constant = self.text(name);
        let scope_operand = self.scope_operand(scope);
        match scope_operand {
            Operand::Global(class) => {
                if constant.eq_ignore_ascii_case("class") {
                    return Expr::Use(Operand::Const(Const::str(class.as_str())));
                }
                Expr::Use(Operand::Global(class.join(constant)))
            }
            other => Expr::Field(other, Name::new(constant)),
        }
    }

    /// `new Foo(args)`; an anonymous class or a variable class is opaque
    /// over its arguments.
    fn new_object(&mut self, node: Node<'_>) -> Expr {
        let children = named_children(node);
        let arguments = children
            .iter()
            .copied()
            .find(|c| c.kind_name() == "arguments");
        let class = children
            .iter()
            .copied()
            .find(|c| c.kind_name() != "arguments");
        let ty = match class {
            Some(class)
                if matches!(
                    class.kind_name(),
                    "name" | "qualified_name" | "relative_name"
                ) =>
            {
                let text = self.text(class);
                let lower = text.to_ascii_lowercase();
                if matches!(lower.as_str(), "self" | "static") {
                    self.current_class_name()
                        .map(|c| TypeRef::simple(c.as_str()))
                } else if lower == "parent" {
                    self.parent_class_name()
                        .map(|c| TypeRef::simple(c.as_str()))
                } else {
                    Some(TypeRef::simple(&dotted(text)))
                }
            }
            _ => None,
        };
        let args = self.arguments(arguments);
        match ty {
            Some(class) => Expr::New { class, args },
            None => {
                let kind = class.map_or("new", |c| c.kind_name());
                self.unlowered(if kind == "anonymous_class" {
                    "anonymous_class"
                } else {
                    "dynamic_new"
                });
                opaque("new", args.into_iter().map(|a| a.value).collect())
            }
        }
    }
}

/// A double-quoted escape's value.
fn unescape(text: &str) -> String {
    match text {
        "\\n" => "\n".into(),
        "\\t" => "\t".into(),
        "\\r" => "\r".into(),
        "\\v" => "\u{b}".into(),
        "\\e" => "\u{1b}".into(),
        "\\f" => "\u{c}".into(),
        "\\0" => "\0".into(),
        "\\\\" => "\\".into(),
        "\\$" => "$".into(),
        "\\\"" => "\"".into(),
        other => {
            if let Some(hex) = other.strip_prefix("\\x") {
                if let Some(c) = u8::from_str_radix(hex, 16).ok().map(char::from) {
                    return c.to_string();
                }
            }
            if let Some(code) = other.strip_prefix("\\u{").and_then(|t| t.strip_suffix('}')) {
                if let Some(c) = u32::from_str_radix(code, 16).ok().and_then(char::from_u32) {
                    return c.to_string();
                }
            }
            other.to_string()
        }
    }
}

/// When `a ?? b` / `a ?: b` evaluates `b`.
#[derive(Clone, Copy)]
enum Fallback {
    WhenNull,
    WhenFalsy,
}
