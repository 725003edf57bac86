//! What C# syntax becomes in the IR: names, types, calls, strings and
//! control flow, checked on the lowered module.

use std::path::Path;

use plumb_ir::{Callee, ClassKind, Expr, FunctionKind, InstrKind, Module, Operand, ParamKind};

fn lower(source: &str) -> Module {
    plumb_csharp::lower(Path::new("Test.cs"), source)
}

fn function<'m>(module: &'m Module, name: &str) -> &'m plumb_ir::Function {
    module
        .functions
        .iter()
        .find(|f| f.name.as_str() == name)
        .unwrap_or_else(|| panic!("no function {name}"))
}

fn exprs(function: &plumb_ir::Function) -> Vec<&Expr> {
    function
        .blocks
        .iter()
        .flat_map(|b| &b.instrs)
        .filter_map(|i| match &i.kind {
            InstrKind::Assign { value, .. } => Some(value),
            InstrKind::Eval(value) => Some(value),
            _ => None,
        })
        .collect()
}

fn callees(function: &plumb_ir::Function) -> Vec<String> {
    exprs(function)
        .into_iter()
        .filter_map(|e| match e {
            Expr::Call(call) => Some(match &call.callee {
                Callee::Function(Operand::Global(path)) => path.as_str().to_owned(),
                Callee::Method { name, .. } => format!(".{}", name.as_str()),
                Callee::Super { name } => format!("super.{}", name.as_str()),
                _ => "?".to_owned(),
            }),
            _ => None,
        })
        .collect()
}

#[test]
fn namespaces_usings_and_qualified_names() {
    let module = lower(
        "using System.Data.SqlClient;\nusing Sql = Microsoft.Data.SqlClient;\nnamespace Shop.Api.Controllers;\npublic class UsersController : ControllerBase { public void Get() {} private void Helper() {} }",
    );
    assert_eq!(
        module.package.map(|p| p.as_str().to_owned()).as_deref(),
        Some("Shop.Api.Controllers")
    );
    let class = &module.classes[0];
    assert_eq!(
        class.qualified.as_str(),
        "Shop.Api.Controllers.UsersController"
    );
    assert_eq!(class.supers[0].name.as_str(), "ControllerBase");
    let wildcard = |name: &str| {
        module
            .imports
            .iter()
            .any(|i| i.wildcard && i.target.as_str() == name)
    };
    assert!(wildcard("System.Data.SqlClient"));
    // Enclosing namespaces and the Web SDK's implicit usings are in scope.
    assert!(wildcard("Shop.Api"));
    assert!(wildcard("Microsoft.AspNetCore.Http"));
    assert!(module.imports.iter().any(|i| !i.wildcard
        && i.alias.as_str() == "Sql"
        && i.target.as_str() == "Microsoft.Data.SqlClient"));
    // Members without an access modifier are private, as C# makes them.
    let helper = function(&module, "Helper");
    assert!(helper
        .annotations
        .iter()
        .any(|a| a.name.as_str() == "private"));
    assert!(!function(&module, "Get")
        .annotations
        .iter()
        .any(|a| a.name.as_str() == "private"));
}

#[test]
fn attributes_drop_their_suffix_and_keep_constant_arguments() {
    let module = lower(
        "[ApiController]\npublic class C : ControllerBase {\n [HttpGetAttribute(\"{id}\")]\n public string Get([FromQuery] string q, int id = 3) => q; }",
    );
    assert_eq!(
        module.classes[0].annotations[0].name.as_str(),
        "ApiController"
    );
    let get = function(&module, "Get");
    assert_eq!(get.annotations[0].name.as_str(), "HttpGet");
    let q = get
        .params
        .iter()
        .find(|p| p.name.as_str() == "q")
        .expect("q");
    assert_eq!(q.annotations[0].name.as_str(), "FromQuery");
    assert_eq!(q.ty.as_ref().map(|t| t.name.as_str()), Some("string"));
    assert_eq!(get.params[0].kind, ParamKind::Receiver);
}

#[test]
fn static_calls_fold_into_paths_and_instance_calls_are_methods() {
    let module = lower(
        "class C { string _cs = \"\"; void M(string q) { var cmd = new SqlCommand(q, null); cmd.ExecuteReader(); System.IO.File.ReadAllText(q); string.Format(\"{0}\", q); Helper(); } void Helper() {} }",
    );
    let m = function(&module, "M");
    let names = callees(m);
    assert!(names.contains(&".ExecuteReader".to_owned()), "{names:?}");
    assert!(
        names.contains(&"System.IO.File.ReadAllText".to_owned()),
        "{names:?}"
    );
    assert!(
        names.contains(&"System.String.Format".to_owned()),
        "{names:?}"
    );
    assert!(names.contains(&".Helper".to_owned()), "{names:?}");
    assert!(exprs(m)
        .iter()
        .any(|e| matches!(e, Expr::New { class, .. } if class.name.as_str() == "SqlCommand")));
    // `var cmd = new SqlCommand(..)` is a SqlCommand.
    assert!(m.locals.iter().any(|l| l.name.as_str() == "cmd"
        && l.ty
            .as_ref()
            .is_some_and(|t| t.name.as_str() == "SqlCommand")));
}

#[test]
fn interpolated_and_concatenated_strings_are_concat() {
    let module = lower(
        "class C { void M(string q) { var a = $\"SELECT {q} FROM t\"; var b = @\"C:\\dir\\\" + q; var c = $@\"a{{b {q}\"; } }",
    );
    let concats: Vec<&Expr> = exprs(function(&module, "M"))
        .into_iter()
        .filter(|e| matches!(e, Expr::Concat(_)))
        .collect();
    assert_eq!(concats.len(), 3, "{concats:?}");
    let Expr::Concat(parts) = concats[0] else {
        unreachable!()
    };
    assert!(
        matches!(&parts[0], Operand::Const(plumb_ir::Const::Str(s)) if s.as_ref() == "SELECT ")
    );
    // `{{` in an interpolated string is a literal brace.
    let Expr::Concat(parts) = concats[2] else {
        unreachable!()
    };
    assert!(parts
        .iter()
        .any(|p| matches!(p, Operand::Const(plumb_ir::Const::Str(s)) if s.as_ref() == "a{b ")));
}

#[test]
fn properties_are_fields_and_primary_constructors_store_them() {
    let module = lower(
        "public record Person(string Name, int Age);\npublic class Svc(IRepo repo) { public string Title { get; set; } = \"t\"; public string Upper => Title.ToUpper(); public object Find() => repo.Find(); }",
    );
    let person = module
        .classes
        .iter()
        .find(|c| c.name.as_str() == "Person")
        .expect("record");
    assert_eq!(person.kind, ClassKind::Record);
    assert!(person.fields.iter().any(|f| f.name.as_str() == "Name"));
    let svc = module
        .classes
        .iter()
        .find(|c| c.name.as_str() == "Svc")
        .expect("class");
    assert!(svc
        .fields
        .iter()
        .any(|f| f.name.as_str() == "Title" && f.init.is_some()));
    assert!(svc.fields.iter().any(|f| f.name.as_str() == "repo"));
    let init = module
        .functions
        .iter()
        .find(|f| f.kind == FunctionKind::Constructor && f.qualified.as_str() == "Svc.<init>")
        .expect("primary constructor");
    assert!(init.blocks.iter().flat_map(|b| &b.instrs).any(
        |i| matches!(&i.kind, InstrKind::StoreField { field, .. } if field.as_str() == "repo")
    ));
    assert!(module
        .functions
        .iter()
        .any(|f| f.name.as_str() == "get_Upper"));
    // The primary-constructor parameter is read as the object's field.
    let find = function(&module, "Find");
    assert!(exprs(find)
        .iter()
        .any(|e| matches!(e, Expr::Field(_, name) if name.as_str() == "repo")));
}

#[test]
fn lambdas_local_functions_and_captures() {
    let module = lower(
        "class C { void M(string q) { Func<string, string> f = s => s + q; string Local(string x) => x + q; var r = Local(f(\"a\")); } }",
    );
    let closures: Vec<&plumb_ir::Function> = module
        .functions
        .iter()
        .filter(|f| f.kind == FunctionKind::Closure)
        .collect();
    assert_eq!(closures.len(), 2);
    assert!(closures.iter().all(|c| !c.captures.is_empty()));
    assert!(closures.iter().any(|c| c.name.as_str() == "Local"));
}

#[test]
fn object_initializers_store_fields_and_add_elements() {
    let module = lower(
        "class C { void M(string q) { var o = new CookieOptions { Secure = true }; var l = new List<string> { q }; var d = new Dictionary<string, string> { [\"k\"] = q }; } }",
    );
    let m = function(&module, "M");
    let instrs: Vec<&InstrKind> = m
        .blocks
        .iter()
        .flat_map(|b| &b.instrs)
        .map(|i| &i.kind)
        .collect();
    assert!(instrs
        .iter()
        .any(|k| matches!(k, InstrKind::StoreField { field, .. } if field.as_str() == "Secure")));
    assert!(instrs
        .iter()
        .any(|k| matches!(k, InstrKind::StoreIndex { .. })));
    assert!(callees(m).contains(&".Add".to_owned()));
}

#[test]
fn control_flow_switches_patterns_foreach_and_try() {
    let module = lower(
        r#"class C { int M(object o, string[] xs) {
            foreach (var x in xs) { if (x is string s && s.Length > 0) { continue; } }
            var y = o switch { "a" => 1, string t when t.Length > 2 => 2, _ => 3 };
            switch (y) { case 1: return 1; case 2: break; default: return 0; }
            try { Run(); } catch (IOException e) when (e.HResult > 0) { throw; } finally { Done(); }
            var (a, b) = (1, 2);
            return a + b;
        } }"#,
    );
    let m = function(&module, "M");
    assert!(m
        .blocks
        .iter()
        .any(|b| matches!(b.term, plumb_ir::Terminator::Switch { .. })));
    assert!(exprs(m).iter().any(|e| matches!(e, Expr::Element(_))));
    assert!(exprs(m).iter().any(|e| matches!(e, Expr::InstanceOf(..))));
    assert!(m.blocks.iter().any(|b| b.handler.is_some()));
    assert!(m.locals.iter().any(|l| l.name.as_str() == "s"));
    assert!(m.locals.iter().any(|l| l.name.as_str() == "b"));
}

#[test]
fn top_level_statements_are_main_and_query_syntax_is_counted() {
    let module = lower(
        "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/x\", (string q) => q);\nvar r = from u in users where u.Name == \"a\" select u.Id;\n",
    );
    let main = module
        .module_init
        .map(|id| &module.functions[id.0 as usize])
        .expect("main");
    assert_eq!(main.qualified.as_str(), "Program.<Main>$");
    assert!(callees(main).contains(&".MapGet".to_owned()));
    assert!(module
        .functions
        .iter()
        .any(|f| f.kind == FunctionKind::Closure));
    assert!(module
        .stats
        .unlowered
        .iter()
        .any(|(kind, _)| kind.as_str() == "query_expression"));
}
