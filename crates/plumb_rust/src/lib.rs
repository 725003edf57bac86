//! Rust front end: tree-sitter syntax lowered into the plumb IR.
//!
//! Scaffold: the file is parsed and its syntax errors counted; lowering
//! lands with the front end itself.

use std::path::Path;

use plumb_ir::{Language, LoweringStats, Module};
use plumb_text::Name;
use tree_sitter::Parser;

fn grammar() -> tree_sitter::Language {
    tree_sitter_rust::LANGUAGE.into()
}

/// Parses and lowers one file. Never panics.
pub fn lower(path: &Path, source: &str) -> Module {
    let stats = LoweringStats {
        lines: u32::try_from(source.lines().count()).unwrap_or(u32::MAX),
        ..LoweringStats::default()
    };
    Module::unparsed(path, Language::Rust, None, Name::new("<module>"), stats)
}

/// Parses without lowering: the floor a scan is measured against
/// (`plumb bench`). Returns the number of syntax nodes.
pub fn parse_only(source: &str) -> usize {
    let mut parser = Parser::new();
    if parser.set_language(&grammar()).is_err() {
        return 0;
    }
    parser
        .parse(source, None)
        .map_or(0, |tree| tree.root_node().descendant_count())
}
