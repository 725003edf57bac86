//! Go front end: tree-sitter syntax lowered into the plumb IR.
//!
//! A file's module is its Go package, named by import path
//! (`example.com/shop/handlers`): every file of a directory shares it, so
//! functions, types and package variables of one package resolve across
//! its files. Conventions are in docs/ir.md.

mod fields;
mod kinds;
mod lower;

use std::path::Path;

use plumb_ir::{Language, LoweringStats, Module};
use plumb_text::Name;
use tree_sitter::Parser;

fn grammar() -> tree_sitter::Language {
    tree_sitter_go::LANGUAGE.into()
}

/// Parses and lowers one file of the package whose import path is
/// `package` (see `package_path`). Never panics: syntax errors become
/// `stats.syntax_errors` and whatever parsed is still lowered.
pub fn lower(path: &Path, source: &str, package: &str) -> Module {
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
            Language::Go,
            Some(Name::new(package)),
            Name::new(&lower::qualify(package, "<module>")),
            stats,
        );
    };
    let mut lowerer = lower::Lowerer::new(source, package, stats);
    lowerer.record_syntax_errors(tree.root_node());
    lowerer.lower_file(tree.root_node());
    lowerer.finish(path)
}

/// The import path of the package a file belongs to: the module path
/// declared by the nearest `go.mod` (`module_path`, with `module_dir` the
/// directory holding it) joined with the file's directory below it. A file
/// outside any module is named by its directory from the scan root.
pub fn package_path(module: Option<(&str, &Path)>, file_dir: &Path) -> String {
    let (base, below) = match module {
        Some((module_path, module_dir)) => (
            module_path.to_owned(),
            file_dir.strip_prefix(module_dir).unwrap_or(Path::new("")),
        ),
        None => (String::new(), file_dir),
    };
    let mut out = base;
    for part in below.components() {
        let std::path::Component::Normal(part) = part else {
            continue;
        };
        if !out.is_empty() {
            out.push('/');
        }
        out.push_str(&part.to_string_lossy());
    }
    out
}

/// The `module` directive of a `go.mod` file.
pub fn module_path(go_mod: &str) -> Option<String> {
    go_mod.lines().find_map(|line| {
        let line = line.split("//").next().unwrap_or("").trim();
        let rest = line.strip_prefix("module")?;
        if !rest.starts_with([' ', '\t']) {
            return None;
        }
        let path = rest.trim().trim_matches('"');
        (!path.is_empty()).then(|| path.to_owned())
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_directive() {
        assert_eq!(
            module_path("// c\nmodule example.com/shop // x\n\ngo 1.22\n").as_deref(),
            Some("example.com/shop")
        );
        assert_eq!(module_path("go 1.22\n"), None);
        assert_eq!(module_path("modulex a\n"), None);
    }

    #[test]
    fn package_paths() {
        let module = Some(("example.com/shop", Path::new("/p")));
        assert_eq!(
            package_path(module, Path::new("/p/internal/api")),
            "example.com/shop/internal/api"
        );
        assert_eq!(package_path(module, Path::new("/p")), "example.com/shop");
        assert_eq!(package_path(None, Path::new("cmd/tool")), "cmd/tool");
    }
}
