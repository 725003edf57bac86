//! Branches: conditions that fold to a constant prune the dead side; checks
//! that a value is allowed (equality with a constant, membership in an
//! allow-list, a validating regex or predicate, a prefix check on a
//! normalised path) clean or pin the value on the side where they passed.

use plumb_ir::{BinOp, BlockId, Callee, Const, Expr, Operand, UnOp, VarId};
use plumb_text::Name;

use crate::fold;
use crate::interp::Analysis;
use crate::rules::{rule_bit, ALL_RULES, PATH_NORMALIZED};
use crate::state::State;
use crate::value::{Konst, Obj, ObjId, Value};

/// What passing a check tells about one variable.
#[derive(Clone, Debug)]
enum Refinement {
    /// The variable equals this constant.
    Equals(Const),
    /// The variable is clean for these rules.
    Clean(u64),
}

/// What a check tells: the variable, the refinement, and whether it holds
/// when the check is true (or when it is false).
type Guard = (VarId, Refinement, bool);

/// Predicates whose truth means the argument holds no dangerous text.
const VALIDATING_PREDICATES: &[&str] = &[
    "isdigit",
    "isnumeric",
    "isdecimal",
    "isalnum",
    "isalpha",
    "isidentifier",
    "isNumeric",
    "isAlphanumeric",
    "isAlpha",
    "isDigits",
    "isCreatable",
    "isParsable",
];

/// Calls on a collection or validator meaning "the argument is one of the allowed values".
const MEMBERSHIP_METHODS: &[&str] = &[
    "contains",
    "containsKey",
    "containsValue",
    "isValid",
    "has",
    "hasKey",
    "Contains",
    "ContainsKey",
];

/// Methods testing that text starts with a prefix, in each language.
const PREFIX_CHECKS: &[&str] = &[
    "startsWith",
    "startswith",
    "start_with?",
    "starts_with",
    "StartsWith",
];

/// Accessors of a URL's host: checking one against an allow-list pins the URL.
const URL_PARTS: &[&str] = &[
    "getHost",
    "getAuthority",
    "host",
    "hostname",
    "netloc",
    "host_str",
    "Hostname",
    "Host",
    "Authority",
    "DnsSafeHost",
];

/// Calls that give another form of the same path (`file.getCanonicalPath()`,
/// `os.path.realpath(p)`): a prefix check on that form guards the path.
const PATH_FORMS: &[&str] = &[
    "normalize",
    "toRealPath",
    "toAbsolutePath",
    "toPath",
    "toFile",
    "toString",
    "getCanonicalPath",
    "getCanonicalFile",
    "getAbsolutePath",
    "getAbsoluteFile",
    "resolve",
    "absolute",
    "realpath",
    "abspath",
    "normpath",
];

/// Constant-time comparisons of a computed digest or signature with a given one.
const DIGEST_COMPARISONS: &[&str] = &[
    "hmac.compare_digest",
    "secrets.compare_digest",
    "java.security.MessageDigest.isEqual",
];

/// Library guard functions: the argument is clean for these rules when they return true.
const GUARD_FUNCTIONS: &[(&str, &[&str])] = &[
    (
        "url_has_allowed_host_and_scheme",
        &["open-redirect", "ssrf"],
    ),
    ("is_safe_url", &["open-redirect", "ssrf"]),
    // ASP.NET Core's `Url.IsLocalUrl(u)`.
    ("IsLocalUrl", &["open-redirect"]),
];

impl Analysis<'_, '_> {
    pub fn branch(
        &mut self,
        state: State,
        cond: &Operand,
        block: BlockId,
    ) -> (Option<State>, Option<State>) {
        let value = self.peek(&state, cond);
        match fold::konst_truth(&value.konst, self.language) {
            Some(true) => return (Some(state), None),
            Some(false) => return (None, Some(state)),
            None => {}
        }
        let mut then_state = state.clone();
        let mut else_state = state;
        // A falsy Python or JavaScript value is empty (`""`, `None`,
        // `null`, `[]` in Python): it carries nothing.
        if let Operand::Var(var) = cond {
            if !self.language.is_statically_typed() {
                apply(&mut else_state, *var, Refinement::Clean(ALL_RULES));
            }
        }
        if let Operand::Var(var) = cond {
            // What each side learns, read from the state before the branch.
            let mut facts: Vec<(bool, VarId, VarId, Refinement)> = Vec::new();
            let mut guards: Vec<(VarId, Option<Guard>)> = Vec::new();
            for outcome in [true, false] {
                let mut checks = Vec::new();
                self.checks_known(*var, outcome, 0, &mut checks);
                for (check, truth) in checks {
                    if truth {
                        let verified = Refinement::Clean(rule_bit("trust-boundary-violation"));
                        for target in self.digest_verified(check) {
                            facts.push((outcome, check, target, verified.clone()));
                        }
                    }
                    let found = match guards.iter().find(|(c, _)| *c == check) {
                        Some((_, found)) => found.clone(),
                        None => {
                            let found = self.guard(&then_state, check);
                            guards.push((check, found.clone()));
                            found
                        }
                    };
                    if let Some((target, refinement, on_true)) = found {
                        if on_true == truth {
                            facts.push((outcome, check, target, refinement));
                        }
                    }
                }
            }
            for (outcome, check, target, refinement) in facts {
                let refined = if outcome {
                    &mut then_state
                } else {
                    &mut else_state
                };
                self.refine(refined, check, target, refinement, block);
            }
        }
        (Some(then_state), Some(else_state))
    }

    /// What a constant-time digest comparison that succeeded verifies
    /// (`hmac.compare_digest(mac(payload, key), digest)`): both compared
    /// values and what the computed side was made from, which a signature
    /// check has authenticated (trust-boundary-violation only).
    fn digest_verified(&self, check: VarId) -> Vec<VarId> {
        let mut out = Vec::new();
        let Some(Expr::Call(call)) = self.def_of(check) else {
            return out;
        };
        let Callee::Function(Operand::Global(path)) = &call.callee else {
            return out;
        };
        if !matches!(path.last_segment(), "compare_digest" | "isEqual") {
            return out;
        }
        let resolved = self.resolve_global(*path);
        if !DIGEST_COMPARISONS.contains(&resolved.full.as_str()) || call.args.len() != 2 {
            return out;
        }
        for arg in &call.args {
            if let Operand::Var(var) = arg.value {
                self.digest_inputs(var, 0, &mut out);
            }
        }
        out
    }

    /// `var` and, when it is computed by calls (`hmac.new(key, payload,
    /// sha256).hexdigest()`, a project helper), the variables passed to them.
    fn digest_inputs(&self, var: VarId, depth: u32, out: &mut Vec<VarId>) {
        if out.contains(&var) || out.len() >= 8 {
            return;
        }
        out.push(var);
        if depth >= 3 {
            return;
        }
        let Some(Expr::Call(call)) = self.def_of(var) else {
            return;
        };
        if let Callee::Method {
            receiver: Operand::Var(receiver),
            ..
        } = &call.callee
        {
            self.digest_inputs(*receiver, depth + 1, out);
        }
        for arg in &call.args {
            if let Operand::Var(input) = arg.value {
                self.digest_inputs(input, depth + 1, out);
            }
        }
    }

    /// The checks whose outcome is known when `var` is `outcome`, each with
    /// that outcome: `var` itself, through negations and copies, and both
    /// sides of a conjunction that held (`ok = a && !b`, then `if (ok)`) or
    /// of a disjunction that failed. A check stored in a variable is only
    /// used where what it checked has not been reassigned since (`refine`).
    fn checks_known(&self, var: VarId, outcome: bool, depth: u32, out: &mut Vec<(VarId, bool)>) {
        if depth > 8 || out.len() >= 8 {
            return;
        }
        match self.def_of(var) {
            Some(Expr::Unary(UnOp::Not, Operand::Var(inner))) => {
                self.checks_known(*inner, !outcome, depth + 1, out);
            }
            Some(Expr::Use(Operand::Var(inner))) => {
                self.checks_known(*inner, outcome, depth + 1, out);
            }
            Some(Expr::Binary(BinOp::And, left, right)) if outcome => {
                for side in [left, right] {
                    if let Operand::Var(side) = side {
                        self.checks_known(*side, true, depth + 1, out);
                    }
                }
            }
            Some(Expr::Binary(BinOp::Or, left, right)) if !outcome => {
                for side in [left, right] {
                    if let Operand::Var(side) = side {
                        self.checks_known(*side, false, depth + 1, out);
                    }
                }
            }
            _ => out.push((var, outcome)),
        }
    }

    /// Applies what passing `check` tells about `target` to `refined`, the
    /// state at the end of `block`, when nothing the check read (nor what
    /// the checked URL or path was derived from) has been reassigned
    /// between the check and the branch.
    fn refine(
        &mut self,
        refined: &mut State,
        check: VarId,
        target: VarId,
        refinement: Refinement,
        block: BlockId,
    ) {
        let mut read = vec![target];
        if let Some(expr) = self.def_of(check) {
            crate::interp::expr_vars(expr, &mut read);
        }
        let url_origins = if matches!(refinement, Refinement::Clean(_) | Refinement::Equals(_)) {
            self.url_origins(target)
        } else {
            Vec::new()
        };
        let path_bit = rule_bit("path-traversal");
        let path_origins = match refinement {
            Refinement::Clean(mask) if mask & path_bit != 0 => self.path_origins(target),
            _ => Vec::new(),
        };
        read.extend(url_origins.iter().chain(&path_origins).copied());
        let field_read = match self.def_of(target) {
            Some(Expr::Field(Operand::Var(base), field)) => Some((*base, *field)),
            _ => None,
        };
        read.extend(field_read.map(|(base, _)| base));
        if !self.unassigned_since(&read, check, block) {
            return;
        }
        // An allow-list check on a URL's host or scheme pins where
        // the URL (and what it was parsed from) can point.
        for origin in url_origins {
            apply(
                refined,
                origin,
                Refinement::Clean(rule_bit("ssrf") | rule_bit("open-redirect")),
            );
        }
        if let Refinement::Clean(mask) = refinement {
            for origin in path_origins {
                self.note_built_guard(refined, origin, path_bit);
                apply(refined, origin, Refinement::Clean(path_bit));
            }
            self.note_built_guard(refined, target, mask);
        }
        apply(refined, target, refinement);
        if let Some((base, field)) = field_read {
            self.refine_field(refined, target, base, field);
        }
    }

    /// A check on a field read (`q.next.starts_with("/")`) holds for the
    /// field itself: later reads of it on this side see the refined value.
    /// A base without an object gets one holding just that field.
    fn refine_field(&self, refined: &mut State, target: VarId, base: VarId, field: Name) {
        let Some(value) = refined.locals.get(target.0 as usize).cloned() else {
            return;
        };
        let Some(base_value) = refined.locals.get(base.0 as usize) else {
            return;
        };
        let id = match base_value.obj {
            Some(id) => id,
            None => {
                let Some((b, i)) = self.shape.def_position(target) else {
                    return;
                };
                let id = ObjId::Site(((b as u32) << 12) | i as u32);
                let ty = base_value.ty;
                refined.heap.insert(id, Obj::new(ty));
                if let Some(slot) = refined.locals.get_mut(base.0 as usize) {
                    slot.obj = Some(id);
                }
                id
            }
        };
        if let Some(obj) = refined.heap.get_mut(&id) {
            obj.set_field(field, value);
        }
    }

    /// Go's `if allowed[x]` and `if _, ok := allowed[x]; ok`: the key is
    /// one the map holds.
    fn go_map_membership(&self, expr: &Expr) -> Option<VarId> {
        if self.language != plumb_ir::Language::Go {
            return None;
        }
        let key = |e: &Expr| match e {
            Expr::Index(_, Operand::Var(key)) => Some(*key),
            _ => None,
        };
        match expr {
            Expr::Opaque { kind, operands } if kind.as_str() == "result" => {
                match operands.as_slice() {
                    [Operand::Var(inner)] => self.def_of(*inner).and_then(key),
                    _ => None,
                }
            }
            other => key(other),
        }
    }

    /// A project predicate whose result is a conjunction of checks on a
    /// parameter (`isLocalPath(x)`: `x.startsWith("/") &&
    /// !x.startsWith("//")`): true, its argument passed them all, so the
    /// prefix checks among them hold for it as they would written inline.
    fn predicate_guard(&self, path: Name, args: &[plumb_ir::Arg]) -> Option<Guard> {
        let resolved = self.resolver.resolve_path(path);
        let candidates = self.engine.index.functions.get(&resolved.full)?;
        let [callee] = candidates.as_slice() else {
            return None;
        };
        let function =
            &self.engine.project.modules[callee.module as usize].functions[callee.func.0 as usize];
        let returned = function.blocks.iter().find_map(|b| match &b.term {
            plumb_ir::Terminator::Return(Some(Operand::Var(var))) => Some(*var),
            _ => None,
        })?;
        // One return of a value only: another could return true unchecked
        // (a bare `return` returns nothing true).
        let returns = function
            .blocks
            .iter()
            .filter(|b| matches!(b.term, plumb_ir::Terminator::Return(Some(_))))
            .count();
        if returns != 1 {
            return None;
        }
        let mut mask = 0;
        let mut param = None;
        collect_prefix_checks(function, returned, true, 0, &mut mask, &mut param);
        let index = function.params.iter().position(|p| Some(p.var) == param)?;
        let positional = function.params[..index]
            .iter()
            .filter(|p| p.kind != plumb_ir::ParamKind::Receiver)
            .count();
        let Some(Operand::Var(target)) = args.get(positional).map(|a| &a.value) else {
            return None;
        };
        (mask != 0).then_some((*target, Refinement::Clean(mask), true))
    }

    /// `(variable, refinement, holds when the condition is true?)`.
    fn guard(&self, state: &State, var: VarId) -> Option<Guard> {
        let expr = self.def_of(var)?;
        let value_of = |operand: &Operand| match operand {
            Operand::Var(v) => state.locals.get(v.0 as usize).cloned(),
            Operand::Const(c) => Some(Value::constant(c.clone())),
            Operand::Global(_) => None,
        };
        if let Some(key) = self.go_map_membership(expr) {
            return Some((key, Refinement::Clean(ALL_RULES), true));
        }
        match expr {
            Expr::Binary(op @ (BinOp::Eq | BinOp::NotEq | BinOp::Is), left, right) => {
                let on_true = *op != BinOp::NotEq;
                for (a, b) in [(left, right), (right, left)] {
                    if let (Operand::Var(target), Some(other)) = (a, value_of(b)) {
                        if let Some(constant) = other.konst.as_single() {
                            if *constant != Const::Null {
                                return Some((
                                    *target,
                                    Refinement::Equals(constant.clone()),
                                    on_true,
                                ));
                            }
                        }
                    }
                }
                None
            }
            Expr::Binary(op @ (BinOp::In | BinOp::NotIn), Operand::Var(target), collection) => {
                let collection = value_of(collection);
                // `x in "abc"` is a substring test, not an allow-list.
                if collection
                    .as_ref()
                    .is_some_and(|c| c.konst.as_single_str().is_some())
                {
                    return None;
                }
                Some((*target, Refinement::Clean(ALL_RULES), *op == BinOp::In))
            }
            Expr::Call(call) => {
                let arg = |i: usize| call.args.get(i).map(|a| &a.value);
                match &call.callee {
                    Callee::Method { receiver, name } => {
                        let method = name.as_str();
                        // Rust's `host.map_or(false, |h| ALLOWED.contains(&h))`
                        // and `is_some_and(..)`: the predicate held on the
                        // receiver's content.
                        if matches!(method, "map_or" | "is_some_and" | "is_ok_and") {
                            let falsy_default = method != "map_or"
                                || matches!(arg(0), Some(Operand::Const(Const::Bool(false))));
                            let closure = call.args.last().map(|a| &a.value);
                            if let (Operand::Var(target), true, Some(Operand::Var(f))) =
                                (receiver, falsy_default, closure)
                            {
                                if let Some(Expr::Closure(id)) = self.def_of(*f) {
                                    let admits = self
                                        .module
                                        .functions
                                        .get(id.0 as usize)
                                        .and_then(closure_predicate);
                                    if admits.is_some_and(|a| a.member) {
                                        return Some((*target, Refinement::Clean(ALL_RULES), true));
                                    }
                                }
                            }
                            return None;
                        }
                        let receiver_value = value_of(receiver);
                        if matches!(method, "equals" | "equalsIgnoreCase") {
                            if let (Some(Operand::Var(target)), Some(recv)) =
                                (arg(0), &receiver_value)
                            {
                                if let Some(constant) = recv.konst.as_single() {
                                    return Some((
                                        *target,
                                        Refinement::Equals(constant.clone()),
                                        true,
                                    ));
                                }
                            }
                            if let (Operand::Var(target), Some(other)) =
                                (receiver, arg(0).and_then(value_of))
                            {
                                if let Some(constant) = other.konst.as_single() {
                                    return Some((
                                        *target,
                                        Refinement::Equals(constant.clone()),
                                        true,
                                    ));
                                }
                            }
                            return None;
                        }
                        // JavaScript's `allowed.includes(x)`, Ruby's `ALLOWED.include?(x)`.
                        let list_membership = matches!(method, "includes" | "include?")
                            && match receiver {
                                Operand::Global(global) => self.global_collection(*global),
                                _ => receiver_value.as_ref().is_some_and(|r| !is_text(r)),
                            };
                        if MEMBERSHIP_METHODS.contains(&method) || list_membership {
                            if let Some(Operand::Var(target)) = arg(0) {
                                return Some((*target, Refinement::Clean(ALL_RULES), true));
                            }
                        }
                        if VALIDATING_PREDICATES.contains(&method) {
                            if let Operand::Var(target) = receiver {
                                if call.args.is_empty() {
                                    return Some((*target, Refinement::Clean(ALL_RULES), true));
                                }
                            }
                            if let Some(Operand::Var(target)) = arg(0) {
                                return Some((*target, Refinement::Clean(ALL_RULES), true));
                            }
                        }
                        // `PATTERN.fullmatch(x)` on a compiled pattern.
                        if matches!(method, "match" | "fullmatch" | "search") {
                            let pattern = receiver_value
                                .as_ref()
                                .filter(|p| p.ty.is_some_and(|t| t.as_str() == "re.Pattern"))?;
                            let pattern = pattern.konst.as_single_str()?;
                            if validates_whole(pattern, method == "fullmatch") {
                                if let Some(Operand::Var(target)) = arg(0) {
                                    return Some((*target, Refinement::Clean(ALL_RULES), true));
                                }
                            }
                            return None;
                        }
                        if method == "matches" {
                            let pattern = arg(0).and_then(value_of)?;
                            if let (Operand::Var(target), Some(p)) =
                                (receiver, pattern.konst.as_single_str())
                            {
                                if is_restrictive_pattern(p) {
                                    return Some((*target, Refinement::Clean(ALL_RULES), true));
                                }
                            }
                        }
                        if PREFIX_CHECKS.contains(&method) || method == "is_relative_to" {
                            let Operand::Var(target) = receiver else {
                                return None;
                            };
                            let prefix = arg(0).and_then(value_of);
                            return prefix_guard(state, *target, prefix.as_ref());
                        }
                        None
                    }
                    Callee::Function(Operand::Global(path)) => {
                        let last = path.last_segment();
                        if let Some(found) = self.predicate_guard(*path, &call.args) {
                            return Some(found);
                        }
                        // Go's `slices.Contains(allowed, x)`.
                        if last == "Contains"
                            && self.language == plumb_ir::Language::Go
                            && path.as_str().starts_with("slices.")
                        {
                            if let Some(Operand::Var(target)) = arg(1) {
                                return Some((*target, Refinement::Clean(ALL_RULES), true));
                            }
                        }
                        // PHP's `in_array($x, $allowed)`, `array_key_exists($x, $map)`,
                        // digit and number checks, and `preg_match` with an anchored pattern.
                        if self.language == plumb_ir::Language::Php {
                            if matches!(
                                last,
                                "in_array"
                                    | "array_key_exists"
                                    | "ctype_digit"
                                    | "ctype_alnum"
                                    | "ctype_alpha"
                                    | "is_numeric"
                            ) {
                                if let Some(Operand::Var(target)) = arg(0) {
                                    return Some((*target, Refinement::Clean(ALL_RULES), true));
                                }
                            }
                            if last == "preg_match" {
                                let pattern = arg(0).and_then(value_of)?;
                                let pattern = pattern.konst.as_single_str()?;
                                let inner = php_regex_body(pattern)?;
                                if validates_whole(inner, false) {
                                    if let Some(Operand::Var(target)) = arg(1) {
                                        return Some((*target, Refinement::Clean(ALL_RULES), true));
                                    }
                                }
                                return None;
                            }
                        }
                        // Go's `strings.HasPrefix(s, prefix)`.
                        if last == "HasPrefix" && self.language == plumb_ir::Language::Go {
                            let Some(Operand::Var(target)) = arg(0) else {
                                return None;
                            };
                            let prefix = arg(1).and_then(value_of);
                            return prefix_guard(state, *target, prefix.as_ref());
                        }
                        if VALIDATING_PREDICATES.contains(&last)
                            || MEMBERSHIP_METHODS.contains(&last)
                            || (matches!(last, "includes" | "include?") && self.global_list(*path))
                        {
                            if let Some(Operand::Var(target)) = arg(0) {
                                return Some((*target, Refinement::Clean(ALL_RULES), true));
                            }
                        }
                        // `PATTERN.fullmatch(x)` on a module-level compiled pattern.
                        if matches!(last, "match" | "fullmatch" | "search")
                            && !path.as_str().starts_with("re.")
                        {
                            let resolved = self.resolve_global(*path);
                            let (crate::resolve::Head::ModuleGlobal(global), [_]) =
                                (resolved.head, resolved.rest.as_slice())
                            else {
                                return None;
                            };
                            let pattern = self.engine.global_value(global)?;
                            if pattern.ty.is_none_or(|t| t.as_str() != "re.Pattern") {
                                return None;
                            }
                            let pattern = pattern.konst.as_single_str()?;
                            if validates_whole(pattern, last == "fullmatch") {
                                if let Some(Operand::Var(target)) = arg(0) {
                                    return Some((*target, Refinement::Clean(ALL_RULES), true));
                                }
                            }
                            return None;
                        }
                        if matches!(last, "match" | "fullmatch" | "search")
                            && path.as_str().starts_with("re.")
                        {
                            let pattern = arg(0).and_then(value_of)?;
                            let pattern = pattern.konst.as_single_str()?;
                            if validates_whole(pattern, last == "fullmatch") {
                                if let Some(Operand::Var(target)) = arg(1) {
                                    return Some((*target, Refinement::Clean(ALL_RULES), true));
                                }
                            }
                            return None;
                        }
                        if let Some((_, rules)) =
                            GUARD_FUNCTIONS.iter().find(|(name, _)| *name == last)
                        {
                            if let Some(Operand::Var(target)) = arg(0) {
                                let mask = rules.iter().fold(0, |m, r| m | rule_bit(r));
                                return Some((*target, Refinement::Clean(mask), true));
                            }
                        }
                        if last == "isinstance" {
                            if let (Some(Operand::Var(target)), Some(Operand::Global(ty))) =
                                (arg(0), arg(1))
                            {
                                if matches!(ty.as_str(), "int" | "float" | "bool" | "uuid.UUID") {
                                    return Some((*target, Refinement::Clean(ALL_RULES), true));
                                }
                            }
                        }
                        None
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether the object `path.includes` is called on is a module global
    /// that is not text: JavaScript `ALLOWED.includes(x)` on an array is an
    /// allow-list, `"abc".includes(x)` a substring test.
    fn global_list(&self, path: Name) -> bool {
        let Some((owner, _)) = path.as_str().rsplit_once('.') else {
            return false;
        };
        self.global_collection(Name::new(owner))
    }

    /// A project module-level value that is not text (a list, a set, a map).
    fn global_collection(&self, name: Name) -> bool {
        let resolved = self.resolver.resolve_path(name);
        let value = match (resolved.head, resolved.rest.as_slice()) {
            (crate::resolve::Head::ModuleGlobal(global), []) => self.engine.global_value(global),
            // A class's constant (Ruby's `OPERATIONS = %w[..]` in a class).
            (crate::resolve::Head::ProjectClass(class), [field]) => self
                .engine
                .field_initial_value(class, *field)
                .or_else(|| self.engine.class_constant(class, *field)),
            _ => None,
        };
        value.is_some_and(|value| !is_text(&value))
    }

    /// An operand's value without changing the state (globals may load
    /// objects into the heap, so they are read from a copy).
    fn peek(&mut self, state: &State, operand: &Operand) -> Value {
        match operand {
            Operand::Var(var) => state
                .locals
                .get(var.0 as usize)
                .cloned()
                .unwrap_or_else(Value::unknown),
            Operand::Const(constant) => Value::constant(constant.clone()),
            Operand::Global(_) => {
                let mut scratch = state.clone();
                self.operand(&mut scratch, operand)
            }
        }
    }

    /// The variables a URL component was read from: `host = url.getHost()`,
    /// `parsed.hostname` with `parsed = urlparse(url)`.
    fn url_origins(&self, component: VarId) -> Vec<VarId> {
        let mut out = Vec::new();
        let base = match self.def_of(component) {
            Some(Expr::Call(call)) => match &call.callee {
                Callee::Method {
                    receiver: Operand::Var(base),
                    name,
                } if URL_PARTS.contains(&name.as_str()) => *base,
                _ => return out,
            },
            Some(Expr::Field(Operand::Var(base), name)) if URL_PARTS.contains(&name.as_str()) => {
                *base
            }
            _ => return out,
        };
        out.push(base);
        let mut current = base;
        for _ in 0..3 {
            let next = match self.def_of(current) {
                Some(Expr::Call(call)) => call.args.first().and_then(|a| match &a.value {
                    Operand::Var(v) => Some(*v),
                    _ => None,
                }),
                Some(Expr::New { args, .. }) => args.first().and_then(|a| match &a.value {
                    Operand::Var(v) => Some(*v),
                    _ => None,
                }),
                Some(Expr::Use(Operand::Var(v))) => Some(*v),
                _ => None,
            };
            match next {
                Some(v) if !out.contains(&v) => {
                    out.push(v);
                    current = v;
                }
                _ => break,
            }
        }
        out
    }

    /// The variables a checked path is another form of: `file` for
    /// `file.getCanonicalPath()`, `p` for `os.path.realpath(p)`.
    fn path_origins(&self, checked: VarId) -> Vec<VarId> {
        let mut out = Vec::new();
        let mut current = checked;
        for _ in 0..4 {
            let next = match self.def_of(current) {
                Some(Expr::Call(call)) => match &call.callee {
                    Callee::Method {
                        receiver: Operand::Var(base),
                        name,
                    } if call.args.is_empty() && PATH_FORMS.contains(&name.as_str()) => Some(*base),
                    Callee::Function(Operand::Global(path))
                        if PATH_FORMS.contains(&path.last_segment()) =>
                    {
                        match call.args.first().map(|a| &a.value) {
                            Some(Operand::Var(v)) if call.args.len() == 1 => Some(*v),
                            _ => None,
                        }
                    }
                    _ => None,
                },
                Some(Expr::Use(Operand::Var(v))) => Some(*v),
                _ => None,
            };
            match next {
                Some(v) if !out.contains(&v) && v != checked => {
                    out.push(v);
                    current = v;
                }
                _ => break,
            }
        }
        out
    }

    pub fn switch(
        &mut self,
        state: &State,
        value: &Operand,
        cases: &[(Const, BlockId)],
        default: BlockId,
        successors: &mut Vec<(BlockId, State)>,
    ) {
        let subject = self.peek(state, value);
        let target_var = match value {
            Operand::Var(v) => Some(*v),
            _ => None,
        };
        if let Konst::OneOf(values) = &subject.konst {
            let mut any_default = false;
            for possible in values {
                match cases.iter().find(|(c, _)| consts_match(c, possible)) {
                    Some((_, block)) => successors.push((*block, state.clone())),
                    None => any_default = true,
                }
            }
            if any_default {
                successors.push((default, state.clone()));
            }
            return;
        }
        for (constant, block) in cases {
            let mut refined = state.clone();
            if let Some(var) = target_var {
                apply(&mut refined, var, Refinement::Equals(constant.clone()));
            }
            successors.push((*block, refined));
        }
        successors.push((default, state.clone()));
    }
}

fn consts_match(case: &Const, value: &Const) -> bool {
    match (case, value) {
        (Const::Int(a), Const::Str(b)) | (Const::Str(b), Const::Int(a)) => {
            // Java `switch` on a `char` compares code points.
            b.chars().count() == 1 && b.chars().next().map(|c| c as i64) == Some(*a)
        }
        _ => case == value,
    }
}

fn apply(state: &mut State, var: VarId, refinement: Refinement) {
    let Some(slot) = state.locals.get_mut(var.0 as usize) else {
        return;
    };
    match refinement {
        Refinement::Equals(constant) => {
            let ty = slot.ty;
            *slot = Value::constant(constant);
            slot.ty = ty;
        }
        Refinement::Clean(mask) => {
            if mask == ALL_RULES {
                slot.taint.clear();
                slot.exact_param = None;
            } else {
                for label in slot.taint.iter_mut() {
                    label.cleaned |= mask;
                }
            }
        }
    }
}

/// A regex match that succeeds only when the whole text is made of the
/// characters a restrictive pattern admits (`fullmatch`, or anchored at the end).
fn validates_whole(pattern: &str, fullmatch: bool) -> bool {
    let anchored = fullmatch || pattern.ends_with('$') || pattern.ends_with("\\Z");
    anchored && is_restrictive_pattern(pattern)
}

/// A regex that only admits word characters, digits and a few separators.
fn is_restrictive_pattern(pattern: &str) -> bool {
    let body = pattern.trim_start_matches('^').trim_end_matches('$');
    !body.contains('.')
        && !body.contains("\\S")
        && !body.contains("[^")
        && !body.is_empty()
        && !body.contains("\\W")
}

/// `https://host/...`: a prefix that pins scheme and host.
fn is_absolute_origin(prefix: &str) -> bool {
    let Some((scheme, rest)) = prefix.split_once("://") else {
        return prefix.starts_with('/') && !prefix.starts_with("//");
    };
    !scheme.is_empty() && rest.contains('/') && !rest.starts_with('/')
}

/// A value that is text: a string constant or of a string type.
fn is_text(value: &Value) -> bool {
    value.konst.as_single_str().is_some()
        || value
            .ty
            .is_some_and(|ty| crate::transfer::is_string_type(ty.as_str()))
}

/// `subject.startsWith(prefix)` passed: a normalised path is inside its
/// base, and a URL under an absolute origin stays on that origin.
fn prefix_guard(
    state: &State,
    target: plumb_ir::VarId,
    prefix: Option<&crate::value::Value>,
) -> Option<(plumb_ir::VarId, Refinement, bool)> {
    let subject = state.locals.get(target.0 as usize)?;
    // The base may be a module global: only the URL checks need its text.
    let prefix_text = prefix.and_then(|p| p.konst.as_single_str().map(str::to_owned));
    let normalized = rule_bit(PATH_NORMALIZED);
    let all_normalized =
        !subject.taint.is_empty() && subject.taint.iter().all(|l| l.cleaned & normalized != 0);
    let mut mask = 0;
    if all_normalized {
        mask |= rule_bit("path-traversal");
    }
    if prefix_text.as_deref().is_some_and(is_absolute_origin) {
        mask |= rule_bit("ssrf") | rule_bit("open-redirect");
    }
    (mask != 0).then_some((target, Refinement::Clean(mask), true))
}

/// The pattern of a PHP regex between its delimiters (`/^[a-z]+$/i` →
/// `^[a-z]+$`); none when a modifier changes what `$` matches.
fn php_regex_body(pattern: &str) -> Option<&str> {
    let delimiter = pattern.chars().next()?;
    if delimiter.is_ascii_alphanumeric() || delimiter == '\\' || delimiter.is_whitespace() {
        return None;
    }
    let closing = match delimiter {
        '(' => ')',
        '{' => '}',
        '[' => ']',
        '<' => '>',
        other => other,
    };
    let end = pattern.rfind(closing)?;
    if end == 0 {
        return None;
    }
    let modifiers = &pattern[end + closing.len_utf8()..];
    // `m` lets `$` match before any newline; `x` changes the syntax.
    if modifiers.contains('m') || modifiers.contains('x') {
        return None;
    }
    pattern.get(delimiter.len_utf8()..end)
}

/// What a predicate closure returning true says about its first parameter
/// (`|h| ALLOWED.contains(&h)`, `|c| *c != '\n' && *c != '\r'`).
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Admits {
    /// The parameter is one of an allow-list's values or a constant.
    pub member: bool,
    /// Characters (or texts) the parameter is not.
    pub excluded: String,
}

/// Reads a closure made of one block that returns a test of its first
/// parameter: membership, equality with a constant, inequality with
/// constants, `!c.is_control()`, and conjunctions of these.
pub(crate) fn closure_predicate(function: &plumb_ir::Function) -> Option<Admits> {
    let [block] = function.blocks.as_slice() else {
        return None;
    };
    let plumb_ir::Terminator::Return(Some(Operand::Var(result))) = &block.term else {
        return None;
    };
    let param = function.params.first()?.var;
    let def = |var: VarId| {
        block
            .instrs
            .iter()
            .rev()
            .find_map(|instr| match &instr.kind {
                plumb_ir::InstrKind::Assign { dst, value } if *dst == var => Some(value),
                _ => None,
            })
    };
    // The parameter itself, through copies (`let h = *h;`).
    let is_param = |operand: &Operand| {
        let mut current = match operand {
            Operand::Var(v) => *v,
            _ => return false,
        };
        for _ in 0..4 {
            if current == param {
                return true;
            }
            match def(current) {
                Some(Expr::Use(Operand::Var(v))) => current = *v,
                _ => return false,
            }
        }
        false
    };
    let mut admits = Admits::default();
    let mut pending = vec![*result];
    let mut seen = 0;
    while let Some(var) = pending.pop() {
        seen += 1;
        if seen > 16 {
            return None;
        }
        match def(var)? {
            Expr::Binary(BinOp::And, Operand::Var(a), Operand::Var(b)) => {
                pending.push(*a);
                pending.push(*b);
            }
            Expr::Use(Operand::Var(inner)) => pending.push(*inner),
            Expr::Binary(op @ (BinOp::Eq | BinOp::NotEq), left, right) => {
                let constant = match (left, right) {
                    (p, Operand::Const(Const::Str(c))) | (Operand::Const(Const::Str(c)), p)
                        if is_param(p) =>
                    {
                        c.clone()
                    }
                    _ => return None,
                };
                if *op == BinOp::Eq {
                    admits.member = true;
                } else {
                    admits.excluded.push_str(&constant);
                }
            }
            Expr::Unary(UnOp::Not, Operand::Var(inner)) => match def(*inner)? {
                Expr::Call(call)
                    if matches!(
                        &call.callee,
                        Callee::Method { receiver, name }
                            if is_param(receiver)
                                && matches!(name.as_str(), "is_control" | "is_ascii_control")
                    ) =>
                {
                    admits.excluded.push_str("\r\n");
                }
                _ => return None,
            },
            Expr::Call(call) => {
                let method = match &call.callee {
                    Callee::Method { name, .. } => *name,
                    Callee::Function(Operand::Global(path)) => Name::new(path.last_segment()),
                    _ => return None,
                };
                let first = call.args.first().map(|a| &a.value);
                if MEMBERSHIP_METHODS.contains(&method.as_str()) && first.is_some_and(is_param) {
                    admits.member = true;
                } else {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some(admits)
}

/// The prefix checks that hold when `var` (in `function`) is `truth`:
/// `a && b` both (written as `Binary(And)` or as the diamond a front end
/// makes of it: `t = a; if a { t = b }`), `!a` the other way; each on one
/// parameter (`param`).
fn collect_prefix_checks(
    function: &plumb_ir::Function,
    var: VarId,
    truth: bool,
    depth: u32,
    mask: &mut crate::rules::RuleMask,
    param: &mut Option<VarId>,
) {
    if depth > 16 {
        return;
    }
    let assignments: Vec<(usize, &Expr)> = function
        .blocks
        .iter()
        .enumerate()
        .flat_map(|(index, block)| block.instrs.iter().map(move |i| (index, i)))
        .filter_map(|(index, i)| match &i.kind {
            plumb_ir::InstrKind::Assign { dst, value } if *dst == var => Some((index, value)),
            _ => None,
        })
        .collect();
    match assignments.as_slice() {
        [(_, expr)] => collect_expr_checks(function, expr, truth, depth, mask, param),
        [(first_block, Expr::Use(Operand::Var(first))), (second_block, second)] if truth => {
            let and_diamond = matches!(
                &function.blocks[*first_block].term,
                plumb_ir::Terminator::Branch { cond: Operand::Var(cond), then, .. }
                    if cond == first && then.0 as usize == *second_block
            );
            if and_diamond {
                collect_prefix_checks(function, *first, true, depth + 1, mask, param);
                collect_expr_checks(function, second, true, depth + 1, mask, param);
            }
        }
        _ => {}
    }
}

fn collect_expr_checks(
    function: &plumb_ir::Function,
    expr: &Expr,
    truth: bool,
    depth: u32,
    mask: &mut crate::rules::RuleMask,
    param: &mut Option<VarId>,
) {
    match expr {
        Expr::Use(Operand::Var(inner)) => {
            collect_prefix_checks(function, *inner, truth, depth + 1, mask, param)
        }
        Expr::Binary(BinOp::And, Operand::Var(a), Operand::Var(b)) if truth => {
            collect_prefix_checks(function, *a, true, depth + 1, mask, param);
            collect_prefix_checks(function, *b, true, depth + 1, mask, param);
        }
        Expr::Unary(plumb_ir::UnOp::Not, Operand::Var(inner)) => {
            collect_prefix_checks(function, *inner, !truth, depth + 1, mask, param)
        }
        Expr::Call(call) => {
            let (subject, prefix) = match &call.callee {
                Callee::Method { receiver, name } if PREFIX_CHECKS.contains(&name.as_str()) => {
                    (receiver, call.args.first())
                }
                Callee::Function(Operand::Global(path)) if path.last_segment() == "HasPrefix" => {
                    match call.args.first() {
                        Some(first) => (&first.value, call.args.get(1)),
                        None => return,
                    }
                }
                _ => return,
            };
            let (Operand::Var(subject), Some(Operand::Const(Const::Str(prefix)))) =
                (subject, prefix.map(|a| &a.value))
            else {
                return;
            };
            if !function.params.iter().any(|p| p.var == *subject)
                || param.is_some_and(|p| p != *subject)
            {
                return;
            }
            // As the same check written inline (`prefix_guard`): a prefix
            // that pins the origin or the site keeps the URL where it is.
            if !truth || !is_absolute_origin(prefix) {
                return;
            }
            *param = Some(*subject);
            *mask |= rule_bit("ssrf") | rule_bit("open-redirect");
        }
        _ => {}
    }
}
