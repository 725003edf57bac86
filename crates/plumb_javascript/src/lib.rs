//! JavaScript and TypeScript front end (JSX and TSX included):
//! tree-sitter syntax lowered into the plumb IR.

mod grammar;
mod lower;
mod module_name;

use std::path::Path;

use plumb_ir::{Language, LoweringStats, Module};
use plumb_text::Name;
use tree_sitter::Parser;

pub use grammar::Dialect;
pub use module_name::module_name;

/// The language and grammar of a file, by its name: `.ts`, `.mts`, `.cts`
/// are TypeScript, `.tsx` is TSX; everything else JavaScript (which parses
/// JSX too).
pub fn dialect_of(path: &Path) -> Dialect {
    match path.extension().and_then(|ext| ext.to_str()) {
        Some("ts" | "mts" | "cts") => Dialect::TypeScript,
        Some("tsx") => Dialect::Tsx,
        _ => Dialect::JavaScript,
    }
}

fn language_of(dialect: Dialect) -> Language {
    match dialect {
        Dialect::JavaScript => Language::JavaScript,
        Dialect::TypeScript | Dialect::Tsx => Language::TypeScript,
    }
}

/// Parses and lowers one file whose module name (from the project root,
/// `routes/users.js` → `routes.users`, see `module_name`) is `module_name`.
/// Never panics: syntax errors become `stats.syntax_errors` and whatever
/// parsed is still lowered.
pub fn lower(path: &Path, source: &str, module_name: &str) -> Module {
    let dialect = dialect_of(path);
    let stats = LoweringStats {
        lines: u32::try_from(source.lines().count()).unwrap_or(u32::MAX),
        ..LoweringStats::default()
    };
    let mut parser = Parser::new();
    let tree = match parser.set_language(&dialect.language()) {
        Ok(()) => parser.parse(source, None),
        Err(_) => None,
    };
    let Some(tree) = tree else {
        return Module::unparsed(
            path,
            language_of(dialect),
            Some(Name::new(module_name)),
            Name::new(&lower::qualify(module_name, "<module>")),
            stats,
        );
    };
    // A directory's `index` file is the directory's module: relative
    // imports in it start from the directory itself.
    let is_index = path.file_stem().is_some_and(|stem| {
        let stem = stem.to_string_lossy();
        stem == "index" || stem.starts_with("index.")
    });
    let mut lowerer = lower::Lowerer::new(source, dialect, module_name, is_index, stats);
    lowerer.record_syntax_errors(tree.root_node());
    lowerer.lower_module(tree.root_node());
    lowerer.finish(path, language_of(dialect))
}

pub(crate) use plumb_syntax::span_of;

/// Parses without lowering: the floor a scan is measured against
/// (`plumb bench`). Returns the number of syntax nodes.
pub fn parse_only(path: &Path, source: &str) -> usize {
    let mut parser = Parser::new();
    if parser.set_language(&dialect_of(path).language()).is_err() {
        return 0;
    }
    parser
        .parse(source, None)
        .map_or(0, |tree| tree.root_node().descendant_count())
}
