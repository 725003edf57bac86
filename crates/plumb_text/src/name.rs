use std::cell::RefCell;
use std::fmt;
use std::sync::{LazyLock, Mutex, OnceLock};

use rustc_hash::FxHashMap;
use serde::{Serialize, Serializer};

/// An interned identifier or qualified name. Copy, compared by index, and
/// shared by every thread of a scan: the IR of a whole project repeats the
/// same few thousand names, so each is stored once for the life of the
/// process.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(u32);

/// Texts by id, in chunks that never move once allocated, so that reading
/// a name's text takes two atomic loads and no lock: the engine reads names
/// far more often than it creates them, from every thread at once.
const CHUNK_BITS: u32 = 16;
const CHUNK_LEN: usize = 1 << CHUNK_BITS;
const CHUNKS: usize = 4096;

type Chunk = Box<[OnceLock<&'static str>]>;

static TEXTS: [OnceLock<Chunk>; CHUNKS] = [const { OnceLock::new() }; CHUNKS];

/// Ids by text, for names this process has not seen on the calling thread.
static IDS: LazyLock<Mutex<FxHashMap<&'static str, u32>>> =
    LazyLock::new(|| Mutex::new(FxHashMap::default()));

thread_local! {
    /// Each thread's names so far: lowering interns every identifier it
    /// meets, and nearly all of them were met before on the same thread.
    static SEEN: RefCell<FxHashMap<&'static str, Name>> = RefCell::new(FxHashMap::default());
    /// Each thread's `owner.member` names so far: method resolution joins
    /// the same type and member names over and over.
    static JOINED: RefCell<FxHashMap<(Name, Name), Name>> = RefCell::new(FxHashMap::default());
}

impl Name {
    pub fn new(text: &str) -> Name {
        if let Some(name) = SEEN.with(|seen| seen.borrow().get(text).copied()) {
            return name;
        }
        let (text, name) = Name::intern(text);
        SEEN.with(|seen| seen.borrow_mut().insert(text, name));
        name
    }

    fn intern(text: &str) -> (&'static str, Name) {
        let mut ids = IDS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((&text, &id)) = ids.get_key_value(text) {
            return (text, Name(id));
        }
        let id = ids.len();
        assert!(
            id < CHUNKS * CHUNK_LEN,
            "more names than the interner holds"
        );
        // Leaked on purpose: names live as long as the process and are never
        // freed one by one, so a leak is the cheapest arena.
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let chunk = TEXTS[id >> CHUNK_BITS]
            .get_or_init(|| (0..CHUNK_LEN).map(|_| OnceLock::new()).collect());
        // Set before the id is published through `IDS` or returned, so any
        // thread holding this name finds its text.
        let _ = chunk[id & (CHUNK_LEN - 1)].set(text);
        ids.insert(text, id as u32);
        (text, Name(id as u32))
    }

    pub fn as_str(self) -> &'static str {
        let id = self.0 as usize;
        TEXTS[id >> CHUNK_BITS]
            .get()
            .and_then(|chunk| chunk[id & (CHUNK_LEN - 1)].get())
            .copied()
            .expect("a name's text is stored before the name exists")
    }

    /// The part after the last `.`: `java.sql.Statement` → `Statement`.
    pub fn last_segment(self) -> &'static str {
        let text = self.as_str();
        text.rsplit('.').next().unwrap_or(text)
    }

    /// `self.member`, interned.
    pub fn join(self, member: &str) -> Name {
        let member = Name::new(member);
        if let Some(joined) = JOINED.with(|joined| joined.borrow().get(&(self, member)).copied()) {
            return joined;
        }
        let joined = Name::new(&format!("{}.{}", self.as_str(), member.as_str()));
        JOINED.with(|cache| cache.borrow_mut().insert((self, member), joined));
        joined
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
