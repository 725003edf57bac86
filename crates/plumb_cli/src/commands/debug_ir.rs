//! `plumb debug ir FILE`: the IR one file lowers to, as the engine sees it.

use std::path::PathBuf;

use clap::Args;

use super::Status;

#[derive(Args)]
pub struct DebugIrArgs {
    /// A .java or .py file.
    file: PathBuf,
}

pub fn run(args: DebugIrArgs) -> anyhow::Result<Status> {
    let module = plumb_scan::lower_file(&args.file)?;
    print!("{}", module.dump());
    if let Some(first) = module.stats.syntax_errors.first() {
        eprintln!(
            "plumb: note: {}: {} syntax error(s), first at line {}; lowered what parsed",
            args.file.display(),
            module.stats.syntax_errors.len(),
            first.start_line
        );
    }
    Ok(Status::Clean)
}
