//! Typed places in a wheel file: where the reader and the validator report a
//! problem, and where the editor shows it. A [`Path`] is an entry of the file
//! (the wheel, a dimension, a part, a level, the questions) and one of its
//! members; it prints as the JSON path a wheel's author reads
//! (`$.dimensions[1].parts[0].title`), and the editor matches on it directly.

use std::fmt;

/// An object in a wheel file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// The file's top-level object.
    Wheel,
    /// The dimension at this index.
    Dimension(usize),
    /// The part at `(dimension index, part index)`.
    Part(usize, usize),
    /// The level at this index (level `index + 1`).
    Level(usize),
    /// The reflection questions.
    Questions,
    /// A part's learning resource at `(dimension, part, resource)`.
    Resource(usize, usize, usize),
}

/// A member of an entry: a field, a list, or an item of a list of texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The entry itself.
    Whole,
    Id,
    Version,
    Title,
    Lang,
    Source,
    Short,
    Intro,
    Color,
    Description,
    Label,
    Value,
    Dimensions,
    /// All the wheel's parts together (their limit), `$.dimensions[*].parts`.
    AllParts,
    Parts,
    Examples,
    /// A part's example at this index.
    Example(usize),
    /// A part's learning resources.
    Resources,
    /// A resource's address.
    Url,
    /// A resource's kind.
    Kind,
    Levels,
    Items,
    /// A question at this index.
    Item(usize),
}

/// A place in a wheel file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Path {
    pub entry: Entry,
    pub key: Key,
}

impl Entry {
    /// The member `key` of this entry.
    pub const fn at(self, key: Key) -> Path {
        Path { entry: self, key }
    }

    /// Part `p` of this dimension (a part's own entry for a part).
    pub const fn part(self, p: usize) -> Entry {
        match self {
            Entry::Dimension(d) | Entry::Part(d, _) => Entry::Part(d, p),
            other => other,
        }
    }

    /// Resource `r` of this part (itself for any other entry).
    pub const fn resource(self, r: usize) -> Entry {
        match self {
            Entry::Part(d, p) | Entry::Resource(d, p, _) => Entry::Resource(d, p, r),
            other => other,
        }
    }
}

impl Path {
    /// The whole file.
    pub const ROOT: Path = Entry::Wheel.at(Key::Whole);

    /// A member of the wheel's own object (`$.title`).
    pub const fn wheel(key: Key) -> Path {
        Entry::Wheel.at(key)
    }

    /// Dimension `d`, to name one of its members or parts.
    pub const fn dimension(d: usize) -> Entry {
        Entry::Dimension(d)
    }

    /// Entry `index` of the list at this path: a dimension of
    /// `$.dimensions`, an example of a part's `examples`, and so on. Any
    /// other path is its own.
    pub const fn item(self, index: usize) -> Path {
        match (self.entry, self.key) {
            (Entry::Wheel, Key::Dimensions) => Entry::Dimension(index).at(Key::Whole),
            (Entry::Dimension(d), Key::Parts) => Entry::Part(d, index).at(Key::Whole),
            (Entry::Part(..), Key::Examples) => self.entry.at(Key::Example(index)),
            (Entry::Part(..), Key::Resources) => self.entry.resource(index).at(Key::Whole),
            (Entry::Wheel, Key::Levels) => Entry::Level(index).at(Key::Whole),
            (Entry::Questions, Key::Items) => Entry::Questions.at(Key::Item(index)),
            _ => self,
        }
    }
}

impl Key {
    /// The member's name in the file (empty for [`Key::Whole`]; an item's
    /// list's name for [`Key::Example`] and [`Key::Item`]).
    pub const fn name(self) -> &'static str {
        match self {
            Key::Whole => "",
            Key::Id => "id",
            Key::Version => "version",
            Key::Title => "title",
            Key::Lang => "lang",
            Key::Source => "source",
            Key::Short => "short",
            Key::Intro => "intro",
            Key::Color => "color",
            Key::Description => "description",
            Key::Label => "label",
            Key::Value => "value",
            Key::Dimensions => "dimensions",
            Key::AllParts | Key::Parts => "parts",
            Key::Examples | Key::Example(_) => "examples",
            Key::Resources => "resources",
            Key::Url => "url",
            Key::Kind => "kind",
            Key::Levels => "levels",
            Key::Items | Key::Item(_) => "items",
        }
    }
}

/// The JSON path, as the wheel's author reads it in a message.
impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("$")?;
        match self.entry {
            Entry::Wheel => {}
            Entry::Dimension(d) => write!(f, ".dimensions[{d}]")?,
            Entry::Part(d, p) => write!(f, ".dimensions[{d}].parts[{p}]")?,
            Entry::Level(i) => write!(f, ".levels[{i}]")?,
            Entry::Questions => f.write_str(".questions")?,
            Entry::Resource(d, p, r) => write!(f, ".dimensions[{d}].parts[{p}].resources[{r}]")?,
        }
        match self.key {
            Key::Whole => Ok(()),
            Key::AllParts => f.write_str(".dimensions[*].parts"),
            Key::Example(i) | Key::Item(i) => write!(f, ".{}[{i}]", self.key.name()),
            key => write!(f, ".{}", key.name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_print_as_json_paths() {
        let cases = [
            (Path::ROOT, "$"),
            (Path::wheel(Key::Title), "$.title"),
            (Path::wheel(Key::AllParts), "$.dimensions[*].parts"),
            (Path::dimension(1).at(Key::Color), "$.dimensions[1].color"),
            (
                Path::dimension(1).part(0).at(Key::Title),
                "$.dimensions[1].parts[0].title",
            ),
            (
                Path::dimension(0).part(2).at(Key::Example(3)),
                "$.dimensions[0].parts[2].examples[3]",
            ),
            (Entry::Level(1).at(Key::Value), "$.levels[1].value"),
            (Entry::Questions.at(Key::Whole), "$.questions"),
            (Entry::Questions.at(Key::Item(4)), "$.questions.items[4]"),
            (
                Path::dimension(1).part(2).resource(0).at(Key::Url),
                "$.dimensions[1].parts[2].resources[0].url",
            ),
        ];
        for (path, text) in cases {
            assert_eq!(path.to_string(), text);
        }
    }

    #[test]
    fn a_lists_items_have_their_own_paths() {
        let dims = Path::wheel(Key::Dimensions);
        assert_eq!(dims.item(2), Path::dimension(2).at(Key::Whole));
        let parts = Path::dimension(2).at(Key::Parts);
        assert_eq!(parts.item(1), Path::dimension(2).part(1).at(Key::Whole));
        let examples = Path::dimension(2).part(1).at(Key::Examples);
        assert_eq!(
            examples.item(0).to_string(),
            "$.dimensions[2].parts[1].examples[0]"
        );
        assert_eq!(Path::wheel(Key::Levels).item(3).to_string(), "$.levels[3]");
        let resources = Path::dimension(2).part(1).at(Key::Resources);
        assert_eq!(
            resources.item(4),
            Path::dimension(2).part(1).resource(4).at(Key::Whole)
        );
        assert_eq!(
            resources.item(4).to_string(),
            "$.dimensions[2].parts[1].resources[4]"
        );
        assert_eq!(
            Entry::Questions.at(Key::Items).item(0).to_string(),
            "$.questions.items[0]"
        );
        assert_eq!(Path::wheel(Key::Title).item(1), Path::wheel(Key::Title));
    }
}
