//! Rule ids as bits, so a label can say cheaply which sinks it was cleaned for.

use std::sync::{LazyLock, RwLock};

pub type RuleMask = u64;

/// Pseudo-rules: properties of a value that guards and later sanitizers read.
pub const LF_REMOVED: &str = "$lf-removed";
pub const CR_REMOVED: &str = "$cr-removed";
pub const PATH_NORMALIZED: &str = "$path-normalized";

pub const ALL_RULES: RuleMask = RuleMask::MAX;

/// Every bit `built_bit` handed out, so values that carry none are skipped cheaply.
static ANY_BUILT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The pseudo-rule marking a value built by a sink of `rule` that only
/// builds (a path): its finding stands at the builder unless a check on the
/// built value guards every later use.
pub fn built_bit(rule: &str) -> RuleMask {
    let bit = rule_bit(&format!("$built:{rule}"));
    ANY_BUILT.fetch_or(bit, std::sync::atomic::Ordering::Relaxed);
    bit
}

/// Whether `cleaned` may hold a `built_bit`.
pub fn may_be_built(cleaned: RuleMask) -> bool {
    cleaned & ANY_BUILT.load(std::sync::atomic::Ordering::Relaxed) != 0
}

static RULE_BITS: LazyLock<RwLock<Vec<String>>> = LazyLock::new(|| RwLock::new(Vec::new()));

/// The bit of a rule id (or pseudo-rule), assigned on first use; `"*"` is every rule.
pub fn rule_bit(id: &str) -> RuleMask {
    if id == "*" {
        return ALL_RULES;
    }
    {
        let bits = RULE_BITS.read().unwrap_or_else(|p| p.into_inner());
        if let Some(index) = bits.iter().position(|known| known == id) {
            return 1 << index;
        }
    }
    let mut bits = RULE_BITS.write().unwrap_or_else(|p| p.into_inner());
    if let Some(index) = bits.iter().position(|known| known == id) {
        return 1 << index;
    }
    if bits.len() >= 63 {
        // Out of bits: a rule that cannot be cleaned is the safe failure.
        return 0;
    }
    bits.push(id.to_owned());
    1 << (bits.len() - 1)
}

pub fn rules_mask<'a>(ids: impl IntoIterator<Item = &'a String>) -> RuleMask {
    ids.into_iter().fold(0, |mask, id| mask | rule_bit(id))
}

/// Whether `cleaned` counts as sanitised for `rule`: CR/LF-based rules need both removals.
pub fn is_clean_for(cleaned: RuleMask, rule: &str) -> bool {
    if cleaned & rule_bit(rule) != 0 {
        return true;
    }
    if matches!(rule, "log-injection" | "header-injection") {
        let both = rule_bit(LF_REMOVED) | rule_bit(CR_REMOVED);
        return cleaned & both == both;
    }
    false
}
