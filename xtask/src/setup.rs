//! Installs what a fresh machine lacks, and nothing that is already there:
//! the wasm32 target, wasm-bindgen's CLI at the version Cargo.lock pins,
//! the npm dev packages (Playwright, axe-core, binaryen's wasm-opt,
//! puppeteer-core, selenium-webdriver) and Debian's browsers: Chromium for
//! every command, and for `test` also Firefox ESR, WebKitGTK's WebDriver and
//! Xvfb for the cross-engine suite.

use std::path::Path;
use std::process::Command;

use crate::{output, root, run};

/// What every command needs: the build tools and Chromium.
pub fn all() -> Result<(), String> {
    tools()?;
    browsers(&[CHROMIUM])
}

/// What `cargo xtask test` needs: the same, and the other two engines.
pub fn for_tests() -> Result<(), String> {
    tools()?;
    browsers(&[CHROMIUM, FIREFOX, WEBKIT, XVFB])
}

fn tools() -> Result<(), String> {
    wasm_target()?;
    wasm_bindgen_cli()?;
    npm_packages()
}

fn wasm_target() -> Result<(), String> {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The wasm-bindgen version in Cargo.lock; the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|err| format!("cannot read Cargo.lock: {err}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

fn wasm_bindgen_cli() -> Result<(), String> {
    let wanted = wasm_bindgen_version()?;
    let have = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(wanted.as_str()) {
        return Ok(());
    }
    // Not --locked: the registry here lacks one of its locked dependencies.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]))
}

fn npm_packages() -> Result<(), String> {
    let root = root();
    let stamp = root.join("node_modules/.package-lock.json");
    if is_newer(&stamp, &root.join("package-lock.json"))
        && is_newer(&stamp, &root.join("package.json"))
    {
        return Ok(());
    }
    if output(Command::new("npm").arg("--version")).is_none() {
        apt_install(&["nodejs", "npm"])?;
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))
}

/// A program the tests run, and the Debian packages that provide it.
type Browser = (&'static str, &'static [&'static str]);

const CHROMIUM: Browser = (
    "/usr/bin/chromium",
    &["chromium", "fonts-dejavu-core", "fonts-liberation"],
);
const FIREFOX: Browser = ("/usr/bin/firefox-esr", &["firefox-esr"]);
/// WebKitWebDriver; its package brings MiniBrowser (libwebkit2gtk-4.1-0).
const WEBKIT: Browser = ("/usr/bin/WebKitWebDriver", &["webkit2gtk-driver"]);
/// MiniBrowser has no headless mode: the tests give it a virtual display.
const XVFB: Browser = ("/usr/bin/Xvfb", &["xvfb"]);

/// Installs the packages of every browser that is missing, in one apt run.
fn browsers(wanted: &[Browser]) -> Result<(), String> {
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|(program, _)| !Path::new(program).exists())
        .flat_map(|(_, packages)| packages.iter().copied())
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    apt_install(&missing)
}

fn apt_install(packages: &[&str]) -> Result<(), String> {
    let sudo = output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() != "0");
    let apt = |args: &[&str]| {
        let mut command = if sudo {
            Command::new("sudo")
        } else {
            Command::new("apt-get")
        };
        if sudo {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    run(&mut apt(&["update", "-q"]))?;
    let mut install = apt(&["install", "-y", "-q", "--no-install-recommends"]);
    install.args(packages);
    run(&mut install)
}

fn is_newer(a: &Path, b: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(a), modified(b)) {
        (Some(a), Some(b)) => a >= b,
        _ => false,
    }
}
