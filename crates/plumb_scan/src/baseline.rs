//! Baselines: the findings a project has accepted for now, by fingerprint.
//! Fingerprints are built from rule, path, enclosing function and sink text,
//! never line numbers, so edits elsewhere in a file do not revive them.

use std::collections::HashSet;
use std::path::Path;

use plumb_rules::Diagnostic;
use serde::{Deserialize, Serialize};

use crate::ScanError;

const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    findings: Vec<BaselineEntry>,
}

#[derive(Serialize, Deserialize)]
struct BaselineEntry {
    rule: String,
    path: String,
    fingerprint: String,
    /// For the people reading the file in review; not used for matching.
    #[serde(default)]
    message: String,
}

pub fn write(path: &Path, diagnostics: &[Diagnostic]) -> Result<(), ScanError> {
    let mut findings: Vec<BaselineEntry> = diagnostics
        .iter()
        .map(|diagnostic| BaselineEntry {
            rule: diagnostic.rule.to_owned(),
            path: diagnostic.location.path.to_string_lossy().into_owned(),
            fingerprint: diagnostic.fingerprint.clone(),
            message: diagnostic.message.clone(),
        })
        .collect();
    // Stable order so that a re-written baseline diffs cleanly in review.
    findings.sort_by(|a, b| {
        (&a.path, &a.rule, &a.fingerprint).cmp(&(&b.path, &b.rule, &b.fingerprint))
    });
    findings.dedup_by(|a, b| a.fingerprint == b.fingerprint);
    let file = BaselineFile {
        version: VERSION,
        findings,
    };
    let mut text = serde_json::to_string_pretty(&file).map_err(|error| ScanError::Baseline {
        path: path.to_path_buf(),
        message: format!("cannot serialise: {error}"),
    })?;
    text.push('\n');
    std::fs::write(path, text).map_err(|error| ScanError::Baseline {
        path: path.to_path_buf(),
        message: format!("cannot write: {error}"),
    })
}

/// The fingerprints a baseline lists.
pub fn read(path: &Path) -> Result<HashSet<String>, ScanError> {
    let error = |message: String| ScanError::Baseline {
        path: path.to_path_buf(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| error(format!("cannot read: {e}")))?;
    let file: BaselineFile = serde_json::from_str(&text).map_err(|e| {
        error(format!(
            "not a plumb baseline ({e}); expected {{\"version\": 1, \"findings\": [{{\"rule\", \"path\", \"fingerprint\", \"message\"}}]}} as written by --write-baseline"
        ))
    })?;
    if file.version != VERSION {
        return Err(error(format!(
            "unsupported baseline version {} (accepted: {VERSION})",
            file.version
        )));
    }
    Ok(file
        .findings
        .into_iter()
        .map(|entry| entry.fingerprint)
        .collect())
}
