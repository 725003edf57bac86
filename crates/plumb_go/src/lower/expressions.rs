//! Expressions: each is lowered to an `Expr` whose operands are already
//! evaluated, in source order.

use plumb_ir::{Arg, Call, Callee, Const, Expr, InstrKind, MapEntry, Operand, TypeRef, UnOp};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::statements::binary_op;
use super::{named_children, opaque, types, Lowerer};
use crate::fields::FieldName;
use crate::kinds::KindExt;
use crate::span_of;

/// Links of one `+`/`&&` chain lowered in a loop; longer ones are cut.
const MAX_CHAIN: usize = 100_000;

type ExprFn<'s> = for<'a, 't> fn(&'a mut Lowerer<'s>, Node<'t>) -> Expr;

impl<'s> Lowerer<'s> {
    pub(super) fn operand(&mut self, node: Node<'_>) -> Operand {
        let value = self.value(node);
        self.spill(value, span_of(node))
    }

    /// An operand for an expression child; `None` for children that are
    /// not expressions (types, labels).
    pub(super) fn maybe_operand(&mut self, node: Node<'_>) -> Option<Operand> {
        let kind = node.kind_name();
        if kind.ends_with("_type") || kind == "type_identifier" || kind == "label_name" {
            return None;
        }
        if kind == "block" {
            self.stmt(node);
            return None;
        }
        Some(self.operand(node))
    }

    pub(super) fn value(&mut self, node: Node<'_>) -> Expr {
        if !self.descend() {
            return self.cut(node);
        }
        let value = self.value_inner(node);
        self.ascend();
        value
    }

    /// Dispatches through a function pointer to keep this frame, paid for
    /// at every nesting level, small in unoptimised builds.
    fn value_inner(&mut self, node: Node<'_>) -> Expr {
        let lower: ExprFn<'s> = match node.kind_name() {
            "identifier" => Self::identifier,
            "int_literal" => Self::int_literal,
            "float_literal" => Self::float_literal,
            "rune_literal" => Self::rune_literal,
            "interpreted_string_literal" | "raw_string_literal" => Self::string_literal,
            "true" => |_, _| Expr::Use(Operand::Const(Const::Bool(true))),
            "false" => |_, _| Expr::Use(Operand::Const(Const::Bool(false))),
            "nil" => |_, _| Expr::Use(Operand::Const(Const::Null)),
            "iota" => |_, _| opaque("iota", Vec::new()),
            "parenthesized_expression" => Self::parenthesized,
            "binary_expression" => Self::binary,
            "unary_expression" => Self::unary,
            "selector_expression" => Self::selector,
            "index_expression" => Self::index,
            "slice_expression" => Self::slice,
            "call_expression" => Self::call,
            "type_assertion_expression" | "type_conversion_expression" => Self::conversion,
            "composite_literal" => Self::composite_literal,
            "literal_value" => Self::untyped_literal,
            "func_literal" => Self::func_literal,
            "expression_list" => Self::expression_list,
            "ERROR" => Self::error_expression,
            _ => Self::other_expression,
        };
        lower(self, node)
    }

    fn other_expression(&mut self, node: Node<'_>) -> Expr {
        self.unlowered(node.kind_name());
        let mut operands = Vec::new();
        for child in named_children(node) {
            if let Some(operand) = self.maybe_operand(child) {
                operands.push(operand);
            }
        }
        opaque(node.kind_name(), operands)
    }

    fn error_expression(&mut self, node: Node<'_>) -> Expr {
        let mut operands = Vec::new();
        for child in named_children(node) {
            if let Some(operand) = self.maybe_operand(child) {
                operands.push(operand);
            }
        }
        opaque("ERROR", operands)
    }

    fn expression_list(&mut self, node: Node<'_>) -> Expr {
        let mut last = Expr::Use(Operand::Const(Const::Null));
        for child in named_children(node) {
            let value = self.value(child);
            last = Expr::Use(self.spill(value, span_of(child)));
        }
        last
    }

    /// Values for `n` targets: one per expression, or the results of one
    /// multi-valued expression. A call's value is its first result; any
    /// other result (`err`, `ok`) is an `Opaque("result")` over it, which
    /// keeps its data but not its type (docs/ir.md).
    pub(super) fn value_list(&mut self, values: &[Node<'_>], targets: usize) -> Vec<Expr> {
        if values.len() == 1 && targets > 1 {
            let value = self.value(values[0]);
            return self.spread_values(value, targets, span_of(values[0]));
        }
        values.iter().map(|v| self.value(*v)).collect()
    }

    pub(super) fn spread_values(&mut self, value: Expr, targets: usize, span: Span) -> Vec<Expr> {
        if targets <= 1 {
            return vec![value];
        }
        let first = self.spill(value, span);
        let mut out = vec![Expr::Use(first.clone())];
        for _ in 1..targets {
            out.push(opaque("result", vec![first.clone()]));
        }
        out
    }

    // ---- names and literals ------------------------------------------------

    fn identifier(&mut self, node: Node<'_>) -> Expr {
        let name = self.name_of(node);
        Expr::Use(self.read_name(name))
    }

    fn int_literal(&mut self, node: Node<'_>) -> Expr {
        let text: String = self.text(node).chars().filter(|c| *c != '_').collect();
        let lower = text.to_ascii_lowercase();
        let parsed = if let Some(hex) = lower.strip_prefix("0x") {
            i64::from_str_radix(hex, 16).ok()
        } else if let Some(binary) = lower.strip_prefix("0b") {
            i64::from_str_radix(binary, 2).ok()
        } else if let Some(octal) = lower.strip_prefix("0o") {
            i64::from_str_radix(octal, 8).ok()
        } else if lower.len() > 1 && lower.starts_with('0') {
            i64::from_str_radix(&lower[1..], 8).ok()
        } else {
            lower.parse().ok()
        };
        match parsed {
            Some(n) => Expr::Use(Operand::Const(Const::Int(n))),
            None => Expr::Cast(TypeRef::simple("int"), Operand::Const(Const::Int(0))),
        }
    }

    fn float_literal(&mut self, node: Node<'_>) -> Expr {
        let text: String = self.text(node).chars().filter(|c| *c != '_').collect();
        match text.parse::<f64>() {
            Ok(f) => Expr::Use(Operand::Const(Const::Float(f))),
            Err(_) => Expr::Cast(TypeRef::simple("float64"), Operand::Const(Const::Int(0))),
        }
    }

    fn rune_literal(&mut self, node: Node<'_>) -> Expr {
        let text = self.text(node);
        let inner = text.trim_start_matches('\'').trim_end_matches('\'');
        let unescaped = unescape(inner);
        let code = unescaped.chars().next().map_or(0, |c| c as i64);
        Expr::Use(Operand::Const(Const::Int(code)))
    }

    fn string_literal(&mut self, node: Node<'_>) -> Expr {
        Expr::Use(Operand::Const(Const::str(&self.string_value(node))))
    }

    /// The text of a string literal, escapes resolved.
    pub(super) fn string_value(&self, node: Node<'_>) -> String {
        let text = self.text(node);
        if node.kind_name() == "raw_string_literal" {
            let inner = text.strip_prefix('`').unwrap_or(text);
            let inner = inner.strip_suffix('`').unwrap_or(inner);
            // Carriage returns are discarded from raw strings.
            return inner.replace('\r', "");
        }
        let inner = text.strip_prefix('"').unwrap_or(text);
        let inner = inner.strip_suffix('"').unwrap_or(inner);
        unescape(inner)
    }

    /// Whether an expression is text for sure: a string literal, or a `+`
    /// chain with one (`"a" + x`, `x + "b" + y`). The chain's left spine is
    /// walked in a loop: long chains are deep on the left.
    pub(super) fn is_text(&self, node: Node<'_>) -> bool {
        let mut current = node;
        for _ in 0..MAX_CHAIN {
            match current.kind_name() {
                "interpreted_string_literal" | "raw_string_literal" => return true,
                "parenthesized_expression" => match named_children(current).into_iter().next() {
                    Some(inner) => current = inner,
                    None => return false,
                },
                "binary_expression" => {
                    if self
                        .field(current, FieldName::Operator)
                        .is_none_or(|o| self.text(o) != "+")
                    {
                        return false;
                    }
                    if self
                        .field(current, FieldName::Right)
                        .is_some_and(|r| is_string_literal(r))
                    {
                        return true;
                    }
                    match self.field(current, FieldName::Left) {
                        Some(left) => current = left,
                        None => return false,
                    }
                }
                _ => return false,
            }
        }
        false
    }

    // ---- operators ---------------------------------------------------------

    fn parenthesized(&mut self, node: Node<'_>) -> Expr {
        match named_children(node).into_iter().next() {
            Some(inner) => self.value(inner),
            None => Expr::Use(Operand::Const(Const::Null)),
        }
    }

    /// `+` with text on either side is string building (`Concat`, one over
    /// a whole chain); `&&`/`||` as values are `Binary(And|Or)`. Chains
    /// are deep on the left (`a + b + c` is `(a + b) + c`): the left spine
    /// is walked in a loop, so a long chain needs no recursion.
    fn binary(&mut self, node: Node<'_>) -> Expr {
        let mut spine = vec![node];
        let mut leftmost = self.field(node, FieldName::Left);
        while let Some(left) = leftmost {
            if left.kind_name() != "binary_expression" || spine.len() >= MAX_CHAIN {
                break;
            }
            spine.push(left);
            leftmost = self.field(left, FieldName::Left);
        }
        let Some(leftmost) = leftmost else {
            return opaque("binary_expression", Vec::new());
        };
        let mut parts = vec![self.operand(leftmost)];
        let mut text = self.is_text(leftmost);
        let mut value: Option<Expr> = None;
        for &step in spine.iter().rev() {
            let operator = self
                .field(step, FieldName::Operator)
                .map_or("", |o| self.text(o));
            let Some(right) = self.field(step, FieldName::Right) else {
                continue;
            };
            let span = span_of(step);
            if operator == "+" && (text || self.is_text(right)) {
                if let Some(done) = value.take() {
                    parts = vec![self.spill(done, span)];
                }
                parts.push(self.operand(right));
                text = true;
                continue;
            }
            let left = match value.take() {
                Some(done) => self.spill(done, span),
                None if text => self.spill(Expr::Concat(std::mem::take(&mut parts)), span),
                None => parts.pop().unwrap_or(Operand::Const(Const::Null)),
            };
            parts.clear();
            text = false;
            let right = self.operand(right);
            value = Some(match binary_op(operator) {
                Some(op) => Expr::Binary(op, left, right),
                None => opaque("binary_expression", vec![left, right]),
            });
        }
        match value {
            Some(done) => done,
            None if text => Expr::Concat(parts),
            None => Expr::Use(parts.pop().unwrap_or(Operand::Const(Const::Null))),
        }
    }

    /// `&x` and `*p` are transparent; `<-ch` receives an unknown value.
    fn unary(&mut self, node: Node<'_>) -> Expr {
        let operator = self
            .field(node, FieldName::Operator)
            .map_or("", |o| self.text(o));
        let Some(inner) = self.field(node, FieldName::Operand) else {
            return opaque("unary_expression", Vec::new());
        };
        match operator {
            "&" | "*" | "+" => self.value(inner),
            "<-" => {
                let channel = self.operand(inner);
                opaque("receive", vec![channel])
            }
            _ => {
                let operand = self.operand(inner);
                let op = match operator {
                    "!" => UnOp::Not,
                    "-" => UnOp::Neg,
                    _ => UnOp::BitNot,
                };
                Expr::Unary(op, operand)
            }
        }
    }

    // ---- member access -----------------------------------------------------

    /// The dotted text of a selector chain rooted in a name that is not a
    /// local (`http.MethodGet`, `exec.Command`, a package variable's
    /// field), or `None` when the root is local or not a plain name.
    fn global_path(&mut self, node: Node<'_>) -> Option<String> {
        let mut segments = Vec::new();
        let mut current = node;
        loop {
            match current.kind_name() {
                "selector_expression" => {
                    let field = self.field(current, FieldName::Field)?;
                    segments.push(self.text(field));
                    current = self.field(current, FieldName::Operand)?;
                }
                "identifier" | "package_identifier" => {
                    let root = self.name_of(current);
                    if self.resolve(root).is_some() {
                        return None;
                    }
                    segments.push(root.as_str());
                    break;
                }
                _ => return None,
            }
            if segments.len() > 64 {
                return None;
            }
        }
        segments.reverse();
        Some(segments.join("."))
    }

    fn selector(&mut self, node: Node<'_>) -> Expr {
        if let Some(path) = self.global_path(node) {
            return Expr::Use(Operand::Global(Name::new(&path)));
        }
        let (Some(operand), Some(field)) = (
            self.field(node, FieldName::Operand),
            self.field(node, FieldName::Field),
        ) else {
            return opaque("selector_expression", Vec::new());
        };
        let base = self.operand(operand);
        Expr::Field(base, self.name_of(field))
    }

    fn index(&mut self, node: Node<'_>) -> Expr {
        let (Some(operand), Some(index)) = (
            self.field(node, FieldName::Operand),
            self.field(node, FieldName::Index),
        ) else {
            return opaque("index_expression", Vec::new());
        };
        let base = self.operand(operand);
        let key = self.operand(index);
        Expr::Index(base, key)
    }

    /// `s[a:b]`: part of `s`, with its data; the bounds are numbers.
    fn slice(&mut self, node: Node<'_>) -> Expr {
        let Some(operand) = self.field(node, FieldName::Operand) else {
            return opaque("slice", Vec::new());
        };
        let base = self.operand(operand);
        for bound in [FieldName::Start, FieldName::End] {
            if let Some(bound) = self.field(node, bound) {
                let value = self.value(bound);
                self.eval(value, span_of(bound));
            }
        }
        opaque("slice", vec![base])
    }

    /// `x.(T)`, `[]byte(s)`: a conversion to the written type.
    fn conversion(&mut self, node: Node<'_>) -> Expr {
        let Some(operand) = self.field(node, FieldName::Operand) else {
            return opaque("conversion", Vec::new());
        };
        let value = self.operand(operand);
        match self
            .field(node, FieldName::Type)
            .and_then(|t| self.type_ref(t))
        {
            Some(ty) => Expr::Cast(ty, value),
            None => Expr::Use(value),
        }
    }

    // ---- calls -------------------------------------------------------------

    fn call(&mut self, node: Node<'_>) -> Expr {
        let Some(function) = self.field(node, FieldName::Function) else {
            return opaque("call_expression", Vec::new());
        };
        let arguments: Vec<Node<'_>> = self
            .field(node, FieldName::Arguments)
            .map(named_children)
            .unwrap_or_default();
        match function.kind_name() {
            "identifier" => {
                let name = self.name_of(function);
                if let Some(var) = self.resolve(name) {
                    let args = self.arguments(&arguments);
                    return call(Callee::Function(Operand::Var(var)), args);
                }
                if let Some(value) = self.builtin_call(name, &arguments, span_of(node)) {
                    return value;
                }
                let args = self.arguments(&arguments);
                call(Callee::Function(Operand::Global(name)), args)
            }
            "selector_expression" => {
                if let Some(path) = self.global_path(function) {
                    let args = self.arguments(&arguments);
                    return call(Callee::Function(Operand::Global(Name::new(&path))), args);
                }
                let (Some(operand), Some(field)) = (
                    self.field(function, FieldName::Operand),
                    self.field(function, FieldName::Field),
                ) else {
                    return opaque("call_expression", Vec::new());
                };
                let receiver = self.operand(operand);
                let args = self.arguments(&arguments);
                call(
                    Callee::Method {
                        receiver,
                        name: self.name_of(field),
                    },
                    args,
                )
            }
            // `(*T)(x)`, `[]byte(x)` parsed as a call: a conversion.
            kind if kind.ends_with("_type") || kind == "parenthesized_type" => {
                let ty = self.type_ref(function);
                let args = self.arguments(&arguments);
                let value = args
                    .into_iter()
                    .next()
                    .map_or(Operand::Const(Const::Null), |a| a.value);
                match ty {
                    Some(ty) => Expr::Cast(ty, value),
                    None => Expr::Use(value),
                }
            }
            _ => {
                let callee = self.operand(function);
                let args = self.arguments(&arguments);
                call(Callee::Function(callee), args)
            }
        }
    }

    fn arguments(&mut self, nodes: &[Node<'_>]) -> Vec<Arg> {
        let mut args = Vec::with_capacity(nodes.len());
        for &node in nodes {
            if node.kind_name() == "variadic_argument" {
                if let Some(inner) = named_children(node).into_iter().next() {
                    let value = self.operand(inner);
                    args.push(Arg {
                        value,
                        keyword: None,
                        spread: true,
                    });
                }
                continue;
            }
            if let Some(value) = self.maybe_operand(node) {
                args.push(Arg::positional(value));
            }
        }
        args
    }

    /// Predeclared functions and conversions to predeclared types, when
    /// their name is not redeclared: `len(x)` is a number, `string(b)` is
    /// `b` as text, `int(x)` a number, `new(T)` and `make(T)` new values,
    /// `append` joins its arguments, `panic(v)` ends the path.
    fn builtin_call(&mut self, name: Name, arguments: &[Node<'_>], span: Span) -> Option<Expr> {
        let text = name.as_str();
        if types::BASIC_TYPES.contains(&text) {
            let value = match arguments.first() {
                Some(&argument) => self.operand(argument),
                None => Operand::Const(Const::Null),
            };
            return Some(Expr::Cast(TypeRef::simple(text), value));
        }
        match text {
            "len" | "cap" => {
                let args = self.arguments(arguments);
                let value = args
                    .into_iter()
                    .next()
                    .map_or(Operand::Const(Const::Int(0)), |a| a.value);
                Some(Expr::Cast(TypeRef::simple("int"), value))
            }
            "new" => {
                let ty = arguments.first().and_then(|t| self.type_ref(*t))?;
                Some(Expr::New {
                    class: ty,
                    args: Vec::new(),
                })
            }
            "make" => {
                let ty_node = arguments.first()?;
                for size in &arguments[1..] {
                    let value = self.value(*size);
                    self.eval(value, span_of(*size));
                }
                Some(match ty_node.kind_name() {
                    "slice_type" | "array_type" => Expr::List(Vec::new()),
                    "map_type" => Expr::Map(Vec::new()),
                    _ => opaque("make", Vec::new()),
                })
            }
            "append" => {
                let args = self.arguments(arguments);
                Some(opaque(
                    "append",
                    args.into_iter().map(|a| a.value).collect(),
                ))
            }
            "panic" => {
                let args = self.arguments(arguments);
                let value = args.into_iter().next().map(|a| a.value);
                self.terminate_at(plumb_ir::Terminator::Throw(value), span);
                let after = self.new_block();
                self.switch_to(after);
                Some(Expr::Use(Operand::Const(Const::Null)))
            }
            _ => None,
        }
    }

    // ---- composite literals ------------------------------------------------

    /// `T{...}`: a struct is a new object with its keyed fields stored; a
    /// slice or array a list; a map a map.
    fn composite_literal(&mut self, node: Node<'_>) -> Expr {
        let ty_node = self.field(node, FieldName::Type);
        let Some(body) = self.field(node, FieldName::Body) else {
            return opaque("composite_literal", Vec::new());
        };
        match ty_node.map(|t| t.kind_name()) {
            Some("slice_type" | "array_type" | "implicit_length_array_type") => {
                self.list_literal(body)
            }
            Some("map_type") => self.map_literal(body),
            _ => {
                let ty = ty_node
                    .and_then(|t| self.type_ref(t))
                    .unwrap_or_else(|| TypeRef::simple("struct"));
                self.struct_literal(ty, body)
            }
        }
    }

    /// A literal without a type, inside another one: keyed elements make a
    /// map, others a list.
    fn untyped_literal(&mut self, node: Node<'_>) -> Expr {
        let keyed = named_children(node)
            .into_iter()
            .any(|c| c.kind_name() == "keyed_element");
        if keyed {
            self.map_literal(node)
        } else {
            self.list_literal(node)
        }
    }

    fn element(&mut self, node: Node<'_>) -> Operand {
        match named_children(node).into_iter().next() {
            Some(inner) if node.kind_name() == "literal_element" => self.operand(inner),
            _ => self.operand(node),
        }
    }

    fn list_literal(&mut self, body: Node<'_>) -> Expr {
        let mut items = Vec::new();
        for child in named_children(body) {
            match child.kind_name() {
                "keyed_element" => {
                    if let Some(value) = self.field(child, FieldName::Value) {
                        items.push(self.element(value));
                    }
                }
                _ => items.push(self.element(child)),
            }
        }
        Expr::List(items)
    }

    fn map_literal(&mut self, body: Node<'_>) -> Expr {
        let mut entries = Vec::new();
        for child in named_children(body) {
            if child.kind_name() != "keyed_element" {
                continue;
            }
            let (Some(key), Some(value)) = (
                self.field(child, FieldName::Key),
                self.field(child, FieldName::Value),
            ) else {
                continue;
            };
            let key = self.element(key);
            let value = self.element(value);
            entries.push(MapEntry {
                key,
                value,
                span: span_of(child),
            });
        }
        Expr::Map(entries)
    }

    /// `http.Cookie{Name: n, Secure: true}`: `New`, then one `StoreField`
    /// per keyed field; positional fields are the `New`'s arguments.
    fn struct_literal(&mut self, ty: TypeRef, body: Node<'_>) -> Expr {
        let children = named_children(body);
        let mut args = Vec::new();
        let mut stores = Vec::new();
        for child in children {
            if child.kind_name() == "keyed_element" {
                let (Some(key), Some(value)) = (
                    self.field(child, FieldName::Key),
                    self.field(child, FieldName::Value),
                ) else {
                    continue;
                };
                let field = named_children(key)
                    .into_iter()
                    .next()
                    .map_or_else(|| self.name_of(key), |k| self.name_of(k));
                let value = self.element(value);
                stores.push((field, value, span_of(child)));
            } else {
                args.push(Arg::positional(self.element(child)));
            }
        }
        let object = self.cur.b.assign_temp(
            Expr::New {
                class: ty.clone(),
                args,
            },
            span_of(body),
        );
        // The temporary has the literal's static type, which a variable
        // declared from it (`r := &T{..}`) and its captures keep.
        if let Operand::Var(var) = &object {
            if let Some(local) = self.cur.b.function_mut().locals.get_mut(var.0 as usize) {
                local.ty = Some(ty);
            }
        }
        for (field, value, span) in stores {
            self.push(
                InstrKind::StoreField {
                    obj: object.clone(),
                    field,
                    value,
                },
                span,
            );
        }
        Expr::Use(object)
    }
}

fn is_string_literal(node: Node<'_>) -> bool {
    matches!(
        node.kind_name(),
        "interpreted_string_literal" | "raw_string_literal"
    )
}

fn call(callee: Callee, args: Vec<Arg>) -> Expr {
    Expr::Call(Call { callee, args })
}

/// Go escapes in interpreted strings and runes.
fn unescape(text: &str) -> String {
    if !text.contains('\\') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(escape) = chars.next() else {
            out.push('\\');
            break;
        };
        let hex = |digits: usize, chars: &mut std::iter::Peekable<std::str::Chars<'_>>| {
            let code: String = (0..digits).filter_map(|_| chars.next()).collect();
            u32::from_str_radix(&code, 16).ok().and_then(char::from_u32)
        };
        match escape {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            'x' => out.extend(hex(2, &mut chars)),
            'u' => out.extend(hex(4, &mut chars)),
            'U' => out.extend(hex(8, &mut chars)),
            '0'..='7' => {
                let mut code = escape.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    if let Some(digit) = chars.peek().and_then(|d| d.to_digit(8)) {
                        code = code * 8 + digit;
                        chars.next();
                    }
                }
                out.extend(char::from_u32(code));
            }
            other => out.push(other),
        }
    }
    out
}
