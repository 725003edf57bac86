//! The model files shipped with plumb: `(language, file name, contents)`.
include!(concat!(env!("OUT_DIR"), "/builtin_models.rs"));
