//! The lowering walk: one `Lowerer` per file, holding the module being
//! built and a stack of function contexts (the function being lowered is
//! `cur`; the ones lexically around it are `outer`, innermost last).
//!
//! Package-level names are module globals (`StoreGlobal` in the package
//! init, read as `Global`); names declared in a function are locals with
//! Go's block scoping; a function literal reads the locals around it
//! through captures.

mod declarations;
mod expressions;
mod statements;
mod types;

use std::collections::HashMap;
use std::path::Path;

use plumb_ir::{
    BlockId, Class, ClassId, Expr, FuncId, Function, FunctionBuilder, FunctionKind, Import,
    InstrKind, Language, LoweringStats, Module, Operand, Terminator, TypeRef, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use crate::span_of;

pub(crate) use plumb_syntax::named_children;

/// Recursion levels (statements, expressions, conditions) before a subtree
/// is cut into one `Opaque`. Real code nests a few dozen levels; the cap
/// keeps a 2 MiB thread stack safe even in unoptimised builds.
const MAX_DEPTH: u32 = 300;

/// At most this many names of a cut subtree are kept as its operands.
const CUT_NAMES: usize = 32;

/// Where `break` and `continue` go inside one loop, switch or select.
#[derive(Clone, Copy)]
pub(crate) struct JumpTargets {
    label: Option<Name>,
    /// `None` for a `switch` or `select`: `continue` skips them.
    continue_to: Option<BlockId>,
    break_to: BlockId,
}

pub(crate) struct FnCtx {
    b: FunctionBuilder,
    id: FuncId,
    /// The package init: declared names are package variables.
    module_level: bool,
    /// Outer variables this function literal reads, by name.
    captured: HashMap<Name, VarId>,
    jumps: Vec<JumpTargets>,
    /// A label written just before the next loop, which takes it.
    pending_label: Option<Name>,
    /// Named results, returned by a bare `return`.
    named_results: Vec<VarId>,
    qualified: String,
}

pub(crate) struct Lowerer<'s> {
    src: &'s str,
    package: String,
    imports: Vec<Import>,
    classes: Vec<Class>,
    /// Struct types of this file by name, for their methods.
    class_ids: HashMap<Name, ClassId>,
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
    pub(crate) fn new(src: &'s str, package: &str, stats: LoweringStats) -> Self {
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
            package: package.to_string(),
            imports: Vec::new(),
            classes: Vec::new(),
            class_ids: HashMap::new(),
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
            language: Language::Go,
            package: Some(Name::new(&self.package)),
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
    /// from enclosing functions; `None` means a package-level name.
    fn resolve(&mut self, name: Name) -> Option<VarId> {
        if let Some(var) = self.cur.b.lookup(name) {
            return Some(var);
        }
        if let Some(&var) = self.cur.captured.get(&name) {
            return Some(var);
        }
        if self.cur.module_level {
            return None;
        }
        let level = self.outer.len().checked_sub(1)?;
        let outer_var = capture_in(&mut self.outer, level, name)?;
        let ty = local_type(&self.outer[level], outer_var);
        Some(add_capture(&mut self.cur, name, outer_var, ty))
    }

    fn read_name(&mut self, name: Name) -> Operand {
        match self.resolve(name) {
            Some(var) => Operand::Var(var),
            None => Operand::Global(name),
        }
    }

    /// `name = value`: a local `Assign`, or a `StoreGlobal` for a package
    /// variable.
    fn write_name(&mut self, name: Name, value: Expr, span: Span) {
        if name.as_str() == "_" {
            self.eval(value, span);
            return;
        }
        if let Some(var) = self.resolve(name) {
            self.cur.b.assign(var, value, span);
            return;
        }
        let value = self.spill(value, span);
        self.push(InstrKind::StoreGlobal { name, value }, span);
    }

    /// A new variable of the current scope (`:=`, `var`), assigned `value`.
    /// In the package init it is a package variable: a typed local holds
    /// the value, so the variable keeps its declared type, and is stored.
    fn declare_var(&mut self, name: Name, ty: Option<TypeRef>, value: Expr, span: Span) {
        if name.as_str() == "_" {
            self.eval(value, span);
            return;
        }
        // `x := T{..}` / `x := &T{..}`: the literal's type is the variable's.
        let ty = ty.or_else(|| match &value {
            Expr::New { class, .. } => Some(class.clone()),
            Expr::Use(Operand::Var(source)) => self
                .cur
                .b
                .function()
                .locals
                .get(source.0 as usize)
                .and_then(|local| local.ty.clone()),
            _ => None,
        });
        let var = self.cur.b.declare(name, ty);
        self.cur.b.assign(var, value, span);
        if self.cur.module_level {
            self.push(
                InstrKind::StoreGlobal {
                    name,
                    value: Operand::Var(var),
                },
                span,
            );
        }
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

    /// A subtree too deep to lower: one `Opaque` over the names it reads,
    /// found by an iterative walk, so data flow survives the cut.
    fn cut(&mut self, node: Node<'_>) -> Expr {
        self.stats.count_unlowered("depth_limit");
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
        let operands = names.into_iter().map(|name| self.read_name(name)).collect();
        opaque("depth_limit", operands)
    }

    fn unlowered(&mut self, kind: &str) {
        self.stats.count_unlowered(kind);
    }

    fn field<'t>(&self, node: Node<'t>, field: FieldName) -> Option<Node<'t>> {
        node.field(field)
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
            pending_label: None,
            named_results: Vec::new(),
            qualified,
        }
    }
}

fn capture_in(stack: &mut [FnCtx], level: usize, name: Name) -> Option<VarId> {
    let ctx = stack.get(level)?;
    // Package variables are globals, never captures.
    if ctx.module_level {
        return None;
    }
    if let Some(var) = ctx.b.lookup(name) {
        return Some(var);
    }
    if let Some(&var) = ctx.captured.get(&name) {
        return Some(var);
    }
    let outer_level = level.checked_sub(1)?;
    let outer_var = capture_in(stack, outer_level, name)?;
    let ty = local_type(&stack[outer_level], outer_var);
    let ctx = stack.get_mut(level)?;
    Some(add_capture(ctx, name, outer_var, ty))
}

/// The static type of a local: Go's types do not change when a closure
/// captures a variable, so the capture keeps the outer variable's type.
fn local_type(ctx: &FnCtx, var: VarId) -> Option<TypeRef> {
    ctx.b
        .function()
        .locals
        .get(var.0 as usize)
        .and_then(|local| local.ty.clone())
}

fn add_capture(ctx: &mut FnCtx, name: Name, outer_var: VarId, ty: Option<TypeRef>) -> VarId {
    // Not in the builder's scopes: a capture lives as long as the function.
    let inner = ctx.b.temp();
    if let Some(local) = ctx.b.function_mut().locals.get_mut(inner.0 as usize) {
        local.name = name;
        local.is_temp = false;
        local.ty = ty;
    }
    ctx.captured.insert(name, inner);
    ctx.b.function_mut().captures.push((outer_var, inner));
    inner
}

/// `prefix.name`; a file with no package path has unprefixed names.
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
