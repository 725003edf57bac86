//! `--diff REV`: the tree at a git revision, extracted into a temporary
//! directory so that it can be scanned exactly like the working tree.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tempfile::TempDir;

use crate::ScanError;

pub struct RevisionTree {
    /// Deleted on drop.
    pub dir: TempDir,
    /// The repository's top level inside `dir`.
    pub top: PathBuf,
    /// The working tree's top level, to map scan paths into `top`.
    pub work_top: PathBuf,
}

impl RevisionTree {
    /// Where `path` (absolute, in the working tree) lives in the extracted tree.
    pub fn map(&self, path: &Path) -> Option<PathBuf> {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let rest = canonical.strip_prefix(&self.work_top).ok()?;
        Some(self.top.join(rest))
    }
}

pub fn extract(root: &Path, rev: &str) -> Result<RevisionTree, ScanError> {
    let fail = |message: String| ScanError::Diff {
        rev: rev.to_owned(),
        message,
    };
    let top = git(root, &["rev-parse", "--show-toplevel"]).map_err(|stderr| {
        fail(format!(
            "{} is not inside a git repository ({stderr})",
            root.display()
        ))
    })?;
    let work_top = std::fs::canonicalize(top.trim())
        .map_err(|error| fail(format!("{}: {error}", top.trim())))?;
    // A revision starting with `-` would be read by git as an option.
    if rev.starts_with('-') {
        return Err(fail("a revision cannot start with `-`".to_owned()));
    }
    let commit = git(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|_| fail("unknown revision (not a commit in this repository)".to_owned()))?;
    let commit = commit.trim().to_owned();

    let dir = tempfile::Builder::new()
        .prefix("plumb-diff-")
        .tempdir()
        .map_err(|error| fail(format!("cannot create a temporary directory: {error}")))?;
    let mut archive = Command::new("git")
        .arg("-C")
        .arg(&work_top)
        .args(["archive", "--format=tar", &commit])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| fail(format!("cannot run git: {error}")))?;
    let Some(archive_out) = archive.stdout.take() else {
        return Err(fail("git archive produced no output".to_owned()));
    };
    let untar = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(dir.path())
        .stdin(archive_out)
        .stderr(Stdio::piped())
        .output()
        .map_err(|error| fail(format!("cannot run tar: {error}")))?;
    let archived = archive
        .wait_with_output()
        .map_err(|error| fail(format!("git archive: {error}")))?;
    if !archived.status.success() {
        return Err(fail(format!(
            "git archive failed: {}",
            String::from_utf8_lossy(&archived.stderr).trim()
        )));
    }
    if !untar.status.success() {
        return Err(fail(format!(
            "tar failed: {}",
            String::from_utf8_lossy(&untar.stderr).trim()
        )));
    }
    let top = dir.path().to_path_buf();
    Ok(RevisionTree { dir, top, work_top })
}

/// Runs a read-only git command; `Err` carries its stderr.
fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|error| format!("cannot run git: {error}"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}
