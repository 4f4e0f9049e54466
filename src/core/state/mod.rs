//! The widget's state and the reducer that changes it, in parts a reader can
//! hold at once: what is open and where focus goes ([`navigation`]), the
//! person's ratings and their storage ([`person`]), the profile
//! ([`profile`]), presenting ([`presenting`]) and what the widget tells the
//! person ([`notices`]). Each part has its own actions and reducer; this
//! module routes an [`Action`] to its part and carries what one part says to
//! another.
//!
//! The reducer does no I/O. What an effect must do (move focus, scroll,
//! store, tell the host) is a request: a value in an `Option` that one
//! effect watches, performs and then takes ([`Action::Taken`]), so the same
//! request made again is a change the effect sees.

use std::rc::Rc;

use yew::Reducible;

pub use crate::core::model::Step;
use crate::core::model::{SegmentId, Wheel};
use crate::core::ratings::Ratings;

pub mod navigation;
pub mod notices;
pub mod person;
pub mod presenting;
pub mod profile;

pub use navigation::{panel_step, Nav, Navigation, Origin, WheelRequest};
pub use notices::{Announcement, Notice, Notices};
pub use person::{Comparison, FileResult, Persistence, Person, Rating, Save};
pub use presenting::{Present, Presenting};
pub use profile::{ProfileRequest, ProfileView, ShowProfile};

/// The widget's state: the wheel, the mode, and the parts.
#[derive(Clone, Debug, PartialEq)]
pub struct WheelState {
    pub wheel: Rc<Wheel>,
    /// Whether the person can rate (and sees ratings) or only explores.
    pub mode: Mode,
    pub nav: Navigation,
    pub person: Person,
    pub profile: ProfileView,
    pub present: Presenting,
    pub notices: Notices,
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

/// Everything that changes the state, by the part it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Nav(Nav),
    Rating(Rating),
    Present(Present),
    Profile(ShowProfile),
    /// The person dismissed the notice at this index.
    Dismiss(usize),
    /// An effect did what its request asked; the request is taken.
    Taken(Effect),
}

/// The effects that take requests, one request each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The wheel: [`Navigation::wheel_request`].
    Wheel,
    /// The panel's focus: [`Navigation::panel_focus`].
    PanelFocus,
    /// Bringing the panel into view: [`Navigation::panel_reveal`].
    PanelReveal,
    /// Storage: [`Person::save`].
    Save,
    /// The host's rate event: [`Person::rated`].
    Host,
    /// A file's result: [`Person::file_result`].
    FileResult,
    /// The profile: [`ProfileView::request`].
    Profile,
}

impl From<Nav> for Action {
    fn from(action: Nav) -> Action {
        Action::Nav(action)
    }
}

impl From<Rating> for Action {
    fn from(action: Rating) -> Action {
        Action::Rating(action)
    }
}

impl From<Present> for Action {
    fn from(action: Present) -> Action {
        Action::Present(action)
    }
}

impl From<ShowProfile> for Action {
    fn from(action: ShowProfile) -> Action {
        Action::Profile(action)
    }
}

impl WheelState {
    pub fn new(wheel: Rc<Wheel>) -> WheelState {
        WheelState {
            wheel,
            mode: Mode::default(),
            nav: Navigation::new(),
            person: Person::new(),
            profile: ProfileView::default(),
            present: Presenting::default(),
            notices: Notices::new(),
        }
    }

    /// The same state with ratings read from storage before the first
    /// render, so that a reload never shows an empty wheel for a frame.
    /// (This is the only way stored ratings arrive at start-up: an action
    /// dispatched after mounting would come a frame late.)
    pub fn with_loaded(
        mut self,
        ratings: Ratings,
        persistence: Persistence,
        notices: Vec<Notice>,
    ) -> WheelState {
        if let Some(merged) = self.person.ratings.merged(&ratings) {
            self.person.ratings = merged;
        }
        self.person.persistence = persistence;
        for notice in notices {
            self.notices.add(notice);
        }
        self
    }

    /// The same state, read-only or not.
    pub fn with_readonly(mut self, readonly: bool) -> WheelState {
        self.person.readonly = readonly;
        self
    }

    /// The same state in `mode`.
    pub fn with_mode(mut self, mode: Mode) -> WheelState {
        self.mode = mode;
        self
    }

    /// The same state with `open` open (and holding the tab stop).
    pub fn with_open(mut self, open: Option<SegmentId>) -> WheelState {
        if let Some(segment) = open.filter(|&s| self.wheel.contains(s)) {
            self.nav.open = Some(segment);
            self.nav.current = segment;
        }
        self
    }

    /// How many levels a part can have: the wheel's own, else five.
    pub fn level_count(&self) -> u8 {
        person::level_count(&self.wheel)
    }

    /// Whether the panel's *Previous* / *Next* go from part to part (while
    /// rating) rather than through every segment in reading order.
    pub fn steps_by_part(&self) -> bool {
        self.mode == Mode::Rate && !self.person.readonly
    }

    /// Presenting: how many screens there are and which one is shown
    /// (1-based; 0 before the first).
    pub fn present_position(&self) -> (usize, usize) {
        self.present.position(&self.wheel, &self.nav)
    }

    /// Presenting: the index of the step shown, if any.
    pub fn present_step(&self) -> Option<usize> {
        Presenting::step(&self.wheel, &self.nav)
    }

    /// The state after `action`, or `None` when nothing changes (the
    /// reducer then keeps the same `Rc`, so nothing re-renders).
    fn apply(&self, action: Action) -> Option<WheelState> {
        let (wheel, by_part) = (&self.wheel, self.steps_by_part());
        let mut next = self.clone();
        let parts = &mut next;
        let notices = &mut parts.notices;
        match action {
            Action::Nav(action) => {
                parts.nav.reduce(wheel, action, by_part, notices)?;
                // Something else shown starts at its first screen.
                let shown = |nav: &Navigation| (nav.open, nav.questions_open);
                if shown(&parts.nav) != shown(&self.nav) {
                    parts.present.screen = 0;
                }
            }
            Action::Rating(action) => parts.person.reduce(wheel, self.mode, action, notices)?,
            Action::Present(action) => {
                parts
                    .present
                    .reduce(wheel, &mut parts.nav, action, notices)?;
            }
            Action::Profile(action) => parts.profile.reduce(action)?,
            Action::Dismiss(index) => notices.dismiss(index)?,
            Action::Taken(effect) => parts.take(effect)?,
        }
        Some(next)
    }

    /// Takes `effect`'s request: `None` when there was none.
    fn take(&mut self, effect: Effect) -> Option<()> {
        match effect {
            Effect::Wheel => self.nav.wheel_request.take().map(drop),
            Effect::PanelFocus => self.nav.panel_focus.take().map(drop),
            Effect::PanelReveal => self.nav.panel_reveal.take().map(drop),
            Effect::Save => self.person.save.take().map(drop),
            Effect::Host => self.person.rated.take().map(drop),
            Effect::FileResult => self.person.file_result.take().map(drop),
            Effect::Profile => self.profile.request.take().map(drop),
        }
    }
}

impl Reducible for WheelState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ratings::Edit;
    use crate::core::stored::DecodeError;
    use SegmentId::{Dimension, Part};

    fn state() -> Rc<WheelState> {
        Rc::new(WheelState::new(Rc::new(Wheel::builtin())))
    }

    /// The actions one after another, each effect taking its request in
    /// between (as after a render): the result holds the last one's requests.
    fn run(actions: &[Action]) -> Rc<WheelState> {
        actions
            .iter()
            .cloned()
            .fold(state(), |s, a| settled(s).reduce(a))
    }

    const EFFECTS: [Effect; 7] = [
        Effect::Wheel,
        Effect::PanelFocus,
        Effect::PanelReveal,
        Effect::Save,
        Effect::Host,
        Effect::FileResult,
        Effect::Profile,
    ];

    /// The state once every effect has taken its request.
    fn settled(s: Rc<WheelState>) -> Rc<WheelState> {
        EFFECTS
            .into_iter()
            .fold(s, |s, effect| s.reduce(Action::Taken(effect)))
    }

    #[test]
    fn showing_the_profile_brings_it_into_view_each_time() {
        let s = run(&[Action::Profile(ShowProfile::Toggle(true))]);
        assert!(s.profile.shown);
        assert_eq!(s.profile.request, Some(ProfileRequest::Reveal));
        let s = s.reduce(Action::Taken(Effect::Profile));
        assert_eq!(s.profile.request, None);
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::Taken(Effect::Profile))
        ));
        let s = s.reduce(Action::Profile(ShowProfile::See));
        assert_eq!(s.profile.request, Some(ProfileRequest::RevealAndFocus));
        let s = s.reduce(Action::Profile(ShowProfile::Toggle(false)));
        assert_eq!(s.profile.request, None);
        assert!(!s.profile.shown);
        assert!(Rc::ptr_eq(
            &s,
            &s.clone()
                .reduce(Action::Profile(ShowProfile::Toggle(false)))
        ));
    }

    #[test]
    fn moving_walks_dimensions_then_their_parts_and_wraps() {
        let s = run(&[Action::Nav(Nav::Move(Step::Next))]);
        assert_eq!(s.nav.current, Part(0, 0));
        let s = run(&[
            Action::Nav(Nav::Move(Step::Next)),
            Action::Nav(Nav::Move(Step::Next)),
            Action::Nav(Nav::Move(Step::Next)),
            Action::Nav(Nav::Move(Step::Next)),
        ]);
        assert_eq!(s.nav.current, Dimension(1));
        let s = run(&[Action::Nav(Nav::Move(Step::Previous))]);
        assert_eq!(s.nav.current, Part(3, 2), "wraps to the last part");
        let s = run(&[
            Action::Nav(Nav::Move(Step::Last)),
            Action::Nav(Nav::Move(Step::Next)),
        ]);
        assert_eq!(s.nav.current, Dimension(0), "wraps to the first dimension");
        let s = run(&[
            Action::Nav(Nav::Move(Step::Last)),
            Action::Nav(Nav::Move(Step::First)),
        ]);
        assert_eq!(s.nav.current, Dimension(0));
        assert_eq!(
            s.nav.wheel_request,
            Some(WheelRequest::Focus(Dimension(0))),
            "every move asks for focus"
        );
        assert_eq!(s.nav.open, None, "moving does not open");
    }

    #[test]
    fn toggle_opens_then_closes_and_returns_focus() {
        let s = run(&[Action::Nav(Nav::Toggle(Part(1, 2)))]);
        assert_eq!(s.nav.open, Some(Part(1, 2)));
        assert_eq!(s.nav.current, Part(1, 2));
        assert_eq!(s.notices.announcement, Announcement::Opened(Part(1, 2)));
        let s = s.reduce(Action::Nav(Nav::Toggle(Part(1, 2))));
        assert_eq!(s.nav.open, None);
        assert_eq!(s.nav.current, Part(1, 2));
        assert_eq!(s.nav.wheel_request, Some(WheelRequest::Focus(Part(1, 2))));
        assert_eq!(s.notices.announcement, Announcement::Closed);
    }

    #[test]
    fn close_returns_focus_to_the_open_segment() {
        let s = run(&[
            Action::Nav(Nav::Open(Part(2, 0), Origin::Wheel)),
            Action::Nav(Nav::Focused(Part(0, 0))),
            Action::Nav(Nav::Close),
        ]);
        assert_eq!(s.nav.current, Part(2, 0));
        assert_eq!(s.nav.wheel_request, Some(WheelRequest::Focus(Part(2, 0))));
    }

    #[test]
    fn no_ops_return_the_same_state() {
        let s = state();
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Nav(Nav::Close))));
        let open = s.reduce(Action::Nav(Nav::Open(Part(0, 1), Origin::Wheel)));
        assert!(Rc::ptr_eq(
            &open,
            &open
                .clone()
                .reduce(Action::Nav(Nav::Open(Part(0, 1), Origin::Hash)))
        ));
        assert!(Rc::ptr_eq(
            &open,
            &open.clone().reduce(Action::Nav(Nav::Focused(Part(0, 1))))
        ));
    }

    #[test]
    fn segments_outside_the_wheel_are_ignored() {
        let s = state();
        assert!(Rc::ptr_eq(
            &s,
            &s.clone()
                .reduce(Action::Nav(Nav::Open(Part(9, 9), Origin::Hash)))
        ));
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::Nav(Nav::Focused(Dimension(7))))
        ));
    }

    #[test]
    fn panel_steps_open_neighbours_and_focus_the_panel() {
        // Exploring: every segment in reading order (rating skips dimensions).
        let explore = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_mode(Mode::Explore));
        let s = [
            Action::Nav(Nav::Open(Part(0, 2), Origin::Wheel)),
            Action::Nav(Nav::OpenStep(Step::Next)),
        ]
        .into_iter()
        .fold(explore, |s, a| s.reduce(a));
        assert_eq!(s.nav.open, Some(Dimension(1)));
        assert_eq!(s.nav.panel_focus, Some(Dimension(1)));
        let s = settled(s).reduce(Action::Nav(Nav::OpenStep(Step::Previous)));
        assert_eq!(s.nav.open, Some(Part(0, 2)));
        assert_eq!(s.nav.panel_focus, Some(Part(0, 2)));
    }

    fn rate(part: SegmentId, level: Option<u8>, now: f64) -> Action {
        Action::Rating(Rating::Rate {
            part,
            edit: Edit::Level(level),
            now,
        })
    }

    #[test]
    fn rating_a_part_stores_and_announces_it() {
        let s = run(&[rate(Part(0, 1), Some(4), 10.0)]);
        assert_eq!(s.person.ratings.level("dataanvendelse"), Some(4));
        assert_eq!(s.person.save, Some(Save::Now));
        assert_eq!(
            s.notices.announcement,
            Announcement::Rated(Part(0, 1), Some(4))
        );
        let cleared = settled(s).reduce(rate(Part(0, 1), None, 11.0));
        assert_eq!(cleared.person.ratings.level("dataanvendelse"), None);
        assert_eq!(cleared.person.save, Some(Save::Now));
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
        let s = settled(run(&[rate(Part(0, 0), Some(2), 10.0)]));
        let elsewhere = s
            .person
            .ratings
            .edit("innovation", Edit::Level(Some(5)), 5, 20.0)
            .unwrap();
        let merged = s.reduce(Action::Rating(Rating::External(elsewhere.clone())));
        assert_eq!(merged.person.ratings.level("innovation"), Some(5));
        assert_eq!(merged.person.ratings.level("brugerkompetencer"), Some(2));
        assert_eq!(merged.person.save, None, "no write back");
        assert!(Rc::ptr_eq(
            &merged,
            &merged
                .clone()
                .reduce(Action::Rating(Rating::External(elsewhere)))
        ));
    }

    #[test]
    fn a_stored_document_without_this_copys_entry_is_written_back() {
        let s = settled(run(&[rate(Part(0, 0), Some(2), 10.0)]));
        // Another tab wrote at the same moment, without this tab's entry.
        let elsewhere = Ratings::new()
            .edit("innovation", Edit::Level(Some(5)), 5, 11.0)
            .unwrap();
        let merged = s
            .clone()
            .reduce(Action::Rating(Rating::External(elsewhere.clone())));
        assert_eq!(merged.person.ratings.level("innovation"), Some(5));
        assert_eq!(merged.person.ratings.level("brugerkompetencer"), Some(2));
        assert_eq!(merged.person.save, Some(Save::Now), "the union is stored");
        // The union, once stored and heard back, changes nothing more.
        let union = merged.person.ratings.clone();
        assert!(Rc::ptr_eq(
            &merged,
            &merged
                .clone()
                .reduce(Action::Rating(Rating::External(union)))
        ));
        // A read-only widget never writes.
        let readonly = Rc::new((*s).clone().with_readonly(true));
        let heard = readonly.reduce(Action::Rating(Rating::External(elsewhere)));
        assert_eq!(heard.person.save, None);
        assert_eq!(heard.person.ratings.level("innovation"), Some(5));
    }

    #[test]
    fn storage_trouble_becomes_a_notice_and_memory_mode() {
        let s = run(&[
            Action::Rating(Rating::StoreFailed),
            Action::Rating(Rating::StoreFailed),
        ]);
        assert_eq!(s.person.persistence, Persistence::Memory);
        assert_eq!(s.notices.list, [Notice::StorageWriteFailed]);
        let s = s.reduce(Action::Dismiss(0));
        assert!(s.notices.list.is_empty());
        assert_eq!(
            s.person.persistence,
            Persistence::Memory,
            "dismissing does not pretend it is saved"
        );
    }

    #[test]
    fn a_failed_import_changes_no_rating() {
        let s = settled(run(&[rate(Part(0, 0), Some(2), 10.0)]));
        let failed = s.clone().reduce(Action::Rating(Rating::ImportFailed(
            DecodeError::FutureVersion(9),
        )));
        assert_eq!(failed.person.ratings, s.person.ratings);
        assert_eq!(failed.person.save, None);
        assert_eq!(
            failed.notices.list,
            [Notice::ImportFailed(DecodeError::FutureVersion(9))]
        );
    }

    #[test]
    fn reset_asks_first_then_clears_everything() {
        let s = run(&[
            rate(Part(0, 0), Some(2), 10.0),
            Action::Rating(Rating::AskReset),
        ]);
        assert!(s.person.confirm_reset);
        let kept = s.clone().reduce(Action::Rating(Rating::CancelReset));
        assert_eq!(kept.person.ratings.level("brugerkompetencer"), Some(2));
        let reset = s.reduce(Action::Rating(Rating::Reset { now: 20.0 }));
        assert!(reset.person.ratings.is_empty());
        assert!(!reset.person.confirm_reset);
        assert_eq!(reset.person.save, Some(Save::Now));
        // An old file's message goes when the question appears.
        let s = run(&[
            rate(Part(0, 0), Some(2), 10.0),
            Action::Rating(Rating::ImportFailed(DecodeError::NothingForThisWheel)),
            Action::Rating(Rating::AskReset),
        ]);
        assert!(s.person.confirm_reset && s.notices.list.is_empty());
    }

    #[test]
    fn readonly_shows_ratings_but_refuses_changes() {
        let s = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_readonly(true));
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(rate(Part(0, 0), Some(3), 1.0))
        ));
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::Rating(Rating::AskReset))
        ));
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::Rating(Rating::Reset { now: 1.0 }))
        ));
        // The host page may still set them.
        let set = Ratings::new()
            .edit("innovation", Edit::Level(Some(4)), 5, 1.0)
            .unwrap();
        let s = s.reduce(Action::Rating(Rating::Replace {
            ratings: set,
            now: 2.0,
        }));
        assert_eq!(s.person.ratings.level("innovation"), Some(4));
    }

    #[test]
    fn replacing_drops_parts_the_host_did_not_give() {
        let s = run(&[rate(Part(0, 0), Some(2), 10.0)]);
        let set = Ratings::new()
            .edit("innovation", Edit::Level(Some(4)), 5, 1.0)
            .unwrap();
        let s = s.reduce(Action::Rating(Rating::Replace {
            ratings: set,
            now: 20.0,
        }));
        assert_eq!(s.person.ratings.level("innovation"), Some(4));
        assert_eq!(s.person.ratings.level("brugerkompetencer"), None);
        assert_eq!(s.person.save, Some(Save::Now));
    }

    #[test]
    fn presenting_steps_through_every_segment_then_the_questions() {
        let s = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_mode(Mode::Present));
        assert_eq!(s.present_position(), (0, 17));
        let mut state = s;
        let mut seen = Vec::new();
        for _ in 0..17 {
            state = state.reduce(Action::Present(Present::Step(Step::Next)));
            seen.push(state.present_position().0);
        }
        assert_eq!(seen, (1..=17).collect::<Vec<_>>());
        assert!(state.nav.questions_open);
        assert_eq!(state.nav.open, None);
        // A clicker stops at the end: Next on the last step changes nothing.
        let end = state
            .clone()
            .reduce(Action::Present(Present::Step(Step::Next)));
        assert!(Rc::ptr_eq(&end, &state));
        let state = state.reduce(Action::Present(Present::Step(Step::Previous)));
        assert_eq!(state.nav.open, Some(Part(3, 2)));
        let state = state.reduce(Action::Present(Present::Step(Step::First)));
        assert_eq!(state.present_position(), (1, 17));
        let state = state.reduce(Action::Present(Present::Step(Step::Last)));
        assert_eq!(state.present_position(), (17, 17));
        // Opening a segment (a deep link, a click) leaves the questions.
        let state = state.reduce(Action::Nav(Nav::Open(Part(1, 1), Origin::Hash)));
        assert!(!state.nav.questions_open);
        assert_eq!(state.present_position(), (7, 17));
    }

    #[test]
    fn a_click_that_opens_brings_the_text_into_view() {
        let s = run(&[Action::Nav(Nav::Clicked(Part(1, 0)))]);
        assert_eq!(s.nav.open, Some(Part(1, 0)));
        assert_eq!(s.nav.panel_reveal, Some(Part(1, 0)));
        assert_eq!(s.nav.panel_focus, None, "focus stays on the wheel");
        // Clicking the open part closes it, without scrolling anywhere.
        let s = settled(s).reduce(Action::Nav(Nav::Clicked(Part(1, 0))));
        assert_eq!(s.nav.open, None);
        assert_eq!(s.nav.panel_reveal, None);
        // Keys open without scrolling: focus must stay where it is seen.
        let s = s.reduce(Action::Nav(Nav::Toggle(Part(2, 0))));
        assert_eq!(s.nav.panel_reveal, None);
    }

    #[test]
    fn back_to_the_wheel_keeps_the_panel_and_focuses_its_segment() {
        let s = state();
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::Nav(Nav::BackToWheel))
        ));
        let s = run(&[
            Action::Nav(Nav::Clicked(Part(3, 1))),
            Action::Nav(Nav::Focused(Part(0, 0))),
            Action::Nav(Nav::BackToWheel),
        ]);
        assert_eq!(s.nav.open, Some(Part(3, 1)));
        assert_eq!(s.nav.current, Part(3, 1));
        assert_eq!(s.nav.wheel_request, Some(WheelRequest::Reveal(Part(3, 1))));
        // Taken by the wheel's effect, the same request made again is a
        // change the effect sees: the second *Til hjulet* scrolls and
        // focuses too.
        let taken = settled(s);
        assert_eq!(taken.nav.wheel_request, None);
        let again = taken.clone().reduce(Action::Nav(Nav::BackToWheel));
        assert!(!Rc::ptr_eq(&again, &taken));
        assert_eq!(
            again.nav.wheel_request,
            Some(WheelRequest::Reveal(Part(3, 1)))
        );
    }

    #[test]
    fn rating_steps_from_part_to_part() {
        let s = run(&[
            Action::Nav(Nav::Open(Part(0, 2), Origin::Wheel)),
            Action::Nav(Nav::OpenStep(Step::Next)),
        ]);
        assert_eq!(s.nav.open, Some(Part(1, 0)), "the dimension is skipped");
        let s = s.reduce(Action::Nav(Nav::OpenStep(Step::Previous)));
        assert_eq!(s.nav.open, Some(Part(0, 2)));
        let s = run(&[
            Action::Nav(Nav::Open(Part(0, 0), Origin::Wheel)),
            Action::Nav(Nav::OpenStep(Step::Previous)),
        ]);
        assert_eq!(s.nav.open, Some(Part(3, 2)), "wraps to the last part");
        // From a dimension, Next leads into its parts.
        let s = run(&[
            Action::Nav(Nav::Open(Dimension(2), Origin::Wheel)),
            Action::Nav(Nav::OpenStep(Step::Next)),
        ]);
        assert_eq!(s.nav.open, Some(Part(2, 0)));
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
        let s = settled(run(&[rate(Part(0, 0), Some(2), 10.0)]));
        let strangers = Ratings::new()
            .edit("hello", Edit::Level(Some(1)), 5, 1.0)
            .unwrap()
            .edit("anvendelse", Edit::Level(Some(3)), 5, 1.0)
            .unwrap();
        let refused = s.clone().reduce(Action::Rating(Rating::Import {
            ratings: strangers.clone(),
            now: 20.0,
        }));
        assert_eq!(refused.person.ratings, s.person.ratings);
        assert_eq!(refused.person.save, None);
        assert_eq!(
            refused.notices.list,
            [Notice::ImportFailed(DecodeError::NothingForThisWheel)]
        );
        assert_eq!(refused.person.file_result, Some(FileResult::Refused));
        // One part of this wheel among strangers: one rating, and the
        // strangers are kept as unknown ids always are.
        let one = strangers
            .edit("innovation", Edit::Level(Some(4)), 5, 1.0)
            .unwrap();
        let loaded = s.reduce(Action::Rating(Rating::Import {
            ratings: one,
            now: 20.0,
        }));
        assert_eq!(loaded.notices.list, [Notice::Imported(1)]);
        assert_eq!(loaded.person.ratings.level("innovation"), Some(4));
        assert_eq!(loaded.person.ratings.level("hello"), Some(1));
        assert_eq!(loaded.person.file_result, Some(FileResult::Loaded(1)));
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
        assert_eq!(s.person.ratings.level("innovation"), Some(4));
        assert_eq!(s.notices.list, [Notice::StorageFuture]);
        assert_eq!(s.person.save, None, "nothing to write back");
    }

    #[test]
    fn a_note_is_stored_soon_and_never_reported_as_a_rating() {
        let s = run(&[rate(Part(0, 1), Some(4), 10.0)]);
        assert_eq!(
            (s.person.save, s.person.rated),
            (Some(Save::Now), Some(Part(0, 1)))
        );
        // Each key, the effects take what it asked for, as after a render.
        let typed = ["N", "No", "Not"].iter().fold(s, |s, text| {
            let typed = settled(s).reduce(Action::Rating(Rating::Rate {
                part: Part(0, 1),
                edit: Edit::Note((*text).into()),
                now: 11.0,
            }));
            assert_eq!(
                (typed.person.save, typed.person.rated),
                (Some(Save::Soon), None),
                "each key: stored soon, not now, and no rate event"
            );
            typed
        });
        assert_eq!(
            typed
                .person
                .ratings
                .get("dataanvendelse")
                .map(|r| r.note.as_str()),
            Some("Not")
        );
        let done = settled(typed).reduce(Action::Rating(Rating::NoteDone));
        assert_eq!(
            (done.person.save, done.person.rated),
            (Some(Save::Now), None),
            "stored at once"
        );
        // Once stored, leaving the note again writes nothing more.
        let again = settled(done);
        assert!(Rc::ptr_eq(
            &again,
            &again.clone().reduce(Action::Rating(Rating::NoteDone))
        ));
        // Nothing typed: leaving the note writes nothing.
        let untouched = run(&[Action::Rating(Rating::NoteDone)]);
        assert_eq!(untouched.person.save, None);
    }

    #[test]
    fn choosing_a_target_is_announced_too() {
        let s = run(&[Action::Rating(Rating::Rate {
            part: Part(1, 1),
            edit: Edit::Target(Some(4)),
            now: 1.0,
        })]);
        assert_eq!(
            s.notices.announcement,
            Announcement::Target(Part(1, 1), Some(4))
        );
        let s = s.reduce(Action::Rating(Rating::Rate {
            part: Part(1, 1),
            edit: Edit::Note("x".into()),
            now: 2.0,
        }));
        assert_eq!(
            s.notices.announcement,
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
        let s = s.reduce(Action::Present(Present::Screens(Rc::new(screens.clone()))));
        assert_eq!(s.present_position(), (0, 20));
        let s = s.reduce(Action::Present(Present::Step(Step::Next)));
        let s = s.reduce(Action::Present(Present::Step(Step::Next)));
        assert_eq!((s.nav.open, s.present.screen), (Some(Part(0, 0)), 0));
        assert_eq!(s.present_position(), (2, 20));
        let s = s.reduce(Action::Present(Present::Step(Step::Next)));
        assert_eq!((s.nav.open, s.present.screen), (Some(Part(0, 0)), 1));
        assert_eq!(s.present_position(), (3, 20));
        assert_eq!(s.notices.announcement, Announcement::Screen(1, 1));
        let s = s.reduce(Action::Present(Present::Step(Step::Next)));
        assert_eq!((s.nav.open, s.present.screen), (Some(Part(0, 1)), 0));
        // Back onto the long step's last screen.
        let s = s.reduce(Action::Present(Present::Step(Step::Previous)));
        assert_eq!((s.nav.open, s.present.screen), (Some(Part(0, 0)), 1));
        // Previous on the first step stays there; so does Previous before it.
        let s = s.reduce(Action::Present(Present::Step(Step::First)));
        let first = s
            .clone()
            .reduce(Action::Present(Present::Step(Step::Previous)));
        assert!(Rc::ptr_eq(&first, &s));
        assert_eq!(first.present_position(), (1, 20));
        let fresh = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_mode(Mode::Present));
        let before = fresh
            .clone()
            .reduce(Action::Present(Present::Step(Step::Previous)));
        assert!(Rc::ptr_eq(&before, &fresh));
        // End shows the questions from their start.
        let s = s.reduce(Action::Present(Present::Step(Step::Last)));
        assert_eq!(s.present_position(), (18, 20));
        // A new measurement with fewer screens keeps the presenter on the step.
        let s = s.reduce(Action::Present(Present::Step(Step::Next)));
        let s = s.reduce(Action::Present(Present::Step(Step::Next)));
        assert_eq!(s.present.screen, 2);
        screens[16] = vec![0];
        let same = s
            .clone()
            .reduce(Action::Present(Present::Screens(Rc::new(screens.clone()))));
        assert!(same.nav.questions_open);
        assert_eq!(same.present.screen, 0);
        assert!(Rc::ptr_eq(
            &same,
            &same
                .clone()
                .reduce(Action::Present(Present::Screens(Rc::new(screens))))
        ));
        // Opening a segment (a link, a click) starts at its first screen.
        let s = s.reduce(Action::Nav(Nav::Open(Part(0, 0), Origin::Hash)));
        assert_eq!(s.present.screen, 0);
    }

    #[test]
    fn a_blank_screen_comes_back_where_it_was_left() {
        let s = Rc::new(WheelState::new(Rc::new(Wheel::builtin())).with_mode(Mode::Present));
        let s = s.reduce(Action::Present(Present::Step(Step::Next)));
        let s = s.reduce(Action::Present(Present::Step(Step::Next)));
        assert_eq!(s.present_position().0, 2);
        let s = s.reduce(Action::Present(Present::ToggleBlank));
        assert!(s.present.blank);
        assert_eq!(s.notices.announcement, Announcement::Blank(true));
        // B again brings it back.
        let back = s.clone().reduce(Action::Present(Present::ToggleBlank));
        assert!(!back.present.blank);
        assert_eq!(back.present_position().0, 2);
        // A step key brings it back without stepping.
        let back = s.reduce(Action::Present(Present::Step(Step::Next)));
        assert!(!back.present.blank);
        assert_eq!(back.present_position().0, 2);
        assert_eq!(back.notices.announcement, Announcement::Blank(false));
    }

    #[test]
    fn opening_from_the_hash_leaves_focus_alone() {
        let s = run(&[Action::Nav(Nav::Open(Part(3, 1), Origin::Hash))]);
        assert_eq!(s.nav.open, Some(Part(3, 1)));
        assert_eq!((s.nav.wheel_request, s.nav.panel_focus), (None, None));
    }

    #[test]
    fn every_request_is_taken_by_its_effect_and_the_same_one_asked_again() {
        // One action for each effect's request, and what it asks.
        let wheel = Rc::new(Wheel::builtin());
        let rating = |edit| {
            Action::Rating(Rating::Rate {
                part: Part(0, 1),
                edit,
                now: 1.0,
            })
        };
        type Asked = fn(&WheelState) -> bool;
        let cases: [(Effect, Action, Asked); 7] = [
            (Effect::Wheel, Action::Nav(Nav::Move(Step::Next)), |s| {
                s.nav.wheel_request.is_some()
            }),
            (
                Effect::PanelFocus,
                Action::Nav(Nav::OpenStep(Step::Next)),
                |s| s.nav.panel_focus.is_some(),
            ),
            (
                Effect::PanelReveal,
                Action::Nav(Nav::Clicked(Part(2, 2))),
                |s| s.nav.panel_reveal.is_some(),
            ),
            (Effect::Save, rating(Edit::Note("x".into())), |s| {
                s.person.save.is_some()
            }),
            (Effect::Host, rating(Edit::Target(Some(4))), |s| {
                s.person.rated.is_some()
            }),
            (
                Effect::FileResult,
                Action::Rating(Rating::ImportFailed(DecodeError::Unreadable)),
                |s| s.person.file_result.is_some(),
            ),
            (Effect::Profile, Action::Profile(ShowProfile::See), |s| {
                s.profile.request.is_some()
            }),
        ];
        for (effect, action, asked) in cases {
            let s = settled(Rc::new(WheelState::new(wheel.clone())));
            let s = s.reduce(action.clone());
            assert!(asked(&s), "{action:?} asks {effect:?}");
            let taken = s.clone().reduce(Action::Taken(effect));
            assert!(!asked(&taken), "{effect:?} takes its request");
            for other in EFFECTS.into_iter().filter(|&e| e != effect) {
                let by_other = s.clone().reduce(Action::Taken(other));
                assert!(asked(&by_other), "{other:?} leaves {effect:?}'s request");
            }
            // Taking again changes nothing (and re-renders nothing).
            assert!(Rc::ptr_eq(
                &taken,
                &taken.clone().reduce(Action::Taken(effect))
            ));
            // Where the same action can ask again, the request is back. (A
            // second click on the open part closes it; a note typed again
            // with the same text is no change.)
            let again = taken.reduce(action.clone());
            let repeatable = !matches!(
                action,
                Action::Nav(Nav::Clicked(_)) | Action::Rating(Rating::Rate { .. })
            );
            if repeatable {
                assert!(asked(&again), "{action:?} asks {effect:?} again");
            }
        }
    }

    #[test]
    fn no_state_field_is_a_counter() {
        // What an effect must do is a value it takes, never a number bumped
        // to make it run (issue #24).
        for (file, text) in [
            ("mod.rs", include_str!("mod.rs")),
            ("navigation.rs", include_str!("navigation.rs")),
            ("person.rs", include_str!("person.rs")),
            ("presenting.rs", include_str!("presenting.rs")),
            ("profile.rs", include_str!("profile.rs")),
            ("notices.rs", include_str!("notices.rs")),
        ] {
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for counter in [": u32", ": u64", "+= 1"] {
                assert!(!code.contains(counter), "{file} has {counter}");
            }
        }
    }
}
