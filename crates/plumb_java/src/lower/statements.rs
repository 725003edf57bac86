//! Statements: control flow becomes blocks and terminators.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{BinOp, BlockId, Call, Callee, Const, Expr, InstrKind, Operand, Terminator, VarId};
use plumb_text::Name;
use tree_sitter::Node;

use super::{Jump, Lowerer};
use crate::types::{field_children, is_type_kind, literal_const, named_children, span, type_ref};

/// A `case` label, classified.
enum Label<'t> {
    Const(Const),
    Default,
    /// A pattern, a guard, or a non-constant expression.
    Test(Node<'t>),
}

impl<'a> Lowerer<'a, '_> {
    pub fn lower_stmt(&mut self, node: Node) {
        self.lower_stmt_guarded(node, None);
    }

    fn lower_stmt_guarded(&mut self, node: Node, label: Option<Name>) {
        if self.too_deep() {
            self.count_unlowered("depth_limit");
            let expr = self.opaque("depth_limit", Vec::new());
            self.b().push(InstrKind::Eval(expr), span(node));
            return;
        }
        self.depth += 1;
        self.lower_stmt_labeled(node, label);
        self.depth -= 1;
    }

    fn lower_stmt_labeled(&mut self, node: Node, label: Option<Name>) {
        if node.is_error() || node.is_missing() {
            return;
        }
        let is_loop_or_switch = matches!(
            node.kind_name(),
            "while_statement"
                | "do_statement"
                | "for_statement"
                | "enhanced_for_statement"
                | "switch_expression"
        );
        if label.is_some() && !is_loop_or_switch {
            return self.lower_labeled_other(node, label);
        }
        match node.kind_name() {
            "block" => self.lower_block(node),
            "local_variable_declaration" => self.lower_local_declaration(node),
            "expression_statement" => {
                if let Some(expr) = named_children(node).first() {
                    self.lower_expr_stmt(*expr);
                }
            }
            "if_statement" => self.lower_if(node),
            "while_statement" => self.lower_while(node, label),
            "do_statement" => self.lower_do(node, label),
            "for_statement" => self.lower_for(node, label),
            "enhanced_for_statement" => self.lower_enhanced_for(node, label),
            "labeled_statement" => {
                let children = named_children(node);
                let name = children
                    .iter()
                    .find(|n| n.kind_name() == "identifier")
                    .map(|n| self.node_name(*n));
                if let Some(body) = children
                    .iter()
                    .rev()
                    .find(|n| n.kind_name() != "identifier")
                {
                    self.lower_stmt_guarded(*body, name);
                }
            }
            "break_statement" => self.lower_break(node),
            "continue_statement" => self.lower_continue(node),
            "return_statement" => {
                let value = named_children(node)
                    .first()
                    .map(|expr| self.lower_expr(*expr));
                self.b().terminate_at(Terminator::Return(value), span(node));
            }
            "throw_statement" => {
                let value = named_children(node)
                    .first()
                    .map(|expr| self.lower_expr(*expr));
                self.b().terminate_at(Terminator::Throw(value), span(node));
            }
            "yield_statement" => self.lower_yield(node),
            "switch_expression" => {
                self.lower_switch(node, false, label);
            }
            "try_statement" | "try_with_resources_statement" => self.lower_try(node),
            "synchronized_statement" => {
                for child in named_children(node) {
                    if child.kind_name() == "block" {
                        self.lower_block(child);
                    } else {
                        self.lower_expr_stmt(child);
                    }
                }
            }
            "assert_statement" => {
                let operands = named_children(node)
                    .into_iter()
                    .map(|expr| self.lower_expr(expr))
                    .collect();
                let expr = self.opaque("assert", operands);
                self.b().push(InstrKind::Eval(expr), span(node));
            }
            "explicit_constructor_invocation" => self.lower_constructor_invocation(node),
            "class_declaration"
            | "interface_declaration"
            | "enum_declaration"
            | "record_declaration"
            | "annotation_type_declaration" => {
                self.lower_class(node);
            }
            "method_declaration" => self.lower_free_method(node),
            ";" | "empty_statement" | "line_comment" | "block_comment" => {}
            "ERROR" => {}
            kind if is_expression_kind(kind) => self.lower_expr_stmt(node),
            other => {
                self.count_unlowered(other);
                let operands = named_children(node)
                    .into_iter()
                    .map(|child| self.lower_expr(child))
                    .collect();
                let expr = self.opaque(other, operands);
                self.b().push(InstrKind::Eval(expr), span(node));
            }
        }
    }

    pub fn lower_block(&mut self, node: Node) {
        self.f().push_scope();
        for statement in named_children(node) {
            self.lower_stmt(statement);
        }
        self.f().pop_scope();
    }

    /// An expression whose value is unused: calls become `Eval`.
    pub fn lower_expr_stmt(&mut self, node: Node) {
        let value = self.lower_val(node);
        match value {
            super::expressions::Val::Op(_) => {}
            super::expressions::Val::Expr(expr, span) => self.b().push(InstrKind::Eval(expr), span),
            super::expressions::Val::Concat(parts, span) => {
                self.b().push(InstrKind::Eval(Expr::Concat(parts)), span)
            }
        }
    }

    fn lower_local_declaration(&mut self, node: Node) {
        let ty_node = node.field(FieldName::Type);
        let inferred = ty_node.is_none_or(|ty| self.src.text(ty) == "var");
        for declarator in field_children(node, FieldName::Declarator) {
            let Some(name_node) = declarator.field(FieldName::Name) else {
                continue;
            };
            let name = self.node_name(name_node);
            let dims = declarator
                .field(FieldName::Dimensions)
                .map_or(0, |d| crate::types::count_dims(self.src.text(d)));
            let ty = match ty_node {
                Some(ty) if !inferred => Some(type_ref(ty, self.src, dims)),
                _ => None,
            };
            // The initialiser is evaluated before the name is in scope, so
            // `String q = q;` reads the field.
            let value = declarator
                .field(FieldName::Value)
                .map(|value| (self.lower_val(value), span(value)));
            let var = self.f().declare(name, ty);
            if let Some((value, value_span)) = value {
                let (expr, expr_span) = value.into_expr();
                self.b().assign(var, expr, expr_span.unwrap_or(value_span));
            }
        }
    }

    /// Branches on `node` to `then` or `otherwise`, splitting `&&`, `||`
    /// and `!` into nested branches so each block tests one operand.
    pub fn lower_cond(&mut self, node: Node, then: BlockId, otherwise: BlockId) {
        let node = super::expressions::strip_parens(node);
        if self.too_deep() {
            let cond = self.lower_expr(node);
            self.b().terminate(Terminator::Branch {
                cond,
                then,
                otherwise,
            });
            return;
        }
        self.depth += 1;
        let operator = node.field(FieldName::Operator).map(|op| op.kind_name());
        match (node.kind_name(), operator) {
            ("binary_expression", Some(op @ ("&&" | "||"))) => {
                let left = node.field(FieldName::Left);
                let right = node.field(FieldName::Right);
                if let (Some(left), Some(right)) = (left, right) {
                    let middle = self.b().new_block();
                    if op == "&&" {
                        self.lower_cond(left, middle, otherwise);
                    } else {
                        self.lower_cond(left, then, middle);
                    }
                    self.b().switch_to(middle);
                    self.lower_cond(right, then, otherwise);
                } else {
                    let cond = self.lower_expr(node);
                    self.b().terminate(Terminator::Branch {
                        cond,
                        then,
                        otherwise,
                    });
                }
            }
            ("unary_expression", Some("!")) => match node.field(FieldName::Operand) {
                Some(operand) => self.lower_cond(operand, otherwise, then),
                None => {
                    let cond = self.lower_expr(node);
                    self.b().terminate(Terminator::Branch {
                        cond,
                        then,
                        otherwise,
                    });
                }
            },
            _ => {
                let cond = self.lower_expr(node);
                self.b().terminate(Terminator::Branch {
                    cond,
                    then,
                    otherwise,
                });
            }
        }
        self.depth -= 1;
    }

    /// `if`/`else if`/`else`. Else-if chains are walked iteratively: a
    /// generated chain of thousands of branches is flat, not deep.
    fn lower_if(&mut self, node: Node) {
        let join = self.b().new_block();
        let mut current = node;
        loop {
            let then = self.b().new_block();
            let alternative = current.field(FieldName::Alternative);
            let otherwise = match alternative {
                Some(_) => self.b().new_block(),
                None => join,
            };
            match current.field(FieldName::Condition) {
                Some(cond) => self.lower_cond(cond, then, otherwise),
                None => self.b().goto(then),
            }
            self.b().switch_to(then);
            if let Some(consequence) = current.field(FieldName::Consequence) {
                self.lower_scoped_stmt(consequence);
            }
            self.b().goto(join);
            let Some(alternative) = alternative else {
                break;
            };
            self.b().switch_to(otherwise);
            if alternative.kind_name() == "if_statement" {
                current = alternative;
                continue;
            }
            self.lower_scoped_stmt(alternative);
            self.b().goto(join);
            break;
        }
        self.b().switch_to(join);
    }

    /// A statement that is its own scope (loop or branch body).
    fn lower_scoped_stmt(&mut self, node: Node) {
        self.f().push_scope();
        self.lower_stmt(node);
        self.f().pop_scope();
    }

    /// A labeled statement that is not a loop: `break label` leaves it.
    fn lower_labeled_other(&mut self, node: Node, label: Option<Name>) {
        let exit = self.b().new_block();
        self.f().jumps.push(Jump {
            label,
            takes_plain_break: false,
            break_to: exit,
            continue_to: None,
            yield_to: None,
        });
        self.lower_stmt_labeled(node, None);
        self.f().jumps.pop();
        self.b().goto(exit);
        self.b().switch_to(exit);
    }

    fn loop_body(&mut self, body: Option<Node>, label: Option<Name>, exit: BlockId, next: BlockId) {
        self.f().jumps.push(Jump {
            label,
            takes_plain_break: true,
            break_to: exit,
            continue_to: Some(next),
            yield_to: None,
        });
        if let Some(body) = body {
            self.lower_scoped_stmt(body);
        }
        self.f().jumps.pop();
        self.b().goto(next);
    }

    fn lower_while(&mut self, node: Node, label: Option<Name>) {
        let header = self.b().new_block();
        let body = self.b().new_block();
        let exit = self.b().new_block();
        self.b().goto(header);
        self.b().switch_to(header);
        match node.field(FieldName::Condition) {
            Some(cond) => self.lower_cond(cond, body, exit),
            None => self.b().goto(body),
        }
        self.b().switch_to(body);
        self.loop_body(node.field(FieldName::Body), label, exit, header);
        self.b().switch_to(exit);
    }

    fn lower_do(&mut self, node: Node, label: Option<Name>) {
        let body = self.b().new_block();
        let test = self.b().new_block();
        let exit = self.b().new_block();
        self.b().goto(body);
        self.b().switch_to(body);
        self.loop_body(node.field(FieldName::Body), label, exit, test);
        self.b().switch_to(test);
        match node.field(FieldName::Condition) {
            Some(cond) => self.lower_cond(cond, body, exit),
            None => self.b().goto(exit),
        }
        self.b().switch_to(exit);
    }

    fn lower_for(&mut self, node: Node, label: Option<Name>) {
        self.f().push_scope();
        for init in field_children(node, FieldName::Init) {
            if init.kind_name() == "local_variable_declaration" {
                self.lower_local_declaration(init);
            } else {
                self.lower_expr_stmt(init);
            }
        }
        let header = self.b().new_block();
        let body = self.b().new_block();
        let update = self.b().new_block();
        let exit = self.b().new_block();
        self.b().goto(header);
        self.b().switch_to(header);
        match node.field(FieldName::Condition) {
            Some(cond) => self.lower_cond(cond, body, exit),
            None => self.b().goto(body),
        }
        self.b().switch_to(body);
        self.loop_body(node.field(FieldName::Body), label, exit, update);
        self.b().switch_to(update);
        for step in field_children(node, FieldName::Update) {
            self.lower_expr_stmt(step);
        }
        self.b().goto(header);
        self.b().switch_to(exit);
        self.f().pop_scope();
    }

    /// `for (T x : xs)`: the header tests `has_next(xs)`, the body starts
    /// with `x = Element(xs)`.
    fn lower_enhanced_for(&mut self, node: Node, label: Option<Name>) {
        let Some(value) = node.field(FieldName::Value) else {
            return;
        };
        let iterable = self.lower_expr(value);
        let header = self.b().new_block();
        let body = self.b().new_block();
        let exit = self.b().new_block();
        self.b().goto(header);
        self.b().switch_to(header);
        let has_next = self.opaque("has_next", vec![iterable.clone()]);
        let cond = self.b().assign_temp(has_next, span(value));
        self.b().terminate(Terminator::Branch {
            cond,
            then: body,
            otherwise: exit,
        });
        self.b().switch_to(body);
        self.f().push_scope();
        if let Some(name_node) = node.field(FieldName::Name) {
            let name = self.node_name(name_node);
            let dims = node
                .field(FieldName::Dimensions)
                .map_or(0, |d| crate::types::count_dims(self.src.text(d)));
            let ty = node
                .field(FieldName::Type)
                .filter(|ty| self.src.text(*ty) != "var")
                .map(|ty| type_ref(ty, self.src, dims));
            let var = self.f().declare(name, ty);
            self.b()
                .assign(var, Expr::Element(iterable), span(name_node));
        }
        self.loop_body(node.field(FieldName::Body), label, exit, header);
        self.f().pop_scope();
        self.b().switch_to(exit);
    }

    fn jump_label(&mut self, node: Node) -> Option<Name> {
        named_children(node)
            .into_iter()
            .find(|n| n.kind_name() == "identifier")
            .map(|n| self.node_name(n))
    }

    fn lower_break(&mut self, node: Node) {
        let label = self.jump_label(node);
        let target = self.f().jumps.iter().rev().find_map(|jump| match label {
            Some(label) => (jump.label == Some(label)).then_some(jump.break_to),
            None => jump.takes_plain_break.then_some(jump.break_to),
        });
        if let Some(target) = target {
            self.b().terminate(Terminator::Goto(target));
        }
    }

    fn lower_continue(&mut self, node: Node) {
        let label = self.jump_label(node);
        let target = self.f().jumps.iter().rev().find_map(|jump| match label {
            Some(label) if jump.label == Some(label) => jump.continue_to,
            Some(_) => None,
            None => jump.continue_to,
        });
        if let Some(target) = target {
            self.b().terminate(Terminator::Goto(target));
        }
    }

    fn lower_yield(&mut self, node: Node) {
        let target = self
            .f()
            .jumps
            .iter()
            .rev()
            .find_map(|jump| jump.yield_to.map(|result| (result, jump.break_to)));
        let Some(expr) = named_children(node).first().copied() else {
            return;
        };
        match target {
            Some((result, exit)) => {
                let value = self.lower_val(expr);
                let (value, value_span) = value.into_expr();
                self.b()
                    .assign(result, value, value_span.unwrap_or(span(expr)));
                self.b().terminate(Terminator::Goto(exit));
            }
            None => self.lower_expr_stmt(expr),
        }
    }

    /// Switch statements and expressions. Constant labels become one
    /// `Switch`; with patterns, guards or non-constant labels each case is a
    /// `Branch` on a test. Returns the result of a switch expression.
    pub fn lower_switch(&mut self, node: Node, as_value: bool, label: Option<Name>) -> Operand {
        let value = match node.field(FieldName::Condition) {
            Some(cond) => self.lower_expr(cond),
            None => Operand::Const(Const::Null),
        };
        let items: Vec<Node> = node
            .field(FieldName::Body)
            .map(named_children)
            .unwrap_or_default()
            .into_iter()
            .filter(|item| {
                matches!(
                    item.kind_name(),
                    "switch_block_statement_group" | "switch_rule"
                )
            })
            .collect();
        let result = as_value.then(|| self.b().temp());
        let exit = self.b().new_block();
        let bodies: Vec<BlockId> = items.iter().map(|_| self.b().new_block()).collect();
        let labels: Vec<Vec<Label>> = items.iter().map(|item| self.case_labels(*item)).collect();
        self.f().jumps.push(Jump {
            label,
            takes_plain_break: true,
            break_to: exit,
            continue_to: None,
            yield_to: result,
        });
        self.f().push_scope();
        let default = labels
            .iter()
            .position(|labels| labels.iter().any(|l| matches!(l, Label::Default)))
            .and_then(|index| bodies.get(index).copied())
            .unwrap_or(exit);
        let all_constant = labels
            .iter()
            .flatten()
            .all(|l| matches!(l, Label::Const(_) | Label::Default));
        if all_constant {
            let mut cases = Vec::new();
            for (labels, body) in labels.iter().zip(&bodies) {
                for label in labels {
                    if let Label::Const(constant) = label {
                        cases.push((constant.clone(), *body));
                    }
                }
            }
            self.b().terminate(Terminator::Switch {
                value: value.clone(),
                cases,
                default,
            });
            for (index, item) in items.iter().enumerate() {
                self.b().switch_to(bodies[index]);
                self.lower_case_body(*item, result, exit);
                let next = bodies.get(index + 1).copied().unwrap_or(exit);
                self.case_fallthrough(*item, next, exit);
            }
        } else {
            // Each case's tests run just before its body so that pattern
            // variables are declared in that case's scope only.
            for (index, item) in items.iter().enumerate() {
                self.f().push_scope();
                let next_test = self.b().new_block();
                self.lower_case_tests(&labels[index], *item, &value, bodies[index], next_test);
                self.b().switch_to(bodies[index]);
                self.lower_case_body(*item, result, exit);
                let next = bodies.get(index + 1).copied().unwrap_or(exit);
                self.case_fallthrough(*item, next, exit);
                self.f().pop_scope();
                self.b().switch_to(next_test);
            }
            self.b().goto(default);
        }
        self.f().pop_scope();
        self.f().jumps.pop();
        self.b().switch_to(exit);
        match result {
            Some(result) => Operand::Var(result),
            None => Operand::Const(Const::Null),
        }
    }

    fn case_labels<'t>(&mut self, item: Node<'t>) -> Vec<Label<'t>> {
        let mut labels = Vec::new();
        for label in named_children(item) {
            if label.kind_name() != "switch_label" {
                continue;
            }
            let parts = named_children(label);
            if self.src.text(label).trim_start().starts_with("default") && parts.is_empty() {
                labels.push(Label::Default);
                continue;
            }
            if parts.iter().any(|p| p.kind_name() == "guard") {
                // A guarded label is one test over the whole label.
                labels.push(Label::Test(label));
                continue;
            }
            for part in parts {
                match self.case_constant(part) {
                    Some(constant) => labels.push(Label::Const(constant)),
                    None => labels.push(Label::Test(part)),
                }
            }
            // `case null, default ->`
            let mut cursor = label.walk();
            if label
                .children(&mut cursor)
                .any(|c| c.kind_name() == "default")
            {
                labels.push(Label::Default);
            }
        }
        labels
    }

    /// Constant case labels: literals, and enum constants or constant names
    /// (which `Const` has no variant for, so their name stands in as a string).
    fn case_constant(&mut self, node: Node) -> Option<Const> {
        let node = super::expressions::strip_parens(node);
        if let Some(constant) = literal_const(node, self.src) {
            return Some(constant);
        }
        match node.kind_name() {
            "identifier" => Some(Const::str(self.src.text(node))),
            "field_access" | "scoped_identifier" => Some(Const::str(&self.src.dotted(node))),
            "unary_expression" => {
                let operand = node.field(FieldName::Operand)?;
                let operator = node.field(FieldName::Operator)?.kind_name();
                match (operator, literal_const(operand, self.src)?) {
                    ("-", Const::Int(value)) => Some(Const::Int(value.wrapping_neg())),
                    ("-", Const::Float(value)) => Some(Const::Float(-value)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Tests of one case in a pattern switch; falls to `next` when none match.
    fn lower_case_tests(
        &mut self,
        labels: &[Label],
        item: Node,
        value: &Operand,
        body: BlockId,
        next: BlockId,
    ) {
        for label in labels {
            let on_fail = self.b().new_block();
            match label {
                Label::Default => {
                    // Reached through the final `goto default` instead.
                    self.b().goto(on_fail);
                }
                Label::Const(constant) => {
                    let test =
                        Expr::Binary(BinOp::Eq, value.clone(), Operand::Const(constant.clone()));
                    let cond = self.b().assign_temp(test, span(item));
                    self.b().terminate(Terminator::Branch {
                        cond,
                        then: body,
                        otherwise: on_fail,
                    });
                }
                Label::Test(node) => self.lower_case_test(*node, value, body, on_fail),
            }
            self.b().switch_to(on_fail);
        }
        self.b().goto(next);
    }

    fn lower_case_test(&mut self, node: Node, value: &Operand, body: BlockId, on_fail: BlockId) {
        let parts = if node.kind_name() == "switch_label" {
            named_children(node)
        } else {
            vec![node]
        };
        let mut guard = None;
        let mut operands = vec![value.clone()];
        let mut patterns = Vec::new();
        for part in parts {
            match part.kind_name() {
                "guard" => guard = named_children(part).first().copied(),
                "pattern" | "type_pattern" | "record_pattern" => patterns.push(part),
                _ => {
                    if let Some(constant) = self.case_constant(part) {
                        operands.push(Operand::Const(constant));
                    } else {
                        let operand = self.lower_expr(part);
                        operands.push(operand);
                    }
                }
            }
        }
        let test = self.opaque("pattern_match", operands);
        let cond = self.b().assign_temp(test, span(node));
        let matched = self.b().new_block();
        self.b().terminate(Terminator::Branch {
            cond,
            then: matched,
            otherwise: on_fail,
        });
        self.b().switch_to(matched);
        for pattern in patterns {
            self.bind_pattern(pattern, value, 0);
        }
        match guard {
            Some(guard) => self.lower_cond(guard, body, on_fail),
            None => self.b().goto(body),
        }
    }

    /// Declares the variables a type or record pattern binds.
    pub fn bind_pattern(&mut self, pattern: Node, value: &Operand, depth: u32) {
        if depth > 32 {
            return;
        }
        match pattern.kind_name() {
            "pattern" => {
                for inner in named_children(pattern) {
                    self.bind_pattern(inner, value, depth + 1);
                }
            }
            "type_pattern" => {
                let children = named_children(pattern);
                let ty = children
                    .iter()
                    .find(|n| is_type_kind(n.kind_name()))
                    .map(|ty| type_ref(*ty, self.src, 0));
                if let Some(name_node) = children
                    .iter()
                    .rev()
                    .find(|n| n.kind_name() == "identifier")
                {
                    let name = self.node_name(*name_node);
                    let var = self.f().declare(name, ty.clone());
                    let expr = match ty {
                        Some(ty) => Expr::Cast(ty, value.clone()),
                        None => Expr::Use(value.clone()),
                    };
                    self.b().assign(var, expr, span(pattern));
                }
            }
            "record_pattern" | "record_pattern_body" | "record_pattern_component" => {
                for inner in named_children(pattern) {
                    match inner.kind_name() {
                        "identifier" if pattern.kind_name() == "record_pattern_component" => {
                            let name = self.node_name(inner);
                            let ty = named_children(pattern)
                                .into_iter()
                                .find(|n| is_type_kind(n.kind_name()))
                                .filter(|ty| self.src.text(*ty) != "var")
                                .map(|ty| type_ref(ty, self.src, 0));
                            let var = self.f().declare(name, ty);
                            let expr = self.opaque("record_component", vec![value.clone()]);
                            self.b().assign(var, expr, span(inner));
                        }
                        "record_pattern" | "record_pattern_body" | "record_pattern_component" => {
                            self.bind_pattern(inner, value, depth + 1)
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }

    fn lower_case_body(&mut self, item: Node, result: Option<VarId>, exit: BlockId) {
        let children: Vec<Node> = named_children(item)
            .into_iter()
            .filter(|n| n.kind_name() != "switch_label")
            .collect();
        if item.kind_name() == "switch_rule" {
            for body in children {
                match (body.kind_name(), result) {
                    ("expression_statement", Some(result)) => {
                        if let Some(expr) = named_children(body).first().copied() {
                            let value = self.lower_val(expr);
                            let (value, value_span) = value.into_expr();
                            self.b()
                                .assign(result, value, value_span.unwrap_or(span(expr)));
                        }
                        self.b().goto(exit);
                    }
                    _ => self.lower_stmt(body),
                }
            }
        } else {
            for statement in children {
                self.lower_stmt(statement);
            }
        }
    }

    /// Old-style groups fall through to the next group; arrow rules do not.
    fn case_fallthrough(&mut self, item: Node, next: BlockId, exit: BlockId) {
        if item.kind_name() == "switch_rule" {
            self.b().goto(exit);
        } else {
            self.b().goto(next);
        }
    }

    /// `try`/`catch`/`finally` (and try-with-resources). The body's blocks
    /// send exceptions to the catch dispatch (or to `finally`); `finally` is
    /// lowered once, entered from the normal and the exceptional paths, and
    /// ends by either rethrowing or continuing.
    fn lower_try(&mut self, node: Node) {
        let children = named_children(node);
        let catches: Vec<Node> = children
            .iter()
            .copied()
            .filter(|n| n.kind_name() == "catch_clause")
            .collect();
        let finally = children
            .iter()
            .copied()
            .find(|n| n.kind_name() == "finally_clause")
            .and_then(|f| {
                named_children(f)
                    .into_iter()
                    .find(|n| n.kind_name() == "block")
            });
        let after = self.b().new_block();
        let finally_block = finally.map(|_| self.b().new_block());
        if let Some(finally_block) = finally_block {
            self.b().push_handler(finally_block);
        }
        let catch_blocks: Vec<BlockId> = catches.iter().map(|_| self.b().new_block()).collect();
        let dispatch = match catch_blocks.len() {
            0 => None,
            1 => catch_blocks.first().copied(),
            _ => Some(self.b().new_block()),
        };
        let normal_exit = finally_block.unwrap_or(after);

        if let Some(handler) = dispatch {
            self.b().push_handler(handler);
        }
        let body_entry = self.b().new_block();
        self.b().goto(body_entry);
        self.b().switch_to(body_entry);
        self.f().push_scope();
        if let Some(resources) = node.field(FieldName::Resources) {
            for resource in named_children(resources) {
                self.lower_resource(resource);
            }
        }
        if let Some(body) = node.field(FieldName::Body) {
            self.lower_block(body);
        }
        self.f().pop_scope();
        if dispatch.is_some() {
            self.b().pop_handler();
        }
        self.b().goto(normal_exit);

        if catch_blocks.len() > 1 {
            if let Some(dispatch) = dispatch {
                self.lower_catch_dispatch(dispatch, &catches, &catch_blocks);
            }
        }
        for (clause, block) in catches.iter().zip(&catch_blocks) {
            self.b().switch_to(*block);
            self.lower_catch(*clause);
            self.b().goto(normal_exit);
        }

        if let (Some(finally), Some(finally_block)) = (finally, finally_block) {
            self.b().pop_handler();
            self.b().switch_to(finally_block);
            self.lower_block(finally);
            if !self.b().is_terminated() {
                let pending = self.opaque("pending_exception", Vec::new());
                let cond = self.b().assign_temp(pending, span(finally));
                let rethrow = self.b().new_block();
                self.b().terminate(Terminator::Branch {
                    cond,
                    then: rethrow,
                    otherwise: after,
                });
                self.b().switch_to(rethrow);
                self.b().terminate(Terminator::Throw(None));
            }
        }
        self.b().switch_to(after);
    }

    /// Several catch clauses: a switch on the caught exception's type name.
    fn lower_catch_dispatch(&mut self, dispatch: BlockId, catches: &[Node], blocks: &[BlockId]) {
        self.b().switch_to(dispatch);
        let caught = self.opaque("exception_type", Vec::new());
        let caught_span = catches.first().map(|c| span(*c)).unwrap_or_default();
        let value = self.b().assign_temp(caught, caught_span);
        let mut cases = Vec::new();
        for (clause, block) in catches.iter().zip(blocks) {
            for ty in self.catch_types(*clause) {
                cases.push((Const::Str(std::sync::Arc::from(ty.name.as_str())), *block));
            }
        }
        let rethrow = self.b().new_block();
        self.b().terminate(Terminator::Switch {
            value,
            cases,
            default: rethrow,
        });
        // Unmatched exceptions propagate: this block's handler is the
        // `finally` block or the enclosing handler.
        self.b().switch_to(rethrow);
        self.b().terminate(Terminator::Throw(None));
    }

    fn catch_types(&mut self, clause: Node) -> Vec<plumb_ir::TypeRef> {
        named_children(clause)
            .into_iter()
            .filter(|n| n.kind_name() == "catch_formal_parameter")
            .flat_map(named_children)
            .filter(|n| n.kind_name() == "catch_type")
            .flat_map(named_children)
            .filter(|n| is_type_kind(n.kind_name()))
            .map(|ty| type_ref(ty, self.src, 0))
            .collect()
    }

    /// `catch (E e) { .. }`: `e` is bound to the caught exception first.
    fn lower_catch(&mut self, clause: Node) {
        self.f().push_scope();
        let param = named_children(clause)
            .into_iter()
            .find(|n| n.kind_name() == "catch_formal_parameter");
        if let Some(param) = param {
            if let Some(name_node) = param.field(FieldName::Name) {
                let name = self.node_name(name_node);
                let ty = self.catch_types(clause).into_iter().next();
                let var = self.f().declare(name, ty);
                let caught = self.opaque("caught_exception", Vec::new());
                self.b().assign(var, caught, span(param));
            }
        }
        if let Some(body) = clause.field(FieldName::Body) {
            self.lower_block(body);
        }
        self.f().pop_scope();
    }

    fn lower_resource(&mut self, resource: Node) {
        match resource.field(FieldName::Name) {
            Some(name_node) => {
                let name = self.node_name(name_node);
                let dims = resource
                    .field(FieldName::Dimensions)
                    .map_or(0, |d| crate::types::count_dims(self.src.text(d)));
                let ty = resource
                    .field(FieldName::Type)
                    .filter(|ty| self.src.text(*ty) != "var")
                    .map(|ty| type_ref(ty, self.src, dims));
                let value = resource
                    .field(FieldName::Value)
                    .map(|value| (self.lower_val(value), span(value)));
                let var = self.f().declare(name, ty);
                if let Some((value, value_span)) = value {
                    let (expr, expr_span) = value.into_expr();
                    self.b().assign(var, expr, expr_span.unwrap_or(value_span));
                }
            }
            None => {
                // `try (existingResource)`: only evaluated.
                for child in named_children(resource) {
                    if child.kind_name() != "modifiers" {
                        self.lower_expr_stmt(child);
                    }
                }
            }
        }
    }

    /// `super(args)` / `this(args)` at the start of a constructor.
    fn lower_constructor_invocation(&mut self, node: Node) {
        let constructor = node.field(FieldName::Constructor).map(|c| c.kind_name());
        if let Some(object) = node.field(FieldName::Object) {
            self.lower_expr_stmt(object);
        }
        let args = self.lower_args(node.field(FieldName::Arguments));
        let callee = match constructor {
            Some("this") => Callee::This,
            _ => Callee::Super {
                name: Name::new("<init>"),
            },
        };
        self.b().push(
            InstrKind::Eval(Expr::Call(Call { callee, args })),
            span(node),
        );
    }
}

fn is_expression_kind(kind: &str) -> bool {
    matches!(
        kind,
        "assignment_expression"
            | "binary_expression"
            | "cast_expression"
            | "instanceof_expression"
            | "lambda_expression"
            | "ternary_expression"
            | "unary_expression"
            | "update_expression"
            | "method_invocation"
            | "object_creation_expression"
            | "field_access"
            | "identifier"
            | "parenthesized_expression"
    )
}
