//! Human output, laid out the way a reviewer walks someone through a
//! finding: what and where in one line, the code around the sink, then how
//! the data got there, source first.
//!
//! ```text
//! critical sql-injection  src/main/java/com/acme/UserDao.java:42:9  Request parameter `name` reaches a JDBC query
//!    40 |     String name = request.getParameter("name");
//!    41 |     String sql = "SELECT * FROM users WHERE name = '" + name + "'";
//!  > 42 |     stmt.executeQuery(sql);
//!       |     ^^^^^^^^^^^^^^^^^^^^^^
//!    43 | }
//!   trace:
//!     1. src/main/java/com/acme/UserDao.java:40  request parameter `name`
//!     2. src/main/java/com/acme/UserDao.java:42  executed as SQL
//! ```
//!
//! Fingerprints are left out: they are for machines and add nothing here.

use std::fmt::Write as _;

use plumb_rules::{Confidence, Diagnostic, Severity};

use crate::{
    char_column, display_path, severity_counts, sorted_diagnostics, sorted_notes, RenderInput,
    SourceCache,
};

/// Lines shown above and below the sink line.
const CONTEXT_LINES: u32 = 2;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextOptions {
    /// ANSI colours. The CLI turns this on only for a terminal without
    /// `NO_COLOR`; the renderer never looks at the environment itself.
    pub color: bool,
}

pub fn render(input: &RenderInput, options: &TextOptions) -> String {
    let paint = Paint {
        enabled: options.color,
    };
    let mut sources = SourceCache::new(input.sources);
    let mut out = String::new();

    for diagnostic in sorted_diagnostics(input.diagnostics) {
        render_header(&mut out, diagnostic, &mut sources, paint);
        render_frame(&mut out, diagnostic, &mut sources, paint);
        render_trace(&mut out, diagnostic, paint);
        out.push('\n');
    }

    let notes = sorted_notes(input.notes);
    if !notes.is_empty() {
        let _ = writeln!(out, "{}", paint.bold("notes:"));
        for note in &notes {
            let _ = writeln!(
                out,
                "  {}: {}",
                display_path(&note.path),
                clean(&note.message)
            );
        }
        out.push('\n');
    }

    render_summary(&mut out, input, paint);
    out
}

fn render_header(
    out: &mut String,
    diagnostic: &Diagnostic,
    sources: &mut SourceCache,
    paint: Paint,
) {
    let span = diagnostic.location.span;
    // Editors and terminals read `path:line:col` with the column counted in
    // characters; plumb counts bytes, so convert when the line is at hand.
    let column = match sources.line(&diagnostic.location.path, span.start_line) {
        Some(line) => char_column(line, span.start_col),
        None => span.start_col,
    };
    let _ = write!(
        out,
        "{} {}  {}:{}:{}  {}",
        paint.severity(diagnostic.severity, diagnostic.severity.as_str()),
        paint.bold(diagnostic.rule),
        display_path(&diagnostic.location.path),
        span.start_line,
        column,
        clean(&diagnostic.message),
    );
    // Both change how a reader should weigh the finding, so they sit on the
    // header line rather than further down.
    let mut tags = Vec::new();
    if diagnostic.confidence == Confidence::Audit {
        tags.push("audit: origin of the value unknown");
    }
    if diagnostic.in_test_code {
        tags.push("in test code");
    }
    if !tags.is_empty() {
        let _ = write!(out, "  {}", paint.dim(&format!("[{}]", tags.join("; "))));
    }
    out.push('\n');
}

/// The sink line with its context, numbered, and a caret line under the
/// sink's span. Left out when the file's text is not available. The caret
/// is measured on the raw line (columns are its bytes); `clean` maps one
/// character to one, so it still lines up with the cleaned text shown.
fn render_frame(
    out: &mut String,
    diagnostic: &Diagnostic,
    sources: &mut SourceCache,
    paint: Paint,
) {
    let path = &diagnostic.location.path;
    let span = diagnostic.location.span;
    if span.is_dummy() {
        return;
    }
    let first = span.start_line.saturating_sub(CONTEXT_LINES).max(1);
    let last = span.start_line.saturating_add(CONTEXT_LINES);

    let mut lines = Vec::new();
    for number in first..=last {
        if let Some(text) = sources.line(path, number) {
            lines.push((number, text.trim_end().to_string()));
        }
    }
    if !lines.iter().any(|(number, _)| *number == span.start_line) {
        return;
    }
    let width = lines
        .last()
        .map_or(1, |(number, _)| number.to_string().len());

    for (number, text) in &lines {
        let marker = if *number == span.start_line { ">" } else { " " };
        let gutter = format!("{marker} {number:>width$} |");
        if text.is_empty() {
            let _ = writeln!(out, " {}", paint.dim(&gutter));
        } else {
            let _ = writeln!(out, " {} {}", paint.dim(&gutter), clean(text));
        }
        if *number == span.start_line {
            let caret = caret_line(
                text,
                span.start_col,
                span.end_col,
                span.end_line == span.start_line,
            );
            let blank_gutter = format!("  {:>width$} |", "");
            let _ = writeln!(
                out,
                " {} {}",
                paint.dim(&blank_gutter),
                paint.severity(diagnostic.severity, &caret)
            );
        }
    }
}

/// Spaces up to the start column (tabs kept, so the caret lines up however
/// the terminal expands them), then one `^` per character of the span; a
/// span that continues on later lines is underlined to the end of this one.
fn caret_line(line: &str, start_col: u32, end_col: u32, single_line: bool) -> String {
    let start = byte_floor(line, start_col.saturating_sub(1) as usize);
    let end = if single_line {
        byte_floor(line, end_col.saturating_sub(1) as usize).max(start)
    } else {
        line.len()
    };
    let mut caret: String = line[..start]
        .chars()
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let width = line[start..end].chars().count().max(1);
    caret.extend(std::iter::repeat_n('^', width));
    caret
}

/// The largest char boundary of `line` at or below `offset`.
fn byte_floor(line: &str, offset: usize) -> usize {
    let mut offset = offset.min(line.len());
    while !line.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn render_trace(out: &mut String, diagnostic: &Diagnostic, paint: Paint) {
    if diagnostic.trace.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {}", paint.bold("trace:"));
    for (index, step) in diagnostic.trace.iter().enumerate() {
        let _ = writeln!(
            out,
            "    {}. {}:{}  {}",
            index + 1,
            display_path(&step.location.path),
            step.location.span.start_line,
            clean(&step.label)
        );
    }
}

fn render_summary(out: &mut String, input: &RenderInput, paint: Paint) {
    let total = input.diagnostics.len();
    let mut line = if total == 0 {
        "no findings".to_string()
    } else {
        let counts: Vec<String> = severity_counts(input.diagnostics)
            .iter()
            .map(|(severity, count)| {
                let text = format!("{count} {}", severity.as_str());
                if *count > 0 {
                    paint.severity(*severity, &text)
                } else {
                    text
                }
            })
            .collect();
        format!("{}: {}", plural(total, "finding"), counts.join(", "))
    };
    if !input.notes.is_empty() {
        let _ = write!(line, "; {}", plural(input.notes.len(), "note"));
    }
    let _ = writeln!(out, "{line}");
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// Scanned files and messages built from them are attacker-controlled text:
/// control characters (an ESC starting a terminal sequence, a bare CR that
/// rewinds the line) are replaced so a file cannot rewrite the report on
/// the reader's terminal. Tabs stay for alignment.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

#[derive(Clone, Copy)]
struct Paint {
    enabled: bool,
}

impl Paint {
    fn wrap(self, code: &str, text: &str) -> String {
        if self.enabled {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(self, severity: Severity, text: &str) -> String {
        let code = match severity {
            Severity::Critical => "1;31",
            Severity::High => "31",
            Severity::Medium => "33",
            Severity::Low => "36",
            Severity::Info => "34",
        };
        self.wrap(code, text)
    }

    fn bold(self, text: &str) -> String {
        self.wrap("1", text)
    }

    fn dim(self, text: &str) -> String {
        self.wrap("2", text)
    }
}
