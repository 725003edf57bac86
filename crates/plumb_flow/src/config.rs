//! Keys of project configuration files (`.properties`, `application*.yml`,
//! `.env*`), so that a value read through `@Value("${k}")`,
//! `props.getProperty("k")` or `os.environ`-style lookups resolves to the
//! constants the project sets. Every file that sets a key counts.

use rustc_hash::FxHashMap;

use crate::ConfigFile;

#[derive(Clone, Debug)]
pub struct ConfigValue {
    pub value: String,
    pub file: usize,
    pub line: u32,
}

#[derive(Debug, Default)]
pub struct ConfigValues {
    values: FxHashMap<String, Vec<ConfigValue>>,
}

impl ConfigValues {
    pub fn parse(files: &[ConfigFile]) -> ConfigValues {
        let mut out = ConfigValues::default();
        for (index, file) in files.iter().enumerate() {
            let name = file
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if name.ends_with(".yml") || name.ends_with(".yaml") {
                out.parse_yaml(index, &file.text);
            } else {
                out.parse_properties(index, &file.text);
            }
        }
        out
    }

    pub fn lookup(&self, key: &str) -> &[ConfigValue] {
        self.values.get(key).map_or(&[], Vec::as_slice)
    }

    fn insert(&mut self, key: String, value: &str, file: usize, line: usize) {
        let value = value.trim();
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(value);
        self.values.entry(key).or_default().push(ConfigValue {
            value: value.to_owned(),
            file,
            line: line as u32 + 1,
        });
    }

    fn parse_properties(&mut self, file: usize, text: &str) {
        for (line_index, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with('!') {
                continue;
            }
            let line = line.strip_prefix("export ").unwrap_or(line);
            let split = line.find(['=', ':']).or_else(|| line.find(' '));
            if let Some(at) = split {
                let key = line[..at].trim();
                if !key.is_empty() {
                    self.insert(key.to_owned(), &line[at + 1..], file, line_index);
                }
            }
        }
    }

    /// Flattens nested mappings into dotted keys; sequences and anchors are skipped.
    fn parse_yaml(&mut self, file: usize, text: &str) {
        let mut stack: Vec<(usize, String)> = Vec::new();
        for (line_index, raw) in text.lines().enumerate() {
            let without_comment = match raw.find(" #") {
                Some(at) => &raw[..at],
                None => raw,
            };
            let trimmed = without_comment.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with('-') {
                continue;
            }
            if trimmed == "---" {
                stack.clear();
                continue;
            }
            let indent = without_comment.len() - trimmed.len();
            let Some(colon) = trimmed.find(':') else {
                continue;
            };
            let key = trimmed[..colon].trim().trim_matches(['"', '\'']).to_owned();
            let rest = trimmed[colon + 1..].trim();
            while stack.last().is_some_and(|(level, _)| *level >= indent) {
                stack.pop();
            }
            let full = stack
                .iter()
                .map(|(_, k)| k.as_str())
                .chain(std::iter::once(key.as_str()))
                .collect::<Vec<_>>()
                .join(".");
            if rest.is_empty() {
                stack.push((indent, key));
            } else if !rest.starts_with('&') && !rest.starts_with('|') && !rest.starts_with('>') {
                self.insert(full, rest, file, line_index);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn flattens_yaml_and_reads_properties() {
        let files = vec![
            ConfigFile {
                path: PathBuf::from("application.yml"),
                text: "app:\n  crypto:\n    algorithm: MD5 # weak\n  name: 'demo'\nserver:\n  port: 8080\n".into(),
            },
            ConfigFile {
                path: PathBuf::from("application-prod.properties"),
                text: "# prod\napp.crypto.algorithm=SHA-256\n".into(),
            },
        ];
        let config = ConfigValues::parse(&files);
        let values: Vec<&str> = config
            .lookup("app.crypto.algorithm")
            .iter()
            .map(|v| v.value.as_str())
            .collect();
        assert_eq!(values, ["MD5", "SHA-256"]);
        assert_eq!(config.lookup("app.name")[0].value, "demo");
        assert_eq!(config.lookup("server.port")[0].line, 6);
    }
}
