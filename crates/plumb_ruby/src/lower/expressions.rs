//! Expressions: every Ruby expression lowers to one operand; anything
//! with an effect or a value of its own is a temporary with its span.

use plumb_ir::{
    Arg, BinOp, Call, Callee, Const, Expr, InstrKind, MapEntry, Operand, Terminator, TypeRef, UnOp,
    VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::{named_children, Lowerer};
use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use crate::span_of;

/// Methods whose block runs once per element of the receiver: lowered as
/// a loop over it, the block's parameter bound to each element.
const ITERATORS: &[&str] = &[
    "each",
    "each_with_index",
    "each_with_object",
    "each_value",
    "each_key",
    "each_pair",
    "each_line",
    "map",
    "collect",
    "flat_map",
    "select",
    "filter",
    "filter_map",
    "reject",
    "find",
    "detect",
    "any?",
    "all?",
    "none?",
    "sum",
    "group_by",
    "sort_by",
    "min_by",
    "max_by",
    "partition",
    "times",
    "each_char",
    "tap",
    "then",
];

impl Lowerer<'_> {
    pub(super) fn expr(&mut self, node: Node<'_>) -> Operand {
        if !self.descend() {
            let cut = self.cut(node);
            return self.spill(cut, span_of(node));
        }
        let value = self.expr_inner(node);
        self.ascend();
        value
    }

    fn expr_inner(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        match node.kind_name() {
            "identifier" => {
                let name = Name::new(self.text(node));
                match self.resolve(name) {
                    Some(var) => Operand::Var(var),
                    // Not assigned before: a method call on self.
                    None => self.bare_call(name, Vec::new(), span),
                }
            }
            "self" => self.self_operand(),
            "constant" => Operand::Global(self.constant_name(self.text(node))),
            "scope_resolution" => match self.constant_path(node) {
                Some(path) => Operand::Global(Name::new(&path)),
                None => {
                    // `expr::Name`: a constant read off a computed value.
                    let scope = node.field(FieldName::Scope).map(|s| self.expr(s));
                    let name = node.field(FieldName::Name).map(|n| self.text(n));
                    match (scope, name) {
                        (Some(scope), Some(name)) => {
                            self.spill(Expr::Field(scope, Name::new(name)), span)
                        }
                        _ => Operand::Const(Const::Null),
                    }
                }
            },
            "instance_variable" => {
                let name = self.text(node).trim_start_matches('@');
                let receiver = self.self_operand();
                self.spill(Expr::Field(receiver, Name::new(name)), span)
            }
            "class_variable" => {
                let name = self.text(node).trim_start_matches('@');
                let owner = self.self_global_here().unwrap_or_else(|| Name::new("self"));
                self.spill(Expr::Field(Operand::Global(owner), Name::new(name)), span)
            }
            "global_variable" => Operand::Global(Name::new(self.text(node))),
            "integer" => Operand::Const(parse_int(self.text(node))),
            "float" => match self.text(node).replace('_', "").parse::<f64>() {
                Ok(f) => Operand::Const(Const::Float(f)),
                Err(_) => Operand::Const(Const::Null),
            },
            "true" => Operand::Const(Const::Bool(true)),
            "false" => Operand::Const(Const::Bool(false)),
            "nil" => Operand::Const(Const::Null),
            "string" | "delimited_symbol" => self.string_parts(node),
            // A regex literal is a `Regexp` built from its pattern, not text.
            "regex" => {
                let pattern = self.string_parts(node);
                let value = Expr::New {
                    class: TypeRef::simple("Regexp"),
                    args: vec![Arg::positional(pattern)],
                };
                self.spill(value, span)
            }
            "chained_string" => {
                let parts: Vec<Operand> = named_children(node)
                    .into_iter()
                    .map(|part| self.expr(part))
                    .collect();
                self.spill(Expr::Concat(parts), span)
            }
            "heredoc_beginning" => self.heredoc(node),
            "heredoc_body" => Operand::Const(Const::Null),
            "hash_key_symbol" => self.symbol(node),
            // A symbol value is a name, never a literal credential: it keeps
            // its text as a constant but is not written as a literal.
            "simple_symbol" | "bare_symbol" => {
                let name = self.symbol(node);
                self.spill(Expr::Cast(TypeRef::simple("Symbol"), name), span)
            }
            "character" => Operand::Const(Const::str(self.text(node).trim_start_matches('?'))),
            "subshell" => self.subshell(node),
            "array" | "string_array" | "symbol_array" => {
                let items = named_children(node)
                    .into_iter()
                    .map(|item| match item.kind_name() {
                        "bare_string" => self.string_parts(item),
                        _ => self.expr(item),
                    })
                    .collect();
                self.spill(Expr::List(items), span)
            }
            "hash" => self.hash(node),
            "parenthesized_statements" | "begin_block" | "end_block" => {
                self.statements(node).unwrap_or(Operand::Const(Const::Null))
            }
            "call" => self.call(node),
            "element_reference" => self.element_reference(node),
            "assignment" => self.assignment(node),
            "operator_assignment" => self.operator_assignment(node),
            "binary" => self.binary(node),
            "unary" => self.unary(node),
            "conditional" => self.conditional(node),
            "if" | "unless" => self.if_expr(node),
            "if_modifier" | "unless_modifier" => self.if_modifier(node),
            "while" | "until" => self.while_loop(node),
            "while_modifier" | "until_modifier" => self.while_modifier(node),
            "for" => self.for_loop(node),
            "case" => self.case(node),
            "begin" => self.begin(node),
            "return" => self.return_stmt(node),
            "break" | "next" => self.jump(node),
            "method" => self.method(node, false),
            "singleton_method" => self.method(node, true),
            "class" | "module" => self.class(node),
            "singleton_class" => {
                if let Some(body) = node.field(FieldName::Body) {
                    self.statements(body);
                }
                Operand::Const(Const::Null)
            }
            "lambda" => self.lambda(node),
            "rescue_modifier" => self.rescue_modifier(node),
            "yield" => {
                let args = self.argument_values(node);
                self.opaque_temp("yield", args, span)
            }
            "super" => self.super_call(None, span),
            "range" => {
                let operands = named_children(node)
                    .into_iter()
                    .map(|part| self.expr(part))
                    .collect();
                self.opaque_temp("range", operands, span)
            }
            "splat_argument" | "hash_splat_argument" | "block_argument" => {
                match named_children(node).into_iter().next() {
                    Some(inner) => self.expr(inner),
                    None => Operand::Const(Const::Null),
                }
            }
            "pair" => {
                let value = node.field(FieldName::Value).map(|v| self.expr(v));
                value.unwrap_or(Operand::Const(Const::Null))
            }
            "comment" | "empty_statement" | "undef" | "alias" | "uninterpreted" => {
                Operand::Const(Const::Null)
            }
            "file" | "line" | "encoding" => Operand::Const(Const::str(self.text(node))),
            "rational" | "complex" => Operand::Const(Const::Float(0.0)),
            kind => {
                self.unlowered(kind);
                let operands = named_children(node)
                    .into_iter()
                    .map(|child| self.expr(child))
                    .collect();
                self.opaque_temp(kind, operands, span)
            }
        }
    }

    /// An index or hash key: a symbol is its name as a constant.
    fn key(&mut self, node: Node<'_>) -> Operand {
        match node.kind_name() {
            "simple_symbol" => self.symbol(node),
            _ => self.expr(node),
        }
    }

    /// A constant read: the enclosing class's own constant when one of
    /// that name was assigned earlier, otherwise the name as written.
    fn constant_name(&self, text: &str) -> Name {
        for class in self.class_stack.iter().rev() {
            let qualified = super::qualify(&class.qualified, text);
            if self.constants.contains(&qualified) {
                return Name::new(&qualified);
            }
        }
        Name::new(text)
    }

    /// `name(args)` without a receiver: a method of `self`, or a Kernel
    /// method; resolution tries the enclosing class first.
    pub(super) fn bare_call(&mut self, name: Name, args: Vec<Arg>, span: Span) -> Operand {
        let call = Expr::Call(Call {
            callee: Callee::Function(Operand::Global(name)),
            args,
        });
        self.cur.b.assign_temp(call, span)
    }

    fn hash(&mut self, node: Node<'_>) -> Operand {
        let mut entries = Vec::new();
        for pair in named_children(node) {
            let entry_span = span_of(pair);
            match pair.kind_name() {
                "pair" => {
                    let key = match pair.field(FieldName::Key) {
                        Some(key) => self.key(key),
                        None => Operand::Const(Const::Null),
                    };
                    let value = match pair.field(FieldName::Value) {
                        Some(value) => self.expr(value),
                        // `{ name: }` takes the local or method of that name.
                        None => self.shorthand_value(pair),
                    };
                    entries.push(MapEntry {
                        key,
                        value,
                        span: entry_span,
                    });
                }
                _ => {
                    let value = self.expr(pair);
                    entries.push(MapEntry {
                        key: Operand::Const(Const::Null),
                        value,
                        span: entry_span,
                    });
                }
            }
        }
        self.spill(Expr::Map(entries), span_of(node))
    }

    fn shorthand_value(&mut self, pair: Node<'_>) -> Operand {
        let Some(key) = pair.field(FieldName::Key) else {
            return Operand::Const(Const::Null);
        };
        let name = Name::new(self.text(key).trim_end_matches(':'));
        match self.resolve(name) {
            Some(var) => Operand::Var(var),
            None => self.bare_call(name, Vec::new(), span_of(pair)),
        }
    }

    // ---- calls -------------------------------------------------------------

    fn call(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let method_node = node.field(FieldName::Method);
        let method = method_node.map_or("", |m| self.text(m));
        let receiver_node = node.field(FieldName::Receiver);
        let block = node.field(FieldName::Block);
        let Some(receiver_node) = receiver_node else {
            return self.receiverless_call(node, method, block, span);
        };
        if method_node.is_some_and(|m| m.kind_name() == "super") {
            return self.super_call(Some(node), span);
        }
        // `Foo.new(..)`: a constructor.
        if method == "new" {
            if let Some(path) = self.constant_path(receiver_node) {
                let args = self.arguments(node);
                let mut args = args;
                if let Some(block) = block {
                    let closure = self.block_closure(block);
                    args.push(block_arg(closure));
                }
                let value = Expr::New {
                    class: TypeRef::simple(&path),
                    args,
                };
                return self.spill(value, span);
            }
        }
        let arity = node
            .field(FieldName::Arguments)
            .map_or(0, |a| named_children(a).len());
        // Numeric conversions cannot carry text.
        if arity == 0 && block.is_none() {
            let conversion = match method {
                "to_i" | "to_int" => Some("Integer"),
                "to_f" => Some("Float"),
                "to_r" | "to_c" => Some("Numeric"),
                "to_sym" => None,
                _ => None,
            };
            if let Some(ty) = conversion {
                let value = self.expr(receiver_node);
                return self.spill(Expr::Cast(TypeRef::simple(ty), value), span);
            }
            // `x.to_s` is `x` as text.
            if matches!(method, "to_s" | "to_str") {
                let value = self.expr(receiver_node);
                return self.spill(Expr::Concat(vec![value]), span);
            }
        }
        // A constant path receiver (`File.read`, `ActiveRecord::Base.connection`)
        // names the whole path, like a module path in the other languages.
        let mut path = self.constant_path(receiver_node);
        // A constant the enclosing class assigned (`OPERATIONS.include?(op)`,
        // `TOOLS.fetch(name)`) is a value: the call is one of its methods.
        if receiver_node.kind_name() == "constant" {
            let text = self.text(receiver_node);
            if self.constant_name(text).as_str() != text {
                path = None;
            }
        }
        let receiver = match path {
            Some(_) => None,
            None => Some(self.expr(receiver_node)),
        };
        if let (Some(block), true) = (block, ITERATORS.contains(&method)) {
            if let Some(receiver) = receiver.clone() {
                let mut extra = Vec::new();
                if let Some(args) = node.field(FieldName::Arguments) {
                    for arg in named_children(args) {
                        extra.push(self.expr(arg));
                    }
                }
                return self.iterate(receiver, extra, block, method, span);
            }
        }
        // `f.call(x)` / `f.(x)` on a local holding a lambda.
        if matches!(method, "call" | "()" | "") {
            if let Some(Operand::Var(var)) = receiver {
                let args = self.arguments(node);
                let call = Expr::Call(Call {
                    callee: Callee::Function(Operand::Var(var)),
                    args,
                });
                return self.spill(call, span);
            }
        }
        let mut args = self.arguments(node);
        if let Some(block) = block {
            let closure = self.block_closure(block);
            args.push(block_arg(closure));
        }
        let callee = match (path, receiver) {
            (Some(path), _) => {
                Callee::Function(Operand::Global(Name::new(&format!("{path}.{method}"))))
            }
            (None, Some(receiver)) => Callee::Method {
                receiver,
                name: Name::new(method),
            },
            (None, None) => Callee::Function(Operand::Global(Name::new(method))),
        };
        self.spill(Expr::Call(Call { callee, args }), span)
    }

    fn receiverless_call(
        &mut self,
        node: Node<'_>,
        method: &str,
        block: Option<Node<'_>>,
        span: Span,
    ) -> Operand {
        match method {
            "require" | "require_relative" | "load" => {
                self.require(node);
            }
            "raise" | "fail" => {
                let args = self.argument_values(node);
                let value = args.into_iter().next();
                self.terminate_at(Terminator::Throw(value), span);
                return Operand::Const(Const::Null);
            }
            "lambda" | "proc" => {
                if let Some(block) = block {
                    return self.block_closure(block);
                }
            }
            "loop" => {
                if let Some(block) = block {
                    return self.loop_block(block, span);
                }
            }
            "Integer" | "Float" => {
                let args = self.argument_values(node);
                if let Some(value) = args.into_iter().next() {
                    return self.spill(Expr::Cast(TypeRef::simple(method), value), span);
                }
                return Operand::Const(Const::Null);
            }
            _ => {}
        }
        let name = Name::new(method);
        // `f.(x)`-less call of a local holding a lambda is not Ruby; a
        // local shadows nothing here (`foo(1)` is always a method call).
        let mut args = self.arguments(node);
        if let Some(block) = block {
            let closure = self.block_closure(block);
            args.push(block_arg(closure));
        }
        self.bare_call(name, args, span)
    }

    fn require(&mut self, node: Node<'_>) {
        let Some(args) = node.field(FieldName::Arguments) else {
            return;
        };
        let Some(first) = named_children(args).into_iter().next() else {
            return;
        };
        if first.kind_name() != "string" {
            return;
        }
        let text = self.text(first).trim_matches(|c| c == '"' || c == '\'');
        let target = text
            .trim_start_matches("./")
            .trim_end_matches(".rb")
            .replace(['/', '-'], ".");
        if target.is_empty() {
            return;
        }
        let target = Name::new(&target);
        self.imports.push(plumb_ir::Import {
            alias: target,
            target,
            wildcard: true,
            span: span_of(node),
        });
    }

    /// `super` / `super(args)`: bare `super` passes the method's own arguments.
    fn super_call(&mut self, node: Option<Node<'_>>, span: Span) -> Operand {
        let name = self.cur.method_name.unwrap_or_else(|| Name::new("<init>"));
        let explicit = node.and_then(|n| n.field(FieldName::Arguments));
        let args = match (node, explicit) {
            (Some(node), Some(_)) => self.arguments(node),
            _ => {
                let params: Vec<Operand> = self
                    .cur
                    .b
                    .function()
                    .params
                    .iter()
                    .filter(|p| p.kind != plumb_ir::ParamKind::Receiver)
                    .map(|p| Operand::Var(p.var))
                    .collect();
                params.into_iter().map(Arg::positional).collect()
            }
        };
        self.spill(
            Expr::Call(Call {
                callee: Callee::Super { name },
                args,
            }),
            span,
        )
    }

    /// The arguments of a call node (or of `return`/`yield`), keyword
    /// arguments (`where(name: x)`) carrying their keyword.
    pub(super) fn arguments(&mut self, node: Node<'_>) -> Vec<Arg> {
        let list = match node.field(FieldName::Arguments) {
            Some(list) => list,
            None => match named_children(node)
                .into_iter()
                .find(|c| c.kind_name() == "argument_list")
            {
                Some(list) => list,
                None => return Vec::new(),
            },
        };
        let mut args = Vec::new();
        for arg in named_children(list) {
            match arg.kind_name() {
                "pair" => {
                    let key = arg.field(FieldName::Key);
                    let keyword = key.and_then(|k| match k.kind_name() {
                        "hash_key_symbol" | "simple_symbol" | "identifier" | "constant" => Some(
                            Name::new(self.text(k).trim_start_matches(':').trim_end_matches(':')),
                        ),
                        _ => None,
                    });
                    let value = match arg.field(FieldName::Value) {
                        Some(value) => self.expr(value),
                        None => self.shorthand_value(arg),
                    };
                    match keyword {
                        Some(keyword) => args.push(Arg {
                            value,
                            keyword: Some(keyword),
                            spread: false,
                        }),
                        // `"key" => v` in an argument list: a hash argument.
                        None => {
                            let key = match key {
                                Some(key) => self.expr(key),
                                None => Operand::Const(Const::Null),
                            };
                            let map = self.spill(
                                Expr::Map(vec![MapEntry {
                                    key,
                                    value,
                                    span: span_of(arg),
                                }]),
                                span_of(arg),
                            );
                            args.push(Arg::positional(map));
                        }
                    }
                }
                "splat_argument" | "hash_splat_argument" => {
                    let value = self.expr(arg);
                    args.push(Arg {
                        value,
                        keyword: None,
                        spread: true,
                    });
                }
                "block_argument" => {
                    let value = self.expr(arg);
                    args.push(block_arg(value));
                }
                "heredoc_body" => {}
                _ => {
                    let value = self.expr(arg);
                    args.push(Arg::positional(value));
                }
            }
        }
        args
    }

    fn argument_values(&mut self, node: Node<'_>) -> Vec<Operand> {
        self.arguments(node).into_iter().map(|a| a.value).collect()
    }

    fn element_reference(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let Some(object) = node.field(FieldName::Object) else {
            return Operand::Const(Const::Null);
        };
        let base = self.expr(object);
        let indices: Vec<Node<'_>> = named_children(node)
            .into_iter()
            .filter(|c| c.id() != object.id())
            .collect();
        // `f[x]` on a lambda is a call, but indexing is far more common.
        let index = match indices.as_slice() {
            [single] => self.key(*single),
            [] => Operand::Const(Const::Null),
            many => {
                let operands = many.iter().map(|n| self.expr(*n)).collect();
                self.opaque_temp("slice", operands, span)
            }
        };
        self.spill(Expr::Index(base, index), span)
    }

    // ---- operators ---------------------------------------------------------

    fn binary(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let op = node.field(FieldName::Operator).map_or("", |o| self.text(o));
        let (Some(left), Some(right)) = (node.field(FieldName::Left), node.field(FieldName::Right))
        else {
            return Operand::Const(Const::Null);
        };
        match op {
            "&&" | "and" | "||" | "or" => return self.short_circuit(left, right, op, span),
            _ => {}
        }
        // `a + b + c + ...`: left spines are lowered in a loop.
        let mut spine = vec![right];
        let mut first = left;
        while first.kind_name() == "binary"
            && first
                .field(FieldName::Operator)
                .is_some_and(|o| self.text(o) == op)
            && matches!(op, "+" | "<<")
        {
            match (first.field(FieldName::Left), first.field(FieldName::Right)) {
                (Some(l), Some(r)) => {
                    spine.push(r);
                    first = l;
                }
                _ => break,
            }
        }
        spine.reverse();
        // `+` beside literal text builds text; `<<` appends to its left
        // side, text or array, unless that side is literal text.
        let stringy = match op {
            "<<" => is_stringy(first),
            _ => is_stringy(first) || spine.iter().any(|n| is_stringy(*n)),
        };
        let mut acc = self.expr(first);
        let acc_var = match (op, first.kind_name()) {
            ("<<", "identifier") => match acc {
                Operand::Var(var) => Some(var),
                _ => None,
            },
            _ => None,
        };
        for operand in spine {
            let value = self.expr(operand);
            let expr = match op {
                "+" if stringy => Expr::Concat(vec![acc, value]),
                "<<" if stringy => Expr::Concat(vec![acc, value]),
                "<<" => Expr::Call(Call {
                    callee: Callee::Method {
                        receiver: acc,
                        name: Name::new("<<"),
                    },
                    args: vec![Arg::positional(value)],
                }),
                _ => match binop(op) {
                    Some(bin) => Expr::Binary(bin, acc, value),
                    None => Expr::Opaque {
                        kind: Name::new("binary"),
                        operands: vec![acc, value],
                    },
                },
            };
            acc = self.spill(expr, span);
        }
        // `s << x` appends to `s` itself.
        if let Some(var) = acc_var {
            self.cur.b.assign(var, Expr::Use(acc.clone()), span);
            return Operand::Var(var);
        }
        acc
    }

    /// `a && b` / `a || b` as a value: either operand may be the value.
    fn short_circuit(&mut self, left: Node<'_>, right: Node<'_>, op: &str, span: Span) -> Operand {
        let result = self.cur.b.temp();
        let first = self.expr(left);
        self.cur.b.assign(result, Expr::Use(first.clone()), span);
        let rhs = self.new_block();
        let join = self.new_block();
        let (then, otherwise) = if matches!(op, "&&" | "and") {
            (rhs, join)
        } else {
            (join, rhs)
        };
        self.terminate(Terminator::Branch {
            cond: first,
            then,
            otherwise,
        });
        self.switch_to(rhs);
        let second = self.expr(right);
        self.cur.b.assign(result, Expr::Use(second), span);
        self.goto(join);
        self.switch_to(join);
        Operand::Var(result)
    }

    fn unary(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let op = node.field(FieldName::Operator).map_or("", |o| self.text(o));
        let Some(operand) = node.field(FieldName::Operand) else {
            return Operand::Const(Const::Null);
        };
        if op == "defined?" {
            self.unlowered("defined?");
            return self.opaque_temp("defined", Vec::new(), span);
        }
        let value = self.expr(operand);
        let op = match op {
            "!" | "not" => UnOp::Not,
            "-" => UnOp::Neg,
            "~" => UnOp::BitNot,
            _ => return value,
        };
        self.spill(Expr::Unary(op, value), span)
    }

    /// `c ? a : b`: a diamond assigning one temporary.
    fn conditional(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let result = self.cur.b.temp();
        let then = self.new_block();
        let otherwise = self.new_block();
        let join = self.new_block();
        match node.field(FieldName::Condition) {
            Some(condition) => self.condition(condition, then, otherwise),
            None => self.goto(then),
        }
        for (block, field) in [
            (then, FieldName::Consequence),
            (otherwise, FieldName::Alternative),
        ] {
            self.switch_to(block);
            let value = match node.field(field) {
                Some(branch) => self.expr(branch),
                None => Operand::Const(Const::Null),
            };
            self.cur.b.assign(result, Expr::Use(value), span);
            self.goto(join);
        }
        self.switch_to(join);
        Operand::Var(result)
    }

    /// `x rescue y`: `y` when `x` raises.
    fn rescue_modifier(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let result = self.cur.b.temp();
        let handler = self.new_block();
        let join = self.new_block();
        self.cur.b.push_handler(handler);
        let body = self.new_block();
        self.goto(body);
        self.switch_to(body);
        let value = match node.field(FieldName::Body) {
            Some(body) => self.expr(body),
            None => Operand::Const(Const::Null),
        };
        self.cur.b.assign(result, Expr::Use(value), span);
        self.cur.b.pop_handler();
        self.goto(join);
        self.switch_to(handler);
        let fallback = match node.field(FieldName::Handler) {
            Some(fallback) => self.expr(fallback),
            None => Operand::Const(Const::Null),
        };
        self.cur.b.assign(result, Expr::Use(fallback), span);
        self.goto(join);
        self.switch_to(join);
        Operand::Var(result)
    }

    // ---- assignment --------------------------------------------------------

    /// `Point = Struct.new(:x, :y)` and `Point = Data.define(:x, :y)`
    /// declare a class whose members are fields, filled by its generated
    /// constructor in order or by keyword, and read by methods of their
    /// names.
    fn declare_value_class(&mut self, left: Node<'_>, right: Node<'_>) {
        if right.kind_name() != "call" {
            return;
        }
        let receiver = right.field(FieldName::Receiver).map(|r| self.text(r));
        let method = right.field(FieldName::Method).map(|m| self.text(m));
        if !matches!(
            (receiver, method),
            (Some("Struct" | "::Struct"), Some("new")) | (Some("Data" | "::Data"), Some("define"))
        ) {
            return;
        }
        let members: Vec<Name> = right
            .field(FieldName::Arguments)
            .map(named_children)
            .unwrap_or_default()
            .into_iter()
            .filter(|arg| arg.kind_name() == "simple_symbol")
            .map(|arg| Name::new(self.text(arg).trim_start_matches(':')))
            .collect();
        let written = self
            .constant_path(left)
            .unwrap_or_else(|| self.text(left).to_string());
        let qualified = match (left.kind_name(), self.class_stack.last()) {
            ("constant", Some(class)) => super::qualify(&class.qualified, &written),
            _ => written,
        };
        let simple = qualified
            .rsplit('.')
            .next()
            .unwrap_or(&qualified)
            .to_string();
        let span = span_of(right);
        self.classes.push(plumb_ir::Class {
            name: Name::new(&simple),
            qualified: Name::new(&qualified),
            kind: plumb_ir::ClassKind::Record,
            supers: Vec::new(),
            annotations: Vec::new(),
            fields: members
                .into_iter()
                .map(|name| plumb_ir::Field {
                    name,
                    ty: None,
                    annotations: Vec::new(),
                    is_static: false,
                    is_final: false,
                    init: None,
                    span,
                })
                .collect(),
            methods: Vec::new(),
            span,
        });
    }

    fn assignment(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let (Some(left), Some(right)) = (node.field(FieldName::Left), node.field(FieldName::Right))
        else {
            return Operand::Const(Const::Null);
        };
        // `f = -> { .. }`: the local holds the closure itself, so a call
        // through it runs the closure.
        if left.kind_name() == "identifier" && self.is_closure_literal(right) {
            let closure = self.expr(right);
            let name = Name::new(self.text(left));
            let value = match self.closure_in(&closure) {
                Some(id) => Expr::Closure(id),
                None => Expr::Use(closure.clone()),
            };
            self.write_local(name, value, span);
            return closure;
        }
        if matches!(left.kind_name(), "constant" | "scope_resolution") {
            self.declare_value_class(left, right);
        }
        let value = match right.kind_name() {
            "right_assignment_list" => {
                let items = named_children(right)
                    .into_iter()
                    .map(|item| self.expr(item))
                    .collect();
                self.spill(Expr::List(items), span_of(right))
            }
            _ => self.expr(right),
        };
        if left.kind_name() == "identifier" {
            let name = Name::new(self.text(left));
            if let Some(var) = self.retarget(name, &value) {
                return Operand::Var(var);
            }
        }
        self.assign_to(left, value.clone(), span);
        value
    }

    /// `x = <expr>` where the value is the temporary the last instruction
    /// just assigned: that instruction assigns `x` instead, as the other
    /// front ends write `x = concat(..)` rather than a copy of a temporary.
    pub(super) fn retarget(&mut self, name: Name, value: &Operand) -> Option<VarId> {
        let Operand::Var(temp) = value else {
            return None;
        };
        let block = self.cur.b.current_block()?;
        let function = self.cur.b.function();
        if !function.locals.get(temp.0 as usize)?.is_temp {
            return None;
        }
        let last = function.blocks.get(block.0 as usize)?.instrs.last()?;
        if !matches!(&last.kind, InstrKind::Assign { dst, .. } if dst == temp) {
            return None;
        }
        let var = match self.resolve(name) {
            Some(var) => var,
            None => self.declare(name),
        };
        let function = self.cur.b.function_mut();
        let instr = function
            .blocks
            .get_mut(block.0 as usize)?
            .instrs
            .last_mut()?;
        if let InstrKind::Assign { dst, .. } = &mut instr.kind {
            *dst = var;
        }
        Some(var)
    }

    /// The closure a temporary was just assigned.
    fn closure_in(&self, operand: &Operand) -> Option<plumb_ir::FuncId> {
        let Operand::Var(var) = operand else {
            return None;
        };
        let block = self.cur.b.current_block()?;
        let last = self
            .cur
            .b
            .function()
            .blocks
            .get(block.0 as usize)?
            .instrs
            .last()?;
        match &last.kind {
            InstrKind::Assign {
                dst,
                value: Expr::Closure(id),
            } if dst == var => Some(*id),
            _ => None,
        }
    }

    fn is_closure_literal(&self, node: Node<'_>) -> bool {
        match node.kind_name() {
            "lambda" => true,
            "call" => {
                node.field(FieldName::Receiver).is_none()
                    && node.field(FieldName::Block).is_some()
                    && node
                        .field(FieldName::Method)
                        .is_some_and(|m| matches!(self.text(m), "lambda" | "proc"))
            }
            _ => false,
        }
    }

    /// Stores `value` into an assignment target.
    pub(super) fn assign_to(&mut self, target: Node<'_>, value: Operand, span: Span) {
        match target.kind_name() {
            "identifier" => {
                let name = Name::new(self.text(target));
                if self.retarget(name, &value).is_none() {
                    self.write_local(name, Expr::Use(value), span);
                }
            }
            "instance_variable" => {
                let name = self.text(target).trim_start_matches('@');
                let obj = self.self_operand();
                self.push(
                    InstrKind::StoreField {
                        obj,
                        field: Name::new(name),
                        value,
                    },
                    span,
                );
            }
            "class_variable" => {
                let name = self.text(target).trim_start_matches('@');
                let owner = self.self_global_here().unwrap_or_else(|| Name::new("self"));
                self.push(
                    InstrKind::StoreField {
                        obj: Operand::Global(owner),
                        field: Name::new(name),
                        value,
                    },
                    span,
                );
            }
            "global_variable" => {
                let name = Name::new(self.text(target));
                self.push(InstrKind::StoreGlobal { name, value }, span);
            }
            "constant" | "scope_resolution" => {
                let written = self
                    .constant_path(target)
                    .unwrap_or_else(|| self.text(target).to_string());
                let qualified = match (target.kind_name(), self.class_stack.last()) {
                    ("constant", Some(class)) => super::qualify(&class.qualified, &written),
                    _ => written,
                };
                self.constants.insert(qualified.clone());
                self.push(
                    InstrKind::StoreGlobal {
                        name: Name::new(&qualified),
                        value,
                    },
                    span,
                );
            }
            "element_reference" => {
                let Some(object) = target.field(FieldName::Object) else {
                    return;
                };
                let obj = self.expr(object);
                let index = named_children(target)
                    .into_iter()
                    .find(|c| c.id() != object.id())
                    .map_or(Operand::Const(Const::Null), |i| self.key(i));
                self.push(InstrKind::StoreIndex { obj, index, value }, span);
            }
            "call" => {
                // `obj.attr = v`: a setter, read as a field store.
                let Some(receiver) = target.field(FieldName::Receiver) else {
                    return;
                };
                let field = target.field(FieldName::Method).map_or("", |m| self.text(m));
                let obj = match self.constant_path(receiver) {
                    Some(path) => Operand::Global(Name::new(&path)),
                    None => self.expr(receiver),
                };
                self.push(
                    InstrKind::StoreField {
                        obj,
                        field: Name::new(field),
                        value,
                    },
                    span,
                );
            }
            "left_assignment_list" | "destructured_left_assignment" => {
                for (position, item) in named_children(target).into_iter().enumerate() {
                    let element = match item.kind_name() {
                        "rest_assignment" => self.opaque_temp("rest", vec![value.clone()], span),
                        _ => {
                            let index = Operand::Const(Const::Int(
                                i64::try_from(position).unwrap_or(i64::MAX),
                            ));
                            self.spill(Expr::Index(value.clone(), index), span)
                        }
                    };
                    let inner = match item.kind_name() {
                        "rest_assignment" => named_children(item).into_iter().next(),
                        _ => Some(item),
                    };
                    if let Some(inner) = inner {
                        self.assign_to(inner, element, span);
                    }
                }
            }
            kind => self.unlowered(kind),
        }
    }

    /// `x ||= v` (assigns only when `x` is nil or false), `x &&= v`, `x += v`.
    fn operator_assignment(&mut self, node: Node<'_>) -> Operand {
        let span = span_of(node);
        let (Some(left), Some(right)) = (node.field(FieldName::Left), node.field(FieldName::Right))
        else {
            return Operand::Const(Const::Null);
        };
        let op = node.field(FieldName::Operator).map_or("", |o| self.text(o));
        // An unassigned local reads as nil, not as a method call.
        let current = match left.kind_name() {
            "identifier" => {
                let name = Name::new(self.text(left));
                match self.resolve(name) {
                    Some(var) => Operand::Var(var),
                    None => {
                        let var = self.declare(name);
                        self.cur
                            .b
                            .assign(var, Expr::Use(Operand::Const(Const::Null)), span);
                        Operand::Var(var)
                    }
                }
            }
            _ => self.expr(left),
        };
        match op {
            "||=" | "&&=" => {
                let assign = self.new_block();
                let join = self.new_block();
                let (then, otherwise) = if op == "||=" {
                    (join, assign)
                } else {
                    (assign, join)
                };
                self.terminate(Terminator::Branch {
                    cond: current.clone(),
                    then,
                    otherwise,
                });
                self.switch_to(assign);
                let value = self.expr(right);
                self.assign_to(left, value, span);
                self.goto(join);
                self.switch_to(join);
                match left.kind_name() {
                    "identifier" => current,
                    _ => self.expr(left),
                }
            }
            _ => {
                let value = self.expr(right);
                let bare = op.trim_end_matches('=');
                let combined = match bare {
                    "+" | "<<" if is_stringy(right) => Expr::Concat(vec![current, value]),
                    "<<" => Expr::Opaque {
                        kind: Name::new("append"),
                        operands: vec![current, value],
                    },
                    _ => match binop(bare) {
                        Some(bin) => Expr::Binary(bin, current, value),
                        None => Expr::Opaque {
                            kind: Name::new("binary"),
                            operands: vec![current, value],
                        },
                    },
                };
                let result = self.spill(combined, span);
                self.assign_to(left, result.clone(), span);
                result
            }
        }
    }
}

fn block_arg(value: Operand) -> Arg {
    Arg {
        value,
        keyword: Some(Name::new("&block")),
        spread: false,
    }
}

/// A string literal or interpolation: `+` and `<<` beside it build text.
fn is_stringy(node: Node<'_>) -> bool {
    matches!(
        node.kind_name(),
        "string" | "chained_string" | "heredoc_beginning" | "delimited_symbol"
    )
}

fn binop(op: &str) -> Option<BinOp> {
    Some(match op {
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
        ">>" => BinOp::Shr,
        "==" | "===" | "eql?" | "equal?" => BinOp::Eq,
        "!=" => BinOp::NotEq,
        "<" => BinOp::Lt,
        "<=" => BinOp::LtEq,
        ">" => BinOp::Gt,
        ">=" => BinOp::GtEq,
        _ => return None,
    })
}

fn parse_int(text: &str) -> Const {
    let clean = text.replace('_', "");
    let parsed = if let Some(hex) = clean.strip_prefix("0x").or(clean.strip_prefix("0X")) {
        i64::from_str_radix(hex, 16).ok()
    } else if let Some(bin) = clean.strip_prefix("0b").or(clean.strip_prefix("0B")) {
        i64::from_str_radix(bin, 2).ok()
    } else if let Some(oct) = clean.strip_prefix("0o") {
        i64::from_str_radix(oct, 8).ok()
    } else {
        clean.parse::<i64>().ok()
    };
    parsed.map_or(Const::Null, Const::Int)
}
