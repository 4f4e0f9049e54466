//! What is open and where keyboard focus belongs: the open segment (or the
//! questions, presenting), the wheel's roving tab stop, and the requests
//! for the effects that move focus or scroll.

use crate::core::model::{SegmentId, Step, Wheel};
use crate::core::state::notices::{Announcement, Notices};

/// What is open, which segment holds the wheel's tab stop, and what the
/// focus and scrolling effects are asked to do.
#[derive(Clone, Debug, PartialEq)]
pub struct Navigation {
    /// The open segment, whose text the panel shows.
    pub open: Option<SegmentId>,
    /// Presenting: the reflection questions are shown (the step after the
    /// last part); then no segment is open.
    pub questions_open: bool,
    /// The segment that holds the wheel's single tab stop.
    pub current: SegmentId,
    /// For the wheel's effect: focus a segment, or bring the wheel into view
    /// and focus it.
    pub wheel_request: Option<WheelRequest>,
    /// For the panel's effect: its heading (or, while rating a part, the
    /// chosen level) takes focus; the segment it shows.
    pub panel_focus: Option<SegmentId>,
    /// For `App`'s effect: a click or tap opened this segment, so its text is
    /// brought into view (on a phone the panel sits below the wheel).
    pub panel_reveal: Option<SegmentId>,
}

/// What the wheel's effect is asked to do with a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WheelRequest {
    /// Move focus to the segment (it holds the tab stop).
    Focus(SegmentId),
    /// Bring the wheel into view, then focus the segment (back from the
    /// panel to the wheel).
    Reveal(SegmentId),
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

/// Opening, closing and moving around the wheel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Nav {
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
}

impl Navigation {
    /// Nothing open, the tab stop on the first dimension, nothing asked.
    pub fn new() -> Navigation {
        Navigation {
            open: None,
            questions_open: false,
            current: SegmentId::Dimension(0),
            wheel_request: None,
            panel_focus: None,
            panel_reveal: None,
        }
    }

    /// Applies `action`, telling `notices` what the live region reads;
    /// `None` when nothing changes (the caller then keeps its state as it
    /// was). `by_part`: the panel's *Previous* / *Next* go from part to part
    /// (see [`panel_step`]).
    pub fn reduce(
        &mut self,
        wheel: &Wheel,
        action: Nav,
        by_part: bool,
        notices: &mut Notices,
    ) -> Option<()> {
        match action {
            Nav::Open(segment, origin) => {
                if !wheel.contains(segment) || (self.open == Some(segment) && !self.questions_open)
                {
                    return None;
                }
                self.questions_open = false;
                self.open = Some(segment);
                self.current = segment;
                notices.announcement = Announcement::Opened(segment);
                if origin == Origin::Panel {
                    self.panel_focus = Some(segment);
                }
            }
            Nav::Toggle(segment) => {
                let action = if self.open == Some(segment) {
                    Nav::Close
                } else {
                    Nav::Open(segment, Origin::Wheel)
                };
                return self.reduce(wheel, action, by_part, notices);
            }
            Nav::Clicked(segment) => {
                self.reduce(wheel, Nav::Toggle(segment), by_part, notices)?;
                if self.open == Some(segment) {
                    self.panel_reveal = Some(segment);
                }
            }
            Nav::BackToWheel => {
                let open = self.open?;
                self.current = open;
                self.wheel_request = Some(WheelRequest::Reveal(open));
            }
            Nav::Close => {
                if self.questions_open {
                    self.questions_open = false;
                } else {
                    let open = self.open?;
                    self.open = None;
                    self.current = open;
                    self.wheel_request = Some(WheelRequest::Focus(open));
                    notices.announcement = Announcement::Closed;
                }
            }
            Nav::Move(step) => {
                self.current = wheel.step(self.current, step);
                self.wheel_request = Some(WheelRequest::Focus(self.current));
            }
            Nav::OpenStep(step) => {
                let from = self.open.unwrap_or(self.current);
                let to = panel_step(wheel, from, step, by_part);
                return self.reduce(wheel, Nav::Open(to, Origin::Panel), by_part, notices);
            }
            Nav::Focused(segment) => {
                if self.current == segment || !wheel.contains(segment) {
                    return None;
                }
                self.current = segment;
            }
        }
        Some(())
    }

    /// Presenting: shows `segment`'s step (`None`: the questions), with the
    /// tab stop on it.
    pub fn show(&mut self, segment: Option<SegmentId>) {
        self.questions_open = segment.is_none();
        self.open = segment;
        if let Some(segment) = segment {
            self.current = segment;
        }
    }
}

impl Default for Navigation {
    fn default() -> Navigation {
        Navigation::new()
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

    fn run(actions: &[Nav], by_part: bool) -> Navigation {
        let wheel = Wheel::builtin();
        let mut nav = Navigation::new();
        for &action in actions {
            nav.reduce(&wheel, action, by_part, &mut Notices::new());
        }
        nav
    }

    #[test]
    fn moving_asks_the_wheel_to_focus_the_new_tab_stop() {
        let nav = run(&[Nav::Move(Step::Next)], false);
        assert_eq!(nav.current, Part(0, 0));
        assert_eq!(nav.wheel_request, Some(WheelRequest::Focus(Part(0, 0))));
        assert_eq!(nav.open, None, "moving does not open");
    }

    #[test]
    fn a_click_asks_for_the_panel_in_view_and_the_panel_buttons_for_its_focus() {
        let nav = run(&[Nav::Clicked(Part(1, 0))], false);
        assert_eq!(nav.panel_reveal, Some(Part(1, 0)));
        assert_eq!(nav.panel_focus, None);
        let nav = run(
            &[
                Nav::Open(Part(0, 2), Origin::Wheel),
                Nav::OpenStep(Step::Next),
            ],
            true,
        );
        assert_eq!(nav.open, Some(Part(1, 0)));
        assert_eq!(nav.panel_focus, Some(Part(1, 0)));
        assert_eq!(nav.panel_reveal, None);
    }

    #[test]
    fn closing_the_questions_leaves_no_segment_to_focus() {
        let mut nav = Navigation::new();
        nav.show(None);
        let mut notices = Notices::new();
        nav.reduce(&Wheel::builtin(), Nav::Close, false, &mut notices);
        assert!(!nav.questions_open);
        assert_eq!(nav.wheel_request, None);
        assert_eq!(notices.announcement, Announcement::None);
        nav.show(Some(Dimension(2)));
        assert_eq!((nav.open, nav.current), (Some(Dimension(2)), Dimension(2)));
    }
}
