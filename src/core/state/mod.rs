//! The widget's state and the reducer that changes it. The reducer does no
//! I/O: moving focus, writing the URL hash and announcing are effects that
//! components run when the state says so.

use std::rc::Rc;

use yew::Reducible;

pub use crate::core::model::Step;
use crate::core::model::{SegmentId, Wheel};
use crate::core::ratings::{Edit, Ratings};
use crate::core::stored::DecodeError;

/// What the widget shows and where keyboard focus belongs.
#[derive(Clone, Debug, PartialEq)]
pub struct WheelState {
    pub wheel: Rc<Wheel>,
    /// The open segment, whose text the panel shows.
    pub open: Option<SegmentId>,
    /// The segment that holds the wheel's single tab stop.
    pub current: SegmentId,
    /// Bumped whenever focus should move to `current` on the wheel.
    pub focus_wheel: u32,
    /// Bumped whenever focus should move to the panel's heading.
    pub focus_panel: u32,
    /// Bumped when a click or tap opened a segment: its text is brought into
    /// view (on a phone the panel sits below the wheel, out of sight).
    pub reveal_panel: u32,
    /// Bumped when the person asks to go back to the wheel from the panel:
    /// the wheel is brought into view and its open segment focused.
    pub reveal_wheel: u32,
    /// Bumped whenever a file was loaded or refused, so that the result is
    /// shown where the person acted.
    pub import_result: u32,
    /// What the live region says.
    pub announcement: Announcement,
    /// Whether the person can rate (and sees ratings) or only explores.
    pub mode: Mode,
    pub ratings: Ratings,
    /// Bumped whenever the ratings changed here and should be stored now.
    pub save_request: u32,
    /// Bumped on each keystroke in a note: the note is stored soon (a burst
    /// of typing is written once or twice, not once per key) and at once
    /// when the note loses focus or the page goes away ([`Action::NoteDone`]).
    pub note_edit: u32,
    /// Bumped when a part's level or target changed here: the host page is
    /// told (`competence-wheel-rate`). A note never bumps it.
    pub rate_event: u32,
    /// Whether ratings reach storage, or live only in this page.
    pub persistence: Persistence,
    /// Messages shown in the widget until dismissed.
    pub notices: Vec<Notice>,
    pub show_profile: bool,
    /// The profile was asked for and is to be brought into view (`true`: and
    /// focused, after the last part's *See your profile*). The profile clears
    /// it once done, so a profile that loads or mounts later acts on a request
    /// still pending and never on an old one.
    pub profile_request: Option<bool>,
    /// Whether "reset all" is waiting for confirmation.
    pub confirm_reset: bool,
    /// Ratings are shown but cannot be changed by the person.
    pub readonly: bool,
    /// The part whose rating changed last, for the host's event.
    pub last_rated: Option<SegmentId>,
    /// Presenting: the reflection questions are shown (the step after the last part).
    pub questions_open: bool,
    /// Presenting: which screen of the current step is shown (0: its first).
    pub present_screen: usize,
    /// Presenting: for each step, the index of the block each of its screens
    /// starts with, as measured for the screen (see [`crate::core::slides`]). A step
    /// without an entry has one screen.
    pub present_screens: Rc<Vec<Vec<usize>>>,
    /// Presenting: the screen is blanked (black), as a presenter does with
    /// B or . in PowerPoint; any step key or B/. again brings the slide back.
    pub blank: bool,
}

/// What the widget is for on this page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum Mode {
    /// Read about the wheel; no ratings are shown or stored.
    Explore,
    /// Rate yourself; ratings are shown on the wheel and kept in the browser.
    #[default]
    Rate,
    /// Present to a room: large type, stepping, no personal ratings shown.
    Present,
    /// Combine participants' share codes into the group's wheel.
    Group,
    /// Edit a wheel file: the editor (`components::editor`), not the wheel.
    Edit,
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

/// A message for the person, shown inside the widget.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Storage cannot be used at all.
    StorageUnavailable,
    /// The stored value was unreadable and is kept under `backup_key`.
    StorageCorrupt {
        backup_key: String,
    },
    /// The stored value is from a newer version; it was left untouched.
    StorageFuture,
    /// A write failed; ratings are kept in memory.
    StorageWriteFailed,
    ImportFailed(DecodeError),
    Imported(usize),
}

/// A message for screen readers, rendered in the live region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    None,
    Opened(SegmentId),
    /// Presenting: a step's later screen, or the questions (step index, screen).
    Screen(usize, usize),
    Closed,
    /// A part's level changed (to `None`: not rated).
    Rated(SegmentId, Option<u8>),
    /// A part's target changed (to `None`: no target).
    Target(SegmentId, Option<u8>),
    ResetDone,
    /// Presenting: the screen was blanked (`true`) or brought back.
    Blank(bool),
}

/// Where an action came from, which decides where focus goes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A segment of the wheel (focus stays on the wheel).
    Wheel,
    /// A control inside the panel (focus moves to the panel's heading, since
    /// the control itself is replaced).
    Panel,
    /// The URL hash (focus is left where it is).
    Hash,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open a segment's text.
    Open(SegmentId, Origin),
    /// Open the segment, or close it if it is already open.
    Toggle(SegmentId),
    /// A segment was clicked or tapped: toggle it, and bring the text it
    /// opens into view.
    Clicked(SegmentId),
    /// Back from the panel to the wheel: bring the wheel into view and focus
    /// its open segment (the panel stays open).
    BackToWheel,
    /// Close the panel and give focus back to the wheel.
    Close,
    /// Move the wheel's focus (not the panel) one step.
    Move(Step),
    /// Open the next or previous segment from the panel's buttons.
    OpenStep(Step),
    /// A segment received focus some other way (click, screen reader).
    Focused(SegmentId),
    /// The person changed a part's rating at time `now` (ms since 1970).
    Rate {
        part: SegmentId,
        edit: Edit,
        now: f64,
    },
    /// The person left a note they typed in (it lost focus): store it now.
    NoteDone,
    /// Ratings were read from storage at start-up, with any notices.
    Loaded {
        ratings: Ratings,
        persistence: Persistence,
        notices: Vec<Notice>,
    },
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
    Dismiss(usize),
    /// Show (and bring into view) or hide the profile.
    ShowProfile(bool),
    /// The last part is rated: show the profile, bring it into view and move
    /// focus to it.
    SeeProfile,
    /// The profile has been brought into view.
    ProfileRevealed,
    /// The host switched read-only on or off.
    SetReadonly(bool),
    /// Presenting: a step through every segment and then the questions.
    Present(Step),
    /// Presenting: blank the screen, or bring it back.
    ToggleBlank,
    /// Presenting: where each step's screens start, as laid out now.
    Screens(Rc<Vec<Vec<usize>>>),
}

impl WheelState {
    pub fn new(wheel: Rc<Wheel>) -> WheelState {
        WheelState {
            wheel,
            open: None,
            current: SegmentId::Dimension(0),
            focus_wheel: 0,
            focus_panel: 0,
            reveal_panel: 0,
            reveal_wheel: 0,
            import_result: 0,
            announcement: Announcement::None,
            mode: Mode::default(),
            ratings: Ratings::new(),
            save_request: 0,
            note_edit: 0,
            rate_event: 0,
            persistence: Persistence::default(),
            notices: Vec::new(),
            show_profile: false,
            profile_request: None,
            confirm_reset: false,
            readonly: false,
            last_rated: None,
            questions_open: false,
            present_screen: 0,
            present_screens: Rc::default(),
            blank: false,
        }
    }

    /// Presenting: how many screens there are (every segment's, then the
    /// questions' if the wheel has them) and which one is shown (1-based; 0
    /// before the first).
    pub fn present_position(&self) -> (usize, usize) {
        let steps = self.present_steps();
        let total = (0..steps).map(|i| self.screens_of(i)).sum();
        let at = self.present_step().map_or(0, |step| {
            (0..step).map(|i| self.screens_of(i)).sum::<usize>() + self.present_screen + 1
        });
        (at, total)
    }

    /// The same state with ratings read from storage before the first
    /// render, so that a reload never shows an empty wheel for a frame.
    pub fn with_loaded(
        mut self,
        ratings: Ratings,
        persistence: Persistence,
        notices: Vec<Notice>,
    ) -> WheelState {
        self.ratings = self.ratings.merged(&ratings).unwrap_or(self.ratings);
        self.persistence = persistence;
        for notice in notices {
            self.add_notice(notice);
        }
        self
    }

    /// Presenting: the number of steps (segments, then the questions).
    fn present_steps(&self) -> usize {
        self.wheel.segments().count() + usize::from(self.wheel.questions.is_some())
    }

    /// Presenting: the index of the step shown, if any.
    pub fn present_step(&self) -> Option<usize> {
        if self.questions_open && self.wheel.questions.is_some() {
            return Some(self.wheel.segments().count());
        }
        self.open
            .and_then(|open| self.wheel.segments().position(|s| s == open))
    }

    /// Presenting: how many screens step `step` takes.
    pub fn screens_of(&self, step: usize) -> usize {
        crate::core::slides::screen_count(self.present_screens.get(step))
    }

    /// The same state showing screen `screen` of step `step`.
    fn presenting(mut self, step: usize, screen: usize) -> WheelState {
        self.present_screen = screen;
        match self.wheel.segments().nth(step) {
            Some(segment) => {
                self.questions_open = false;
                self.open = Some(segment);
                self.current = segment;
                self.announcement = if screen == 0 {
                    Announcement::Opened(segment)
                } else {
                    Announcement::Screen(step, screen)
                };
            }
            None => {
                self.questions_open = true;
                self.open = None;
                self.announcement = Announcement::Screen(step, screen);
            }
        }
        self
    }

    /// Whether the panel's *Previous* / *Next* go from part to part (while
    /// rating) rather than through every segment in reading order.
    pub fn steps_by_part(&self) -> bool {
        self.mode == Mode::Rate && !self.readonly
    }

    /// The same state, read-only or not.
    pub fn with_readonly(mut self, readonly: bool) -> WheelState {
        self.readonly = readonly;
        self
    }

    /// The same state in `mode`.
    pub fn with_mode(mut self, mode: Mode) -> WheelState {
        self.mode = mode;
        self
    }

    /// How many levels a part can have: the wheel's own, else five.
    pub fn level_count(&self) -> u8 {
        match self.wheel.levels.len() {
            0 => 5,
            n => u8::try_from(n).unwrap_or(u8::MAX),
        }
    }

    fn add_notice(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// The same state with `open` open (and holding the tab stop).
    pub fn with_open(mut self, open: Option<SegmentId>) -> WheelState {
        if let Some(segment) = open.filter(|&s| self.wheel.contains(s)) {
            self.open = Some(segment);
            self.current = segment;
        }
        self
    }
}

impl Reducible for WheelState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Open(segment, origin) => {
                if !self.wheel.contains(segment)
                    || (self.open == Some(segment) && !self.questions_open)
                {
                    return self;
                }
                next.questions_open = false;
                next.present_screen = 0;
                next.open = Some(segment);
                next.current = segment;
                next.announcement = Announcement::Opened(segment);
                if origin == Origin::Panel {
                    next.focus_panel += 1;
                }
            }
            Action::Toggle(segment) => {
                if self.open == Some(segment) {
                    return self.reduce(Action::Close);
                }
                return self.reduce(Action::Open(segment, Origin::Wheel));
            }
            Action::Clicked(segment) => {
                let next = self.reduce(Action::Toggle(segment));
                if next.open != Some(segment) {
                    return next;
                }
                let mut next = (*next).clone();
                next.reveal_panel += 1;
                return Rc::new(next);
            }
            Action::BackToWheel => {
                let Some(open) = self.open else {
                    return self;
                };
                next.current = open;
                next.reveal_wheel += 1;
            }
            Action::Close => {
                next.present_screen = 0;
                if self.questions_open {
                    next.questions_open = false;
                    return Rc::new(next);
                }
                let Some(open) = self.open else {
                    return self;
                };
                next.open = None;
                next.current = open;
                next.focus_wheel += 1;
                next.announcement = Announcement::Closed;
            }
            Action::Move(step) => {
                next.current = self.wheel.step(self.current, step);
                next.focus_wheel += 1;
            }
            Action::OpenStep(step) => {
                let from = self.open.unwrap_or(self.current);
                let to = panel_step(&self.wheel, from, step, self.steps_by_part());
                return self.reduce(Action::Open(to, Origin::Panel));
            }
            Action::Focused(segment) => {
                if self.current == segment || !self.wheel.contains(segment) {
                    return self;
                }
                next.current = segment;
            }
            Action::Rate { part, edit, now } => {
                let SegmentId::Part(..) = part else {
                    return self;
                };
                if self.mode != Mode::Rate || self.readonly || !self.wheel.contains(part) {
                    return self;
                }
                let is_note = matches!(edit, Edit::Note(_));
                let announcement = match edit {
                    Edit::Level(level) => Some(Announcement::Rated(part, level)),
                    Edit::Target(target) => Some(Announcement::Target(part, target)),
                    Edit::Note(_) => None,
                };
                let Some(ratings) =
                    self.ratings
                        .edit(self.wheel.id_of(part), edit, self.level_count(), now)
                else {
                    return self;
                };
                next.ratings = ratings;
                if is_note {
                    next.note_edit += 1;
                } else {
                    next.save_request += 1;
                    next.rate_event += 1;
                    next.last_rated = Some(part);
                }
                if let Some(announcement) = announcement {
                    next.announcement = announcement;
                }
            }
            Action::NoteDone => {
                if self.note_edit == 0 || self.mode != Mode::Rate {
                    return self;
                }
                next.save_request += 1;
            }
            Action::Loaded {
                ratings,
                persistence,
                notices,
            } => {
                next = next.with_loaded(ratings, persistence, notices);
            }
            Action::External(ratings) => {
                // Another copy stored `ratings` without an entry this one has
                // (two tabs wrote at nearly the same moment): store the union,
                // so that storage converges on every entry.
                let write_back = self.mode == Mode::Rate
                    && !self.readonly
                    && self.ratings.union_to_store(&ratings).is_some();
                let merged = self.ratings.merged(&ratings);
                if merged.is_none() && !write_back {
                    return self;
                }
                if let Some(merged) = merged {
                    next.ratings = merged;
                }
                if write_back {
                    next.save_request += 1;
                }
            }
            Action::Replace { ratings, now } => {
                let replaced = self.ratings.cleared(now).imported(&ratings, now);
                if replaced == self.ratings {
                    return self;
                }
                next.ratings = replaced;
                next.save_request += 1;
                next.last_rated = None;
            }
            Action::Import { ratings, now } => {
                if self.readonly {
                    return self;
                }
                // Count only this wheel's parts: a file of other things (say,
                // `{"hello": 1}`) must not report "1 rating loaded".
                let count = ratings
                    .iter()
                    .filter(|(id, r)| {
                        !r.is_empty() && matches!(self.wheel.find(id), Some(SegmentId::Part(..)))
                    })
                    .count();
                if count == 0 {
                    return self.reduce(Action::ImportFailed(DecodeError::NothingForThisWheel));
                }
                next.ratings = self.ratings.imported(&ratings, now);
                next.save_request += 1;
                next.import_result += 1;
                next.notices
                    .retain(|n| !matches!(n, Notice::ImportFailed(_) | Notice::Imported(_)));
                next.add_notice(Notice::Imported(count));
            }
            Action::ImportFailed(error) => {
                next.import_result += 1;
                next.notices
                    .retain(|n| !matches!(n, Notice::ImportFailed(_) | Notice::Imported(_)));
                next.add_notice(Notice::ImportFailed(error));
            }
            Action::StoreFailed => {
                if self.persistence == Persistence::Memory {
                    return self;
                }
                next.persistence = Persistence::Memory;
                next.add_notice(Notice::StorageWriteFailed);
            }
            Action::AskReset => {
                if self.confirm_reset || self.readonly {
                    return self;
                }
                next.confirm_reset = true;
                // An old file's result would read as if it were about the reset.
                next.notices
                    .retain(|n| !matches!(n, Notice::ImportFailed(_) | Notice::Imported(_)));
            }
            Action::CancelReset => {
                if !self.confirm_reset {
                    return self;
                }
                next.confirm_reset = false;
            }
            Action::Reset { now } => {
                if self.readonly {
                    return self;
                }
                next.ratings = self.ratings.cleared(now);
                next.confirm_reset = false;
                next.save_request += 1;
                next.last_rated = None;
                next.announcement = Announcement::ResetDone;
            }
            Action::Dismiss(index) => {
                if index >= self.notices.len() {
                    return self;
                }
                next.notices.remove(index);
            }
            Action::ToggleBlank => {
                next.blank = !self.blank;
                next.announcement = Announcement::Blank(next.blank);
            }
            // On a blank screen a step key only brings the slide back, where
            // the presenter left it.
            Action::Present(_) if self.blank => {
                next.blank = false;
                next.announcement = Announcement::Blank(false);
            }
            Action::Present(step) => {
                let steps = self.present_steps();
                let screen = self.present_screen;
                // A clicker stops at the ends: Next on the last screen and
                // Previous on the first (or before it) change nothing, so a
                // presenter who presses once too often is still where they were.
                let (to, screen) = match (step, self.present_step()) {
                    (Step::First, _) | (Step::Next, None) => (0, 0),
                    (Step::Last, _) => (steps - 1, 0),
                    (Step::Previous, None) => return self,
                    (Step::Next, Some(at)) if screen + 1 < self.screens_of(at) => (at, screen + 1),
                    (Step::Next, Some(at)) if at + 1 < steps => (at + 1, 0),
                    (Step::Next, Some(_)) => return self,
                    (Step::Previous, Some(at)) if screen > 0 => (at, screen - 1),
                    (Step::Previous, Some(0)) => return self,
                    (Step::Previous, Some(at)) => (at - 1, self.screens_of(at - 1) - 1),
                };
                return Rc::new(next.presenting(to, screen));
            }
            Action::Screens(screens) => {
                if self.present_screens == screens {
                    return self;
                }
                next.present_screens = screens;
                if let Some(at) = self.present_step() {
                    next.present_screen = self.present_screen.min(next.screens_of(at) - 1);
                }
            }
            Action::SetReadonly(readonly) => {
                if self.readonly == readonly {
                    return self;
                }
                next.readonly = readonly;
                next.confirm_reset = false;
            }
            Action::ShowProfile(show) => {
                if !show && !self.show_profile {
                    return self;
                }
                next.show_profile = show;
                next.profile_request = show.then_some(false);
            }
            Action::SeeProfile => {
                next.show_profile = true;
                next.profile_request = Some(true);
            }
            Action::ProfileRevealed => {
                if self.profile_request.is_none() {
                    return self;
                }
                next.profile_request = None;
            }
        }
        Rc::new(next)
    }
}

/// The segment the panel's *Previous* / *Next* lead to from `from`: the
/// neighbour in reading order, or, when `parts_only`, the nearest part (so
/// that rating goes from part to part without stopping at the dimensions).
pub fn panel_step(wheel: &Wheel, from: SegmentId, step: Step, parts_only: bool) -> SegmentId {
    let mut to = wheel.step(from, step);
    if parts_only {
        let onward = match step {
            Step::First | Step::Next => Step::Next,
            Step::Last | Step::Previous => Step::Previous,
        };
        // A validated wheel has a part in every dimension, so this ends.
        while matches!(to, SegmentId::Dimension(_)) {
            to = wheel.step(to, onward);
        }
    }
    to
}

#[cfg(test)]
mod tests {
    use super::*;
    use SegmentId::{Dimension, Part};

    fn state() -> Rc<WheelState> {
        Rc::new(WheelState::new(Rc::new(Wheel::builtin())))
    }

    fn run(actions: &[Action]) -> Rc<WheelState> {
        actions.iter().cloned().fold(state(), |s, a| s.reduce(a))
    }

    #[test]
    fn showing_the_profile_brings_it_into_view_each_time() {
        let s = run(&[Action::ShowProfile(true)]);
        assert!(s.show_profile);
        assert_eq!(s.profile_request, Some(false));
        let s = s.reduce(Action::ProfileRevealed);
        assert_eq!(s.profile_request, None);
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::ProfileRevealed)));
        let s = s.reduce(Action::SeeProfile);
        assert_eq!(s.profile_request, Some(true));
        let s = s.reduce(Action::ShowProfile(false));
        assert_eq!(s.profile_request, None);
        assert!(!s.show_profile);
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::ShowProfile(false))
        ));
    }

    #[test]
    fn moving_walks_dimensions_then_their_parts_and_wraps() {
        let s = run(&[Action::Move(Step::Next)]);
        assert_eq!(s.current, Part(0, 0));
        let s = run(&[
            Action::Move(Step::Next),
            Action::Move(Step::Next),
            Action::Move(Step::Next),
            Action::Move(Step::Next),
        ]);
        assert_eq!(s.current, Dimension(1));
        let s = run(&[Action::Move(Step::Previous)]);
        assert_eq!(s.current, Part(3, 2), "wraps to the last part");
        let s = run(&[Action::Move(Step::Last), Action::Move(Step::Next)]);
        assert_eq!(s.current, Dimension(0), "wraps to the first dimension");
        let s = run(&[Action::Move(Step::Last), Action::Move(Step::First)]);
        assert_eq!(s.current, Dimension(0));
        assert_eq!(s.focus_wheel, 2, "every move asks for focus");
        assert_eq!(s.open, None, "moving does not open");
    }

    #[test]
    fn toggle_opens_then_closes_and_returns_focus() {
        let s = run(&[Action::Toggle(Part(1, 2))]);
        assert_eq!(s.open, Some(Part(1, 2)));
        assert_eq!(s.current, Part(1, 2));
        assert_eq!(s.announcement, Announcement::Opened(Part(1, 2)));
        let s = s.reduce(Action::Toggle(Part(1, 2)));
        assert_eq!(s.open, None);
        assert_eq!(s.current, Part(1, 2));
        assert_eq!(s.focus_wheel, 1);
        assert_eq!(s.announcement, Announcement::Closed);
    }

    #[test]
    fn close_returns_focus_to_the_open_segment() {
        let s = run(&[
            Action::Open(Part(2, 0), Origin::Wheel),
            Action::Focused(Part(0, 0)),
            Action::Close,
        ]);
        assert_eq!(s.current, Part(2, 0));
        assert_eq!(s.focus_wheel, 1);
    }

    #[test]
    fn no_ops_return_the_same_state() {
        let s = state();
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Close)));
        let open = s.reduce(Action::Open(Part(0, 1), Origin::Wheel));
        assert!(Rc::ptr_eq(
            &open,
            &open.clone().reduce(Action::Open(Part(0, 1), Origin::Hash))
        ));
        assert!(Rc::ptr_eq(
            &open,
            &open.clone().reduce(Action::Focused(Part(0, 1)))
        ));
    }

    #[test]
    fn segments_outside_the_wheel_are_ignored() {
        let s = state();
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::Open(Part(9, 9), Origin::Hash))
        ));
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::Focused(Dimension(7)))
        ));
    }

    #[test]
    fn panel_steps_open_neighbours_and_focus_the_panel() {
        // Exploring: every segment in reading order (rating skips dimensions).
        let explore = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_mode(Mode::Explore));
        let s = [
            Action::Open(Part(0, 2), Origin::Wheel),
            Action::OpenStep(Step::Next),
        ]
        .into_iter()
        .fold(explore, |s, a| s.reduce(a));
        assert_eq!(s.open, Some(Dimension(1)));
        assert_eq!(s.focus_panel, 1);
        let s = s.reduce(Action::OpenStep(Step::Previous));
        assert_eq!(s.open, Some(Part(0, 2)));
        assert_eq!(s.focus_panel, 2);
    }

    fn rate(part: SegmentId, level: Option<u8>, now: f64) -> Action {
        Action::Rate {
            part,
            edit: Edit::Level(level),
            now,
        }
    }

    #[test]
    fn rating_a_part_stores_and_announces_it() {
        let s = run(&[rate(Part(0, 1), Some(4), 10.0)]);
        assert_eq!(s.ratings.level("dataanvendelse"), Some(4));
        assert_eq!(s.save_request, 1);
        assert_eq!(s.announcement, Announcement::Rated(Part(0, 1), Some(4)));
        let cleared = s.reduce(rate(Part(0, 1), None, 11.0));
        assert_eq!(cleared.ratings.level("dataanvendelse"), None);
        assert_eq!(cleared.save_request, 2);
    }

    #[test]
    fn ratings_need_rate_mode_a_part_and_a_level_on_the_scale() {
        let explore = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_mode(Mode::Explore));
        assert!(Rc::ptr_eq(
            &explore,
            &explore.clone().reduce(rate(Part(0, 0), Some(3), 1.0))
        ));
        let s = state();
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(rate(Dimension(0), Some(3), 1.0))
        ));
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(rate(Part(0, 0), Some(6), 1.0))
        ));
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(rate(Part(7, 0), Some(1), 1.0))
        ));
    }

    #[test]
    fn external_changes_merge_without_being_stored_again() {
        let s = run(&[rate(Part(0, 0), Some(2), 10.0)]);
        let elsewhere = s
            .ratings
            .edit("innovation", Edit::Level(Some(5)), 5, 20.0)
            .unwrap();
        let merged = s.reduce(Action::External(elsewhere.clone()));
        assert_eq!(merged.ratings.level("innovation"), Some(5));
        assert_eq!(merged.ratings.level("brugerkompetencer"), Some(2));
        assert_eq!(merged.save_request, 1, "no write back");
        assert!(Rc::ptr_eq(
            &merged,
            &merged.clone().reduce(Action::External(elsewhere))
        ));
    }

    #[test]
    fn a_stored_document_without_this_copys_entry_is_written_back() {
        let s = run(&[rate(Part(0, 0), Some(2), 10.0)]);
        // Another tab wrote at the same moment, without this tab's entry.
        let elsewhere = Ratings::new()
            .edit("innovation", Edit::Level(Some(5)), 5, 11.0)
            .unwrap();
        let merged = s.clone().reduce(Action::External(elsewhere.clone()));
        assert_eq!(merged.ratings.level("innovation"), Some(5));
        assert_eq!(merged.ratings.level("brugerkompetencer"), Some(2));
        assert_eq!(merged.save_request, 2, "the union is stored");
        // The union, once stored and heard back, changes nothing more.
        let union = merged.ratings.clone();
        assert!(Rc::ptr_eq(
            &merged,
            &merged.clone().reduce(Action::External(union))
        ));
        // A read-only widget never writes.
        let readonly = Rc::new((*s).clone().with_readonly(true));
        let heard = readonly.reduce(Action::External(elsewhere));
        assert_eq!(heard.save_request, s.save_request);
        assert_eq!(heard.ratings.level("innovation"), Some(5));
    }

    #[test]
    fn storage_trouble_becomes_a_notice_and_memory_mode() {
        let s = run(&[Action::StoreFailed, Action::StoreFailed]);
        assert_eq!(s.persistence, Persistence::Memory);
        assert_eq!(s.notices, [Notice::StorageWriteFailed]);
        let s = s.reduce(Action::Dismiss(0));
        assert!(s.notices.is_empty());
        assert_eq!(
            s.persistence,
            Persistence::Memory,
            "dismissing does not pretend it is saved"
        );
    }

    #[test]
    fn a_failed_import_changes_no_rating() {
        let s = run(&[rate(Part(0, 0), Some(2), 10.0)]);
        let failed = s
            .clone()
            .reduce(Action::ImportFailed(DecodeError::FutureVersion(9)));
        assert_eq!(failed.ratings, s.ratings);
        assert_eq!(failed.save_request, s.save_request);
        assert_eq!(
            failed.notices,
            [Notice::ImportFailed(DecodeError::FutureVersion(9))]
        );
    }

    #[test]
    fn reset_asks_first_then_clears_everything() {
        let s = run(&[rate(Part(0, 0), Some(2), 10.0), Action::AskReset]);
        assert!(s.confirm_reset);
        let kept = s.clone().reduce(Action::CancelReset);
        assert_eq!(kept.ratings.level("brugerkompetencer"), Some(2));
        let reset = s.reduce(Action::Reset { now: 20.0 });
        assert!(reset.ratings.is_empty());
        assert!(!reset.confirm_reset);
        assert_eq!(reset.save_request, 2);
        // An old file's message goes when the question appears.
        let s = run(&[
            rate(Part(0, 0), Some(2), 10.0),
            Action::ImportFailed(DecodeError::NothingForThisWheel),
            Action::AskReset,
        ]);
        assert!(s.confirm_reset && s.notices.is_empty());
    }

    #[test]
    fn readonly_shows_ratings_but_refuses_changes() {
        let s = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_readonly(true));
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(rate(Part(0, 0), Some(3), 1.0))
        ));
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::AskReset)));
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::Reset { now: 1.0 })
        ));
        // The host page may still set them.
        let set = Ratings::new()
            .edit("innovation", Edit::Level(Some(4)), 5, 1.0)
            .unwrap();
        let s = s.reduce(Action::Replace {
            ratings: set,
            now: 2.0,
        });
        assert_eq!(s.ratings.level("innovation"), Some(4));
    }

    #[test]
    fn replacing_drops_parts_the_host_did_not_give() {
        let s = run(&[rate(Part(0, 0), Some(2), 10.0)]);
        let set = Ratings::new()
            .edit("innovation", Edit::Level(Some(4)), 5, 1.0)
            .unwrap();
        let s = s.reduce(Action::Replace {
            ratings: set,
            now: 20.0,
        });
        assert_eq!(s.ratings.level("innovation"), Some(4));
        assert_eq!(s.ratings.level("brugerkompetencer"), None);
        assert_eq!(s.save_request, 2);
    }

    #[test]
    fn presenting_steps_through_every_segment_then_the_questions() {
        let s = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_mode(Mode::Present));
        assert_eq!(s.present_position(), (0, 17));
        let mut state = s;
        let mut seen = Vec::new();
        for _ in 0..17 {
            state = state.reduce(Action::Present(Step::Next));
            seen.push(state.present_position().0);
        }
        assert_eq!(seen, (1..=17).collect::<Vec<_>>());
        assert!(state.questions_open);
        assert_eq!(state.open, None);
        // A clicker stops at the end: Next on the last step changes nothing.
        let end = state.clone().reduce(Action::Present(Step::Next));
        assert!(Rc::ptr_eq(&end, &state));
        let state = state.reduce(Action::Present(Step::Previous));
        assert_eq!(state.open, Some(Part(3, 2)));
        let state = state.reduce(Action::Present(Step::First));
        assert_eq!(state.present_position(), (1, 17));
        let state = state.reduce(Action::Present(Step::Last));
        assert_eq!(state.present_position(), (17, 17));
        // Opening a segment (a deep link, a click) leaves the questions.
        let state = state.reduce(Action::Open(Part(1, 1), Origin::Hash));
        assert!(!state.questions_open);
        assert_eq!(state.present_position(), (7, 17));
    }

    #[test]
    fn a_click_that_opens_brings_the_text_into_view() {
        let s = run(&[Action::Clicked(Part(1, 0))]);
        assert_eq!(s.open, Some(Part(1, 0)));
        assert_eq!(s.reveal_panel, 1);
        assert_eq!(s.focus_panel, 0, "focus stays on the wheel");
        // Clicking the open part closes it, without scrolling anywhere.
        let s = s.reduce(Action::Clicked(Part(1, 0)));
        assert_eq!(s.open, None);
        assert_eq!(s.reveal_panel, 1);
        // Keys open without scrolling: focus must stay where it is seen.
        let s = s.reduce(Action::Toggle(Part(2, 0)));
        assert_eq!(s.reveal_panel, 1);
    }

    #[test]
    fn back_to_the_wheel_keeps_the_panel_and_focuses_its_segment() {
        let s = state();
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::BackToWheel)));
        let s = run(&[
            Action::Clicked(Part(3, 1)),
            Action::Focused(Part(0, 0)),
            Action::BackToWheel,
        ]);
        assert_eq!(s.open, Some(Part(3, 1)));
        assert_eq!(s.current, Part(3, 1));
        assert_eq!(s.reveal_wheel, 1);
    }

    #[test]
    fn rating_steps_from_part_to_part() {
        let s = run(&[
            Action::Open(Part(0, 2), Origin::Wheel),
            Action::OpenStep(Step::Next),
        ]);
        assert_eq!(s.open, Some(Part(1, 0)), "the dimension is skipped");
        let s = s.reduce(Action::OpenStep(Step::Previous));
        assert_eq!(s.open, Some(Part(0, 2)));
        let s = run(&[
            Action::Open(Part(0, 0), Origin::Wheel),
            Action::OpenStep(Step::Previous),
        ]);
        assert_eq!(s.open, Some(Part(3, 2)), "wraps to the last part");
        // From a dimension, Next leads into its parts.
        let s = run(&[
            Action::Open(Dimension(2), Origin::Wheel),
            Action::OpenStep(Step::Next),
        ]);
        assert_eq!(s.open, Some(Part(2, 0)));
        // Read-only, the steps read every segment in order.
        let wheel = Rc::new(Wheel::builtin());
        assert!(!WheelState::new(wheel.clone())
            .with_readonly(true)
            .steps_by_part());
        assert_eq!(
            panel_step(&wheel, Part(0, 2), Step::Next, false),
            Dimension(1)
        );
        assert_eq!(
            panel_step(&wheel, Part(1, 1), Step::First, true),
            Part(0, 0)
        );
        assert_eq!(panel_step(&wheel, Part(1, 1), Step::Last, true), Part(3, 2));
    }

    #[test]
    fn a_file_without_this_wheels_parts_is_refused() {
        let s = run(&[rate(Part(0, 0), Some(2), 10.0)]);
        let strangers = Ratings::new()
            .edit("hello", Edit::Level(Some(1)), 5, 1.0)
            .unwrap()
            .edit("anvendelse", Edit::Level(Some(3)), 5, 1.0)
            .unwrap();
        let refused = s.clone().reduce(Action::Import {
            ratings: strangers.clone(),
            now: 20.0,
        });
        assert_eq!(refused.ratings, s.ratings);
        assert_eq!(refused.save_request, s.save_request);
        assert_eq!(
            refused.notices,
            [Notice::ImportFailed(DecodeError::NothingForThisWheel)]
        );
        assert_eq!(refused.import_result, 1);
        // One part of this wheel among strangers: one rating, and the
        // strangers are kept as unknown ids always are.
        let one = strangers
            .edit("innovation", Edit::Level(Some(4)), 5, 1.0)
            .unwrap();
        let loaded = s.reduce(Action::Import {
            ratings: one,
            now: 20.0,
        });
        assert_eq!(loaded.notices, [Notice::Imported(1)]);
        assert_eq!(loaded.ratings.level("innovation"), Some(4));
        assert_eq!(loaded.ratings.level("hello"), Some(1));
        assert_eq!(loaded.import_result, 1);
    }

    #[test]
    fn stored_ratings_can_be_there_from_the_start() {
        let stored = Ratings::new()
            .edit("innovation", Edit::Level(Some(4)), 5, 1.0)
            .unwrap();
        let s = WheelState::new(Rc::new(Wheel::builtin())).with_loaded(
            stored,
            Persistence::Stored,
            vec![Notice::StorageFuture],
        );
        assert_eq!(s.ratings.level("innovation"), Some(4));
        assert_eq!(s.notices, [Notice::StorageFuture]);
        assert_eq!(s.save_request, 0, "nothing to write back");
    }

    #[test]
    fn a_note_is_stored_soon_and_never_reported_as_a_rating() {
        let s = run(&[rate(Part(0, 1), Some(4), 10.0)]);
        assert_eq!((s.save_request, s.rate_event, s.note_edit), (1, 1, 0));
        let typed = ["N", "No", "Not"].iter().fold(s, |s, text| {
            s.reduce(Action::Rate {
                part: Part(0, 1),
                edit: Edit::Note((*text).into()),
                now: 11.0,
            })
        });
        assert_eq!(
            typed.ratings.get("dataanvendelse").map(|r| r.note.as_str()),
            Some("Not")
        );
        assert_eq!(
            (typed.save_request, typed.rate_event, typed.note_edit),
            (1, 1, 3),
            "each key: a note edit, no write now, no rate event"
        );
        let done = typed.reduce(Action::NoteDone);
        assert_eq!(
            (done.save_request, done.rate_event),
            (2, 1),
            "stored at once"
        );
        // Nothing typed: leaving the note writes nothing.
        let untouched = run(&[Action::NoteDone]);
        assert_eq!(untouched.save_request, 0);
    }

    #[test]
    fn choosing_a_target_is_announced_too() {
        let s = run(&[Action::Rate {
            part: Part(1, 1),
            edit: Edit::Target(Some(4)),
            now: 1.0,
        }]);
        assert_eq!(s.announcement, Announcement::Target(Part(1, 1), Some(4)));
        let s = s.reduce(Action::Rate {
            part: Part(1, 1),
            edit: Edit::Note("x".into()),
            now: 2.0,
        });
        assert_eq!(
            s.announcement,
            Announcement::Target(Part(1, 1), Some(4)),
            "typing a note is not announced"
        );
    }

    #[test]
    fn a_step_too_long_for_one_screen_continues_on_the_next() {
        let s = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_mode(Mode::Present));
        // Step 2 (Brugerkompetencer) takes two screens, the questions three.
        let mut screens = vec![vec![0]; 17];
        screens[1] = vec![0, 4];
        screens[16] = vec![0, 3, 6];
        let s = s.reduce(Action::Screens(Rc::new(screens.clone())));
        assert_eq!(s.present_position(), (0, 20));
        let s = s.reduce(Action::Present(Step::Next));
        let s = s.reduce(Action::Present(Step::Next));
        assert_eq!((s.open, s.present_screen), (Some(Part(0, 0)), 0));
        assert_eq!(s.present_position(), (2, 20));
        let s = s.reduce(Action::Present(Step::Next));
        assert_eq!((s.open, s.present_screen), (Some(Part(0, 0)), 1));
        assert_eq!(s.present_position(), (3, 20));
        assert_eq!(s.announcement, Announcement::Screen(1, 1));
        let s = s.reduce(Action::Present(Step::Next));
        assert_eq!((s.open, s.present_screen), (Some(Part(0, 1)), 0));
        // Back onto the long step's last screen.
        let s = s.reduce(Action::Present(Step::Previous));
        assert_eq!((s.open, s.present_screen), (Some(Part(0, 0)), 1));
        // Previous on the first step stays there; so does Previous before it.
        let s = s.reduce(Action::Present(Step::First));
        let first = s.clone().reduce(Action::Present(Step::Previous));
        assert!(Rc::ptr_eq(&first, &s));
        assert_eq!(first.present_position(), (1, 20));
        let fresh = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_mode(Mode::Present));
        let before = fresh.clone().reduce(Action::Present(Step::Previous));
        assert!(Rc::ptr_eq(&before, &fresh));
        // End shows the questions from their start.
        let s = s.reduce(Action::Present(Step::Last));
        assert_eq!(s.present_position(), (18, 20));
        // A new measurement with fewer screens keeps the presenter on the step.
        let s = s.reduce(Action::Present(Step::Next));
        let s = s.reduce(Action::Present(Step::Next));
        assert_eq!(s.present_screen, 2);
        screens[16] = vec![0];
        let same = s.clone().reduce(Action::Screens(Rc::new(screens.clone())));
        assert!(same.questions_open);
        assert_eq!(same.present_screen, 0);
        assert!(Rc::ptr_eq(
            &same,
            &same.clone().reduce(Action::Screens(Rc::new(screens)))
        ));
        // Opening a segment (a link, a click) starts at its first screen.
        let s = s.reduce(Action::Open(Part(0, 0), Origin::Hash));
        assert_eq!(s.present_screen, 0);
    }

    #[test]
    fn a_blank_screen_comes_back_where_it_was_left() {
        let s = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_mode(Mode::Present));
        let s = s.reduce(Action::Present(Step::Next));
        let s = s.reduce(Action::Present(Step::Next));
        assert_eq!(s.present_position().0, 2);
        let s = s.reduce(Action::ToggleBlank);
        assert!(s.blank);
        assert_eq!(s.announcement, Announcement::Blank(true));
        // B again brings it back.
        let back = s.clone().reduce(Action::ToggleBlank);
        assert!(!back.blank);
        assert_eq!(back.present_position().0, 2);
        // A step key brings it back without stepping.
        let back = s.reduce(Action::Present(Step::Next));
        assert!(!back.blank);
        assert_eq!(back.present_position().0, 2);
        assert_eq!(back.announcement, Announcement::Blank(false));
    }

    #[test]
    fn opening_from_the_hash_leaves_focus_alone() {
        let s = run(&[Action::Open(Part(3, 1), Origin::Hash)]);
        assert_eq!(s.open, Some(Part(3, 1)));
        assert_eq!((s.focus_wheel, s.focus_panel), (0, 0));
    }
}
