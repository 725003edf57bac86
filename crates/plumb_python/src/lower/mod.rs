//! The lowering walk: one `Lowerer` per file, holding the module being
//! built and a stack of function contexts (the function being lowered is
//! `cur`; the ones lexically around it are `outer`, innermost last).

mod definitions;
mod expressions;
mod scope;
mod statements;
mod strings;

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use plumb_ir::{
    BlockId, Class, Expr, FuncId, Function, FunctionBuilder, FunctionKind, Import, InstrKind,
    Language, LoweringStats, Module, Operand, Terminator, TypeRef, VarId,
};
use plumb_text::{Name, Span};
use tree_sitter::Node;

use crate::span_of;

/// Recursion levels (statements, expressions, conditions, patterns) before a
/// subtree is cut into one `Opaque`. Real code nests a few dozen levels; the
/// cap keeps a 2 MiB thread stack safe even in unoptimised builds.
const MAX_DEPTH: u32 = 400;

/// At most this many names of a cut subtree are kept as its operands.
const CUT_NAMES: usize = 32;

pub(crate) struct FnCtx {
    b: FunctionBuilder,
    id: FuncId,
    /// Module code and field initialisers: no name is local, unbound reads
    /// are `Global`, writes are `StoreGlobal`.
    module_level: bool,
    /// Closures read variables of the enclosing function through captures.
    can_capture: bool,
    vars: HashMap<Name, VarId>,
    globals: HashSet<Name>,
    nonlocals: HashSet<Name>,
    /// `(continue target, break target)` of the enclosing loops.
    loops: Vec<(BlockId, BlockId)>,
    qualified: String,
}

pub(crate) struct Lowerer<'s> {
    src: &'s str,
    module_name: String,
    is_package: bool,
    imports: Vec<Import>,
    classes: Vec<Class>,
    /// Slots are reserved when a function starts so that its id is known
    /// to the enclosing function before its body is lowered.
    functions: Vec<Option<Function>>,
    stats: LoweringStats,
    cur: FnCtx,
    outer: Vec<FnCtx>,
    depth: u32,
    lambda_count: u32,
}

impl<'s> Lowerer<'s> {
    pub(crate) fn new(
        src: &'s str,
        module_name: &str,
        is_package: bool,
        stats: LoweringStats,
    ) -> Self {
        let qualified = qualify(module_name, "<module>");
        let builder = FunctionBuilder::new(
            Name::new("<module>"),
            Name::new(&qualified),
            FunctionKind::ModuleInit,
            Span::DUMMY,
        );
        let cur = FnCtx {
            b: builder,
            id: FuncId(0),
            module_level: true,
            can_capture: false,
            vars: HashMap::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            loops: Vec::new(),
            qualified: module_name.to_string(),
        };
        Lowerer {
            src,
            module_name: module_name.to_string(),
            is_package,
            imports: Vec::new(),
            classes: Vec::new(),
            functions: vec![None],
            stats,
            cur,
            outer: Vec::new(),
            depth: 0,
            lambda_count: 0,
        }
    }

    pub(crate) fn lower_module(&mut self, root: Node<'_>) {
        self.cur.b.function_mut().span = span_of(root);
        for child in named_children(root) {
            self.stmt(child);
        }
    }

    pub(crate) fn finish(mut self, path: &Path) -> Module {
        // Close any contexts left open; only possible if lowering stopped early.
        while let Some(outer) = self.outer.pop() {
            let inner = std::mem::replace(&mut self.cur, outer);
            self.store_function(inner);
        }
        let placeholder = FnCtx {
            b: FunctionBuilder::new(
                Name::new("<module>"),
                Name::new("<module>"),
                FunctionKind::ModuleInit,
                Span::DUMMY,
            ),
            id: FuncId(u32::MAX),
            module_level: true,
            can_capture: false,
            vars: HashMap::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            loops: Vec::new(),
            qualified: String::new(),
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
            language: Language::Python,
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

    fn new_ctx(&mut self, name: &str, qualified: String, kind: FunctionKind, span: Span) -> FnCtx {
        let id = self.reserve_function();
        let b = FunctionBuilder::new(Name::new(name), Name::new(&qualified), kind, span);
        FnCtx {
            b,
            id,
            module_level: false,
            can_capture: false,
            vars: HashMap::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            loops: Vec::new(),
            qualified,
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

    /// The variable `name` denotes in the current function, capturing it
    /// from enclosing functions when the current one is a closure; `None`
    /// means the name is global.
    fn resolve(&mut self, name: Name) -> Option<VarId> {
        if let Some(&var) = self.cur.vars.get(&name) {
            return Some(var);
        }
        if self.cur.module_level || !self.cur.can_capture || self.cur.globals.contains(&name) {
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

    /// `name = value`: a local `Assign`, or a `StoreGlobal` for module code
    /// and names declared `global`.
    fn write_name(&mut self, name: Name, value: Expr, value_span: Span, store_span: Span) {
        if let Some(&var) = self.cur.vars.get(&name) {
            self.cur.b.assign(var, value, value_span);
            return;
        }
        let global = self.cur.module_level || self.cur.globals.contains(&name);
        if !global && self.cur.nonlocals.contains(&name) {
            if let Some(var) = self.resolve(name) {
                self.cur.b.assign(var, value, value_span);
                return;
            }
        }
        if global || self.cur.nonlocals.contains(&name) {
            let value = self.spill(value, value_span);
            self.push(InstrKind::StoreGlobal { name, value }, store_span);
            return;
        }
        // Not found by the scope scan (e.g. inside a syntax error): a new local.
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

    fn name_of(&self, node: Node<'_>) -> Name {
        Name::new(self.text(node))
    }

    /// `a.b.c` (an `attribute` chain, `dotted_name` or identifier) as text,
    /// when every step is a plain name.
    fn dotted(&self, node: Node<'_>) -> Option<String> {
        let mut parts: Vec<&str> = Vec::new();
        let mut current = node;
        loop {
            match current.kind_name() {
                "identifier" => {
                    parts.push(self.text(current));
                    break;
                }
                "attribute" => {
                    parts.push(self.text(current.field(FieldName::Attribute)?));
                    current = current.field(FieldName::Object)?;
                }
                "dotted_name" => {
                    let names: Vec<&str> = named_children(current)
                        .into_iter()
                        .map(|part| self.text(part))
                        .collect();
                    if names.is_empty() {
                        return None;
                    }
                    parts.extend(names.into_iter().rev());
                    break;
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

    /// A subtree too deep to lower: one `Opaque` over the names it reads,
    /// found by an iterative walk, so data flow survives the cut.
    fn cut(&mut self, node: Node<'_>) -> Expr {
        self.stats.count_unlowered("depth_limit");
        let mut names: Vec<Name> = Vec::new();
        let mut cursor = node.walk();
        'walk: loop {
            let current = cursor.node();
            let is_read = current.kind_name() == "identifier"
                && !matches!(cursor.field_name(), Some("attribute" | "name"));
            if is_read {
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
    if ctx.module_level || !ctx.can_capture || ctx.globals.contains(&name) {
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

pub(crate) use plumb_syntax::{children, for_each_named_child, named_children, Children};

pub(crate) fn field_children<'t>(node: Node<'t>, field: FieldName) -> Children<'t> {
    plumb_syntax::field_children(node, field.id())
}

fn is_string(node: Node<'_>) -> bool {
    matches!(node.kind_name(), "string" | "concatenated_string")
}
