use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "insecure-random",
    title: "Predictable random value used as a secret",
    category: Category::Security,
    severity: Severity::Medium,
    cwe: &[330],
    owasp: &["A02:2021"],
    languages: &["java", "python", "go"],
    docs: r#"## What it does

Reports a value drawn from a predictable generator and used as a secret.
The generators are `java.util.Random`, `Math.random()` and
`ThreadLocalRandom` in Java and the `random` module in Python; a use counts
as secret when the value becomes a cookie or header value or a session
attribute, or is stored in a variable, field, key, parameter or function
named like a token, password, secret, nonce, salt, one-time code, session
id, API key, CSRF token or reset code. The finding is at the call that
draws the random value. `SecureRandom`, `secrets`, `os.urandom` and
`uuid.uuid4` are not reported, nor is randomness used for jitter,
sampling, shuffling, games or test data.

In Go: `math/rand` (its functions and `*rand.Rand` methods); `crypto/rand`
is the CSPRNG.

## Why is this bad?

These generators are built for speed and statistics, not secrecy: their
state is small and can be reconstructed from a few outputs (or guessed from
a time-based seed). An attacker who sees one reset link or session id can
compute the next ones and take over accounts without ever seeing their
tokens.

## Example

```java
@PostMapping("/password-reset")
public void requestReset(@RequestParam String email) {
    String resetToken = Long.toHexString(new Random().nextLong());
    resetService.send(email, resetToken);
}
```

```python
@app.route("/password-reset", methods=["POST"])
def request_reset():
    reset_code = "".join(random.choice(string.digits) for _ in range(6))
    send_reset_mail(request.form["email"], reset_code)
    return "", 204
```

```go
func resetToken() string {
	token := fmt.Sprintf("%08d", rand.Intn(100000000))
	return token
}
```

## Use instead

```java
private static final SecureRandom RANDOM = new SecureRandom();

@PostMapping("/password-reset")
public void requestReset(@RequestParam String email) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    resetService.send(email, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
}
```

```python
@app.route("/password-reset", methods=["POST"])
def request_reset():
    reset_code = "".join(secrets.choice(string.digits) for _ in range(6))
    send_reset_mail(request.form["email"], reset_code)
    return "", 204
```

```go
func resetToken() string {
	buf := make([]byte, 16)
	crand.Read(buf)
	return hex.EncodeToString(buf)
}
```

## References

- [CWE-330: Use of Insufficiently Random Values](https://cwe.mitre.org/data/definitions/330.html)
- [OWASP Top 10 2021 – A02 Cryptographic Failures](https://owasp.org/Top10/A02_2021-Cryptographic_Failures/)
- [OWASP Cryptographic Storage Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html)
"#,
};

use plumb_flow::{Label, Origin, SourceKind, StoreTarget};

/// Sinks whose value is a secret by where it goes.
const SECRET_SINKS: &[&str] = &[
    "insecure-cookie",
    "header-injection",
    "trust-boundary-violation",
];

/// Words that name a secret in identifiers (`resetToken`, `api_key`, `session_id`).
const SECRET_WORDS: &[&str] = &[
    "token",
    "password",
    "passwd",
    "pwd",
    "secret",
    "nonce",
    "salt",
    "otp",
    "csrf",
    "xsrf",
    "passcode",
    "pin",
    "credential",
    "credentials",
    "apikey",
    "sessionid",
    "sid",
];
const QUALIFIED_WORDS: &[(&str, &[&str])] = &[
    (
        "key",
        &[
            "api",
            "secret",
            "private",
            "signing",
            "encryption",
            "access",
            "auth",
            "session",
            "hmac",
        ],
    ),
    ("id", &["session"]),
    (
        "code",
        &[
            "reset",
            "verification",
            "verify",
            "activation",
            "confirmation",
            "auth",
            "login",
            "otp",
            "invite",
            "recovery",
        ],
    ),
];

pub(crate) fn words(identifier: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in identifier.chars() {
        if c == '_' || c == '-' || c == '.' || c == ' ' {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

pub(crate) fn names_secret(identifier: &str) -> bool {
    let words = words(identifier);
    if words.iter().any(|w| SECRET_WORDS.contains(&w.as_str())) {
        return true;
    }
    QUALIFIED_WORDS.iter().any(|(word, qualifiers)| {
        words
            .iter()
            .enumerate()
            .any(|(i, w)| w == word && i > 0 && qualifiers.contains(&words[i - 1].as_str()))
    })
}

fn weak(labels: &[Label]) -> Vec<&Label> {
    let mut out: Vec<&Label> = labels
        .iter()
        .filter(|l| matches!(l.origin, Origin::Source(SourceKind::WeakRandom, _)))
        .collect();
    out.sort_by_key(|l| l.origin);
    out
}

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut reported = std::collections::BTreeSet::new();
    let mut report = |label: &Label, why: String, out: &mut Vec<Diagnostic>| {
        let Origin::Source(_, source) = label.origin else {
            return;
        };
        if !reported.insert(source) {
            return;
        }
        let Some(step) = context.facts.steps.get(source) else {
            return;
        };
        let trace = context.trace(label.step);
        let mut diagnostic = context.diagnostic(
            &RULE,
            step.module,
            step.span,
            "",
            format!("{}: {} comes from a predictable generator and {why}; use a CSPRNG (SecureRandom, secrets)", RULE.title, step.label),
            trace,
            String::new(),
        );
        diagnostic.function = None;
        out.push(diagnostic);
    };
    for rule in SECRET_SINKS {
        for event in context.sinks(rule) {
            for label in weak(&event.value.taint) {
                report(
                    label,
                    format!(
                        "is used as a {} value",
                        match *rule {
                            "insecure-cookie" => "cookie",
                            "header-injection" => "header",
                            _ => "session",
                        }
                    ),
                    out,
                );
            }
        }
    }
    for store in &context.facts.store_events {
        let name = store.target.as_str();
        let secret = names_secret(name);
        if !secret {
            continue;
        }
        let what = match store.kind {
            StoreTarget::Return => format!("is returned by `{name}`"),
            _ => format!("is stored in `{name}`"),
        };
        for label in weak(&store.value.taint) {
            report(label, what.clone(), out);
        }
    }
}
