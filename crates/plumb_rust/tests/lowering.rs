//! Lowering of small snippets, read through the IR dump (`Module::dump`),
//! which is also what `plumb debug ir` prints.

use std::path::Path;

use plumb_ir::{ClassKind, Language, Module, ParamKind};

fn lower(source: &str) -> Module {
    plumb_rust::lower(Path::new("src/api/users.rs"), source, "shop.api.users")
}

fn dump(source: &str) -> String {
    lower(source).dump()
}

fn assert_has(dump: &str, line: &str) {
    assert!(
        dump.lines().any(|l| l.trim() == line),
        "missing `{line}` in:\n{dump}"
    );
}

#[test]
fn uses_become_dotted_imports() {
    let module = lower(
        "use std::process::Command;\n\
         use axum::{extract::{Query, Path as UrlPath}, routing::get};\n\
         use crate::db::Repo;\n\
         use super::models::*;\n",
    );
    assert_eq!(module.language, Language::Rust);
    let imports: Vec<(String, String, bool)> = module
        .imports
        .iter()
        .map(|i| (i.alias.to_string(), i.target.to_string(), i.wildcard))
        .collect();
    for expected in [
        ("Command", "std.process.Command", false),
        ("Query", "axum.extract.Query", false),
        ("UrlPath", "axum.extract.Path", false),
        ("get", "axum.routing.get", false),
        ("Repo", "shop.db.Repo", false),
        ("shop.api.models", "shop.api.models", true),
    ] {
        assert!(
            imports.contains(&(expected.0.into(), expected.1.into(), expected.2)),
            "{expected:?} not in {imports:?}"
        );
    }
}

#[test]
fn impl_methods_belong_to_their_struct() {
    let module = lower(
        "pub struct Repo { pool: PgPool }\n\
         impl Repo {\n\
             pub fn new(pool: PgPool) -> Self { Repo { pool } }\n\
             pub async fn find(&self, name: &str) -> String { name.to_string() }\n\
         }\n\
         trait Named { fn name(&self) -> String; }\n\
         impl Named for Repo { fn name(&self) -> String { String::new() } }\n",
    );
    let class = &module.classes[0];
    assert_eq!(class.qualified.as_str(), "shop.api.users.Repo");
    assert_eq!(
        class.fields[0].ty.as_ref().map(|t| t.name.as_str()),
        Some("PgPool")
    );
    assert_eq!(class.supers[0].name.as_str(), "Named");
    assert_eq!(module.classes[1].kind, ClassKind::Interface);
    let find = module
        .functions
        .iter()
        .find(|f| f.qualified.as_str() == "shop.api.users.Repo.find")
        .expect("method");
    assert_eq!(find.params[0].kind, ParamKind::Receiver);
    assert_eq!(
        find.params[1].ty.as_ref().map(|t| t.name.as_str()),
        Some("String")
    );
    let new = module
        .functions
        .iter()
        .find(|f| f.qualified.as_str() == "shop.api.users.Repo.new")
        .expect("associated function");
    assert!(new.is_static);
    let abstract_name = module
        .functions
        .iter()
        .find(|f| f.qualified.as_str() == "shop.api.users.Named.name")
        .expect("trait method");
    assert!(abstract_name.blocks.is_empty());
}

#[test]
fn extractor_patterns_bind_typed_fields() {
    let module = lower(
        "async fn h(Query(params): Query<Search>, Path(id): Path<u32>) -> String { params.q }\n",
    );
    let h = module
        .functions
        .iter()
        .find(|f| f.name.as_str() == "h")
        .expect("handler");
    assert_eq!(h.params[0].name.as_str(), "$arg0");
    assert_eq!(
        h.params[0].ty.as_ref().map(|t| t.name.as_str()),
        Some("Query")
    );
    let local = |name: &str| {
        h.locals
            .iter()
            .find(|l| l.name.as_str() == name)
            .and_then(|l| l.ty.as_ref())
            .map(|t| t.name.to_string())
    };
    assert_eq!(local("params").as_deref(), Some("Search"));
    assert_eq!(local("id").as_deref(), Some("u32"));
    let text = module.dump();
    assert_has(&text, "1: v2 params = v0.0");
}

#[test]
fn format_macros_build_strings_with_captures() {
    let text = dump(
        "fn f(name: &str, n: i32) -> String {\n\
             let a = format!(\"x {} y {name} {0:?} {{z}}\", n);\n\
             a\n\
         }\n",
    );
    assert_has(
        &text,
        "2: v2 a = concat(\"x \", v1, \" y \", v0, \" \", v1, \" {z}\")",
    );
}

#[test]
fn wrappers_and_conversions_carry_their_value() {
    let text = dump(
        "fn f(s: String) -> Option<String> {\n\
             let a = Some(s.clone().to_string().as_str().into());\n\
             let b = Box::new(a?);\n\
             let c = b.unwrap_or(String::from(\"x\"));\n\
             Ok(c)\n\
         }\n",
    );
    assert_has(&text, "2: v1 a = v0");
    assert_has(&text, "3: v2 b = v1");
}

#[test]
fn macros_with_paths_are_calls_resolved_through_uses() {
    let text = dump(
        "use tracing::info;\n\
         fn f(user: &str) {\n\
             info!(\"login {}\", user);\n\
             sqlx::query!(\"SELECT 1 WHERE a = $1\", user);\n\
             let v = vec![user, \"b\"];\n\
         }\n",
    );
    assert_has(&text, "3: v1 $t1 = concat(\"login \", v0)");
    assert_has(&text, "3: call @tracing.info!(v1)");
    assert_has(&text, "4: call @sqlx.query!(\"SELECT 1 WHERE a = $1\", v0)");
    assert_has(&text, "5: v2 v = [v0, \"b\"]");
}

#[test]
fn consts_are_module_globals() {
    let text = dump("const ALGO: &str = \"md5\";\nfn f() -> &'static str { ALGO }\n");
    assert_has(&text, "1: global ALGO = v0");
    assert_has(&text, "return @ALGO");
}

#[test]
fn match_arms_test_literals_and_bind_patterns() {
    let text = dump(
        "fn f(mode: &str, v: Option<String>) -> String {\n\
             match mode {\n\
                 \"a\" => \"first\".to_string(),\n\
                 other if other.len() > 2 => other.to_string(),\n\
                 _ => match v { Some(x) => x, None => String::new() },\n\
             }\n\
         }\n",
    );
    assert_has(&text, "3: v3 $t2 = Eq(v0, \"a\")");
    assert!(!text.contains("return null"), "{text}");
    assert!(text.contains("other = v0"), "{text}");
    assert!(text.contains("x = v1"), "{text}");
}

#[test]
fn closures_capture_outer_locals() {
    let module = lower("fn f(cmd: String) { let run = || exec(cmd.clone()); run(); }\n");
    let closure = module
        .functions
        .iter()
        .find(|f| f.name.as_str().starts_with("<closure"))
        .expect("closure");
    assert_eq!(closure.captures.len(), 1);
}
