//! (feature `serde`) The ratings as serde sees them, in the JSON the
//! element writes ([`crate::core::stored`]), for Rust apps that keep
//! ratings in their own backend: [`Ratings`] is the document's `ratings`
//! object, [`RatingsDocument`] the whole document. Reading applies the
//! element's rules: levels and targets within 1..=[`MAX_LEVELS`] (or
//! null), notes cut at [`NOTE_LIMIT`] characters, no newer format version.
//!
//! The element's own build leaves this out: serde in the wasm cost the
//! first load 22 KiB gzip.

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::model::MAX_LEVELS;
use crate::core::ratings::{PartRating, Ratings, NOTE_LIMIT};
use crate::core::snapshots::{clean_label, Kept, Snapshot, Snapshots};
use crate::core::stored::{FORMAT, VERSION};

/// A ratings document: what the element's `ratings` property returns and a
/// saved file holds (`{ "format": "competence-wheel-ratings", "version": 1,
/// "wheel": …, "ratings": { … } }`; version 2 with `"snapshots": [ … ]`,
/// which [`Ratings::snapshots`] holds).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RatingsDocument {
    /// The id of the wheel the ratings are for.
    pub wheel: String,
    pub ratings: Ratings,
}

/// One snapshot in a version-2 document, as `stored::encode` writes it.
struct SnapshotEntry<'a>(&'a Snapshot);

impl Serialize for SnapshotEntry<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let snapshot = self.0;
        let mut entry = serializer.serialize_struct("Snapshot", 4)?;
        if !snapshot.deleted {
            entry.serialize_field("label", &snapshot.label)?;
        }
        entry.serialize_field("taken", &whole(snapshot.taken))?;
        entry.serialize_field("edited", &whole(snapshot.edited))?;
        if snapshot.deleted {
            entry.serialize_field("deleted", &true)?;
        } else {
            let parts: BTreeMap<&str, RawKept> = (snapshot.parts.iter())
                .map(|(id, kept)| {
                    let raw = RawKept {
                        level: kept.level,
                        target: kept.target,
                    };
                    (id.as_str(), raw)
                })
                .collect();
            entry.serialize_field("ratings", &parts)?;
        }
        entry.end()
    }
}

/// A time in milliseconds as the element writes it: a whole number when it is one.
fn whole(ms: f64) -> serde_json_number::Number {
    if ms.fract() == 0.0 && (0.0..9.0e15).contains(&ms) {
        serde_json_number::Number::Whole(ms as u64)
    } else {
        serde_json_number::Number::Float(ms)
    }
}

mod serde_json_number {
    /// A number written whole when it is whole.
    pub enum Number {
        Whole(u64),
        Float(f64),
    }

    impl serde::Serialize for Number {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match *self {
                Number::Whole(n) => serializer.serialize_u64(n),
                Number::Float(n) => serializer.serialize_f64(n),
            }
        }
    }
}

/// A part's level and target in a snapshot.
#[derive(Serialize, Deserialize)]
struct RawKept {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    target: Option<u8>,
}

#[derive(Deserialize)]
struct RawSnapshot {
    #[serde(default)]
    label: String,
    taken: f64,
    #[serde(default)]
    edited: Option<f64>,
    #[serde(default)]
    deleted: bool,
    #[serde(default)]
    ratings: BTreeMap<String, RawKept>,
}

impl Serialize for PartRating {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = 1
            + usize::from(self.level.is_some())
            + usize::from(self.target.is_some())
            + usize::from(!self.note.is_empty());
        let mut part = serializer.serialize_struct("PartRating", fields)?;
        if let Some(level) = self.level {
            part.serialize_field("level", &level)?;
        }
        if let Some(target) = self.target {
            part.serialize_field("target", &target)?;
        }
        if !self.note.is_empty() {
            part.serialize_field("note", &self.note)?;
        }
        // Milliseconds are whole numbers, written as the element writes them
        // (1732000000000, not 1732000000000.0).
        let whole = self.updated.fract() == 0.0 && (0.0..9.0e15).contains(&self.updated);
        if whole {
            part.serialize_field("updated", &(self.updated as u64))?;
        } else {
            part.serialize_field("updated", &self.updated)?;
        }
        part.end()
    }
}

/// One part's entry as read, before the element's rules are applied.
#[derive(Deserialize)]
struct RawPart {
    #[serde(default)]
    level: Option<u8>,
    #[serde(default)]
    target: Option<u8>,
    #[serde(default)]
    note: String,
    #[serde(default)]
    updated: f64,
}

impl<'de> Deserialize<'de> for PartRating {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawPart::deserialize(deserializer)?;
        for (name, level) in [("level", raw.level), ("target", raw.target)] {
            if level.is_some_and(|l| l == 0 || l > MAX_LEVELS) {
                return Err(D::Error::custom(format!(
                    "{name} {} is outside 1..={MAX_LEVELS}",
                    level.unwrap_or_default()
                )));
            }
        }
        Ok(PartRating {
            level: raw.level,
            target: raw.target,
            note: raw.note.chars().take(NOTE_LIMIT).collect(),
            updated: raw.updated,
        })
    }
}

impl Serialize for Ratings {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let parts: Vec<(&str, &PartRating)> = self.iter().collect();
        let mut map = serializer.serialize_map(Some(parts.len()))?;
        for (id, rating) in parts {
            map.serialize_entry(id, rating)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Ratings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let parts = BTreeMap::<String, PartRating>::deserialize(deserializer)?;
        Ok(Ratings::from_parts(parts))
    }
}

impl Serialize for RatingsDocument {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let snapshots = self.ratings.snapshots().entries();
        let mut document = serializer.serialize_struct("RatingsDocument", 5)?;
        document.serialize_field("format", FORMAT)?;
        // Version 1 while there are no snapshots, as `stored::encode` writes.
        let version: u32 = if snapshots.is_empty() { 1 } else { VERSION };
        document.serialize_field("version", &version)?;
        document.serialize_field("wheel", &self.wheel)?;
        document.serialize_field("ratings", &self.ratings)?;
        if !snapshots.is_empty() {
            let entries: Vec<SnapshotEntry> = snapshots.iter().map(SnapshotEntry).collect();
            document.serialize_field("snapshots", &entries)?;
        }
        document.end()
    }
}

#[derive(Deserialize)]
struct RawDocument {
    #[serde(default)]
    format: Option<String>,
    version: u32,
    wheel: String,
    ratings: Ratings,
    #[serde(default)]
    snapshots: Vec<RawSnapshot>,
}

impl<'de> Deserialize<'de> for RatingsDocument {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawDocument::deserialize(deserializer)?;
        if raw.version > VERSION {
            return Err(D::Error::custom(format!(
                "written by a newer version (format version {})",
                raw.version
            )));
        }
        if raw.format.as_deref().is_some_and(|f| f != FORMAT) {
            return Err(D::Error::custom(format!("not a {FORMAT} document")));
        }
        let mut snapshots = Vec::new();
        for raw in raw.snapshots {
            let mut parts = BTreeMap::new();
            for (id, kept) in raw.ratings {
                for (name, level) in [("level", kept.level), ("target", kept.target)] {
                    if level.is_some_and(|l| l == 0 || l > MAX_LEVELS) {
                        return Err(D::Error::custom(format!(
                            "{name} {} is outside 1..={MAX_LEVELS}",
                            level.unwrap_or_default()
                        )));
                    }
                }
                let kept = Kept {
                    level: kept.level,
                    target: kept.target,
                };
                if !raw.deleted && kept != Kept::default() {
                    parts.insert(id, kept);
                }
            }
            snapshots.push(Snapshot {
                label: clean_label(&raw.label),
                taken: raw.taken,
                edited: raw.edited.unwrap_or(raw.taken),
                deleted: raw.deleted,
                parts,
            });
        }
        Ok(RatingsDocument {
            wheel: raw.wheel,
            ratings: raw
                .ratings
                .with_snapshots(Snapshots::from_entries(snapshots)),
        })
    }
}
