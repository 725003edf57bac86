use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "ldap-injection",
    title: "LDAP injection",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[90],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Reports request data placed in an LDAP search filter: the filter argument
of JNDI `DirContext.search`/`InitialDirContext.search` and Spring
`LdapTemplate.search`; in Python the filter of python-ldap `search`,
`search_s` and `search_ext_s` and of ldap3 `Connection.search(base, filter)`.
Values escaped for filters with Spring `LdapEncoder.filterEncode`,
`ldap.filter.escape_filter_chars` or `ldap3.utils.conv.escape_filter_chars`
are not reported.

## Why is this bad?

Filter syntax uses `*`, `(`, `)`, `&`, `|` and `\`. A user name such as
`*)(uid=*` widens a lookup to every entry, and in a login check that
searches for `(&(uid=NAME)(userPassword=PASS))` it can remove the password
condition altogether. Attackers use it to bypass authentication and to
enumerate users and attributes of the directory.

## Example

```java
@GetMapping("/people")
public List<String> find(@RequestParam String uid) {
    return ldapTemplate.search("ou=people", "(uid=" + uid + ")",
            (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
}
```

```python
@app.route("/people")
def find():
    uid = request.args["uid"]
    conn.search("ou=people,dc=example,dc=com", f"(uid={uid})", attributes=["cn"])
    return jsonify([str(e.cn) for e in conn.entries])
```

## Use instead

Escape each value for the filter context (or use a filter builder that
does):

```java
@GetMapping("/people")
public List<String> find(@RequestParam String uid) {
    String filter = "(uid=" + LdapEncoder.filterEncode(uid) + ")";
    return ldapTemplate.search("ou=people", filter,
            (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
}
```

```python
from ldap3.utils.conv import escape_filter_chars

@app.route("/people")
def find():
    uid = escape_filter_chars(request.args["uid"])
    conn.search("ou=people,dc=example,dc=com", f"(uid={uid})", attributes=["cn"])
    return jsonify([str(e.cn) for e in conn.entries])
```

## References

- [CWE-90: LDAP Injection](https://cwe.mitre.org/data/definitions/90.html)
- [OWASP Top 10 2021 – A03 Injection](https://owasp.org/Top10/A03_2021-Injection/)
- [OWASP LDAP Injection Prevention Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(context, &RULE, |_| true, out);
}
