//! The names a function body declares (`var`, `let`, `const`, function and
//! class declarations, `catch` parameters), found before the body is
//! lowered: a closure created before a declaration, or a hoisted function,
//! must already see the local. The scan does not enter nested functions
//! and is iterative, so deep input cannot exhaust the stack.

use plumb_text::Name;
use tree_sitter::Node;

use super::named_children;
use crate::grammar::{FieldName, Grammar};

pub(crate) struct Scan<'a> {
    pub src: &'a str,
    pub g: &'static Grammar,
}

impl Scan<'_> {
    fn text(&self, node: Node<'_>) -> &str {
        self.src.get(node.byte_range()).unwrap_or("")
    }

    /// Names bound by a declaration's pattern (`x`, `{a, b: c, ...d}`, `[e, f = 1]`).
    pub fn pattern_names(&self, pattern: Node<'_>, out: &mut Vec<Name>) {
        let mut stack = vec![pattern];
        while let Some(node) = stack.pop() {
            match self.g.kind(node) {
                "identifier" | "shorthand_property_identifier_pattern" => {
                    let name = Name::new(self.text(node));
                    if !out.contains(&name) {
                        out.push(name);
                    }
                }
                "pair_pattern" => stack.extend(self.g.field(node, FieldName::Value)),
                "object_assignment_pattern" | "assignment_pattern" => {
                    stack.extend(self.g.field(node, FieldName::Left))
                }
                "object_pattern" | "array_pattern" | "rest_pattern" => {
                    stack.extend(named_children(node).into_iter().rev())
                }
                _ => {}
            }
        }
    }

    /// Scans a function body (a statement block or an arrow's expression).
    pub fn declared(&self, body: Node<'_>, is_import: impl Fn(Node<'_>) -> bool) -> Vec<Name> {
        let mut names = Vec::new();
        let mut stack = vec![body];
        while let Some(node) = stack.pop() {
            match self.g.kind(node) {
                "variable_declarator" => {
                    if !is_import(node) {
                        if let Some(name) = self.g.field(node, FieldName::Name) {
                            self.pattern_names(name, &mut names);
                        }
                    }
                    stack.extend(self.g.field(node, FieldName::Value));
                }
                "function_declaration"
                | "generator_function_declaration"
                | "class_declaration"
                | "abstract_class_declaration" => {
                    if let Some(name) = self.g.field(node, FieldName::Name) {
                        self.pattern_names(name, &mut names);
                    }
                }
                "catch_clause" => {
                    if let Some(parameter) = self.g.field(node, FieldName::Parameter) {
                        self.pattern_names(parameter, &mut names);
                    }
                    stack.extend(self.g.field(node, FieldName::Body));
                }
                "for_in_statement" => {
                    if self.g.field(node, FieldName::Kind).is_some() {
                        if let Some(left) = self.g.field(node, FieldName::Left) {
                            self.pattern_names(left, &mut names);
                        }
                    }
                    stack.extend(self.g.field(node, FieldName::Right));
                    stack.extend(self.g.field(node, FieldName::Body));
                }
                // Their own scopes.
                "arrow_function"
                | "function_expression"
                | "function"
                | "generator_function"
                | "class"
                | "class_body"
                | "method_definition" => {}
                _ => stack.extend(named_children(node).into_iter().rev()),
            }
        }
        names
    }
}
