//! Makes `dist/` an npm package a site can install (`npm pack` in `dist/`
//! gives the tarball): `package.json`, the types (`competence-wheel.d.ts`),
//! the Custom Elements Manifest, the licences and the third-party notices,
//! and a short README. Run last in `cargo xtask dist`, so `package.json`'s
//! `files` and `exports` name the files dist/ actually holds, whatever they
//! are called.
//!
//! The version is Cargo.toml's. The module's `export const version` and
//! CHANGELOG.md must name it too: the build stops if either does not.

use std::fs;
use std::path::Path;

use serde_json::{json, Value};

use crate::{licences, manifest, root};

/// The package's name on npm.
pub const NAME: &str = "kompetencehjulet";
/// The entry module: it defines `<competence-wheel>` when imported.
const ENTRY: &str = "competence-wheel.js";
const TYPES: &str = "competence-wheel.d.ts";
const MANIFEST: &str = "custom-elements.json";

/// Writes the package's files into `dist` and prints what it holds.
pub fn write(dist: &Path) -> Result<(), String> {
    let version = version()?;
    check_versions(&version)?;
    let (crates, npm) = licences::write(dist)?;
    let root = root();
    for (from, to) in [
        ("LICENSE-MIT", "LICENSE-MIT"),
        ("LICENSE-APACHE", "LICENSE-APACHE"),
        ("src/js/competence-wheel.d.ts", TYPES),
        ("src/js/package-README.md", "README.md"),
    ] {
        fs::copy(root.join(from), dist.join(to))
            .map_err(|err| format!("cannot copy {from} to dist/: {err}"))?;
    }
    write_file(&dist.join(MANIFEST), &manifest::json())?;
    let files = listing(dist)?;
    write_file(&dist.join("package.json"), &package_json(&version, &files))?;
    eprintln!(
        "{NAME} {version}: dist/ is an npm package ({} files; `npm pack` in dist/ makes the tarball); \
         THIRD-PARTY-NOTICES.txt lists {crates} crates and {npm} npm packages",
        files.len() + 1
    );
    Ok(())
}

/// `package.json` for the files in dist/ (`files`, without package.json).
/// Written in this order: a reader expects the name first, and the
/// `types` condition must come before `default` to be seen.
pub fn package_json(version: &str, files: &[String]) -> String {
    let entry = || {
        Ordered::Object(vec![
            ("types", Ordered::Value(json!(format!("./{TYPES}")))),
            ("default", Ordered::Value(json!(format!("./{ENTRY}")))),
        ])
    };
    let mut exports = vec![
        (".".to_owned(), entry()),
        (format!("./{ENTRY}"), entry()),
        (
            "./package.json".to_owned(),
            Ordered::Value(json!("./package.json")),
        ),
    ];
    // Every asset by its own name (the stylesheet, the wasm and its chunks,
    // the frame and editor pages), for bundlers and for copying; the
    // precompressed siblings are in `files` for servers that send them.
    for file in files {
        let compressed = file.ends_with(".gz") || file.ends_with(".br");
        if !compressed && file != ENTRY && file != TYPES {
            exports.push((
                format!("./{file}"),
                Ordered::Value(json!(format!("./{file}"))),
            ));
            // A hashed file also by its name without the hash, so that an
            // import of `kompetencehjulet/competence-wheel.css` keeps
            // working from one release to the next.
            if let Some(plain) = without_hash(file) {
                exports.push((
                    format!("./{plain}"),
                    Ordered::Value(json!(format!("./{file}"))),
                ));
            }
        }
    }
    let value = |v: Value| Ordered::Value(v);
    let package = Ordered::Object(vec![
        ("name", value(json!(NAME))),
        ("version", value(json!(version))),
        ("description", value(json!("Kompetencehjulet: an embeddable, interactive digital competence wheel as a custom element, <competence-wheel> (WebAssembly)"))),
        ("keywords", value(json!(["competence wheel", "kompetencehjul", "custom element", "web component", "webassembly"]))),
        ("license", value(json!("MIT OR Apache-2.0"))),
        ("type", value(json!("module"))),
        ("main", value(json!(format!("./{ENTRY}")))),
        ("types", value(json!(format!("./{TYPES}")))),
        ("exports", Ordered::Keyed(exports)),
        // Importing the entry defines the element: bundlers must keep it.
        ("sideEffects", value(json!([format!("./{ENTRY}")]))),
        ("customElements", value(json!(format!("./{MANIFEST}")))),
        ("files", value(json!(files))),
    ]);
    let mut text = String::new();
    package.render(0, &mut text);
    text.push('\n');
    text
}

/// A JSON object whose keys keep their order (serde_json's map sorts them).
enum Ordered {
    Object(Vec<(&'static str, Ordered)>),
    Keyed(Vec<(String, Ordered)>),
    Value(Value),
}

impl Ordered {
    fn render(&self, indent: usize, out: &mut String) {
        let entries: Vec<(&str, &Ordered)> = match self {
            Ordered::Object(entries) => entries.iter().map(|(k, v)| (*k, v)).collect(),
            Ordered::Keyed(entries) => entries.iter().map(|(k, v)| (k.as_str(), v)).collect(),
            Ordered::Value(value) => {
                let text = serde_json::to_string_pretty(value).expect("a JSON value serialises");
                out.push_str(&text.replace('\n', &format!("\n{}", "  ".repeat(indent))));
                return;
            }
        };
        out.push_str("{\n");
        for (index, (key, value)) in entries.iter().enumerate() {
            out.push_str(&"  ".repeat(indent + 1));
            out.push_str(&json!(key).to_string());
            out.push_str(": ");
            value.render(indent + 1, out);
            out.push_str(if index + 1 < entries.len() {
                ",\n"
            } else {
                "\n"
            });
        }
        out.push_str(&"  ".repeat(indent));
        out.push('}');
    }
}

/// The files in `dist`, sorted, without package.json.
fn listing(dist: &Path) -> Result<Vec<String>, String> {
    let mut files: Vec<String> = fs::read_dir(dist)
        .map_err(|err| format!("cannot read dist/: {err}"))?
        .flatten()
        .filter(|entry| entry.path().is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "package.json")
        .collect();
    files.sort();
    Ok(files)
}

/// The workspace package's version, from the root Cargo.toml.
pub fn version() -> Result<String, String> {
    let cargo = read("Cargo.toml")?;
    let package = cargo
        .split("\n[")
        .find(|section| section.starts_with("package]"))
        .ok_or("Cargo.toml has no [package]")?;
    package
        .lines()
        .find_map(|line| line.strip_prefix("version = \""))
        .map(|rest| rest.trim_end_matches('"').to_owned())
        .ok_or_else(|| "Cargo.toml's [package] has no version".to_owned())
}

/// The module's `version` and the changelog must name Cargo.toml's version.
fn check_versions(version: &str) -> Result<(), String> {
    let exported = format!("export const version = '{version}';");
    if !read("src/js/element.js")?.contains(&exported) {
        return Err(format!(
            "src/js/element.js must say {exported} (Cargo.toml's version)"
        ));
    }
    let heading = format!("## [{version}]");
    if !read("CHANGELOG.md")?
        .lines()
        .any(|line| line.starts_with(&heading))
    {
        return Err(format!(
            "CHANGELOG.md has no section for {version} ({heading} …)"
        ));
    }
    Ok(())
}

fn read(path: &str) -> Result<String, String> {
    fs::read_to_string(root().join(path)).map_err(|err| format!("cannot read {path}: {err}"))
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
}

/// `competence-wheel.3f9a1c2b04.css` without its content hash:
/// `competence-wheel.css`; `None` for a name without one.
fn without_hash(file: &str) -> Option<String> {
    let (stem, extension) = file.rsplit_once('.')?;
    let (name, hash) = stem.rsplit_once('.')?;
    let is_hash = hash.len() >= 8 && hash.bytes().all(|b| b.is_ascii_hexdigit());
    is_hash.then(|| format!("{name}.{extension}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_module_and_the_changelog_name_cargo_s_version() {
        let version = version().unwrap();
        assert!(version.split('.').count() == 3, "{version}");
        check_versions(&version).unwrap();
        assert!(check_versions("99.0.0").is_err());
    }

    #[test]
    fn the_package_exports_the_module_with_its_types_and_every_asset() {
        let files: Vec<String> = [
            "competence-wheel.css",
            "competence-wheel.css.gz",
            "competence-wheel.d.ts",
            "competence-wheel.js",
            "competence-wheel.3f9a1c2b.wasm",
            "custom-elements.json",
        ]
        .map(String::from)
        .to_vec();
        let text = package_json("1.2.3", &files);
        let package: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(package["version"], "1.2.3");
        assert_eq!(package["type"], "module");
        assert_eq!(package["exports"]["."]["types"], "./competence-wheel.d.ts");
        assert_eq!(package["exports"]["."]["default"], "./competence-wheel.js");
        // A types condition must come before default to be seen.
        let types = text.find("\"types\": \"./competence-wheel.d.ts\"").unwrap();
        assert!(types < text.find("\"default\": \"./competence-wheel.js\"").unwrap());
        assert!(text.starts_with("{\n  \"name\": \"kompetencehjulet\",\n  \"version\": \"1.2.3\","));
        assert_eq!(
            package["exports"]["./competence-wheel.3f9a1c2b.wasm"],
            "./competence-wheel.3f9a1c2b.wasm"
        );
        assert_eq!(
            package["exports"]["./competence-wheel.css"],
            "./competence-wheel.css"
        );
        // A hashed file is exported by its name without the hash too.
        assert_eq!(
            package["exports"]["./competence-wheel.wasm"],
            "./competence-wheel.3f9a1c2b.wasm"
        );
        assert!(package["exports"]
            .get("./competence-wheel.css.gz")
            .is_none());
        assert_eq!(package["files"].as_array().unwrap().len(), files.len());
        assert_eq!(package["sideEffects"], json!(["./competence-wheel.js"]));
        assert_eq!(package["customElements"], "./custom-elements.json");
    }
}
