//! Where the wheel's rules and the editor's element ids live, checked on the
//! source: the rules are checked in one walk (`core/model/validate.rs`), for
//! loading and for the editor alike, and the core names places in a wheel
//! file, never the editor's elements.

use std::path::Path;

/// Every `.rs` file under `src/`, code only: comments and tests left out.
fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                let text = text.split("#[cfg(test)]").next().unwrap_or_default();
                let code: Vec<&str> = text
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("//"))
                    .collect();
                let name = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
                files.push((name.display().to_string(), code.join("\n")));
            }
        }
    }
    assert!(files.len() > 20, "the sources are found");
    files
}

#[test]
fn the_wheel_rules_are_checked_in_one_walk() {
    // The errors a rule makes (syntax, shape and size errors are the reader's).
    let rules = [
        "Empty {",
        "NoEntries {",
        "TooMany {",
        "TooLong {",
        "DuplicateId {",
        "BadId {",
        "LevelOrder {",
        "LevelCount {",
        "BadColor {",
    ];
    for (path, code) in sources() {
        if path.ends_with("src/core/model/validate.rs") {
            continue;
        }
        for line in code.lines() {
            // A pattern (`E::Empty { .. } =>`, or `| E::Empty { path }` in
            // an arm of several) reads an error; any other mention
            // (`Err(WheelError::Empty {`) makes one.
            let reads =
                line.contains("=>") || line.contains("..") || line.trim_start().starts_with('|');
            for rule in rules {
                let named = ["WheelError::", "E::"]
                    .iter()
                    .any(|alias| line.contains(&format!("{alias}{rule}")));
                assert!(
                    !named || reads,
                    "{path} makes an error outside the one walk: {}",
                    line.trim()
                );
            }
        }
    }
}

#[test]
fn the_core_makes_no_element_ids() {
    for (path, code) in sources() {
        if path.starts_with("src/core") {
            assert!(
                !code.contains("\"cwe"),
                "{path} makes an editor element id (`cwe…`)"
            );
        }
    }
}
