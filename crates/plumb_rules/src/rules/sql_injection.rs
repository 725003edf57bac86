use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "sql-injection",
    title: "SQL injection",
    category: Category::Security,
    severity: Severity::Critical,
    cwe: &[89],
    owasp: &["A03:2021"],
    languages: &["java", "python", "go"],
    docs: r#"## What it does

Reports SQL text built from request data and handed to a database API that
runs it as a statement: JDBC `Statement.execute*`/`addBatch`,
`Connection.prepareStatement`/`prepareCall`, Spring `JdbcTemplate` and
`NamedParameterJdbcTemplate`, JPA and Hibernate `createQuery`/`createNativeQuery`/`createSQLQuery`;
in Python, DB-API `cursor.execute`/`executemany`, `sqlite3` connections,
SQLAlchemy `text()` and `execute()` on a string, Django `raw()`, `extra()`
and `RawSQL`. The finding sits on the call that receives the SQL, and the
trace shows where the request value entered. Values bound as parameters
(`?`, `%s`, `:name`) and passed separately, ORM filters, and values typed as
numbers, booleans, UUIDs or enums are not reported.

In Go: `database/sql` `Query`/`QueryRow`/`Exec`/`Prepare` (and their
`Context` variants), sqlx `Select`/`Get`/`Queryx`/`MustExec`, GORM `Raw`,
`Exec` and the text conditions of `Where`/`Order`/`Group`/`Having`.

## Why is this bad?

When user input becomes part of the SQL text, the database cannot tell data
from code. A quote in a search box can end the string literal and append
`OR 1=1`, a `UNION SELECT` that reads other tables, or a stacked statement
that updates or drops data. The attacker then works with the privileges of
the application's database account.

## Example

```java
@GetMapping("/users")
public List<User> search(@RequestParam String name) {
    String sql = "SELECT id, name FROM users WHERE name = '" + name + "'";
    return jdbcTemplate.query(sql, userRowMapper);
}
```

```python
@app.route("/users")
def search():
    name = request.args.get("name", "")
    cur = db.cursor()
    cur.execute("SELECT id, name FROM users WHERE name = '%s'" % name)
    return jsonify(cur.fetchall())
```

```go
func search(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	rows, _ := db.Query("SELECT id, name FROM users WHERE name = '" + name + "'")
	defer rows.Close()
}
```

## Use instead

```java
@GetMapping("/users")
public List<User> search(@RequestParam String name) {
    String sql = "SELECT id, name FROM users WHERE name = ?";
    return jdbcTemplate.query(sql, userRowMapper, name);
}
```

```python
@app.route("/users")
def search():
    name = request.args.get("name", "")
    cur = db.cursor()
    cur.execute("SELECT id, name FROM users WHERE name = %s", (name,))
    return jsonify(cur.fetchall())
```

Identifiers (column or table names for sorting) cannot be bound: map the
request value onto a fixed allow-list of names instead.

```go
func search(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	rows, _ := db.Query("SELECT id, name FROM users WHERE name = $1", name)
	defer rows.Close()
}
```

## References

- [CWE-89: SQL Injection](https://cwe.mitre.org/data/definitions/89.html)
- [OWASP Top 10 2021 – A03 Injection](https://owasp.org/Top10/A03_2021-Injection/)
- [OWASP SQL Injection Prevention Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(context, &RULE, |_| true, out);
}
