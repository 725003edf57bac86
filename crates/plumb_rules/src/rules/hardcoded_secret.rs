use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "hardcoded-secret",
    title: "Hard-coded secret",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[798],
    owasp: &["A07:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Reports a string literal used as a credential, at the literal: assigned to
a variable, field, constant, dictionary or map key (`map.put(key, ..)`,
JNDI `env.put(Context.SECURITY_CREDENTIALS, ..)`) or keyword argument named
like password, passwd, secret, secret_key, api_key, token, private_key or
credentials; passed as the password of `DriverManager.getConnection` or as
a JWT signing key; assigned to Flask `app.secret_key` or Django
`SECRET_KEY`; or recognisable by its format (AWS access key ids starting
with `AKIA`, PEM private keys). Values read from the environment or a
configuration lookup, empty strings, placeholders such as
`"${DB_PASSWORD}"` or `"<changeme>"`, metasyntactic values (`"foo"`,
`"alpha"`, `"mySecret"`), labels written as constant names
(`"SHOULD_BE_STRIPPED"`), names that merely mention a password
(`PASSWORD_FIELD = "password"`, a `"reset-password"` route) or name an
operation on one (`'setPassword' => 'bool'` in a method table), and
namespaced keys that restate their name (a context key
`ctxCredentials = "github.com/org/lib/ctxCredentials"`) are not reported.

## Why is this bad?

Source code is copied far more widely than production secrets should be:
every clone, CI log, container image and backup holds the value, and it
stays in the repository history after it is deleted. Anyone with read
access to any of them can use the credential, and rotating it needs a
code change and a release.

## Example

```java
@Configuration
public class DataSourceConfig {
    @Bean
    public DataSource dataSource() throws SQLException {
        return new SingleConnectionDataSource(
                DriverManager.getConnection("jdbc:postgresql://db/shop", "shop", "S3cr3t-Pa55"), true);
    }
}
```

```python
# settings.py
SECRET_KEY = "k9#2f!vq8z0w-insecure-7d1c"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": "S3cr3t-Pa55"}}
```

## Use instead

Read secrets from the environment or a secret manager at run time, and
rotate any value that was ever committed:

```java
@Bean
public DataSource dataSource(@Value("${spring.datasource.password}") String password) throws SQLException {
    return new SingleConnectionDataSource(
            DriverManager.getConnection("jdbc:postgresql://db/shop", "shop", password), true);
}
```

```python
# settings.py
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql",
                         "PASSWORD": os.environ["DB_PASSWORD"]}}
```

## References

- [CWE-798: Use of Hard-coded Credentials](https://cwe.mitre.org/data/definitions/798.html)
- [OWASP Top 10 2021 – A07 Identification and Authentication Failures](https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/)
- [OWASP Secrets Management Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html)
"#,
};

use plumb_ir::Const;

use crate::rules::insecure_random::words;

/// Words that make a name a credential.
const CREDENTIAL_WORDS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "secret",
    "token",
    "credential",
    "credentials",
    "passphrase",
    "apikey",
];
const QUALIFIED_KEYS: &[&str] = &[
    "api",
    "secret",
    "private",
    "signing",
    "access",
    "encryption",
    "client",
    "auth",
    "hmac",
    "jwt",
];
/// Words that make a name describe a credential rather than hold one.
const DESCRIPTIVE_WORDS: &[&str] = &[
    "field",
    "label",
    "param",
    "parameter",
    "header",
    "name",
    "url",
    "uri",
    "path",
    "route",
    "endpoint",
    "message",
    "msg",
    "prompt",
    "pattern",
    "regex",
    "column",
    "placeholder",
    "input",
    "type",
    "policy",
    "length",
    "min",
    "max",
    "hint",
    "template",
    "prefix",
    "suffix",
    "error",
    "key_name",
    "env",
    "var",
    "file",
    "dir",
    "format",
    "expiry",
    "expires",
    "ttl",
    "timeout",
    "algorithm",
    "alg",
    "reset",
    "count",
    "attempts",
    "validator",
    "validation",
    "question",
    "view",
    "form",
    "page",
    "title",
    "text",
    "cookie",
    "identifier",
];

/// First words that make a name an operation on a credential
/// (`setPassword`, `resetToken`, `verify_secret`): a method-name map or a
/// handler table, not a place that holds one.
const OPERATION_WORDS: &[&str] = &[
    "set", "get", "has", "is", "reset", "change", "update", "verify", "validate", "check",
    "forgot", "forget", "clear", "remove", "delete", "with", "on",
];

/// Metasyntactic values: what examples and tests fill any slot with.
const METASYNTACTIC: &[&str] = &[
    "foo", "bar", "baz", "qux", "quux", "alpha", "beta", "gamma", "delta", "epsilon", "hello",
    "world", "test", "testing", "sample", "fake",
];

/// Filler words around a restated name (`mySecret`, `test-token`).
const FILLER_WORDS: &[&str] = &[
    "my", "your", "the", "some", "a", "test", "fake", "sample", "other",
];

fn only_token_word(name: &str) -> bool {
    let words = words(name);
    words.iter().any(|w| w == "token")
        && !words
            .iter()
            .any(|w| w != "token" && CREDENTIAL_WORDS.contains(&w.as_str()))
}

fn names_credential(name: &str) -> bool {
    let words = words(name);
    if words
        .iter()
        .any(|w| DESCRIPTIVE_WORDS.contains(&w.as_str()))
    {
        return false;
    }
    if words.len() > 1 && OPERATION_WORDS.contains(&words[0].as_str()) {
        return false;
    }
    words.iter().any(|w| CREDENTIAL_WORDS.contains(&w.as_str()))
        || words
            .iter()
            .enumerate()
            .any(|(i, w)| w == "key" && i > 0 && QUALIFIED_KEYS.contains(&words[i - 1].as_str()))
}

/// Values that are words of configuration rather than secrets.
const NOT_SECRETS: &[&str] = &[
    "true",
    "false",
    "yes",
    "no",
    "on",
    "off",
    "none",
    "null",
    "passwd",
    "pwd",
    "credentials",
    "bearer",
    "basic",
];

/// A literal that only restates the name it is stored under
/// (`ER_TOKEN_NOT_FOUND = "ER_TOKEN_NOT_FOUND"`, `PASSWORD_KEY = "password"`,
/// `apiKey = "apiKey"`) is a label, not a secret.
fn restates_name(name: &str, value: &str) -> bool {
    let name_words = words(name);
    let value_words = words(value);
    if value_words.is_empty() {
        return false;
    }
    let squash = |w: &[String]| w.concat();
    if squash(&name_words) == squash(&value_words)
        || value_words.iter().all(|v| name_words.contains(v))
    {
        return true;
    }
    // The name with filler around it (`mySecret`, `test-token`).
    if value_words
        .iter()
        .all(|v| name_words.contains(v) || FILLER_WORDS.contains(&v.as_str()))
    {
        return true;
    }
    // A namespaced key that ends in or mentions the name
    // (`"github.com/org/lib/ctxCredentials"` for a context key `ctxCredentials`).
    if value.contains(['/', ':']) {
        let segments: Vec<String> = value.split(['/', ':']).flat_map(words).collect();
        return !name_words.is_empty() && name_words.iter().all(|w| segments.contains(w));
    }
    false
}

/// Random-looking: long, with letters and digits or symbols, as generated keys are.
fn looks_random(value: &str) -> bool {
    let letters = value.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let others = value.chars().filter(|c| !c.is_ascii_alphabetic()).count();
    value.len() >= 16 && letters > 0 && others > 0
}

/// A literal that looks like a real secret, not a placeholder, a label or a reference.
fn plausible_secret(value: &str) -> bool {
    let trimmed = value.trim();
    if trimmed.len() < 4 || trimmed.chars().any(char::is_whitespace) {
        return false;
    }
    if NOT_SECRETS.contains(&trimmed.to_ascii_lowercase().as_str())
        || METASYNTACTIC.contains(&trimmed.to_ascii_lowercase().as_str())
    {
        return false;
    }
    // `SHOULD_BE_STRIPPED`, `NOT_SET`: a label written as a constant's name.
    let label = trimmed.contains('_')
        && trimmed.chars().all(|c| c.is_ascii_uppercase() || c == '_')
        && trimmed.split('_').filter(|w| w.len() > 1).count() >= 2;
    if label {
        return false;
    }
    // Dotted property keys and header names are references, not values.
    let dotted = trimmed.contains('.')
        && trimmed.split('.').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
        && trimmed
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase());
    let header = trimmed.contains('-')
        && trimmed.split('-').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.all(|c| c.is_ascii_lowercase())
        });
    if dotted || header {
        return false;
    }
    let lower = trimmed.to_ascii_lowercase();
    let placeholder = trimmed.starts_with("${")
        || trimmed.starts_with("{{")
        || trimmed.starts_with('<')
        || trimmed.starts_with('%')
        || trimmed.starts_with('$')
        || lower.contains("changeme")
        || lower.contains("change-me")
        || lower.contains("change_me")
        || lower.contains("your-")
        || lower.contains("your_")
        || lower.contains("placeholder")
        || lower.contains("example")
        || lower.contains("dummy")
        || lower.contains("xxxx")
        || lower == "none"
        || lower == "null"
        || lower == "password"
        || lower == "secret"
        || lower == "token"
        || trimmed
            .chars()
            .all(|c| c == '*' || c == 'x' || c == 'X' || c == '.');
    let reference = trimmed.starts_with('/')
        || trimmed.starts_with("urn:")
        || trimmed.starts_with("http://")
        || trimmed.starts_with("https://") && !trimmed.contains('@');
    !placeholder && !reference
}

/// Formats that are secrets whatever they are called.
fn known_key_format(value: &str) -> bool {
    let v = value.trim();
    (v.len() == 20
        && (v.starts_with("AKIA") || v.starts_with("ASIA"))
        && v.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
        || v.contains("-----BEGIN RSA PRIVATE KEY-----")
        || v.contains("-----BEGIN PRIVATE KEY-----")
        || v.contains("-----BEGIN EC PRIVATE KEY-----")
        || v.contains("-----BEGIN OPENSSH PRIVATE KEY-----")
        || (v.starts_with("ghp_") && v.len() >= 36)
        || (v.starts_with("xoxb-") || v.starts_with("xoxp-"))
        || (v.starts_with("sk_live_") && v.len() > 16)
}

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut reported = std::collections::BTreeSet::new();
    for store in &context.facts.store_events {
        if !store.literal {
            continue;
        }
        let Some(Const::Str(value)) = store.value.konst.as_single() else {
            continue;
        };
        let target = store.target.as_str();
        let by_name = names_credential(target)
            && plausible_secret(value)
            && !restates_name(target, value)
            // "token" also names lexer tokens and sentinels: demand a random-looking value.
            && (!only_token_word(target) || looks_random(value));
        if !(by_name || known_key_format(value)) {
            continue;
        }
        if !reported.insert((store.module, store.span.start_line)) {
            continue;
        }
        out.push(context.diagnostic(
            &RULE,
            store.module,
            store.span,
            store.function.as_str(),
            format!("{}: `{}` is set to a literal credential; read it from the environment or a secret store", RULE.title, store.target),
            Vec::new(),
            String::new(),
        ));
    }
    for event in context.sinks(RULE.id) {
        // A named constant is reported where it is declared, not at each use.
        if !event.literal {
            continue;
        }
        let Some(value) = event.value.konst.as_single_str() else {
            continue;
        };
        if !plausible_secret(value) && !known_key_format(value) {
            continue;
        }
        if !reported.insert((event.module, event.span.start_line)) {
            continue;
        }
        out.push(context.diagnostic(
            &RULE,
            event.module,
            event.span,
            event.function.as_str(),
            format!(
                "{}: a literal credential is passed to `{}`",
                RULE.title,
                crate::context::short_name(event.callee.as_str())
            ),
            Vec::new(),
            String::new(),
        ));
    }
}
