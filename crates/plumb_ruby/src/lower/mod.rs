//! The lowering walk: one `Lowerer` per file, holding the module being
//! built and a stack of function contexts (the function being lowered is
//! `cur`; the ones lexically around it are `outer`, innermost last).
//!
//! Ruby decides what a bare name is while parsing: an identifier assigned
//! earlier in the scope is a local variable, any other is a method call on
//! `self`. Lowering runs in source order, so a name is local once its
//! first assignment has been lowered.

mod definitions;
mod expressions;
mod statements;
mod strings;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use plumb_ir::{
    BlockId, Class, Expr, FuncId, Function, FunctionBuilder, FunctionKind, Import, InstrKind,
    Language, LoweringStats, Module, Operand, Terminator, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use crate::kinds::KindExt;
use crate::span_of;

/// Recursion levels (statements, expressions, conditions) before a
/// subtree is cut into one `Opaque`. Real code nests a few dozen levels;
/// the cap keeps a 2 MiB thread stack safe even in unoptimised builds.
const MAX_DEPTH: u32 = 120;

/// At most this many names of a cut subtree are kept as its operands.
const CUT_NAMES: usize = 32;

pub(crate) struct FnCtx {
    b: FunctionBuilder,
    id: FuncId,
    /// Blocks and lambdas read the enclosing scope's locals through captures.
    can_capture: bool,
    vars: HashMap<Name, VarId>,
    /// `(next target, break target)` of the enclosing loops.
    loops: Vec<(BlockId, BlockId)>,
    /// What `self` is where no `self` local exists: the class being
    /// defined (class bodies, `def self.x`), or nothing at the top level.
    self_global: Option<Name>,
    /// The method `super` calls.
    method_name: Option<Name>,
}

/// The class or module whose body is being lowered.
pub(crate) struct ClassCtx {
    qualified: String,
    id: usize,
}

pub(crate) struct Lowerer<'s> {
    src: &'s str,
    module_name: String,
    imports: Vec<Import>,
    classes: Vec<Class>,
    /// Slots are reserved when a function starts so that its id is known
    /// to the enclosing function before its body is lowered.
    functions: Vec<Option<Function>>,
    stats: LoweringStats,
    cur: FnCtx,
    outer: Vec<FnCtx>,
    class_stack: Vec<ClassCtx>,
    depth: u32,
    block_count: u32,
    /// Heredoc bodies already read (by start byte): a body follows the
    /// line of its opener and is read where the opener is.
    heredocs_used: HashSet<usize>,
    /// Constants assigned so far, qualified (`Admin.ROLES`).
    constants: HashSet<String>,
}

impl<'s> Lowerer<'s> {
    pub(crate) fn new(src: &'s str, module_name: &str, stats: LoweringStats) -> Self {
        let qualified = qualify(module_name, "<main>");
        let builder = FunctionBuilder::new(
            Name::new("<main>"),
            Name::new(&qualified),
            FunctionKind::ModuleInit,
            Span::DUMMY,
        );
        let cur = FnCtx {
            b: builder,
            id: FuncId(0),
            can_capture: false,
            vars: HashMap::new(),
            loops: Vec::new(),
            self_global: None,
            method_name: None,
        };
        Lowerer {
            src,
            module_name: module_name.to_string(),
            imports: Vec::new(),
            classes: Vec::new(),
            functions: vec![None],
            stats,
            cur,
            outer: Vec::new(),
            class_stack: Vec::new(),
            depth: 0,
            block_count: 0,
            heredocs_used: HashSet::new(),
            constants: HashSet::new(),
        }
    }

    pub(crate) fn lower_program(&mut self, root: Node<'_>) {
        self.cur.b.function_mut().span = span_of(root);
        self.statements(root);
    }

    pub(crate) fn parse_failed(&mut self) {
        self.stats.syntax_errors.push(Span::DUMMY);
    }

    pub(crate) fn finish(mut self, path: &Path) -> Module {
        while let Some(outer) = self.outer.pop() {
            let inner = std::mem::replace(&mut self.cur, outer);
            self.store_function(inner);
        }
        let placeholder = FnCtx {
            b: FunctionBuilder::new(
                Name::new("<main>"),
                Name::new("<main>"),
                FunctionKind::ModuleInit,
                Span::DUMMY,
            ),
            id: FuncId(u32::MAX),
            can_capture: false,
            vars: HashMap::new(),
            loops: Vec::new(),
            self_global: None,
            method_name: None,
        };
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
            language: Language::Ruby,
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

    // ---- function contexts -------------------------------------------------

    fn reserve_function(&mut self) -> FuncId {
        let id = FuncId(u32::try_from(self.functions.len()).unwrap_or(u32::MAX));
        self.functions.push(None);
        id
    }

    fn new_ctx(&mut self, name: &str, qualified: &str, kind: FunctionKind, span: Span) -> FnCtx {
        let id = self.reserve_function();
        let b = FunctionBuilder::new(Name::new(name), Name::new(qualified), kind, span);
        FnCtx {
            b,
            id,
            can_capture: false,
            vars: HashMap::new(),
            loops: Vec::new(),
            self_global: None,
            method_name: None,
        }
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

    /// The local `name` denotes here, capturing it from enclosing scopes
    /// when the current function is a block or lambda.
    fn resolve(&mut self, name: Name) -> Option<VarId> {
        if let Some(&var) = self.cur.vars.get(&name) {
            return Some(var);
        }
        if !self.cur.can_capture {
            return None;
        }
        let level = self.outer.len().checked_sub(1)?;
        let outer_var = capture_in(&mut self.outer, level, name)?;
        Some(add_capture(&mut self.cur, name, outer_var))
    }

    /// `self`: the receiver parameter (captured into blocks), or the class
    /// being defined, or `Global("self")` at the top level.
    fn self_operand(&mut self) -> Operand {
        if let Some(var) = self.resolve(Name::new("self")) {
            return Operand::Var(var);
        }
        if let Some(class) = self.self_global_here() {
            return Operand::Global(class);
        }
        Operand::Global(Name::new("self"))
    }

    /// The class `self` is in this function or, for blocks, around it.
    fn self_global_here(&self) -> Option<Name> {
        if self.cur.self_global.is_some() || !self.cur.can_capture {
            return self.cur.self_global;
        }
        for ctx in self.outer.iter().rev() {
            if ctx.self_global.is_some() || !ctx.can_capture {
                return ctx.self_global;
            }
        }
        None
    }

    /// `name = value` on a local, declaring it at its first assignment.
    fn write_local(&mut self, name: Name, value: Expr, span: Span) -> VarId {
        let var = match self.resolve(name) {
            Some(var) => var,
            None => self.declare(name),
        };
        self.cur.b.assign(var, value, span);
        var
    }

    fn declare(&mut self, name: Name) -> VarId {
        let var = self.cur.b.declare(name, None);
        self.cur.vars.insert(name, var);
        var
    }

    // ---- instructions and blocks -------------------------------------------

    fn push(&mut self, kind: InstrKind, span: Span) {
        self.cur.b.push(kind, span);
    }

    fn spill(&mut self, value: Expr, span: Span) -> Operand {
        self.cur.b.spill(value, span)
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

    fn terminate_at(&mut self, term: Terminator, span: Span) {
        self.cur.b.terminate_at(term, span);
    }

    fn opaque_temp(&mut self, kind: &str, operands: Vec<Operand>, span: Span) -> Operand {
        let value = Expr::Opaque {
            kind: Name::new(kind),
            operands,
        };
        self.cur.b.assign_temp(value, span)
    }

    // ---- source text -------------------------------------------------------

    fn text(&self, node: Node<'_>) -> &'s str {
        self.src.get(node.byte_range()).unwrap_or("")
    }

    /// A constant path (`Admin::UsersController`, `::Foo`) as a dotted
    /// name, when every step is a constant.
    fn constant_path(&self, node: Node<'_>) -> Option<String> {
        let mut parts: Vec<&str> = Vec::new();
        let mut current = node;
        loop {
            match current.kind_name() {
                "constant" => {
                    parts.push(self.text(current));
                    break;
                }
                "scope_resolution" => {
                    use crate::fields::{FieldExt, FieldName};
                    parts.push(self.text(current.field(FieldName::Name)?));
                    match current.field(FieldName::Scope) {
                        Some(scope) => current = scope,
                        None => break,
                    }
                }
                _ => return None,
            }
        }
        parts.reverse();
        Some(parts.join("."))
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

    /// A subtree too deep to lower: one `Opaque` over the locals it reads,
    /// found by an iterative walk, so data flow survives the cut.
    fn cut(&mut self, node: Node<'_>) -> Expr {
        self.stats.count_unlowered("depth_limit");
        let mut names: Vec<Name> = Vec::new();
        let mut cursor = node.walk();
        'walk: loop {
            let current = cursor.node();
            if current.kind_name() == "identifier" {
                let name = Name::new(self.text(current));
                if !names.contains(&name) && self.cur.vars.contains_key(&name) {
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
        let operands = names
            .into_iter()
            .filter_map(|name| self.resolve(name).map(Operand::Var))
            .collect();
        Expr::Opaque {
            kind: Name::new("depth_limit"),
            operands,
        }
    }

    fn unlowered(&mut self, kind: &str) {
        self.stats.count_unlowered(kind);
    }
}

fn capture_in(stack: &mut [FnCtx], level: usize, name: Name) -> Option<VarId> {
    let ctx = stack.get(level)?;
    if let Some(&var) = ctx.vars.get(&name) {
        return Some(var);
    }
    if !ctx.can_capture {
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

/// `prefix.name`; an empty prefix leaves the name alone.
pub(crate) fn qualify(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

pub(crate) use plumb_syntax::{children, named_children};
