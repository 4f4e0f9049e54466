//! `cargo xtask bench`: size and speed figures the project owns. Serves
//! `dist/` and bench pages on 127.0.0.1 with gzip, drives Chromium through
//! `xtask/bench/bench.mjs` (cold loads, latency at 4x CPU throttling,
//! memory) and runs Lighthouse on the demo and on the intranet example,
//! then prints one table. Absolute
//! times vary between machines, so times are also given as ratios to a
//! hand-written SVG page doing the same basic job (the floor). Last, the
//! JSON reader's speed on 100 KB and 1 MB (native, release build), whose
//! ratio shows that parsing is linear.

use std::fmt::Write as _;
use std::process::Command;

use serde_json::Value;

use crate::{dist, root, serve, size};

const SIZES: [usize; 3] = [48, 192, 768];

pub fn run() -> Result<(), String> {
    dist::build()?;
    size::check()?;
    write_pages()?;
    let listener = serve::bind(0)?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    std::thread::spawn(move || serve::accept(listener));
    let base = format!("http://127.0.0.1:{port}");

    eprintln!("running the browser benchmark (a few minutes) …");
    let out = Command::new("node")
        .arg(root().join("xtask/bench/bench.mjs"))
        .env("BASE_URL", &base)
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "the benchmark failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let results: Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("benchmark output: {e}"))?;
    let lighthouse: Vec<String> = LIGHTHOUSE_PAGES
        .iter()
        .map(|(name, path)| {
            eprintln!("running Lighthouse on {name} …");
            lighthouse(name, &format!("{base}{path}"))
                .unwrap_or_else(|| format!("Lighthouse did not run on {name}."))
        })
        .collect();
    println!("{}", table(&results, &lighthouse));
    println!("{}", parse_benchmark()?);
    Ok(())
}

/// `cargo xtask bench --trace`: a Chromium performance trace of ten clicks
/// at 4x CPU on the 12-part and the 768-part wheel (`xtask/bench/trace.mjs`),
/// saved as `target/bench/trace-12.json` and `trace-768.json` (DevTools,
/// Performance, "Load profile"), and a summary of where a click's time goes.
/// The main wasm's functions are named when `cargo xtask size --top` has
/// built a named copy whose code is the served module's, byte for byte.
pub fn trace() -> Result<(), String> {
    dist::build()?;
    write_pages()?;
    let listener = serve::bind(0)?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    std::thread::spawn(move || serve::accept(listener));
    let dir = root().join("target/bench");
    let mut command = Command::new("node");
    command
        .arg(root().join("xtask/bench/trace.mjs"))
        .env("BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("TRACE_DIR", &dir)
        .current_dir(root());
    match crate::size_top::function_names() {
        Ok(names) => {
            let path = dir.join("wasm-names.json");
            std::fs::write(&path, names).map_err(|e| e.to_string())?;
            command.env("TRACE_NAMES", path);
        }
        Err(why) => eprintln!("note: wasm functions stay unnamed: {why}"),
    }
    eprintln!("tracing clicks at 4x CPU …");
    let out = command
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "the trace failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let results: Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("trace output: {e}"))?;
    println!("{}", trace_summary(&results));
    Ok(())
}

/// Per page: a click's wall time, its main-thread self time by kind, the
/// trace events and the sampled functions that took the most.
fn trace_summary(results: &Value) -> String {
    let mut out = String::new();
    let ms = |v: &Value| v.as_f64().unwrap_or(0.0);
    for page in results.as_array().into_iter().flatten() {
        let kinds = &page["byKind"];
        let _ = writeln!(
            out,
            "\n{} ({} clicks, 4× CPU; trace in {}):\n  click → frame after the panel changed: {:.1} ms on average; main thread: scripting {:.1}, style {:.1}, layout {:.1}, paint {:.1}, other {:.1} ms",
            page["name"].as_str().unwrap_or("?"),
            page["clicks"],
            page["path"].as_str().unwrap_or("?"),
            ms(&page["wall"]),
            ms(&kinds["scripting"]),
            ms(&kinds["style"]),
            ms(&kinds["layout"]),
            ms(&kinds["paint"]),
            ms(&kinds["other"]),
        );
        let _ = writeln!(out, "  trace events, self time per click:");
        for event in page["events"].as_array().into_iter().flatten() {
            let _ = writeln!(
                out,
                "    {:>7.2} ms  {:<10} {}",
                ms(&event["ms"]),
                event["kind"].as_str().unwrap_or(""),
                event["name"].as_str().unwrap_or("?")
            );
        }
        let _ = writeln!(out, "  sampled functions, self time per click:");
        for function in page["functions"].as_array().into_iter().flatten() {
            let _ = writeln!(
                out,
                "    {:>7.2} ms  {}",
                ms(&function["ms"]),
                function["name"].as_str().unwrap_or("?")
            );
        }
    }
    out
}

/// Times `core::json::parse` on 100 KB and 1 MB (the library's ignored test
/// `parse_benchmark`, built for release): linear work takes about ten times
/// as long for ten times the text; the quadratic parser this replaced took
/// a hundred times as long, and minutes for the megabyte.
fn parse_benchmark() -> Result<String, String> {
    eprintln!("timing the JSON reader (a release build of the native tests) …");
    let out = Command::new(env!("CARGO"))
        .args([
            "test",
            "--quiet",
            "--release",
            "--lib",
            "--package",
            "competence-wheel",
            "core::json::tests::parse_benchmark",
            "--",
            "--ignored",
            "--exact",
            "--nocapture",
        ])
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let times: Vec<f64> = stdout
        .lines()
        .find_map(|line| line.strip_prefix("parse-benchmark "))
        .map(|rest| rest.split(' ').filter_map(|t| t.parse().ok()).collect())
        .unwrap_or_default();
    let [small, large] = times[..] else {
        return Err(format!(
            "the parse benchmark printed no times: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    };
    Ok(format!(
        "| JSON reader (native, release) | 100 KB | 1 MB | ratio (≈ 10: linear) |\n|---|---|---|---|\n| median of 7 parses | {:.2} ms | {:.2} ms | {:.1} |",
        small / 1000.0,
        large / 1000.0,
        large / small.max(1.0)
    ))
}

/// The bench pages and generated wheels, in `target/bench/` (served at `/bench/`).
fn write_pages() -> Result<(), String> {
    let dir = root().join("target/bench");
    std::fs::create_dir_all(dir.join("wheels")).map_err(|e| e.to_string())?;
    let files = [
        "floor.html",
        "floor.js",
        "floor.css",
        "peer.js",
        "chartjs.html",
        "chartjs.js",
        "d3.html",
        "d3.js",
    ];
    for file in files {
        std::fs::copy(root().join("xtask/bench").join(file), dir.join(file))
            .map_err(|e| e.to_string())?;
    }
    // The peers' libraries, as their packages ship them (minified).
    for (from, to) in [
        (
            "node_modules/chart.js/dist/chart.umd.min.js",
            "chart.umd.min.js",
        ),
        ("node_modules/d3/dist/d3.min.js", "d3.min.js"),
    ] {
        std::fs::copy(root().join(from), dir.join(to)).map_err(|e| format!("{from}: {e}"))?;
    }
    let page = |src: Option<String>| {
        let src = src.map(|s| format!(" src=\"{s}\"")).unwrap_or_default();
        format!(
            "<!doctype html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>bench</title>\n<script type=\"module\" src=\"/dist/competence-wheel.js\"></script></head>\n<body><competence-wheel mode=\"rate\" storage-key=\"bench\"{src}></competence-wheel></body></html>\n"
        )
    };
    let write =
        |name: &str, text: String| std::fs::write(dir.join(name), text).map_err(|e| e.to_string());
    write("widget-12.html", page(None))?;
    for parts in SIZES {
        write(&format!("wheels/{parts}.json"), generated_wheel(parts))?;
        write(
            &format!("widget-{parts}.html"),
            page(Some(format!("/bench/wheels/{parts}.json"))),
        )?;
    }
    Ok(())
}

/// A wheel with `parts` parts in dimensions of at most 64.
fn generated_wheel(parts: usize) -> String {
    let dimensions = parts.div_ceil(64).max(4);
    let per = parts / dimensions;
    let dims: Vec<Value> = (0..dimensions)
        .map(|d| {
            let parts: Vec<Value> = (0..per)
                .map(|p| {
                    serde_json::json!({
                        "id": format!("d{d}-p{p}"),
                        "title": format!("Del {}.{}", d + 1, p + 1),
                        "description": format!("Beskrivelse af del {}.{}, en generert tekst til målinger.", d + 1, p + 1),
                        "examples": ["Første eksempel", "Andet eksempel"]
                    })
                })
                .collect();
            serde_json::json!({
                "id": format!("d{d}"), "title": format!("Dimension {}", d + 1),
                "intro": "En genereret dimension til målinger.", "parts": parts
            })
        })
        .collect();
    serde_json::json!({
        "id": format!("bench-{parts}"), "version": "1", "title": format!("Målehjul med {parts} dele"),
        "lang": "da", "dimensions": dims
    })
    .to_string()
}

/// The pages Lighthouse (mobile) measures: the demo, and the intranet
/// example, a host page with its own heading and text above the widget
/// (the issue's LCP target is set on it).
const LIGHTHOUSE_PAGES: [(&str, &str); 2] = [
    ("the demo", "/"),
    ("the intranet example", "/examples/intranet.html"),
];

/// Lighthouse's mobile performance and accessibility scores, the metrics,
/// and the element it took for the largest contentful paint, if it runs.
fn lighthouse(name: &str, url: &str) -> Option<String> {
    let flags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic";
    let out = Command::new(root().join("node_modules/.bin/lighthouse"))
        .args([
            url,
            "--quiet",
            "--output=json",
            "--only-categories=performance,accessibility",
        ])
        .arg(format!("--chrome-flags={flags}"))
        .env(
            "CHROME_PATH",
            std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
        )
        .current_dir(root())
        .output()
        .ok()?;
    let report: Value = serde_json::from_slice(&out.stdout).ok()?;
    let score = |category: &str| {
        report["categories"][category]["score"]
            .as_f64()
            .map_or("–".to_owned(), |s| format!("{:.0}", s * 100.0))
    };
    let metric = |id: &str| {
        report["audits"][id]["displayValue"]
            .as_str()
            .unwrap_or("–")
            .to_owned()
    };
    let element = lcp_element(&report);
    Some(format!(
        "Lighthouse (mobile) on {name}: performance {}, accessibility {} (FCP {}, LCP {}, TBT {}, CLS {}); LCP element: {element}",
        score("performance"),
        score("accessibility"),
        metric("first-contentful-paint"),
        metric("largest-contentful-paint"),
        metric("total-blocking-time"),
        metric("cumulative-layout-shift"),
    ))
}

/// The element Lighthouse took for the largest contentful paint: its
/// selector (inside a shadow root, from the widget's own nodes) and its
/// text. Lighthouse 13 names it in the LCP breakdown insight, older ones in
/// `largest-contentful-paint-element`.
fn lcp_element(report: &Value) -> String {
    let audits = &report["audits"];
    let node = audits["lcp-breakdown-insight"]["details"]["items"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|item| item["type"] == "node")
        .unwrap_or(
            &audits["largest-contentful-paint-element"]["details"]["items"][0]["items"][0]["node"],
        );
    match (node["selector"].as_str(), node["nodeLabel"].as_str()) {
        (Some(selector), Some(label)) => {
            let label: String = label.chars().take(60).collect();
            format!("{selector} (\"{label}\")")
        }
        (Some(selector), None) => selector.to_owned(),
        _ => "–".to_owned(),
    }
}

fn table(results: &Value, lighthouse: &[String]) -> String {
    let rows = results.as_array().cloned().unwrap_or_default();
    let floor = rows
        .iter()
        .find(|r| r["kind"] == "floor")
        .cloned()
        .unwrap_or(Value::Null);
    let ms = |v: &Value| v.as_f64().map_or("–".to_owned(), |v| format!("{v:.1}"));
    let ratio = |a: &Value, b: &Value| match (a.as_f64(), b.as_f64()) {
        (Some(a), Some(b)) if b > 0.0 => format!("{:.2}×", a / b),
        _ => "–".to_owned(),
    };
    let kib = |v: &Value| v.as_f64().unwrap_or(0.0) / 1024.0;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| page | first load (KiB on the wire) | load → ready (ms) | ready vs floor | click → panel median / p95 (ms, 4× CPU) | click vs floor | rate → wheel median / p95 (ms) | JS heap (MiB) | wasm memory (MiB) |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|");
    for r in &rows {
        let rate = if r["rate"].is_null() {
            "–".to_owned()
        } else {
            format!("{} / {}", ms(&r["rate"]["median"]), ms(&r["rate"]["p95"]))
        };
        let _ = writeln!(
            out,
            "| {} | {:.1} | {} | {} | {} / {} | {} | {} | {:.1} | {:.1} |",
            r["name"].as_str().unwrap_or("?"),
            kib(&r["firstLoad"]),
            ms(&r["ready"]),
            ratio(&r["ready"], &floor["ready"]),
            ms(&r["click"]["median"]),
            ms(&r["click"]["p95"]),
            ratio(&r["click"]["median"], &floor["click"]["median"]),
            rate,
            r["heap"].as_f64().unwrap_or(0.0) / 1048576.0,
            r["wasm"].as_f64().unwrap_or(0.0) / 1048576.0,
        );
    }
    if let Some(widget) = rows.iter().find(|r| r["name"] == "widget, 12 parts") {
        let _ = writeln!(
            out,
            "\nFiles the 12-part widget page loaded (bytes on the wire):"
        );
        if let Some(files) = widget["files"].as_object() {
            for (path, bytes) in files {
                let _ = writeln!(out, "  {path:<36} {:>8}", bytes.as_f64().unwrap_or(0.0));
            }
        }
    }
    if let Ok((first_load, all)) = size::totals() {
        let _ = writeln!(
            out,
            "\n| widget (dist/, gzip -9) | first load (KiB) | all files (KiB) |\n|---|---|---|\n| 12 parts, every chunk | {:.1} | {:.1} |",
            first_load as f64 / 1024.0,
            all as f64 / 1024.0
        );
    }
    let _ = writeln!(out, "\n{}", dist_files());
    for line in lighthouse {
        let _ = writeln!(out, "{line}");
    }
    out
}

/// Every file in `dist/` the widget can load: raw, gzip and brotli sizes
/// (the precompressed siblings `cargo xtask dist` writes), and the total.
fn dist_files() -> String {
    let dist = root().join("dist");
    let size = |name: &str| std::fs::metadata(dist.join(name)).map_or(0, |m| m.len());
    let mut names: Vec<String> = std::fs::read_dir(&dist)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| {
                    n.starts_with("competence-wheel") && !n.ends_with(".gz") && !n.ends_with(".br")
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from(
        "| widget file | raw (KiB) | gzip (KiB) | brotli (KiB) |\n|---|---|---|---|\n",
    );
    let mut total = (0, 0, 0);
    for name in &names {
        let (raw, gz, br) = (
            size(name),
            size(&format!("{name}.gz")),
            size(&format!("{name}.br")),
        );
        total = (total.0 + raw, total.1 + gz, total.2 + br);
        // Named without the content hash, so the table reads the same after every build.
        let shown = crate::dist::unhashed(name).unwrap_or_else(|| name.clone());
        let _ = writeln!(
            out,
            "| {shown} | {:.1} | {:.1} | {:.1} |",
            raw as f64 / 1024.0,
            gz as f64 / 1024.0,
            br as f64 / 1024.0
        );
    }
    let _ = writeln!(
        out,
        "| all files | {:.1} | {:.1} | {:.1} |",
        total.0 as f64 / 1024.0,
        total.1 as f64 / 1024.0,
        total.2 as f64 / 1024.0
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_lcp_element_from_lighthouse_13_and_older() {
        let node = serde_json::json!({
            "type": "node",
            "selector": "body > main > p",
            "nodeLabel": "Før din MUS-samtale"
        });
        let new = serde_json::json!({"audits": {"lcp-breakdown-insight": {"details": {"items": [
            {"type": "table", "items": []}, node.clone()
        ]}}}});
        let old = serde_json::json!({"audits": {"largest-contentful-paint-element": {"details": {"items": [
            {"items": [{"node": node}]}
        ]}}}});
        for report in [new, old] {
            assert_eq!(
                lcp_element(&report),
                "body > main > p (\"Før din MUS-samtale\")"
            );
        }
        assert_eq!(lcp_element(&serde_json::json!({})), "–");
    }
}
