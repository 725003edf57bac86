use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "ssrf",
    title: "Server-side request forgery",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[918],
    owasp: &["A10:2021"],
    languages: &["java", "python", "go"],
    docs: r#"## What it does

Reports request data that chooses where the server sends an outbound
request: `new URL(u)` followed by `openConnection`/`openStream`,
`RestTemplate` `get*`/`post*`/`exchange` URLs, `WebClient` URIs,
`HttpRequest.newBuilder(URI.create(u))`, Apache HttpClient and OkHttp
requests; in Python `requests`, `httpx`, `urllib3` and
`urllib.request.urlopen`. The value is not reported when it only lands in
the path or query after a constant `scheme://host/` prefix, when it is
passed as `params=`, or when the host was checked against an allow-list.

In Go: `http.Get`/`Post`/`Head`/`PostForm`, the same methods of an
`http.Client`, and `http.NewRequest`/`NewRequestWithContext`.

## Why is this bad?

The server usually sits inside a network that the attacker cannot reach:
cloud metadata endpoints that hand out credentials, admin consoles,
databases and internal APIs that trust their callers. Letting a request
choose the target turns the service into a proxy into that network, and
sometimes into a port scanner or a way to read local files with `file://`.

## Example

```java
@GetMapping("/preview")
public String preview(@RequestParam String url) {
    return restTemplate.getForObject(url, String.class);
}
```

```python
@app.route("/preview")
def preview():
    url = request.args["url"]
    return requests.get(url, timeout=5).text
```

```go
func preview(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(r.URL.Query().Get("url"))
	if err == nil {
		resp.Body.Close()
	}
}
```

## Use instead

Keep scheme and host constant and let the request choose only data, or
check the host against an explicit allow-list before connecting:

```java
private static final Set<String> ALLOWED_HOSTS = Set.of("images.example.com");

@GetMapping("/preview")
public String preview(@RequestParam String url) {
    URI uri = URI.create(url);
    if (!"https".equals(uri.getScheme()) || !ALLOWED_HOSTS.contains(uri.getHost())) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    return restTemplate.getForObject(uri, String.class);
}
```

```python
@app.route("/weather")
def weather():
    city = request.args["city"]
    resp = requests.get("https://api.weather.example/v1/current", params={"city": city}, timeout=5)
    return jsonify(resp.json())
```

```go
func preview(w http.ResponseWriter, r *http.Request) {
	id := url.PathEscape(r.URL.Query().Get("id"))
	resp, err := http.Get("https://api.example.com/items/" + id)
	if err == nil {
		resp.Body.Close()
	}
}
```

## References

- [CWE-918: Server-Side Request Forgery](https://cwe.mitre.org/data/definitions/918.html)
- [OWASP Top 10 2021 – A10 Server-Side Request Forgery](https://owasp.org/Top10/A10_2021-Server-Side_Request_Forgery_%28SSRF%29/)
- [OWASP Server-Side Request Forgery Prevention Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(
        context,
        &RULE,
        |event| !every_start(&event.value, pins_host),
        out,
    );
}

/// Whether every text the value may start with passes `check` (a value
/// built on one of a few constant bases passes when each base does).
pub(crate) fn every_start(value: &plumb_flow::Value, check: fn(Option<&str>) -> bool) -> bool {
    match value.prefix_alternatives() {
        Some(starts) => starts.iter().all(|start| check(Some(start))),
        None => check(None),
    }
}

/// A constant `scheme://host/` prefix fixes where the request goes; request
/// data after it only chooses a path or a query.
pub(crate) fn pins_host(prefix: Option<&str>) -> bool {
    let Some(prefix) = prefix else { return false };
    let Some((scheme, rest)) = prefix.split_once("://") else {
        return false;
    };
    !scheme.is_empty()
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+')
        && rest
            .find('/')
            .is_some_and(|slash| slash > 0 && !rest[..slash].contains('@'))
}
