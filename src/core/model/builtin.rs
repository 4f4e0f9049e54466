//! The built-in KL wheel, baked in at build time so the widget needs no
//! fetch and parses no JSON to show it: `build.rs` reads and validates
//! `www/wheels/kl-medarbejder.{da,en}.json` and writes each as a
//! [`BakedWheel`] static, which [`BakedWheel::wheel`] turns into a [`Wheel`].

use crate::core::color::Rgb;
use crate::core::model::{Dimension, Part, Questions, Wheel};

/// A validated wheel file as static data (written by `build.rs`).
#[derive(Debug)]
pub struct BakedWheel {
    pub id: &'static str,
    pub version: &'static str,
    pub title: &'static str,
    pub lang: &'static str,
    pub source: &'static str,
    pub levels: &'static [&'static str],
    pub questions: Option<BakedQuestions>,
    pub dimensions: &'static [BakedDimension],
}

#[derive(Debug)]
pub struct BakedQuestions {
    pub title: &'static str,
    pub intro: &'static str,
    pub items: &'static [&'static str],
}

#[derive(Debug)]
pub struct BakedDimension {
    pub id: &'static str,
    pub title: &'static str,
    pub short: Option<&'static str>,
    pub intro: &'static str,
    pub color: Option<Rgb>,
    pub parts: &'static [BakedPart],
}

#[derive(Debug)]
pub struct BakedPart {
    pub id: &'static str,
    pub title: &'static str,
    pub short: Option<&'static str>,
    pub description: &'static str,
    pub examples: &'static [&'static str],
}

// `KL_WHEEL_DA` and `KL_WHEEL_EN`. Each is named only by its language's
// table, so in the wasm the English one lands in English's chunk.
include!(concat!(env!("OUT_DIR"), "/builtin_wheels.rs"));

fn owned(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|text| (*text).to_owned()).collect()
}

impl BakedWheel {
    /// The wheel, as `Wheel::from_json` reads it from its file.
    pub fn wheel(&self) -> Wheel {
        Wheel {
            id: self.id.into(),
            version: self.version.into(),
            title: self.title.into(),
            lang: self.lang.into(),
            source: self.source.into(),
            dimensions: self
                .dimensions
                .iter()
                .map(|dim| Dimension {
                    id: dim.id.into(),
                    title: dim.title.into(),
                    short: dim.short.map(str::to_owned),
                    intro: dim.intro.into(),
                    color: dim.color,
                    parts: dim
                        .parts
                        .iter()
                        .map(|part| Part {
                            id: part.id.into(),
                            title: part.title.into(),
                            short: part.short.map(str::to_owned),
                            description: part.description.into(),
                            examples: owned(part.examples),
                            // The KL wheel names no resources: an organisation adds its own.
                            resources: Vec::new(),
                        })
                        .collect(),
                })
                .collect(),
            levels: owned(self.levels),
            questions: self.questions.as_ref().map(|q| Questions {
                title: q.title.into(),
                intro: q.intro.into(),
                items: owned(q.items),
            }),
        }
    }
}

impl Wheel {
    /// The built-in KL wheel ("det digitale kompetencehjul for medarbejdere"),
    /// in Danish. In other languages: `core::i18n::Language::wheel`.
    pub fn builtin() -> Wheel {
        KL_WHEEL_DA.wheel()
    }
}

/// The built-in wheel's files, for the tests (the widget reads the baked
/// statics above; a constant that nothing names is not in the wasm).
pub const BUILTIN_KL_WHEEL: &str = include_str!("../../../www/wheels/kl-medarbejder.da.json");
pub const BUILTIN_KL_WHEEL_EN: &str = include_str!("../../../www/wheels/kl-medarbejder.en.json");

#[cfg(test)]
mod tests {
    use super::*;

    /// The baked data cannot drift from the files: each language's is the
    /// wheel its file parses to.
    #[test]
    fn each_baked_wheel_is_the_wheel_its_file_parses_to() {
        for (baked, file, lang) in [
            (&KL_WHEEL_DA, BUILTIN_KL_WHEEL, "da"),
            (&KL_WHEEL_EN, BUILTIN_KL_WHEEL_EN, "en"),
        ] {
            let parsed = Wheel::from_json(file).expect("the built-in wheel is valid");
            assert_eq!(baked.wheel(), parsed, "{lang}");
            assert_eq!(parsed.lang, lang);
        }
    }
}
