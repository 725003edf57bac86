//! Library and framework models as data: which calls are sources, sinks,
//! sanitizers and propagators, which types exist and how they relate, and
//! which annotations, decorators and calls make a function an entry point.
//! The format is documented in `docs/models.md`; the files live in
//! `models/<language>/` and are embedded at build time.

mod builtin;
mod schema;
mod store;

pub use schema::{
    ArgEquals, ArgRef, BuilderRole, Callback, ContainerOp, FieldSet, FunctionModel, GlobalModel,
    HandlerModel, KeyedFieldSet, ModelFile, ParamSourceModel, ParamsMode, ResponseKind,
    RouteCallModel, SourceKind, StoreEffect, TypeModel,
};
pub use store::{LanguageModels, ModelError, Models};
