//! The same input gives byte-identical JSON and SARIF whatever the number
//! of worker threads: which thread analyses what first must not show.

mod common;

use std::path::Path;

use common::plumb;

fn scan_with_jobs(root: &Path, target: &str, format: &str, jobs: &str) -> String {
    let run = plumb(
        root,
        &[
            "scan",
            "--format",
            format,
            "--confidence",
            "audit",
            "--jobs",
            jobs,
            target,
        ],
    );
    run.assert_finished();
    run.stdout
}

fn assert_same_for_every_job_count(target: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for format in ["json", "sarif"] {
        let serial = scan_with_jobs(&root, target, format, "1");
        assert!(serial.len() > 100, "{target}: empty {format} output");
        for jobs in ["2", "8"] {
            let parallel = scan_with_jobs(&root, target, format, jobs);
            assert!(
                serial == parallel,
                "{target}: {format} output with --jobs {jobs} differs from --jobs 1"
            );
        }
    }
}

#[test]
fn examples_report_the_same_with_any_number_of_threads() {
    assert_same_for_every_job_count("examples");
}

#[test]
fn fixtures_report_the_same_with_any_number_of_threads() {
    assert_same_for_every_job_count("fixtures");
}
