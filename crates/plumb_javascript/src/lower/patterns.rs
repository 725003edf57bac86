//! Assignment targets and destructuring: `x = v`, `o.f = v`, `a[i] = v`,
//! `const { id, name: n = "", ...rest } = req.query`, `[a, b] = pair`.
//! Object patterns read fields, array patterns read indices, defaults
//! join the read value with the default, rests keep the whole value's flow.

use plumb_ir::{BinOp, Const, Expr, InstrKind, Operand};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::{named_children, opaque, Lowerer};
use crate::grammar::FieldName;
use crate::span_of;

impl Lowerer<'_> {
    /// Stores `value` into the target or pattern `target`.
    pub(super) fn assign_pattern(
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
        self.assign_pattern_inner(target, value, value_span, store_span);
        self.ascend();
    }

    fn assign_pattern_inner(
        &mut self,
        target: Node<'_>,
        value: Expr,
        value_span: Span,
        store_span: Span,
    ) {
        match self.kind(target) {
            "identifier" | "shorthand_property_identifier_pattern" => {
                let name = self.name_of(target);
                self.write_name(name, value, value_span, store_span);
            }
            "member_expression" => {
                let value = self.spill(value, value_span);
                let obj = self.child_operand(target, FieldName::Object);
                let field = match self.field(target, FieldName::Property) {
                    Some(property) => self.name_of(property),
                    None => Name::new("<missing>"),
                };
                self.store_field(obj, field, value, store_span);
            }
            "subscript_expression" => {
                let value = self.spill(value, value_span);
                let obj = self.child_operand(target, FieldName::Object);
                let index = self.child_operand(target, FieldName::Index);
                self.push(InstrKind::StoreIndex { obj, index, value }, store_span);
            }
            "object_pattern" => {
                let whole = self.spill(value, value_span);
                for property in named_children(target) {
                    self.object_pattern_property(property, &whole, store_span);
                }
            }
            "array_pattern" => {
                let whole = self.spill(value, value_span);
                for (position, element) in named_children(target).into_iter().enumerate() {
                    if self.kind(element) == "rest_pattern" {
                        let rest = opaque("rest", vec![whole.clone()]);
                        if let Some(&inner) = named_children(element).first() {
                            self.assign_pattern(inner, rest, span_of(element), store_span);
                        }
                        continue;
                    }
                    let index = i64::try_from(position).unwrap_or(i64::MAX);
                    let item = Expr::Index(whole.clone(), Operand::Const(Const::Int(index)));
                    self.assign_pattern(element, item, span_of(element), store_span);
                }
            }
            "assignment_pattern" => {
                let read = self.spill(value, value_span);
                let with_default = self.with_default(read, target, FieldName::Right);
                if let Some(left) = self.field(target, FieldName::Left) {
                    self.assign_pattern(left, with_default, value_span, store_span);
                }
            }
            "rest_pattern" => {
                let whole = self.spill(value, value_span);
                if let Some(&inner) = named_children(target).first() {
                    self.assign_pattern(inner, opaque("rest", vec![whole]), value_span, store_span);
                }
            }
            "parenthesized_expression" | "non_null_expression" | "as_expression" => {
                match named_children(target).first() {
                    Some(&inner) => self.assign_pattern(inner, value, value_span, store_span),
                    None => self.eval(value, value_span),
                }
            }
            kind => {
                if !target.is_error() {
                    self.unlowered(&format!("assignment_target:{kind}"));
                }
                self.eval(value, value_span);
            }
        }
    }

    fn object_pattern_property(&mut self, property: Node<'_>, whole: &Operand, store_span: Span) {
        let span = span_of(property);
        match self.kind(property) {
            "shorthand_property_identifier_pattern" => {
                let name = self.name_of(property);
                self.write_name(name, Expr::Field(whole.clone(), name), span, store_span);
            }
            "pair_pattern" => {
                let key = match self.field(property, FieldName::Key) {
                    Some(key) => self.property_key(key),
                    None => Operand::Const(Const::Null),
                };
                let read = match &key {
                    Operand::Const(Const::Str(text)) => Expr::Field(whole.clone(), Name::new(text)),
                    _ => Expr::Index(whole.clone(), key),
                };
                if let Some(value) = self.field(property, FieldName::Value) {
                    self.assign_pattern(value, read, span, store_span);
                }
            }
            // `{ name = "guest" }`
            "object_assignment_pattern" => {
                let Some(left) = self.field(property, FieldName::Left) else {
                    return;
                };
                let read = match self.kind(left) {
                    "shorthand_property_identifier_pattern" => {
                        let name = self.name_of(left);
                        Expr::Field(whole.clone(), name)
                    }
                    _ => Expr::Use(whole.clone()),
                };
                let read = self.spill(read, span);
                let with_default = self.with_default(read, property, FieldName::Right);
                self.assign_pattern(left, with_default, span, store_span);
            }
            "rest_pattern" => {
                if let Some(&inner) = named_children(property).first() {
                    self.assign_pattern(
                        inner,
                        opaque("rest", vec![whole.clone()]),
                        span,
                        store_span,
                    );
                }
            }
            _ => {}
        }
    }

    /// `read`, or the default in `node`'s `field` when `read` is undefined:
    /// a diamond joining both.
    pub(super) fn with_default(&mut self, read: Operand, node: Node<'_>, field: FieldName) -> Expr {
        let Some(default) = self.field(node, field) else {
            return Expr::Use(read);
        };
        let span = span_of(node);
        let result = self.cur.b.temp();
        self.cur.b.assign(result, Expr::Use(read.clone()), span);
        let missing = self.cur.b.assign_temp(
            Expr::Binary(BinOp::Eq, read, Operand::Const(Const::Null)),
            span,
        );
        let use_default = self.new_block();
        let join = self.new_block();
        self.branch(missing, use_default, join);
        self.switch_to(use_default);
        let value = self.expr(default);
        self.cur.b.assign(result, value, span_of(default));
        self.goto(join);
        self.switch_to(join);
        Expr::Use(Operand::Var(result))
    }
}
