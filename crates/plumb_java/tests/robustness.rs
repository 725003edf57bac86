//! Hostile and broken input: deep nesting, huge files, syntax errors. The
//! front end must neither panic nor overflow a default-sized thread stack.

use std::path::Path;
use std::time::{Duration, Instant};

use plumb_ir::{Expr, InstrKind, Module};

const DEPTH: usize = 10_000;

/// Lowers `source` on a thread with a 2 MiB stack, the default for spawned
/// threads (and rayon workers), so a stack overflow fails the test.
fn lower_on_small_stack(source: String) -> Module {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || plumb_java::lower(Path::new("Deep.java"), &source))
        .expect("spawn")
        .join()
        .expect("lowering thread panicked or overflowed")
}

fn in_method(body: &str) -> String {
    format!("class Deep {{\n  Object m(Object a) {{\n{body}\n  }}\n}}\n")
}

fn unlowered(module: &Module, kind: &str) -> u32 {
    module
        .stats
        .unlowered
        .iter()
        .find(|(k, _)| k.as_str() == kind)
        .map_or(0, |(_, count)| *count)
}

fn method<'m>(module: &'m Module, name: &str) -> &'m plumb_ir::Function {
    module
        .functions
        .iter()
        .find(|f| f.name.as_str() == name)
        .unwrap_or_else(|| panic!("no function {name}"))
}

#[test]
fn deeply_parenthesized_expression() {
    let expr = format!("{}1{}", "(".repeat(DEPTH), ")".repeat(DEPTH));
    let module = lower_on_small_stack(in_method(&format!("    return {expr};")));
    assert!(module.stats.syntax_errors.is_empty());
    // Parentheses are peeled iteratively: nothing is cut.
    let f = method(&module, "m");
    assert!(matches!(
        f.blocks[0].term,
        plumb_ir::Terminator::Return(Some(plumb_ir::Operand::Const(plumb_ir::Const::Int(1))))
    ));
}

#[test]
fn long_left_nested_addition() {
    let terms = vec!["a"; DEPTH].join(" + ");
    let module = lower_on_small_stack(in_method(&format!("    return {terms};")));
    assert!(module.stats.syntax_errors.is_empty());
    assert_eq!(
        unlowered(&module, "depth_limit"),
        0,
        "chains are not depth-limited"
    );
    let f = method(&module, "m");
    let adds = f.blocks[0]
        .instrs
        .iter()
        .filter(|i| {
            matches!(
                &i.kind,
                InstrKind::Assign {
                    value: Expr::Binary(..),
                    ..
                }
            )
        })
        .count();
    assert_eq!(adds, DEPTH - 1);
}

#[test]
fn long_string_concatenation_is_one_concat() {
    let terms = vec!["\"x\" + a"; 2_000].join(" + ");
    let module = lower_on_small_stack(in_method(&format!("    return {terms};")));
    let f = method(&module, "m");
    let concats: Vec<usize> = f.blocks[0]
        .instrs
        .iter()
        .filter_map(|i| match &i.kind {
            InstrKind::Assign {
                value: Expr::Concat(parts),
                ..
            } => Some(parts.len()),
            _ => None,
        })
        .collect();
    assert_eq!(concats, vec![4_000]);
}

#[test]
fn long_method_chain() {
    let chain = format!(
        "new StringBuilder(){}.toString()",
        ".append(a)".repeat(DEPTH)
    );
    let module = lower_on_small_stack(in_method(&format!("    return {chain};")));
    assert_eq!(unlowered(&module, "depth_limit"), 0);
    let f = method(&module, "m");
    let calls = f.blocks[0]
        .instrs
        .iter()
        .filter(|i| {
            matches!(
                &i.kind,
                InstrKind::Assign {
                    value: Expr::Call(_),
                    ..
                }
            )
        })
        .count();
    assert_eq!(calls, DEPTH + 1);
}

#[test]
fn deeply_nested_calls_are_cut() {
    let expr = format!("{}a{}", "f(".repeat(DEPTH), ")".repeat(DEPTH));
    let module = lower_on_small_stack(in_method(&format!("    return {expr};")));
    assert!(unlowered(&module, "depth_limit") >= 1);
    let f = method(&module, "m");
    let has_cut = f.blocks[0].instrs.iter().any(|i| {
        matches!(&i.kind, InstrKind::Assign { value: Expr::Opaque { kind, .. }, .. } if kind.as_str() == "depth_limit")
    });
    assert!(has_cut);
}

#[test]
fn deeply_nested_unary_and_ternary() {
    let unary = format!(
        "{}a",
        "-".repeat(DEPTH)
            .chars()
            .flat_map(|c| [c, ' '])
            .collect::<String>()
    );
    let module = lower_on_small_stack(in_method(&format!("    return {unary};")));
    assert!(unlowered(&module, "depth_limit") >= 1);

    let ternary = format!("{}a{}", "a ? (".repeat(DEPTH), ") : a".repeat(DEPTH));
    let module = lower_on_small_stack(in_method(&format!("    return {ternary};")));
    assert!(unlowered(&module, "depth_limit") >= 1);

    let not = format!("if ({}a) return a;", "!".repeat(DEPTH));
    let module = lower_on_small_stack(in_method(&not));
    assert!(unlowered(&module, "depth_limit") >= 1);
}

#[test]
fn deeply_nested_blocks_and_statements() {
    let blocks = format!("{}a.toString();{}", "{".repeat(DEPTH), "}".repeat(DEPTH));
    let module = lower_on_small_stack(in_method(&blocks));
    assert!(module.stats.syntax_errors.is_empty());
    assert!(unlowered(&module, "depth_limit") >= 1);

    let ifs = format!("{}a.toString();", "if (a != null) ".repeat(DEPTH));
    let module = lower_on_small_stack(in_method(&ifs));
    assert!(unlowered(&module, "depth_limit") >= 1);

    let whiles = format!("{}a.toString();", "while (a != null) ".repeat(DEPTH));
    let module = lower_on_small_stack(in_method(&whiles));
    assert!(unlowered(&module, "depth_limit") >= 1);
}

#[test]
fn long_else_if_chain_is_not_cut() {
    let mut body = String::from("    if (a == null) return 0;\n");
    for i in 1..DEPTH {
        body.push_str(&format!("    else if (a.equals(\"{i}\")) return {i};\n"));
    }
    body.push_str("    else return -1;");
    let module = lower_on_small_stack(in_method(&body));
    assert_eq!(unlowered(&module, "depth_limit"), 0);
    let f = method(&module, "m");
    let returns = f
        .blocks
        .iter()
        .filter(|b| matches!(b.term, plumb_ir::Terminator::Return(Some(_))))
        .count();
    assert_eq!(returns, DEPTH + 1);
}

#[test]
fn deeply_nested_lambdas_classes_arrays_and_types() {
    let lambdas = format!("    Object f = {}a;", "() -> ".repeat(DEPTH));
    lower_on_small_stack(in_method(&lambdas));

    let anon = format!(
        "    Object o = {}{};",
        "new Object() { Object g() { return ".repeat(2_000),
        "null; } }".repeat(2_000)
    );
    lower_on_small_stack(in_method(&anon));

    let arrays = format!(
        "    Object[] x = {}1{};",
        "{".repeat(DEPTH),
        "}".repeat(DEPTH)
    );
    lower_on_small_stack(in_method(&arrays));

    let classes = format!("{}{}", "class C { ".repeat(DEPTH), "}".repeat(DEPTH));
    let module = lower_on_small_stack(classes);
    assert!(unlowered(&module, "depth_limit") >= 1);

    let generics = format!(
        "    {}String{} x = null;",
        "List<".repeat(DEPTH),
        ">".repeat(DEPTH)
    );
    lower_on_small_stack(in_method(&generics));

    let annotation = format!(
        "@A({}1{}) class C {{}}",
        "{".repeat(DEPTH),
        "}".repeat(DEPTH)
    );
    lower_on_small_stack(annotation);

    let assignments = format!("    {}1;", "a = ".repeat(DEPTH));
    lower_on_small_stack(in_method(&assignments));

    let labels = format!("    {}a.toString();", "l: ".repeat(DEPTH));
    lower_on_small_stack(in_method(&labels));

    let conditions = format!("    if ({}a) return a;", "a && ".repeat(DEPTH));
    lower_on_small_stack(in_method(&conditions));
}

#[test]
fn large_generated_file_lowers_quickly() {
    let mut source = String::from("package gen;\nimport java.sql.*;\n");
    let mut class = 0;
    while source.len() < 5_000_000 {
        source.push_str(&format!(
            "public class Gen{class} {{\n  private String f{class} = \"v\";\n"
        ));
        for m in 0..20 {
            source.push_str(&format!(
                "  public String m{m}(String q, int n) {{\n    String s = \"select * from t where a = '\" + q + \"'\";\n    for (int i = 0; i < n; i++) {{ if (i % 2 == 0) {{ s += i; }} else {{ s = s.trim(); }} }}\n    try {{ return conn.createStatement().executeQuery(s).getString(1); }} catch (Exception e) {{ return null; }}\n  }}\n"
            ));
        }
        source.push_str("}\n");
        class += 1;
    }
    let started = Instant::now();
    let module = lower_on_small_stack(source);
    let elapsed = started.elapsed();
    assert!(module.stats.syntax_errors.is_empty());
    assert_eq!(module.classes.len(), class);
    assert!(module.functions.len() > class * 20);
    // Generous bound: a debug build on a loaded machine.
    assert!(elapsed < Duration::from_secs(60), "took {elapsed:?}");
}

#[test]
fn huge_method_and_class_stay_linear() {
    let mut body = String::new();
    for i in 0..20_000u32 {
        body.push_str(&format!(
            "    String v{i} = a.toString() + v{};\n",
            i.saturating_sub(1)
        ));
    }
    let started = Instant::now();
    let module = lower_on_small_stack(in_method(&format!("    String v0 = null;\n{body}")));
    assert!(started.elapsed() < Duration::from_secs(30));
    assert!(method(&module, "m").locals.len() > 20_000);

    let mut fields = String::from("class Many {\n");
    for i in 0..20_000 {
        fields.push_str(&format!(
            "  int f{i} = {i};\n  int g{i}() {{ return f{i}; }}\n"
        ));
    }
    fields.push('}');
    let started = Instant::now();
    let module = lower_on_small_stack(fields);
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(module.classes[0].fields.len(), 20_000);
}

#[test]
fn broken_code_lowers_partially() {
    let source = r#"
package app;
import java.sql.Statement;
public class Broken {
    void ok(Statement stmt, String q) throws Exception {
        stmt.executeQuery("select " + q);
    }
    void missingParen(String q) {
        System.out.println(q;
        q.trim();
    }
    void missingBrace(String q) {
        if (q != null) {
            q.toLowerCase();
    }
    void after(String q) { q.length(); }
"#;
    let module = lower_on_small_stack(source.to_owned());
    assert!(!module.stats.syntax_errors.is_empty());
    assert_eq!(module.package.map(|p| p.as_str()), Some("app"));
    assert_eq!(module.imports.len(), 1);
    let ok = method(&module, "ok");
    assert!(ok.blocks[0]
        .instrs
        .iter()
        .any(|i| matches!(&i.kind, InstrKind::Eval(Expr::Call(_)))));
    assert!(module
        .functions
        .iter()
        .any(|f| f.name.as_str() == "missingBrace"));
}

#[test]
fn garbage_and_edge_inputs_do_not_panic() {
    let inputs = [
        "",
        "\n\n",
        "}}}}{{{{",
        "class",
        "class A { void m( { } }",
        "class A { int x = ; }",
        "@",
        "package ;",
        "import static ;",
        "class A { void m() { switch (x) { case -> } } }",
        "class A { void m() { try { } } }",
        "class A { void m() { for (;;) ; } }",
        "class A { void m() { break; continue; yield 1; } }",
        "class A { void m() { x = switch (y) { default -> { yield; } }; } }",
        "class A { void m() { int x = 99999999999999999999999; char c = '\\u'; String s = \"\\\"; } }",
        "enum E { A(, B }",
        "record R(int x { }",
        "\u{0}\u{1}\u{ff}",
        "class A { String s = \"\"\"\n  unterminated",
        "class A { void m() { new int[]; a[; Foo::; x instanceof; } }",
        "interface I { default void m() { this.m(); super.m(); I.super.m(); } }",
        "class A { void m() { label: label2: for(;;) { break label; } } }",
        "class A { Object o = STR.\"x \\{y}\"; }",
        "void top() { System.out.println(1); } int x = 1; x++;",
    ];
    for input in inputs {
        let module = lower_on_small_stack(input.to_owned());
        let _ = module.dump();
    }
}
