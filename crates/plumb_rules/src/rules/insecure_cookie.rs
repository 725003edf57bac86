use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "insecure-cookie",
    title: "Cookie without the Secure attribute",
    category: Category::Security,
    severity: Severity::Low,
    cwe: &[614],
    owasp: &["A05:2021"],
    languages: &["java", "python", "go"],
    docs: r#"## What it does

Reports a cookie sent without the `Secure` attribute, or with it set to
false: a servlet `response.addCookie(c)` where `c.setSecure(true)` was never
called (reported at `addCookie`), a Spring `ResponseCookie.from(..)` builder
without `.secure(true)` (reported where the chain starts), and Flask or
Django `set_cookie(..)` without `secure=True` (reported at `set_cookie`).
Cookies marked secure and calls that delete a cookie are not reported, nor
are cookies whose `secure` comes from a value the analysis cannot pin (a
parameter, an unresolved setting, keywords forwarded with `**options`). The
rule does not need request data: the missing attribute is the problem.

In Go: `http.SetCookie(w, c)` where the `http.Cookie` does not set
`Secure: true` (a cookie with a negative `MaxAge` is a deletion), Gin
`c.SetCookie` with `secure` false.

## Why is this bad?

Without `Secure`, the browser also sends the cookie over plain HTTP. One
unencrypted request (an old bookmark, a link with `http://`, a captive
portal on public Wi-Fi) is enough for anyone on the network path to read a
session cookie and replay it. HSTS reduces the risk but does not cover the
first visit or other hosts that share the cookie.

## Example

```java
@PostMapping("/login")
public void login(HttpServletResponse response, @RequestParam String user) {
    Cookie session = new Cookie("SESSION", sessions.create(user));
    session.setHttpOnly(true);
    response.addCookie(session);
}
```

```python
@app.route("/login", methods=["POST"])
def login():
    resp = redirect(url_for("home"))
    resp.set_cookie("session_id", create_session(request.form["user"]), httponly=True)
    return resp
```

```go
func login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: newSession(), HttpOnly: true})
}
```

## Use instead

```java
@PostMapping("/login")
public void login(HttpServletResponse response, @RequestParam String user) {
    Cookie session = new Cookie("SESSION", sessions.create(user));
    session.setHttpOnly(true);
    session.setSecure(true);
    response.addCookie(session);
}
```

```python
@app.route("/login", methods=["POST"])
def login():
    resp = redirect(url_for("home"))
    resp.set_cookie("session_id", create_session(request.form["user"]),
                    httponly=True, secure=True, samesite="Lax")
    return resp
```

```go
func login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: newSession(), Secure: true, HttpOnly: true})
}
```

## References

- [CWE-614: Sensitive Cookie in HTTPS Session Without 'Secure' Attribute](https://cwe.mitre.org/data/definitions/614.html)
- [OWASP Top 10 2021 – A05 Security Misconfiguration](https://owasp.org/Top10/A05_2021-Security_Misconfiguration/)
- [OWASP Session Management Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html)
"#,
};

use plumb_flow::Konst;
use plumb_ir::Const;

fn value_of<'a>(fields: &'a [(String, Konst)], names: &[&str]) -> Option<&'a Konst> {
    fields
        .iter()
        .rev()
        .find(|(n, _)| names.contains(&n.as_str()))
        .map(|(_, v)| v)
}

fn truthy(value: Option<&Konst>) -> bool {
    value.is_some_and(|v| {
        !v.values().is_empty()
            && v.values().iter().all(|c| {
                matches!(c, Const::Bool(true))
                    || matches!(c, Const::Str(s) if s.eq_ignore_ascii_case("true"))
            })
    })
}

/// Go's `MaxAge: -1` deletes the cookie (0 means no Max-Age at all).
fn negative(value: Option<&Konst>) -> bool {
    value.is_some_and(|v| {
        !v.values().is_empty()
            && v.values()
                .iter()
                .all(|c| matches!(c, Const::Int(n) if *n < 0))
    })
}

fn zero(value: Option<&Konst>) -> bool {
    value.is_some_and(|v| v.values().len() == 1 && matches!(v.as_single(), Some(Const::Int(0))))
}

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for event in context.sinks(RULE.id) {
        let fields = &event.fields;
        let secure = value_of(fields, &["secure", "keyword:secure", "Secure"])
            .or_else(|| value_of(fields, &["keyword:**"]));
        // Secure set from configuration or a parameter: not provably missing.
        if truthy(secure) || secure.is_some_and(|v| !v.is_known()) {
            continue;
        }
        // Deleting a cookie sends no secret.
        if zero(value_of(
            fields,
            &["maxAge", "keyword:max_age", "keyword:expires"],
        )) {
            continue;
        }
        if negative(value_of(fields, &["MaxAge", "keyword:MaxAge"])) {
            continue;
        }
        if event.callee.as_str().ends_with("delete_cookie") {
            continue;
        }
        // Nor does overwriting it with nothing (`setcookie('token', '', time() - 3600)`).
        let value = value_of(fields, &["keyword:value", "value", "Value"]);
        if value.is_some_and(|v| v.as_single_str() == Some("")) {
            continue;
        }
        out.push(context.diagnostic(
            &RULE,
            event.module,
            event.span,
            event.function.as_str(),
            format!(
                "{}: the cookie is sent without the Secure attribute and can leak over plain HTTP",
                RULE.title
            ),
            Vec::new(),
            String::new(),
        ));
    }
}
