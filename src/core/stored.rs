//! The stored and exported form of ratings: a versioned JSON document.
//!
//! This is a compatibility boundary, so it has its own serde types, separate
//! from [`crate::core::ratings`]. Version 1 looks like this:
//!
//! ```json
//! { "format": "competence-wheel-ratings", "version": 1, "wheel": "kl-medarbejder",
//!   "ratings": { "brugerkompetencer": { "level": 3, "target": 4, "note": "…", "updated": 1732000000000 } } }
//! ```
//!
//! [`decode`] also accepts the simplest form an intranet might write through
//! the element's `ratings` property or a hand-made file — a bare map of part
//! id to level, `{ "brugerkompetencer": 3 }` — and migrates it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::core::model::MAX_LEVELS;
use crate::core::ratings::{PartRating, Ratings, NOTE_LIMIT};

/// The version [`encode`] writes.
pub const VERSION: u32 = 1;
const FORMAT: &str = "competence-wheel-ratings";

/// Why a stored or imported document could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("not valid JSON at line {line}, column {column}")]
    Syntax { line: usize, column: usize },
    #[error("not a ratings document: {0}")]
    Shape(String),
    #[error("written by a newer version (format version {0})")]
    FutureVersion(u32),
    #[error("the ratings are for another wheel ({0})")]
    OtherWheel(String),
    /// Readable, but without a single rating for a part of this wheel
    /// (`{"hello": 1}`); [`decode`] itself never returns it.
    #[error("no ratings for this wheel's parts")]
    NothingForThisWheel,
    /// The browser could not read the chosen file at all (it was moved,
    /// or access was refused); [`decode`] itself never returns it.
    #[error("the file could not be read")]
    Unreadable,
}

#[derive(Serialize, Deserialize)]
struct DocumentV1 {
    #[serde(default)]
    format: String,
    version: u32,
    wheel: String,
    ratings: BTreeMap<String, PartV1>,
}

#[derive(Serialize, Deserialize)]
struct PartV1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    target: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
    #[serde(default)]
    updated: f64,
}

/// Writes `ratings` for the wheel `wheel_id` as a version-1 document.
pub fn encode(wheel_id: &str, ratings: &Ratings) -> String {
    let document = DocumentV1 {
        format: FORMAT.to_owned(),
        version: VERSION,
        wheel: wheel_id.to_owned(),
        ratings: ratings
            .iter()
            .map(|(id, r)| {
                (
                    id.to_owned(),
                    PartV1 {
                        level: r.level,
                        target: r.target,
                        note: r.note.clone(),
                        updated: r.updated,
                    },
                )
            })
            .collect(),
    };
    serde_json::to_string(&document).expect("a ratings document always serialises")
}

/// Reads a document written by [`encode`] (or a bare id → level map) for the
/// wheel `wheel_id`. Levels outside 1..=[`MAX_LEVELS`] are refused.
pub fn decode(text: &str, wheel_id: &str) -> Result<Ratings, DecodeError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|err| DecodeError::Syntax {
            line: err.line(),
            column: err.column(),
        })?;
    let object = value
        .as_object()
        .ok_or_else(|| DecodeError::Shape("the document is not a JSON object".into()))?;
    match object.get("version") {
        None => decode_level_map(object),
        Some(version) => {
            let version = version
                .as_u64()
                .ok_or_else(|| DecodeError::Shape("\"version\" is not a whole number".into()))?;
            if version > u64::from(VERSION) {
                return Err(DecodeError::FutureVersion(
                    u32::try_from(version).unwrap_or(u32::MAX),
                ));
            }
            let document: DocumentV1 =
                serde_json::from_value(value).map_err(|err| DecodeError::Shape(err.to_string()))?;
            if document.wheel != wheel_id {
                return Err(DecodeError::OtherWheel(document.wheel));
            }
            let parts = document
                .ratings
                .into_iter()
                .map(|(id, part)| {
                    check_level(&id, part.level)?;
                    check_level(&id, part.target)?;
                    let rating = PartRating {
                        level: part.level,
                        target: part.target,
                        note: part.note.chars().take(NOTE_LIMIT).collect(),
                        updated: part.updated,
                    };
                    Ok((id, rating))
                })
                .collect::<Result<Vec<_>, DecodeError>>()?;
            Ok(Ratings::from_parts(parts))
        }
    }
}

fn decode_level_map(
    object: &serde_json::Map<String, serde_json::Value>,
) -> Result<Ratings, DecodeError> {
    let parts = object
        .iter()
        .map(|(id, value)| {
            let level = match value {
                serde_json::Value::Null => None,
                value => Some(
                    value
                        .as_u64()
                        .and_then(|l| u8::try_from(l).ok())
                        .ok_or_else(|| {
                            DecodeError::Shape(format!("the level of {id:?} is not a whole number"))
                        })?,
                ),
            };
            check_level(id, level)?;
            Ok((
                id.clone(),
                PartRating {
                    level,
                    ..PartRating::default()
                },
            ))
        })
        .collect::<Result<Vec<_>, DecodeError>>()?;
    Ok(Ratings::from_parts(parts))
}

fn check_level(id: &str, level: Option<u8>) -> Result<(), DecodeError> {
    match level {
        Some(l) if !(1..=MAX_LEVELS).contains(&l) => {
            Err(DecodeError::Shape(format!("{id:?} has the level {l}")))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ratings::Edit;

    const WHEEL: &str = "kl-medarbejder";

    fn sample() -> Ratings {
        let r = Ratings::new();
        let r = r
            .edit("brugerkompetencer", Edit::Level(Some(3)), 5, 10.0)
            .unwrap();
        let r = r
            .edit("brugerkompetencer", Edit::Target(Some(5)), 5, 11.0)
            .unwrap();
        let r = r
            .edit(
                "innovation",
                Edit::Note("Mere om AI \"nu\" – ÆØÅ".into()),
                5,
                12.0,
            )
            .unwrap();
        r.edit("a-part-from-an-older-wheel", Edit::Level(Some(2)), 5, 13.0)
            .unwrap()
    }

    #[test]
    fn round_trip_keeps_everything_including_unknown_ids() {
        let ratings = sample();
        let text = encode(WHEEL, &ratings);
        assert_eq!(decode(&text, WHEEL), Ok(ratings));
        assert!(text.contains("\"version\":1"));
        assert!(text.contains("a-part-from-an-older-wheel"));
    }

    #[test]
    fn empty_ratings_round_trip() {
        let text = encode(WHEEL, &Ratings::new());
        assert_eq!(decode(&text, WHEEL), Ok(Ratings::new()));
    }

    #[test]
    fn a_bare_level_map_is_migrated() {
        let ratings = decode(
            r#"{ "brugerkompetencer": 4, "innovation": null, "old": 1 }"#,
            WHEEL,
        )
        .unwrap();
        assert_eq!(ratings.level("brugerkompetencer"), Some(4));
        assert_eq!(ratings.level("innovation"), None);
        assert_eq!(ratings.level("old"), Some(1), "unknown ids are kept");
        assert_eq!(
            ratings.get("brugerkompetencer").unwrap().updated,
            0.0,
            "older than any edit"
        );
    }

    #[test]
    fn corrupt_input_is_an_error_never_a_panic() {
        let cases = [
            "",
            "{",
            "null",
            "[1,2]",
            "\"text\"",
            r#"{"version": "one", "wheel": "kl-medarbejder", "ratings": {}}"#,
            r#"{"version": 1, "wheel": "kl-medarbejder"}"#,
            r#"{"version": 1, "wheel": "kl-medarbejder", "ratings": {"a": {"level": "high"}}}"#,
            r#"{"version": 1, "wheel": "kl-medarbejder", "ratings": {"a": {"level": 0}}}"#,
            r#"{"version": 1, "wheel": "kl-medarbejder", "ratings": {"a": {"level": 300}}}"#,
            r#"{"a": 11}"#,
            r#"{"a": -1}"#,
            r#"{"a": "3"}"#,
        ];
        for text in cases {
            assert!(decode(text, WHEEL).is_err(), "{text:?}");
        }
        assert_eq!(
            decode("{", WHEEL),
            Err(DecodeError::Syntax { line: 1, column: 1 })
        );
    }

    #[test]
    fn future_versions_and_other_wheels_are_refused() {
        let future = r#"{"version": 2, "wheel": "kl-medarbejder", "ratings": {}}"#;
        assert_eq!(decode(future, WHEEL), Err(DecodeError::FutureVersion(2)));
        let other = encode("another-wheel", &sample());
        assert_eq!(
            decode(&other, WHEEL),
            Err(DecodeError::OtherWheel("another-wheel".into()))
        );
    }

    #[test]
    fn over_long_notes_are_cut_when_read() {
        let note = "x".repeat(NOTE_LIMIT * 2);
        let text = format!(
            r#"{{"version": 1, "wheel": "{WHEEL}", "ratings": {{"a": {{"note": "{note}"}}}}}}"#
        );
        assert_eq!(
            decode(&text, WHEEL).unwrap().get("a").unwrap().note.len(),
            NOTE_LIMIT
        );
    }
}
