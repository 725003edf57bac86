//! Expressions: literals, string building, collections, comprehensions.

mod common;

use common::*;
use plumb_ir::{Callee, Const, Expr, Function, InstrKind, Operand};

fn assigned_named<'f>(f: &'f Function, name: &str) -> &'f Expr {
    assigned(f, var(f, name))
}

const SOURCE: &str = r#"
def f(user, items, kwargs, *rest):
    a = "id = %s" % user
    b = "%s-%d" % (user, 3)
    c = "%(x)s" % kwargs
    d = "hello {}".format(user)
    e = "abc" "def"
    g = b"\x41B"
    h = 0xFF + 1_000
    i = f"{user!r:>10} {{lit}} {items[0]}"
    j = 'multi' f'{user}'
    k = -5
    l = [x.name for x in items if x.ok]
    m = {k: v for k, v in kwargs.items()}
    n = {**kwargs, "a": user}
    o = (n := len(items))
    p = items[1:user]
    q = call(*rest, **kwargs)
    r = not user
    s = 3.5
    t = {"k": user, "j": [1, 2]}
    u = (user, 1)
    w = sum(x for x in items)
    y = "a" + user + "b"
    z = user + 1
"#;

#[test]
fn string_building() {
    let module = lower(SOURCE, "m");
    let f = func(&module, "m.f");
    let user = Operand::Var(var(f, "user"));
    assert!(
        matches!(assigned_named(f, "a"), Expr::Concat(p) if *p == vec![string("id = "), user.clone()])
    );
    assert!(matches!(assigned_named(f, "b"), Expr::Concat(p)
        if *p == vec![user.clone(), string("-"), Operand::Const(Const::Int(3))]));
    assert!(matches!(
        assigned_named(f, "c"),
        Expr::Binary(plumb_ir::BinOp::Mod, _, _)
    ));
    let Expr::Call(format) = assigned_named(f, "d") else {
        panic!("format call")
    };
    assert!(matches!(&format.callee, Callee::Method { receiver, name }
        if *receiver == string("hello {}") && name.as_str() == "format"));
    assert!(matches!(assigned_named(f, "e"), Expr::Use(op) if *op == string("abcdef")));
    assert!(matches!(assigned_named(f, "g"), Expr::Use(op) if *op == string("AB")));
    let Expr::Concat(parts) = assigned_named(f, "i") else {
        panic!("f-string")
    };
    assert_eq!(parts[0], user);
    assert_eq!(parts[1], string(" {lit} "));
    assert!(matches!(
        definition(f, &parts[2]),
        Some(Expr::Index(_, Operand::Const(Const::Int(0))))
    ));
    assert!(
        matches!(assigned_named(f, "j"), Expr::Concat(p) if *p == vec![string("multi"), user.clone()])
    );
    assert!(matches!(assigned_named(f, "y"), Expr::Concat(p)
        if *p == vec![string("a"), user.clone(), string("b")]));
    assert!(matches!(
        assigned_named(f, "z"),
        Expr::Binary(plumb_ir::BinOp::Add, _, _)
    ));
}

#[test]
fn literals_and_operators() {
    let module = lower(SOURCE, "m");
    let f = func(&module, "m.f");
    assert!(matches!(
        assigned_named(f, "h"),
        Expr::Binary(
            plumb_ir::BinOp::Add,
            Operand::Const(Const::Int(255)),
            Operand::Const(Const::Int(1000))
        )
    ));
    assert!(matches!(
        assigned_named(f, "k"),
        Expr::Use(Operand::Const(Const::Int(-5)))
    ));
    assert!(
        matches!(assigned_named(f, "s"), Expr::Use(Operand::Const(Const::Float(v))) if *v == 3.5)
    );
    assert!(matches!(
        assigned_named(f, "r"),
        Expr::Unary(plumb_ir::UnOp::Not, _)
    ));
}

#[test]
fn collections_and_comprehensions() {
    let module = lower(SOURCE, "m");
    let f = func(&module, "m.f");
    let Expr::List(items) = assigned_named(f, "l") else {
        panic!("list comprehension")
    };
    let Some(Expr::Field(x, name)) = definition(f, &items[0]) else {
        panic!("x.name")
    };
    assert_eq!(name.as_str(), "name");
    let Some(Expr::Element(source)) = definition(f, x) else {
        panic!("x = Element(items)")
    };
    assert_eq!(*source, Operand::Var(var(f, "items")));
    assert!(matches!(assigned_named(f, "m"), Expr::Map(pairs) if pairs.len() == 1));
    // `{**kwargs, "a": user}`: an empty dict, `kwargs` merged in, then the pair stored.
    let Expr::Use(Operand::Var(built)) = assigned_named(f, "n") else {
        panic!("dict with a splat is built in a temporary")
    };
    let instrs: Vec<&InstrKind> = f
        .blocks
        .iter()
        .flat_map(|b| &b.instrs)
        .map(|i| &i.kind)
        .collect();
    let merge = instrs.iter().position(|kind| {
        matches!(kind, InstrKind::Eval(Expr::Call(call))
            if matches!(&call.callee, Callee::Method { receiver: Operand::Var(r), name }
                if r == built && name.as_str() == "update")
            && call.args.first().map(|a| &a.value) == Some(&Operand::Var(var(f, "kwargs"))))
    });
    let store = instrs.iter().position(|kind| {
        matches!(kind, InstrKind::StoreIndex { obj: Operand::Var(o), index, value }
            if o == built && *index == string("a") && *value == Operand::Var(var(f, "user")))
    });
    assert!(
        merge.is_some() && store.is_some() && merge < store,
        "merge, then the later pair"
    );
    let Expr::Map(pairs) = assigned_named(f, "t") else {
        panic!("dict literal")
    };
    assert_eq!(
        (&pairs[0].key, &pairs[0].value),
        (&string("k"), &Operand::Var(var(f, "user")))
    );
    assert!(matches!(assigned_named(f, "u"), Expr::List(items) if items.len() == 2));
    let Expr::Call(sum) = assigned_named(f, "w") else {
        panic!("sum call")
    };
    assert!(matches!(
        definition(f, &sum.args[0].value),
        Some(Expr::List(_))
    ));
}

#[test]
fn walrus_slices_and_spreads() {
    let module = lower(SOURCE, "m");
    let f = func(&module, "m.f");
    let n = var(f, "n");
    assert!(instrs(f)
        .any(|i| matches!(&i.kind, InstrKind::Assign { dst, value: Expr::Use(_) } if *dst == n)));
    assert!(matches!(assigned_named(f, "p"), Expr::Index(_, index)
        if matches!(definition(f, index), Some(Expr::Opaque { kind, .. }) if kind.as_str() == "slice")));
    let Expr::Call(call) = assigned_named(f, "q") else {
        panic!("call")
    };
    assert!(call.args.iter().all(|a| a.spread));
    assert_eq!(call.args[0].value, Operand::Var(var(f, "rest")));
    assert!(
        module.stats.unlowered.is_empty(),
        "{:?}",
        module.stats.unlowered
    );
}

#[test]
fn generators_lambdas_and_await() {
    let source = r#"
async def gen(request):
    data = await request.json()
    async for chunk in stream(data):
        yield chunk
    handler = lambda event: event.payload
    yield from other()
"#;
    let module = lower(source, "m");
    let f = func(&module, "m.gen");
    assert!(matches!(assigned_named(f, "data"), Expr::Call(call)
        if matches!(&call.callee, Callee::Method { name, .. } if name.as_str() == "json")));
    let chunk = Operand::Var(var(f, "chunk"));
    assert!(instrs(f).any(|i| matches!(&i.kind,
        InstrKind::Eval(Expr::Opaque { kind, operands }) if kind.as_str() == "yield" && operands[0] == chunk)));
    assert!(matches!(assigned_named(f, "handler"), Expr::Closure(_)));
    let lambda = func(&module, "m.gen.<lambda1>");
    assert!(matches!(
        lambda.blocks[0].term,
        plumb_ir::Terminator::Return(Some(_))
    ));
}

#[test]
fn attribute_chains_follow_rule_three() {
    let source = r#"
import os

def f(self, path):
    sep = os.path.sep
    full = os.path.join(path, sep)
    c = self.db.cursor()
    v = get().attr.method()
    path.strip().lower()
"#;
    let module = lower(source, "m");
    let f = func(&module, "m.f");
    assert!(matches!(assigned_named(f, "sep"), Expr::Use(op) if *op == global("os.path.sep")));
    function_call(f, "os.path.join");
    let (_, _, receiver) = method_call(f, "method");
    let Some(Expr::Field(object, name)) = definition(f, &receiver) else {
        panic!("field")
    };
    assert_eq!(name.as_str(), "attr");
    assert!(matches!(definition(f, object), Some(Expr::Call(_))));
    let (_, span, receiver) = method_call(f, "lower");
    assert!(matches!(definition(f, &receiver), Some(Expr::Call(_))));
    assert_eq!((span.start_line, span.start_col), (9, 5));
}

#[test]
fn exotic_syntax_lowers() {
    let module = lower("x = `y`\n", "m");
    // Python 2 backticks are a syntax error for this grammar; no crash either way.
    assert!(module.module_init.is_some());
    let module = lower("def f[T](x: T) -> T:\n    return x\n", "m");
    assert!(module.stats.syntax_errors.is_empty());
    func(&module, "m.f");
}
