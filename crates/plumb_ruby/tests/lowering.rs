//! Lowering of small snippets, read through the IR dump (`Module::dump`),
//! which is also what `plumb debug ir` prints.

use std::path::Path;

use plumb_ir::{FunctionKind, Language, Module, ParamKind};

fn lower(source: &str) -> Module {
    plumb_ruby::lower(Path::new("app/x.rb"), source, "app.x")
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
fn module_names_come_from_paths() {
    assert_eq!(
        plumb_ruby::module_name(Path::new("app/controllers/users_controller.rb")),
        "app.controllers.users_controller"
    );
}

#[test]
fn nested_constants_are_dotted_and_methods_take_self() {
    let module = lower(
        "module Admin\n  class UsersController < ApplicationController\n    def show\n      @user = find(params[:id])\n    end\n    def self.table = \"users\"\n    def initialize(db)\n      @db = db\n    end\n  end\nend\n",
    );
    assert_eq!(module.language, Language::Ruby);
    let class = module
        .classes
        .iter()
        .find(|c| c.qualified.as_str() == "Admin.UsersController")
        .expect("class");
    assert_eq!(class.supers[0].name.as_str(), "ApplicationController");
    let show = module
        .functions
        .iter()
        .find(|f| f.qualified.as_str() == "Admin.UsersController.show")
        .expect("show");
    assert_eq!(show.kind, FunctionKind::Method);
    assert_eq!(show.params[0].kind, ParamKind::Receiver);
    let table = module
        .functions
        .iter()
        .find(|f| f.qualified.as_str() == "Admin.UsersController.table")
        .expect("table");
    assert!(table.is_static);
    assert!(module
        .functions
        .iter()
        .any(|f| f.qualified.as_str() == "Admin.UsersController.<init>"
            && f.kind == FunctionKind::Constructor));
    let text = module.dump();
    assert_has(&text, "4: v1 $t1 = call @params()");
    assert_has(&text, "4: v2 $t2 = v1[\"id\"]");
    assert_has(&text, "4: v3 $t3 = call @find(v2)");
    assert_has(&text, "4: v0.user = v3");
}

#[test]
fn a_name_is_local_only_after_its_assignment() {
    let text = dump("def f\n  x\n  x = 1\n  x\nend\n");
    assert_has(&text, "2: v0 $t1 = call @x()");
    assert_has(&text, "3: v1 x = 1");
    assert_has(&text, "return v1");
}

#[test]
fn strings_interpolation_heredocs_and_backticks() {
    let text = dump(
        "def f(a)\n  s = \"id = #{a}\"\n  t = 'x' + a\n  t << a\n  u = <<~SQL\n    WHERE #{a}\n  SQL\n  `ls #{a}`\nend\n",
    );
    assert_has(&text, "2: v2 s = concat(\"id = \", v0)");
    assert_has(&text, "3: v4 t = concat(\"x\", v0)");
    assert_has(&text, "4: v5 $t3 = call v4.<<(v0)");
    assert_has(&text, "4: v4 t = v5");
    assert_has(&text, "5: v7 u = concat(\"\\n    WHERE \", v0, \"\\n  \")");
    assert_has(&text, "8: v9 $t6 = call @`(v8)");
}

#[test]
fn calls_keywords_constants_and_constructors() {
    let text = dump(
        "def f(a)\n  User.where(name: a)\n  ActiveRecord::Base.connection.execute(a)\n  File.new(a)\n  a&.strip\n  a.to_i\nend\n",
    );
    assert_has(&text, "2: v1 $t1 = call @User.where(name=v0)");
    assert_has(&text, "3: v2 $t2 = call @ActiveRecord.Base.connection()");
    assert_has(&text, "3: v3 $t3 = call v2.execute(v0)");
    assert_has(&text, "4: v4 $t4 = new File(v0)");
    assert_has(&text, "5: v5 $t5 = call v0.strip()");
    assert_has(&text, "6: v6 $t6 = (Integer) v0");
}

#[test]
fn blocks_are_closures_with_captures_and_iterators_are_loops() {
    let module = lower(
        "def f(a)\n  xs = [a]\n  xs.each { |x| system(x) }\n  helper do\n    system(a)\n  end\nend\n",
    );
    let text = module.dump();
    assert_has(&text, "3: v5 $t4 = element(v2)");
    assert_has(&text, "3: v6 x = v5");
    assert_has(&text, "3: v7 $t5 = call @system(v6)");
    let block = module
        .functions
        .iter()
        .find(|f| f.kind == FunctionKind::Closure)
        .expect("block");
    assert_eq!(block.captures.len(), 1);
}

#[test]
fn control_flow_shapes() {
    let text = dump(
        "def f(a)\n  x ||= a\n  case a\n  when 1, 2 then 3\n  else 4\n  end\n  begin\n    g(a)\n  rescue Err => e\n    h(e)\n  ensure\n    k\n  end\n  return a unless a\n  a\nend\n",
    );
    assert!(text.contains("if v"), "{text}");
    assert!(text.contains("catch →"), "{text}");
    assert!(text.contains("opaque<exception>"), "{text}");
}

#[test]
fn unknown_syntax_is_counted() {
    let module = lower("def f(a)\n  case a\n  in [x, y] then x\n  end\nend\n");
    assert!(!module.stats.unlowered.is_empty());
}

#[test]
fn symbols_are_names_and_regexes_are_objects() {
    let text = dump("def f\n  t = :authenticity_token\n  x = params[:id]\n  r = /[a-z]+/\nend\n");
    assert_has(&text, "2: v1 t = (Symbol) \"authenticity_token\"");
    assert_has(&text, "3: v4 x = v2[\"id\"]");
    assert_has(&text, "4: v6 r = new Regexp(\"[a-z]+\")");
}
