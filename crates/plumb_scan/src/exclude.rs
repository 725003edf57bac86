//! What the walk leaves out besides .gitignore/.ignore: vendored and
//! generated trees by directory name, and the user's `exclude` globs.

use std::path::Path;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use crate::ScanError;

/// Directories that hold someone else's code or build output. Scanning them
/// costs time and reports findings nobody here can fix.
pub const SKIPPED_DIRECTORIES: &[&str] = &[
    "node_modules",
    "vendor",
    "third_party",
    "target",
    "build",
    "dist",
    ".git",
    ".venv",
    "venv",
    "env",
    "site-packages",
    "__pycache__",
    ".tox",
    ".mypy_cache",
    "generated",
    ".plumb",
];

/// A glob without `/` matches a file or directory name anywhere (like
/// .gitignore); a glob with `/` matches the path from the scan root.
#[derive(Clone, Debug)]
pub struct Excludes {
    names: GlobSet,
    paths: GlobSet,
}

impl Excludes {
    /// `patterns` are `(glob, origin)`; the origin (`--exclude`,
    /// `plumb.toml`) names the culprit in errors.
    pub fn new(patterns: &[(String, String)]) -> Result<Excludes, ScanError> {
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        for (pattern, origin) in patterns {
            let trimmed = pattern.trim_start_matches("./").trim_end_matches('/');
            let anchored = trimmed.trim_start_matches('/');
            let glob = GlobBuilder::new(anchored)
                .literal_separator(true)
                .build()
                .map_err(|error| {
                    ScanError::Config(format!(
                        "{origin}: invalid exclude glob `{pattern}`: {}",
                        error.kind()
                    ))
                })?;
            if trimmed.contains('/') {
                paths.add(glob);
            } else {
                names.add(glob);
            }
        }
        let build = |builder: GlobSetBuilder| {
            builder
                .build()
                .map_err(|error| ScanError::Config(format!("invalid exclude globs: {error}")))
        };
        Ok(Excludes {
            names: build(names)?,
            paths: build(paths)?,
        })
    }

    /// `relative` is `/`-separated, from the scan root.
    pub fn is_excluded(&self, relative: &Path) -> bool {
        let name_matches = relative
            .file_name()
            .is_some_and(|name| self.names.is_match(Path::new(name)));
        name_matches || self.paths.is_match(relative)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn excludes(patterns: &[&str]) -> Excludes {
        let patterns: Vec<(String, String)> = patterns
            .iter()
            .map(|p| ((*p).to_owned(), "test".to_owned()))
            .collect();
        Excludes::new(&patterns).unwrap()
    }

    #[test]
    fn names_match_anywhere_paths_from_the_root() {
        let set = excludes(&["*.gen.py", "legacy/**", "/src/old"]);
        assert!(set.is_excluded(Path::new("a/b/x.gen.py")));
        assert!(set.is_excluded(Path::new("legacy/a/B.java")));
        assert!(!set.is_excluded(Path::new("src/legacy/B.java")));
        assert!(set.is_excluded(Path::new("src/old")));
        assert!(!set.is_excluded(Path::new("src/older/x.py")));
    }

    #[test]
    fn bad_glob_names_its_origin() {
        let error = Excludes::new(&[("a[".to_owned(), "--exclude".to_owned())]).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("--exclude: invalid exclude glob `a[`"),
            "{error}"
        );
    }
}
