//! The lowering walk: one `Lowerer` per file, holding the module being
//! built and a stack of function contexts (the function being lowered is
//! `cur`; the ones lexically around it are `outer`, innermost last).
//!
//! Names follow the conventions of docs/ir.md for languages with module
//! code: names bound at the top level of a file are module globals
//! (`StoreGlobal`, read as `Global`), names bound in a function are one
//! local per name per function (block scopes are merged, which only
//! matters for shadowing), and a function reads the locals of the
//! functions around it through captures.

mod expressions;
mod functions;
mod imports;
mod patterns;
mod scope;
mod statements;
mod strings;
mod types;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use plumb_ir::{
    BlockId, Class, ClassId, Expr, FuncId, Function, FunctionBuilder, FunctionKind, Import,
    InstrKind, Language, LoweringStats, Module, Operand, Terminator, TypeRef, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use crate::grammar::{Dialect, FieldName, Grammar};
use crate::span_of;

pub(crate) use plumb_syntax::named_children;

/// Recursion levels (statements, expressions, conditions, patterns) before a
/// subtree is cut into one `Opaque`. Real code nests a few dozen levels; the
/// cap keeps a 2 MiB thread stack safe even in unoptimised builds.
const MAX_DEPTH: u32 = 300;

/// At most this many names of a cut subtree are kept as its operands.
const CUT_NAMES: usize = 32;

/// Where `break` and `continue` go inside one loop, switch or labelled statement.
#[derive(Clone, Copy)]
pub(crate) struct JumpTargets {
    label: Option<Name>,
    /// `None` for a `switch` or a labelled block: `continue` skips them.
    continue_to: Option<BlockId>,
    break_to: BlockId,
}

pub(crate) struct FnCtx {
    b: FunctionBuilder,
    id: FuncId,
    /// Module code and field initialisers: no name is local, unbound reads
    /// are `Global`, writes are `StoreGlobal`.
    module_level: bool,
    vars: HashMap<Name, VarId>,
    /// The receiver of a method or constructor; arrow functions read the
    /// one of the function around them.
    this: Option<VarId>,
    /// Arrow functions have no `this` of their own.
    is_arrow: bool,
    jumps: Vec<JumpTargets>,
    /// A label written just before the next loop, which takes it.
    pending_label: Option<Name>,
    qualified: String,
    class: Option<ClassId>,
}

pub(crate) struct Lowerer<'s> {
    src: &'s str,
    g: &'static Grammar,
    module_name: String,
    /// The file is its directory's `index`: relative imports start from it.
    is_index: bool,
    imports: Vec<Import>,
    classes: Vec<Class>,
    /// Slots are reserved when a function starts so that its id is known
    /// to the enclosing function before its body is lowered.
    functions: Vec<Option<Function>>,
    stats: LoweringStats,
    cur: FnCtx,
    outer: Vec<FnCtx>,
    depth: u32,
    anonymous_count: u32,
    /// Function declarations already lowered by hoisting, by node id.
    hoisted: HashSet<usize>,
    /// The object literal being assigned to `module.exports`: its methods
    /// are the module's functions.
    exporting: bool,
}

impl<'s> Lowerer<'s> {
    pub(crate) fn new(
        src: &'s str,
        dialect: Dialect,
        module_name: &str,
        is_index: bool,
        stats: LoweringStats,
    ) -> Self {
        let cur = FnCtx::new(
            FunctionBuilder::new(
                Name::new("<module>"),
                Name::new(&qualify(module_name, "<module>")),
                FunctionKind::ModuleInit,
                Span::DUMMY,
            ),
            FuncId(0),
            module_name.to_string(),
        );
        Lowerer {
            src,
            g: dialect.grammar(),
            module_name: module_name.to_string(),
            is_index,
            imports: Vec::new(),
            classes: Vec::new(),
            functions: vec![None],
            stats,
            cur: FnCtx {
                module_level: true,
                ..cur
            },
            outer: Vec::new(),
            depth: 0,
            anonymous_count: 0,
            hoisted: HashSet::new(),
            exporting: false,
        }
    }

    pub(crate) fn lower_module(&mut self, root: Node<'_>) {
        self.cur.b.function_mut().span = span_of(root);
        let statements = named_children(root);
        self.hoist_functions(&statements);
        for child in statements {
            self.stmt(child);
        }
    }

    pub(crate) fn finish(mut self, path: &Path, language: Language) -> Module {
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
            language,
            package: Some(Name::new(&self.module_name)),
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

    fn kind(&self, node: Node<'_>) -> &'static str {
        self.g.kind(node)
    }

    fn field<'t>(&self, node: Node<'t>, field: FieldName) -> Option<Node<'t>> {
        self.g.field(node, field)
    }

    fn field_children<'t>(&self, node: Node<'t>, field: FieldName) -> Vec<Node<'t>> {
        plumb_syntax::field_children(node, self.g.field_id(field))
    }

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

    /// A fresh name for an anonymous function: `<anonymous3>`.
    fn anonymous_name(&mut self) -> String {
        self.anonymous_count += 1;
        format!("<anonymous{}>", self.anonymous_count)
    }

    // ---- names -------------------------------------------------------------

    /// The variable `name` denotes in the current function, capturing it
    /// from enclosing functions; `None` means the name is global.
    fn resolve(&mut self, name: Name) -> Option<VarId> {
        if let Some(&var) = self.cur.vars.get(&name) {
            return Some(var);
        }
        if self.cur.module_level {
            return None;
        }
        let level = self.outer.len().checked_sub(1)?;
        let outer_var = capture_in(&mut self.outer, level, name)?;
        Some(add_capture(&mut self.cur, name, outer_var))
    }

    fn read_name(&mut self, name: Name) -> Operand {
        match self.resolve(name) {
            Some(var) => Operand::Var(var),
            None => Operand::Global(name),
        }
    }

    /// `name = value`: a local `Assign`, or a `StoreGlobal` in module code.
    fn write_name(&mut self, name: Name, value: Expr, value_span: Span, store_span: Span) {
        if let Some(var) = self.resolve(name) {
            self.cur.b.assign(var, value, value_span);
            return;
        }
        if self.cur.module_level {
            let value = self.spill(value, value_span);
            self.push(InstrKind::StoreGlobal { name, value }, store_span);
            return;
        }
        // An undeclared name (sloppy-mode global, or inside a syntax error):
        // a local of this function.
        let var = self.declare(name, None);
        self.cur.b.assign(var, value, value_span);
    }

    fn declare(&mut self, name: Name, ty: Option<TypeRef>) -> VarId {
        let var = self.cur.b.declare(name, ty);
        self.cur.vars.insert(name, var);
        var
    }

    fn set_local_type(&mut self, name: Name, ty: TypeRef) {
        if let Some(&var) = self.cur.vars.get(&name) {
            if let Some(local) = self.cur.b.function_mut().locals.get_mut(var.0 as usize) {
                local.ty = Some(ty);
            }
        }
    }

    /// `this`: the receiver of the nearest non-arrow function.
    fn this_operand(&mut self) -> Operand {
        if let Some(var) = self.cur.this {
            return Operand::Var(var);
        }
        if !self.cur.is_arrow || self.cur.module_level {
            return Operand::Const(plumb_ir::Const::Null);
        }
        let name = Name::new("this");
        match self.resolve_this() {
            Some(outer) => {
                let inner = add_capture(&mut self.cur, name, outer);
                self.cur.this = Some(inner);
                Operand::Var(inner)
            }
            None => Operand::Const(plumb_ir::Const::Null),
        }
    }

    fn resolve_this(&mut self) -> Option<VarId> {
        let mut level = self.outer.len().checked_sub(1)?;
        loop {
            let ctx = self.outer.get(level)?;
            if let Some(var) = ctx.this {
                return Some(var);
            }
            if !ctx.is_arrow || ctx.module_level {
                return None;
            }
            level = level.checked_sub(1)?;
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

    fn terminate(&mut self, term: Terminator) {
        self.cur.b.terminate(term);
    }

    /// A `return`/`throw` ending the block at the statement's span.
    fn terminate_at(&mut self, term: Terminator, span: Span) {
        self.cur.b.terminate_at(term, span);
    }

    fn branch(&mut self, cond: Operand, then: BlockId, otherwise: BlockId) {
        self.terminate(Terminator::Branch {
            cond,
            then,
            otherwise,
        });
    }

    fn opaque_temp(&mut self, kind: &str, operands: Vec<Operand>, span: Span) -> Operand {
        let value = opaque(kind, operands);
        self.cur.b.assign_temp(value, span)
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
            if self.kind(current) == "identifier" {
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
}

impl FnCtx {
    fn new(b: FunctionBuilder, id: FuncId, qualified: String) -> FnCtx {
        FnCtx {
            b,
            id,
            module_level: false,
            vars: HashMap::new(),
            this: None,
            is_arrow: false,
            jumps: Vec::new(),
            pending_label: None,
            qualified,
            class: None,
        }
    }
}

fn capture_in(stack: &mut [FnCtx], level: usize, name: Name) -> Option<VarId> {
    let ctx = stack.get(level)?;
    if let Some(&var) = ctx.vars.get(&name) {
        return Some(var);
    }
    if ctx.module_level {
        return None;
    }
    let outer_var = capture_in(stack, level.checked_sub(1)?, name)?;
    let ctx = stack.get_mut(level)?;
    Some(add_capture(ctx, name, outer_var))
}

fn add_capture(ctx: &mut FnCtx, name: Name, outer_var: VarId) -> VarId {
    let inner = ctx.b.declare(name, None);
    ctx.vars.insert(name, inner);
    ctx.b.function_mut().captures.push((outer_var, inner));
    inner
}

/// `prefix.name`; a file with no module name has unprefixed names.
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
