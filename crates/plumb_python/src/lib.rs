//! Python front end: tree-sitter-python syntax lowered into the plumb IR.

mod fields;
mod kinds;
mod lower;

use std::path::Path;

use plumb_ir::{FunctionBuilder, FunctionKind, Language, LoweringStats, Module};
use plumb_text::{Name, Span};
use tree_sitter::{Node, Parser};

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
        return unparsed_module(path, module_name, stats);
    };
    // A package's `__init__.py` is its own package for relative imports.
    let is_package = path.file_stem().is_some_and(|stem| stem == "__init__");
    let mut lowerer = lower::Lowerer::new(source, module_name, is_package, stats);
    lowerer.record_syntax_errors(tree.root_node());
    lowerer.lower_module(tree.root_node());
    lowerer.finish(path)
}

/// The parser gave up entirely (it only does when cancelled or out of
/// memory); the module still has its module-init so callers need no special case.
fn unparsed_module(path: &Path, module_name: &str, mut stats: LoweringStats) -> Module {
    stats.syntax_errors.push(Span::DUMMY);
    let init = FunctionBuilder::new(
        Name::new("<module>"),
        Name::new(&lower::qualify(module_name, "<module>")),
        FunctionKind::ModuleInit,
        Span::DUMMY,
    )
    .finish();
    Module {
        path: path.to_path_buf(),
        language: Language::Python,
        package: Some(Name::new(module_name)),
        imports: Vec::new(),
        classes: Vec::new(),
        functions: vec![init],
        module_init: Some(plumb_ir::FuncId(0)),
        stats,
    }
}

pub(crate) fn span_of(node: Node<'_>) -> Span {
    let start = node.start_position();
    let end = node.end_position();
    let clamp = |value: usize| u32::try_from(value).unwrap_or(u32::MAX);
    Span {
        start_line: clamp(start.row).saturating_add(1),
        start_col: clamp(start.column).saturating_add(1),
        end_line: clamp(end.row).saturating_add(1),
        end_col: clamp(end.column).saturating_add(1),
        start_byte: clamp(node.start_byte()),
        end_byte: clamp(node.end_byte()),
    }
}

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
