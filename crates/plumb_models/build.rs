//! Embeds every `models/<language>/*.toml` file, so that adding a framework
//! is adding a data file.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    if let Ok(languages) = std::fs::read_dir(&root) {
        for language in languages.flatten() {
            let language_path = language.path();
            if !language_path.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", language_path.display());
            let Ok(files) = std::fs::read_dir(&language_path) else {
                continue;
            };
            for file in files.flatten() {
                let path = file.path();
                if path.extension().is_some_and(|ext| ext == "toml") {
                    let language_name = language.file_name().to_string_lossy().into_owned();
                    let file_name = file.file_name().to_string_lossy().into_owned();
                    entries.push((language_name, file_name, path));
                }
            }
        }
    }
    entries.sort();
    let mut generated = String::from("pub(crate) static BUILTIN: &[(&str, &str, &str)] = &[\n");
    for (language, file, path) in entries {
        let _ = writeln!(
            generated,
            "    ({language:?}, {file:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    generated.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_models.rs");
    if let Err(error) = std::fs::write(&out, generated) {
        panic!("cannot write {}: {error}", out.display());
    }
}
