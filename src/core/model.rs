//! The wheel's content: its file format, validation and the validated model.
//!
//! A wheel file is JSON (see `www/wheels/kl-medarbejder.da.json`). It is parsed
//! with [`crate::core::json`] and read into [`file`] types — the compatibility
//! boundary — and then validated into a
//! [`Wheel`], whose invariants the rest of the crate relies on: at least one
//! dimension, at least one part per dimension, unique URL-safe ids and
//! non-empty texts. Problems that do not stop the wheel from working, such as
//! two segments with the same label, are [`WheelWarning`]s instead.

use std::fmt;

use thiserror::Error;

use crate::core::color::Rgb;
use crate::core::json;

/// Where a segment of the wheel sits: a dimension, or a part of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SegmentId {
    /// The dimension at this index.
    Dimension(usize),
    /// The part at `(dimension index, part index)`.
    Part(usize, usize),
}

impl SegmentId {
    /// The dimension this segment belongs to (or is).
    pub fn dimension(self) -> usize {
        match self {
            SegmentId::Dimension(d) | SegmentId::Part(d, _) => d,
        }
    }
}

/// A step through the wheel in reading order: each dimension, then its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    First,
    Last,
}

/// A validated competence wheel.
#[derive(Clone, Debug, PartialEq)]
pub struct Wheel {
    pub id: String,
    pub version: String,
    pub title: String,
    pub lang: String,
    pub source: String,
    pub dimensions: Vec<Dimension>,
    /// The wheel's own labels for rating levels 1, 2, …; empty means the
    /// UI language's defaults.
    pub levels: Vec<String>,
    /// Reflection questions, shown as the last step when presenting.
    pub questions: Option<Questions>,
}

/// Questions for discussing the whole wheel.
#[derive(Clone, Debug, PartialEq)]
pub struct Questions {
    pub title: String,
    pub intro: String,
    pub items: Vec<String>,
}

/// One dimension (inner ring) of the wheel.
#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    pub id: String,
    pub title: String,
    /// A shorter label for narrow wheels; the title is used when absent.
    pub short: Option<String>,
    pub intro: String,
    pub color: Option<Rgb>,
    pub parts: Vec<Part>,
}

/// One part (outer ring segment) of a dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub id: String,
    pub title: String,
    /// A shorter label for narrow wheels; the title is used when absent.
    pub short: Option<String>,
    pub description: String,
    pub examples: Vec<String>,
}

/// Why a wheel file was rejected. `path` is a JSON path such as
/// `$.dimensions[1].parts[0].title`.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum WheelError {
    #[error("the wheel file is not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path} (line {line}, column {column}): {message}")]
    Shape {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path} has more than {limit} entries")]
    TooMany { path: String, limit: usize },
    #[error("{path} is longer than {limit} characters")]
    TooLong { path: String, limit: usize },
    #[error("the file is larger than {limit} bytes")]
    TooLarge { path: String, limit: usize },
    #[error("{path} is empty")]
    Empty { path: String },
    #[error("{path} must have at least one entry")]
    NoEntries { path: String },
    #[error("{path}: the id \"{id}\" is used more than once")]
    DuplicateId { path: String, id: String },
    #[error("{path}: the id \"{id}\" may only use a–z, 0–9, - and _")]
    BadId { path: String, id: String },
    #[error("{path}: levels must be numbered 1, 2, 3, … in order (found {value})")]
    LevelOrder { path: String, value: u64 },
    #[error("{path}: a wheel has from {min} to {max} levels")]
    LevelCount {
        path: String,
        min: usize,
        max: usize,
    },
    #[error("{path}: \"{value}\" is not a colour of the form #rrggbb")]
    BadColor { path: String, value: String },
}

/// Something in a valid wheel file that its author should fix, but that does
/// not stop the wheel from working. `path` and `other` are JSON paths.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum WheelWarning {
    #[error("{path} and {other} both read \"{label}\", so the wheel shows two segments with the same label")]
    DuplicateLabel {
        path: String,
        other: String,
        label: String,
    },
}

impl Wheel {
    /// Parses and validates a wheel file.
    pub fn from_json(text: &str) -> Result<Wheel, WheelError> {
        if text.len() > LIMITS.file_bytes {
            return Err(WheelError::TooLarge {
                path: "$".into(),
                limit: LIMITS.file_bytes,
            });
        }
        let root = json::parse(text).map_err(|err| WheelError::Syntax {
            line: err.line,
            column: err.column,
            message: err.message.to_owned(),
        })?;
        let raw = file::read(&root)?;
        validate(raw)
    }

    /// Every segment in reading order: each dimension followed by its parts.
    pub fn segments(&self) -> impl Iterator<Item = SegmentId> + '_ {
        self.dimensions.iter().enumerate().flat_map(|(d, dim)| {
            std::iter::once(SegmentId::Dimension(d))
                .chain((0..dim.parts.len()).map(move |p| SegmentId::Part(d, p)))
        })
    }

    /// The segment one `step` from `from` in reading order, wrapping around.
    pub fn step(&self, from: SegmentId, step: Step) -> SegmentId {
        let order: Vec<SegmentId> = self.segments().collect();
        let at = order.iter().position(|&s| s == from).unwrap_or(0);
        let last = order.len() - 1;
        let to = match step {
            Step::Next => (at + 1) % order.len(),
            Step::Previous => at.checked_sub(1).unwrap_or(last),
            Step::First => 0,
            Step::Last => last,
        };
        order[to]
    }

    /// The number of parts in the whole wheel.
    pub fn part_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.parts.len()).sum()
    }

    /// The segment with this dimension or part id.
    pub fn find(&self, id: &str) -> Option<SegmentId> {
        self.dimensions.iter().enumerate().find_map(|(d, dim)| {
            if dim.id == id {
                return Some(SegmentId::Dimension(d));
            }
            dim.parts
                .iter()
                .position(|p| p.id == id)
                .map(|p| SegmentId::Part(d, p))
        })
    }

    /// Every part in reading order, with its segment: the one place that
    /// says what "all the parts, in order" means (ratings, share codes, the
    /// group's statistics, labels and the views all walk this).
    pub fn parts(&self) -> impl Iterator<Item = (SegmentId, &Part)> + '_ {
        self.dimensions.iter().enumerate().flat_map(|(d, dim)| {
            dim.parts
                .iter()
                .enumerate()
                .map(move |(p, part)| (SegmentId::Part(d, p), part))
        })
    }

    /// A part's index among all the wheel's parts (in [`Wheel::parts`]
    /// order); `None` for a dimension or a segment the wheel does not have.
    pub fn part_index(&self, segment: SegmentId) -> Option<usize> {
        let SegmentId::Part(d, p) = segment else {
            return None;
        };
        let before: usize = self
            .dimensions
            .get(..d)?
            .iter()
            .map(|d| d.parts.len())
            .sum();
        (p < self.dimensions.get(d)?.parts.len()).then_some(before + p)
    }

    /// The id of a segment (empty for a segment the wheel does not have:
    /// an index from elsewhere never panics).
    pub fn id_of(&self, segment: SegmentId) -> &str {
        match segment {
            SegmentId::Dimension(d) => self.dimensions.get(d).map(|d| d.id.as_str()),
            SegmentId::Part(d, p) => self.part(d, p).map(|p| p.id.as_str()),
        }
        .unwrap_or_default()
    }

    /// The display title of a segment (soft hyphens kept; browsers hide
    /// them); empty for a segment the wheel does not have.
    pub fn title_of(&self, segment: SegmentId) -> &str {
        match segment {
            SegmentId::Dimension(d) => self.dimensions.get(d).map(|d| d.title.as_str()),
            SegmentId::Part(d, p) => self.part(d, p).map(|p| p.title.as_str()),
        }
        .unwrap_or_default()
    }

    /// The short title of a segment, if it has one.
    pub fn short_of(&self, segment: SegmentId) -> Option<&str> {
        match segment {
            SegmentId::Dimension(d) => self.dimensions.get(d)?.short.as_deref(),
            SegmentId::Part(d, p) => self.part(d, p)?.short.as_deref(),
        }
    }

    fn part(&self, dimension: usize, part: usize) -> Option<&Part> {
        self.dimensions.get(dimension)?.parts.get(part)
    }

    /// Whether the segment exists in this wheel.
    pub fn contains(&self, segment: SegmentId) -> bool {
        match segment {
            SegmentId::Dimension(d) => d < self.dimensions.len(),
            SegmentId::Part(d, p) => self
                .dimensions
                .get(d)
                .is_some_and(|dim| p < dim.parts.len()),
        }
    }

    /// What the wheel's author should fix, in file order. The wheel draws a
    /// segment's title or its short label, whichever fits, so two different
    /// segments must never share a title or short label, or a reader could not
    /// tell them apart. Labels are compared as a reader sees them: without soft
    /// hyphens, and with runs of white space as one space.
    pub fn warnings(&self) -> Vec<WheelWarning> {
        // Each label seen so far, with its segment and path. A list, not a
        // map: a wheel has a few dozen labels (a few thousand at the limits),
        // and a map's code costs the widget more bytes than it saves time.
        let mut seen: Vec<(String, SegmentId, String)> = Vec::new();
        let mut warnings = Vec::new();
        for segment in self.segments() {
            let (at, title, short) = match segment {
                SegmentId::Dimension(d) => {
                    let dim = &self.dimensions[d];
                    (format!("$.dimensions[{d}]"), &dim.title, &dim.short)
                }
                SegmentId::Part(d, p) => {
                    let part = &self.dimensions[d].parts[p];
                    (
                        format!("$.dimensions[{d}].parts[{p}]"),
                        &part.title,
                        &part.short,
                    )
                }
            };
            let labels =
                std::iter::once(("title", title)).chain(short.iter().map(|s| ("short", s)));
            for (field, label) in labels {
                let path = format!("{at}.{field}");
                let key = label_key(label);
                match seen.iter().find(|(seen_key, ..)| *seen_key == key) {
                    // A short label equal to its own title is no clash.
                    Some((_, owner, _)) if *owner == segment => {}
                    Some((_, _, other)) => warnings.push(WheelWarning::DuplicateLabel {
                        path,
                        other: other.clone(),
                        label: key,
                    }),
                    None => seen.push((key, segment, path)),
                }
            }
        }
        warnings
    }

    /// The built-in KL wheel ("det digitale kompetencehjul for medarbejdere"),
    /// in Danish. In other languages: `core::i18n::Language::wheel`.
    pub fn builtin() -> Wheel {
        Wheel::from_json(BUILTIN_KL_WHEEL)
            .unwrap_or_else(|_| unreachable!("the built-in wheels are validated by tests"))
    }
}

/// The built-in wheel's files, compiled in so the widget needs no fetch.
pub const BUILTIN_KL_WHEEL: &str = include_str!("../../www/wheels/kl-medarbejder.da.json");
pub const BUILTIN_KL_WHEEL_EN: &str = include_str!("../../www/wheels/kl-medarbejder.en.json");

/// The largest wheel the widget accepts. They keep a broken or hostile file
/// from freezing the page, and are far above what a readable wheel needs.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub file_bytes: usize,
    pub dimensions: usize,
    pub parts_per_dimension: usize,
    pub parts: usize,
    pub examples: usize,
    /// Characters in a title, short label, id, example or level label.
    pub title_chars: usize,
    /// Characters in an introduction, description or source line.
    pub text_chars: usize,
}

pub const LIMITS: Limits = Limits {
    file_bytes: 1024 * 1024,
    dimensions: 64,
    parts_per_dimension: 64,
    parts: 1024,
    examples: 30,
    title_chars: 200,
    text_chars: 2000,
};

/// Text with soft hyphens (U+00AD) removed, for places that cannot hide them.
pub fn plain(text: &str) -> String {
    text.replace('\u{ad}', "")
}

/// A label as a reader sees it: no soft hyphens, white space collapsed.
fn label_key(label: &str) -> String {
    plain(label)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits a description or introduction into its paragraphs (blank-line separated).
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

mod file {
    //! The wheel file as written on disk, read field by field from the JSON
    //! tree with a JSON path for every problem. Unknown fields are ignored so
    //! that files written for a newer version still load.

    use super::{Version, WheelError};
    use crate::core::json::{Node, Value};

    pub struct WheelFile {
        pub id: String,
        pub version: Version,
        pub title: String,
        pub lang: String,
        pub source: String,
        pub dimensions: Vec<DimensionFile>,
        pub levels: Vec<LevelFile>,
        pub questions: Option<QuestionsFile>,
    }

    pub struct QuestionsFile {
        pub title: String,
        pub intro: String,
        pub items: Vec<String>,
    }

    pub struct LevelFile {
        pub value: u64,
        pub label: String,
    }

    pub struct DimensionFile {
        pub id: String,
        pub title: String,
        pub short: Option<String>,
        pub intro: String,
        pub color: Option<String>,
        pub parts: Vec<PartFile>,
    }

    pub struct PartFile {
        pub id: String,
        pub title: String,
        pub short: Option<String>,
        pub description: String,
        pub examples: Vec<String>,
    }

    /// Reads the whole file from its JSON tree.
    pub fn read(root: &Node) -> Result<WheelFile, WheelError> {
        let fields = Fields::of(root, "$".into())?;
        let version = {
            let (node, path) = fields.required("version")?;
            match &node.value {
                Value::String(text) => Version::Text(text.clone()),
                Value::Number(number) => Version::Number(number.clone()),
                _ => return Err(shape(node, &path, "a string or a number")),
            }
        };
        Ok(WheelFile {
            id: fields.string("id")?,
            version,
            title: fields.string("title")?,
            lang: fields.string("lang")?,
            source: fields.string_or_default("source")?,
            dimensions: fields.list("dimensions", dimension)?,
            levels: fields.optional_list("levels", level)?,
            questions: match fields.optional("questions")? {
                Some((node, path)) => Some(questions(node, path)?),
                None => None,
            },
        })
    }

    fn questions(node: &Node, path: String) -> Result<QuestionsFile, WheelError> {
        let fields = Fields::of(node, path)?;
        Ok(QuestionsFile {
            title: fields.string("title")?,
            intro: fields.string_or_default("intro")?,
            items: fields.list("items", string)?,
        })
    }

    fn level(node: &Node, path: String) -> Result<LevelFile, WheelError> {
        let fields = Fields::of(node, path)?;
        let (value, at) = fields.required("value")?;
        Ok(LevelFile {
            value: value.as_u64().ok_or_else(|| shape(value, &at, "u64"))?,
            label: fields.string("label")?,
        })
    }

    fn dimension(node: &Node, path: String) -> Result<DimensionFile, WheelError> {
        let fields = Fields::of(node, path)?;
        Ok(DimensionFile {
            id: fields.string("id")?,
            title: fields.string("title")?,
            short: fields.optional_string("short")?,
            intro: fields.string("intro")?,
            color: fields.optional_string("color")?,
            parts: fields.list("parts", part)?,
        })
    }

    fn part(node: &Node, path: String) -> Result<PartFile, WheelError> {
        let fields = Fields::of(node, path)?;
        Ok(PartFile {
            id: fields.string("id")?,
            title: fields.string("title")?,
            short: fields.optional_string("short")?,
            description: fields.string("description")?,
            examples: fields.optional_list("examples", string)?,
        })
    }

    fn string(node: &Node, path: String) -> Result<String, WheelError> {
        match &node.value {
            Value::String(text) => Ok(text.clone()),
            _ => Err(shape(node, &path, "a string")),
        }
    }

    /// "invalid type: integer `7`, expected a string", at `path`.
    fn shape(node: &Node, path: &str, expected: &str) -> WheelError {
        WheelError::Shape {
            path: path.to_owned(),
            line: node.line,
            column: node.column,
            message: format!("invalid type: {}, expected {expected}", node.kind()),
        }
    }

    /// An object's members, and where it is.
    struct Fields<'a> {
        node: &'a Node,
        members: &'a [(String, Node)],
        path: String,
    }

    impl<'a> Fields<'a> {
        fn of(node: &'a Node, path: String) -> Result<Self, WheelError> {
            match &node.value {
                Value::Object(members) => Ok(Fields {
                    node,
                    members,
                    path,
                }),
                _ => Err(shape(node, &path, "an object")),
            }
        }

        /// The member `name` and its path, if present (a member given twice
        /// is an error, as it would be for serde).
        fn optional(&self, name: &str) -> Result<Option<(&'a Node, String)>, WheelError> {
            let mut found = self.members.iter().filter(|(key, _)| key == name);
            let first = found.next();
            if let Some((_, again)) = found.next() {
                return Err(WheelError::Shape {
                    path: self.path.clone(),
                    line: again.line,
                    column: again.column,
                    message: format!("duplicate field `{name}`"),
                });
            }
            Ok(first.map(|(_, node)| (node, format!("{}.{name}", self.path))))
        }

        fn required(&self, name: &str) -> Result<(&'a Node, String), WheelError> {
            self.optional(name)?.ok_or_else(|| WheelError::Shape {
                path: self.path.clone(),
                line: self.node.line,
                column: self.node.column,
                message: format!("missing field `{name}`"),
            })
        }

        fn string(&self, name: &str) -> Result<String, WheelError> {
            let (node, path) = self.required(name)?;
            string(node, path)
        }

        fn string_or_default(&self, name: &str) -> Result<String, WheelError> {
            match self.optional(name)? {
                Some((node, path)) => string(node, path),
                None => Ok(String::new()),
            }
        }

        /// A string that may be absent or `null`.
        fn optional_string(&self, name: &str) -> Result<Option<String>, WheelError> {
            match self.optional(name)? {
                Some((node, _)) if node.value == Value::Null => Ok(None),
                Some((node, path)) => string(node, path).map(Some),
                None => Ok(None),
            }
        }

        fn list<T>(
            &self,
            name: &str,
            item: fn(&Node, String) -> Result<T, WheelError>,
        ) -> Result<Vec<T>, WheelError> {
            let (node, path) = self.required(name)?;
            list(node, path, item)
        }

        fn optional_list<T>(
            &self,
            name: &str,
            item: fn(&Node, String) -> Result<T, WheelError>,
        ) -> Result<Vec<T>, WheelError> {
            match self.optional(name)? {
                Some((node, path)) => list(node, path, item),
                None => Ok(Vec::new()),
            }
        }
    }

    fn list<T>(
        node: &Node,
        path: String,
        item: fn(&Node, String) -> Result<T, WheelError>,
    ) -> Result<Vec<T>, WheelError> {
        let Value::Array(items) = &node.value else {
            return Err(shape(node, &path, "a sequence"));
        };
        items
            .iter()
            .enumerate()
            .map(|(index, node)| item(node, format!("{path}[{index}]")))
            .collect()
    }
}

/// A version written either as a string (`"1.2"`) or a number (`3`, kept
/// as written).
enum Version {
    Text(String),
    Number(String),
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Version::Text(text) | Version::Number(text) => f.write_str(text),
        }
    }
}

fn validate(raw: file::WheelFile) -> Result<Wheel, WheelError> {
    Ids::default().check("$.id", &raw.id)?;
    let version = raw.version.to_string();
    title("$.version", &version)?;
    title("$.title", &raw.title)?;
    title("$.lang", &raw.lang)?;
    at_most("$.source", &raw.source, LIMITS.text_chars)?;
    if raw.dimensions.is_empty() {
        return Err(WheelError::NoEntries {
            path: "$.dimensions".into(),
        });
    }
    count("$.dimensions", raw.dimensions.len(), LIMITS.dimensions)?;
    let parts: usize = raw.dimensions.iter().map(|d| d.parts.len()).sum();
    count("$.dimensions[*].parts", parts, LIMITS.parts)?;
    let mut ids = Ids::default();
    let mut dimensions = Vec::with_capacity(raw.dimensions.len());
    for (d, dim) in raw.dimensions.into_iter().enumerate() {
        let at = format!("$.dimensions[{d}]");
        ids.insert(&format!("{at}.id"), &dim.id)?;
        title(&format!("{at}.title"), &dim.title)?;
        optional_title(&format!("{at}.short"), dim.short.as_deref())?;
        text(&format!("{at}.intro"), &dim.intro)?;
        count(
            &format!("{at}.parts"),
            dim.parts.len(),
            LIMITS.parts_per_dimension,
        )?;
        let color = match dim.color {
            Some(value) => Some(Rgb::parse_hex(&value).ok_or_else(|| WheelError::BadColor {
                path: format!("{at}.color"),
                value,
            })?),
            None => None,
        };
        if dim.parts.is_empty() {
            return Err(WheelError::NoEntries {
                path: format!("{at}.parts"),
            });
        }
        let mut parts = Vec::with_capacity(dim.parts.len());
        for (p, part) in dim.parts.into_iter().enumerate() {
            let at = format!("{at}.parts[{p}]");
            ids.insert(&format!("{at}.id"), &part.id)?;
            title(&format!("{at}.title"), &part.title)?;
            optional_title(&format!("{at}.short"), part.short.as_deref())?;
            text(&format!("{at}.description"), &part.description)?;
            count(
                &format!("{at}.examples"),
                part.examples.len(),
                LIMITS.examples,
            )?;
            for (e, example) in part.examples.iter().enumerate() {
                title(&format!("{at}.examples[{e}]"), example)?;
            }
            parts.push(Part {
                id: part.id,
                title: part.title,
                short: part.short,
                description: part.description,
                examples: part.examples,
            });
        }
        dimensions.push(Dimension {
            id: dim.id,
            title: dim.title,
            short: dim.short,
            intro: dim.intro,
            color,
            parts,
        });
    }
    let levels = validate_levels(raw.levels)?;
    let questions = match raw.questions {
        None => None,
        Some(q) => {
            title("$.questions.title", &q.title)?;
            at_most("$.questions.intro", &q.intro, LIMITS.text_chars)?;
            if q.items.is_empty() {
                return Err(WheelError::NoEntries {
                    path: "$.questions.items".into(),
                });
            }
            count("$.questions.items", q.items.len(), LIMITS.examples)?;
            for (i, item) in q.items.iter().enumerate() {
                text(&format!("$.questions.items[{i}]"), item)?;
            }
            Some(Questions {
                title: q.title,
                intro: q.intro,
                items: q.items,
            })
        }
    };
    Ok(Wheel {
        levels,
        questions,
        id: raw.id,
        version,
        title: raw.title,
        lang: raw.lang,
        source: raw.source,
        dimensions,
    })
}

/// The fewest and most rating levels a wheel may define.
pub const LEVEL_RANGE: (usize, usize) = (2, MAX_LEVELS as usize);

/// The most levels a wheel may have: the one limit that wheel files, stored
/// ratings and share codes all keep to.
pub const MAX_LEVELS: u8 = 10;

fn validate_levels(levels: Vec<file::LevelFile>) -> Result<Vec<String>, WheelError> {
    if levels.is_empty() {
        return Ok(Vec::new());
    }
    let (min, max) = LEVEL_RANGE;
    if !(min..=max).contains(&levels.len()) {
        return Err(WheelError::LevelCount {
            path: "$.levels".into(),
            min,
            max,
        });
    }
    levels
        .into_iter()
        .enumerate()
        .map(|(i, level)| {
            if level.value != i as u64 + 1 {
                return Err(WheelError::LevelOrder {
                    path: format!("$.levels[{i}].value"),
                    value: level.value,
                });
            }
            title(&format!("$.levels[{i}].label"), &level.label)?;
            Ok(level.label)
        })
        .collect()
}

/// Segment ids must be unique across dimensions and parts, because the URL
/// hash names a segment by its id alone.
#[derive(Default)]
pub(crate) struct Ids(std::collections::HashSet<String>);

impl Ids {
    pub(crate) fn check(&self, path: &str, id: &str) -> Result<(), WheelError> {
        title(path, id)?;
        let url_safe = id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !url_safe {
            return Err(WheelError::BadId {
                path: path.into(),
                id: id.into(),
            });
        }
        if self.0.contains(id) {
            return Err(WheelError::DuplicateId {
                path: path.into(),
                id: id.into(),
            });
        }
        Ok(())
    }

    pub(crate) fn insert(&mut self, path: &str, id: &str) -> Result<(), WheelError> {
        self.check(path, id)?;
        self.0.insert(id.to_owned());
        Ok(())
    }
}

fn non_empty(path: &str, text: &str) -> Result<(), WheelError> {
    if plain(text).trim().is_empty() {
        return Err(WheelError::Empty { path: path.into() });
    }
    Ok(())
}

pub(crate) fn at_most(path: &str, text: &str, limit: usize) -> Result<(), WheelError> {
    if text.chars().count() > limit {
        return Err(WheelError::TooLong {
            path: path.into(),
            limit,
        });
    }
    Ok(())
}

/// A short text: non-empty, at most `LIMITS.title_chars`.
pub(crate) fn title(path: &str, value: &str) -> Result<(), WheelError> {
    non_empty(path, value)?;
    at_most(path, value, LIMITS.title_chars)
}

pub(crate) fn optional_title(path: &str, value: Option<&str>) -> Result<(), WheelError> {
    value.map_or(Ok(()), |value| title(path, value))
}

/// A long text: non-empty, at most `LIMITS.text_chars`.
pub(crate) fn text(path: &str, value: &str) -> Result<(), WheelError> {
    non_empty(path, value)?;
    at_most(path, value, LIMITS.text_chars)
}

pub(crate) fn count(path: &str, count: usize, limit: usize) -> Result<(), WheelError> {
    if count > limit {
        return Err(WheelError::TooMany {
            path: path.into(),
            limit,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin_english() -> Wheel {
        Wheel::from_json(BUILTIN_KL_WHEEL_EN).unwrap()
    }

    fn minimal() -> serde_json::Value {
        serde_json::json!({
            "id": "w", "version": "1", "title": "T", "lang": "da", "source": "S",
            "dimensions": [
                { "id": "d1", "title": "D1", "intro": "I1", "parts": [
                    { "id": "p1", "title": "P1", "description": "x", "examples": ["e"] }
                ]},
                { "id": "d2", "title": "D2", "intro": "I2", "color": "#112233", "parts": [
                    { "id": "p2", "title": "P2", "description": "y", "examples": [] },
                    { "id": "p3", "title": "P3", "description": "z" }
                ]}
            ]
        })
    }

    fn check(edit: impl FnOnce(&mut serde_json::Value), expected: WheelError) {
        let mut value = minimal();
        edit(&mut value);
        assert_eq!(Wheel::from_json(&value.to_string()), Err(expected));
    }

    #[test]
    fn builtin_wheel_has_four_dimensions_of_three_parts() {
        let wheel = Wheel::builtin();
        assert_eq!(wheel.id, "kl-medarbejder");
        assert_eq!(wheel.lang, "da");
        assert!(wheel.source.contains("KL"));
        assert!(wheel.source.contains("Fremtidens digitale kompetencer"));
        let shape: Vec<usize> = wheel.dimensions.iter().map(|d| d.parts.len()).collect();
        assert_eq!(shape, [3, 3, 3, 3]);
        // Seed 000's nine statements, for discussion.
        let questions = wheel
            .questions
            .as_ref()
            .expect("the KL wheel has questions");
        assert_eq!(questions.items.len(), 9);
        assert!(questions.intro.starts_with("Vi har et digitalt mindset"));
        assert_eq!(builtin_english().questions.unwrap().items.len(), 9);
        for dim in &wheel.dimensions {
            assert!(dim.color.is_some(), "{} has a colour", dim.id);
            for part in &dim.parts {
                assert!(!part.examples.is_empty(), "{} has examples", part.id);
                assert!(paragraphs(&part.description).count() >= 1);
            }
        }
    }

    #[test]
    fn builtin_wheel_titles_follow_the_seed() {
        let wheel = Wheel::builtin();
        let titles: Vec<String> = wheel.segments().map(|s| plain(wheel.title_of(s))).collect();
        assert_eq!(
            titles,
            [
                "Anvendelseskompetencer",
                "Brugerkompetencer",
                "Dataanvendelse",
                "Data- og informationssikkerhed",
                "Kompetencer til teknologiforståelse",
                "Teknologi, faglighed og mennesker",
                "Kompetencer til teknologivurdering",
                "Retssikkerhed og etik",
                "Kompetencer til formidling og kommunikation",
                "Digital kommunikation 1:mange",
                "Digital kommunikation 1:1",
                "Kompetencer til formidling til borgere og kolleger",
                "Udvikling og implementering",
                "Implementering og anskaffelse",
                "Udvikling",
                "Innovation",
            ]
        );
    }

    #[test]
    fn builtin_wheels_label_every_segment_uniquely() {
        for (lang, file) in [("da", BUILTIN_KL_WHEEL), ("en", BUILTIN_KL_WHEEL_EN)] {
            let wheel = Wheel::from_json(file).unwrap();
            assert_eq!(wheel.warnings(), [], "the built-in {lang} wheel");
        }
    }

    #[test]
    fn equal_labels_on_different_segments_are_warnings() {
        let mut value = minimal();
        // A dimension's short label equal to a part's title (a soft hyphen
        // and spacing do not make them different to a reader) …
        value["dimensions"][0]["short"] = "P\u{ad}2 ".into();
        // … and two parts with the same short label.
        value["dimensions"][1]["parts"][0]["short"] = "Same".into();
        value["dimensions"][1]["parts"][1]["short"] = " Same".into();
        // A short label equal to its own title is no clash.
        value["dimensions"][0]["parts"][0]["short"] = "P1".into();
        let wheel = Wheel::from_json(&value.to_string()).expect("warnings do not reject a wheel");
        assert_eq!(
            wheel.warnings(),
            [
                WheelWarning::DuplicateLabel {
                    path: "$.dimensions[1].parts[0].title".into(),
                    other: "$.dimensions[0].short".into(),
                    label: "P2".into(),
                },
                WheelWarning::DuplicateLabel {
                    path: "$.dimensions[1].parts[1].short".into(),
                    other: "$.dimensions[1].parts[0].short".into(),
                    label: "Same".into(),
                },
            ]
        );
        assert_eq!(
            wheel.warnings()[0].to_string(),
            "$.dimensions[1].parts[0].title and $.dimensions[0].short both read \"P2\", \
             so the wheel shows two segments with the same label"
        );
        assert_eq!(
            Wheel::from_json(&minimal().to_string()).unwrap().warnings(),
            []
        );
    }

    #[test]
    fn the_english_wheel_matches_the_danish_one_part_for_part() {
        let (da, en) = (Wheel::builtin(), builtin_english());
        assert_eq!(en.lang, "en");
        assert_eq!(en.id, da.id, "ratings are shared across languages");
        let ids = |w: &Wheel| {
            w.segments()
                .map(|s| w.id_of(s).to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&en), ids(&da));
        for (d_da, d_en) in da.dimensions.iter().zip(&en.dimensions) {
            assert_eq!(d_en.color, d_da.color);
            assert_eq!(
                paragraphs(&d_en.intro).count(),
                paragraphs(&d_da.intro).count(),
                "{}",
                d_da.id
            );
            for (p_da, p_en) in d_da.parts.iter().zip(&d_en.parts) {
                assert_eq!(p_en.examples.len(), p_da.examples.len(), "{}", p_da.id);
                assert_eq!(
                    paragraphs(&p_en.description).count(),
                    paragraphs(&p_da.description).count(),
                    "{}",
                    p_da.id
                );
                assert_ne!(p_en.description, p_da.description);
            }
        }
    }

    #[test]
    fn a_segment_the_wheel_lacks_never_panics() {
        let wheel = Wheel::builtin();
        for segment in [
            SegmentId::Dimension(9),
            SegmentId::Part(9, 0),
            SegmentId::Part(0, 9),
        ] {
            assert!(!wheel.contains(segment));
            assert_eq!(wheel.id_of(segment), "");
            assert_eq!(wheel.title_of(segment), "");
            assert_eq!(wheel.short_of(segment), None);
            assert_eq!(wheel.part_index(segment), None);
        }
        assert_eq!(wheel.part_index(SegmentId::Part(1, 2)), Some(5));
        assert_eq!(wheel.part_index(SegmentId::Dimension(1)), None);
        let order: Vec<usize> = wheel
            .parts()
            .filter_map(|(segment, _)| wheel.part_index(segment))
            .collect();
        assert_eq!(order, (0..12).collect::<Vec<_>>());
    }

    #[test]
    fn segments_are_in_reading_order() {
        let wheel = Wheel::from_json(&minimal().to_string()).unwrap();
        let order: Vec<SegmentId> = wheel.segments().collect();
        use SegmentId::*;
        assert_eq!(
            order,
            [
                Dimension(0),
                Part(0, 0),
                Dimension(1),
                Part(1, 0),
                Part(1, 1)
            ]
        );
        assert_eq!(wheel.part_count(), 3);
        assert_eq!(wheel.find("p2"), Some(Part(1, 0)));
        assert_eq!(wheel.find("d2"), Some(Dimension(1)));
        assert_eq!(wheel.find("nope"), None);
        assert_eq!(wheel.id_of(Part(1, 1)), "p3");
        assert!(wheel.contains(Part(1, 1)));
        assert!(!wheel.contains(Part(0, 1)));
        assert!(!wheel.contains(Dimension(2)));
    }

    #[test]
    fn numeric_version_and_missing_optionals_are_accepted() {
        let mut value = minimal();
        value["version"] = serde_json::json!(3);
        let wheel = Wheel::from_json(&value.to_string()).unwrap();
        assert_eq!(wheel.version, "3");
        assert_eq!(wheel.dimensions[1].color, Some(Rgb(0x11, 0x22, 0x33)));
        assert!(wheel.dimensions[1].parts[1].examples.is_empty());
    }

    #[test]
    fn syntax_errors_report_line_and_column() {
        let err = Wheel::from_json("{\n  \"id\": \"w\",\n  oops\n}").unwrap_err();
        match err {
            WheelError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 3)),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn wrong_types_are_shape_errors_with_a_path() {
        let mut value = minimal();
        value["dimensions"][1]["parts"][0]["title"] = serde_json::json!(42);
        let text = serde_json::to_string_pretty(&value).unwrap();
        match Wheel::from_json(&text).unwrap_err() {
            WheelError::Shape { path, line, .. } => {
                assert_eq!(path, "$.dimensions[1].parts[0].title");
                assert!(line > 1, "pretty-printed, so not on the first line");
            }
            other => panic!("expected a shape error, got {other:?}"),
        }
        let err = Wheel::from_json(r#"{"id": "w"}"#).unwrap_err();
        assert!(
            matches!(err, WheelError::Shape { ref path, .. } if path == "$"),
            "{err:?}"
        );
    }

    #[test]
    fn sizes_are_limited() {
        check(
            |v| {
                v["dimensions"][0]["parts"][0]["description"] =
                    "x".repeat(LIMITS.text_chars + 1).into()
            },
            WheelError::TooLong {
                path: "$.dimensions[0].parts[0].description".into(),
                limit: LIMITS.text_chars,
            },
        );
        check(
            |v| v["dimensions"][0]["title"] = "x".repeat(LIMITS.title_chars + 1).into(),
            WheelError::TooLong {
                path: "$.dimensions[0].title".into(),
                limit: LIMITS.title_chars,
            },
        );
        check(
            |v| {
                let part = v["dimensions"][0]["parts"][0].clone();
                let parts: Vec<_> = (0..=LIMITS.parts_per_dimension)
                    .map(|i| {
                        let mut p = part.clone();
                        p["id"] = format!("p{i}x").into();
                        p
                    })
                    .collect();
                v["dimensions"][0]["parts"] = parts.into();
            },
            WheelError::TooMany {
                path: "$.dimensions[0].parts".into(),
                limit: LIMITS.parts_per_dimension,
            },
        );
        let huge = format!("{{\"id\": \"{}\"}}", "x".repeat(LIMITS.file_bytes));
        assert!(matches!(
            Wheel::from_json(&huge),
            Err(WheelError::TooLarge { .. })
        ));
    }

    #[test]
    fn duplicate_ids_are_rejected_across_dimensions_and_parts() {
        check(
            |v| v["dimensions"][1]["parts"][0]["id"] = "p1".into(),
            WheelError::DuplicateId {
                path: "$.dimensions[1].parts[0].id".into(),
                id: "p1".into(),
            },
        );
        check(
            |v| v["dimensions"][1]["id"] = "p1".into(),
            WheelError::DuplicateId {
                path: "$.dimensions[1].id".into(),
                id: "p1".into(),
            },
        );
    }

    #[test]
    fn ids_must_be_url_safe() {
        check(
            |v| v["dimensions"][0]["parts"][0]["id"] = "Del 1".into(),
            WheelError::BadId {
                path: "$.dimensions[0].parts[0].id".into(),
                id: "Del 1".into(),
            },
        );
    }

    #[test]
    fn empty_texts_are_rejected() {
        check(
            |v| v["title"] = " ".into(),
            WheelError::Empty {
                path: "$.title".into(),
            },
        );
        check(
            |v| v["dimensions"][1]["parts"][1]["title"] = "\u{ad}".into(),
            WheelError::Empty {
                path: "$.dimensions[1].parts[1].title".into(),
            },
        );
        check(
            |v| v["dimensions"][0]["parts"][0]["examples"][0] = "".into(),
            WheelError::Empty {
                path: "$.dimensions[0].parts[0].examples[0]".into(),
            },
        );
    }

    #[test]
    fn every_dimension_needs_a_part() {
        check(
            |v| v["dimensions"][1]["parts"] = serde_json::json!([]),
            WheelError::NoEntries {
                path: "$.dimensions[1].parts".into(),
            },
        );
        check(
            |v| v["dimensions"] = serde_json::json!([]),
            WheelError::NoEntries {
                path: "$.dimensions".into(),
            },
        );
    }

    #[test]
    fn colours_must_be_hex() {
        check(
            |v| v["dimensions"][0]["color"] = "blue".into(),
            WheelError::BadColor {
                path: "$.dimensions[0].color".into(),
                value: "blue".into(),
            },
        );
    }

    #[test]
    fn levels_are_optional_numbered_and_labelled() {
        assert!(Wheel::from_json(&minimal().to_string())
            .unwrap()
            .levels
            .is_empty());
        let mut value = minimal();
        value["levels"] = serde_json::json!([
            { "value": 1, "label": "Begynder" },
            { "value": 2, "label": "Øvet" },
            { "value": 3, "label": "Ekspert" }
        ]);
        let wheel = Wheel::from_json(&value.to_string()).unwrap();
        assert_eq!(wheel.levels, ["Begynder", "Øvet", "Ekspert"]);
        check(
            |v| {
                v["levels"] =
                    serde_json::json!([{ "value": 1, "label": "a" }, { "value": 3, "label": "b" }])
            },
            WheelError::LevelOrder {
                path: "$.levels[1].value".into(),
                value: 3,
            },
        );
        check(
            |v| v["levels"] = serde_json::json!([{ "value": 1, "label": "a" }]),
            WheelError::LevelCount {
                path: "$.levels".into(),
                min: 2,
                max: 10,
            },
        );
        check(
            |v| {
                v["levels"] =
                    serde_json::json!([{ "value": 1, "label": "a" }, { "value": 2, "label": "" }])
            },
            WheelError::Empty {
                path: "$.levels[1].label".into(),
            },
        );
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let parts: Vec<&str> = paragraphs("a\n\n b \n\n\n\nc").collect();
        assert_eq!(parts, ["a", "b", "c"]);
    }
}
