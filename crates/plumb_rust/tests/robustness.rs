//! Hostile input: deep nesting, broken code, macros that are not
//! expressions. Each deep case runs on a thread with a small (2 MiB) stack.

use std::path::Path;

use plumb_ir::Module;

fn lower_on_small_stack(source: String) -> Module {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || plumb_rust::lower(Path::new("src/deep.rs"), &source, "deep"))
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
    let source = format!(
        "fn f(a: i32) {{ let x = {}a{}; }}\n",
        "(".repeat(DEPTH),
        ")".repeat(DEPTH)
    );
    let module = lower_on_small_stack(source);
    assert!(module.functions.iter().any(|f| f.name.as_str() == "f"));
}

#[test]
fn deeply_nested_blocks() {
    let source = format!("fn f() {{ {} }}\n", "{ ".repeat(DEPTH) + &"}".repeat(DEPTH));
    let module = lower_on_small_stack(source);
    assert!(unlowered(&module, "depth_limit") > 0 || !module.stats.syntax_errors.is_empty());
}

#[test]
fn long_concatenation_chains_need_no_recursion() {
    let source = format!(
        "fn f(a: &str) -> String {{ String::new(){} }}\n",
        " + a".repeat(DEPTH)
    );
    let module = lower_on_small_stack(source);
    assert!(module.stats.syntax_errors.is_empty());
}

#[test]
fn broken_code_is_counted_not_fatal() {
    let module = lower_on_small_stack("fn f( { let = ; impl for {}\nstruct\n".to_string());
    assert!(!module.stats.syntax_errors.is_empty());
}

#[test]
fn macros_that_are_not_expressions_keep_their_locals() {
    let module = lower_on_small_stack(
        "fn f(name: String) { let v = json!({\"name\": name, \"n\": 1}); use_it(v); }\n"
            .to_string(),
    );
    assert_eq!(unlowered(&module, "macro_invocation"), 1);
    let dump = module.dump();
    assert!(dump.contains("opaque<macro>(v0)"), "{dump}");
}

#[test]
fn nested_macros_map_spans_to_the_file() {
    let module = lower_on_small_stack(
        "fn f(a: &str) {\n    let v = vec![format!(\"{}\", a),\n        format!(\"x{a}\")];\n}\n"
            .to_string(),
    );
    let dump = module.dump();
    assert!(dump.contains("3: "), "{dump}");
}
