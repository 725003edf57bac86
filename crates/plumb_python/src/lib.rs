//! Python front end: tree-sitter-python syntax lowered into the plumb IR.

mod fields;
mod kinds;
mod lower;

use std::path::Path;

use plumb_ir::{Language, LoweringStats, Module};
use plumb_text::Name;
use tree_sitter::Parser;

/// Parses and lowers one Python file whose dotted module name (from the
/// project root, `app/views.py` → `app.views`) is `module_name`. Never
/// panics: syntax errors become `stats.syntax_errors` and whatever parsed
/// is still lowered.
pub fn lower(path: &Path, source: &str, module_name: &str) -> Module {
    let stats = LoweringStats {
        lines: u32::try_from(source.lines().count()).unwrap_or(u32::MAX),
        ..LoweringStats::default()
    };
    let mut parser = Parser::new();
    let tree = match parser.set_language(&tree_sitter_python::LANGUAGE.into()) {
        Ok(()) => parser.parse(source, None),
        Err(_) => None,
    };
    let Some(tree) = tree else {
        return Module::unparsed(
            path,
            Language::Python,
            Some(Name::new(module_name)),
            Name::new(&lower::qualify(module_name, "<module>")),
            stats,
        );
    };
    // A package's `__init__.py` is its own package for relative imports.
    let is_package = path.file_stem().is_some_and(|stem| stem == "__init__");
    let mut lowerer = lower::Lowerer::new(source, module_name, is_package, stats);
    lowerer.record_syntax_errors(tree.root_node());
    lowerer.lower_module(tree.root_node());
    lowerer.finish(path)
}

pub(crate) use plumb_syntax::span_of;

/// Parses without lowering: the floor a scan is measured against
/// (`plumb bench`). Returns the number of syntax nodes.
pub fn parse_only(source: &str) -> usize {
    let mut parser = tree_sitter::Parser::new();
    if parser
        .set_language(&tree_sitter_python::LANGUAGE.into())
        .is_err()
    {
        return 0;
    }
    parser
        .parse(source, None)
        .map_or(0, |tree| tree.root_node().descendant_count())
}
