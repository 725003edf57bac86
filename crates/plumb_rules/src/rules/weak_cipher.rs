use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "weak-cipher",
    title: "Weak cipher or mode",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[327],
    owasp: &["A02:2021"],
    languages: &["java", "python", "go"],
    docs: r#"## What it does

Reports encryption with a broken algorithm or mode, at the call that names
it: `Cipher.getInstance(..)` with DES, DESede (Triple DES), RC2, RC4
(ARCFOUR), Blowfish, any `/ECB/` transformation, or a bare `"AES"` (which
the JDK runs in ECB mode); PyCryptodome `DES.new`, `DES3.new`, `ARC4.new`,
`Blowfish.new` and `AES.new(key, AES.MODE_ECB)`; `cryptography`'s
`algorithms.TripleDES`, `ARC4`, `Blowfish` and `modes.ECB()`. The
transformation is followed through variables, constants and fields,
including a constructor argument the project's own constructions pass in.
AES in GCM mode, AES/CBC with a random IV, and ChaCha20 are not reported,
nor is `ECB` named for a public-key cipher (`RSA/ECB/OAEPWithSHA-256AndMGF1Padding`),
where the JCA mode is a placeholder, nor a lookup whose result nothing uses
(`Cipher.getInstance(t)` in a `try` that only tells whether the
transformation is available).

In Go: `crypto/des.NewCipher`/`NewTripleDESCipher` and `crypto/rc4.NewCipher`.

## Why is this bad?

DES keys can be searched exhaustively, 64-bit block ciphers (Triple DES,
Blowfish) leak plaintext after a few gigabytes under one key, and RC4's
keystream is biased. ECB encrypts equal blocks to equal ciphertext, so the
structure of the data shows through and blocks can be cut and reordered.
Data encrypted this way should be treated as readable and modifiable.

## Example

```java
public byte[] encrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(data);
}
```

```python
def encrypt(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(data, AES.block_size))
```

```go
func encrypt(key, block []byte) []byte {
	c, _ := des.NewCipher(key)
	out := make([]byte, len(block))
	c.Encrypt(out, block)
	return out
}
```

## Use instead

Use an authenticated mode with a fresh nonce per message, and store the
nonce with the ciphertext:

```java
public byte[] encrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
    byte[] iv = new byte[12];
    RANDOM.nextBytes(iv);   // a SecureRandom
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    return ByteBuffer.allocate(iv.length + data.length + 16).put(iv).put(cipher.doFinal(data)).array();
}
```

```python
def encrypt(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)
```

```go
func encrypt(key, nonce, data []byte) []byte {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	return gcm.Seal(nil, nonce, data, nil)
}
```

## References

- [CWE-327: Use of a Broken or Risky Cryptographic Algorithm](https://cwe.mitre.org/data/definitions/327.html)
- [OWASP Top 10 2021 – A02 Cryptographic Failures](https://owasp.org/Top10/A02_2021-Cryptographic_Failures/)
- [OWASP Cryptographic Storage Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html)
"#,
};

use plumb_ir::Const;

/// Whether a cipher transformation or name is weak, and why.
fn weakness(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let algorithm = lower.split('/').next().unwrap_or(&lower);
    let last = algorithm.rsplit('.').next().unwrap_or(algorithm);
    // For public-key ciphers the JCA "mode" is a placeholder: one block is
    // processed, so `RSA/ECB/OAEP...` has none of ECB's weakness.
    let public_key = matches!(last, "rsa" | "ec" | "ecies" | "elgamal");
    if !public_key && (lower.contains("/ecb") || last.contains("mode_ecb") || last == "ecb") {
        return Some("ECB mode leaks patterns of the plaintext");
    }
    if matches!(
        last,
        "des" | "desede" | "tripledes" | "3des" | "des3" | "triple_des"
    ) {
        return Some("DES and 3DES keys are too short or deprecated");
    }
    if matches!(last, "rc2" | "rc4" | "arcfour" | "arc4" | "arc2") {
        return Some("RC2 and RC4 are broken");
    }
    if matches!(last, "blowfish") {
        return Some("Blowfish has a 64-bit block and is deprecated");
    }
    if algorithm == "aes" && !lower.contains('/') && !lower.contains('.') {
        return Some("a bare \"AES\" transformation means AES/ECB");
    }
    openssl_weakness(&lower)
}

/// OpenSSL cipher names, as Node's `crypto` takes them: `des-ede3-cbc`,
/// `aes-128-ecb`, `bf-cbc`, `rc4-40`.
fn openssl_weakness(lower: &str) -> Option<&'static str> {
    let parts: Vec<&str> = lower.split('-').collect();
    let [first, .., last] = parts.as_slice() else {
        return None;
    };
    if *last == "ecb" {
        return Some("ECB mode leaks patterns of the plaintext");
    }
    match *first {
        "des" | "des3" => Some("DES and 3DES keys are too short or deprecated"),
        "rc2" | "rc4" => Some("RC2 and RC4 are broken"),
        "bf" | "blowfish" => Some("Blowfish has a 64-bit block and is deprecated"),
        _ => None,
    }
}

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for event in context.sinks(RULE.id) {
        // A call whose result nothing uses only probes for the algorithm.
        if event.result_unused {
            continue;
        }
        let reason = if event.call_only {
            let callee = event
                .callee
                .as_str()
                .trim_end_matches(".<init>")
                .trim_end_matches(".new");
            // Go names the algorithm by package: `crypto/des.NewCipher`.
            let package = callee
                .rsplit_once('.')
                .and_then(|(owner, _)| owner.rsplit('/').next());
            weakness(callee)
                .or_else(|| package.and_then(weakness))
                .or(Some("the algorithm or mode is weak"))
                .map(|r| (crate::context::short_name(event.callee.as_str()), r))
        } else {
            event.value.possible_constants().find_map(|c| match c {
                Const::Str(name) => weakness(name).map(|r| (name.to_string(), r)),
                _ => None,
            })
        };
        let Some((name, reason)) = reason else {
            continue;
        };
        out.push(context.diagnostic(
            &RULE,
            event.module,
            event.span,
            event.function.as_str(),
            format!(
                "{}: `{name}`: {reason}; use AES/GCM or ChaCha20-Poly1305",
                RULE.title
            ),
            crate::rules::weak_hash::config_trace(context, event),
            String::new(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::weakness;

    #[test]
    fn openssl_names() {
        assert!(weakness("des-ede3-cbc").is_some());
        assert!(weakness("aes-128-ecb").is_some());
        assert!(weakness("bf-cbc").is_some());
        assert!(weakness("rc4").is_some());
        assert!(weakness("aes-256-gcm").is_none());
        assert!(weakness("aes-256-cbc").is_none());
        assert!(weakness("chacha20-poly1305").is_none());
    }
}
