//! Rust front end: tree-sitter syntax lowered into the plumb IR.
//!
//! A file's module is its module path in its crate, dotted
//! (`shop.handlers.users` for `src/handlers/users.rs` of the crate
//! `shop`): Rust's `::` becomes a dot everywhere, in qualified names and
//! in models (`std.process.Command.new`), as Ruby's and PHP's do.
//! Conventions are in docs/ir.md.

mod fields;
mod kinds;
mod lower;

use std::path::{Component, Path};

use plumb_ir::{Language, LoweringStats, Module};
use plumb_text::Name;
use tree_sitter::Parser;

fn grammar() -> tree_sitter::Language {
    tree_sitter_rust::LANGUAGE.into()
}

/// Parses and lowers one file whose module path is `module` (see
/// `module_path`; the crate root's is the crate name). Never panics:
/// syntax errors become `stats.syntax_errors` and whatever parsed is
/// still lowered.
pub fn lower(path: &Path, source: &str, module: &str) -> Module {
    let stats = LoweringStats {
        lines: u32::try_from(source.lines().count()).unwrap_or(u32::MAX),
        ..LoweringStats::default()
    };
    let mut parser = Parser::new();
    let tree = match parser.set_language(&grammar()) {
        Ok(()) => parser.parse(source, None),
        Err(_) => None,
    };
    let crate_name = module.split('.').next().unwrap_or("");
    let Some(tree) = tree else {
        return Module::unparsed(
            path,
            Language::Rust,
            (!module.is_empty()).then(|| Name::new(module)),
            Name::new(&lower::qualify(module, "<module>")),
            stats,
        );
    };
    let mut lowerer = lower::Lowerer::new(source, module, crate_name, stats, parser);
    lowerer.record_syntax_errors(tree.root_node());
    lowerer.lower_file(tree.root_node());
    lowerer.finish(path)
}

/// The dotted module path of a file: the crate's name (`-` read as `_`)
/// followed by the file's path below the crate directory, without `src`,
/// a `mod.rs`/`lib.rs`/`main.rs` file name, or the extension
/// (`src/handlers/users.rs` → `shop.handlers.users`). Without a crate,
/// the path from the scan root names it.
pub fn module_path(crate_root: Option<(&str, &Path)>, file: &Path) -> String {
    let (mut parts, below) = match crate_root {
        Some((name, dir)) => (
            vec![name.replace('-', "_")],
            file.strip_prefix(dir).unwrap_or(file),
        ),
        None => (Vec::new(), file),
    };
    let components: Vec<String> = below
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let last = components.len().saturating_sub(1);
    for (index, part) in components.into_iter().enumerate() {
        if index == 0 && part == "src" && crate_root.is_some() {
            continue;
        }
        if index == last {
            let stem = part.strip_suffix(".rs").unwrap_or(&part);
            if matches!(stem, "mod" | "lib" | "main") {
                continue;
            }
            parts.push(identifier_text(stem));
        } else {
            parts.push(identifier_text(&part));
        }
    }
    parts.join(".")
}

fn identifier_text(part: &str) -> String {
    part.replace(['-', '.'], "_")
}

/// The `name` of a `Cargo.toml`'s `[package]` table.
pub fn crate_name(cargo_toml: &str) -> Option<String> {
    let mut in_package = false;
    for line in cargo_toml.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
            continue;
        }
        if !in_package {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        if key.trim() == "name" {
            let value = value.trim().trim_matches('"').trim_matches('\'');
            if !value.is_empty() {
                return Some(value.replace('-', "_"));
            }
        }
    }
    None
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
    fn module_paths() {
        let root = Some(("my-shop", Path::new("/p")));
        assert_eq!(module_path(root, Path::new("/p/src/lib.rs")), "my_shop");
        assert_eq!(module_path(root, Path::new("/p/src/main.rs")), "my_shop");
        assert_eq!(
            module_path(root, Path::new("/p/src/handlers/users.rs")),
            "my_shop.handlers.users"
        );
        assert_eq!(
            module_path(root, Path::new("/p/src/db/mod.rs")),
            "my_shop.db"
        );
        assert_eq!(module_path(None, Path::new("tools/gen.rs")), "tools.gen");
    }

    #[test]
    fn crate_names() {
        let toml =
            "[workspace]\nname = \"x\"\n[package]\nname = \"my-app\" # c\nversion = \"0.1.0\"\n";
        assert_eq!(crate_name(toml).as_deref(), Some("my_app"));
        assert_eq!(crate_name("[workspace]\nmembers = []\n"), None);
    }
}
