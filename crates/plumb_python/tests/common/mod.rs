//! Helpers for reading lowered modules in tests.
#![allow(dead_code)]

use std::path::Path;

use plumb_ir::{
    AttrValue, Call, Callee, Const, Expr, Function, Instr, InstrKind, Module, Operand, VarId,
};
use plumb_text::Span;

pub fn lower(source: &str, module: &str) -> Module {
    lower_at("app/views.py", source, module)
}

pub fn lower_at(path: &str, source: &str, module: &str) -> Module {
    let module = plumb_python::lower(Path::new(path), source, module);
    validate(&module);
    module
}

pub fn func<'m>(module: &'m Module, qualified: &str) -> &'m Function {
    module
        .functions
        .iter()
        .find(|f| f.qualified.as_str() == qualified)
        .unwrap_or_else(|| {
            let names: Vec<_> = module.functions.iter().map(|f| f.qualified).collect();
            panic!("no function {qualified}; have {names:?}")
        })
}

pub fn module_init(module: &Module) -> &Function {
    let id = module.module_init.expect("module init");
    &module.functions[id.0 as usize]
}

pub fn instrs(f: &Function) -> impl Iterator<Item = &Instr> {
    f.blocks.iter().flat_map(|block| block.instrs.iter())
}

pub fn var(f: &Function, name: &str) -> VarId {
    let index = f
        .locals
        .iter()
        .position(|local| local.name.as_str() == name)
        .unwrap_or_else(|| panic!("no local {name} in {}", f.qualified));
    VarId(index as u32)
}

pub fn expr_of(instr: &Instr) -> Option<&Expr> {
    match &instr.kind {
        InstrKind::Assign { value, .. } | InstrKind::Eval(value) => Some(value),
        _ => None,
    }
}

/// Every call in `f` with the span of its instruction.
pub fn calls(f: &Function) -> Vec<(&Call, Span)> {
    instrs(f)
        .filter_map(|instr| match expr_of(instr) {
            Some(Expr::Call(call)) => Some((call, instr.span)),
            _ => None,
        })
        .collect()
}

pub fn function_call<'f>(f: &'f Function, global: &str) -> (&'f Call, Span) {
    calls(f)
        .into_iter()
        .find(|(call, _)| {
            matches!(&call.callee, Callee::Function(Operand::Global(name)) if name.as_str() == global)
        })
        .unwrap_or_else(|| panic!("no call to {global} in {}", f.qualified))
}

pub fn method_call<'f>(f: &'f Function, method: &str) -> (&'f Call, Span, Operand) {
    calls(f)
        .into_iter()
        .find_map(|(call, span)| match &call.callee {
            Callee::Method { receiver, name } if name.as_str() == method => {
                Some((call, span, receiver.clone()))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no method call {method} in {}", f.qualified))
}

/// The expression assigned to a variable (first assignment).
pub fn assigned(f: &Function, var: VarId) -> &Expr {
    instrs(f)
        .find_map(|instr| match &instr.kind {
            InstrKind::Assign { dst, value } if *dst == var => Some(value),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{var:?} never assigned in {}", f.qualified))
}

/// Follows a temporary to the expression that defined it.
pub fn definition<'f>(f: &'f Function, operand: &Operand) -> Option<&'f Expr> {
    match operand {
        Operand::Var(var) => Some(assigned(f, *var)),
        _ => None,
    }
}

pub fn global(name: &str) -> Operand {
    Operand::Global(name.into())
}

pub fn string(text: &str) -> Operand {
    Operand::Const(Const::str(text))
}

pub fn attr_str(text: &str) -> AttrValue {
    AttrValue::Const(Const::str(text))
}

/// Structural invariants every lowered module must satisfy: ids in range,
/// every function has an entry block, no unfilled function slots.
pub fn validate(module: &Module) {
    use plumb_ir::{Arg, Terminator};
    let funcs = module.functions.len();
    assert!(module.module_init.is_some_and(|id| (id.0 as usize) < funcs));
    for class in &module.classes {
        for method in &class.methods {
            assert!((method.0 as usize) < funcs);
        }
        for field in &class.fields {
            assert!(field.init.is_none_or(|id| (id.0 as usize) < funcs));
        }
    }
    for f in &module.functions {
        assert_ne!(f.name.as_str(), "<missing>", "unfilled function slot");
        assert!(!f.blocks.is_empty(), "{} has no entry block", f.qualified);
        assert!(f.parent.is_none_or(|id| (id.0 as usize) < funcs));
        let locals = f.locals.len();
        let blocks = f.blocks.len();
        let check_op = |op: &Operand| {
            if let Operand::Var(v) = op {
                assert!((v.0 as usize) < locals, "{} uses {v:?}", f.qualified);
            }
        };
        let check_args = |args: &[Arg]| args.iter().for_each(|a| check_op(&a.value));
        let check_expr = |e: &Expr| match e {
            Expr::Use(o) | Expr::Unary(_, o) | Expr::Field(o, _) | Expr::Element(o) => check_op(o),
            Expr::Cast(_, o) | Expr::InstanceOf(o, _) => check_op(o),
            Expr::Binary(_, a, b) | Expr::Index(a, b) => {
                check_op(a);
                check_op(b);
            }
            Expr::Concat(ops) | Expr::List(ops) | Expr::Opaque { operands: ops, .. } => {
                ops.iter().for_each(check_op)
            }
            Expr::Map(pairs) => pairs.iter().for_each(|entry| {
                check_op(&entry.key);
                check_op(&entry.value);
            }),
            Expr::Call(call) => {
                if let Callee::Method { receiver, .. } | Callee::Function(receiver) = &call.callee {
                    check_op(receiver);
                }
                check_args(&call.args);
            }
            Expr::New { args, .. } => check_args(args),
            Expr::Closure(id) => assert!((id.0 as usize) < funcs),
        };
        for (outer, inner) in &f.captures {
            assert!((inner.0 as usize) < locals);
            let parent = f.parent.expect("captures need a parent");
            assert!((outer.0 as usize) < module.functions[parent.0 as usize].locals.len());
        }
        for param in &f.params {
            assert!((param.var.0 as usize) < locals);
        }
        for block in &f.blocks {
            assert!(block.handler.is_none_or(|h| (h.0 as usize) < blocks));
            for instr in &block.instrs {
                match &instr.kind {
                    InstrKind::Assign { dst, value } => {
                        assert!((dst.0 as usize) < locals);
                        check_expr(value);
                    }
                    InstrKind::Eval(value) => check_expr(value),
                    InstrKind::StoreField { obj, value, .. } => {
                        check_op(obj);
                        check_op(value);
                    }
                    InstrKind::StoreIndex { obj, index, value } => {
                        check_op(obj);
                        check_op(index);
                        check_op(value);
                    }
                    InstrKind::StoreGlobal { value, .. } => check_op(value),
                }
                assert!(
                    !instr.span.is_dummy(),
                    "{} has an instruction without a span",
                    f.qualified
                );
            }
            for target in block.term.successors() {
                assert!((target.0 as usize) < blocks);
            }
            if matches!(
                block.term,
                Terminator::Return(Some(_)) | Terminator::Throw(Some(_))
            ) {
                assert!(
                    !block.term_span.is_dummy(),
                    "{}: return/throw without a span",
                    f.qualified
                );
            }
            match &block.term {
                Terminator::Branch { cond, .. } => check_op(cond),
                Terminator::Switch { value, .. } => check_op(value),
                Terminator::Return(Some(o)) | Terminator::Throw(Some(o)) => check_op(o),
                _ => {}
            }
        }
    }
}
