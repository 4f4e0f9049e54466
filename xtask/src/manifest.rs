//! The Custom Elements Manifest (`dist/custom-elements.json`, schema 2.1)
//! for `<competence-wheel>`: what editors, IDEs and catalogues read to
//! offer its attributes, property, events, parts and custom properties.
//!
//! The tables below are its one source; the tests hold them to the element:
//! every attribute `src/js/element.js` observes is here and nothing else,
//! every `part="…"` in the sources is here and nothing else, and every
//! public `--cw-*` property the stylesheets read is here and nothing else.
//! (A browser test checks the built element's `observedAttributes` against
//! the installed package's manifest too: `tests/e2e/npm-package.spec.mjs`.)

use serde_json::{json, Value};

/// An attribute: name, its values as a TypeScript type, default, meaning.
pub struct Attribute {
    pub name: &'static str,
    pub values: &'static str,
    pub default: Option<&'static str>,
    pub description: &'static str,
}

pub const ATTRIBUTES: &[Attribute] = &[
    Attribute {
        name: "lang",
        values: "\"da\" | \"en\" | \"nb\" | \"no\" | \"nn\"",
        default: None,
        description: "The widget's language. Without it: the nearest `lang` on the element or its ancestors, else the page's `<html lang>`, else Danish. nb is Norwegian (Bokmål), also for no and nn.",
    },
    Attribute {
        name: "mode",
        values: "\"explore\" | \"rate\" | \"present\" | \"group\" | \"edit\"",
        default: Some("\"rate\""),
        description: "explore: read only; rate: rate yourself (ratings stay in the browser); present: a workshop on a projector; group: the group's wheel from share codes; edit: the wheel editor. Without it, a share link (#cw-code=) shows the group's wheel.",
    },
    Attribute {
        name: "src",
        values: "string",
        default: None,
        description: "URL of a wheel file (JSON). Without it: the built-in KL wheel (det digitale kompetencehjul for medarbejdere).",
    },
    Attribute {
        name: "storage-key",
        values: "string",
        default: Some("\"competence-wheel:<wheel id>\""),
        description: "The localStorage key the ratings are kept under.",
    },
    Attribute {
        name: "readonly",
        values: "boolean",
        default: None,
        description: "Present: ratings are shown but cannot be changed.",
    },
];

/// `(name, detail type, meaning)`; the detail types are in competence-wheel.d.ts.
pub const EVENTS: &[(&str, &str, &str)] = &[
    (
        "competence-wheel-select",
        "CustomEvent<SelectDetail>",
        "A dimension or part was opened. detail: { id, kind: \"dimension\" | \"part\", title, dimension }. Bubbles and crosses the shadow boundary (composed).",
    ),
    (
        "competence-wheel-rate",
        "CustomEvent<RateDetail>",
        "A part's level or target changed (a note never fires it: notes stay private). detail: { id, title, dimension, level, target }, level and target numbers or null. Bubbles and crosses the shadow boundary (composed).",
    ),
];

/// `(name, what it is)`: the elements exposed with `part`.
pub const PARTS: &[(&str, &str)] = &[
    (
        "title",
        "The wheel's title (also the loading skeleton's title bar).",
    ),
    ("wheel", "The wheel's SVG."),
    ("panel", "The details panel beside or under the wheel."),
    ("toolbar", "The tools: profile, files, reset, print, share."),
    (
        "profile",
        "The profile (ratings, strengths and parts to develop).",
    ),
];

/// `(name, meaning, light default)`; each colour has a `-dark` twin for the
/// dark scheme, listed after it.
pub const PROPERTIES: &[(&str, &str, &str)] = &[
    (
        "--cw-font",
        "Font family.",
        "\"IBM Plex Sans\", system-ui, sans-serif",
    ),
    ("--cw-text", "Text colour (light scheme).", "#1a1a1a"),
    ("--cw-text-dark", "Text colour (dark scheme).", "#f2f2f2"),
    (
        "--cw-muted",
        "Secondary text colour (light scheme).",
        "#454545",
    ),
    (
        "--cw-muted-dark",
        "Secondary text colour (dark scheme).",
        "#c8c8c8",
    ),
    ("--cw-background", "Background (light scheme).", "#ffffff"),
    (
        "--cw-background-dark",
        "Background (dark scheme).",
        "#1a1a1a",
    ),
    (
        "--cw-surface",
        "Panels' and boxes' background (light scheme).",
        "#f2f2f2",
    ),
    (
        "--cw-surface-dark",
        "Panels' and boxes' background (dark scheme).",
        "#2b2b2b",
    ),
    ("--cw-border", "Borders (light scheme).", "#747474"),
    ("--cw-border-dark", "Borders (dark scheme).", "#9a9a9a"),
    ("--cw-focus", "Focus ring (light scheme).", "#1a1a1a"),
    ("--cw-focus-dark", "Focus ring (dark scheme).", "#f2f2f2"),
    ("--cw-link", "Links (light scheme).", "#004d99"),
    ("--cw-link-dark", "Links (dark scheme).", "#9cc7ff"),
    ("--cw-radius", "Corner radius.", "4px"),
];

/// Dimension colours are read by the widget when it mounts, not by the
/// stylesheet: `--cw-dimension-1` … `--cw-dimension-N`.
pub const DIMENSION_COLOURS: usize = 8;

const ELEMENT: &str = "CompetenceWheelElement";
const MODULE: &str = "competence-wheel.js";

/// An attribute's property: `storage-key` is `storageKey`.
fn field_name(attribute: &str) -> String {
    let mut words = attribute.split('-');
    let mut name = words.next().unwrap_or_default().to_string();
    for word in words {
        let mut letters = word.chars();
        if let Some(first) = letters.next() {
            name.extend(first.to_uppercase());
            name.push_str(letters.as_str());
        }
    }
    name
}

/// The manifest, as JSON text.
pub fn json() -> String {
    let attributes: Vec<Value> = ATTRIBUTES
        .iter()
        .map(|a| {
            let mut attribute = json!({
                "name": a.name,
                "type": { "text": a.values },
                "description": a.description,
            });
            if let Some(default) = a.default {
                attribute["default"] = json!(default);
            }
            // Each attribute is also a property of the element, reflected
            // (`lang` is every element's own).
            attribute["fieldName"] = json!(field_name(a.name));
            attribute
        })
        .collect();
    let events: Vec<Value> = EVENTS
        .iter()
        .map(|(name, ty, description)| {
            json!({ "name": name, "type": { "text": ty }, "description": description })
        })
        .collect();
    let parts: Vec<Value> = PARTS
        .iter()
        .map(|(name, description)| json!({ "name": name, "description": description }))
        .collect();
    let mut properties: Vec<Value> = PROPERTIES
        .iter()
        .map(|(name, description, default)| {
            json!({ "name": name, "description": description, "default": default })
        })
        .collect();
    for n in 1..=DIMENSION_COLOURS {
        properties.push(json!({
            "name": format!("--cw-dimension-{n}"),
            "syntax": "<color>",
            "description": format!("Dimension {n}'s colour (#rrggbb; read when the widget mounts; darkened if text on it would not reach 4.5:1)."),
            "default": "the wheel file's colour",
        }));
    }
    let mut members = vec![json!({
        "kind": "field",
        "name": "ratings",
        "type": { "text": "RatingsDocument | null" },
        "description": "The current ratings document (the JSON a saved file holds), or null before the widget is ready or when it is not rating. Set it to replace all ratings, with such a document, a map { partId: level } or its JSON text; ratings for another wheel throw a TypeError.",
    })];
    members.extend(ATTRIBUTES.iter().filter(|a| a.name != "lang").map(|a| {
        let text = if a.values == "boolean" {
            "boolean".to_string()
        } else {
            format!("{} | null", a.values)
        };
        json!({
            "kind": "field",
            "name": field_name(a.name),
            "type": { "text": text },
            "attribute": a.name,
            "reflects": true,
            "description": format!("The `{}` attribute, as a property. {}", a.name, a.description),
        })
    }));
    let element = json!({
        "kind": "class",
        "name": ELEMENT,
        "tagName": "competence-wheel",
        "customElement": true,
        "superclass": { "name": "HTMLElement", "package": "global:" },
        "summary": "An interactive digital competence wheel: explore its parts, rate yourself, present it, see a group's wheel.",
        "description": "Renders inside an open shadow root. Works under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'; style-src 'self'). The colour scheme follows the host page's `color-scheme`, or `data-color-scheme=\"light\" | \"dark\"` on the element.",
        "attributes": attributes,
        "members": members,
        "events": events,
        "cssParts": parts,
        "cssProperties": properties,
    });
    let mount = json!({
        "kind": "function",
        "name": "mount",
        "description": "Mounts the widget into an element (in a shadow root it creates), for hosts that prefer code to markup.",
        "parameters": [
            { "name": "element", "type": { "text": "Element" } },
            { "name": "options", "optional": true, "type": { "text": "MountOptions" } },
        ],
        "return": { "type": { "text": "Promise<Widget>" } },
    });
    let version = json!({
        "kind": "variable",
        "name": "version",
        "type": { "text": "string" },
        "description": "This release's version.",
    });
    let export = |name: &str| json!({ "kind": "js", "name": name, "declaration": { "name": name, "module": MODULE } });
    let manifest = json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": MODULE,
            "declarations": [element, mount, version],
            "exports": [
                export(ELEMENT),
                export("mount"),
                export("version"),
                {
                    "kind": "custom-element-definition",
                    "name": "competence-wheel",
                    "declaration": { "name": ELEMENT, "module": MODULE },
                },
            ],
        }],
    });
    let mut text = serde_json::to_string_pretty(&manifest).expect("a JSON value serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::root;

    fn read(path: &str) -> String {
        std::fs::read_to_string(root().join(path)).unwrap()
    }

    /// The quoted strings of `static observedAttributes = [ … ];` in element.js.
    fn observed_attributes(element_js: &str) -> BTreeSet<String> {
        let start = element_js
            .find("static observedAttributes = [")
            .expect("element.js declares observedAttributes");
        let list = &element_js[start..];
        let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
        list.split(',')
            .map(|item| item.trim().trim_matches(['\'', '"']).to_owned())
            .filter(|item| !item.is_empty())
            .collect()
    }

    #[test]
    fn the_manifest_names_exactly_the_attributes_the_element_observes() {
        let observed = observed_attributes(&read("src/js/element.js"));
        let manifest: BTreeSet<String> = ATTRIBUTES.iter().map(|a| a.name.to_owned()).collect();
        assert_eq!(manifest, observed);
    }

    /// Every `part="…"` in the widget's sources (Rust views and element.js).
    fn parts_in_sources() -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut files = vec![root().join("src/js/element.js")];
        let mut dirs = vec![root().join("src")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for piece in text.split("part=\"").skip(1) {
                found.insert(piece[..piece.find('"').unwrap()].to_owned());
            }
        }
        found
    }

    #[test]
    fn the_manifest_names_exactly_the_parts_the_widget_exposes() {
        let manifest: BTreeSet<String> = PARTS.iter().map(|(n, _)| (*n).to_owned()).collect();
        assert_eq!(manifest, parts_in_sources());
    }

    /// The public custom properties the stylesheets and the skeleton read:
    /// `--cw-c-*` are the widget's own (it sets them from the public ones).
    #[test]
    fn the_manifest_names_exactly_the_custom_properties_the_widget_reads() {
        let mut sources = vec![read("src/js/element.js")];
        for name in crate::dist::STYLES {
            sources.push(read(&format!("styles/{name}.css")));
        }
        let mut read_by_widget = BTreeSet::new();
        for text in &sources {
            for piece in text.split("var(--cw-").skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                if !name.starts_with("c-") {
                    read_by_widget.insert(format!("--cw-{name}"));
                }
            }
        }
        let manifest: BTreeSet<String> = PROPERTIES.iter().map(|(n, ..)| (*n).to_owned()).collect();
        assert_eq!(manifest, read_by_widget);
        // The dimension colours are read by the wasm (edge/web.rs).
        assert!(read("src/edge/web.rs").contains("--cw-dimension-"));
    }

    #[test]
    fn every_entry_is_described_and_the_json_is_schema_2() {
        let manifest: Value = serde_json::from_str(&json()).unwrap();
        assert_eq!(manifest["schemaVersion"], "2.1.0");
        let element = &manifest["modules"][0]["declarations"][0];
        assert_eq!(element["tagName"], "competence-wheel");
        for list in [
            "attributes",
            "members",
            "events",
            "cssParts",
            "cssProperties",
        ] {
            let entries = element[list].as_array().unwrap();
            assert!(!entries.is_empty(), "{list}");
            for entry in entries {
                let text = entry["description"].as_str().unwrap_or_default();
                assert!(text.len() > 10, "{list}: {entry} has no description");
            }
        }
        assert_eq!(element["cssProperties"].as_array().unwrap().len(), 24);
    }
}
