//! Which parameters of a function can make a constant argument matter: a
//! call is re-analysed with its constant arguments only for those. A
//! parameter matters when a value derived from it decides a branch, is
//! returned, is stored in the heap, or is handed to another call; one that
//! only ends up in a thrown exception's message (`requireNonNull(x, "msg")`)
//! does not, and re-analysing such helpers once per distinct message was
//! a large share of all analysis time.

use plumb_ir::{Callee, Expr, Function, InstrKind, Operand, Terminator, VarId};
use rustc_hash::FxHashSet;

/// Parameters (by index, as bits; parameters past 63 always count) whose
/// constant value can change what the function does.
pub fn constant_sensitive_params(function: &Function) -> u64 {
    let mut deps = vec![0u64; function.locals.len()];
    for (index, param) in function.params.iter().enumerate() {
        if let Some(slot) = deps.get_mut(param.var.0 as usize) {
            *slot |= bit(index);
        }
    }
    let has_closure = function.blocks.iter().flat_map(|b| &b.instrs).any(|instr| {
        matches!(
            &instr.kind,
            InstrKind::Assign {
                value: Expr::Closure(_),
                ..
            }
        )
    });
    if has_closure {
        return u64::MAX;
    }
    // Flow-insensitive: what every variable may be derived from.
    loop {
        let mut changed = false;
        for instr in function.blocks.iter().flat_map(|b| &b.instrs) {
            if let InstrKind::Assign { dst, value } = &instr.kind {
                let from = expr_deps(&deps, value);
                if let Some(slot) = deps.get_mut(dst.0 as usize) {
                    if *slot | from != *slot {
                        *slot |= from;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    let thrown: FxHashSet<VarId> = function
        .blocks
        .iter()
        .filter_map(|b| match &b.term {
            Terminator::Throw(Some(Operand::Var(var))) => Some(*var),
            _ => None,
        })
        .collect();
    let mut sensitive = 0u64;
    for block in &function.blocks {
        for instr in &block.instrs {
            sensitive |= match &instr.kind {
                InstrKind::Assign { dst, value } => match value {
                    Expr::Call(_) | Expr::New { .. } if !thrown.contains(dst) => {
                        expr_deps(&deps, value)
                    }
                    _ => 0,
                },
                InstrKind::StoreField { obj, value, .. } => {
                    operand_deps(&deps, obj) | operand_deps(&deps, value)
                }
                InstrKind::StoreIndex { obj, index, value } => {
                    operand_deps(&deps, obj)
                        | operand_deps(&deps, index)
                        | operand_deps(&deps, value)
                }
                InstrKind::StoreGlobal { value, .. } => operand_deps(&deps, value),
                InstrKind::Eval(value) => expr_deps(&deps, value),
            };
        }
        sensitive |= match &block.term {
            Terminator::Branch { cond, .. } => operand_deps(&deps, cond),
            Terminator::Switch { value, .. } => operand_deps(&deps, value),
            Terminator::Return(Some(value)) => operand_deps(&deps, value),
            _ => 0,
        };
    }
    if function.params.len() > 63 {
        sensitive |= 1 << 63;
    }
    sensitive
}

/// Whether the parameter at `index` is among `sensitive`.
pub fn is_sensitive(sensitive: u64, index: usize) -> bool {
    sensitive & bit(index) != 0
}

fn bit(index: usize) -> u64 {
    1u64 << index.min(63)
}

fn operand_deps(deps: &[u64], operand: &Operand) -> u64 {
    match operand {
        Operand::Var(var) => deps.get(var.0 as usize).copied().unwrap_or(0),
        _ => 0,
    }
}

fn expr_deps(deps: &[u64], expr: &Expr) -> u64 {
    let of = |operand: &Operand| operand_deps(deps, operand);
    match expr {
        Expr::Use(a) | Expr::Unary(_, a) | Expr::Element(a) | Expr::Cast(_, a) => of(a),
        Expr::InstanceOf(a, _) | Expr::Field(a, _) => of(a),
        Expr::Binary(_, a, b) | Expr::Index(a, b) => of(a) | of(b),
        Expr::Concat(parts) | Expr::List(parts) => parts.iter().fold(0, |acc, p| acc | of(p)),
        Expr::Opaque { operands, .. } => operands.iter().fold(0, |acc, p| acc | of(p)),
        Expr::Map(entries) => entries
            .iter()
            .fold(0, |acc, entry| acc | of(&entry.key) | of(&entry.value)),
        Expr::Call(call) => {
            let callee = match &call.callee {
                Callee::Method { receiver, .. } => of(receiver),
                Callee::Function(target) => of(target),
                Callee::Super { .. } | Callee::This => 0,
            };
            call.args
                .iter()
                .fold(callee, |acc, arg| acc | of(&arg.value))
        }
        Expr::New { args, .. } => args.iter().fold(0, |acc, arg| acc | of(&arg.value)),
        Expr::Closure(_) => u64::MAX,
    }
}
