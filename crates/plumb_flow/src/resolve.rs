//! Name resolution for one module: written type names and dotted global
//! paths become qualified names of project classes, project functions,
//! module globals, or modelled library types, functions and globals.

use plumb_ir::{Language, Module};
use plumb_models::LanguageModels;
use plumb_text::Name;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::index::ProjectIndex;

/// What the first segments of a dotted path name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head {
    ProjectClass(Name),
    ProjectFunction(Name),
    /// A module-level variable of a project module (`app.db`).
    ModuleGlobal(Name),
    /// A modelled library object (`flask.request`).
    ModelGlobal(Name),
    /// A modelled or otherwise known library type (`java.security.MessageDigest`).
    Type(Name),
    /// A modelled function (`os.system`).
    ModelFunction(Name),
    /// Nothing known: the qualified text as far as imports resolve it.
    Unknown(Name),
}

#[derive(Clone, Debug)]
pub struct ResolvedPath {
    pub head: Head,
    /// Segments after the head, in order.
    pub rest: Vec<Name>,
    /// The whole path, qualified (`flask.request.args.get`).
    pub full: Name,
}

/// Names every known library type: declared `[[type]]`s and the owners of
/// modelled methods (`java.sql.Statement` from `java.sql.Statement.executeQuery`).
pub fn known_library_types(models: &LanguageModels) -> FxHashSet<Name> {
    let mut types: FxHashSet<Name> = models.types.keys().copied().collect();
    // Annotations are types too: wildcard imports must resolve them.
    types.extend(models.param_sources.keys().copied());
    for handler in &models.handlers {
        let names = handler
            .annotation
            .iter()
            .chain(&handler.aliases)
            .chain(&handler.class_annotation)
            .chain(&handler.class_base);
        types.extend(names.map(|n| Name::new(n)));
    }
    types.extend(models.globals.values().map(|g| Name::new(&g.ty)));
    for callee in models.functions.keys() {
        if let Some((owner, _)) = callee.as_str().rsplit_once('.') {
            types.insert(Name::new(owner));
        }
    }
    types
}

const JAVA_LANG: &[&str] = &[
    "String",
    "Object",
    "Integer",
    "Long",
    "Short",
    "Byte",
    "Double",
    "Float",
    "Boolean",
    "Character",
    "Number",
    "Math",
    "System",
    "StringBuilder",
    "StringBuffer",
    "Runtime",
    "Process",
    "ProcessBuilder",
    "Thread",
    "Class",
    "ClassLoader",
    "Exception",
    "RuntimeException",
    "Iterable",
    "Enum",
    "Record",
    "CharSequence",
    "Throwable",
    "Error",
    "Void",
];

/// What one module's names mean before anything else is consulted: its
/// imports and its own classes. Built once per module.
#[derive(Debug, Default)]
pub struct ModuleScope {
    imports: FxHashMap<Name, Name>,
    wildcards: Vec<Name>,
    local_classes: FxHashMap<Name, Name>,
    /// Dotted paths already resolved in this module: the same few paths
    /// are read by every function of the module on every pass.
    paths: std::sync::Mutex<FxHashMap<Name, ResolvedPath>>,
}

impl ModuleScope {
    pub fn new(module: &Module) -> ModuleScope {
        let mut imports = FxHashMap::default();
        let mut wildcards = Vec::new();
        for import in &module.imports {
            if import.wildcard {
                wildcards.push(import.target);
            } else {
                imports.insert(import.alias, import.target);
            }
        }
        let local_classes = module
            .classes
            .iter()
            .map(|class| (class.name, class.qualified))
            .collect();
        ModuleScope {
            imports,
            wildcards,
            local_classes,
            paths: Default::default(),
        }
    }
}

pub struct Resolver<'a> {
    pub index: &'a ProjectIndex,
    pub models: &'a LanguageModels,
    pub known_types: &'a FxHashSet<Name>,
    pub language: Language,
    package: Option<Name>,
    imports: &'a FxHashMap<Name, Name>,
    wildcards: &'a [Name],
    local_classes: &'a FxHashMap<Name, Name>,
    paths: &'a std::sync::Mutex<FxHashMap<Name, ResolvedPath>>,
}

impl<'a> Resolver<'a> {
    pub fn new(
        module: &Module,
        scope: &'a ModuleScope,
        index: &'a ProjectIndex,
        models: &'a LanguageModels,
        known_types: &'a FxHashSet<Name>,
    ) -> Self {
        Resolver {
            index,
            models,
            known_types,
            language: module.language,
            package: module.package,
            imports: &scope.imports,
            wildcards: &scope.wildcards,
            local_classes: &scope.local_classes,
            paths: &scope.paths,
        }
    }

    fn is_type(&self, name: Name) -> bool {
        self.index.classes.contains_key(&name) || self.known_types.contains(&name)
    }

    /// A type name as written (`Statement`, `java.util.List`, `views.View`) → qualified.
    pub fn resolve_type(&self, written: Name) -> Name {
        let text = written.as_str();
        let (first, rest) = match text.split_once('.') {
            Some((first, rest)) => (first, Some(rest)),
            None => (text, None),
        };
        let first_name = Name::new(first);
        let with_rest = |base: Name| match rest {
            Some(rest) => base.join(rest),
            None => base,
        };
        if let Some(target) = self.imports.get(&first_name) {
            return with_rest(self.child_module_path(*target));
        }
        if let Some(qualified) = self.local_classes.get(&first_name) {
            return with_rest(*qualified);
        }
        if self.is_type(written) {
            return written;
        }
        if let Some(package) = self.package {
            let candidate = with_rest(package.join(first));
            if self.index.classes.contains_key(&candidate) {
                return candidate;
            }
        }
        if self.language == Language::Java && rest.is_none() && JAVA_LANG.contains(&first) {
            return Name::new(&format!("java.lang.{first}"));
        }
        // Java's `import a.b.*` and C#'s `using A.B;` bring in every type
        // of a package or namespace: a name resolves through the one that
        // has it.
        if matches!(self.language, Language::Java | Language::CSharp) {
            for wildcard in self.wildcards {
                let candidate = with_rest(wildcard.join(first));
                if self.is_type(candidate) {
                    return candidate;
                }
            }
        }
        written
    }

    /// Rust's `use storage::Storage;` in a module with a child module
    /// `storage` names `crate::…::storage::Storage`.
    fn child_module_path(&self, target: Name) -> Name {
        if self.language != Language::Rust {
            return target;
        }
        let Some(package) = self.package else {
            return target;
        };
        let first = target.as_str().split('.').next().unwrap_or("");
        if self
            .index
            .modules_by_name
            .contains_key(&package.join(first))
        {
            package.join(target.as_str())
        } else {
            target
        }
    }

    /// A dotted global path as lowered (`request.args.get`, `MessageDigest.getInstance`).
    pub fn resolve_path(&self, path: Name) -> ResolvedPath {
        let lock = |paths: &'a std::sync::Mutex<FxHashMap<Name, ResolvedPath>>| {
            paths
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        };
        if let Some(resolved) = lock(self.paths).get(&path) {
            return resolved.clone();
        }
        let resolved = self.compute_path(path);
        lock(self.paths).insert(path, resolved.clone());
        resolved
    }

    fn compute_path(&self, path: Name) -> ResolvedPath {
        let text = path.as_str();
        let segments: Vec<&str> = text.split('.').collect();
        let root = Name::new(segments[0]);
        // The qualified spelling of the path: the root through imports, or
        // the module's own definitions, or as written.
        let qualified_root = if let Some(target) = self.imports.get(&root) {
            self.child_module_path(*target)
        } else if let Some(qualified) = self.local_classes.get(&root) {
            *qualified
        } else if let Some(package) = self.package.filter(|_| self.language.has_module_code()) {
            let own = package.join(segments[0]);
            // A Rust module's child modules (`mod render;`) are in scope
            // without a `use`.
            let child_module = self.language == Language::Rust
                && segments.len() > 1
                && self.index.modules_by_name.contains_key(&own);
            if self.index.functions.contains_key(&own)
                || self.index.classes.contains_key(&own)
                || self.index.module_globals.contains_key(&own)
                || child_module
            {
                own
            } else {
                root
            }
        } else {
            let resolved = self.resolve_type(root);
            if resolved != root {
                resolved
            } else if let Some(package) = self.package {
                let own = package.join(segments[0]);
                if self.index.classes.contains_key(&own) {
                    own
                } else {
                    root
                }
            } else {
                root
            }
        };
        let mut all: Vec<&str> = qualified_root.as_str().split('.').collect();
        all.extend_from_slice(&segments[1..]);
        // `django.conf.settings.X` reads the project's settings module.
        let settings_module;
        if let (Some(module), ["django", "conf", "settings", rest @ ..]) =
            (self.index.django_settings, all.as_slice())
        {
            if !rest.is_empty() {
                settings_module = module;
                let mut rewritten: Vec<&str> = settings_module.as_str().split('.').collect();
                rewritten.extend_from_slice(rest);
                all = rewritten;
            }
        }
        let full = Name::new(&all.join("."));
        // Longest prefix that names something known.
        for end in (1..=all.len()).rev() {
            let prefix = Name::new(&all[..end].join("."));
            // A library whose own source is in the scan (the JDK, a vendored
            // package) is still described by its models.
            let head = if self.models.functions.contains_key(&prefix) {
                Some(Head::ModelFunction(prefix))
            } else if self.index.functions.contains_key(&prefix) {
                Some(Head::ProjectFunction(prefix))
            } else if self.index.classes.contains_key(&prefix) {
                Some(Head::ProjectClass(prefix))
            } else if self.index.module_globals.contains_key(&prefix) {
                Some(Head::ModuleGlobal(prefix))
            } else if self.models.globals.contains_key(&prefix) {
                Some(Head::ModelGlobal(prefix))
            } else if self.known_types.contains(&prefix) {
                Some(Head::Type(prefix))
            } else {
                None
            };
            if let Some(head) = head {
                return ResolvedPath {
                    head,
                    rest: all[end..].iter().map(|s| Name::new(s)).collect(),
                    full,
                };
            }
        }
        ResolvedPath {
            head: Head::Unknown(full),
            rest: Vec::new(),
            full,
        }
    }
}
