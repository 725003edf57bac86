//! Builds command lines and algorithm names for the handlers.

pub fn build_ping(target: &str) -> String {
    "ping -c 1 ".to_string() + target
}

pub fn algorithm_name(family: &str, size: &str) -> String {
    family.to_string() + size
}
