//! The project's build tool: `cargo xtask <command>`.
//!
//! - `dist`  builds the embeddable files into `dist/`
//! - `serve` builds, then serves the demo at http://127.0.0.1:8000/ (`--no-build`:
//!   serves the `dist/` already built)
//! - `test`  runs every check and test (what `.ci/run` runs)
//! - `bench` prints size and speed figures (not part of `test`); `--trace`
//!   records a performance trace of clicks and says where their time goes
//! - `size`  checks the size budgets against the `dist/` already built;
//!   `--top N` lists the main wasm's N biggest functions and data segments
//! - `stress` runs the share flow many times in WebKitGTK and Firefox, counting traps
//!
//! Each command first installs whatever a fresh machine lacks (see `setup`);
//! `test` also the browsers of the cross-engine suite.

mod bench;
mod dist;
mod imports;
mod licences;
mod manifest;
mod package;
mod prerender;
mod segments;
mod serve;
mod setup;
mod size;
mod size_top;
mod stress;
mod test;
mod wheels;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask <dist | serve [--port N] [--no-build] | test | bench [--trace] | size [--top N] | stress [--runs N] [--engine E] [--no-build] [--env NAME=VALUE]... [--ulimit-v KIB] [--keep-pages N] [--diag]>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dist") => setup::all().and_then(|()| dist::build()),
        Some("serve") => {
            let port = match option(&args, "--port") {
                Some(port) => port
                    .parse()
                    .map_err(|_| format!("--port {port}: not a port number")),
                None => Ok(8000),
            };
            port.and_then(|port| {
                // `--no-build` serves the dist/ already built (a test run
                // that built it once, a second server on another port).
                if !args.iter().any(|a| a == "--no-build") {
                    setup::all()?;
                    dist::build()?;
                }
                serve::run(port)
            })
        }
        Some("test") => setup::for_tests().and_then(test::all),
        Some("bench") if args.iter().any(|a| a == "--trace") => {
            setup::all().and_then(|()| bench::trace())
        }
        Some("bench") => setup::all().and_then(|()| bench::run()),
        Some("size") => match option(&args, "--top") {
            Some(count) => count
                .parse()
                .map_err(|_| format!("--top {count}: not a number"))
                .and_then(size_top::run),
            None => size::check(),
        },
        Some("stress") => {
            let runs = match option(&args, "--runs") {
                Some(runs) => runs
                    .parse()
                    .ok()
                    .filter(|&runs: &u32| runs > 0)
                    .ok_or_else(|| format!("--runs {runs}: not a positive number")),
                None => Ok(100),
            };
            let build = !args.iter().any(|a| a == "--no-build");
            runs.and_then(|runs| {
                setup::for_tests()?.finish()?;
                stress::run(
                    runs,
                    option(&args, "--engine"),
                    build,
                    &stress::Browsers::parse(&args)?,
                )
            })
        }
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    let at = args.iter().position(|a| a == name)?;
    args.get(at + 1).map(String::as_str)
}

/// The workspace root (the parent of this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// Runs a command in the workspace root, echoing it, and fails if it fails.
pub fn run(command: &mut Command) -> Result<(), String> {
    command.current_dir(root());
    eprintln!("$ {}", describe(command));
    let started = std::time::Instant::now();
    let status = command
        .status()
        .map_err(|err| format!("could not start {}: {err}", describe(command)))?;
    // Where CI's time goes, in its log.
    let seconds = started.elapsed().as_secs_f64();
    if seconds >= 1.0 {
        eprintln!("xtask: {seconds:.1} s: {}", describe(command));
    }
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", describe(command)))
    }
}

/// Runs a command and returns its standard output, or `None` if it cannot run.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.current_dir(root()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}
