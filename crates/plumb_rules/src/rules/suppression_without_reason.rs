use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "suppression-without-reason",
    title: "Suppression without a reason",
    category: Category::Reliability,
    severity: Severity::Info,
    cwe: &[],
    owasp: &[],
    languages: &["java", "python"],
    docs: r#"## What it does

Reports an inline suppression comment, `plumb: ignore[rule-id]`, that gives
no reason after the bracket. The suppression still works: the finding it
names is not reported. This note is reported instead, on the comment's
line, so that every silenced finding carries an explanation a reviewer can
check. The scan layer emits it; the analysis has no part in it.

## Why is this bad?

A suppression says "a person looked at this and decided it is safe". Without
a reason, the next reader cannot tell whether that judgement was made or
whether the comment was added to get a build green. Reasons also age: a
reason that names a guard ("validated by AllowList.check") can be checked
again when that guard changes.

## Example

```java
// plumb: ignore[sql-injection]
jdbc.queryForList("SELECT * FROM " + table);
```

```python
# plumb: ignore[command-injection]
subprocess.run(command, shell=True)
```

## Use instead

Say why the finding does not apply, after the bracket:

```java
// plumb: ignore[sql-injection] table comes from the TABLES enum, never from input
jdbc.queryForList("SELECT * FROM " + table);
```

```python
# plumb: ignore[command-injection] command is built from constants in deploy.py only
subprocess.run(command, shell=True)
```

## References

- [OWASP Secure Code Review Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Secure_Code_Review_Cheat_Sheet.html)
- `plumb explain` for the rule a suppression names, and `docs/rules.md` for all of them.
"#,
};

/// Reported while suppressions are applied, where the comments are read.
pub fn check(_context: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
