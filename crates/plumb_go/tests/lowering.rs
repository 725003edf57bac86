//! Lowering of small snippets, read through the IR dump (`Module::dump`),
//! which is also what `plumb debug ir` prints.

use std::path::Path;

use plumb_ir::{FunctionKind, Language, Module, ParamKind};

fn lower(source: &str) -> Module {
    plumb_go::lower(Path::new("api/h.go"), source, "example.com/shop/api")
}

fn dump(source: &str) -> String {
    lower(source).dump()
}

fn assert_has(dump: &str, line: &str) {
    assert!(
        dump.lines().any(|l| l.trim() == line),
        "missing `{line}` in:\n{dump}"
    );
}

#[test]
fn imports_name_packages_by_path() {
    let module = lower(
        "package api\n\n\
         import (\n\
         \t\"net/http\"\n\
         \tex \"os/exec\"\n\
         \t\"github.com/go-chi/chi/v5\"\n\
         \t\"gopkg.in/yaml.v3\"\n\
         \t_ \"github.com/lib/pq\"\n\
         \t. \"strings\"\n\
         )\n",
    );
    assert_eq!(module.language, Language::Go);
    assert_eq!(
        module.package.map(|p| p.to_string()).as_deref(),
        Some("example.com/shop/api")
    );
    let imports: Vec<(String, String, bool)> = module
        .imports
        .iter()
        .map(|i| (i.alias.to_string(), i.target.to_string(), i.wildcard))
        .collect();
    for expected in [
        ("http", "net/http", false),
        ("ex", "os/exec", false),
        ("chi", "github.com/go-chi/chi", false),
        ("yaml", "gopkg.in/yaml.v3", false),
        ("strings", "strings", true),
    ] {
        let expected = (expected.0.to_owned(), expected.1.to_owned(), expected.2);
        assert!(
            imports.contains(&expected),
            "{expected:?} not in {imports:?}"
        );
    }
    assert!(!imports
        .iter()
        .any(|(_, target, _)| target == "github.com/lib/pq"));
}

#[test]
fn structs_methods_and_receivers() {
    let module = lower(
        "package api\n\n\
         import \"database/sql\"\n\n\
         type Base struct{ ID int }\n\n\
         type Store struct {\n\tBase\n\tdb *sql.DB\n\tname, email string\n}\n\n\
         func (s *Store) Find(id string) (*sql.Rows, error) {\n\treturn s.db.Query(id)\n}\n",
    );
    let class = module
        .classes
        .iter()
        .find(|c| c.name.as_str() == "Store")
        .expect("Store");
    assert_eq!(class.qualified.as_str(), "example.com/shop/api.Store");
    assert_eq!(class.supers[0].name.as_str(), "Base");
    let fields: Vec<&str> = class.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["Base", "db", "name", "email"]);
    assert_eq!(
        class.fields[1].ty.as_ref().map(|t| t.name.as_str()),
        Some("sql.DB")
    );
    let find = module
        .functions
        .iter()
        .find(|f| f.name.as_str() == "Find")
        .expect("Find");
    assert_eq!(find.kind, FunctionKind::Method);
    assert_eq!(find.qualified.as_str(), "example.com/shop/api.Store.Find");
    assert_eq!(find.params[0].kind, ParamKind::Receiver);
    assert_eq!(find.params[0].name.as_str(), "s");
    assert!(find.class.is_some());
    assert_eq!(
        find.return_type.as_ref().map(|t| t.name.as_str()),
        Some("sql.Rows")
    );
    let text = module.dump();
    assert_has(&text, "14: v2 $t1 = v0.db");
    assert_has(&text, "14: v3 $t2 = call v2.Query(v1)");
}

#[test]
fn multiple_results_take_the_first_as_the_value() {
    let text = dump(
        "package api\n\n\
         import \"database/sql\"\n\n\
         func f(db *sql.DB, q string) {\n\
         \trows, err := db.Query(q)\n\
         \t_, _ = rows, err\n\
         \tv, ok := m[q]\n\
         \t_, _ = v, ok\n\
         }\n",
    );
    assert_has(&text, "6: v2 $t1 = call v0.Query(v1)");
    assert_has(&text, "6: v3 rows = v2");
    assert_has(&text, "6: v4 err = opaque<result>(v2)");
    assert_has(&text, "8: v5 $t2 = @m[v1]");
    assert_has(&text, "8: v7 ok = opaque<result>(v5)");
}

#[test]
fn package_variables_are_typed_globals() {
    let text = dump(
        "package api\n\n\
         import \"database/sql\"\n\n\
         var db *sql.DB\n\n\
         const prefix = \"/api/\"\n\n\
         func f(q string) { db.Query(prefix + q) }\n",
    );
    assert_has(&text, "5: v0 db = null");
    assert_has(&text, "5: global db = v0");
    assert_has(&text, "7: global prefix = v1");
    // Neither side is a literal: the analysis folds `+` on strings.
    assert_has(&text, "9: v1 $t1 = Add(@prefix, v0)");
    assert_has(&text, "9: call @db.Query(v1)");
    let module = lower("package api\nimport \"database/sql\"\nvar db *sql.DB\n");
    let init = &module.functions[module.module_init.expect("init").0 as usize];
    assert_eq!(
        init.locals[0].ty.as_ref().map(|t| t.name.as_str()),
        Some("sql.DB")
    );
}

#[test]
fn conversions_builtins_and_pointers() {
    let text = dump(
        "package api\n\n\
         func f(s string, p *string) {\n\
         \tn := int(s[0])\n\
         \tb := []byte(s)\n\
         \tl := len(s)\n\
         \tx := *p\n\
         \ty := &s\n\
         \tz := append([]string{}, s)\n\
         \t_, _, _, _, _, _ = n, b, l, x, y, z\n\
         }\n",
    );
    assert_has(&text, "4: v2 $t1 = v0[0]");
    assert_has(&text, "4: v3 n = (int) v2");
    assert_has(&text, "5: v4 b = (byte[]) v0");
    assert_has(&text, "6: v5 l = (int) v0");
    assert_has(&text, "7: v6 x = v1");
    assert_has(&text, "8: v7 y = v0");
    assert_has(&text, "9: v9 z = opaque<append>(v8, v0)");
}

#[test]
fn composite_literals_store_their_fields() {
    let text = dump(
        "package api\n\n\
         import \"net/http\"\n\n\
         func f(w http.ResponseWriter, v string) {\n\
         \thttp.SetCookie(w, &http.Cookie{Name: \"sid\", Value: v, Secure: true})\n\
         \tm := map[string]string{\"k\": v}\n\
         \tl := []string{\"a\", v}\n\
         \t_, _ = m, l\n\
         }\n",
    );
    assert_has(&text, "6: v2 $t1 = new http.Cookie()");
    assert_has(&text, "6: v2.Name = \"sid\"");
    assert_has(&text, "6: v2.Value = v1");
    assert_has(&text, "6: v2.Secure = true");
    assert_has(&text, "6: call @http.SetCookie(v0, v2)");
    assert_has(&text, "7: v3 m = {\"k\": v1}");
    assert_has(&text, "8: v4 l = [\"a\", v1]");
}

#[test]
fn string_building_is_concat() {
    let text = dump(
        "package api\n\n\
         func f(a, b string) string {\n\
         \ts := \"x\" + a + \"y\" + b\n\
         \ts += a\n\
         \tn := 1 + 2\n\
         \t_ = n\n\
         \treturn s\n\
         }\n",
    );
    assert_has(&text, "4: v2 s = concat(\"x\", v0, \"y\", v1)");
    assert_has(&text, "6: v3 n = Add(1, 2)");
}

#[test]
fn closures_capture_and_defer_calls() {
    let module = lower(
        "package api\n\n\
         func f(q string) {\n\
         \tdefer func() { use(q) }()\n\
         \tgo run(q)\n\
         }\n",
    );
    let closure = module
        .functions
        .iter()
        .find(|f| f.kind == FunctionKind::Closure)
        .expect("closure");
    assert_eq!(closure.captures.len(), 1);
    assert!(closure.parent.is_some());
    let text = module.dump();
    assert_has(&text, "4: v1 $t1 = closure fn#2");
    assert_has(&text, "4: call v1()");
    assert_has(&text, "5: call @run(v0)");
}

#[test]
fn control_flow_shapes() {
    let text = dump(
        "package api\n\n\
         func f(xs []string, m map[string]int, v any) {\n\
         \tif n := len(xs); n > 0 && xs[0] != \"\" {\n\t\tuse(n)\n\t}\n\
         \tfor i, x := range xs {\n\t\tuse(i, x)\n\t}\n\
         \tfor k := range m {\n\t\tuse(k)\n\t}\n\
         \tfor i := 0; i < 3; i++ {\n\t\tif i == 1 {\n\t\t\tcontinue\n\t\t}\n\t\tbreak\n\t}\n\
         \tswitch t := v.(type) {\n\tcase string:\n\t\tuse(t)\n\t}\n\
         }\n",
    );
    assert_has(&text, "4: v3 n = (int) v0");
    assert_has(&text, "7: v8 i = (int) 0");
    assert_has(&text, "7: v9 x = element(v0)");
    assert_has(&text, "10: v11 k = opaque<range_key>(v1)");
    assert_has(&text, "20: v15 $t8 = v2 instanceof string");
    assert_has(&text, "20: v16 t = (string) v2");
    assert_has(&text, "13: v12 i = Add(v12, 1)");
}

#[test]
fn unknown_syntax_is_counted() {
    let module = lower("package api\n\nfunc f() {\nL:\n\tgoto L\n}\n");
    assert!(module
        .stats
        .unlowered
        .iter()
        .any(|(kind, _)| kind.as_str() == "goto_statement"));
}
