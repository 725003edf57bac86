//! Statements and control flow: each statement appends to the current
//! block; compound statements build the CFG shapes of docs/ir.md (rules
//! 7-10).

use plumb_ir::{BlockId, Const, Expr, InstrKind, Operand, Terminator};
use plumb_syntax::children;
use plumb_text::Name;
use tree_sitter::Node;

use super::{named_children, JumpTargets, Lowerer};
use crate::grammar::FieldName;
use crate::span_of;

type StmtFn<'s> = for<'a, 't> fn(&'a mut Lowerer<'s>, Node<'t>);

/// Statement kinds worth salvaging from inside a syntax error.
fn is_statement_kind(kind: &str) -> bool {
    matches!(
        kind,
        "expression_statement"
            | "lexical_declaration"
            | "variable_declaration"
            | "if_statement"
            | "for_statement"
            | "for_in_statement"
            | "while_statement"
            | "do_statement"
            | "try_statement"
            | "switch_statement"
            | "return_statement"
            | "throw_statement"
            | "function_declaration"
            | "class_declaration"
            | "import_statement"
            | "export_statement"
            | "statement_block"
            | "call_expression"
            | "assignment_expression"
    )
}

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
        let lower: StmtFn<'s> = match self.kind(node) {
            "expression_statement" => Self::expression_statement,
            "lexical_declaration" | "variable_declaration" => Self::declaration,
            "statement_block" => Self::block,
            "if_statement" => Self::if_statement,
            "while_statement" => Self::while_statement,
            "do_statement" => Self::do_statement,
            "for_statement" => Self::for_statement,
            "for_in_statement" => Self::for_in_statement,
            "try_statement" => Self::try_statement,
            "switch_statement" => Self::switch_statement,
            "return_statement" => Self::return_statement,
            "throw_statement" => Self::throw_statement,
            "break_statement" | "continue_statement" => Self::jump,
            "labeled_statement" => Self::labeled_statement,
            "function_declaration" | "generator_function_declaration" => Self::function_declaration,
            "class_declaration" | "abstract_class_declaration" => Self::class_declaration,
            "import_statement" => Self::import_declaration,
            "export_statement" => Self::export_statement,
            "enum_declaration" => Self::enum_statement,
            // `namespace N { ... }`: its statements run in place.
            "internal_module" | "module" => Self::namespace,
            "ambient_declaration"
            | "interface_declaration"
            | "type_alias_declaration"
            | "function_signature"
            | "abstract_method_signature"
            | "import_alias"
            | "empty_statement"
            | "debugger_statement"
            | "comment"
            | "hash_bang_line"
            | "html_comment" => return,
            "ERROR" => Self::salvage,
            _ => Self::other_statement,
        };
        lower(self, node);
    }

    pub(super) fn block(&mut self, node: Node<'_>) {
        let statements = named_children(node);
        self.hoist_functions(&statements);
        for statement in statements {
            self.stmt(statement);
        }
    }

    /// Already recorded as a syntax error; salvage the statements inside.
    fn salvage(&mut self, node: Node<'_>) {
        for child in named_children(node) {
            if is_statement_kind(self.kind(child)) {
                self.stmt(child);
            }
        }
    }

    fn other_statement(&mut self, node: Node<'_>) {
        if !node.is_error() {
            self.unlowered(self.kind(node));
        }
        for child in named_children(node) {
            self.effect(child);
        }
    }

    fn expression_statement(&mut self, node: Node<'_>) {
        for child in named_children(node) {
            if self.kind(child) == "assignment_expression" {
                self.assignment_statement(child);
            } else {
                self.effect(child);
            }
        }
    }

    /// `target = value` as a statement; `module.exports = { ... }` names
    /// the functions of the object it exports.
    fn assignment_statement(&mut self, node: Node<'_>) {
        let (Some(left), Some(right)) = (
            self.field(node, FieldName::Left),
            self.field(node, FieldName::Right),
        ) else {
            return;
        };
        let exporting = self.cur.module_level
            && matches!(self.text(left), "module.exports" | "exports")
            && self.kind(right) == "object";
        let saved = std::mem::replace(&mut self.exporting, exporting);
        let value = self.assigned_value(left, right);
        self.exporting = saved;
        self.assign_pattern(left, value, span_of(right), span_of(node));
    }

    fn declaration(&mut self, node: Node<'_>) {
        for declarator in named_children(node) {
            if self.kind(declarator) != "variable_declarator" {
                continue;
            }
            if self.require_declarator(declarator) {
                continue;
            }
            let Some(name) = self.field(declarator, FieldName::Name) else {
                continue;
            };
            if let (Some(ty), "identifier") = (self.annotated_type(declarator), self.kind(name)) {
                let local = self.name_of(name);
                self.set_local_type(local, ty);
            }
            let span = span_of(declarator);
            match self.field(declarator, FieldName::Value) {
                Some(value) => {
                    let lowered = self.assigned_value(name, value);
                    self.assign_pattern(name, lowered, span_of(value), span);
                }
                // `let x;` is undefined until assigned.
                None if self.kind(name) == "identifier" => {
                    let local = self.name_of(name);
                    let undefined = Expr::Use(Operand::Const(Const::Null));
                    self.write_name(local, undefined, span, span);
                }
                None => {}
            }
        }
    }

    fn function_declaration(&mut self, node: Node<'_>) {
        if self.hoisted.contains(&node.id()) {
            return;
        }
        let id = self.function_value(node, None);
        if !self.cur.module_level {
            if let Some(name) = self.field(node, FieldName::Name) {
                let name = self.name_of(name);
                let span = span_of(node);
                self.write_name(name, Expr::Closure(id), span, span);
            }
        }
    }

    fn class_declaration(&mut self, node: Node<'_>) {
        self.class_value(node, None);
    }

    fn enum_statement(&mut self, node: Node<'_>) {
        self.enum_declaration(node);
    }

    fn namespace(&mut self, node: Node<'_>) {
        if let Some(body) = self.field(node, FieldName::Body) {
            self.block(body);
        }
    }

    fn import_declaration(&mut self, node: Node<'_>) {
        self.import_statement(node);
    }

    /// `export <declaration>`, `export default <value>`; re-exports and
    /// export lists bind nothing new here.
    fn export_statement(&mut self, node: Node<'_>) {
        let decorators: Vec<Node<'_>> = self.field_children(node, FieldName::Decorator);
        if let Some(declaration) = self.field(node, FieldName::Declaration) {
            if matches!(
                self.kind(declaration),
                "class_declaration" | "abstract_class_declaration"
            ) && !decorators.is_empty()
            {
                self.class_with_decorators(declaration, None, &decorators);
                return;
            }
            self.stmt(declaration);
            // `export default function f()` exports `f` as the module itself,
            // as `module.exports = f` does in CommonJS.
            let is_default = children(node)
                .iter()
                .any(|child| self.kind(*child) == "default");
            if is_default
                && self.cur.module_level
                && self.kind(declaration) == "function_declaration"
            {
                if let Some(name) = self.field(declaration, FieldName::Name) {
                    let name = self.name_of(name);
                    let span = span_of(node);
                    self.push(
                        InstrKind::StoreField {
                            obj: Operand::Global(Name::new("module")),
                            field: Name::new("exports"),
                            value: Operand::Global(name),
                        },
                        span,
                    );
                }
            }
            return;
        }
        if let Some(value) = self.field(node, FieldName::Value) {
            let lowered = match self.kind(value) {
                kind if self.is_function_node(value) || kind == "function_declaration" => {
                    Expr::Closure(self.function_value(value, Some("default")))
                }
                "class" | "class_declaration" => {
                    self.class_with_decorators(value, Some("default"), &decorators)
                }
                _ => self.expr(value),
            };
            self.eval(lowered, span_of(value));
        }
    }

    fn return_statement(&mut self, node: Node<'_>) {
        let value = named_children(node)
            .into_iter()
            .find(|child| self.kind(*child) != "comment")
            .map(|value| self.operand(value));
        self.terminate_at(Terminator::Return(value), span_of(node));
    }

    fn throw_statement(&mut self, node: Node<'_>) {
        let value = named_children(node)
            .into_iter()
            .find(|child| self.kind(*child) != "comment")
            .map(|value| self.operand(value));
        self.terminate_at(Terminator::Throw(value), span_of(node));
    }

    // ---- jumps -------------------------------------------------------------

    fn jump(&mut self, node: Node<'_>) {
        let label = self
            .field(node, FieldName::Label)
            .map(|label| self.name_of(label));
        let is_break = self.kind(node) == "break_statement";
        let target = self.cur.jumps.iter().rev().find_map(|targets| {
            if label.is_some() && targets.label != label {
                return None;
            }
            if is_break {
                Some(targets.break_to)
            } else {
                targets.continue_to
            }
        });
        if let Some(target) = target {
            self.goto(target);
        }
    }

    fn labeled_statement(&mut self, node: Node<'_>) {
        let label = self
            .field(node, FieldName::Label)
            .map(|label| self.name_of(label));
        let Some(body) = self.field(node, FieldName::Body) else {
            return;
        };
        let is_loop = matches!(
            self.kind(body),
            "for_statement" | "for_in_statement" | "while_statement" | "do_statement"
        );
        if is_loop {
            self.cur.pending_label = label;
            self.stmt(body);
            return;
        }
        let exit = self.new_block();
        self.cur.jumps.push(JumpTargets {
            label,
            continue_to: None,
            break_to: exit,
        });
        self.stmt(body);
        self.cur.jumps.pop();
        self.goto(exit);
        self.switch_to(exit);
    }

    /// Runs a loop body with `continue` going to `next` and `break` to `exit`.
    fn loop_body(&mut self, body: Option<Node<'_>>, next: BlockId, exit: BlockId) {
        let label = self.cur.pending_label.take();
        self.cur.jumps.push(JumpTargets {
            label,
            continue_to: Some(next),
            break_to: exit,
        });
        if let Some(body) = body {
            self.stmt(body);
        }
        self.cur.jumps.pop();
        self.goto(next);
    }

    // ---- control flow ------------------------------------------------------

    /// The expression inside `( ... )` of an `if`/`while`/`switch`.
    fn condition_of<'t>(&self, node: Node<'t>) -> Option<Node<'t>> {
        let condition = self.field(node, FieldName::Condition)?;
        if self.kind(condition) == "parenthesized_expression" {
            if let [inner] = named_children(condition).as_slice() {
                return Some(*inner);
            }
        }
        Some(condition)
    }

    fn if_statement(&mut self, node: Node<'_>) {
        let then_block = self.new_block();
        let else_block = self.new_block();
        let join = self.new_block();
        match self.condition_of(node) {
            Some(condition) => self.cond(condition, then_block, else_block),
            None => self.goto(then_block),
        }
        self.switch_to(then_block);
        if let Some(body) = self.field(node, FieldName::Consequence) {
            self.stmt(body);
        }
        self.goto(join);
        self.switch_to(else_block);
        if let Some(alternative) = self.field(node, FieldName::Alternative) {
            for body in named_children(alternative) {
                self.stmt(body);
            }
        }
        self.goto(join);
        self.switch_to(join);
    }

    fn while_statement(&mut self, node: Node<'_>) {
        let header = self.new_block();
        self.goto(header);
        self.switch_to(header);
        let body_block = self.new_block();
        let exit = self.new_block();
        match self.condition_of(node) {
            Some(condition) => self.cond(condition, body_block, exit),
            None => self.goto(body_block),
        }
        self.switch_to(body_block);
        self.loop_body(self.field(node, FieldName::Body), header, exit);
        self.switch_to(exit);
    }

    fn do_statement(&mut self, node: Node<'_>) {
        let body_block = self.new_block();
        let test = self.new_block();
        let exit = self.new_block();
        self.goto(body_block);
        self.switch_to(body_block);
        self.loop_body(self.field(node, FieldName::Body), test, exit);
        self.switch_to(test);
        match self.condition_of(node) {
            Some(condition) => self.cond(condition, body_block, exit),
            None => self.goto(exit),
        }
        self.switch_to(exit);
    }

    fn for_statement(&mut self, node: Node<'_>) {
        if let Some(initializer) = self.field(node, FieldName::Initializer) {
            match self.kind(initializer) {
                "lexical_declaration" | "variable_declaration" => self.stmt(initializer),
                "empty_statement" => {}
                _ => self.effect(initializer),
            }
        }
        let header = self.new_block();
        self.goto(header);
        self.switch_to(header);
        let body_block = self.new_block();
        let increment = self.new_block();
        let exit = self.new_block();
        let condition = self
            .field(node, FieldName::Condition)
            .and_then(|c| match self.kind(c) {
                "expression_statement" => named_children(c).into_iter().next(),
                "empty_statement" | ";" => None,
                _ => Some(c),
            });
        match condition {
            Some(condition) => self.cond(condition, body_block, exit),
            None => self.goto(body_block),
        }
        self.switch_to(body_block);
        self.loop_body(self.field(node, FieldName::Body), increment, exit);
        self.switch_to(increment);
        if let Some(step) = self.field(node, FieldName::Increment) {
            self.effect(step);
        }
        self.goto(header);
        self.switch_to(exit);
    }

    /// `for (x of xs)` binds `x = Element(xs)`; `for (k in o)` binds the
    /// property names, which come from the object (request data keys are
    /// request data too).
    fn for_in_statement(&mut self, node: Node<'_>) {
        let iterable = self.child_operand(node, FieldName::Right);
        let is_in = self
            .field(node, FieldName::Operator)
            .is_some_and(|operator| self.kind(operator) == "in");
        let head_span = match (
            self.field(node, FieldName::Left),
            self.field(node, FieldName::Right),
        ) {
            (Some(left), Some(right)) => span_of(left).cover(span_of(right)),
            _ => span_of(node),
        };
        let header = self.new_block();
        self.goto(header);
        self.switch_to(header);
        let has_next = self.opaque_temp("has_next", vec![iterable.clone()], head_span);
        let body_block = self.new_block();
        let exit = self.new_block();
        self.branch(has_next, body_block, exit);
        self.switch_to(body_block);
        if let Some(left) = self.field(node, FieldName::Left) {
            let item = if is_in {
                super::opaque("property_name", vec![iterable])
            } else {
                Expr::Element(iterable)
            };
            self.assign_pattern(left, item, head_span, head_span);
        }
        self.loop_body(self.field(node, FieldName::Body), header, exit);
        self.switch_to(exit);
    }

    /// `try` (rule 9): the body's blocks send exceptions to the `catch`
    /// block; `finally` is lowered once, reached normally and as the
    /// handler of everything above it, then either continues or rethrows.
    fn try_statement(&mut self, node: Node<'_>) {
        let handler = self.field(node, FieldName::Handler);
        let finalizer = self.field(node, FieldName::Finalizer);
        let exit = self.new_block();
        let finally_block = finalizer.map(|_| self.new_block());
        if let Some(finally_block) = finally_block {
            self.cur.b.push_handler(finally_block);
        }
        let catch_block = handler.map(|_| self.new_block());
        if let Some(catch_block) = catch_block {
            self.cur.b.push_handler(catch_block);
        }
        let body_block = self.new_block();
        self.goto(body_block);
        self.switch_to(body_block);
        if let Some(body) = self.field(node, FieldName::Body) {
            self.stmt(body);
        }
        if catch_block.is_some() {
            self.cur.b.pop_handler();
        }
        let after_try = finally_block.unwrap_or(exit);
        self.goto(after_try);
        if let (Some(catch_block), Some(handler)) = (catch_block, handler) {
            self.switch_to(catch_block);
            if let Some(parameter) = self.field(handler, FieldName::Parameter) {
                let caught = super::opaque("caught_exception", Vec::new());
                let span = span_of(parameter);
                self.assign_pattern(parameter, caught, span, span);
            }
            if let Some(body) = self.field(handler, FieldName::Body) {
                self.stmt(body);
            }
            self.goto(after_try);
        }
        if let (Some(finally_block), Some(clause)) = (finally_block, finalizer) {
            self.cur.b.pop_handler();
            self.switch_to(finally_block);
            if let Some(body) = self.field(clause, FieldName::Body) {
                self.stmt(body);
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

    /// `switch` (rule 10): constant labels make a `Switch`; otherwise each
    /// case is tested in turn with `===`. Either way a case's body falls
    /// through to the next one unless it breaks.
    fn switch_statement(&mut self, node: Node<'_>) {
        let subject = match self.field(node, FieldName::Value) {
            Some(value) => {
                let inner = match named_children(value).as_slice() {
                    [inner] if self.kind(value) == "parenthesized_expression" => *inner,
                    _ => value,
                };
                self.operand(inner)
            }
            None => Operand::Const(Const::Null),
        };
        let cases: Vec<Node<'_>> = self
            .field(node, FieldName::Body)
            .map(|body| {
                named_children(body)
                    .into_iter()
                    .filter(|c| matches!(self.kind(*c), "switch_case" | "switch_default"))
                    .collect()
            })
            .unwrap_or_default();
        let exit = self.new_block();
        let bodies: Vec<BlockId> = cases.iter().map(|_| self.new_block()).collect();
        let default_index = cases
            .iter()
            .position(|case| self.kind(*case) == "switch_default");
        let default = default_index.map_or(exit, |index| bodies[index]);
        let constants: Option<Vec<(Const, BlockId)>> = cases
            .iter()
            .zip(&bodies)
            .filter(|(case, _)| self.kind(**case) == "switch_case")
            .map(|(case, block)| {
                let value = self.field(*case, FieldName::Value)?;
                Some((self.case_constant(value)?, *block))
            })
            .collect();
        match constants {
            Some(table) => self.terminate(Terminator::Switch {
                value: subject,
                cases: table,
                default,
            }),
            None => {
                for (case, block) in cases.iter().zip(&bodies) {
                    if self.kind(*case) != "switch_case" {
                        continue;
                    }
                    let next = self.new_block();
                    let test = match self.field(*case, FieldName::Value) {
                        Some(value) => {
                            let value = self.operand(value);
                            let equal = Expr::Binary(plumb_ir::BinOp::Eq, subject.clone(), value);
                            self.cur.b.assign_temp(equal, span_of(*case))
                        }
                        None => Operand::Const(Const::Bool(false)),
                    };
                    self.branch(test, *block, next);
                    self.switch_to(next);
                }
                self.goto(default);
            }
        }
        self.cur.jumps.push(JumpTargets {
            label: None,
            continue_to: None,
            break_to: exit,
        });
        for (position, case) in cases.iter().enumerate() {
            self.switch_to(bodies[position]);
            for statement in self.field_children(*case, FieldName::Body) {
                self.stmt(statement);
            }
            let next = bodies.get(position + 1).copied().unwrap_or(exit);
            self.goto(next);
        }
        self.cur.jumps.pop();
        self.switch_to(exit);
    }

    fn case_constant(&self, node: Node<'_>) -> Option<Const> {
        match self.kind(node) {
            "string" => Some(Const::str(&super::strings::string_text(self.src, node))),
            "number" => super::expressions::parse_number(self.text(node)),
            "true" => Some(Const::Bool(true)),
            "false" => Some(Const::Bool(false)),
            "null" | "undefined" => Some(Const::Null),
            "template_string" => {
                let parts = super::strings::template_parts(self.src, self.g, node);
                let mut text = String::new();
                for part in parts {
                    match part {
                        super::strings::TemplatePart::Text(piece) => text.push_str(&piece),
                        super::strings::TemplatePart::Value(_) => return None,
                    }
                }
                Some(Const::str(&text))
            }
            _ => None,
        }
    }
}
