//! DESIGN "Bad input": each problem file is reported once as a note with
//! its path and skipped; the scan goes on and never panics or hangs.

mod common;

use common::{finding_paths, notes, plumb, write, PROBE_PY};

fn note_for<'a>(notes: &'a [(String, String)], path: &str) -> Option<&'a str> {
    notes
        .iter()
        .find(|(note_path, _)| note_path == path)
        .map(|(_, message)| message.as_str())
}

#[test]
fn unreadable_binary_and_invalid_utf8_files_become_notes() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, "binary.py", b"print(1)\0\x01\x02");
    write(
        root,
        "latin1.java",
        b"class A { String s = \"caf\xe9\"; }\n",
    );
    // Running as root, chmod 000 does not stop reads: a dangling symlink is
    // the unreadable file here.
    std::os::unix::fs::symlink(root.join("missing.py"), root.join("dangling.py")).unwrap();
    // A directory named like a source file, and a FIFO (reading one blocks).
    std::fs::create_dir_all(root.join("Weird.java")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(root.join("pipe.py"))
        .status();
    write(root, "probe.py", PROBE_PY);

    let run = plumb(root, &["scan", "--format", "json", "."]);
    run.assert_finished();
    let notes = notes(&run);
    assert!(
        note_for(&notes, "binary.py").is_some_and(|m| m.contains("binary")),
        "{notes:?}"
    );
    assert!(
        note_for(&notes, "latin1.java").is_some_and(|m| m.contains("UTF-8")),
        "{notes:?}"
    );
    assert!(
        note_for(&notes, "dangling.py").is_some_and(|m| m.contains("cannot read")),
        "{notes:?}"
    );
    if fifo.is_ok_and(|status| status.success()) {
        assert!(note_for(&notes, "pipe.py").is_none(), "{notes:?}");
    }
    // Each problem once.
    let binary_notes = notes.iter().filter(|(path, _)| path == "binary.py").count();
    assert_eq!(binary_notes, 1, "{notes:?}");
    // And the rest of the tree was still scanned.
    assert!(
        finding_paths(&run).contains(&"probe.py".to_owned()),
        "{}",
        run.stdout
    );
}

#[test]
fn notes_go_to_stderr_in_text_mode() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "binary.py", b"\0\0\0");
    let run = plumb(tmp.path(), &["scan"]);
    run.assert_code(0);
    assert!(run.stderr.contains("binary.py"), "{}", run.stderr);
    assert!(!run.stdout.contains("binary.py"), "{}", run.stdout);
}

#[test]
fn a_file_over_the_size_limit_is_skipped_with_a_note() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let line = "value = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\n";
    write(
        root,
        "huge.py",
        line.repeat(5 * 1024 * 1024 / line.len() + 1),
    );
    write(root, "probe.py", PROBE_PY);
    let run = plumb(root, &["scan", "--format", "json"]);
    run.assert_finished();
    let notes = notes(&run);
    let message =
        note_for(&notes, "huge.py").unwrap_or_else(|| panic!("no note for huge.py: {notes:?}"));
    assert!(message.contains("limit"), "{message}");
    assert!(finding_paths(&run).contains(&"probe.py".to_owned()));

    // With a higher limit it is analysed (or noted for another reason), never a crash.
    let run = plumb(
        root,
        &["scan", "--format", "json", "--max-file-size", "16MiB"],
    );
    run.assert_finished();
    assert!(notes_without_limit(&common::notes(&run)));
}

fn notes_without_limit(notes: &[(String, String)]) -> bool {
    !notes
        .iter()
        .any(|(path, message)| path == "huge.py" && message.contains("limit"))
}

#[test]
fn deeply_nested_java_and_python_finish() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let depth = 10_000;
    let java = format!(
        "class Deep {{\n  int f(int x) {{\n    return {}x{};\n  }}\n  void g() {{ {} }}\n}}\n",
        "(".repeat(depth),
        ")".repeat(depth),
        "{".repeat(depth) + &"}".repeat(depth),
    );
    write(root, "Deep.java", java);
    let python = format!(
        "x = {}1{}\ny = {}\n",
        "[".repeat(depth),
        "]".repeat(depth),
        "-".repeat(depth) + "1",
    );
    write(root, "deep.py", python);
    let mut nested_blocks = String::new();
    for level in 0..1_000 {
        nested_blocks.push_str(&" ".repeat(level));
        nested_blocks.push_str("if x:\n");
    }
    nested_blocks.push_str(&" ".repeat(1_000));
    nested_blocks.push_str("pass\n");
    write(root, "deep_blocks.py", nested_blocks);
    write(root, "probe.py", PROBE_PY);
    let run = plumb(root, &["scan", "--format", "json"]);
    run.assert_finished();
    assert!(finding_paths(&run).contains(&"probe.py".to_owned()));
}

#[test]
fn symlink_loops_do_not_hang() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, "pkg/probe.py", PROBE_PY);
    std::os::unix::fs::symlink(".", root.join("loop")).unwrap();
    std::os::unix::fs::symlink("..", root.join("pkg/up")).unwrap();
    std::os::unix::fs::symlink(root.join("pkg"), root.join("pkg/again")).unwrap();
    let run = plumb(root, &["scan", "--format", "json"]);
    run.assert_finished();
    // Scanned once, under its own name.
    assert_eq!(finding_paths(&run), ["pkg/probe.py"]);
}

#[test]
fn syntax_errors_become_one_note_and_the_rest_is_scanned() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(
        root,
        "broken.py",
        "def f(:\n    return 1\n\ndef g(x):\n    return x\n",
    );
    write(root, "Broken.java", "class A { void f( { } }\n");
    write(root, "good.py", "def ok(x):\n    return x\n");
    write(root, "probe.py", PROBE_PY);
    let run = plumb(root, &["scan", "--format", "json"]);
    run.assert_finished();
    let notes = notes(&run);
    for path in ["broken.py", "Broken.java"] {
        let message =
            note_for(&notes, path).unwrap_or_else(|| panic!("no note for {path}: {notes:?}"));
        assert!(message.contains("syntax error"), "{message}");
        assert!(message.contains("first at line 1"), "{message}");
    }
    assert!(note_for(&notes, "good.py").is_none(), "{notes:?}");
    assert!(finding_paths(&run).contains(&"probe.py".to_owned()));
}

#[test]
fn a_file_named_on_the_command_line_in_an_unknown_language_is_noted() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "Main.hs", "main = putStrLn \"hi\"\n");
    let run = plumb(tmp.path(), &["scan", "--format", "json", "Main.hs"]);
    run.assert_code(0);
    let notes = notes(&run);
    assert!(note_for(&notes, "Main.hs").is_some(), "{notes:?}");
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let run = plumb(tmp.path(), &["scan", "no-such-dir"]);
    run.assert_code(2);
    assert!(run.stderr.contains("no-such-dir"), "{}", run.stderr);
}
