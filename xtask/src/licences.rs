//! `dist/THIRD-PARTY-NOTICES.txt`: every Rust crate compiled into the wasm
//! and every npm package bundled into the module, with its licence and the
//! licence texts it ships, from the dependency metadata (never a list kept
//! by hand). A licence outside [`ALLOWED`] fails the build.
//!
//! The crates are `cargo tree`'s for the element's build: the
//! `competence-wheel` package alone (so no other workspace member's features
//! are unified in), for wasm32, normal dependencies only, proc-macros left
//! out (they run in the compiler; their code is not in the wasm). Their
//! licence fields and folders come from `cargo metadata`. The npm packages
//! are the `node_modules` inputs esbuild reports when it bundles the module.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::root;

/// SPDX licence ids a dependency may carry: permissive licences that ask
/// for no more than a notice.
pub const ALLOWED: &[&str] = &[
    "MIT",
    "MIT-0",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "0BSD",
    "ISC",
    "Zlib",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "BSL-1.0",
    "Unlicense",
    "CC0-1.0",
];
/// Exceptions (`WITH …`) that only widen what a licence allows.
const ALLOWED_EXCEPTIONS: &[&str] = &["LLVM-exception"];

/// One dependency in the notices.
#[derive(Debug)]
pub struct Dependency {
    pub name: String,
    pub version: String,
    pub licence: String,
    pub source: String,
    /// The authors the package names (for a crate that ships no licence file).
    pub authors: String,
    /// `(file name, text)` of each licence or notice file it ships.
    pub texts: Vec<(String, String)>,
}

/// Writes the notices into `dist`; fails if a dependency's licence is not
/// allowed or cannot be read. Returns how many crates and npm packages.
pub fn write(dist: &Path) -> Result<(usize, usize), String> {
    let crates = crates()?;
    let npm = bundled_npm_packages()?;
    let refused: Vec<String> = crates
        .iter()
        .chain(&npm)
        .filter_map(|dep| match allowed(&dep.licence) {
            Ok(true) => None,
            Ok(false) => Some(format!("{} {} ({})", dep.name, dep.version, dep.licence)),
            Err(why) => Some(format!("{} {}: {why}", dep.name, dep.version)),
        })
        .collect();
    if !refused.is_empty() {
        return Err(format!(
            "licences not on the allow-list (xtask/src/licences.rs): {}",
            refused.join("; ")
        ));
    }
    let text = notices(&crates, &npm);
    std::fs::write(dist.join("THIRD-PARTY-NOTICES.txt"), text)
        .map_err(|err| format!("cannot write THIRD-PARTY-NOTICES.txt: {err}"))?;
    Ok((crates.len(), npm.len()))
}

/// The crates compiled into the wasm, each with its licence texts.
fn crates() -> Result<Vec<Dependency>, String> {
    let tree = output(Command::new("cargo").args([
        "tree",
        "--package",
        "competence-wheel",
        "--target",
        "wasm32-unknown-unknown",
        "--edges",
        "normal,no-proc-macro",
        "--prefix",
        "none",
        "--format",
        "{p}",
    ]))?;
    let wanted: BTreeSet<(String, String)> = tree
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let name = words.next()?;
            let version = words.next()?.strip_prefix('v')?;
            Some((name.to_owned(), version.to_owned()))
        })
        .filter(|(name, _)| name != "competence-wheel")
        .collect();
    let metadata: Value = serde_json::from_str(&output(Command::new("cargo").args([
        "metadata",
        "--format-version",
        "1",
        "--filter-platform",
        "wasm32-unknown-unknown",
    ]))?)
    .map_err(|err| format!("cargo metadata: {err}"))?;
    let mut crates = Vec::new();
    for package in metadata["packages"].as_array().into_iter().flatten() {
        let text = |key: &str| package[key].as_str().unwrap_or_default().to_owned();
        let key = (text("name"), text("version"));
        if !wanted.contains(&key) {
            continue;
        }
        let folder = PathBuf::from(text("manifest_path"))
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut texts = licence_files(&folder)?;
        if let Some(file) = package["license_file"].as_str() {
            let name = file.to_owned();
            if !texts.iter().any(|(n, _)| *n == name) {
                let content = std::fs::read_to_string(folder.join(file))
                    .map_err(|err| format!("{} {}: {file}: {err}", key.0, key.1))?;
                texts.push((name, content));
            }
        }
        let licence = match package["license"].as_str() {
            Some(licence) => licence.to_owned(),
            None => return Err(format!("{} {} names no SPDX licence", key.0, key.1)),
        };
        crates.push(Dependency {
            name: key.0,
            version: key.1,
            licence,
            source: text("repository"),
            authors: package["authors"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            texts,
        });
    }
    crates.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
    if crates.len() != wanted.len() {
        return Err(format!(
            "cargo metadata lacks {} of cargo tree's {} crates",
            wanted.len() - crates.len(),
            wanted.len()
        ));
    }
    Ok(crates)
}

/// Licence, copying and notice files at the top of a package's folder.
fn licence_files(folder: &Path) -> Result<Vec<(String, String)>, String> {
    let mut texts = Vec::new();
    let entries = std::fs::read_dir(folder)
        .map_err(|err| format!("cannot read {}: {err}", folder.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let upper = name.to_ascii_uppercase();
        let is_licence = [
            "LICENSE",
            "LICENCE",
            "COPYING",
            "NOTICE",
            "UNLICENSE",
            "COPYRIGHT",
        ]
        .iter()
        .any(|prefix| upper.starts_with(prefix));
        if is_licence && entry.path().is_file() {
            let text = std::fs::read_to_string(entry.path())
                .map_err(|err| format!("cannot read {}: {err}", entry.path().display()))?;
            texts.push((name, text));
        }
    }
    texts.sort();
    Ok(texts)
}

/// The npm packages esbuild bundles into `competence-wheel.js` (today
/// none: the module is wasm-bindgen's glue and the project's own files).
fn bundled_npm_packages() -> Result<Vec<Dependency>, String> {
    let root = root();
    let module = root.join("target/wasm-bindgen/competence-wheel.module.js");
    let meta = root.join("target/competence-wheel.meta.json");
    output(
        Command::new(root.join("node_modules/.bin/esbuild"))
            .arg(&module)
            .args(["--bundle", "--format=esm", "--log-level=warning"])
            .arg(format!("--metafile={}", meta.display()))
            .arg(format!(
                "--outfile={}",
                root.join("target/competence-wheel.meta.js").display()
            )),
    )?;
    let meta: Value = serde_json::from_str(
        &std::fs::read_to_string(&meta).map_err(|err| format!("esbuild's metafile: {err}"))?,
    )
    .map_err(|err| format!("esbuild's metafile: {err}"))?;
    let inputs = meta["inputs"].as_object().cloned().unwrap_or_default();
    if inputs.is_empty() {
        return Err("esbuild's metafile lists no inputs".into());
    }
    let mut packages = BTreeMap::new();
    for input in inputs.keys() {
        if let Some(folder) = npm_package_folder(input) {
            packages.entry(folder.clone()).or_insert(folder);
        }
    }
    let mut found = Vec::new();
    for folder in packages.into_values() {
        let path = root.join(&folder);
        let manifest: Value = serde_json::from_str(
            &std::fs::read_to_string(path.join("package.json"))
                .map_err(|err| format!("{folder}/package.json: {err}"))?,
        )
        .map_err(|err| format!("{folder}/package.json: {err}"))?;
        let text = |key: &str| manifest[key].as_str().unwrap_or_default().to_owned();
        found.push(Dependency {
            name: text("name"),
            version: text("version"),
            licence: text("license"),
            source: format!("npm: {}", text("name")),
            authors: text("author"),
            texts: licence_files(&path)?,
        });
    }
    Ok(found)
}

/// `node_modules/<name>` or `node_modules/@scope/<name>` of a bundled file.
fn npm_package_folder(input: &str) -> Option<String> {
    let at = input.rfind("node_modules/")?;
    let rest = &input[at + "node_modules/".len()..];
    let mut parts = rest.split('/');
    let first = parts.next()?;
    let name = if first.starts_with('@') {
        format!("{first}/{}", parts.next()?)
    } else {
        first.to_owned()
    };
    Some(format!("{}node_modules/{name}", &input[..at]))
}

/// Whether an SPDX licence expression is satisfied by [`ALLOWED`]: one
/// alternative of an `OR`, every term of an `AND`. Old crates write `/` for
/// `OR` (`MIT/Apache-2.0`).
pub fn allowed(expression: &str) -> Result<bool, String> {
    let spaced = expression
        .replace('/', " OR ")
        .replace('(', " ( ")
        .replace(')', " ) ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut at = 0;
    let result = any_of(&tokens, &mut at)?;
    if at != tokens.len() {
        return Err(format!("cannot read the licence expression {expression:?}"));
    }
    Ok(result)
}

fn any_of(tokens: &[&str], at: &mut usize) -> Result<bool, String> {
    let mut result = all_of(tokens, at)?;
    while tokens
        .get(*at)
        .is_some_and(|t| t.eq_ignore_ascii_case("OR"))
    {
        *at += 1;
        result |= all_of(tokens, at)?;
    }
    Ok(result)
}

fn all_of(tokens: &[&str], at: &mut usize) -> Result<bool, String> {
    let mut result = licence(tokens, at)?;
    while tokens
        .get(*at)
        .is_some_and(|t| t.eq_ignore_ascii_case("AND"))
    {
        *at += 1;
        result &= licence(tokens, at)?;
    }
    Ok(result)
}

fn licence(tokens: &[&str], at: &mut usize) -> Result<bool, String> {
    let token = *tokens.get(*at).ok_or("a licence expression ends early")?;
    *at += 1;
    if token == "(" {
        let result = any_of(tokens, at)?;
        if tokens.get(*at) != Some(&")") {
            return Err("a licence expression misses a )".into());
        }
        *at += 1;
        return Ok(result);
    }
    if ["OR", "AND", "WITH", ")"].contains(&token) {
        return Err(format!("{token} where a licence was expected"));
    }
    let mut result = ALLOWED.contains(&token.trim_end_matches('+'));
    if tokens
        .get(*at)
        .is_some_and(|t| t.eq_ignore_ascii_case("WITH"))
    {
        let exception = tokens.get(*at + 1).ok_or("WITH names no exception")?;
        result &= ALLOWED_EXCEPTIONS.contains(exception);
        *at += 2;
    }
    Ok(result)
}

/// The notices' text: a table of every dependency, then each distinct
/// licence text once, headed by the packages that ship it.
pub fn notices(crates: &[Dependency], npm: &[Dependency]) -> String {
    let mut out = String::new();
    let version = crate::package::version().unwrap_or_default();
    let _ = writeln!(
        out,
        "Kompetencehjulet {version}: third-party notices\n\n\
         Kompetencehjulet itself is licensed under MIT OR Apache-2.0 (LICENSE-MIT,\n\
         LICENSE-APACHE). competence-wheel.wasm and its chunks contain code from\n\
         the {} Rust crates below (the wasm32 build's dependencies, from cargo tree\n\
         and cargo metadata).",
        crates.len()
    );
    if npm.is_empty() {
        out.push_str(
            "competence-wheel.js bundles no npm package: esbuild's inputs are\n\
             wasm-bindgen's generated glue and the project's own files.\n",
        );
    } else {
        let _ = writeln!(
            out,
            "competence-wheel.js bundles the {} npm packages below.",
            npm.len()
        );
    }
    let width = crates
        .iter()
        .chain(npm)
        .map(|d| d.name.len() + d.version.len() + 1)
        .max()
        .unwrap_or(0);
    for (title, list) in [("Rust crates", crates), ("npm packages", npm)] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title}:\n");
        for dep in list {
            let id = format!("{} {}", dep.name, dep.version);
            let _ = writeln!(out, "  {id:<width$}  {}  {}", dep.licence, dep.source);
        }
    }
    // Each distinct text once, with everyone who ships it.
    let mut by_text: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut without = Vec::new();
    for dep in crates.iter().chain(npm) {
        if dep.texts.is_empty() {
            let authors = if dep.authors.is_empty() {
                String::new()
            } else {
                format!(", by {}", dep.authors)
            };
            without.push(format!(
                "{} {} ({}{authors})",
                dep.name, dep.version, dep.licence
            ));
        }
        for (file, text) in &dep.texts {
            by_text
                .entry(text.trim())
                .or_default()
                .push(format!("{} {} ({file})", dep.name, dep.version));
        }
    }
    if !without.is_empty() {
        let _ = writeln!(
            out,
            "\nThese crates ship no licence file. Each is under the licence its package\n\
             names, copyright its authors; the standard texts of MIT and Apache-2.0\n\
             are at the end of this file:\n\n  {}",
            without.join("\n  ")
        );
    }
    let _ = writeln!(out, "\nLicence texts, as the packages ship them:");
    let mut texts: Vec<(&str, Vec<String>)> = by_text.into_iter().collect();
    texts.sort_by(|a, b| a.1.cmp(&b.1));
    for (text, users) in texts {
        let _ = writeln!(
            out,
            "\n{}\n{}\n{}\n\n{text}",
            "=".repeat(78),
            users.join("\n"),
            "-".repeat(78)
        );
    }
    if !without.is_empty() {
        let read = |name: &str| std::fs::read_to_string(root().join(name)).unwrap_or_default();
        let (apache, mit) = (read("LICENSE-APACHE"), read("LICENSE-MIT"));
        // The project's MIT text after its own copyright line.
        let mit = mit.find("Permission is hereby").map_or("", |at| &mit[at..]);
        let _ = writeln!(
            out,
            "\n{}\nThe MIT licence, for the crates above that ship no licence file\n\
             (Copyright (c) the crate's authors)\n{}\n\n{}\n\n{}\n\
             The Apache License 2.0, for the crates above that ship no licence file\n{}\n\n{}",
            "=".repeat(78),
            "-".repeat(78),
            mit.trim(),
            "=".repeat(78),
            "-".repeat(78),
            apache.trim()
        );
    }
    out
}

fn output(command: &mut Command) -> Result<String, String> {
    let described = format!("{command:?}");
    let out = command
        .current_dir(root())
        .output()
        .map_err(|err| format!("cannot run {described}: {err}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!(
            "{described} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_or_needs_one_allowed_licence_and_an_and_needs_all() {
        for ok in [
            "MIT",
            "MIT OR Apache-2.0",
            "Apache-2.0/MIT",
            "Apache-2.0 / MIT",
            "(MIT OR Apache-2.0) AND Unicode-3.0",
            "Apache-2.0 WITH LLVM-exception OR MIT",
            "GPL-3.0 OR MIT",
            "Unlicense OR MIT",
        ] {
            assert_eq!(allowed(ok), Ok(true), "{ok}");
        }
        for refused in [
            "GPL-3.0",
            "MIT AND GPL-2.0",
            "(MIT OR Apache-2.0) AND AGPL-3.0",
            "LGPL-2.1/GPL-3.0",
            "MPL-2.0",
            "Apache-2.0 WITH Some-Restriction",
        ] {
            assert_eq!(allowed(refused), Ok(false), "{refused}");
        }
        assert!(allowed("MIT OR").is_err());
        assert!(allowed("(MIT").is_err());
    }

    #[test]
    fn a_bundled_file_names_its_npm_package() {
        assert_eq!(
            npm_package_folder("node_modules/lit/index.js").as_deref(),
            Some("node_modules/lit")
        );
        assert_eq!(
            npm_package_folder("../../node_modules/@scope/pkg/dist/a.js").as_deref(),
            Some("../../node_modules/@scope/pkg")
        );
        assert_eq!(npm_package_folder("target/wasm-bindgen/x.js"), None);
    }

    /// The real graph: the crates the wasm is built from, each with an
    /// allowed licence and at least one licence text.
    #[test]
    fn the_wasm_s_crates_are_listed_with_their_licence_texts() {
        let crates = crates().unwrap();
        let names: Vec<&str> = crates.iter().map(|c| c.name.as_str()).collect();
        for expected in ["yew", "wasm-bindgen", "js-sys", "web-sys", "gloo-utils"] {
            assert!(names.contains(&expected), "{expected} in {names:?}");
        }
        // Proc-macros and build tools are not compiled into the wasm.
        for absent in ["yew-macro", "syn", "proc-macro2", "tokio", "serde_derive"] {
            assert!(!names.contains(&absent), "{absent} in {names:?}");
        }
        for dep in &crates {
            assert_eq!(allowed(&dep.licence), Ok(true), "{dep:?}");
        }
        let text = notices(&crates, &[]);
        assert!(text.contains("wasm-bindgen 0.2.130"));
        assert!(text.contains("Permission is hereby granted"));
        assert!(text.contains("Apache License"));
        // yew 0.23.0's crate has no licence file: it is named with its
        // licence, and the standard texts follow.
        assert!(text.contains("\n  yew 0.23.0 (MIT OR Apache-2.0"), "{text}");
        assert!(text.contains("The MIT licence, for the crates above that ship no licence file"));
    }
}
