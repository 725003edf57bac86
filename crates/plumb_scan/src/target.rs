//! Where a scan looks: the paths given, made absolute, and the scan root
//! every reported path is relative to.

use std::path::{Component, Path, PathBuf};

use crate::ScanError;

#[derive(Clone, Debug)]
pub struct Target {
    /// Absolute. One directory given: that directory; one file: its
    /// directory; several paths: their nearest common ancestor.
    pub root: PathBuf,
    /// The root as the user would write it (relative to the current
    /// directory when it is inside it), for messages and config lookup.
    pub root_display: PathBuf,
    /// Absolute paths to walk.
    pub paths: Vec<PathBuf>,
}

impl Target {
    pub fn resolve(given: &[PathBuf]) -> Result<Target, ScanError> {
        let given: Vec<PathBuf> = if given.is_empty() {
            vec![PathBuf::from(".")]
        } else {
            given.to_vec()
        };
        let mut paths = Vec::new();
        let mut root_candidates = Vec::new();
        for path in &given {
            let metadata = std::fs::metadata(path).map_err(|error| ScanError::Path {
                path: path.clone(),
                message: format!("cannot scan: {error}"),
            })?;
            let absolute = absolute(path)?;
            let dir = if metadata.is_dir() {
                absolute.clone()
            } else {
                absolute
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| absolute.clone())
            };
            root_candidates.push(dir);
            paths.push(absolute);
        }
        let root = common_ancestor(&root_candidates);
        let root_display = display_form(&root);
        Ok(Target {
            root,
            root_display,
            paths,
        })
    }

    /// `path` relative to the root, `/`-separated; `None` outside the root.
    pub fn relative(&self, path: &Path) -> Option<PathBuf> {
        relative_to(&self.root, path)
    }
}

pub fn relative_to(root: &Path, path: &Path) -> Option<PathBuf> {
    let rest = path.strip_prefix(root).ok()?;
    let parts: Vec<String> = rest
        .components()
        .map(|component| component.as_os_str().to_string_lossy().into_owned())
        .collect();
    Some(PathBuf::from(parts.join("/")))
}

/// Absolute and lexically normalised (`.` and `..` removed) without
/// resolving symlinks, so that reported paths look like the ones given.
pub fn absolute(path: &Path) -> Result<PathBuf, ScanError> {
    let joined = std::path::absolute(path).map_err(|error| ScanError::Path {
        path: path.to_path_buf(),
        message: format!("cannot make the path absolute: {error}"),
    })?;
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    Ok(out)
}

fn common_ancestor(dirs: &[PathBuf]) -> PathBuf {
    let mut iter = dirs.iter();
    let Some(first) = iter.next() else {
        return PathBuf::from("/");
    };
    let mut common = first.clone();
    for dir in iter {
        while !dir.starts_with(&common) {
            if !common.pop() {
                break;
            }
        }
    }
    common
}

fn display_form(root: &Path) -> PathBuf {
    let Ok(cwd) = std::env::current_dir().map(|cwd| absolute(&cwd).unwrap_or(cwd)) else {
        return root.to_path_buf();
    };
    match root.strip_prefix(&cwd) {
        Ok(rest) if rest.as_os_str().is_empty() => PathBuf::from("."),
        Ok(rest) => rest.to_path_buf(),
        Err(_) => root.to_path_buf(),
    }
}
