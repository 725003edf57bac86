use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "xss",
    title: "Cross-site scripting",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[79],
    owasp: &["A03:2021"],
    languages: &["java", "python", "go"],
    docs: r#"## What it does

Reports request data written into an HTML response without HTML escaping:
servlet `response.getWriter()` `print`/`println`/`write`/`format`/`append`
and `getOutputStream().print`; a `String` returned from a `@ResponseBody` or
`@RestController` method that does not declare a non-HTML `produces`; a
Flask view returning a string, `make_response(str)` or `Markup(str)`; Django
`HttpResponse(str)` and `mark_safe`; FastAPI `HTMLResponse(str)`. Escaped
values (`HtmlUtils.htmlEscape`, `StringEscapeUtils.escapeHtml4`, OWASP
`Encode.forHtml`, ESAPI `encodeForHTML`, `html.escape`, `markupsafe.escape`,
Django `escape`/`format_html`), JSON responses (`jsonify`, `JsonResponse`,
objects and maps from a `@RestController`, FastAPI returning `str` or `dict`)
and templates rendered with autoescaping are not reported.

In Go: `ResponseWriter.Write`, `fmt.Fprint*` and `io.WriteString` to a
response, `text/template` rendering to one, `template.HTML(s)`, Gin
`c.String`, Echo `c.HTML`; `html/template` escapes by context.

## Why is this bad?

The browser cannot tell the page's own markup from markup that arrived in a
parameter. An attacker sends a victim a link whose parameter holds a
`<script>` element or an event handler; the script then runs in the site's
origin with the victim's session, and can read pages, act as the user, or
capture what they type.

## Example

```java
@GetMapping("/hello")
public void hello(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    response.setContentType("text/html");
    response.getWriter().println("<h1>Hello, " + name + "</h1>");
}
```

```python
@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return "<h1>Hello, " + name + "</h1>"
```

```go
func hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<h1>Hello, %s</h1>", r.URL.Query().Get("name"))
}
```

## Use instead

Escape for the HTML context at the point of output, or let an autoescaping
template do it:

```java
@GetMapping("/hello")
public void hello(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    response.setContentType("text/html");
    response.getWriter().println("<h1>Hello, " + HtmlUtils.htmlEscape(name) + "</h1>");
}
```

```python
@app.route("/hello")
def hello():
    return render_template("hello.html", name=request.args.get("name", ""))
```

```go
func hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<h1>Hello, %s</h1>", html.EscapeString(r.URL.Query().Get("name")))
}
```

## References

- [CWE-79: Cross-site Scripting](https://cwe.mitre.org/data/definitions/79.html)
- [OWASP Top 10 2021 – A03 Injection](https://owasp.org/Top10/A03_2021-Injection/)
- [OWASP Cross Site Scripting Prevention Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(context, &RULE, |event| !sniffed_as_text(event), out);
}

/// A response typed by sniffing its first bytes is HTML only when they
/// look like markup: text that starts with anything else (`"user id: "`)
/// is served as plain text, whatever follows.
fn sniffed_as_text(event: &plumb_flow::SinkEvent) -> bool {
    if !event.sniffed {
        return false;
    }
    let Some(starts) = event.value.prefix_alternatives() else {
        return false;
    };
    starts.iter().all(|start| {
        start
            .trim_start()
            .chars()
            .next()
            .is_some_and(|first| first != '<')
    })
}
