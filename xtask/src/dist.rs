//! Builds `dist/`, the files an intranet page embeds:
//!
//! - `competence-wheel.js`   ES module: wasm-bindgen's glue plus the custom element
//! - `competence-wheel.wasm` the widget, release-built and run through wasm-opt -Oz
//! - `competence-wheel.css`  the widget's stylesheet (loaded into its shadow root)
//! - `frame.html`, `frame.js`, `frame.css`  a page to embed with an iframe

use std::fs;
use std::process::Command;

use crate::{root, run};

const WASM_OPT_FEATURES: &[&str] = &[
    "--enable-reference-types",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-multivalue",
    "--enable-mutable-globals",
];

pub fn build() -> Result<(), String> {
    let root = root();
    run(Command::new("cargo").args([
        "build",
        "--release",
        "--lib",
        "--package",
        "competence-wheel",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    let bindgen = root.join("target/wasm-bindgen");
    run(Command::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "competence-wheel",
            "--out-dir",
        ])
        .arg(&bindgen)
        .arg(root.join("target/wasm32-unknown-unknown/release/competence_wheel.wasm")))?;

    let dist = root.join("dist");
    fs::create_dir_all(&dist).map_err(|err| format!("cannot create dist/: {err}"))?;
    run(Command::new(root.join("node_modules/.bin/wasm-opt"))
        .arg(bindgen.join("competence-wheel_bg.wasm"))
        .args(["-Oz", "--strip-debug", "--strip-producers"])
        .args(WASM_OPT_FEATURES)
        .arg("-o")
        .arg(dist.join("competence-wheel.wasm")))?;

    let glue = read(&bindgen.join("competence-wheel.js"))?;
    let element = read(&root.join("src/js/element.js"))?;
    write(
        &dist.join("competence-wheel.js"),
        &format!("{glue}\n{element}"),
    )?;
    let css = read(&root.join("styles/competence-wheel.css"))?;
    write(&dist.join("competence-wheel.css"), &without_comments(&css))?;
    // The iframe page, for intranets that allow an iframe but no script.
    for file in ["frame.html", "frame.js", "frame.css"] {
        write(&dist.join(file), &read(&root.join("src/js").join(file))?)?;
    }
    eprintln!("dist/ built");
    Ok(())
}

/// The stylesheet without its comments and blank lines: the source explains
/// itself at length, and every widget on a page loads it.
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), _) if c == q => {
                quote = None;
                out.push(c);
            }
            (Some(_), '\\') => {
                out.push(c);
                out.extend(chars.next());
            }
            (Some(_), _) => out.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                out.push(c);
            }
            (None, '/') if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = ' ';
                for c in chars.by_ref() {
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
            }
            (None, _) => out.push(c),
        }
    }
    out.lines()
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn read(path: &std::path::Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))
}

fn write(path: &std::path::Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::without_comments;

    #[test]
    fn comments_go_and_strings_stay() {
        let css = "/* a */\n.a {\n  content: \"/* kept */\";\n\n  color: red; /* b */\n}\n";
        assert_eq!(
            without_comments(css),
            ".a {\n  content: \"/* kept */\";\n  color: red; \n}\n"
        );
    }
}
