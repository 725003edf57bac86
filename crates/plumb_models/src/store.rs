use plumb_text::Name;
use rustc_hash::FxHashMap;

use crate::schema::{
    FunctionModel, GlobalModel, HandlerModel, ModelFile, ParamSourceModel, RouteCallModel,
    TypeModel,
};

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("{file}: {message}")]
    Parse { file: String, message: String },
    #[error(
        "{file}: unknown language `{language}` (accepted: java, python, javascript, typescript, go, ruby, php, csharp, rust)"
    )]
    Language { file: String, language: String },
}

/// Every model of one language, indexed by qualified name.
#[derive(Debug, Default)]
pub struct LanguageModels {
    pub types: FxHashMap<Name, TypeModel>,
    pub globals: FxHashMap<Name, GlobalModel>,
    /// Several models may describe one callee (a sink in one file, a return
    /// type in another); they are all kept.
    pub functions: FxHashMap<Name, Vec<FunctionModel>>,
    pub param_sources: FxHashMap<Name, ParamSourceModel>,
    pub handlers: Vec<HandlerModel>,
    pub route_calls: FxHashMap<Name, RouteCallModel>,
}

impl LanguageModels {
    fn add(&mut self, file: ModelFile) {
        for model in file.types {
            for name in std::iter::once(&model.name).chain(&model.aliases) {
                self.types.insert(Name::new(name), model.clone());
            }
        }
        for model in file.globals {
            for name in std::iter::once(&model.name).chain(&model.aliases) {
                self.globals.insert(Name::new(name), model.clone());
            }
        }
        for model in file.functions {
            for name in std::iter::once(&model.callee).chain(&model.aliases) {
                self.functions
                    .entry(Name::new(name))
                    .or_default()
                    .push(model.clone());
            }
        }
        for model in file.param_sources {
            for name in std::iter::once(&model.annotation).chain(&model.aliases) {
                self.param_sources.insert(Name::new(name), model.clone());
            }
        }
        self.handlers.extend(file.handlers);
        for model in file.route_calls {
            for name in std::iter::once(&model.callee).chain(&model.aliases) {
                self.route_calls.insert(Name::new(name), model.clone());
            }
        }
    }

    pub fn function(&self, callee: Name) -> &[FunctionModel] {
        self.functions.get(&callee).map_or(&[], Vec::as_slice)
    }

    pub fn type_model(&self, name: Name) -> Option<&TypeModel> {
        self.types.get(&name)
    }

    /// `name` and its supertypes, nearest first (bounded against cycles).
    pub fn supertypes(&self, name: Name) -> Vec<Name> {
        let mut out = vec![name];
        let mut index = 0;
        while index < out.len() && out.len() < 64 {
            if let Some(model) = self.types.get(&out[index]) {
                // An alias maps to the canonical model; its supers are the canonical ones.
                let canonical = Name::new(&model.name);
                if !out.contains(&canonical) {
                    out.push(canonical);
                }
                for sup in &model.supers {
                    let sup = Name::new(sup);
                    if !out.contains(&sup) {
                        out.push(sup);
                    }
                }
            }
            index += 1;
        }
        out
    }
}

#[derive(Debug, Default)]
pub struct Models {
    pub java: LanguageModels,
    pub python: LanguageModels,
    /// JavaScript and TypeScript share one set: the libraries are the same.
    pub javascript: LanguageModels,
    pub go: LanguageModels,
    pub ruby: LanguageModels,
    pub php: LanguageModels,
    pub csharp: LanguageModels,
    pub rust: LanguageModels,
}

impl Models {
    /// The models shipped in the binary.
    pub fn builtin() -> Result<Models, ModelError> {
        let mut models = Models::default();
        for (language, file, text) in crate::builtin::BUILTIN {
            models.add_file(language, &format!("models/{language}/{file}"), text)?;
        }
        Ok(models)
    }

    /// Adds one model file; `origin` names it in errors.
    pub fn add_file(&mut self, language: &str, origin: &str, text: &str) -> Result<(), ModelError> {
        let file: ModelFile = toml::from_str(text).map_err(|error| ModelError::Parse {
            file: origin.to_owned(),
            message: error.to_string(),
        })?;
        let target = match language {
            "java" => &mut self.java,
            "python" => &mut self.python,
            "javascript" | "typescript" => &mut self.javascript,
            "go" => &mut self.go,
            "ruby" => &mut self.ruby,
            "php" => &mut self.php,
            "csharp" => &mut self.csharp,
            "rust" => &mut self.rust,
            other => {
                return Err(ModelError::Language {
                    file: origin.to_owned(),
                    language: other.to_owned(),
                })
            }
        };
        target.add(file);
        Ok(())
    }

    /// Rule ids named by sinks and sanitizers, to be checked against the rule registry.
    pub fn named_rules(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for language in [
            &self.java,
            &self.python,
            &self.javascript,
            &self.go,
            &self.ruby,
            &self.php,
        ] {
            for (callee, models) in &language.functions {
                for model in models {
                    if let Some(sink) = &model.sink {
                        out.push((callee.as_str().to_owned(), sink.clone()));
                    }
                    for rule in &model.sanitizes {
                        if rule != "*" {
                            out.push((callee.as_str().to_owned(), rule.clone()));
                        }
                    }
                }
            }
        }
        out
    }
}
