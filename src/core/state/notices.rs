//! What the widget tells the person: messages shown until dismissed, and the
//! line the live region reads out.

use crate::core::model::SegmentId;
use crate::core::snapshots::SaveRefused;
use crate::core::stored::DecodeError;

/// The messages shown and the live region's line.
#[derive(Clone, Debug, PartialEq)]
pub struct Notices {
    /// Messages shown in the widget until dismissed.
    pub list: Vec<Notice>,
    /// What the live region says.
    pub announcement: Announcement,
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
    /// A snapshot was saved, keeping this many levels and targets.
    SnapshotSaved {
        label: String,
        levels: usize,
        targets: usize,
    },
    SnapshotRefused(SaveRefused),
}

impl Notice {
    /// Whether this is a chosen file's result, or a snapshot's (shown under
    /// the toolbar's buttons; a newer one replaces it).
    pub fn is_file_result(&self) -> bool {
        matches!(
            self,
            Notice::ImportFailed(_)
                | Notice::Imported(_)
                | Notice::SnapshotSaved { .. }
                | Notice::SnapshotRefused(_)
        )
    }
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

impl Notices {
    pub fn new() -> Notices {
        Notices {
            list: Vec::new(),
            announcement: Announcement::None,
        }
    }

    /// Shows `notice`, once: a file's result replaces the one before it.
    pub fn add(&mut self, notice: Notice) {
        if notice.is_file_result() {
            self.list.retain(|n| !n.is_file_result());
        }
        if !self.list.contains(&notice) {
            self.list.push(notice);
        }
    }

    /// Removes the notice at `index`; `None` when there is none.
    pub fn dismiss(&mut self, index: usize) -> Option<()> {
        (index < self.list.len()).then(|| drop(self.list.remove(index)))
    }
}

impl Default for Notices {
    fn default() -> Notices {
        Notices::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_files_result_replaces_the_last_and_other_notices_show_once() {
        let mut notices = Notices::new();
        notices.add(Notice::StorageWriteFailed);
        notices.add(Notice::StorageWriteFailed);
        notices.add(Notice::ImportFailed(DecodeError::FutureVersion(9)));
        notices.add(Notice::Imported(3));
        assert_eq!(
            notices.list,
            [Notice::StorageWriteFailed, Notice::Imported(3)]
        );
        assert_eq!(notices.dismiss(1), Some(()));
        assert_eq!(notices.list, [Notice::StorageWriteFailed]);
        assert_eq!(notices.dismiss(1), None);
        assert_eq!(notices.dismiss(0), Some(()));
        assert!(notices.list.is_empty());
    }
}
