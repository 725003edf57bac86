//! Behaviour of the Java lowering, checked on the IR directly.

use std::path::Path;

use plumb_ir::{
    AttrValue, BinOp, Call, Callee, ClassKind, Const, Expr, FuncId, Function, FunctionKind, Instr,
    InstrKind, Module, Operand, ParamKind, Terminator, VarId,
};

const CONTROLLER: &str = include_str!("data/Controller.java");

fn lower(source: &str) -> Module {
    plumb_java::lower(Path::new("T.java"), source)
}

fn func<'m>(module: &'m Module, qualified: &str) -> &'m Function {
    module
        .functions
        .iter()
        .find(|f| f.qualified.as_str() == qualified)
        .unwrap_or_else(|| panic!("no function {qualified} in\n{}", module.dump()))
}

fn func_id(module: &Module, qualified: &str) -> FuncId {
    FuncId(
        module
            .functions
            .iter()
            .position(|f| f.qualified.as_str() == qualified)
            .unwrap_or_else(|| panic!("no function {qualified}")) as u32,
    )
}

fn instrs(f: &Function) -> impl Iterator<Item = &Instr> {
    f.blocks.iter().flat_map(|b| b.instrs.iter())
}

/// Every call of `f` (assigned or evaluated), with its instruction.
fn calls(f: &Function) -> Vec<(&Call, &Instr)> {
    instrs(f)
        .filter_map(|instr| match &instr.kind {
            InstrKind::Assign {
                value: Expr::Call(call),
                ..
            }
            | InstrKind::Eval(Expr::Call(call)) => Some((call, instr)),
            _ => None,
        })
        .collect()
}

fn method_call<'f>(f: &'f Function, name: &str) -> (&'f Call, &'f Instr) {
    calls(f)
        .into_iter()
        .find(|(call, _)| matches!(&call.callee, Callee::Method { name: n, .. } if n.as_str() == name))
        .unwrap_or_else(|| panic!("no method call {name}"))
}

fn function_call<'f>(f: &'f Function, path: &str) -> (&'f Call, &'f Instr) {
    calls(f)
        .into_iter()
        .find(|(call, _)| {
            matches!(&call.callee, Callee::Function(Operand::Global(n)) if n.as_str() == path)
        })
        .unwrap_or_else(|| panic!("no function call {path}"))
}

/// The defining expression of a variable (its first assignment).
fn def_of(f: &Function, var: VarId) -> &Expr {
    instrs(f)
        .find_map(|instr| match &instr.kind {
            InstrKind::Assign { dst, value } if *dst == var => Some(value),
            _ => None,
        })
        .unwrap_or_else(|| panic!("v{} is never assigned", var.0))
}

fn var_named(f: &Function, name: &str) -> VarId {
    VarId(
        f.locals
            .iter()
            .position(|l| l.name.as_str() == name)
            .unwrap_or_else(|| panic!("no local {name}")) as u32,
    )
}

fn line_of(source: &str, needle: &str) -> u32 {
    source
        .lines()
        .position(|line| line.contains(needle))
        .map(|index| index as u32 + 1)
        .unwrap_or_else(|| panic!("{needle} not in source"))
}

fn col_of(source: &str, needle: &str) -> u32 {
    source
        .lines()
        .find_map(|line| line.find(needle))
        .map(|index| index as u32 + 1)
        .unwrap_or_else(|| panic!("{needle} not in source"))
}

fn str_const(operand: &Operand) -> Option<&str> {
    match operand {
        Operand::Const(Const::Str(text)) => Some(text),
        _ => None,
    }
}

const SEARCH: &str = "com.example.web.Controller.search";

#[test]
fn package_and_imports() {
    let module = lower(CONTROLLER);
    assert_eq!(module.package.map(|p| p.as_str()), Some("com.example.web"));
    let imports: Vec<(&str, &str, bool)> = module
        .imports
        .iter()
        .map(|i| (i.alias.as_str(), i.target.as_str(), i.wildcard))
        .collect();
    assert!(imports.contains(&("Connection", "java.sql.Connection", false)));
    assert!(imports.contains(&("java.util", "java.util", true)));
    assert!(imports.contains(&("requireNonNull", "java.util.Objects.requireNonNull", false)));
    assert!(imports.contains(&(
        "org.springframework.http.MediaType",
        "org.springframework.http.MediaType",
        true
    )));
    assert!(imports.contains(&(
        "org.springframework.web.bind.annotation",
        "org.springframework.web.bind.annotation",
        true
    )));
    let line = line_of(CONTROLLER, "import java.sql.Statement;");
    assert!(module.imports.iter().any(|i| i.span.start_line == line));
}

#[test]
fn class_header_annotations_and_fields() {
    let module = lower(CONTROLLER);
    let class = &module.classes[0];
    assert_eq!(class.qualified.as_str(), "com.example.web.Controller");
    assert_eq!(class.kind, ClassKind::Class);
    let supers: Vec<&str> = class.supers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(supers, ["BaseController", "Api", "Auditable"]);
    let mapping = class
        .annotations
        .iter()
        .find(|a| a.name.as_str() == "RequestMapping")
        .expect("@RequestMapping");
    assert_eq!(
        mapping.args[0].value,
        AttrValue::List(vec![
            AttrValue::Const(Const::str("/a")),
            AttrValue::Const(Const::str("/b"))
        ])
    );
    let table = class
        .fields
        .iter()
        .find(|f| f.name.as_str() == "TABLE")
        .expect("TABLE");
    assert!(table.is_static && table.is_final);
    assert_eq!(table.ty.as_ref().map(|t| t.name.as_str()), Some("String"));
    let conn = class
        .fields
        .iter()
        .find(|f| f.name.as_str() == "conn")
        .expect("conn");
    assert!(!conn.is_static && conn.init.is_none());
}

#[test]
fn field_initialisers_are_field_init_functions() {
    let module = lower(CONTROLLER);
    let class = &module.classes[0];
    let names = class
        .fields
        .iter()
        .find(|f| f.name.as_str() == "names")
        .expect("names");
    let ty = names.ty.as_ref().expect("type");
    assert_eq!(ty.name.as_str(), "List");
    assert_eq!(ty.args[0].name.as_str(), "String");
    let init = &module.functions[names.init.expect("initialiser").0 as usize];
    assert_eq!(init.kind, FunctionKind::FieldInit);
    let Terminator::Return(Some(Operand::Var(result))) = &init.blocks[0].term else {
        panic!("FieldInit must return its value");
    };
    assert!(
        matches!(def_of(init, *result), Expr::New { class, .. } if class.name.as_str() == "ArrayList")
    );

    let hits = class
        .fields
        .iter()
        .find(|f| f.name.as_str() == "hits")
        .expect("hits");
    let init = &module.functions[hits.init.expect("initialiser").0 as usize];
    assert!(init.is_static);
    assert!(matches!(
        init.blocks[0].term,
        Terminator::Return(Some(Operand::Const(Const::Int(16))))
    ));
}

#[test]
fn method_signature_params_and_annotations() {
    let module = lower(CONTROLLER);
    let search = func(&module, SEARCH);
    assert_eq!(search.kind, FunctionKind::Method);
    assert!(!search.is_static);
    assert_eq!(
        search.return_type.as_ref().map(|t| t.name.as_str()),
        Some("String")
    );
    let get = search
        .annotations
        .iter()
        .find(|a| a.name.as_str() == "GetMapping")
        .expect("@GetMapping");
    let args: Vec<(Option<&str>, &AttrValue)> = get
        .args
        .iter()
        .map(|a| (a.key.map(|k| k.as_str()), &a.value))
        .collect();
    assert_eq!(
        args[0],
        (Some("path"), &AttrValue::Const(Const::str("/search")))
    );
    assert_eq!(
        args[1],
        (
            Some("produces"),
            &AttrValue::Name("MediaType.APPLICATION_JSON_VALUE".into())
        )
    );

    let params = &search.params;
    assert_eq!(params[0].kind, ParamKind::Receiver);
    assert_eq!(params[0].name.as_str(), "this");
    let q = &params[1];
    assert_eq!(q.name.as_str(), "q");
    assert_eq!(q.ty.as_ref().map(|t| t.name.as_str()), Some("String"));
    let request_param = &q.annotations[0];
    assert_eq!(request_param.name.as_str(), "RequestParam");
    assert_eq!(request_param.args[0].key.map(|k| k.as_str()), Some("value"));
    assert_eq!(
        request_param.args[0].value,
        AttrValue::Const(Const::str("q"))
    );
    assert_eq!(
        request_param.args[1].value,
        AttrValue::Const(Const::Bool(false))
    );
    let headers = params[2].ty.as_ref().expect("type");
    assert_eq!(headers.name.as_str(), "Map");
    assert_eq!(headers.args[1].name.as_str(), "List");
    assert_eq!(headers.args[1].args[0].name.as_str(), "String");
    assert_eq!(params[3].kind, ParamKind::VarArgs);
    assert_eq!(params[3].ty.as_ref().map(|t| t.array_dims), Some(1));
    assert_eq!(search.local(params[1].var).name.as_str(), "q");
}

#[test]
fn sql_concatenation_flows_into_method_call_on_local() {
    let module = lower(CONTROLLER);
    let search = func(&module, SEARCH);
    let (call, instr) = method_call(search, "executeQuery");
    let line = line_of(CONTROLLER, "stmt.executeQuery(");
    assert_eq!(instr.span.start_line, line);
    assert_eq!(
        instr.span.start_col,
        col_of(CONTROLLER, "stmt.executeQuery(")
    );
    let Callee::Method {
        receiver: Operand::Var(receiver),
        ..
    } = &call.callee
    else {
        panic!("receiver must be a variable");
    };
    assert_eq!(search.local(*receiver).name.as_str(), "stmt");
    assert_eq!(
        search.local(*receiver).ty.as_ref().map(|t| t.name.as_str()),
        Some("Statement")
    );
    let Operand::Var(arg) = &call.args[0].value else {
        panic!("argument must be a temporary");
    };
    let Expr::Concat(parts) = def_of(search, *arg) else {
        panic!("argument must be a concatenation");
    };
    assert_eq!(parts.len(), 5, "nested + flattens into one Concat");
    assert_eq!(str_const(&parts[0]), Some("SELECT * FROM "));
    assert_eq!(parts[3], Operand::Var(search.params[1].var));
    // The static constant TABLE is read through its class.
    let Operand::Var(table) = &parts[1] else {
        panic!()
    };
    assert!(matches!(
        def_of(search, *table),
        Expr::Field(Operand::Global(class), field)
            if class.as_str() == "com.example.web.Controller" && field.as_str() == "TABLE"
    ));
    // The concatenation is computed before the call, on the same line.
    let concat_instr = instrs(search)
        .find(|i| matches!(&i.kind, InstrKind::Assign { dst, .. } if dst == arg))
        .expect("concat instr");
    assert_eq!(concat_instr.span.start_line, line);
}

#[test]
fn static_paths_are_function_calls_on_globals() {
    let module = lower(CONTROLLER);
    let search = func(&module, SEARCH);
    let (call, instr) = function_call(search, "MessageDigest.getInstance");
    assert_eq!(str_const(&call.args[0].value), Some("MD5"));
    assert_eq!(
        instr.span.start_line,
        line_of(CONTROLLER, "MessageDigest.getInstance")
    );
    let (call, _) = function_call(search, "System.out.println");
    assert_eq!(call.args[0].value, Operand::Var(search.params[1].var));
}

#[test]
fn chained_call_spans_start_at_the_chain() {
    let module = lower(CONTROLLER);
    let search = func(&module, SEARCH);
    let line = line_of(CONTROLLER, "q.trim().toLowerCase().strip()");
    let col = col_of(CONTROLLER, "q.trim().toLowerCase().strip()");
    let (trim, trim_instr) = method_call(search, "trim");
    let (lower, lower_instr) = method_call(search, "toLowerCase");
    let (_, strip_instr) = method_call(search, "strip");
    for instr in [trim_instr, lower_instr, strip_instr] {
        assert_eq!((instr.span.start_line, instr.span.start_col), (line, col));
    }
    assert!(trim_instr.span.end_byte < lower_instr.span.end_byte);
    assert!(
        matches!(trim.callee, Callee::Method { receiver: Operand::Var(v), .. } if v == search.params[1].var)
    );
    let InstrKind::Assign {
        dst: trim_result, ..
    } = trim_instr.kind
    else {
        panic!()
    };
    assert!(
        matches!(lower.callee, Callee::Method { receiver: Operand::Var(v), .. } if v == trim_result)
    );
    // The last call of the chain initialises the local directly.
    let trimmed = var_named(search, "trimmed");
    assert!(matches!(&strip_instr.kind, InstrKind::Assign { dst, .. } if *dst == trimmed));
}

#[test]
fn fields_of_the_class_go_through_this_or_the_class() {
    let module = lower(CONTROLLER);
    let search = func(&module, SEARCH);
    let this = search.params[0].var;
    assert!(instrs(search).any(|i| matches!(&i.kind,
        InstrKind::StoreField { obj: Operand::Var(v), field, value: Operand::Const(Const::Str(s)) }
            if *v == this && field.as_str() == "title" && &**s == "empty")));
    assert!(instrs(search).any(|i| matches!(&i.kind,
        InstrKind::StoreField { obj: Operand::Global(class), field, .. }
            if class.as_str() == "com.example.web.Controller" && field.as_str() == "hits")));
    assert!(instrs(search).any(|i| matches!(&i.kind,
        InstrKind::Assign { value: Expr::Field(Operand::Var(v), field), .. }
            if *v == this && field.as_str() == "conn")));
    // An unqualified call to an undeclared (inherited) method is a call on `this`.
    let (call, _) = method_call(search, "log");
    assert!(matches!(call.callee, Callee::Method { receiver: Operand::Var(v), .. } if v == this));
}

#[test]
fn if_else_and_switch_build_the_cfg() {
    let module = lower(CONTROLLER);
    let search = func(&module, SEARCH);
    let branches = search
        .blocks
        .iter()
        .filter(|b| matches!(b.term, Terminator::Branch { .. }))
        .count();
    assert!(branches >= 1);
    let (value, cases, default) = search
        .blocks
        .iter()
        .find_map(|b| match &b.term {
            Terminator::Switch {
                value,
                cases,
                default,
            } => Some((value, cases, *default)),
            _ => None,
        })
        .expect("switch");
    let Operand::Var(value) = value else { panic!() };
    assert!(matches!(def_of(search, *value), Expr::Call(_)));
    let labels: Vec<&Const> = cases.iter().map(|(c, _)| c).collect();
    assert_eq!(labels, [&Const::Int(0), &Const::Int(1), &Const::Int(2)]);
    // `case 1:` has no statements and falls through to `case 2:`.
    let case1 = &search.blocks[cases[1].1 .0 as usize];
    assert!(matches!(case1.term, Terminator::Goto(target) if target == cases[2].1));
    assert!(matches!(
        search.blocks[cases[0].1 .0 as usize].term,
        Terminator::Return(Some(_))
    ));
    let default_block = &search.blocks[default.0 as usize];
    assert!(default_block
        .instrs
        .iter()
        .any(|i| matches!(&i.kind, InstrKind::StoreField { .. })));
}

#[test]
fn lambda_is_a_closure_with_captures() {
    let module = lower(CONTROLLER);
    let search_id = func_id(&module, SEARCH);
    let search = func(&module, SEARCH);
    let lambda = module
        .functions
        .iter()
        .find(|f| f.kind == FunctionKind::Closure)
        .expect("closure");
    assert_eq!(lambda.parent, Some(search_id));
    let lambda_id = FuncId(
        module
            .functions
            .iter()
            .position(|f| std::ptr::eq(f, lambda))
            .unwrap() as u32,
    );
    let r = var_named(search, "r");
    assert!(matches!(def_of(search, r), Expr::Closure(id) if *id == lambda_id));
    let q = search.params[1].var;
    let this = search.params[0].var;
    let outer: Vec<VarId> = lambda.captures.iter().map(|(outer, _)| *outer).collect();
    assert!(outer.contains(&q), "captures q");
    assert!(outer.contains(&this), "captures this for the field read");
    let (_, inner_q) = lambda.captures.iter().find(|(o, _)| *o == q).unwrap();
    assert_eq!(lambda.local(*inner_q).name.as_str(), "q");
    let (call, _) = function_call(lambda, "System.out.println");
    assert!(matches!(call.args[0].value, Operand::Var(_)));
}

#[test]
fn try_catch_finally_sets_handlers() {
    let module = lower(CONTROLLER);
    let search = func(&module, SEARCH);
    let (_, close) = method_call(search, "close");
    let close_block = search
        .blocks
        .iter()
        .find(|b| b.instrs.iter().any(|i| std::ptr::eq(i, close)))
        .unwrap();
    let dispatch = close_block.handler.expect("try body has a handler");
    let Terminator::Switch { cases, default, .. } = &search.blocks[dispatch.0 as usize].term else {
        panic!("several catch clauses dispatch on the exception type");
    };
    let types: Vec<&str> = cases
        .iter()
        .filter_map(|(c, _)| match c {
            Const::Str(s) => Some(&**s),
            _ => None,
        })
        .collect();
    assert_eq!(
        types,
        [
            "IllegalStateException",
            "IllegalArgumentException",
            "Exception"
        ]
    );
    // Each catch binds its parameter first, typed.
    let catch_block = &search.blocks[cases[0].1 .0 as usize];
    let InstrKind::Assign {
        dst,
        value: Expr::Opaque { .. },
    } = &catch_block.instrs[0].kind
    else {
        panic!("catch binds e");
    };
    assert_eq!(search.local(*dst).name.as_str(), "e");
    assert_eq!(
        search.local(*dst).ty.as_ref().map(|t| t.name.as_str()),
        Some("IllegalStateException")
    );
    assert!(matches!(catch_block.term, Terminator::Throw(Some(Operand::Var(v))) if v == *dst));
    // Exceptions in the catch clauses and unmatched ones go to `finally`.
    let finally = catch_block
        .handler
        .expect("catch blocks are covered by finally");
    assert_eq!(search.blocks[default.0 as usize].handler, Some(finally));
    let finally_block = &search.blocks[finally.0 as usize];
    assert!(finally_block.instrs.iter().any(
        |i| matches!(&i.kind, InstrKind::StoreField { field, .. } if field.as_str() == "hits")
    ));
    assert!(matches!(finally_block.term, Terminator::Branch { .. }));
    // The rethrow path exists.
    assert!(search
        .blocks
        .iter()
        .any(|b| matches!(b.term, Terminator::Throw(None))));
}

#[test]
fn literals() {
    let source = r#"class L { void m() {
        Object a = 0x1F; Object b = 017; Object c = 0b101; Object d = 1_000_000L;
        Object e = 1.5e2; Object f = 'x'; Object g = '\n'; Object h = "s\t";
        Object i = true; Object j = null; Object k = -5; Object l = 0xFFFFFFFF;
        Object t = """
            SELECT *
              FROM t
            """;
    } }"#;
    let module = lower(source);
    let m = func(&module, "L.m");
    let value = |name: &str| match def_of(m, var_named(m, name)) {
        Expr::Use(Operand::Const(c)) => c.clone(),
        other => panic!("{name} = {other:?}"),
    };
    assert_eq!(value("a"), Const::Int(31));
    assert_eq!(value("b"), Const::Int(15));
    assert_eq!(value("c"), Const::Int(5));
    assert_eq!(value("d"), Const::Int(1_000_000));
    assert_eq!(value("e"), Const::Float(150.0));
    assert_eq!(value("f"), Const::str("x"));
    assert_eq!(value("g"), Const::str("\n"));
    assert_eq!(value("h"), Const::str("s\t"));
    assert_eq!(value("i"), Const::Bool(true));
    assert_eq!(value("j"), Const::Null);
    assert_eq!(value("k"), Const::Int(-5));
    assert_eq!(value("l"), Const::Int(-1));
    assert_eq!(value("t"), Const::str("SELECT *\n  FROM t\n"));
}

#[test]
fn locals_declarations_and_compound_assignment() {
    let source = r#"class C { String field; void m(String p, int n) {
        var v = p; int a = 1, b[] = {1, 2}; String s = "x";
        s += p;          // String-typed: Concat
        a += n;          // int: Binary
        v += "!";        // untyped with a literal: Concat
        field += "y";    // String field: Concat then store
        a <<= 2;
    } }"#;
    let module = lower(source);
    let m = func(&module, "C.m");
    let v = var_named(m, "v");
    assert!(m.local(v).ty.is_none());
    let b = var_named(m, "b");
    assert_eq!(
        m.local(b)
            .ty
            .as_ref()
            .map(|t| (t.name.as_str(), t.array_dims)),
        Some(("int", 1))
    );
    assert!(matches!(def_of(m, b), Expr::List(items) if items.len() == 2));
    let assigned = |var: VarId| -> Vec<&Expr> {
        instrs(m)
            .filter_map(|i| match &i.kind {
                InstrKind::Assign { dst, value } if *dst == var => Some(value),
                _ => None,
            })
            .collect()
    };
    let s = var_named(m, "s");
    assert!(matches!(assigned(s)[1], Expr::Concat(parts) if parts[0] == Operand::Var(s)));
    let a = var_named(m, "a");
    assert!(matches!(assigned(a)[1], Expr::Binary(BinOp::Add, Operand::Var(x), _) if *x == a));
    assert!(matches!(assigned(a)[2], Expr::Binary(BinOp::Shl, _, _)));
    assert!(matches!(assigned(v)[1], Expr::Concat(_)));
    let store = instrs(m)
        .find_map(|i| match &i.kind {
            InstrKind::StoreField {
                field,
                value: Operand::Var(value),
                ..
            } if field.as_str() == "field" => Some(*value),
            _ => None,
        })
        .expect("store to field");
    assert!(matches!(def_of(m, store), Expr::Concat(_)));
}

#[test]
fn conditions_become_nested_branches() {
    let source = "class C { void m(boolean a, boolean b, boolean c) { if (a && (b || !c)) { x(); } boolean v = a && b; } }";
    let module = lower(source);
    let m = func(&module, "C.m");
    let params: Vec<VarId> = m.params.iter().map(|p| p.var).collect();
    let tested: Vec<&Operand> = m
        .blocks
        .iter()
        .filter_map(|b| match &b.term {
            Terminator::Branch { cond, .. } => Some(cond),
            _ => None,
        })
        .collect();
    // One block per operand, each testing a parameter directly; `!c` swaps targets.
    assert_eq!(
        tested,
        [
            &Operand::Var(params[1]),
            &Operand::Var(params[2]),
            &Operand::Var(params[3])
        ]
    );
    let v = var_named(m, "v");
    assert!(matches!(def_of(m, v), Expr::Binary(BinOp::And, _, _)));
}

#[test]
fn ternary_is_a_diamond() {
    let source = "class C { String m(boolean c) { return c ? \"a\" : \"b\"; } }";
    let module = lower(source);
    let m = func(&module, "C.m");
    let Terminator::Return(Some(Operand::Var(result))) = m
        .blocks
        .iter()
        .find(|b| matches!(b.term, Terminator::Return(_)))
        .unwrap()
        .term
        .clone()
    else {
        panic!()
    };
    let assignments = instrs(m)
        .filter(|i| matches!(&i.kind, InstrKind::Assign { dst, .. } if *dst == result))
        .count();
    assert_eq!(assignments, 2);
}

#[test]
fn loops_labels_and_enhanced_for() {
    let source = r#"class C { void m(java.util.List<String> xs) {
        outer:
        for (int i = 0; i < 10; i++) {
            for (String x : xs) {
                if (x == null) continue outer;
                if (x.isEmpty()) break outer;
                use(x);
            }
        }
        do { i(); } while (c());
    } }"#;
    let module = lower(source);
    let m = func(&module, "C.m");
    let x = var_named(m, "x");
    assert_eq!(
        m.local(x).ty.as_ref().map(|t| t.name.as_str()),
        Some("String")
    );
    assert!(matches!(def_of(m, x), Expr::Element(Operand::Var(v)) if *v == m.params[1].var));
    assert!(
        instrs(m).any(|i| matches!(&i.kind,
        InstrKind::Assign { value: Expr::Opaque { kind, .. }, .. } if kind.as_str() == "has_next"))
    );
    // `continue outer` jumps to the update block (`i++`), `break outer` past the loop.
    let gotos: Vec<usize> = m
        .blocks
        .iter()
        .filter_map(|b| match b.term {
            Terminator::Goto(target) => Some(target.0 as usize),
            _ => None,
        })
        .collect();
    let update = m
        .blocks
        .iter()
        .position(|b| {
            b.instrs.iter().any(|i| {
                matches!(
                    &i.kind,
                    InstrKind::Assign {
                        value: Expr::Binary(BinOp::Add, _, _),
                        ..
                    }
                )
            })
        })
        .expect("update block");
    assert!(gotos.contains(&update));
}

#[test]
fn switch_expressions_and_patterns() {
    let source = r#"class C { String m(int n, Object o) {
        int k = switch (n) { case 1, 2 -> 10; case 3 -> { yield 30; } default -> 0; };
        String r = switch (o) {
            case String s when s.isEmpty() -> "empty";
            case Integer i -> "int" + i;
            default -> "other";
        };
        if (o instanceof String str && str.length() > 2) { return str; }
        return r + k;
    } }"#;
    let module = lower(source);
    let m = func(&module, "C.m");
    let (cases, _) = m
        .blocks
        .iter()
        .find_map(|b| match &b.term {
            Terminator::Switch { cases, default, .. } => Some((cases, default)),
            _ => None,
        })
        .expect("constant switch");
    let labels: Vec<&Const> = cases.iter().map(|(c, _)| c).collect();
    assert_eq!(labels, [&Const::Int(1), &Const::Int(2), &Const::Int(3)]);
    let k = var_named(m, "k");
    let Expr::Use(Operand::Var(result)) = def_of(m, k) else {
        panic!()
    };
    let arms: Vec<&Expr> = instrs(m)
        .filter_map(|i| match &i.kind {
            InstrKind::Assign { dst, value } if dst == result => Some(value),
            _ => None,
        })
        .collect();
    assert_eq!(arms.len(), 3, "each arm (and yield) assigns the result");
    // Pattern cases test an opaque match and bind their variables.
    assert!(instrs(m).any(|i| matches!(&i.kind,
        InstrKind::Assign { value: Expr::Opaque { kind, .. }, .. } if kind.as_str() == "pattern_match")));
    let s = var_named(m, "s");
    assert!(matches!(def_of(m, s), Expr::Cast(ty, _) if ty.name.as_str() == "String"));
    let i = var_named(m, "i");
    assert_eq!(
        m.local(i).ty.as_ref().map(|t| t.name.as_str()),
        Some("Integer")
    );
    let str_var = var_named(m, "str");
    assert!(matches!(def_of(m, str_var), Expr::Cast(_, Operand::Var(v)) if *v == m.params[2].var));
    assert!(instrs(m).any(|i| matches!(
        &i.kind,
        InstrKind::Assign {
            value: Expr::InstanceOf(..),
            ..
        }
    )));
}

#[test]
fn class_kinds_nesting_and_members() {
    let source = r#"package p;
        interface Api { String PATH = "/x"; void call(int a); default void d() { call(1); } }
        enum Color { RED, GREEN("g"); Color() {} Color(String s) {} }
        record Point(int x, String y) {}
        @interface Mark { String value() default ""; }
        class Outer {
            static { init(); }
            { inst(); }
            static class Nested { class Deeper {} }
            abstract void todo();
        }"#;
    let module = lower(source);
    let kind = |q: &str| {
        module
            .classes
            .iter()
            .find(|c| c.qualified.as_str() == q)
            .map(|c| c.kind)
    };
    assert_eq!(kind("p.Api"), Some(ClassKind::Interface));
    assert_eq!(kind("p.Color"), Some(ClassKind::Enum));
    assert_eq!(kind("p.Point"), Some(ClassKind::Record));
    assert_eq!(kind("p.Mark"), Some(ClassKind::Annotation));
    assert_eq!(kind("p.Outer.Nested.Deeper"), Some(ClassKind::Class));
    let api = module
        .classes
        .iter()
        .find(|c| c.name.as_str() == "Api")
        .unwrap();
    assert!(api.fields[0].is_static && api.fields[0].is_final);
    assert!(func(&module, "p.Api.call").blocks.is_empty());
    assert!(!func(&module, "p.Api.d").blocks.is_empty());
    assert!(func(&module, "p.Outer.todo").blocks.is_empty());
    assert!(func(&module, "p.Mark.value").blocks.is_empty());
    let color = module
        .classes
        .iter()
        .find(|c| c.name.as_str() == "Color")
        .unwrap();
    let constants: Vec<(&str, bool, bool)> = color
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.is_static, f.is_final))
        .collect();
    assert_eq!(constants, [("RED", true, true), ("GREEN", true, true)]);
    assert!(color.fields[1].init.is_some());
    let point = module
        .classes
        .iter()
        .find(|c| c.name.as_str() == "Point")
        .unwrap();
    let fields: Vec<&str> = point.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["x", "y"]);
    let ctor = func(&module, "p.Point.<init>");
    assert_eq!(ctor.kind, FunctionKind::Constructor);
    let params: Vec<&str> = ctor.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(params, ["this", "x", "y"]);
    assert_eq!(
        instrs(ctor)
            .filter(|i| matches!(i.kind, InstrKind::StoreField { .. }))
            .count(),
        2
    );
    let clinit = func(&module, "p.Outer.<clinit>");
    assert!(clinit.is_static && clinit.kind == FunctionKind::Method);
    let instinit = func(&module, "p.Outer.<instinit>");
    assert_eq!(instinit.params[0].kind, ParamKind::Receiver);
}

#[test]
fn anonymous_and_local_classes() {
    let source = r#"package p;
        class Outer {
            String name;
            void m(String arg) {
                Runnable r = new Runnable() {
                    public void run() { System.out.println(arg + name); }
                };
                class Local { String get() { return arg; } }
            }
        }"#;
    let module = lower(source);
    let anon = module
        .classes
        .iter()
        .find(|c| c.qualified.as_str() == "p.Outer.$1")
        .expect("anonymous class");
    assert_eq!(anon.supers[0].name.as_str(), "Runnable");
    let m = func(&module, "p.Outer.m");
    let m_id = func_id(&module, "p.Outer.m");
    let run_id = func_id(&module, "p.Outer.$1.run");
    let run = func(&module, "p.Outer.$1.run");
    assert_eq!(run.kind, FunctionKind::Closure);
    assert_eq!(run.parent, Some(m_id));
    assert!(instrs(m).any(
        |i| matches!(&i.kind, InstrKind::Assign { value: Expr::Closure(id), .. } if *id == run_id)
    ));
    let r = var_named(m, "r");
    assert!(matches!(def_of(m, r), Expr::New { class, .. } if class.name.as_str() == "p.Outer.$1"));
    // `arg` and the outer `this` (for `name`) are captured.
    let outer: Vec<VarId> = run.captures.iter().map(|(o, _)| *o).collect();
    assert!(outer.contains(&m.params[1].var));
    assert!(outer.contains(&m.params[0].var));
    let get = func(&module, "p.Outer.Local.get");
    assert!(module
        .classes
        .iter()
        .any(|c| c.qualified.as_str() == "p.Outer.Local"));
    assert_eq!(get.parent, Some(m_id));
    assert_eq!(get.captures[0].0, m.params[1].var);
}

#[test]
fn calls_of_every_shape() {
    let source = r#"import static java.util.Objects.requireNonNull;
        class C extends B {
            C() { this(1); }
            C(int x) { super(x); }
            static String util(String s) { return s; }
            void helper() {}
            void m(javax.servlet.http.HttpServletRequest request) {
                super.m();
                helper();
                util("x");
                requireNonNull(request);
                request.getParameter("q");
                new java.io.File("a", "b");
                java.util.function.Function<String, Integer> f = Integer::parseInt;
                Object c = String.class;
            }
        }"#;
    let module = lower(source);
    let this_ctor = &module.functions[func_id(&module, "C.<init>").0 as usize];
    assert!(calls(this_ctor)
        .iter()
        .any(|(c, _)| matches!(c.callee, Callee::This)));
    assert!(module
        .functions
        .iter()
        .filter(|f| f.qualified.as_str() == "C.<init>")
        .any(|f| {
            calls(f).iter().any(
                |(c, _)| matches!(&c.callee, Callee::Super { name } if name.as_str() == "<init>"),
            )
        }));
    let m = func(&module, "C.m");
    let this = m.params[0].var;
    assert!(calls(m)
        .iter()
        .any(|(c, _)| matches!(&c.callee, Callee::Super { name } if name.as_str() == "m")));
    assert!(calls(m).iter().any(|(c, _)| matches!(&c.callee,
        Callee::Method { receiver: Operand::Var(v), name } if *v == this && name.as_str() == "helper")));
    function_call(m, "C.util");
    function_call(m, "requireNonNull");
    let (call, _) = method_call(m, "getParameter");
    assert!(
        matches!(call.callee, Callee::Method { receiver: Operand::Var(v), .. } if v == m.params[1].var)
    );
    assert!(instrs(m).any(|i| matches!(&i.kind,
        InstrKind::Eval(Expr::New { class, args }) if class.name.as_str() == "java.io.File" && args.len() == 2)));
    let f = var_named(m, "f");
    assert!(matches!(def_of(m, f), Expr::Opaque { kind, operands }
        if kind.as_str() == "method_reference" && operands == &[Operand::Global("Integer".into())]));
    assert_eq!(
        m.params[1].ty.as_ref().map(|t| t.name.as_str()),
        Some("javax.servlet.http.HttpServletRequest")
    );
}

#[test]
fn dotted_paths_fold_unless_rooted_in_a_local_or_field() {
    let source = r#"class C { java.util.Map<String, String> cache;
        void m(Config cfg) {
            Object a = java.io.File.separator;
            Object b = cfg.db.url;
            Object c = cache.size();
            Object d = Thread.currentThread().getName();
        } }"#;
    let module = lower(source);
    let m = func(&module, "C.m");
    assert!(
        matches!(def_of(m, var_named(m, "a")), Expr::Use(Operand::Global(g)) if g.as_str() == "java.io.File.separator")
    );
    let Expr::Field(Operand::Var(db), url) = def_of(m, var_named(m, "b")) else {
        panic!()
    };
    assert_eq!(url.as_str(), "url");
    assert!(
        matches!(def_of(m, *db), Expr::Field(Operand::Var(v), f) if *v == m.params[1].var && f.as_str() == "db")
    );
    let Expr::Call(call) = def_of(m, var_named(m, "c")) else {
        panic!()
    };
    let Callee::Method {
        receiver: Operand::Var(cache),
        ..
    } = &call.callee
    else {
        panic!()
    };
    assert!(matches!(def_of(m, *cache), Expr::Field(Operand::Var(v), _) if *v == m.params[0].var));
    function_call(m, "Thread.currentThread");
    method_call(m, "getName");
}

#[test]
fn stats_lines_errors_and_unknown_syntax() {
    let source = "class C {\n  void m() {\n    Object o = STR.\"x \\{y}\";\n    foo(;\n  }\n}\n";
    let module = lower(source);
    assert_eq!(module.stats.lines, 6);
    assert!(!module.stats.syntax_errors.is_empty());
    assert!(module.stats.syntax_errors.iter().all(|s| s.start_line >= 3));
    assert!(module
        .stats
        .unlowered
        .iter()
        .any(|(k, n)| k.as_str() == "template_expression" && *n == 1));
    let m = func(&module, "C.m");
    let o = var_named(m, "o");
    assert!(
        matches!(def_of(m, o), Expr::Opaque { kind, .. } if kind.as_str() == "template_expression")
    );
}

#[test]
fn labeled_blocks_and_synchronized() {
    let source = r#"class C { void m(int x) {
        found: { if (x == 1) break found; x = 2; }
        synchronized (this) { x = 3; }
        assert x > 0 : "positive";
    } }"#;
    let module = lower(source);
    let m = func(&module, "C.m");
    let x = m.params[1].var;
    // `break found` skips `x = 2` and lands where `x = 3` is assigned.
    let (then, _) = m
        .blocks
        .iter()
        .find_map(|b| match b.term {
            Terminator::Branch {
                then, otherwise, ..
            } => Some((then, otherwise)),
            _ => None,
        })
        .expect("branch");
    let Terminator::Goto(exit) = m.blocks[then.0 as usize].term else {
        panic!()
    };
    let exit_block = &m.blocks[exit.0 as usize];
    assert!(exit_block.instrs.iter().any(|i| matches!(&i.kind,
        InstrKind::Assign { dst, value: Expr::Use(Operand::Const(Const::Int(3))) } if *dst == x)));
    assert!(instrs(m).any(|i| matches!(&i.kind,
        InstrKind::Eval(Expr::Opaque { kind, .. }) if kind.as_str() == "assert")));
    assert!(module.stats.unlowered.is_empty());
}

#[test]
fn return_and_throw_carry_their_statement_span() {
    let source = "class C {\n  String m(String q) {\n    if (q == null)\n      throw new IllegalArgumentException();\n    return q;\n  }\n}\n";
    let module = lower(source);
    let m = func(&module, "C.m");
    let ret = m
        .blocks
        .iter()
        .find(|b| matches!(b.term, Terminator::Return(Some(_))))
        .unwrap();
    assert_eq!((ret.term_span.start_line, ret.term_span.start_col), (5, 5));
    let throw = m
        .blocks
        .iter()
        .find(|b| matches!(b.term, Terminator::Throw(Some(_))))
        .unwrap();
    assert_eq!(throw.term_span.start_line, 4);
}
