//! Test code by build conventions. Only marks findings; the analysis never
//! behaves differently because of where a file lives.

use std::path::Path;

/// Gradle/Maven source sets that hold tests.
const JVM_TEST_SOURCE_SETS: &[&str] = &["test", "testFixtures", "integrationTest", "it"];

/// `relative` is the `/`-separated path from the scan root.
pub fn is_test_path(relative: &Path) -> bool {
    let text = relative.to_string_lossy();
    let components: Vec<&str> = text.split('/').collect();
    let Some((file_name, dirs)) = components.split_last() else {
        return false;
    };
    // Maven/Gradle: src/test/..., whatever the language.
    let in_jvm_test_set = dirs
        .windows(2)
        .any(|pair| pair[0] == "src" && JVM_TEST_SOURCE_SETS.contains(&pair[1]));
    if in_jvm_test_set {
        return true;
    }
    // Go: `go test` builds `_test.go` files only; `testdata` holds fixtures.
    if file_name.ends_with(".go") {
        return file_name.ends_with("_test.go") || dirs.contains(&"testdata");
    }
    // RSpec and Minitest: `spec/` and `test/`, `*_spec.rb` and `*_test.rb`.
    if file_name.ends_with(".rb") {
        let in_test_dir = dirs.iter().any(|dir| *dir == "spec" || *dir == "test");
        return in_test_dir || file_name.ends_with("_spec.rb") || file_name.ends_with("_test.rb");
    }
    // PHPUnit: `tests/` directories and `*Test.php` classes.
    if file_name.ends_with(".php") {
        let in_test_dir = dirs.iter().any(|dir| *dir == "tests" || *dir == "test");
        return in_test_dir || file_name.ends_with("Test.php");
    }
    // Jest, Mocha, Vitest: `*.test.js`, `*.spec.ts`, `__tests__/`, `test/`.
    if let Some((stem, extension)) = file_name.rsplit_once('.') {
        if matches!(
            extension,
            "js" | "mjs" | "cjs" | "jsx" | "ts" | "mts" | "cts" | "tsx"
        ) {
            let in_test_dir = dirs
                .iter()
                .any(|dir| matches!(*dir, "test" | "tests" | "__tests__" | "spec"));
            return in_test_dir
                || stem.ends_with(".test")
                || stem.ends_with(".spec")
                || stem.ends_with("-test")
                || stem.ends_with("_test");
        }
    }
    // .NET: test projects are named `*.Tests` / `*.Test` / `*.UnitTests`.
    if file_name.ends_with(".cs") {
        return dirs.iter().any(|dir| {
            dir.ends_with(".Tests") || dir.ends_with(".Test") || dir.ends_with(".UnitTests")
        }) || file_name.ends_with("Tests.cs");
    }
    // Cargo: integration tests under `tests/`, benches under `benches/`.
    if file_name.ends_with(".rs") {
        return dirs.iter().any(|dir| *dir == "tests" || *dir == "benches");
    }
    if file_name.ends_with(".py") {
        let in_test_dir = dirs.iter().any(|dir| *dir == "tests" || *dir == "test");
        return in_test_dir
            || file_name.starts_with("test_")
            || file_name.ends_with("_test.py")
            || *file_name == "conftest.py";
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conventions() {
        let yes = [
            "src/test/java/com/acme/UserTest.java",
            "service/src/test/resources/application.yml",
            "tests/test_views.py",
            "app/tests/helpers.py",
            "test_api.py",
            "app/api_test.py",
            "conftest.py",
            "internal/api/handlers_test.go",
            "pkg/parse/testdata/input.go",
            "spec/models/user_spec.rb",
            "test/controllers/users_controller_test.rb",
            "lib/parser_spec.rb",
            "tests/Feature/UserTest.php",
            "src/UserControllerTest.php",
            "test/routes.test.js",
            "src/api/users.spec.ts",
            "src/__tests__/users.js",
            "lib/router.test.mjs",
            "Shop.Tests/OrdersControllerTests.cs",
            "tests/Shop.UnitTests/OrderTests.cs",
            "tests/api.rs",
        ];
        let no = [
            "src/main/java/com/acme/test/Helper.java",
            "src/main/java/com/acme/UserTest.java",
            "app/views.py",
            "app/contest.py",
            "app/testing.py",
            "internal/api/handlers.go",
            "internal/testing/helpers.go",
            "app/controllers/users_controller.rb",
            "lib/testing/helpers.rb",
            "app/Http/Controllers/UserController.php",
            "src/Testing.php",
            "src/routes/users.js",
            "src/testing/fixtures.ts",
            "lib/contest.js",
            "Shop.Api/Controllers/OrdersController.cs",
            "src/tests_util.rs",
            "src/main.rs",
        ];
        for path in yes {
            assert!(is_test_path(Path::new(path)), "{path}");
        }
        for path in no {
            assert!(!is_test_path(Path::new(path)), "{path}");
        }
    }
}
