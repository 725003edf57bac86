//! One scan, from paths to diagnostics: walk the tree (parallel,
//! .gitignore-aware), read and lower every Java and Python file on worker
//! threads, run the rules over the whole project, then locate,
//! fingerprint, suppress, filter, and compare with a baseline or a git
//! revision. Problems with single files never stop a scan: each becomes one
//! [`Note`]. The library never prints.

mod analyse;
mod baseline;
mod config;
mod debug;
mod error;
mod exclude;
mod git;
mod go_package;
mod module_name;
mod note;
mod options;
mod panic_capture;
mod progress;
mod read;
mod rust_crate;
mod scan;
mod settings;
mod stats;
mod suppress;
mod target;
mod test_code;
mod walk;

pub use config::{parse_size, FailOn};
pub use debug::{debug_taint, lower_file};
pub use error::ScanError;
pub use exclude::SKIPPED_DIRECTORIES;
pub use note::{Note, NoteKind};
pub use options::{parse_confidence, ScanOptions, CONFIDENCE_VALUES, DEFAULT_MAX_FILE_SIZE};
pub use progress::{NoProgress, Phase, Progress};
pub use scan::{scan, ScanOutcome};
pub use settings::{known_rule_ids, similar_rule_ids};
pub use stats::{FileCounts, ScanStats};
pub use suppress::SUPPRESSION_WITHOUT_REASON;
pub use test_code::is_test_path;
