//! Renders plumb's one `Diagnostic` model into each output format, one file
//! per format: [`text`] for people, [`json`] for scripts, [`sarif`] for code
//! scanning. [`rules_markdown`] renders the rule catalogue (docs/rules.md).
//!
//! Every renderer takes the same [`RenderInput`] and returns the whole
//! document as a `String`; none of them prints, filters or decides exit
//! codes — that is the CLI's job.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;
use std::path::{Path, PathBuf};

use plumb_rules::{Category, Diagnostic, Severity};
use plumb_text::LineIndex;

pub mod json;
mod rules_md;
pub mod sarif;
pub mod text;

pub use rules_md::{rules_markdown, REGENERATE_COMMAND};

/// The tool name every format reports.
pub const TOOL_NAME: &str = "plumb";

/// Something the scan wants to tell that is not a finding: a file it could
/// not read or parse, an exhausted budget, a suppression without a reason.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Note {
    /// Relative to the scan root, like `Location::path`.
    pub path: PathBuf,
    pub message: String,
}

/// Gives renderers the text of a scanned file, for code frames and for
/// converting byte columns into character columns. Paths are the
/// diagnostics' paths (relative to the scan root).
///
/// Implemented for closures `Fn(&Path) -> Option<String>` (for example one
/// that reads `root.join(path)`), and for maps from path to text.
pub trait SourceLookup {
    fn source(&self, path: &Path) -> Option<Cow<'_, str>>;
}

impl<F> SourceLookup for F
where
    F: Fn(&Path) -> Option<String>,
{
    fn source(&self, path: &Path) -> Option<Cow<'_, str>> {
        self(path).map(Cow::Owned)
    }
}

impl<S: BuildHasher> SourceLookup for HashMap<PathBuf, String, S> {
    fn source(&self, path: &Path) -> Option<Cow<'_, str>> {
        self.get(path).map(|text| Cow::Borrowed(text.as_str()))
    }
}

impl SourceLookup for BTreeMap<PathBuf, String> {
    fn source(&self, path: &Path) -> Option<Cow<'_, str>> {
        self.get(path).map(|text| Cow::Borrowed(text.as_str()))
    }
}

/// A lookup that knows no file: code frames are left out and columns stay
/// in bytes.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoSources;

impl SourceLookup for NoSources {
    fn source(&self, _path: &Path) -> Option<Cow<'_, str>> {
        None
    }
}

/// What every renderer reads.
pub struct RenderInput<'a> {
    /// Rendered as given: the caller has already applied `--select`,
    /// `--confidence`, baselines and suppressions. Renderers sort them.
    pub diagnostics: &'a [Diagnostic],
    pub notes: &'a [Note],
    pub sources: &'a dyn SourceLookup,
    /// plumb's version, e.g. `env!("CARGO_PKG_VERSION")` in the CLI.
    pub tool_version: &'a str,
    /// The absolute scan root, when known; SARIF uses it for
    /// `originalUriBaseIds`. Relative paths here are ignored.
    pub root: Option<&'a Path>,
}

impl<'a> RenderInput<'a> {
    /// An input without sources and without a root; set the public fields
    /// or use the `with_*` methods for the rest.
    pub fn new(diagnostics: &'a [Diagnostic], notes: &'a [Note], tool_version: &'a str) -> Self {
        RenderInput {
            diagnostics,
            notes,
            sources: &NoSources,
            tool_version,
            root: None,
        }
    }

    pub fn with_sources(mut self, sources: &'a dyn SourceLookup) -> Self {
        self.sources = sources;
        self
    }

    pub fn with_root(mut self, root: &'a Path) -> Self {
        self.root = Some(root);
        self
    }
}

/// The one order every format uses, so that reports diff cleanly between
/// runs: most severe first, then by file and position; the remaining keys
/// only break ties deterministically.
pub(crate) fn sorted_diagnostics(diagnostics: &[Diagnostic]) -> Vec<&Diagnostic> {
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.location.path.cmp(&b.location.path))
            .then_with(|| a.location.span.start_line.cmp(&b.location.span.start_line))
            .then_with(|| a.location.span.start_col.cmp(&b.location.span.start_col))
            .then_with(|| a.rule.cmp(b.rule))
            .then_with(|| a.message.cmp(&b.message))
            .then_with(|| a.fingerprint.cmp(&b.fingerprint))
    });
    sorted
}

pub(crate) fn sorted_notes(notes: &[Note]) -> Vec<&Note> {
    let mut sorted: Vec<&Note> = notes.iter().collect();
    sorted.sort();
    sorted
}

/// Findings per severity, most severe first.
pub(crate) fn severity_counts(diagnostics: &[Diagnostic]) -> [(Severity, usize); 5] {
    Severity::ALL.map(|severity| {
        let count = diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == severity)
            .count();
        (severity, count)
    })
}

/// A path as reports show it: `/`-separated whatever the platform, so that
/// reports made on Windows and Linux compare equal.
pub(crate) fn display_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '\\' {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    }
}

/// The category as the registry's serialised form spells it.
pub(crate) fn category_name(category: Category) -> &'static str {
    match category {
        Category::Security => "security",
        Category::Performance => "performance",
        Category::Reliability => "reliability",
        Category::Architecture => "architecture",
        Category::Database => "database",
    }
}

/// File texts fetched once per path, with their line index.
pub(crate) struct SourceCache<'a> {
    lookup: &'a dyn SourceLookup,
    files: HashMap<PathBuf, Option<(Cow<'a, str>, LineIndex)>>,
}

impl<'a> SourceCache<'a> {
    pub(crate) fn new(lookup: &'a dyn SourceLookup) -> Self {
        SourceCache {
            lookup,
            files: HashMap::new(),
        }
    }

    /// The 1-based `line` of `path` without its line ending; `None` when
    /// the file is unknown or has no such line.
    pub(crate) fn line(&mut self, path: &Path, line: u32) -> Option<&str> {
        let lookup = self.lookup;
        let entry = self.files.entry(path.to_path_buf()).or_insert_with(|| {
            lookup.source(path).map(|text| {
                let index = LineIndex::new(&text);
                (text, index)
            })
        });
        let (text, index) = entry.as_ref()?;
        // A final line break ends the last line; it does not start an empty
        // one that a code frame should show.
        let lines = index.line_count() - usize::from(text.ends_with('\n'));
        if line == 0 || line as usize > lines {
            return None;
        }
        Some(index.line(text, line))
    }
}

/// Converts a 1-based byte column of `line` into a 1-based column counted in
/// Unicode scalar values. Columns past the end of the line (an end column is
/// exclusive, so it may point just past the last character) keep counting
/// one per byte, and a column inside a multi-byte character rounds down.
pub(crate) fn char_column(line: &str, byte_col: u32) -> u32 {
    let byte_offset = byte_col.saturating_sub(1) as usize;
    if byte_offset > line.len() {
        let chars = line.chars().count();
        return (chars + (byte_offset - line.len()) + 1) as u32;
    }
    let mut boundary = byte_offset;
    while !line.is_char_boundary(boundary) {
        boundary -= 1;
    }
    (line[..boundary].chars().count() + 1) as u32
}

#[cfg(test)]
mod tests {
    use super::char_column;

    #[test]
    fn char_column_counts_characters_not_bytes() {
        assert_eq!(char_column("abc", 1), 1);
        assert_eq!(char_column("abc", 4), 4);
        // "é" is two bytes: byte column 4 is the character after it.
        assert_eq!(char_column("xéy", 4), 3);
        // Inside the multi-byte character: rounds down to its start.
        assert_eq!(char_column("xéy", 3), 2);
        assert_eq!(char_column("ab", 6), 6);
    }
}
