use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "template-injection",
    title: "Server-side template injection",
    category: Category::Security,
    severity: Severity::Critical,
    cwe: &[1336],
    owasp: &["A03:2021"],
    languages: &["java", "python", "go"],
    docs: r#"## What it does

Reports request data used as the *source* of a template, not as a value
rendered by it: Flask `render_template_string(src)`, `jinja2.Template(src)`,
`Environment.from_string(src)` and Django `Template(src)` in Python;
Velocity `evaluate`, a FreeMarker `new Template(.., new StringReader(src), ..)`
and a `@Controller` method that returns a view name built from request data
in Java. Passing request data as template variables (the context of
`render_template`, a model attribute) is the intended use and is not
reported.

In Go: `Parse(src)` of `text/template` or `html/template` on request data.

## Why is this bad?

Template languages are programming languages. Jinja2, FreeMarker and
Velocity expressions can walk from any object to classes, the runtime and
the file system, so an attacker who writes template text usually gets
remote code execution; at the very least they can read configuration such
as the application's secret key. A view name built from input lets the
caller pick templates, and with some view resolvers evaluate expressions.

## Example

```java
@GetMapping("/page")
public String page(@RequestParam String section) {
    return "pages/" + section;   // view name chosen by the caller
}
```

```python
@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    return render_template_string("<p>Hello " + name + "</p>")
```

```go
func preview(w http.ResponseWriter, r *http.Request) {
	t, _ := template.New("p").Parse(r.FormValue("template"))
	t.Execute(w, nil)
}
```

## Use instead

Keep template text constant and pass the data as variables; map a requested
page onto a fixed set of views:

```java
private static final Set<String> SECTIONS = Set.of("about", "pricing", "contact");

@GetMapping("/page")
public String page(@RequestParam String section) {
    return SECTIONS.contains(section) ? "pages/" + section : "pages/not-found";
}
```

```python
@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    return render_template_string("<p>Hello {{ name }}</p>", name=name)
```

```go
var page = template.Must(template.New("p").Parse("<p>{{.}}</p>"))

func preview(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.FormValue("text"))
}
```

## References

- [CWE-1336: Improper Neutralization of Special Elements Used in a Template Engine](https://cwe.mitre.org/data/definitions/1336.html)
- [OWASP Top 10 2021 – A03 Injection](https://owasp.org/Top10/A03_2021-Injection/)
- [OWASP Injection Prevention Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Injection_Prevention_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(
        context,
        &RULE,
        |event| {
            // A view name that is a redirect or forward is not a template.
            let prefix = event.value.prefix.as_deref().unwrap_or("");
            !(event.site == plumb_flow::SinkSite::ViewName
                && (prefix.starts_with("redirect:") || prefix.starts_with("forward:")))
        },
        out,
    );
}
