use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "weak-hash",
    title: "Weak hash algorithm",
    category: Category::Security,
    severity: Severity::Medium,
    cwe: &[328],
    owasp: &["A02:2021"],
    languages: &["java", "python", "go", "php"],
    docs: r#"## What it does

Reports the selection of a broken hash algorithm: MD2, MD4, MD5 or SHA-1
through `MessageDigest.getInstance(..)` or Commons Codec `DigestUtils.md5*`
and `sha1*` in Java, and `hashlib.md5`, `hashlib.sha1` or
`hashlib.new("md5"/"sha1")` in Python. The algorithm name is followed
through variables, constants, fields (including a constructor argument
the project's own constructions pass in) and configuration files, and the
finding is placed at the call that selects it. SHA-256 and stronger, and
`hashlib.md5(.., usedforsecurity=False)`, which states a non-security use,
are not reported, nor is a lookup whose result nothing uses (a probe for
whether the algorithm is available, such as `hashlib.md5()` in a `try`
that detects a FIPS build). This rule does not need request data: the
weakness is in the algorithm.

In Go: `crypto/md5` and `crypto/sha1` (`New`, `Sum`). In PHP: `md5`,
`sha1`, their `_file` forms and `crypt`, and `hash`/`hash_file`/`hash_init`
with a weak algorithm name.

## Why is this bad?

Collisions for MD5 and SHA-1 can be computed cheaply, so signatures,
integrity checks and unique identifiers built on them can be forged.
Used for passwords they are worse still: they are fast, so leaked hashes
fall to GPU cracking and lookup tables within hours.

## Example

```java
public String checksum(byte[] upload) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("MD5");
    return HexFormat.of().formatHex(md.digest(upload));
}
```

```python
def sign_download(path: str) -> str:
    return hashlib.sha1((settings.SIGNING_SALT + path).encode()).hexdigest()
```

```go
func fingerprint(password string) string {
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}
```

```php
$stored = md5($password);
```

## Use instead

Use SHA-256 or stronger for integrity, an HMAC for signing, and a password
hashing function (Argon2id, bcrypt, scrypt, PBKDF2) for passwords:

```java
public String checksum(byte[] upload) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(md.digest(upload));
}
```

```python
def sign_download(path: str) -> str:
    return hmac.new(settings.SIGNING_KEY, path.encode(), hashlib.sha256).hexdigest()
```

```go
func fingerprint(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
```

```php
$stored = password_hash($password, PASSWORD_DEFAULT);
```

## References

- [CWE-328: Use of Weak Hash](https://cwe.mitre.org/data/definitions/328.html)
- [OWASP Top 10 2021 – A02 Cryptographic Failures](https://owasp.org/Top10/A02_2021-Cryptographic_Failures/)
- [OWASP Password Storage Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html)
"#,
};

use plumb_ir::Const;

const WEAK: &[&str] = &[
    "md2",
    "md4",
    "md5",
    "sha1",
    "sha-1",
    "sha",
    "ripemd",
    "ripemd160",
    "ripemd-160",
    "md5-sha1",
];

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for event in context.sinks(RULE.id) {
        // A call whose result nothing uses only probes for the algorithm.
        if event.result_unused {
            continue;
        }
        // A hash object (`h.Sum(nil)` on what a factory made) names the
        // algorithms it may be: weak when all of them are, since a factory
        // offering a weak one among others is chosen by its caller, who is
        // reported where the choice is known.
        let object = event.value.ty.is_some_and(|ty| {
            !matches!(
                ty.as_str(),
                "string" | "String" | "str" | "java.lang.String"
            )
        });
        let weak = if event.call_only {
            Some(crate::context::short_name(event.callee.as_str()))
        } else if object {
            let names = event.value.konst.values();
            let all_weak = !names.is_empty()
                && names.iter().all(|c| {
                    matches!(c, Const::Str(name) if WEAK.contains(&name.to_ascii_lowercase().as_str()))
                });
            match names.first() {
                Some(Const::Str(name)) if all_weak => Some(name.to_string()),
                _ => None,
            }
        } else {
            event.value.possible_constants().find_map(|c| match c {
                Const::Str(name) if WEAK.contains(&name.to_ascii_lowercase().as_str()) => {
                    Some(name.to_string())
                }
                _ => None,
            })
        };
        let Some(algorithm) = weak else { continue };
        let trace = config_trace(context, event);
        out.push(context.diagnostic(
            &RULE,
            event.module,
            event.span,
            event.function.as_str(),
            format!(
                "{}: `{algorithm}` is not collision resistant; use SHA-256 or stronger",
                RULE.title
            ),
            trace,
            format!(
                "`{}` selects the algorithm",
                crate::context::short_name(event.callee.as_str())
            ),
        ));
    }
}

/// Where a constant came from when project configuration set it.
pub(crate) fn config_trace(
    context: &Context<'_>,
    event: &plumb_flow::SinkEvent,
) -> Vec<crate::TraceStep> {
    event
        .value
        .taint
        .iter()
        .find(|l| {
            matches!(
                l.origin,
                plumb_flow::Origin::Source(plumb_flow::SourceKind::Config, _)
            )
        })
        .map(|l| context.trace(l.step))
        .unwrap_or_default()
}
