//! The wheel editor's model: a [`Draft`] of a wheel file that may still be
//! incomplete or wrong, the edits a person makes to it, and what it becomes.
//!
//! A draft holds every text as typed, so nothing is lost while a field is
//! empty or too long. [`Draft::errors`] lists *every* problem the wheel-file
//! validator in [`crate::core::model`] knows, each with the JSON path of its
//! field (the validator itself stops at the first); [`Draft::to_json`] writes
//! the file that [`Wheel::from_json`] and `www/wheel.schema.json` accept once
//! there are none.
//!
//! Ids: a dimension's or part's id is made from its title (URL-safe and unique
//! in the wheel) until the id is *fixed*. Ids are fixed when a wheel is loaded
//! from a file or built in, when the person writes one, and when the wheel is
//! downloaded: from then on ratings and links depend on them, so renaming a
//! part keeps its id.

use crate::core::color::{DimensionPalette, Rgb, TEXT_CONTRAST};
use crate::core::json::{self, Out};
use crate::core::model::{self, plain, Wheel, WheelError, LEVEL_RANGE, LIMITS};

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
}

/// The reflection questions; all empty means the wheel has none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftQuestions {
    pub title: String,
    pub intro: String,
    pub items: Vec<String>,
}

/// One text field of the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Id,
    Version,
    Title,
    Lang,
    Source,
    DimensionId(usize),
    DimensionTitle(usize),
    DimensionShort(usize),
    DimensionIntro(usize),
    DimensionColor(usize),
    PartId(usize, usize),
    PartTitle(usize, usize),
    PartShort(usize, usize),
    PartDescription(usize, usize),
    Example(usize, usize, usize),
    Level(usize),
    QuestionsTitle,
    QuestionsIntro,
    Question(usize),
}

/// A list in the draft whose entries can be added, removed and moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Dimensions,
    Parts(usize),
    Examples(usize, usize),
    Levels,
    Questions,
}

/// Up or down in a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// A change the person makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Set(Field, String),
    /// Appends an empty entry (a new dimension comes with one empty part).
    Add(List),
    Remove(List, usize),
    Move(List, usize, Direction),
}

/// What should have focus after an edit, as an element id (see [`dom_id`]).
pub type FocusTarget = String;

/// The element id of the control for a JSON path, e.g.
/// `$.dimensions[1].title` → `cwe-dimensions-1-title`. A list's path names
/// its *Add* button; `…-up`, `…-down` and `…-remove` name an entry's buttons.
pub fn dom_id(path: &str) -> String {
    let mut id = String::from("cwe");
    for c in path.trim_start_matches('$').chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_owned()
}

impl Field {
    /// The field's JSON path in the wheel file.
    pub fn path(self) -> String {
        let dim = |d: usize| format!("$.dimensions[{d}]");
        let part = |d: usize, p: usize| format!("$.dimensions[{d}].parts[{p}]");
        match self {
            Field::Id => "$.id".into(),
            Field::Version => "$.version".into(),
            Field::Title => "$.title".into(),
            Field::Lang => "$.lang".into(),
            Field::Source => "$.source".into(),
            Field::DimensionId(d) => format!("{}.id", dim(d)),
            Field::DimensionTitle(d) => format!("{}.title", dim(d)),
            Field::DimensionShort(d) => format!("{}.short", dim(d)),
            Field::DimensionIntro(d) => format!("{}.intro", dim(d)),
            Field::DimensionColor(d) => format!("{}.color", dim(d)),
            Field::PartId(d, p) => format!("{}.id", part(d, p)),
            Field::PartTitle(d, p) => format!("{}.title", part(d, p)),
            Field::PartShort(d, p) => format!("{}.short", part(d, p)),
            Field::PartDescription(d, p) => format!("{}.description", part(d, p)),
            Field::Example(d, p, e) => format!("{}.examples[{e}]", part(d, p)),
            Field::Level(i) => format!("$.levels[{i}].label"),
            Field::QuestionsTitle => "$.questions.title".into(),
            Field::QuestionsIntro => "$.questions.intro".into(),
            Field::Question(i) => format!("$.questions.items[{i}]"),
        }
    }

    /// The id of the field's input element.
    pub fn dom_id(self) -> String {
        dom_id(&self.path())
    }
}

impl List {
    /// The list's JSON path in the wheel file.
    pub fn path(self) -> String {
        match self {
            List::Dimensions => "$.dimensions".into(),
            List::Parts(d) => format!("$.dimensions[{d}].parts"),
            List::Examples(d, p) => format!("$.dimensions[{d}].parts[{p}].examples"),
            List::Levels => "$.levels".into(),
            List::Questions => "$.questions.items".into(),
        }
    }

    /// The id of entry `index`'s button `action` (`up`, `down`, `remove`).
    pub fn button_id(self, index: usize, action: &str) -> String {
        format!("{}-{index}-{action}", dom_id(&self.path()))
    }

    /// The first field of entry `index`, focused when it is added.
    pub fn first_field(self, index: usize) -> Field {
        match self {
            List::Dimensions => Field::DimensionTitle(index),
            List::Parts(d) => Field::PartTitle(d, index),
            List::Examples(d, p) => Field::Example(d, p, index),
            List::Levels => Field::Level(index),
            List::Questions => Field::Question(index),
        }
    }

    /// How many entries the list may hold.
    pub fn limit(self) -> usize {
        match self {
            List::Dimensions => LIMITS.dimensions,
            List::Parts(_) => LIMITS.parts_per_dimension,
            List::Examples(..) | List::Questions => LIMITS.examples,
            List::Levels => LEVEL_RANGE.1,
        }
    }
}

/// The ids a draft's wheel file will carry, fixed or made from titles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ids {
    pub wheel: String,
    pub dimensions: Vec<String>,
    pub parts: Vec<Vec<String>>,
}

/// Makes an id from a title: lower case a–z and 0–9, Danish and other
/// accented letters spelled out (æ → ae, ø → oe, å → aa, é → e), anything else
/// as one `-`, at most 60 characters. Empty when the title has no letters.
pub fn slug(title: &str) -> String {
    let mut id = String::new();
    for c in plain(title).to_lowercase().chars() {
        let spelled = match c {
            'a'..='z' | '0'..='9' => {
                id.push(c);
                continue;
            }
            'æ' | 'ä' => "ae",
            'ø' | 'ö' => "oe",
            'å' => "aa",
            'ü' => "ue",
            'ß' => "ss",
            'á' | 'à' | 'â' | 'ã' => "a",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ó' | 'ò' | 'ô' | 'õ' => "o",
            'ú' | 'ù' | 'û' => "u",
            'ç' => "c",
            'ñ' => "n",
            'ý' | 'ÿ' => "y",
            _ => {
                if !id.is_empty() && !id.ends_with('-') {
                    id.push('-');
                }
                continue;
            }
        };
        id.push_str(spelled);
    }
    let mut id = id.trim_end_matches('-').to_owned();
    if id.len() > 60 {
        id.truncate(60);
        id = id.trim_end_matches('-').to_owned();
    }
    id
}

/// `base`, or `base-2`, `base-3`, … : the first not in `taken`.
fn unique(base: &str, taken: &[String]) -> String {
    if !taken.iter().any(|t| t == base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .expect("an unused suffix exists")
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
    /// validator's error. A file that is well formed but breaks a rule
    /// (an empty title, a duplicate id, a bad colour, …) is loaded as it is,
    /// so that [`Draft::errors`] can show each problem at its field.
    pub fn from_file(text: &str) -> Result<Draft, WheelError> {
        match Wheel::from_json(text) {
            Ok(wheel) => return Ok(Draft::from_wheel(&wheel)),
            Err(error @ (WheelError::Syntax { .. } | WheelError::Shape { .. })) => {
                return Err(error)
            }
            Err(error @ WheelError::TooLarge { .. }) => return Err(error),
            Err(_) => {}
        }
        // Wheel::from_json parsed the text and checked its shape first.
        let file = json::parse(text).map_err(|err| WheelError::Syntax {
            line: err.line,
            column: err.column,
            message: err.message.into(),
        })?;
        Ok(read::draft(&file, true))
    }

    /// The ids the wheel file will carry: fixed ones as they are, the others
    /// made from titles and kept unique (`-2`, `-3`, … when taken).
    pub fn ids(&self) -> Ids {
        let mut taken: Vec<String> = self
            .dimensions
            .iter()
            .flat_map(|d| std::iter::once(&d.id).chain(d.parts.iter().map(|p| &p.id)))
            .flatten()
            .cloned()
            .collect();
        let mut make = |fixed: &Option<String>, title: &str, fallback: String| match fixed {
            Some(id) => id.clone(),
            None => {
                let base = slug(title);
                let id = unique(if base.is_empty() { &fallback } else { &base }, &taken);
                taken.push(id.clone());
                id
            }
        };
        let mut dimensions = Vec::with_capacity(self.dimensions.len());
        let mut parts = Vec::with_capacity(self.dimensions.len());
        for (d, dim) in self.dimensions.iter().enumerate() {
            dimensions.push(make(&dim.id, &dim.title, format!("dimension-{}", d + 1)));
            parts.push(
                dim.parts
                    .iter()
                    .enumerate()
                    .map(|(p, part)| {
                        make(&part.id, &part.title, format!("part-{}-{}", d + 1, p + 1))
                    })
                    .collect(),
            );
        }
        let wheel = self.id.clone().unwrap_or_else(|| {
            let base = slug(&self.title);
            if base.is_empty() {
                "wheel".into()
            } else {
                base
            }
        });
        Ids {
            wheel,
            dimensions,
            parts,
        }
    }

    /// Fixes every id as it is now (done when the wheel is downloaded).
    pub fn fix_ids(&mut self) {
        let ids = self.ids();
        self.id = Some(ids.wheel);
        for (dim, (id, part_ids)) in self
            .dimensions
            .iter_mut()
            .zip(ids.dimensions.into_iter().zip(ids.parts))
        {
            dim.id = Some(id);
            for (part, id) in dim.parts.iter_mut().zip(part_ids) {
                part.id = Some(id);
            }
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
            Field::Level(i) => self.levels.get_mut(i),
            Field::QuestionsTitle => Some(&mut questions.title),
            Field::QuestionsIntro => Some(&mut questions.intro),
            Field::Question(i) => questions.items.get_mut(i),
            Field::Id | Field::DimensionId(_) | Field::PartId(..) => None,
        }
    }

    /// How many entries `list` has.
    pub fn len(&self, list: List) -> usize {
        match list {
            List::Dimensions => self.dimensions.len(),
            List::Parts(d) => self.dimensions.get(d).map_or(0, |x| x.parts.len()),
            List::Examples(d, p) => self
                .dimensions
                .get(d)
                .and_then(|x| x.parts.get(p))
                .map_or(0, |x| x.examples.len()),
            List::Levels => self.levels.len(),
            List::Questions => self.questions.items.len(),
        }
    }

    /// Applies `edit`. Returns what should have focus afterwards, or `None`
    /// when the edit did nothing (an index out of range, a move past an end,
    /// an entry past the list's limit).
    pub fn apply(&mut self, edit: Edit) -> Option<FocusTarget> {
        match edit {
            Edit::Set(field, value) => {
                self.set(field, value)?;
                None
            }
            Edit::Add(list) => {
                let len = self.len(list);
                if len >= list.limit() {
                    return None;
                }
                self.with_list(list, ListOp::Add)?;
                Some(list.first_field(len).dom_id())
            }
            Edit::Remove(list, index) => {
                self.with_list(list, ListOp::Remove(index))?;
                let len = self.len(list);
                Some(if len == 0 {
                    dom_id(&list.path())
                } else {
                    list.button_id(index.min(len - 1), "remove")
                })
            }
            Edit::Move(list, index, direction) => {
                let to = match direction {
                    Direction::Up => index.checked_sub(1)?,
                    Direction::Down => index + 1,
                };
                if to >= self.len(list) {
                    return None;
                }
                self.with_list(list, ListOp::Swap(index, to))?;
                // The same button on the moved entry, unless it is now at the
                // end where that button is not offered: then the other one.
                let at_end = match direction {
                    Direction::Up => to == 0,
                    Direction::Down => to + 1 == self.len(list),
                };
                let button = match (direction, at_end) {
                    (Direction::Up, false) | (Direction::Down, true) => "up",
                    (Direction::Down, false) | (Direction::Up, true) => "down",
                };
                Some(list.button_id(to, button))
            }
        }
    }

    fn set(&mut self, field: Field, value: String) -> Option<()> {
        // A written id is fixed; an emptied one is made from the title again.
        let id = (!value.trim().is_empty()).then(|| value.trim().to_owned());
        match field {
            Field::Id => self.id = id,
            Field::DimensionId(d) => self.dimensions.get_mut(d)?.id = id,
            Field::PartId(d, p) => part_mut(&mut self.dimensions, d, p)?.id = id,
            _ => *self.text_mut(field)? = value,
        }
        Some(())
    }

    fn with_list(&mut self, list: List, op: ListOp) -> Option<()> {
        match list {
            List::Dimensions => op.run(&mut self.dimensions, || DraftDimension {
                parts: vec![DraftPart::default()],
                ..DraftDimension::default()
            }),
            List::Parts(d) => op.run(&mut self.dimensions.get_mut(d)?.parts, DraftPart::default),
            List::Examples(d, p) => op.run(
                &mut part_mut(&mut self.dimensions, d, p)?.examples,
                String::new,
            ),
            List::Levels => op.run(&mut self.levels, String::new),
            List::Questions => op.run(&mut self.questions.items, String::new),
        }
    }

    /// Every problem that stops the wheel file from loading, in the order
    /// the validator meets them, each with its field's JSON path.
    pub fn errors(&self) -> Vec<WheelError> {
        let ids = self.ids();
        let mut errors = Vec::new();
        let mut note = |result: Result<(), WheelError>| {
            if let Err(error) = result {
                errors.push(error);
            }
        };
        note(model::Ids::default().check("$.id", &ids.wheel));
        note(model::title("$.version", &self.version));
        note(model::title("$.title", &self.title));
        note(model::title("$.lang", &self.lang));
        note(model::at_most("$.source", &self.source, LIMITS.text_chars));
        if self.dimensions.is_empty() {
            note(Err(WheelError::NoEntries {
                path: "$.dimensions".into(),
            }));
        }
        note(model::count(
            "$.dimensions",
            self.dimensions.len(),
            LIMITS.dimensions,
        ));
        let parts: usize = self.dimensions.iter().map(|d| d.parts.len()).sum();
        note(model::count("$.dimensions[*].parts", parts, LIMITS.parts));
        let mut seen = model::Ids::default();
        for (d, dim) in self.dimensions.iter().enumerate() {
            let at = format!("$.dimensions[{d}]");
            note(seen.insert(&format!("{at}.id"), &ids.dimensions[d]));
            note(model::title(&format!("{at}.title"), &dim.title));
            note(model::optional_title(
                &format!("{at}.short"),
                optional(&dim.short),
            ));
            note(model::text(&format!("{at}.intro"), &dim.intro));
            note(model::count(
                &format!("{at}.parts"),
                dim.parts.len(),
                LIMITS.parts_per_dimension,
            ));
            if !dim.color.is_empty() && Rgb::parse_hex(&dim.color).is_none() {
                note(Err(WheelError::BadColor {
                    path: format!("{at}.color"),
                    value: dim.color.clone(),
                }));
            }
            if dim.parts.is_empty() {
                note(Err(WheelError::NoEntries {
                    path: format!("{at}.parts"),
                }));
            }
            for (p, part) in dim.parts.iter().enumerate() {
                let at = format!("{at}.parts[{p}]");
                note(seen.insert(&format!("{at}.id"), &ids.parts[d][p]));
                note(model::title(&format!("{at}.title"), &part.title));
                note(model::optional_title(
                    &format!("{at}.short"),
                    optional(&part.short),
                ));
                note(model::text(&format!("{at}.description"), &part.description));
                note(model::count(
                    &format!("{at}.examples"),
                    part.examples.len(),
                    LIMITS.examples,
                ));
                for (e, example) in part.examples.iter().enumerate() {
                    note(model::title(&format!("{at}.examples[{e}]"), example));
                }
            }
        }
        if !self.levels.is_empty() {
            let (min, max) = LEVEL_RANGE;
            if !(min..=max).contains(&self.levels.len()) {
                note(Err(WheelError::LevelCount {
                    path: "$.levels".into(),
                    min,
                    max,
                }));
            }
            for (i, label) in self.levels.iter().enumerate() {
                note(model::title(&format!("$.levels[{i}].label"), label));
            }
        }
        if self.has_questions() {
            let q = &self.questions;
            note(model::title("$.questions.title", &q.title));
            note(model::at_most(
                "$.questions.intro",
                &q.intro,
                LIMITS.text_chars,
            ));
            if q.items.is_empty() {
                note(Err(WheelError::NoEntries {
                    path: "$.questions.items".into(),
                }));
            }
            note(model::count(
                "$.questions.items",
                q.items.len(),
                LIMITS.examples,
            ));
            for (i, item) in q.items.iter().enumerate() {
                note(model::text(&format!("$.questions.items[{i}]"), item));
            }
        }
        errors
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

/// How a dimension's colour will look on the wheel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ColorAdvice {
    /// Text on it reaches 4.5:1 as it is.
    AsIs,
    /// Text on it would reach only `ratio`, so the wheel darkens it to `shown`.
    Darkened { ratio: f64, shown: Rgb },
    /// Even darkened, text on it stays below 4.5:1 (it reaches `ratio`).
    Unreachable { ratio: f64 },
}

/// What the wheel does with `color` to keep its text legible.
pub fn color_advice(color: Rgb) -> ColorAdvice {
    let text_on = |c: Rgb| c.contrast(Rgb::WHITE).max(c.contrast(Rgb::INK));
    let shown = DimensionPalette::from_base(color).strong;
    if text_on(shown) < TEXT_CONTRAST {
        ColorAdvice::Unreachable {
            ratio: text_on(shown),
        }
    } else if shown == color {
        ColorAdvice::AsIs
    } else {
        ColorAdvice::Darkened {
            ratio: text_on(color),
            shown,
        }
    }
}

/// What is kept in `localStorage` while a person edits.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredDraft {
    pub format: String,
    pub version: u32,
    /// Changed since it was last downloaded.
    pub unsaved: bool,
    pub draft: Draft,
}

const DRAFT_FORMAT: &str = "competence-wheel-draft";

/// The stored form of a draft.
pub fn encode_draft(draft: &Draft, unsaved: bool) -> String {
    Out::Object(vec![
        ("format", Out::Str(DRAFT_FORMAT)),
        ("version", Out::Int(1)),
        ("unsaved", Out::Bool(unsaved)),
        ("draft", write::draft(draft)),
    ])
    .compact()
}

/// A stored draft and whether it had unsaved changes; `None` when the text is
/// not one (damaged, or from a newer version).
pub fn decode_draft(text: &str) -> Option<(Draft, bool)> {
    let stored = json::parse(text).ok()?;
    let format = stored.member("format")?.as_str()?;
    let version = stored.member("version")?.as_u64()?;
    let unsaved = match stored.member("unsaved")?.value {
        json::Value::Bool(unsaved) => unsaved,
        _ => return None,
    };
    let draft = stored.member("draft")?;
    (format == DRAFT_FORMAT && version == 1).then(|| (read::draft(draft, false), unsaved))
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

enum ListOp {
    Add,
    Remove(usize),
    Swap(usize, usize),
}

impl ListOp {
    fn run<T>(self, list: &mut Vec<T>, new: impl FnOnce() -> T) -> Option<()> {
        match self {
            ListOp::Add => list.push(new()),
            ListOp::Remove(i) => {
                if i >= list.len() {
                    return None;
                }
                list.remove(i);
            }
            ListOp::Swap(a, b) => {
                if a.max(b) >= list.len() {
                    return None;
                }
                list.swap(a, b);
            }
        }
        Some(())
    }
}

mod write {
    //! The stored draft as written to `localStorage`: every field as typed,
    //! ids `null` while they are still made from titles.
    use super::{texts, Draft};
    use crate::core::json::Out;

    fn id(id: &Option<String>) -> Out<'_> {
        id.as_deref().map_or(Out::Null, Out::Str)
    }

    pub fn draft(draft: &Draft) -> Out<'_> {
        let dimensions = draft.dimensions.iter().map(|d| {
            let parts = d.parts.iter().map(|p| {
                Out::Object(vec![
                    ("id", id(&p.id)),
                    ("title", Out::Str(&p.title)),
                    ("short", Out::Str(&p.short)),
                    ("description", Out::Str(&p.description)),
                    ("examples", texts(&p.examples)),
                ])
            });
            Out::Object(vec![
                ("id", id(&d.id)),
                ("title", Out::Str(&d.title)),
                ("short", Out::Str(&d.short)),
                ("intro", Out::Str(&d.intro)),
                ("color", Out::Str(&d.color)),
                ("parts", Out::Array(parts.collect())),
            ])
        });
        let q = &draft.questions;
        Out::Object(vec![
            ("id", id(&draft.id)),
            ("version", Out::Str(&draft.version)),
            ("title", Out::Str(&draft.title)),
            ("lang", Out::Str(&draft.lang)),
            ("source", Out::Str(&draft.source)),
            ("dimensions", Out::Array(dimensions.collect())),
            ("levels", texts(&draft.levels)),
            (
                "questions",
                Out::Object(vec![
                    ("title", Out::Str(&q.title)),
                    ("intro", Out::Str(&q.intro)),
                    ("items", texts(&q.items)),
                ]),
            ),
        ])
    }
}

mod read {
    //! A well-formed wheel file, or a stored draft, read field by field
    //! whatever rules it breaks, so each problem can be shown at its field.
    //! Missing texts are empty; a wheel file's shape was checked by
    //! [`Wheel::from_json`](crate::core::model::Wheel::from_json) first.
    use super::{Draft, DraftDimension, DraftPart, DraftQuestions};
    use crate::core::json::{Node, Value};

    fn text(node: &Node, key: &str) -> String {
        node.member(key)
            .and_then(Node::as_str)
            .unwrap_or_default()
            .to_owned()
    }

    fn texts(node: &Node, key: &str) -> Vec<String> {
        let items = node.member(key).map(Node::items).unwrap_or_default();
        items
            .iter()
            .filter_map(|item| item.as_str().map(str::to_owned))
            .collect()
    }

    fn list<'a>(node: &'a Node, key: &str) -> &'a [Node] {
        node.member(key).map(Node::items).unwrap_or_default()
    }

    /// A wheel file's ids are fixed (`fixed`: present even when empty); a
    /// stored draft's are fixed only where it holds a string.
    fn id(node: &Node, fixed: bool) -> Option<String> {
        match node.member("id").and_then(Node::as_str) {
            Some(id) => Some(id.to_owned()),
            None => fixed.then(String::new),
        }
    }

    /// A draft from a wheel file (`file`) or from a stored draft: they differ
    /// in the levels (objects with labels, or the labels) and the ids.
    pub fn draft(node: &Node, file: bool) -> Draft {
        let questions = node.member("questions");
        Draft {
            id: id(node, file),
            version: match node.member("version").map(|v| &v.value) {
                Some(Value::String(text)) => text.clone(),
                Some(Value::Number(number)) => number.clone(),
                Some(Value::Bool(b)) => b.to_string(),
                _ => String::new(),
            },
            title: text(node, "title"),
            lang: text(node, "lang"),
            source: text(node, "source"),
            dimensions: list(node, "dimensions")
                .iter()
                .map(|d| DraftDimension {
                    id: id(d, file),
                    title: text(d, "title"),
                    short: text(d, "short"),
                    intro: text(d, "intro"),
                    color: text(d, "color"),
                    parts: list(d, "parts")
                        .iter()
                        .map(|p| DraftPart {
                            id: id(p, file),
                            title: text(p, "title"),
                            short: text(p, "short"),
                            description: text(p, "description"),
                            examples: texts(p, "examples"),
                        })
                        .collect(),
                })
                .collect(),
            // Levels are numbered by their place, so a file's gaps in
            // numbering are mended here rather than reported.
            levels: if file {
                list(node, "levels")
                    .iter()
                    .map(|l| text(l, "label"))
                    .collect()
            } else {
                texts(node, "levels")
            },
            questions: questions
                .map(|q| DraftQuestions {
                    title: text(q, "title"),
                    intro: text(q, "intro"),
                    items: texts(q, "items"),
                })
                .unwrap_or_default(),
        }
    }
}

/// The JSON path an error is about (`None` for errors about the whole text).
pub fn error_path(error: &WheelError) -> Option<&str> {
    use WheelError as E;
    match error {
        E::Syntax { .. } => None,
        E::Shape { path, .. }
        | E::TooMany { path, .. }
        | E::TooLong { path, .. }
        | E::TooLarge { path, .. }
        | E::Empty { path }
        | E::NoEntries { path }
        | E::DuplicateId { path, .. }
        | E::BadId { path, .. }
        | E::LevelOrder { path, .. }
        | E::LevelCount { path, .. }
        | E::BadColor { path, .. } => Some(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A draft built by edits alone, as a person would from an empty wheel.
    fn built(dimensions: &[(&str, &[&str])]) -> Draft {
        let mut draft = Draft::empty("da");
        draft.apply(Edit::Set(Field::Title, "Vores hjul".into()));
        for (d, (title, parts)) in dimensions.iter().enumerate() {
            draft.apply(Edit::Add(List::Dimensions));
            draft.apply(Edit::Set(Field::DimensionTitle(d), (*title).into()));
            draft.apply(Edit::Set(Field::DimensionIntro(d), "Om den.".into()));
            for (p, part) in parts.iter().enumerate() {
                if p > 0 {
                    draft.apply(Edit::Add(List::Parts(d)));
                }
                draft.apply(Edit::Set(Field::PartTitle(d, p), (*part).into()));
                draft.apply(Edit::Set(Field::PartDescription(d, p), "Hvad.".into()));
            }
        }
        draft
    }

    fn all_ids(ids: &Ids) -> Vec<String> {
        ids.dimensions
            .iter()
            .chain(ids.parts.iter().flatten())
            .cloned()
            .collect()
    }

    fn assert_unique(draft: &Draft) {
        let mut ids = all_ids(&draft.ids());
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count, "ids are unique: {:?}", draft.ids());
    }

    #[test]
    fn slugs_are_url_safe_and_spell_out_danish_letters() {
        let check = |title: &str, expected: &str| assert_eq!(slug(title), expected, "{title:?}");
        check("Brugerkompetencer", "brugerkompetencer");
        check(
            "Data- og informationssikkerhed",
            "data-og-informationssikkerhed",
        );
        check("Teknologiforståelse", "teknologiforstaaelse");
        check("Ændringer i økonomi", "aendringer-i-oekonomi");
        check(
            "Digital kommunikation 1:mange",
            "digital-kommunikation-1-mange",
        );
        check("  Café & Co. ", "cafe-co");
        check("Tek\u{ad}no\u{ad}lo\u{ad}gi", "teknologi");
        check("???", "");
        check("Straße", "strasse");
        let long = slug(&"ord ".repeat(40));
        assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
        for title in ["Å Æ Ø", "1:1", "x—y", "Ünïcödé"] {
            let id = slug(title);
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id}"
            );
        }
    }

    #[test]
    fn ids_come_from_titles_and_stay_unique() {
        let draft = built(&[
            ("Ledelse", &["Mål", "Mål", ""]),
            ("Ledelse", &["Ledelse"]),
            ("", &["Data"]),
        ]);
        let ids = draft.ids();
        assert_eq!(ids.wheel, "vores-hjul");
        assert_eq!(ids.dimensions, ["ledelse", "ledelse-2", "dimension-3"]);
        assert_eq!(
            ids.parts,
            [
                vec!["maal", "maal-2", "part-1-3"],
                vec!["ledelse-3"],
                vec!["data"]
            ]
        );
        assert_unique(&draft);
    }

    #[test]
    fn fixed_ids_stay_when_titles_change() {
        let mut draft = built(&[("Ledelse", &["Mål"])]);
        draft.fix_ids();
        draft.apply(Edit::Set(Field::DimensionTitle(0), "God ledelse".into()));
        draft.apply(Edit::Set(Field::PartTitle(0, 0), "Mål og retning".into()));
        draft.apply(Edit::Set(Field::Title, "Et andet hjul".into()));
        let ids = draft.ids();
        assert_eq!(
            (
                ids.wheel.as_str(),
                ids.dimensions[0].as_str(),
                ids.parts[0][0].as_str()
            ),
            ("vores-hjul", "ledelse", "maal")
        );
        // A loaded wheel's ids are fixed too.
        let mut kl = Draft::from_wheel(&Wheel::builtin());
        kl.apply(Edit::Set(Field::PartTitle(0, 1), "Brug af data".into()));
        assert_eq!(kl.ids().parts[0][1], "dataanvendelse");
        // A new part whose title matches a fixed id gets a fresh one.
        kl.apply(Edit::Add(List::Parts(0)));
        kl.apply(Edit::Set(Field::PartTitle(0, 3), "Dataanvendelse".into()));
        assert_eq!(kl.ids().parts[0][3], "dataanvendelse-2");
        assert_unique(&kl);
    }

    #[test]
    fn a_written_id_is_kept_and_an_emptied_one_follows_the_title_again() {
        let mut draft = built(&[("Ledelse", &["Mål"])]);
        draft.apply(Edit::Set(Field::PartId(0, 0), "maalsaetning".into()));
        assert_eq!(draft.get(Field::PartId(0, 0)), "maalsaetning");
        draft.apply(Edit::Set(Field::PartId(0, 0), " ".into()));
        assert_eq!(draft.get(Field::PartId(0, 0)), "maal");
    }

    #[test]
    fn add_move_and_remove_keep_ids_unique_and_with_their_entries() {
        let mut draft = built(&[("A", &["Et", "To"]), ("B", &["Tre"]), ("C", &["Fire"])]);
        draft.fix_ids();
        let before = draft.ids();
        assert_eq!(
            draft.apply(Edit::Move(List::Dimensions, 2, Direction::Up)),
            Some("cwe-dimensions-1-up".into())
        );
        assert_eq!(draft.ids().dimensions, ["a", "c", "b"]);
        assert_eq!(
            draft.apply(Edit::Move(List::Dimensions, 1, Direction::Up)),
            Some("cwe-dimensions-0-down".into()),
            "at the top, focus goes to the button that is still offered"
        );
        assert_eq!(
            draft.apply(Edit::Move(List::Dimensions, 0, Direction::Up)),
            None
        );
        assert_eq!(
            draft.apply(Edit::Move(List::Dimensions, 2, Direction::Down)),
            None
        );
        assert_eq!(
            draft.apply(Edit::Move(List::Parts(1), 0, Direction::Down)),
            Some("cwe-dimensions-1-parts-1-up".into())
        );
        assert_eq!(draft.ids().parts[1], ["to", "et"]);
        assert_eq!(
            draft.apply(Edit::Add(List::Parts(1))),
            Some("cwe-dimensions-1-parts-2-title".into())
        );
        draft.apply(Edit::Set(Field::PartTitle(1, 2), "Et".into()));
        draft.apply(Edit::Set(Field::PartDescription(1, 2), "Igen.".into()));
        assert_eq!(draft.ids().parts[1][2], "et-2");
        assert_unique(&draft);
        assert_eq!(
            draft.apply(Edit::Remove(List::Dimensions, 2)),
            Some("cwe-dimensions-1-remove".into())
        );
        assert_eq!(draft.ids().dimensions, ["c", "a"]);
        draft.apply(Edit::Remove(List::Parts(0), 0));
        assert_eq!(
            draft.apply(Edit::Remove(List::Parts(0), 0)),
            None,
            "the only part is gone already"
        );
        assert_eq!(
            draft.errors(),
            [WheelError::NoEntries {
                path: "$.dimensions[0].parts".into()
            }]
        );
        assert_eq!(draft.apply(Edit::Remove(List::Dimensions, 9)), None);
        assert_unique(&draft);
        // Every fixed id that is still in the wheel is the one it had.
        let now = all_ids(&draft.ids());
        assert!(now
            .iter()
            .all(|id| all_ids(&before).contains(id) || id == "et-2"));
    }

    #[test]
    fn lists_stop_at_their_limits() {
        let mut draft = Draft::empty("da");
        for _ in 0..LEVEL_RANGE.1 {
            assert!(draft.apply(Edit::Add(List::Levels)).is_some());
        }
        assert_eq!(draft.apply(Edit::Add(List::Levels)), None);
        assert_eq!(draft.levels.len(), LEVEL_RANGE.1);
    }

    #[test]
    fn an_empty_wheel_says_what_it_needs() {
        let draft = Draft::empty("da");
        assert_eq!(
            draft.errors(),
            [
                WheelError::Empty {
                    path: "$.title".into()
                },
                WheelError::NoEntries {
                    path: "$.dimensions".into()
                }
            ]
        );
        let mut draft = draft;
        draft.apply(Edit::Add(List::Dimensions));
        let paths: Vec<String> = draft.errors().iter().map(error_path).collect();
        assert_eq!(
            paths,
            [
                "$.title",
                "$.dimensions[0].title",
                "$.dimensions[0].intro",
                "$.dimensions[0].parts[0].title",
                "$.dimensions[0].parts[0].description"
            ]
        );
    }

    #[test]
    fn a_built_wheel_is_a_valid_file() {
        let mut draft = built(&[
            ("Samarbejde", &["Møder", "Deling"]),
            ("Data", &["Kvalitet"]),
            ("Sikkerhed", &["Adgang"]),
            ("Borgere", &["Selvbetjening"]),
            ("Læring", &["Kurser"]),
        ]);
        draft.apply(Edit::Add(List::Examples(0, 0)));
        draft.apply(Edit::Set(Field::Example(0, 0, 0), "Et onlinemøde".into()));
        draft.apply(Edit::Set(Field::DimensionColor(1), "#ffcc00".into()));
        assert_eq!(draft.errors(), []);
        let wheel = draft.to_wheel().expect("the file loads");
        assert_eq!(wheel.dimensions.len(), 5);
        assert_eq!(wheel.dimensions[0].parts[0].examples, ["Et onlinemøde"]);
        assert_eq!(wheel.dimensions[1].color, Some(Rgb(0xff, 0xcc, 0x00)));
        assert_eq!(
            wheel.dimensions[0].short, None,
            "an empty short label is left out"
        );
        assert!(wheel.questions.is_none() && wheel.levels.is_empty());
        assert!(!draft.to_json().contains("\"short\""));
        // And back again: the file is the draft.
        let mut fixed = draft.clone();
        fixed.fix_ids();
        assert_eq!(Draft::from_file(&draft.to_json()), Ok(fixed));
    }

    #[test]
    fn builtin_and_example_wheels_round_trip() {
        let example = include_str!("../../www/wheels/eksempel-digital-forvaltning.da.json");
        for wheel in [
            Wheel::builtin(),
            crate::core::i18n::ENGLISH.wheel(),
            Wheel::from_json(example).unwrap(),
        ] {
            let draft = Draft::from_wheel(&wheel);
            assert_eq!(draft.errors(), [], "{}", wheel.id);
            assert_eq!(draft.to_wheel(), Ok(wheel));
        }
    }

    /// Errors agree with the validator: none exactly when the file loads,
    /// and the validator's one error is the first in the list.
    #[test]
    fn errors_agree_with_the_validator() {
        let mut good = built(&[("A", &["Et"]), ("B", &["To"])]);
        good.fix_ids();
        type Case = Box<dyn Fn(&mut Draft)>;
        let mut cases: Vec<Case> = vec![
            Box::new(|_| {}),
            Box::new(|d| d.title = " ".into()),
            Box::new(|d| d.version = String::new()),
            Box::new(|d| d.lang = String::new()),
            Box::new(|d| d.source = "x".repeat(LIMITS.text_chars + 1)),
            Box::new(|d| d.dimensions[1].id = Some("et".into())),
            Box::new(|d| d.dimensions[0].parts[0].id = Some("Et 1".into())),
            Box::new(|d| d.id = Some("Vores hjul".into())),
            Box::new(|d| d.dimensions[0].title = "x".repeat(LIMITS.title_chars + 1)),
            Box::new(|d| d.dimensions[0].short = "\u{ad}".into()),
            Box::new(|d| d.dimensions[1].color = "blå".into()),
            Box::new(|d| d.dimensions[1].parts.clear()),
            Box::new(|d| d.dimensions.clear()),
            Box::new(|d| d.dimensions[0].parts[0].examples = vec!["".into()]),
            Box::new(|d| d.dimensions[0].parts[0].examples = vec!["e".into(); LIMITS.examples + 1]),
            Box::new(|d| d.levels = vec!["Kun én".into()]),
            Box::new(|d| d.levels = vec!["a".into(), "".into()]),
            Box::new(|d| d.questions.title = "Spørgsmål".into()),
            Box::new(|d| d.questions.items = vec![" ".into()]),
        ];
        cases.push(Box::new(|d| {
            d.title = String::new();
            d.dimensions[1].color = "#12345".into();
        }));
        for (n, edit) in cases.iter().enumerate() {
            let mut draft = good.clone();
            edit(&mut draft);
            let errors = draft.errors();
            match Wheel::from_json(&draft.to_json()) {
                Ok(_) => assert_eq!(errors, [], "case {n}"),
                Err(error) => assert_eq!(errors.first(), Some(&error), "case {n}: {errors:?}"),
            }
            if n > 0 {
                assert!(!errors.is_empty(), "case {n} breaks a rule");
            }
        }
    }

    #[test]
    fn a_broken_file_loads_with_each_error_at_its_field() {
        let text = r##"{
          "id": "vores", "version": "1", "title": "", "lang": "da",
          "dimensions": [
            { "id": "a", "title": "A", "intro": "", "color": "rød", "parts": [
              { "id": "a", "title": "Et", "description": "x", "examples": [""] } ] },
            { "id": "b", "title": "B", "intro": "Om B", "parts": [] }
          ]
        }"##;
        let draft = Draft::from_file(text).expect("well formed, so it loads for editing");
        let paths: Vec<String> = draft.errors().iter().map(error_path).collect();
        assert_eq!(
            paths,
            [
                "$.title",
                "$.dimensions[0].intro",
                "$.dimensions[0].color",
                "$.dimensions[0].parts[0].id",
                "$.dimensions[0].parts[0].examples[0]",
                "$.dimensions[1].parts",
            ]
        );
        // Not JSON, or the wrong shape: refused with the validator's words.
        assert!(matches!(
            Draft::from_file("{ nope"),
            Err(WheelError::Syntax { .. })
        ));
        assert!(matches!(
            Draft::from_file(
                r#"{"id": "w", "version": "1", "title": 4, "lang": "da", "dimensions": []}"#
            ),
            Err(WheelError::Shape { .. })
        ));
    }

    #[test]
    fn paths_name_their_controls() {
        assert_eq!(
            Field::PartTitle(1, 2).dom_id(),
            "cwe-dimensions-1-parts-2-title"
        );
        assert_eq!(Field::Level(0).dom_id(), "cwe-levels-0-label");
        assert_eq!(dom_id("$.dimensions"), "cwe-dimensions");
        assert_eq!(dom_id("$.dimensions[*].parts"), "cwe-dimensions-parts");
        assert_eq!(
            List::Examples(0, 1).button_id(2, "up"),
            "cwe-dimensions-0-parts-1-examples-2-up"
        );
    }

    #[test]
    fn colours_are_explained() {
        assert_eq!(color_advice(Rgb(0x0b, 0x5c, 0xad)), ColorAdvice::AsIs);
        match color_advice(Rgb(0x80, 0x80, 0x80)) {
            ColorAdvice::Darkened { ratio, shown } => {
                assert!(ratio < TEXT_CONTRAST);
                assert!(shown.contrast(Rgb::WHITE) >= TEXT_CONTRAST);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn stored_drafts_round_trip_and_refuse_others() {
        let draft = built(&[("A", &["Et"])]);
        assert_eq!(
            decode_draft(&encode_draft(&draft, true)),
            Some((draft, true))
        );
        assert_eq!(decode_draft("{}"), None);
        assert_eq!(decode_draft("not json"), None);
        assert_eq!(
            decode_draft(
                r#"{"format":"competence-wheel-draft","version":2,"unsaved":false,"draft":{}}"#
            ),
            None
        );
    }

    pub(super) fn error_path(error: &WheelError) -> String {
        super::error_path(error).unwrap_or_default().to_owned()
    }
}
