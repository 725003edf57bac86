//! The shipped models load, and every rule id they name exists.

use plumb_models::Models;

#[test]
fn builtin_models_load_and_name_known_rules() {
    let models = Models::builtin().expect("the shipped models parse");
    assert!(models.java.functions.len() > 100, "Java models are present");
    assert!(
        models.python.functions.len() > 100,
        "Python models are present"
    );
    for (callee, rule) in models.named_rules() {
        // `$...` ids are the engine's own markers (CR/LF removed, path normalised).
        if rule.starts_with('$') {
            continue;
        }
        assert!(
            plumb_rules::rule(&rule).is_some(),
            "{callee} names unknown rule `{rule}`"
        );
    }
}

#[test]
fn a_bad_model_file_is_an_error_naming_file_and_key() {
    let mut models = Models::default();
    let error = models
        .add_file(
            "python",
            "user/models.toml",
            "[[function]]\ncallee = \"x.y\"\nsinks = \"xss\"\n",
        )
        .expect_err("unknown key");
    let message = error.to_string();
    assert!(message.contains("user/models.toml"), "{message}");
    assert!(message.contains("sinks"), "{message}");
    let error = models
        .add_file("cobol", "user/models.toml", "")
        .expect_err("unknown language");
    assert!(error.to_string().contains("accepted: java, python"));
}
