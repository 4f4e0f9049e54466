//! What the wheel's live region says: the words for each `Announcement`.

use crate::core::i18n::{fill, fill_all, Strings};
use crate::core::model::{plain, SegmentId, Wheel};
use crate::core::state::{Announcement, Persistence};

/// What the live region says after `announcement`. `levels` are the level
/// names (1 first); "saved" is said only when the ratings reach storage.
pub fn announcement_text(
    wheel: &Wheel,
    strings: &Strings,
    levels: &[String],
    announcement: Announcement,
    persistence: Persistence,
) -> String {
    let title_of = |segment: SegmentId| plain(wheel.title_of(segment));
    match announcement {
        Announcement::None => String::new(),
        Announcement::Opened(segment) => fill(strings.opened, &title_of(segment)),
        Announcement::Screen(step, screen) => {
            let title = match wheel.segments().nth(step) {
                Some(segment) => title_of(segment),
                None => wheel
                    .questions
                    .as_ref()
                    .map(|q| q.title.clone())
                    .unwrap_or_default(),
            };
            if screen > 0 {
                fill(strings.present_continued, &title)
            } else {
                title
            }
        }
        Announcement::Closed => strings.closed.to_owned(),
        Announcement::Rated(segment, level) | Announcement::Target(segment, level) => {
            let target = matches!(announcement, Announcement::Target(..));
            let level = match level {
                Some(level) => format!(
                    "{} – {}",
                    fill(strings.level_n, &level.to_string()),
                    levels
                        .get(usize::from(level).wrapping_sub(1))
                        .cloned()
                        .unwrap_or_default()
                ),
                None if target => strings.no_target.to_owned(),
                None => strings.not_rated.to_owned(),
            };
            let template = if target {
                strings.rated_target
            } else {
                strings.rated
            };
            let said = fill_all(template, &[&title_of(segment), &level]);
            // "Saved" only when it is: storage may be blocked or full.
            if persistence == Persistence::Stored {
                fill(strings.and_saved, &said)
            } else {
                fill(strings.and_not_saved, &said)
            }
        }
        Announcement::ResetDone => strings.reset_done.to_owned(),
        Announcement::Blank(true) => strings.present_blanked.to_owned(),
        Announcement::Blank(false) => strings.present_unblanked.to_owned(),
    }
}
