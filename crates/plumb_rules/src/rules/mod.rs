//! One file per rule; `ALL` is the registry.

use crate::context::Context;
use crate::{Diagnostic, RuleMeta};

pub mod code_injection;
pub mod command_injection;
pub mod hardcoded_secret;
pub mod header_injection;
pub mod insecure_cookie;
pub mod insecure_random;
pub mod ldap_injection;
pub mod log_injection;
pub mod open_redirect;
pub mod path_traversal;
pub mod sql_injection;
pub mod ssrf;
pub mod suppression_without_reason;
pub mod template_injection;
pub mod trust_boundary_violation;
pub mod unsafe_deserialization;
pub mod weak_cipher;
pub mod weak_hash;
pub mod xpath_injection;
pub mod xss;
pub mod xxe;

pub static ALL: &[&RuleMeta] = &[
    &sql_injection::RULE,
    &command_injection::RULE,
    &code_injection::RULE,
    &path_traversal::RULE,
    &xss::RULE,
    &ssrf::RULE,
    &open_redirect::RULE,
    &xxe::RULE,
    &ldap_injection::RULE,
    &xpath_injection::RULE,
    &trust_boundary_violation::RULE,
    &log_injection::RULE,
    &header_injection::RULE,
    &template_injection::RULE,
    &unsafe_deserialization::RULE,
    &weak_hash::RULE,
    &weak_cipher::RULE,
    &insecure_random::RULE,
    &insecure_cookie::RULE,
    &hardcoded_secret::RULE,
    &suppression_without_reason::RULE,
];

/// Every rule's check, in registry order.
pub static CHECKS: &[fn(&Context<'_>, &mut Vec<Diagnostic>)] = &[
    sql_injection::check,
    command_injection::check,
    code_injection::check,
    path_traversal::check,
    xss::check,
    ssrf::check,
    open_redirect::check,
    xxe::check,
    ldap_injection::check,
    xpath_injection::check,
    trust_boundary_violation::check,
    log_injection::check,
    header_injection::check,
    template_injection::check,
    unsafe_deserialization::check,
    weak_hash::check,
    weak_cipher::check,
    insecure_random::check,
    insecure_cookie::check,
    hardcoded_secret::check,
    suppression_without_reason::check,
];
