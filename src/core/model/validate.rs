//! The wheel file's rules, checked in one walk over its shape
//! ([`WheelFile::walk`]) that reports each problem at its typed [`Path`]
//! into a [`Sink`]: loading a file stops at the first, the editor collects
//! them all. A file the walk finds nothing in is a well-formed [`Wheel`]: at
//! least one dimension, at least one part per dimension, unique URL-safe
//! ids, non-empty texts within the [`LIMITS`], and resources whose address
//! can only lead to a web page ([`is_safe_url`]) and whose kind is known.
//!
//! [`Wheel`]: crate::core::model::Wheel

use crate::core::color::Rgb;
use crate::core::model::file::WheelFile;
use crate::core::model::limits::{LEVEL_RANGE, LIMITS};
use crate::core::model::path::{Entry, Key, Path};
use crate::core::model::{plain, ResourceKind, WheelError};

/// Where the walk reports what it finds.
pub struct Sink {
    errors: Vec<WheelError>,
    /// Collect every error, or stop at the first.
    all: bool,
}

/// The walk stopped: its sink has the one error it wanted.
struct Stop;

impl Sink {
    /// Stops the walk at the first error (loading a wheel file).
    pub fn first() -> Sink {
        Sink {
            errors: Vec::new(),
            all: false,
        }
    }

    /// Collects every error (the editor).
    pub fn all() -> Sink {
        Sink {
            errors: Vec::new(),
            all: true,
        }
    }

    /// What was found, in the order the walk met it.
    pub fn into_errors(self) -> Vec<WheelError> {
        self.errors
    }

    fn note(&mut self, result: Result<(), WheelError>) -> Result<(), Stop> {
        if let Err(error) = result {
            self.errors.push(error);
            if !self.all {
                return Err(Stop);
            }
        }
        Ok(())
    }
}

impl WheelFile {
    /// Checks every rule, in file order, reporting into `sink`.
    pub fn walk(&self, sink: &mut Sink) {
        let _ = self.walk_until(sink);
    }

    /// The first problem that stops the file from loading.
    pub fn first_error(&self) -> Option<WheelError> {
        let mut sink = Sink::first();
        self.walk(&mut sink);
        sink.errors.pop()
    }

    /// Every problem that stops the file from loading, in file order.
    pub fn errors(&self) -> Vec<WheelError> {
        let mut sink = Sink::all();
        self.walk(&mut sink);
        sink.into_errors()
    }

    fn walk_until(&self, sink: &mut Sink) -> Result<(), Stop> {
        let wheel = Path::wheel;
        sink.note(Ids::default().check(wheel(Key::Id), &self.id))?;
        sink.note(title(wheel(Key::Version), &self.version))?;
        sink.note(title(wheel(Key::Title), &self.title))?;
        sink.note(title(wheel(Key::Lang), &self.lang))?;
        sink.note(at_most(wheel(Key::Source), &self.source, LIMITS.text_chars))?;
        let dimensions = wheel(Key::Dimensions);
        sink.note(entries(
            dimensions,
            self.dimensions.len(),
            LIMITS.dimensions,
        ))?;
        let parts: usize = self.dimensions.iter().map(|d| d.parts.len()).sum();
        sink.note(count(wheel(Key::AllParts), parts, LIMITS.parts))?;
        let mut ids = Ids::default();
        for (d, dim) in self.dimensions.iter().enumerate() {
            let at = Entry::Dimension(d);
            sink.note(ids.insert(at.at(Key::Id), &dim.id))?;
            sink.note(title(at.at(Key::Title), &dim.title))?;
            sink.note(optional_title(at.at(Key::Short), dim.short.as_deref()))?;
            sink.note(text(at.at(Key::Intro), &dim.intro))?;
            let parts = at.at(Key::Parts);
            sink.note(count(parts, dim.parts.len(), LIMITS.parts_per_dimension))?;
            if let Some(value) = &dim.color {
                if Rgb::parse_hex(value).is_none() {
                    sink.note(Err(WheelError::BadColor {
                        path: at.at(Key::Color),
                        value: value.clone(),
                    }))?;
                }
            }
            sink.note(not_empty(parts, dim.parts.len()))?;
            for (p, part) in dim.parts.iter().enumerate() {
                let at = at.part(p);
                sink.note(ids.insert(at.at(Key::Id), &part.id))?;
                sink.note(title(at.at(Key::Title), &part.title))?;
                sink.note(optional_title(at.at(Key::Short), part.short.as_deref()))?;
                sink.note(text(at.at(Key::Description), &part.description))?;
                let examples = at.at(Key::Examples);
                sink.note(count(examples, part.examples.len(), LIMITS.examples))?;
                for (e, example) in part.examples.iter().enumerate() {
                    sink.note(title(examples.item(e), example))?;
                }
                let resources = at.at(Key::Resources);
                sink.note(count(resources, part.resources.len(), LIMITS.resources))?;
                for (r, resource) in part.resources.iter().enumerate() {
                    let at = at.resource(r);
                    sink.note(title(at.at(Key::Title), &resource.title))?;
                    sink.note(url(at.at(Key::Url), &resource.url))?;
                    if let Some(kind) = &resource.kind {
                        if ResourceKind::parse(kind).is_none() {
                            sink.note(Err(WheelError::BadKind {
                                path: at.at(Key::Kind),
                                value: kind.clone(),
                            }))?;
                        }
                    }
                }
            }
        }
        if !self.levels.is_empty() {
            let (min, max) = LEVEL_RANGE;
            if !(min..=max).contains(&self.levels.len()) {
                sink.note(Err(WheelError::LevelCount {
                    path: wheel(Key::Levels),
                    min,
                    max,
                }))?;
            }
            for (i, level) in self.levels.iter().enumerate() {
                if level.value != i as u64 + 1 {
                    sink.note(Err(WheelError::LevelOrder {
                        path: Entry::Level(i).at(Key::Value),
                        value: level.value,
                    }))?;
                }
                sink.note(title(Entry::Level(i).at(Key::Label), &level.label))?;
            }
        }
        if let Some(q) = &self.questions {
            let at = Entry::Questions;
            sink.note(title(at.at(Key::Title), &q.title))?;
            sink.note(at_most(at.at(Key::Intro), &q.intro, LIMITS.text_chars))?;
            let items = at.at(Key::Items);
            sink.note(entries(items, q.items.len(), LIMITS.examples))?;
            for (i, item) in q.items.iter().enumerate() {
                sink.note(text(items.item(i), item))?;
            }
        }
        Ok(())
    }
}

/// Segment ids must be unique across dimensions and parts, because the URL
/// hash names a segment by its id alone.
#[derive(Default)]
struct Ids(std::collections::HashSet<String>);

impl Ids {
    fn check(&self, path: Path, id: &str) -> Result<(), WheelError> {
        title(path, id)?;
        let url_safe = id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !url_safe {
            return Err(WheelError::BadId {
                path,
                id: id.into(),
            });
        }
        if self.0.contains(id) {
            return Err(WheelError::DuplicateId {
                path,
                id: id.into(),
            });
        }
        Ok(())
    }

    fn insert(&mut self, path: Path, id: &str) -> Result<(), WheelError> {
        self.check(path, id)?;
        self.0.insert(id.to_owned());
        Ok(())
    }
}

fn non_empty(path: Path, text: &str) -> Result<(), WheelError> {
    if plain(text).trim().is_empty() {
        return Err(WheelError::Empty { path });
    }
    Ok(())
}

fn at_most(path: Path, text: &str, limit: usize) -> Result<(), WheelError> {
    if text.chars().count() > limit {
        return Err(WheelError::TooLong { path, limit });
    }
    Ok(())
}

/// A short text: non-empty, at most `LIMITS.title_chars`.
fn title(path: Path, value: &str) -> Result<(), WheelError> {
    non_empty(path, value)?;
    at_most(path, value, LIMITS.title_chars)
}

fn optional_title(path: Path, value: Option<&str>) -> Result<(), WheelError> {
    value.map_or(Ok(()), |value| title(path, value))
}

/// A long text: non-empty, at most `LIMITS.text_chars`.
fn text(path: Path, value: &str) -> Result<(), WheelError> {
    non_empty(path, value)?;
    at_most(path, value, LIMITS.text_chars)
}

/// A resource's address: present, within `LIMITS.text_chars`, and safe to
/// make a link of ([`is_safe_url`]).
fn url(path: Path, value: &str) -> Result<(), WheelError> {
    non_empty(path, value)?;
    at_most(path, value, LIMITS.text_chars)?;
    if !is_safe_url(value) {
        return Err(WheelError::BadUrl {
            path,
            value: value.into(),
        });
    }
    Ok(())
}

/// Whether a link to `url` can only lead to a web page: an `http://` or
/// `https://` address with a host, or a relative one (`/kurser/x`,
/// `kurser/x`, `../x`, `?s=x`, `#x`). Any other scheme is refused
/// (`javascript:`, `data:`, `vbscript:`, `file:`, `mailto:` …), read as a
/// browser reads one: letters, digits, `+`, `-` and `.` before the first
/// `:` that comes before any `/`, `?` or `#`. Spaces and control
/// characters are refused anywhere, since a browser drops some of them
/// before it reads the scheme (`java\tscript:`).
pub fn is_safe_url(url: &str) -> bool {
    if url.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let end = url.find([':', '/', '?', '#']).unwrap_or(url.len());
    let (scheme, rest) = url.split_at(end);
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !rest.starts_with(':') || !is_scheme {
        return true;
    }
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let host = rest
        .strip_prefix("://")
        .and_then(|after| after.chars().next())
        .is_some_and(|c| !matches!(c, '/' | '?' | '#' | '\\'));
    web && host
}

fn count(path: Path, count: usize, limit: usize) -> Result<(), WheelError> {
    if count > limit {
        return Err(WheelError::TooMany { path, limit });
    }
    Ok(())
}

/// A list that must have at least one entry.
fn not_empty(path: Path, count: usize) -> Result<(), WheelError> {
    if count == 0 {
        return Err(WheelError::NoEntries { path });
    }
    Ok(())
}

/// A list that needs from one to `limit` entries: two rules, each reported.
fn entries(path: Path, len: usize, limit: usize) -> Result<(), WheelError> {
    not_empty(path, len)?;
    count(path, len, limit)
}
