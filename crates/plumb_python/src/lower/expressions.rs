//! Expressions. Every sub-expression becomes an operand first (a constant,
//! a global path, a variable, or a temporary holding its value), then the
//! instruction that uses it, in source order.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use plumb_ir::{
    Arg, BinOp, Call, Callee, Const, Expr, FunctionKind, InstrKind, MapEntry, Operand, Terminator,
    UnOp,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::scope;
use super::strings::{self, FormatPiece, StrPart};
use super::{field_children, is_string, named_children, Lowerer};
use crate::span_of;

type LowerFn<'s> = for<'a, 't> fn(&'a mut Lowerer<'s>, Node<'t>) -> Expr;

/// Running value of a left-nested operator chain; strings stay an open
/// `Concat` so that `"a" + x + "b"` is one flat `Concat`.
struct Chain {
    value: Expr,
    span: Span,
    is_str: bool,
}

impl<'s> Lowerer<'s> {
    /// Lowers `node` to an operand, spilling non-trivial values to a temporary.
    pub(super) fn operand(&mut self, node: Node<'_>) -> Operand {
        let value = self.expr(node);
        self.spill(value, span_of(node))
    }

    pub(super) fn expr(&mut self, node: Node<'_>) -> Expr {
        if !self.descend() {
            return self.cut(node);
        }
        let value = self.expr_inner(node);
        self.ascend();
        value
    }

    /// Dispatches through a function pointer so that this frame, which
    /// every nesting level of an expression pays for, stays small in
    /// unoptimised builds (one result slot instead of one per arm).
    fn expr_inner(&mut self, node: Node<'_>) -> Expr {
        if node.is_missing() {
            return opaque("missing", Vec::new());
        }
        let lower: LowerFn<'s> = match node.kind_name() {
            "identifier" => Self::identifier,
            "true" | "false" | "none" | "ellipsis" => Self::keyword_constant,
            "integer" | "float" => Self::number,
            "string" | "concatenated_string" => Self::string,
            "attribute" => Self::attribute,
            "call" => Self::call,
            "subscript" => Self::subscript,
            "binary_operator" => Self::binary_chain,
            "boolean_operator" => Self::boolean_chain,
            "comparison_operator" => Self::comparison,
            "unary_operator" => Self::unary,
            "not_operator" => Self::not,
            "conditional_expression" => Self::conditional,
            "named_expression" => Self::walrus,
            "lambda" => Self::lambda,
            "list" | "tuple" | "set" | "expression_list" | "pattern_list" => Self::sequence,
            "dictionary" => Self::dictionary,
            "list_comprehension"
            | "set_comprehension"
            | "generator_expression"
            | "dictionary_comprehension" => Self::comprehension,
            "parenthesized_expression" => Self::parenthesized,
            // `await x` is the awaited value; `with f() as x` and `except E
            // as e` values reach here only when the `as` part cannot be bound.
            "await" | "as_pattern" | "type" => Self::first_child,
            "yield" => Self::yield_expr,
            "list_splat" | "parenthesized_list_splat" | "dictionary_splat" => Self::starred,
            _ => Self::unknown,
        };
        lower(self, node)
    }

    fn identifier(&mut self, node: Node<'_>) -> Expr {
        Expr::Use(self.read_name(self.name_of(node)))
    }

    fn keyword_constant(&mut self, node: Node<'_>) -> Expr {
        let value = match node.kind_name() {
            "true" => Const::Bool(true),
            "false" => Const::Bool(false),
            _ => Const::Null,
        };
        Expr::Use(Operand::Const(value))
    }

    fn not(&mut self, node: Node<'_>) -> Expr {
        let argument = self.child_operand(node, FieldName::Argument);
        Expr::Unary(UnOp::Not, argument)
    }

    fn first_child(&mut self, node: Node<'_>) -> Expr {
        match named_children(node).first() {
            Some(&inner) => self.expr(inner),
            None => opaque(node.kind_name(), Vec::new()),
        }
    }

    fn starred(&mut self, node: Node<'_>) -> Expr {
        let operands = self.children_operands(node);
        opaque("starred", operands)
    }

    fn unknown(&mut self, node: Node<'_>) -> Expr {
        // ERROR nodes are already recorded as syntax errors.
        if !node.is_error() {
            self.unlowered(node.kind_name());
        }
        let operands = self.children_operands(node);
        opaque(node.kind_name(), operands)
    }

    fn child_operand(&mut self, node: Node<'_>, field: FieldName) -> Operand {
        match node.field(field) {
            Some(child) => self.operand(child),
            None => Operand::Const(Const::Null),
        }
    }

    fn children_operands(&mut self, node: Node<'_>) -> Vec<Operand> {
        named_children(node)
            .into_iter()
            .map(|child| self.operand(child))
            .collect()
    }

    fn number(&mut self, node: Node<'_>) -> Expr {
        match parse_number(self.text(node)) {
            Some(value) => Expr::Use(Operand::Const(value)),
            None => opaque(node.kind_name(), Vec::new()),
        }
    }

    fn string(&mut self, node: Node<'_>) -> Expr {
        let mut parts = Vec::new();
        if node.kind_name() == "string" {
            strings::string_parts(self.src, node, &mut parts);
        } else {
            for child in named_children(node) {
                if child.kind_name() == "string" {
                    strings::string_parts(self.src, child, &mut parts);
                }
            }
        }
        if !parts.iter().any(|part| matches!(part, StrPart::Interp(_))) {
            let text: String = parts
                .into_iter()
                .map(|part| match part {
                    StrPart::Lit(text) => text,
                    StrPart::Interp(_) => String::new(),
                })
                .collect();
            return Expr::Use(Operand::Const(Const::str(&text)));
        }
        let mut operands = Vec::new();
        let mut literal = String::new();
        for part in parts {
            match part {
                StrPart::Lit(text) => literal.push_str(&text),
                StrPart::Interp(expression) => {
                    if !literal.is_empty() {
                        operands.push(Operand::Const(Const::str(&std::mem::take(&mut literal))));
                    }
                    let value = match expression {
                        Some(expression) => self.operand(expression),
                        None => Operand::Const(Const::Null),
                    };
                    operands.push(value);
                }
            }
        }
        if !literal.is_empty() {
            operands.push(Operand::Const(Const::str(&literal)));
        }
        Expr::Concat(operands)
    }

    /// The dotted path of an attribute chain rooted in a non-local name
    /// (rule 3: `request.args.get` is one global).
    fn global_path(&mut self, node: Node<'_>) -> Option<Name> {
        let mut root = node;
        while root.kind_name() == "attribute" {
            root = root.field(FieldName::Object)?;
        }
        if root.kind_name() != "identifier" {
            return None;
        }
        let root_name = self.name_of(root);
        if self.resolve(root_name).is_some() {
            return None;
        }
        self.dotted(node).map(|path| Name::new(&path))
    }

    fn attribute(&mut self, node: Node<'_>) -> Expr {
        if let Some(path) = self.global_path(node) {
            return Expr::Use(Operand::Global(path));
        }
        let object = self.child_operand(node, FieldName::Object);
        let name = match node.field(FieldName::Attribute) {
            Some(attribute) => self.name_of(attribute),
            None => Name::new("<missing>"),
        };
        Expr::Field(object, name)
    }

    fn call(&mut self, node: Node<'_>) -> Expr {
        let callee = match node.field(FieldName::Function) {
            Some(function) => self.callee(function),
            None => Callee::Function(Operand::Const(Const::Null)),
        };
        let args = match node.field(FieldName::Arguments) {
            Some(arguments) => self.arguments(arguments),
            None => Vec::new(),
        };
        Expr::Call(Call { callee, args })
    }

    fn callee(&mut self, function: Node<'_>) -> Callee {
        if function.kind_name() != "attribute" {
            return Callee::Function(self.operand(function));
        }
        let method = match function.field(FieldName::Attribute) {
            Some(attribute) => self.name_of(attribute),
            None => Name::new("<missing>"),
        };
        let Some(object) = function.field(FieldName::Object) else {
            return Callee::Function(Operand::Global(method));
        };
        if self.is_super_call(object) {
            return Callee::Super { name: method };
        }
        if let Some(path) = self.global_path(function) {
            return Callee::Function(Operand::Global(path));
        }
        let receiver = self.operand(object);
        Callee::Method {
            receiver,
            name: method,
        }
    }

    /// `super()` / `super(Cls, self)`, with `super` not shadowed.
    fn is_super_call(&mut self, node: Node<'_>) -> bool {
        if node.kind_name() != "call" {
            return false;
        }
        let Some(function) = node.field(FieldName::Function) else {
            return false;
        };
        function.kind_name() == "identifier"
            && self.text(function) == "super"
            && self.resolve(Name::new("super")).is_none()
    }

    pub(super) fn arguments(&mut self, arguments: Node<'_>) -> Vec<Arg> {
        if arguments.kind_name() == "generator_expression" {
            return vec![Arg::positional(self.operand(arguments))];
        }
        let mut args = Vec::new();
        for child in named_children(arguments) {
            let arg = match child.kind_name() {
                "keyword_argument" => {
                    let keyword = child.field(FieldName::Name).map(|name| self.name_of(name));
                    Arg {
                        value: self.child_operand(child, FieldName::Value),
                        keyword,
                        spread: false,
                    }
                }
                "list_splat" | "dictionary_splat" => {
                    let value = match named_children(child).first() {
                        Some(&inner) => self.operand(inner),
                        None => Operand::Const(Const::Null),
                    };
                    Arg {
                        value,
                        keyword: None,
                        spread: true,
                    }
                }
                _ => Arg::positional(self.operand(child)),
            };
            args.push(arg);
        }
        args
    }

    fn subscript(&mut self, node: Node<'_>) -> Expr {
        let object = self.child_operand(node, FieldName::Value);
        let index = self.index_operand(node);
        Expr::Index(object, index)
    }

    /// The index of a subscript: `a[i]` → `i`, `a[i, j]` → a tuple, slices
    /// → `Opaque("slice")` over their bounds.
    pub(super) fn index_operand(&mut self, node: Node<'_>) -> Operand {
        let indices = field_children(node, FieldName::Subscript);
        let mut operands = Vec::new();
        for index in &indices {
            let operand = if index.kind_name() == "slice" {
                let bounds = self.children_operands(*index);
                self.opaque_temp("slice", bounds, span_of(*index))
            } else {
                self.operand(*index)
            };
            operands.push(operand);
        }
        match (operands.len(), operands.pop()) {
            (1, Some(single)) => single,
            (_, None) => Operand::Const(Const::Null),
            (_, Some(last)) => {
                operands.push(last);
                self.cur.b.assign_temp(Expr::List(operands), span_of(node))
            }
        }
    }

    /// Left-nested operator chains (`a + b + c ...`) are walked down their
    /// left spine iteratively, so thousands of terms need no recursion.
    fn binary_chain(&mut self, node: Node<'_>) -> Expr {
        let mut spine = Vec::new();
        let mut leftmost = node;
        while leftmost.kind_name() == "binary_operator" {
            let Some(left) = leftmost.field(FieldName::Left) else {
                break;
            };
            spine.push(leftmost);
            leftmost = left;
        }
        let first = self.expr(leftmost);
        let mut chain = Chain {
            is_str: is_string(leftmost) || matches!(first, Expr::Concat(_)),
            value: first,
            span: span_of(leftmost),
        };
        for (step, level) in spine.into_iter().rev().enumerate() {
            let operator = level
                .field(FieldName::Operator)
                .map_or("", |operator| operator.kind_name());
            let right = level.field(FieldName::Right);
            if operator == "%" && step == 0 {
                if let Some(format) = strings::const_string(self.src, leftmost) {
                    if let Some(value) = self.percent(&format, right) {
                        chain = Chain {
                            value,
                            span: span_of(level),
                            is_str: true,
                        };
                        continue;
                    }
                }
            }
            chain = self.binary_step(chain, operator, right, span_of(level));
        }
        chain.value
    }

    fn binary_step(
        &mut self,
        chain: Chain,
        operator: &str,
        right: Option<Node<'_>>,
        span: Span,
    ) -> Chain {
        let right_is_str = right.is_some_and(is_string);
        if operator == "+" && (chain.is_str || right_is_str) {
            let mut parts = match chain.value {
                Expr::Concat(parts) => parts,
                other => vec![self.spill(other, chain.span)],
            };
            if let Some(right) = right {
                match self.expr(right) {
                    Expr::Concat(more) => parts.extend(more),
                    other => parts.push(self.spill(other, span_of(right))),
                }
            }
            return Chain {
                value: Expr::Concat(parts),
                span,
                is_str: true,
            };
        }
        let left = self.spill(chain.value, chain.span);
        let right = match right {
            Some(right) => self.operand(right),
            None => Operand::Const(Const::Null),
        };
        Chain {
            value: Expr::Binary(binary_op(operator), left, right),
            span,
            is_str: false,
        }
    }

    /// `"..." % x` / `"..." % (a, b)` with a simple literal format → `Concat`.
    fn percent(&mut self, format: &str, right: Option<Node<'_>>) -> Option<Expr> {
        let right = right?;
        let pieces = strings::percent_format(format)?;
        let wanted = pieces
            .iter()
            .filter(|piece| matches!(piece, FormatPiece::Value))
            .count();
        let values = if right.kind_name() == "tuple" {
            named_children(right)
        } else {
            vec![right]
        };
        let has_splat = values
            .iter()
            .any(|value| matches!(value.kind_name(), "list_splat" | "parenthesized_list_splat"));
        if wanted == 0 || values.len() != wanted || has_splat {
            return None;
        }
        let mut values = values.into_iter();
        let mut operands = Vec::new();
        for piece in pieces {
            match piece {
                FormatPiece::Lit(text) => operands.push(Operand::Const(Const::str(&text))),
                FormatPiece::Value => {
                    let value = match values.next() {
                        Some(value) => self.operand(value),
                        None => Operand::Const(Const::Null),
                    };
                    operands.push(value);
                }
            }
        }
        Some(Expr::Concat(operands))
    }

    fn boolean_chain(&mut self, node: Node<'_>) -> Expr {
        let mut spine = Vec::new();
        let mut leftmost = node;
        while leftmost.kind_name() == "boolean_operator" {
            let Some(left) = leftmost.field(FieldName::Left) else {
                break;
            };
            spine.push(leftmost);
            leftmost = left;
        }
        let mut value = self.expr(leftmost);
        let mut span = span_of(leftmost);
        for level in spine.into_iter().rev() {
            let op = match level.field(FieldName::Operator).map(|o| o.kind_name()) {
                Some("or") => BinOp::Or,
                _ => BinOp::And,
            };
            let left = self.spill(value, span);
            let right = self.child_operand(level, FieldName::Right);
            value = Expr::Binary(op, left, right);
            span = span_of(level);
        }
        value
    }

    /// `a < b < c` is `(a < b) and (b < c)`, each operand evaluated once.
    fn comparison(&mut self, node: Node<'_>) -> Expr {
        let mut operators = Vec::new();
        let mut values = Vec::new();
        let mut cursor = node.walk();
        let mut ok = cursor.goto_first_child();
        while ok {
            let child = cursor.node();
            if cursor.field_name() == Some("operators") {
                operators.push(compare_op(child.kind_name()));
            } else if child.is_named() && !child.is_extra() {
                values.push(child);
            }
            ok = cursor.goto_next_sibling();
        }
        let operands: Vec<Operand> = values.into_iter().map(|v| self.operand(v)).collect();
        let mut result: Option<Expr> = None;
        for (index, op) in operators.into_iter().enumerate() {
            let left = operands
                .get(index)
                .cloned()
                .unwrap_or(Operand::Const(Const::Null));
            let right = operands
                .get(index + 1)
                .cloned()
                .unwrap_or(Operand::Const(Const::Null));
            let test = Expr::Binary(op, left, right);
            result = Some(match result {
                None => test,
                Some(previous) => {
                    let previous = self.spill(previous, span_of(node));
                    let test = self.spill(test, span_of(node));
                    Expr::Binary(BinOp::And, previous, test)
                }
            });
        }
        match result {
            Some(value) => value,
            None => opaque("comparison_operator", operands),
        }
    }

    fn unary(&mut self, node: Node<'_>) -> Expr {
        let operator = node
            .field(FieldName::Operator)
            .map_or("", |operator| operator.kind_name());
        let argument = node.field(FieldName::Argument);
        if operator == "-" {
            if let Some(argument) =
                argument.filter(|a| matches!(a.kind_name(), "integer" | "float"))
            {
                match parse_number(self.text(argument)) {
                    Some(Const::Int(value)) => {
                        return Expr::Use(Operand::Const(Const::Int(value.wrapping_neg())))
                    }
                    Some(Const::Float(value)) => {
                        return Expr::Use(Operand::Const(Const::Float(-value)))
                    }
                    _ => {}
                }
            }
        }
        let value = self.child_operand(node, FieldName::Argument);
        match operator {
            "-" => Expr::Unary(UnOp::Neg, value),
            "~" => Expr::Unary(UnOp::BitNot, value),
            _ => Expr::Use(value),
        }
    }

    /// `a if c else b`: a diamond assigning one temporary (rule 7).
    fn conditional(&mut self, node: Node<'_>) -> Expr {
        let parts = named_children(node);
        let (Some(&body), Some(&test)) = (parts.first(), parts.get(1)) else {
            let operands = self.children_operands(node);
            return opaque("conditional_expression", operands);
        };
        let alternative = parts.get(2).copied();
        let result = self.cur.b.temp();
        let then_block = self.new_block();
        let else_block = self.new_block();
        let join = self.new_block();
        self.cond(test, then_block, else_block);
        self.switch_to(then_block);
        let value = self.expr(body);
        self.cur.b.assign(result, value, span_of(body));
        self.goto(join);
        self.switch_to(else_block);
        match alternative {
            Some(alternative) => {
                let value = self.expr(alternative);
                self.cur.b.assign(result, value, span_of(alternative));
            }
            None => self.cur.b.assign(
                result,
                Expr::Use(Operand::Const(Const::Null)),
                span_of(node),
            ),
        }
        self.goto(join);
        self.switch_to(join);
        Expr::Use(Operand::Var(result))
    }

    fn walrus(&mut self, node: Node<'_>) -> Expr {
        let value = match node.field(FieldName::Value) {
            Some(value) => self.operand(value),
            None => Operand::Const(Const::Null),
        };
        if let Some(name) = node.field(FieldName::Name) {
            let name = self.name_of(name);
            self.write_name(name, Expr::Use(value.clone()), span_of(node), span_of(node));
        }
        Expr::Use(value)
    }

    fn lambda(&mut self, node: Node<'_>) -> Expr {
        self.lambda_count += 1;
        let lambda = format!("<lambda{}>", self.lambda_count);
        let qualified = super::qualify(&self.cur.qualified, &lambda);
        let mut ctx = self.new_ctx("<lambda>", qualified, FunctionKind::Closure, span_of(node));
        ctx.can_capture = true;
        ctx.b.function_mut().parent = Some(self.cur.id);
        let id = ctx.id;
        let params = self.params(node.field(FieldName::Parameters));
        let body = node.field(FieldName::Body);
        let info = body
            .map(|body| scope::scan(self.src, body))
            .unwrap_or_default();
        self.enter_ctx(ctx);
        self.declare_params_and_locals(params, info);
        let value = match body {
            Some(body) => self.operand(body),
            None => Operand::Const(Const::Null),
        };
        self.terminate_at(
            Terminator::Return(Some(value)),
            body.map_or(span_of(node), span_of),
        );
        self.leave_ctx();
        Expr::Closure(id)
    }

    fn sequence(&mut self, node: Node<'_>) -> Expr {
        let mut items = Vec::new();
        for child in named_children(node) {
            let item = match child.kind_name() {
                // `[*xs, y]`: the elements of `xs` flow into the list.
                "list_splat" | "parenthesized_list_splat" => {
                    let inner = match named_children(child).first() {
                        Some(&inner) => self.operand(inner),
                        None => Operand::Const(Const::Null),
                    };
                    self.cur.b.assign_temp(Expr::Element(inner), span_of(child))
                }
                _ => self.operand(child),
            };
            items.push(item);
        }
        Expr::List(items)
    }

    /// A dict display. With `**other` in it, the dict is built in order:
    /// the pairs before the first splat, then each splat merged in
    /// (`dict.update`) and each later pair stored, so that a later key
    /// replaces an earlier one as it does at run time.
    fn dictionary(&mut self, node: Node<'_>) -> Expr {
        let mut leading = Vec::new();
        let mut rest: Vec<(Option<MapEntry>, Option<Operand>)> = Vec::new();
        for child in named_children(node) {
            let (entry, spread) = match child.kind_name() {
                "pair" => {
                    let key = self.child_operand(child, FieldName::Key);
                    let value = self.child_operand(child, FieldName::Value);
                    let entry = MapEntry {
                        key,
                        value,
                        span: span_of(child),
                    };
                    (Some(entry), None)
                }
                "dictionary_splat" => {
                    let Some(&inner) = named_children(child).first() else {
                        continue;
                    };
                    (None, Some(self.operand(inner)))
                }
                _ => (None, Some(self.operand(child))),
            };
            match entry {
                Some(entry) if rest.is_empty() => leading.push(entry),
                _ => rest.push((entry, spread)),
            }
        }
        if rest.is_empty() {
            return Expr::Map(leading);
        }
        let span = span_of(node);
        let dict = self.cur.b.assign_temp(Expr::Map(leading), span);
        for (entry, spread) in rest {
            if let Some(entry) = entry {
                self.push(
                    InstrKind::StoreIndex {
                        obj: dict.clone(),
                        index: entry.key,
                        value: entry.value,
                    },
                    entry.span,
                );
            }
            if let Some(other) = spread {
                let call = Expr::Call(Call {
                    callee: Callee::Method {
                        receiver: dict.clone(),
                        name: Name::new("update"),
                    },
                    args: vec![Arg::positional(other)],
                });
                self.push(InstrKind::Eval(call), span);
            }
        }
        Expr::Use(dict)
    }

    /// Comprehensions run inline, once: each `for` binds its target to
    /// `Element(iterable)`, conditions are evaluated for their effects, and
    /// the result is a one-element list (or map) of the body's value.
    fn comprehension(&mut self, node: Node<'_>) -> Expr {
        let mut shadowed = Vec::new();
        for clause in named_children(node) {
            match clause.kind_name() {
                "for_in_clause" => {
                    let iterables = field_children(clause, FieldName::Right);
                    let iterable = match iterables.as_slice() {
                        [single] => self.operand(*single),
                        many => {
                            let items = many.iter().map(|item| self.operand(*item)).collect();
                            self.cur.b.assign_temp(Expr::List(items), span_of(clause))
                        }
                    };
                    if let Some(left) = clause.field(FieldName::Left) {
                        for name in target_names(self.src, left) {
                            let previous = self.cur.vars.get(&name).copied();
                            shadowed.push((name, previous));
                            self.declare(name, None);
                        }
                        self.assign_target(
                            left,
                            Expr::Element(iterable),
                            span_of(clause),
                            span_of(clause),
                        );
                    }
                }
                "if_clause" => {
                    if let Some(&test) = named_children(clause).first() {
                        let value = self.expr(test);
                        self.eval(value, span_of(test));
                    }
                }
                _ => {}
            }
        }
        let result = match node.field(FieldName::Body) {
            Some(body) if body.kind_name() == "pair" => {
                let key = self.child_operand(body, FieldName::Key);
                let value = self.child_operand(body, FieldName::Value);
                Expr::Map(vec![MapEntry {
                    key,
                    value,
                    span: span_of(body),
                }])
            }
            Some(body) => Expr::List(vec![self.operand(body)]),
            None => Expr::List(Vec::new()),
        };
        for (name, previous) in shadowed.into_iter().rev() {
            match previous {
                Some(var) => self.cur.vars.insert(name, var),
                None => self.cur.vars.remove(&name),
            };
        }
        result
    }

    fn parenthesized(&mut self, node: Node<'_>) -> Expr {
        let inner = named_children(node);
        match inner.as_slice() {
            [single] => self.expr(*single),
            _ => {
                let operands = inner.iter().map(|child| self.operand(*child)).collect();
                Expr::List(operands)
            }
        }
    }

    /// `yield v`: the yielded value flows to the generator's consumer, which
    /// the analysis treats like a return.
    fn yield_expr(&mut self, node: Node<'_>) -> Expr {
        let operands = match named_children(node).first() {
            Some(&value) => vec![self.operand(value)],
            None => Vec::new(),
        };
        opaque("yield", operands)
    }

    /// Lowers a condition into branches: `and`/`or`/`not` become nested
    /// `Branch`es so that each block tests one operand (rule 7).
    pub(super) fn cond(
        &mut self,
        node: Node<'_>,
        then_block: plumb_ir::BlockId,
        else_block: plumb_ir::BlockId,
    ) {
        if !self.descend() {
            let value = self.cut(node);
            let test = self.spill(value, span_of(node));
            self.branch(test, then_block, else_block);
            return;
        }
        self.cond_inner(node, then_block, else_block);
        self.ascend();
    }

    fn cond_inner(
        &mut self,
        node: Node<'_>,
        then_block: plumb_ir::BlockId,
        else_block: plumb_ir::BlockId,
    ) {
        match node.kind_name() {
            "boolean_operator" => {
                let left = node.field(FieldName::Left);
                let right = node.field(FieldName::Right);
                let is_or = node.field(FieldName::Operator).map(|o| o.kind_name()) == Some("or");
                if let (Some(left), Some(right)) = (left, right) {
                    let middle = self.new_block();
                    if is_or {
                        self.cond(left, then_block, middle);
                    } else {
                        self.cond(left, middle, else_block);
                    }
                    self.switch_to(middle);
                    self.cond(right, then_block, else_block);
                    return;
                }
            }
            "not_operator" => {
                if let Some(argument) = node.field(FieldName::Argument) {
                    self.cond(argument, else_block, then_block);
                    return;
                }
            }
            "parenthesized_expression" => {
                if let [inner] = named_children(node).as_slice() {
                    if !matches!(inner.kind_name(), "yield" | "list_splat") {
                        self.cond(*inner, then_block, else_block);
                        return;
                    }
                }
            }
            _ => {}
        }
        let test = self.operand(node);
        self.branch(test, then_block, else_block);
    }

    pub(super) fn branch(
        &mut self,
        cond: Operand,
        then: plumb_ir::BlockId,
        otherwise: plumb_ir::BlockId,
    ) {
        self.terminate(Terminator::Branch {
            cond,
            then,
            otherwise,
        });
    }
}

fn opaque(kind: &str, operands: Vec<Operand>) -> Expr {
    Expr::Opaque {
        kind: Name::new(kind),
        operands,
    }
}

/// Identifiers bound by an assignment target (`a`, `a, (b, *c)`).
pub(super) fn target_names(src: &str, target: Node<'_>) -> Vec<Name> {
    let mut names = Vec::new();
    let mut stack = vec![target];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "identifier" => {
                names.push(Name::new(src.get(node.byte_range()).unwrap_or("")));
            }
            "pattern_list"
            | "tuple_pattern"
            | "list_pattern"
            | "tuple"
            | "list"
            | "parenthesized_expression"
            | "expression_list"
            | "list_splat_pattern"
            | "list_splat"
            | "as_pattern_target" => {
                stack.extend(named_children(node).into_iter().rev());
            }
            _ => {}
        }
    }
    names
}

pub(super) fn parse_number(text: &str) -> Option<Const> {
    let cleaned: String = text.chars().filter(|c| *c != '_').collect();
    let lower = cleaned.to_ascii_lowercase();
    if lower.ends_with('j') {
        // Complex literals: the imaginary part is the best constant we have.
        return lower
            .trim_end_matches('j')
            .parse::<f64>()
            .ok()
            .map(Const::Float);
    }
    let digits = lower.trim_end_matches('l');
    let radix = if digits.starts_with("0x") {
        Some(16)
    } else if digits.starts_with("0o") {
        Some(8)
    } else if digits.starts_with("0b") {
        Some(2)
    } else {
        None
    };
    if let Some(radix) = radix {
        let body = digits.get(2..).unwrap_or("");
        return u64::from_str_radix(body, radix)
            .ok()
            .map(|value| i64::try_from(value).map_or(Const::Float(value as f64), Const::Int));
    }
    let is_integer = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    if is_integer {
        // Python 2 octal (`0755`).
        if digits.len() > 1 && digits.starts_with('0') {
            if let Ok(value) = i64::from_str_radix(digits.trim_start_matches('0'), 8) {
                return Some(Const::Int(value));
            }
            if digits.bytes().all(|b| b == b'0') {
                return Some(Const::Int(0));
            }
        }
        return match digits.parse::<i64>() {
            Ok(value) => Some(Const::Int(value)),
            Err(_) => digits.parse::<f64>().ok().map(Const::Float),
        };
    }
    digits.parse::<f64>().ok().map(Const::Float)
}

fn binary_op(operator: &str) -> BinOp {
    match operator.trim_end_matches('=') {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" | "@" => BinOp::Mul,
        "/" | "//" => BinOp::Div,
        "%" => BinOp::Mod,
        "**" => BinOp::Pow,
        "&" => BinOp::BitAnd,
        "|" => BinOp::BitOr,
        "^" => BinOp::BitXor,
        "<<" => BinOp::Shl,
        ">>" => BinOp::Shr,
        _ => BinOp::Add,
    }
}

pub(super) fn augmented_op(operator: &str) -> BinOp {
    binary_op(operator)
}

fn compare_op(operator: &str) -> BinOp {
    match operator {
        "==" => BinOp::Eq,
        "!=" | "<>" => BinOp::NotEq,
        "<" => BinOp::Lt,
        "<=" => BinOp::LtEq,
        ">" => BinOp::Gt,
        ">=" => BinOp::GtEq,
        "in" => BinOp::In,
        "not in" => BinOp::NotIn,
        "is" => BinOp::Is,
        "is not" => BinOp::IsNot,
        _ => BinOp::Eq,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_numbers() {
        assert_eq!(parse_number("1_000"), Some(Const::Int(1000)));
        assert_eq!(parse_number("0xFF"), Some(Const::Int(255)));
        assert_eq!(parse_number("0o17"), Some(Const::Int(15)));
        assert_eq!(parse_number("0b101"), Some(Const::Int(5)));
        assert_eq!(parse_number("0755"), Some(Const::Int(0o755)));
        assert_eq!(parse_number("00"), Some(Const::Int(0)));
        assert_eq!(parse_number("10L"), Some(Const::Int(10)));
        assert_eq!(parse_number("1.5e3"), Some(Const::Float(1500.0)));
        assert_eq!(
            parse_number("99999999999999999999"),
            Some(Const::Float(1e20))
        );
        assert_eq!(
            parse_number("0xFFFFFFFFFFFFFFFF"),
            Some(Const::Float(u64::MAX as f64))
        );
    }
}
