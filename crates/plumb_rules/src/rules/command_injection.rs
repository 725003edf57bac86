use crate::context::Context;
use crate::{Category, Diagnostic, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "command-injection",
    title: "OS command injection",
    category: Category::Security,
    severity: Severity::Critical,
    cwe: &[78],
    owasp: &["A03:2021"],
    languages: &["java", "python", "go"],
    docs: r#"## What it does

Reports request data that decides what the operating system runs: a string
passed to `Runtime.exec(String)`, which splits it into a program and its
arguments; the program (first element) of a `Runtime.exec(String[])` or
`ProcessBuilder` command, or the script after `sh -c` or `cmd /c`; in
Python, a tainted string given to `os.system`, `os.popen` or any
`subprocess` function with `shell=True`, or a tainted program as the first
element of an argument list. A request value that is only a later element
of an argument list run without a shell is not reported, nor is a shell
string whose pieces went through `shlex.quote`.

In Go: `os/exec.Command`/`CommandContext` when the program is request
data, or a shell (`sh -c`) runs a script built from it.

## Why is this bad?

A shell gives meaning to `;`, `|`, `&&`, backticks and `$(...)`. If any part
of the command line comes from a request, an attacker can append a command
of their own and run it with the service's account: read secrets, install a
backdoor, move on to the rest of the network. Choosing the program itself
is just as direct.

## Example

```java
@PostMapping("/ping")
public String ping(@RequestParam String host) throws IOException {
    Process p = Runtime.getRuntime().exec("ping -c 1 " + host);
    return new String(p.getInputStream().readAllBytes());
}
```

```python
@app.route("/ping", methods=["POST"])
def ping():
    host = request.form["host"]
    out = subprocess.check_output(f"ping -c 1 {host}", shell=True)
    return out.decode()
```

```go
func ping(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).Output()
	w.Write(out)
}
```

## Use instead

Pass an argument list with a fixed program and no shell, and validate the
value as what it should be (here a host name):

```java
@PostMapping("/ping")
public String ping(@RequestParam String host) throws IOException {
    if (!HOST.matcher(host).matches()) throw new IllegalArgumentException("bad host");
    Process p = new ProcessBuilder("ping", "-c", "1", "--", host).start();
    return new String(p.getInputStream().readAllBytes());
}
```

```python
@app.route("/ping", methods=["POST"])
def ping():
    host = request.form["host"]
    out = subprocess.check_output(["ping", "-c", "1", "--", host])
    return out.decode()
```

```go
func ping(w http.ResponseWriter, r *http.Request) {
	host := r.FormValue("host")
	out, _ := exec.Command("ping", "-c", "1", "--", host).Output()
	w.Write(out)
}
```

## References

- [CWE-78: OS Command Injection](https://cwe.mitre.org/data/definitions/78.html)
- [OWASP Top 10 2021 – A03 Injection](https://owasp.org/Top10/A03_2021-Injection/)
- [OWASP OS Command Injection Defense Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html)
"#,
};

const SHELLS: &[&str] = &[
    "sh",
    "bash",
    "zsh",
    "dash",
    "ksh",
    "cmd",
    "cmd.exe",
    "powershell",
    "pwsh",
    "powershell.exe",
];

pub fn check(context: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for event in context.sinks(RULE.id) {
        let Some(argv) = &event.argv else {
            crate::taint::report_event(context, &RULE, event, &event.value.taint, out);
            continue;
        };
        // An argument vector runs its first element; other elements are data
        // unless the program is a shell told to run a script.
        let mut labels = Vec::new();
        if let Some(program) = argv.first() {
            labels.extend(program.taint.iter().copied());
            let shell = program.konst.as_single_str().is_some_and(|p| {
                let name = p.rsplit(['/', '\\']).next().unwrap_or(p);
                SHELLS.contains(&name.to_ascii_lowercase().as_str())
            });
            if shell {
                let script_flag = argv.iter().position(|a| {
                    matches!(
                        a.konst.as_single_str(),
                        Some("-c" | "/c" | "/C" | "-Command")
                    )
                });
                if let Some(flag) = script_flag {
                    for script in &argv[flag + 1..] {
                        labels.extend(script.taint.iter().copied());
                    }
                }
            }
        }
        crate::taint::report_event(context, &RULE, event, &labels, out);
    }
}
