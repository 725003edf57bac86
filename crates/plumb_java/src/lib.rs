//! Java front end: tree-sitter-java syntax lowered into the plumb IR
//! following the conventions of `docs/ir.md`.

mod fields;
mod kinds;
mod literals;
mod lower;
mod types;

use std::path::Path;

use plumb_ir::{Language, LoweringStats, Module};

/// Parses and lowers one Java file. Never panics: syntax errors become
/// `stats.syntax_errors` and whatever parsed is still lowered.
pub fn lower(path: &Path, source: &str) -> Module {
    let mut module = Module {
        path: path.to_path_buf(),
        language: Language::Java,
        package: None,
        imports: Vec::new(),
        classes: Vec::new(),
        functions: Vec::new(),
        module_init: None,
        stats: LoweringStats {
            lines: line_count(source),
            ..LoweringStats::default()
        },
    };
    let mut parser = tree_sitter::Parser::new();
    if parser
        .set_language(&tree_sitter_java::LANGUAGE.into())
        .is_err()
    {
        return module;
    }
    let Some(tree) = parser.parse(source, None) else {
        return module;
    };
    lower::lower_program(tree.root_node(), source, &mut module);
    module
}

fn line_count(source: &str) -> u32 {
    let newlines = source.bytes().filter(|b| *b == b'\n').count();
    let unterminated = usize::from(!source.is_empty() && !source.ends_with('\n'));
    u32::try_from(newlines + unterminated).unwrap_or(u32::MAX)
}

/// Parses without lowering: the floor a scan is measured against
/// (`plumb bench`). Returns the number of syntax nodes.
pub fn parse_only(source: &str) -> usize {
    let mut parser = tree_sitter::Parser::new();
    if parser
        .set_language(&tree_sitter_java::LANGUAGE.into())
        .is_err()
    {
        return 0;
    }
    parser
        .parse(source, None)
        .map_or(0, |tree| tree.root_node().descendant_count())
}
