use std::path::PathBuf;
use std::sync::Arc;

use plumb_text::{Name, Span};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Java,
    Python,
    /// JavaScript, JSX included.
    JavaScript,
    /// TypeScript, TSX included. It shares JavaScript's models and runtime
    /// semantics; only the declared types differ.
    TypeScript,
    /// Go: static types, package-level names as module globals.
    Go,
    /// Ruby: dynamic, constants global, every `.name` a method call.
    Ruby,
    /// PHP: dynamic, namespaces as packages, file code as module code.
    Php,
    /// C#: static types, namespaces as packages, no module code.
    CSharp,
    /// Rust: static types, a file's module path as its package.
    Rust,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Java => "java",
            Language::Python => "python",
            Language::JavaScript => "javascript",
            Language::TypeScript => "typescript",
            Language::Go => "go",
            Language::Ruby => "ruby",
            Language::Php => "php",
            Language::CSharp => "csharp",
            Language::Rust => "rust",
        }
    }

    /// JavaScript or TypeScript: one runtime, one set of models.
    pub fn is_javascript(self) -> bool {
        matches!(self, Language::JavaScript | Language::TypeScript)
    }

    /// The languages whose modules run their top-level code and bind names
    /// there as module globals (Python, JavaScript, TypeScript; Go's
    /// package-level variables and their initialisers).
    pub fn has_module_code(self) -> bool {
        !matches!(self, Language::Java | Language::CSharp)
    }

    /// Languages whose declared types are checked by a compiler: a declared
    /// type is the value's type, whatever the analysis inferred.
    pub fn is_statically_typed(self) -> bool {
        matches!(
            self,
            Language::Java | Language::Go | Language::CSharp | Language::Rust
        )
    }
}

/// One source file, lowered.
#[derive(Clone, Debug)]
pub struct Module {
    pub path: PathBuf,
    pub language: Language,
    /// Java package or Python dotted module name (`app.views`), from which
    /// qualified names of the module's classes and functions are built.
    pub package: Option<Name>,
    pub imports: Vec<Import>,
    pub classes: Vec<Class>,
    /// Arena of every function of the file, methods, lambdas and synthetic
    /// initialisers included; `FuncId` indexes it.
    pub functions: Vec<Function>,
    /// Python module-level code, as a function of kind `ModuleInit`.
    pub module_init: Option<FuncId>,
    pub stats: LoweringStats,
}

impl Module {
    /// A file the parser gave up on entirely (it only does when cancelled or
    /// out of memory): its module-init alone, so that callers need no special
    /// case, and a syntax error recorded.
    pub fn unparsed(
        path: &std::path::Path,
        language: Language,
        package: Option<Name>,
        init_qualified: Name,
        mut stats: LoweringStats,
    ) -> Module {
        stats.syntax_errors.push(Span::DUMMY);
        let init = crate::FunctionBuilder::new(
            Name::new("<module>"),
            init_qualified,
            FunctionKind::ModuleInit,
            Span::DUMMY,
        )
        .finish();
        Module {
            path: path.to_path_buf(),
            language,
            package,
            imports: Vec::new(),
            classes: Vec::new(),
            functions: vec![init],
            module_init: Some(FuncId(0)),
            stats,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct LoweringStats {
    /// Syntax nodes the front end did not understand, by node kind. Each is
    /// lowered as `Expr::Opaque`, keeping its children's data flow.
    pub unlowered: Vec<(Name, u32)>,
    /// Regions the parser could not parse (ERROR / MISSING nodes).
    pub syntax_errors: Vec<Span>,
    pub lines: u32,
}

impl LoweringStats {
    pub fn count_unlowered(&mut self, kind: &str) {
        let kind = Name::new(kind);
        match self.unlowered.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, count)) => *count += 1,
            None => self.unlowered.push((kind, 1)),
        }
    }
}

/// `import a.b.C as D` / `from a.b import c as d`: the local `alias` stands
/// for the qualified `target`. A wildcard import (`import a.b.*`,
/// `from a import *`) has `alias` equal to the package and `wildcard` set.
#[derive(Clone, Debug)]
pub struct Import {
    pub alias: Name,
    pub target: Name,
    pub wildcard: bool,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct FuncId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct ClassId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct BlockId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct VarId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ClassKind {
    Class,
    Interface,
    Enum,
    Record,
    Annotation,
}

#[derive(Clone, Debug)]
pub struct Class {
    pub name: Name,
    /// Fully qualified: `com.example.UserController`, `app.models.User`.
    /// Nested classes: `com.example.Outer.Inner`.
    pub qualified: Name,
    pub kind: ClassKind,
    /// Superclass first (when there is one), then interfaces / bases, as written.
    pub supers: Vec<TypeRef>,
    pub annotations: Vec<Annotation>,
    pub fields: Vec<Field>,
    pub methods: Vec<FuncId>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: Name,
    pub ty: Option<TypeRef>,
    pub annotations: Vec<Annotation>,
    pub is_static: bool,
    pub is_final: bool,
    /// A synthetic function (kind `FieldInit`) whose return value is the
    /// initialiser; constants and taint of fields come from analysing it.
    pub init: Option<FuncId>,
    pub span: Span,
}

/// A type as written, with generic arguments. Front ends write the name
/// they see (`List`, `java.util.List`, `str`); resolution qualifies it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TypeRef {
    pub name: Name,
    pub args: Vec<TypeRef>,
    /// `String[]`: the array's element type is `name`.
    pub array_dims: u8,
}

impl TypeRef {
    pub fn simple(name: &str) -> TypeRef {
        TypeRef {
            name: Name::new(name),
            args: Vec::new(),
            array_dims: 0,
        }
    }
}

/// An annotation (`@RequestParam("q")`) or decorator (`@app.route("/x", methods=["POST"])`).
/// `name` is the dotted name as written (`RequestParam`, `app.route`).
#[derive(Clone, Debug)]
pub struct Annotation {
    pub name: Name,
    pub args: Vec<AnnotationArg>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnnotationArg {
    /// `value = "x"` / `methods=[...]`; `None` for positional.
    pub key: Option<Name>,
    pub value: AttrValue,
}

/// The constant-ish values annotations and decorators carry.
#[derive(Clone, Debug, PartialEq)]
pub enum AttrValue {
    Const(Const),
    /// A dotted name: `RequestMethod.POST`, `MediaType.APPLICATION_JSON_VALUE`, `login_required`.
    Name(Name),
    List(Vec<AttrValue>),
    /// A nested annotation or a call: `@Size(max = 3)` inside an annotation, `Depends(get_user)`.
    Call(Name, Vec<AnnotationArg>),
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum FunctionKind {
    Function,
    Method,
    Constructor,
    /// Lambdas, anonymous functions, Python nested functions.
    Closure,
    /// Initialiser of one field or class attribute; returns its value.
    FieldInit,
    /// Python module-level code.
    ModuleInit,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: Name,
    /// `com.example.UserDao.find`, `app.views.search`, `app.views.View.get`.
    pub qualified: Name,
    pub kind: FunctionKind,
    pub class: Option<ClassId>,
    pub is_static: bool,
    pub params: Vec<Param>,
    pub annotations: Vec<Annotation>,
    pub return_type: Option<TypeRef>,
    /// Every variable of the function: parameters, locals, temporaries.
    pub locals: Vec<Local>,
    /// `blocks[0]` is the entry block.
    pub blocks: Vec<Block>,
    /// For closures: outer variables read by the body, `(outer, inner)`.
    pub captures: Vec<(VarId, VarId)>,
    /// For closures: the function whose body contains this one.
    pub parent: Option<FuncId>,
    pub span: Span,
}

impl Function {
    pub fn local(&self, var: VarId) -> &Local {
        &self.locals[var.0 as usize]
    }

    pub fn instruction_count(&self) -> usize {
        self.blocks.iter().map(|block| block.instrs.len() + 1).sum()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ParamKind {
    /// Java's implicit `this`. Python's `self` is an ordinary first parameter.
    Receiver,
    Positional,
    /// Python keyword-only parameter.
    KeywordOnly,
    /// `*args`, Java varargs `String... xs`.
    VarArgs,
    /// `**kwargs`.
    KwArgs,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: Name,
    pub var: VarId,
    pub kind: ParamKind,
    pub ty: Option<TypeRef>,
    pub annotations: Vec<Annotation>,
    /// Python default value (`q: str = Query(None)` → the call, as an annotation-like value).
    pub default: Option<AttrValue>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Local {
    /// Source name; temporaries are named `$t<N>`.
    pub name: Name,
    /// Declared type (`String s`, `x: int`), if any.
    pub ty: Option<TypeRef>,
    pub is_temp: bool,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub instrs: Vec<Instr>,
    pub term: Terminator,
    /// The `return`/`throw` statement that ends the block, where there is one.
    pub term_span: Span,
    /// Where an exception raised inside this block goes (innermost
    /// `catch`/`except`/`finally`); `None` means it leaves the function.
    pub handler: Option<BlockId>,
}

#[derive(Clone, Debug)]
pub struct Instr {
    pub kind: InstrKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum InstrKind {
    /// `dst = value`.
    Assign { dst: VarId, value: Expr },
    /// `obj.field = value`.
    StoreField {
        obj: Operand,
        field: Name,
        value: Operand,
    },
    /// `obj[index] = value`.
    StoreIndex {
        obj: Operand,
        index: Operand,
        value: Operand,
    },
    /// `global = value` for a module-level (Python) or static name.
    StoreGlobal { name: Name, value: Operand },
    /// An expression evaluated for its effect (a call whose result is unused).
    Eval(Expr),
}

#[derive(Clone, Debug)]
pub enum Terminator {
    Goto(BlockId),
    /// Two-way branch. The front end lowers `&&`/`||`/`and`/`or` in
    /// conditions to nested branches, so `cond` is a plain operand.
    Branch {
        cond: Operand,
        then: BlockId,
        otherwise: BlockId,
    },
    /// `switch`/`match` on constants; `default` takes the rest.
    Switch {
        value: Operand,
        cases: Vec<(Const, BlockId)>,
        default: BlockId,
    },
    Return(Option<Operand>),
    Throw(Option<Operand>),
    /// After an infinite loop or a call that never returns.
    Unreachable,
}

impl Terminator {
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Goto(target) => vec![*target],
            Terminator::Branch {
                then, otherwise, ..
            } => vec![*then, *otherwise],
            Terminator::Switch { cases, default, .. } => {
                let mut targets: Vec<BlockId> = cases.iter().map(|(_, block)| *block).collect();
                targets.push(*default);
                targets
            }
            Terminator::Return(_) | Terminator::Throw(_) | Terminator::Unreachable => Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Arc<str>),
    /// A function value the analysis knows exactly (a lambda with nothing
    /// captured, a named function): function `func` of module `module` in
    /// the project. Front ends never write it.
    Func {
        module: u32,
        func: u32,
    },
}

impl Const {
    pub fn str(text: &str) -> Const {
        Const::Str(Arc::from(text))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Var(VarId),
    Const(Const),
    /// A name not bound in the function: a module-level variable, an
    /// imported module or function, a class, a static field's owner.
    /// Dotted when written dotted and nothing in the path is local
    /// (`os.path`, `java.util.Collections`).
    Global(Name),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    Eq,
    NotEq,
    Lt,
    LtEq,
    Gt,
    GtEq,
    /// Non-short-circuit `and`/`or` used as values (`x = a and b`).
    And,
    Or,
    /// Python `in` / `not in`.
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum UnOp {
    Not,
    Neg,
    BitNot,
}

#[derive(Clone, Debug)]
pub enum Expr {
    Use(Operand),
    Binary(BinOp, Operand, Operand),
    Unary(UnOp, Operand),
    /// String building: concatenation, f-strings, text blocks. Each part is
    /// converted to text and joined; `Concat` is what constant folding and
    /// taint both see, whatever the source syntax was.
    Concat(Vec<Operand>),
    Call(Call),
    /// `new T(args)`. Python constructor calls are ordinary `Call`s to the class.
    New {
        class: TypeRef,
        args: Vec<Arg>,
    },
    /// `obj.name` (also static fields: `Global("Foo").name`).
    Field(Operand, Name),
    /// `obj[index]`.
    Index(Operand, Operand),
    /// One element of an iterable (`for x in xs` binds `x = Element(xs)`).
    Element(Operand),
    /// List, array, tuple or set literal (`new String[]{a, b}`, `[a, b]`, `(a, b)`).
    List(Vec<Operand>),
    /// Dict / map literal.
    Map(Vec<MapEntry>),
    /// A lambda or nested function value.
    Closure(FuncId),
    Cast(TypeRef, Operand),
    InstanceOf(Operand, TypeRef),
    /// A construct the front end does not lower; its operands keep their
    /// data flow into the result. `kind` is the syntax node kind.
    Opaque {
        kind: Name,
        operands: Vec<Operand>,
    },
}

/// One `key: value` of a map literal, with its own span: a literal spread
/// over many lines is reported at the entry, not where the literal opens.
#[derive(Clone, Debug, PartialEq)]
pub struct MapEntry {
    pub key: Operand,
    pub value: Operand,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Call {
    pub callee: Callee,
    pub args: Vec<Arg>,
}

#[derive(Clone, Debug)]
pub enum Callee {
    /// `receiver.name(args)`: a method call, or in Python an attribute call
    /// on a local (`cursor.execute`). A call on a module or class path with
    /// nothing local in it (`os.system`, `String.format`) is a `Function`
    /// call on a `Global` instead.
    Method { receiver: Operand, name: Name },
    /// `f(args)` where `f` is a global path (`Global("os.system")`,
    /// `Global("render_template")`) or a local holding a function value.
    Function(Operand),
    /// Java `super.name(args)` / `super(args)` (name `<init>`), Python `super().name(args)`.
    Super { name: Name },
    /// Java `this(args)` in a constructor.
    This,
}

#[derive(Clone, Debug)]
pub struct Arg {
    pub value: Operand,
    /// Python keyword argument `shell=True`.
    pub keyword: Option<Name>,
    /// `*args` / `**kwargs` / Java varargs spread.
    pub spread: bool,
}

impl Arg {
    pub fn positional(value: Operand) -> Arg {
        Arg {
            value,
            keyword: None,
            spread: false,
        }
    }
}
