//! Reading a wheel file: the JSON text into the [`WheelFile`] types (the
//! compatibility boundary), field by field from the [`json`] tree with a
//! typed [`Path`] for every problem, then validated (one walk, stopping at
//! the first error) into a [`Wheel`]. Unknown fields are ignored so that
//! files written for a newer version still load.

use crate::core::color::Rgb;
use crate::core::json::{self, Node, Value};
use crate::core::model::limits::LIMITS;
use crate::core::model::path::{Entry, Key, Path};
use crate::core::model::{Dimension, Part, Questions, Resource, ResourceKind, Wheel, WheelError};

/// A wheel file as written, before validation. The editor's draft becomes
/// one too, so that loading and the editor are checked by the same walk.
#[derive(Clone, Debug, PartialEq)]
pub struct WheelFile {
    pub id: String,
    /// A string, or a number kept as written (`3`).
    pub version: String,
    pub title: String,
    pub lang: String,
    pub source: String,
    pub dimensions: Vec<DimensionFile>,
    pub levels: Vec<LevelFile>,
    pub questions: Option<QuestionsFile>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuestionsFile {
    pub title: String,
    pub intro: String,
    pub items: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LevelFile {
    pub value: u64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DimensionFile {
    pub id: String,
    pub title: String,
    pub short: Option<String>,
    pub intro: String,
    pub color: Option<String>,
    pub parts: Vec<PartFile>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PartFile {
    pub id: String,
    pub title: String,
    pub short: Option<String>,
    pub description: String,
    pub examples: Vec<String>,
    pub resources: Vec<ResourceFile>,
}

/// A learning resource as written; `kind` as the file gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct ResourceFile {
    pub title: String,
    pub url: String,
    pub kind: Option<String>,
}

impl Wheel {
    /// Parses and validates a wheel file.
    pub fn from_json(text: &str) -> Result<Wheel, WheelError> {
        let file = WheelFile::from_json(text)?;
        match file.first_error() {
            Some(error) => Err(error),
            None => Ok(file.into_wheel()),
        }
    }
}

impl WheelFile {
    /// Parses a wheel file and reads its shape (a number where text belongs
    /// is an error here), without checking its rules.
    pub fn from_json(text: &str) -> Result<WheelFile, WheelError> {
        if text.len() > LIMITS.file_bytes {
            return Err(WheelError::TooLarge {
                path: Path::ROOT,
                limit: LIMITS.file_bytes,
            });
        }
        let root = json::parse(text).map_err(|err| WheelError::Syntax {
            line: err.line,
            column: err.column,
            message: err.message.to_owned(),
        })?;
        read(&root)
    }

    /// The validated wheel, for a file with no [`WheelFile::first_error`].
    pub fn into_wheel(self) -> Wheel {
        let dimensions = self
            .dimensions
            .into_iter()
            .map(|dim| Dimension {
                color: dim.color.as_deref().and_then(Rgb::parse_hex),
                id: dim.id,
                title: dim.title,
                short: dim.short,
                intro: dim.intro,
                parts: dim
                    .parts
                    .into_iter()
                    .map(|part| Part {
                        id: part.id,
                        title: part.title,
                        short: part.short,
                        description: part.description,
                        examples: part.examples,
                        resources: part
                            .resources
                            .into_iter()
                            .map(|r| Resource {
                                kind: r.kind.as_deref().and_then(ResourceKind::parse),
                                title: r.title,
                                url: r.url,
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        Wheel {
            id: self.id,
            version: self.version,
            title: self.title,
            lang: self.lang,
            source: self.source,
            dimensions,
            levels: self.levels.into_iter().map(|level| level.label).collect(),
            questions: self.questions.map(|q| Questions {
                title: q.title,
                intro: q.intro,
                items: q.items,
            }),
        }
    }
}

/// Reads the whole file from its JSON tree.
fn read(root: &Node) -> Result<WheelFile, WheelError> {
    let fields = Fields::of(root, Path::ROOT)?;
    let version = {
        let (node, path) = fields.required(Key::Version)?;
        match &node.value {
            Value::String(text) | Value::Number(text) => text.clone(),
            _ => return Err(shape(node, path, "a string or a number")),
        }
    };
    Ok(WheelFile {
        id: fields.string(Key::Id)?,
        version,
        title: fields.string(Key::Title)?,
        lang: fields.string(Key::Lang)?,
        source: fields.string_or_default(Key::Source)?,
        dimensions: fields.list(Key::Dimensions, dimension)?,
        levels: fields.optional_list(Key::Levels, level)?,
        questions: match fields.member("questions", Entry::Questions.at(Key::Whole))? {
            Some((node, path)) => Some(questions(node, path)?),
            None => None,
        },
    })
}

fn questions(node: &Node, path: Path) -> Result<QuestionsFile, WheelError> {
    let fields = Fields::of(node, path)?;
    Ok(QuestionsFile {
        title: fields.string(Key::Title)?,
        intro: fields.string_or_default(Key::Intro)?,
        items: fields.list(Key::Items, string)?,
    })
}

fn level(node: &Node, path: Path) -> Result<LevelFile, WheelError> {
    let fields = Fields::of(node, path)?;
    let (value, at) = fields.required(Key::Value)?;
    Ok(LevelFile {
        value: value.as_u64().ok_or_else(|| shape(value, at, "u64"))?,
        label: fields.string(Key::Label)?,
    })
}

fn dimension(node: &Node, path: Path) -> Result<DimensionFile, WheelError> {
    let fields = Fields::of(node, path)?;
    Ok(DimensionFile {
        id: fields.string(Key::Id)?,
        title: fields.string(Key::Title)?,
        short: fields.optional_string(Key::Short)?,
        intro: fields.string(Key::Intro)?,
        color: fields.optional_string(Key::Color)?,
        parts: fields.list(Key::Parts, part)?,
    })
}

fn part(node: &Node, path: Path) -> Result<PartFile, WheelError> {
    let fields = Fields::of(node, path)?;
    Ok(PartFile {
        id: fields.string(Key::Id)?,
        title: fields.string(Key::Title)?,
        short: fields.optional_string(Key::Short)?,
        description: fields.string(Key::Description)?,
        examples: fields.optional_list(Key::Examples, string)?,
        resources: fields.optional_list(Key::Resources, resource)?,
    })
}

fn resource(node: &Node, path: Path) -> Result<ResourceFile, WheelError> {
    let fields = Fields::of(node, path)?;
    Ok(ResourceFile {
        title: fields.string(Key::Title)?,
        url: fields.string(Key::Url)?,
        kind: fields.optional_string(Key::Kind)?,
    })
}

fn string(node: &Node, path: Path) -> Result<String, WheelError> {
    match &node.value {
        Value::String(text) => Ok(text.clone()),
        _ => Err(shape(node, path, "a string")),
    }
}

/// "invalid type: integer `7`, expected a string", at `path`.
fn shape(node: &Node, path: Path, expected: &str) -> WheelError {
    WheelError::Shape {
        path,
        line: node.line,
        column: node.column,
        message: format!("invalid type: {}, expected {expected}", node.kind()),
    }
}

/// An object's members, and where it is.
struct Fields<'a> {
    node: &'a Node,
    members: &'a [(String, Node)],
    path: Path,
}

impl<'a> Fields<'a> {
    fn of(node: &'a Node, path: Path) -> Result<Self, WheelError> {
        match &node.value {
            Value::Object(members) => Ok(Fields {
                node,
                members,
                path,
            }),
            _ => Err(shape(node, path, "an object")),
        }
    }

    /// The member `key` and its path, if present.
    fn optional(&self, key: Key) -> Result<Option<(&'a Node, Path)>, WheelError> {
        self.member(key.name(), self.path.entry.at(key))
    }

    /// The member `name`, at `path`, if present (a member given twice is an
    /// error, as it would be for serde).
    fn member(&self, name: &str, path: Path) -> Result<Option<(&'a Node, Path)>, WheelError> {
        let mut found = self.members.iter().filter(|(member, _)| member == name);
        let first = found.next();
        if let Some((_, again)) = found.next() {
            return Err(WheelError::Shape {
                path: self.path,
                line: again.line,
                column: again.column,
                message: format!("duplicate field `{name}`"),
            });
        }
        Ok(first.map(|(_, node)| (node, path)))
    }

    fn required(&self, key: Key) -> Result<(&'a Node, Path), WheelError> {
        self.optional(key)?.ok_or_else(|| WheelError::Shape {
            path: self.path,
            line: self.node.line,
            column: self.node.column,
            message: format!("missing field `{}`", key.name()),
        })
    }

    fn string(&self, key: Key) -> Result<String, WheelError> {
        let (node, path) = self.required(key)?;
        string(node, path)
    }

    fn string_or_default(&self, key: Key) -> Result<String, WheelError> {
        match self.optional(key)? {
            Some((node, path)) => string(node, path),
            None => Ok(String::new()),
        }
    }

    /// A string that may be absent or `null`.
    fn optional_string(&self, key: Key) -> Result<Option<String>, WheelError> {
        match self.optional(key)? {
            Some((node, _)) if node.value == Value::Null => Ok(None),
            Some((node, path)) => string(node, path).map(Some),
            None => Ok(None),
        }
    }

    fn list<T>(
        &self,
        key: Key,
        item: fn(&Node, Path) -> Result<T, WheelError>,
    ) -> Result<Vec<T>, WheelError> {
        let (node, path) = self.required(key)?;
        list(node, path, item)
    }

    fn optional_list<T>(
        &self,
        key: Key,
        item: fn(&Node, Path) -> Result<T, WheelError>,
    ) -> Result<Vec<T>, WheelError> {
        match self.optional(key)? {
            Some((node, path)) => list(node, path, item),
            None => Ok(Vec::new()),
        }
    }
}

fn list<T>(
    node: &Node,
    path: Path,
    item: fn(&Node, Path) -> Result<T, WheelError>,
) -> Result<Vec<T>, WheelError> {
    let Value::Array(items) = &node.value else {
        return Err(shape(node, path, "a sequence"));
    };
    items
        .iter()
        .enumerate()
        .map(|(index, node)| item(node, path.item(index)))
        .collect()
}
