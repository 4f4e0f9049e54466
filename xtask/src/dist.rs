//! Builds `dist/`, the files an intranet page embeds:
//!
//! - `competence-wheel.js`   ES module: wasm-bindgen's glue plus the custom element
//! - `competence-wheel.wasm` the widget, release-built and run through wasm-opt -Oz
//! - `competence-wheel.css`  the widget's stylesheet (loaded into its shadow root),
//!   `styles/*.css` concatenated in [`STYLES`] order
//! - `frame.html`, `frame.js`, `frame.css`  a page to embed with an iframe
//! - `editor.html`, `editor-page.css`, `competence-wheel-editor.css`  the wheel editor
//!
//! JavaScript and CSS are minified with esbuild, and every file gets `.gz`
//! and `.br` siblings so a server can send them precompressed.

use std::fs;
use std::path::Path;
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
        // Measured on this wheel (`cargo xtask bench`): inlining functions
        // with one caller up to 10 instructions and iterating to a fixed
        // point gives 7 % less gzip than plain -Oz; 5–50 were all within
        // 1.5 % of it.
        .args(["-Oz", "-ocimfs", "10", "--converge"])
        .args(["--strip-debug", "--strip-producers"])
        .args(WASM_OPT_FEATURES)
        .arg("-o")
        .arg(dist.join("competence-wheel.wasm")))?;

    let glue = read(&bindgen.join("competence-wheel.js"))?;
    let element = read(&root.join("src/js/element.js"))?;
    let module = bindgen.join("competence-wheel.module.js");
    write(&module, &format!("{glue}\n{element}"))?;
    minify(&module, &dist.join("competence-wheel.js"))?;
    // One stylesheet from the per-component files, in cascade order.
    let mut styles = String::new();
    for name in STYLES {
        styles.push_str(&read(&root.join("styles").join(format!("{name}.css")))?);
        styles.push('\n');
    }
    let concatenated = root.join("target/competence-wheel.css");
    write(&concatenated, &styles)?;
    minify(&concatenated, &dist.join("competence-wheel.css"))?;
    // The iframe page, for intranets that allow an iframe but no script.
    write(
        &dist.join("frame.html"),
        &read(&root.join("src/js/frame.html"))?,
    )?;
    for file in ["frame.js", "frame.css"] {
        minify(&root.join("src/js").join(file), &dist.join(file))?;
    }
    // The wheel editor's page, and its stylesheet, which only the editor loads.
    write(
        &dist.join("editor.html"),
        &read(&root.join("src/js/editor.html"))?,
    )?;
    minify(
        &root.join("src/js/editor-page.css"),
        &dist.join("editor-page.css"),
    )?;
    minify(
        &root.join("styles/editor.css"),
        &dist.join("competence-wheel-editor.css"),
    )?;
    compress(&dist)?;
    eprintln!("dist/ built");
    Ok(())
}

/// The widget's stylesheets (`styles/<name>.css`), one per component, in the
/// order they are concatenated: the frame and shared buttons first, then each
/// component with its own forced-colours, present and print rules beside its
/// base rules; presenting last, since a slide restyles the others' blocks.
pub const STYLES: &[&str] = &[
    "base", "buttons", "wheel", "key", "root", "panel", "rating", "notices", "toolbar", "profile",
    "share", "group", "present",
];

/// Minifies a JavaScript module or a stylesheet with esbuild (by extension).
fn minify(from: &Path, to: &Path) -> Result<(), String> {
    run(Command::new(root().join("node_modules/.bin/esbuild"))
        .arg(from)
        .args(["--minify", "--log-level=warning", "--target=es2020"])
        .arg(format!("--outfile={}", to.display())))
}

/// Writes `.gz` (gzip -9) and `.br` (brotli 11) beside every file in `dir`.
fn compress(dir: &Path) -> Result<(), String> {
    run(Command::new("node")
        .arg(root().join("xtask/compress.mjs"))
        .arg(dir))
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
}
