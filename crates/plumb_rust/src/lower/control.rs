//! Blocks, statements and control flow. Rust's blocks, `if`, `match` and
//! `loop` are expressions: each is lowered to a temporary that every
//! branch assigns, and a block's last expression is its value.

use plumb_ir::{Const, Expr, Operand, Terminator};
use plumb_text::Span;
use tree_sitter::Node;

use super::{named_children, null, opaque, JumpTargets, Lowerer};
use crate::fields::FieldName;
use crate::kinds::KindExt;

impl Lowerer<'_> {
    /// A block in its own scope; its value is its last expression (unit
    /// when it ends with a statement).
    pub(super) fn block_value(&mut self, node: Node<'_>) -> Expr {
        self.cur.b.push_scope();
        let children = named_children(node);
        for &child in &children {
            if is_item(child.kind_name()) {
                self.nested_item(child);
            }
        }
        let tail = tail_expression(&children).or_else(|| self.block_like_tail(&children));
        let mut value = null();
        for (index, &child) in children.iter().enumerate() {
            if is_item(child.kind_name()) {
                continue;
            }
            if Some(index) == tail {
                // `match`/`if` without `;` at the end is parsed as a statement.
                let child = if child.kind_name() == "expression_statement" {
                    named_children(child).into_iter().next().unwrap_or(child)
                } else {
                    child
                };
                // Spilled here, so a call in tail position keeps its own line.
                let tail_value = self.value(child);
                let tail_span = self.span(child);
                value = Expr::Use(self.spill(tail_value, tail_span));
            } else {
                self.stmt(child);
            }
        }
        self.cur.b.pop_scope();
        value
    }

    /// A block-like expression (`match`, `if`, a block) ending a block
    /// without a `;`: the grammar makes it a statement, but it is the
    /// block's value.
    fn block_like_tail(&self, children: &[Node<'_>]) -> Option<usize> {
        let index = children
            .iter()
            .rposition(|c| !matches!(c.kind_name(), "line_comment" | "block_comment"))?;
        let last = children[index];
        (last.kind_name() == "expression_statement" && !self.text(last).trim_end().ends_with(';'))
            .then_some(index)
    }

    /// Where a block's value is written: its last expression.
    pub(super) fn tail_span(&self, block: Node<'_>) -> Option<Span> {
        let children = named_children(block);
        tail_expression(&children)
            .or_else(|| self.block_like_tail(&children))
            .map(|index| self.span(children[index]))
    }

    pub(super) fn stmt(&mut self, node: Node<'_>) {
        if !self.descend() {
            let value = self.cut(node);
            let span = self.span(node);
            self.eval(value, span);
            return;
        }
        match node.kind_name() {
            "let_declaration" => self.let_declaration(node),
            "expression_statement" => {
                for child in named_children(node) {
                    let span = self.span(child);
                    let value = self.value(child);
                    self.eval(value, span);
                }
            }
            "empty_statement"
            | "line_comment"
            | "block_comment"
            | "attribute_item"
            | "inner_attribute_item" => {}
            "use_declaration" => self.use_declaration(node),
            kind if is_item(kind) => {}
            "ERROR" => {
                for child in named_children(node) {
                    if child.kind_name().ends_with("expression")
                        || child.kind_name() == "let_declaration"
                    {
                        self.stmt(child);
                    }
                }
            }
            _ => {
                let span = self.span(node);
                let value = self.value(node);
                self.eval(value, span);
            }
        }
        self.ascend();
    }

    /// `let pattern: T = value else { .. };`
    fn let_declaration(&mut self, node: Node<'_>) {
        let span = self.span(node);
        let ty = self
            .field(node, FieldName::Type)
            .and_then(|t| self.type_ref(t));
        let value = match self.field(node, FieldName::Value) {
            Some(value) => self.value(value),
            None => null(),
        };
        let Some(pattern) = self.field(node, FieldName::Pattern) else {
            self.eval(value, span);
            return;
        };
        if let Some(alternative) = self.field(node, FieldName::Alternative) {
            // let-else: the pattern's test; the else block diverges.
            let subject = self.spill(value, span);
            if let Some(test) = self.pattern_test(pattern, &subject) {
                let bind = self.new_block();
                let otherwise = self.new_block();
                self.branch(test, bind, otherwise);
                self.switch_to(otherwise);
                let diverged = self.block_value(alternative);
                let alternative_span = self.span(alternative);
                self.eval(diverged, alternative_span);
                if !self.cur.b.is_terminated() {
                    self.terminate_at(Terminator::Unreachable, alternative_span);
                }
                self.switch_to(bind);
            }
            self.bind_pattern(pattern, Expr::Use(subject), ty.as_ref(), span);
            return;
        }
        if self.field(node, FieldName::Value).is_none() {
            // `let x;`: declared, assigned later.
            if pattern.kind_name() == "identifier" {
                let name = self.name_of(pattern);
                self.cur.b.declare(name, ty);
            }
            return;
        }
        self.bind_pattern(pattern, value, ty.as_ref(), span);
    }

    // ---- if and match ------------------------------------------------------

    pub(super) fn if_expression(&mut self, node: Node<'_>) -> Expr {
        let span = self.span(node);
        let result = self.cur.b.temp();
        self.cur.b.push_scope();
        let then_block = self.new_block();
        let else_block = self.new_block();
        let join = self.new_block();
        match self.field(node, FieldName::Condition) {
            Some(condition) => self.condition(condition, then_block, else_block),
            None => self.goto(then_block),
        }
        self.switch_to(then_block);
        if let Some(consequence) = self.field(node, FieldName::Consequence) {
            let value = self.block_value(consequence);
            self.cur.b.assign(result, value, span);
        }
        self.goto(join);
        self.cur.b.pop_scope();
        self.switch_to(else_block);
        let alternative = self
            .field(node, FieldName::Alternative)
            .and_then(|a| named_children(a).into_iter().next());
        let value = match alternative {
            Some(alternative) if alternative.kind_name() == "block" => {
                self.block_value(alternative)
            }
            Some(alternative) => self.value(alternative),
            None => null(),
        };
        self.cur.b.assign(result, value, span);
        self.goto(join);
        self.switch_to(join);
        Expr::Use(Operand::Var(result))
    }

    /// `match subject { pattern if guard => value, .. }`: a chain of tests,
    /// each arm binding its pattern, then its guard, then its value.
    pub(super) fn match_expression(&mut self, node: Node<'_>) -> Expr {
        let span = self.span(node);
        let subject = match self.field(node, FieldName::Value) {
            Some(value) => self.operand(value),
            None => Operand::Const(Const::Null),
        };
        let result = self.cur.b.temp();
        let join = self.new_block();
        let arms: Vec<Node<'_>> = self
            .field(node, FieldName::Body)
            .map(named_children)
            .unwrap_or_default()
            .into_iter()
            .filter(|a| a.kind_name() == "match_arm")
            .collect();
        for arm in arms {
            let next = self.new_block();
            let matched = self.new_block();
            let arm_pattern = self.field(arm, FieldName::Pattern);
            let pattern = arm_pattern.and_then(|p| {
                named_children(p)
                    .into_iter()
                    .find(|c| Some(*c) != self.field(p, FieldName::Condition))
            });
            let guard = arm_pattern.and_then(|p| self.field(p, FieldName::Condition));
            match pattern.and_then(|p| self.pattern_test(p, &subject)) {
                Some(test) => self.branch(test, matched, next),
                None => self.goto(matched),
            }
            self.switch_to(matched);
            self.cur.b.push_scope();
            if let Some(pattern) = pattern {
                let pattern_span = self.span(pattern);
                self.bind_pattern(pattern, Expr::Use(subject.clone()), None, pattern_span);
            }
            if let Some(guard) = guard {
                let body = self.new_block();
                self.condition(guard, body, next);
                self.switch_to(body);
            }
            if let Some(value) = self.field(arm, FieldName::Value) {
                let arm_span = self.span(value);
                let arm_value = self.value(value);
                let arm_value = self.spill(arm_value, arm_span);
                self.cur.b.assign(result, Expr::Use(arm_value), span);
            }
            self.cur.b.pop_scope();
            self.goto(join);
            self.switch_to(next);
        }
        // No arm matched: impossible in checked code.
        self.terminate_at(Terminator::Unreachable, span);
        self.switch_to(join);
        Expr::Use(Operand::Var(result))
    }

    // ---- loops -------------------------------------------------------------

    fn loop_label(&self, node: Node<'_>) -> Option<plumb_text::Name> {
        named_children(node)
            .into_iter()
            .find(|c| c.kind_name() == "label")
            .map(|l| plumb_text::Name::new(self.text(l).trim_start_matches('\'')))
    }

    pub(super) fn loop_expression(&mut self, node: Node<'_>) -> Expr {
        let label = self.loop_label(node);
        let result = self.cur.b.temp();
        let header = self.new_block();
        let exit = self.new_block();
        self.goto(header);
        self.switch_to(header);
        self.cur.jumps.push(JumpTargets {
            label,
            continue_to: header,
            break_to: exit,
            value: Some(result),
        });
        if let Some(body) = self.field(node, FieldName::Body) {
            let value = self.block_value(body);
            let span = self.span(body);
            self.eval(value, span);
        }
        self.cur.jumps.pop();
        self.goto(header);
        self.switch_to(exit);
        Expr::Use(Operand::Var(result))
    }

    pub(super) fn while_expression(&mut self, node: Node<'_>) -> Expr {
        let label = self.loop_label(node);
        let header = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.goto(header);
        self.switch_to(header);
        self.cur.b.push_scope();
        match self.field(node, FieldName::Condition) {
            Some(condition) => self.condition(condition, body, exit),
            None => self.goto(body),
        }
        self.switch_to(body);
        self.cur.jumps.push(JumpTargets {
            label,
            continue_to: header,
            break_to: exit,
            value: None,
        });
        if let Some(block) = self.field(node, FieldName::Body) {
            let value = self.block_value(block);
            let span = self.span(block);
            self.eval(value, span);
        }
        self.cur.jumps.pop();
        self.cur.b.pop_scope();
        self.goto(header);
        self.switch_to(exit);
        null()
    }

    /// `for pattern in xs`: the pattern binds `Element(xs)` at the top of
    /// the body.
    pub(super) fn for_expression(&mut self, node: Node<'_>) -> Expr {
        let label = self.loop_label(node);
        let collection = match self.field(node, FieldName::Value) {
            Some(value) => self.operand(value),
            None => Operand::Const(Const::Null),
        };
        let header = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.goto(header);
        self.switch_to(header);
        let span = self.span(node);
        let more = self.cur.b.assign_temp(opaque("has_next", Vec::new()), span);
        self.branch(more, body, exit);
        self.switch_to(body);
        self.cur.b.push_scope();
        if let Some(pattern) = self.field(node, FieldName::Pattern) {
            let pattern_span = self.span(pattern);
            self.bind_pattern(
                pattern,
                Expr::Element(collection.clone()),
                None,
                pattern_span,
            );
        }
        self.cur.jumps.push(JumpTargets {
            label,
            continue_to: header,
            break_to: exit,
            value: None,
        });
        if let Some(block) = self.field(node, FieldName::Body) {
            let value = self.block_value(block);
            let block_span = self.span(block);
            self.eval(value, block_span);
        }
        self.cur.jumps.pop();
        self.cur.b.pop_scope();
        self.goto(header);
        self.switch_to(exit);
        null()
    }

    pub(super) fn jump(&mut self, node: Node<'_>) -> Expr {
        let is_break = node.kind_name() == "break_expression";
        let label = self.loop_label(node);
        let value_node = named_children(node)
            .into_iter()
            .find(|c| c.kind_name() != "label");
        let value = value_node.map(|v| self.operand(v));
        let target = self
            .cur
            .jumps
            .iter()
            .rev()
            .find(|jump| label.is_none() || jump.label == label)
            .copied();
        if let Some(target) = target {
            if let (Some(value), Some(slot)) = (value, target.value) {
                let span = self.span(node);
                self.cur.b.assign(slot, Expr::Use(value), span);
            }
            self.goto(if is_break {
                target.break_to
            } else {
                target.continue_to
            });
            self.dead_block();
        }
        null()
    }

    pub(super) fn return_expression(&mut self, node: Node<'_>) -> Expr {
        let span = self.span(node);
        let value = named_children(node)
            .into_iter()
            .next()
            .map(|v| self.operand(v));
        self.terminate_at(Terminator::Return(value), span);
        self.dead_block();
        null()
    }

    // ---- conditions --------------------------------------------------------

    /// Branches on a condition, splitting `&&`, `||` and `!` so each block
    /// tests one operand; `let pattern = value` tests the pattern and binds
    /// it on the way to `then`.
    pub(super) fn condition(
        &mut self,
        node: Node<'_>,
        then: plumb_ir::BlockId,
        otherwise: plumb_ir::BlockId,
    ) {
        if !self.descend() {
            let value = self.cut(node);
            let span = self.span(node);
            let cond = self.spill(value, span);
            self.branch(cond, then, otherwise);
            return;
        }
        match node.kind_name() {
            "parenthesized_expression" => match named_children(node).into_iter().next() {
                Some(inner) => self.condition(inner, then, otherwise),
                None => self.goto(then),
            },
            "unary_expression" if self.text(node).starts_with('!') => {
                match named_children(node).into_iter().next() {
                    Some(inner) => self.condition(inner, otherwise, then),
                    None => self.goto(then),
                }
            }
            "let_condition" => self.let_condition(node, then, otherwise),
            "let_chain" => {
                let parts = named_children(node);
                let count = parts.len();
                for (index, part) in parts.into_iter().enumerate() {
                    if index + 1 == count {
                        self.condition(part, then, otherwise);
                    } else {
                        let middle = self.new_block();
                        self.condition(part, middle, otherwise);
                        self.switch_to(middle);
                    }
                }
            }
            "binary_expression" => {
                let operator = self
                    .field(node, FieldName::Operator)
                    .map(|o| self.text(o).to_string())
                    .unwrap_or_default();
                let (left, right) = (
                    self.field(node, FieldName::Left),
                    self.field(node, FieldName::Right),
                );
                match (operator.as_str(), left, right) {
                    ("&&", Some(left), Some(right)) => {
                        let middle = self.new_block();
                        self.condition(left, middle, otherwise);
                        self.switch_to(middle);
                        self.condition(right, then, otherwise);
                    }
                    ("||", Some(left), Some(right)) => {
                        let middle = self.new_block();
                        self.condition(left, then, middle);
                        self.switch_to(middle);
                        self.condition(right, then, otherwise);
                    }
                    _ => {
                        let cond = self.operand(node);
                        self.branch(cond, then, otherwise);
                    }
                }
            }
            _ => {
                let cond = self.operand(node);
                self.branch(cond, then, otherwise);
            }
        }
        self.ascend();
    }

    fn let_condition(
        &mut self,
        node: Node<'_>,
        then: plumb_ir::BlockId,
        otherwise: plumb_ir::BlockId,
    ) {
        let span = self.span(node);
        let subject = match self.field(node, FieldName::Value) {
            Some(value) => self.operand(value),
            None => Operand::Const(Const::Null),
        };
        let Some(pattern) = self.field(node, FieldName::Pattern) else {
            self.goto(then);
            return;
        };
        let bind = self.new_block();
        match self.pattern_test(pattern, &subject) {
            Some(test) => self.branch(test, bind, otherwise),
            None => self.goto(bind),
        }
        self.switch_to(bind);
        self.bind_pattern(pattern, Expr::Use(subject), None, span);
        self.goto(then);
    }
}

fn is_item(kind: &str) -> bool {
    matches!(
        kind,
        "function_item"
            | "const_item"
            | "static_item"
            | "struct_item"
            | "enum_item"
            | "impl_item"
            | "trait_item"
            | "mod_item"
            | "type_item"
            | "macro_definition"
            | "union_item"
    )
}

/// The index of a block's value: its last child when that is an
/// expression, not a statement, item or comment.
fn tail_expression(children: &[Node<'_>]) -> Option<usize> {
    let index = children
        .iter()
        .rposition(|c| !matches!(c.kind_name(), "line_comment" | "block_comment"))?;
    let kind = children[index].kind_name();
    let statement = matches!(
        kind,
        "let_declaration"
            | "expression_statement"
            | "empty_statement"
            | "use_declaration"
            | "attribute_item"
            | "inner_attribute_item"
    ) || is_item(kind);
    (!statement).then_some(index)
}
