//! `plumb`: the command line. Each command lives in its own file under
//! `commands/`; this file only parses arguments and turns the result into
//! an exit code (0 clean, 1 findings at or above `--fail-on`, 2 usage or
//! internal error).

use std::process::ExitCode;

use clap::Parser;

// The analysis allocates many small, short-lived values from several
// threads; mimalloc serves that pattern far better than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod commands;
mod stats;
mod terminal;

fn main() -> ExitCode {
    // clap exits with 2 on usage errors itself.
    let cli = commands::Cli::parse();
    match commands::run(cli) {
        Ok(status) => status.into(),
        Err(error) => {
            eprintln!("plumb: error: {error:#}");
            ExitCode::from(2)
        }
    }
}
