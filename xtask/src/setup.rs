//! Installs what a fresh machine lacks, and nothing that is already there:
//! the wasm32 target, the npm dev packages (Playwright, axe-core, binaryen's wasm-opt,
//! puppeteer-core, selenium-webdriver, TypeScript) and Debian's browsers: Chromium
//! and its headless shell for every command, and for `test` also Firefox ESR,
//! WebKitGTK's WebDriver and Xvfb for the cross-engine suite.
//!
//! wasm-bindgen is not installed: `dist` runs it as a library
//! (`wasm-bindgen-cli-support`, pinned in xtask/Cargo.toml to the version
//! of the `wasm-bindgen` crate), which builds with xtask in a fraction of
//! the time `cargo install wasm-bindgen-cli` took on a fresh machine (4 min).

use std::path::Path;
use std::process::Command;
use std::thread::JoinHandle;
use std::time::Instant;

use crate::{output, root, run};

/// What every command needs: the build tools and Chromium.
pub fn all() -> Result<(), String> {
    wasm_target()?;
    npm_packages()?;
    browsers(&[CHROMIUM, HEADLESS_SHELL])
}

/// Installs that are still running while the Rust checks compile.
pub struct Installing {
    started: Instant,
    thread: JoinHandle<Result<(), String>>,
}

impl Installing {
    /// Waits for the installs to finish, and says how long they took.
    pub fn finish(self) -> Result<(), String> {
        let result = self
            .thread
            .join()
            .map_err(|_| "the install thread panicked".to_owned())?;
        eprintln!(
            "xtask: npm packages and browsers ready after {:.0} s",
            self.started.elapsed().as_secs_f64()
        );
        result
    }
}

/// What `cargo xtask test` needs: the same, and the other two engines. The
/// wasm32 target is there on return; npm and apt (network and disk, hardly
/// any CPU) carry on in the background while fmt, clippy and the native
/// tests use the cores, and [`Installing::finish`] waits for them before
/// `dist` needs them.
pub fn for_tests() -> Result<Installing, String> {
    wasm_target()?;
    let started = Instant::now();
    let thread = std::thread::spawn(|| {
        npm_packages()?;
        browsers(&[CHROMIUM, HEADLESS_SHELL, FIREFOX, WEBKIT, XVFB])
    });
    Ok(Installing { started, thread })
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
/// The Playwright suite's browser (playwright.config.mjs): the same
/// Chromium without the full browser around it.
const HEADLESS_SHELL: Browser = (
    "/usr/bin/chromium-headless-shell",
    &["chromium-headless-shell"],
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

#[cfg(test)]
mod tests {
    /// The versions of the packages named in Cargo.lock.
    fn locked(name: &str) -> Vec<String> {
        let lock = std::fs::read_to_string(crate::root().join("Cargo.lock")).unwrap();
        let mut lines = lock.lines();
        let mut versions = Vec::new();
        while let Some(line) = lines.next() {
            if line == format!("name = \"{name}\"") {
                let version = lines.next().and_then(|l| l.strip_prefix("version = \""));
                versions.push(version.unwrap().trim_end_matches('"').to_owned());
            }
        }
        versions
    }

    /// wasm-bindgen refuses a wasm built against another version of the
    /// crate: the library `dist` runs must be bumped with the crate.
    #[test]
    fn the_bindgen_library_is_the_version_of_the_wasm_bindgen_crate() {
        let crate_version = locked("wasm-bindgen");
        assert_eq!(crate_version.len(), 1, "one wasm-bindgen in Cargo.lock");
        assert_eq!(locked("wasm-bindgen-cli-support"), crate_version);
    }
}
