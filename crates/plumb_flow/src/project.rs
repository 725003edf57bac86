use std::path::PathBuf;

use plumb_ir::Module;

/// A configuration file whose keys may resolve constants: `.properties`,
/// `application*.yml`, `.env*`. Python settings modules are ordinary modules.
#[derive(Clone, Debug)]
pub struct ConfigFile {
    /// Relative to the scan root.
    pub path: PathBuf,
    pub text: String,
}

/// Everything one scan analyses.
#[derive(Debug, Default)]
pub struct Project {
    pub modules: Vec<Module>,
    pub config_files: Vec<ConfigFile>,
}

/// Counters the engine keeps so that nothing it gives up on is silent.
#[derive(Clone, Debug, Default)]
pub struct EngineStats {
    pub functions_analyzed: u64,
    /// Functions whose fixpoint hit the per-function step budget.
    pub budget_exhausted: u64,
    pub calls_resolved: u64,
    pub calls_unresolved: u64,
    pub summaries_computed: u64,
}
