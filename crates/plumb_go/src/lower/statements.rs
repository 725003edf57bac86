//! Statements and control flow: each statement appends to the current
//! block; compound statements build the CFG shapes of docs/ir.md.

use plumb_ir::{BinOp, Const, Expr, InstrKind, Operand, Terminator};
use tree_sitter::Node;

use super::{named_children, opaque, JumpTargets, Lowerer};
use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use crate::span_of;

type StmtFn<'s> = for<'a, 't> fn(&'a mut Lowerer<'s>, Node<'t>);

impl<'s> Lowerer<'s> {
    pub(super) fn stmt(&mut self, node: Node<'_>) {
        if !self.descend() {
            let value = self.cut(node);
            self.eval(value, span_of(node));
            return;
        }
        self.stmt_inner(node);
        self.ascend();
    }

    /// Dispatches through a function pointer to keep this frame, paid for
    /// at every nesting level, small in unoptimised builds.
    fn stmt_inner(&mut self, node: Node<'_>) {
        let lower: StmtFn<'s> = match node.kind_name() {
            "expression_statement" => Self::expression_statement,
            "short_var_declaration" => Self::short_var_declaration,
            "assignment_statement" => Self::assignment_statement,
            "inc_statement" | "dec_statement" => Self::inc_dec,
            "var_declaration" | "const_declaration" => Self::var_declaration,
            "type_declaration" => Self::type_declaration,
            "block" => Self::scoped_block,
            "statement_list" => Self::statement_list,
            "if_statement" => Self::if_statement,
            "for_statement" => Self::for_statement,
            "expression_switch_statement" => Self::expression_switch,
            "type_switch_statement" => Self::type_switch,
            "select_statement" => Self::select_statement,
            "return_statement" => Self::return_statement,
            "break_statement" | "continue_statement" => Self::jump,
            "labeled_statement" => Self::labeled_statement,
            "defer_statement" | "go_statement" => Self::deferred_call,
            "send_statement" => Self::send_statement,
            "receive_statement" => Self::receive_statement,
            "empty_statement" | "comment" | "fallthrough_statement" => return,
            "function_declaration" | "method_declaration" | "import_declaration" => return,
            "ERROR" => Self::salvage,
            _ => Self::other_statement,
        };
        lower(self, node);
    }

    /// A function body: its scope is the parameters'.
    pub(super) fn block(&mut self, node: Node<'_>) {
        for child in named_children(node) {
            self.stmt(child);
        }
    }

    fn scoped_block(&mut self, node: Node<'_>) {
        self.cur.b.push_scope();
        self.block(node);
        self.cur.b.pop_scope();
    }

    fn statement_list(&mut self, node: Node<'_>) {
        for child in named_children(node) {
            self.stmt(child);
        }
    }

    /// Already recorded as a syntax error; salvage what is inside.
    fn salvage(&mut self, node: Node<'_>) {
        for child in named_children(node) {
            if child.kind_name().ends_with("statement")
                || child.kind_name().ends_with("declaration")
                || child.kind_name() == "call_expression"
            {
                self.stmt(child);
            }
        }
    }

    fn other_statement(&mut self, node: Node<'_>) {
        if !node.is_error() {
            self.unlowered(node.kind_name());
        }
        let mut operands = Vec::new();
        for child in named_children(node) {
            if let Some(operand) = self.maybe_operand(child) {
                operands.push(operand);
            }
        }
        let kind = node.kind_name();
        self.eval(opaque(kind, operands), span_of(node));
    }

    fn expression_statement(&mut self, node: Node<'_>) {
        for child in named_children(node) {
            let span = span_of(child);
            let value = self.value(child);
            self.eval(value, span);
        }
    }

    fn deferred_call(&mut self, node: Node<'_>) {
        self.expression_statement(node);
    }

    /// `ch <- v`: the channel is opaque; the value is evaluated.
    fn send_statement(&mut self, node: Node<'_>) {
        let mut operands = Vec::new();
        for child in named_children(node) {
            operands.push(self.operand(child));
        }
        self.eval(opaque("send", operands), span_of(node));
    }

    fn receive_statement(&mut self, node: Node<'_>) {
        let span = span_of(node);
        // The right side is the receive itself (`<-ch`).
        let value = match self.field(node, FieldName::Right) {
            Some(right) => self.value(right),
            None => opaque("receive", Vec::new()),
        };
        let Some(left) = self.field(node, FieldName::Left) else {
            self.eval(value, span);
            return;
        };
        let declares = self.text(node).contains(":=");
        let targets = named_children(left);
        let values = self.spread_values(value, targets.len(), span);
        for (target, value) in targets.into_iter().zip(values) {
            if declares && target.kind_name() == "identifier" {
                let name = self.name_of(target);
                self.declare_var(name, None, value, span);
            } else {
                self.store_to(target, value, span);
            }
        }
    }

    // ---- assignments -------------------------------------------------------

    fn short_var_declaration(&mut self, node: Node<'_>) {
        let span = span_of(node);
        let targets = self
            .field(node, FieldName::Left)
            .map(named_children)
            .unwrap_or_default();
        let values = self
            .field(node, FieldName::Right)
            .map(named_children)
            .unwrap_or_default();
        let lowered = self.value_list(&values, targets.len());
        for (target, value) in targets.into_iter().zip(lowered) {
            let name = self.name_of(target);
            self.declare_var(name, None, value, span);
        }
    }

    fn assignment_statement(&mut self, node: Node<'_>) {
        let span = span_of(node);
        let targets = self
            .field(node, FieldName::Left)
            .map(named_children)
            .unwrap_or_default();
        let values = self
            .field(node, FieldName::Right)
            .map(named_children)
            .unwrap_or_default();
        let operator = self
            .field(node, FieldName::Operator)
            .map_or("=", |o| self.text(o));
        if operator != "=" {
            // `x op= v`: one target, one value.
            let (Some(&target), Some(&value)) = (targets.first(), values.first()) else {
                return;
            };
            let current = self.operand(target);
            let right = self.operand(value);
            let op = binary_op(operator.trim_end_matches('='));
            let combined = match op {
                Some(BinOp::Add) if self.is_text(value) => Expr::Concat(vec![current, right]),
                Some(op) => Expr::Binary(op, current, right),
                None => opaque("assignment", vec![current, right]),
            };
            self.store_to(target, combined, span);
            return;
        }
        let lowered = self.value_list(&values, targets.len());
        // All values are evaluated before any is stored (`a, b = b, a`).
        let lowered: Vec<Expr> = if lowered.len() > 1 {
            lowered
                .into_iter()
                .map(|v| Expr::Use(self.spill(v, span)))
                .collect()
        } else {
            lowered
        };
        for (target, value) in targets.into_iter().zip(lowered) {
            self.store_to(target, value, span);
        }
    }

    /// Stores `value` into an assignable expression.
    pub(super) fn store_to(&mut self, target: Node<'_>, value: Expr, span: plumb_text::Span) {
        match target.kind_name() {
            "identifier" => {
                let name = self.name_of(target);
                self.write_name(name, value, span);
            }
            "blank_identifier" => self.eval(value, span),
            "parenthesized_expression" => match named_children(target).into_iter().next() {
                Some(inner) => self.store_to(inner, value, span),
                None => self.eval(value, span),
            },
            // `*p = v`: pointers are transparent.
            "unary_expression" => match self.field(target, FieldName::Operand) {
                Some(inner) => self.store_to(inner, value, span),
                None => self.eval(value, span),
            },
            "selector_expression" => {
                let (Some(operand), Some(field)) = (
                    self.field(target, FieldName::Operand),
                    self.field(target, FieldName::Field),
                ) else {
                    return;
                };
                let obj = self.operand(operand);
                let value = self.spill(value, span);
                let field = self.name_of(field);
                self.push(InstrKind::StoreField { obj, field, value }, span);
            }
            "index_expression" => {
                let (Some(operand), Some(index)) = (
                    self.field(target, FieldName::Operand),
                    self.field(target, FieldName::Index),
                ) else {
                    return;
                };
                let obj = self.operand(operand);
                let index = self.operand(index);
                let value = self.spill(value, span);
                self.push(InstrKind::StoreIndex { obj, index, value }, span);
            }
            _ => {
                self.unlowered(target.kind_name());
                self.eval(value, span);
            }
        }
    }

    fn inc_dec(&mut self, node: Node<'_>) {
        let Some(target) = named_children(node).into_iter().next() else {
            return;
        };
        let op = if node.kind_name() == "inc_statement" {
            BinOp::Add
        } else {
            BinOp::Sub
        };
        let current = self.operand(target);
        self.store_to(
            target,
            Expr::Binary(op, current, Operand::Const(Const::Int(1))),
            span_of(node),
        );
    }

    // ---- control flow ------------------------------------------------------

    fn if_statement(&mut self, node: Node<'_>) {
        self.cur.b.push_scope();
        if let Some(init) = self.field(node, FieldName::Initializer) {
            self.stmt(init);
        }
        let then_block = self.new_block();
        let else_block = self.new_block();
        let join = self.new_block();
        match self.field(node, FieldName::Condition) {
            Some(condition) => self.condition(condition, then_block, else_block),
            None => self.goto(then_block),
        }
        self.switch_to(then_block);
        if let Some(consequence) = self.field(node, FieldName::Consequence) {
            self.stmt(consequence);
        }
        self.goto(join);
        self.switch_to(else_block);
        if let Some(alternative) = self.field(node, FieldName::Alternative) {
            self.stmt(alternative);
        }
        self.goto(join);
        self.switch_to(join);
        self.cur.b.pop_scope();
    }

    fn for_statement(&mut self, node: Node<'_>) {
        self.cur.b.push_scope();
        let label = self.cur.pending_label.take();
        let header = self.new_block();
        let body = self.new_block();
        let update = self.new_block();
        let exit = self.new_block();
        let clause = named_children(node)
            .into_iter()
            .find(|c| Some(*c) != self.field(node, FieldName::Body));
        let mut range = None;
        let mut post = None;
        match clause {
            Some(clause) if clause.kind_name() == "for_clause" => {
                if let Some(init) = self.field(clause, FieldName::Initializer) {
                    self.stmt(init);
                }
                self.goto(header);
                self.switch_to(header);
                match self.field(clause, FieldName::Condition) {
                    Some(condition) => self.condition(condition, body, exit),
                    None => self.goto(body),
                }
                post = self.field(clause, FieldName::Update);
            }
            Some(clause) if clause.kind_name() == "range_clause" => {
                let right = self.field(clause, FieldName::Right);
                let literal_sequence = right.is_some_and(is_sequence_literal);
                let collection = right
                    .map(|r| self.operand(r))
                    .unwrap_or(Operand::Const(Const::Null));
                self.goto(header);
                self.switch_to(header);
                let more = self.cur.b.assign_temp(
                    opaque("has_next", vec![collection.clone()]),
                    span_of(clause),
                );
                self.branch(more, body, exit);
                range = Some((clause, collection, literal_sequence));
            }
            Some(condition) => {
                self.goto(header);
                self.switch_to(header);
                self.condition(condition, body, exit);
            }
            None => {
                self.goto(header);
                self.switch_to(header);
                self.goto(body);
            }
        }
        self.switch_to(body);
        self.cur.b.push_scope();
        if let Some((clause, collection, literal_sequence)) = range {
            self.range_bindings(clause, collection, literal_sequence);
        }
        self.cur.jumps.push(JumpTargets {
            label,
            continue_to: Some(update),
            break_to: exit,
        });
        if let Some(block) = self.field(node, FieldName::Body) {
            self.block(block);
        }
        self.cur.jumps.pop();
        self.cur.b.pop_scope();
        self.goto(update);
        self.switch_to(update);
        if let Some(post) = post {
            self.stmt(post);
        }
        self.goto(header);
        self.switch_to(exit);
        self.cur.b.pop_scope();
    }

    /// `for k, v := range xs`: `v` is an element; `k` is an index (a
    /// number) for slices, arrays and strings and a key for maps, so it
    /// keeps the collection's data unless the collection is a sequence.
    fn range_bindings(&mut self, clause: Node<'_>, collection: Operand, literal_sequence: bool) {
        let span = span_of(clause);
        let Some(left) = self.field(clause, FieldName::Left) else {
            return;
        };
        let targets = named_children(left);
        let declares = self.text(clause).contains(":=");
        let sequence = literal_sequence || self.is_sequence(&collection);
        for (position, target) in targets.into_iter().enumerate() {
            let value = if position == 0 {
                if sequence {
                    Expr::Cast(
                        plumb_ir::TypeRef::simple("int"),
                        Operand::Const(Const::Int(0)),
                    )
                } else {
                    opaque("range_key", vec![collection.clone()])
                }
            } else {
                Expr::Element(collection.clone())
            };
            if declares && target.kind_name() == "identifier" {
                let name = self.name_of(target);
                self.declare_var(name, None, value, span);
            } else {
                self.store_to(target, value, span);
            }
        }
    }

    /// Whether a local is declared as a slice, array or string.
    fn is_sequence(&self, operand: &Operand) -> bool {
        let Operand::Var(var) = operand else {
            return false;
        };
        self.cur
            .b
            .function()
            .locals
            .get(var.0 as usize)
            .and_then(|l| l.ty.as_ref())
            .is_some_and(|ty| ty.array_dims > 0 || ty.name.as_str() == "string")
    }

    fn expression_switch(&mut self, node: Node<'_>) {
        self.cur.b.push_scope();
        if let Some(init) = self.field(node, FieldName::Initializer) {
            self.stmt(init);
        }
        let subject = self.field(node, FieldName::Value).map(|v| self.operand(v));
        let cases: Vec<Node<'_>> = named_children(node)
            .into_iter()
            .filter(|c| matches!(c.kind_name(), "expression_case" | "default_case"))
            .collect();
        self.switch_cases(&cases, |this, case, matched, next| {
            let values = this
                .field(case, FieldName::Value)
                .map(named_children)
                .unwrap_or_default();
            for value in values {
                let test_next = this.new_block();
                match &subject {
                    Some(subject) => {
                        let right = this.operand(value);
                        let test = this.cur.b.assign_temp(
                            Expr::Binary(BinOp::Eq, subject.clone(), right),
                            span_of(value),
                        );
                        this.branch(test, matched, test_next);
                    }
                    None => this.condition(value, matched, test_next),
                }
                this.switch_to(test_next);
            }
            this.goto(next);
        });
        self.cur.b.pop_scope();
    }

    /// `switch v := x.(type)`: each case binds `v` as `x` converted to the
    /// case's type (when it names one).
    fn type_switch(&mut self, node: Node<'_>) {
        self.cur.b.push_scope();
        if let Some(init) = self.field(node, FieldName::Initializer) {
            self.stmt(init);
        }
        let subject = self
            .field(node, FieldName::Value)
            .map(|v| self.operand(v))
            .unwrap_or(Operand::Const(Const::Null));
        let cases: Vec<Node<'_>> = named_children(node)
            .into_iter()
            .filter(|c| matches!(c.kind_name(), "type_case" | "default_case"))
            .collect();
        self.switch_cases(&cases, |this, case, matched, next| {
            let types: Vec<Node<'_>> = plumb_syntax::field_children(case, FieldName::Type.id());
            for ty in types {
                let test_next = this.new_block();
                let test = match this.type_ref(ty) {
                    Some(ty) => this
                        .cur
                        .b
                        .assign_temp(Expr::InstanceOf(subject.clone(), ty), span_of(case)),
                    None => this
                        .cur
                        .b
                        .assign_temp(opaque("type_case", Vec::new()), span_of(case)),
                };
                this.branch(test, matched, test_next);
                this.switch_to(test_next);
            }
            this.goto(next);
        });
        self.cur.b.pop_scope();
    }

    /// The shape shared by switches and select: a chain of tests, each case
    /// body after its test, `default` taken when no test matches,
    /// `fallthrough` into the next body.
    fn switch_cases<'t>(
        &mut self,
        cases: &[Node<'t>],
        mut test: impl FnMut(&mut Self, Node<'t>, plumb_ir::BlockId, plumb_ir::BlockId),
    ) {
        let label = self.cur.pending_label.take();
        let exit = self.new_block();
        let bodies: Vec<plumb_ir::BlockId> = cases.iter().map(|_| self.new_block()).collect();
        let default = cases.iter().position(|c| c.kind_name() == "default_case");
        for (index, case) in cases.iter().enumerate() {
            if Some(index) == default {
                continue;
            }
            let next = self.new_block();
            test(self, *case, bodies[index], next);
            self.switch_to(next);
        }
        match default {
            Some(index) => self.goto(bodies[index]),
            None => self.goto(exit),
        }
        self.cur.jumps.push(JumpTargets {
            label,
            continue_to: None,
            break_to: exit,
        });
        for (index, case) in cases.iter().enumerate() {
            self.switch_to(bodies[index]);
            self.cur.b.push_scope();
            self.case_binding(*case);
            let mut falls_through = false;
            for child in named_children(*case) {
                if child.kind_name() == "statement_list" {
                    for statement in named_children(child) {
                        falls_through = statement.kind_name() == "fallthrough_statement";
                        self.stmt(statement);
                    }
                } else if child.kind_name().ends_with("statement") {
                    falls_through = child.kind_name() == "fallthrough_statement";
                    self.stmt(child);
                }
            }
            self.cur.b.pop_scope();
            match bodies.get(index + 1) {
                Some(&next) if falls_through => self.goto(next),
                _ => self.goto(exit),
            }
        }
        self.cur.jumps.pop();
        self.switch_to(exit);
    }

    /// The alias of a type switch, bound in each case.
    fn case_binding(&mut self, case: Node<'_>) {
        let Some(switch) = case.parent() else {
            return;
        };
        if switch.kind_name() != "type_switch_statement" {
            return;
        }
        let Some(alias) = self
            .field(switch, FieldName::Alias)
            .and_then(|a| named_children(a).into_iter().next())
        else {
            return;
        };
        let Some(subject) = self.field(switch, FieldName::Value) else {
            return;
        };
        let name = self.name_of(alias);
        let subject = self.operand(subject);
        let types = plumb_syntax::field_children(case, FieldName::Type.id());
        let value = match types.as_slice() {
            [single] => match self.type_ref(*single) {
                Some(ty) => Expr::Cast(ty, subject),
                None => Expr::Use(subject),
            },
            _ => Expr::Use(subject),
        };
        self.declare_var(name, None, value, span_of(case));
    }

    /// `select`: which case runs is unknown; each communication is lowered
    /// at the start of its body.
    fn select_statement(&mut self, node: Node<'_>) {
        let cases: Vec<Node<'_>> = named_children(node)
            .into_iter()
            .filter(|c| matches!(c.kind_name(), "communication_case" | "default_case"))
            .collect();
        self.switch_cases(&cases, |this, case, matched, next| {
            let test = this
                .cur
                .b
                .assign_temp(opaque("select", Vec::new()), span_of(case));
            this.branch(test, matched, next);
        });
    }

    fn return_statement(&mut self, node: Node<'_>) {
        let span = span_of(node);
        let values = named_children(node)
            .into_iter()
            .find(|c| c.kind_name() == "expression_list")
            .map(named_children)
            .unwrap_or_else(|| {
                named_children(node)
                    .into_iter()
                    .filter(|c| c.kind_name() != "comment")
                    .collect()
            });
        // The first value is the call's value (docs/ir.md); the others are
        // still evaluated for their effects.
        let mut first = None;
        for (position, value) in values.into_iter().enumerate() {
            let operand = self.operand(value);
            if position == 0 {
                first = Some(operand);
            }
        }
        if first.is_none() {
            first = self.cur.named_results.first().map(|v| Operand::Var(*v));
        }
        self.terminate_at(Terminator::Return(first), span);
        let after = self.new_block();
        self.switch_to(after);
    }

    fn jump(&mut self, node: Node<'_>) {
        let label = named_children(node)
            .into_iter()
            .find(|c| c.kind_name() == "label_name")
            .map(|l| self.name_of(l));
        let is_break = node.kind_name() == "break_statement";
        let target = self.cur.jumps.iter().rev().find_map(|jump| {
            if label.is_some() && jump.label != label {
                return None;
            }
            if is_break {
                Some(jump.break_to)
            } else {
                jump.continue_to
            }
        });
        if let Some(target) = target {
            self.goto(target);
            let after = self.new_block();
            self.switch_to(after);
        }
    }

    fn labeled_statement(&mut self, node: Node<'_>) {
        let label = self.field(node, FieldName::Label).map(|l| self.name_of(l));
        for child in named_children(node) {
            if child.kind_name() == "label_name" {
                continue;
            }
            self.cur.pending_label = label;
            self.stmt(child);
        }
        self.cur.pending_label = None;
    }

    // ---- conditions --------------------------------------------------------

    /// Branches on a condition, splitting `&&`, `||` and `!` so each block
    /// tests one operand.
    pub(super) fn condition(
        &mut self,
        node: Node<'_>,
        then: plumb_ir::BlockId,
        otherwise: plumb_ir::BlockId,
    ) {
        if !self.descend() {
            let value = self.cut(node);
            let cond = self.spill(value, span_of(node));
            self.branch(cond, then, otherwise);
            return;
        }
        match node.kind_name() {
            "parenthesized_expression" => match named_children(node).into_iter().next() {
                Some(inner) => self.condition(inner, then, otherwise),
                None => self.goto(then),
            },
            "unary_expression"
                if self
                    .field(node, FieldName::Operator)
                    .is_some_and(|o| self.text(o) == "!") =>
            {
                match self.field(node, FieldName::Operand) {
                    Some(inner) => self.condition(inner, otherwise, then),
                    None => self.goto(then),
                }
            }
            "binary_expression" => {
                let operator = self
                    .field(node, FieldName::Operator)
                    .map_or("", |o| self.text(o));
                let (left, right) = (
                    self.field(node, FieldName::Left),
                    self.field(node, FieldName::Right),
                );
                match (operator, left, right) {
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
}

/// A slice or array literal, or a string literal: ranged by index.
fn is_sequence_literal(node: Node<'_>) -> bool {
    match node.kind_name() {
        "interpreted_string_literal" | "raw_string_literal" => true,
        "composite_literal" => node.field(FieldName::Type).is_some_and(|t| {
            matches!(
                t.kind_name(),
                "slice_type" | "array_type" | "implicit_length_array_type"
            )
        }),
        _ => false,
    }
}

pub(super) fn binary_op(operator: &str) -> Option<BinOp> {
    Some(match operator {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mul,
        "/" => BinOp::Div,
        "%" => BinOp::Mod,
        "&" | "&^" => BinOp::BitAnd,
        "|" => BinOp::BitOr,
        "^" => BinOp::BitXor,
        "<<" => BinOp::Shl,
        ">>" => BinOp::Shr,
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
