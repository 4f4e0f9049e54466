//! Snapshots: a person's levels and targets as they were on a day ("Før MUS
//! 2027"), kept beside the current ratings so that the wheel and the profile
//! can show then → now. Notes are not copied (they belong to the current
//! rating), and a snapshot is never shared.
//!
//! A snapshot is known by the moment it was taken (`taken`, unique within a
//! person's ratings). Two copies (two tabs, a file) merge snapshot by
//! snapshot: the one edited last wins, so a rename made in one tab reaches
//! the other. A deletion is a tombstone, kept (without levels) so that an
//! older copy cannot bring the snapshot back; only the newest
//! [`MAX_TOMBSTONES`] tombstones are kept.

use std::collections::BTreeMap;

use crate::core::ratings::Ratings;
use crate::core::scene::Compare;

/// The most snapshots a person keeps; saving one more asks them to delete one.
pub const MAX_SNAPSHOTS: usize = 20;
/// The most deletions remembered for merges.
pub const MAX_TOMBSTONES: usize = 20;
/// The longest name kept, in characters.
pub const LABEL_LIMIT: usize = 80;

/// A part's level and target when the snapshot was taken.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Kept {
    pub level: Option<u8>,
    pub target: Option<u8>,
}

/// One snapshot.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    pub label: String,
    /// When it was taken, in milliseconds since 1970: its identity.
    pub taken: f64,
    /// When it was last renamed or deleted (or taken): the newer wins a merge.
    pub edited: f64,
    /// Deleted: a tombstone, with no label and no levels.
    pub deleted: bool,
    /// Per part id, the level and target then (parts with neither are left out).
    pub parts: BTreeMap<String, Kept>,
}

impl Snapshot {
    /// How many parts had a level, and how many a target.
    pub fn counts(&self) -> (usize, usize) {
        let levels = self.parts.values().filter(|k| k.level.is_some()).count();
        let targets = self.parts.values().filter(|k| k.target.is_some()).count();
        (levels, targets)
    }

    /// What the wheel compares with: this snapshot's levels, called `word`.
    pub fn compare(&self, word: &str) -> Compare {
        Compare {
            word: word.to_owned(),
            levels: crate::core::map_of(
                (self.parts.iter())
                    .filter_map(|(id, kept)| Some((id.clone(), f64::from(kept.level?)))),
            ),
        }
    }

    /// Whether this entry wins over `other` (the same snapshot) in a merge.
    fn wins_over(&self, other: &Snapshot) -> bool {
        if self.edited != other.edited {
            return self.edited > other.edited;
        }
        (self.deleted, self.label.as_str(), self.parts.len())
            > (other.deleted, other.label.as_str(), other.parts.len())
    }
}

/// A person's snapshots and tombstones, oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshots {
    list: Vec<Snapshot>,
}

/// Why a snapshot was not saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveRefused {
    /// Nothing is rated: there is nothing to keep.
    Nothing,
    /// [`MAX_SNAPSHOTS`] are kept already.
    Full,
}

impl Snapshots {
    /// Snapshots read from a document, merged so that each is there once.
    pub fn from_entries(entries: impl IntoIterator<Item = Snapshot>) -> Snapshots {
        let mut snapshots = Snapshots::default();
        for entry in entries {
            snapshots.put(entry);
        }
        snapshots.trim();
        snapshots
    }

    /// Every entry, tombstones included, oldest first (for storing).
    pub fn entries(&self) -> &[Snapshot] {
        &self.list
    }

    /// The snapshots a person sees, oldest first.
    pub fn live(&self) -> impl DoubleEndedIterator<Item = &Snapshot> {
        self.list.iter().filter(|s| !s.deleted)
    }

    pub fn count(&self) -> usize {
        self.live().count()
    }

    pub fn get(&self, taken: f64) -> Option<&Snapshot> {
        self.live().find(|s| s.taken == taken)
    }

    /// The last snapshot taken.
    pub fn latest(&self) -> Option<&Snapshot> {
        self.live().next_back()
    }

    /// What is compared with when the person has not chosen: the newest
    /// snapshot whose levels differ from `ratings`' (one just saved would
    /// show that nothing moved), else the newest.
    pub fn default_for(&self, ratings: &Ratings) -> Option<&Snapshot> {
        let differs = |s: &&Snapshot| {
            let then = |id: &str| s.parts.get(id).and_then(|k| k.level);
            s.parts.keys().any(|id| then(id) != ratings.level(id))
                || ratings.iter().any(|(id, r)| r.level != then(id))
        };
        self.live().rev().find(differs).or_else(|| self.latest())
    }

    /// Keeps `ratings`' levels and targets as a snapshot named `label`,
    /// taken at `now` (later than any other, so each has its own moment).
    pub fn saved(
        &self,
        label: &str,
        ratings: &Ratings,
        now: f64,
    ) -> Result<(Snapshots, f64), SaveRefused> {
        if self.count() >= MAX_SNAPSHOTS {
            return Err(SaveRefused::Full);
        }
        let parts: BTreeMap<String, Kept> = crate::core::map_of(
            ratings
                .iter()
                .filter(|(_, r)| r.level.is_some() || r.target.is_some())
                .map(|(id, r)| {
                    let kept = Kept {
                        level: r.level,
                        target: r.target,
                    };
                    (id.to_owned(), kept)
                }),
        );
        if parts.is_empty() {
            return Err(SaveRefused::Nothing);
        }
        let taken = self.list.iter().fold(now, |t, s| t.max(s.taken + 1.0));
        let mut next = self.clone();
        next.put(Snapshot {
            label: clean_label(label),
            taken,
            edited: taken,
            deleted: false,
            parts,
        });
        Ok((next, taken))
    }

    /// The snapshot `taken` named `label` (a blank name is refused).
    pub fn renamed(&self, taken: f64, label: &str, now: f64) -> Option<Snapshots> {
        let label = clean_label(label);
        let old = self.get(taken)?;
        if label.is_empty() || label == old.label {
            return None;
        }
        let edited = now.max(old.edited + 1.0);
        let mut next = self.clone();
        next.put(Snapshot {
            label,
            edited,
            ..old.clone()
        });
        Some(next)
    }

    /// Without the snapshot `taken` (a tombstone stays for merges).
    pub fn deleted(&self, taken: f64, now: f64) -> Option<Snapshots> {
        let old = self.get(taken)?;
        let edited = now.max(old.edited + 1.0);
        let mut next = self.clone();
        next.put(Snapshot {
            taken,
            edited,
            deleted: true,
            ..Snapshot::default()
        });
        next.trim();
        Some(next)
    }

    /// Merges `other` in, snapshot by snapshot: the later edit wins. `None`
    /// when nothing changes. The order of merging never matters.
    pub fn merged(&self, other: &Snapshots) -> Option<Snapshots> {
        let mut next = self.clone();
        for entry in &other.list {
            next.put(entry.clone());
        }
        next.trim();
        (next != *self).then_some(next)
    }

    /// Puts `entry` in its place by `taken`, unless the entry there wins.
    fn put(&mut self, entry: Snapshot) {
        match (self.list).binary_search_by(|s| s.taken.total_cmp(&entry.taken)) {
            Ok(at) => {
                if entry.wins_over(&self.list[at]) {
                    self.list[at] = entry;
                }
            }
            Err(at) => self.list.insert(at, entry),
        }
    }

    /// Forgets all but the newest [`MAX_TOMBSTONES`] deletions, the oldest
    /// first. (No sort: a sort's code would cost the first load kilobytes.)
    fn trim(&mut self) {
        while self.list.iter().filter(|s| s.deleted).count() > MAX_TOMBSTONES {
            let oldest = (self.list.iter().enumerate())
                .filter(|(_, s)| s.deleted)
                .min_by(|a, b| a.1.edited.total_cmp(&b.1.edited))
                .map(|(index, _)| index);
            match oldest {
                Some(index) => drop(self.list.remove(index)),
                None => break,
            }
        }
    }
}

/// A name on one line, without surrounding space, at most [`LABEL_LIMIT`]
/// characters.
pub fn clean_label(label: &str) -> String {
    let words: Vec<&str> = label.split_whitespace().collect();
    words.join(" ").chars().take(LABEL_LIMIT).collect()
}

/// A part that moved: its id, its level then and its level now.
pub type Move<'a> = (&'a str, u8, u8);

/// What moved between a snapshot and now, over the parts rated both times:
/// the parts that rose (most first) and the parts that fell (most first),
/// each with its level then and now. Ties keep the order of `ids`.
pub fn moved<'a>(
    ids: impl Iterator<Item = &'a str>,
    then: &Snapshot,
    now: &Ratings,
) -> (Vec<Move<'a>>, Vec<Move<'a>>) {
    let both: Vec<(&str, u8, u8)> = ids
        .filter_map(|id| Some((id, then.parts.get(id)?.level?, now.level(id)?)))
        .collect();
    // By the size of the move, most first: each size in turn keeps the
    // order of `ids` (levels run to at most 255, so this is a short walk).
    let by_size = |rising: bool| -> Vec<Move<'a>> {
        let size = |&(_, a, b): &Move| {
            if rising {
                b.saturating_sub(a)
            } else {
                a.saturating_sub(b)
            }
        };
        let largest = both.iter().map(size).max().unwrap_or(0);
        (1..=largest)
            .rev()
            .flat_map(|n| both.iter().copied().filter(move |m| size(m) == n))
            .collect()
    };
    (by_size(true), by_size(false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ratings::Edit;

    fn rated(levels: &[(&str, u8)]) -> Ratings {
        levels.iter().fold(Ratings::new(), |r, (id, level)| {
            r.edit(id, Edit::Level(Some(*level)), 5, 1.0)
                .expect("a change")
        })
    }

    #[test]
    fn a_snapshot_keeps_levels_and_targets_but_not_notes() {
        let ratings = rated(&[("a", 2), ("b", 3)])
            .edit("a", Edit::Target(Some(4)), 5, 2.0)
            .and_then(|r| r.edit("c", Edit::Note("kun en note".into()), 5, 3.0))
            .expect("changes");
        let (snapshots, taken) = Snapshots::default()
            .saved("  Før   MUS 2027 ", &ratings, 1000.0)
            .expect("saved");
        assert_eq!(taken, 1000.0);
        let snapshot = snapshots.get(taken).expect("kept");
        assert_eq!(snapshot.label, "Før MUS 2027");
        assert_eq!(
            snapshot.parts.get("a"),
            Some(&Kept {
                level: Some(2),
                target: Some(4)
            })
        );
        assert!(
            !snapshot.parts.contains_key("c"),
            "a note alone is not kept"
        );
        assert_eq!(snapshot.counts(), (2, 1));
        assert_eq!(
            Snapshots::default().saved("x", &Ratings::new(), 1.0),
            Err(SaveRefused::Nothing)
        );
        // Two saved in the same millisecond each get their own moment.
        let (two, second) = snapshots.saved("igen", &ratings, 1000.0).expect("saved");
        assert_eq!(second, 1001.0);
        assert_eq!(two.count(), 2);
        assert_eq!(two.latest().map(|s| s.label.as_str()), Some("igen"));
    }

    #[test]
    fn at_most_twenty_are_kept() {
        let ratings = rated(&[("a", 2)]);
        let mut snapshots = Snapshots::default();
        for i in 0..MAX_SNAPSHOTS {
            snapshots = snapshots.saved("s", &ratings, i as f64).expect("saved").0;
        }
        assert_eq!(
            snapshots.saved("one more", &ratings, 99.0),
            Err(SaveRefused::Full)
        );
        let first = snapshots.live().next().expect("one").taken;
        let fewer = snapshots.deleted(first, 100.0).expect("deleted");
        assert!(fewer.saved("one more", &ratings, 101.0).is_ok());
    }

    #[test]
    fn merges_keep_every_snapshot_and_the_last_rename_or_deletion() {
        let ratings = rated(&[("a", 2)]);
        let (base, first) = Snapshots::default()
            .saved("1.12.2026", &ratings, 10.0)
            .expect("saved");
        // Two tabs: one saves another snapshot, the other renames the first.
        let (tab_a, second) = base.saved("Efter kurset", &ratings, 20.0).expect("saved");
        let tab_b = base.renamed(first, "Før MUS 2027", 30.0).expect("renamed");
        let ab = tab_a.merged(&tab_b).expect("a change");
        let ba = tab_b.merged(&tab_a).expect("a change");
        assert_eq!(ab, ba, "the order of merging never matters");
        let labels: Vec<&str> = ab.live().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Før MUS 2027", "Efter kurset"]);
        assert_eq!(ab.merged(&tab_a), None, "merging again changes nothing");
        // A deletion in one tab wins over the older copy in the other, and
        // the older copy cannot bring it back.
        let deleted = ab.deleted(second, 40.0).expect("deleted");
        let merged = tab_a.merged(&deleted).expect("a change");
        assert!(merged.get(second).is_none());
        assert_eq!(merged.count(), 1);
        assert_eq!(deleted.merged(&tab_a), None);
        // A rename after the deletion (made before it was seen) loses to a
        // deletion made later, and wins over one made earlier.
        let late_rename = ab.renamed(second, "Nyt navn", 50.0).expect("renamed");
        assert_eq!(
            deleted
                .merged(&late_rename)
                .expect("a change")
                .get(second)
                .map(|s| s.label.as_str()),
            Some("Nyt navn")
        );
    }

    #[test]
    fn two_tabs_ratings_merge_with_every_snapshot() {
        let ratings = rated(&[("a", 2)]);
        let (one, _) = Snapshots::default()
            .saved("tab 1", &ratings, 10.0)
            .expect("saved");
        let (two, _) = Snapshots::default()
            .saved("tab 2", &ratings, 20.0)
            .expect("saved");
        let tab_one = ratings.clone().with_snapshots(one);
        let tab_two = ratings.with_snapshots(two);
        // The union that storage converges on, whichever tab wrote last.
        let union = tab_one.union_to_store(&tab_two).expect("a change");
        assert_eq!(Some(union.clone()), tab_two.merged(&tab_one));
        let labels: Vec<&str> = union.snapshots().live().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["tab 1", "tab 2"]);
        // A reset keeps the snapshots; an import adds its own.
        assert_eq!(union.cleared(99.0).snapshots(), union.snapshots());
        let imported = Ratings::new().imported(&union, 100.0);
        assert_eq!(imported.snapshots(), union.snapshots());
    }

    #[test]
    fn only_the_newest_deletions_are_remembered() {
        let ratings = rated(&[("a", 2)]);
        let mut snapshots = Snapshots::default();
        for i in 0..(MAX_TOMBSTONES + 5) {
            let (saved, taken) = snapshots.saved("s", &ratings, i as f64).expect("saved");
            snapshots = saved.deleted(taken, 1000.0 + i as f64).expect("deleted");
        }
        assert_eq!(snapshots.count(), 0);
        assert_eq!(snapshots.entries().len(), MAX_TOMBSTONES);
        assert!(snapshots.entries().iter().all(|s| s.edited >= 1005.0));
    }

    #[test]
    fn what_moved_lists_the_rises_most_first_and_every_fall() {
        let then_ratings = rated(&[("a", 1), ("b", 3), ("c", 4), ("d", 2)]);
        let (snapshots, taken) = Snapshots::default()
            .saved("før", &then_ratings, 1.0)
            .expect("saved");
        let then = snapshots.get(taken).expect("kept");
        let now = rated(&[("a", 2), ("b", 5), ("c", 3), ("d", 2), ("e", 4)]);
        let (rose, fell) = moved(["a", "b", "c", "d", "e"].into_iter(), then, &now);
        assert_eq!(rose, [("b", 3, 5), ("a", 1, 2)]);
        assert_eq!(fell, [("c", 4, 3)]);
        let compare = then.compare("før");
        assert_eq!(compare.levels.get("a"), Some(&1.0));
        assert_eq!(compare.levels.get("e"), None);
    }
}
