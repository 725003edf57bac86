//! The abstract values the interpreter tracks for every variable: possible
//! constants, taint labels with their provenance, the resolved type, a
//! known constant prefix (for URLs and redirects), and the heap object the
//! value points to.

use std::sync::Arc;

use plumb_ir::Const;
use plumb_text::Name;
use smallvec::SmallVec;

use crate::rules::RuleMask;
use crate::trace::StepId;

/// At most this many distinct constants are tracked per value; more is "unknown".
pub(crate) const MAX_CONSTANTS: usize = 4;
/// At most this many taint labels per value; the rest are folded away.
const MAX_LABELS: usize = 12;

#[derive(Clone, Debug, PartialEq)]
pub enum Konst {
    Unknown,
    /// One of these values (never empty).
    OneOf(SmallVec<[Const; 1]>),
}

impl Konst {
    /// Joins `other` into `self`; whether `self` changed.
    pub fn join_into(&mut self, other: &Konst) -> bool {
        match (&mut *self, other) {
            (Konst::Unknown, _) => false,
            (Konst::OneOf(_), Konst::Unknown) => {
                *self = Konst::Unknown;
                true
            }
            (Konst::OneOf(mine), Konst::OneOf(theirs)) => {
                let mut changed = false;
                for value in theirs {
                    if !mine.contains(value) {
                        mine.push(value.clone());
                        changed = true;
                    }
                }
                if mine.len() > MAX_CONSTANTS {
                    *self = Konst::Unknown;
                }
                changed
            }
        }
    }

    pub fn single(value: Const) -> Konst {
        Konst::OneOf(smallvec::smallvec![value])
    }

    pub fn str(text: &str) -> Konst {
        Konst::single(Const::str(text))
    }

    pub fn as_single(&self) -> Option<&Const> {
        match self {
            Konst::OneOf(values) if values.len() == 1 => values.first(),
            _ => None,
        }
    }

    pub fn as_single_str(&self) -> Option<&str> {
        match self.as_single() {
            Some(Const::Str(text)) => Some(text),
            _ => None,
        }
    }

    pub fn values(&self) -> &[Const] {
        match self {
            Konst::OneOf(values) => values,
            Konst::Unknown => &[],
        }
    }

    pub fn is_known(&self) -> bool {
        matches!(self, Konst::OneOf(_))
    }

    pub fn join(&self, other: &Konst) -> Konst {
        match (self, other) {
            (Konst::OneOf(a), Konst::OneOf(b)) => {
                let mut out = a.clone();
                for value in b {
                    if !out.contains(value) {
                        out.push(value.clone());
                    }
                }
                if out.len() > MAX_CONSTANTS {
                    Konst::Unknown
                } else {
                    Konst::OneOf(out)
                }
            }
            _ => Konst::Unknown,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceKind {
    UserInput,
    WeakRandom,
    /// A value read from project configuration: not an attack source, it
    /// only explains where a constant came from.
    Config,
    /// Returned by code nothing is known about: the `audit` tier.
    Unknown,
}

/// Where a tainted value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    /// A modelled source; the `StepId` is the source step itself, which
    /// identifies it.
    Source(SourceKind, StepId),
    /// Symbolic: the value of parameter `n` of the function being summarised.
    Param(u8),
    /// Symbolic: field `name` of parameter `n` (`this.name` for `n == 0` in Java).
    ParamField(u8, Name),
}

#[derive(Clone, Copy, Debug)]
pub struct Label {
    pub origin: Origin,
    /// Rules this label has been sanitised for, and the pseudo-bits for CR/LF
    /// removal and path normalisation.
    pub cleaned: RuleMask,
    /// The latest step of its trace (walk `parent` to the source).
    pub step: StepId,
}

/// Labels compare by origin and cleaning only: the step is provenance, and
/// a fixpoint must not be kept busy by a longer trace of the same flow.
impl PartialEq for Label {
    fn eq(&self, other: &Label) -> bool {
        self.origin == other.origin && self.cleaned == other.cleaned
    }
}

pub type Labels = SmallVec<[Label; 1]>;

/// Adds `label` to `labels`; one label per origin, cleaned only where every
/// path cleaned it.
pub fn add_label(labels: &mut Labels, label: Label) {
    if let Some(existing) = labels.iter_mut().find(|l| l.origin == label.origin) {
        existing.cleaned &= label.cleaned;
        return;
    }
    if labels.len() < MAX_LABELS {
        labels.push(label);
    }
}

pub fn join_labels(into: &mut Labels, from: &Labels) {
    for label in from {
        add_label(into, *label);
    }
}

/// Heap objects are named by allocation site within one function analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ObjId {
    Site(u32),
    Param(u8),
    Global(u32),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    pub konst: Konst,
    pub taint: Labels,
    pub ty: Option<Name>,
    /// Constant text every possible value starts with.
    pub prefix: Option<Arc<str>>,
    pub obj: Option<ObjId>,
    /// Exactly parameter `n`, untransformed: lets summaries pass a caller's
    /// constants through (`getInstance(algorithm)` with `"MD5"` from the caller).
    pub exact_param: Option<u8>,
    /// Constants the value may hold besides anything else (an environment
    /// variable's default): checks read them, branch pruning does not.
    pub hints: Option<Arc<[Const]>>,
    /// When the value starts with one of a few different texts (a base URL
    /// chosen by a switch, then a path appended): all of them, so a check
    /// that each fixes the host does not have to settle for their common
    /// prefix. `prefix` is then their common prefix.
    pub prefixes: Prefixes,
}

/// A few texts a value may start with (see `Value::prefixes`).
pub type Prefixes = Option<Arc<[Arc<str>]>>;

impl Value {
    pub fn unknown() -> Value {
        Value {
            konst: Konst::Unknown,
            taint: Labels::new(),
            ty: None,
            prefix: None,
            obj: None,
            exact_param: None,
            hints: None,
            prefixes: None,
        }
    }

    pub fn constant(value: Const) -> Value {
        let prefix = match &value {
            Const::Str(text) => Some(text.clone()),
            _ => None,
        };
        Value {
            konst: Konst::single(value),
            prefix,
            ..Value::unknown()
        }
    }

    pub fn typed(ty: Option<Name>) -> Value {
        Value {
            ty,
            ..Value::unknown()
        }
    }

    pub fn join(&self, other: &Value) -> Value {
        let mut taint = self.taint.clone();
        join_labels(&mut taint, &other.taint);
        Value {
            konst: self.konst.join(&other.konst),
            taint,
            ty: if self.ty == other.ty {
                self.ty
            } else {
                self.ty.or(other.ty)
            },
            prefix: common_prefix(&self.prefix, &other.prefix),
            obj: if self.obj == other.obj {
                self.obj
            } else {
                None
            },
            exact_param: if self.exact_param == other.exact_param {
                self.exact_param
            } else {
                None
            },
            hints: join_hints(&self.hints, &other.hints),
            prefixes: join_prefixes(self, other),
        }
    }

    /// Every text the value may start with, when that is known.
    pub fn prefix_alternatives(&self) -> Option<Vec<Arc<str>>> {
        match (&self.prefixes, &self.prefix) {
            (Some(all), _) => Some(all.to_vec()),
            (None, Some(prefix)) => Some(vec![prefix.clone()]),
            (None, None) => None,
        }
    }

    /// Every constant the value may be: the known ones and the hints.
    pub fn possible_constants(&self) -> impl Iterator<Item = &Const> {
        self.konst
            .values()
            .iter()
            .chain(self.hints.iter().flat_map(|h| h.iter()))
    }

    /// Joins `other` into `self` without allocating when nothing changes;
    /// whether `self` changed.
    pub fn join_into(&mut self, other: &Value) -> bool {
        let mut changed = self.konst.join_into(&other.konst);
        for label in &other.taint {
            match self.taint.iter().position(|l| l.origin == label.origin) {
                Some(at) => {
                    let existing = &mut self.taint[at];
                    let cleaned = existing.cleaned & label.cleaned;
                    if cleaned != existing.cleaned {
                        existing.cleaned = cleaned;
                        changed = true;
                    }
                }
                None if self.taint.len() < MAX_LABELS => {
                    self.taint.push(*label);
                    changed = true;
                }
                None => {}
            }
        }
        if self.ty != other.ty && self.ty.is_none() && other.ty.is_some() {
            self.ty = other.ty;
            changed = true;
        }
        if self.prefix != other.prefix || self.prefixes != other.prefixes {
            let prefixes = join_prefixes(self, other);
            if prefixes != self.prefixes {
                self.prefixes = prefixes;
                changed = true;
            }
        }
        if self.prefix != other.prefix && self.prefix.is_some() {
            let prefix = common_prefix(&self.prefix, &other.prefix);
            if prefix != self.prefix {
                self.prefix = prefix;
                changed = true;
            }
        }
        if self.obj != other.obj && self.obj.is_some() {
            self.obj = None;
            changed = true;
        }
        if self.exact_param != other.exact_param && self.exact_param.is_some() {
            self.exact_param = None;
            changed = true;
        }
        if other.hints.is_some() && self.hints != other.hints {
            let hints = join_hints(&self.hints, &other.hints);
            if hints != self.hints {
                self.hints = hints;
                changed = true;
            }
        }
        changed
    }

    /// Drops taint: the value was converted to a type that cannot carry an
    /// attack. A predictable random number stays predictable as an `int`,
    /// and a configured constant keeps its origin.
    pub fn sanitized_all(mut self) -> Value {
        self.taint.retain(|label| {
            matches!(
                label.origin,
                Origin::Source(SourceKind::WeakRandom | SourceKind::Config, _)
            )
        });
        self.exact_param = None;
        self
    }
}

fn join_hints(a: &Option<Arc<[Const]>>, b: &Option<Arc<[Const]>>) -> Option<Arc<[Const]>> {
    match (a, b) {
        (Some(a), Some(b)) => {
            let mut all: Vec<Const> = a.to_vec();
            for c in b.iter() {
                if !all.contains(c) && all.len() < MAX_CONSTANTS {
                    all.push(c.clone());
                }
            }
            Some(all.into())
        }
        (Some(x), None) | (None, Some(x)) => Some(x.clone()),
        (None, None) => None,
    }
}

/// The texts either value may start with: a few alternatives are kept as
/// they are, more (or an unknown start on either side) are forgotten.
fn join_prefixes(a: &Value, b: &Value) -> Prefixes {
    if a.prefixes.is_none() && b.prefixes.is_none() {
        return None;
    }
    let mut all = a.prefix_alternatives()?;
    for prefix in b.prefix_alternatives()? {
        if !all.contains(&prefix) {
            all.push(prefix);
        }
    }
    (all.len() <= MAX_CONSTANTS).then(|| all.into())
}

/// Several alternatives as a value's prefixes: `prefix` is what they share.
pub fn prefixes_of(alternatives: Vec<String>) -> (Option<Arc<str>>, Prefixes) {
    let mut common: Option<Arc<str>> = None;
    let all: Vec<Arc<str>> = alternatives.iter().map(|a| Arc::from(a.as_str())).collect();
    for (index, alternative) in all.iter().enumerate() {
        common = if index == 0 {
            Some(alternative.clone())
        } else {
            common_prefix(&common, &Some(alternative.clone()))
        };
    }
    let common = common.filter(|c| !c.is_empty());
    if all.len() <= 1 {
        return (common, None);
    }
    (common, (all.len() <= MAX_CONSTANTS).then(|| all.into()))
}

fn common_prefix(a: &Option<Arc<str>>, b: &Option<Arc<str>>) -> Option<Arc<str>> {
    match (a, b) {
        (Some(a), Some(b)) => {
            if a == b {
                return Some(a.clone());
            }
            let len = a
                .char_indices()
                .zip(b.chars())
                .take_while(|((_, x), y)| x == y)
                .last()
                .map_or(0, |((i, c), _)| i + c.len_utf8());
            (len > 0).then(|| Arc::from(&a[..len]))
        }
        _ => None,
    }
}

/// A heap object: fields of objects, entries of maps, items of lists.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Obj {
    pub ty: Option<Name>,
    pub fields: Vec<(Name, Value)>,
    /// Map entries with constant keys.
    pub entries: Vec<(Const, Value)>,
    /// List items while every index is known; `None` once imprecise.
    pub items: Option<Vec<Value>>,
    /// What unknown keys, unknown indices and folded content may hold.
    pub any: Option<Value>,
    /// For symbolic parameter objects: fields not yet read are `ParamField`s.
    pub symbolic: Option<u8>,
}

impl Obj {
    pub fn new(ty: Option<Name>) -> Obj {
        Obj {
            ty,
            items: Some(Vec::new()),
            ..Obj::default()
        }
    }

    pub fn field(&self, name: Name) -> Option<&Value> {
        self.fields.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    pub fn set_field(&mut self, name: Name, value: Value) {
        match self.fields.iter_mut().find(|(n, _)| *n == name) {
            Some((_, slot)) => *slot = value,
            None => self.fields.push((name, value)),
        }
    }

    pub fn add_any(&mut self, value: &Value) {
        self.any = Some(match &self.any {
            Some(any) => any.join(value),
            None => value.clone(),
        });
    }

    pub fn join(&self, other: &Obj) -> Obj {
        let mut out = self.clone();
        for (name, value) in &other.fields {
            match out.fields.iter_mut().find(|(n, _)| n == name) {
                Some((_, slot)) => *slot = slot.join(value),
                None => out.fields.push((*name, value.clone())),
            }
        }
        for (key, value) in &other.entries {
            match out.entries.iter_mut().find(|(k, _)| k == key) {
                Some((_, slot)) => *slot = slot.join(value),
                None => out.entries.push((key.clone(), value.clone())),
            }
        }
        out.items = match (&self.items, &other.items) {
            (Some(a), Some(b)) if a.len() == b.len() => {
                Some(a.iter().zip(b).map(|(x, y)| x.join(y)).collect())
            }
            (Some(a), Some(b)) => {
                for item in a.iter().chain(b) {
                    out.add_any(item);
                }
                None
            }
            (None, Some(items)) | (Some(items), None) => {
                for item in items.clone() {
                    out.add_any(&item);
                }
                None
            }
            (None, None) => None,
        };
        if let Some(any) = &other.any {
            out.add_any(any);
        }
        out
    }
}
