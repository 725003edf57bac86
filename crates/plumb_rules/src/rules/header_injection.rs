use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "header-injection",
    title: "HTTP header injection",
    category: Category::Security,
    severity: Severity::Medium,
    cwe: &[113],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Reports request data written into an HTTP response header without removing
CR and LF: `response.setHeader` and `addHeader` (name or value) in
servlets, and `response.headers[name] = value` or `response[name] = value`
in Flask and Django. Values from which line breaks were removed, or that
were URL-encoded, are not reported.

Not reported in Go: `net/http` replaces CR and LF in header values with
spaces when it writes them, so request data cannot start a new header.

## Why is this bad?

Headers are separated by CRLF. A value containing CRLF ends the header and
lets the attacker add headers of their own, such as `Set-Cookie` to fix a
victim's session, or end the header block and inject a body (response
splitting), which can poison shared caches. Current servlet containers and
WSGI servers reject many such values, but relying on that ties security to
a server version.

## Example

```java
@GetMapping("/download")
public void download(@RequestParam String filename, HttpServletResponse response) {
    response.setHeader("Content-Disposition", "attachment; filename=" + filename);
}
```

```python
@app.route("/lang")
def lang():
    resp = make_response(render_template("index.html"))
    resp.headers["Content-Language"] = request.args.get("lang", "en")
    return resp
```

## Use instead

Strip line breaks or encode the value; better still, allow only the values
you expect:

```java
@GetMapping("/download")
public void download(@RequestParam String filename, HttpServletResponse response) {
    String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8);
    response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded);
}
```

```python
@app.route("/lang")
def lang():
    resp = make_response(render_template("index.html"))
    value = request.args.get("lang", "en")
    resp.headers["Content-Language"] = value if value in SUPPORTED_LANGUAGES else "en"
    return resp
```

## References

- [CWE-113: HTTP Response Splitting](https://cwe.mitre.org/data/definitions/113.html)
- [OWASP Top 10 2021 – A03 Injection](https://owasp.org/Top10/A03_2021-Injection/)
- [OWASP Input Validation Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(context, &RULE, |_| true, out);
}
