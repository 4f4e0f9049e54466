//! The built-in wheels, checked with serde before `cargo xtask dist` builds.
//!
//! The widget reads wheel files with its own small reader (no serde in the
//! wasm), and validates them at run time. The two files it carries,
//! `www/wheels/kl-medarbejder.{da,en}.json`, are ours: here they are read
//! into typed structs that refuse unknown keys (a misspelt `"exmples"` would
//! otherwise be dropped silently), held to `www/wheel.schema.json`'s limits,
//! and held to each other, since a person who switches language must find
//! their ratings: one wheel id, the same dimensions and parts in the same
//! order, the same levels and colours.
//!
//! The widget's build script (`build.rs`) includes this file too: it bakes
//! the wheels this check returns into static data, so a wheel that fails
//! here fails the widget's build with this message.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;

/// The built-in wheel in each language the widget carries.
pub const BUILTIN: &[&str] = &[
    "www/wheels/kl-medarbejder.da.json",
    "www/wheels/kl-medarbejder.en.json",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WheelFile {
    pub id: String,
    pub version: Version,
    pub title: String,
    pub lang: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub levels: Vec<Level>,
    #[serde(default)]
    pub questions: Option<Questions>,
    pub dimensions: Vec<Dimension>,
}

#[derive(Deserialize)]
#[serde(untagged)]
pub enum Version {
    Text(String),
    Number(f64),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub value: u8,
    pub label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questions {
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
    pub items: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub short: Option<String>,
    pub intro: String,
    #[serde(default)]
    pub color: Option<String>,
    pub parts: Vec<Part>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub short: Option<String>,
    pub description: String,
    #[serde(default)]
    pub examples: Vec<String>,
}

/// Checks every built-in wheel and that they agree, and gives them back
/// with their files; the error names the file and what is wrong.
pub fn check(root: &Path) -> Result<Vec<(&'static str, WheelFile)>, String> {
    let mut wheels = Vec::new();
    for &file in BUILTIN {
        let text = std::fs::read_to_string(root.join(file))
            .map_err(|err| format!("cannot read {file}: {err}"))?;
        let wheel = parse(&text).map_err(|err| format!("{file}: {err}"))?;
        let lang = file.rsplit('.').nth(1).unwrap_or_default();
        if wheel.lang != lang {
            return Err(format!(
                "{file}: \"lang\" is {:?}, the file name says {lang:?}",
                wheel.lang
            ));
        }
        wheels.push((file, wheel));
    }
    if let Some(((first_file, first), rest)) = wheels.split_first() {
        for (file, wheel) in rest {
            agree(first, wheel).map_err(|err| format!("{file} and {first_file} differ: {err}"))?;
        }
    }
    Ok(wheels)
}

/// One wheel file, read with serde and held to the schema's limits.
fn parse(text: &str) -> Result<WheelFile, String> {
    let wheel: WheelFile = serde_json::from_str(text).map_err(|err| err.to_string())?;
    let mut ids = HashSet::new();
    id("the wheel", &wheel.id)?;
    title("the wheel's title", &wheel.title)?;
    match &wheel.version {
        Version::Text(version) => title("version", version)?,
        Version::Number(version) if *version < 0.0 => {
            return Err(format!("the version {version} is below 0"))
        }
        Version::Number(_) => {}
    }
    if let Some(source) = &wheel.source {
        limit("source", source, 0)?;
    }
    if !wheel.levels.is_empty() && !(2..=10).contains(&wheel.levels.len()) {
        return Err(format!("{} levels (2 to 10, or none)", wheel.levels.len()));
    }
    for (n, level) in wheel.levels.iter().enumerate() {
        if usize::from(level.value) != n + 1 {
            return Err(format!("level {} has the value {}", n + 1, level.value));
        }
        title("a level's label", &level.label)?;
    }
    if let Some(questions) = &wheel.questions {
        title("the questions' title", &questions.title)?;
        if let Some(intro) = &questions.intro {
            limit("the questions' intro", intro, 0)?;
        }
        count("questions", questions.items.len(), 30)?;
        for item in &questions.items {
            limit("a question", item, 1)?;
        }
    }
    count("dimensions", wheel.dimensions.len(), 64)?;
    for dimension in &wheel.dimensions {
        id("a dimension", &dimension.id)?;
        unique(&mut ids, &dimension.id)?;
        title(&dimension.id, &dimension.title)?;
        if let Some(short) = &dimension.short {
            title(&dimension.id, short)?;
        }
        limit(&dimension.id, &dimension.intro, 1)?;
        if let Some(color) = &dimension.color {
            let hex = color.strip_prefix('#').unwrap_or_default();
            if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(format!(
                    "{}: the colour {color:?} is not #rrggbb",
                    dimension.id
                ));
            }
        }
        count(&dimension.id, dimension.parts.len(), 64)?;
        for part in &dimension.parts {
            id("a part", &part.id)?;
            unique(&mut ids, &part.id)?;
            title(&part.id, &part.title)?;
            if let Some(short) = &part.short {
                title(&part.id, short)?;
            }
            limit(&part.id, &part.description, 1)?;
            if part.examples.len() > 30 {
                return Err(format!(
                    "{}: {} examples (at most 30)",
                    part.id,
                    part.examples.len()
                ));
            }
            for example in &part.examples {
                limit(&part.id, example, 1)?;
            }
        }
    }
    Ok(wheel)
}

/// What a person keeps across languages: ids, order, levels and colours.
fn agree(a: &WheelFile, b: &WheelFile) -> Result<(), String> {
    if a.id != b.id {
        return Err(format!("the wheel id {:?} against {:?}", b.id, a.id));
    }
    let shape = |wheel: &WheelFile| -> Vec<(String, Option<String>, Vec<String>)> {
        wheel
            .dimensions
            .iter()
            .map(|d| {
                let parts = d.parts.iter().map(|p| p.id.clone()).collect();
                (d.id.clone(), d.color.clone(), parts)
            })
            .collect()
    };
    if shape(a) != shape(b) {
        return Err(
            "the dimensions, their colours or their parts are not the same, in the same order"
                .into(),
        );
    }
    let values = |wheel: &WheelFile| wheel.levels.iter().map(|l| l.value).collect::<Vec<_>>();
    if values(a) != values(b) {
        return Err("the levels are not the same".into());
    }
    Ok(())
}

fn id(what: &str, id: &str) -> Result<(), String> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-';
    if id.is_empty() || id.len() > 200 || !id.chars().all(allowed) {
        return Err(format!(
            "{what}'s id {id:?} is not 1–200 of a–z, 0–9, _ and -"
        ));
    }
    Ok(())
}

fn unique(ids: &mut HashSet<String>, id: &str) -> Result<(), String> {
    if !ids.insert(id.to_owned()) {
        return Err(format!("the id {id:?} is used twice"));
    }
    Ok(())
}

fn title(what: &str, text: &str) -> Result<(), String> {
    let length = text.chars().count();
    if text.trim().is_empty() || length > 200 {
        return Err(format!(
            "{what}: a title of {length} characters (1–200, not blank)"
        ));
    }
    Ok(())
}

fn limit(what: &str, text: &str, at_least: usize) -> Result<(), String> {
    let length = text.chars().count();
    if text.trim().chars().count() < at_least || length > 2000 {
        return Err(format!(
            "{what}: a text of {length} characters ({at_least}–2000)"
        ));
    }
    Ok(())
}

fn count(what: &str, n: usize, most: usize) -> Result<(), String> {
    if n == 0 || n > most {
        return Err(format!("{what}: {n} entries (1 to {most})"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(file: &str) -> String {
        std::fs::read_to_string(crate::root().join(file)).unwrap()
    }

    #[test]
    fn the_built_in_wheels_pass_and_agree() {
        check(&crate::root()).unwrap();
    }

    #[test]
    fn a_misspelt_key_is_refused() {
        let text = read(BUILTIN[1]).replacen("\"examples\"", "\"exmples\"", 1);
        let error = parse(&text).err().unwrap();
        assert!(error.contains("exmples"), "{error}");
    }

    #[test]
    fn a_part_renamed_in_one_language_only_is_refused() {
        let da = parse(&read(BUILTIN[0])).unwrap();
        let en = read(BUILTIN[1]);
        let part = &da.dimensions[0].parts[0].id;
        let renamed = en.replacen(&format!("\"{part}\""), "\"renamed\"", 1);
        let error = agree(&da, &parse(&renamed).unwrap()).unwrap_err();
        assert!(error.contains("parts"), "{error}");
    }

    #[test]
    fn the_schema_limits_hold() {
        let en = read(BUILTIN[1]);
        let colour = parse(&en).unwrap().dimensions[0].color.clone().unwrap();
        let error = parse(&en.replacen(&colour, "#12345", 1)).err().unwrap();
        assert!(error.contains("#rrggbb"), "{error}");
        let error = parse(&en.replacen("\"id\": \"", "\"id\": \"Upper", 1))
            .err()
            .unwrap();
        assert!(error.contains("Upper"), "{error}");
        let wheel = parse(&en).unwrap();
        let twice = en.replacen(
            &format!("\"id\": \"{}\"", wheel.dimensions[1].parts[0].id),
            &format!("\"id\": \"{}\"", wheel.dimensions[0].parts[0].id),
            1,
        );
        let error = parse(&twice).err().unwrap();
        assert!(error.contains("twice"), "{error}");
    }
}
