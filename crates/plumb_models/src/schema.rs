use std::collections::BTreeMap;

use serde::Deserialize;

/// One model file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    #[serde(default, rename = "type")]
    pub types: Vec<TypeModel>,
    #[serde(default, rename = "global")]
    pub globals: Vec<GlobalModel>,
    #[serde(default, rename = "function")]
    pub functions: Vec<FunctionModel>,
    #[serde(default, rename = "param_source")]
    pub param_sources: Vec<ParamSourceModel>,
    #[serde(default, rename = "handler")]
    pub handlers: Vec<HandlerModel>,
    #[serde(default, rename = "route_call")]
    pub route_calls: Vec<RouteCallModel>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    UserInput,
    WeakRandom,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeModel {
    pub name: String,
    #[serde(default)]
    pub supers: Vec<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Attribute name → type name.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    pub source: Option<SourceKind>,
    #[serde(default)]
    pub clean_members: Vec<String>,
    /// Members that are request data but cannot carry some attacks:
    /// member → rule ids (`path = ["open-redirect"]`: a request path is
    /// always on this site).
    #[serde(default)]
    pub member_cleans: BTreeMap<String, Vec<String>>,
    pub label: Option<String>,
    #[serde(default)]
    pub safe: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlobalModel {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(rename = "type")]
    pub ty: String,
    /// The object itself is data of its type's source, not only what is
    /// read from it: PHP's `$_GET` handed whole to a function.
    #[serde(default)]
    pub source: bool,
}

/// An argument position (`0`, `1`, ...) or `"receiver"`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum ArgRef {
    Position(usize),
    Named(String),
}

impl ArgRef {
    pub fn is_receiver(&self) -> bool {
        matches!(self, ArgRef::Named(name) if name == "receiver")
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreEffect {
    pub to: ArgRef,
    pub from: Vec<ArgRef>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSet {
    pub field: String,
    /// The argument whose value is recorded...
    pub value: Option<usize>,
    /// ...or a constant, for a call whose name says it (`enableDefaultTyping()`).
    pub constant: Option<toml::Value>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyedFieldSet {
    pub key: usize,
    pub value: usize,
}

/// `{ position = 0, values = ["Location", "..HttpHeaders.LOCATION"] }`:
/// compared ignoring case, as header names are; a library constant is
/// written as its qualified name.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArgEquals {
    pub position: usize,
    pub values: Vec<String>,
}

/// `{ position = 0, prefixes = ["Location:"] }`: the argument's text
/// starts with one of these, ignoring case (PHP's `header("Location: " . $url)`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArgPrefix {
    pub position: usize,
    pub prefixes: Vec<String>,
}

/// `{ position = 0, types = ["net/http.ResponseWriter"] }`: the argument's
/// type is one of these or a subtype of one.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArgTyped {
    pub position: usize,
    pub types: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContainerOp {
    MapPut,
    MapGet,
    ListAdd,
    ListGet,
    ListRemove,
    AddAll,
    /// Copies another map's entries in, each replacing the one under the
    /// same key (`dict.update(other)`, `Object.assign(target, other)`; a
    /// call without a receiver merges into its first argument).
    MapMerge,
    /// The result is a new map: the receiver's entries, then the
    /// arguments', each replacing the one under the same key (Ruby's
    /// `defaults.merge(overrides)`, Python's `a | b`).
    Merged,
    /// The result is a new collection of the positional arguments, in
    /// order (`List.of(a, b)`, `Set.of(a)`, `Arrays.asList(a, b)`).
    ListOf,
    /// The result is a new collection of argument 0's elements
    /// (`new HashSet<>(items)`, `new Set(items)`, `set(items)`, `list(items)`).
    CopyOf,
    /// The result is the receiver's items as text, separated by argument 0
    /// or, without it, by a comma (`parts.join("-")`).
    Join,
}

/// A text builder's part in building its text (`StringBuilder`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BuilderRole {
    /// A constructor: the text starts as argument 0 when that is text,
    /// empty otherwise (`new StringBuilder()`, `new StringBuilder(16)`).
    New,
    /// Appends argument 0 to the receiver's text.
    Append,
    /// The result is the receiver's text (`toString()`).
    Text,
    /// Cuts the receiver's text to the length in argument 0 (`setLength`).
    Truncate,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FunctionModel {
    pub callee: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub returns: Option<String>,
    pub sink: Option<String>,
    #[serde(default)]
    pub args: Vec<ArgRef>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub when_keyword: BTreeMap<String, toml::Value>,
    #[serde(default)]
    pub unless_keyword: BTreeMap<String, toml::Value>,
    /// The sink does not apply when any of these keywords is given, whatever
    /// its value (`res.sendFile(path, { root })` confines the path).
    #[serde(default)]
    pub unless_keywords: Vec<String>,
    /// The sink applies only when each of these keywords is a constant text
    /// containing the given text (ignoring case in both the keyword and
    /// the text); a dotted keyword names an entry of a nested option object
    /// (`new Response(body, { headers: { "Content-Type": "text/html" } })`).
    #[serde(default)]
    pub when_keyword_text: BTreeMap<String, String>,
    /// The sink applies only to text: an object or array argument is
    /// serialised (Express `res.send(obj)` sends JSON).
    #[serde(default)]
    pub when_text: bool,
    /// The sink applies only when a positional argument is one of these
    /// constants: the header a generic `header(name, value)` sets.
    pub when_arg: Option<ArgEquals>,
    /// Names of positional arguments, read by rules as if they were
    /// keywords: Gin's `c.SetCookie(name, value, maxAge, path, domain,
    /// secure, httpOnly)`.
    #[serde(default)]
    pub positional_keywords: Vec<String>,
    /// The sink applies only when a positional argument has one of these
    /// types: what Go's `fmt.Fprintf(w, ..)` writes to.
    pub when_arg_type: Option<ArgTyped>,
    /// The sink applies only when a positional argument's text starts with
    /// one of these constant prefixes: which header PHP's `header("Name:
    /// value")` sets.
    pub when_arg_prefix: Option<ArgPrefix>,
    /// The sink applies only when the receiver holds these constant fields
    /// (recorded by `set_field` on it).
    #[serde(default)]
    pub when_field: BTreeMap<String, toml::Value>,
    #[serde(default)]
    pub argv: bool,
    /// The argument vector starts at this position (Go's
    /// `exec.CommandContext(ctx, name, args...)`).
    #[serde(default)]
    pub argv_from: usize,
    /// The argument vector is the receiver's list (what a builder such as
    /// Rust's `Command::new(p).arg(x)` has gathered, this call's included)
    /// rather than this call's arguments.
    #[serde(default)]
    pub argv_receiver: bool,
    /// The result is a builder that holds this call's positional
    /// arguments as the first items of its list (`Command::new(program)`).
    #[serde(default)]
    pub holds_args: bool,
    /// The sink only builds a value for later use (a path): its finding is
    /// withdrawn when a check on the built value (a normalised path's
    /// `startsWith(base)`) guards every use of it.
    #[serde(default)]
    pub builds: bool,
    pub source: Option<SourceKind>,
    pub label: Option<String>,
    #[serde(default)]
    pub sanitizes: Vec<String>,
    /// The result is decoded text (Base64, URL or hex decoding): whatever
    /// an encoding made safe may be dangerous again, so cleaning is undone.
    #[serde(default)]
    pub decodes: bool,
    pub propagate: Option<Vec<ArgRef>>,
    #[serde(default)]
    pub returns_receiver: bool,
    /// The response's type is sniffed from the first bytes written (Go's
    /// `ResponseWriter.Write` without a Content-Type): text that starts
    /// with anything but `<` is served as plain text.
    #[serde(default)]
    pub sniffs_content: bool,
    /// The call builds text in the receiver (see `BuilderRole`); any other
    /// call that returns its receiver leaves the text unknown.
    pub builder: Option<BuilderRole>,
    pub store: Option<StoreEffect>,
    pub set_field: Option<FieldSet>,
    pub set_field_keyed: Option<KeyedFieldSet>,
    #[serde(default)]
    pub copy_fields: bool,
    pub container: Option<ContainerOp>,
    /// The call never returns normally (`abort(400)`, `sys.exit()`).
    #[serde(default)]
    pub noreturn: bool,
    /// The result is a configuration lookup: the constant values project
    /// configuration files set for the key in this argument...
    pub config_key: Option<usize>,
    /// ...or, when no file sets it, this argument's value.
    pub config_default: Option<usize>,
    /// The lookup reads the process environment: a default is only one of
    /// the values it may return.
    #[serde(default)]
    pub environment: bool,
    /// The result is the integer the constant text at this position spells.
    pub parses_integer: Option<usize>,
    /// The result is the argument at this position as text (`String(5)`
    /// is `"5"`).
    pub to_text: Option<usize>,
    /// The result is a hash or cipher of the algorithm named here
    /// (`md5.New()` is `"MD5"`): its value is that name, which sinks on
    /// its use (`h.Sum(nil)`) check.
    pub algorithm: Option<String>,
    /// The result is `printf`-style formatting of a constant template.
    pub formats: Option<FormatSpec>,
    /// The call runs a function it is handed with each element of a
    /// container (`items.forEach(f)`, `map(f, items)`).
    pub calls_back: Option<Callback>,
    /// The call declares the response's content type with the constant at
    /// this position (PHP's `header('Content-Type: application/json')`,
    /// Sinatra's `content_type :json`): after it, what the function writes
    /// or returns is HTML only if that type is.
    pub content_type: Option<usize>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatSpec {
    /// Position of the template; the values follow it.
    pub template: usize,
    /// Conversion letters that print numbers, whose values carry no text.
    #[serde(default)]
    pub numeric: String,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Callback {
    /// Position of the function among the positional arguments.
    pub arg: usize,
    /// Position of the container whose elements it receives; the receiver
    /// when absent.
    pub elements_of: Option<usize>,
    /// The call's result is a list of what the function returns for each
    /// element (`array_map(f, items)`).
    #[serde(default)]
    pub maps: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamSourceModel {
    pub annotation: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub label: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParamsMode {
    /// Every parameter not of a safe or framework type is request data.
    #[default]
    All,
    /// Only parameters with a `[[param_source]]` annotation.
    Annotated,
    /// None: the handler's request comes through typed parameters.
    None,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResponseKind {
    /// A returned string is sent as HTML (or as text with no declared type).
    Html,
    /// A returned value is serialised as JSON.
    #[default]
    Json,
    /// A returned string names a view (Spring MVC `@Controller`).
    ViewName,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandlerModel {
    pub decorator: Option<String>,
    pub annotation: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Any of these on the enclosing class (Java) is required.
    #[serde(default)]
    pub class_annotation: Vec<String>,
    /// Any of these base classes (Python class-based views) is required;
    /// the handler methods are then the ones named in `methods`.
    #[serde(default)]
    pub class_base: Vec<String>,
    #[serde(default)]
    pub methods: Vec<String>,
    #[serde(default)]
    pub params: ParamsMode,
    pub label: Option<String>,
    pub response: Option<ResponseKind>,
    /// Annotation argument or decorator keyword whose constant value gives
    /// the response content type (`produces`, `response_class`).
    pub produces_key: Option<String>,
    /// A method annotation that sets a response header from its arguments
    /// `(name, value)` (NestJS `@Header("Content-Type", "text/plain")`): a
    /// Content-Type set there decides what a returned string is.
    pub header_annotation: Option<String>,
    /// Type of the first non-receiver parameter, for frameworks that pass the request first.
    pub request_type: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteCallModel {
    pub callee: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The argument that is the handler...
    pub handler_arg: Option<usize>,
    /// ...or every function argument from this position on (Express:
    /// `app.get(path, ...middlewares, handler)`, each receives the request).
    pub handlers_from: Option<usize>,
    pub request_type: Option<String>,
    /// Type of the handler's second parameter (Express `res`, Fastify `reply`).
    pub response_type: Option<String>,
    /// Which of the handler's other parameters are request data.
    #[serde(default)]
    pub params: ParamsMode,
    pub response: Option<ResponseKind>,
}
