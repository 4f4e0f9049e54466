//! Presenting: stepping through every segment and then the questions, screen
//! by screen, and blanking the screen.

use std::rc::Rc;

use crate::core::model::{Step, Wheel};
use crate::core::state::navigation::Navigation;
use crate::core::state::notices::{Announcement, Notices};

/// Which screen of the step shown is up, where each step's screens start,
/// and whether the screen is blanked. The step itself is what
/// [`Navigation`] has open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Presenting {
    /// Which screen of the current step is shown (0: its first).
    pub screen: usize,
    /// For each step, the index of the block each of its screens starts
    /// with, as measured for the screen (see [`crate::core::slides`]). A step
    /// without an entry has one screen.
    pub screens: Rc<Vec<Vec<usize>>>,
    /// The screen is blanked (black), as a presenter does with B or . in
    /// PowerPoint; any step key or B/. again brings the slide back.
    pub blank: bool,
}

/// What a presenter does.
#[derive(Clone, Debug, PartialEq)]
pub enum Present {
    /// A step through every segment and then the questions.
    Step(Step),
    /// Blank the screen, or bring it back.
    ToggleBlank,
    /// Where each step's screens start, as laid out now.
    Screens(Rc<Vec<Vec<usize>>>),
}

impl Presenting {
    /// The number of steps: the segments, then the questions.
    pub fn steps(wheel: &Wheel) -> usize {
        wheel.segments().count() + usize::from(wheel.questions.is_some())
    }

    /// The index of the step `nav` shows, if any.
    pub fn step(wheel: &Wheel, nav: &Navigation) -> Option<usize> {
        if nav.questions_open && wheel.questions.is_some() {
            return Some(wheel.segments().count());
        }
        nav.open
            .and_then(|open| wheel.segments().position(|s| s == open))
    }

    /// How many screens step `step` takes.
    pub fn screens_of(&self, step: usize) -> usize {
        crate::core::slides::screen_count(self.screens.get(step))
    }

    /// How many screens there are (every segment's, then the questions' if
    /// the wheel has them) and which one is shown (1-based; 0 before the
    /// first).
    pub fn position(&self, wheel: &Wheel, nav: &Navigation) -> (usize, usize) {
        let total = (0..Self::steps(wheel)).map(|i| self.screens_of(i)).sum();
        let at = Self::step(wheel, nav).map_or(0, |step| {
            (0..step).map(|i| self.screens_of(i)).sum::<usize>() + self.screen + 1
        });
        (at, total)
    }

    /// Applies `action`, changing what `nav` has open when it steps and
    /// telling `notices` what the live region reads; `None` when nothing
    /// changes.
    pub fn reduce(
        &mut self,
        wheel: &Wheel,
        nav: &mut Navigation,
        action: Present,
        notices: &mut Notices,
    ) -> Option<()> {
        let said = match action {
            Present::ToggleBlank => {
                self.blank = !self.blank;
                Announcement::Blank(self.blank)
            }
            // On a blank screen a step key only brings the slide back, where
            // the presenter left it.
            Present::Step(_) if self.blank => {
                self.blank = false;
                Announcement::Blank(false)
            }
            Present::Step(step) => {
                let steps = Self::steps(wheel);
                let screen = self.screen;
                // A clicker stops at the ends: Next on the last screen and
                // Previous on the first (or before it) change nothing, so a
                // presenter who presses once too often is still where they were.
                let (to, screen) = match (step, Self::step(wheel, nav)) {
                    (Step::First, _) | (Step::Next, None) => (0, 0),
                    (Step::Last, _) => (steps - 1, 0),
                    (Step::Previous, None) => return None,
                    (Step::Next, Some(at)) if screen + 1 < self.screens_of(at) => (at, screen + 1),
                    (Step::Next, Some(at)) if at + 1 < steps => (at + 1, 0),
                    (Step::Next, Some(_)) => return None,
                    (Step::Previous, Some(at)) if screen > 0 => (at, screen - 1),
                    (Step::Previous, Some(0)) => return None,
                    (Step::Previous, Some(at)) => (at - 1, self.screens_of(at - 1) - 1),
                };
                self.screen = screen;
                let segment = wheel.segments().nth(to);
                nav.show(segment);
                match segment {
                    Some(segment) if screen == 0 => Announcement::Opened(segment),
                    _ => Announcement::Screen(to, screen),
                }
            }
            Present::Screens(screens) => {
                if self.screens == screens {
                    return None;
                }
                self.screens = screens;
                if let Some(at) = Self::step(wheel, nav) {
                    self.screen = self.screen.min(self.screens_of(at) - 1);
                }
                return Some(());
            }
        };
        notices.announcement = said;
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_step_is_the_first_segment_and_the_last_the_questions() {
        let wheel = Wheel::builtin();
        let (mut present, mut nav) = (Presenting::default(), Navigation::new());
        let mut notices = Notices::new();
        present.reduce(&wheel, &mut nav, Present::Step(Step::Next), &mut notices);
        assert_eq!(nav.open, wheel.segments().next());
        assert_eq!(
            Some(notices.announcement),
            nav.open.map(Announcement::Opened)
        );
        assert_eq!(present.position(&wheel, &nav), (1, 17));
        present.reduce(&wheel, &mut nav, Present::Step(Step::Last), &mut notices);
        assert!(nav.questions_open && nav.open.is_none());
        assert_eq!(notices.announcement, Announcement::Screen(16, 0));
    }
}
