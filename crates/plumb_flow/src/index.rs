//! The project-wide symbol table, built once after lowering: every class
//! and function by qualified name, the class hierarchy, module globals.

use plumb_ir::{ClassId, FuncId, FunctionKind, InstrKind, Language};
use plumb_text::Name;
use rustc_hash::FxHashMap;

use crate::Project;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncRef {
    pub module: u32,
    pub func: FuncId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassRef {
    pub module: u32,
    pub class: ClassId,
}

pub struct ProjectIndex {
    pub classes: FxHashMap<Name, ClassRef>,
    /// Qualified name → functions (several for Java overloads).
    pub functions: FxHashMap<Name, Vec<FuncRef>>,
    /// Python module or Java package name → modules.
    pub modules_by_name: FxHashMap<Name, Vec<u32>>,
    /// Module-level names assigned in a module's init code: `app.db` → module.
    pub module_globals: FxHashMap<Name, u32>,
    /// Resolved direct supertypes of each project class.
    pub supers: FxHashMap<Name, Vec<Name>>,
    /// Project classes that directly extend or implement a type.
    pub subclasses: FxHashMap<Name, Vec<Name>>,
    /// Every function's position in a deterministic order, for dense tables.
    pub all_functions: Vec<FuncRef>,
    pub function_slot: FxHashMap<FuncRef, usize>,
    /// The Django settings module (`mysite.settings`): the one module that
    /// defines `ROOT_URLCONF` or `INSTALLED_APPS`, which `django.conf.settings` reads.
    pub django_settings: Option<Name>,
}

impl ProjectIndex {
    pub fn build(project: &Project) -> ProjectIndex {
        let mut index = ProjectIndex {
            classes: FxHashMap::default(),
            functions: FxHashMap::default(),
            modules_by_name: FxHashMap::default(),
            module_globals: FxHashMap::default(),
            supers: FxHashMap::default(),
            subclasses: FxHashMap::default(),
            all_functions: Vec::new(),
            function_slot: FxHashMap::default(),
            django_settings: None,
        };
        for (module_index, module) in project.modules.iter().enumerate() {
            let module_index = module_index as u32;
            if let Some(package) = module.package {
                index
                    .modules_by_name
                    .entry(package)
                    .or_default()
                    .push(module_index);
            }
            for (class_index, class) in module.classes.iter().enumerate() {
                index.classes.entry(class.qualified).or_insert(ClassRef {
                    module: module_index,
                    class: ClassId(class_index as u32),
                });
            }
            for (func_index, function) in module.functions.iter().enumerate() {
                let func_ref = FuncRef {
                    module: module_index,
                    func: FuncId(func_index as u32),
                };
                index
                    .function_slot
                    .insert(func_ref, index.all_functions.len());
                index.all_functions.push(func_ref);
                if !matches!(
                    function.kind,
                    FunctionKind::FieldInit | FunctionKind::ModuleInit
                ) {
                    index
                        .functions
                        .entry(function.qualified)
                        .or_default()
                        .push(func_ref);
                }
            }
            if let Some(init) = module.module_init {
                for block in &module.functions[init.0 as usize].blocks {
                    for instr in &block.instrs {
                        match &instr.kind {
                            InstrKind::StoreGlobal { name, .. } => {
                                if let Some(global) = module_global_name(module, *name) {
                                    index.module_globals.entry(global).or_insert(module_index);
                                }
                            }
                            // A JavaScript module's `module.exports` is what
                            // its importers read under the module's name.
                            InstrKind::StoreField {
                                obj: plumb_ir::Operand::Global(object),
                                field,
                                ..
                            } if module.language.is_javascript()
                                && object.as_str() == "module"
                                && field.as_str() == "exports" =>
                            {
                                if let Some(package) = module.package {
                                    index.module_globals.entry(package).or_insert(module_index);
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        // A JavaScript module whose export is one function is called by the
        // module's name (`const register = require("./routes"); register(app)`).
        for (module_index, module) in project.modules.iter().enumerate() {
            let (Some(init), Some(package)) = (module.module_init, module.package) else {
                continue;
            };
            if index.functions.contains_key(&package) {
                continue;
            }
            let init = &module.functions[init.0 as usize];
            if let Some(func) = exported_function(module, init, module_index as u32, &index) {
                index.functions.entry(package).or_default().push(func);
            }
        }
        let mut settings: Vec<Name> = index
            .module_globals
            .keys()
            .filter_map(|global| {
                let (module, name) = global.as_str().rsplit_once('.')?;
                matches!(name, "ROOT_URLCONF" | "INSTALLED_APPS").then(|| Name::new(module))
            })
            .collect();
        settings.sort();
        settings.dedup();
        if settings.len() == 1 {
            index.django_settings = settings.pop();
        }
        index
    }

    /// Records resolved supertypes (resolution needs the index, so this is a second pass).
    pub fn add_supers(&mut self, class: Name, supers: Vec<Name>) {
        for sup in &supers {
            let children = self.subclasses.entry(*sup).or_default();
            if !children.contains(&class) {
                children.push(class);
            }
        }
        self.supers.insert(class, supers);
    }
}

/// The function a JavaScript module assigns to `module.exports`, written
/// there as a function literal or named by its declaration.
fn exported_function(
    module: &plumb_ir::Module,
    init: &plumb_ir::Function,
    module_index: u32,
    index: &ProjectIndex,
) -> Option<FuncRef> {
    if !matches!(module.language, Language::JavaScript | Language::TypeScript) {
        return None;
    }
    let instrs = || init.blocks.iter().flat_map(|b| &b.instrs);
    let exported = instrs().find_map(|instr| match &instr.kind {
        InstrKind::StoreField {
            obj: plumb_ir::Operand::Global(object),
            field,
            value,
        } if object.as_str() == "module" && field.as_str() == "exports" => Some(value),
        _ => None,
    })?;
    match exported {
        plumb_ir::Operand::Var(var) => instrs().find_map(|instr| match &instr.kind {
            InstrKind::Assign {
                dst,
                value: plumb_ir::Expr::Closure(id),
            } if dst == var => Some(FuncRef {
                module: module_index,
                func: *id,
            }),
            _ => None,
        }),
        plumb_ir::Operand::Global(name) => {
            let qualified = module.package?.join(name.as_str());
            index.functions.get(&qualified)?.first().copied()
        }
        plumb_ir::Operand::Const(_) => None,
    }
}

/// The qualified name of a global a module's code stores: PHP writes it
/// qualified already (`App.Config.DEBUG`, `Foo.count`), the other
/// languages by its name in the module's package.
pub(crate) fn module_global_name(module: &plumb_ir::Module, name: Name) -> Option<Name> {
    if module.language == plumb_ir::Language::Php {
        return Some(name);
    }
    module.package.map(|package| package.join(name.as_str()))
}
