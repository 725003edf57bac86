//! Python module names from the file system: the dotted path of a file
//! from the nearest ancestor directory that is not a package (has no
//! `__init__.py`). `src/app/views.py` with `src/app/__init__.py` and no
//! `src/__init__.py` is `app.views`; `app/__init__.py` is `app`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Packages nest a few levels; this only guards against pathological trees.
const MAX_PACKAGE_DEPTH: usize = 256;

/// Remembers which directories are packages; shared by the lowering threads.
#[derive(Default)]
pub struct PackageDirs {
    known: Mutex<HashMap<PathBuf, bool>>,
}

impl PackageDirs {
    fn is_package(&self, dir: &Path) -> bool {
        let mut known = self
            .known
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(&answer) = known.get(dir) {
            return answer;
        }
        let answer = dir.join("__init__.py").is_file();
        known.insert(dir.to_path_buf(), answer);
        answer
    }

    /// `file` is absolute.
    pub fn module_name(&self, file: &Path) -> String {
        let mut parts = Vec::new();
        let stem = file
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        if stem != "__init__" {
            parts.push(stem);
        }
        let mut dir = file.parent();
        while let Some(current) = dir {
            if parts.len() >= MAX_PACKAGE_DEPTH || !self.is_package(current) {
                break;
            }
            match current.file_name() {
                Some(name) => parts.push(name.to_string_lossy().into_owned()),
                None => break,
            }
            dir = current.parent();
        }
        parts.reverse();
        parts.join(".")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_and_plain_directories() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("src/app/sub")).unwrap();
        std::fs::create_dir_all(root.join("scripts")).unwrap();
        for file in [
            "src/app/__init__.py",
            "src/app/sub/__init__.py",
            "src/app/sub/mod.py",
            "scripts/run.py",
        ] {
            std::fs::write(root.join(file), "").unwrap();
        }
        let dirs = PackageDirs::default();
        assert_eq!(
            dirs.module_name(&root.join("src/app/sub/mod.py")),
            "app.sub.mod"
        );
        assert_eq!(dirs.module_name(&root.join("src/app/__init__.py")), "app");
        assert_eq!(
            dirs.module_name(&root.join("src/app/sub/__init__.py")),
            "app.sub"
        );
        assert_eq!(dirs.module_name(&root.join("scripts/run.py")), "run");
    }
}
