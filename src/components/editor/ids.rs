//! The editor's element ids. A control's id is made from its typed place in
//! the wheel file (`$.dimensions[1].title` → `cwe-dimensions-1-title`; a
//! list's place names its *Add* button, and `…-up`, `…-down` and `…-remove`
//! an entry's buttons), so an error's [`Path`] leads to its field.

use std::fmt::Write;

use crate::core::draft::{EntryButton, List, Target};
use crate::core::editing::Focus;
use crate::core::model::{Entry, Key, Path};

/// The error summary.
pub const SUMMARY_ID: &str = "cwe-summary";
/// The heading of where an edit begins.
pub const START_ID: &str = "cwe-start-title";
/// The button that confirms replacing unsaved work.
pub const REPLACE_ID: &str = "cwe-replace-yes";

/// The id of the control for `path`.
pub fn element_id(path: Path) -> String {
    let mut id = String::from("cwe");
    // Writing to a `String` cannot fail.
    let _ = match path.entry {
        Entry::Wheel => Ok(()),
        Entry::Dimension(d) => write!(id, "-dimensions-{d}"),
        Entry::Part(d, p) => write!(id, "-dimensions-{d}-parts-{p}"),
        Entry::Level(i) => write!(id, "-levels-{i}"),
        Entry::Questions => write!(id, "-questions"),
        Entry::Resource(d, p, r) => write!(id, "-dimensions-{d}-parts-{p}-resources-{r}"),
    };
    let _ = match path.key {
        Key::Whole => Ok(()),
        Key::AllParts => write!(id, "-dimensions-parts"),
        Key::Example(i) | Key::Item(i) => write!(id, "-{}-{i}", path.key.name()),
        key => write!(id, "-{}", key.name()),
    };
    id
}

/// The id of entry `index`'s `button` in `list`.
pub fn button_id(list: List, index: usize, button: EntryButton) -> String {
    let action = match button {
        EntryButton::Up => "up",
        EntryButton::Down => "down",
        EntryButton::Remove => "remove",
    };
    format!("{}-{index}-{action}", element_id(list.path()))
}

/// The id of what `focus` names.
pub fn focus_id(focus: Focus) -> String {
    match focus {
        Focus::Draft(Target::At(path)) => element_id(path),
        Focus::Draft(Target::Button(list, index, button)) => button_id(list, index, button),
        Focus::Summary => SUMMARY_ID.into(),
        Focus::Start => START_ID.into(),
        Focus::Replace => REPLACE_ID.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::draft::Field;

    #[test]
    fn places_name_their_controls() {
        assert_eq!(
            element_id(Field::PartTitle(1, 2).path()),
            "cwe-dimensions-1-parts-2-title"
        );
        assert_eq!(element_id(Field::Level(0).path()), "cwe-levels-0-label");
        assert_eq!(element_id(Field::Title.path()), "cwe-title");
        assert_eq!(
            element_id(Field::Example(0, 0, 0).path()),
            "cwe-dimensions-0-parts-0-examples-0"
        );
        assert_eq!(
            element_id(Field::Question(2).path()),
            "cwe-questions-items-2"
        );
        assert_eq!(
            element_id(Field::QuestionsTitle.path()),
            "cwe-questions-title"
        );
        assert_eq!(element_id(List::Dimensions.path()), "cwe-dimensions");
        assert_eq!(element_id(List::Levels.path()), "cwe-levels");
        assert_eq!(element_id(List::Questions.path()), "cwe-questions-items");
        assert_eq!(
            element_id(Path::wheel(Key::AllParts)),
            "cwe-dimensions-parts"
        );
        assert_eq!(
            button_id(List::Examples(0, 1), 2, EntryButton::Up),
            "cwe-dimensions-0-parts-1-examples-2-up"
        );
        assert_eq!(
            focus_id(Focus::Draft(Target::Button(
                List::Dimensions,
                1,
                EntryButton::Remove
            ))),
            "cwe-dimensions-1-remove"
        );
        assert_eq!(focus_id(Focus::Summary), "cwe-summary");
    }
}
