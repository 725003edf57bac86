use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "open-redirect",
    title: "Open redirect",
    category: Category::Security,
    severity: Severity::Medium,
    cwe: &[601],
    owasp: &["A01:2021"],
    languages: &["java", "python", "go"],
    docs: r#"## What it does

Reports request data used as the target of an HTTP redirect:
`response.sendRedirect(u)`, Spring view names built as `"redirect:" + u`,
`new RedirectView(u)`, a `ResponseEntity` with a `Location` header, Flask
and Django `redirect(u)` and `HttpResponseRedirect(u)`. Constant targets,
URLs built with `url_for(...)`, targets guarded by Django
`url_has_allowed_host_and_scheme`, and targets checked to be a relative path
(with the request rejected otherwise) are not reported.

In Go: `http.Redirect`, a `Location` header set on the response, Gin
and Echo `c.Redirect`.

## Why is this bad?

A link to the real site that bounces to an attacker's page borrows the
site's reputation: users and mail filters see a trusted domain, then land on
a copy of the login page. After login flows, an open redirect can also leak
tokens carried in the URL to the attacker's host.

## Example

```java
@GetMapping("/login/done")
public void done(@RequestParam String next, HttpServletResponse response) throws IOException {
    response.sendRedirect(next);
}
```

```python
@app.route("/login/done")
def done():
    return redirect(request.args.get("next", "/"))
```

```go
func next(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
}
```

## Use instead

Accept only local paths (not `//host` or `/\host`), or map the parameter to
a known destination:

```java
@GetMapping("/login/done")
public void done(@RequestParam String next, HttpServletResponse response) throws IOException {
    boolean local = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\");
    response.sendRedirect(local ? next : "/");
}
```

```python
from django.utils.http import url_has_allowed_host_and_scheme

def done(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return redirect(target)
```

```go
func next(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("next") == "account" {
		http.Redirect(w, r, "/account", http.StatusFound)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}
```

## References

- [CWE-601: Open Redirect](https://cwe.mitre.org/data/definitions/601.html)
- [OWASP Top 10 2021 – A01 Broken Access Control](https://owasp.org/Top10/A01_2021-Broken_Access_Control/)
- [OWASP Unvalidated Redirects and Forwards Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(
        context,
        &RULE,
        |event| !crate::rules::ssrf::every_start(&event.value, stays_on_site),
        out,
    );
    // `return "redirect:" + url` from a Spring MVC controller.
    for event in context.sinks("template-injection") {
        if event.site != plumb_flow::SinkSite::ViewName {
            continue;
        }
        let Some(target) = event
            .value
            .prefix
            .as_deref()
            .and_then(|p| p.strip_prefix("redirect:"))
        else {
            continue;
        };
        if stays_on_site(Some(target)) {
            continue;
        }
        crate::taint::report_event(context, &RULE, event, &event.value.taint, out);
    }
}

/// A constant prefix that keeps the redirect on this site (`/account/`) or
/// pins the host (`https://example.com/`).
pub(crate) fn stays_on_site(prefix: Option<&str>) -> bool {
    let Some(prefix) = prefix else { return false };
    // A whole header line (PHP's `header("Location: /home")`) redirects to
    // what follows the header's name.
    let prefix = match prefix.get(..9) {
        Some(name) if name.eq_ignore_ascii_case("location:") => prefix[9..].trim_start(),
        _ => prefix,
    };
    (prefix.starts_with('/') && !prefix.starts_with("//") && !prefix.starts_with("/\\"))
        || crate::rules::ssrf::pins_host(Some(prefix))
}
