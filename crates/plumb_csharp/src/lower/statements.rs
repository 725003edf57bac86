//! Statements: control flow becomes blocks and terminators.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{BinOp, BlockId, Const, Expr, FunctionKind, InstrKind, Operand, Terminator, VarId};
use plumb_text::Name;
use tree_sitter::Node;

use super::declarations::declarator_value;
use super::expressions::{strip_parens, Val};
use super::{Jump, Lowerer};
use crate::types::{children, is_inferred, literal_const, named_children, span, type_ref};

/// A `case` label, classified.
enum Label<'t> {
    Const(Const),
    Default,
    /// A pattern, or a label with a `when` guard.
    Test(Node<'t>, Option<Node<'t>>),
}

impl<'a> Lowerer<'a, '_> {
    pub fn lower_stmt(&mut self, node: Node) {
        if self.too_deep() {
            self.count_unlowered("depth_limit");
            let expr = self.opaque("depth_limit", Vec::new());
            self.b().push(InstrKind::Eval(expr), span(node));
            return;
        }
        self.depth += 1;
        self.lower_stmt_inner(node);
        self.depth -= 1;
    }

    fn lower_stmt_inner(&mut self, node: Node) {
        if node.is_error() || node.is_missing() {
            return;
        }
        match node.kind_name() {
            "block" => self.lower_block(node),
            "local_declaration_statement" => {
                for child in named_children(node) {
                    if child.kind_name() == "variable_declaration" {
                        self.lower_variable_declaration(child);
                    }
                }
            }
            "expression_statement" => {
                if let Some(expr) = named_children(node).first() {
                    self.lower_expr_stmt(*expr);
                }
            }
            "if_statement" => self.lower_if(node),
            "while_statement" => self.lower_while(node),
            "do_statement" => self.lower_do(node),
            "for_statement" => self.lower_for(node),
            "foreach_statement" => self.lower_foreach(node),
            "labeled_statement" => {
                // `goto` is not lowered: the label only names a statement.
                if let Some(body) = named_children(node)
                    .into_iter()
                    .rev()
                    .find(|n| n.kind_name() != "identifier")
                {
                    self.lower_stmt(body);
                }
            }
            "break_statement" => self.lower_break(),
            "continue_statement" => self.lower_continue(),
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
            "switch_statement" => self.lower_switch_statement(node),
            "try_statement" => self.lower_try(node),
            "using_statement" => self.lower_using_statement(node),
            "lock_statement" | "fixed_statement" | "checked_statement" | "unsafe_statement" => {
                for child in named_children(node) {
                    match child.kind_name() {
                        "variable_declaration" => self.lower_variable_declaration(child),
                        kind if is_statement_kind(kind) => self.lower_scoped_stmt(child),
                        _ => self.lower_expr_stmt(child),
                    }
                }
            }
            "local_function_statement" => self.lower_local_function(node),
            "class_declaration"
            | "interface_declaration"
            | "enum_declaration"
            | "record_declaration"
            | "struct_declaration" => {
                self.lower_class(node);
            }
            "empty_statement" | "comment" | "ERROR" => {}
            kind if kind.starts_with("preproc") => {
                for child in named_children(node) {
                    if is_statement_kind(child.kind_name()) {
                        self.lower_stmt(child);
                    }
                }
            }
            other => {
                self.count_unlowered(other);
                let operands = named_children(node)
                    .into_iter()
                    .filter(|child| !is_statement_kind(child.kind_name()))
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
            Val::Op(_) => {}
            Val::Expr(expr, span) => self.b().push(InstrKind::Eval(expr), span),
            Val::Concat(parts, span) => self.b().push(InstrKind::Eval(Expr::Concat(parts)), span),
        }
    }

    /// `T a = x, b;`, `var (a, b) = t;`, `using var r = ..;`.
    pub fn lower_variable_declaration(&mut self, node: Node) {
        let ty_node = node.field(FieldName::Type);
        let declared = ty_node
            .filter(|ty| !is_inferred(*ty, self.src))
            .map(|ty| type_ref(ty, self.src));
        for declarator in named_children(node) {
            if declarator.kind_name() != "variable_declarator" {
                continue;
            }
            let value = declarator_value(declarator);
            if let Some(pattern) = named_children(declarator)
                .into_iter()
                .find(|c| c.kind_name() == "tuple_pattern")
            {
                let value = match value {
                    Some(value) => self.lower_expr(value),
                    None => Operand::Const(Const::Null),
                };
                self.bind_tuple_pattern(pattern, &value, 0);
                continue;
            }
            let Some(name_node) = declarator.field(FieldName::Name) else {
                continue;
            };
            let name = self.node_name(name_node);
            // `var x = new T()` is a `T`: the type the compiler infers.
            let ty = declared.clone().or_else(|| {
                value
                    .map(strip_parens)
                    .filter(|v| v.kind_name() == "object_creation_expression")
                    .and_then(|v| v.field(FieldName::Type))
                    .map(|t| type_ref(t, self.src))
            });
            // The initialiser is evaluated before the name is in scope.
            self.target_type = declared.clone();
            let lowered = value.map(|value| (self.lower_val(value), span(value)));
            self.target_type = None;
            let var = self.f().declare(name, ty);
            if let Some((value, value_span)) = lowered {
                let (expr, expr_span) = value.into_expr();
                self.b().assign(var, expr, expr_span.unwrap_or(value_span));
            }
        }
    }

    /// `(a, b)` / `(var a, _)` positions of a deconstruction: each name
    /// reads the element at its index.
    pub fn bind_tuple_pattern(&mut self, pattern: Node, value: &Operand, depth: u32) {
        if depth > 32 {
            return;
        }
        let mut index = 0i64;
        for element in named_children(pattern) {
            let element_span = span(element);
            match element.kind_name() {
                "identifier" => {
                    let name = self.node_name(element);
                    let var = self.f().declare(name, None);
                    self.b().assign(
                        var,
                        Expr::Index(value.clone(), Operand::Const(Const::Int(index))),
                        element_span,
                    );
                }
                "tuple_pattern" | "parenthesized_variable_designation" => {
                    let inner = self.b().assign_temp(
                        Expr::Index(value.clone(), Operand::Const(Const::Int(index))),
                        element_span,
                    );
                    self.bind_tuple_pattern(element, &inner, depth + 1);
                }
                "discard" => {}
                _ => continue,
            }
            index += 1;
        }
    }

    /// Branches on `node` to `then` or `otherwise`, splitting `&&`, `||`
    /// and `!` into nested branches so each block tests one operand.
    pub fn lower_cond(&mut self, node: Node, then: BlockId, otherwise: BlockId) {
        let node = strip_parens(node);
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
        let operator = match node.kind_name() {
            "binary_expression" => node.field(FieldName::Operator).map(|op| op.kind_name()),
            "prefix_unary_expression" => children(node).first().map(|op| op.kind_name()),
            _ => None,
        };
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
            ("prefix_unary_expression", Some("!")) => match named_children(node).first() {
                Some(operand) => self.lower_cond(*operand, otherwise, then),
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

    /// `if`/`else if`/`else`, else-if chains walked iteratively.
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

    fn loop_body(&mut self, body: Option<Node>, exit: BlockId, next: BlockId) {
        self.f().jumps.push(Jump {
            takes_plain_break: true,
            break_to: exit,
            continue_to: Some(next),
        });
        if let Some(body) = body {
            self.lower_scoped_stmt(body);
        }
        self.f().jumps.pop();
        self.b().goto(next);
    }

    fn lower_while(&mut self, node: Node) {
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
        self.loop_body(node.field(FieldName::Body), exit, header);
        self.b().switch_to(exit);
    }

    fn lower_do(&mut self, node: Node) {
        let body = self.b().new_block();
        let test = self.b().new_block();
        let exit = self.b().new_block();
        self.b().goto(body);
        self.b().switch_to(body);
        self.loop_body(node.field(FieldName::Body), exit, test);
        self.b().switch_to(test);
        match node.field(FieldName::Condition) {
            Some(cond) => self.lower_cond(cond, body, exit),
            None => self.b().goto(exit),
        }
        self.b().switch_to(exit);
    }

    fn lower_for(&mut self, node: Node) {
        self.f().push_scope();
        let mut cursor = node.walk();
        let initializers: Vec<Node> = node
            .children_by_field_name("initializer", &mut cursor)
            .filter(|n| n.is_named())
            .collect();
        for init in initializers {
            if init.kind_name() == "variable_declaration" {
                self.lower_variable_declaration(init);
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
        self.loop_body(node.field(FieldName::Body), exit, update);
        self.b().switch_to(update);
        let mut cursor = node.walk();
        let updates: Vec<Node> = node
            .children_by_field_name("update", &mut cursor)
            .filter(|n| n.is_named())
            .collect();
        for step in updates {
            self.lower_expr_stmt(step);
        }
        self.b().goto(header);
        self.b().switch_to(exit);
        self.f().pop_scope();
    }

    /// `foreach (T x in xs)`: the header tests `has_next(xs)`, the body
    /// starts with `x = Element(xs)` (or its deconstruction).
    fn lower_foreach(&mut self, node: Node) {
        let Some(value) = node.field(FieldName::Right) else {
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
        if let Some(left) = node.field(FieldName::Left) {
            let ty = node
                .field(FieldName::Type)
                .filter(|ty| !is_inferred(*ty, self.src))
                .map(|ty| type_ref(ty, self.src));
            match left.kind_name() {
                "identifier" => {
                    let name = self.node_name(left);
                    let var = self.f().declare(name, ty);
                    self.b().assign(var, Expr::Element(iterable), span(left));
                }
                _ => {
                    let element = self.b().assign_temp(Expr::Element(iterable), span(left));
                    self.bind_tuple_pattern(left, &element, 0);
                }
            }
        }
        self.loop_body(node.field(FieldName::Body), exit, header);
        self.f().pop_scope();
        self.b().switch_to(exit);
    }

    fn lower_break(&mut self) {
        let target = self
            .f()
            .jumps
            .iter()
            .rev()
            .find_map(|jump| jump.takes_plain_break.then_some(jump.break_to));
        if let Some(target) = target {
            self.b().terminate(Terminator::Goto(target));
        }
    }

    fn lower_continue(&mut self) {
        let target = self
            .f()
            .jumps
            .iter()
            .rev()
            .find_map(|jump| jump.continue_to);
        if let Some(target) = target {
            self.b().terminate(Terminator::Goto(target));
        }
    }

    /// `yield return v` hands `v` to the consumer, as Python's `yield`
    /// does; `yield break` ends the iterator.
    fn lower_yield(&mut self, node: Node) {
        let is_break = children(node).iter().any(|c| c.kind_name() == "break");
        if is_break {
            self.b().terminate_at(Terminator::Return(None), span(node));
            return;
        }
        let operands = named_children(node)
            .into_iter()
            .map(|expr| self.lower_expr(expr))
            .collect();
        let expr = self.opaque("yield", operands);
        self.b().push(InstrKind::Eval(expr), span(node));
    }

    /// `switch` statements: constant labels become one `Switch`; with
    /// patterns or guards each section is a `Branch` on a test. A section
    /// ends with `break`/`return`/`goto`; C# has no fall-through.
    fn lower_switch_statement(&mut self, node: Node) {
        let value = match node.field(FieldName::Value) {
            Some(value) => self.lower_expr(value),
            None => Operand::Const(Const::Null),
        };
        let sections: Vec<Node> = node
            .field(FieldName::Body)
            .map(named_children)
            .unwrap_or_default()
            .into_iter()
            .filter(|s| s.kind_name() == "switch_section")
            .collect();
        let exit = self.b().new_block();
        let bodies: Vec<BlockId> = sections.iter().map(|_| self.b().new_block()).collect();
        let labels: Vec<Vec<Label>> = sections.iter().map(|s| self.section_labels(*s)).collect();
        self.f().jumps.push(Jump {
            takes_plain_break: true,
            break_to: exit,
            continue_to: None,
        });
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
            for (index, section) in sections.iter().enumerate() {
                self.b().switch_to(bodies[index]);
                self.f().push_scope();
                self.lower_section_body(*section);
                self.f().pop_scope();
                self.b().goto(exit);
            }
        } else {
            for (index, section) in sections.iter().enumerate() {
                self.f().push_scope();
                let next_test = self.b().new_block();
                self.lower_label_tests(
                    &labels[index],
                    &value,
                    bodies[index],
                    next_test,
                    span(*section),
                );
                self.b().switch_to(bodies[index]);
                self.lower_section_body(*section);
                self.b().goto(exit);
                self.f().pop_scope();
                self.b().switch_to(next_test);
            }
            self.b().goto(default);
        }
        self.f().jumps.pop();
        self.b().switch_to(exit);
    }

    fn lower_section_body(&mut self, section: Node) {
        for statement in named_children(section) {
            if is_statement_kind(statement.kind_name()) {
                self.lower_stmt(statement);
            }
        }
    }

    /// The labels of one section: `case 1:`, `case "a" when ok:`,
    /// `case string s:`, `default:`.
    fn section_labels<'t>(&mut self, section: Node<'t>) -> Vec<Label<'t>> {
        let mut labels = Vec::new();
        let parts = children(section);
        let mut index = 0;
        while index < parts.len() {
            let part = parts[index];
            match part.kind_name() {
                "default" => labels.push(Label::Default),
                "case" => {
                    let pattern = parts.get(index + 1).copied().filter(|p| p.is_named());
                    let guard = parts
                        .get(index + 2)
                        .copied()
                        .filter(|g| g.kind_name() == "when_clause");
                    if let Some(pattern) = pattern {
                        match (guard, self.pattern_constant(pattern)) {
                            (None, Some(constant)) => labels.push(Label::Const(constant)),
                            _ => labels.push(Label::Test(pattern, guard)),
                        }
                    }
                }
                _ => {}
            }
            index += 1;
        }
        labels
    }

    /// Tests of one section's labels; falls to `next` when none match.
    fn lower_label_tests(
        &mut self,
        labels: &[Label],
        value: &Operand,
        body: BlockId,
        next: BlockId,
        at: plumb_text::Span,
    ) {
        for label in labels {
            let on_fail = self.b().new_block();
            match label {
                Label::Default => self.b().goto(on_fail),
                Label::Const(constant) => {
                    let test =
                        Expr::Binary(BinOp::Eq, value.clone(), Operand::Const(constant.clone()));
                    let cond = self.b().assign_temp(test, at);
                    self.b().terminate(Terminator::Branch {
                        cond,
                        then: body,
                        otherwise: on_fail,
                    });
                }
                Label::Test(pattern, guard) => {
                    self.lower_pattern_test(*pattern, *guard, value, body, on_fail)
                }
            }
            self.b().switch_to(on_fail);
        }
        self.b().goto(next);
    }

    /// Branches to `then` when `value` matches `pattern` (and the guard
    /// holds), declaring the pattern's variables on the way.
    pub fn lower_pattern_test(
        &mut self,
        pattern: Node,
        guard: Option<Node>,
        value: &Operand,
        then: BlockId,
        otherwise: BlockId,
    ) {
        let cond = self.pattern_value(pattern, value);
        let matched = self.b().new_block();
        self.b().terminate(Terminator::Branch {
            cond,
            then: matched,
            otherwise,
        });
        self.b().switch_to(matched);
        self.bind_pattern(pattern, value, 0);
        let guard_expr = guard.and_then(|g| named_children(g).first().copied());
        match guard_expr {
            Some(guard) => self.lower_cond(guard, then, otherwise),
            None => self.b().goto(then),
        }
    }

    /// `x is <pattern>` as a value: `==` for a constant, `InstanceOf` for a
    /// type, an opaque test over the value otherwise.
    pub fn pattern_value(&mut self, pattern: Node, value: &Operand) -> Operand {
        let at = span(pattern);
        if let Some(constant) = self.pattern_constant(pattern) {
            return self.b().assign_temp(
                Expr::Binary(BinOp::Eq, value.clone(), Operand::Const(constant)),
                at,
            );
        }
        match pattern.kind_name() {
            "declaration_pattern" | "type_pattern" | "recursive_pattern" => {
                if let Some(ty) = pattern.field(FieldName::Type) {
                    let ty = type_ref(ty, self.src);
                    if pattern.kind_name() != "recursive_pattern" {
                        return self
                            .b()
                            .assign_temp(Expr::InstanceOf(value.clone(), ty), at);
                    }
                }
            }
            "discard" | "var_pattern" => return Operand::Const(Const::Bool(true)),
            "negated_pattern" => {
                if let Some(inner) = named_children(pattern).first() {
                    let inner = self.pattern_value(*inner, value);
                    return self
                        .b()
                        .assign_temp(Expr::Unary(plumb_ir::UnOp::Not, inner), at);
                }
            }
            _ => {}
        }
        let expr = self.opaque("pattern_match", vec![value.clone()]);
        self.b().assign_temp(expr, at)
    }

    /// Constant patterns: literals and named constants (enum members,
    /// `const`s), the latter by their name as Java's front end spells them.
    pub fn pattern_constant(&mut self, pattern: Node) -> Option<Const> {
        let node = match pattern.kind_name() {
            "constant_pattern" => named_children(pattern).first().copied()?,
            _ => pattern,
        };
        let node = strip_parens(node);
        if let Some(constant) = literal_const(node, self.src) {
            return Some(constant);
        }
        if pattern.kind_name() != "constant_pattern" {
            return None;
        }
        match node.kind_name() {
            "identifier" => Some(Const::str(self.src.text(node))),
            "member_access_expression" | "qualified_name" => {
                Some(Const::str(&self.src.dotted(node)))
            }
            "prefix_unary_expression" => {
                let operator = children(node).first().map(|o| o.kind_name());
                let operand = named_children(node).first().copied()?;
                match (operator, literal_const(operand, self.src)?) {
                    (Some("-"), Const::Int(value)) => Some(Const::Int(value.wrapping_neg())),
                    (Some("-"), Const::Float(value)) => Some(Const::Float(-value)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Declares the variables a pattern binds.
    pub fn bind_pattern(&mut self, pattern: Node, value: &Operand, depth: u32) {
        if depth > 32 {
            return;
        }
        match pattern.kind_name() {
            "declaration_pattern" | "recursive_pattern" | "var_pattern" | "list_pattern" => {
                let ty = pattern
                    .field(FieldName::Type)
                    .map(|t| type_ref(t, self.src));
                if let Some(name_node) = pattern.field(FieldName::Name) {
                    let name = self.node_name(name_node);
                    let var = self.f().declare(name, ty.clone());
                    let expr = match &ty {
                        Some(ty) => Expr::Cast(ty.clone(), value.clone()),
                        None => Expr::Use(value.clone()),
                    };
                    self.b().assign(var, expr, span(pattern));
                }
                for inner in named_children(pattern) {
                    match inner.kind_name() {
                        "property_pattern_clause" | "positional_pattern_clause" => {
                            for sub in named_children(inner) {
                                self.bind_subpattern(sub, value, depth + 1);
                            }
                        }
                        "parenthesized_variable_designation" => {
                            self.bind_tuple_pattern(inner, value, depth + 1)
                        }
                        kind if is_pattern_kind(kind) => {
                            let element = self.opaque("list_element", vec![value.clone()]);
                            let element = self.b().assign_temp(element, span(inner));
                            self.bind_pattern(inner, &element, depth + 1);
                        }
                        _ => {}
                    }
                }
            }
            "and_pattern" | "or_pattern" | "parenthesized_pattern" | "negated_pattern" => {
                for inner in named_children(pattern) {
                    self.bind_pattern(inner, value, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// `{ Name: var n }` reads the property `Name`; positional
    /// subpatterns read an opaque component.
    fn bind_subpattern(&mut self, sub: Node, value: &Operand, depth: u32) {
        let parts = named_children(sub);
        let (member, pattern) = match parts.as_slice() {
            [member, pattern] if member.kind_name() == "identifier" => (Some(*member), *pattern),
            [pattern] => (None, *pattern),
            _ => return,
        };
        let component = match member {
            Some(member) => {
                let name = self.node_name(member);
                Expr::Field(value.clone(), name)
            }
            None => self.opaque("record_component", vec![value.clone()]),
        };
        let component = self.b().assign_temp(component, span(sub));
        self.bind_pattern(pattern, &component, depth);
    }

    /// `try`/`catch`/`finally`. The body's blocks send exceptions to the
    /// catch dispatch (or to `finally`); `finally` is lowered once, entered
    /// from the normal and the exceptional paths, and ends by either
    /// rethrowing or continuing.
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
        if let Some(body) = node.field(FieldName::Body) {
            self.lower_block(body);
        }
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
        let mut catch_all = None;
        for (clause, block) in catches.iter().zip(blocks) {
            match self.catch_type(*clause) {
                Some(ty) => {
                    cases.push((Const::Str(std::sync::Arc::from(ty.name.as_str())), *block))
                }
                None => catch_all = Some(*block),
            }
        }
        let rethrow = self.b().new_block();
        self.b().terminate(Terminator::Switch {
            value,
            cases,
            default: catch_all.unwrap_or(rethrow),
        });
        self.b().switch_to(rethrow);
        self.b().terminate(Terminator::Throw(None));
    }

    fn catch_type(&mut self, clause: Node) -> Option<plumb_ir::TypeRef> {
        named_children(clause)
            .into_iter()
            .find(|n| n.kind_name() == "catch_declaration")
            .and_then(|d| d.field(FieldName::Type))
            .map(|ty| type_ref(ty, self.src))
    }

    /// `catch (E e) when (cond) { .. }`: `e` is bound to the caught
    /// exception first; a filter that fails rethrows.
    fn lower_catch(&mut self, clause: Node) {
        self.f().push_scope();
        let declaration = named_children(clause)
            .into_iter()
            .find(|n| n.kind_name() == "catch_declaration");
        if let Some(declaration) = declaration {
            if let Some(name_node) = declaration.field(FieldName::Name) {
                let name = self.node_name(name_node);
                let ty = self.catch_type(clause);
                let var = self.f().declare(name, ty);
                let caught = self.opaque("caught_exception", Vec::new());
                self.b().assign(var, caught, span(declaration));
            }
        }
        if let Some(filter) = named_children(clause)
            .into_iter()
            .find(|n| n.kind_name() == "catch_filter_clause")
            .and_then(|f| named_children(f).first().copied())
        {
            let body = self.b().new_block();
            let rethrow = self.b().new_block();
            self.lower_cond(filter, body, rethrow);
            self.b().switch_to(rethrow);
            self.b().terminate(Terminator::Throw(None));
            self.b().switch_to(body);
        }
        if let Some(body) = clause.field(FieldName::Body) {
            self.lower_block(body);
        }
        self.f().pop_scope();
    }

    /// `using (var r = ..) body` / `using (expr) body`: the resource is
    /// bound, then the body runs (disposal has no data flow).
    fn lower_using_statement(&mut self, node: Node) {
        self.f().push_scope();
        let body = node.field(FieldName::Body);
        for child in named_children(node) {
            if Some(child) == body {
                continue;
            }
            if child.kind_name() == "variable_declaration" {
                self.lower_variable_declaration(child);
            } else {
                self.lower_expr_stmt(child);
            }
        }
        if let Some(body) = body {
            self.lower_stmt(body);
        }
        self.f().pop_scope();
    }

    /// A local function is a closure bound to its name in the enclosing
    /// scope, as a lambda assigned to a local would be.
    fn lower_local_function(&mut self, node: Node) {
        let Some(name_node) = node.field(FieldName::Name) else {
            return;
        };
        let name = self.node_name(name_node);
        // Declared first: the function may call itself.
        let var = self.f().declare(name, None);
        let parent_qualified = self.b().function().qualified;
        let is_static = self.b().function().is_static;
        let class = self.f().class;
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
        let return_type = node
            .field(FieldName::Type)
            .filter(|t| self.src.text(*t) != "void")
            .map(|t| type_ref(t, self.src));
        self.b().function_mut().return_type = return_type;
        if let Some(params) = node.field(FieldName::Parameters) {
            self.lower_params(params);
        }
        if let Some(body) = node.field(FieldName::Body) {
            self.lower_function_body(body);
        }
        self.end_fn(false);
        self.b().assign(var, Expr::Closure(id), span(node));
    }

    /// Declares a variable and returns it (out variables, patterns).
    pub fn declare_local(&mut self, name: Name, ty: Option<plumb_ir::TypeRef>) -> VarId {
        self.f().declare(name, ty)
    }
}

fn is_statement_kind(kind: &str) -> bool {
    matches!(
        kind,
        "block"
            | "break_statement"
            | "checked_statement"
            | "continue_statement"
            | "do_statement"
            | "empty_statement"
            | "expression_statement"
            | "fixed_statement"
            | "for_statement"
            | "foreach_statement"
            | "goto_statement"
            | "if_statement"
            | "labeled_statement"
            | "local_declaration_statement"
            | "local_function_statement"
            | "lock_statement"
            | "return_statement"
            | "switch_statement"
            | "throw_statement"
            | "try_statement"
            | "unsafe_statement"
            | "using_statement"
            | "while_statement"
            | "yield_statement"
    )
}

pub(crate) fn is_pattern_kind(kind: &str) -> bool {
    matches!(
        kind,
        "and_pattern"
            | "constant_pattern"
            | "declaration_pattern"
            | "discard"
            | "list_pattern"
            | "negated_pattern"
            | "or_pattern"
            | "parenthesized_pattern"
            | "recursive_pattern"
            | "relational_pattern"
            | "type_pattern"
            | "var_pattern"
    )
}
