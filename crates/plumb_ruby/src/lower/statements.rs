//! Statements and control flow. Every Ruby statement is an expression:
//! `if`, `case` and `begin` produce the value of the branch taken, and a
//! body's value is its last statement's.

use plumb_ir::{BinOp, Const, Expr, Operand, Terminator, TypeRef};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::{named_children, Lowerer};
use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use crate::span_of;

impl Lowerer<'_> {
    /// The statements directly under `node`, in order; the value is the
    /// last one's. `rescue`/`else`/`ensure` clauses of a body are handled
    /// by `begin`.
    pub(super) fn statements(&mut self, node: Node<'_>) -> Option<Operand> {
        let children = named_children(node);
        if children
            .iter()
            .any(|c| matches!(c.kind_name(), "rescue" | "ensure"))
        {
            return Some(self.begin(node));
        }
        self.statement_list(&children)
    }

    fn statement_list(&mut self, children: &[Node<'_>]) -> Option<Operand> {
        let mut last = None;
        for child in children {
            match child.kind_name() {
                "comment" | "heredoc_body" | "rescue" | "ensure" | "else" => continue,
                _ => {}
            }
            if self.cur.b.is_terminated() {
                // Dead code still gets lowered, into an unreachable block.
                let dead = self.new_block();
                self.switch_to(dead);
            }
            last = Some(self.expr(*child));
        }
        last
    }

    /// Lowers a condition into branches: `&&`/`||`/`!` become nested
    /// branches so each block tests one operand.
    pub(super) fn condition(
        &mut self,
        node: Node<'_>,
        then: plumb_ir::BlockId,
        otherwise: plumb_ir::BlockId,
    ) {
        if !self.descend() {
            let cut = self.cut(node);
            let cond = self.spill(cut, span_of(node));
            self.terminate(Terminator::Branch {
                cond,
                then,
                otherwise,
            });
            return;
        }
        match node.kind_name() {
            "binary" => {
                let op = node.field(FieldName::Operator).map_or("", |o| self.text(o));
                let sides = (node.field(FieldName::Left), node.field(FieldName::Right));
                match (op, sides) {
                    ("&&" | "and", (Some(left), Some(right))) => {
                        let mid = self.new_block();
                        self.condition(left, mid, otherwise);
                        self.switch_to(mid);
                        self.condition(right, then, otherwise);
                    }
                    ("||" | "or", (Some(left), Some(right))) => {
                        let mid = self.new_block();
                        self.condition(left, then, mid);
                        self.switch_to(mid);
                        self.condition(right, then, otherwise);
                    }
                    _ => {
                        let cond = self.expr(node);
                        self.terminate(Terminator::Branch {
                            cond,
                            then,
                            otherwise,
                        });
                    }
                }
            }
            "unary"
                if node
                    .field(FieldName::Operator)
                    .is_some_and(|o| matches!(self.text(o), "!" | "not")) =>
            {
                match node.field(FieldName::Operand) {
                    Some(operand) => self.condition(operand, otherwise, then),
                    None => self.goto(then),
                }
            }
            "parenthesized_statements" => {
                let children = named_children(node);
                match children.as_slice() {
                    [single] => self.condition(*single, then, otherwise),
                    _ => {
                        let cond = self.expr(node);
                        self.terminate(Terminator::Branch {
                            cond,
                            then,
                            otherwise,
                        });
                    }
                }
            }
            _ => {
                let cond = self.expr(node);
                self.terminate(Terminator::Branch {
                    cond,
                    then,
                    otherwise,
                });
            }
        }
        self.ascend();
    }

    /// `if`/`unless` with `elsif` and `else`, as a value.
    pub(super) fn if_expr(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let result = self.cur.b.temp();
        let join = self.new_block();
        let mut current = Some(node);
        while let Some(branch) = current {
            current = None;
            let negate = branch.kind_name() == "unless";
            let then = self.new_block();
            let otherwise = self.new_block();
            match branch.field(FieldName::Condition) {
                Some(condition) if negate => self.condition(condition, otherwise, then),
                Some(condition) => self.condition(condition, then, otherwise),
                None => self.goto(then),
            }
            self.switch_to(then);
            let value = branch
                .field(FieldName::Consequence)
                .and_then(|body| self.statements(body));
            self.set_result(result, value, span);
            self.goto(join);
            self.switch_to(otherwise);
            match branch.field(FieldName::Alternative) {
                Some(alt) if alt.kind_name() == "elsif" => current = Some(alt),
                Some(alt) => {
                    let value = self.statements(alt);
                    self.set_result(result, value, span);
                }
                None => self.set_result(result, None, span),
            }
        }
        self.goto(join);
        self.switch_to(join);
        Operand::Var(result)
    }

    fn set_result(&mut self, result: plumb_ir::VarId, value: Option<Operand>, span: Span) {
        if self.cur.b.is_terminated() {
            return;
        }
        let value = value.unwrap_or(Operand::Const(Const::Null));
        self.cur.b.assign(result, Expr::Use(value), span);
    }

    /// `x if c` / `x unless c`.
    pub(super) fn if_modifier(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let result = self.cur.b.temp();
        self.cur
            .b
            .assign(result, Expr::Use(Operand::Const(Const::Null)), span);
        let then = self.new_block();
        let join = self.new_block();
        match node.field(FieldName::Condition) {
            Some(condition) if node.kind_name() == "unless_modifier" => {
                self.condition(condition, join, then)
            }
            Some(condition) => self.condition(condition, then, join),
            None => self.goto(then),
        }
        self.switch_to(then);
        let value = node.field(FieldName::Body).map(|body| self.expr(body));
        self.set_result(result, value, span);
        self.goto(join);
        self.switch_to(join);
        Operand::Var(result)
    }

    /// `while c ... end` / `until c ... end`.
    pub(super) fn while_loop(&mut self, node: Node<'_>) -> Operand {
        let until = node.kind_name() == "until";
        let header = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.goto(header);
        self.switch_to(header);
        match node.field(FieldName::Condition) {
            Some(condition) if until => self.condition(condition, exit, body),
            Some(condition) => self.condition(condition, body, exit),
            None => self.goto(body),
        }
        self.switch_to(body);
        self.cur.loops.push((header, exit));
        if let Some(statements) = node.field(FieldName::Body) {
            self.statements(statements);
        }
        self.cur.loops.pop();
        self.goto(header);
        self.switch_to(exit);
        Operand::Const(Const::Null)
    }

    /// `x while c`: `begin ... end while c` runs its body first.
    pub(super) fn while_modifier(&mut self, node: Node<'_>) -> Operand {
        let until = node.kind_name() == "until_modifier";
        let do_first = node
            .field(FieldName::Body)
            .is_some_and(|b| b.kind_name() == "begin");
        let header = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.goto(if do_first { body } else { header });
        self.switch_to(header);
        match node.field(FieldName::Condition) {
            Some(condition) if until => self.condition(condition, exit, body),
            Some(condition) => self.condition(condition, body, exit),
            None => self.goto(body),
        }
        self.switch_to(body);
        self.cur.loops.push((header, exit));
        if let Some(statement) = node.field(FieldName::Body) {
            self.expr(statement);
        }
        self.cur.loops.pop();
        self.goto(header);
        self.switch_to(exit);
        Operand::Const(Const::Null)
    }

    /// `for x in xs ... end`: `x = Element(xs)` at the top of the body.
    pub(super) fn for_loop(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let iterable = match node.field(FieldName::Value) {
            Some(value) => {
                let inner = named_children(value).into_iter().next().unwrap_or(value);
                self.expr(inner)
            }
            None => Operand::Const(Const::Null),
        };
        let header = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.goto(header);
        self.switch_to(header);
        let has_next = self.opaque_temp("has_next", vec![iterable.clone()], span);
        self.terminate(Terminator::Branch {
            cond: has_next,
            then: body,
            otherwise: exit,
        });
        self.switch_to(body);
        if let Some(pattern) = node.field(FieldName::Pattern) {
            let element = self.spill(Expr::Element(iterable), span);
            self.assign_to(pattern, element, span);
        }
        self.cur.loops.push((header, exit));
        if let Some(statements) = node.field(FieldName::Body) {
            self.statements(statements);
        }
        self.cur.loops.pop();
        self.goto(header);
        self.switch_to(exit);
        Operand::Const(Const::Null)
    }

    /// `recv.each { |x| ... }` and the other iterators: a loop over the
    /// receiver in the current function, the block's parameters bound to
    /// its elements. The call's value joins the receiver and the block's
    /// values (`map`, `select`).
    pub(super) fn iterate(
        &mut self,
        receiver: Operand,
        extra: Vec<Operand>,
        block: Node<'_>,
        method: &str,
        span: Span,
    ) -> Operand {
        // `map` and friends build a new array from the block's values;
        // `each`, `select` and the rest return (part of) the receiver.
        let builds = matches!(
            method,
            "map" | "collect" | "flat_map" | "filter_map" | "sum" | "then"
        );
        let result = self.cur.b.temp();
        let initial = if builds {
            Expr::List(Vec::new())
        } else {
            Expr::Use(receiver.clone())
        };
        self.cur.b.assign(result, initial, span);
        let header = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.goto(header);
        self.switch_to(header);
        let has_next = self.opaque_temp("has_next", vec![receiver.clone()], span);
        self.terminate(Terminator::Branch {
            cond: has_next,
            then: body,
            otherwise: exit,
        });
        self.switch_to(body);
        let element = if method == "times" {
            self.spill(
                Expr::Cast(TypeRef::simple("Integer"), receiver.clone()),
                span,
            )
        } else {
            self.spill(Expr::Element(receiver.clone()), span)
        };
        if let Some(params) = block.field(FieldName::Parameters) {
            for (position, param) in named_children(params).into_iter().enumerate() {
                let value = match (position, method) {
                    (0, _) => element.clone(),
                    (1, "each_with_index") => Operand::Const(Const::Int(0)),
                    (1, "each_with_object") => extra
                        .first()
                        .cloned()
                        .unwrap_or(Operand::Const(Const::Null)),
                    _ => element.clone(),
                };
                self.bind_block_param(param, value, span);
            }
        }
        self.cur.loops.push((header, exit));
        let value = block
            .field(FieldName::Body)
            .and_then(|body| self.statements(body));
        self.cur.loops.pop();
        if let (Some(value), false) = (value, self.cur.b.is_terminated()) {
            if builds {
                let joined =
                    self.opaque_temp("block_result", vec![Operand::Var(result), value], span);
                self.cur.b.assign(result, Expr::Use(joined), span);
            }
        }
        self.goto(header);
        self.switch_to(exit);
        Operand::Var(result)
    }

    fn bind_block_param(&mut self, param: Node<'_>, value: Operand, span: Span) {
        match param.kind_name() {
            "identifier" => {
                let name = Name::new(self.text(param));
                let var = self.declare(name);
                self.cur.b.assign(var, Expr::Use(value), span);
            }
            "destructured_parameter" => {
                for (position, inner) in named_children(param).into_iter().enumerate() {
                    let index = Operand::Const(Const::Int(i64::try_from(position).unwrap_or(0)));
                    let element = self.spill(Expr::Index(value.clone(), index), span);
                    self.bind_block_param(inner, element, span);
                }
            }
            _ => {
                if let Some(name) = param.field(FieldName::Name) {
                    let name = Name::new(self.text(name));
                    let var = self.declare(name);
                    self.cur.b.assign(var, Expr::Use(value), span);
                }
            }
        }
    }

    /// `loop do ... end`: runs until `break`.
    pub(super) fn loop_block(&mut self, block: Node<'_>, _span: Span) -> Operand {
        let body = self.new_block();
        let exit = self.new_block();
        self.goto(body);
        self.switch_to(body);
        self.cur.loops.push((body, exit));
        if let Some(statements) = block.field(FieldName::Body) {
            self.statements(statements);
        }
        self.cur.loops.pop();
        self.goto(body);
        self.switch_to(exit);
        Operand::Const(Const::Null)
    }

    /// `case x when a, b then ... else ... end`: a chain of `===` tests.
    pub(super) fn case(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let subject = node.field(FieldName::Value).map(|v| self.expr(v));
        let result = self.cur.b.temp();
        let join = self.new_block();
        let mut has_else = false;
        for clause in named_children(node) {
            match clause.kind_name() {
                "when" => {
                    let body = self.new_block();
                    let next = self.new_block();
                    let patterns: Vec<Node<'_>> = named_children(clause)
                        .into_iter()
                        .filter(|c| c.kind_name() == "pattern")
                        .collect();
                    for pattern in &patterns {
                        let inner = named_children(*pattern)
                            .into_iter()
                            .next()
                            .unwrap_or(*pattern);
                        let value = self.expr(inner);
                        let cond = match &subject {
                            Some(subject) => self.spill(
                                Expr::Binary(BinOp::Eq, subject.clone(), value),
                                span_of(*pattern),
                            ),
                            None => value,
                        };
                        let miss = self.new_block();
                        self.terminate(Terminator::Branch {
                            cond,
                            then: body,
                            otherwise: miss,
                        });
                        self.switch_to(miss);
                    }
                    self.goto(next);
                    self.switch_to(body);
                    let value = clause
                        .field(FieldName::Body)
                        .and_then(|b| self.statements(b));
                    self.set_result(result, value, span);
                    self.goto(join);
                    self.switch_to(next);
                }
                "else" => {
                    has_else = true;
                    let value = self.statements(clause);
                    self.set_result(result, value, span);
                    self.goto(join);
                }
                _ => {}
            }
        }
        if !has_else {
            self.set_result(result, None, span);
            self.goto(join);
        }
        self.switch_to(join);
        Operand::Var(result)
    }

    /// `begin ... rescue E => e ... else ... ensure ... end`, also a
    /// method or block body with those clauses.
    pub(super) fn begin(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let children = named_children(node);
        let body: Vec<Node<'_>> = children
            .iter()
            .copied()
            .filter(|c| !matches!(c.kind_name(), "rescue" | "else" | "ensure"))
            .collect();
        let rescues: Vec<Node<'_>> = children
            .iter()
            .copied()
            .filter(|c| c.kind_name() == "rescue")
            .collect();
        let else_clause = children.iter().copied().find(|c| c.kind_name() == "else");
        let ensure = children.iter().copied().find(|c| c.kind_name() == "ensure");
        let result = self.cur.b.temp();
        let after = self.new_block();
        let handler = (!rescues.is_empty()).then(|| self.new_block());
        if let Some(handler) = handler {
            self.cur.b.push_handler(handler);
        }
        let start = self.new_block();
        self.goto(start);
        self.switch_to(start);
        let value = self.statement_list(&body);
        if let Some(else_clause) = else_clause {
            if handler.is_some() {
                self.cur.b.pop_handler();
            }
            let value = self.statements(else_clause);
            self.set_result(result, value, span);
        } else {
            self.set_result(result, value, span);
            if handler.is_some() {
                self.cur.b.pop_handler();
            }
        }
        self.goto(after);
        if let Some(handler) = handler {
            self.switch_to(handler);
            for rescue in rescues {
                if let Some(variable) = rescue.field(FieldName::Variable) {
                    if let Some(name) = named_children(variable).into_iter().next() {
                        let exception = self.opaque_temp("exception", Vec::new(), span_of(rescue));
                        self.assign_to(name, exception, span_of(rescue));
                    }
                }
                let value = rescue
                    .field(FieldName::Body)
                    .and_then(|b| self.statements(b));
                self.set_result(result, value, span);
                self.goto(after);
                let next = self.new_block();
                self.switch_to(next);
            }
            self.terminate(Terminator::Unreachable);
        }
        self.switch_to(after);
        if let Some(ensure) = ensure {
            self.statements(ensure);
        }
        Operand::Var(result)
    }

    /// `return` / `return x` / `return a, b` (an array).
    pub(super) fn return_stmt(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let values = self.arguments(node);
        let value = match values.len() {
            0 => None,
            1 => values.into_iter().next().map(|a| a.value),
            _ => {
                let items = values.into_iter().map(|a| a.value).collect();
                Some(self.spill(Expr::List(items), span))
            }
        };
        self.terminate_at(Terminator::Return(value), span);
        Operand::Const(Const::Null)
    }

    /// `break` / `next`: a jump in a loop; in a block, `next` returns from it.
    pub(super) fn jump(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let values = self.arguments(node);
        let value = values.into_iter().next().map(|a| a.value);
        match self.cur.loops.last().copied() {
            Some((next, exit)) => {
                let target = if node.kind_name() == "break" {
                    exit
                } else {
                    next
                };
                self.goto(target);
            }
            None => self.terminate_at(Terminator::Return(value), span),
        }
        Operand::Const(Const::Null)
    }
}
