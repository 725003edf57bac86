//! Expressions: each is lowered to an `Expr` whose operands are already
//! evaluated, in source order.
//!
//! Rust's wrappers and conversions carry their value unchanged: `&x`,
//! `*x`, `x?`, `x.await`, `Some(x)`, `Ok(x)`, `Box::new(x)`,
//! `String::from(x)`, `.clone()`, `.to_string()`, `.as_str()`,
//! `.into()`, `.unwrap()`, `.expect(..)` are `x`; `.unwrap_or(d)` is `x`
//! or `d`. A call of a capitalised name (`Html(s)`, `Wrapper(x)`) builds
//! a tuple struct: `New` with the fields stored by position.

use plumb_ir::{Arg, BinOp, Call, Callee, Const, Expr, InstrKind, Operand, TypeRef, UnOp};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::{named_children, null, opaque, Lowerer};
use crate::fields::FieldName;
use crate::kinds::KindExt;

/// Links of one `+` chain lowered in a loop; longer ones are cut.
const MAX_CHAIN: usize = 100_000;

/// Methods whose result is their receiver's value.
const TRANSPARENT_METHODS: &[&str] = &[
    "clone",
    "to_string",
    "to_owned",
    "as_str",
    "as_ref",
    "as_deref",
    "as_mut",
    "borrow",
    "borrow_mut",
    "into",
    "unwrap",
    "expect",
    "unwrap_or_default",
    "to_vec",
    "as_slice",
    "into_owned",
    "as_path",
    "deref",
    "iter",
    "into_iter",
    "iter_mut",
    "cloned",
    "copied",
    "ok",
    "as_os_str",
    "into_string",
    "to_path_buf",
    "into_boxed_str",
];

/// Methods whose result is their receiver's value or their argument's.
const DEFAULTING_METHODS: &[&str] = &["unwrap_or", "or", "unwrap_or_else", "or_else"];

/// `Path::new`-like functions whose result is their argument.
const TRANSPARENT_FUNCTIONS: &[&str] = &[
    "Box.new",
    "Arc.new",
    "Rc.new",
    "String.from",
    "RefCell.new",
    "Cell.new",
    "Mutex.new",
    "RwLock.new",
    "Cow.from",
    "Cow.Borrowed",
    "Cow.Owned",
    "Some",
    "Ok",
    "Err",
    "std.sync.Arc.new",
    "std.rc.Rc.new",
];

type ExprFn<'s> = for<'a, 't> fn(&'a mut Lowerer<'s>, Node<'t>) -> Expr;

impl<'s> Lowerer<'s> {
    pub(super) fn operand(&mut self, node: Node<'_>) -> Operand {
        let value = self.value(node);
        let span = self.span(node);
        self.spill(value, span)
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
            "identifier" | "self" => Self::identifier,
            "scoped_identifier" => Self::path_value,
            "integer_literal" => Self::integer_literal,
            "float_literal" => Self::float_literal,
            "char_literal" => Self::char_literal,
            "string_literal" | "raw_string_literal" => {
                |this, node| Expr::Use(Operand::Const(Const::str(&this.string_value(node))))
            }
            "boolean_literal" => {
                |this, node| Expr::Use(Operand::Const(Const::Bool(this.text(node) == "true")))
            }
            "negative_literal" => Self::negative_literal,
            "unit_expression" => |_, _| null(),
            "parenthesized_expression"
            | "reference_expression"
            | "try_expression"
            | "await_expression" => Self::transparent,
            "unsafe_block" | "async_block" | "const_block" | "try_block" | "gen_block" => {
                Self::inner_block
            }
            "block" => Self::block_value,
            "binary_expression" => Self::binary,
            "unary_expression" => Self::unary,
            "type_cast_expression" => Self::type_cast,
            "field_expression" => Self::field_expression,
            "index_expression" => Self::index,
            "call_expression" => Self::call,
            "macro_invocation" => Self::macro_invocation,
            "struct_expression" => Self::struct_expression,
            "tuple_expression" | "array_expression" => Self::list,
            "closure_expression" => Self::closure,
            "if_expression" => Self::if_expression,
            "match_expression" => Self::match_expression,
            "loop_expression" => Self::loop_expression,
            "while_expression" => Self::while_expression,
            "for_expression" => Self::for_expression,
            "break_expression" | "continue_expression" => Self::jump,
            "return_expression" => Self::return_expression,
            "assignment_expression" => Self::assignment,
            "compound_assignment_expr" => Self::compound_assignment,
            "expression_statement" => |this, node| {
                for child in named_children(node) {
                    this.stmt(child);
                }
                null()
            },
            "ERROR" => |this, node| {
                let operands = this.identifiers_in(node, false);
                opaque("ERROR", operands)
            },
            _ => Self::other_expression,
        };
        lower(self, node)
    }

    fn other_expression(&mut self, node: Node<'_>) -> Expr {
        self.unlowered(node.kind_name());
        let mut operands = Vec::new();
        for child in named_children(node) {
            if child.kind_name().ends_with("_type") || child.kind_name() == "type_identifier" {
                continue;
            }
            operands.push(self.operand(child));
        }
        opaque(node.kind_name(), operands)
    }

    fn transparent(&mut self, node: Node<'_>) -> Expr {
        match named_children(node)
            .into_iter()
            .find(|c| c.kind_name() != "mutable_specifier")
        {
            Some(inner) if node.kind_name() == "reference_expression" => self.deref_value(inner),
            Some(inner) => self.value(inner),
            None => null(),
        }
    }

    /// `&path` or `*path` on an extractor (`web::Path<String>` handed to a
    /// function taking `&str`): deref coercion gives the wrapped value,
    /// its field `0`, with the type argument's type.
    fn deref_value(&mut self, inner: Node<'_>) -> Expr {
        if inner.kind_name() == "identifier" {
            if let Some(var) = self.resolve(self.name_of(inner)) {
                let local = Operand::Var(var);
                if let Some(ty) = self.deref_wrapped(&local) {
                    let span = self.span(inner);
                    let wrapped = self
                        .cur
                        .b
                        .assign_temp(Expr::Field(local, Name::new("0")), span);
                    return Expr::Cast(ty, wrapped);
                }
            }
        }
        self.value(inner)
    }

    fn inner_block(&mut self, node: Node<'_>) -> Expr {
        match named_children(node)
            .into_iter()
            .find(|c| c.kind_name() == "block")
        {
            Some(block) => self.block_value(block),
            None => null(),
        }
    }

    // ---- names and literals ------------------------------------------------

    fn identifier(&mut self, node: Node<'_>) -> Expr {
        let name = self.name_of(node);
        Expr::Use(self.read_name(name))
    }

    /// `a::b::C` as a value: a global named by its absolute path.
    fn path_value(&mut self, node: Node<'_>) -> Expr {
        Expr::Use(Operand::Global(self.global_path(node)))
    }

    /// A path's global name: absolute for `crate`/`self`/`super`/`Self`,
    /// its first segment resolved when it is an item of a nested scope.
    pub(super) fn global_path(&self, node: Node<'_>) -> Name {
        let segments = self.path_segments(node);
        let Some(first) = segments.first() else {
            return Name::new("?");
        };
        if matches!(first.as_str(), "crate" | "self" | "super" | "Self") {
            return Name::new(&self.absolute_path(&segments).join("."));
        }
        let head = self.item_name(Name::new(first));
        let mut out = head.as_str().to_string();
        for segment in &segments[1..] {
            out.push('.');
            out.push_str(segment);
        }
        Name::new(&out)
    }

    fn integer_literal(&mut self, node: Node<'_>) -> Expr {
        let text: String = self.text(node).chars().filter(|c| *c != '_').collect();
        let lower = text.to_ascii_lowercase();
        let digits =
            lower.trim_end_matches(|c: char| c.is_ascii_alphanumeric() && !c.is_ascii_hexdigit());
        let (digits, radix) = if let Some(hex) = digits.strip_prefix("0x") {
            (hex, 16)
        } else if let Some(binary) = digits.strip_prefix("0b") {
            (binary, 2)
        } else if let Some(octal) = digits.strip_prefix("0o") {
            (octal, 8)
        } else {
            (strip_int_suffix(digits), 10)
        };
        match i64::from_str_radix(digits, radix) {
            Ok(n) => Expr::Use(Operand::Const(Const::Int(n))),
            Err(_) => Expr::Cast(TypeRef::simple("i64"), Operand::Const(Const::Int(0))),
        }
    }

    fn float_literal(&mut self, node: Node<'_>) -> Expr {
        let text: String = self.text(node).chars().filter(|c| *c != '_').collect();
        let text = text.trim_end_matches("f32").trim_end_matches("f64");
        match text.parse::<f64>() {
            Ok(f) => Expr::Use(Operand::Const(Const::Float(f))),
            Err(_) => Expr::Cast(TypeRef::simple("f64"), Operand::Const(Const::Int(0))),
        }
    }

    fn negative_literal(&mut self, node: Node<'_>) -> Expr {
        let Some(inner) = named_children(node).into_iter().next() else {
            return null();
        };
        match self.value(inner) {
            Expr::Use(Operand::Const(Const::Int(n))) => Expr::Use(Operand::Const(Const::Int(-n))),
            Expr::Use(Operand::Const(Const::Float(f))) => {
                Expr::Use(Operand::Const(Const::Float(-f)))
            }
            other => other,
        }
    }

    fn char_literal(&mut self, node: Node<'_>) -> Expr {
        // A `char` is a one-character text, as Java's and C#'s are (so
        // `s.starts_with('/')` and `s.replace('\n', "")` read as text); a
        // byte literal `b'x'` is a `u8`.
        let text = self.text(node);
        let byte = text.starts_with('b');
        let inner = text.trim_start_matches('b').trim_matches('\'');
        let unescaped = unescape(inner);
        let Some(c) = unescaped.chars().next() else {
            return Expr::Use(Operand::Const(Const::Int(0)));
        };
        if byte {
            return Expr::Use(Operand::Const(Const::Int(c as i64)));
        }
        Expr::Use(Operand::Const(Const::str(&c.to_string())))
    }

    /// The text of a string literal, escapes resolved; raw strings as
    /// written between their quotes.
    pub(super) fn string_value(&self, node: Node<'_>) -> String {
        let text = self.text(node);
        let text = text.strip_prefix(['b', 'c']).unwrap_or(text);
        if node.kind_name() == "raw_string_literal" {
            let inner = text.strip_prefix('r').unwrap_or(text);
            let hashes = inner.len() - inner.trim_start_matches('#').len();
            let inner = &inner[hashes..];
            let inner = inner.strip_prefix('"').unwrap_or(inner);
            let inner = inner
                .get(..inner.len().saturating_sub(hashes))
                .unwrap_or(inner);
            let inner = inner.strip_suffix('"').unwrap_or(inner);
            return inner.to_string();
        }
        let inner = text.strip_prefix('"').unwrap_or(text);
        let inner = inner.strip_suffix('"').unwrap_or(inner);
        unescape(inner)
    }

    /// Whether an expression is text for sure: a string literal, a
    /// `format!`, or a `+` chain with one.
    pub(super) fn is_text(&self, node: Node<'_>) -> bool {
        let mut current = node;
        for _ in 0..MAX_CHAIN {
            match current.kind_name() {
                "string_literal" | "raw_string_literal" => return true,
                "macro_invocation" => {
                    return self.field(current, FieldName::Macro).is_some_and(|m| {
                        self.path_segments(m).last().is_some_and(|s| s == "format")
                    })
                }
                "parenthesized_expression" | "reference_expression" => {
                    match named_children(current).into_iter().last() {
                        Some(inner) => current = inner,
                        None => return false,
                    }
                }
                "binary_expression" => {
                    if self
                        .field(current, FieldName::Operator)
                        .is_none_or(|o| self.text(o) != "+")
                    {
                        return false;
                    }
                    if self
                        .field(current, FieldName::Right)
                        .is_some_and(|r| self.is_text(r))
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

    /// `+` with text on either side, or a borrowed right side (`s + &t`,
    /// which only `String` allows), is string building; chains are deep on
    /// the left and walked in a loop.
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
        let mut text = self.is_text(leftmost) || self.is_string_local(parts[0].clone());
        let mut value: Option<Expr> = None;
        for &step in spine.iter().rev() {
            let operator = self
                .field(step, FieldName::Operator)
                .map(|o| self.text(o).to_string())
                .unwrap_or_default();
            let Some(right) = self.field(step, FieldName::Right) else {
                continue;
            };
            let span = self.span(step);
            let borrowed = right.kind_name() == "reference_expression";
            if operator == "+" && (text || borrowed || self.is_text(right)) {
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
            value = Some(match binary_op(&operator) {
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

    fn is_string_local(&self, operand: Operand) -> bool {
        let Operand::Var(var) = operand else {
            return false;
        };
        self.cur
            .b
            .function()
            .locals
            .get(var.0 as usize)
            .and_then(|l| l.ty.as_ref())
            .is_some_and(|t| t.name.as_str() == "String" && t.array_dims == 0)
    }

    /// The first type argument of a local's declared type (`T` of `W<T>`).
    fn type_argument(&self, operand: &Operand) -> Option<TypeRef> {
        let Operand::Var(var) = operand else {
            return None;
        };
        self.cur
            .b
            .function()
            .locals
            .get(var.0 as usize)
            .and_then(|l| l.ty.as_ref())
            .and_then(|t| t.args.first().cloned())
    }

    /// `*x` is `x`; `!x` and `-x` are operators.
    fn unary(&mut self, node: Node<'_>) -> Expr {
        let Some(inner) = named_children(node).into_iter().next() else {
            return opaque("unary_expression", Vec::new());
        };
        let text = self.text(node);
        let op = if text.starts_with('!') {
            Some(UnOp::Not)
        } else if text.starts_with('-') {
            Some(UnOp::Neg)
        } else {
            None
        };
        match op {
            Some(op) => {
                let operand = self.operand(inner);
                Expr::Unary(op, operand)
            }
            None => self.deref_value(inner),
        }
    }

    fn type_cast(&mut self, node: Node<'_>) -> Expr {
        let Some(value) = self.field(node, FieldName::Value) else {
            return null();
        };
        let operand = self.operand(value);
        match self
            .field(node, FieldName::Type)
            .and_then(|t| self.type_ref(t))
        {
            Some(ty) => Expr::Cast(ty, operand),
            None => Expr::Use(operand),
        }
    }

    // ---- member access -----------------------------------------------------

    /// The dotted text of a field chain rooted in a name that is not a
    /// local (a `static`'s field), or `None`.
    fn global_chain(&mut self, node: Node<'_>) -> Option<Name> {
        let mut segments = Vec::new();
        let mut current = node;
        loop {
            match current.kind_name() {
                "field_expression" => {
                    let field = self.field(current, FieldName::Field)?;
                    segments.push(self.text(field).to_string());
                    current = self.field(current, FieldName::Value)?;
                }
                "identifier" => {
                    let root = self.name_of(current);
                    if self.resolve(root).is_some() {
                        return None;
                    }
                    segments.push(self.item_name(root).as_str().to_string());
                    break;
                }
                "scoped_identifier" => {
                    segments.push(self.global_path(current).as_str().to_string());
                    break;
                }
                _ => return None,
            }
            if segments.len() > 64 {
                return None;
            }
        }
        segments.reverse();
        Some(Name::new(&segments.join(".")))
    }

    fn field_expression(&mut self, node: Node<'_>) -> Expr {
        if let Some(path) = self.global_chain(node) {
            return Expr::Use(Operand::Global(path));
        }
        let (Some(value), Some(field)) = (
            self.field(node, FieldName::Value),
            self.field(node, FieldName::Field),
        ) else {
            return opaque("field_expression", Vec::new());
        };
        let base = self.operand(value);
        let name = self.name_of(field);
        // `form.name` on a `web::Form<T>`: the extractors are tuple structs
        // that deref to what they wrap, so a named field is read from field
        // `0`, which has the type argument's type.
        if name.as_str().parse::<usize>().is_err() {
            if let Some(inner) = self.deref_wrapped(&base) {
                let span = self.span(node);
                let wrapped = self
                    .cur
                    .b
                    .assign_temp(Expr::Field(base, Name::new("0")), span);
                let typed = self.cur.b.assign_temp(Expr::Cast(inner, wrapped), span);
                return Expr::Field(typed, name);
            }
        }
        Expr::Field(base, name)
    }

    /// The type argument of a local declared as one of the web frameworks'
    /// extractor wrappers (`Json<T>`, `web::Form<T>`), which deref to it.
    fn deref_wrapped(&self, operand: &Operand) -> Option<TypeRef> {
        let Operand::Var(var) = operand else {
            return None;
        };
        let ty = self
            .cur
            .b
            .function()
            .locals
            .get(var.0 as usize)
            .and_then(|l| l.ty.as_ref())?;
        let last = ty.name.as_str().rsplit('.').next().unwrap_or("");
        if ty.args.len() != 1 || !DEREF_EXTRACTORS.contains(&last) {
            return None;
        }
        ty.args.first().cloned()
    }

    fn index(&mut self, node: Node<'_>) -> Expr {
        let children = named_children(node);
        let (Some(&object), Some(&key)) = (children.first(), children.get(1)) else {
            return opaque("index_expression", Vec::new());
        };
        let base = self.operand(object);
        if key.kind_name() == "range_expression" {
            let bounds = self.operand(key);
            return opaque("slice", vec![base, bounds]);
        }
        let key = self.operand(key);
        Expr::Index(base, key)
    }

    // ---- calls -------------------------------------------------------------

    fn call(&mut self, node: Node<'_>) -> Expr {
        let Some(mut function) = self.field(node, FieldName::Function) else {
            return opaque("call_expression", Vec::new());
        };
        let arguments: Vec<Node<'_>> = self
            .field(node, FieldName::Arguments)
            .map(named_children)
            .unwrap_or_default();
        let mut turbofish: Option<TypeRef> = None;
        if function.kind_name() == "generic_function" {
            turbofish = self
                .field(function, FieldName::TypeArguments)
                .and_then(|a| named_children(a).into_iter().next())
                .and_then(|t| self.type_ref(t));
            match self.field(function, FieldName::Function) {
                Some(inner) => function = inner,
                None => return opaque("call_expression", Vec::new()),
            }
        }
        let span = self.span(node);
        match function.kind_name() {
            "identifier" => {
                let name = self.name_of(function);
                if let Some(var) = self.resolve(name) {
                    let args = self.arguments(&arguments);
                    return call(Callee::Function(Operand::Var(var)), args);
                }
                self.path_call(name, &arguments, span)
            }
            "scoped_identifier" => {
                let path = self.global_path(function);
                self.path_call(path, &arguments, span)
            }
            "field_expression" => {
                let (Some(receiver), Some(method)) = (
                    self.field(function, FieldName::Value),
                    self.field(function, FieldName::Field),
                ) else {
                    return opaque("call_expression", Vec::new());
                };
                let method = self.name_of(method);
                if let Some(path) = self.global_chain(receiver) {
                    if !self.is_static_value(path) {
                        let args = self.arguments(&arguments);
                        return call(
                            Callee::Function(Operand::Global(path.join(method.as_str()))),
                            args,
                        );
                    }
                }
                let receiver = self.operand(receiver);
                self.method_call(receiver, method, &arguments, turbofish, span)
            }
            _ => {
                let callee = self.operand(function);
                let args = self.arguments(&arguments);
                call(Callee::Function(callee), args)
            }
        }
    }

    /// Whether a global names a `static` or `const` value (upper case by
    /// convention), whose methods are called on the value.
    fn is_static_value(&self, path: Name) -> bool {
        path.as_str().rsplit('.').next().is_some_and(|last| {
            last.len() > 1
                && last
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
        })
    }

    /// A call of a path: a wrapper (its argument), an empty collection, a
    /// tuple struct or variant (`New`), or a function.
    fn path_call(&mut self, path: Name, arguments: &[Node<'_>], span: Span) -> Expr {
        let text = path.as_str();
        if TRANSPARENT_FUNCTIONS.contains(&text) {
            let args = self.arguments(arguments);
            return match args.into_iter().next() {
                Some(arg) => Expr::Use(arg.value),
                None => null(),
            };
        }
        match text {
            "String.new" | "String.default" => return Expr::Use(Operand::Const(Const::str(""))),
            "Vec.new" | "Vec.with_capacity" | "VecDeque.new" | "HashSet.new" | "BTreeSet.new" => {
                self.arguments(arguments);
                return Expr::List(Vec::new());
            }
            "HashMap.new" | "BTreeMap.new" | "HashMap.with_capacity" => {
                self.arguments(arguments);
                return Expr::Map(Vec::new());
            }
            "drop" => {
                let args = self.arguments(arguments);
                return opaque("drop", args.into_iter().map(|a| a.value).collect());
            }
            _ => {}
        }
        let last = text.rsplit('.').next().unwrap_or(text);
        // A tuple struct or variant takes its fields; a capitalised
        // associated function without arguments (`HttpResponse::Ok()`) is
        // a function.
        if last.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && !arguments.is_empty() {
            let args = self.arguments(arguments);
            let object = self.cur.b.assign_temp(
                Expr::New {
                    class: TypeRef::simple(text),
                    args: args.clone(),
                },
                span,
            );
            for (index, arg) in args.into_iter().enumerate() {
                self.push(
                    InstrKind::StoreField {
                        obj: object.clone(),
                        field: Name::new(&index.to_string()),
                        value: arg.value,
                    },
                    span,
                );
            }
            return Expr::Use(object);
        }
        let args = self.arguments(arguments);
        call(Callee::Function(Operand::Global(path)), args)
    }

    fn method_call(
        &mut self,
        receiver: Operand,
        method: Name,
        arguments: &[Node<'_>],
        turbofish: Option<TypeRef>,
        span: Span,
    ) -> Expr {
        let name = method.as_str();
        if TRANSPARENT_METHODS.contains(&name) {
            // `.expect("msg")`: the message is evaluated, not carried.
            self.arguments(arguments);
            return Expr::Use(receiver);
        }
        if DEFAULTING_METHODS.contains(&name) {
            let args = self.arguments(arguments);
            let result = self.cur.b.temp();
            let present = self.new_block();
            let absent = self.new_block();
            let join = self.new_block();
            let test = self.cur.b.assign_temp(opaque("is_some", Vec::new()), span);
            self.branch(test, present, absent);
            self.switch_to(present);
            self.cur.b.assign(result, Expr::Use(receiver), span);
            self.goto(join);
            self.switch_to(absent);
            let fallback = match args.into_iter().next() {
                Some(arg) if name.ends_with("_else") => Expr::Call(Call {
                    callee: Callee::Function(arg.value),
                    args: Vec::new(),
                }),
                Some(arg) => Expr::Use(arg.value),
                None => null(),
            };
            self.cur.b.assign(result, fallback, span);
            self.goto(join);
            self.switch_to(join);
            return Expr::Use(Operand::Var(result));
        }
        // `path.into_inner()` on a `web::Path<u32>`: the wrapped value,
        // read from the extractor, with the type argument's type.
        if name == "into_inner" {
            if let Some(inner) = self.type_argument(&receiver) {
                let args = self.arguments(arguments);
                let value = self.cur.b.assign_temp(
                    call(
                        Callee::Method {
                            receiver,
                            name: method,
                        },
                        args,
                    ),
                    span,
                );
                return Expr::Cast(inner, value);
            }
        }
        if name == "len" || name == "count" {
            self.arguments(arguments);
            return Expr::Cast(TypeRef::simple("usize"), receiver);
        }
        if name == "parse" {
            if let Some(ty) = turbofish {
                self.arguments(arguments);
                return Expr::Cast(ty, receiver);
            }
        }
        let args = self.arguments(arguments);
        call(
            Callee::Method {
                receiver,
                name: method,
            },
            args,
        )
    }

    pub(super) fn arguments(&mut self, nodes: &[Node<'_>]) -> Vec<Arg> {
        let mut args = Vec::with_capacity(nodes.len());
        for &node in nodes {
            if matches!(
                node.kind_name(),
                "line_comment" | "block_comment" | "attribute_item"
            ) {
                continue;
            }
            let value = self.operand(node);
            args.push(Arg::positional(value));
        }
        args
    }

    // ---- literals of compound values ---------------------------------------

    /// `User { name, age: 3, ..base }`: `New`, then one `StoreField` per
    /// field; `..base` copies the rest through an opaque read of `base`.
    fn struct_expression(&mut self, node: Node<'_>) -> Expr {
        let span = self.span(node);
        let ty = self
            .field(node, FieldName::Name)
            .map(|n| {
                let path = self.global_path(n);
                if path.as_str() == "Self" {
                    self.impl_self.as_ref().map_or(path, |s| s.written)
                } else {
                    path
                }
            })
            .map_or_else(
                || TypeRef::simple("struct"),
                |p| TypeRef::simple(p.as_str()),
            );
        let mut stores = Vec::new();
        let mut base = None;
        for child in self
            .field(node, FieldName::Body)
            .map(named_children)
            .unwrap_or_default()
        {
            match child.kind_name() {
                "field_initializer" => {
                    let (Some(field), Some(value)) = (
                        self.field(child, FieldName::Field),
                        self.field(child, FieldName::Value),
                    ) else {
                        continue;
                    };
                    let field = self.name_of(field);
                    let value = self.operand(value);
                    stores.push((field, value, self.span(child)));
                }
                "shorthand_field_initializer" => {
                    let Some(name) = named_children(child).into_iter().next() else {
                        continue;
                    };
                    let field = self.name_of(name);
                    let value = self.read_name(field);
                    stores.push((field, value, self.span(child)));
                }
                "base_field_initializer" => {
                    if let Some(inner) = named_children(child).into_iter().next() {
                        base = Some(self.operand(inner));
                    }
                }
                _ => {}
            }
        }
        let args = base.into_iter().map(Arg::positional).collect();
        let object = self.cur.b.assign_temp(Expr::New { class: ty, args }, span);
        for (field, value, field_span) in stores {
            self.push(
                InstrKind::StoreField {
                    obj: object.clone(),
                    field,
                    value,
                },
                field_span,
            );
        }
        Expr::Use(object)
    }

    /// Tuples and arrays are lists; `[x; n]` holds `x`.
    fn list(&mut self, node: Node<'_>) -> Expr {
        let length = self.field(node, FieldName::Length);
        let mut items = Vec::new();
        for child in named_children(node) {
            if Some(child) == length {
                continue;
            }
            if matches!(
                child.kind_name(),
                "line_comment" | "block_comment" | "attribute_item"
            ) {
                continue;
            }
            items.push(self.operand(child));
        }
        Expr::List(items)
    }

    // ---- assignments -------------------------------------------------------

    fn assignment(&mut self, node: Node<'_>) -> Expr {
        let span = self.span(node);
        let (Some(left), Some(right)) = (
            self.field(node, FieldName::Left),
            self.field(node, FieldName::Right),
        ) else {
            return null();
        };
        let value = self.value(right);
        self.store_to(left, value, span);
        null()
    }

    fn compound_assignment(&mut self, node: Node<'_>) -> Expr {
        let span = self.span(node);
        let (Some(left), Some(right)) = (
            self.field(node, FieldName::Left),
            self.field(node, FieldName::Right),
        ) else {
            return null();
        };
        let operator = self
            .field(node, FieldName::Operator)
            .map(|o| self.text(o).trim_end_matches('=').to_string())
            .unwrap_or_default();
        let current = self.operand(left);
        let text = self.is_text(right)
            || right.kind_name() == "reference_expression"
            || self.is_string_local(current.clone());
        let right = self.operand(right);
        let combined = match binary_op(&operator) {
            Some(BinOp::Add) if text => Expr::Concat(vec![current, right]),
            Some(op) => Expr::Binary(op, current, right),
            None => opaque("assignment", vec![current, right]),
        };
        self.store_to(left, combined, span);
        null()
    }

    /// Stores `value` into an assignable expression.
    pub(super) fn store_to(&mut self, target: Node<'_>, value: Expr, span: Span) {
        match target.kind_name() {
            "identifier" => {
                let name = self.name_of(target);
                if let Some(var) = self.resolve(name) {
                    self.cur.b.assign(var, value, span);
                    return;
                }
                let value = self.spill(value, span);
                let name = self.item_name(name);
                self.push(InstrKind::StoreGlobal { name, value }, span);
            }
            "parenthesized_expression" | "unary_expression" | "reference_expression" => {
                match named_children(target).into_iter().next() {
                    Some(inner) => self.store_to(inner, value, span),
                    None => self.eval(value, span),
                }
            }
            "field_expression" => {
                let (Some(object), Some(field)) = (
                    self.field(target, FieldName::Value),
                    self.field(target, FieldName::Field),
                ) else {
                    return;
                };
                let obj = self.operand(object);
                let value = self.spill(value, span);
                let field = self.name_of(field);
                self.push(InstrKind::StoreField { obj, field, value }, span);
            }
            "index_expression" => {
                let children = named_children(target);
                let (Some(&object), Some(&key)) = (children.first(), children.get(1)) else {
                    return;
                };
                let obj = self.operand(object);
                let index = self.operand(key);
                let value = self.spill(value, span);
                self.push(InstrKind::StoreIndex { obj, index, value }, span);
            }
            "_" => self.eval(value, span),
            "tuple_expression" => {
                let whole = self.spill(value, span);
                for (index, part) in named_children(target).into_iter().enumerate() {
                    let item = Expr::Index(whole.clone(), Operand::Const(Const::Int(index as i64)));
                    self.store_to(part, item, span);
                }
            }
            _ => {
                self.unlowered(target.kind_name());
                self.eval(value, span);
            }
        }
    }
}

fn call(callee: Callee, args: Vec<Arg>) -> Expr {
    Expr::Call(Call { callee, args })
}

fn strip_int_suffix(digits: &str) -> &str {
    for suffix in [
        "i128", "u128", "isize", "usize", "i64", "u64", "i32", "u32", "i16", "u16", "i8", "u8",
    ] {
        if let Some(stripped) = digits.strip_suffix(suffix) {
            return stripped;
        }
    }
    digits
}

pub(super) fn binary_op(operator: &str) -> Option<BinOp> {
    Some(match operator {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mul,
        "/" => BinOp::Div,
        "%" => BinOp::Mod,
        "&" => BinOp::BitAnd,
        "|" => BinOp::BitOr,
        "^" => BinOp::BitXor,
        "<<" => BinOp::Shl,
        ">>" => BinOp::Shr,
        "==" => BinOp::Eq,
        "!=" => BinOp::NotEq,
        "<" => BinOp::Lt,
        "<=" => BinOp::LtEq,
        ">" => BinOp::Gt,
        ">=" => BinOp::GtEq,
        "&&" => BinOp::And,
        "||" => BinOp::Or,
        _ => return None,
    })
}

/// Rust escapes in strings and chars; a `\` before a newline skips the
/// line break and the next line's leading whitespace.
pub(super) fn unescape(text: &str) -> String {
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
        match escape {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '0' => out.push('\0'),
            'x' => {
                let code: String = (0..2).filter_map(|_| chars.next()).collect();
                out.extend(u32::from_str_radix(&code, 16).ok().and_then(char::from_u32));
            }
            'u' => {
                let mut code = String::new();
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                    if c != '{' {
                        code.push(c);
                    }
                }
                out.extend(u32::from_str_radix(&code, 16).ok().and_then(char::from_u32));
            }
            '\n' => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Extractor wrappers of axum and actix-web: tuple structs `W(pub T)` that
/// deref to the `T` they wrap.
const DEREF_EXTRACTORS: &[&str] = &["Form", "Json", "Query", "Path", "Extension", "State"];
