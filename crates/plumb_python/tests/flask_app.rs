//! A small Flask app: imports, decorators, taint-relevant calls and spans.

mod common;

use common::*;
use plumb_ir::{AnnotationArg, AttrValue, Callee, Expr, InstrKind, Operand};

const APP: &str = r#"import os
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/search", methods=["GET", "POST"])
@login_required
def search():
    q = request.args.get("q")
    conn = sqlite3.connect("db.sqlite")
    cur = conn.cursor()
    cur.execute(
        f"SELECT * FROM users WHERE name = '{q}'")
    cmd = "ls " + q
    os.system(cmd)
    subprocess.run(cmd, shell=True)
    return render_template("results.html", rows=cur.fetchall())
"#;

#[test]
fn imports_are_recorded() {
    let module = lower(APP, "app.views");
    let imports: Vec<(String, String)> = module
        .imports
        .iter()
        .map(|i| (i.alias.to_string(), i.target.to_string()))
        .collect();
    for (alias, target) in [
        ("os", "os"),
        ("sqlite3", "sqlite3"),
        ("Flask", "flask.Flask"),
        ("request", "flask.request"),
    ] {
        assert!(
            imports.contains(&(alias.to_string(), target.to_string())),
            "{alias} → {target} missing from {imports:?}"
        );
    }
    assert_eq!(
        module.package.map(|p| p.to_string()),
        Some("app.views".into())
    );
}

#[test]
fn decorators_keep_constant_arguments() {
    let module = lower(APP, "app.views");
    let search = func(&module, "app.views.search");
    let route = &search.annotations[0];
    assert_eq!(route.name.as_str(), "app.route");
    assert_eq!(
        route.args,
        vec![
            AnnotationArg {
                key: None,
                value: attr_str("/search")
            },
            AnnotationArg {
                key: Some("methods".into()),
                value: AttrValue::List(vec![attr_str("GET"), attr_str("POST")]),
            },
        ]
    );
    assert_eq!(search.annotations[1].name.as_str(), "login_required");
    assert!(search.annotations[1].args.is_empty());
    // The function's span starts at `def`, not at the first decorator.
    assert_eq!(search.span.start_line, 10);
}

#[test]
fn request_source_is_one_global_path() {
    let module = lower(APP, "app.views");
    let search = func(&module, "app.views.search");
    let (call, span) = function_call(search, "request.args.get");
    assert_eq!(call.args[0].value, string("q"));
    assert_eq!(span.start_line, 11);
    let q = var(search, "q");
    assert!(matches!(assigned(search, q), Expr::Call(_)));
}

#[test]
fn f_string_query_reaches_execute_on_the_cursor() {
    let module = lower(APP, "app.views");
    let search = func(&module, "app.views.search");
    let (call, span, receiver) = method_call(search, "execute");
    assert_eq!(receiver, Operand::Var(var(search, "cur")));
    // The call starts on line 14 even though its argument is on line 15.
    assert_eq!((span.start_line, span.start_col), (14, 5));
    let Some(Expr::Concat(parts)) = definition(search, &call.args[0].value) else {
        panic!("execute argument is not a Concat");
    };
    assert_eq!(
        parts,
        &vec![
            string("SELECT * FROM users WHERE name = '"),
            Operand::Var(var(search, "q")),
            string("'"),
        ]
    );
    let (_, _, conn) = method_call(search, "cursor");
    assert_eq!(conn, Operand::Var(var(search, "conn")));
    function_call(search, "sqlite3.connect");
}

#[test]
fn command_sinks() {
    let module = lower(APP, "app.views");
    let search = func(&module, "app.views.search");
    let (call, span) = function_call(search, "os.system");
    let cmd = var(search, "cmd");
    assert_eq!(call.args[0].value, Operand::Var(cmd));
    assert_eq!(span.start_line, 17);
    assert!(matches!(assigned(search, cmd), Expr::Concat(parts)
        if parts[0] == string("ls ") && parts[1] == Operand::Var(var(search, "q"))));
    let (run, _) = function_call(search, "subprocess.run");
    assert_eq!(
        run.args[1].keyword.map(|k| k.to_string()),
        Some("shell".into())
    );
    assert_eq!(
        run.args[1].value,
        Operand::Const(plumb_ir::Const::Bool(true))
    );
    let returns: Vec<u32> = search
        .blocks
        .iter()
        .filter(|b| matches!(b.term, plumb_ir::Terminator::Return(Some(_))))
        .map(|b| b.term_span.start_line)
        .collect();
    assert_eq!(returns, vec![19]);
    let (render, _) = function_call(search, "render_template");
    assert_eq!(
        render.args[1].keyword.map(|k| k.to_string()),
        Some("rows".into())
    );
}

#[test]
fn module_code_is_the_module_init() {
    let module = lower(APP, "app.views");
    let init = module_init(&module);
    assert_eq!(init.kind, plumb_ir::FunctionKind::ModuleInit);
    let stores: Vec<_> = instrs(init)
        .filter_map(|i| match &i.kind {
            InstrKind::StoreGlobal { name, value } => Some((name.to_string(), value.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(stores.len(), 1);
    assert_eq!(stores[0].0, "app");
    let Some(Expr::Call(call)) = definition(init, &stores[0].1) else {
        panic!("app is not a call");
    };
    assert!(matches!(&call.callee, Callee::Function(op) if *op == global("Flask")));
    assert_eq!(call.args[0].value, global("__name__"));
    // Definitions at module level produce no instructions.
    assert_eq!(instrs(init).count(), 2);
    assert_eq!(module.stats.lines, 19);
    assert!(module.stats.syntax_errors.is_empty());
    assert!(
        module.stats.unlowered.is_empty(),
        "{:?}",
        module.stats.unlowered
    );
}
