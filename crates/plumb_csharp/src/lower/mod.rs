//! The lowering walk: one pass over the syntax tree, building each
//! function's CFG with a `FunctionBuilder` while keeping the lexical context
//! (enclosing classes and functions) needed to resolve bare names.

mod declarations;
mod expressions;
mod statements;

use crate::kinds::KindExt;
use plumb_ir::{
    Callee, ClassId, Expr, Field, FuncId, Function, FunctionBuilder, FunctionKind, Import, Module,
    Operand, Param, ParamKind, TypeRef, VarId,
};
use plumb_text::{Name, Span};
use rustc_hash::FxHashMap;
use smallvec::SmallVec;
use tree_sitter::Node;

use crate::fields::{FieldExt, FieldName};
use crate::types::{children, named_children, span, Src};

/// Nesting of statements, expressions and declarations lowered recursively.
/// Left-nested chains (`a + b + c`, `x.f().g()`) and else-if chains are
/// walked iteratively and do not count per link, so this only bounds
/// genuinely nested syntax.
const MAX_DEPTH: u32 = 400;

/// Stack the recursive lowering may use, measured from `lower_program`.
/// Frame sizes vary with the build profile (debug frames are several times
/// larger), so the depth cap alone cannot promise to fit a 2 MiB thread;
/// this bound does, whatever the profile.
const STACK_BUDGET: usize = 1024 * 1024;

/// Address of a local of the calling frame: the stack grows down, so the
/// distance from the address taken at entry is the stack in use.
#[inline(never)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(std::ptr::addr_of!(marker)) as usize
}

pub(crate) fn lower_program(root: Node, source: &str, module: &mut Module) {
    let mut lowerer = Lowerer {
        src: Src { text: source },
        module,
        classes: Vec::new(),
        fns: Vec::new(),
        depth: 0,
        stack_base: stack_position(),
        static_classes: Vec::new(),
        namespaces: Vec::new(),
        target_type: None,
        names: FxHashMap::default(),
    };
    lowerer.collect_syntax_errors(root);
    lowerer.lower_root(root);
}

pub(crate) struct FieldInfo {
    pub is_static: bool,
    pub ty: Option<TypeRef>,
}

/// A class being lowered: what bare names inside it can refer to, and the
/// members collected so far.
pub(crate) struct ClassCtx {
    pub id: ClassId,
    pub qualified: Name,
    pub simple: Name,
    pub fields: FxHashMap<Name, FieldInfo>,
    /// Method name → is static.
    pub methods: FxHashMap<Name, bool>,
    pub out_fields: Vec<Field>,
    pub out_methods: Vec<FuncId>,
}

/// Break / continue targets of the enclosing statements.
pub(crate) struct Jump {
    /// Loops and switches take a `break`.
    pub takes_plain_break: bool,
    pub break_to: plumb_ir::BlockId,
    pub continue_to: Option<plumb_ir::BlockId>,
}

/// A function being lowered.
pub(crate) struct FnCtx {
    pub b: FunctionBuilder,
    pub id: FuncId,
    /// Index into `Lowerer::classes` of the class whose members bare names see.
    pub class: Option<usize>,
    /// A method (constructor, initialiser) of `class`, as opposed to a lambda
    /// that only sits inside one.
    pub owns_class: bool,
    /// Lexically inside another function (lambda, local or anonymous class):
    /// the enclosing function's variables are visible and get captured.
    pub nested: bool,
    pub this_var: Option<VarId>,
    /// Name → declarations in scope, innermost last. Kept here rather than
    /// in the builder so lookups stay O(1) in very large methods. A name is
    /// rarely shadowed, so its declarations stay inline.
    vars: FxHashMap<Name, SmallVec<[VarId; 2]>>,
    scopes: Vec<Vec<Name>>,
    captured: FxHashMap<Name, VarId>,
    pub captures: Vec<(VarId, VarId)>,
    pub jumps: Vec<Jump>,
    pub lambda_count: u32,
}

impl FnCtx {
    pub fn lookup(&self, name: Name) -> Option<VarId> {
        self.vars
            .get(&name)
            .and_then(|stack| stack.last().copied())
            .or_else(|| self.captured.get(&name).copied())
    }

    pub fn declare(&mut self, name: Name, ty: Option<TypeRef>) -> VarId {
        let var = self.b.declare(name, ty);
        self.bind(name, var);
        var
    }

    pub fn add_param(&mut self, param: Param) -> VarId {
        let name = param.name;
        let var = self.b.add_param(param);
        self.bind(name, var);
        var
    }

    fn bind(&mut self, name: Name, var: VarId) {
        self.vars.entry(name).or_default().push(var);
        if let Some(scope) = self.scopes.last_mut() {
            scope.push(name);
        }
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    pub fn pop_scope(&mut self) {
        if self.scopes.len() <= 1 {
            return;
        }
        if let Some(scope) = self.scopes.pop() {
            for name in scope {
                if let Some(stack) = self.vars.get_mut(&name) {
                    stack.pop();
                }
            }
        }
    }
}

/// What a bare name refers to.
pub(crate) enum Found {
    /// A variable of the function at `level` in `Lowerer::fns`.
    Local { level: usize, var: VarId },
    /// A field of `classes[class]`; `level` is the function whose `this` owns
    /// it (None for classes enclosing the outermost function).
    Field {
        level: Option<usize>,
        class: usize,
        is_static: bool,
    },
}

pub(crate) struct Lowerer<'a, 'm> {
    pub src: Src<'a>,
    pub module: &'m mut Module,
    pub classes: Vec<ClassCtx>,
    pub fns: Vec<FnCtx>,
    pub depth: u32,
    stack_base: usize,
    /// Classes whose static members `using static` makes callable unqualified.
    pub static_classes: Vec<Name>,
    /// Enclosing namespaces, innermost last (already joined).
    namespaces: Vec<Name>,
    /// The declared type a target-typed `new()` builds, set by the
    /// declaration or assignment being lowered.
    pub target_type: Option<TypeRef>,
    names: FxHashMap<&'a str, Name>,
}

impl<'a> Lowerer<'a, '_> {
    /// True when one more level of recursion must not be entered; the
    /// caller then summarises the subtree as one `depth_limit` opaque.
    pub fn too_deep(&self) -> bool {
        self.depth >= MAX_DEPTH || stack_position().abs_diff(self.stack_base) > STACK_BUDGET
    }

    pub fn name(&mut self, text: &'a str) -> Name {
        if let Some(name) = self.names.get(text) {
            return *name;
        }
        let name = Name::new(text);
        self.names.insert(text, name);
        name
    }

    pub fn node_name(&mut self, node: Node) -> Name {
        let text = self.src.text(node);
        self.name(text)
    }

    /// The innermost function. Lowering only visits code inside a function,
    /// but a synthetic one keeps this total.
    pub fn f(&mut self) -> &mut FnCtx {
        if self.fns.is_empty() {
            let ctx = self.new_fn_ctx(
                Name::new("<orphan>"),
                Name::new("<orphan>"),
                FunctionKind::Function,
                Span::DUMMY,
                None,
                false,
                true,
            );
            self.fns.push(ctx);
        }
        let last = self.fns.len() - 1;
        &mut self.fns[last]
    }

    pub fn b(&mut self) -> &mut FunctionBuilder {
        &mut self.f().b
    }

    pub fn count_unlowered(&mut self, kind: &str) {
        self.module.stats.count_unlowered(kind);
    }

    fn collect_syntax_errors(&mut self, root: Node) {
        if !root.has_error() {
            return;
        }
        let mut cursor = root.walk();
        loop {
            let node = cursor.node();
            let descend = if node.is_error() || node.is_missing() {
                self.module.stats.syntax_errors.push(span(node));
                false
            } else {
                node.has_error()
            };
            if descend && cursor.goto_first_child() {
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return;
                }
            }
        }
    }

    fn lower_root(&mut self, root: Node) {
        let mut top_level = Vec::new();
        self.lower_namespace_members(root, &mut top_level);
        if !top_level.is_empty() {
            self.lower_top_level(&top_level);
        }
    }

    /// Members of the file or of a namespace block. A file-scoped
    /// namespace applies to everything after it.
    fn lower_namespace_members<'t>(&mut self, container: Node<'t>, top_level: &mut Vec<Node<'t>>) {
        for child in named_children(container) {
            match child.kind_name() {
                "using_directive" => self.lower_using(child),
                "file_scoped_namespace_declaration" => {
                    if let Some(name) = child.field(FieldName::Name) {
                        let name = Name::new(&self.src.dotted(name));
                        self.enter_namespace(name);
                    }
                }
                "namespace_declaration" => {
                    let name = child.field(FieldName::Name).map(|n| self.src.dotted(n));
                    let saved = self.namespaces.clone();
                    if let Some(name) = name {
                        let nested = match self.namespaces.last() {
                            Some(outer) => outer.join(&name),
                            None => Name::new(&name),
                        };
                        self.enter_namespace(nested);
                    }
                    if let Some(body) = child.field(FieldName::Body) {
                        if self.too_deep() {
                            self.count_unlowered("depth_limit");
                        } else {
                            self.depth += 1;
                            self.lower_namespace_members(body, top_level);
                            self.depth -= 1;
                        }
                    }
                    self.namespaces = saved;
                }
                "class_declaration"
                | "interface_declaration"
                | "enum_declaration"
                | "record_declaration"
                | "struct_declaration" => {
                    self.lower_class(child);
                }
                "global_statement" => top_level.extend(named_children(child)),
                "preproc_if" | "preproc_else" | "preproc_elif" => {
                    // Both arms of `#if`: either may be the compiled one.
                    self.lower_namespace_members(child, top_level);
                }
                "delegate_declaration"
                | "extern_alias_directive"
                | "global_attribute"
                | "ERROR" => {}
                _ if child.is_error() || child.is_missing() => {}
                kind if kind.starts_with("preproc")
                    || kind == "comment"
                    || kind == "shebang_directive" => {}
                other => self.count_unlowered(other),
            }
        }
    }

    /// Code in a namespace sees the types of the namespaces enclosing it.
    fn enter_namespace(&mut self, name: Name) {
        if self.module.package.is_none() {
            self.module.package = Some(name);
        }
        let text = name.as_str();
        let mut end = text.len();
        while let Some(dot) = text[..end].rfind('.') {
            end = dot;
            let parent = Name::new(&text[..end]);
            if !self
                .module
                .imports
                .iter()
                .any(|i| i.wildcard && i.target == parent)
            {
                self.module.imports.push(Import {
                    alias: parent,
                    target: parent,
                    wildcard: true,
                    span: Span::DUMMY,
                });
            }
        }
        self.namespaces.push(name);
    }

    /// `using A.B;` imports a namespace (a wildcard), `using X = A.B.C;` an
    /// alias, `using static A.B;` the static members of a class, which are
    /// then callable unqualified.
    fn lower_using(&mut self, node: Node) {
        let mut is_static = false;
        let mut path = None;
        for child in children(node) {
            match child.kind_name() {
                "static" => is_static = true,
                kind if crate::types::is_type_kind(kind)
                    && node.field(FieldName::Name) != Some(child) =>
                {
                    path = Some(self.src.dotted(child));
                }
                _ => {}
            }
        }
        let Some(path) = path else { return };
        let target = Name::new(&path);
        if let Some(alias) = node.field(FieldName::Name) {
            let alias = Name::new(self.src.text(alias));
            self.module.imports.push(Import {
                alias,
                target,
                wildcard: false,
                span: span(node),
            });
            return;
        }
        if is_static {
            self.static_classes.push(target);
        }
        self.module.imports.push(Import {
            alias: target,
            target,
            wildcard: true,
            span: span(node),
        });
    }

    /// Top-level statements are the program's `Main`: registrations of
    /// minimal-API routes live there.
    fn lower_top_level(&mut self, nodes: &[Node]) {
        let name = Name::new("<Main>$");
        let qualified = self.qualify(Name::new("Program")).join(name.as_str());
        let first = nodes.first().map(|n| span(*n)).unwrap_or_default();
        let id = self.start_fn(
            name,
            qualified,
            FunctionKind::ModuleInit,
            first,
            None,
            false,
            true,
        );
        // `args` of `Main(string[] args)`.
        let args = Name::new("args");
        self.f().add_param(Param {
            name: args,
            var: VarId(0),
            kind: ParamKind::Positional,
            ty: Some(TypeRef {
                name: Name::new("string"),
                args: Vec::new(),
                array_dims: 1,
            }),
            annotations: Vec::new(),
            default: None,
            span: first,
        });
        for node in nodes {
            self.lower_stmt(*node);
        }
        self.end_fn(false);
        self.module.module_init = Some(id);
    }

    /// `namespace.name`, or the name alone in the global namespace.
    pub fn qualify(&self, name: Name) -> Name {
        match self.namespaces.last() {
            Some(namespace) => namespace.join(name.as_str()),
            None => name,
        }
    }

    /// Qualified name of a class declared here: nested in the innermost
    /// enclosing class, else in the package.
    pub fn qualify_class(&self, name: Name) -> Name {
        match self.classes.last() {
            Some(class) => class.qualified.join(name.as_str()),
            None => self.qualify(name),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn new_fn_ctx(
        &mut self,
        name: Name,
        qualified: Name,
        kind: FunctionKind,
        span: Span,
        class: Option<usize>,
        owns_class: bool,
        is_static: bool,
    ) -> FnCtx {
        let mut b = FunctionBuilder::new(name, qualified, kind, span);
        let parent = self.fns.last().map(|f| f.id);
        let class_id = class.and_then(|c| self.classes.get(c)).map(|c| c.id);
        let receiver_type = class.and_then(|c| self.classes.get(c)).map(|c| TypeRef {
            name: c.qualified,
            args: Vec::new(),
            array_dims: 0,
        });
        {
            let function = b.function_mut();
            function.class = class_id;
            function.is_static = is_static;
            function.parent = parent;
        }
        let mut ctx = FnCtx {
            b,
            id: plumb_ir::NO_FUNC,
            class,
            owns_class,
            nested: parent.is_some(),
            this_var: None,
            vars: FxHashMap::default(),
            scopes: vec![Vec::new()],
            captured: FxHashMap::default(),
            captures: Vec::new(),
            jumps: Vec::new(),
            lambda_count: 0,
        };
        if owns_class && !is_static {
            let this = Name::new("this");
            let var = ctx.add_param(Param {
                name: this,
                var: VarId(0),
                kind: ParamKind::Receiver,
                ty: receiver_type,
                annotations: Vec::new(),
                default: None,
                span,
            });
            ctx.this_var = Some(var);
        }
        ctx
    }

    /// Reserves the function's arena slot (so nested functions can name it
    /// as their parent) and makes it the innermost function.
    #[allow(clippy::too_many_arguments)]
    pub fn start_fn(
        &mut self,
        name: Name,
        qualified: Name,
        kind: FunctionKind,
        span: Span,
        class: Option<usize>,
        owns_class: bool,
        is_static: bool,
    ) -> FuncId {
        let mut ctx = self.new_fn_ctx(name, qualified, kind, span, class, owns_class, is_static);
        let id = FuncId(u32::try_from(self.module.functions.len()).unwrap_or(u32::MAX));
        ctx.id = id;
        self.module.functions.push(placeholder(name));
        self.fns.push(ctx);
        id
    }

    /// Finishes the innermost function; `abstract_` drops its blocks
    /// (methods without a body have none).
    pub fn end_fn(&mut self, abstract_: bool) {
        let Some(ctx) = self.fns.pop() else { return };
        let id = ctx.id;
        let mut function = ctx.b.finish();
        function.captures = ctx.captures;
        if abstract_ {
            function.blocks.clear();
        }
        if let Some(slot) = self.module.functions.get_mut(id.0 as usize) {
            *slot = function;
        }
    }

    /// Looks a bare name up through the enclosing functions and classes,
    /// without side effects.
    pub fn find(&self, name: Name) -> Option<Found> {
        let mut outermost_class = None;
        for level in (0..self.fns.len()).rev() {
            let f = &self.fns[level];
            if let Some(var) = f.lookup(name) {
                return Some(Found::Local { level, var });
            }
            if let Some(c) = f.class {
                if f.owns_class {
                    if let Some(info) = self.classes.get(c).and_then(|cl| cl.fields.get(&name)) {
                        return Some(Found::Field {
                            level: Some(level),
                            class: c,
                            is_static: info.is_static,
                        });
                    }
                }
                outermost_class = Some(c);
            }
            if !f.nested {
                break;
            }
        }
        let start = outermost_class.unwrap_or(self.classes.len());
        (0..start.min(self.classes.len())).rev().find_map(|c| {
            self.classes[c].fields.get(&name).map(|info| Found::Field {
                level: None,
                class: c,
                is_static: info.is_static,
            })
        })
    }

    /// The variable for a name found at `level`, capturing it into each
    /// function between there and the innermost one.
    pub fn capture(&mut self, level: usize, var: VarId, name: Name) -> VarId {
        let mut outer = var;
        for k in level + 1..self.fns.len() {
            if let Some(existing) = self.fns[k].captured.get(&name) {
                outer = *existing;
                continue;
            }
            let ty = self.fns[k - 1]
                .b
                .function()
                .locals
                .get(outer.0 as usize)
                .and_then(|local| local.ty.clone());
            let inner = self.fns[k].b.declare(name, ty);
            self.fns[k].captured.insert(name, inner);
            self.fns[k].captures.push((outer, inner));
            outer = inner;
        }
        outer
    }

    /// `this` of the function at `level` as seen from the innermost one.
    fn this_of(&mut self, level: usize) -> Option<VarId> {
        let this = self.fns.get(level)?.this_var?;
        let crosses_class = self.fns[level + 1..].iter().any(|f| f.owns_class);
        let capture_name = if crosses_class {
            // An anonymous or local class in between has its own `this`;
            // the outer instance is what Java spells `Outer.this`.
            let simple = self.fns[level]
                .class
                .and_then(|c| self.classes.get(c))
                .map_or("Outer", |c| c.simple.as_str());
            Name::new(&format!("{simple}.this"))
        } else {
            Name::new("this")
        };
        Some(self.capture(level, this, capture_name))
    }

    /// The current `this`, if the innermost function has one (its own or a
    /// lambda's captured one).
    pub fn this_operand(&mut self) -> Option<Operand> {
        for level in (0..self.fns.len()).rev() {
            let f = &self.fns[level];
            if f.this_var.is_some() {
                return self.this_of(level).map(Operand::Var);
            }
            if f.owns_class || !f.nested {
                return None;
            }
        }
        None
    }

    /// Owner operand of a field found by `find`: `this` (possibly captured)
    /// for instance fields, the class for static ones.
    pub fn field_owner(&mut self, level: Option<usize>, class: usize, is_static: bool) -> Operand {
        if !is_static {
            if let Some(this) = level.and_then(|level| self.this_of(level)) {
                return Operand::Var(this);
            }
        }
        let qualified = self
            .classes
            .get(class)
            .map_or_else(|| Name::new("?"), |c| c.qualified);
        Operand::Global(qualified)
    }

    /// Callee of an unqualified call `name(args)`.
    pub fn plain_callee(&mut self, name: Name) -> Callee {
        // Methods declared by an enclosing class first, innermost out.
        let mut outermost_class = None;
        let mut hit = None;
        for level in (0..self.fns.len()).rev() {
            let f = &self.fns[level];
            if let Some(c) = f.class {
                if f.owns_class {
                    if let Some(is_static) =
                        self.classes.get(c).and_then(|cl| cl.methods.get(&name))
                    {
                        hit = Some((Some(level), c, *is_static));
                        break;
                    }
                }
                outermost_class = Some(c);
            }
            if !f.nested {
                break;
            }
        }
        if hit.is_none() {
            let start = outermost_class
                .unwrap_or(self.classes.len())
                .min(self.classes.len());
            hit = (0..start).rev().find_map(|c| {
                self.classes[c]
                    .methods
                    .get(&name)
                    .map(|is_static| (None, c, *is_static))
            });
        }
        match hit {
            Some((Some(level), _, false)) => {
                if let Some(this) = self.this_of(level) {
                    return Callee::Method {
                        receiver: Operand::Var(this),
                        name,
                    };
                }
                self.class_function(hit.map_or(0, |h| h.1), name)
            }
            Some((_, class, _)) => self.class_function(class, name),
            None if self.static_classes.len() == 1 && self.this_operand().is_none() => {
                let class = self.static_classes[0];
                Callee::Function(Operand::Global(class.join(name.as_str())))
            }
            None => match self.this_operand() {
                // Inherited method: resolution looks it up from the class.
                Some(receiver) => Callee::Method { receiver, name },
                None => Callee::Function(Operand::Global(name)),
            },
        }
    }

    fn class_function(&self, class: usize, name: Name) -> Callee {
        let path = self
            .classes
            .get(class)
            .map_or(name, |c| c.qualified.join(name.as_str()));
        Callee::Function(Operand::Global(path))
    }

    pub fn opaque(&mut self, kind: &str, operands: Vec<Operand>) -> Expr {
        Expr::Opaque {
            kind: Name::new(kind),
            operands,
        }
    }
}

/// Stand-in stored in the arena until the real function is finished.
fn placeholder(name: Name) -> Function {
    Function {
        name,
        qualified: name,
        kind: FunctionKind::Function,
        class: None,
        is_static: false,
        params: Vec::new(),
        annotations: Vec::new(),
        return_type: None,
        locals: Vec::new(),
        blocks: Vec::new(),
        captures: Vec::new(),
        parent: None,
        span: Span::DUMMY,
    }
}
