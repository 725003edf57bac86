//! Go package import paths from the file system: the `module` of the
//! nearest `go.mod` above a file, joined with the file's directory below
//! it (`plumb_go::package_path`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Modules nest a few levels; this only guards against pathological trees.
const MAX_SEARCH_DEPTH: usize = 64;

/// Remembers which directory's nearest `go.mod` declares which module;
/// shared by the lowering threads.
#[derive(Default)]
pub struct GoModules {
    known: Mutex<HashMap<PathBuf, Option<(String, PathBuf)>>>,
}

impl GoModules {
    /// `absolute` is the file's absolute path; `relative` its path from the
    /// scan root, which names the package when no `go.mod` is found.
    pub fn package_path(&self, absolute: &Path, relative: &Path) -> String {
        let dir = absolute.parent().unwrap_or(Path::new(""));
        match self.module_of(dir) {
            Some((module, module_dir)) => plumb_go::package_path(Some((&module, &module_dir)), dir),
            None => plumb_go::package_path(None, relative.parent().unwrap_or(Path::new(""))),
        }
    }

    fn module_of(&self, dir: &Path) -> Option<(String, PathBuf)> {
        let lock = || {
            self.known
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        };
        if let Some(found) = lock().get(dir) {
            return found.clone();
        }
        let mut found = None;
        let mut current = Some(dir);
        for _ in 0..MAX_SEARCH_DEPTH {
            let Some(candidate) = current else {
                break;
            };
            if let Some(cached) = lock().get(candidate) {
                found = cached.clone();
                break;
            }
            if let Ok(text) = std::fs::read_to_string(candidate.join("go.mod")) {
                found = plumb_go::module_path(&text).map(|m| (m, candidate.to_path_buf()));
                break;
            }
            current = candidate.parent();
        }
        lock().insert(dir.to_path_buf(), found.clone());
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_go_mod_names_the_package() {
        let root = tempfile::tempdir().expect("temp dir");
        let api = root.path().join("internal/api");
        std::fs::create_dir_all(&api).expect("dirs");
        std::fs::write(root.path().join("go.mod"), "module example.com/shop\n").expect("go.mod");
        let modules = GoModules::default();
        assert_eq!(
            modules.package_path(&api.join("h.go"), Path::new("internal/api/h.go")),
            "example.com/shop/internal/api"
        );
        assert_eq!(
            modules.package_path(&root.path().join("main.go"), Path::new("main.go")),
            "example.com/shop"
        );
    }
}
