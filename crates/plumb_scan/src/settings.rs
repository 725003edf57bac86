//! Options and configuration merged into what one scan actually uses.

use std::collections::HashSet;

use plumb_models::Models;
use plumb_rules::Confidence;

use crate::config::Config;
use crate::exclude::Excludes;
use crate::options::DEFAULT_MAX_FILE_SIZE;
use crate::suppress::SUPPRESSION_WITHOUT_REASON;
use crate::{ScanError, ScanOptions};

pub(crate) struct Settings {
    pub excludes: Excludes,
    /// `None`: every rule.
    pub select: Option<HashSet<String>>,
    pub ignore: HashSet<String>,
    pub min_confidence: Confidence,
    pub max_file_size: u64,
    pub jobs: usize,
}

impl Settings {
    pub fn resolve(options: &ScanOptions, config: Option<&Config>) -> Result<Settings, ScanError> {
        let mut exclude_patterns = Vec::new();
        if let Some(config) = config {
            for pattern in &config.exclude {
                exclude_patterns.push((pattern.clone(), format!("{}: `exclude`", config.origin)));
            }
        }
        for pattern in &options.excludes {
            exclude_patterns.push((pattern.clone(), "--exclude".to_owned()));
        }
        let select = match (&options.select, config.and_then(|c| c.select.as_ref())) {
            (Some(ids), _) => Some(checked_rule_ids(ids, "--select")?),
            (None, Some(ids)) => Some(checked_rule_ids(ids, &config_origin(config, "select"))?),
            (None, None) => None,
        };
        let ignore = match (&options.ignore, config.and_then(|c| c.ignore.as_ref())) {
            (Some(ids), _) => checked_rule_ids(ids, "--ignore")?,
            (None, Some(ids)) => checked_rule_ids(ids, &config_origin(config, "ignore"))?,
            (None, None) => HashSet::new(),
        };
        let jobs = options
            .jobs
            .or_else(|| std::thread::available_parallelism().ok().map(usize::from))
            .unwrap_or(1)
            .max(1);
        Ok(Settings {
            excludes: Excludes::new(&exclude_patterns)?,
            select,
            ignore,
            min_confidence: options
                .confidence
                .or(config.and_then(|c| c.confidence))
                .unwrap_or(Confidence::Proven),
            max_file_size: options
                .max_file_size
                .or(config.and_then(|c| c.max_file_size))
                .unwrap_or(DEFAULT_MAX_FILE_SIZE),
            jobs,
        })
    }

    pub fn keeps_rule(&self, rule: &str) -> bool {
        let selected = self.select.as_ref().is_none_or(|ids| ids.contains(rule));
        selected && !self.ignore.contains(rule)
    }
}

fn config_origin(config: Option<&Config>, key: &str) -> String {
    match config {
        Some(config) => format!("{}: `{key}`", config.origin),
        None => format!("`{key}`"),
    }
}

/// Every id a scan can report: the registry's and the scan's own.
pub fn known_rule_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = plumb_rules::registry().iter().map(|rule| rule.id).collect();
    ids.push(SUPPRESSION_WITHOUT_REASON);
    ids
}

fn checked_rule_ids(ids: &[String], origin: &str) -> Result<HashSet<String>, ScanError> {
    let known = known_rule_ids();
    for id in ids {
        if !known.contains(&id.as_str()) {
            let close = similar_rule_ids(id);
            let hint = if close.is_empty() {
                String::new()
            } else {
                format!("; did you mean {}?", close.join(", "))
            };
            return Err(ScanError::Config(format!(
                "{origin}: unknown rule `{id}`{hint} (accepted: {})",
                known.join(", ")
            )));
        }
    }
    Ok(ids.iter().cloned().collect())
}

/// Rule ids close to `id` (by edit distance or containment), closest first.
pub fn similar_rule_ids(id: &str) -> Vec<&'static str> {
    let mut scored: Vec<(usize, &'static str)> = known_rule_ids()
        .into_iter()
        .filter_map(|known| {
            let distance = edit_distance(id, known);
            let shared_prefix = id
                .chars()
                .zip(known.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let related = known.contains(id)
                || id.contains(known)
                || shared_prefix >= 3
                || distance <= known.len() / 3 + 1;
            related.then_some((distance, known))
        })
        .collect();
    scored.sort();
    scored.into_iter().map(|(_, known)| known).take(5).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// The shipped models plus the configuration's extra model files.
pub(crate) fn load_models(config: Option<&Config>) -> Result<Models, ScanError> {
    let mut models = Models::builtin()?;
    let Some(config) = config else {
        return Ok(models);
    };
    for model in &config.models {
        let text = std::fs::read_to_string(&model.path).map_err(|error| {
            ScanError::Config(format!(
                "{}: `models` file {}: cannot read: {error}",
                config.origin,
                model.path.display()
            ))
        })?;
        models.add_file(&model.language, &model.path.display().to_string(), &text)?;
    }
    Ok(models)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_ids() {
        assert_eq!(
            similar_rule_ids("sql-injections").first(),
            Some(&"sql-injection")
        );
        assert!(similar_rule_ids("injection").contains(&"sql-injection"));
        assert_eq!(similar_rule_ids("sqli"), ["sql-injection"]);
        assert!(similar_rule_ids("zzzzzzzzzzzzzzzzzzzz").is_empty());
    }
}
