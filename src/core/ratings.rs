//! A person's self-ratings: a level, an optional target and a short note per
//! part, keyed by part id.
//!
//! Ratings are keyed by id, not position, so ratings for parts that the
//! current wheel does not have are kept (a wheel file may drop a part and
//! bring it back). Every change stamps the part with the time it was made, so
//! two copies (two tabs, two widgets) merge part by part, newest first, and
//! no part's rating is lost to another part's change.

use std::collections::BTreeMap;

use crate::core::model::{SegmentId, Wheel};
use crate::core::snapshots::Snapshots;

/// The longest note kept, in characters.
pub const NOTE_LIMIT: usize = 500;

/// One part's rating. Levels run from 1 to the wheel's level count.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PartRating {
    pub level: Option<u8>,
    pub target: Option<u8>,
    pub note: String,
    /// When this part last changed, in milliseconds since 1970.
    pub updated: f64,
}

impl PartRating {
    /// Whether the rating holds nothing worth keeping.
    pub fn is_empty(&self) -> bool {
        self.level.is_none() && self.target.is_none() && self.note.is_empty()
    }
}

/// All of one person's ratings for one wheel, and their snapshots.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ratings {
    parts: BTreeMap<String, PartRating>,
    snapshots: Snapshots,
}

/// What a part's rating holds, to order two entries made at the same time.
fn contents(rating: &PartRating) -> (Option<u8>, Option<u8>, &str) {
    (rating.level, rating.target, &rating.note)
}

/// Which field of a part's rating an edit changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Level(Option<u8>),
    Target(Option<u8>),
    Note(String),
}

impl Ratings {
    pub fn new() -> Ratings {
        Ratings::default()
    }

    /// Builds ratings from stored entries; a cleared entry (a reset part) is
    /// kept, since its time stamp still has to win a merge.
    pub fn from_parts(parts: impl IntoIterator<Item = (String, PartRating)>) -> Ratings {
        Ratings {
            parts: crate::core::map_of(parts),
            snapshots: Snapshots::default(),
        }
    }

    /// The same ratings with `snapshots`.
    pub fn with_snapshots(self, snapshots: Snapshots) -> Ratings {
        Ratings { snapshots, ..self }
    }

    pub fn snapshots(&self) -> &Snapshots {
        &self.snapshots
    }

    pub fn get(&self, id: &str) -> Option<&PartRating> {
        self.parts.get(id)
    }

    pub fn level(&self, id: &str) -> Option<u8> {
        self.get(id).and_then(|r| r.level)
    }

    /// Every stored entry, by id (including ids the current wheel lacks).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &PartRating)> {
        self.parts.iter().map(|(id, r)| (id.as_str(), r))
    }

    /// Whether no part has a level, target or note.
    pub fn is_empty(&self) -> bool {
        self.parts.values().all(PartRating::is_empty)
    }

    /// Applies `edit` to part `id` at time `now`. Returns `None` when nothing
    /// changes, so callers can skip a re-render and a write. Levels above
    /// `max_level` or 0 are refused, and notes are cut to [`NOTE_LIMIT`].
    pub fn edit(&self, id: &str, edit: Edit, max_level: u8, now: f64) -> Option<Ratings> {
        let valid = |level: Option<u8>| level.is_none_or(|l| (1..=max_level).contains(&l));
        let current = self.parts.get(id).cloned().unwrap_or_default();
        let mut next = current.clone();
        match edit {
            Edit::Level(level) if valid(level) => next.level = level,
            Edit::Target(target) if valid(target) => next.target = target,
            Edit::Note(note) => next.note = note.chars().take(NOTE_LIMIT).collect(),
            _ => return None,
        }
        if next.level == current.level && next.target == current.target && next.note == current.note
        {
            return None;
        }
        // Keep time moving forward even if the clock steps back.
        next.updated = now.max(current.updated + 1.0);
        let mut ratings = self.clone();
        ratings.parts.insert(id.to_owned(), next);
        Some(ratings)
    }

    /// Clears every part at time `now` (kept as cleared entries so that the
    /// reset wins over older copies in other tabs). Snapshots stay: they are
    /// deleted one by one.
    pub fn cleared(&self, now: f64) -> Ratings {
        Ratings {
            snapshots: self.snapshots.clone(),
            parts: self
                .parts
                .iter()
                .map(|(id, r)| {
                    let updated = now.max(r.updated + 1.0);
                    (
                        id.clone(),
                        PartRating {
                            updated,
                            ..PartRating::default()
                        },
                    )
                })
                .collect(),
        }
    }

    /// Merges `other` into these ratings part by part: the newer entry wins.
    /// Returns `None` when `other` changes nothing.
    ///
    /// The order of merging never matters (two entries made in the same
    /// millisecond are ordered by their contents), so copies that have seen
    /// the same entries hold the same ratings, whatever order they saw them in.
    pub fn merged(&self, other: &Ratings) -> Option<Ratings> {
        let mut merged = self.clone();
        let mut changed = false;
        for (id, theirs) in &other.parts {
            let newer = merged.parts.get(id).is_none_or(|ours| {
                theirs.updated > ours.updated
                    || (theirs.updated == ours.updated && contents(theirs) > contents(ours))
            });
            if newer {
                merged.parts.insert(id.clone(), theirs.clone());
                changed = true;
            }
        }
        if let Some(snapshots) = merged.snapshots.merged(&other.snapshots) {
            merged.snapshots = snapshots;
            changed = true;
        }
        changed.then_some(merged)
    }

    /// What to store after another copy stored `theirs`: the union, when
    /// these ratings have an entry newer than, or missing from, `theirs` (it
    /// was written without it, and may be what storage holds now).
    pub fn union_to_store(&self, theirs: &Ratings) -> Option<Ratings> {
        theirs.merged(self)
    }

    /// Replaces the parts that `imported` has, keeping the rest: an import
    /// wins over what is here, stamped at `now`. Its snapshots are merged in.
    pub fn imported(&self, imported: &Ratings, now: f64) -> Ratings {
        let mut result = self.clone();
        if let Some(snapshots) = result.snapshots.merged(&imported.snapshots) {
            result.snapshots = snapshots;
        }
        for (id, rating) in &imported.parts {
            let updated = now.max(self.parts.get(id).map_or(0.0, |r| r.updated + 1.0));
            result.parts.insert(
                id.clone(),
                PartRating {
                    updated,
                    ..rating.clone()
                },
            );
        }
        result
    }

    /// Progress and averages over `wheel`'s parts.
    pub fn summary(&self, wheel: &Wheel) -> Summary {
        let levels = |ids: &mut dyn Iterator<Item = &str>| -> Vec<u8> {
            ids.filter_map(|id| self.level(id)).collect()
        };
        let all: Vec<u8> = levels(&mut wheel.parts().map(|(_, p)| p.id.as_str()));
        Summary {
            rated: all.len(),
            total: wheel.part_count(),
            average: average(&all),
            dimensions: wheel
                .dimensions
                .iter()
                .map(|d| average(&levels(&mut d.parts.iter().map(|p| p.id.as_str()))))
                .collect(),
        }
    }

    /// The profile's strengths and parts to develop. Strengths are the parts
    /// rated highest above the person's own average (of their levels),
    /// whether or not they have a target: a target says where someone wants
    /// to go, not that they are weak there. Parts to develop are the largest
    /// gaps to a target, then the lowest levels below the average; a part
    /// named a strength is never also one to develop. With fewer than
    /// [`MIN_FOR_HIGHLIGHTS`] rated parts there is no average worth the name.
    pub fn highlights(&self, wheel: &Wheel, n: usize) -> Highlights {
        let rated: Vec<(SegmentId, u8, Option<u8>)> = parts(wheel)
            .filter_map(|(segment, id)| {
                let rating = self.get(id)?;
                Some((segment, rating.level?, rating.target))
            })
            .collect();
        if rated.len() < MIN_FOR_HIGHLIGHTS {
            return Highlights::TooFew {
                rated: rated.len(),
                needed: MIN_FOR_HIGHLIGHTS,
            };
        }
        // Compare level × count with the sum: the average without floats.
        let count = rated.len() as u32;
        let sum: u32 = rated.iter().map(|&(_, level, _)| u32::from(level)).sum();
        let above = |level: u8| u32::from(level) * count > sum;
        let below = |level: u8| u32::from(level) * count < sum;
        let gap = |level: u8, target: Option<u8>| {
            target.map_or(0, |t| i16::from(t) - i16::from(level)).max(0)
        };

        // Highest level first; among equal levels, wheel order.
        let mut strengths: Vec<(SegmentId, u8)> = rated
            .iter()
            .filter(|&&(_, level, _)| above(level))
            .map(|&(segment, level, _)| (segment, level))
            .collect();
        strengths.sort_by_key(|&(_, level)| std::cmp::Reverse(level));
        let strengths: Vec<SegmentId> = strengths.into_iter().take(n).map(|(s, _)| s).collect();
        let mut develop: Vec<(SegmentId, i16, u8)> = rated
            .iter()
            .filter(|&&(segment, level, target)| {
                !strengths.contains(&segment) && (below(level) || gap(level, target) > 0)
            })
            .map(|&(segment, level, target)| (segment, gap(level, target), level))
            .collect();
        // Largest gap first; among equal gaps, the lowest level; then wheel order.
        develop.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        Highlights::Listed {
            strengths,
            to_develop: develop.into_iter().take(n).map(|(s, ..)| s).collect(),
        }
    }
}

/// How many rated parts the profile needs before it names strengths and
/// parts to develop.
pub const MIN_FOR_HIGHLIGHTS: usize = 3;

/// What the profile says about strengths and parts to develop.
#[derive(Clone, Debug, PartialEq)]
pub enum Highlights {
    /// Too few parts are rated to compare them with each other.
    TooFew { rated: usize, needed: usize },
    /// Disjoint lists, each at most `n` long; either may be empty (all
    /// levels equal and no target above them).
    Listed {
        strengths: Vec<SegmentId>,
        to_develop: Vec<SegmentId>,
    },
}

/// Progress and averages for the hub and the profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub rated: usize,
    pub total: usize,
    pub average: Option<f64>,
    /// The average level of each dimension's rated parts.
    pub dimensions: Vec<Option<f64>>,
}

fn parts(wheel: &Wheel) -> impl Iterator<Item = (SegmentId, &str)> {
    wheel
        .parts()
        .map(|(segment, part)| (segment, part.id.as_str()))
}

fn average(levels: &[u8]) -> Option<f64> {
    (!levels.is_empty())
        .then(|| levels.iter().map(|&l| f64::from(l)).sum::<f64>() / levels.len() as f64)
}

/// Formats a non-negative number with one decimal (half up) and a decimal
/// comma or point. Integer arithmetic keeps float formatting out of the wasm.
pub fn one_decimal(value: f64, comma: bool) -> String {
    let tenths = (value.max(0.0) * 10.0 + 0.5) as u64;
    let separator = if comma { ',' } else { '.' };
    format!("{}{separator}{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use SegmentId::Part;

    fn rate(ratings: &Ratings, id: &str, edit: Edit, now: f64) -> Ratings {
        ratings.edit(id, edit, 5, now).expect("a change")
    }

    fn levels(pairs: &[(&str, u8)]) -> Ratings {
        pairs
            .iter()
            .enumerate()
            .fold(Ratings::new(), |r, (i, &(id, level))| {
                rate(&r, id, Edit::Level(Some(level)), i as f64 + 1.0)
            })
    }

    #[test]
    fn edits_stamp_the_part_and_refuse_bad_levels() {
        let r = rate(&Ratings::new(), "a", Edit::Level(Some(3)), 100.0);
        assert_eq!(r.get("a").unwrap().level, Some(3));
        assert_eq!(r.get("a").unwrap().updated, 100.0);
        assert_eq!(
            r.edit("a", Edit::Level(Some(3)), 5, 200.0),
            None,
            "no change"
        );
        assert_eq!(
            r.edit("a", Edit::Level(Some(6)), 5, 200.0),
            None,
            "above the scale"
        );
        assert_eq!(r.edit("a", Edit::Target(Some(0)), 5, 200.0), None, "zero");
        // A clock that steps back still moves the stamp forward.
        let r = rate(&r, "a", Edit::Target(Some(5)), 50.0);
        assert_eq!(r.get("a").unwrap().updated, 101.0);
    }

    #[test]
    fn notes_are_cut_at_the_limit_in_characters() {
        let long: String = "æ".repeat(NOTE_LIMIT + 20);
        let r = rate(&Ratings::new(), "a", Edit::Note(long), 1.0);
        assert_eq!(r.get("a").unwrap().note.chars().count(), NOTE_LIMIT);
    }

    #[test]
    fn merging_keeps_the_newest_of_each_part() {
        let base = levels(&[("a", 1), ("b", 1)]);
        let tab_one = rate(&base, "a", Edit::Level(Some(4)), 10.0);
        let tab_two = rate(&base, "b", Edit::Level(Some(5)), 11.0);
        let merged = tab_one.merged(&tab_two).unwrap();
        assert_eq!(merged.level("a"), Some(4), "tab one's change survives");
        assert_eq!(merged.level("b"), Some(5), "tab two's change arrives");
        // Merging the same thing again changes nothing.
        assert_eq!(merged.merged(&tab_two), None);
        // An older copy loses.
        let older = rate(&base, "a", Edit::Level(Some(2)), 5.0);
        assert_eq!(merged.merged(&older), None);
    }

    #[test]
    fn merging_in_any_order_gives_the_same_ratings() {
        let base = levels(&[("a", 1), ("b", 1)]);
        let copies = [
            rate(&base, "a", Edit::Level(Some(4)), 10.0),
            rate(&base, "b", Edit::Level(Some(5)), 10.0),
            // The same part in the same millisecond, with another level.
            rate(&base, "a", Edit::Level(Some(2)), 10.0),
            rate(&base, "c", Edit::Note("ny".into()), 12.0),
            base.cleared(11.0),
        ];
        let merge = |a: &Ratings, b: &Ratings| a.merged(b).unwrap_or_else(|| a.clone());
        for x in &copies {
            assert_eq!(
                merge(x, x),
                *x,
                "merging a copy with itself changes nothing"
            );
            for y in &copies {
                assert_eq!(merge(x, y), merge(y, x), "order of two copies");
                for z in &copies {
                    assert_eq!(
                        merge(&merge(x, y), z),
                        merge(x, &merge(y, z)),
                        "grouping of three copies"
                    );
                }
            }
        }
    }

    /// A tiny random source, so every schedule can be replayed from its seed.
    struct Dice(u64);

    impl Dice {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    /// One browser tab: its ratings, the documents other tabs stored that
    /// it has not heard of yet (`storage` events), and a write under way.
    #[derive(Default)]
    struct Tab {
        ratings: Ratings,
        events: std::collections::VecDeque<Ratings>,
        /// What this tab read from storage for a write it has not made yet:
        /// localStorage gives no lock between tabs, so another tab may
        /// write between the two.
        reading: Option<Ratings>,
        /// Parts still to rate, in order.
        script: Vec<&'static str>,
    }

    /// Five tabs each rate two parts at the same moments while storage
    /// events arrive late and in any order, and any tab's read and write
    /// may have another tab's write between them. Once every event is
    /// delivered, storage and every tab hold all ten ratings.
    #[test]
    fn tabs_that_write_at_once_converge_on_every_rating() {
        const PARTS: [&str; 10] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
        for seed in 1..=300_u64 {
            let mut dice = Dice(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
            let mut storage = Ratings::new();
            let mut tabs: Vec<Tab> = (0..5)
                .map(|t| Tab {
                    script: vec![PARTS[t], PARTS[t + 5]],
                    ..Tab::default()
                })
                .collect();
            // A write: storage as read, merged with the tab's ratings.
            let write = |storage: &mut Ratings, tabs: &mut Vec<Tab>, t: usize| {
                let read = tabs[t].reading.take().expect("a read first");
                let union = tabs[t]
                    .ratings
                    .merged(&read)
                    .unwrap_or_else(|| tabs[t].ratings.clone());
                tabs[t].ratings = union.clone();
                if *storage != union {
                    *storage = union.clone();
                    for (other, tab) in tabs.iter_mut().enumerate() {
                        if other != t {
                            tab.events.push_back(union.clone());
                        }
                    }
                }
            };
            let mut clock = 1000.0;
            loop {
                let mut moves = Vec::new();
                for (t, tab) in tabs.iter().enumerate() {
                    if tab.reading.is_some() {
                        moves.push((t, 0)); // finish the write
                    } else if !tab.script.is_empty() {
                        moves.push((t, 1)); // rate the next part and read
                    }
                    if !tab.events.is_empty() && tab.reading.is_none() {
                        moves.push((t, 2)); // hear of another tab's write
                    }
                }
                if moves.is_empty() {
                    break;
                }
                let (t, kind) = moves[dice.below(moves.len())];
                match kind {
                    0 => write(&mut storage, &mut tabs, t),
                    1 => {
                        let part = tabs[t].script.remove(0);
                        // Tabs rate at the same moments: ties in time happen.
                        clock += dice.below(2) as f64;
                        tabs[t].ratings = rate(&tabs[t].ratings, part, Edit::Level(Some(3)), clock);
                        tabs[t].reading = Some(storage.clone());
                    }
                    _ => {
                        let theirs = tabs[t].events.pop_front().expect("an event");
                        let union = tabs[t].ratings.union_to_store(&theirs);
                        tabs[t].ratings = tabs[t]
                            .ratings
                            .merged(&theirs)
                            .unwrap_or_else(|| tabs[t].ratings.clone());
                        if union.is_some() {
                            tabs[t].reading = Some(storage.clone());
                        }
                    }
                }
            }
            let rated = |r: &Ratings| PARTS.iter().filter(|p| r.level(p) == Some(3)).count();
            assert_eq!(rated(&storage), 10, "seed {seed}: storage lost a rating");
            for tab in &tabs {
                assert_eq!(rated(&tab.ratings), 10, "seed {seed}: a tab lacks a rating");
                assert_eq!(tab.ratings, storage, "seed {seed}: the copies differ");
            }
        }
    }

    #[test]
    fn a_reset_wins_over_older_copies() {
        let r = levels(&[("a", 3)]);
        let reset = r.cleared(100.0);
        assert!(reset.is_empty());
        assert_eq!(r.merged(&reset).unwrap().level("a"), None);
        assert_eq!(reset.merged(&r), None);
    }

    #[test]
    fn import_replaces_only_the_parts_it_has() {
        let here = levels(&[("a", 1), ("b", 2)]);
        let file = Ratings::from_parts([(
            "b".to_owned(),
            PartRating {
                level: Some(5),
                ..Default::default()
            },
        )]);
        let result = here.imported(&file, 50.0);
        assert_eq!(result.level("a"), Some(1));
        assert_eq!(result.level("b"), Some(5));
        assert_eq!(result.get("b").unwrap().updated, 50.0);
    }

    #[test]
    fn unknown_ids_are_kept_but_not_counted() {
        let wheel = Wheel::builtin();
        let r = levels(&[
            ("brugerkompetencer", 2),
            ("gone-part", 5),
            ("innovation", 4),
        ]);
        assert!(r.get("gone-part").is_some());
        let summary = r.summary(&wheel);
        assert_eq!((summary.rated, summary.total), (2, 12));
        assert_eq!(summary.average, Some(3.0));
        assert_eq!(summary.dimensions, [Some(2.0), None, None, Some(4.0)]);
    }

    fn listed(h: Highlights) -> (Vec<SegmentId>, Vec<SegmentId>) {
        match h {
            Highlights::Listed {
                strengths,
                to_develop,
            } => (strengths, to_develop),
            other => panic!("expected lists, got {other:?}"),
        }
    }

    #[test]
    fn too_few_ratings_name_no_strengths() {
        let wheel = Wheel::builtin();
        for pairs in [
            &[][..],
            &[("brugerkompetencer", 1)],
            &[("brugerkompetencer", 5), ("udvikling", 1)],
        ] {
            assert_eq!(
                levels(pairs).highlights(&wheel, 3),
                Highlights::TooFew {
                    rated: pairs.len(),
                    needed: MIN_FOR_HIGHLIGHTS
                }
            );
        }
    }

    #[test]
    fn three_ratings_split_around_their_middle() {
        let wheel = Wheel::builtin();
        // The testers' case: three rated parts, one of them at level 1.
        let r = levels(&[
            ("brugerkompetencer", 1),
            ("dataanvendelse", 3),
            ("datasikkerhed", 4),
        ]);
        let (strengths, develop) = listed(r.highlights(&wheel, 3));
        // Middle 8/3: 3 and 4 are above it, 1 below.
        assert_eq!(strengths, [Part(0, 2), Part(0, 1)]);
        assert_eq!(develop, [Part(0, 0)]);
    }

    #[test]
    fn equal_levels_are_neither_unless_a_target_is_above() {
        let wheel = Wheel::builtin();
        let r = levels(&[
            ("brugerkompetencer", 3),
            ("dataanvendelse", 3),
            ("innovation", 3),
        ]);
        assert_eq!(listed(r.highlights(&wheel, 3)), (vec![], vec![]));
        let r = rate(&r, "innovation", Edit::Target(Some(4)), 100.0);
        assert_eq!(listed(r.highlights(&wheel, 3)), (vec![], vec![Part(3, 2)]));
        // Ties on level: wheel order.
        let r = levels(&[
            ("brugerkompetencer", 5),
            ("dataanvendelse", 1),
            ("innovation", 5),
            ("udvikling", 1),
        ]);
        assert_eq!(
            listed(r.highlights(&wheel, 3)),
            (vec![Part(0, 0), Part(3, 2)], vec![Part(0, 1), Part(3, 1)])
        );
    }

    #[test]
    fn twelve_ratings_give_disjoint_top_threes() {
        let wheel = Wheel::builtin();
        let ids: Vec<String> = wheel.parts().map(|(_, p)| p.id.clone()).collect();
        let pairs: Vec<(&str, u8)> = ids
            .iter()
            .zip([5, 2, 4, 1, 3, 3, 4, 2, 5, 1, 3, 4])
            .map(|(id, l)| (id.as_str(), l))
            .collect();
        let mut r = levels(&pairs);
        // A target above a high level does not take it off the strengths.
        r = rate(&r, &ids[2], Edit::Target(Some(5)), 100.0);
        let (strengths, develop) = listed(r.highlights(&wheel, 3));
        assert_eq!(strengths, [Part(0, 0), Part(2, 2), Part(0, 2)]);
        // ids[2] is a strength, so not also one to develop: the lowest
        // levels, in wheel order.
        assert_eq!(develop, [Part(1, 0), Part(3, 0), Part(0, 1)]);
        assert!(strengths.iter().all(|s| !develop.contains(s)));
        for s in &strengths {
            assert!(
                r.level(wheel.id_of(*s)).unwrap() > 3,
                "above the middle 37/12"
            );
        }
    }

    #[test]
    fn a_target_on_every_part_still_names_strengths() {
        // The profile: twelve parts, average 2.5, six at 3–4, and a
        // target on every one (each a level or two above).
        let wheel = Wheel::builtin();
        let ids: Vec<String> = wheel.parts().map(|(_, p)| p.id.clone()).collect();
        let levels_ = [3, 1, 4, 2, 3, 1, 4, 2, 3, 1, 4, 2];
        let targets = [4, 3, 5, 4, 4, 2, 5, 3, 5, 3, 5, 4];
        let mut r = levels(
            &ids.iter()
                .zip(levels_)
                .map(|(id, l)| (id.as_str(), l))
                .collect::<Vec<_>>(),
        );
        for (id, target) in ids.iter().zip(targets) {
            r = rate(&r, id, Edit::Target(Some(target)), 200.0);
        }
        assert_eq!(r.summary(&wheel).average, Some(2.5));
        let (strengths, develop) = listed(r.highlights(&wheel, 3));
        // The three 4s, in wheel order.
        assert_eq!(strengths, [Part(0, 2), Part(2, 0), Part(3, 1)]);
        // Gaps of 2 (ids 1, 3, 8, 9, 11): lowest level first, then wheel order.
        assert_eq!(develop, [Part(0, 1), Part(3, 0), Part(1, 0)]);
    }

    #[test]
    fn every_combination_of_targets_keeps_the_rules() {
        // Four rated parts (average 3) and, on each, no target, a target at
        // its level, or one above it: all 3^4 combinations.
        let wheel = Wheel::builtin();
        let ids = [
            "brugerkompetencer",
            "dataanvendelse",
            "datasikkerhed",
            "innovation",
        ];
        let base = [1u8, 2, 4, 5];
        let segment = |i: usize| wheel.find(ids[i]).unwrap();
        for combination in 0..81u32 {
            let mut r = levels(&ids.iter().copied().zip(base).collect::<Vec<_>>());
            let mut gaps = [0u8; 4];
            for (i, id) in ids.iter().enumerate() {
                let choice = combination / 3u32.pow(i as u32) % 3;
                let target = match choice {
                    0 => None,
                    1 => Some(base[i]),
                    _ => Some((base[i] + 1 + i as u8 % 2).min(5)),
                };
                gaps[i] = target.map_or(0, |t| t - base[i]);
                if target.is_some() {
                    r = rate(&r, id, Edit::Target(target), 100.0);
                }
            }
            let (strengths, develop) = listed(r.highlights(&wheel, 3));
            // Strengths never depend on targets: the 5, then the 4.
            assert_eq!(
                strengths,
                [segment(3), segment(2)],
                "{combination}: {gaps:?}"
            );
            assert!(
                strengths.iter().all(|s| !develop.contains(s)),
                "{combination}"
            );
            // Parts to develop: the two below the average always; first by
            // gap, then by level.
            let mut expected: Vec<usize> = vec![0, 1];
            expected.sort_by(|&a, &b| gaps[b].cmp(&gaps[a]).then(base[a].cmp(&base[b])));
            assert_eq!(
                develop,
                expected.into_iter().map(segment).collect::<Vec<_>>(),
                "{combination}: {gaps:?}"
            );
        }
        // Fewer strengths asked for than there are: a strong part with a gap
        // left over is one to develop, listed by its gap.
        let r = levels(&[
            ("brugerkompetencer", 1),
            ("dataanvendelse", 4),
            ("datasikkerhed", 5),
            ("innovation", 4),
        ]);
        let r = rate(&r, "innovation", Edit::Target(Some(5)), 100.0);
        let (strengths, develop) = listed(r.highlights(&wheel, 2));
        assert_eq!(strengths, [Part(0, 2), Part(0, 1)]);
        assert_eq!(develop, [Part(3, 2), Part(0, 0)]);
    }

    #[test]
    fn one_decimal_uses_the_languages_separator() {
        assert_eq!(one_decimal(3.25, true), "3,3");
        assert_eq!(one_decimal(3.0, false), "3.0");
        assert_eq!(one_decimal(11.0 / 3.0, true), "3,7");
        assert_eq!(one_decimal(4.96, false), "5.0");
    }
}
