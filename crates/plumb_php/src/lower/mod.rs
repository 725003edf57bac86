//! The lowering walk: one `Lowerer` per file, holding the module being
//! built and a stack of function contexts (the function being lowered is
//! `cur`; the ones lexically around it are `outer`, innermost last).
//!
//! PHP variables are function-scoped: one local per name per function.
//! The file's own code is the module's `ModuleInit`, whose variables are
//! its locals. Superglobals (`$_GET`, ...) are `Global`s named without
//! the `$`. Closures see outer variables only through `use (...)`; arrow
//! functions capture whatever they read.

mod declarations;
mod expressions;
mod statements;

use std::collections::HashMap;
use std::path::Path;

use plumb_ir::{
    BlockId, Class, ClassId, Expr, FuncId, Function, FunctionBuilder, FunctionKind, Import,
    InstrKind, Language, LoweringStats, Module, Operand, Terminator, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use crate::kinds::KindExt;
use crate::span_of;

pub(crate) use plumb_syntax::named_children;

/// Recursion levels (statements, expressions, conditions) before a subtree
/// is cut into one `Opaque`. Real code nests a few dozen levels; the cap
/// keeps a 2 MiB thread stack safe even in unoptimised builds.
const MAX_DEPTH: u32 = 100;

/// At most this many names of a cut subtree are kept as its operands.
const CUT_NAMES: usize = 32;

/// PHP's superglobals: readable in every scope, never locals.
pub(crate) const SUPERGLOBALS: &[&str] = &[
    "_GET", "_POST", "_REQUEST", "_COOKIE", "_SERVER", "_FILES", "_ENV", "_SESSION", "GLOBALS",
];

/// Where `break` and `continue` go inside one loop or switch.
#[derive(Clone, Copy)]
pub(crate) struct JumpTargets {
    continue_to: BlockId,
    break_to: BlockId,
}

pub(crate) struct FnCtx {
    b: FunctionBuilder,
    id: FuncId,
    /// An arrow function: reads of outer variables are captures.
    auto_capture: bool,
    /// Outer variables captured, by name.
    captured: HashMap<Name, VarId>,
    jumps: Vec<JumpTargets>,
}

/// The class whose body is being lowered.
pub(crate) struct ClassCtx {
    id: ClassId,
    name: Name,
    qualified: String,
    /// The parent class as written, for `parent::`.
    parent: Option<Name>,
}

pub(crate) struct Lowerer<'s> {
    src: &'s str,
    /// The current namespace, dotted (`App.Http`), empty for the global one.
    namespace: String,
    /// The first namespace declared: the module's package.
    package: Option<String>,
    imports: Vec<Import>,
    classes: Vec<Class>,
    class_stack: Vec<ClassCtx>,
    /// Slots are reserved when a function starts so that its id is known
    /// to the enclosing function before its body is lowered.
    functions: Vec<Option<Function>>,
    stats: LoweringStats,
    cur: FnCtx,
    outer: Vec<FnCtx>,
    depth: u32,
    closure_count: u32,
}

/// The qualified name of a file's own code: unique per file.
pub(crate) fn module_init_name(path: &Path) -> String {
    format!("<file {}>", path.to_string_lossy())
}

/// A PHP name as written → the IR's dotted spelling: `\App\Models\User` →
/// `App.Models.User`.
pub(crate) fn dotted(written: &str) -> String {
    let trimmed = written.trim().trim_start_matches('\\');
    let trimmed = trimmed.strip_prefix("namespace\\").unwrap_or(trimmed);
    trimmed.replace('\\', ".")
}

impl<'s> Lowerer<'s> {
    pub(crate) fn new(src: &'s str, path: &Path, stats: LoweringStats) -> Self {
        let cur = FnCtx::new(
            FunctionBuilder::new(
                Name::new("<module>"),
                Name::new(&module_init_name(path)),
                FunctionKind::ModuleInit,
                Span::DUMMY,
            ),
            FuncId(0),
        );
        Lowerer {
            src,
            namespace: String::new(),
            package: None,
            imports: Vec::new(),
            classes: Vec::new(),
            class_stack: Vec::new(),
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
            language: Language::Php,
            package: self.package.as_deref().map(Name::new),
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

    fn text(&self, node: Node<'_>) -> &'s str {
        self.src.get(node.byte_range()).unwrap_or("")
    }

    fn name_of(&self, node: Node<'_>) -> Name {
        Name::new(self.text(node))
    }

    /// `ns.name`, or `name` in the global namespace.
    fn qualify(&self, name: &str) -> String {
        if self.namespace.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.namespace)
        }
    }

    // ---- function contexts -------------------------------------------------

    fn reserve_function(&mut self) -> FuncId {
        let id = FuncId(u32::try_from(self.functions.len()).unwrap_or(u32::MAX));
        self.functions.push(None);
        id
    }

    fn new_ctx(&mut self, name: &str, qualified: &str, kind: FunctionKind, span: Span) -> FnCtx {
        let id = self.reserve_function();
        let b = FunctionBuilder::new(Name::new(name), Name::new(qualified), kind, span);
        FnCtx::new(b, id)
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

    // ---- variables ---------------------------------------------------------

    /// The local `name` (without `$`) of the current function, captured
    /// from the enclosing function by an arrow function, declared on first
    /// use otherwise (PHP reads an unset variable as null).
    fn var(&mut self, name: Name) -> VarId {
        if let Some(var) = self.cur.b.lookup(name) {
            return var;
        }
        if let Some(&var) = self.cur.captured.get(&name) {
            return var;
        }
        if self.cur.auto_capture {
            if let Some(outer) = capture_in(&mut self.outer, name) {
                return add_capture(&mut self.cur, name, outer);
            }
        }
        self.cur.b.declare(name, None)
    }

    /// A variable read: superglobals are globals, `$this` the receiver.
    fn read_var(&mut self, name: Name) -> Operand {
        if SUPERGLOBALS.contains(&name.as_str()) {
            return Operand::Global(name);
        }
        Operand::Var(self.var(name))
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

    /// A subtree too deep to lower: one `Opaque` over the variables it
    /// reads, found by an iterative walk, so data flow survives the cut.
    fn cut(&mut self, node: Node<'_>) -> Expr {
        self.stats.count_unlowered("depth_limit");
        let mut names: Vec<Name> = Vec::new();
        let mut cursor = node.walk();
        'walk: loop {
            let current = cursor.node();
            if current.kind_name() == "variable_name" {
                let name = Name::new(self.text(current).trim_start_matches('$'));
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
        let operands = names.into_iter().map(|name| self.read_var(name)).collect();
        opaque("depth_limit", operands)
    }

    fn unlowered(&mut self, kind: &str) {
        self.stats.count_unlowered(kind);
    }
}

impl FnCtx {
    fn new(b: FunctionBuilder, id: FuncId) -> FnCtx {
        FnCtx {
            b,
            id,
            auto_capture: false,
            captured: HashMap::new(),
            jumps: Vec::new(),
        }
    }
}

/// The variable `name` of the innermost enclosing function, captured
/// through enclosing arrow functions as needed.
fn capture_in(stack: &mut [FnCtx], name: Name) -> Option<VarId> {
    let (ctx, rest) = stack.split_last_mut()?;
    if let Some(var) = ctx.b.lookup(name) {
        return Some(var);
    }
    if let Some(&var) = ctx.captured.get(&name) {
        return Some(var);
    }
    if !ctx.auto_capture {
        return None;
    }
    let outer_var = capture_in(rest, name)?;
    Some(add_capture(ctx, name, outer_var))
}

fn add_capture(ctx: &mut FnCtx, name: Name, outer_var: VarId) -> VarId {
    let inner = ctx.b.declare(name, None);
    ctx.captured.insert(name, inner);
    ctx.b.function_mut().captures.push((outer_var, inner));
    inner
}

fn opaque(kind: &str, operands: Vec<Operand>) -> Expr {
    Expr::Opaque {
        kind: Name::new(kind),
        operands,
    }
}
