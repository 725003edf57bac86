//! C# front end: tree-sitter-c-sharp syntax lowered into the plumb IR
//! following the conventions of `docs/ir.md`.

mod fields;
mod kinds;
mod literals;
mod lower;
mod types;

use std::path::Path;

use plumb_ir::{Import, Language, LoweringStats, Module};
use plumb_text::{Name, Span};

/// The namespaces an ASP.NET Core project imports in every file
/// (`<ImplicitUsings>` of the Web SDK, on by default since .NET 6): a file
/// names `File`, `HttpContext` or `ILogger` without a `using` for them.
const IMPLICIT_USINGS: &[&str] = &[
    "System",
    "System.Collections.Generic",
    "System.IO",
    "System.Linq",
    "System.Net.Http",
    "System.Net.Http.Json",
    "System.Threading",
    "System.Threading.Tasks",
    "Microsoft.AspNetCore.Builder",
    "Microsoft.AspNetCore.Hosting",
    "Microsoft.AspNetCore.Http",
    "Microsoft.AspNetCore.Routing",
    "Microsoft.Extensions.Configuration",
    "Microsoft.Extensions.DependencyInjection",
    "Microsoft.Extensions.Hosting",
    "Microsoft.Extensions.Logging",
];

fn grammar() -> tree_sitter::Language {
    tree_sitter_c_sharp::LANGUAGE.into()
}

/// Parses and lowers one C# file. Never panics: syntax errors become
/// `stats.syntax_errors` and whatever parsed is still lowered.
pub fn lower(path: &Path, source: &str) -> Module {
    let mut module = Module {
        path: path.to_path_buf(),
        language: Language::CSharp,
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
    if parser.set_language(&grammar()).is_err() {
        return module;
    }
    let Some(tree) = parser.parse(source, None) else {
        return Module::unparsed(
            path,
            Language::CSharp,
            None,
            Name::new("<module>"),
            module.stats,
        );
    };
    lower::lower_program(tree.root_node(), source, &mut module);
    for namespace in IMPLICIT_USINGS {
        let target = Name::new(namespace);
        if !module
            .imports
            .iter()
            .any(|i| i.wildcard && i.target == target)
        {
            module.imports.push(Import {
                alias: target,
                target,
                wildcard: true,
                span: Span::DUMMY,
            });
        }
    }
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
    if parser.set_language(&grammar()).is_err() {
        return 0;
    }
    parser
        .parse(source, None)
        .map_or(0, |tree| tree.root_node().descendant_count())
}
