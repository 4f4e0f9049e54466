//! The person's ratings and where they are kept: rating, notes, files,
//! reset, what the host sets, and the requests for the effects that store
//! them, tell the host and show a file's result.

use crate::core::model::{SegmentId, Wheel};
use crate::core::ratings::{Edit, Ratings};
use crate::core::state::notices::{Announcement, Notice, Notices};
use crate::core::state::Mode;
use crate::core::stored::DecodeError;

/// The person's ratings, whether they can change them, and what the
/// storage, host and file effects are asked to do.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub ratings: Ratings,
    /// Whether ratings reach storage, or live only in this page.
    pub persistence: Persistence,
    /// Ratings are shown but cannot be changed by the person.
    pub readonly: bool,
    /// Whether "reset all" is waiting for confirmation.
    pub confirm_reset: bool,
    /// For the storage effect: store the ratings now, or (a note being
    /// typed) soon.
    pub save: Option<Save>,
    /// A note was typed and has not been asked to be stored at once: leaving
    /// the note ([`Rating::NoteDone`]) asks for that.
    pub note_unsaved: bool,
    /// For the host's effect: this part's level or target changed here
    /// (`competence-wheel-rate`). A note never asks.
    pub rated: Option<SegmentId>,
    /// For the file buttons' effect: a chosen file was loaded or refused,
    /// and its result (a notice) is brought into view.
    pub file_result: Option<FileResult>,
}

/// Where ratings are kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Persistence {
    /// In the browser's storage, across visits.
    #[default]
    Stored,
    /// Only in this page: storage is blocked or failing.
    Memory,
}

/// What became of a file the person chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileResult {
    /// Loaded, with this many ratings for this wheel.
    Loaded(usize),
    Refused,
}

/// When the storage effect is to store the ratings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Save {
    /// A note changed: soon (a burst of typing is written once or twice, not
    /// once per key).
    Soon,
    /// Now.
    Now,
}

/// What changes the person's ratings, or how they are kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Rating {
    /// The person changed a part's rating at time `now` (ms since 1970).
    Rate {
        part: SegmentId,
        edit: Edit,
        now: f64,
    },
    /// The person left a note they typed in (it lost focus): store it now.
    NoteDone,
    /// Another tab or widget stored ratings; merge them (and do not store).
    External(Ratings),
    /// The host page set the ratings: they replace all others.
    Replace {
        ratings: Ratings,
        now: f64,
    },
    /// Ratings read from a file the person chose.
    Import {
        ratings: Ratings,
        now: f64,
    },
    ImportFailed(DecodeError),
    /// Writing to storage failed: from now on ratings live in memory.
    StoreFailed,
    AskReset,
    CancelReset,
    /// Clear every rating at time `now`.
    Reset {
        now: f64,
    },
    /// The host switched read-only on or off.
    SetReadonly(bool),
}

impl Person {
    pub fn new() -> Person {
        Person {
            ratings: Ratings::new(),
            persistence: Persistence::default(),
            readonly: false,
            confirm_reset: false,
            save: None,
            note_unsaved: false,
            rated: None,
            file_result: None,
        }
    }

    /// Asks for the ratings to be stored (`Now` wins over `Soon`).
    fn ask_save(&mut self, save: Save) {
        self.save = self.save.max(Some(save));
        if save == Save::Now {
            self.note_unsaved = false;
        }
    }

    /// Applies `action` on `wheel` in `mode`, and says what the person is
    /// told; `None` when nothing changes (the caller then keeps its state as
    /// it was).
    pub fn reduce(
        &mut self,
        wheel: &Wheel,
        mode: Mode,
        action: Rating,
        notices: &mut Notices,
    ) -> Option<()> {
        let rating = mode == Mode::Rate && !self.readonly;
        match action {
            Rating::Rate { part, edit, now } => {
                if !rating || !matches!(part, SegmentId::Part(..)) || !wheel.contains(part) {
                    return None;
                }
                if let Some(said) = match edit {
                    Edit::Level(level) => Some(Announcement::Rated(part, level)),
                    Edit::Target(target) => Some(Announcement::Target(part, target)),
                    Edit::Note(_) => None,
                } {
                    notices.announcement = said;
                }
                let is_note = matches!(edit, Edit::Note(_));
                self.ratings =
                    self.ratings
                        .edit(wheel.id_of(part), edit, level_count(wheel), now)?;
                if is_note {
                    self.ask_save(Save::Soon);
                    self.note_unsaved = true;
                } else {
                    self.ask_save(Save::Now);
                    self.rated = Some(part);
                }
            }
            Rating::NoteDone => {
                if !self.note_unsaved || mode != Mode::Rate {
                    return None;
                }
                self.ask_save(Save::Now);
            }
            Rating::External(ratings) => {
                // Another copy stored `ratings` without an entry this one has
                // (two tabs wrote at nearly the same moment): store the union,
                // so that storage converges on every entry.
                let write_back = rating && self.ratings.union_to_store(&ratings).is_some();
                let merged = self.ratings.merged(&ratings);
                if merged.is_none() && !write_back {
                    return None;
                }
                if let Some(merged) = merged {
                    self.ratings = merged;
                }
                if write_back {
                    self.ask_save(Save::Now);
                }
            }
            Rating::Replace { ratings, now } => {
                let replaced = self.ratings.cleared(now).imported(&ratings, now);
                if replaced == self.ratings {
                    return None;
                }
                self.ratings = replaced;
                self.ask_save(Save::Now);
                self.rated = None;
            }
            Rating::Import { ratings, now } => {
                if self.readonly {
                    return None;
                }
                // Count only this wheel's parts: a file of other things (say,
                // `{"hello": 1}`) must not report "1 rating loaded".
                let count = ratings
                    .iter()
                    .filter(|(id, r)| {
                        !r.is_empty() && matches!(wheel.find(id), Some(SegmentId::Part(..)))
                    })
                    .count();
                if count == 0 {
                    let refused = Rating::ImportFailed(DecodeError::NothingForThisWheel);
                    return self.reduce(wheel, mode, refused, notices);
                }
                self.ratings = self.ratings.imported(&ratings, now);
                self.ask_save(Save::Now);
                self.file_result = Some(FileResult::Loaded(count));
                notices.add(Notice::Imported(count));
            }
            Rating::ImportFailed(error) => {
                self.file_result = Some(FileResult::Refused);
                notices.add(Notice::ImportFailed(error));
            }
            Rating::StoreFailed => {
                if self.persistence == Persistence::Memory {
                    return None;
                }
                self.persistence = Persistence::Memory;
                notices.add(Notice::StorageWriteFailed);
            }
            Rating::AskReset => {
                if self.confirm_reset || self.readonly {
                    return None;
                }
                self.confirm_reset = true;
                // An old file's result would read as if it were about the reset.
                notices.list.retain(|n| !n.is_file_result());
            }
            Rating::CancelReset => {
                if !self.confirm_reset {
                    return None;
                }
                self.confirm_reset = false;
            }
            Rating::Reset { now } => {
                if self.readonly {
                    return None;
                }
                self.ratings = self.ratings.cleared(now);
                self.confirm_reset = false;
                self.ask_save(Save::Now);
                self.rated = None;
                notices.announcement = Announcement::ResetDone;
            }
            Rating::SetReadonly(readonly) => {
                if self.readonly == readonly {
                    return None;
                }
                self.readonly = readonly;
                self.confirm_reset = false;
            }
        }
        Some(())
    }
}

impl Default for Person {
    fn default() -> Person {
        Person::new()
    }
}

/// How many levels a part of `wheel` can have: the wheel's own, else five.
pub fn level_count(wheel: &Wheel) -> u8 {
    match wheel.levels.len() {
        0 => 5,
        n => u8::try_from(n).unwrap_or(u8::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SegmentId::Part;

    fn rate(person: &Person, part: SegmentId, edit: Edit, now: f64) -> Person {
        let mut next = person.clone();
        next.reduce(
            &Wheel::builtin(),
            Mode::Rate,
            Rating::Rate { part, edit, now },
            &mut Notices::new(),
        );
        next
    }

    #[test]
    fn a_level_asks_to_store_now_and_tell_the_host_a_note_only_to_store_soon() {
        let person = rate(&Person::new(), Part(0, 1), Edit::Level(Some(4)), 1.0);
        assert_eq!(
            (person.save, person.rated),
            (Some(Save::Now), Some(Part(0, 1)))
        );
        let taken = Person {
            save: None,
            rated: None,
            ..person
        };
        let typed = rate(&taken, Part(0, 1), Edit::Note("N".into()), 2.0);
        assert_eq!((typed.save, typed.rated), (Some(Save::Soon), None));
        assert!(typed.note_unsaved);
        // A level while a note waits: stored now, with the note.
        let both = rate(&typed, Part(0, 2), Edit::Level(Some(1)), 3.0);
        assert_eq!(both.save, Some(Save::Now));
        assert!(!both.note_unsaved);
    }

    #[test]
    fn a_file_result_is_asked_for_each_time_even_the_same_one() {
        let wheel = Wheel::builtin();
        let refused = Rating::ImportFailed(DecodeError::NothingForThisWheel);
        let mut person = Person::new();
        person.reduce(&wheel, Mode::Rate, refused.clone(), &mut Notices::new());
        assert_eq!(person.file_result, Some(FileResult::Refused));
        // The toolbar's effect takes it; the same refusal again asks again.
        person.file_result = None;
        person.reduce(&wheel, Mode::Rate, refused, &mut Notices::new());
        assert_eq!(person.file_result, Some(FileResult::Refused));
    }

    #[test]
    fn the_level_count_is_the_wheels_own_else_five() {
        let mut wheel = Wheel::builtin();
        assert_eq!(level_count(&wheel), 5);
        wheel.levels = vec!["a".into(), "b".into(), "c".into()];
        assert_eq!(level_count(&wheel), 3);
    }
}
