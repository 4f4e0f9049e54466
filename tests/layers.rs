//! The layers, checked on the source: the core does no I/O and holds no
//! page-wide state, and imports run one way (components → core, components
//! → edge → core; never back).

use std::path::Path;

/// Every `.rs` file under `src/<folder>`, with its whole text.
fn files(folder: &str) -> Vec<(std::path::PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(folder);
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                files.push((path, text));
            }
        }
    }
    assert!(!files.is_empty(), "no sources under src/{folder}");
    files
}

/// Every `.rs` file under `src/<folder>`, code only: comments may name the
/// other layers.
fn sources(folder: &str) -> Vec<(String, String)> {
    files(folder)
        .into_iter()
        .map(|(path, text)| {
            let code: Vec<&str> = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect();
            (path.display().to_string(), code.join("\n"))
        })
        .collect()
}

#[test]
fn the_core_touches_no_browser_and_imports_no_outer_layer() {
    for (path, text) in sources("core") {
        for word in [
            "web_sys",
            "js_sys",
            "wasm_bindgen",
            "gloo",
            "crate::edge",
            "crate::components",
        ] {
            assert!(!text.contains(word), "{path} mentions {word}");
        }
    }
}

#[test]
fn the_core_holds_no_page_wide_state() {
    // What the core returns depends on its inputs alone: a language, a
    // fetched chunk or anything else the page holds lives at the edge
    // (`edge::languages`, `edge::chunks`) and reaches the core as a value.
    for (path, text) in sources("core") {
        for word in ["thread_local!", "static mut", "OnceCell", "OnceLock"] {
            assert!(!text.contains(word), "{path} holds page-wide state: {word}");
        }
    }
}

#[test]
fn the_edge_never_imports_components() {
    for (path, text) in sources("edge") {
        // web.rs mounts the root component: the one entry point allowed to.
        if path.ends_with("web.rs") {
            continue;
        }
        assert!(
            !text.contains("crate::components"),
            "{path} imports a component"
        );
    }
}

/// Components do no browser work themselves: it goes through the edge's
/// hooks and functions, so a component reads without knowing the browser
/// and renders on the server.
#[test]
fn components_never_reach_the_browser_themselves() {
    for (path, text) in sources("components") {
        for word in ["web_sys", "js_sys", "gloo"] {
            assert!(!text.contains(word), "{path} mentions {word}");
        }
    }
}

/// Files that fit in a head: no component file over 300 lines, no core
/// module over 700 lines before its tests (a module's `tests.rs` is its
/// tests).
#[test]
fn files_fit_in_a_head() {
    for (folder, most) in [("components", 300), ("core", 700)] {
        for (path, text) in files(folder) {
            // A module's `tests.rs` is its tests.
            if path.ends_with("tests.rs") {
                continue;
            }
            let lines = text
                .lines()
                .take_while(|line| line.trim() != "#[cfg(test)]")
                .count();
            assert!(
                lines <= most,
                "{} has {lines} lines (at most {most})",
                path.display()
            );
        }
    }
}
