//! One tree, from paths to filtered diagnostics: walk, read, lower, check,
//! then locate, fingerprint, suppress and filter. `scan` runs this once for
//! the working tree and, with `--diff`, once more for the revision.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use plumb_flow::{ConfigFile, Project};
use plumb_ir::{Language, Module};
use plumb_models::Models;
use plumb_rules::{Confidence, Diagnostic, Location, Severity};
use plumb_text::{LineIndex, Span};
use rayon::prelude::*;
use rayon::ThreadPool;

use crate::go_package::GoModules;
use crate::module_name::PackageDirs;
use crate::panic_capture;
use crate::read::{count_lines, read_text};
use crate::rust_crate::RustCrates;
use crate::settings::{known_rule_ids, Settings};
use crate::suppress::{find_suppressions, Suppression, SUPPRESSION_WITHOUT_REASON};
use crate::target::{relative_to, Target};
use crate::test_code::is_test_path;
use crate::walk::{walk, Candidate, FileKind};
use crate::{Note, NoteKind, Phase, Progress, ScanError, ScanStats};

pub(crate) struct Analysis {
    pub project: Project,
    /// Located, fingerprinted, suppressed and filtered.
    pub diagnostics: Vec<Diagnostic>,
    pub notes: Vec<Note>,
    pub stats: ScanStats,
    /// Every file read (sources and configuration), by relative path.
    pub texts: HashMap<PathBuf, String>,
}

struct SourceFile {
    candidate: Candidate,
    language: Language,
    text: String,
}

enum Lowered {
    Module(Module),
    Failed(Note),
}

pub(crate) fn analyse(
    target: &Target,
    settings: &Settings,
    models: &Models,
    pool: &ThreadPool,
    progress: &dyn Progress,
) -> Result<Analysis, ScanError> {
    let mut stats = ScanStats::default();
    let mut notes = Vec::new();

    let started = Instant::now();
    progress.phase(Phase::Walking);
    let walked = walk(target, &settings.excludes, settings.jobs);
    notes.extend(walked.notes);
    progress.phase(Phase::Reading {
        files: walked.candidates.len(),
    });
    let read: Vec<(Candidate, Result<String, Note>)> = pool.install(|| {
        walked
            .candidates
            .into_par_iter()
            .map(|candidate| {
                let text = read_text(
                    &candidate.absolute,
                    &candidate.relative,
                    settings.max_file_size,
                );
                progress.file_done();
                (candidate, text)
            })
            .collect()
    });
    let mut sources = Vec::new();
    let mut config_files = Vec::new();
    for (candidate, text) in read {
        let text = match text {
            Ok(text) => text,
            Err(note) => {
                stats.files_skipped += 1;
                notes.push(note);
                continue;
            }
        };
        let (key, language) = match candidate.kind {
            FileKind::Source(language) => (language.as_str(), Some(language)),
            FileKind::Config => ("config", None),
        };
        stats
            .languages
            .entry(key)
            .or_default()
            .add(count_lines(&text), text.len() as u64);
        match language {
            Some(language) => sources.push(SourceFile {
                candidate,
                language,
                text,
            }),
            None => config_files.push(ConfigFile {
                path: candidate.relative,
                text,
            }),
        }
    }
    stats.walk_read_time = started.elapsed();

    let started = Instant::now();
    progress.phase(Phase::Lowering {
        files: sources.len(),
    });
    let package_dirs = PackageDirs::default();
    let go_modules = GoModules::default();
    let rust_crates = RustCrates::default();
    let lowered: Vec<Lowered> = pool.install(|| {
        sources
            .par_iter()
            .map(|file| {
                let result = lower_one(file, &package_dirs, &go_modules, &rust_crates);
                progress.file_done();
                result
            })
            .collect()
    });
    let mut modules = Vec::with_capacity(lowered.len());
    for result in lowered {
        match result {
            Lowered::Module(module) => {
                record_lowering_stats(&module, &mut stats, &mut notes);
                modules.push(module);
            }
            Lowered::Failed(note) => {
                stats.files_failed += 1;
                notes.push(note);
            }
        }
    }
    stats.lower_time = started.elapsed();

    let mut texts: HashMap<PathBuf, String> =
        HashMap::with_capacity(sources.len() + config_files.len());
    for file in sources {
        texts.insert(file.candidate.relative, file.text);
    }
    for config in &config_files {
        texts.insert(config.path.clone(), config.text.clone());
    }
    let project = Project {
        modules,
        config_files,
    };

    let started = Instant::now();
    progress.phase(Phase::Analysing {
        modules: project.modules.len(),
    });
    let output = pool
        .install(|| panic_capture::catch(|| plumb_rules::check_project(&project, models)))
        .map_err(|message| ScanError::Internal(format!("the analysis failed: {message}")))?;
    stats.analysis_time = started.elapsed();
    stats.engine = output.stats;

    let mut lines = LineCache::new(&texts);
    let mut diagnostics = output.diagnostics;
    for diagnostic in &mut diagnostics {
        complete(diagnostic, &target.root, &mut lines);
    }

    let suppressions: HashMap<&Path, Vec<Suppression>> = texts
        .iter()
        .filter_map(|(path, text)| {
            let found = find_suppressions(text);
            (!found.is_empty()).then_some((path.as_path(), found))
        })
        .collect();
    let known = known_rule_ids();
    for (path, found) in &suppressions {
        for suppression in found {
            report_suppression_problems(
                path,
                suppression,
                &known,
                &mut diagnostics,
                &mut notes,
                &mut lines,
            );
        }
    }
    stats.findings_raw = diagnostics.len() as u64;

    diagnostics.retain(|diagnostic| {
        if !settings.keeps_rule(diagnostic.rule) {
            stats.filtered_by_rule += 1;
            return false;
        }
        if diagnostic.confidence < settings.min_confidence {
            stats.filtered_by_confidence += 1;
            return false;
        }
        // A suppression cannot silence the report about itself.
        let suppressible = diagnostic.rule != SUPPRESSION_WITHOUT_REASON;
        let suppressed = suppressible
            && suppressions
                .get(diagnostic.location.path.as_path())
                .is_some_and(|found| {
                    found
                        .iter()
                        .any(|s| s.covers(diagnostic.rule, diagnostic.location.span.start_line))
                });
        if suppressed {
            stats.suppressed += 1;
        }
        !suppressed
    });
    drop(lines);
    drop(suppressions);

    notes.sort();
    notes.dedup();
    Ok(Analysis {
        project,
        diagnostics,
        notes,
        stats,
        texts,
    })
}

/// Lowers one file on a worker thread (16 MiB stack); a front-end panic
/// becomes a note instead of ending the scan.
fn lower_one(
    file: &SourceFile,
    package_dirs: &PackageDirs,
    go_modules: &GoModules,
    rust_crates: &RustCrates,
) -> Lowered {
    let relative = &file.candidate.relative;
    let result = match file.language {
        Language::Java => panic_capture::catch(|| plumb_java::lower(relative, &file.text)),
        Language::Python => {
            let module_name = package_dirs.module_name(&file.candidate.absolute);
            panic_capture::catch(|| plumb_python::lower(relative, &file.text, &module_name))
        }
        Language::JavaScript | Language::TypeScript => {
            let module_name = plumb_javascript::module_name(relative);
            panic_capture::catch(|| plumb_javascript::lower(relative, &file.text, &module_name))
        }
        Language::Go => {
            let package = go_modules.package_path(&file.candidate.absolute, relative);
            panic_capture::catch(|| plumb_go::lower(relative, &file.text, &package))
        }
        Language::Ruby => {
            let module_name = plumb_ruby::module_name(relative);
            panic_capture::catch(|| plumb_ruby::lower(relative, &file.text, &module_name))
        }
        Language::Php => panic_capture::catch(|| plumb_php::lower(relative, &file.text)),
        Language::CSharp => panic_capture::catch(|| plumb_csharp::lower(relative, &file.text)),
        Language::Rust => {
            let module = rust_crates.module_path(&file.candidate.absolute, relative);
            panic_capture::catch(|| plumb_rust::lower(relative, &file.text, &module))
        }
    };
    match result {
        Ok(module) => Lowered::Module(module),
        Err(message) => Lowered::Failed(Note::new(
            relative.clone(),
            NoteKind::InternalError,
            format!(
                "internal error lowering {}: {message}; skipped",
                relative.display()
            ),
        )),
    }
}

fn record_lowering_stats(module: &Module, stats: &mut ScanStats, notes: &mut Vec<Note>) {
    let language = module.language.as_str();
    for (kind, count) in &module.stats.unlowered {
        *stats
            .unlowered
            .entry((language, kind.as_str().to_owned()))
            .or_default() += u64::from(*count);
    }
    let errors = &module.stats.syntax_errors;
    if let Some(first) = errors.iter().map(|span| span.start_line).min() {
        stats.syntax_errors += errors.len() as u64;
        stats.files_with_syntax_errors += 1;
        let plural = if errors.len() == 1 { "" } else { "s" };
        notes.push(Note::new(
            module.path.clone(),
            NoteKind::SyntaxErrors,
            format!(
                "{} syntax error{plural}, first at line {first}; analysed what parsed",
                errors.len()
            ),
        ));
    }
}

/// Fills what the rules leave to the caller: relative `/` paths, the
/// snippet, test-code marking and the fingerprint.
fn complete(diagnostic: &mut Diagnostic, root: &Path, lines: &mut LineCache) {
    relativise(&mut diagnostic.location, root);
    for step in &mut diagnostic.trace {
        relativise(&mut step.location, root);
    }
    let location = &diagnostic.location;
    diagnostic.snippet = lines
        .line(&location.path, location.span.start_line)
        .map(collapse_whitespace)
        .unwrap_or_default();
    diagnostic.in_test_code = is_test_path(&location.path);
    diagnostic.compute_fingerprint();
}

fn relativise(location: &mut Location, root: &Path) {
    if location.path.is_absolute() {
        if let Some(relative) = relative_to(root, &location.path) {
            location.path = relative;
        }
    } else if std::path::MAIN_SEPARATOR != '/' {
        location.path = PathBuf::from(location.path.to_string_lossy().replace('\\', "/"));
    }
}

pub(crate) fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn report_suppression_problems(
    path: &Path,
    suppression: &Suppression,
    known: &[&'static str],
    diagnostics: &mut Vec<Diagnostic>,
    notes: &mut Vec<Note>,
    lines: &mut LineCache,
) {
    for id in suppression.rules.iter().flatten() {
        if !known.contains(&id.as_str()) {
            notes.push(Note::new(
                path,
                NoteKind::UnknownRuleInSuppression,
                format!(
                    "line {}: `plumb: ignore[{id}]` names an unknown rule; it suppresses nothing",
                    suppression.line
                ),
            ));
        }
    }
    if suppression.reason.is_some() {
        return;
    }
    let line_text = lines.line(path, suppression.line).unwrap_or("");
    let span = Span {
        start_line: suppression.line,
        start_col: suppression.col,
        end_line: suppression.line,
        end_col: line_text.len() as u32 + 1,
        start_byte: 0,
        end_byte: 0,
    };
    let mut diagnostic = Diagnostic {
        rule: SUPPRESSION_WITHOUT_REASON,
        severity: Severity::Info,
        confidence: Confidence::Proven,
        message: "`plumb: ignore` without a reason: say why the finding does not apply, after the rule list".to_owned(),
        location: Location {
            path: path.to_path_buf(),
            span,
        },
        function: None,
        snippet: collapse_whitespace(line_text),
        trace: Vec::new(),
        fingerprint: String::new(),
        in_test_code: is_test_path(path),
    };
    diagnostic.compute_fingerprint();
    diagnostics.push(diagnostic);
}

/// Line lookups into the texts of files that have findings; each file's
/// line index is built once, on first use.
pub(crate) struct LineCache<'a> {
    texts: &'a HashMap<PathBuf, String>,
    indexes: HashMap<PathBuf, LineIndex>,
}

impl<'a> LineCache<'a> {
    pub fn new(texts: &'a HashMap<PathBuf, String>) -> Self {
        LineCache {
            texts,
            indexes: HashMap::new(),
        }
    }

    pub fn line(&mut self, path: &Path, line: u32) -> Option<&'a str> {
        let text = self.texts.get(path)?;
        let index = self
            .indexes
            .entry(path.to_path_buf())
            .or_insert_with(|| LineIndex::new(text));
        if line == 0 || line as usize > index.line_count() {
            return None;
        }
        Some(index.line(text, line))
    }
}
