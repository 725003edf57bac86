//! Imports, functions, parameters, decorators, classes and closures.

mod common;

use common::*;
use plumb_ir::{
    AnnotationArg, AttrValue, Const, Expr, FunctionKind, InstrKind, Operand, ParamKind, TypeRef,
};

fn imports(module: &plumb_ir::Module) -> Vec<(String, String, bool)> {
    module
        .imports
        .iter()
        .map(|i| (i.alias.to_string(), i.target.to_string(), i.wildcard))
        .collect()
}

fn has(list: &[(String, String, bool)], alias: &str, target: &str, wildcard: bool) -> bool {
    list.contains(&(alias.to_string(), target.to_string(), wildcard))
}

#[test]
fn import_forms() {
    let source = "import os\nimport os.path\nimport a.b as c\nfrom a.b import c as d, e\nfrom x import *\n\ndef f():\n    import pickle\n    return pickle.loads(data)\n";
    let module = lower(source, "app.views");
    let list = imports(&module);
    assert!(has(&list, "os", "os", false));
    assert_eq!(list.iter().filter(|i| i.0 == "os").count(), 2);
    assert!(has(&list, "c", "a.b", false));
    assert!(has(&list, "d", "a.b.c", false));
    assert!(has(&list, "e", "a.b.e", false));
    assert!(has(&list, "x", "x", true));
    assert!(has(&list, "pickle", "pickle", false));
    // An import inside a function does not make the module a local.
    let f = func(&module, "app.views.f");
    function_call(f, "pickle.loads");
}

#[test]
fn relative_imports() {
    let source = "from .db import get_db\nfrom . import db\nfrom ..x import y\nfrom . import *\n";
    let list = imports(&lower(source, "app.sub.views"));
    assert!(has(&list, "get_db", "app.sub.db.get_db", false));
    assert!(has(&list, "db", "app.sub.db", false));
    assert!(has(&list, "y", "app.x.y", false));
    assert!(has(&list, "app.sub", "app.sub", true));

    let list = imports(&lower("from .db import get_db\n", "app.views"));
    assert!(has(&list, "get_db", "app.db.get_db", false));

    // In a package's __init__.py the current package is the module itself.
    let module = lower_at(
        "app/__init__.py",
        "from .db import get_db\nfrom . import views\n",
        "app",
    );
    let list = imports(&module);
    assert!(has(&list, "get_db", "app.db.get_db", false));
    assert!(has(&list, "views", "app.views", false));
}

#[test]
fn fastapi_parameters() {
    let source = r#"
@router.get("/items/{item_id}", response_class=HTMLResponse)
async def read_item(item_id: int, q: Optional[str] = None, *args, token: Annotated[str, Query(max_length=5)], db: Session = Depends(get_db), s: str = Query(None), **kw) -> list[int]:
    return await fetch(item_id, q)
"#;
    let module = lower(source, "app.api");
    let f = func(&module, "app.api.read_item");
    let route = &f.annotations[0];
    assert_eq!(route.name.as_str(), "router.get");
    assert_eq!(
        route.args[1],
        AnnotationArg {
            key: Some("response_class".into()),
            value: AttrValue::Name("HTMLResponse".into()),
        }
    );
    let kinds: Vec<(&str, ParamKind)> =
        f.params.iter().map(|p| (p.name.as_str(), p.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            ("item_id", ParamKind::Positional),
            ("q", ParamKind::Positional),
            ("args", ParamKind::VarArgs),
            ("token", ParamKind::KeywordOnly),
            ("db", ParamKind::KeywordOnly),
            ("s", ParamKind::KeywordOnly),
            ("kw", ParamKind::KwArgs),
        ]
    );
    let optional = f.params[1].ty.as_ref().expect("q typed");
    assert_eq!(optional.name.as_str(), "Optional");
    assert_eq!(optional.args, vec![TypeRef::simple("str")]);
    assert_eq!(f.params[1].default, Some(AttrValue::Const(Const::Null)));
    let annotated = f.params[3].ty.as_ref().expect("token typed");
    assert_eq!(annotated.name.as_str(), "Annotated");
    assert_eq!(annotated.args[0], TypeRef::simple("str"));
    assert_eq!(
        f.params[4].default,
        Some(AttrValue::Call(
            "Depends".into(),
            vec![AnnotationArg {
                key: None,
                value: AttrValue::Name("get_db".into()),
            }]
        ))
    );
    assert!(
        matches!(&f.params[5].default, Some(AttrValue::Call(name, _)) if name.as_str() == "Query")
    );
    let ret = f.return_type.as_ref().expect("return type");
    assert_eq!(
        (ret.name.as_str(), ret.args.clone()),
        ("list", vec![TypeRef::simple("int")])
    );
    // Parameters are locals with their declared types; await is the value.
    assert_eq!(
        f.locals[f.params[0].var.0 as usize].ty,
        Some(TypeRef::simple("int"))
    );
    let (call, span) = function_call(f, "fetch");
    assert_eq!(call.args[0].value, Operand::Var(f.params[0].var));
    assert_eq!(span.start_line, 4);
}

#[test]
fn classes_fields_and_methods() {
    let source = r#"
class UserView(views.View, APIView, metaclass=Meta):
    template = "user.html"
    name: str
    email: EmailStr = Field(..., max_length=50)

    def __init__(self, db):
        self.db = db
        self.count += 1

    @staticmethod
    def helper(x):
        return x

    def get(self, request):
        cur = self.db.cursor()
        super().get(request)
        return helper(request)

    class Meta:
        ordering = ["id"]
"#;
    let module = lower(source, "app.views");
    let class = &module.classes[0];
    assert_eq!(class.qualified.as_str(), "app.views.UserView");
    let supers: Vec<&str> = class.supers.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(supers, vec!["views.View", "APIView"]);
    let fields: Vec<&str> = class.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, vec!["template", "name", "email"]);
    let template = &class.fields[0];
    let init = &module.functions[template.init.expect("initialiser").0 as usize];
    assert_eq!(init.kind, FunctionKind::FieldInit);
    assert!(matches!(
        init.blocks[0].term,
        plumb_ir::Terminator::Return(Some(Operand::Const(Const::Str(ref s)))) if &**s == "user.html"
    ));
    assert_eq!(class.fields[1].ty, Some(TypeRef::simple("str")));
    assert!(class.fields[1].init.is_none());
    assert_eq!(class.fields[2].ty, Some(TypeRef::simple("EmailStr")));
    let email_init = &module.functions[class.fields[2].init.expect("email init").0 as usize];
    function_call(email_init, "Field");

    let ctor = func(&module, "app.views.UserView.__init__");
    assert_eq!(ctor.class, Some(plumb_ir::ClassId(0)));
    assert_eq!(ctor.params[0].name.as_str(), "self");
    let store = instrs(ctor)
        .find_map(|i| match &i.kind {
            InstrKind::StoreField { obj, field, value } => {
                Some((obj.clone(), *field, value.clone()))
            }
            _ => None,
        })
        .expect("StoreField");
    assert_eq!(
        store,
        (
            Operand::Var(var(ctor, "self")),
            "db".into(),
            Operand::Var(var(ctor, "db"))
        )
    );
    assert_eq!(class.methods.len(), 3);

    let helper = func(&module, "app.views.UserView.helper");
    assert!(helper.is_static);
    let get = func(&module, "app.views.UserView.get");
    assert!(!get.is_static);
    let (_, _, receiver) = method_call(get, "cursor");
    let Some(Expr::Field(obj, name)) = definition(get, &receiver) else {
        panic!("self.db is not a field read");
    };
    assert_eq!(
        (obj, name.as_str()),
        (&Operand::Var(var(get, "self")), "db")
    );
    assert!(common::calls(get).iter().any(
        |(c, _)| matches!(&c.callee, plumb_ir::Callee::Super { name } if name.as_str() == "get")
    ));
    assert_eq!(
        module.classes[1].qualified.as_str(),
        "app.views.UserView.Meta"
    );
}

#[test]
fn closures_capture_outer_variables() {
    let source = r#"
def outer(request):
    prefix = request.args["p"]
    def inner(x):
        return prefix + x
    key = lambda item: item[prefix]
    return inner, key
"#;
    let module = lower(source, "m");
    let outer = func(&module, "m.outer");
    let inner = func(&module, "m.outer.inner");
    assert_eq!(inner.kind, FunctionKind::Closure);
    let outer_id = module
        .functions
        .iter()
        .position(|f| f.qualified.as_str() == "m.outer")
        .expect("outer id");
    assert_eq!(inner.parent.map(|p| p.0 as usize), Some(outer_id));
    assert_eq!(
        inner.captures,
        vec![(var(outer, "prefix"), var(inner, "prefix"))]
    );
    let inner_var = var(outer, "inner");
    assert!(matches!(assigned(outer, inner_var), Expr::Closure(_)));
    let lambda = module
        .functions
        .iter()
        .find(|f| f.name.as_str() == "<lambda>")
        .expect("lambda");
    assert_eq!(lambda.kind, FunctionKind::Closure);
    assert_eq!(lambda.captures.len(), 1);
    assert_eq!(lambda.params[0].name.as_str(), "item");
}

#[test]
fn globals_and_module_names() {
    let source = r#"
counter = 0
DB = connect()

def bump(x):
    global counter
    counter = counter + x
    return DB.query(x)
"#;
    let module = lower(source, "m");
    let bump = func(&module, "m.bump");
    let store = instrs(bump)
        .find_map(|i| match &i.kind {
            InstrKind::StoreGlobal { name, value } => Some((name.to_string(), value.clone())),
            _ => None,
        })
        .expect("StoreGlobal");
    assert_eq!(store.0, "counter");
    assert!(
        matches!(definition(bump, &store.1), Some(Expr::Binary(_, l, _)) if *l == global("counter"))
    );
    function_call(bump, "DB.query");
    assert!(bump.locals.iter().all(|l| l.name.as_str() != "counter"));
}

#[test]
fn nonlocal_and_local_classes() {
    let source = r#"
def counter():
    count = 0
    class Local(Base):
        pass
    def bump():
        nonlocal count
        count = count + 1
        return Local()
    return bump

handler = lambda request: request.args
"#;
    let module = lower(source, "m");
    let outer = func(&module, "m.counter");
    let bump = func(&module, "m.counter.bump");
    assert_eq!(
        bump.captures,
        vec![
            (var(outer, "count"), var(bump, "count")),
            (var(outer, "Local"), var(bump, "Local")),
        ]
    );
    let count = var(bump, "count");
    assert!(matches!(assigned(bump, count), Expr::Binary(_, Operand::Var(v), _) if *v == count));
    assert_eq!(module.classes[0].qualified.as_str(), "m.counter.Local");
    assert!(
        matches!(assigned(outer, var(outer, "Local")), Expr::Use(op) if *op == global("m.counter.Local"))
    );
    let lambda = func(&module, "m.<lambda1>");
    assert!(lambda.captures.is_empty());
    let init = module_init(&module);
    assert!(instrs(init).any(
        |i| matches!(&i.kind, InstrKind::StoreGlobal { name, .. } if name.as_str() == "handler")
    ));
}
