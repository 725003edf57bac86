//! Lowering of small snippets, read through the IR dump (`Module::dump`),
//! which is also what `plumb debug ir` prints.

use std::path::Path;

use plumb_ir::{FunctionKind, Language, Module, ParamKind};

fn lower(source: &str) -> Module {
    plumb_php::lower(Path::new("app/Http/UserController.php"), source)
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
fn namespaces_and_imports_are_dotted() {
    let module = lower(
        "<?php\nnamespace App\\Http;\n\
         use Illuminate\\Http\\Request;\n\
         use Illuminate\\Support\\Facades\\DB as Database;\n\
         use App\\Models\\{User, Post as Article};\n\
         function f() { Database::select('x'); }\n",
    );
    assert_eq!(module.language, Language::Php);
    assert_eq!(
        module.package.map(|p| p.as_str().to_string()).as_deref(),
        Some("App.Http")
    );
    let imports: Vec<(String, String)> = module
        .imports
        .iter()
        .map(|i| (i.alias.as_str().to_string(), i.target.as_str().to_string()))
        .collect();
    for (alias, target) in [
        ("Request", "Illuminate.Http.Request"),
        ("Database", "Illuminate.Support.Facades.DB"),
        ("User", "App.Models.User"),
        ("Article", "App.Models.Post"),
    ] {
        assert!(
            imports.contains(&(alias.to_string(), target.to_string())),
            "{alias} → {target} in {imports:?}"
        );
    }
    let text = module.dump();
    assert!(text.contains("Function App.Http.f()"), "{text}");
    assert_has(&text, "6: call @Database.select(\"x\")");
}

#[test]
fn classes_methods_constructors_and_promoted_properties() {
    let module = lower(
        "<?php\nnamespace App;\n\
         class UserController extends Controller {\n\
           public function __construct(private UserRepo $repo) {}\n\
           public static function make() { return new static(); }\n\
           public function show(Request $request, int $id) { return $this->repo->find($id); }\n\
         }\n",
    );
    let class = &module.classes[0];
    assert_eq!(class.qualified.as_str(), "App.UserController");
    assert_eq!(class.supers[0].name.as_str(), "Controller");
    assert!(class.fields.iter().any(|f| f.name.as_str() == "repo"));
    let init = module
        .functions
        .iter()
        .find(|f| f.qualified.as_str() == "App.UserController.<init>")
        .expect("constructor");
    assert_eq!(init.kind, FunctionKind::Constructor);
    assert_eq!(init.params[0].kind, ParamKind::Receiver);
    let make = module
        .functions
        .iter()
        .find(|f| f.name.as_str() == "make")
        .expect("static method");
    assert!(make.is_static && make.params.is_empty());
    let text = module.dump();
    assert_has(&text, "4: v0.repo = v1");
    assert_has(&text, "6: v4 $t2 = call v3.find(v2)");
}

#[test]
fn strings_interpolation_and_concatenation() {
    let text = dump(
        "<?php\nfunction f($a, $o) {\n\
         $q = \"x $a {$o->b} y\";\n\
         $q .= 'z' . $a;\n\
         $h = <<<EOT\nHi $a\nEOT;\n\
         $c = `ls $a`;\n\
         }\n",
    );
    assert_has(&text, "3: v3 q = concat(\"x \", v0, \" \", v2, \" y\")");
    assert_has(&text, "4: v4 $t2 = concat(\"z\", v0)");
    assert_has(&text, "4: v5 $t3 = concat(v3, v4)");
    assert_has(&text, "5: v6 h = concat(\"Hi \", v0)");
    assert_has(&text, "8: v8 c = call @shell_exec(v7)");
}

#[test]
fn superglobals_arrays_and_destructuring() {
    let text = dump(
        "<?php\n$v = $_GET['id'];\n\
         $m = ['k' => $v, 2];\n\
         [$a, $b] = [$v, 1];\n\
         ['k' => $k] = $m;\n\
         $xs[] = $v;\n",
    );
    assert_has(&text, "2: v0 v = @_GET[\"id\"]");
    assert_has(&text, "3: v1 m = {\"k\": v0, 0: 2}");
    assert_has(&text, "4: v3 a = v2[0]");
    assert_has(&text, "5: v5 k = v1[\"k\"]");
}

#[test]
fn closures_capture_their_use_list_and_arrow_functions_what_they_read() {
    let module = lower(
        "<?php\nfunction f($a, $b) {\n\
         $g = function ($x) use ($a) { return $a . $x; };\n\
         $h = fn($y) => $y . $b;\n\
         }\n",
    );
    let closures: Vec<_> = module
        .functions
        .iter()
        .filter(|f| f.kind == FunctionKind::Closure)
        .collect();
    assert_eq!(closures.len(), 2);
    assert_eq!(closures[0].captures.len(), 1);
    assert_eq!(closures[1].captures.len(), 1);
}

#[test]
fn casts_calls_and_includes() {
    let text = dump(
        "<?php\n$id = (int) $_GET['id'];\n\
         include 'pages/' . $p;\n\
         echo $a, $b;\n\
         $o = new \\App\\Models\\User($id);\n",
    );
    assert_has(&text, "2: v1 id = (int) v0");
    assert_has(&text, "3: call @include(v3)");
    assert_has(&text, "4: call @echo(v4, v5)");
    assert_has(&text, "5: v6 o = new App.Models.User(v1)");
}

#[test]
fn unknown_syntax_is_counted() {
    let module = lower("<?php\n$x = yield $y;\n");
    assert!(module
        .stats
        .unlowered
        .iter()
        .any(|(kind, _)| kind.as_str() == "yield_expression"));
}

#[test]
fn short_echo_tags_echo_in_blocks_too() {
    let text = dump("<p><?= $a ?></p>\n<?php if ($b): ?>\n<i><?= $c ?></i>\n<?php endif; ?>\n");
    assert_has(&text, "1: call @echo(v0)");
    assert_has(&text, "3: call @echo(v2)");
}
