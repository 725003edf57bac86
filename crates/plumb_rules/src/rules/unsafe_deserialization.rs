use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "unsafe-deserialization",
    title: "Unsafe deserialization",
    category: Category::Security,
    severity: Severity::Critical,
    cwe: &[502],
    owasp: &["A08:2021"],
    languages: &["java", "python", "ruby", "php"],
    docs: r#"## What it does

Reports request data passed to a deserializer that can build arbitrary
objects: `ObjectInputStream.readObject` on a request stream,
`XMLDecoder.readObject`, XStream `fromXML`, SnakeYAML `new Yaml().load` with
the default constructor, and Jackson with default typing enabled in Java;
`pickle`, `cPickle`, `dill` and `marshal` `load`/`loads`, `yaml.load` with
`Loader=yaml.Loader`, `UnsafeLoader` or `FullLoader`, `yaml.unsafe_load`,
`jsonpickle.decode` and `shelve` in Python; `Marshal.load`, `YAML.load`
and `YAML.unsafe_load` in Ruby; `unserialize` in PHP. Formats that only produce plain
data (`json`, `yaml.safe_load`, `yaml.load(.., Loader=yaml.SafeLoader)`,
SnakeYAML with `SafeConstructor`, Ruby's `YAML.safe_load` and `JSON.parse`)
are not reported.

## Why is this bad?

These formats name the classes to instantiate and the calls to make while
rebuilding an object. An attacker who controls the bytes chooses them:
gadget chains in common Java libraries, or a pickle whose `__reduce__`
returns `os.system`, run code in the service as soon as the payload is
read, before any validation of the result can happen.

## Example

```java
@PostMapping("/cart")
public Cart restore(HttpServletRequest request) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
        return (Cart) in.readObject();
    }
}
```

```python
@app.route("/cart", methods=["POST"])
def restore():
    cart = pickle.loads(base64.b64decode(request.form["cart"]))
    return jsonify(items=cart.items)
```

```ruby
def restore
  cart = Marshal.load(Base64.decode64(params[:cart]))
  render json: cart.items
end
```

```php
$cart = unserialize(base64_decode($_COOKIE['cart']));
```

## Use instead

Exchange plain data (JSON, or YAML with a safe loader) and build objects
from it yourself:

```java
@PostMapping("/cart")
public Cart restore(@RequestBody CartDto dto) {
    return Cart.from(dto);   // Jackson binds JSON to a fixed type
}
```

```python
@app.route("/cart", methods=["POST"])
def restore():
    data = json.loads(request.form["cart"])
    return jsonify(items=[str(item) for item in data.get("items", [])])
```

```ruby
def restore
  render json: JSON.parse(params[:cart]).fetch("items", [])
end
```

```php
$cart = json_decode(base64_decode($_COOKIE['cart']), true);
```

## References

- [CWE-502: Deserialization of Untrusted Data](https://cwe.mitre.org/data/definitions/502.html)
- [OWASP Top 10 2021 – A08 Software and Data Integrity Failures](https://owasp.org/Top10/A08_2021-Software_and_Data_Integrity_Failures/)
- [OWASP Deserialization Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html)
"#,
};

/// Deserialisers built from these are restricted to plain data (SnakeYAML's
/// `SafeConstructor`).
const SAFE_WHEN_BUILT_FROM: &[&str] = &["SafeConstructor"];

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(
        context,
        &RULE,
        |event| {
            !event.fields.iter().any(|(name, _)| {
                name.strip_prefix("built-from:")
                    .is_some_and(|ty| SAFE_WHEN_BUILT_FROM.contains(&ty))
            })
        },
        out,
    );
}
