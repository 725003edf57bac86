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

use plumb_ir::{FunctionBuilder, FunctionKind, Language, LoweringStats, Module};
use plumb_text::{Name, Span};
use tree_sitter::{Node, Parser};

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
        return unparsed_module(path, stats);
    };
    let mut lowerer = lower::Lowerer::new(source, path, stats);
    lowerer.record_syntax_errors(tree.root_node());
    lowerer.lower_file(tree.root_node());
    lowerer.finish(path)
}

/// The parser gave up entirely (only when cancelled or out of memory);
/// the module still has its file code so callers need no special case.
fn unparsed_module(path: &Path, mut stats: LoweringStats) -> Module {
    stats.syntax_errors.push(Span::DUMMY);
    let init = FunctionBuilder::new(
        Name::new("<module>"),
        Name::new(&lower::module_init_name(path)),
        FunctionKind::ModuleInit,
        Span::DUMMY,
    )
    .finish();
    Module {
        path: path.to_path_buf(),
        language: Language::Php,
        package: None,
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
    let mut parser = Parser::new();
    if parser.set_language(&grammar()).is_err() {
        return 0;
    }
    parser
        .parse(source, None)
        .map_or(0, |tree| tree.root_node().descendant_count())
}
