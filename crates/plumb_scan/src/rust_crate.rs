//! Rust module paths from the file system: the crate `name` of the
//! nearest `Cargo.toml` with a `[package]` above a file, followed by the
//! file's path below the crate (`plumb_rust::module_path`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Crates nest a few levels; this only guards against pathological trees.
const MAX_SEARCH_DEPTH: usize = 64;

/// Remembers which directory's nearest crate is which; shared by the
/// lowering threads.
#[derive(Default)]
pub struct RustCrates {
    known: Mutex<HashMap<PathBuf, Option<(String, PathBuf)>>>,
}

impl RustCrates {
    /// `absolute` is the file's absolute path; `relative` its path from the
    /// scan root, which names the module when no crate is found.
    pub fn module_path(&self, absolute: &Path, relative: &Path) -> String {
        let dir = absolute.parent().unwrap_or(Path::new(""));
        match self.crate_of(dir) {
            Some((name, crate_dir)) => plumb_rust::module_path(Some((&name, &crate_dir)), absolute),
            None => plumb_rust::module_path(None, relative),
        }
    }

    fn crate_of(&self, dir: &Path) -> Option<(String, PathBuf)> {
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
            if let Ok(text) = std::fs::read_to_string(candidate.join("Cargo.toml")) {
                // A workspace manifest without a package names no crate.
                if let Some(name) = plumb_rust::crate_name(&text) {
                    found = Some((name, candidate.to_path_buf()));
                    break;
                }
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
    fn nearest_cargo_toml_names_the_crate() {
        let root = tempfile::tempdir().expect("temp dir");
        let handlers = root.path().join("src/handlers");
        std::fs::create_dir_all(&handlers).expect("dirs");
        std::fs::write(
            root.path().join("Cargo.toml"),
            "[package]\nname = \"shop-api\"\n",
        )
        .expect("Cargo.toml");
        let crates = RustCrates::default();
        assert_eq!(
            crates.module_path(
                &handlers.join("users.rs"),
                Path::new("src/handlers/users.rs")
            ),
            "shop_api.handlers.users"
        );
        assert_eq!(
            crates.module_path(&root.path().join("src/main.rs"), Path::new("src/main.rs")),
            "shop_api"
        );
    }
}
