//! Bakes the built-in wheels (`www/wheels/kl-medarbejder.{da,en}.json`)
//! into static data, so the widget parses no JSON to show them.
//!
//! The files are read and checked by `xtask/src/wheels.rs` (serde, the
//! schema's limits, the languages agreeing), the same check `cargo xtask
//! dist` runs: a wheel that fails it fails this build with its message. The
//! result is `$OUT_DIR/builtin_wheels.rs`, one `BakedWheel` static per
//! language, which `src/core/model/builtin.rs` includes and turns into a
//! `Wheel`; a test there holds each equal to the wheel its file parses to.

use std::fmt::Write;
use std::path::Path;

#[allow(dead_code)]
#[path = "xtask/src/wheels.rs"]
mod wheels;

use wheels::{Dimension, Part, Version, WheelFile};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=xtask/src/wheels.rs");
    for file in wheels::BUILTIN {
        println!("cargo:rerun-if-changed={file}");
    }
    let wheels = wheels::check(root).unwrap_or_else(|error| {
        eprintln!("a built-in wheel is not valid: {error}");
        std::process::exit(1);
    });
    let mut out = String::from("// Written by build.rs from www/wheels/: do not edit.\n");
    for (_, wheel) in &wheels {
        let name = format!("KL_WHEEL_{}", wheel.lang.to_uppercase());
        writeln!(out, "pub static {name}: BakedWheel = {};", baked(wheel)).unwrap();
    }
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("builtin_wheels.rs"), out).expect("OUT_DIR is writable");
}

/// A Rust string literal.
fn text(text: &str) -> String {
    format!("{text:?}")
}

fn optional(value: Option<&str>) -> String {
    value.map_or("None".into(), |value| format!("Some({})", text(value)))
}

fn texts<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    let items: Vec<String> = items.into_iter().map(|item| text(item)).collect();
    format!("&[{}]", items.join(", "))
}

fn baked(wheel: &WheelFile) -> String {
    let version = match &wheel.version {
        Version::Text(version) => version.clone(),
        Version::Number(version) => version.to_string(),
    };
    let questions = wheel.questions.as_ref().map_or("None".into(), |q| {
        format!(
            "Some(BakedQuestions {{ title: {}, intro: {}, items: {} }})",
            text(&q.title),
            text(q.intro.as_deref().unwrap_or_default()),
            texts(&q.items),
        )
    });
    let dimensions: Vec<String> = wheel.dimensions.iter().map(dimension).collect();
    format!(
        "BakedWheel {{ id: {}, version: {}, title: {}, lang: {}, source: {}, \
         levels: {}, questions: {questions}, dimensions: &[{}] }}",
        text(&wheel.id),
        text(&version),
        text(&wheel.title),
        text(&wheel.lang),
        text(wheel.source.as_deref().unwrap_or_default()),
        texts(wheel.levels.iter().map(|level| &level.label)),
        dimensions.join(", "),
    )
}

fn dimension(dimension: &Dimension) -> String {
    // `wheels::check` has held the colour to #rrggbb.
    let color = dimension.color.as_deref().map_or("None".into(), |color| {
        let channel = |at: usize| u8::from_str_radix(&color[at..at + 2], 16).unwrap();
        format!("Some(Rgb({}, {}, {}))", channel(1), channel(3), channel(5))
    });
    let parts: Vec<String> = dimension.parts.iter().map(part).collect();
    format!(
        "BakedDimension {{ id: {}, title: {}, short: {}, intro: {}, color: {color}, parts: &[{}] }}",
        text(&dimension.id),
        text(&dimension.title),
        optional(dimension.short.as_deref()),
        text(&dimension.intro),
        parts.join(", "),
    )
}

fn part(part: &Part) -> String {
    format!(
        "BakedPart {{ id: {}, title: {}, short: {}, description: {}, examples: {} }}",
        text(&part.id),
        text(&part.title),
        optional(part.short.as_deref()),
        text(&part.description),
        texts(&part.examples),
    )
}
