use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "code-injection",
    title: "Code injection",
    category: Category::Security,
    severity: Severity::Critical,
    cwe: &[94],
    owasp: &["A03:2021"],
    languages: &["java", "python", "ruby", "php"],
    docs: r#"## What it does

Reports request data that is evaluated as program code. In Python the sinks
are the built-ins `eval`, `exec` and `compile`; in Java they are
`javax.script.ScriptEngine.eval`, Spring Expression Language
`ExpressionParser.parseExpression` and Groovy `GroovyShell.evaluate`. The
finding is at the evaluating call, with a trace back to the request value.
Parsing data with `ast.literal_eval` or `json.loads` is not reported: they
accept literals only and never run code. In Ruby: `eval`,
`instance_eval`/`class_eval` with a string, and `send`/`public_send` whose
method name is request data.

## Why is this bad?

Whoever controls the evaluated text writes code that runs inside the service
process: it can read environment variables and files, open network
connections, or start a shell. No escaping makes `eval` of user input safe;
the language itself is the attack surface, and SpEL or Groovy expressions
can reach `Runtime` through type references. In PHP the sinks are `eval`,
`assert` on a string and `create_function`.

## Example

```java
@GetMapping("/calc")
public Object calc(@RequestParam String expr) {
    ExpressionParser parser = new SpelExpressionParser();
    return parser.parseExpression(expr).getValue();
}
```

```python
@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    return str(eval(expr))
```

```ruby
def calc
  render json: { value: eval(params[:expr]) }
end
```

```php
$total = eval('return ' . $_GET['expr'] . ';');
```

## Use instead

Do not evaluate the input; parse it as data, or implement the small grammar
you need:

```java
@GetMapping("/calc")
public BigDecimal calc(@RequestParam String a, @RequestParam String op, @RequestParam String b) {
    BigDecimal x = new BigDecimal(a), y = new BigDecimal(b);
    return switch (op) {
        case "+" -> x.add(y);
        case "-" -> x.subtract(y);
        default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    };
}
```

```python
@app.route("/settings", methods=["POST"])
def settings():
    values = ast.literal_eval(request.form["values"])  # literals only
    return jsonify(values)
```

```ruby
def calc
  render json: { value: params[:a].to_i + params[:b].to_i }
end
```

```php
$values = json_decode($_POST['values'], true);  // data, never code
```

## References

- [CWE-94: Code Injection](https://cwe.mitre.org/data/definitions/94.html)
- [OWASP Top 10 2021 – A03 Injection](https://owasp.org/Top10/A03_2021-Injection/)
- [OWASP Injection Prevention Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Injection_Prevention_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(context, &RULE, |_| true, out);
}
