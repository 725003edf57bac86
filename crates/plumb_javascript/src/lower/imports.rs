//! Imports: ES `import` declarations, `require` calls bound to names, and
//! TypeScript `import x = require(..)`. Each name they bind becomes an
//! `Import` from the name to the qualified path it stands for, so that
//! `exec` from `child_process` is read as `child_process.exec`; relative
//! specifiers become the project's module names (`module_name.rs`).

use plumb_ir::Import;
use plumb_text::{Name, Span};
use tree_sitter::Node;

use super::{named_children, strings, Lowerer};
use crate::grammar::FieldName;
use crate::module_name::resolve_specifier;
use crate::span_of;

impl Lowerer<'_> {
    pub(super) fn add_import(&mut self, alias: &str, target: &str, span: Span) {
        if alias.is_empty() || target.is_empty() {
            return;
        }
        self.imports.push(Import {
            alias: Name::new(alias),
            target: Name::new(target),
            wildcard: false,
            span,
        });
    }

    fn specifier_module(&self, source: Node<'_>) -> String {
        let specifier = strings::string_text(self.src, source);
        resolve_specifier(&self.module_name, self.is_index, &specifier)
    }

    /// `import d, { a, b as c } from "m"`, `import * as ns from "m"`.
    pub(super) fn import_statement(&mut self, node: Node<'_>) {
        let Some(source) = self.field(node, FieldName::Source) else {
            return;
        };
        let module = self.specifier_module(source);
        for child in named_children(node) {
            match self.kind(child) {
                "import_clause" => self.import_clause(child, &module),
                // `import fs = require("fs")`
                "import_require_clause" => {
                    if let Some(name) = named_children(child)
                        .into_iter()
                        .find(|c| self.kind(*c) == "identifier")
                    {
                        let alias = self.text(name);
                        self.add_import(alias, &module, span_of(child));
                    }
                }
                _ => {}
            }
        }
    }

    fn import_clause(&mut self, clause: Node<'_>, module: &str) {
        for part in named_children(clause) {
            let span = span_of(part);
            match self.kind(part) {
                // The default export of a package is the package object.
                "identifier" => {
                    let alias = self.text(part);
                    self.add_import(alias, module, span);
                }
                "namespace_import" => {
                    if let Some(name) = named_children(part).into_iter().next() {
                        let alias = self.text(name);
                        self.add_import(alias, module, span);
                    }
                }
                "named_imports" => {
                    for specifier in named_children(part) {
                        if self.kind(specifier) != "import_specifier" {
                            continue;
                        }
                        let Some(name) = self.field(specifier, FieldName::Name) else {
                            continue;
                        };
                        let imported = self.export_name(name);
                        let alias = self
                            .field(specifier, FieldName::Alias)
                            .map_or(imported.clone(), |alias| self.text(alias).to_owned());
                        let target = if imported == "default" {
                            module.to_owned()
                        } else {
                            format!("{module}.{imported}")
                        };
                        self.add_import(&alias, &target, span_of(specifier));
                    }
                }
                _ => {}
            }
        }
    }

    fn export_name(&self, node: Node<'_>) -> String {
        if self.kind(node) == "string" {
            strings::string_text(self.src, node)
        } else {
            self.text(node).to_owned()
        }
    }

    /// `require("m")` (with `require` not shadowed), or a property path on
    /// one (`require("m").a.b`): the module path it reads.
    pub(super) fn required_path(&mut self, node: Node<'_>) -> Option<String> {
        let mut parts: Vec<&str> = Vec::new();
        let mut current = node;
        loop {
            match self.kind(current) {
                "member_expression" => {
                    let property = self.field(current, FieldName::Property)?;
                    parts.push(self.text(property));
                    current = self.field(current, FieldName::Object)?;
                }
                "await_expression" | "parenthesized_expression" => {
                    current = named_children(current).into_iter().next()?;
                }
                "call_expression" => break,
                _ => return None,
            }
        }
        let mut path = self.required_module(current)?;
        for part in parts.into_iter().rev() {
            path.push('.');
            path.push_str(part);
        }
        Some(path)
    }

    /// The module of a `require("m")` call.
    pub(super) fn required_module(&mut self, call: Node<'_>) -> Option<String> {
        let function = self.field(call, FieldName::Function)?;
        if self.kind(function) != "identifier" || self.text(function) != "require" {
            return None;
        }
        if self.resolve(Name::new("require")).is_some() {
            return None;
        }
        let arguments = self.field(call, FieldName::Arguments)?;
        let arguments = named_children(arguments);
        let [source] = arguments.as_slice() else {
            return None;
        };
        (self.kind(*source) == "string").then(|| self.specifier_module(*source))
    }

    /// `const x = require("m")`, `const { a, b: c } = require("m")`: records
    /// the imports and returns true; anything else is an ordinary declarator.
    pub(super) fn require_declarator(&mut self, declarator: Node<'_>) -> bool {
        let (Some(name), Some(value)) = (
            self.field(declarator, FieldName::Name),
            self.field(declarator, FieldName::Value),
        ) else {
            return false;
        };
        if !self.is_require_value(value) {
            return false;
        }
        let Some(path) = self.required_path(value) else {
            return false;
        };
        match self.kind(name) {
            "identifier" => {
                let alias = self.text(name);
                self.add_import(alias, &path, span_of(declarator));
            }
            "object_pattern" => {
                for property in named_children(name) {
                    match self.kind(property) {
                        "shorthand_property_identifier_pattern" => {
                            let alias = self.text(property);
                            self.add_import(alias, &format!("{path}.{alias}"), span_of(property));
                        }
                        "pair_pattern" => {
                            let key = self.field(property, FieldName::Key);
                            let value = self.field(property, FieldName::Value);
                            if let (Some(key), Some(value)) = (key, value) {
                                if self.kind(value) == "identifier" {
                                    let imported = self.export_name(key);
                                    let alias = self.text(value);
                                    self.add_import(
                                        alias,
                                        &format!("{path}.{imported}"),
                                        span_of(property),
                                    );
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => return false,
        }
        true
    }

    /// Syntactically a `require("literal")` (possibly awaited or with a
    /// property path), without asking whether `require` is shadowed: the
    /// scope scan uses it before any local exists.
    pub(super) fn is_require_value(&self, value: Node<'_>) -> bool {
        let mut current = value;
        loop {
            match self.kind(current) {
                "member_expression" => match self.field(current, FieldName::Object) {
                    Some(object) => current = object,
                    None => return false,
                },
                "await_expression" | "parenthesized_expression" => {
                    match named_children(current).into_iter().next() {
                        Some(inner) => current = inner,
                        None => return false,
                    }
                }
                "call_expression" => {
                    let function = self.field(current, FieldName::Function);
                    let is_require = function
                        .is_some_and(|f| self.kind(f) == "identifier" && self.text(f) == "require");
                    let literal = self
                        .field(current, FieldName::Arguments)
                        .map(named_children)
                        .is_some_and(
                            |args| matches!(args.as_slice(), [one] if self.kind(*one) == "string"),
                        );
                    return is_require && literal;
                }
                _ => return false,
            }
        }
    }
}
