//! The lowering walk: one `Lowerer` per file, holding the module being
//! built and a stack of function contexts (the function being lowered is
//! `cur`; the ones lexically around it are `outer`, innermost last).
//!
//! Items (`const`, `static`) of the file are module globals, stored by the
//! module init and read as `Global`; `let` bindings are locals with
//! Rust's block scoping; a closure reads the locals around it through
//! captures. Macro arguments are parsed again as Rust (`macros.rs`), so
//! the lowering may read a node of a snippet instead of the file: `text`
//! and `span` always answer for the source being read.

mod control;
mod expressions;
mod items;
mod macros;
mod patterns;
mod types;

use std::collections::HashMap;
use std::path::Path;

use plumb_ir::{
    BlockId, Class, ClassId, Expr, FuncId, Function, FunctionBuilder, FunctionKind, Import,
    InstrKind, Language, LoweringStats, Module, Operand, Terminator, TypeRef, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::{Node, Parser};

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use crate::span_of;

pub(crate) use plumb_syntax::named_children;

/// Recursion levels (statements, expressions, patterns) before a subtree
/// is cut into one `Opaque`. Real code nests a few dozen levels; the cap
/// keeps a 16 MiB lowering thread safe even in unoptimised builds.
const MAX_DEPTH: u32 = 200;

/// At most this many names of a cut subtree are kept as its operands.
const CUT_NAMES: usize = 32;

/// Macro arguments parsed inside macro arguments, at most this deep.
const MAX_SNIPPETS: usize = 8;
/// The longest macro argument text re-parsed as arguments.
const MAX_SNIPPET_BYTES: usize = 2048;

/// Where `break` and `continue` go inside one loop, and the temporary a
/// `break value` of a `loop` assigns.
#[derive(Clone, Copy)]
pub(crate) struct JumpTargets {
    label: Option<Name>,
    continue_to: BlockId,
    break_to: BlockId,
    value: Option<VarId>,
}

pub(crate) struct FnCtx {
    b: FunctionBuilder,
    id: FuncId,
    /// The module init: declared names are module globals.
    module_level: bool,
    /// Outer variables this closure reads, by name.
    captured: HashMap<Name, VarId>,
    jumps: Vec<JumpTargets>,
    qualified: String,
}

/// Where a snippet's text sits in the file: its first byte (after the
/// synthetic prefix of `prefix` bytes) is at `byte`, `line`, `col`.
#[derive(Clone, Copy)]
pub(crate) struct Shift {
    byte: u32,
    line: u32,
    col: u32,
    prefix: u32,
}

struct Snippet {
    text: String,
    shift: Shift,
}

/// The type an `impl` block is for: `Self` in it.
#[derive(Clone)]
pub(crate) struct ImplSelf {
    /// As written (`UserRepo`), resolved like any type name.
    written: Name,
    /// The qualified name methods are named after (`shop.db.UserRepo`).
    qualified: String,
}

pub(crate) struct Lowerer<'s> {
    src: &'s str,
    snippets: Vec<Snippet>,
    parser: Parser,
    package: String,
    crate_name: String,
    imports: Vec<Import>,
    /// `use` aliases of the file, for macro paths resolved here.
    import_targets: HashMap<Name, Name>,
    classes: Vec<Class>,
    /// Struct, enum and trait types of this file by qualified name.
    class_ids: HashMap<String, ClassId>,
    /// Inline `mod` names around the item being lowered.
    module_stack: Vec<String>,
    /// Items declared inside inline modules and function bodies, by the
    /// prefix of their scope: a bare name there means them.
    scoped_items: HashMap<(String, Name), String>,
    impl_self: Option<ImplSelf>,
    /// Slots are reserved when a function starts so that its id is known
    /// to the enclosing function before its body is lowered.
    functions: Vec<Option<Function>>,
    stats: LoweringStats,
    cur: FnCtx,
    outer: Vec<FnCtx>,
    depth: u32,
    closure_count: u32,
}

impl<'s> Lowerer<'s> {
    pub(crate) fn new(
        src: &'s str,
        package: &str,
        crate_name: &str,
        stats: LoweringStats,
        parser: Parser,
    ) -> Self {
        let mut cur = FnCtx::new(
            FunctionBuilder::new(
                Name::new("<module>"),
                Name::new(&qualify(package, "<module>")),
                FunctionKind::ModuleInit,
                Span::DUMMY,
            ),
            FuncId(0),
            package.to_string(),
        );
        cur.module_level = true;
        Lowerer {
            src,
            snippets: Vec::new(),
            parser,
            package: package.to_string(),
            crate_name: crate_name.to_string(),
            imports: Vec::new(),
            import_targets: HashMap::new(),
            classes: Vec::new(),
            class_ids: HashMap::new(),
            module_stack: Vec::new(),
            scoped_items: HashMap::new(),
            impl_self: None,
            functions: vec![None],
            stats,
            cur,
            outer: Vec::new(),
            depth: 0,
            closure_count: 0,
        }
    }

    pub(crate) fn finish(mut self, path: &Path) -> Module {
        // Close any contexts left open; only possible if lowering stopped early.
        while let Some(outer) = self.outer.pop() {
            let inner = std::mem::replace(&mut self.cur, outer);
            self.store_function(inner);
        }
        let placeholder = FnCtx::new(
            FunctionBuilder::new(
                Name::new("<module>"),
                Name::new("<module>"),
                FunctionKind::ModuleInit,
                Span::DUMMY,
            ),
            FuncId(u32::MAX),
            String::new(),
        );
        let init = std::mem::replace(&mut self.cur, placeholder);
        let init_id = init.id;
        self.store_function(init);
        let functions = self
            .functions
            .into_iter()
            .map(|slot| {
                slot.unwrap_or_else(|| {
                    FunctionBuilder::new(
                        Name::new("<missing>"),
                        Name::new("<missing>"),
                        FunctionKind::Function,
                        Span::DUMMY,
                    )
                    .finish()
                })
            })
            .collect();
        Module {
            path: path.to_path_buf(),
            language: Language::Rust,
            package: (!self.package.is_empty()).then(|| Name::new(&self.package)),
            imports: self.imports,
            classes: self.classes,
            functions,
            module_init: Some(init_id),
            stats: self.stats,
        }
    }

    /// Walks only the erroneous parts of the tree: `has_error` prunes the
    /// clean subtrees, and the walk is iterative so depth cannot hurt.
    pub(crate) fn record_syntax_errors(&mut self, root: Node<'_>) {
        if !root.has_error() {
            return;
        }
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            if node.is_error() || node.is_missing() {
                self.stats.syntax_errors.push(span_of(node));
                continue;
            }
            if node.has_error() {
                let mut cursor = node.walk();
                let children: Vec<Node<'_>> = node.children(&mut cursor).collect();
                stack.extend(children.into_iter().rev());
            }
        }
        self.stats.syntax_errors.sort();
    }

    // ---- syntax ------------------------------------------------------------

    /// The text of a node of the source being read (the file or a snippet).
    fn text(&self, node: Node<'_>) -> &str {
        let source = match self.snippets.last() {
            Some(snippet) => snippet.text.as_str(),
            None => self.src,
        };
        source.get(node.byte_range()).unwrap_or("")
    }

    fn name_of(&self, node: Node<'_>) -> Name {
        Name::new(self.text(node))
    }

    /// Where a node is in the file, whichever source it was parsed from.
    fn span(&self, node: Node<'_>) -> Span {
        let span = span_of(node);
        match self.snippets.last() {
            Some(snippet) => shift_span(span, snippet.shift),
            None => span,
        }
    }

    fn field<'t>(&self, node: Node<'t>, field: FieldName) -> Option<Node<'t>> {
        node.field(field)
    }

    /// The module path items are being declared in: the file's, then any
    /// inline `mod`s around them.
    fn item_prefix(&self) -> String {
        let mut prefix = self.package.clone();
        for module in &self.module_stack {
            prefix = qualify(&prefix, module);
        }
        prefix
    }

    // ---- function contexts -------------------------------------------------

    fn reserve_function(&mut self) -> FuncId {
        let id = FuncId(u32::try_from(self.functions.len()).unwrap_or(u32::MAX));
        self.functions.push(None);
        id
    }

    fn new_ctx(&mut self, name: &str, qualified: String, kind: FunctionKind, span: Span) -> FnCtx {
        let id = self.reserve_function();
        let b = FunctionBuilder::new(Name::new(name), Name::new(&qualified), kind, span);
        FnCtx::new(b, id, qualified)
    }

    /// Makes `ctx` current; `leave_ctx` restores the enclosing one.
    fn enter_ctx(&mut self, ctx: FnCtx) {
        let outer = std::mem::replace(&mut self.cur, ctx);
        self.outer.push(outer);
    }

    fn leave_ctx(&mut self) {
        if let Some(outer) = self.outer.pop() {
            let inner = std::mem::replace(&mut self.cur, outer);
            self.store_function(inner);
        }
    }

    fn store_function(&mut self, ctx: FnCtx) {
        let id = ctx.id;
        let function = ctx.b.finish();
        if let Some(slot) = self.functions.get_mut(id.0 as usize) {
            *slot = Some(function);
        }
    }

    // ---- names -------------------------------------------------------------

    /// The variable `name` denotes in the current function, capturing it
    /// from enclosing closures; `None` means an item.
    fn resolve(&mut self, name: Name) -> Option<VarId> {
        if let Some(var) = self.cur.b.lookup(name) {
            return Some(var);
        }
        if let Some(&var) = self.cur.captured.get(&name) {
            return Some(var);
        }
        if self.cur.module_level || self.cur.b.function().kind != FunctionKind::Closure {
            return None;
        }
        let level = self.outer.len().checked_sub(1)?;
        let outer_var = capture_in(&mut self.outer, level, name)?;
        Some(add_capture(&mut self.cur, name, outer_var))
    }

    fn read_name(&mut self, name: Name) -> Operand {
        match self.resolve(name) {
            Some(var) => Operand::Var(var),
            None => Operand::Global(self.item_name(name)),
        }
    }

    /// An item's name as a global: items of an inline module or a function
    /// body by their qualified name, others as written (resolution finds
    /// the file's own items and imports).
    fn item_name(&self, name: Name) -> Name {
        let mut prefix = self.cur.qualified.clone();
        loop {
            if let Some(qualified) = self.scoped_items.get(&(prefix.clone(), name)) {
                return Name::new(qualified);
            }
            match prefix.rsplit_once('.') {
                Some((outer, _)) => prefix = outer.to_string(),
                None => break,
            }
        }
        let items = self.item_prefix();
        if items != self.package {
            if let Some(qualified) = self.scoped_items.get(&(items, name)) {
                return Name::new(qualified);
            }
        }
        name
    }

    /// A new variable of the current scope (`let`), assigned `value`.
    fn declare_var(&mut self, name: Name, ty: Option<TypeRef>, value: Expr, span: Span) {
        if name.as_str() == "_" {
            self.eval(value, span);
            return;
        }
        let var = self.cur.b.declare(name, ty);
        self.cur.b.assign(var, value, span);
    }

    // ---- instructions and blocks -------------------------------------------

    fn push(&mut self, kind: InstrKind, span: Span) {
        self.cur.b.push(kind, span);
    }

    fn spill(&mut self, value: Expr, span: Span) -> Operand {
        self.cur.b.spill(value, span)
    }

    fn eval(&mut self, value: Expr, span: Span) {
        self.cur.b.eval(value, span);
    }

    fn new_block(&mut self) -> BlockId {
        self.cur.b.new_block()
    }

    fn switch_to(&mut self, block: BlockId) {
        self.cur.b.switch_to(block);
    }

    fn goto(&mut self, block: BlockId) {
        self.cur.b.goto(block);
    }

    fn terminate_at(&mut self, term: Terminator, span: Span) {
        self.cur.b.terminate_at(term, span);
    }

    fn branch(&mut self, cond: Operand, then: BlockId, otherwise: BlockId) {
        self.cur.b.terminate(Terminator::Branch {
            cond,
            then,
            otherwise,
        });
    }

    /// Code after `return`, `break` or a diverging call: a fresh block
    /// nothing jumps to.
    fn dead_block(&mut self) {
        let after = self.new_block();
        self.switch_to(after);
    }

    // ---- depth limit -------------------------------------------------------

    /// True when one more level of recursion is allowed; the caller must
    /// call `ascend` after the nested work.
    fn descend(&mut self) -> bool {
        if self.depth >= MAX_DEPTH {
            return false;
        }
        self.depth += 1;
        true
    }

    fn ascend(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// A subtree too deep to lower: one `Opaque` over the names it reads.
    fn cut(&mut self, node: Node<'_>) -> Expr {
        self.stats.count_unlowered("depth_limit");
        let operands = self.identifiers_in(node, false);
        opaque("depth_limit", operands)
    }

    /// The local variables (and, with `globals`, other names) a subtree
    /// mentions, found by an iterative walk, so data flow survives where
    /// the syntax is not lowered.
    fn identifiers_in(&mut self, node: Node<'_>, globals: bool) -> Vec<Operand> {
        let mut names: Vec<Name> = Vec::new();
        let mut cursor = node.walk();
        'walk: loop {
            let current = cursor.node();
            if current.kind_name() == "identifier" {
                let name = self.name_of(current);
                if !names.contains(&name) {
                    names.push(name);
                    if names.len() >= CUT_NAMES {
                        break;
                    }
                }
            }
            if cursor.goto_first_child() {
                continue;
            }
            while !cursor.goto_next_sibling() {
                if !cursor.goto_parent() {
                    break 'walk;
                }
            }
        }
        let mut operands = Vec::new();
        for name in names {
            match self.resolve(name) {
                Some(var) => operands.push(Operand::Var(var)),
                None if globals => operands.push(Operand::Global(self.item_name(name))),
                None => {}
            }
        }
        operands
    }

    fn unlowered(&mut self, kind: &str) {
        self.stats.count_unlowered(kind);
    }

    // ---- snippets ----------------------------------------------------------

    /// Parses `inner` (the text between a macro's delimiters, which starts
    /// at `at` in the current source) as the arguments of a call and runs
    /// `lower` on the argument nodes. `None` when the text is not a list
    /// of expressions.
    fn with_snippet<R>(
        &mut self,
        inner: &str,
        at: Shift,
        lower: impl FnOnce(&mut Self, &[Node<'_>]) -> R,
    ) -> Option<R> {
        // Long token trees are code generators (`quote!`, `html!`,
        // `macro_rules!` bodies), not calls with arguments; their
        // identifiers keep their data flow through the opaque fallback.
        if self.snippets.len() >= MAX_SNIPPETS || inner.len() > MAX_SNIPPET_BYTES {
            return None;
        }
        const PREFIX: &str = "fn __m(){__m(";
        let text = format!("{PREFIX}{inner}\n);}}");
        let tree = self.parser.parse(&text, None)?;
        if tree.root_node().has_error() {
            return None;
        }
        let arguments = find_call_arguments(tree.root_node())?;
        let shift = Shift {
            prefix: PREFIX.len() as u32,
            ..at
        };
        self.snippets.push(Snippet { text, shift });
        let nodes = named_children(arguments);
        let result = lower(self, &nodes);
        self.snippets.pop();
        Some(result)
    }
}

impl FnCtx {
    fn new(b: FunctionBuilder, id: FuncId, qualified: String) -> FnCtx {
        FnCtx {
            b,
            id,
            module_level: false,
            captured: HashMap::new(),
            jumps: Vec::new(),
            qualified,
        }
    }
}

/// The argument list of the one call in `fn __m(){__m(..);}`.
fn find_call_arguments(root: Node<'_>) -> Option<Node<'_>> {
    let function = root.named_child(0)?;
    let body = function.field(FieldName::Body)?;
    let statement = body.named_child(0)?;
    let call = if statement.kind_name() == "call_expression" {
        statement
    } else {
        statement.named_child(0)?
    };
    if call.kind_name() != "call_expression" {
        return None;
    }
    call.field(FieldName::Arguments)
}

fn shift_span(span: Span, shift: Shift) -> Span {
    let map_line = |line: u32| shift.line + line.saturating_sub(1);
    let map_col = |line: u32, col: u32| {
        if line == 1 {
            shift.col + col.saturating_sub(1).saturating_sub(shift.prefix)
        } else {
            col
        }
    };
    Span {
        start_line: map_line(span.start_line),
        start_col: map_col(span.start_line, span.start_col),
        end_line: map_line(span.end_line),
        end_col: map_col(span.end_line, span.end_col),
        start_byte: shift.byte + span.start_byte.saturating_sub(shift.prefix),
        end_byte: shift.byte + span.end_byte.saturating_sub(shift.prefix),
    }
}

fn capture_in(stack: &mut [FnCtx], level: usize, name: Name) -> Option<VarId> {
    let ctx = stack.get(level)?;
    // Items are globals, never captures.
    if ctx.module_level {
        return None;
    }
    if let Some(var) = ctx.b.lookup(name) {
        return Some(var);
    }
    if let Some(&var) = ctx.captured.get(&name) {
        return Some(var);
    }
    // A function item does not see the locals around it.
    if ctx.b.function().kind != FunctionKind::Closure {
        return None;
    }
    let outer_var = capture_in(stack, level.checked_sub(1)?, name)?;
    let ctx = stack.get_mut(level)?;
    Some(add_capture(ctx, name, outer_var))
}

fn add_capture(ctx: &mut FnCtx, name: Name, outer_var: VarId) -> VarId {
    // Not in the builder's scopes: a capture lives as long as the function.
    let inner = ctx.b.temp();
    if let Some(local) = ctx.b.function_mut().locals.get_mut(inner.0 as usize) {
        local.name = name;
        local.is_temp = false;
    }
    ctx.captured.insert(name, inner);
    ctx.b.function_mut().captures.push((outer_var, inner));
    inner
}

/// `prefix.name`; a file with no module path has unprefixed names.
pub(crate) fn qualify(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

fn opaque(kind: &str, operands: Vec<Operand>) -> Expr {
    Expr::Opaque {
        kind: Name::new(kind),
        operands,
    }
}

fn null() -> Expr {
    Expr::Use(Operand::Const(plumb_ir::Const::Null))
}
