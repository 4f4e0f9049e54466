//! The transfer-size budget: what the embed snippet loads, gzipped, must not
//! grow past these figures. `cargo xtask test` fails when it does; lower the
//! figures when the widget gets smaller, so the gain is kept.

use std::io::Write;

use flate2::write::GzEncoder;

use crate::root;

/// The files the snippet loads, and each one's budget in gzip bytes.
const BUDGET: &[(&str, usize)] = &[
    ("dist/competence-wheel.js", 12 * 1024),
    ("dist/competence-wheel.css", 5 * 1024),
    // Raised from 250 KiB when trainer mode (presenting, share codes, the
    // group's wheel) landed: it measured 261 KiB. Raised from 272 KiB when
    // presenting learnt to measure its steps into screens, follow full screen
    // and take the keyboard, and the group's wheel got its legend and
    // same-tab links: it measured 283.2 KiB.
    ("dist/competence-wheel.wasm", 284 * 1024),
];
/// The built-in wheel's data file (also compiled into the wasm).
const WHEEL_BUDGET: (&str, usize) = ("www/wheels/kl-medarbejder.da.json", 8 * 1024);

/// Gzipped size of a file (level 9, as `gzip -9`).
pub fn gzipped(path: &str) -> Result<usize, String> {
    let bytes =
        std::fs::read(root().join(path)).map_err(|err| format!("cannot read {path}: {err}"))?;
    let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&bytes).map_err(|e| e.to_string())?;
    Ok(encoder.finish().map_err(|e| e.to_string())?.len())
}

/// Prints each file's gzip size against its budget; fails if one is over.
pub fn check() -> Result<(), String> {
    let mut over = Vec::new();
    let mut total = (0, 0);
    println!(
        "{:<36} {:>10} {:>10}",
        "transfer size (gzip -9)", "bytes", "budget"
    );
    for &(path, budget) in BUDGET.iter().chain(std::iter::once(&WHEEL_BUDGET)) {
        let size = gzipped(path)?;
        println!("{path:<36} {size:>10} {budget:>10}");
        if size > budget {
            over.push(format!(
                "{path} is {size} bytes gzipped, over its budget of {budget}"
            ));
        }
        if path.starts_with("dist/") {
            total = (total.0 + size, total.1 + budget);
        }
    }
    println!("{:<36} {:>10} {:>10}", "dist/ total", total.0, total.1);
    if over.is_empty() {
        Ok(())
    } else {
        Err(over.join("; "))
    }
}
