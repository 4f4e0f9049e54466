//! The wheel editor's model: a [`Draft`] of a wheel file that may still be
//! incomplete or wrong, the edits a person makes to it, and what it becomes.
//!
//! A draft holds every text as typed, so nothing is lost while a field is
//! empty or too long. [`Draft::errors`] lists *every* problem the wheel-file
//! validator knows, each at its field's typed [`Path`](crate::core::model::Path),
//! from the same walk that loads a file (`check.rs`); [`Draft::to_json`] writes
//! the file that [`Wheel::from_json`] and `www/wheel.schema.json` accept once
//! there are none.
//!
//! The parts: the draft and its file (here), edits and what they focus next
//! (`edit.rs`), ids (`ids.rs`), validation (`check.rs`), colour advice
//! (`color.rs`) and the stored draft (`stored.rs`).

mod check;
mod color;
mod edit;
mod ids;
mod stored;

pub use color::{color_advice, ColorAdvice};
pub use edit::{Direction, Edit, EntryButton, Field, List, Target};
pub use ids::{slug, Ids};
pub use stored::{decode_draft, encode_draft, StoredDraft};

use crate::core::color::Rgb;
use crate::core::json::Out;
use crate::core::model::file::ResourceFile;
use crate::core::model::{Resource, Wheel, WheelError, WheelFile};

/// A wheel being edited.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// The wheel's id when fixed; made from the title when `None`.
    pub id: Option<String>,
    pub version: String,
    pub title: String,
    pub lang: String,
    pub source: String,
    pub dimensions: Vec<DraftDimension>,
    /// Labels for levels 1, 2, …; empty means the UI language's defaults.
    pub levels: Vec<String>,
    pub questions: DraftQuestions,
}

/// A dimension being edited. `color` is as typed (`#rrggbb` or empty).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftDimension {
    pub id: Option<String>,
    pub title: String,
    pub short: String,
    pub intro: String,
    pub color: String,
    pub parts: Vec<DraftPart>,
}

/// A part being edited.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftPart {
    pub id: Option<String>,
    pub title: String,
    pub short: String,
    pub description: String,
    pub examples: Vec<String>,
    pub resources: Vec<DraftResource>,
}

/// A learning resource being edited; `kind` is a file's value (`kursus`,
/// …) or empty for none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftResource {
    pub title: String,
    pub url: String,
    pub kind: String,
}

impl DraftResource {
    fn from_resource(r: &Resource) -> DraftResource {
        DraftResource {
            title: r.title.clone(),
            url: r.url.clone(),
            kind: r.kind.map(|k| k.name().to_owned()).unwrap_or_default(),
        }
    }

    fn from_file(r: ResourceFile) -> DraftResource {
        DraftResource {
            title: r.title,
            url: r.url,
            kind: r.kind.unwrap_or_default(),
        }
    }

    /// The resource as the file writes it (no kind when it is empty).
    fn to_file(&self) -> ResourceFile {
        ResourceFile {
            title: self.title.clone(),
            url: self.url.clone(),
            kind: optional(&self.kind).map(str::to_owned),
        }
    }
}

/// The reflection questions; all empty means the wheel has none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftQuestions {
    pub title: String,
    pub intro: String,
    pub items: Vec<String>,
}

impl Draft {
    /// A wheel with nothing in it yet, in language `lang`.
    pub fn empty(lang: &str) -> Draft {
        Draft {
            version: "1".into(),
            lang: lang.into(),
            ..Draft::default()
        }
    }

    /// A draft of a valid wheel, with its ids fixed.
    pub fn from_wheel(wheel: &Wheel) -> Draft {
        let optional = |s: &Option<String>| s.clone().unwrap_or_default();
        Draft {
            id: Some(wheel.id.clone()),
            version: wheel.version.clone(),
            title: wheel.title.clone(),
            lang: wheel.lang.clone(),
            source: wheel.source.clone(),
            dimensions: wheel
                .dimensions
                .iter()
                .map(|d| DraftDimension {
                    id: Some(d.id.clone()),
                    title: d.title.clone(),
                    short: optional(&d.short),
                    intro: d.intro.clone(),
                    color: d.color.map(Rgb::to_hex).unwrap_or_default(),
                    parts: d
                        .parts
                        .iter()
                        .map(|p| DraftPart {
                            id: Some(p.id.clone()),
                            title: p.title.clone(),
                            short: optional(&p.short),
                            description: p.description.clone(),
                            examples: p.examples.clone(),
                            resources: p
                                .resources
                                .iter()
                                .map(DraftResource::from_resource)
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            levels: wheel.levels.clone(),
            questions: wheel
                .questions
                .as_ref()
                .map(|q| DraftQuestions {
                    title: q.title.clone(),
                    intro: q.intro.clone(),
                    items: q.items.clone(),
                })
                .unwrap_or_default(),
        }
    }

    /// Reads a wheel file for editing. A file that is not JSON, or whose
    /// shape is wrong (a number where text belongs), is refused with the
    /// reader's error. A file that is well formed but breaks a rule (an
    /// empty title, a duplicate id, a bad colour, …) is loaded as it is, so
    /// that [`Draft::errors`] can show each problem at its field.
    pub fn from_file(text: &str) -> Result<Draft, WheelError> {
        let file = WheelFile::from_json(text)?;
        Ok(match file.first_error() {
            None => Draft::from_wheel(&file.into_wheel()),
            Some(_) => Draft::from_broken(file),
        })
    }

    /// A draft of a well-formed file that breaks rules, as it is. Its ids
    /// are fixed, as a loaded wheel's are; levels are numbered by their
    /// place, so gaps in a file's numbering are mended rather than reported.
    fn from_broken(file: WheelFile) -> Draft {
        Draft {
            id: Some(file.id),
            version: file.version,
            title: file.title,
            lang: file.lang,
            source: file.source,
            dimensions: file
                .dimensions
                .into_iter()
                .map(|d| DraftDimension {
                    id: Some(d.id),
                    title: d.title,
                    short: d.short.unwrap_or_default(),
                    intro: d.intro,
                    color: d.color.unwrap_or_default(),
                    parts: d
                        .parts
                        .into_iter()
                        .map(|p| DraftPart {
                            id: Some(p.id),
                            title: p.title,
                            short: p.short.unwrap_or_default(),
                            description: p.description,
                            examples: p.examples,
                            resources: p
                                .resources
                                .into_iter()
                                .map(DraftResource::from_file)
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            levels: file.levels.into_iter().map(|level| level.label).collect(),
            questions: file
                .questions
                .map(|q| DraftQuestions {
                    title: q.title,
                    intro: q.intro,
                    items: q.items,
                })
                .unwrap_or_default(),
        }
    }

    /// The text in `field` (an id field shows the id the file will carry).
    pub fn get(&self, field: Field) -> String {
        match field {
            Field::Id => self.ids().wheel,
            Field::DimensionId(d) => self.ids().dimensions.get(d).cloned().unwrap_or_default(),
            Field::PartId(d, p) => self
                .ids()
                .parts
                .get(d)
                .and_then(|parts| parts.get(p))
                .cloned()
                .unwrap_or_default(),
            _ => self.text(field).cloned().unwrap_or_default(),
        }
    }

    fn text(&self, field: Field) -> Option<&String> {
        let dim = |d: usize| self.dimensions.get(d);
        let part = |d: usize, p: usize| dim(d).and_then(|dim| dim.parts.get(p));
        let resource = |d, p, r: usize| part(d, p).and_then(|part| part.resources.get(r));
        match field {
            Field::Version => Some(&self.version),
            Field::Title => Some(&self.title),
            Field::Lang => Some(&self.lang),
            Field::Source => Some(&self.source),
            Field::DimensionTitle(d) => dim(d).map(|x| &x.title),
            Field::DimensionShort(d) => dim(d).map(|x| &x.short),
            Field::DimensionIntro(d) => dim(d).map(|x| &x.intro),
            Field::DimensionColor(d) => dim(d).map(|x| &x.color),
            Field::PartTitle(d, p) => part(d, p).map(|x| &x.title),
            Field::PartShort(d, p) => part(d, p).map(|x| &x.short),
            Field::PartDescription(d, p) => part(d, p).map(|x| &x.description),
            Field::Example(d, p, e) => part(d, p).and_then(|x| x.examples.get(e)),
            Field::ResourceTitle(d, p, r) => resource(d, p, r).map(|x| &x.title),
            Field::ResourceUrl(d, p, r) => resource(d, p, r).map(|x| &x.url),
            Field::ResourceKind(d, p, r) => resource(d, p, r).map(|x| &x.kind),
            Field::Level(i) => self.levels.get(i),
            Field::QuestionsTitle => Some(&self.questions.title),
            Field::QuestionsIntro => Some(&self.questions.intro),
            Field::Question(i) => self.questions.items.get(i),
            Field::Id | Field::DimensionId(_) | Field::PartId(..) => None,
        }
    }

    fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        let questions = &mut self.questions;
        let dims = &mut self.dimensions;
        match field {
            Field::Version => Some(&mut self.version),
            Field::Title => Some(&mut self.title),
            Field::Lang => Some(&mut self.lang),
            Field::Source => Some(&mut self.source),
            Field::DimensionTitle(d) => dims.get_mut(d).map(|x| &mut x.title),
            Field::DimensionShort(d) => dims.get_mut(d).map(|x| &mut x.short),
            Field::DimensionIntro(d) => dims.get_mut(d).map(|x| &mut x.intro),
            Field::DimensionColor(d) => dims.get_mut(d).map(|x| &mut x.color),
            Field::PartTitle(d, p) => part_mut(dims, d, p).map(|x| &mut x.title),
            Field::PartShort(d, p) => part_mut(dims, d, p).map(|x| &mut x.short),
            Field::PartDescription(d, p) => part_mut(dims, d, p).map(|x| &mut x.description),
            Field::Example(d, p, e) => part_mut(dims, d, p).and_then(|x| x.examples.get_mut(e)),
            Field::ResourceTitle(d, p, r) => resource_mut(dims, d, p, r).map(|x| &mut x.title),
            Field::ResourceUrl(d, p, r) => resource_mut(dims, d, p, r).map(|x| &mut x.url),
            Field::ResourceKind(d, p, r) => resource_mut(dims, d, p, r).map(|x| &mut x.kind),
            Field::Level(i) => self.levels.get_mut(i),
            Field::QuestionsTitle => Some(&mut questions.title),
            Field::QuestionsIntro => Some(&mut questions.intro),
            Field::Question(i) => questions.items.get_mut(i),
            Field::Id | Field::DimensionId(_) | Field::PartId(..) => None,
        }
    }

    /// Whether the wheel has reflection questions (anything written in them).
    pub fn has_questions(&self) -> bool {
        let q = &self.questions;
        !(q.title.trim().is_empty() && q.intro.trim().is_empty() && q.items.is_empty())
    }

    /// The wheel file, pretty-printed. It loads (and meets the schema) when
    /// [`Draft::errors`] is empty.
    pub fn to_json(&self) -> String {
        let ids = self.ids();
        let mut file = vec![
            ("id", Out::Str(&ids.wheel)),
            ("version", Out::Str(&self.version)),
            ("title", Out::Str(&self.title)),
            ("lang", Out::Str(&self.lang)),
            ("source", Out::Str(&self.source)),
        ];
        if !self.levels.is_empty() {
            let levels = self.levels.iter().enumerate().map(|(i, label)| {
                Out::Object(vec![
                    ("value", Out::Int(i as u64 + 1)),
                    ("label", Out::Str(label)),
                ])
            });
            file.push(("levels", Out::Array(levels.collect())));
        }
        if self.has_questions() {
            let q = &self.questions;
            file.push((
                "questions",
                Out::Object(vec![
                    ("title", Out::Str(&q.title)),
                    ("intro", Out::Str(&q.intro)),
                    ("items", texts(&q.items)),
                ]),
            ));
        }
        let dimensions = self.dimensions.iter().enumerate().map(|(d, dim)| {
            let parts = dim.parts.iter().enumerate().map(|(p, part)| {
                let mut members = vec![
                    ("id", Out::Str(&ids.parts[d][p])),
                    ("title", Out::Str(&part.title)),
                ];
                push_optional(&mut members, "short", &part.short);
                members.push(("description", Out::Str(&part.description)));
                members.push(("examples", texts(&part.examples)));
                if !part.resources.is_empty() {
                    let resources = part.resources.iter().map(|r| {
                        let mut members =
                            vec![("title", Out::Str(&r.title)), ("url", Out::Str(&r.url))];
                        push_optional(&mut members, "kind", &r.kind);
                        Out::Object(members)
                    });
                    members.push(("resources", Out::Array(resources.collect())));
                }
                Out::Object(members)
            });
            let mut members = vec![
                ("id", Out::Str(&ids.dimensions[d])),
                ("title", Out::Str(&dim.title)),
            ];
            push_optional(&mut members, "short", &dim.short);
            members.push(("intro", Out::Str(&dim.intro)));
            push_optional(&mut members, "color", &dim.color);
            members.push(("parts", Out::Array(parts.collect())));
            Out::Object(members)
        });
        file.push(("dimensions", Out::Array(dimensions.collect())));
        Out::Object(file).pretty() + "\n"
    }

    /// The wheel as the widget will show it, when the draft has no errors.
    pub fn to_wheel(&self) -> Result<Wheel, WheelError> {
        Wheel::from_json(&self.to_json())
    }

    /// A file name for the download: `<wheel id>.json`.
    pub fn file_name(&self) -> String {
        format!("{}.json", self.ids().wheel)
    }
}

/// `"key": text` added only when the text is not empty (optional fields).
fn push_optional<'a>(members: &mut Vec<(&'static str, Out<'a>)>, key: &'static str, text: &'a str) {
    if !text.is_empty() {
        members.push((key, Out::Str(text)));
    }
}

fn optional(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

fn texts(list: &[String]) -> Out<'_> {
    Out::Array(list.iter().map(|text| Out::Str(text)).collect())
}

fn part_mut(dims: &mut [DraftDimension], d: usize, p: usize) -> Option<&mut DraftPart> {
    dims.get_mut(d)?.parts.get_mut(p)
}

fn resource_mut(
    dims: &mut [DraftDimension],
    d: usize,
    p: usize,
    r: usize,
) -> Option<&mut DraftResource> {
    part_mut(dims, d, p)?.resources.get_mut(r)
}

#[cfg(test)]
mod tests;
