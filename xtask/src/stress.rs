//! `cargo xtask stress [--runs N] [--engine webkit|firefox] [--no-build]
//! [--env NAME=VALUE]... [--ulimit-v KIB] [--keep-pages N] [--diag]`:
//! the share flow (390×844, a fresh page each time: rate a part, press
//! *Del anonymt*, wait for the code; every other run presses it at once, so
//! the profile's and the share box's chunks come together) N times (default
//! 100) in WebKitGTK and
//! Firefox ESR at once, against a fresh `dist/` served on a free port.
//! Reports the runs, traps and other failures per engine, and fails if any
//! run trapped or failed. `tests/engines/stress.mjs` drives each engine.
//!
//! Each engine's summary also gives the widget's wasm memory before and
//! after a flow (the least and most bytes seen). `--env` sets a variable for
//! the browsers (`--env JSC_useOMGJIT=0` turns off JavaScriptCore's
//! optimising wasm tier); `--ulimit-v` limits MiniBrowser's virtual memory
//! (KiB), as some CI machines do. WebKitGTK's standard error (its web
//! process's, with `JSC_logWasmMemory=1` what JavaScriptCore allocates for
//! wasm memories) goes to `target/engines/stress-webkit.log`. `--keep-pages N`
//! (WebKitGTK only) runs each flow in a new window and leaves the last N
//! pages open, so that many pages' wasm memories are alive at once.
//!
//! `--diag` builds `dist/` with the crate's `diag` feature (src/edge/diag.rs:
//! an allocator that records the largest request, every memory grow and the
//! shadow stack's depth); each engine's summary then gives their spread over
//! the runs. The next `cargo xtask dist` builds the release without it.

use std::process::{Command, Stdio};

use crate::{dist, root, serve};

/// The engines the flow runs in, as `tests/engines/stress.mjs` names them.
const ENGINES: [&str; 2] = ["webkit", "firefox"];

/// What `--env` and `--ulimit-v` ask of the browsers.
#[derive(Default)]
pub struct Browsers {
    env: Vec<(String, String)>,
    ulimit_v: Option<u64>,
    keep_pages: Option<u32>,
    diag: bool,
}

impl Browsers {
    /// Reads every `--env NAME=VALUE` and a `--ulimit-v KIB` from `args`.
    pub fn parse(args: &[String]) -> Result<Self, String> {
        let mut browsers = Self {
            diag: args.iter().any(|arg| arg == "--diag"),
            ..Self::default()
        };
        for pair in args.windows(2) {
            match pair[0].as_str() {
                "--env" => {
                    let (name, value) = pair[1]
                        .split_once('=')
                        .filter(|(name, _)| !name.is_empty())
                        .ok_or_else(|| format!("--env {}: NAME=VALUE", pair[1]))?;
                    browsers.env.push((name.to_owned(), value.to_owned()));
                }
                "--ulimit-v" => {
                    let kib = pair[1]
                        .parse()
                        .map_err(|_| format!("--ulimit-v {}: KiB, a whole number", pair[1]))?;
                    browsers.ulimit_v = Some(kib);
                }
                "--keep-pages" => {
                    let pages = pair[1]
                        .parse()
                        .map_err(|_| format!("--keep-pages {}: a whole number", pair[1]))?;
                    browsers.keep_pages = Some(pages);
                }
                _ => {}
            }
        }
        Ok(browsers)
    }
}

pub fn run(
    runs: u32,
    engine: Option<&str>,
    build: bool,
    browsers: &Browsers,
) -> Result<(), String> {
    let engines: Vec<&str> = match engine {
        Some(name) if ENGINES.contains(&name) => vec![name],
        Some(name) => return Err(format!("--engine {name}: webkit or firefox")),
        None => ENGINES.to_vec(),
    };
    if build && browsers.diag {
        dist::build_with_features(&["diag"])?;
    } else if build {
        dist::build()?;
    }
    let listener = serve::bind(0)?;
    let port = listener.local_addr().map_err(|err| err.to_string())?.port();
    std::thread::spawn(move || serve::accept(listener));
    let base_url = format!("http://127.0.0.1:{port}");
    eprintln!(
        "xtask: {runs} share flows in {} against {base_url}",
        engines.join(" and ")
    );

    let log = root().join("target/engines/stress-webkit.log");
    std::fs::create_dir_all(root().join("target/engines")).map_err(|err| err.to_string())?;
    std::fs::write(&log, "").map_err(|err| format!("cannot empty {}: {err}", log.display()))?;
    for (name, value) in &browsers.env {
        eprintln!("xtask: the browsers run with {name}={value}");
    }
    if let Some(kib) = browsers.ulimit_v {
        eprintln!("xtask: MiniBrowser runs under ulimit -v {kib}");
    }

    let children = engines
        .iter()
        .map(|engine| {
            let mut command = Command::new("node");
            command
                .arg(root().join("tests/engines/stress.mjs"))
                .args([engine.to_string(), runs.to_string()])
                .env("BASE_URL", &base_url)
                .env("WEBKIT_LOG", &log)
                .envs(browsers.env.iter().map(|(name, value)| (name, value)))
                .current_dir(root())
                .stdout(Stdio::piped());
            if let Some(kib) = browsers.ulimit_v {
                command.env("WEBKIT_ULIMIT_V", kib.to_string());
            }
            if let Some(pages) = browsers.keep_pages {
                command.env("STRESS_KEEP_PAGES", pages.to_string());
            }
            if browsers.diag {
                command.env("STRESS_DIAG", "1");
            }
            command
                .spawn()
                .map_err(|err| format!("could not start node for {engine}: {err}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut lines = Vec::new();
    let mut bad = false;
    for (engine, child) in engines.iter().zip(children) {
        let out = child
            .wait_with_output()
            .map_err(|err| format!("{engine}: {err}"))?;
        let text = String::from_utf8_lossy(&out.stdout);
        print!("{text}");
        match text.lines().find_map(|line| line.strip_prefix("# stress ")) {
            Some(summary) => {
                bad |= !summary.contains("\"traps\":0,\"failures\":0");
                lines.push(summary.to_owned());
            }
            None => {
                bad = true;
                lines.push(format!(
                    "{{\"engine\":\"{engine}\",\"error\":\"no summary ({})\"}}",
                    out.status
                ));
            }
        }
    }
    println!("xtask stress: share flow at 390x844, fresh page per run:");
    for line in &lines {
        println!("  {line}");
    }
    if bad {
        Err("a share flow trapped or failed (see above)".to_owned())
    } else {
        Ok(())
    }
}
