//! `cargo xtask test`: every check and test the project has, in the order
//! that fails fastest: formatting, native lints and tests (pure core and
//! server-rendered components) in one build, lints for wasm32 (the library
//! and the example Yew app), then the browser tests against a fresh
//! `dist/`: the full Playwright suite in Chromium, then the cross-engine
//! suite (`tests/engines/`) in Firefox ESR and WebKitGTK.

use std::path::Path;
use std::process::Command;

use crate::{dist, root, run, serve, setup, size};

/// What `.ci/run` sets for every build, so that building xtask and the
/// native tests share their compiled crates (see xtask/Cargo.toml).
const WORKSPACE_WRAPPER: &str = "clippy-driver";
const CLIPPY_ARGS: &str = "-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__";

/// Runs everything; `installing` (npm and the browsers) finishes in the
/// background while the Rust checks compile, and is waited for before `dist`.
pub fn all(installing: setup::Installing) -> Result<(), String> {
    run(Command::new("cargo").args(["fmt", "--all", "--", "--check"]))?;
    native_checks()?;
    installing.finish()?;
    // The wasm's release build stays after the native checks: run beside
    // them it waits anyway, for cargo's lock on the package cache, which
    // `cargo test` holds until its tests have run.
    dist::build()?;
    size::check()?;

    // Two origins: the demo, and a second one that embeds the frame page.
    let mut ports = Vec::new();
    for _ in 0..2 {
        let listener = serve::bind(0)?;
        ports.push(listener.local_addr().map_err(|err| err.to_string())?.port());
        std::thread::spawn(move || serve::accept(listener));
    }
    let base_url = format!("http://127.0.0.1:{}", ports[0]);
    let retries = root().join("target/retries");
    std::fs::remove_dir_all(&retries).or_else(|err| match err.kind() {
        std::io::ErrorKind::NotFound => Ok(()),
        _ => Err(format!("{}: {err}", retries.display())),
    })?;
    let browsers = run(Command::new("npx")
        .args(["playwright", "test"])
        .env("BASE_URL", &base_url)
        .env("OTHER_ORIGIN", format!("http://127.0.0.1:{}", ports[1])))
    .and_then(|()| {
        // One browser per engine for all its checks, both engines at once: on an
        // idle 2-core machine 17 s together against 26 s one after the other.
        run(Command::new("node")
            .args([
                "--test",
                "--test-reporter=spec",
                "--test-concurrency=2",
                "tests/engines/firefox.test.mjs",
                "tests/engines/webkit.test.mjs",
            ])
            .env("BASE_URL", &base_url))
    });
    report_retries(&retries);
    browsers
}

/// The native lints and tests, then the lints for wasm32.
fn native_checks() -> Result<(), String> {
    // The native lints and tests in one build: clippy-driver compiles the
    // workspace's crates for the tests as rustc would, linting them on the
    // way (as `cargo clippy` has it do, which sets the same two variables),
    // so the dependencies are compiled once, not once to check and once to
    // test: 70 s less on a 2-core machine. `cargo test` builds every target
    // `cargo clippy --all-targets` checks (the workspace has no benches).
    run(Command::new("cargo")
        .args([
            "test",
            "--workspace",
            "--features",
            "competence-wheel/serde",
        ])
        .env("RUSTC_WORKSPACE_WRAPPER", WORKSPACE_WRAPPER)
        .env("CLIPPY_ARGS", CLIPPY_ARGS))?;
    // The library for the browser, and the example Yew app (examples/yew-app)
    // against the library's public component: checked for wasm32 in one
    // run, so their dependencies are compiled once.
    run(Command::new("cargo").args([
        "clippy",
        "--package",
        "competence-wheel",
        "--package",
        "yew-app",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))
}

/// Prints how many retries the browser tests used, in one line, and what
/// each was for: a run is clean only with none (a retry that passed is
/// "flaky" in the log above, easy to miss). Playwright's reporter and the
/// engine suite write one line per retry under `target/retries/`.
fn report_retries(dir: &Path) {
    let mut lines: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .flat_map(|text| text.lines().map(str::to_owned).collect::<Vec<_>>())
        .filter(|line| !line.trim().is_empty())
        .collect();
    lines.sort();
    eprintln!("xtask: retries used: {}", lines.len());
    for line in lines {
        eprintln!("xtask:   retried: {line}");
    }
}
