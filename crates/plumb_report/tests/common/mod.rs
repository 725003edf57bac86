//! A small, hand-built report: a proven flow with a three-step trace, a
//! finding without a trace (and a non-ASCII line, for column conversion),
//! an audit finding, a finding in test code whose file text is not
//! available, and a note.

#![allow(dead_code)] // each test binary uses a different part

use std::collections::BTreeMap;
use std::path::PathBuf;

use plumb_report::Note;
use plumb_rules::{Confidence, Diagnostic, Location, Severity, TraceStep};
use plumb_text::Span;

pub const VERSION: &str = "0.1.0-test";

pub const CONTROLLER: &str = "src/main/java/com/acme/shop/UserController.java";
pub const CONTROLLER_SRC: &str = r#"package com.acme.shop;

@RestController
public class UserController {
    private final DataSource dataSource;

    @GetMapping("/users")
    public List<String> search(@RequestParam String name) throws SQLException {
        String sql = "SELECT id FROM users WHERE name = '" + name + "'";
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery(sql);
            return names(rs);
        }
    }
}
"#;

pub const UTILS: &str = "app/utils.py";
pub const UTILS_SRC: &str = "import hashlib\n\n\ndef checksum(data: bytes) -> str:\n    prüfsumme = hashlib.md5(data).hexdigest()\n    return prüfsumme\n";

pub const VIEWS: &str = "app/views.py";
pub const VIEWS_SRC: &str = r#"import requests
from flask import Flask, jsonify

from .config import load_upstream

app = Flask(__name__)


@app.route("/proxy")
def proxy():
    upstream = load_upstream()
    resp = requests.get(upstream, timeout=5)
    return jsonify(resp.json())
"#;

pub const CONTROLLER_TEST: &str = "src/test/java/com/acme/shop/UserControllerTest.java";

/// The span of the first occurrence of `needle` in `text` (single line),
/// so that fixtures do not depend on hand-counted columns.
pub fn span_of(text: &str, needle: &str) -> Span {
    let Some(start) = text.find(needle) else {
        panic!("{needle:?} not in fixture text");
    };
    let line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
    let line = text[..start].matches('\n').count() as u32 + 1;
    let col = (start - line_start) as u32 + 1;
    Span {
        start_line: line,
        start_col: col,
        end_line: line,
        end_col: col + needle.len() as u32,
        start_byte: start as u32,
        end_byte: (start + needle.len()) as u32,
    }
}

fn location(path: &str, text: &str, needle: &str) -> Location {
    Location {
        path: PathBuf::from(path),
        span: span_of(text, needle),
    }
}

fn step(path: &str, text: &str, needle: &str, label: &str) -> TraceStep {
    TraceStep {
        location: location(path, text, needle),
        label: label.to_string(),
    }
}

pub fn diagnostics() -> Vec<Diagnostic> {
    let mut diagnostics = vec![
        // Deliberately not in report order: renderers sort.
        Diagnostic {
            rule: "weak-hash",
            severity: Severity::Medium,
            confidence: Confidence::Proven,
            message: "MD5 is a broken hash algorithm".to_string(),
            location: location(UTILS, UTILS_SRC, "hashlib.md5(data)"),
            function: Some("app.utils.checksum".to_string()),
            snippet: "hashlib.md5(data)".to_string(),
            trace: Vec::new(),
            fingerprint: String::new(),
            in_test_code: false,
        },
        Diagnostic {
            rule: "sql-injection",
            severity: Severity::Critical,
            confidence: Confidence::Proven,
            message: "Request parameter `name` reaches a JDBC query".to_string(),
            location: location(CONTROLLER, CONTROLLER_SRC, "st.executeQuery(sql)"),
            function: Some("com.acme.shop.UserController.search".to_string()),
            snippet: "st.executeQuery(sql)".to_string(),
            trace: vec![
                step(
                    CONTROLLER,
                    CONTROLLER_SRC,
                    "@RequestParam String name",
                    "request parameter `name`",
                ),
                step(
                    CONTROLLER,
                    CONTROLLER_SRC,
                    "String sql = ",
                    "concatenated into `sql`",
                ),
                step(
                    CONTROLLER,
                    CONTROLLER_SRC,
                    "st.executeQuery(sql)",
                    "executed as SQL by `Statement.executeQuery`",
                ),
            ],
            fingerprint: String::new(),
            in_test_code: false,
        },
        Diagnostic {
            rule: "hardcoded-secret",
            severity: Severity::High,
            confidence: Confidence::Proven,
            message: "String literal used as the password of `DriverManager.getConnection`"
                .to_string(),
            location: Location {
                path: PathBuf::from(CONTROLLER_TEST),
                span: Span {
                    start_line: 21,
                    start_col: 70,
                    end_line: 21,
                    end_col: 80,
                    start_byte: 0,
                    end_byte: 0,
                },
            },
            function: Some("com.acme.shop.UserControllerTest.setUp".to_string()),
            snippet: "\"hunter2!\"".to_string(),
            trace: Vec::new(),
            fingerprint: String::new(),
            in_test_code: true,
        },
        Diagnostic {
            rule: "ssrf",
            severity: Severity::High,
            confidence: Confidence::Audit,
            message: "A value of unknown origin is used as the URL of `requests.get`".to_string(),
            location: location(VIEWS, VIEWS_SRC, "requests.get(upstream, timeout=5)"),
            function: Some("app.views.proxy".to_string()),
            snippet: "requests.get(upstream, timeout=5)".to_string(),
            trace: vec![
                step(
                    VIEWS,
                    VIEWS_SRC,
                    "upstream = load_upstream()",
                    "return value of `load_upstream()`",
                ),
                step(
                    VIEWS,
                    VIEWS_SRC,
                    "requests.get(upstream, timeout=5)",
                    "URL of `requests.get`",
                ),
            ],
            fingerprint: String::new(),
            in_test_code: false,
        },
    ];
    for diagnostic in &mut diagnostics {
        diagnostic.compute_fingerprint();
    }
    diagnostics
}

pub fn notes() -> Vec<Note> {
    vec![Note {
        path: PathBuf::from("app/legacy.py"),
        message: "not valid UTF-8 (byte 0xff at offset 12); file skipped".to_string(),
    }]
}

pub fn sources() -> BTreeMap<PathBuf, String> {
    [
        (CONTROLLER, CONTROLLER_SRC),
        (UTILS, UTILS_SRC),
        (VIEWS, VIEWS_SRC),
    ]
    .into_iter()
    .map(|(path, text)| (PathBuf::from(path), text.to_string()))
    .collect()
}
