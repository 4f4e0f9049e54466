//! The widget's state and the reducer that changes it. The reducer does no
//! I/O: moving focus, writing the URL hash and announcing are effects that
//! components run when the state says so.

use std::rc::Rc;

use yew::Reducible;

pub use crate::model::Step;
use crate::model::{SegmentId, Wheel};

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
    /// What the live region says; bumped to repeat the same message.
    pub announcement: Announcement,
}

/// A message for screen readers, rendered in the live region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    None,
    Opened(SegmentId),
    Closed,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open a segment's text.
    Open(SegmentId, Origin),
    /// Open the segment, or close it if it is already open.
    Toggle(SegmentId),
    /// Close the panel and give focus back to the wheel.
    Close,
    /// Move the wheel's focus (not the panel) one step.
    Move(Step),
    /// Open the next or previous segment from the panel's buttons.
    OpenStep(Step),
    /// A segment received focus some other way (click, screen reader).
    Focused(SegmentId),
}

impl WheelState {
    pub fn new(wheel: Rc<Wheel>) -> WheelState {
        WheelState {
            wheel,
            open: None,
            current: SegmentId::Dimension(0),
            focus_wheel: 0,
            focus_panel: 0,
            announcement: Announcement::None,
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
                if !self.wheel.contains(segment) || self.open == Some(segment) {
                    return self;
                }
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
            Action::Close => {
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
                let to = self.wheel.step(from, step);
                return self.reduce(Action::Open(to, Origin::Panel));
            }
            Action::Focused(segment) => {
                if self.current == segment || !self.wheel.contains(segment) {
                    return self;
                }
                next.current = segment;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SegmentId::{Dimension, Part};

    fn state() -> Rc<WheelState> {
        Rc::new(WheelState::new(Rc::new(Wheel::builtin())))
    }

    fn run(actions: &[Action]) -> Rc<WheelState> {
        actions.iter().fold(state(), |s, &a| s.reduce(a))
    }

    #[test]
    fn moving_walks_dimensions_then_their_parts_and_wraps() {
        let s = run(&[Action::Move(Step::Next)]);
        assert_eq!(s.current, Part(0, 0));
        let s = run(&[Action::Move(Step::Next); 4]);
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
        let s = run(&[
            Action::Open(Part(0, 2), Origin::Wheel),
            Action::OpenStep(Step::Next),
        ]);
        assert_eq!(s.open, Some(Dimension(1)));
        assert_eq!(s.focus_panel, 1);
        let s = s.reduce(Action::OpenStep(Step::Previous));
        assert_eq!(s.open, Some(Part(0, 2)));
        assert_eq!(s.focus_panel, 2);
    }

    #[test]
    fn opening_from_the_hash_leaves_focus_alone() {
        let s = run(&[Action::Open(Part(3, 1), Origin::Hash)]);
        assert_eq!(s.open, Some(Part(3, 1)));
        assert_eq!((s.focus_wheel, s.focus_panel), (0, 0));
    }
}
