use std::path::PathBuf;

use serde::Serialize;

/// Why a file was skipped or only partly analysed. Each problem is reported
/// once, as a note; the scan itself goes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    Unreadable,
    Binary,
    InvalidUtf8,
    TooLarge,
    SyntaxErrors,
    InternalError,
    /// A file named on the command line that plumb does not analyse.
    UnknownLanguage,
    /// A `plumb: ignore[...]` comment naming a rule that does not exist.
    UnknownRuleInSuppression,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Note {
    /// Relative to the scan root, with `/` separators.
    pub path: PathBuf,
    pub message: String,
    pub kind: NoteKind,
}

impl Note {
    pub fn new(path: impl Into<PathBuf>, kind: NoteKind, message: impl Into<String>) -> Note {
        Note {
            path: path.into(),
            message: message.into(),
            kind,
        }
    }
}
