//! Statements and their CFG shapes.

mod common;

use common::*;
use plumb_ir::{BlockId, Const, Expr, Function, InstrKind, Operand, Terminator, TypeRef};

fn block_of(f: &Function, pred: impl Fn(&plumb_ir::Instr) -> bool) -> BlockId {
    let index = f
        .blocks
        .iter()
        .position(|b| b.instrs.iter().any(&pred))
        .expect("block");
    BlockId(index as u32)
}

fn calls_global(instr: &plumb_ir::Instr, name: &str) -> bool {
    matches!(expr_of(instr), Some(Expr::Call(call))
        if matches!(&call.callee, plumb_ir::Callee::Function(Operand::Global(n)) if n.as_str() == name))
}

#[test]
fn try_except_finally_edges() {
    let source = r#"
def f(path):
    try:
        data = risky(path)
    except (ValueError, KeyError) as e:
        log(e)
    except OSError:
        fallback()
    else:
        ok()
    finally:
        cleanup()
    return data
"#;
    let module = lower(source, "m");
    let f = func(&module, "m.f");
    let body = block_of(f, |i| calls_global(i, "risky"));
    let dispatch = f.blocks[body.0 as usize]
        .handler
        .expect("try body has a handler");
    let finally = block_of(f, |i| calls_global(i, "cleanup"));
    // Exceptions in the handlers and else go to finally.
    let handler = block_of(f, |i| calls_global(i, "log"));
    assert_eq!(f.blocks[handler.0 as usize].handler, Some(finally));
    let else_block = block_of(f, |i| calls_global(i, "ok"));
    assert_eq!(f.blocks[else_block.0 as usize].handler, Some(finally));
    assert_eq!(f.blocks[dispatch.0 as usize].handler, Some(finally));
    assert_eq!(f.blocks[finally.0 as usize].handler, None);
    assert!(matches!(
        f.blocks[dispatch.0 as usize].term,
        Terminator::Branch { .. }
    ));
    // `e` is bound with its declared types at the handler's start.
    let e = var(f, "e");
    let ty = f.locals[e.0 as usize].ty.as_ref().expect("typed e");
    assert_eq!(ty.name.as_str(), "Union");
    assert_eq!(
        ty.args,
        vec![TypeRef::simple("ValueError"), TypeRef::simple("KeyError")]
    );
    let first = &f.blocks[handler.0 as usize].instrs[0];
    assert!(matches!(first.kind, InstrKind::Assign { dst, .. } if dst == e));
    // finally ends by either continuing or rethrowing.
    assert!(f
        .blocks
        .iter()
        .any(|b| matches!(b.term, Terminator::Throw(None))));
}

#[test]
fn for_loops_bind_elements() {
    let source = r#"
def f(rows):
    for key, value in rows.items():
        if key == "skip":
            continue
        if value is None:
            break
        use(key, value)
    else:
        done()
"#;
    let module = lower(source, "m");
    let f = func(&module, "m.f");
    let element = instrs(f)
        .find_map(|i| match expr_of(i) {
            Some(Expr::Element(source)) => Some(source.clone()),
            _ => None,
        })
        .expect("Element");
    let Some(Expr::Call(items)) = definition(f, &element) else {
        panic!("iterable is the items() call");
    };
    assert!(
        matches!(&items.callee, plumb_ir::Callee::Method { name, .. } if name.as_str() == "items")
    );
    let key = var(f, "key");
    assert!(matches!(
        assigned(f, key),
        Expr::Index(_, Operand::Const(Const::Int(0)))
    ));
    assert!(matches!(
        assigned(f, var(f, "value")),
        Expr::Index(_, Operand::Const(Const::Int(1)))
    ));
    let has_next = instrs(f).any(
        |i| matches!(expr_of(i), Some(Expr::Opaque { kind, .. }) if kind.as_str() == "has_next"),
    );
    assert!(has_next);
    // The header branches on has_next; the back edge returns to it.
    let header = f
        .blocks
        .iter()
        .position(|b| {
            b.instrs.iter().any(|i| {
                matches!(expr_of(i), Some(Expr::Opaque { kind, .. }) if kind.as_str() == "has_next")
            })
        })
        .expect("header");
    let back_edges = f
        .blocks
        .iter()
        .filter(|b| matches!(b.term, Terminator::Goto(t) if t.0 as usize == header))
        .count();
    assert!(back_edges >= 2, "continue and the body's end jump back");
}

#[test]
fn conditions_become_nested_branches() {
    let source = r#"
def f(a, b, c):
    if a and (b or not c):
        one()
    elif a < b < c:
        two()
    x = a if b else c
    y = a and b
    while a > 0:
        a = a - 1
"#;
    let module = lower(source, "m");
    let f = func(&module, "m.f");
    // Each of a, b, c is tested by its own Branch.
    let tested: Vec<Operand> = f
        .blocks
        .iter()
        .filter_map(|b| match &b.term {
            Terminator::Branch { cond, .. } => Some(cond.clone()),
            _ => None,
        })
        .collect();
    for name in ["a", "b", "c"] {
        assert!(
            tested.contains(&Operand::Var(var(f, name))),
            "{name} not branched on"
        );
    }
    // Chained comparison: And of two comparisons.
    assert!(instrs(f).any(|i| matches!(expr_of(i), Some(Expr::Binary(plumb_ir::BinOp::And, _, _)))));
    let x = var(f, "x");
    let Expr::Use(Operand::Var(result)) = assigned(f, x) else {
        panic!("x comes from the diamond's temporary");
    };
    let writes = instrs(f)
        .filter(|i| matches!(i.kind, InstrKind::Assign { dst, .. } if dst == *result))
        .count();
    assert_eq!(writes, 2);
    assert!(matches!(
        assigned(f, var(f, "y")),
        Expr::Binary(plumb_ir::BinOp::And, _, _)
    ));
}

#[test]
fn with_assert_raise_and_augmented_assignment() {
    let source = r#"
def f(p, user):
    with open(p) as fh, lock:
        data = fh.read()
    assert user.is_admin, "no"
    s = "select "
    s += "x" + p
    n = 1
    n += p
    if not data:
        raise ValueError("empty") from None
    return s
"#;
    let module = lower(source, "m");
    let f = func(&module, "m.f");
    let fh = var(f, "fh");
    assert!(matches!(assigned(f, fh), Expr::Call(_)));
    let (_, _, receiver) = method_call(f, "read");
    assert_eq!(receiver, Operand::Var(fh));
    assert!(f.blocks.iter().any(|b| matches!(&b.term, Terminator::Throw(Some(Operand::Const(Const::Str(m)))) if &**m == "no")));
    let s = var(f, "s");
    let concat = instrs(f)
        .filter_map(|i| match &i.kind {
            InstrKind::Assign {
                dst,
                value: Expr::Concat(parts),
            } if *dst == s => Some(parts.clone()),
            _ => None,
        })
        .next()
        .expect("s += is a Concat");
    assert_eq!(concat[0], Operand::Var(s));
    assert_eq!(concat[1], string("x"));
    assert_eq!(concat[2], Operand::Var(var(f, "p")));
    let n = var(f, "n");
    assert!(instrs(f).any(|i| matches!(&i.kind,
        InstrKind::Assign { dst, value: Expr::Binary(plumb_ir::BinOp::Add, Operand::Var(l), _) } if *dst == n && *l == n)));
    assert!(f
        .blocks
        .iter()
        .any(|b| matches!(b.term, Terminator::Throw(Some(_)))));
}

#[test]
fn match_statements() {
    let source = r#"
def f(cmd, point):
    match cmd:
        case "start" | "go":
            start()
        case 1:
            one()
        case _:
            other()
    match point:
        case Point(x=0, y=y) if y > 0:
            use(y)
        case [first, *rest]:
            use(first, rest)
"#;
    let module = lower(source, "m");
    let f = func(&module, "m.f");
    let switch = f
        .blocks
        .iter()
        .find_map(|b| match &b.term {
            Terminator::Switch {
                value,
                cases,
                default,
            } => Some((value.clone(), cases.clone(), *default)),
            _ => None,
        })
        .expect("Switch");
    assert_eq!(switch.0, Operand::Var(var(f, "cmd")));
    let labels: Vec<Const> = switch.1.iter().map(|(c, _)| c.clone()).collect();
    assert_eq!(
        labels,
        vec![Const::str("start"), Const::str("go"), Const::Int(1)]
    );
    assert_eq!(switch.1[0].1, switch.1[1].1);
    let default = &f.blocks[switch.2 .0 as usize];
    assert!(default.instrs.iter().any(|i| calls_global(i, "other")));
    let patterns = instrs(f)
        .filter(|i| matches!(expr_of(i), Some(Expr::Opaque { kind, .. }) if kind.as_str() == "match_pattern"))
        .count();
    assert_eq!(patterns, 2);
    for name in ["y", "first", "rest"] {
        let local = var(f, name);
        assert!(
            matches!(assigned(f, local), Expr::Opaque { kind, .. } if kind.as_str() == "match_capture")
        );
    }
}

#[test]
fn chained_and_unpacking_assignments() {
    let source = "a = b = source()\nx, (y, *z) = pair\n\ndef f():\n    p = q = 1\n    return p\n";
    let module = lower(source, "m");
    let init = module_init(&module);
    let stores: Vec<String> = instrs(init)
        .filter_map(|i| match &i.kind {
            InstrKind::StoreGlobal { name, .. } => Some(name.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(stores, vec!["a", "b", "x", "y", "z"]);
    let starred = instrs(init).any(
        |i| matches!(expr_of(i), Some(Expr::Opaque { kind, .. }) if kind.as_str() == "starred"),
    );
    assert!(starred);
    let f = func(&module, "m.f");
    assert!(matches!(
        assigned(f, var(f, "q")),
        Expr::Use(Operand::Const(Const::Int(1)))
    ));
}
