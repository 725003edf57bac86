use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::time::Instant;

use plumb_rules::Diagnostic;
use rayon::ThreadPool;

use crate::analyse::{analyse, collapse_whitespace, LineCache};
use crate::config::{self, FailOn};
use crate::settings::{load_models, Settings};
use crate::target::Target;
use crate::{baseline, git, Note, Phase, Progress, ScanError, ScanOptions, ScanStats};

/// Worker stack size. Front ends cap their own recursion; this leaves them
/// (and the engine) plenty of room on deeply nested input.
const WORKER_STACK_SIZE: usize = 16 * 1024 * 1024;

/// What a scan found, ready to render.
#[derive(Debug)]
pub struct ScanOutcome {
    /// Absolute; every reported path is relative to it.
    pub root: PathBuf,
    /// The root as the user would write it.
    pub root_display: PathBuf,
    pub diagnostics: Vec<Diagnostic>,
    pub notes: Vec<Note>,
    pub stats: ScanStats,
    /// Texts of the files the diagnostics (and their traces) point into.
    pub sources: BTreeMap<PathBuf, String>,
    /// `fail-on` from the configuration file, if it sets one.
    pub config_fail_on: Option<FailOn>,
}

/// Runs one scan: everything from the paths to the diagnostics to report.
pub fn scan(options: &ScanOptions, progress: &dyn Progress) -> Result<ScanOutcome, ScanError> {
    let started = Instant::now();
    let target = Target::resolve(&options.paths)?;
    let config = config::load(&target.root_display, options.config.as_deref())?;
    let settings = Settings::resolve(options, config.as_ref())?;
    let models = load_models(config.as_ref())?;
    let pool = worker_pool(settings.jobs)?;

    // Cheap checks that can fail first, before the expensive scan.
    let known_fingerprints = match &options.baseline {
        Some(path) => Some(baseline::read(path)?),
        None => None,
    };
    let revision = match &options.diff {
        Some(rev) => Some((rev.as_str(), git::extract(&target.root, rev)?)),
        None => None,
    };

    let analysis = analyse(&target, &settings, &models, &pool, progress)?;
    // The IR is not needed any more; free it before a --diff scan builds another.
    drop(analysis.project);
    let texts = analysis.texts;
    let mut stats = analysis.stats;
    let mut diagnostics = analysis.diagnostics;

    if let Some(path) = &options.write_baseline {
        baseline::write(path, &diagnostics)?;
    }
    if let Some(known) = known_fingerprints {
        let before = diagnostics.len();
        diagnostics.retain(|diagnostic| !known.contains(&diagnostic.fingerprint));
        stats.baseline_dropped = (before - diagnostics.len()) as u64;
    }
    if let Some((rev, tree)) = revision {
        progress.phase(Phase::ScanningRevision {
            rev: rev.to_owned(),
        });
        let old_keys = revision_keys(&target, &tree, &settings, &models, &pool, progress)?;
        let mut lines = LineCache::new(&texts);
        let before = diagnostics.len();
        diagnostics.retain(|diagnostic| !old_keys.contains(&diff_key(diagnostic, &mut lines)));
        stats.diff_dropped = (before - diagnostics.len()) as u64;
    }
    stats.reported = diagnostics.len() as u64;

    let referenced: HashSet<&PathBuf> = diagnostics
        .iter()
        .flat_map(|d| {
            std::iter::once(&d.location.path).chain(d.trace.iter().map(|s| &s.location.path))
        })
        .collect();
    let sources = texts
        .iter()
        .filter(|(path, _)| referenced.contains(path))
        .map(|(path, text)| (path.clone(), text.clone()))
        .collect();
    stats.total_time = started.elapsed();
    Ok(ScanOutcome {
        root: target.root,
        root_display: target.root_display,
        diagnostics,
        notes: analysis.notes,
        stats,
        sources,
        config_fail_on: config.and_then(|config| config.fail_on),
    })
}

pub(crate) fn worker_pool(jobs: usize) -> Result<ThreadPool, ScanError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(WORKER_STACK_SIZE)
        .thread_name(|index| format!("plumb-worker-{index}"))
        .build()
        .map_err(|error| ScanError::Internal(format!("cannot start worker threads: {error}")))
}

/// Keys of every finding in the revision's tree, scanned with the same settings.
fn revision_keys(
    target: &Target,
    tree: &git::RevisionTree,
    settings: &Settings,
    models: &plumb_models::Models,
    pool: &ThreadPool,
    progress: &dyn Progress,
) -> Result<HashSet<String>, ScanError> {
    let Some(root) = tree.map(&target.root).filter(|root| root.exists()) else {
        // The scanned directory did not exist then: everything is new.
        return Ok(HashSet::new());
    };
    let paths: Vec<PathBuf> = target
        .paths
        .iter()
        .filter_map(|path| tree.map(path))
        .filter(|path| path.exists())
        .collect();
    if paths.is_empty() {
        return Ok(HashSet::new());
    }
    let old_target = Target {
        root,
        root_display: PathBuf::from(format!("<{}>", tree.dir.path().display())),
        paths,
    };
    let old = analyse(&old_target, settings, models, pool, progress)?;
    let mut lines = LineCache::new(&old.texts);
    Ok(old
        .diagnostics
        .iter()
        .map(|diagnostic| diff_key(diagnostic, &mut lines))
        .collect())
}

/// What makes a finding "the same" across revisions: its fingerprint (rule,
/// path, function, sink text) and where its data comes from, so that a flow
/// whose source changed counts as new even when its sink line did not.
fn diff_key(diagnostic: &Diagnostic, lines: &mut LineCache) -> String {
    let source = diagnostic.trace.first().map(|step| {
        let text = lines
            .line(&step.location.path, step.location.span.start_line)
            .map(collapse_whitespace)
            .unwrap_or_else(|| step.label.clone());
        format!("{}\u{0}{text}", step.location.path.display())
    });
    format!(
        "{}\u{0}{}",
        diagnostic.fingerprint,
        source.unwrap_or_default()
    )
}
