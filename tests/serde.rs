//! (feature `serde`) The public Rust API in the JSON the element writes:
//! the ratings document round-trips through `stored::encode`'s own output,
//! reading applies the element's rules, and the events' payloads have the
//! shape of the element's `detail`s.
#![cfg(feature = "serde")]

use competence_wheel::core::stored;
use competence_wheel::{Mode, PartRating, Ratings, RatingsDocument};
use serde_json::{json, Value};

/// Ratings as a person leaves them: levels, a target, a note with quotes and
/// non-ASCII text, a part reset (empty, but time-stamped), an unknown id.
fn ratings() -> Ratings {
    let part = |level, target, note: &str, updated| PartRating {
        level,
        target,
        note: note.to_owned(),
        updated,
    };
    Ratings::from_parts([
        (
            "brugerkompetencer".to_owned(),
            part(
                Some(3),
                Some(4),
                "Øv \"Teams\"\nog mail",
                1_732_000_000_000.0,
            ),
        ),
        (
            "dataanvendelse".to_owned(),
            part(Some(1), None, "", 1_732_000_000_123.0),
        ),
        (
            "innovation".to_owned(),
            part(None, None, "", 1_732_000_000_999.0),
        ),
        (
            "a-part-this-wheel-lacks".to_owned(),
            part(Some(5), None, "", 1.0),
        ),
    ])
}

#[test]
fn version_two_round_trips_snapshots_and_deletions() {
    let now = ratings();
    let (snapshots, first) = now
        .snapshots()
        .saved("Før MUS 2027", &now, 1_796_224_178_918.0)
        .unwrap();
    let (snapshots, second) = snapshots
        .saved("slettes", &now, 1_796_224_179_000.0)
        .unwrap();
    let snapshots = snapshots.deleted(second, 1_796_224_179_500.0).unwrap();
    let with = now.with_snapshots(snapshots);
    let written_by_element = stored::encode("kl-medarbejder", &with);
    let document: RatingsDocument = serde_json::from_str(&written_by_element).unwrap();
    assert_eq!(document.ratings, with);
    assert!(document.ratings.snapshots().get(first).is_some());
    let written_by_serde = serde_json::to_string(&document).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&written_by_serde).unwrap(),
        serde_json::from_str::<Value>(&written_by_element).unwrap()
    );
    assert_eq!(
        serde_json::from_str::<Value>(&written_by_serde).unwrap()["version"],
        json!(2)
    );
}

#[test]
fn the_document_round_trips_through_the_json_the_element_writes() {
    let written_by_element = stored::encode("kl-medarbejder", &ratings());
    let document: RatingsDocument = serde_json::from_str(&written_by_element).unwrap();
    assert_eq!(document.wheel, "kl-medarbejder");
    assert_eq!(document.ratings, ratings());

    // serde writes the same document: the same JSON value, which the
    // element reads back to the same ratings.
    let written_by_serde = serde_json::to_string(&document).unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&written_by_serde).unwrap(),
        serde_json::from_str::<Value>(&written_by_element).unwrap()
    );
    assert_eq!(
        stored::decode(&written_by_serde, "kl-medarbejder").unwrap(),
        ratings()
    );
    // `Ratings` alone is the document's `ratings` object.
    let value: Value = serde_json::from_str(&written_by_element).unwrap();
    assert_eq!(serde_json::to_value(ratings()).unwrap(), value["ratings"]);
    assert_eq!(
        serde_json::from_value::<Ratings>(value["ratings"].clone()).unwrap(),
        ratings()
    );
}

#[test]
fn reading_applies_the_element_s_rules() {
    let document = |ratings: Value, version: u32| json!({ "format": "competence-wheel-ratings", "version": version, "wheel": "w", "ratings": ratings });
    let read = |value: Value| serde_json::from_value::<RatingsDocument>(value);
    let error = read(document(json!({ "a": { "level": 11, "updated": 1 } }), 1)).unwrap_err();
    assert!(
        error.to_string().contains("level 11 is outside 1..=10"),
        "{error}"
    );
    let error = read(document(json!({ "a": { "target": 0, "updated": 1 } }), 1)).unwrap_err();
    assert!(error.to_string().contains("target 0"), "{error}");
    let error = read(document(json!({}), 3)).unwrap_err();
    assert!(error.to_string().contains("newer version"), "{error}");
    let error =
        read(json!({ "format": "something-else", "version": 1, "wheel": "w", "ratings": {} }))
            .unwrap_err();
    assert!(
        error.to_string().contains("not a competence-wheel-ratings"),
        "{error}"
    );
    // Null levels are no level; a long note is cut as the element cuts it.
    let long = "x".repeat(600);
    let read = read(document(
        json!({ "a": { "level": null, "note": long, "updated": 2 } }),
        1,
    ))
    .unwrap();
    let a = read.ratings.get("a").unwrap();
    assert_eq!(a.level, None);
    assert_eq!(
        a.note.chars().count(),
        competence_wheel::core::ratings::NOTE_LIMIT
    );
}

#[test]
fn modes_are_the_attribute_s_values() {
    for (mode, text) in [
        (Mode::Explore, "explore"),
        (Mode::Rate, "rate"),
        (Mode::Present, "present"),
        (Mode::Group, "group"),
        (Mode::Edit, "edit"),
    ] {
        assert_eq!(serde_json::to_value(mode).unwrap(), json!(text));
        assert_eq!(serde_json::from_value::<Mode>(json!(text)).unwrap(), mode);
    }
}

/// The callbacks' payloads in the shape of the events' `detail`s (README:
/// *Events and the `ratings` property*).
#[cfg(feature = "component")]
#[test]
fn the_callbacks_payloads_have_the_events_details_shape() {
    use competence_wheel::{Rated, Selected};

    let rate_detail = json!({ "id": "innovation", "title": "Innovation", "dimension": "udvikling", "level": 3, "target": null });
    let rated: Rated = serde_json::from_value(rate_detail.clone()).unwrap();
    assert_eq!(rated.level, Some(3));
    assert_eq!(rated.target, None);
    assert_eq!(serde_json::to_value(&rated).unwrap(), rate_detail);

    for (kind, opened) in [("dimension", true), ("part", false)] {
        let select_detail = json!({ "id": "udvikling", "kind": kind, "title": "Udvikling", "dimension": "udvikling" });
        let selected: Selected = serde_json::from_value(select_detail.clone()).unwrap();
        assert_eq!(selected.dimension_opened, opened);
        assert_eq!(serde_json::to_value(&selected).unwrap(), select_detail);
    }
    assert!(serde_json::from_value::<Selected>(
        json!({ "id": "x", "kind": "wheel", "title": "X", "dimension": "x" })
    )
    .is_err());
}
