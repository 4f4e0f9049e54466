//! Edits: the draft's fields and lists, the changes a person makes to them,
//! and what should have focus after each ([`Target`], a place in the file or
//! an entry's button; the editor's components make element ids of it).

use crate::core::model::{Entry, Key, Path, LEVEL_RANGE, LIMITS};

use super::{part_mut, Draft, DraftDimension, DraftPart, DraftResource};

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
    /// A resource's title, address and kind, at `(dimension, part, resource)`.
    ResourceTitle(usize, usize, usize),
    ResourceUrl(usize, usize, usize),
    ResourceKind(usize, usize, usize),
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
    Resources(usize, usize),
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

/// What should have focus after an edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The control for a place in the file: a field's input, or a list's
    /// *Add* button.
    At(Path),
    /// A button of entry `index` of a list.
    Button(List, usize, EntryButton),
}

/// An entry's buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryButton {
    Up,
    Down,
    Remove,
}

impl Field {
    /// The field's place in the wheel file.
    pub fn path(self) -> Path {
        let dim = Entry::Dimension;
        let part = Entry::Part;
        match self {
            Field::Id => Path::wheel(Key::Id),
            Field::Version => Path::wheel(Key::Version),
            Field::Title => Path::wheel(Key::Title),
            Field::Lang => Path::wheel(Key::Lang),
            Field::Source => Path::wheel(Key::Source),
            Field::DimensionId(d) => dim(d).at(Key::Id),
            Field::DimensionTitle(d) => dim(d).at(Key::Title),
            Field::DimensionShort(d) => dim(d).at(Key::Short),
            Field::DimensionIntro(d) => dim(d).at(Key::Intro),
            Field::DimensionColor(d) => dim(d).at(Key::Color),
            Field::PartId(d, p) => part(d, p).at(Key::Id),
            Field::PartTitle(d, p) => part(d, p).at(Key::Title),
            Field::PartShort(d, p) => part(d, p).at(Key::Short),
            Field::PartDescription(d, p) => part(d, p).at(Key::Description),
            Field::Example(d, p, e) => part(d, p).at(Key::Example(e)),
            Field::ResourceTitle(d, p, r) => Entry::Resource(d, p, r).at(Key::Title),
            Field::ResourceUrl(d, p, r) => Entry::Resource(d, p, r).at(Key::Url),
            Field::ResourceKind(d, p, r) => Entry::Resource(d, p, r).at(Key::Kind),
            Field::Level(i) => Entry::Level(i).at(Key::Label),
            Field::QuestionsTitle => Entry::Questions.at(Key::Title),
            Field::QuestionsIntro => Entry::Questions.at(Key::Intro),
            Field::Question(i) => Entry::Questions.at(Key::Item(i)),
        }
    }
}

impl List {
    /// The list's place in the wheel file.
    pub fn path(self) -> Path {
        match self {
            List::Dimensions => Path::wheel(Key::Dimensions),
            List::Parts(d) => Entry::Dimension(d).at(Key::Parts),
            List::Examples(d, p) => Entry::Part(d, p).at(Key::Examples),
            List::Resources(d, p) => Entry::Part(d, p).at(Key::Resources),
            List::Levels => Path::wheel(Key::Levels),
            List::Questions => Entry::Questions.at(Key::Items),
        }
    }

    /// The first field of entry `index`, focused when it is added.
    pub fn first_field(self, index: usize) -> Field {
        match self {
            List::Dimensions => Field::DimensionTitle(index),
            List::Parts(d) => Field::PartTitle(d, index),
            List::Examples(d, p) => Field::Example(d, p, index),
            List::Resources(d, p) => Field::ResourceTitle(d, p, index),
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
            List::Resources(..) => LIMITS.resources,
            List::Levels => LEVEL_RANGE.1,
        }
    }
}

impl Draft {
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
            List::Resources(d, p) => self
                .dimensions
                .get(d)
                .and_then(|x| x.parts.get(p))
                .map_or(0, |x| x.resources.len()),
            List::Levels => self.levels.len(),
            List::Questions => self.questions.items.len(),
        }
    }

    /// Applies `edit`. Returns what should have focus afterwards, or `None`
    /// when the edit did nothing (an index out of range, a move past an end,
    /// an entry past the list's limit).
    pub fn apply(&mut self, edit: Edit) -> Option<Target> {
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
                Some(Target::At(list.first_field(len).path()))
            }
            Edit::Remove(list, index) => {
                self.with_list(list, ListOp::Remove(index))?;
                let len = self.len(list);
                Some(if len == 0 {
                    Target::At(list.path())
                } else {
                    Target::Button(list, index.min(len - 1), EntryButton::Remove)
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
                    (Direction::Up, false) | (Direction::Down, true) => EntryButton::Up,
                    (Direction::Down, false) | (Direction::Up, true) => EntryButton::Down,
                };
                Some(Target::Button(list, to, button))
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
            List::Resources(d, p) => op.run(
                &mut part_mut(&mut self.dimensions, d, p)?.resources,
                DraftResource::default,
            ),
            List::Levels => op.run(&mut self.levels, String::new),
            List::Questions => op.run(&mut self.questions.items, String::new),
        }
    }
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
