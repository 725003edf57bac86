//! Hostile input: deep nesting, invalid UTF-8, broken code. Each deep case
//! runs on a thread with a deliberately small (2 MiB) stack.

use std::path::Path;

use plumb_ir::Module;

fn lower_on_small_stack(path: &'static str, source: String) -> Module {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || plumb_javascript::lower(Path::new(path), &source, "deep"))
        .expect("spawn")
        .join()
        .expect("lowering must not overflow the stack")
}

fn unlowered(module: &Module, kind: &str) -> u32 {
    module
        .stats
        .unlowered
        .iter()
        .find(|(k, _)| k.as_str() == kind)
        .map_or(0, |(_, count)| *count)
}

const DEPTH: usize = 10_000;

#[test]
fn deeply_nested_parentheses() {
    let source = format!("x = {}a{};\n", "(".repeat(DEPTH), ")".repeat(DEPTH));
    let module = lower_on_small_stack("deep.js", source);
    assert!(module.module_init.is_some());
}

#[test]
fn deeply_nested_arrays_are_cut() {
    let source = format!("x = {}a{};\n", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let module = lower_on_small_stack("deep.js", source);
    assert!(unlowered(&module, "depth_limit") >= 1);
}

#[test]
fn deeply_nested_calls_and_blocks() {
    let calls = format!("x = {}a{};\n", "f(".repeat(DEPTH), ")".repeat(DEPTH));
    lower_on_small_stack("deep.ts", calls);
    let blocks = format!("{}x();{}\n", "{".repeat(DEPTH), "}".repeat(DEPTH));
    lower_on_small_stack("deep.js", blocks);
    let arrows = format!("const f = {}1;\n", "() => ".repeat(DEPTH));
    lower_on_small_stack("deep.tsx", arrows);
    let ifs = format!(
        "function f(a) {{ {} a(); {} }}\n",
        "if (a) {".repeat(DEPTH),
        "}".repeat(DEPTH)
    );
    lower_on_small_stack("deep.js", ifs);
}

#[test]
fn long_chains_need_no_recursion() {
    let terms = vec!["a"; DEPTH].join(" + ");
    let source = format!("function f(a) {{ return {terms}; }}\n");
    let module = lower_on_small_stack("long.js", source);
    let f = module
        .functions
        .iter()
        .find(|f| f.name.as_str() == "f")
        .expect("f");
    assert_eq!(unlowered(&module, "depth_limit"), 0);
    assert!(f.instruction_count() >= 1);
    let members = format!("x = a{};\n", ".b".repeat(DEPTH));
    lower_on_small_stack("long.js", members);
}

#[test]
fn invalid_utf8_is_lowered_lossily() {
    let bytes = b"const x = '\xff\xfe';\nfunction f(req) { return req.query.q; }\n";
    let source = String::from_utf8_lossy(bytes).into_owned();
    let module = plumb_javascript::lower(Path::new("bad.js"), &source, "bad");
    assert!(module.functions.iter().any(|f| f.name.as_str() == "f"));
}

#[test]
fn syntax_errors_keep_what_parsed() {
    let source = "const a = require('child_process');\n\
                  function ok(req) { a.exec(req.query.cmd); }\n\
                  function broken( { if (\n\
                  class { ]]] }\n";
    for path in ["broken.js", "broken.ts", "broken.tsx"] {
        let module = plumb_javascript::lower(Path::new(path), source, "broken");
        assert!(!module.stats.syntax_errors.is_empty(), "{path}");
        assert!(
            module.functions.iter().any(|f| f.name.as_str() == "ok"),
            "{path}"
        );
    }
}

#[test]
fn empty_and_odd_files() {
    for source in [
        "",
        "\n",
        "#!/usr/bin/env node\n",
        "'use strict';",
        "`",
        "/*",
    ] {
        plumb_javascript::lower(Path::new("odd.js"), source, "odd");
        plumb_javascript::lower(Path::new("odd.ts"), source, "odd");
    }
}
