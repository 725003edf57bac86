//! Python decides a name's scope per function: a name bound anywhere in the
//! body is local everywhere in it (unless declared `global`/`nonlocal`), so
//! reads before the first assignment must already see the local. This scan
//! finds those names before the body is lowered. It is iterative, so deep
//! input cannot exhaust the stack.

use crate::fields::{FieldExt, FieldName};
use crate::kinds::KindExt;
use std::collections::HashSet;

use plumb_text::Name;
use tree_sitter::Node;

use super::{for_each_named_child, named_children};

#[derive(Default)]
pub(crate) struct ScopeInfo {
    /// Bound names in first-binding order.
    pub locals: Vec<Name>,
    pub globals: HashSet<Name>,
    pub nonlocals: HashSet<Name>,
}

struct Scan<'a> {
    src: &'a str,
    seen: HashSet<Name>,
    info: ScopeInfo,
}

impl Scan<'_> {
    fn bind(&mut self, node: Node<'_>) {
        let text = self.src.get(node.byte_range()).unwrap_or("");
        if text.is_empty() || text == "_" {
            return;
        }
        let name = Name::new(text);
        if self.seen.insert(name) {
            self.info.locals.push(name);
        }
    }

    fn bind_targets(&mut self, target: Node<'_>) {
        let mut stack = vec![target];
        while let Some(node) = stack.pop() {
            match node.kind_name() {
                "identifier" => self.bind(node),
                "pattern_list"
                | "tuple_pattern"
                | "list_pattern"
                | "tuple"
                | "list"
                | "parenthesized_expression"
                | "expression_list"
                | "list_splat_pattern"
                | "list_splat"
                | "as_pattern_target" => {
                    stack.extend(named_children(node).into_iter().rev());
                }
                _ => {}
            }
        }
    }
}

/// Scans a function body (or a lambda's body expression).
pub(crate) fn scan(src: &str, body: Node<'_>) -> ScopeInfo {
    let mut scan = Scan {
        src,
        seen: HashSet::new(),
        info: ScopeInfo::default(),
    };
    // (node, kind of its parent): capture patterns are recognised by parent.
    let mut stack: Vec<(Node<'_>, &'static str)> = vec![(body, "")];
    while let Some((node, parent)) = stack.pop() {
        let kind = node.kind_name();
        match kind {
            "function_definition" | "class_definition" => {
                if let Some(name) = node.field(FieldName::Name) {
                    scan.bind(name);
                }
            }
            "lambda" | "import_statement" | "import_from_statement" | "future_import_statement" => {
            }
            "assignment" | "augmented_assignment" => {
                if let Some(left) = node.field(FieldName::Left) {
                    scan.bind_targets(left);
                }
                if let Some(right) = node.field(FieldName::Right) {
                    stack.push((right, kind));
                }
            }
            "for_statement" => {
                if let Some(left) = node.field(FieldName::Left) {
                    scan.bind_targets(left);
                }
                for field in [FieldName::Alternative, FieldName::Body, FieldName::Right] {
                    if let Some(child) = node.field(field) {
                        stack.push((child, kind));
                    }
                }
            }
            // Comprehension variables are scoped to the comprehension.
            "for_in_clause" => {
                for child in super::field_children(node, FieldName::Right) {
                    stack.push((child, kind));
                }
            }
            "as_pattern" => {
                if let Some(alias) = node.field(FieldName::Alias) {
                    scan.bind_targets(alias);
                }
                if let Some(value) = named_children(node).into_iter().next() {
                    stack.push((value, kind));
                }
            }
            "except_clause" => {
                if let Some(alias) = node.field(FieldName::Alias) {
                    scan.bind_targets(alias);
                }
                push_children(&mut stack, node, kind);
            }
            "named_expression" => {
                if let Some(name) = node.field(FieldName::Name) {
                    scan.bind(name);
                }
                if let Some(value) = node.field(FieldName::Value) {
                    stack.push((value, kind));
                }
            }
            "global_statement" | "nonlocal_statement" => {
                for name in named_children(node) {
                    let text = src.get(name.byte_range()).unwrap_or("");
                    let set = if kind == "global_statement" {
                        &mut scan.info.globals
                    } else {
                        &mut scan.info.nonlocals
                    };
                    set.insert(Name::new(text));
                }
            }
            "dotted_name" if is_capture_parent(parent) => {
                let parts = named_children(node);
                if let [single] = parts.as_slice() {
                    scan.bind(*single);
                }
            }
            "splat_pattern" => {
                for child in named_children(node) {
                    scan.bind(child);
                }
            }
            _ => push_children(&mut stack, node, kind),
        }
    }
    let ScopeInfo {
        locals,
        globals,
        nonlocals,
    } = scan.info;
    let locals = locals
        .into_iter()
        .filter(|name| !globals.contains(name) && !nonlocals.contains(name))
        .collect();
    ScopeInfo {
        locals,
        globals,
        nonlocals,
    }
}

/// A one-name `dotted_name` directly in a case pattern is a capture (`case x:`,
/// `Point(x=a)`); dotted ones (`Color.RED`) and class names are values.
pub(crate) fn is_capture_parent(parent: &str) -> bool {
    matches!(parent, "case_pattern" | "keyword_pattern")
}

/// Pushes the named children of `node` (of kind `kind`) so that they pop
/// in source order.
fn push_children<'t>(
    stack: &mut Vec<(Node<'t>, &'static str)>,
    node: Node<'t>,
    kind: &'static str,
) {
    let first = stack.len();
    for_each_named_child(node, |child| stack.push((child, kind)));
    stack[first..].reverse();
}
