//! Hostile input: deep nesting, huge files, broken code. Each deep case runs
//! on a thread with a deliberately small (2 MiB) stack.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use plumb_ir::Module;

fn lower_on_small_stack(source: String) -> Module {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || plumb_python::lower(Path::new("deep.py"), &source, "deep"))
        .expect("spawn")
        .join()
        .expect("lowering must not overflow the stack")
        .validated()
}

trait Validated {
    fn validated(self) -> Self;
}

impl Validated for Module {
    fn validated(self) -> Self {
        common::validate(&self);
        self
    }
}

fn unlowered(module: &Module, kind: &str) -> u32 {
    module
        .stats
        .unlowered
        .iter()
        .find(|(k, _)| k.as_str() == kind)
        .map_or(0, |(_, count)| *count)
}

#[test]
fn deeply_nested_parentheses() {
    let depth = 10_000;
    let source = format!("x = {}a{}\n", "(".repeat(depth), ")".repeat(depth));
    let module = lower_on_small_stack(source);
    assert!(module.module_init.is_some());
}

#[test]
fn deeply_nested_lists_are_cut() {
    let depth = 10_000;
    let source = format!("x = {}a{}\n", "[".repeat(depth), "]".repeat(depth));
    let module = lower_on_small_stack(source);
    assert!(unlowered(&module, "depth_limit") >= 1);
}

#[test]
fn deeply_nested_calls() {
    let depth = 10_000;
    let source = format!("x = {}a{}\n", "f(".repeat(depth), ")".repeat(depth));
    let module = lower_on_small_stack(source);
    assert!(module.module_init.is_some());
}

#[test]
fn long_binary_chain() {
    let terms = vec!["a"; 10_000].join(" + ");
    let source = format!("def f(a):\n    return {terms}\n");
    let module = lower_on_small_stack(source);
    let f = module
        .functions
        .iter()
        .find(|f| f.name.as_str() == "f")
        .expect("f");
    // Left-nested chains are walked iteratively: no cut needed.
    assert!(f.instruction_count() >= 9_999);
}

#[test]
fn long_boolean_and_comparison_chains() {
    let ands = vec!["a"; 10_000].join(" and ");
    let compares = vec!["a"; 10_000].join(" < ");
    let source = format!("if {ands}:\n    pass\nx = {ands}\ny = {compares}\n");
    lower_on_small_stack(source);
}

#[test]
fn long_string_concatenation() {
    let terms = vec!["\"s\" + a"; 5_000].join(" + ");
    let source = format!("q = {terms}\n");
    let module = lower_on_small_stack(source);
    assert_eq!(unlowered(&module, "depth_limit"), 0);
}

#[test]
fn deeply_nested_ifs() {
    let depth = 10_000;
    let mut source = String::new();
    for level in 0..depth {
        source.push_str(&" ".repeat(level));
        source.push_str("if a:\n");
    }
    source.push_str(&" ".repeat(depth));
    source.push_str("pass\n");
    lower_on_small_stack(source);
}

#[test]
fn deeply_nested_defs_and_lambdas() {
    let depth = 2_000;
    let mut source = String::new();
    for level in 0..depth {
        source.push_str(&" ".repeat(level));
        source.push_str(&format!("def f{level}(x):\n"));
    }
    source.push_str(&" ".repeat(depth));
    source.push_str("return x\n");
    source.push_str(&format!("g = {}x\n", "lambda: ".repeat(10_000)));
    lower_on_small_stack(source);
}

#[test]
fn deep_attribute_subscript_and_unary_chains() {
    let attributes = format!("x = f(){}\n", ".a".repeat(10_000));
    let subscripts = format!("y = a{}\n", "[0]".repeat(10_000));
    let unary = format!("z = {}a\n", "-".repeat(10_000));
    let nots = format!("if {}a:\n    pass\n", "not ".repeat(10_000));
    let targets = format!("{}a{} = 1\n", "(".repeat(5_000), ",)".repeat(5_000));
    lower_on_small_stack(attributes + &subscripts + &unary + &nots + &targets);
}

#[test]
fn huge_file_lowers_in_reasonable_time() {
    let chunk = r#"
import os
from flask import request

@app.route("/x/<int:id>", methods=["GET"])
def view_NAME(id, q: str = None):
    value = request.args.get("q", "")
    rows = [r.name for r in db.query(value) if r]
    if value and id > 3:
        os.system("echo %s" % value)
    else:
        for i, row in enumerate(rows):
            total = total + i
    try:
        return f"<p>{value}</p>"
    except Exception as e:
        log.error("failed: %s", e)
        raise

class Model_NAME(Base):
    name: str = "x"
    def save(self):
        self.db.execute("INSERT INTO t VALUES (?)", (self.name,))
"#;
    let mut source = String::new();
    let mut index = 0;
    while source.len() < 5 * 1024 * 1024 {
        source.push_str(&chunk.replace("NAME", &index.to_string()));
        index += 1;
    }
    let start = Instant::now();
    let module = plumb_python::lower(Path::new("big.py"), &source, "big");
    let elapsed = start.elapsed();
    assert!(module.stats.syntax_errors.is_empty());
    assert_eq!(module.classes.len(), index);
    assert!(module.functions.len() > 2 * index);
    // Generous: debug builds on a shared machine.
    assert!(elapsed < Duration::from_secs(60), "took {elapsed:?}");
}

#[test]
fn broken_code_lowers_partially() {
    let source = r#"
import os

def good(cmd):
    os.system(cmd)

def broken(x):
    y = = x
    return x +

class Half:
    def m(self) pass

def after(y):
    eval(y)
"#;
    let module = plumb_python::lower(Path::new("broken.py"), source, "broken");
    common::validate(&module);
    assert!(!module.stats.syntax_errors.is_empty());
    let names: Vec<&str> = module.functions.iter().map(|f| f.name.as_str()).collect();
    assert!(names.contains(&"good"), "{names:?}");
    assert!(names.contains(&"after"), "{names:?}");
    assert_eq!(module.stats.lines, 15);
}

#[test]
fn garbage_never_panics() {
    let samples = [
        "",
        "\n\n\n",
        "def",
        "class :",
        "x = = =",
        "((((",
        "f(**)",
        "lambda: (yield)",
        "@\ndef f(): pass",
        "match x:\n case {**rest}: pass\n case [1, *_]: pass\n",
        "try:\n pass\n",
        "for in x: pass",
        "a[::] = b[1:2:3]",
        "x: = 3",
        "print >>, x",
        "f'{'",
        "'\\x'",
        "b'\\xff\\u1234'",
        "0x",
        "1e999999",
        "\u{feff}import os",
        "\t\tif x:\n pass",
        "async def f():\n    async with a as (b, c): await d\n    async for x in y: yield x",
        "global x\nnonlocal y\nx = 1",
        "def f():\n    nonlocal q\n    q = 1",
        "del a[0], b.c, d",
        "with (open(a) as f, open(b) as g): pass",
        "x = yield from y",
        "type X = int",
        "def f[T](x: T) -> T: return x",
    ];
    for sample in samples {
        let module = plumb_python::lower(Path::new("g.py"), sample, "g");
        common::validate(&module);
        assert!(module.module_init.is_some(), "{sample:?}");
    }
    // Every prefix of a realistic file is some kind of broken code.
    let text = include_str!("robustness.rs");
    let mut end = 0;
    while end < text.len().min(4_000) {
        end += 97;
        while !text.is_char_boundary(end.min(text.len())) {
            end += 1;
        }
        let prefix = &text[..end.min(text.len())];
        common::validate(&plumb_python::lower(Path::new("p.py"), prefix, "p"));
    }
}
