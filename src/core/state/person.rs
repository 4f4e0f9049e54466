//! The person's ratings and where they are kept: rating, notes, files,
//! reset, what the host sets, and the requests for the effects that store
//! them, tell the host and show a file's result.

use crate::core::model::{SegmentId, Wheel};
use crate::core::ratings::{Edit, Ratings};
use crate::core::snapshots::Snapshot;
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
    /// Which snapshot the wheel and the profile compare with.
    pub comparison: Comparison,
}

/// What the person compares their ratings with.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Comparison {
    /// Not chosen: the newest snapshot whose levels differ from the current
    /// ones, else the newest.
    #[default]
    Latest,
    /// The snapshot taken at this moment (the default, if it was deleted).
    Taken(f64),
    /// Nothing ("ingen sammenligning").
    Off,
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
    /// Keep the current levels and targets as a snapshot named `label`.
    SaveSnapshot {
        label: String,
        now: f64,
    },
    RenameSnapshot {
        taken: f64,
        label: String,
        now: f64,
    },
    DeleteSnapshot {
        taken: f64,
        now: f64,
    },
    CompareWith(Comparison),
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
            comparison: Comparison::Latest,
        }
    }

    /// The snapshot compared with, if any.
    pub fn compared(&self) -> Option<&Snapshot> {
        let snapshots = self.ratings.snapshots();
        match self.comparison {
            Comparison::Off => None,
            Comparison::Latest => snapshots.default_for(&self.ratings),
            Comparison::Taken(taken) => {
                (snapshots.get(taken)).or_else(|| snapshots.default_for(&self.ratings))
            }
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
            Rating::SaveSnapshot { .. }
            | Rating::RenameSnapshot { .. }
            | Rating::DeleteSnapshot { .. } => {
                if !rating {
                    return None;
                }
                self.snapshot(wheel, action, notices)?;
                self.ask_save(Save::Now);
            }
            Rating::CompareWith(comparison) => {
                if self.comparison == comparison {
                    return None;
                }
                self.comparison = comparison;
            }
        }
        Some(())
    }

    /// Saves, renames or deletes a snapshot; `None` when nothing changes.
    fn snapshot(&mut self, wheel: &Wheel, action: Rating, notices: &mut Notices) -> Option<()> {
        let snapshots = self.ratings.snapshots();
        let next = match action {
            Rating::SaveSnapshot { label, now } => {
                match snapshots.saved(&label, &self.ratings, now) {
                    Ok((next, taken)) => {
                        let saved = next.get(taken)?;
                        // Count what the person sees: this wheel's parts.
                        let on_wheel = |id: &String| wheel.find(id).is_some();
                        let kept = saved.parts.iter().filter(|(id, _)| on_wheel(id));
                        let (levels, targets) = kept.fold((0, 0), |(l, t), (_, k)| {
                            (
                                l + usize::from(k.level.is_some()),
                                t + usize::from(k.target.is_some()),
                            )
                        });
                        notices.add(Notice::SnapshotSaved {
                            label: saved.label.clone(),
                            levels,
                            targets,
                        });
                        // The comparison stays: the person's choice, or
                        // the default (which skips a snapshot equal to now).
                        next
                    }
                    Err(refused) => {
                        notices.add(Notice::SnapshotRefused(refused));
                        return Some(());
                    }
                }
            }
            Rating::RenameSnapshot { taken, label, now } => {
                snapshots.renamed(taken, &label, now)?
            }
            Rating::DeleteSnapshot { taken, now } => snapshots.deleted(taken, now)?,
            _ => return None,
        };
        self.ratings = self.ratings.clone().with_snapshots(next);
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
    fn a_snapshot_is_saved_said_compared_with_renamed_and_deleted() {
        let wheel = Wheel::builtin();
        let mut notices = Notices::new();
        let mut person = Person::new();
        let save = |label: &str, now| Rating::SaveSnapshot {
            label: label.into(),
            now,
        };
        // Nothing rated: nothing is kept, and the person is told why.
        assert_eq!(
            person.reduce(&wheel, Mode::Rate, save("x", 1.0), &mut notices),
            Some(())
        );
        assert_eq!(
            notices.list,
            [Notice::SnapshotRefused(
                crate::core::snapshots::SaveRefused::Nothing
            )]
        );
        assert!(person.compared().is_none());
        person = rate(&person, Part(0, 1), Edit::Level(Some(2)), 2.0);
        person = rate(&person, Part(0, 1), Edit::Target(Some(4)), 3.0);
        person = rate(&person, Part(1, 0), Edit::Level(Some(3)), 4.0);
        person.save = None;
        person.reduce(&wheel, Mode::Rate, save("2026-12-07", 10.0), &mut notices);
        assert_eq!(
            notices.list,
            [Notice::SnapshotSaved {
                label: "2026-12-07".into(),
                levels: 2,
                targets: 1
            }]
        );
        assert_eq!(person.save, Some(Save::Now), "kept in storage at once");
        assert_eq!(person.compared().map(|s| s.taken), Some(10.0));
        // Comparing with nothing, then with that snapshot again.
        person.reduce(
            &wheel,
            Mode::Rate,
            Rating::CompareWith(Comparison::Off),
            &mut notices,
        );
        assert!(person.compared().is_none());
        person.reduce(
            &wheel,
            Mode::Rate,
            Rating::CompareWith(Comparison::Taken(10.0)),
            &mut notices,
        );
        let rename = Rating::RenameSnapshot {
            taken: 10.0,
            label: "Før MUS 2027".into(),
            now: 11.0,
        };
        person.reduce(&wheel, Mode::Rate, rename, &mut notices);
        assert_eq!(
            person.compared().map(|s| s.label.as_str()),
            Some("Før MUS 2027")
        );
        // Read-only or exploring, snapshots do not change.
        let delete = Rating::DeleteSnapshot {
            taken: 10.0,
            now: 12.0,
        };
        let mut readonly = Person {
            readonly: true,
            ..person.clone()
        };
        assert_eq!(
            readonly.reduce(&wheel, Mode::Rate, delete.clone(), &mut notices),
            None
        );
        assert_eq!(
            person
                .clone()
                .reduce(&wheel, Mode::Explore, delete.clone(), &mut notices),
            None
        );
        person.reduce(&wheel, Mode::Rate, delete, &mut notices);
        assert!(person.compared().is_none());
        assert_eq!(person.ratings.snapshots().count(), 0);
    }

    #[test]
    fn saving_again_keeps_comparing_with_what_differs_or_with_the_choice() {
        let wheel = Wheel::builtin();
        let mut notices = Notices::new();
        let save = |label: &str, now| Rating::SaveSnapshot {
            label: label.into(),
            now,
        };
        let mut person = rate(&Person::new(), Part(0, 1), Edit::Level(Some(2)), 1.0);
        person.reduce(&wheel, Mode::Rate, save("Sidste år", 10.0), &mut notices);
        // A year later: a rise, then saved again at once.
        person = rate(&person, Part(0, 1), Edit::Level(Some(4)), 20.0);
        person.reduce(&wheel, Mode::Rate, save("I år", 30.0), &mut notices);
        assert_eq!(person.ratings.snapshots().count(), 2);
        assert_eq!(
            person.compared().map(|s| s.label.as_str()),
            Some("Sidste år"),
            "the default skips the snapshot equal to now"
        );
        // Chosen in the session: kept when another is saved.
        person.reduce(
            &wheel,
            Mode::Rate,
            Rating::CompareWith(Comparison::Taken(30.0)),
            &mut notices,
        );
        person = rate(&person, Part(1, 0), Edit::Level(Some(1)), 40.0);
        person.reduce(&wheel, Mode::Rate, save("Igen", 50.0), &mut notices);
        assert_eq!(person.compared().map(|s| s.label.as_str()), Some("I år"));
        // Nothing chosen and every snapshot equal to now: the newest.
        person.reduce(
            &wheel,
            Mode::Rate,
            Rating::CompareWith(Comparison::Latest),
            &mut notices,
        );
        assert_eq!(person.compared().map(|s| s.label.as_str()), Some("I år"));
        let mut same = rate(&Person::new(), Part(0, 1), Edit::Level(Some(2)), 1.0);
        same.reduce(&wheel, Mode::Rate, save("a", 10.0), &mut notices);
        same.reduce(&wheel, Mode::Rate, save("b", 20.0), &mut notices);
        assert_eq!(same.compared().map(|s| s.label.as_str()), Some("b"));
    }

    #[test]
    fn the_level_count_is_the_wheels_own_else_five() {
        let mut wheel = Wheel::builtin();
        assert_eq!(level_count(&wheel), 5);
        wheel.levels = vec!["a".into(), "b".into(), "c".into()];
        assert_eq!(level_count(&wheel), 3);
    }
}
