//! Hostile input: deep nesting, invalid UTF-8, broken code. Each deep case
//! runs on a thread with a deliberately small (2 MiB) stack.

use std::path::Path;

use plumb_ir::Module;

fn lower_on_small_stack(source: String) -> Module {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || plumb_php::lower(Path::new("deep.php"), &source))
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
const STACK: usize = 2 * 1024 * 1024;

fn in_function(body: &str) -> String {
    format!("<?php\nfunction f($a) {{\n{body}\n}}\n")
}

#[test]
fn deeply_nested_parentheses() {
    let source = in_function(&format!(
        "$x = {}$a{};\nreturn $x;",
        "(".repeat(DEPTH),
        ")".repeat(DEPTH)
    ));
    let module = lower_on_small_stack(source);
    assert!(module.functions.iter().any(|f| f.name.as_str() == "f"));
}

#[test]
fn deeply_nested_arrays_are_cut() {
    let source = in_function(&format!(
        "$x = {}$a{};\nreturn $x;",
        "[".repeat(DEPTH),
        "]".repeat(DEPTH)
    ));
    let module = lower_on_small_stack(source);
    assert!(unlowered(&module, "depth_limit") >= 1);
}

#[test]
fn deeply_nested_calls_blocks_ifs_and_closures() {
    lower_on_small_stack(in_function(&format!(
        "$x = {}$a{};",
        "g(".repeat(DEPTH),
        ")".repeat(DEPTH)
    )));
    lower_on_small_stack(in_function(&format!(
        "{}g();{}",
        "{".repeat(DEPTH),
        "}".repeat(DEPTH)
    )));
    lower_on_small_stack(in_function(&format!(
        "{} g(); {}",
        "if ($a > 0) {".repeat(DEPTH),
        "}".repeat(DEPTH)
    )));
    lower_on_small_stack(in_function(&format!(
        "$h = {}g();{};",
        "function () {".repeat(DEPTH),
        "}".repeat(DEPTH)
    )));
    lower_on_small_stack(in_function(&format!(
        "$h = {}$a{};",
        "fn() => ".repeat(DEPTH),
        ""
    )));
    lower_on_small_stack(format!(
        "<?php\n{}",
        "class A { function f() { ".repeat(DEPTH)
    ));
}

#[test]
fn long_chains_need_no_recursion() {
    let text = vec!["'a'"; DEPTH].join(" . ");
    let module = lower_on_small_stack(in_function(&format!("$s = {text} . $a;")));
    assert_eq!(unlowered(&module, "depth_limit"), 0);
    lower_on_small_stack(in_function(&format!("$s = $a{};", "->b".repeat(DEPTH))));
    lower_on_small_stack(in_function(&format!("$s = $a{};", "->b()".repeat(DEPTH))));
    let terms = vec!["$a"; DEPTH].join(" + ");
    lower_on_small_stack(in_function(&format!("$s = {terms};")));
}

#[test]
fn invalid_utf8_is_lowered_lossily() {
    let bytes = b"<?php\n$x = \"\xff\xfe\";\nfunction f($q) { return $q; }\n";
    let source = String::from_utf8_lossy(bytes).into_owned();
    let module = plumb_php::lower(Path::new("bad.php"), &source);
    assert!(module.functions.iter().any(|f| f.name.as_str() == "f"));
}

#[test]
fn syntax_errors_keep_what_parsed() {
    let source = "<?php\n\
                  function ok($cmd) { system($cmd); }\n\
                  function broken( { if (\n\
                  class { ]]] }\n";
    let module = plumb_php::lower(Path::new("broken.php"), source);
    assert!(!module.stats.syntax_errors.is_empty());
    assert!(module.functions.iter().any(|f| f.name.as_str() == "ok"));
}

#[test]
fn empty_and_odd_files() {
    for source in [
        "",
        "\n",
        "<?php",
        "<html><?= $x ?></html>",
        "<?php function",
        "<?php `",
        "<?php /*",
        "<?php class A extends {",
        "<?php $a = <<<EOT\nx $y\n",
        "<?php namespace;",
        "<?php use ;",
        "<?php list(, $b) = $c; [, , $d] = $e; $f[] = 1;",
        "<?php break 5; continue;",
        "<?php $x = match($y) {};",
    ] {
        plumb_php::lower(Path::new("odd.php"), source);
    }
}
