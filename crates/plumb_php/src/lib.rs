//! PHP front end: tree-sitter syntax lowered into the plumb IR.
//!
//! A file's module is named by its namespace (`App\Http\Controllers` →
//! `App.Http.Controllers`): functions and classes of one namespace resolve
//! across files, and a file without a namespace declares global names.
//! Conventions are in docs/ir.md.

mod fields;
mod kinds;
mod lower;

use std::path::Path;

use plumb_ir::{Language, LoweringStats, Module};
use plumb_text::Name;
use tree_sitter::Parser;

fn grammar() -> tree_sitter::Language {
    tree_sitter_php::LANGUAGE_PHP.into()
}

/// Parses and lowers one file. Never panics: syntax errors become
/// `stats.syntax_errors` and whatever parsed is still lowered.
pub fn lower(path: &Path, source: &str) -> Module {
    let stats = LoweringStats {
        lines: u32::try_from(source.lines().count()).unwrap_or(u32::MAX),
        ..LoweringStats::default()
    };
    let mut parser = Parser::new();
    let tree = match parser.set_language(&grammar()) {
        Ok(()) => parser.parse(source, None),
        Err(_) => None,
    };
    let Some(tree) = tree else {
        return Module::unparsed(
            path,
            Language::Php,
            None,
            Name::new(&lower::module_init_name(path)),
            stats,
        );
    };
    let mut lowerer = lower::Lowerer::new(source, path, stats);
    lowerer.record_syntax_errors(tree.root_node());
    lowerer.lower_file(tree.root_node());
    lowerer.finish(path)
}

pub(crate) use plumb_syntax::span_of;

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
