//! What `plumb debug` needs: one file lowered, and what the engine knows
//! about one line.

use std::fmt::Write as _;
use std::path::Path;

use plumb_ir::{Language, Module};
use plumb_rules::Confidence;

use crate::analyse::analyse;
use crate::config;
use crate::module_name::PackageDirs;
use crate::options::DEFAULT_MAX_FILE_SIZE;
use crate::panic_capture;
use crate::read::read_text;
use crate::scan::worker_pool;
use crate::settings::{load_models, Settings};
use crate::target::{absolute, Target};
use crate::walk::{classify, FileKind};
use crate::{NoProgress, ScanError, ScanOptions};

const LOWERING_STACK_SIZE: usize = 16 * 1024 * 1024;

/// Reads and lowers one Java or Python file, as a scan would.
pub fn lower_file(path: &Path) -> Result<Module, ScanError> {
    let path_error = |message: String| ScanError::Path {
        path: path.to_path_buf(),
        message,
    };
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let language = match classify(&name) {
        Some(FileKind::Source(language)) => language,
        _ => {
            return Err(path_error(
                "not a Java (.java), Python (.py), JavaScript (.js, .mjs, .cjs, .jsx) or TypeScript (.ts, .mts, .cts, .tsx) Go (.go) or PHP (.php) file".to_owned(),
            ))
        }
    };
    let text =
        read_text(path, path, DEFAULT_MAX_FILE_SIZE).map_err(|note| path_error(note.message))?;
    let module_name = match language {
        Language::Python => PackageDirs::default().module_name(&absolute(path)?),
        Language::Java => String::new(),
        // A file on its own is its own module.
        Language::JavaScript | Language::TypeScript => {
            plumb_javascript::module_name(path.file_name().map_or(path, std::path::Path::new))
        }
        Language::Go => crate::go_package::GoModules::default()
            .package_path(&absolute(path)?, std::path::Path::new("")),
        Language::Ruby => {
            plumb_ruby::module_name(path.file_name().map_or(path, std::path::Path::new))
        }
        // A PHP file names its module by its namespace declaration.
        Language::Php => String::new(),
        // C# names its module by its namespace.
        Language::CSharp => String::new(),
        Language::Rust => crate::rust_crate::RustCrates::default().module_path(
            &absolute(path)?,
            path.file_name().map_or(path, std::path::Path::new),
        ),
    };
    let owned_path = path.to_path_buf();
    let worker = std::thread::Builder::new()
        .name("plumb-lower".to_owned())
        .stack_size(LOWERING_STACK_SIZE)
        .spawn(move || {
            panic_capture::catch(|| match language {
                Language::Java => plumb_java::lower(&owned_path, &text),
                Language::Python => plumb_python::lower(&owned_path, &text, &module_name),
                Language::JavaScript | Language::TypeScript => {
                    plumb_javascript::lower(&owned_path, &text, &module_name)
                }
                Language::Go => plumb_go::lower(&owned_path, &text, &module_name),
                Language::Ruby => plumb_ruby::lower(&owned_path, &text, &module_name),
                Language::Php => plumb_php::lower(&owned_path, &text),
                Language::CSharp => plumb_csharp::lower(&owned_path, &text),
                Language::Rust => plumb_rust::lower(&owned_path, &text, &module_name),
            })
        })
        .map_err(|error| ScanError::Internal(format!("cannot start a thread: {error}")))?;
    match worker.join() {
        Ok(Ok(module)) => Ok(module),
        Ok(Err(message)) => Err(ScanError::Internal(format!(
            "lowering {}: {message}",
            path.display()
        ))),
        Err(_) => Err(ScanError::Internal(format!(
            "lowering {} panicked",
            path.display()
        ))),
    }
}

/// What the engine knows about the taint at `file:line`, scanning
/// `options.paths` (audit confidence, no baseline or diff).
pub fn debug_taint(options: &ScanOptions, file: &Path, line: u32) -> Result<String, ScanError> {
    let target = Target::resolve(&options.paths)?;
    let relative = target
        .relative(&absolute(file)?)
        .ok_or_else(|| ScanError::Path {
            path: file.to_path_buf(),
            message: format!("not under the scan root {}", target.root_display.display()),
        })?;
    let config = config::load(&target.root_display, options.config.as_deref())?;
    let mut settings = Settings::resolve(options, config.as_ref())?;
    settings.min_confidence = Confidence::Audit;
    let models = load_models(config.as_ref())?;
    let pool = worker_pool(settings.jobs)?;
    let analysis = analyse(&target, &settings, &models, &pool, &NoProgress)?;

    // TODO(plumb_rules): call `plumb_rules::debug_taint(&analysis.project,
    // &models, &relative, line)` once it exists; until then, show the
    // findings whose sink or trace touches the line.
    let touches = |path: &Path, span: &plumb_text::Span| {
        path == relative && span.start_line <= line && line <= span.end_line.max(span.start_line)
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}:{line}", relative.display());
    let mut found = 0;
    for diagnostic in &analysis.diagnostics {
        let hit = touches(&diagnostic.location.path, &diagnostic.location.span)
            || diagnostic
                .trace
                .iter()
                .any(|step| touches(&step.location.path, &step.location.span));
        if !hit {
            continue;
        }
        found += 1;
        let location = &diagnostic.location;
        let _ = writeln!(
            out,
            "{} ({}, {}) {}:{}: {}",
            diagnostic.rule,
            diagnostic.severity.as_str(),
            diagnostic.confidence.as_str(),
            location.path.display(),
            location.span.start_line,
            diagnostic.message
        );
        for (index, step) in diagnostic.trace.iter().enumerate() {
            let marker = if touches(&step.location.path, &step.location.span) {
                ">"
            } else {
                " "
            };
            let _ = writeln!(
                out,
                "  {marker}{:>2}. {}:{}  {}",
                index + 1,
                step.location.path.display(),
                step.location.span.start_line,
                step.label
            );
        }
    }
    if found == 0 {
        let _ = writeln!(out, "no finding's sink or trace touches this line");
    }
    Ok(out)
}
