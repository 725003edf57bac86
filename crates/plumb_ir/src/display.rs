//! A readable dump of the IR, for `plumb debug ir` and for tests that pin
//! what a front end produced.

use std::fmt::{self, Write};

use crate::{
    Annotation, Arg, AttrValue, Callee, Const, Expr, Function, InstrKind, Module, Operand,
    Terminator, TypeRef,
};

impl Module {
    pub fn dump(&self) -> String {
        let mut out = String::new();
        let _ = self.write_dump(&mut out);
        out
    }

    fn write_dump(&self, out: &mut String) -> fmt::Result {
        writeln!(
            out,
            "module {} ({})",
            self.path.display(),
            self.language.as_str()
        )?;
        if let Some(package) = self.package {
            writeln!(out, "package {package}")?;
        }
        for import in &self.imports {
            let star = if import.wildcard { ".*" } else { "" };
            writeln!(out, "import {}{star} as {}", import.target, import.alias)?;
        }
        for class in &self.classes {
            write!(out, "class {} ({:?})", class.qualified, class.kind)?;
            for sup in &class.supers {
                write!(out, " : {}", TypeDisplay(sup))?;
            }
            writeln!(out)?;
            for annotation in &class.annotations {
                writeln!(out, "  {}", AnnotationDisplay(annotation))?;
            }
            for field in &class.fields {
                write!(out, "  field {}", field.name)?;
                if let Some(ty) = &field.ty {
                    write!(out, ": {}", TypeDisplay(ty))?;
                }
                if field.is_static {
                    write!(out, " static")?;
                }
                if let Some(init) = field.init {
                    write!(out, " = fn#{}", init.0)?;
                }
                writeln!(out)?;
            }
        }
        for (index, function) in self.functions.iter().enumerate() {
            writeln!(out)?;
            write_function(out, index, function)?;
        }
        Ok(())
    }
}

fn write_function(out: &mut String, index: usize, function: &Function) -> fmt::Result {
    for annotation in &function.annotations {
        writeln!(out, "{}", AnnotationDisplay(annotation))?;
    }
    write!(
        out,
        "fn#{index} {:?} {}(",
        function.kind, function.qualified
    )?;
    for (i, param) in function.params.iter().enumerate() {
        if i > 0 {
            write!(out, ", ")?;
        }
        for annotation in &param.annotations {
            write!(out, "{} ", AnnotationDisplay(annotation))?;
        }
        write!(out, "v{} {}", param.var.0, param.name)?;
        if let Some(ty) = &param.ty {
            write!(out, ": {}", TypeDisplay(ty))?;
        }
    }
    write!(out, ")")?;
    if let Some(ty) = &function.return_type {
        write!(out, " -> {}", TypeDisplay(ty))?;
    }
    writeln!(out, "  [line {}]", function.span.start_line)?;
    for (outer, inner) in &function.captures {
        writeln!(out, "  capture v{} as v{}", outer.0, inner.0)?;
    }
    for (block_index, block) in function.blocks.iter().enumerate() {
        write!(out, "  b{block_index}:")?;
        if let Some(handler) = block.handler {
            write!(out, " (catch → b{})", handler.0)?;
        }
        writeln!(out)?;
        for instr in &block.instrs {
            write!(out, "    {:>4}: ", instr.span.start_line)?;
            match &instr.kind {
                InstrKind::Assign { dst, value } => {
                    let local = function.local(*dst);
                    write!(out, "v{} {} = ", dst.0, local.name)?;
                    write_expr(out, value)?;
                }
                InstrKind::StoreField { obj, field, value } => write!(
                    out,
                    "{}.{field} = {}",
                    OperandDisplay(obj),
                    OperandDisplay(value)
                )?,
                InstrKind::StoreIndex { obj, index, value } => write!(
                    out,
                    "{}[{}] = {}",
                    OperandDisplay(obj),
                    OperandDisplay(index),
                    OperandDisplay(value)
                )?,
                InstrKind::StoreGlobal { name, value } => {
                    write!(out, "global {name} = {}", OperandDisplay(value))?
                }
                InstrKind::Eval(expr) => write_expr(out, expr)?,
            }
            writeln!(out)?;
        }
        write!(out, "    ")?;
        match &block.term {
            Terminator::Goto(target) => write!(out, "goto b{}", target.0)?,
            Terminator::Branch {
                cond,
                then,
                otherwise,
            } => write!(
                out,
                "if {} then b{} else b{}",
                OperandDisplay(cond),
                then.0,
                otherwise.0
            )?,
            Terminator::Switch {
                value,
                cases,
                default,
            } => {
                write!(out, "switch {}", OperandDisplay(value))?;
                for (constant, target) in cases {
                    write!(out, " {}→b{}", ConstDisplay(constant), target.0)?;
                }
                write!(out, " default→b{}", default.0)?;
            }
            Terminator::Return(Some(value)) => write!(out, "return {}", OperandDisplay(value))?,
            Terminator::Return(None) => write!(out, "return")?,
            Terminator::Throw(Some(value)) => write!(out, "throw {}", OperandDisplay(value))?,
            Terminator::Throw(None) => write!(out, "throw")?,
            Terminator::Unreachable => write!(out, "unreachable")?,
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_expr(out: &mut String, expr: &Expr) -> fmt::Result {
    match expr {
        Expr::Use(operand) => write!(out, "{}", OperandDisplay(operand)),
        Expr::Binary(op, left, right) => write!(
            out,
            "{:?}({}, {})",
            op,
            OperandDisplay(left),
            OperandDisplay(right)
        ),
        Expr::Unary(op, operand) => write!(out, "{:?}({})", op, OperandDisplay(operand)),
        Expr::Concat(parts) => {
            write!(out, "concat(")?;
            write_operands(out, parts)?;
            write!(out, ")")
        }
        Expr::Call(call) => {
            match &call.callee {
                Callee::Method { receiver, name } => {
                    write!(out, "call {}.{name}(", OperandDisplay(receiver))?
                }
                Callee::Function(function) => write!(out, "call {}(", OperandDisplay(function))?,
                Callee::Super { name } => write!(out, "call super.{name}(")?,
                Callee::This => write!(out, "call this(")?,
            }
            write_args(out, &call.args)?;
            write!(out, ")")
        }
        Expr::New { class, args } => {
            write!(out, "new {}(", TypeDisplay(class))?;
            write_args(out, args)?;
            write!(out, ")")
        }
        Expr::Field(object, field) => write!(out, "{}.{field}", OperandDisplay(object)),
        Expr::Index(object, index) => {
            write!(out, "{}[{}]", OperandDisplay(object), OperandDisplay(index))
        }
        Expr::Element(iterable) => write!(out, "element({})", OperandDisplay(iterable)),
        Expr::List(items) => {
            write!(out, "[")?;
            write_operands(out, items)?;
            write!(out, "]")
        }
        Expr::Map(entries) => {
            write!(out, "{{")?;
            for (i, entry) in entries.iter().enumerate() {
                if i > 0 {
                    write!(out, ", ")?;
                }
                write!(
                    out,
                    "{}: {}",
                    OperandDisplay(&entry.key),
                    OperandDisplay(&entry.value)
                )?;
            }
            write!(out, "}}")
        }
        Expr::Closure(function) => write!(out, "closure fn#{}", function.0),
        Expr::Cast(ty, operand) => write!(out, "({}) {}", TypeDisplay(ty), OperandDisplay(operand)),
        Expr::InstanceOf(operand, ty) => {
            write!(
                out,
                "{} instanceof {}",
                OperandDisplay(operand),
                TypeDisplay(ty)
            )
        }
        Expr::Opaque { kind, operands } => {
            write!(out, "opaque<{kind}>(")?;
            write_operands(out, operands)?;
            write!(out, ")")
        }
    }
}

fn write_operands(out: &mut String, operands: &[Operand]) -> fmt::Result {
    for (i, operand) in operands.iter().enumerate() {
        if i > 0 {
            write!(out, ", ")?;
        }
        write!(out, "{}", OperandDisplay(operand))?;
    }
    Ok(())
}

fn write_args(out: &mut String, args: &[Arg]) -> fmt::Result {
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            write!(out, ", ")?;
        }
        if arg.spread {
            write!(out, "*")?;
        }
        if let Some(keyword) = arg.keyword {
            write!(out, "{keyword}=")?;
        }
        write!(out, "{}", OperandDisplay(&arg.value))?;
    }
    Ok(())
}

struct OperandDisplay<'a>(&'a Operand);

impl fmt::Display for OperandDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Operand::Var(var) => write!(f, "v{}", var.0),
            Operand::Const(constant) => write!(f, "{}", ConstDisplay(constant)),
            Operand::Global(name) => write!(f, "@{name}"),
        }
    }
}

struct ConstDisplay<'a>(&'a Const);

impl fmt::Display for ConstDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Const::Null => write!(f, "null"),
            Const::Bool(value) => write!(f, "{value}"),
            Const::Int(value) => write!(f, "{value}"),
            Const::Float(value) => write!(f, "{value:?}"),
            Const::Str(text) => write!(f, "{text:?}"),
            Const::Func { module, func } => write!(f, "<fn {module}:{func}>"),
        }
    }
}

struct TypeDisplay<'a>(&'a TypeRef);

impl fmt::Display for TypeDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.name)?;
        if !self.0.args.is_empty() {
            write!(f, "<")?;
            for (i, arg) in self.0.args.iter().enumerate() {
                if i > 0 {
                    write!(f, ", ")?;
                }
                write!(f, "{}", TypeDisplay(arg))?;
            }
            write!(f, ">")?;
        }
        for _ in 0..self.0.array_dims {
            write!(f, "[]")?;
        }
        Ok(())
    }
}

struct AnnotationDisplay<'a>(&'a Annotation);

impl fmt::Display for AnnotationDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "@{}", self.0.name)?;
        if !self.0.args.is_empty() {
            write!(f, "(")?;
            for (i, arg) in self.0.args.iter().enumerate() {
                if i > 0 {
                    write!(f, ", ")?;
                }
                if let Some(key) = arg.key {
                    write!(f, "{key}=")?;
                }
                write!(f, "{}", AttrDisplay(&arg.value))?;
            }
            write!(f, ")")?;
        }
        Ok(())
    }
}

struct AttrDisplay<'a>(&'a AttrValue);

impl fmt::Display for AttrDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            AttrValue::Const(constant) => write!(f, "{}", ConstDisplay(constant)),
            AttrValue::Name(name) => write!(f, "{name}"),
            AttrValue::List(items) => {
                write!(f, "[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{}", AttrDisplay(item))?;
                }
                write!(f, "]")
            }
            AttrValue::Call(name, args) => {
                write!(f, "{name}(")?;
                for (i, arg) in args.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    if let Some(key) = arg.key {
                        write!(f, "{key}=")?;
                    }
                    write!(f, "{}", AttrDisplay(&arg.value))?;
                }
                write!(f, ")")
            }
            AttrValue::Other => write!(f, "…"),
        }
    }
}
