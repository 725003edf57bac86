//! Reading one file as text, or saying once why not.

use std::io::Read;
use std::path::Path;

use crate::{Note, NoteKind};

/// How far into a file a NUL byte makes it binary (as git and ripgrep do).
const BINARY_PROBE: usize = 8 * 1024;

pub fn read_text(absolute: &Path, relative: &Path, max_size: u64) -> Result<String, Note> {
    let unreadable = |error: std::io::Error| {
        Note::new(
            relative,
            NoteKind::Unreadable,
            format!("cannot read: {error}; skipped"),
        )
    };
    let too_large = |size: u64| {
        Note::new(
            relative,
            NoteKind::TooLarge,
            format!("{size} bytes, over the {max_size}-byte limit (max-file-size); skipped"),
        )
    };
    let file = std::fs::File::open(absolute).map_err(unreadable)?;
    let metadata = file.metadata().map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(Note::new(
            relative,
            NoteKind::Unreadable,
            "not a regular file; skipped",
        ));
    }
    if metadata.len() > max_size {
        return Err(too_large(metadata.len()));
    }
    // Bounded even if the file grows between the check and the read.
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(max_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > max_size {
        return Err(too_large(bytes.len() as u64));
    }
    let probe = &bytes[..bytes.len().min(BINARY_PROBE)];
    if probe.contains(&0) {
        return Err(Note::new(
            relative,
            NoteKind::Binary,
            "binary file (NUL byte in the first 8 KiB); skipped",
        ));
    }
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        Note::new(
            relative,
            NoteKind::InvalidUtf8,
            format!("invalid UTF-8 at byte {offset}; skipped"),
        )
    })
}

pub fn count_lines(text: &str) -> u64 {
    let newlines = text.bytes().filter(|&byte| byte == b'\n').count() as u64;
    if text.is_empty() || text.ends_with('\n') {
        newlines
    } else {
        newlines + 1
    }
}
