//! What is open and where keyboard focus belongs: the open segment (or the
//! questions, presenting), the wheel's roving tab stop, and the requests
//! for the effects that move focus or scroll.

use crate::core::model::{SegmentId, Step, Wheel};
use crate::core::state::notices::Announcement;

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

    /// The navigation after `action`, with what the live region says, or
    /// `None` when nothing changes. `by_part`: the panel's *Previous* /
    /// *Next* go from part to part (see [`panel_step`]).
    pub fn reduce(
        &self,
        wheel: &Wheel,
        action: Nav,
        by_part: bool,
    ) -> Option<(Navigation, Option<Announcement>)> {
        let mut next = self.clone();
        let mut said = None;
        match action {
            Nav::Open(segment, origin) => {
                if !wheel.contains(segment) || (self.open == Some(segment) && !self.questions_open)
                {
                    return None;
                }
                next.questions_open = false;
                next.open = Some(segment);
                next.current = segment;
                said = Some(Announcement::Opened(segment));
                if origin == Origin::Panel {
                    next.panel_focus = Some(segment);
                }
            }
            Nav::Toggle(segment) => {
                let action = if self.open == Some(segment) {
                    Nav::Close
                } else {
                    Nav::Open(segment, Origin::Wheel)
                };
                return self.reduce(wheel, action, by_part);
            }
            Nav::Clicked(segment) => {
                let (mut next, said) = self.reduce(wheel, Nav::Toggle(segment), by_part)?;
                if next.open == Some(segment) {
                    next.panel_reveal = Some(segment);
                }
                return Some((next, said));
            }
            Nav::BackToWheel => {
                let open = self.open?;
                next.current = open;
                next.wheel_request = Some(WheelRequest::Reveal(open));
            }
            Nav::Close => {
                if self.questions_open {
                    next.questions_open = false;
                    return Some((next, None));
                }
                let open = self.open?;
                next.open = None;
                next.current = open;
                next.wheel_request = Some(WheelRequest::Focus(open));
                said = Some(Announcement::Closed);
            }
            Nav::Move(step) => {
                next.current = wheel.step(self.current, step);
                next.wheel_request = Some(WheelRequest::Focus(next.current));
            }
            Nav::OpenStep(step) => {
                let from = self.open.unwrap_or(self.current);
                let to = panel_step(wheel, from, step, by_part);
                return self.reduce(wheel, Nav::Open(to, Origin::Panel), by_part);
            }
            Nav::Focused(segment) => {
                if self.current == segment || !wheel.contains(segment) {
                    return None;
                }
                next.current = segment;
            }
        }
        Some((next, said))
    }

    /// Presenting: showing `segment`'s step (`None`: the questions), with the
    /// tab stop on it.
    pub fn showing(&self, segment: Option<SegmentId>) -> Navigation {
        let mut next = self.clone();
        next.questions_open = segment.is_none();
        next.open = segment;
        if let Some(segment) = segment {
            next.current = segment;
        }
        next
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
        actions.iter().fold(Navigation::new(), |nav, &action| {
            nav.reduce(&wheel, action, by_part)
                .map_or(nav, |(next, _)| next)
        })
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
        let nav = Navigation::new().showing(None);
        let wheel = Wheel::builtin();
        let (closed, said) = nav.reduce(&wheel, Nav::Close, false).unwrap();
        assert!(!closed.questions_open);
        assert_eq!((closed.wheel_request, said), (None, None));
        let shown = Navigation::new().showing(Some(Dimension(2)));
        assert_eq!(
            (shown.open, shown.current),
            (Some(Dimension(2)), Dimension(2))
        );
    }
}
