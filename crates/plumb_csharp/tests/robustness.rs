//! Hostile input: deep nesting, broken code, binary-looking text. Each deep
//! case runs on a thread with a deliberately small (2 MiB) stack.

use std::path::Path;

use plumb_ir::Module;

fn lower_on_small_stack(source: String) -> Module {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || plumb_csharp::lower(Path::new("Deep.cs"), &source))
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

fn in_method(body: &str) -> String {
    format!("class Deep {{\n  void F(int a) {{\n{body}\n  }}\n}}\n")
}

#[test]
fn deeply_nested_parentheses() {
    let module = lower_on_small_stack(in_method(&format!(
        "var x = {}a{};",
        "(".repeat(DEPTH),
        ")".repeat(DEPTH)
    )));
    assert!(module.functions.iter().any(|f| f.name.as_str() == "F"));
}

#[test]
fn deeply_nested_calls_and_lambdas_are_cut() {
    let calls = lower_on_small_stack(in_method(&format!(
        "var x = {}a{};",
        "G(".repeat(DEPTH),
        ")".repeat(DEPTH)
    )));
    assert!(calls.functions.iter().any(|f| f.name.as_str() == "F"));
    let lambdas = lower_on_small_stack(in_method(&format!(
        "Func<int> x = {}a{};",
        "() => ".repeat(DEPTH),
        ""
    )));
    assert!(unlowered(&lambdas, "depth_limit") >= 1);
}

#[test]
fn deeply_nested_blocks_and_namespaces() {
    let blocks = lower_on_small_stack(in_method(&format!(
        "{}a = 1;{}",
        "if (a > 0) { ".repeat(DEPTH),
        " }".repeat(DEPTH)
    )));
    assert!(unlowered(&blocks, "depth_limit") >= 1);
    lower_on_small_stack(format!(
        "{}class C {{}}{}",
        "namespace N { ".repeat(DEPTH),
        " }".repeat(DEPTH)
    ));
}

#[test]
fn long_concatenation_chains_are_flat() {
    let terms: Vec<String> = (0..DEPTH).map(|i| format!("\"p{i}\"")).collect();
    let module = lower_on_small_stack(in_method(&format!("var s = {};", terms.join(" + "))));
    assert_eq!(unlowered(&module, "depth_limit"), 0);
}

#[test]
fn broken_code_counts_syntax_errors_and_keeps_the_rest() {
    let module = plumb_csharp::lower(
        Path::new("Broken.cs"),
        "class B { void N() { Run(1); } }\nclass A { void M() { var x = ; } }",
    );
    assert!(!module.stats.syntax_errors.is_empty());
    assert!(module.functions.iter().any(|f| f.name.as_str() == "N"));
}

#[test]
fn garbage_and_empty_input_never_panic() {
    for source in [
        "",
        "\0\0\0",
        "}}}}{{{{",
        "namespace ;",
        "class",
        "@\"unterminated",
        "$\"{",
        "\"\"\"\n",
    ] {
        let _ = plumb_csharp::lower(Path::new("X.cs"), source);
    }
}
