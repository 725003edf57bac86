//! Module names from paths. A JavaScript module is a file; its name is its
//! path from the project root with `/` read as `.` and without the
//! extension, and an `index` file names its directory (as `require` of a
//! directory loads it). Dots inside a file name (`users.controller.ts`)
//! become `_`, so that a name's segments are always path segments.
//! Relative imports are resolved to the same names, so the two agree.

use std::path::{Component, Path};

/// The module name of a file at `relative` (from the project root).
pub fn module_name(relative: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for component in relative.components() {
        if let Component::Normal(part) = component {
            parts.push(part.to_string_lossy().into_owned());
        }
    }
    if let Some(file) = parts.pop() {
        let stem = strip_extension(&file);
        if stem != "index" {
            parts.push(stem.to_owned());
        }
    }
    parts
        .iter()
        .map(|part| segment(part))
        .collect::<Vec<_>>()
        .join(".")
}

/// The module an import of `specifier` from module `from` (a file, not an
/// `index`, when `from_index` is false) names: relative specifiers
/// (`./db`, `../lib/util.js`) become project module names; package
/// specifiers stay as written, less a `node:` scheme.
pub(crate) fn resolve_specifier(from: &str, from_index: bool, specifier: &str) -> String {
    // `@/lib/db` and `~/lib/db`: the project-root aliases of Next.js and
    // Nuxt's default configuration (neither is a package name).
    if let Some(rooted) = specifier
        .strip_prefix("@/")
        .or_else(|| specifier.strip_prefix("~/"))
    {
        return resolve_specifier("", true, &format!("./{rooted}"));
    }
    if !specifier.starts_with("./")
        && !specifier.starts_with("../")
        && specifier != "."
        && specifier != ".."
    {
        return specifier
            .strip_prefix("node:")
            .unwrap_or(specifier)
            .to_owned();
    }
    let mut parts: Vec<String> = from
        .split('.')
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect();
    // `a/b.js` (module `a.b`) imports relative to `a`; `a/index.js` (module `a`) to `a` itself.
    if !from_index {
        parts.pop();
    }
    let pieces: Vec<&str> = specifier.split('/').collect();
    let last = pieces.len().saturating_sub(1);
    for (position, piece) in pieces.into_iter().enumerate() {
        match piece {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            file if position == last => {
                let stem = strip_extension(file);
                if stem != "index" {
                    parts.push(segment(stem));
                }
            }
            directory => parts.push(segment(directory)),
        }
    }
    parts.join(".")
}

fn strip_extension(file: &str) -> &str {
    const EXTENSIONS: &[&str] = &[
        ".d.ts", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".json",
    ];
    EXTENSIONS
        .iter()
        .find_map(|ext| file.strip_suffix(ext))
        .unwrap_or(file)
}

fn segment(part: &str) -> String {
    part.replace('.', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_paths() {
        assert_eq!(module_name(Path::new("routes/users.js")), "routes.users");
        assert_eq!(module_name(Path::new("routes/index.ts")), "routes");
        assert_eq!(
            module_name(Path::new("src/users/users.controller.ts")),
            "src.users.users_controller"
        );
        assert_eq!(module_name(Path::new("app.js")), "app");
        assert_eq!(
            resolve_specifier("app.api.users.route", false, "@/lib/db"),
            "lib.db"
        );
    }

    #[test]
    fn relative_specifiers() {
        assert_eq!(
            resolve_specifier("routes.users", false, "./db"),
            "routes.db"
        );
        assert_eq!(
            resolve_specifier("routes.users", false, "../lib/util.js"),
            "lib.util"
        );
        assert_eq!(resolve_specifier("routes", true, "./users"), "routes.users");
        assert_eq!(resolve_specifier("app", false, "./routes"), "routes");
        assert_eq!(
            resolve_specifier("src.users.users_controller", false, "./users.service"),
            "src.users.users_service"
        );
        assert_eq!(
            resolve_specifier("app", false, "node:child_process"),
            "child_process"
        );
        assert_eq!(
            resolve_specifier("app", false, "fs/promises"),
            "fs/promises"
        );
    }
}
