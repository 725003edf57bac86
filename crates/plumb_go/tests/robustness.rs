//! Hostile input: deep nesting, invalid UTF-8, broken code. Each deep case
//! runs on a thread with a deliberately small (2 MiB) stack.

use std::path::Path;

use plumb_ir::Module;

fn lower_on_small_stack(source: String) -> Module {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || plumb_go::lower(Path::new("deep.go"), &source, "example.com/deep"))
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

fn in_function(body: &str) -> String {
    format!("package deep\n\nfunc f(a int) {{\n{body}\n}}\n")
}

#[test]
fn deeply_nested_parentheses() {
    let source = in_function(&format!(
        "x := {}a{}\n_ = x",
        "(".repeat(DEPTH),
        ")".repeat(DEPTH)
    ));
    let module = lower_on_small_stack(source);
    assert!(module.functions.iter().any(|f| f.name.as_str() == "f"));
}

#[test]
fn deeply_nested_literals_are_cut() {
    let source = in_function(&format!(
        "x := {}a{}\n_ = x",
        "[]any{".repeat(DEPTH),
        "}".repeat(DEPTH)
    ));
    let module = lower_on_small_stack(source);
    assert!(unlowered(&module, "depth_limit") >= 1);
}

#[test]
fn deeply_nested_calls_blocks_ifs_and_closures() {
    lower_on_small_stack(in_function(&format!(
        "x := {}a{}\n_ = x",
        "g(".repeat(DEPTH),
        ")".repeat(DEPTH)
    )));
    lower_on_small_stack(in_function(&format!(
        "{}g(){}",
        "{".repeat(DEPTH),
        "}".repeat(DEPTH)
    )));
    lower_on_small_stack(in_function(&format!(
        "{} g() {}",
        "if a > 0 {".repeat(DEPTH),
        "}".repeat(DEPTH)
    )));
    lower_on_small_stack(in_function(&format!(
        "h := {}g(){}\n_ = h",
        "func() {".repeat(DEPTH),
        "}".repeat(DEPTH)
    )));
    lower_on_small_stack(format!(
        "package deep\n\nvar t {}int\n",
        "*[]map[string]".repeat(DEPTH)
    ));
}

#[test]
fn long_chains_need_no_recursion() {
    let terms = vec!["a"; DEPTH].join(" + ");
    let module = lower_on_small_stack(in_function(&format!("_ = {terms}")));
    assert_eq!(unlowered(&module, "depth_limit"), 0);
    let text = vec!["\"a\""; DEPTH].join(" + ");
    let module = lower_on_small_stack(in_function(&format!("s := {text} + x\n_ = s")));
    assert_eq!(unlowered(&module, "depth_limit"), 0);
    lower_on_small_stack(in_function(&format!("_ = a{}", ".b".repeat(DEPTH))));
}

#[test]
fn invalid_utf8_is_lowered_lossily() {
    let bytes = b"package bad\n\nvar x = \"\xff\xfe\"\n\nfunc f(q string) string { return q }\n";
    let source = String::from_utf8_lossy(bytes).into_owned();
    let module = plumb_go::lower(Path::new("bad.go"), &source, "bad");
    assert!(module.functions.iter().any(|f| f.name.as_str() == "f"));
}

#[test]
fn syntax_errors_keep_what_parsed() {
    let source = "package broken\n\n\
                  import \"os/exec\"\n\n\
                  func ok(cmd string) { exec.Command(cmd).Run() }\n\n\
                  func broken( { if (\n\n\
                  type struct { ]]] }\n";
    let module = plumb_go::lower(Path::new("broken.go"), source, "broken");
    assert!(!module.stats.syntax_errors.is_empty());
    assert!(module.functions.iter().any(|f| f.name.as_str() == "ok"));
}

#[test]
fn empty_and_odd_files() {
    for source in [
        "",
        "\n",
        "package",
        "package x\nfunc",
        "`",
        "/*",
        "package x\nfunc (",
        "package x\nvar a, b = f()\nconst (\n\tA = iota\n\tB\n)\n",
    ] {
        plumb_go::lower(Path::new("odd.go"), source, "odd");
    }
}
