use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "path-traversal",
    title: "Path traversal",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[22],
    owasp: &["A01:2021"],
    languages: &["java", "python", "go"],
    docs: r#"## What it does

Reports request data used as a file system path: `new File(..)`,
`Paths.get`, `Path.of`, `Path.resolve`, `FileInputStream`,
`FileOutputStream`, `FileReader`, `FileWriter` and the read, write and
delete methods of `Files`; in Python `open`,
`os.remove`/`unlink`/`rename`/`listdir`, `shutil` functions,
`pathlib.Path(..)`, `base / name`, Flask `send_file` and Django `FileResponse(open(..))`. A value reduced to its last component
(`os.path.basename`, werkzeug `secure_filename`, Commons IO
`FilenameUtils.getName`), a file served with Flask `send_from_directory`,
and a path that is normalised (`normalize()`, `getCanonicalPath()`,
`os.path.realpath`, `Path.resolve()`) and then checked to start with the
base directory (`startsWith`, `startswith`, `is_relative_to`), with the
request rejected otherwise, are not reported, including where the path was
built before the check.

In Go: `os.Open`/`ReadFile`/`WriteFile`/`Create`/`Remove` and friends,
`http.ServeFile`, Gin `c.File`; `filepath.Base` keeps the last element
only, while `filepath.Clean` alone keeps a leading `..`.

## Why is this bad?

Sequences such as `../` or an absolute path let the caller step out of the
directory the code meant to use. Depending on the operation, an attacker can
read configuration files and keys, overwrite application files or scripts,
or delete data anywhere the service account can reach.

## Example

```java
@GetMapping("/files")
public byte[] download(@RequestParam String name) throws IOException {
    return Files.readAllBytes(Paths.get("/srv/uploads", name));
}
```

```python
@app.route("/files")
def download():
    name = request.args["name"]
    return send_file(os.path.join("/srv/uploads", name))
```

```go
func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	http.ServeFile(w, r, filepath.Join("/srv/files", name))
}
```

## Use instead

```java
private static final Path BASE = Paths.get("/srv/uploads").toAbsolutePath().normalize();

@GetMapping("/files")
public byte[] download(@RequestParam String name) throws IOException {
    Path file = BASE.resolve(name).normalize();
    if (!file.startsWith(BASE)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    return Files.readAllBytes(file);
}
```

```python
@app.route("/files")
def download():
    return send_from_directory("/srv/uploads", request.args["name"])
```

```go
func download(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	http.ServeFile(w, r, filepath.Join("/srv/files", name))
}
```

## References

- [CWE-22: Path Traversal](https://cwe.mitre.org/data/definitions/22.html)
- [OWASP Top 10 2021 – A01 Broken Access Control](https://owasp.org/Top10/A01_2021-Broken_Access_Control/)
- [OWASP Input Validation Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html)
"#,
};

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::taint::report_flows(context, &RULE, |_| true, out);
}
