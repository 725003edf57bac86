//! SARIF 2.1.0, as read by GitHub code scanning and other SARIF viewers.
//!
//! One run. `tool.driver.rules` lists every rule of the registry (not only
//! those that fired) so that `ruleIndex` is stable between runs and viewers
//! can show the docs of any rule. Paths are relative URIs against
//! `%SRCROOT%`; columns are counted in Unicode code points (`columnKind`)
//! when the file's text is available to convert plumb's byte columns — for
//! ASCII lines, the common case, both are the same.

use std::path::Path;

use plumb_rules::{registry, Diagnostic, Location, RuleMeta, Severity};
use serde_json::{json, Map, Value};

use crate::{
    category_name, char_column, display_path, sorted_diagnostics, sorted_notes, RenderInput,
    SourceCache, TOOL_NAME,
};

pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
pub const SARIF_VERSION: &str = "2.1.0";
/// Where viewers link the tool's name to. A placeholder until the
/// project's public home is decided; change it here only.
pub const INFORMATION_URI: &str = "https://github.com/plumb-dev/plumb";
/// The base every artifact URI is relative to.
pub const SRCROOT: &str = "%SRCROOT%";
/// Key of the fingerprint in `partialFingerprints`; bumped if the way
/// `Diagnostic::fingerprint` is computed changes, so that code scanning
/// does not match old alerts against new fingerprints.
pub const FINGERPRINT_KEY: &str = "plumb/v1";

pub fn render(input: &RenderInput) -> String {
    let rules = registry();
    let mut sources = SourceCache::new(input.sources);

    let results: Vec<Value> = sorted_diagnostics(input.diagnostics)
        .into_iter()
        .map(|diagnostic| result(diagnostic, rules, &mut sources))
        .collect();

    let notifications: Vec<Value> = sorted_notes(input.notes)
        .into_iter()
        .map(|note| {
            json!({
                "level": "note",
                "message": { "text": note.message },
                "locations": [{
                    "physicalLocation": { "artifactLocation": artifact_location(&note.path) }
                }]
            })
        })
        .collect();

    let sarif = json!({
        "$schema": SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {
                "driver": {
                    "name": TOOL_NAME,
                    "version": input.tool_version,
                    "informationUri": INFORMATION_URI,
                    "rules": rules.iter().map(|rule| reporting_descriptor(rule)).collect::<Vec<_>>(),
                }
            },
            "invocations": [{
                "executionSuccessful": true,
                "toolExecutionNotifications": notifications,
            }],
            "originalUriBaseIds": { SRCROOT: srcroot(input.root) },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    // A `Value` of strings, numbers and maps always serialises; should it
    // ever fail, an empty object is still JSON for the consumer to reject.
    let mut out = serde_json::to_string_pretty(&sarif).unwrap_or_else(|_| "{}".to_string());
    out.push('\n');
    out
}

fn reporting_descriptor(rule: &RuleMeta) -> Value {
    let mut tags = vec![category_name(rule.category).to_string()];
    tags.extend(rule.cwe.iter().map(|cwe| format!("CWE-{cwe}")));
    tags.extend(rule.owasp.iter().map(|owasp| format!("OWASP-{owasp}")));
    json!({
        "id": rule.id,
        "name": pascal_case(rule.id),
        "shortDescription": { "text": rule.title },
        // The summary is a wrapped Markdown paragraph; viewers show this
        // field as one line of plain text.
        "fullDescription": { "text": rule.summary().split_whitespace().collect::<Vec<_>>().join(" ") },
        // Markdown reads well enough as plain text for viewers without
        // Markdown support; those with it use `markdown`.
        "help": { "text": rule.docs, "markdown": rule.docs },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": {
            "tags": tags,
            "security-severity": rule.severity.security_severity(),
            "precision": "high",
        }
    })
}

fn result(diagnostic: &Diagnostic, rules: &[&RuleMeta], sources: &mut SourceCache) -> Value {
    let mut result = Map::new();
    result.insert("ruleId".into(), json!(diagnostic.rule));
    // A diagnostic from a rule missing in the registry (a user-defined rule,
    // say) is still reported, just without an index into `rules`.
    if let Some(index) = rules.iter().position(|rule| rule.id == diagnostic.rule) {
        result.insert("ruleIndex".into(), json!(index));
    }
    result.insert("level".into(), json!(level(diagnostic.severity)));
    result.insert("message".into(), json!({ "text": diagnostic.message }));
    result.insert(
        "locations".into(),
        json!([{ "physicalLocation": physical_location(&diagnostic.location, sources) }]),
    );
    result.insert(
        "partialFingerprints".into(),
        json!({ FINGERPRINT_KEY: diagnostic.fingerprint }),
    );
    if !diagnostic.trace.is_empty() {
        let steps: Vec<Value> = diagnostic
            .trace
            .iter()
            .map(|step| {
                json!({
                    "location": {
                        "physicalLocation": physical_location(&step.location, sources),
                        "message": { "text": step.label },
                    }
                })
            })
            .collect();
        result.insert(
            "codeFlows".into(),
            json!([{ "threadFlows": [{ "locations": steps }] }]),
        );
    }
    result.insert(
        "properties".into(),
        json!({
            "confidence": diagnostic.confidence.as_str(),
            "in_test_code": diagnostic.in_test_code,
        }),
    );
    Value::Object(result)
}

fn physical_location(location: &Location, sources: &mut SourceCache) -> Value {
    let mut physical = Map::new();
    physical.insert("artifactLocation".into(), artifact_location(&location.path));
    if let Some(region) = region(location, sources) {
        physical.insert("region".into(), region);
    }
    Value::Object(physical)
}

/// SARIF requires lines and columns of at least 1; a dummy span (a finding
/// about a whole file) gets no region rather than an invalid one.
fn region(location: &Location, sources: &mut SourceCache) -> Option<Value> {
    let span = location.span;
    if span.is_dummy() {
        return None;
    }
    let mut region = Map::new();
    region.insert("startLine".into(), json!(span.start_line));
    if span.start_col >= 1 {
        let column = convert_column(sources, &location.path, span.start_line, span.start_col);
        region.insert("startColumn".into(), json!(column));
    }
    if span.end_line >= span.start_line {
        region.insert("endLine".into(), json!(span.end_line));
        if span.end_col >= 1 {
            let column = convert_column(sources, &location.path, span.end_line, span.end_col);
            region.insert("endColumn".into(), json!(column));
        }
    }
    Some(Value::Object(region))
}

fn convert_column(sources: &mut SourceCache, path: &Path, line: u32, byte_col: u32) -> u32 {
    match sources.line(path, line) {
        Some(text) => char_column(text, byte_col),
        None => byte_col,
    }
}

fn artifact_location(path: &Path) -> Value {
    let text = display_path(path);
    if path.is_absolute() {
        // Diagnostics carry root-relative paths; an absolute one (a file
        // passed outside the root) cannot be expressed against %SRCROOT%.
        json!({ "uri": file_uri(&text) })
    } else {
        json!({ "uri": percent_encode(&text, false), "uriBaseId": SRCROOT })
    }
}

fn srcroot(root: Option<&Path>) -> Value {
    match root.filter(|root| root.is_absolute()) {
        Some(root) => {
            let mut uri = file_uri(&display_path(root));
            // A base URI must end with a slash, or resolving a relative URI
            // against it would replace its last segment.
            if !uri.ends_with('/') {
                uri.push('/');
            }
            json!({ "uri": uri })
        }
        None => json!({ "description": { "text": "The directory plumb scanned." } }),
    }
}

fn file_uri(absolute: &str) -> String {
    if absolute.starts_with('/') {
        format!("file://{}", percent_encode(absolute, false))
    } else {
        // A Windows drive path, `C:/src`: its colon stays literal.
        format!("file:///{}", percent_encode(absolute, true))
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters and `/`,
/// so that spaces, `#`, `%` and non-ASCII names in paths survive as URIs.
/// A `:` is encoded too unless `keep_colon` (a drive letter in a file URI):
/// in a relative URI, `a:b.py` would otherwise read as scheme `a`.
fn percent_encode(path: &str, keep_colon: bool) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            b':' if keep_colon => out.push(':'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// SARIF has three result levels; critical and high findings must fail a
/// code-scanning gate, medium ones warn, the rest inform.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// `sql-injection` → `SqlInjection`: SARIF's `name` is an identifier-like
/// name, distinct from the kebab-case id.
fn pascal_case(id: &str) -> String {
    id.split('-')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{pascal_case, percent_encode};

    #[test]
    fn names_and_uris() {
        assert_eq!(pascal_case("sql-injection"), "SqlInjection");
        assert_eq!(pascal_case("xss"), "Xss");
        assert_eq!(
            percent_encode("src/my app/ü#1.py", false),
            "src/my%20app/%C3%BC%231.py"
        );
        assert_eq!(percent_encode("a:b.py", false), "a%3Ab.py");
        assert_eq!(percent_encode("C:/src", true), "C:/src");
    }
}
