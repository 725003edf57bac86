use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "trust-boundary-violation",
    title: "Trust boundary violation",
    category: Category::Security,
    severity: Severity::Medium,
    cwe: &[501],
    owasp: &["A04:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Reports request data stored in the server-side session without validation:
`HttpSession.setAttribute` and `putValue` in Java, Flask
`session[key] = value` and Django `request.session[key] = value` in Python.
Values that were checked against an allow-list or validated before being
stored, and values typed as numbers, are not reported.

## Why is this bad?

Code that reads from the session treats what it finds as trusted: it was
put there by the application, usually after a check. Storing raw request
data there mixes untrusted input into that trusted store, so later code
may use an attacker-chosen role, tenant or redirect target as if it had
been verified. The flaw is in the design: the boundary between checked and
unchecked data is no longer visible in the code.

## Example

```java
@PostMapping("/preferences")
public String save(HttpServletRequest request, HttpSession session) {
    session.setAttribute("role", request.getParameter("role"));
    return "redirect:/home";
}
```

```python
@app.route("/preferences", methods=["POST"])
def save():
    session["tenant"] = request.form["tenant"]
    return redirect(url_for("home"))
```

## Use instead

Validate the value against what this user may choose, and store the
validated value (or its id) only:

```java
@PostMapping("/preferences")
public String save(HttpServletRequest request, HttpSession session) {
    Theme theme = Theme.valueOf(request.getParameter("theme").toUpperCase(Locale.ROOT));
    session.setAttribute("theme", theme);
    return "redirect:/home";
}
```

```python
@app.route("/preferences", methods=["POST"])
def save():
    tenant = request.form["tenant"]
    if tenant not in current_user.tenant_ids:
        abort(403)
    session["tenant"] = tenant
    return redirect(url_for("home"))
```

## References

- [CWE-501: Trust Boundary Violation](https://cwe.mitre.org/data/definitions/501.html)
- [OWASP Top 10 2021 – A04 Insecure Design](https://owasp.org/Top10/A04_2021-Insecure_Design/)
- [OWASP Input Validation Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(context, &RULE, |_| true, out);
}
