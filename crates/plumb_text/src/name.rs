use std::fmt;
use std::sync::{LazyLock, RwLock};

use rustc_hash::FxHashMap;
use serde::{Serialize, Serializer};

/// An interned identifier or qualified name. Copy, compared by index, and
/// shared by every thread of a scan: the IR of a whole project repeats the
/// same few thousand names, so each is stored once for the life of the
/// process.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(u32);

struct Interner {
    ids: FxHashMap<&'static str, u32>,
    texts: Vec<&'static str>,
}

static INTERNER: LazyLock<RwLock<Interner>> = LazyLock::new(|| {
    RwLock::new(Interner {
        ids: FxHashMap::default(),
        texts: Vec::new(),
    })
});

impl Name {
    pub fn new(text: &str) -> Name {
        if let Some(&id) = INTERNER
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .ids
            .get(text)
        {
            return Name(id);
        }
        let mut interner = INTERNER
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(&id) = interner.ids.get(text) {
            return Name(id);
        }
        // Leaked on purpose: names live as long as the process and are never
        // freed one by one, so a leak is the cheapest arena.
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let id = interner.texts.len() as u32;
        interner.texts.push(text);
        interner.ids.insert(text, id);
        Name(id)
    }

    pub fn as_str(self) -> &'static str {
        INTERNER
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .texts[self.0 as usize]
    }

    /// The part after the last `.`: `java.sql.Statement` → `Statement`.
    pub fn last_segment(self) -> &'static str {
        let text = self.as_str();
        text.rsplit('.').next().unwrap_or(text)
    }

    /// `self.member`, interned.
    pub fn join(self, member: &str) -> Name {
        Name::new(&format!("{}.{}", self.as_str(), member))
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl From<&str> for Name {
    fn from(text: &str) -> Name {
        Name::new(text)
    }
}
