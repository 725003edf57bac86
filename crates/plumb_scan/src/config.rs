//! `plumb.toml`, or `[tool.plumb]` in `pyproject.toml`. Keys are checked
//! one by one so that every error names the file, the key and what is
//! accepted; unknown keys are errors (a typo must not silently do nothing).

use std::path::{Path, PathBuf};

use plumb_rules::{Confidence, Severity};
use serde::Deserialize;

use crate::options::{parse_confidence, CONFIDENCE_VALUES};
use crate::ScanError;

const KEYS: &[&str] = &[
    "exclude",
    "select",
    "ignore",
    "confidence",
    "fail-on",
    "max-file-size",
    "models",
];
const MODEL_KEYS: &[&str] = &["language", "path"];
const MODEL_LANGUAGES: &[&str] = &["java", "python"];

/// When a scan fails the build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    /// Never (exit 0 whatever is found).
    Never,
    /// When a reported finding is at least this severe.
    AtLeast(Severity),
}

impl FailOn {
    pub const ACCEPTED: &'static str = "critical, high, medium, low, info, none";

    pub fn parse(text: &str) -> Option<FailOn> {
        if text == "none" {
            return Some(FailOn::Never);
        }
        Severity::parse(text).map(FailOn::AtLeast)
    }

    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Never => false,
            FailOn::AtLeast(threshold) => severity >= threshold,
        }
    }
}

/// An extra model file named by the configuration.
#[derive(Clone, Debug)]
pub struct ModelFileRef {
    pub language: String,
    /// Resolved against the configuration file's directory.
    pub path: PathBuf,
}

/// The configuration as read; `origin` names it in every later error.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub origin: String,
    pub exclude: Vec<String>,
    pub select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    pub confidence: Option<Confidence>,
    pub fail_on: Option<FailOn>,
    pub max_file_size: Option<u64>,
    pub models: Vec<ModelFileRef>,
}

/// Finds and reads the configuration: `explicit` if given, else
/// `plumb.toml` at the root, else `[tool.plumb]` in the root's
/// `pyproject.toml`. No configuration at all is not an error.
pub fn load(root_display: &Path, explicit: Option<&Path>) -> Result<Option<Config>, ScanError> {
    if let Some(path) = explicit {
        let text = read(path)?;
        let is_pyproject = path
            .file_name()
            .is_some_and(|name| name == "pyproject.toml");
        return if is_pyproject {
            match parse_pyproject(path, &text)? {
                Some(config) => Ok(Some(config)),
                None => Err(ScanError::Config(format!(
                    "{}: no [tool.plumb] table",
                    path.display()
                ))),
            }
        } else {
            parse_plumb_toml(path, &text).map(Some)
        };
    }
    let plumb_toml = display_join(root_display, "plumb.toml");
    if plumb_toml.is_file() {
        let text = read(&plumb_toml)?;
        return parse_plumb_toml(&plumb_toml, &text).map(Some);
    }
    let pyproject = display_join(root_display, "pyproject.toml");
    if pyproject.is_file() {
        let text = read(&pyproject)?;
        // A project's pyproject.toml is not ours to judge unless it speaks to us.
        if !text.contains("tool.plumb") && !text.contains("[tool]") {
            return Ok(None);
        }
        return parse_pyproject(&pyproject, &text);
    }
    Ok(None)
}

/// `root/name`, without a leading `./` when the root is the current directory.
fn display_join(root: &Path, name: &str) -> PathBuf {
    if root.as_os_str().is_empty() || root == Path::new(".") {
        PathBuf::from(name)
    } else {
        root.join(name)
    }
}

fn read(path: &Path) -> Result<String, ScanError> {
    std::fs::read_to_string(path)
        .map_err(|error| ScanError::Config(format!("{}: cannot read: {error}", path.display())))
}

fn parse_table(origin: &str, text: &str) -> Result<toml::Table, ScanError> {
    toml::from_str::<toml::Table>(text).map_err(|error| {
        let line = error
            .span()
            .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
        let message = error.message().trim().to_owned();
        match line {
            Some(line) => ScanError::Config(format!("{origin}:{line}: invalid TOML: {message}")),
            None => ScanError::Config(format!("{origin}: invalid TOML: {message}")),
        }
    })
}

fn parse_plumb_toml(path: &Path, text: &str) -> Result<Config, ScanError> {
    let origin = path.display().to_string();
    let table = parse_table(&origin, text)?;
    from_table(origin, path, &table)
}

fn parse_pyproject(path: &Path, text: &str) -> Result<Option<Config>, ScanError> {
    let file = path.display().to_string();
    let table = parse_table(&file, text)?;
    let Some(section) = table.get("tool").and_then(|tool| tool.get("plumb")) else {
        return Ok(None);
    };
    let origin = format!("{file} [tool.plumb]");
    let Some(section) = section.as_table() else {
        return Err(ScanError::Config(format!("{origin}: must be a table")));
    };
    from_table(origin, path, section).map(Some)
}

fn from_table(origin: String, path: &Path, table: &toml::Table) -> Result<Config, ScanError> {
    for key in table.keys() {
        if !KEYS.contains(&key.as_str()) {
            return Err(ScanError::Config(format!(
                "{origin}: unknown key `{key}` (accepted: {})",
                KEYS.join(", ")
            )));
        }
    }
    let base_dir = path.parent().unwrap_or(Path::new(""));
    let mut config = Config {
        origin: origin.clone(),
        ..Config::default()
    };
    if let Some(value) = table.get("exclude") {
        config.exclude = string_list(&origin, "exclude", value)?;
    }
    if let Some(value) = table.get("select") {
        config.select = Some(string_list(&origin, "select", value)?);
    }
    if let Some(value) = table.get("ignore") {
        config.ignore = Some(string_list(&origin, "ignore", value)?);
    }
    if let Some(value) = table.get("confidence") {
        let parsed = value.as_str().and_then(parse_confidence);
        config.confidence = Some(parsed.ok_or_else(|| {
            ScanError::Config(format!(
                "{origin}: `confidence` must be one of {CONFIDENCE_VALUES}"
            ))
        })?);
    }
    if let Some(value) = table.get("fail-on") {
        let parsed = value.as_str().and_then(FailOn::parse);
        config.fail_on = Some(parsed.ok_or_else(|| {
            ScanError::Config(format!(
                "{origin}: `fail-on` must be one of {}",
                FailOn::ACCEPTED
            ))
        })?);
    }
    if let Some(value) = table.get("max-file-size") {
        let parsed = match value {
            toml::Value::Integer(bytes) => u64::try_from(*bytes).ok().filter(|&b| b > 0),
            toml::Value::String(text) => parse_size(text),
            _ => None,
        };
        config.max_file_size = Some(parsed.ok_or_else(|| {
            ScanError::Config(format!(
                "{origin}: `max-file-size` must be a positive number of bytes or a size such as \"4MiB\", \"500KB\""
            ))
        })?);
    }
    if let Some(value) = table.get("models") {
        config.models = model_list(&origin, base_dir, value)?;
    }
    Ok(config)
}

fn string_list(origin: &str, key: &str, value: &toml::Value) -> Result<Vec<String>, ScanError> {
    let error = || ScanError::Config(format!("{origin}: `{key}` must be a list of strings"));
    let items = value.as_array().ok_or_else(error)?;
    items
        .iter()
        .map(|item| item.as_str().map(str::to_owned).ok_or_else(error))
        .collect()
}

/// Typed after the keys were checked, so serde only ever sees known keys;
/// `deny_unknown_fields` stays as a guard for future edits.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModelFile {
    language: String,
    path: String,
}

fn model_list(
    origin: &str,
    base_dir: &Path,
    value: &toml::Value,
) -> Result<Vec<ModelFileRef>, ScanError> {
    let shape = || {
        ScanError::Config(format!(
            "{origin}: `models` must be a list of tables like {{ language = \"java\", path = \"models/acme.toml\" }}"
        ))
    };
    let items = value.as_array().ok_or_else(shape)?;
    let mut out = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let table = item.as_table().ok_or_else(shape)?;
        for key in table.keys() {
            if !MODEL_KEYS.contains(&key.as_str()) {
                return Err(ScanError::Config(format!(
                    "{origin}: unknown key `models[{index}].{key}` (accepted: {})",
                    MODEL_KEYS.join(", ")
                )));
            }
        }
        let raw: RawModelFile = item.clone().try_into().map_err(|_| {
            ScanError::Config(format!(
                "{origin}: `models[{index}]` needs `language` and `path`, both strings"
            ))
        })?;
        if !MODEL_LANGUAGES.contains(&raw.language.as_str()) {
            return Err(ScanError::Config(format!(
                "{origin}: `models[{index}].language` must be one of {} (got `{}`)",
                MODEL_LANGUAGES.join(", "),
                raw.language
            )));
        }
        out.push(ModelFileRef {
            language: raw.language,
            path: base_dir.join(raw.path),
        });
    }
    Ok(out)
}

/// `4194304`, `4MiB`, `4 MiB`, `500KB`, `1G`: binary units for `K`/`KiB`,
/// decimal for `KB`.
pub fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    let number: u64 = digits.parse().ok()?;
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "kb" => 1_000,
        "m" | "mib" => 1 << 20,
        "mb" => 1_000_000,
        "g" | "gib" => 1 << 30,
        "gb" => 1_000_000_000,
        _ => return None,
    };
    number.checked_mul(multiplier).filter(|&bytes| bytes > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, String> {
        parse_plumb_toml(Path::new("plumb.toml"), text).map_err(|error| error.to_string())
    }

    #[test]
    fn unknown_key_names_file_key_and_accepted_keys() {
        let error = parse("excludes = [\"a\"]\n").unwrap_err();
        assert_eq!(
            error,
            "plumb.toml: unknown key `excludes` (accepted: exclude, select, ignore, confidence, fail-on, max-file-size, models)"
        );
    }

    #[test]
    fn bad_confidence_lists_accepted_values() {
        let error = parse("confidence = \"maybe\"\n").unwrap_err();
        assert_eq!(
            error,
            "plumb.toml: `confidence` must be one of proven, audit"
        );
    }

    #[test]
    fn reads_every_key() {
        let config = parse(
            r#"
exclude = ["legacy/**"]
select = ["sql-injection"]
ignore = ["xss"]
confidence = "audit"
fail-on = "high"
max-file-size = "1MiB"
models = [{ language = "java", path = "models/acme.toml" }]
"#,
        )
        .unwrap();
        assert_eq!(config.exclude, ["legacy/**"]);
        assert_eq!(config.confidence, Some(Confidence::Audit));
        assert_eq!(config.fail_on, Some(FailOn::AtLeast(Severity::High)));
        assert_eq!(config.max_file_size, Some(1 << 20));
        assert_eq!(config.models[0].path, Path::new("models/acme.toml"));
    }

    #[test]
    fn model_entries_are_checked() {
        let error = parse("models = [{ language = \"go\", path = \"x.toml\" }]\n").unwrap_err();
        assert!(
            error.contains("`models[0].language` must be one of java, python"),
            "{error}"
        );
        let error = parse("models = [{ lang = \"java\" }]\n").unwrap_err();
        assert!(
            error.contains("unknown key `models[0].lang` (accepted: language, path)"),
            "{error}"
        );
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("4MiB"), Some(4 << 20));
        assert_eq!(parse_size("4 MiB"), Some(4 << 20));
        assert_eq!(parse_size("500KB"), Some(500_000));
        assert_eq!(parse_size("123"), Some(123));
        assert_eq!(parse_size("0"), None);
        assert_eq!(parse_size("lots"), None);
    }
}
