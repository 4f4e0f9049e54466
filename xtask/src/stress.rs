//! `cargo xtask stress [--runs N] [--engine webkit|firefox] [--no-build]`:
//! the share flow (390×844, a fresh page each time: rate a part, press
//! *Del anonymt*, wait for the code; every other run presses it at once, so
//! the profile's and the share box's chunks come together) N times (default
//! 100) in WebKitGTK and
//! Firefox ESR at once, against a fresh `dist/` served on a free port.
//! Reports the runs, traps and other failures per engine, and fails if any
//! run trapped or failed. `tests/engines/stress.mjs` drives each engine.

use std::process::{Command, Stdio};

use crate::{dist, root, serve};

/// The engines the flow runs in, as `tests/engines/stress.mjs` names them.
const ENGINES: [&str; 2] = ["webkit", "firefox"];

pub fn run(runs: u32, engine: Option<&str>, build: bool) -> Result<(), String> {
    let engines: Vec<&str> = match engine {
        Some(name) if ENGINES.contains(&name) => vec![name],
        Some(name) => return Err(format!("--engine {name}: webkit or firefox")),
        None => ENGINES.to_vec(),
    };
    if build {
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

    let children = engines
        .iter()
        .map(|engine| {
            Command::new("node")
                .arg(root().join("tests/engines/stress.mjs"))
                .args([engine.to_string(), runs.to_string()])
                .env("BASE_URL", &base_url)
                .current_dir(root())
                .stdout(Stdio::piped())
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
