//! The service's built-in settings.

pub const HOST: &str = "localhost";
pub const LEGACY_ALGORITHM: &str = "MD5";
pub const CURRENT_ALGORITHM: &str = "SHA256";
