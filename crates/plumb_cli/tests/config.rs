//! Configuration errors name the file, the key and the accepted values,
//! and exit 2.

mod common;

use common::{finding_paths, plumb, write, PROBE_PY};

fn config_error(file: &str, contents: &str, args: &[&str]) -> String {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), file, contents);
    write(tmp.path(), "probe.py", PROBE_PY);
    let mut all_args = vec!["scan"];
    all_args.extend_from_slice(args);
    let run = plumb(tmp.path(), &all_args);
    run.assert_code(2);
    run.stderr
}

#[test]
fn unknown_key() {
    let stderr = config_error("plumb.toml", "excludes = [\"legacy\"]\n", &[]);
    assert!(
        stderr.contains(
            "plumb.toml: unknown key `excludes` (accepted: exclude, select, ignore, confidence, fail-on, max-file-size, models)"
        ),
        "{stderr}"
    );
}

#[test]
fn bad_values_name_the_key_and_the_accepted_values() {
    let stderr = config_error("plumb.toml", "confidence = \"high\"\n", &[]);
    assert!(
        stderr.contains("plumb.toml: `confidence` must be one of proven, audit"),
        "{stderr}"
    );
    let stderr = config_error("plumb.toml", "fail-on = \"severe\"\n", &[]);
    assert!(
        stderr.contains(
            "plumb.toml: `fail-on` must be one of critical, high, medium, low, info, none"
        ),
        "{stderr}"
    );
    let stderr = config_error("plumb.toml", "exclude = \"legacy\"\n", &[]);
    assert!(
        stderr.contains("plumb.toml: `exclude` must be a list of strings"),
        "{stderr}"
    );
    let stderr = config_error("plumb.toml", "select = [\"sqli\"]\n", &[]);
    assert!(
        stderr.contains("plumb.toml: `select`: unknown rule `sqli`"),
        "{stderr}"
    );
    assert!(stderr.contains("sql-injection"), "{stderr}");
    let stderr = config_error(
        "plumb.toml",
        "models = [{ language = \"go\", path = \"m.toml\" }]\n",
        &[],
    );
    assert!(
        stderr.contains("`models[0].language` must be one of java, python"),
        "{stderr}"
    );
}

#[test]
fn invalid_toml_names_the_file_and_line() {
    let stderr = config_error("plumb.toml", "exclude = [\"a\"]\nselect = [\n", &[]);
    assert!(stderr.contains("plumb.toml:"), "{stderr}");
    assert!(stderr.contains("invalid TOML"), "{stderr}");
}

#[test]
fn pyproject_tool_plumb_is_read_and_checked() {
    let stderr = config_error(
        "pyproject.toml",
        "[project]\nname = \"x\"\n\n[tool.plumb]\nexlude = []\n",
        &[],
    );
    assert!(
        stderr.contains("pyproject.toml [tool.plumb]: unknown key `exlude`"),
        "{stderr}"
    );

    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "pyproject.toml",
        "[tool.plumb]\nexclude = [\"legacy\"]\n",
    );
    write(tmp.path(), "legacy/probe.py", PROBE_PY);
    write(tmp.path(), "app/probe.py", PROBE_PY);
    let run = plumb(tmp.path(), &["scan", "--format", "json"]);
    run.assert_code(1);
    assert_eq!(finding_paths(&run), ["app/probe.py"]);
}

#[test]
fn explicit_config_file() {
    let stderr = config_error(
        "ci/plumb.toml",
        "ignore = 3\n",
        &["--config", "ci/plumb.toml"],
    );
    assert!(
        stderr.contains("ci/plumb.toml: `ignore` must be a list of strings"),
        "{stderr}"
    );
    let tmp = tempfile::tempdir().unwrap();
    let run = plumb(tmp.path(), &["scan", "--config", "missing.toml"]);
    run.assert_code(2);
    assert!(run.stderr.contains("missing.toml"), "{}", run.stderr);
}

#[test]
fn command_line_values_are_checked_too() {
    let stderr = config_error("README.md", "", &["--select", "sql-injections"]);
    assert!(
        stderr.contains("--select: unknown rule `sql-injections`; did you mean sql-injection"),
        "{stderr}"
    );
    let stderr = config_error("README.md", "", &["--exclude", "a[", "."]);
    assert!(
        stderr.contains("--exclude: invalid exclude glob `a[`"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        &["scan", "--format", "xml"][..],
        &["scan", "--fail-on", "severe"],
        &["scan", "--confidence", "maybe"],
        &["scan", "--jobs", "0"],
        &["no-such-command"],
    ] {
        let run = plumb(tmp.path(), args);
        run.assert_code(2);
    }
}

#[test]
fn configured_fail_on_and_select_apply() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "probe.py", PROBE_PY);
    // The probe is an info finding: below `high`, so the run is clean.
    write(tmp.path(), "plumb.toml", "fail-on = \"high\"\n");
    plumb(tmp.path(), &["scan"]).assert_code(0);
    // The command line wins over the configuration.
    plumb(tmp.path(), &["scan", "--fail-on", "info"]).assert_code(1);
    write(tmp.path(), "plumb.toml", "select = [\"sql-injection\"]\n");
    plumb(tmp.path(), &["scan"]).assert_code(0);
}
