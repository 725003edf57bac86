//! Expressions. Every sub-expression becomes an operand first (a constant,
//! a global path, a variable, or a temporary holding its value), then the
//! instruction that uses it, in source order.

use plumb_ir::{
    Arg, BinOp, BlockId, Call, Callee, Const, Expr, InstrKind, MapEntry, Operand, TypeRef, UnOp,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::strings::{self, TemplatePart};
use super::{named_children, opaque, Lowerer};
use crate::grammar::FieldName;
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
    /// unoptimised builds.
    fn expr_inner(&mut self, node: Node<'_>) -> Expr {
        if node.is_missing() {
            return opaque("missing", Vec::new());
        }
        let lower: LowerFn<'s> = match self.kind(node) {
            "identifier" | "shorthand_property_identifier" => Self::identifier,
            "this" => Self::this_expr,
            "true" | "false" | "null" | "undefined" | "super" => Self::keyword_constant,
            "number" => Self::number,
            "string" => Self::string,
            "template_string" => Self::template,
            "regex" => Self::regex,
            "member_expression" => Self::member,
            "subscript_expression" => Self::subscript,
            "call_expression" => Self::call,
            "new_expression" => Self::new_expr,
            "binary_expression" => Self::binary,
            "unary_expression" => Self::unary,
            "update_expression" => Self::update,
            "assignment_expression" => Self::assignment,
            "augmented_assignment_expression" => Self::augmented_assignment,
            "ternary_expression" => Self::ternary,
            "parenthesized_expression" => Self::parenthesized,
            "sequence_expression" => Self::sequence,
            "arrow_function" | "function_expression" | "function" | "generator_function" => {
                Self::function_expr
            }
            "class" => Self::class_expr,
            "object" => Self::object,
            "array" => Self::array,
            // Awaiting is transparent for data flow; TypeScript assertions
            // and non-null marks change no value at run time.
            "await_expression"
            | "as_expression"
            | "satisfies_expression"
            | "non_null_expression"
            | "type_assertion"
            | "instantiation_expression" => Self::first_expression,
            "yield_expression" => Self::yield_expr,
            "spread_element" => Self::spread,
            "jsx_element"
            | "jsx_self_closing_element"
            | "jsx_fragment"
            | "jsx_expression"
            | "jsx_opening_element"
            | "jsx_attribute" => Self::jsx,
            "meta_property" | "private_property_identifier" | "import" => Self::no_value,
            _ => Self::unknown,
        };
        lower(self, node)
    }

    fn identifier(&mut self, node: Node<'_>) -> Expr {
        let name = self.name_of(node);
        if name.as_str() == "undefined" {
            return Expr::Use(Operand::Const(Const::Null));
        }
        Expr::Use(self.read_name(name))
    }

    fn this_expr(&mut self, _node: Node<'_>) -> Expr {
        Expr::Use(self.this_operand())
    }

    fn keyword_constant(&mut self, node: Node<'_>) -> Expr {
        let value = match self.kind(node) {
            "true" => Const::Bool(true),
            "false" => Const::Bool(false),
            _ => Const::Null,
        };
        Expr::Use(Operand::Const(value))
    }

    fn number(&mut self, node: Node<'_>) -> Expr {
        match parse_number(self.text(node)) {
            Some(value) => Expr::Use(Operand::Const(value)),
            None => opaque("number", Vec::new()),
        }
    }

    fn string(&mut self, node: Node<'_>) -> Expr {
        Expr::Use(Operand::Const(Const::str(&strings::string_text(
            self.src, node,
        ))))
    }

    /// A template literal: one constant, or a `Concat` of its pieces.
    fn template(&mut self, node: Node<'_>) -> Expr {
        let parts = strings::template_parts(self.src, self.g, node);
        if parts
            .iter()
            .all(|part| matches!(part, TemplatePart::Text(_)))
        {
            let text: String = parts
                .into_iter()
                .map(|part| match part {
                    TemplatePart::Text(text) => text,
                    TemplatePart::Value(_) => String::new(),
                })
                .collect();
            return Expr::Use(Operand::Const(Const::str(&text)));
        }
        let mut operands = Vec::new();
        for part in parts {
            match part {
                TemplatePart::Text(text) => operands.push(Operand::Const(Const::str(&text))),
                TemplatePart::Value(Some(value)) => operands.push(self.operand(value)),
                TemplatePart::Value(None) => operands.push(Operand::Const(Const::Null)),
            }
        }
        Expr::Concat(operands)
    }

    /// A regular expression literal is its pattern's text: what string
    /// methods (`replace(/\r|\n/g, "")`) read.
    fn regex(&mut self, node: Node<'_>) -> Expr {
        let pattern = self
            .field(node, FieldName::Pattern)
            .map_or("", |pattern| self.text(pattern));
        Expr::Use(Operand::Const(Const::str(pattern)))
    }

    fn first_expression(&mut self, node: Node<'_>) -> Expr {
        let inner = named_children(node)
            .into_iter()
            .find(|child| !self.is_type_node(*child));
        match inner {
            Some(inner) => self.expr(inner),
            None => opaque(self.kind(node), Vec::new()),
        }
    }

    fn is_type_node(&self, node: Node<'_>) -> bool {
        matches!(
            self.kind(node),
            "type_annotation"
                | "type_arguments"
                | "predefined_type"
                | "type_identifier"
                | "generic_type"
                | "union_type"
                | "array_type"
                | "object_type"
                | "literal_type"
                | "nested_type_identifier"
                | "tuple_type"
                | "function_type"
                | "parenthesized_type"
                | "intersection_type"
                | "lookup_type"
                | "index_type_query"
                | "type_query"
                | "conditional_type"
                | "readonly_type"
                | "this_type"
                | "template_literal_type"
        )
    }

    fn yield_expr(&mut self, node: Node<'_>) -> Expr {
        let operands = named_children(node)
            .into_iter()
            .map(|value| self.operand(value))
            .collect();
        opaque("yield", operands)
    }

    fn spread(&mut self, node: Node<'_>) -> Expr {
        let operands = self.children_operands(node);
        opaque("spread", operands)
    }

    /// JSX builds elements whose text React escapes; only the data flow of
    /// the embedded expressions is kept.
    fn jsx(&mut self, node: Node<'_>) -> Expr {
        let mut operands = Vec::new();
        let mut stack = vec![node];
        while let Some(current) = stack.pop() {
            for child in named_children(current).into_iter().rev() {
                match self.kind(child) {
                    "jsx_expression" => {
                        for inner in named_children(child) {
                            operands.push(self.operand(inner));
                        }
                    }
                    "jsx_element"
                    | "jsx_self_closing_element"
                    | "jsx_fragment"
                    | "jsx_opening_element"
                    | "jsx_attribute" => stack.push(child),
                    _ => {}
                }
            }
        }
        opaque("jsx", operands)
    }

    fn no_value(&mut self, node: Node<'_>) -> Expr {
        opaque(self.kind(node), Vec::new())
    }

    fn unknown(&mut self, node: Node<'_>) -> Expr {
        // ERROR nodes are already recorded as syntax errors.
        if !node.is_error() {
            self.unlowered(self.kind(node));
        }
        let operands = self.children_operands(node);
        opaque(self.kind(node), operands)
    }

    fn children_operands(&mut self, node: Node<'_>) -> Vec<Operand> {
        let children: Vec<Node<'_>> = named_children(node)
            .into_iter()
            .filter(|child| !self.is_type_node(*child))
            .collect();
        children
            .into_iter()
            .map(|child| self.operand(child))
            .collect()
    }

    pub(super) fn child_operand(&mut self, node: Node<'_>, field: FieldName) -> Operand {
        match self.field(node, field) {
            Some(child) => self.operand(child),
            None => Operand::Const(Const::Null),
        }
    }

    // ---- member access -----------------------------------------------------

    /// The dotted path of a member chain rooted in a name that is not local
    /// (rule 3: `child_process.exec` is one global), or in `require("m")`.
    pub(super) fn global_path(&mut self, node: Node<'_>) -> Option<Name> {
        let mut parts: Vec<&str> = Vec::new();
        let mut current = node;
        loop {
            match self.kind(current) {
                "member_expression" => {
                    let property = self.field(current, FieldName::Property)?;
                    if self.kind(property) != "property_identifier" {
                        return None;
                    }
                    parts.push(self.text(property));
                    current = self.field(current, FieldName::Object)?;
                }
                "identifier" => {
                    let root = self.name_of(current);
                    if root.as_str() == "undefined" || self.resolve(root).is_some() {
                        return None;
                    }
                    parts.push(self.text(current));
                    break;
                }
                "call_expression" => {
                    let module = self.required_module(current)?;
                    parts.reverse();
                    let mut path = module;
                    for part in parts {
                        path.push('.');
                        path.push_str(part);
                    }
                    return Some(Name::new(&path));
                }
                "parenthesized_expression" | "non_null_expression" | "await_expression" => {
                    current = named_children(current).into_iter().next()?;
                }
                _ => return None,
            }
        }
        parts.reverse();
        Some(Name::new(&parts.join(".")))
    }

    fn member(&mut self, node: Node<'_>) -> Expr {
        if let Some(path) = self.global_path(node) {
            return Expr::Use(Operand::Global(path));
        }
        let object = self.child_operand(node, FieldName::Object);
        let name = match self.field(node, FieldName::Property) {
            Some(property) => self.name_of(property),
            None => Name::new("<missing>"),
        };
        Expr::Field(object, name)
    }

    /// `o["name"]` is `o.name`; other indices stay an `Index`.
    fn subscript(&mut self, node: Node<'_>) -> Expr {
        let object = self.child_operand(node, FieldName::Object);
        let index = self.field(node, FieldName::Index);
        if let Some(name) = index.and_then(|index| self.identifier_key(index)) {
            return Expr::Field(object, name);
        }
        let index = match index {
            Some(index) => self.operand(index),
            None => Operand::Const(Const::Null),
        };
        Expr::Index(object, index)
    }

    /// A string literal that could be written as a property name.
    fn identifier_key(&self, node: Node<'_>) -> Option<Name> {
        if self.kind(node) != "string" {
            return None;
        }
        let text = strings::string_text(self.src, node);
        let mut chars = text.chars();
        let first = chars.next()?;
        let valid = (first.is_alphabetic() || first == '_' || first == '$')
            && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$');
        valid.then(|| Name::new(&text))
    }

    // ---- calls -------------------------------------------------------------

    fn call(&mut self, node: Node<'_>) -> Expr {
        let Some(function) = self.field(node, FieldName::Function) else {
            let operands = self.children_operands(node);
            return opaque("call_expression", operands);
        };
        if self.kind(function) == "import" {
            let operands = self.children_operands(node);
            return opaque("dynamic_import", operands);
        }
        let callee = self.callee(function);
        let args = match self.field(node, FieldName::Arguments) {
            Some(arguments) if self.kind(arguments) == "template_string" => {
                self.tagged_template_args(arguments)
            }
            Some(arguments) => self.arguments(arguments),
            None => Vec::new(),
        };
        Expr::Call(Call { callee, args })
    }

    fn callee(&mut self, function: Node<'_>) -> Callee {
        match self.kind(function) {
            "super" => Callee::Super {
                name: Name::new("<init>"),
            },
            "member_expression" => {
                let method = match self.field(function, FieldName::Property) {
                    Some(property) => self.name_of(property),
                    None => Name::new("<missing>"),
                };
                let Some(object) = self.field(function, FieldName::Object) else {
                    return Callee::Function(Operand::Global(method));
                };
                if self.kind(object) == "super" {
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
            "subscript_expression" => {
                let index = self.field(function, FieldName::Index);
                match index.and_then(|index| self.identifier_key(index)) {
                    Some(method) => {
                        let receiver = self.child_operand(function, FieldName::Object);
                        Callee::Method {
                            receiver,
                            name: method,
                        }
                    }
                    None => Callee::Function(self.operand(function)),
                }
            }
            // `require("m")(options)` calls what the module exports, under an
            // import of its own (the module's name may also be a local's).
            "call_expression" => match self.required_module(function) {
                Some(module) => {
                    let alias = format!("<require {}>", module.replace('.', "/"));
                    self.add_import(&alias, &module, span_of(function));
                    Callee::Function(Operand::Global(Name::new(&alias)))
                }
                None => Callee::Function(self.operand(function)),
            },
            _ => Callee::Function(self.operand(function)),
        }
    }

    pub(super) fn arguments(&mut self, arguments: Node<'_>) -> Vec<Arg> {
        let mut args = Vec::new();
        for child in named_children(arguments) {
            let arg = if self.kind(child) == "spread_element" {
                let value = match named_children(child).first() {
                    Some(&inner) => self.operand(inner),
                    None => Operand::Const(Const::Null),
                };
                Arg {
                    value,
                    keyword: None,
                    spread: true,
                }
            } else {
                Arg::positional(self.operand(child))
            };
            args.push(arg);
        }
        args
    }

    /// ``tag`a${x}b` `` calls `tag` with the list of literal pieces, then
    /// each substituted value.
    fn tagged_template_args(&mut self, template: Node<'_>) -> Vec<Arg> {
        let mut texts = Vec::new();
        let mut values = Vec::new();
        for part in strings::template_parts(self.src, self.g, template) {
            match part {
                TemplatePart::Text(text) => texts.push(Operand::Const(Const::str(&text))),
                TemplatePart::Value(Some(value)) => values.push(self.operand(value)),
                TemplatePart::Value(None) => values.push(Operand::Const(Const::Null)),
            }
        }
        let pieces = self.cur.b.assign_temp(Expr::List(texts), span_of(template));
        std::iter::once(pieces)
            .chain(values)
            .map(Arg::positional)
            .collect()
    }

    fn new_expr(&mut self, node: Node<'_>) -> Expr {
        let constructor = self.field(node, FieldName::Constructor);
        let class = constructor.and_then(|c| self.dotted(c));
        let args = match self.field(node, FieldName::Arguments) {
            Some(arguments) => self.arguments(arguments),
            None => Vec::new(),
        };
        match class {
            Some(class) => Expr::New {
                class: TypeRef::simple(&class),
                args,
            },
            None => {
                let mut operands: Vec<Operand> =
                    constructor.map(|c| self.operand(c)).into_iter().collect();
                operands.extend(args.into_iter().map(|arg| arg.value));
                opaque("new_expression", operands)
            }
        }
    }

    /// `a.b.c` as text when every step is a plain name.
    pub(super) fn dotted(&self, node: Node<'_>) -> Option<String> {
        let mut parts: Vec<&str> = Vec::new();
        let mut current = node;
        loop {
            match self.kind(current) {
                "identifier" | "type_identifier" | "property_identifier" => {
                    parts.push(self.text(current));
                    break;
                }
                "member_expression" | "nested_identifier" => {
                    let property = self.field(current, FieldName::Property)?;
                    parts.push(self.text(property));
                    current = self.field(current, FieldName::Object)?;
                }
                "nested_type_identifier" => {
                    let name = self.field(current, FieldName::Name)?;
                    parts.push(self.text(name));
                    current = named_children(current).into_iter().next()?;
                }
                _ => return None,
            }
        }
        parts.reverse();
        Some(parts.join("."))
    }

    // ---- operators ---------------------------------------------------------

    fn operator<'t>(&self, node: Node<'t>) -> &'static str {
        self.field(node, FieldName::Operator)
            .map_or("", |operator| self.kind(operator))
    }

    /// Left-nested operator chains (`a + b + c ...`) are walked down their
    /// left spine iteratively, so thousands of terms need no recursion.
    fn binary(&mut self, node: Node<'_>) -> Expr {
        if matches!(self.operator(node), "&&" | "||" | "??") {
            return self.logical_value(node);
        }
        let mut spine = Vec::new();
        let mut leftmost = node;
        while self.kind(leftmost) == "binary_expression"
            && !matches!(self.operator(leftmost), "&&" | "||" | "??")
        {
            let Some(left) = self.field(leftmost, FieldName::Left) else {
                break;
            };
            spine.push(leftmost);
            leftmost = left;
        }
        let first = self.expr(leftmost);
        let mut chain = Chain {
            is_str: self.is_string_node(leftmost) || matches!(first, Expr::Concat(_)),
            value: first,
            span: span_of(leftmost),
        };
        for level in spine.into_iter().rev() {
            let operator = self.operator(level);
            let right = self.field(level, FieldName::Right);
            chain = self.binary_step(chain, operator, right, span_of(level));
        }
        chain.value
    }

    fn is_string_node(&self, node: Node<'_>) -> bool {
        matches!(self.kind(node), "string" | "template_string")
    }

    fn binary_step(
        &mut self,
        chain: Chain,
        operator: &str,
        right: Option<Node<'_>>,
        span: Span,
    ) -> Chain {
        let right_is_str = right.is_some_and(|right| self.is_string_node(right));
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
        let value = match (operator, right) {
            ("instanceof", Some(right)) => match self.dotted(right) {
                Some(class) => Expr::InstanceOf(left, TypeRef::simple(&class)),
                None => {
                    let right = self.operand(right);
                    opaque("instanceof", vec![left, right])
                }
            },
            // Membership of a property name: no value flows out.
            ("in", Some(right)) => {
                let right = self.operand(right);
                opaque("in", vec![left, right])
            }
            (_, right) => {
                let right = match right {
                    Some(right) => self.operand(right),
                    None => Operand::Const(Const::Null),
                };
                Expr::Binary(binary_op(operator), left, right)
            }
        };
        Chain {
            value,
            span,
            is_str: false,
        }
    }

    /// `a && b`, `a || b`, `a ?? b` as values evaluate to one of their
    /// operands: a diamond that assigns either to one temporary, so that
    /// `x || "default"` is `x` or `"default"`, never a boolean.
    fn logical_value(&mut self, node: Node<'_>) -> Expr {
        let operator = self.operator(node);
        let left = self.child_operand(node, FieldName::Left);
        let result = self.cur.b.temp();
        self.cur
            .b
            .assign(result, Expr::Use(left.clone()), span_of(node));
        let evaluate_right = self.new_block();
        let join = self.new_block();
        let test = match operator {
            "??" => {
                let is_null = Expr::Binary(BinOp::Eq, left, Operand::Const(Const::Null));
                self.cur.b.assign_temp(is_null, span_of(node))
            }
            _ => left,
        };
        match operator {
            "&&" | "??" => self.branch(test, evaluate_right, join),
            _ => self.branch(test, join, evaluate_right),
        }
        self.switch_to(evaluate_right);
        if let Some(right) = self.field(node, FieldName::Right) {
            let value = self.expr(right);
            self.cur.b.assign(result, value, span_of(right));
        }
        self.goto(join);
        self.switch_to(join);
        Expr::Use(plumb_ir::Operand::Var(result))
    }

    fn unary(&mut self, node: Node<'_>) -> Expr {
        let operator = self.operator(node);
        let argument = self.field(node, FieldName::Argument);
        if operator == "-" {
            if let Some(number) = argument.filter(|a| self.kind(*a) == "number") {
                match parse_number(self.text(number)) {
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
        // `typeof x` names a type: nothing of `x` flows into it.
        if operator == "typeof" {
            return opaque("typeof", Vec::new());
        }
        let value = self.child_operand(node, FieldName::Argument);
        match operator {
            "!" => Expr::Unary(UnOp::Not, value),
            "-" => Expr::Unary(UnOp::Neg, value),
            "~" => Expr::Unary(UnOp::BitNot, value),
            // Unary plus converts to a number.
            "+" => Expr::Cast(TypeRef::simple("number"), value),
            "void" => Expr::Use(Operand::Const(Const::Null)),
            "delete" => Expr::Use(Operand::Const(Const::Bool(true))),
            _ => Expr::Use(value),
        }
    }

    /// `x++`, `--o.n`: numbers; the target is written back.
    fn update(&mut self, node: Node<'_>) -> Expr {
        let operator = self.operator(node);
        let Some(target) = self.field(node, FieldName::Argument) else {
            return opaque("update_expression", Vec::new());
        };
        let current = self.operand(target);
        let op = if operator == "--" {
            BinOp::Sub
        } else {
            BinOp::Add
        };
        let updated = Expr::Binary(op, current, Operand::Const(Const::Int(1)));
        let span = span_of(node);
        let value = self.spill(updated, span);
        self.assign_pattern(target, Expr::Use(value.clone()), span, span);
        Expr::Use(value)
    }

    /// `a = v` as an expression: the target is written, the value is `v`.
    fn assignment(&mut self, node: Node<'_>) -> Expr {
        let (Some(left), Some(right)) = (
            self.field(node, FieldName::Left),
            self.field(node, FieldName::Right),
        ) else {
            return opaque("assignment_expression", Vec::new());
        };
        let span = span_of(node);
        let value = self.assigned_value(left, right);
        let value = self.spill(value, span_of(right));
        self.assign_pattern(left, Expr::Use(value.clone()), span_of(right), span);
        Expr::Use(value)
    }

    /// `x op= v`: read, combine, store back; `s += "lit"` is a `Concat`.
    fn augmented_assignment(&mut self, node: Node<'_>) -> Expr {
        let (Some(target), Some(right)) = (
            self.field(node, FieldName::Left),
            self.field(node, FieldName::Right),
        ) else {
            return opaque("augmented_assignment_expression", Vec::new());
        };
        let operator = self.operator(node);
        let span = span_of(node);
        let current = self.operand(target);
        let value = self.expr(right);
        let combined = match (operator, value) {
            ("+=", Expr::Concat(more)) => {
                let mut parts = vec![current];
                parts.extend(more);
                Expr::Concat(parts)
            }
            ("+=", other) if self.is_string_node(right) => {
                let value = self.spill(other, span_of(right));
                Expr::Concat(vec![current, value])
            }
            ("&&=" | "||=" | "??=", other) => {
                let value = self.spill(other, span_of(right));
                let op = if operator == "&&=" {
                    BinOp::And
                } else {
                    BinOp::Or
                };
                Expr::Binary(op, current, value)
            }
            (_, other) => {
                let value = self.spill(other, span_of(right));
                Expr::Binary(binary_op(operator.trim_end_matches('=')), current, value)
            }
        };
        let value = self.spill(combined, span);
        self.assign_pattern(target, Expr::Use(value.clone()), span, span);
        Expr::Use(value)
    }

    /// `c ? a : b`: a diamond assigning one temporary (rule 7).
    fn ternary(&mut self, node: Node<'_>) -> Expr {
        let result = self.cur.b.temp();
        let then_block = self.new_block();
        let else_block = self.new_block();
        let join = self.new_block();
        match self.field(node, FieldName::Condition) {
            Some(condition) => self.cond(condition, then_block, else_block),
            None => self.goto(then_block),
        }
        for (block, field) in [
            (then_block, FieldName::Consequence),
            (else_block, FieldName::Alternative),
        ] {
            self.switch_to(block);
            let (value, span) = match self.field(node, field) {
                Some(branch) => (self.expr(branch), span_of(branch)),
                None => (Expr::Use(Operand::Const(Const::Null)), span_of(node)),
            };
            self.cur.b.assign(result, value, span);
            self.goto(join);
        }
        self.switch_to(join);
        Expr::Use(Operand::Var(result))
    }

    fn parenthesized(&mut self, node: Node<'_>) -> Expr {
        let inner: Vec<Node<'_>> = named_children(node)
            .into_iter()
            .filter(|child| !self.is_type_node(*child))
            .collect();
        match inner.as_slice() {
            [single] => self.expr(*single),
            _ => {
                let operands = inner.iter().map(|child| self.operand(*child)).collect();
                opaque("parenthesized_expression", operands)
            }
        }
    }

    /// `(a, b)`: `a` for its effects, then the value of `b`.
    fn sequence(&mut self, node: Node<'_>) -> Expr {
        let parts = named_children(node);
        let Some((last, rest)) = parts.split_last() else {
            return Expr::Use(Operand::Const(Const::Null));
        };
        for part in rest {
            let value = self.expr(*part);
            self.eval(value, span_of(*part));
        }
        self.expr(*last)
    }

    fn function_expr(&mut self, node: Node<'_>) -> Expr {
        let id = self.function_value(node, None);
        Expr::Closure(id)
    }

    fn class_expr(&mut self, node: Node<'_>) -> Expr {
        self.class_value(node, None)
    }

    // ---- literals ----------------------------------------------------------

    fn array(&mut self, node: Node<'_>) -> Expr {
        let mut items = Vec::new();
        for child in named_children(node) {
            let item = if self.kind(child) == "spread_element" {
                // `[...xs, y]`: the elements of `xs` flow into the array.
                let inner = match named_children(child).first() {
                    Some(&inner) => self.operand(inner),
                    None => Operand::Const(Const::Null),
                };
                self.cur.b.assign_temp(Expr::Element(inner), span_of(child))
            } else {
                self.operand(child)
            };
            items.push(item);
        }
        Expr::List(items)
    }

    /// An object literal is a `Map` keyed by property names; with a spread
    /// (`{...a, b}`) the keys are no longer known and it is an `Opaque`
    /// over everything it holds.
    /// A property of an object literal: with the leading ones until a spread
    /// has been seen, in order after it.
    fn object_entry(
        &self,
        entries: &mut Vec<MapEntry>,
        rest: &mut Vec<ObjectPart>,
        entry: MapEntry,
    ) {
        if rest.is_empty() {
            entries.push(entry);
        } else {
            rest.push(ObjectPart::Entry(entry));
        }
    }

    fn object(&mut self, node: Node<'_>) -> Expr {
        let mut entries = Vec::new();
        let mut rest: Vec<ObjectPart> = Vec::new();
        for child in named_children(node) {
            let span = span_of(child);
            match self.kind(child) {
                "pair" => {
                    let key_node = self.field(child, FieldName::Key);
                    let key = match key_node {
                        Some(key) => self.property_key(key),
                        None => Operand::Const(Const::Null),
                    };
                    let hint = self.member_hint(&key);
                    let value = match self.field(child, FieldName::Value) {
                        Some(value) if self.is_function_node(value) => {
                            let id = self.function_value(value, hint.as_deref());
                            self.cur.b.assign_temp(Expr::Closure(id), span_of(value))
                        }
                        Some(value) => self.operand(value),
                        None => Operand::Const(Const::Null),
                    };
                    self.object_entry(&mut entries, &mut rest, MapEntry { key, value, span });
                }
                "shorthand_property_identifier" => {
                    let name = self.name_of(child);
                    let value = self.read_name(name);
                    let entry = MapEntry {
                        key: Operand::Const(Const::str(name.as_str())),
                        value,
                        span,
                    };
                    self.object_entry(&mut entries, &mut rest, entry);
                }
                "method_definition" => {
                    let key = match self.field(child, FieldName::Name) {
                        Some(name) => self.property_key(name),
                        None => Operand::Const(Const::Null),
                    };
                    let hint = self.member_hint(&key);
                    let id = self.function_value(child, hint.as_deref());
                    let value = self.cur.b.assign_temp(Expr::Closure(id), span);
                    self.object_entry(&mut entries, &mut rest, MapEntry { key, value, span });
                }
                "spread_element" => {
                    if let Some(&inner) = named_children(child).first() {
                        rest.push(ObjectPart::Spread(self.operand(inner)));
                    }
                }
                "comment" => {}
                _ => {
                    let value = self.operand(child);
                    rest.push(ObjectPart::Spread(value));
                }
            }
        }
        if rest.is_empty() {
            return Expr::Map(entries);
        }
        // With `...other` in it, the object is built in order: the
        // properties before the first spread, then each spread merged in
        // (`Object.assign`) and each later property stored, so that a later
        // key replaces an earlier one as it does at run time.
        let span = span_of(node);
        let object = self.cur.b.assign_temp(Expr::Map(entries), span);
        for part in rest {
            match part {
                ObjectPart::Entry(entry) => self.push(
                    InstrKind::StoreIndex {
                        obj: object.clone(),
                        index: entry.key,
                        value: entry.value,
                    },
                    entry.span,
                ),
                ObjectPart::Spread(other) => {
                    let call = Expr::Call(Call {
                        callee: Callee::Function(Operand::Global(Name::new("Object.assign"))),
                        args: vec![Arg::positional(object.clone()), Arg::positional(other)],
                    });
                    self.push(InstrKind::Eval(call), span);
                }
            }
        }
        Expr::Use(object)
    }

    /// The name a function stored under `key` of an object literal is
    /// known by. At the top of a file only the object assigned to
    /// `module.exports` names the module's functions; others stay anonymous.
    fn member_hint(&self, key: &Operand) -> Option<String> {
        if self.cur.module_level && !self.exporting {
            return None;
        }
        match key {
            Operand::Const(Const::Str(text)) => Some(text.to_string()),
            _ => None,
        }
    }

    /// A property name: its text for names, strings and numbers; the value
    /// of a computed `[key]`.
    pub(super) fn property_key(&mut self, key: Node<'_>) -> Operand {
        match self.kind(key) {
            "property_identifier" | "private_property_identifier" | "identifier" => {
                Operand::Const(Const::str(self.text(key)))
            }
            "string" => Operand::Const(Const::str(&strings::string_text(self.src, key))),
            "number" => Operand::Const(Const::str(self.text(key))),
            "computed_property_name" => match named_children(key).first() {
                Some(&inner) => self.operand(inner),
                None => Operand::Const(Const::Null),
            },
            _ => Operand::Const(Const::str(self.text(key))),
        }
    }

    pub(super) fn is_function_node(&self, node: Node<'_>) -> bool {
        matches!(
            self.kind(node),
            "arrow_function" | "function_expression" | "function" | "generator_function"
        )
    }

    /// The value an assignment stores, named after its target when it is a
    /// function or class (`exports.find = function () {}`).
    pub(super) fn assigned_value(&mut self, target: Node<'_>, value: Node<'_>) -> Expr {
        let hint = match self.kind(target) {
            "identifier" => Some(self.text(target).to_owned()),
            "member_expression" => self
                .field(target, FieldName::Property)
                .map(|p| self.text(p).to_owned()),
            _ => None,
        };
        if self.is_function_node(value) {
            let id = self.function_value(value, hint.as_deref());
            return Expr::Closure(id);
        }
        if self.kind(value) == "class" {
            return self.class_value(value, hint.as_deref());
        }
        self.expr(value)
    }

    // ---- conditions --------------------------------------------------------

    /// Lowers a condition into branches: `&&`/`||`/`!` become nested
    /// `Branch`es so that each block tests one operand (rule 7).
    pub(super) fn cond(&mut self, node: Node<'_>, then_block: BlockId, else_block: BlockId) {
        if !self.descend() {
            let value = self.cut(node);
            let test = self.spill(value, span_of(node));
            self.branch(test, then_block, else_block);
            return;
        }
        self.cond_inner(node, then_block, else_block);
        self.ascend();
    }

    fn cond_inner(&mut self, node: Node<'_>, then_block: BlockId, else_block: BlockId) {
        match self.kind(node) {
            "binary_expression" if matches!(self.operator(node), "&&" | "||") => {
                let left = self.field(node, FieldName::Left);
                let right = self.field(node, FieldName::Right);
                if let (Some(left), Some(right)) = (left, right) {
                    let middle = self.new_block();
                    if self.operator(node) == "||" {
                        self.cond(left, then_block, middle);
                    } else {
                        self.cond(left, middle, else_block);
                    }
                    self.switch_to(middle);
                    self.cond(right, then_block, else_block);
                    return;
                }
            }
            "unary_expression" if self.operator(node) == "!" => {
                if let Some(argument) = self.field(node, FieldName::Argument) {
                    self.cond(argument, else_block, then_block);
                    return;
                }
            }
            "parenthesized_expression" => {
                if let [inner] = named_children(node).as_slice() {
                    if self.kind(*inner) != "sequence_expression" {
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

    /// Evaluates an expression statement's value for its effects.
    pub(super) fn effect(&mut self, node: Node<'_>) {
        match self.kind(node) {
            "identifier" | "number" | "string" | "true" | "false" | "null" | "undefined"
            | "this" => {}
            _ => {
                let value = self.expr(node);
                self.eval(value, span_of(node));
            }
        }
    }

    pub(super) fn store_field(&mut self, obj: Operand, field: Name, value: Operand, span: Span) {
        self.push(InstrKind::StoreField { obj, field, value }, span);
    }
}

fn binary_op(operator: &str) -> BinOp {
    match operator {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mul,
        "/" => BinOp::Div,
        "%" => BinOp::Mod,
        "**" => BinOp::Pow,
        "&" => BinOp::BitAnd,
        "|" => BinOp::BitOr,
        "^" => BinOp::BitXor,
        "<<" => BinOp::Shl,
        ">>" | ">>>" => BinOp::Shr,
        "==" | "===" => BinOp::Eq,
        "!=" | "!==" => BinOp::NotEq,
        "<" => BinOp::Lt,
        "<=" => BinOp::LtEq,
        ">" => BinOp::Gt,
        ">=" => BinOp::GtEq,
        _ => BinOp::Add,
    }
}

/// A JavaScript numeric literal: decimal, `0x`/`0o`/`0b`, legacy octal,
/// `_` separators, `n` for BigInt.
pub(crate) fn parse_number(text: &str) -> Option<Const> {
    let cleaned: String = text.chars().filter(|c| *c != '_').collect();
    let lower = cleaned.to_ascii_lowercase();
    let digits = lower.strip_suffix('n').unwrap_or(&lower);
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
        if digits.len() > 1 && digits.starts_with('0') && digits.bytes().all(|b| b < b'8') {
            return i64::from_str_radix(digits, 8).ok().map(Const::Int);
        }
        return match digits.parse::<i64>() {
            Ok(value) => Some(Const::Int(value)),
            Err(_) => digits.parse::<f64>().ok().map(Const::Float),
        };
    }
    let value = digits.parse::<f64>().ok()?;
    // `1.0` and `1e3` are integers in JavaScript.
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        return Some(Const::Int(value as i64));
    }
    Some(Const::Float(value))
}

/// What follows the first spread of an object literal, in order.
enum ObjectPart {
    Entry(MapEntry),
    Spread(Operand),
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
        assert_eq!(parse_number("10n"), Some(Const::Int(10)));
        assert_eq!(parse_number("1.5"), Some(Const::Float(1.5)));
        assert_eq!(parse_number("1e3"), Some(Const::Int(1000)));
    }
}
