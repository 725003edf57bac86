//! Patterns: what a `let`, a parameter, a `match` arm, `if let` or `for`
//! binds, and the test a refutable pattern makes.
//!
//! `Some(x)`, `Ok(x)` and `Err(e)` bind `x` to the value itself (wrappers
//! are transparent); a tuple struct's fields are named by position, so
//! `Query(params): Query<Params>` binds `params = $arg.0` with the type
//! argument `Params` as its type; tuples and slices read `Index`es.

use plumb_ir::{BinOp, Const, Expr, Operand, TypeRef};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::{named_children, opaque, Lowerer};
use crate::fields::FieldName;
use crate::kinds::KindExt;

/// Tuple-struct patterns that only unwrap their value.
const WRAPPERS: &[&str] = &["Some", "Ok", "Err"];

impl Lowerer<'_> {
    pub(super) fn bind_pattern(
        &mut self,
        pattern: Node<'_>,
        value: Expr,
        ty: Option<&TypeRef>,
        span: Span,
    ) {
        if !self.descend() {
            self.eval(value, span);
            return;
        }
        self.bind_pattern_inner(pattern, value, ty, span);
        self.ascend();
    }

    fn bind_pattern_inner(
        &mut self,
        pattern: Node<'_>,
        value: Expr,
        ty: Option<&TypeRef>,
        span: Span,
    ) {
        match pattern.kind_name() {
            "identifier" => {
                if is_constant_name(self.text(pattern)) {
                    self.eval(value, span);
                    return;
                }
                let name = self.name_of(pattern);
                self.declare_var(name, ty.cloned(), value, span);
            }
            "mut_pattern" | "ref_pattern" | "reference_pattern" => {
                match named_children(pattern)
                    .into_iter()
                    .find(|c| c.kind_name() != "mutable_specifier")
                {
                    Some(inner) => self.bind_pattern(inner, value, ty, span),
                    None => self.eval(value, span),
                }
            }
            "captured_pattern" => {
                let children = named_children(pattern);
                let whole = self.spill(value, span);
                if let Some(first) = children.first() {
                    self.bind_pattern(*first, Expr::Use(whole.clone()), ty, span);
                }
                if let Some(rest) = children.get(1) {
                    self.bind_pattern(*rest, Expr::Use(whole), ty, span);
                }
            }
            "or_pattern" => match named_children(pattern).into_iter().next() {
                Some(first) => self.bind_pattern(first, value, ty, span),
                None => self.eval(value, span),
            },
            "tuple_pattern" | "slice_pattern" => {
                let whole = self.spill(value, span);
                let element_types: Vec<TypeRef> = ty.map(|t| t.args.clone()).unwrap_or_default();
                for (index, child) in named_children(pattern).into_iter().enumerate() {
                    if child.kind_name() == "remaining_field_pattern" {
                        continue;
                    }
                    let part = Expr::Index(whole.clone(), Operand::Const(Const::Int(index as i64)));
                    self.bind_pattern(child, part, element_types.get(index), span);
                }
            }
            "tuple_struct_pattern" => self.bind_tuple_struct(pattern, value, ty, span),
            "struct_pattern" => {
                let whole = self.spill(value, span);
                for child in named_children(pattern) {
                    if child.kind_name() != "field_pattern" {
                        continue;
                    }
                    let Some(name) = self.field(child, FieldName::Name) else {
                        continue;
                    };
                    let field = self.name_of(name);
                    let part = Expr::Field(whole.clone(), field);
                    match self.field(child, FieldName::Pattern) {
                        Some(inner) => self.bind_pattern(inner, part, None, span),
                        None => self.declare_var(field, None, part, span),
                    }
                }
            }
            _ => self.eval(value, span),
        }
    }

    fn bind_tuple_struct(
        &mut self,
        pattern: Node<'_>,
        value: Expr,
        ty: Option<&TypeRef>,
        span: Span,
    ) {
        let ty_node = self.field(pattern, FieldName::Type);
        let constructor = ty_node
            .map(|t| self.path_segments(t))
            .and_then(|s| s.last().cloned())
            .unwrap_or_default();
        let children: Vec<Node<'_>> = named_children(pattern)
            .into_iter()
            .filter(|c| Some(*c) != ty_node)
            .collect();
        if WRAPPERS.contains(&constructor.as_str()) {
            match children.first() {
                Some(inner) => self.bind_pattern(*inner, value, ty, span),
                None => self.eval(value, span),
            }
            return;
        }
        // `Query(p): Query<Params>`: the field's type is the type argument.
        let same_type =
            ty.is_some_and(|t| t.name.as_str().rsplit('.').next() == Some(constructor.as_str()));
        let whole = self.spill(value, span);
        for (index, child) in children.into_iter().enumerate() {
            if child.kind_name() == "remaining_field_pattern" {
                continue;
            }
            let field_ty = if same_type {
                ty.and_then(|t| t.args.get(index).or_else(|| t.args.first()))
            } else {
                None
            };
            let part = Expr::Field(whole.clone(), Name::new(&index.to_string()));
            self.bind_pattern(child, part, field_ty, span);
        }
    }

    /// The test a pattern makes on `subject`: `None` when it always
    /// matches; `==` for literals and constants; an unknown condition for
    /// the rest (variants, ranges).
    pub(super) fn pattern_test(&mut self, pattern: Node<'_>, subject: &Operand) -> Option<Operand> {
        let span = self.span(pattern);
        match pattern.kind_name() {
            "identifier" if !is_constant_name(self.text(pattern)) => None,
            "_" | "remaining_field_pattern" => None,
            "mut_pattern" | "ref_pattern" | "reference_pattern" | "captured_pattern" => {
                let inner = named_children(pattern)
                    .into_iter()
                    .rfind(|c| c.kind_name() != "mutable_specifier")?;
                self.pattern_test(inner, subject)
            }
            "tuple_struct_pattern"
                if self
                    .field(pattern, FieldName::Type)
                    .is_some_and(|t| matches!(self.text(t), "Some" | "Ok")) =>
            {
                Some(self.cur.b.assign_temp(opaque("is_some", Vec::new()), span))
            }
            "string_literal" | "raw_string_literal" | "integer_literal" | "boolean_literal"
            | "char_literal" | "negative_literal" | "float_literal" => {
                let literal = self.operand(pattern);
                Some(
                    self.cur
                        .b
                        .assign_temp(Expr::Binary(BinOp::Eq, subject.clone(), literal), span),
                )
            }
            "identifier" | "scoped_identifier" => {
                let path = self.path_segments(pattern).join(".");
                let constant = Operand::Global(self.item_name(Name::new(&path)));
                Some(
                    self.cur
                        .b
                        .assign_temp(Expr::Binary(BinOp::Eq, subject.clone(), constant), span),
                )
            }
            "or_pattern" => {
                let alternatives = named_children(pattern);
                let literal = alternatives.iter().all(|a| {
                    matches!(
                        a.kind_name(),
                        "string_literal" | "integer_literal" | "char_literal" | "boolean_literal"
                    )
                });
                if !literal {
                    return Some(self.cur.b.assign_temp(opaque("pattern", Vec::new()), span));
                }
                let mut tests = Vec::new();
                for alternative in alternatives {
                    let literal = self.operand(alternative);
                    tests.push(
                        self.cur
                            .b
                            .assign_temp(Expr::Binary(BinOp::Eq, subject.clone(), literal), span),
                    );
                }
                let mut combined = tests.pop()?;
                while let Some(test) = tests.pop() {
                    combined = self
                        .cur
                        .b
                        .assign_temp(Expr::Binary(BinOp::Or, test, combined), span);
                }
                Some(combined)
            }
            _ => Some(self.cur.b.assign_temp(opaque("pattern", Vec::new()), span)),
        }
    }
}

/// `None`, `MAX_LEN`, `Color::Red` written bare: a constant or a variant,
/// which a pattern compares with instead of binding.
fn is_constant_name(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}
