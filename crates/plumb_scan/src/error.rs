use std::path::PathBuf;

/// Everything that stops a scan. Problems with single files never do: they
/// become [`crate::Note`]s and the scan goes on.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    /// A configuration file (or a command-line value standing in for one) is
    /// wrong; the message names the file, the key and the accepted values.
    #[error("{0}")]
    Config(String),
    #[error("{path}: {message}")]
    Path { path: PathBuf, message: String },
    #[error("baseline {path}: {message}")]
    Baseline { path: PathBuf, message: String },
    #[error("--diff {rev}: {message}")]
    Diff { rev: String, message: String },
    #[error("{0}")]
    Models(#[from] plumb_models::ModelError),
    #[error("internal error: {0}")]
    Internal(String),
}
