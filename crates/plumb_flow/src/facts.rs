//! What the analysis hands to the rules: every sink reached, every named
//! store, with abstract values and provenance.

use plumb_text::{Name, Span};

use crate::value::{Konst, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SinkSite {
    /// An argument (or the receiver) of a modelled sink call.
    Call,
    /// A handler's returned value, sent as HTML.
    HtmlReturn,
    /// A handler's returned value, used as a view name (Spring MVC).
    ViewName,
}

/// A sink call or return reached by a value.
#[derive(Clone, Debug)]
pub struct SinkEvent {
    /// The rule id the model names.
    pub rule: String,
    pub site: SinkSite,
    /// Resolved callee (`java.sql.Statement.executeQuery`), or the handler for returns.
    pub callee: Name,
    pub module: u32,
    pub span: Span,
    /// Qualified name of the function containing the sink.
    pub function: Name,
    /// The value at the sink, taint including what its object holds.
    pub value: Value,
    /// Constant fields of the sink argument's or receiver's object
    /// (`secure` of a cookie, features of an XML factory).
    pub fields: Vec<(String, Konst)>,
    /// For `argv` sinks: the argument vector, when it is a known list.
    pub argv: Option<Vec<Value>>,
    /// The call itself is the finding (`hashlib.md5()`, `set_cookie(..)`);
    /// `value` then holds the taint of every argument.
    pub call_only: bool,
    /// The sink argument is written as a literal at the call.
    pub literal: bool,
    /// The receiver was created where the analysis saw it (a factory, a
    /// constructor), so `fields` say everything that configured it.
    pub receiver_tracked: bool,
    /// The sink call's result is discarded (a statement, or assigned to a
    /// variable nothing reads): the call only probes (`Cipher.getInstance(t)`
    /// to see whether a transformation is available).
    pub result_unused: bool,
    /// The sink serves text whose type is sniffed from its first bytes.
    pub sniffed: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreTarget {
    Local,
    Field,
    Global,
    /// A constant key of a map or dict (`config["SECRET_KEY"] = ...`).
    Key,
    /// A keyword argument (`connect(password="...")`).
    Keyword,
    /// The returned value of a function named `target`.
    Return,
}

/// A value stored under a name: what hard-coded-secret and insecure-random read.
#[derive(Clone, Debug)]
pub struct StoreEvent {
    pub module: u32,
    pub span: Span,
    pub function: Name,
    pub target: Name,
    pub kind: StoreTarget,
    pub value: Value,
    /// The stored operand is written as a literal right there.
    pub literal: bool,
}
