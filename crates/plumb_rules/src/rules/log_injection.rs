use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "log-injection",
    title: "Log injection",
    category: Category::Security,
    severity: Severity::Low,
    cwe: &[117],
    owasp: &["A09:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Reports request data written to a log without removing line breaks: calls
of java.util.logging, SLF4J, Log4j and Commons Logging loggers in Java, and
of the Python `logging` module, whether the value is part of the message or
one of its `%s`/`{}` arguments. Values from which CR and LF were removed or
replaced (`replace("\n", ..)` together with `\r`, `replaceAll("[\r\n]", ..)`,
or an encoder) are not reported.

## Why is this bad?

A log file is read line by line, by people and by tools. A value containing
a newline lets the attacker end the real entry and add invented ones, for
example a successful login for an administrator or a fake error that hides
the real attack. Logs also feed SIEMs and log viewers, which may interpret
injected markup or control sequences.

## Example

```java
@PostMapping("/login")
public ResponseEntity<Void> login(@RequestParam String username) {
    log.info("Failed login for user {}", username);
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
}
```

```python
@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    logger.warning("Failed login for user %s", username)
    return "", 401
```

## Use instead

Neutralise CR and LF (or encode the value) before logging; structured
logging that escapes field values works too:

```java
@PostMapping("/login")
public ResponseEntity<Void> login(@RequestParam String username) {
    log.info("Failed login for user {}", username.replaceAll("[\r\n]", "_"));
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
}
```

```python
@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"].replace("\r", "_").replace("\n", "_")
    logger.warning("Failed login for user %s", username)
    return "", 401
```

## References

- [CWE-117: Improper Output Neutralization for Logs](https://cwe.mitre.org/data/definitions/117.html)
- [OWASP Top 10 2021 – A09 Security Logging and Monitoring Failures](https://owasp.org/Top10/A09_2021-Security_Logging_and_Monitoring_Failures/)
- [OWASP Logging Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(context, &RULE, |_| true, out);
}
