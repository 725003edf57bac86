//! Statements and control flow.

use plumb_ir::{BinOp, Const, Expr, Operand, Terminator, TypeRef, UnOp};
use plumb_text::Name;
use tree_sitter::Node;

use super::{named_children, opaque, JumpTargets, Lowerer};
use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use crate::span_of;

impl Lowerer<'_> {
    pub(crate) fn statement(&mut self, node: Node<'_>) {
        if !self.descend() {
            let span = span_of(node);
            let cut = self.cut(node);
            self.eval(cut, span);
            return;
        }
        self.statement_inner(node);
        self.ascend();
    }

    fn statements(&mut self, node: Node<'_>) {
        for child in named_children(node) {
            self.statement(child);
        }
    }

    fn statement_inner(&mut self, node: Node<'_>) {
        let span = span_of(node);
        match node.kind_name() {
            "compound_statement" | "colon_block" | "declaration_list" => self.statements(node),
            // `<?= $x ?>` echoes its expression.
            "expression_statement" if self.after_echo_tag(node) => {
                let args: Vec<Operand> = named_children(node)
                    .into_iter()
                    .map(|child| self.operand(child))
                    .collect();
                let call = self.call_global("echo", args);
                self.eval(call, span);
            }
            "expression_statement" => {
                for child in named_children(node) {
                    let value = self.expr(child);
                    self.eval(value, span);
                }
            }
            "echo_statement" => {
                let mut args = Vec::new();
                for child in named_children(node) {
                    if child.kind_name() == "sequence_expression" {
                        for part in self.sequence(child) {
                            args.push(part);
                        }
                    } else {
                        let value = self.expr(child);
                        args.push(self.spill(value, span_of(child)));
                    }
                }
                let call = self.call_global("echo", args);
                self.eval(call, span);
            }
            "unset_statement" => {
                for child in named_children(node) {
                    let value = self.operand(child);
                    self.eval(opaque("unset", vec![value]), span);
                }
            }
            "return_statement" => {
                let value = named_children(node).into_iter().next().map(|child| {
                    let value = self.expr(child);
                    self.spill(value, span_of(child))
                });
                self.terminate_at(Terminator::Return(value), span);
            }
            "exit_statement" => {
                let args: Vec<Operand> = named_children(node)
                    .into_iter()
                    .map(|child| {
                        let value = self.expr(child);
                        self.spill(value, span_of(child))
                    })
                    .collect();
                let call = self.call_global("exit", args);
                self.eval(call, span);
                self.cur.b.terminate(Terminator::Unreachable);
            }
            "if_statement" => self.if_statement(node),
            "while_statement" => self.while_statement(node),
            "do_statement" => self.do_statement(node),
            "for_statement" => self.for_statement(node),
            "foreach_statement" => self.foreach_statement(node),
            "switch_statement" => self.switch_statement(node),
            "try_statement" => self.try_statement(node),
            "break_statement" | "continue_statement" => self.jump(node),
            "function_definition" => self.function_definition(node),
            "class_declaration"
            | "interface_declaration"
            | "trait_declaration"
            | "enum_declaration" => self.class_declaration(node),
            "namespace_definition" => self.namespace_definition(node),
            "namespace_use_declaration" => self.use_declaration(node),
            "global_declaration" => {
                // `global $db;`: the local holds the global's value.
                for child in named_children(node) {
                    if child.kind_name() == "variable_name" {
                        let name = Name::new(self.text(child).trim_start_matches('$'));
                        let var = self.var(name);
                        self.cur
                            .b
                            .assign(var, Expr::Use(Operand::Global(name)), span_of(child));
                    }
                }
            }
            "function_static_declaration" => {
                for declaration in named_children(node) {
                    let Some(name) = declaration.field(FieldName::Name) else {
                        continue;
                    };
                    let name = Name::new(self.text(name).trim_start_matches('$'));
                    let var = self.var(name);
                    let value = match declaration.field(FieldName::Value) {
                        Some(value) => self.expr(value),
                        None => Expr::Use(Operand::Const(Const::Null)),
                    };
                    self.cur.b.assign(var, value, span_of(declaration));
                }
            }
            "declare_statement" => {
                for child in named_children(node) {
                    if child.kind_name() != "declare_directive" {
                        self.statement(child);
                    }
                }
            }
            "const_declaration" => {
                for element in named_children(node) {
                    let children = named_children(element);
                    if let (Some(name), Some(value)) = (children.first(), children.get(1)) {
                        let name = Name::new(&self.qualify(self.text(*name)));
                        let lowered = self.expr(*value);
                        let value = self.spill(lowered, span_of(element));
                        self.push(plumb_ir::InstrKind::StoreGlobal { name, value }, span);
                    }
                }
            }
            "named_label_statement" | "goto_statement" => self.unlowered(node.kind_name()),
            "empty_statement" | "php_tag" | "text_interpolation" | "text" | "comment"
            | "php_end_tag" => {}
            "ERROR" => {}
            _ => {
                // Anything else that is an expression keeps its data flow.
                let value = self.expr(node);
                self.eval(value, span);
            }
        }
    }

    /// Whether `node` directly follows a `<?=` tag.
    fn after_echo_tag(&self, node: Node<'_>) -> bool {
        let mut previous = node.prev_sibling();
        while let Some(sibling) = previous {
            if sibling.kind_name() == "comment" {
                previous = sibling.prev_sibling();
                continue;
            }
            // Inside a block the tag ends the `?> html <?=` interpolation.
            let tag = if sibling.kind_name() == "text_interpolation" {
                match sibling.child(sibling.child_count().saturating_sub(1)) {
                    Some(last) => last,
                    None => return false,
                }
            } else {
                sibling
            };
            return tag.kind_name() == "php_tag" && self.text(tag).starts_with("<?=");
        }
        false
    }

    /// Lowers a condition into branches: `&&`/`and`, `||`/`or` and `!`
    /// become nested branches on single operands.
    pub(crate) fn condition(
        &mut self,
        node: Node<'_>,
        then: plumb_ir::BlockId,
        otherwise: plumb_ir::BlockId,
    ) {
        if !self.descend() {
            let span = span_of(node);
            let cut = self.cut(node);
            let cond = self.spill(cut, span);
            self.branch(cond, then, otherwise);
            return;
        }
        match node.kind_name() {
            "parenthesized_expression" => match named_children(node).into_iter().next() {
                Some(inner) => self.condition(inner, then, otherwise),
                None => self.branch(Operand::Const(Const::Bool(true)), then, otherwise),
            },
            "binary_expression" => {
                let operator = node
                    .field(FieldName::Operator)
                    .map(|op| self.text(op).to_ascii_lowercase())
                    .unwrap_or_default();
                let (left, right) = (node.field(FieldName::Left), node.field(FieldName::Right));
                match (operator.as_str(), left, right) {
                    ("&&" | "and", Some(left), Some(right)) => {
                        let middle = self.new_block();
                        self.condition(left, middle, otherwise);
                        self.switch_to(middle);
                        self.condition(right, then, otherwise);
                    }
                    ("||" | "or", Some(left), Some(right)) => {
                        let middle = self.new_block();
                        self.condition(left, then, middle);
                        self.switch_to(middle);
                        self.condition(right, then, otherwise);
                    }
                    _ => self.plain_condition(node, then, otherwise),
                }
            }
            "unary_op_expression"
                if node
                    .field(FieldName::Operator)
                    .is_some_and(|op| self.text(op) == "!") =>
            {
                match node.field(FieldName::Argument) {
                    Some(inner) => self.condition(inner, otherwise, then),
                    None => self.plain_condition(node, then, otherwise),
                }
            }
            _ => self.plain_condition(node, then, otherwise),
        }
        self.ascend();
    }

    fn plain_condition(
        &mut self,
        node: Node<'_>,
        then: plumb_ir::BlockId,
        otherwise: plumb_ir::BlockId,
    ) {
        let span = span_of(node);
        let value = self.expr(node);
        let cond = self.spill(value, span);
        self.branch(cond, then, otherwise);
    }

    fn if_statement(&mut self, node: Node<'_>) {
        let then = self.new_block();
        let join = self.new_block();
        let mut otherwise = self.new_block();
        match node.field(FieldName::Condition) {
            Some(cond) => self.condition(cond, then, otherwise),
            None => self.goto(then),
        }
        self.switch_to(then);
        if let Some(body) = node.field(FieldName::Body) {
            self.statement(body);
        }
        self.goto(join);
        // `elseif` and `else` clauses are siblings in the alternative field.
        let alternatives = plumb_syntax::field_children(node, FieldName::Alternative.id());
        for alternative in alternatives {
            self.switch_to(otherwise);
            match alternative.kind_name() {
                "else_if_clause" => {
                    let then = self.new_block();
                    let next = self.new_block();
                    match alternative.field(FieldName::Condition) {
                        Some(cond) => self.condition(cond, then, next),
                        None => self.goto(then),
                    }
                    self.switch_to(then);
                    if let Some(body) = alternative.field(FieldName::Body) {
                        self.statement(body);
                    }
                    self.goto(join);
                    otherwise = next;
                }
                _ => {
                    if let Some(body) = alternative.field(FieldName::Body) {
                        self.statement(body);
                    }
                    self.goto(join);
                    otherwise = self.new_block();
                }
            }
        }
        self.switch_to(otherwise);
        self.goto(join);
        self.switch_to(join);
    }

    fn loop_body(
        &mut self,
        body: Option<Node<'_>>,
        continue_to: plumb_ir::BlockId,
        break_to: plumb_ir::BlockId,
    ) {
        self.cur.jumps.push(JumpTargets {
            continue_to,
            break_to,
        });
        if let Some(body) = body {
            self.statement(body);
        }
        self.cur.jumps.pop();
    }

    fn while_statement(&mut self, node: Node<'_>) {
        let header = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.goto(header);
        self.switch_to(header);
        match node.field(FieldName::Condition) {
            Some(cond) => self.condition(cond, body, exit),
            None => self.goto(body),
        }
        self.switch_to(body);
        self.loop_body(node.field(FieldName::Body), header, exit);
        self.goto(header);
        self.switch_to(exit);
    }

    fn do_statement(&mut self, node: Node<'_>) {
        let body = self.new_block();
        let test = self.new_block();
        let exit = self.new_block();
        self.goto(body);
        self.switch_to(body);
        self.loop_body(node.field(FieldName::Body), test, exit);
        self.goto(test);
        self.switch_to(test);
        match node.field(FieldName::Condition) {
            Some(cond) => self.condition(cond, body, exit),
            None => self.goto(exit),
        }
        self.switch_to(exit);
    }

    fn for_statement(&mut self, node: Node<'_>) {
        let field_nodes =
            |field: FieldName| -> Vec<Node<'_>> { plumb_syntax::field_children(node, field.id()) };
        for init in field_nodes(FieldName::Initialize) {
            let span = span_of(init);
            let value = self.expr(init);
            self.eval(value, span);
        }
        let header = self.new_block();
        let body = self.new_block();
        let update = self.new_block();
        let exit = self.new_block();
        self.goto(header);
        self.switch_to(header);
        let conditions = field_nodes(FieldName::Condition);
        match conditions.split_last() {
            Some((last, before)) => {
                for cond in before {
                    let value = self.expr(*cond);
                    self.eval(value, span_of(*cond));
                }
                self.condition(*last, body, exit);
            }
            None => self.goto(body),
        }
        self.switch_to(body);
        self.loop_body(node.field(FieldName::Body), update, exit);
        self.goto(update);
        self.switch_to(update);
        for step in field_nodes(FieldName::Update) {
            let span = span_of(step);
            let value = self.expr(step);
            self.eval(value, span);
        }
        self.goto(header);
        self.switch_to(exit);
    }

    /// `foreach ($xs as $k => $v)`: `v = Element(xs)`, `k` an opaque key
    /// over `xs`; the header tests `has_next(xs)`.
    fn foreach_statement(&mut self, node: Node<'_>) {
        let children: Vec<Node<'_>> = named_children(node)
            .into_iter()
            .filter(|c| Some(*c) != node.field(FieldName::Body))
            .collect();
        let Some(iterable) = children.first().copied() else {
            return;
        };
        let span = span_of(iterable);
        let value = self.expr(iterable);
        let xs = self.spill(value, span);
        let header = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.goto(header);
        self.switch_to(header);
        let has_next = self.spill(opaque("has_next", vec![xs.clone()]), span);
        self.branch(has_next, body, exit);
        self.switch_to(body);
        if let Some(target) = children.get(1).copied() {
            let (key, value) = if target.kind_name() == "pair" {
                let parts = named_children(target);
                (parts.first().copied(), parts.get(1).copied())
            } else {
                (None, Some(target))
            };
            if let Some(key) = key {
                // A key carries what the elements do: the keys of request
                // data are request data.
                let element = self.spill(Expr::Element(xs.clone()), span_of(key));
                let key_value = opaque("range_key", vec![xs.clone(), element]);
                self.assign_to(key, key_value, span_of(key));
            }
            if let Some(value) = value {
                let value = strip_by_ref(value);
                self.assign_to(value, Expr::Element(xs.clone()), span_of(value));
            }
        }
        self.loop_body(node.field(FieldName::Body), header, exit);
        self.goto(header);
        self.switch_to(exit);
    }

    /// `switch`: a chain of `==` tests; bodies fall through.
    fn switch_statement(&mut self, node: Node<'_>) {
        let span = span_of(node);
        let subject = match node.field(FieldName::Condition) {
            Some(cond) => {
                let value = self.expr(cond);
                self.spill(value, span_of(cond))
            }
            None => Operand::Const(Const::Null),
        };
        let exit = self.new_block();
        let cases: Vec<Node<'_>> = node
            .field(FieldName::Body)
            .map(named_children)
            .unwrap_or_default()
            .into_iter()
            .filter(|c| matches!(c.kind_name(), "case_statement" | "default_statement"))
            .collect();
        let bodies: Vec<plumb_ir::BlockId> = cases.iter().map(|_| self.new_block()).collect();
        let mut default = None;
        for (index, case) in cases.iter().enumerate() {
            match case.field(FieldName::Value) {
                Some(value) if case.kind_name() == "case_statement" => {
                    let lowered = self.expr(value);
                    let label = self.spill(lowered, span_of(value));
                    let test = self.spill(
                        Expr::Binary(BinOp::Eq, subject.clone(), label),
                        span_of(value),
                    );
                    let next = self.new_block();
                    self.branch(test, bodies[index], next);
                    self.switch_to(next);
                }
                _ => default = Some(bodies[index]),
            }
        }
        self.goto(default.unwrap_or(exit));
        self.cur.jumps.push(JumpTargets {
            continue_to: exit,
            break_to: exit,
        });
        for (index, case) in cases.iter().enumerate() {
            self.switch_to(bodies[index]);
            let value = case.field(FieldName::Value);
            for child in named_children(*case) {
                if Some(child) != value {
                    self.statement(child);
                }
            }
            let next = bodies.get(index + 1).copied().unwrap_or(exit);
            self.goto(next);
        }
        self.cur.jumps.pop();
        self.switch_to(exit);
        let _ = span;
    }

    /// `break`/`continue` with an optional level (`break 2`).
    fn jump(&mut self, node: Node<'_>) {
        let level = named_children(node)
            .into_iter()
            .next()
            .and_then(|n| self.text(n).parse::<usize>().ok())
            .unwrap_or(1)
            .max(1);
        let Some(index) = self.cur.jumps.len().checked_sub(level) else {
            self.cur.b.terminate(Terminator::Unreachable);
            return;
        };
        let targets = self.cur.jumps[index];
        let target = if node.kind_name() == "break_statement" {
            targets.break_to
        } else {
            targets.continue_to
        };
        self.goto(target);
    }

    /// `try`: the body's blocks send exceptions to the first `catch`,
    /// catches test the exception's type in turn, and `finally` is lowered
    /// once, reached from the normal path and from the handlers.
    fn try_statement(&mut self, node: Node<'_>) {
        let clauses = named_children(node);
        let catches: Vec<Node<'_>> = clauses
            .iter()
            .copied()
            .filter(|c| c.kind_name() == "catch_clause")
            .collect();
        let finally = clauses
            .iter()
            .copied()
            .find(|c| c.kind_name() == "finally_clause");
        let handler = self.new_block();
        let after = self.new_block();
        self.cur.b.push_handler(handler);
        let body = self.new_block();
        self.goto(body);
        self.switch_to(body);
        if let Some(body) = node.field(FieldName::Body) {
            self.statement(body);
        }
        self.cur.b.pop_handler();
        self.goto(after);
        self.switch_to(handler);
        let exception = self.cur.b.temp();
        self.cur.b.assign(
            exception,
            opaque("caught_exception", Vec::new()),
            span_of(node),
        );
        for catch in catches {
            let ty = catch
                .field(FieldName::Type)
                .and_then(|types| named_children(types).into_iter().next())
                .and_then(|t| self.type_ref(t));
            if let Some(name) = catch.field(FieldName::Name) {
                let name = Name::new(self.text(name).trim_start_matches('$'));
                let var = self.var(name);
                let value = match ty.clone() {
                    Some(ty) => Expr::Cast(ty, Operand::Var(exception)),
                    None => Expr::Use(Operand::Var(exception)),
                };
                self.cur.b.assign(var, value, span_of(catch));
            }
            let then = self.new_block();
            let next = self.new_block();
            let test = self.spill(
                Expr::InstanceOf(
                    Operand::Var(exception),
                    ty.unwrap_or_else(|| TypeRef::simple("Throwable")),
                ),
                span_of(catch),
            );
            self.branch(test, then, next);
            self.switch_to(then);
            if let Some(body) = catch.field(FieldName::Body) {
                self.statement(body);
            }
            self.goto(after);
            self.switch_to(next);
        }
        // No catch matched: finally runs, then the exception goes on.
        if let Some(finally) = finally {
            self.finally_body(finally);
        }
        if !self.cur.b.is_terminated() {
            self.terminate_at(
                Terminator::Throw(Some(Operand::Var(exception))),
                span_of(node),
            );
        }
        self.switch_to(after);
        if let Some(finally) = finally {
            self.finally_body(finally);
        }
    }

    fn finally_body(&mut self, finally: Node<'_>) {
        if let Some(body) = finally
            .field(FieldName::Body)
            .or_else(|| named_children(finally).into_iter().next())
        {
            self.statement(body);
        }
    }

    /// `!x` as a value.
    pub(crate) fn not(&mut self, value: Operand) -> Expr {
        Expr::Unary(UnOp::Not, value)
    }
}

/// `&$x` in a `foreach` or list is `$x`.
pub(crate) fn strip_by_ref(node: Node<'_>) -> Node<'_> {
    if node.kind_name() == "by_ref" {
        if let Some(inner) = named_children(node).into_iter().next() {
            return inner;
        }
    }
    node
}
