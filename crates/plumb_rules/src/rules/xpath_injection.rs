use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "xpath-injection",
    title: "XPath injection",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[643],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Reports request data concatenated into an XPath expression that is then
compiled or evaluated: `javax.xml.xpath.XPath.evaluate` and `compile` in
Java, lxml `tree.xpath(expr)` and `etree.XPath(expr)` in Python. Expressions
that refer to the value through an XPath variable (`$name`, bound with an
`XPathVariableResolver` in Java or passed as a keyword argument in lxml) are
not reported.

## Why is this bad?

XPath has no privilege levels: a quote in the input closes the string
literal and the rest becomes expression. An attacker can turn
`//user[name='X' and pass='Y']` into a condition that is always true, log
in as the first user of the document, or extract the whole XML store node
by node.

## Example

```java
@PostMapping("/login")
public boolean login(@RequestParam String user, @RequestParam String pass) throws Exception {
    XPath xpath = XPathFactory.newInstance().newXPath();
    String expr = "//user[name='" + user + "' and password='" + pass + "']";
    return (Boolean) xpath.evaluate(expr, usersDocument, XPathConstants.BOOLEAN);
}
```

```python
@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    found = users_tree.xpath(f"//user[name='{user}']")
    return jsonify(ok=bool(found))
```

## Use instead

Bind the values as variables instead of splicing them into the expression:

```java
XPath xpath = XPathFactory.newInstance().newXPath();
Map<QName, Object> vars = Map.of(new QName("user"), user, new QName("pass"), pass);
xpath.setXPathVariableResolver(vars::get);
String expr = "//user[name=$user and password=$pass]";
return (Boolean) xpath.evaluate(expr, usersDocument, XPathConstants.BOOLEAN);
```

```python
@app.route("/login", methods=["POST"])
def login():
    found = users_tree.xpath("//user[name=$name]", name=request.form["user"])
    return jsonify(ok=bool(found))
```

## References

- [CWE-643: XPath Injection](https://cwe.mitre.org/data/definitions/643.html)
- [OWASP Top 10 2021 – A03 Injection](https://owasp.org/Top10/A03_2021-Injection/)
- [OWASP Injection Prevention Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Injection_Prevention_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(context, &RULE, |_| true, out);
}
