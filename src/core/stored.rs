//! The stored and exported form of ratings: a versioned JSON document.
//!
//! This is a compatibility boundary, so it is read and written here, field
//! by field (with [`crate::core::json`]), apart from [`crate::core::ratings`]. Version 1 looks like this:
//!
//! ```json
//! { "format": "competence-wheel-ratings", "version": 1, "wheel": "kl-medarbejder",
//!   "ratings": { "brugerkompetencer": { "level": 3, "target": 4, "note": "…", "updated": 1732000000000 } } }
//! ```
//!
//! Version 2 adds the person's snapshots (notes are not copied into them; a
//! deleted snapshot stays as `{"taken", "edited", "deleted": true}` so that a
//! merge cannot bring it back):
//!
//! ```json
//! { …, "version": 2, …, "snapshots": [ { "label": "Før MUS 2027", "taken": 1796224178918,
//!     "edited": 1796224178918, "ratings": { "brugerkompetencer": { "level": 2, "target": 4 } } } ] }
//! ```
//!
//! [`encode`] writes version 1 while there are no snapshots, so that an
//! older widget on the same intranet still reads what this one stored.
//!
//! [`decode`] also accepts the simplest form an intranet might write through
//! the element's `ratings` property or a hand-made file — a bare map of part
//! id to level, `{ "brugerkompetencer": 3 }` — and migrates it.

use thiserror::Error;

use crate::core::json::{self, Node, Value};

use crate::core::model::MAX_LEVELS;
use crate::core::ratings::{PartRating, Ratings, NOTE_LIMIT};
use crate::core::snapshots::{clean_label, Kept, Snapshot, Snapshots};

/// The newest version [`decode`] reads, and the one [`encode`] writes when
/// there are snapshots.
pub const VERSION: u32 = 2;

/// The largest document [`decode`] reads, in bytes of UTF-8. Every rating of
/// a wheel with a full note each is about 10 KB, so no real document comes
/// near; a larger one is something else, and is refused before it is parsed.
pub const MAX_BYTES: usize = 1024 * 1024;
pub(crate) const FORMAT: &str = "competence-wheel-ratings";

/// Why a stored or imported document could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("not valid JSON at line {line}, column {column}")]
    Syntax { line: usize, column: usize },
    #[error("larger than {0} bytes")]
    TooLarge(usize),
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

/// Writes `ratings` for the wheel `wheel_id`: a version-2 document with
/// snapshots, else version 1.
pub fn encode(wheel_id: &str, ratings: &Ratings) -> String {
    let snapshots = ratings.snapshots().entries();
    let mut out = String::from("{\"format\":");
    json::write_string(&mut out, FORMAT);
    out.push_str(",\"version\":");
    out.push_str(if snapshots.is_empty() { "1" } else { "2" });
    out.push_str(",\"wheel\":");
    json::write_string(&mut out, wheel_id);
    out.push_str(",\"ratings\":{");
    // Sorted by id, as the map serde wrote was, so a file reads the same.
    let mut parts: Vec<(&str, &PartRating)> = ratings.iter().collect();
    parts.sort_by_key(|(id, _)| *id);
    for (index, (id, rating)) in parts.into_iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        json::write_string(&mut out, id);
        out.push_str(":{");
        if let Some(level) = rating.level {
            out.push_str("\"level\":");
            out.push_str(&level.to_string());
            out.push(',');
        }
        if let Some(target) = rating.target {
            out.push_str("\"target\":");
            out.push_str(&target.to_string());
            out.push(',');
        }
        if !rating.note.is_empty() {
            out.push_str("\"note\":");
            json::write_string(&mut out, &rating.note);
            out.push(',');
        }
        out.push_str("\"updated\":");
        json::write_number(&mut out, rating.updated);
        out.push('}');
    }
    out.push('}');
    if !snapshots.is_empty() {
        out.push_str(",\"snapshots\":[");
        for (index, snapshot) in snapshots.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            write_snapshot(&mut out, snapshot);
        }
        out.push(']');
    }
    out.push('}');
    out
}

fn write_snapshot(out: &mut String, snapshot: &Snapshot) {
    out.push('{');
    if !snapshot.deleted {
        out.push_str("\"label\":");
        json::write_string(out, &snapshot.label);
        out.push(',');
    }
    out.push_str("\"taken\":");
    json::write_number(out, snapshot.taken);
    out.push_str(",\"edited\":");
    json::write_number(out, snapshot.edited);
    if snapshot.deleted {
        out.push_str(",\"deleted\":true}");
        return;
    }
    out.push_str(",\"ratings\":{");
    for (index, (id, kept)) in snapshot.parts.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        json::write_string(out, id);
        out.push(':');
        let fields: Vec<String> = [("level", kept.level), ("target", kept.target)]
            .iter()
            .filter_map(|(name, value)| Some(format!("\"{name}\":{}", (*value)?)))
            .collect();
        out.push('{');
        out.push_str(&fields.join(","));
        out.push('}');
    }
    out.push_str("}}");
}

/// Reads a document written by [`encode`] (or a bare id → level map) for the
/// wheel `wheel_id`. Levels outside 1..=[`MAX_LEVELS`] are refused.
pub fn decode(text: &str, wheel_id: &str) -> Result<Ratings, DecodeError> {
    if text.len() > MAX_BYTES {
        return Err(DecodeError::TooLarge(MAX_BYTES));
    }
    let document = json::parse(text).map_err(|err| DecodeError::Syntax {
        line: err.line,
        column: err.column,
    })?;
    let Value::Object(members) = &document.value else {
        return Err(DecodeError::Shape(
            "the document is not a JSON object".into(),
        ));
    };
    let field = |name: &str| members.iter().find(|(key, _)| key == name).map(|(_, v)| v);
    let Some(version) = field("version") else {
        return decode_level_map(members);
    };
    let version = version
        .as_u64()
        .ok_or_else(|| DecodeError::Shape("\"version\" is not a whole number".into()))?;
    if version > u64::from(VERSION) {
        return Err(DecodeError::FutureVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    if let Some(format) = field("format") {
        if !matches!(format.value, Value::String(_)) {
            return Err(DecodeError::Shape("\"format\" is not a string".into()));
        }
    }
    let wheel = match field("wheel").map(|w| &w.value) {
        Some(Value::String(wheel)) => wheel,
        Some(_) => return Err(DecodeError::Shape("\"wheel\" is not a string".into())),
        None => return Err(DecodeError::Shape("missing field `wheel`".into())),
    };
    let entries = match field("ratings").map(|r| &r.value) {
        Some(Value::Object(entries)) => entries,
        Some(_) => return Err(DecodeError::Shape("\"ratings\" is not an object".into())),
        None => return Err(DecodeError::Shape("missing field `ratings`".into())),
    };
    if wheel != wheel_id {
        return Err(DecodeError::OtherWheel(wheel.clone()));
    }
    let parts = entries
        .iter()
        .map(|(id, part)| {
            let rating = part_v1(id, part)?;
            check_level(id, rating.level)?;
            check_level(id, rating.target)?;
            Ok((id.clone(), rating))
        })
        .collect::<Result<Vec<_>, DecodeError>>()?;
    let snapshots = match field("snapshots").map(|s| &s.value) {
        None | Some(Value::Null) => Snapshots::default(),
        Some(Value::Array(entries)) => Snapshots::from_entries(
            entries
                .iter()
                .enumerate()
                .map(|(index, entry)| snapshot_v2(index, entry))
                .collect::<Result<Vec<_>, DecodeError>>()?,
        ),
        Some(_) => return Err(DecodeError::Shape("\"snapshots\" is not an array".into())),
    };
    Ok(Ratings::from_parts(parts).with_snapshots(snapshots))
}

/// One snapshot in a version-2 document: `taken` (required), `label`,
/// `edited`, `deleted` and `ratings` (each part's `level` and `target`; a
/// note or anything else is ignored).
fn snapshot_v2(index: usize, entry: &Node) -> Result<Snapshot, DecodeError> {
    let wrong = |what: &str| DecodeError::Shape(format!("snapshots[{index}]{what}"));
    let Value::Object(members) = &entry.value else {
        return Err(wrong(" is not an object"));
    };
    let field = |name: &str| members.iter().find(|(key, _)| key == name).map(|(_, v)| v);
    let taken = field("taken")
        .and_then(Node::as_f64)
        .ok_or_else(|| wrong(".taken is not a number"))?;
    let edited = match field("edited") {
        Some(edited) => edited
            .as_f64()
            .ok_or_else(|| wrong(".edited is not a number"))?,
        None => taken,
    };
    let deleted = matches!(field("deleted").map(|d| &d.value), Some(Value::Bool(true)));
    let label = match field("label").map(|l| &l.value) {
        Some(Value::String(label)) => clean_label(label),
        None => String::new(),
        Some(_) => return Err(wrong(".label is not a string")),
    };
    let parts = match field("ratings").map(|r| &r.value) {
        Some(Value::Object(parts)) if !deleted => parts
            .iter()
            .map(|(id, part)| {
                let rating = part_v1(id, part)?;
                check_level(id, rating.level)?;
                check_level(id, rating.target)?;
                let kept = Kept {
                    level: rating.level,
                    target: rating.target,
                };
                Ok((id.clone(), kept))
            })
            .filter(|kept| kept.as_ref().map_or(true, |(_, k)| *k != Kept::default()))
            .collect::<Result<_, DecodeError>>()?,
        None | Some(Value::Object(_)) => Default::default(),
        Some(_) => return Err(wrong(".ratings is not an object")),
    };
    Ok(Snapshot {
        label,
        taken,
        edited,
        deleted,
        parts,
    })
}

/// One part's entry in a version-1 document: `level`, `target`, `note` and
/// `updated`, each optional; other keys are ignored.
fn part_v1(id: &str, part: &Node) -> Result<PartRating, DecodeError> {
    let Value::Object(members) = &part.value else {
        return Err(DecodeError::Shape(format!(
            "the rating of {} is not an object",
            json::quoted(id)
        )));
    };
    let mut rating = PartRating::default();
    for (key, value) in members {
        let wrong =
            || DecodeError::Shape(format!("{}.{key} is {}", json::quoted(id), value.kind()));
        match key.as_str() {
            "level" | "target" => {
                let level = match value.value {
                    Value::Null => None,
                    _ => Some(
                        value
                            .as_u64()
                            .and_then(|l| u8::try_from(l).ok())
                            .ok_or_else(wrong)?,
                    ),
                };
                if key == "level" {
                    rating.level = level;
                } else {
                    rating.target = level;
                }
            }
            "note" => match &value.value {
                Value::String(note) => rating.note = note.chars().take(NOTE_LIMIT).collect(),
                _ => return Err(wrong()),
            },
            "updated" => rating.updated = value.as_f64().ok_or_else(wrong)?,
            _ => {}
        }
    }
    Ok(rating)
}

fn decode_level_map(members: &[(String, Node)]) -> Result<Ratings, DecodeError> {
    let parts = members
        .iter()
        .map(|(id, value)| {
            let level = match value.value {
                Value::Null => None,
                _ => Some(
                    value
                        .as_u64()
                        .and_then(|l| u8::try_from(l).ok())
                        .ok_or_else(|| {
                            DecodeError::Shape(format!(
                                "the level of {} is not a whole number",
                                json::quoted(id)
                            ))
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
        Some(l) if !(1..=MAX_LEVELS).contains(&l) => Err(DecodeError::Shape(format!(
            "{} has the level {l}",
            json::quoted(id)
        ))),
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
    fn time_stamps_are_written_as_whole_numbers() {
        let ratings = Ratings::new()
            .edit("a", Edit::Level(Some(2)), 5, 1_796_224_178_918.0)
            .expect("a change");
        let text = encode("w", &ratings);
        assert!(text.contains("\"updated\":1796224178918}"), "{text}");
        // Older files with decimals still read.
        let old = r#"{"format":"competence-wheel-ratings","version":1,"wheel":"w","ratings":{"a":{"level":2,"updated":1796224178918.0}}}"#;
        assert_eq!(
            decode(old, "w").expect("reads").get("a").unwrap().updated,
            1_796_224_178_918.0
        );
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

    fn with_snapshots() -> (Ratings, f64, f64) {
        let ratings = sample();
        let snapshots = ratings.snapshots();
        let (snapshots, first) = snapshots
            .saved("Før \"MUS\" 2027", &ratings, 1_796_224_178_918.0)
            .expect("saved");
        let (snapshots, second) = snapshots
            .saved("slettes", &ratings, 1_796_224_178_999.0)
            .expect("saved");
        let snapshots = snapshots
            .deleted(second, 1_796_224_179_000.0)
            .expect("deleted");
        (ratings.with_snapshots(snapshots), first, second)
    }

    #[test]
    fn version_two_round_trips_snapshots_and_their_deletions() {
        let (ratings, first, second) = with_snapshots();
        let text = encode(WHEEL, &ratings);
        assert!(text.contains("\"version\":2"), "{text}");
        assert!(
            text.contains(r#""snapshots":[{"label":"Før \"MUS\" 2027","taken":1796224178918,"edited":1796224178918,"ratings":{"a-part-from-an-older-wheel":{"level":2},"brugerkompetencer":{"level":3,"target":5}}},{"taken":1796224178999,"edited":1796224179000,"deleted":true}]"#),
            "{text}"
        );
        let read = decode(&text, WHEEL).expect("reads");
        assert_eq!(read, ratings);
        assert!(read.snapshots().get(first).is_some());
        assert!(read.snapshots().get(second).is_none());
        // Without snapshots the document stays version 1, which older
        // widgets read.
        assert!(encode(WHEEL, &sample()).contains("\"version\":1"));
    }

    #[test]
    fn a_snapshot_reads_levels_and_targets_and_nothing_else() {
        let text = r#"{"format":"competence-wheel-ratings","version":2,"wheel":"kl-medarbejder",
            "ratings":{},
            "snapshots":[{"label":"  Før\n MUS ","taken":5,"ratings":{"a":{"level":2,"note":"ikke her"},"b":{"note":"kun en note"}}}]}"#;
        let read = decode(text, WHEEL).expect("reads");
        let snapshot = read.snapshots().get(5.0).expect("kept");
        assert_eq!(snapshot.label, "Før MUS");
        assert_eq!(snapshot.edited, 5.0, "edited defaults to taken");
        assert_eq!(snapshot.parts.len(), 1);
        assert_eq!(snapshot.parts["a"].level, Some(2));
        for (bad, message) in [
            (r#"[{"label":"x"}]"#, "snapshots[0].taken is not a number"),
            (r#"{"a":1}"#, "\"snapshots\" is not an array"),
            (
                r#"[{"taken":1,"ratings":{"a":{"level":0}}}]"#,
                "\"a\" has the level 0",
            ),
        ] {
            let doc = format!(
                r#"{{"version":2,"wheel":"kl-medarbejder","ratings":{{}},"snapshots":{bad}}}"#
            );
            assert_eq!(
                decode(&doc, WHEEL),
                Err(DecodeError::Shape(message.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn future_versions_and_other_wheels_are_refused() {
        let future = r#"{"version": 3, "wheel": "kl-medarbejder", "ratings": {}}"#;
        assert_eq!(decode(future, WHEEL), Err(DecodeError::FutureVersion(3)));
        let other = encode("another-wheel", &sample());
        assert_eq!(
            decode(&other, WHEEL),
            Err(DecodeError::OtherWheel("another-wheel".into()))
        );
    }

    #[test]
    fn a_document_over_the_limit_is_refused_before_it_is_read() {
        // Every part of a large wheel with a note of the longest kind, in
        // letters that take two bytes, stays far below the limit.
        let mut full = Ratings::new();
        for part in 0..64 {
            full = full
                .edit(&format!("part-{part}"), Edit::Level(Some(3)), 5, 1.0)
                .and_then(|r| {
                    r.edit(
                        &format!("part-{part}"),
                        Edit::Note("æ\"".repeat(NOTE_LIMIT)),
                        5,
                        2.0,
                    )
                })
                .expect("a change");
        }
        let text = encode(WHEEL, &full);
        assert!(text.len() < MAX_BYTES / 4, "{} bytes", text.len());
        assert_eq!(decode(&text, WHEEL), Ok(full));
        // One byte over is refused, however well formed.
        let padded = format!("{}{}", " ".repeat(MAX_BYTES + 1 - text.len()), text);
        assert_eq!(
            decode(&padded, WHEEL),
            Err(DecodeError::TooLarge(MAX_BYTES))
        );
        let at_limit = &padded[1..];
        assert!(decode(at_limit, WHEEL).is_ok());
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
