//! Hostile input: deep nesting, invalid UTF-8, broken code. Each deep case
//! runs on a thread with a deliberately small (2 MiB) stack.

use std::path::Path;

use plumb_ir::Module;

fn lower_on_small_stack(source: String) -> Module {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || plumb_ruby::lower(Path::new("deep.rb"), &source, "deep"))
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
    format!("def f(a)\n{body}\nend\n")
}

#[test]
fn deeply_nested_parentheses() {
    let source = in_method(&format!(
        "x = {}a{}\nx",
        "(".repeat(DEPTH),
        ")".repeat(DEPTH)
    ));
    let module = lower_on_small_stack(source);
    assert!(module.functions.iter().any(|f| f.name.as_str() == "f"));
}

#[test]
fn deeply_nested_arrays_are_cut() {
    let source = in_method(&format!(
        "x = {}a{}\nx",
        "[".repeat(DEPTH),
        "]".repeat(DEPTH)
    ));
    let module = lower_on_small_stack(source);
    assert!(unlowered(&module, "depth_limit") >= 1);
}

#[test]
fn deeply_nested_calls_blocks_ifs_and_lambdas() {
    lower_on_small_stack(in_method(&format!(
        "x = {}a{}",
        "g(".repeat(DEPTH),
        ")".repeat(DEPTH)
    )));
    lower_on_small_stack(in_method(&format!(
        "{}a{}",
        "if a\n".repeat(DEPTH),
        "\nend".repeat(DEPTH)
    )));
    lower_on_small_stack(in_method(&format!(
        "{}a{}",
        "g do\n".repeat(DEPTH),
        "\nend".repeat(DEPTH)
    )));
    lower_on_small_stack(in_method(&format!(
        "x = {}a{}",
        "-> { ".repeat(DEPTH),
        " }".repeat(DEPTH)
    )));
    lower_on_small_stack(format!(
        "{}x = 1{}",
        "class A\n".repeat(DEPTH),
        "\nend".repeat(DEPTH)
    ));
}

#[test]
fn long_chains_do_not_recurse() {
    lower_on_small_stack(in_method(&format!("x = a{}", " + a".repeat(DEPTH))));
    lower_on_small_stack(in_method(&format!("x = a{}", ".b".repeat(DEPTH))));
    lower_on_small_stack(in_method(&format!("x = a{}", " && a".repeat(DEPTH))));
    lower_on_small_stack(in_method(&format!("x = \"{}\"", "#{\"".repeat(DEPTH / 4))));
}

#[test]
fn invalid_utf8_is_lowered_lossily() {
    let bytes = b"def f(a)\n  x = \"\xff\xfe\"\n  system(a)\nend\n";
    let text = String::from_utf8_lossy(bytes).into_owned();
    let module = lower_on_small_stack(text);
    assert!(module.functions.iter().any(|f| f.name.as_str() == "f"));
}

#[test]
fn syntax_errors_keep_what_parsed() {
    let source = "def ok(a)\n  system(a)\nend\n\ndef broken(\n  x = = 1\nend\nclass\n".to_string();
    let module = lower_on_small_stack(source);
    assert!(!module.stats.syntax_errors.is_empty());
    assert!(module.functions.iter().any(|f| f.name.as_str() == "ok"));
}

#[test]
fn garbage_never_panics() {
    for source in [
        "",
        "end end end",
        "<<~X\n",
        "def",
        "class ::",
        "%x{",
        "\"#{",
        "->(",
        "a ||= ",
        "case when",
        "begin rescue ensure",
        "@",
        "x = *",
        "{ a: }",
    ] {
        lower_on_small_stack(source.to_string());
    }
}
