//! The editor's state and reducer: the draft, whether it changed since it
//! was last downloaded, and where focus goes after an edit. Pure, like
//! [`crate::core::state`]: storing the draft and moving focus are effects
//! triggered by the counters here; what to focus is a [`Focus`], never an
//! element id.

use std::rc::Rc;

use yew::Reducible;

use crate::core::draft::{Draft, Edit, Target};

/// What the editor holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Editing {
    pub draft: Draft,
    /// Changed since it was last downloaded (or started from a wheel).
    pub unsaved: bool,
    /// Counts changes to the draft; each one is stored.
    pub revision: u32,
    /// What to focus when `focus_request` changes.
    pub focus: Option<Focus>,
    pub focus_request: u32,
    /// Counts fresh starts (another wheel replaced the draft), so the
    /// preview never shows the wheel that was there before.
    pub start: u32,
}

/// Where focus goes: a control of the draft, or a part of the editor around
/// it. The editor's components give each its element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Draft(Target),
    /// The error summary.
    Summary,
    /// The heading of where an edit begins.
    Start,
    /// The button that confirms replacing unsaved work.
    Replace,
}

/// What the person does.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorAction {
    Edit(Edit),
    /// Starts over from another wheel (built in, a file, empty, or a stored
    /// draft), then focuses `focus`.
    Replace {
        draft: Box<Draft>,
        unsaved: bool,
        focus: Option<Focus>,
    },
    /// The wheel was downloaded: its ids are fixed from now on.
    Downloaded,
    /// Moves focus (to an error's field from the summary, say).
    Focus(Focus),
}

impl Editing {
    pub fn new(draft: Draft, unsaved: bool) -> Editing {
        Editing {
            draft,
            unsaved,
            ..Editing::default()
        }
    }
}

impl Reducible for Editing {
    type Action = EditorAction;

    fn reduce(self: Rc<Self>, action: EditorAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            EditorAction::Edit(edit) => {
                let before = next.draft.clone();
                let focus = next.draft.apply(edit);
                if next.draft == before {
                    return self;
                }
                next.unsaved = true;
                next.revision += 1;
                if let Some(target) = focus {
                    next.focus = Some(Focus::Draft(target));
                    next.focus_request += 1;
                }
            }
            EditorAction::Replace {
                draft,
                unsaved,
                focus,
            } => {
                next.draft = *draft;
                next.unsaved = unsaved;
                next.start += 1;
                next.revision += 1;
                if let Some(focus) = focus {
                    next.focus = Some(focus);
                    next.focus_request += 1;
                }
            }
            EditorAction::Downloaded => {
                next.draft.fix_ids();
                next.unsaved = false;
                next.revision += 1;
            }
            EditorAction::Focus(focus) => {
                next.focus = Some(focus);
                next.focus_request += 1;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::draft::{Field, List};
    use crate::core::model::{Key, Path};

    #[test]
    fn edits_mark_the_draft_unsaved_and_downloading_fixes_ids() {
        let state = Rc::new(Editing::new(Draft::empty("da"), false));
        let state = state.reduce(EditorAction::Edit(Edit::Add(List::Dimensions)));
        assert!(state.unsaved);
        assert_eq!(
            state.focus,
            Some(Focus::Draft(Target::At(Path::dimension(0).at(Key::Title))))
        );
        assert_eq!(
            Field::DimensionTitle(0).path(),
            Path::dimension(0).at(Key::Title)
        );
        assert_eq!((state.revision, state.focus_request), (1, 1));
        let state = state.reduce(EditorAction::Edit(Edit::Set(
            Field::DimensionTitle(0),
            "Ledelse".into(),
        )));
        assert_eq!(state.focus_request, 1, "typing does not move focus");
        let state = state.reduce(EditorAction::Downloaded);
        assert!(!state.unsaved);
        assert_eq!(state.draft.dimensions[0].id.as_deref(), Some("ledelse"));
        let same = state
            .clone()
            .reduce(EditorAction::Edit(Edit::Remove(List::Levels, 0)));
        assert!(Rc::ptr_eq(&state, &same), "a no-op changes nothing");
    }
}
