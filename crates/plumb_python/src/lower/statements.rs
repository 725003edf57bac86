//! Statements and control flow: each statement appends to the current
//! block; compound statements build the CFG shapes of docs/ir.md (rules
//! 7-10).

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{Arg, BlockId, Call, Callee, Const, Expr, InstrKind, Operand, Terminator, TypeRef};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::expressions::augmented_op;
use super::scope::is_capture_parent;
use super::{field_children, is_string, named_children, Lowerer};
use crate::span_of;

/// Statement kinds worth salvaging from inside a syntax error.
fn is_statement_kind(kind: &str) -> bool {
    matches!(
        kind,
        "expression_statement"
            | "if_statement"
            | "for_statement"
            | "while_statement"
            | "try_statement"
            | "with_statement"
            | "match_statement"
            | "function_definition"
            | "class_definition"
            | "decorated_definition"
            | "return_statement"
            | "raise_statement"
            | "assert_statement"
            | "delete_statement"
            | "import_statement"
            | "import_from_statement"
            | "print_statement"
            | "exec_statement"
            | "assignment"
            | "augmented_assignment"
            | "call"
            | "await"
            | "block"
    )
}

type StmtFn<'s> = for<'a, 't> fn(&'a mut Lowerer<'s>, Node<'t>);

impl<'s> Lowerer<'s> {
    pub(super) fn block(&mut self, node: Node<'_>) {
        for statement in named_children(node) {
            self.stmt(statement);
        }
    }

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
            "expression_statement" => Self::expression_statements,
            "assignment" | "augmented_assignment" => Self::expression_statement,
            "block" => Self::block,
            "if_statement" => Self::if_statement,
            "while_statement" => Self::while_statement,
            "for_statement" => Self::for_statement,
            "try_statement" => Self::try_statement,
            "with_statement" => Self::with_statement,
            "match_statement" => Self::match_statement,
            "function_definition" => Self::plain_function,
            "class_definition" => Self::plain_class,
            "decorated_definition" => Self::decorated,
            "return_statement" => Self::return_statement,
            "raise_statement" => Self::raise_statement,
            "break_statement" | "continue_statement" => Self::jump,
            "assert_statement" => Self::assert_statement,
            "delete_statement" => Self::delete_statement,
            "import_statement" => Self::import_statement,
            "import_from_statement" => Self::import_from,
            "print_statement" => Self::print_statement,
            "exec_statement" => Self::exec_statement,
            "pass_statement"
            | "global_statement"
            | "nonlocal_statement"
            | "comment"
            | "future_import_statement"
            | "type_alias_statement" => return,
            "ERROR" => Self::salvage,
            _ => Self::expression_statement,
        };
        lower(self, node);
    }

    fn expression_statements(&mut self, node: Node<'_>) {
        for child in named_children(node) {
            self.expression_statement(child);
        }
    }

    fn plain_function(&mut self, node: Node<'_>) {
        self.function_def(node, &[], None);
    }

    fn plain_class(&mut self, node: Node<'_>) {
        self.class_def(node, &[], None);
    }

    fn return_statement(&mut self, node: Node<'_>) {
        let value = named_children(node)
            .first()
            .map(|value| self.operand(*value));
        self.terminate_at(Terminator::Return(value), span_of(node));
    }

    fn jump(&mut self, node: Node<'_>) {
        if let Some(&(continue_target, break_target)) = self.cur.loops.last() {
            let target = if node.kind_name() == "break_statement" {
                break_target
            } else {
                continue_target
            };
            self.goto(target);
        }
    }

    /// Already recorded as a syntax error; salvage the statements inside.
    fn salvage(&mut self, node: Node<'_>) {
        for child in named_children(node) {
            if is_statement_kind(child.kind_name()) {
                self.stmt(child);
            }
        }
    }

    fn expression_statement(&mut self, node: Node<'_>) {
        match node.kind_name() {
            "assignment" => self.assignment(node),
            "augmented_assignment" => self.augmented_assignment(node),
            // Bare names and constants do nothing; strings are lowered
            // because an f-string can call things (docstrings lower to a
            // constant and are dropped by `eval`).
            "integer" | "float" | "true" | "false" | "none" | "ellipsis" | "identifier" => {}
            _ => {
                let value = self.expr(node);
                self.eval(value, span_of(node));
            }
        }
    }

    fn decorated(&mut self, node: Node<'_>) {
        let decorators: Vec<Node<'_>> = named_children(node)
            .into_iter()
            .filter(|child| child.kind_name() == "decorator")
            .collect();
        match node.field(FieldName::Definition) {
            Some(def) if def.kind_name() == "function_definition" => {
                self.function_def(def, &decorators, None);
            }
            Some(def) if def.kind_name() == "class_definition" => {
                self.class_def(def, &decorators, None)
            }
            _ => {}
        }
    }

    // ---- assignments -------------------------------------------------------

    /// `a = v`, `a = b = v`, `a, b = t`, `x: T = v`, `x: T`.
    fn assignment(&mut self, node: Node<'_>) {
        let mut targets = Vec::new();
        let mut ty = None;
        let mut value = Some(node);
        while let Some(current) = value.filter(|v| v.kind_name() == "assignment") {
            if let Some(left) = current.field(FieldName::Left) {
                targets.push(left);
            }
            if ty.is_none() {
                ty = current.field(FieldName::Type);
            }
            value = current.field(FieldName::Right);
        }
        if let Some(ty) = ty.and_then(|ty| self.type_ref(ty, 0)) {
            for target in targets.iter().filter(|t| t.kind_name() == "identifier") {
                let name = self.name_of(*target);
                self.set_local_type(name, ty.clone());
            }
        }
        let Some(value) = value else { return };
        let store_span = span_of(node);
        let value_span = span_of(value);
        let lowered = if value.kind_name() == "augmented_assignment" {
            self.augmented_assignment(value);
            match value.field(FieldName::Left) {
                Some(left) => self.expr(left),
                None => Expr::Use(Operand::Const(Const::Null)),
            }
        } else {
            self.expr(value)
        };
        match targets.as_slice() {
            [single] => self.assign_target(*single, lowered, value_span, store_span),
            many => {
                let shared = self.spill(lowered, value_span);
                for target in many {
                    self.assign_target(*target, Expr::Use(shared.clone()), value_span, store_span);
                }
            }
        }
    }

    /// Stores `value` into an assignment target; tuples unpack by `Index`.
    pub(super) fn assign_target(
        &mut self,
        target: Node<'_>,
        value: Expr,
        value_span: Span,
        store_span: Span,
    ) {
        if !self.descend() {
            let cut = self.cut(target);
            self.eval(cut, span_of(target));
            self.eval(value, value_span);
            return;
        }
        self.assign_target_inner(target, value, value_span, store_span);
        self.ascend();
    }

    fn assign_target_inner(
        &mut self,
        target: Node<'_>,
        value: Expr,
        value_span: Span,
        store_span: Span,
    ) {
        match target.kind_name() {
            "identifier" => {
                let name = self.name_of(target);
                self.write_name(name, value, value_span, store_span);
            }
            "attribute" => {
                let value = self.spill(value, value_span);
                let obj = match target.field(FieldName::Object) {
                    Some(object) => self.operand(object),
                    None => Operand::Const(Const::Null),
                };
                let field = match target.field(FieldName::Attribute) {
                    Some(attribute) => self.name_of(attribute),
                    None => Name::new("<missing>"),
                };
                self.push(InstrKind::StoreField { obj, field, value }, store_span);
            }
            "subscript" => {
                let value = self.spill(value, value_span);
                let obj = match target.field(FieldName::Value) {
                    Some(object) => self.operand(object),
                    None => Operand::Const(Const::Null),
                };
                let index = self.index_operand(target);
                self.push(InstrKind::StoreIndex { obj, index, value }, store_span);
            }
            "pattern_list" | "tuple_pattern" | "list_pattern" | "tuple" | "list"
            | "expression_list" => {
                let whole = self.spill(value, value_span);
                for (position, element) in named_children(target).into_iter().enumerate() {
                    if matches!(element.kind_name(), "list_splat_pattern" | "list_splat") {
                        let rest = Expr::Opaque {
                            kind: Name::new("starred"),
                            operands: vec![whole.clone()],
                        };
                        if let Some(&inner) = named_children(element).first() {
                            self.assign_target(inner, rest, value_span, store_span);
                        }
                        continue;
                    }
                    let index = i64::try_from(position).unwrap_or(i64::MAX);
                    let item = Expr::Index(whole.clone(), Operand::Const(Const::Int(index)));
                    self.assign_target(element, item, span_of(element), store_span);
                }
            }
            "parenthesized_expression" | "as_pattern_target" => {
                match named_children(target).first() {
                    Some(&inner) => self.assign_target(inner, value, value_span, store_span),
                    None => self.eval(value, value_span),
                }
            }
            "list_splat_pattern" | "list_splat" => {
                let whole = self.spill(value, value_span);
                let rest = Expr::Opaque {
                    kind: Name::new("starred"),
                    operands: vec![whole],
                };
                if let Some(&inner) = named_children(target).first() {
                    self.assign_target(inner, rest, value_span, store_span);
                }
            }
            kind => {
                if kind != "ERROR" {
                    self.unlowered(&format!("assignment_target:{kind}"));
                }
                self.eval(value, value_span);
            }
        }
    }

    /// `x op= v`: read, combine, store back; `s += "lit"` is a `Concat`.
    fn augmented_assignment(&mut self, node: Node<'_>) {
        let (Some(target), Some(right)) =
            (node.field(FieldName::Left), node.field(FieldName::Right))
        else {
            return;
        };
        let operator = node
            .field(FieldName::Operator)
            .map_or("+=", |operator| operator.kind_name());
        let span = span_of(node);
        // Read the target once, keeping its object and index for the store.
        let (current, place) = match target.kind_name() {
            "attribute" => {
                let obj = match target.field(FieldName::Object) {
                    Some(object) => self.operand(object),
                    None => Operand::Const(Const::Null),
                };
                let field = match target.field(FieldName::Attribute) {
                    Some(attribute) => self.name_of(attribute),
                    None => Name::new("<missing>"),
                };
                let current = self
                    .cur
                    .b
                    .assign_temp(Expr::Field(obj.clone(), field), span_of(target));
                (current, Place::Field(obj, field))
            }
            "subscript" => {
                let obj = match target.field(FieldName::Value) {
                    Some(object) => self.operand(object),
                    None => Operand::Const(Const::Null),
                };
                let index = self.index_operand(target);
                let current = self
                    .cur
                    .b
                    .assign_temp(Expr::Index(obj.clone(), index.clone()), span_of(target));
                (current, Place::Index(obj, index))
            }
            _ => (self.operand(target), Place::Target),
        };
        let value = self.expr(right);
        let combined = match value {
            Expr::Concat(more) if operator == "+=" => {
                let mut parts = vec![current];
                parts.extend(more);
                Expr::Concat(parts)
            }
            other if operator == "+=" && is_string(right) => {
                let value = self.spill(other, span_of(right));
                Expr::Concat(vec![current, value])
            }
            other => {
                let value = self.spill(other, span_of(right));
                Expr::Binary(augmented_op(operator), current, value)
            }
        };
        match place {
            Place::Target => self.assign_target(target, combined, span, span),
            Place::Field(obj, field) => {
                let value = self.spill(combined, span);
                self.push(InstrKind::StoreField { obj, field, value }, span);
            }
            Place::Index(obj, index) => {
                let value = self.spill(combined, span);
                self.push(InstrKind::StoreIndex { obj, index, value }, span);
            }
        }
    }

    // ---- control flow ------------------------------------------------------

    fn if_statement(&mut self, node: Node<'_>) {
        let alternatives = field_children(node, FieldName::Alternative);
        let join = self.new_block();
        let then_block = self.new_block();
        let mut next = if alternatives.is_empty() {
            join
        } else {
            self.new_block()
        };
        match node.field(FieldName::Condition) {
            Some(condition) => self.cond(condition, then_block, next),
            None => self.goto(then_block),
        }
        self.switch_to(then_block);
        if let Some(body) = node.field(FieldName::Consequence) {
            self.block(body);
        }
        self.goto(join);
        let count = alternatives.len();
        for (position, alternative) in alternatives.into_iter().enumerate() {
            self.switch_to(next);
            if alternative.kind_name() == "elif_clause" {
                let body_block = self.new_block();
                let after = if position + 1 == count {
                    join
                } else {
                    self.new_block()
                };
                match alternative.field(FieldName::Condition) {
                    Some(condition) => self.cond(condition, body_block, after),
                    None => self.goto(body_block),
                }
                self.switch_to(body_block);
                if let Some(body) = alternative.field(FieldName::Consequence) {
                    self.block(body);
                }
                self.goto(join);
                next = after;
            } else {
                if let Some(body) = alternative.field(FieldName::Body) {
                    self.block(body);
                }
                self.goto(join);
                next = join;
            }
        }
        self.switch_to(join);
    }

    fn while_statement(&mut self, node: Node<'_>) {
        let header = self.new_block();
        self.goto(header);
        self.switch_to(header);
        let body_block = self.new_block();
        let exit = self.new_block();
        let alternative = node.field(FieldName::Alternative);
        let else_block = if alternative.is_some() {
            self.new_block()
        } else {
            exit
        };
        match node.field(FieldName::Condition) {
            Some(condition) => self.cond(condition, body_block, else_block),
            None => self.goto(body_block),
        }
        self.switch_to(body_block);
        self.loop_body(node.field(FieldName::Body), header, exit);
        self.loop_else(alternative, else_block, exit);
    }

    fn for_statement(&mut self, node: Node<'_>) {
        let iterable = match node.field(FieldName::Right) {
            Some(right) => self.operand(right),
            None => Operand::Const(Const::Null),
        };
        let head_span = match (node.field(FieldName::Left), node.field(FieldName::Right)) {
            (Some(left), Some(right)) => span_of(left).cover(span_of(right)),
            _ => span_of(node),
        };
        let header = self.new_block();
        self.goto(header);
        self.switch_to(header);
        let has_next = self.opaque_temp("has_next", vec![iterable.clone()], head_span);
        let body_block = self.new_block();
        let exit = self.new_block();
        let alternative = node.field(FieldName::Alternative);
        let else_block = if alternative.is_some() {
            self.new_block()
        } else {
            exit
        };
        self.branch(has_next, body_block, else_block);
        self.switch_to(body_block);
        if let Some(left) = node.field(FieldName::Left) {
            self.assign_target(left, Expr::Element(iterable), head_span, head_span);
        }
        self.loop_body(node.field(FieldName::Body), header, exit);
        self.loop_else(alternative, else_block, exit);
    }

    fn loop_body(&mut self, body: Option<Node<'_>>, header: BlockId, exit: BlockId) {
        self.cur.loops.push((header, exit));
        if let Some(body) = body {
            self.block(body);
        }
        self.cur.loops.pop();
        self.goto(header);
    }

    fn loop_else(&mut self, alternative: Option<Node<'_>>, else_block: BlockId, exit: BlockId) {
        if let Some(alternative) = alternative {
            self.switch_to(else_block);
            if let Some(body) = alternative.field(FieldName::Body) {
                self.block(body);
            }
            self.goto(exit);
        }
        self.switch_to(exit);
    }

    /// `try` (rule 9): the body's blocks send exceptions to a dispatch block
    /// that tests each `except` in turn; `finally` is lowered once, reached
    /// normally and as the handler of everything above it, then either
    /// continues or rethrows.
    fn try_statement(&mut self, node: Node<'_>) {
        let mut excepts = Vec::new();
        let mut else_clause = None;
        let mut finally_clause = None;
        for child in named_children(node) {
            match child.kind_name() {
                "except_clause" | "except_group_clause" => excepts.push(child),
                "else_clause" => else_clause = Some(child),
                "finally_clause" => finally_clause = Some(child),
                _ => {}
            }
        }
        let exit = self.new_block();
        let finally_block = finally_clause.map(|_| self.new_block());
        if let Some(finally_block) = finally_block {
            self.cur.b.push_handler(finally_block);
        }
        let dispatch = (!excepts.is_empty()).then(|| self.new_block());
        if let Some(dispatch) = dispatch {
            self.cur.b.push_handler(dispatch);
        }
        let body_block = self.new_block();
        self.goto(body_block);
        self.switch_to(body_block);
        if let Some(body) = node.field(FieldName::Body) {
            self.block(body);
        }
        if dispatch.is_some() {
            self.cur.b.pop_handler();
        }
        // The else clause runs after a normal exit, outside the excepts.
        let after_body = self.new_block();
        self.goto(after_body);
        self.switch_to(after_body);
        if let Some(body) = else_clause.and_then(|c| c.field(FieldName::Body)) {
            self.block(body);
        }
        let after_try = finally_block.unwrap_or(exit);
        self.goto(after_try);
        if let Some(dispatch) = dispatch {
            self.switch_to(dispatch);
            self.except_clauses(&excepts, after_try);
        }
        if let (Some(finally_block), Some(clause)) = (finally_block, finally_clause) {
            self.cur.b.pop_handler();
            self.switch_to(finally_block);
            for body in named_children(clause) {
                if body.kind_name() == "block" {
                    self.block(body);
                }
            }
            if !self.cur.b.is_terminated() {
                let pending = self.opaque_temp("pending_exception", Vec::new(), span_of(clause));
                let rethrow = self.new_block();
                self.branch(pending, rethrow, exit);
                self.switch_to(rethrow);
                self.terminate_at(Terminator::Throw(None), span_of(clause));
            }
        }
        self.switch_to(exit);
    }

    fn except_clauses(&mut self, excepts: &[Node<'_>], after_try: BlockId) {
        for clause in excepts {
            let value = clause.field(FieldName::Value);
            let (type_node, alias) = match value {
                Some(value) if value.kind_name() == "as_pattern" => (
                    named_children(value).into_iter().next(),
                    value.field(FieldName::Alias),
                ),
                Some(value) => (Some(value), clause.field(FieldName::Alias)),
                None => (None, None),
            };
            let clause_block = self.new_block();
            let catch_all = type_node.is_none();
            if catch_all {
                self.goto(clause_block);
            } else {
                let next = self.new_block();
                let matches = self.opaque_temp("exception_match", Vec::new(), span_of(*clause));
                self.branch(matches, clause_block, next);
                self.switch_to(clause_block);
                self.bind_exception(type_node, alias, *clause);
                self.except_body(*clause, after_try);
                self.switch_to(next);
                continue;
            }
            self.switch_to(clause_block);
            self.bind_exception(type_node, alias, *clause);
            self.except_body(*clause, after_try);
            // Later clauses after a bare `except:` are unreachable.
            return;
        }
        // No clause matched: the exception propagates (to `finally`, if any).
        let span = excepts
            .last()
            .map_or(Span::DUMMY, |clause| span_of(*clause));
        self.terminate_at(Terminator::Throw(None), span);
    }

    fn bind_exception(
        &mut self,
        type_node: Option<Node<'_>>,
        alias: Option<Node<'_>>,
        clause: Node<'_>,
    ) {
        let Some(alias) = alias else { return };
        let ty = type_node.and_then(|ty| self.exception_type(ty));
        let names = super::expressions::target_names(self.src, alias);
        let caught = Expr::Opaque {
            kind: Name::new("caught_exception"),
            operands: Vec::new(),
        };
        self.assign_target(alias, caught, span_of(clause), span_of(clause));
        if let Some(ty) = ty {
            for name in names {
                self.set_local_type(name, ty.clone());
            }
        }
    }

    /// `E` or `(E, F)` (as a `Union`).
    fn exception_type(&self, node: Node<'_>) -> Option<TypeRef> {
        if node.kind_name() == "tuple" {
            let mut ty = TypeRef::simple("Union");
            for item in named_children(node) {
                ty.args.extend(self.type_ref(item, 0));
            }
            return Some(ty);
        }
        self.type_ref(node, 0)
    }

    fn except_body(&mut self, clause: Node<'_>, after_try: BlockId) {
        for body in named_children(clause) {
            if body.kind_name() == "block" {
                self.block(body);
            }
        }
        self.goto(after_try);
    }

    fn with_statement(&mut self, node: Node<'_>) {
        for child in named_children(node) {
            match child.kind_name() {
                "with_clause" => {
                    for item in named_children(child) {
                        self.with_item(item);
                    }
                }
                "with_item" => self.with_item(child),
                _ => {}
            }
        }
        if let Some(body) = node.field(FieldName::Body) {
            self.block(body);
        }
    }

    fn with_item(&mut self, item: Node<'_>) {
        let Some(value) = item.field(FieldName::Value) else {
            return;
        };
        if value.kind_name() == "as_pattern" {
            let expression = named_children(value).into_iter().next();
            let alias = value.field(FieldName::Alias);
            if let (Some(expression), Some(alias)) = (expression, alias) {
                let lowered = self.expr(expression);
                self.assign_target(alias, lowered, span_of(expression), span_of(item));
                return;
            }
        }
        let lowered = self.expr(value);
        self.eval(lowered, span_of(value));
    }

    fn raise_statement(&mut self, node: Node<'_>) {
        let cause = node.field(FieldName::Cause);
        let exception = named_children(node)
            .into_iter()
            .find(|child| Some(*child) != cause);
        let value = exception.map(|exception| self.operand(exception));
        if let Some(cause) = cause {
            let lowered = self.expr(cause);
            self.eval(lowered, span_of(cause));
        }
        self.terminate_at(Terminator::Throw(value), span_of(node));
    }

    /// `assert c, msg`: a branch that throws when `c` is false.
    fn assert_statement(&mut self, node: Node<'_>) {
        let parts = named_children(node);
        let Some(&test) = parts.first() else { return };
        let ok = self.new_block();
        let fail = self.new_block();
        self.cond(test, ok, fail);
        self.switch_to(fail);
        let message = parts.get(1).map(|message| self.operand(*message));
        self.terminate_at(Terminator::Throw(message), span_of(node));
        self.switch_to(ok);
    }

    /// `del` has no effect the analysis tracks; the target's sub-expressions
    /// are still evaluated.
    fn delete_statement(&mut self, node: Node<'_>) {
        let mut targets = named_children(node);
        if let [list] = targets.as_slice() {
            if list.kind_name() == "expression_list" {
                targets = named_children(*list);
            }
        }
        for target in targets {
            match target.kind_name() {
                "subscript" => {
                    if let Some(object) = target.field(FieldName::Value) {
                        self.operand(object);
                    }
                    self.index_operand(target);
                }
                "attribute" => {
                    if let Some(object) = target.field(FieldName::Object) {
                        self.operand(object);
                    }
                }
                _ => {}
            }
        }
    }

    /// Python 2 `print x, y` / `print >>f, x`: a call to `print`.
    fn print_statement(&mut self, node: Node<'_>) {
        let mut args = Vec::new();
        for child in named_children(node) {
            if child.kind_name() == "chevron" {
                if let Some(&file) = named_children(child).first() {
                    args.push(Arg {
                        value: self.operand(file),
                        keyword: Some(Name::new("file")),
                        spread: false,
                    });
                }
            } else {
                args.push(Arg::positional(self.operand(child)));
            }
        }
        self.builtin_call("print", args, span_of(node));
    }

    /// Python 2 `exec code in globals`: a call to `exec`.
    fn exec_statement(&mut self, node: Node<'_>) {
        let args = named_children(node)
            .into_iter()
            .map(|child| Arg::positional(self.operand(child)))
            .collect();
        self.builtin_call("exec", args, span_of(node));
    }

    fn builtin_call(&mut self, name: &str, args: Vec<Arg>, span: Span) {
        let callee = Callee::Function(Operand::Global(Name::new(name)));
        self.push(InstrKind::Eval(Expr::Call(Call { callee, args })), span);
    }

    // ---- match -------------------------------------------------------------

    /// Literal-only `match` → `Switch`; anything else → a chain of branches
    /// on opaque pattern tests (rule 10).
    fn match_statement(&mut self, node: Node<'_>) {
        let subject = match node.field(FieldName::Subject) {
            Some(subject) => self.operand(subject),
            None => Operand::Const(Const::Null),
        };
        let cases: Vec<Node<'_>> = node
            .field(FieldName::Body)
            .map(|body| {
                named_children(body)
                    .into_iter()
                    .filter(|c| c.kind_name() == "case_clause")
                    .collect()
            })
            .unwrap_or_default();
        let exit = self.new_block();
        let constant: Option<Vec<CaseShape>> =
            cases.iter().map(|case| self.case_shape(*case)).collect();
        match constant {
            Some(shapes) if !shapes.is_empty() => self.match_switch(subject, &cases, shapes, exit),
            _ => self.match_chain(subject, &cases, exit),
        }
        self.switch_to(exit);
    }

    fn match_switch(
        &mut self,
        subject: Operand,
        cases: &[Node<'_>],
        shapes: Vec<CaseShape>,
        exit: BlockId,
    ) {
        let mut table = Vec::new();
        let mut default = exit;
        let mut bodies = Vec::new();
        for (case, shape) in cases.iter().zip(shapes) {
            let block = self.new_block();
            match shape {
                CaseShape::Constants(values) => {
                    table.extend(values.into_iter().map(|value| (value, block)));
                }
                CaseShape::Wildcard => {
                    if default == exit {
                        default = block;
                    }
                }
            }
            bodies.push((*case, block));
        }
        self.terminate(Terminator::Switch {
            value: subject,
            cases: table,
            default,
        });
        for (case, block) in bodies {
            self.switch_to(block);
            if let Some(body) = case.field(FieldName::Consequence) {
                self.block(body);
            }
            self.goto(exit);
        }
    }

    fn match_chain(&mut self, subject: Operand, cases: &[Node<'_>], exit: BlockId) {
        for case in cases {
            let body_block = self.new_block();
            let next = self.new_block();
            let bind_block = self.new_block();
            let test = self.opaque_temp("match_pattern", vec![subject.clone()], span_of(*case));
            self.branch(test, bind_block, next);
            self.switch_to(bind_block);
            self.bind_captures(*case, &subject);
            match case.field(FieldName::Guard) {
                Some(guard) => match named_children(guard).first() {
                    Some(&condition) => self.cond(condition, body_block, next),
                    None => self.goto(body_block),
                },
                None => self.goto(body_block),
            }
            self.switch_to(body_block);
            if let Some(body) = case.field(FieldName::Consequence) {
                self.block(body);
            }
            self.goto(exit);
            self.switch_to(next);
        }
        self.goto(exit);
    }

    /// Names a case pattern binds get an opaque value derived from the subject.
    fn bind_captures(&mut self, case: Node<'_>, subject: &Operand) {
        let mut names = Vec::new();
        let mut stack: Vec<(Node<'_>, &'static str)> = named_children(case)
            .into_iter()
            .filter(|child| child.kind_name() == "case_pattern")
            .map(|child| (child, "case_clause"))
            .collect();
        while let Some((node, parent)) = stack.pop() {
            match node.kind_name() {
                "dotted_name" if is_capture_parent(parent) => {
                    if let [single] = named_children(node).as_slice() {
                        names.push(*single);
                    }
                }
                "splat_pattern" | "as_pattern_target" => {
                    names.extend(
                        named_children(node)
                            .into_iter()
                            .filter(|c| c.kind_name() == "identifier"),
                    );
                }
                _ => {
                    for child in named_children(node) {
                        stack.push((child, node.kind_name()));
                    }
                }
            }
        }
        for name_node in names {
            let name = self.name_of(name_node);
            if name.as_str() == "_" {
                continue;
            }
            let value = Expr::Opaque {
                kind: Name::new("match_capture"),
                operands: vec![subject.clone()],
            };
            self.write_name(name, value, span_of(name_node), span_of(name_node));
        }
    }

    /// Constants of a guard-free case whose pattern is literals (or `_`).
    fn case_shape(&self, case: Node<'_>) -> Option<CaseShape> {
        if case.field(FieldName::Guard).is_some() {
            return None;
        }
        let patterns: Vec<Node<'_>> = named_children(case)
            .into_iter()
            .filter(|child| child.kind_name() == "case_pattern")
            .collect();
        let [pattern] = patterns.as_slice() else {
            return None;
        };
        let inner = named_children(*pattern);
        if inner.is_empty() && self.text(*pattern).trim() == "_" {
            return Some(CaseShape::Wildcard);
        }
        let [value] = inner.as_slice() else {
            return None;
        };
        let mut constants = Vec::new();
        let mut stack = vec![*value];
        while let Some(node) = stack.pop() {
            match node.kind_name() {
                "union_pattern" => stack.extend(named_children(node).into_iter().rev()),
                "case_pattern" => stack.extend(named_children(node).into_iter().rev()),
                _ => constants.push(self.literal_pattern(node)?),
            }
        }
        Some(CaseShape::Constants(constants))
    }

    fn literal_pattern(&self, node: Node<'_>) -> Option<Const> {
        match node.kind_name() {
            "string" | "concatenated_string" => {
                super::strings::const_string(self.src, node).map(|text| Const::str(&text))
            }
            "integer" | "float" => {
                let text = self.text(node);
                let (negative, digits) = match text.strip_prefix('-') {
                    Some(rest) => (true, rest.trim()),
                    None => (false, text),
                };
                match super::expressions::parse_number(digits)? {
                    Const::Int(value) if negative => Some(Const::Int(value.wrapping_neg())),
                    Const::Float(value) if negative => Some(Const::Float(-value)),
                    other => Some(other),
                }
            }
            "true" => Some(Const::Bool(true)),
            "false" => Some(Const::Bool(false)),
            "none" => Some(Const::Null),
            _ => None,
        }
    }
}

enum Place {
    Target,
    Field(Operand, Name),
    Index(Operand, Operand),
}

enum CaseShape {
    Constants(Vec<Const>),
    Wildcard,
}
