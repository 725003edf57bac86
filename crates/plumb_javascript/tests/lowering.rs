//! Lowering of small snippets, read through the IR dump (`Module::dump`),
//! which is also what `plumb debug ir` prints.

use std::path::Path;

use plumb_ir::{FunctionKind, Language, Module, ParamKind};

fn lower(path: &str, source: &str) -> Module {
    let module_name = plumb_javascript::module_name(Path::new(path));
    plumb_javascript::lower(Path::new(path), source, &module_name)
}

fn dump(path: &str, source: &str) -> String {
    lower(path, source).dump()
}

fn assert_has(dump: &str, line: &str) {
    assert!(
        dump.lines().any(|l| l.trim() == line),
        "missing `{line}` in:\n{dump}"
    );
}

#[test]
fn require_and_imports_become_qualified_names() {
    let module = lower(
        "routes/users.js",
        "const cp = require('child_process');\n\
         const { exec, spawn: run } = require('node:child_process');\n\
         const db = require('../db');\n\
         import express, { Router as R } from 'express';\n\
         import * as fs from 'fs';\n",
    );
    let imports: Vec<(String, String)> = module
        .imports
        .iter()
        .map(|i| (i.alias.to_string(), i.target.to_string()))
        .collect();
    for (alias, target) in [
        ("cp", "child_process"),
        ("exec", "child_process.exec"),
        ("run", "child_process.spawn"),
        ("db", "db"),
        ("express", "express"),
        ("R", "express.Router"),
        ("fs", "fs"),
    ] {
        assert!(
            imports.contains(&(alias.to_owned(), target.to_owned())),
            "{alias} -> {target} not in {imports:?}"
        );
    }
}

#[test]
fn module_names_and_globals() {
    let text = dump(
        "app.js",
        "const express = require('express');\nconst app = express();\napp.get('/x', h);\n",
    );
    assert_has(&text, "2: v0 $t1 = call @express()");
    assert_has(&text, "2: global app = v0");
    assert_has(&text, "3: call @app.get(\"/x\", @h)");
}

#[test]
fn template_literals_and_concatenation_are_concat() {
    let text = dump(
        "a.js",
        "function f(a) { const s = `x${a}y`; return 'p' + a + 'q'; }",
    );
    assert_has(&text, "1: v1 s = concat(\"x\", v0, \"y\")");
    assert_has(&text, "1: v2 $t1 = concat(\"p\", v0, \"q\")");
}

#[test]
fn destructuring_reads_fields() {
    let text = dump(
        "a.js",
        "function f(req) { const { id, name: n = 'x', ...rest } = req.query; return [id, n, rest]; }",
    );
    assert_has(&text, "1: v4 $t1 = v0.query");
    assert_has(&text, "1: v1 id = v4.id");
    assert_has(&text, "1: v5 $t2 = v4.name");
    assert_has(&text, "1: v3 rest = opaque<rest>(v4)");
}

#[test]
fn member_chains_on_locals_are_fields_and_methods() {
    let text = dump(
        "a.js",
        "function f(res, req) { res.status(500).send(req.body?.msg); }",
    );
    assert_has(&text, "1: v2 $t1 = call v0.status(500)");
    assert_has(&text, "1: v3 $t2 = v1.body");
    assert_has(&text, "1: v4 $t3 = v3.msg");
    assert_has(&text, "1: call v2.send(v4)");
}

#[test]
fn logical_values_are_diamonds() {
    let text = dump("a.js", "function f(a) { return a || 'd'; }");
    assert_has(&text, "1: v1 $t1 = v0");
    assert_has(&text, "1: v1 $t1 = \"d\"");
}

#[test]
fn classes_have_receivers_constructors_and_parameter_properties() {
    let module = lower(
        "src/users/users.service.ts",
        "import { Pool } from 'pg';\n\
         export class UsersService {\n\
           private cache = new Map();\n\
           constructor(private readonly pool: Pool) {}\n\
           find(id: number) { return this.pool.query('x', [id]); }\n\
           static create() { return new UsersService(null); }\n\
         }\n",
    );
    assert_eq!(module.language, Language::TypeScript);
    let class = &module.classes[0];
    assert_eq!(
        class.qualified.as_str(),
        "src.users.users_service.UsersService"
    );
    let fields: Vec<&str> = class.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["cache", "pool"]);
    assert_eq!(
        class.fields[1].ty.as_ref().map(|t| t.name.as_str()),
        Some("Pool")
    );
    let constructor = module
        .functions
        .iter()
        .find(|f| f.kind == FunctionKind::Constructor)
        .expect("constructor");
    assert_eq!(
        constructor.qualified.as_str(),
        "src.users.users_service.UsersService.<init>"
    );
    assert_eq!(constructor.params[0].kind, ParamKind::Receiver);
    let find = module
        .functions
        .iter()
        .find(|f| f.name.as_str() == "find")
        .expect("find");
    assert_eq!(
        find.params[1].ty.as_ref().map(|t| t.name.as_str()),
        Some("number")
    );
    let create = module
        .functions
        .iter()
        .find(|f| f.name.as_str() == "create")
        .expect("create");
    assert!(create.is_static);
    assert!(create.params.is_empty());
    let text = module.dump();
    assert_has(&text, "4: v0.pool = v1");
}

#[test]
fn decorators_are_annotations() {
    let module = lower(
        "users.controller.ts",
        "@Controller('users')\n\
         export class UsersController {\n\
           @Get(':id')\n\
           find(@Param('id') id: string) { return id; }\n\
         }\n",
    );
    let class = &module.classes[0];
    assert_eq!(class.annotations[0].name.as_str(), "Controller");
    let find = module
        .functions
        .iter()
        .find(|f| f.name.as_str() == "find")
        .expect("find");
    assert_eq!(find.annotations[0].name.as_str(), "Get");
    assert_eq!(find.params[1].annotations[0].name.as_str(), "Param");
}

#[test]
fn exported_functions_are_the_modules() {
    let module = lower(
        "controllers/files.js",
        "exports.convert = (req, res) => {};\n\
         module.exports.show = function (req, res) {};\n\
         module.exports = { list(req, res) {}, remove: async (req, res) => {} };\n\
         const local = { get() {} };\n",
    );
    let names: Vec<&str> = module
        .functions
        .iter()
        .filter(|f| f.kind == FunctionKind::Function)
        .map(|f| f.qualified.as_str())
        .collect();
    for name in [
        "controllers.files.convert",
        "controllers.files.show",
        "controllers.files.list",
        "controllers.files.remove",
    ] {
        assert!(names.contains(&name), "{name} not in {names:?}");
    }
    assert!(!names.iter().any(|n| n.ends_with(".get")));
}

#[test]
fn switch_on_constants_is_a_switch() {
    let text = dump(
        "a.js",
        "function f(k) { switch (k) { case 'a': return 1; case 'b': default: return 2; } }",
    );
    assert!(text.contains("switch v0"), "{text}");
}

#[test]
fn closures_capture_outer_locals_and_this() {
    let module = lower(
        "a.js",
        "class A { m(xs) { const k = 1; return xs.map(x => this.f(x, k)); } }",
    );
    let arrow = module
        .functions
        .iter()
        .find(|f| f.kind == FunctionKind::Closure)
        .expect("arrow");
    let captured: Vec<&str> = arrow
        .captures
        .iter()
        .map(|(_, inner)| arrow.local(*inner).name.as_str())
        .collect();
    assert!(captured.contains(&"this"), "{captured:?}");
    assert!(captured.contains(&"k"), "{captured:?}");
}

#[test]
fn unknown_syntax_is_counted() {
    let module = lower("a.js", "function f(o) { with (o) { g(x); } }");
    assert!(
        module
            .stats
            .unlowered
            .iter()
            .any(|(kind, _)| kind.as_str() == "with_statement"),
        "{:?}",
        module.stats.unlowered
    );
}

#[test]
fn jsx_keeps_the_data_flow_of_expressions() {
    let text = dump(
        "a.jsx",
        "function C(p) { return <div title={p.t}>{p.name}</div>; }",
    );
    assert!(text.contains("opaque<jsx>"), "{text}");
}
