//! Ruby front end: tree-sitter-ruby syntax lowered into the plumb IR.

mod fields;
mod kinds;
mod lower;

use std::path::Path;

use plumb_ir::{LoweringStats, Module};
use tree_sitter::Parser;

/// Parses and lowers one Ruby file. `module_name` (the file's path from
/// the project root, `app/models/user.rb` → `app.models.user`) names only
/// the file's top-level code: Ruby constants are global, so classes and
/// top-level methods are named by their constant path alone. Never panics:
/// syntax errors become `stats.syntax_errors` and whatever parsed is still
/// lowered.
pub fn lower(path: &Path, source: &str, module_name: &str) -> Module {
    let stats = LoweringStats {
        lines: u32::try_from(source.lines().count()).unwrap_or(u32::MAX),
        ..LoweringStats::default()
    };
    let mut parser = Parser::new();
    let tree = match parser.set_language(&tree_sitter_ruby::LANGUAGE.into()) {
        Ok(()) => parser.parse(source, None),
        Err(_) => None,
    };
    let mut lowerer = lower::Lowerer::new(source, module_name, stats);
    match tree {
        Some(tree) => {
            lowerer.record_syntax_errors(tree.root_node());
            lowerer.lower_program(tree.root_node());
        }
        // The parser gave up entirely (it only does when cancelled or out
        // of memory): an empty module that says so.
        None => lowerer.parse_failed(),
    }
    lowerer.finish(path)
}

/// The dotted module name of a Ruby file from its path below the project
/// root: `app/controllers/users_controller.rb` → `app.controllers.users_controller`.
pub fn module_name(relative: &Path) -> String {
    let mut parts: Vec<String> = relative
        .parent()
        .map(|dir| {
            dir.components()
                .filter_map(|c| c.as_os_str().to_str())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    if let Some(stem) = relative.file_stem().and_then(|s| s.to_str()) {
        parts.push(stem.replace('.', "_"));
    }
    parts.join(".")
}

pub(crate) use plumb_syntax::span_of;

/// Parses without lowering: the floor a scan is measured against
/// (`plumb bench`). Returns the number of syntax nodes.
pub fn parse_only(source: &str) -> usize {
    let mut parser = Parser::new();
    if parser
        .set_language(&tree_sitter_ruby::LANGUAGE.into())
        .is_err()
    {
        return 0;
    }
    parser
        .parse(source, None)
        .map_or(0, |tree| tree.root_node().descendant_count())
}
