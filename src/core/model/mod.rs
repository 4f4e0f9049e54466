//! The wheel's content: the validated model and the walks over it.
//!
//! A wheel file is JSON (see `www/wheels/kl-medarbejder.da.json`). [`file`]
//! reads it into [`WheelFile`] types — the compatibility boundary — and
//! [`validate`] checks it in one walk into a [`Wheel`], whose invariants the
//! rest of the crate relies on: at least one dimension, at least one part per
//! dimension, unique URL-safe ids and non-empty texts. Every problem is at a
//! typed [`Path`]. Problems that do not stop the wheel from working, such as
//! two segments with the same label, are [`WheelWarning`]s instead.

mod builtin;
mod error;
pub mod file;
pub mod limits;
pub mod path;
pub mod validate;

pub use builtin::{BakedWheel, BUILTIN_KL_WHEEL, BUILTIN_KL_WHEEL_EN, KL_WHEEL_DA, KL_WHEEL_EN};
pub use error::{WheelError, WheelWarning};
pub use file::WheelFile;
pub use limits::{Limits, LEVEL_RANGE, LIMITS, MAX_LEVELS};
pub use path::{Entry, Key, Path};
pub use validate::{is_safe_url, Sink};

use crate::core::color::Rgb;

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
    /// Where to go next: shown under "Kom videre" and in the profile's
    /// parts to develop. Empty for most wheels (the built-in ones too).
    pub resources: Vec<Resource>,
}

/// A place to learn more about a part: a course, e-learning, an article or a
/// video, on the intranet or the web.
#[derive(Clone, Debug, PartialEq)]
pub struct Resource {
    pub title: String,
    /// An `http://` or `https://` address, or one relative to the page
    /// (never `javascript:`, `data:` or any other scheme: the walk refuses
    /// them, since the panel makes it a link).
    pub url: String,
    pub kind: Option<ResourceKind>,
}

/// What a resource is, shown as words beside its title (never as colour
/// alone). The file names each in Danish, whatever its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResourceKind {
    Course,
    ELearning,
    Article,
    Video,
}

impl ResourceKind {
    /// Every kind, in the order the editor offers them and the strings
    /// tables name them.
    pub const ALL: [ResourceKind; 4] = [
        ResourceKind::Course,
        ResourceKind::ELearning,
        ResourceKind::Article,
        ResourceKind::Video,
    ];

    /// The kind's value in a wheel file.
    pub const fn name(self) -> &'static str {
        match self {
            ResourceKind::Course => "kursus",
            ResourceKind::ELearning => "e-læring",
            ResourceKind::Article => "artikel",
            ResourceKind::Video => "video",
        }
    }

    /// The kind a file's value names, if any.
    pub fn parse(value: &str) -> Option<ResourceKind> {
        Self::ALL.into_iter().find(|kind| kind.name() == value)
    }

    /// Its place in [`ResourceKind::ALL`] (and in a strings table's list).
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl Wheel {
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
        let mut seen: Vec<(String, SegmentId, Path)> = Vec::new();
        let mut warnings = Vec::new();
        for segment in self.segments() {
            let (at, title, short) = match segment {
                SegmentId::Dimension(d) => {
                    let dim = &self.dimensions[d];
                    (Entry::Dimension(d), &dim.title, &dim.short)
                }
                SegmentId::Part(d, p) => {
                    let part = &self.dimensions[d].parts[p];
                    (Entry::Part(d, p), &part.title, &part.short)
                }
            };
            let labels =
                std::iter::once((Key::Title, title)).chain(short.iter().map(|s| (Key::Short, s)));
            for (key, label) in labels {
                let path = at.at(key);
                let key = label_key(label);
                match seen.iter().find(|(seen_key, ..)| *seen_key == key) {
                    // A short label equal to its own title is no clash.
                    Some((_, owner, _)) if *owner == segment => {}
                    Some((_, _, other)) => warnings.push(WheelWarning::DuplicateLabel {
                        path,
                        other: *other,
                        label: key,
                    }),
                    None => seen.push((key, segment, path)),
                }
            }
        }
        warnings
    }
}

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
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let text = rest?;
        let at = crate::core::number::find_pair(text, b"\n\n");
        rest = at.map(|at| &text[at + 2..]);
        Some(at.map_or(text, |at| &text[..at]))
    })
    .map(str::trim)
    .filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests;
