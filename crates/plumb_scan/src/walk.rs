//! The parallel walk: which files a scan reads. Honours .gitignore and
//! .ignore, skips vendored trees and excluded globs, and never follows a
//! symlink to a directory (so `ln -s . loop` cannot make it spin).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use ignore::{DirEntry, WalkBuilder, WalkState};
use plumb_ir::Language;

use crate::exclude::{Excludes, SKIPPED_DIRECTORIES};
use crate::target::{relative_to, Target};
use crate::{Note, NoteKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Source(Language),
    /// `.properties`, `application*.yml`, `.env`: values the engine may resolve.
    Config,
}

#[derive(Clone, Debug)]
pub struct Candidate {
    pub absolute: PathBuf,
    /// From the scan root, `/`-separated.
    pub relative: PathBuf,
    pub kind: FileKind,
}

pub struct Walked {
    pub candidates: Vec<Candidate>,
    pub notes: Vec<Note>,
}

pub fn classify(name: &str) -> Option<FileKind> {
    if name.ends_with(".java") {
        return Some(FileKind::Source(Language::Java));
    }
    if name.ends_with(".py") {
        return Some(FileKind::Source(Language::Python));
    }
    if let Some(language) = javascript_language(name) {
        return Some(FileKind::Source(language));
    }
    if name.ends_with(".go") {
        return Some(FileKind::Source(Language::Go));
    }
    // `Gemfile`, `Rakefile` and `*.gemspec` are build configuration.
    if name.ends_with(".rb") || name.ends_with(".rake") {
        return Some(FileKind::Source(Language::Ruby));
    }
    if name.ends_with(".php") {
        return Some(FileKind::Source(Language::Php));
    }
    if name.ends_with(".cs") {
        return Some(FileKind::Source(Language::CSharp));
    }
    if name.ends_with(".rs") {
        return Some(FileKind::Source(Language::Rust));
    }
    let yaml = name.ends_with(".yml") || name.ends_with(".yaml");
    let is_config = name.ends_with(".properties")
        || (yaml && (name.starts_with("application") || name.starts_with("bootstrap")))
        || name == ".env"
        || name.starts_with(".env.");
    is_config.then_some(FileKind::Config)
}

/// JavaScript and TypeScript sources by extension. Declaration files
/// (`.d.ts`) hold no code, and minified or bundled files are build output,
/// not the project's source.
fn javascript_language(name: &str) -> Option<Language> {
    let (stem, extension) = name.rsplit_once('.')?;
    let language = match extension {
        "js" | "mjs" | "cjs" | "jsx" => Language::JavaScript,
        "ts" | "mts" | "cts" | "tsx" => Language::TypeScript,
        _ => return None,
    };
    let generated = stem.ends_with(".d")
        || stem.ends_with(".min")
        || stem.ends_with(".bundle")
        || stem.ends_with("-min");
    (!generated).then_some(language)
}

pub fn walk(target: &Target, excludes: &Excludes, threads: usize) -> Walked {
    let Some((first, rest)) = target.paths.split_first() else {
        return Walked {
            candidates: Vec::new(),
            notes: Vec::new(),
        };
    };
    let mut builder = WalkBuilder::new(first);
    for path in rest {
        builder.add(path);
    }
    let root = Arc::new(target.root.clone());
    let filter_root = Arc::clone(&root);
    let filter_excludes = excludes.clone();
    builder
        // `.env` files are configuration we want; `.git` is skipped by name.
        .hidden(false)
        .follow_links(false)
        // The same rules with or without a .git directory: a `--diff`
        // revision is extracted without one.
        .require_git(false)
        .threads(threads)
        .filter_entry(move |entry| keep_entry(entry, &filter_root, &filter_excludes));

    let candidates = Mutex::new(Vec::new());
    let notes = Mutex::new(Vec::new());
    builder.build_parallel().run(|| {
        let root = Arc::clone(&root);
        let candidates = &candidates;
        let notes = &notes;
        Box::new(move |result| {
            match result {
                Ok(entry) => match visit(&entry, &root) {
                    Visit::Candidate(candidate) => lock(candidates).push(candidate),
                    Visit::Note(note) => lock(notes).push(note),
                    Visit::Nothing => {}
                },
                Err(error) => lock(notes).push(walk_error_note(&error, &root)),
            }
            WalkState::Continue
        })
    });
    let mut candidates = candidates
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    // Deterministic order whatever the threads did; overlapping paths
    // given on the command line must not scan a file twice.
    candidates.sort_by(|a: &Candidate, b: &Candidate| a.relative.cmp(&b.relative));
    candidates.dedup_by(|a, b| a.relative == b.relative);
    let notes = notes
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    Walked { candidates, notes }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn keep_entry(entry: &DirEntry, root: &Path, excludes: &Excludes) -> bool {
    // What the user named explicitly is scanned even if its name is on a list.
    if entry.depth() == 0 {
        return true;
    }
    let is_dir = entry.file_type().is_some_and(|kind| kind.is_dir());
    if is_dir {
        let name = entry.file_name().to_string_lossy();
        if SKIPPED_DIRECTORIES.contains(&name.as_ref()) {
            return false;
        }
    }
    match relative_to(root, entry.path()) {
        Some(relative) => !excludes.is_excluded(&relative),
        None => true,
    }
}

enum Visit {
    Candidate(Candidate),
    Note(Note),
    Nothing,
}

fn visit(entry: &DirEntry, root: &Path) -> Visit {
    let Some(file_type) = entry.file_type() else {
        return Visit::Nothing;
    };
    let name = entry.file_name().to_string_lossy();
    let relative = relative_to(root, entry.path()).unwrap_or_else(|| entry.path().to_path_buf());
    let Some(kind) = classify(&name) else {
        // Inside a directory, other files are simply not ours; a file named
        // on the command line deserves a word.
        if entry.depth() == 0 && !file_type.is_dir() {
            return Visit::Note(Note::new(
                relative,
                NoteKind::UnknownLanguage,
                "not a Java, Python, JavaScript, TypeScript, Go or configuration file; skipped",
            ));
        }
        return Visit::Nothing;
    };
    let candidate = Candidate {
        absolute: entry.path().to_path_buf(),
        relative,
        kind,
    };
    if file_type.is_file() {
        return Visit::Candidate(candidate);
    }
    if file_type.is_symlink() {
        // A link to a file is read (a loop needs a directory, and links to
        // directories are never followed). A dangling link is kept so that
        // reading it reports it; a link into the tree is skipped, since the
        // file is scanned under its own name.
        return match std::fs::metadata(entry.path()) {
            Err(_) => Visit::Candidate(candidate),
            Ok(metadata) if metadata.is_file() => {
                let inside = std::fs::canonicalize(entry.path())
                    .ok()
                    .zip(std::fs::canonicalize(root).ok())
                    .is_some_and(|(target, root)| target.starts_with(root));
                if inside {
                    Visit::Nothing
                } else {
                    Visit::Candidate(candidate)
                }
            }
            Ok(_) => Visit::Nothing,
        };
    }
    // Directories named like source files, FIFOs (reading one would block), sockets.
    Visit::Nothing
}

fn walk_error_note(error: &ignore::Error, root: &Path) -> Note {
    let path = error_path(error)
        .and_then(|path| relative_to(root, path))
        .unwrap_or_default();
    Note::new(path, NoteKind::Unreadable, format!("cannot walk: {error}"))
}

fn error_path(error: &ignore::Error) -> Option<&Path> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child),
        ignore::Error::Partial(errors) => errors.iter().find_map(error_path),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_by_name() {
        assert_eq!(classify("A.java"), Some(FileKind::Source(Language::Java)));
        assert_eq!(
            classify("views.py"),
            Some(FileKind::Source(Language::Python))
        );
        assert_eq!(classify("stubs.pyi"), None);
        assert_eq!(
            classify("app.js"),
            Some(FileKind::Source(Language::JavaScript))
        );
        assert_eq!(
            classify("server.mjs"),
            Some(FileKind::Source(Language::JavaScript))
        );
        assert_eq!(
            classify("View.tsx"),
            Some(FileKind::Source(Language::TypeScript))
        );
        assert_eq!(
            classify("users.controller.ts"),
            Some(FileKind::Source(Language::TypeScript))
        );
        assert_eq!(classify("index.d.ts"), None);
        assert_eq!(classify("main.go"), Some(FileKind::Source(Language::Go)));
        assert_eq!(
            classify("users_controller.rb"),
            Some(FileKind::Source(Language::Ruby))
        );
        assert_eq!(classify("Gemfile"), None);
        assert_eq!(
            classify("UserController.php"),
            Some(FileKind::Source(Language::Php))
        );
        assert_eq!(classify("go.mod"), None);
        assert_eq!(classify("jquery.min.js"), None);
        assert_eq!(classify("app.bundle.js"), None);
        assert_eq!(classify("application-prod.yml"), Some(FileKind::Config));
        assert_eq!(classify("bootstrap.yaml"), Some(FileKind::Config));
        assert_eq!(classify("db.properties"), Some(FileKind::Config));
        assert_eq!(classify(".env"), Some(FileKind::Config));
        assert_eq!(classify(".env.local"), Some(FileKind::Config));
        assert_eq!(classify("docker-compose.yml"), None);
        assert_eq!(classify(".envrc"), None);
    }
}
