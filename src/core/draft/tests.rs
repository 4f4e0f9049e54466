use super::*;
use crate::core::color::{Rgb, TEXT_CONTRAST};
use crate::core::model::{Entry, Key, Path, LEVEL_RANGE, LIMITS};

/// A draft built by edits alone, as a person would from an empty wheel.
fn built(dimensions: &[(&str, &[&str])]) -> Draft {
    let mut draft = Draft::empty("da");
    draft.apply(Edit::Set(Field::Title, "Vores hjul".into()));
    for (d, (title, parts)) in dimensions.iter().enumerate() {
        draft.apply(Edit::Add(List::Dimensions));
        draft.apply(Edit::Set(Field::DimensionTitle(d), (*title).into()));
        draft.apply(Edit::Set(Field::DimensionIntro(d), "Om den.".into()));
        for (p, part) in parts.iter().enumerate() {
            if p > 0 {
                draft.apply(Edit::Add(List::Parts(d)));
            }
            draft.apply(Edit::Set(Field::PartTitle(d, p), (*part).into()));
            draft.apply(Edit::Set(Field::PartDescription(d, p), "Hvad.".into()));
        }
    }
    draft
}

fn all_ids(ids: &Ids) -> Vec<String> {
    ids.dimensions
        .iter()
        .chain(ids.parts.iter().flatten())
        .cloned()
        .collect()
}

fn assert_unique(draft: &Draft) {
    let mut ids = all_ids(&draft.ids());
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "ids are unique: {:?}", draft.ids());
}

#[test]
fn slugs_are_url_safe_and_spell_out_danish_letters() {
    let check = |title: &str, expected: &str| assert_eq!(slug(title), expected, "{title:?}");
    check("Brugerkompetencer", "brugerkompetencer");
    check(
        "Data- og informationssikkerhed",
        "data-og-informationssikkerhed",
    );
    check("Teknologiforståelse", "teknologiforstaaelse");
    check("Ændringer i økonomi", "aendringer-i-oekonomi");
    check(
        "Digital kommunikation 1:mange",
        "digital-kommunikation-1-mange",
    );
    check("  Café & Co. ", "cafe-co");
    check("Tek\u{ad}no\u{ad}lo\u{ad}gi", "teknologi");
    check("???", "");
    check("Straße", "strasse");
    let long = slug(&"ord ".repeat(40));
    assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
    for title in ["Å Æ Ø", "1:1", "x—y", "Ünïcödé"] {
        let id = slug(title);
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}"
        );
    }
}

#[test]
fn ids_come_from_titles_and_stay_unique() {
    let draft = built(&[
        ("Ledelse", &["Mål", "Mål", ""]),
        ("Ledelse", &["Ledelse"]),
        ("", &["Data"]),
    ]);
    let ids = draft.ids();
    assert_eq!(ids.wheel, "vores-hjul");
    assert_eq!(ids.dimensions, ["ledelse", "ledelse-2", "dimension-3"]);
    assert_eq!(
        ids.parts,
        [
            vec!["maal", "maal-2", "part-1-3"],
            vec!["ledelse-3"],
            vec!["data"]
        ]
    );
    assert_unique(&draft);
}

#[test]
fn fixed_ids_stay_when_titles_change() {
    let mut draft = built(&[("Ledelse", &["Mål"])]);
    draft.fix_ids();
    draft.apply(Edit::Set(Field::DimensionTitle(0), "God ledelse".into()));
    draft.apply(Edit::Set(Field::PartTitle(0, 0), "Mål og retning".into()));
    draft.apply(Edit::Set(Field::Title, "Et andet hjul".into()));
    let ids = draft.ids();
    assert_eq!(
        (
            ids.wheel.as_str(),
            ids.dimensions[0].as_str(),
            ids.parts[0][0].as_str()
        ),
        ("vores-hjul", "ledelse", "maal")
    );
    // A loaded wheel's ids are fixed too.
    let mut kl = Draft::from_wheel(&Wheel::builtin());
    kl.apply(Edit::Set(Field::PartTitle(0, 1), "Brug af data".into()));
    assert_eq!(kl.ids().parts[0][1], "dataanvendelse");
    // A new part whose title matches a fixed id gets a fresh one.
    kl.apply(Edit::Add(List::Parts(0)));
    kl.apply(Edit::Set(Field::PartTitle(0, 3), "Dataanvendelse".into()));
    assert_eq!(kl.ids().parts[0][3], "dataanvendelse-2");
    assert_unique(&kl);
}

#[test]
fn a_written_id_is_kept_and_an_emptied_one_follows_the_title_again() {
    let mut draft = built(&[("Ledelse", &["Mål"])]);
    draft.apply(Edit::Set(Field::PartId(0, 0), "maalsaetning".into()));
    assert_eq!(draft.get(Field::PartId(0, 0)), "maalsaetning");
    draft.apply(Edit::Set(Field::PartId(0, 0), " ".into()));
    assert_eq!(draft.get(Field::PartId(0, 0)), "maal");
}

#[test]
fn add_move_and_remove_keep_ids_unique_and_with_their_entries() {
    let mut draft = built(&[("A", &["Et", "To"]), ("B", &["Tre"]), ("C", &["Fire"])]);
    draft.fix_ids();
    let before = draft.ids();
    assert_eq!(
        draft.apply(Edit::Move(List::Dimensions, 2, Direction::Up)),
        Some(Target::Button(List::Dimensions, 1, EntryButton::Up))
    );
    assert_eq!(draft.ids().dimensions, ["a", "c", "b"]);
    assert_eq!(
        draft.apply(Edit::Move(List::Dimensions, 1, Direction::Up)),
        Some(Target::Button(List::Dimensions, 0, EntryButton::Down)),
        "at the top, focus goes to the button that is still offered"
    );
    assert_eq!(
        draft.apply(Edit::Move(List::Dimensions, 0, Direction::Up)),
        None
    );
    assert_eq!(
        draft.apply(Edit::Move(List::Dimensions, 2, Direction::Down)),
        None
    );
    assert_eq!(
        draft.apply(Edit::Move(List::Parts(1), 0, Direction::Down)),
        Some(Target::Button(List::Parts(1), 1, EntryButton::Up))
    );
    assert_eq!(draft.ids().parts[1], ["to", "et"]);
    assert_eq!(
        draft.apply(Edit::Add(List::Parts(1))),
        Some(Target::At(Path::dimension(1).part(2).at(Key::Title)))
    );
    draft.apply(Edit::Set(Field::PartTitle(1, 2), "Et".into()));
    draft.apply(Edit::Set(Field::PartDescription(1, 2), "Igen.".into()));
    assert_eq!(draft.ids().parts[1][2], "et-2");
    assert_unique(&draft);
    assert_eq!(
        draft.apply(Edit::Remove(List::Dimensions, 2)),
        Some(Target::Button(List::Dimensions, 1, EntryButton::Remove))
    );
    assert_eq!(draft.ids().dimensions, ["c", "a"]);
    draft.apply(Edit::Remove(List::Parts(0), 0));
    assert_eq!(
        draft.apply(Edit::Remove(List::Parts(0), 0)),
        None,
        "the only part is gone already"
    );
    assert_eq!(
        draft.errors(),
        [WheelError::NoEntries {
            path: Path::dimension(0).at(Key::Parts)
        }]
    );
    assert_eq!(draft.apply(Edit::Remove(List::Dimensions, 9)), None);
    assert_unique(&draft);
    // Every fixed id that is still in the wheel is the one it had.
    let now = all_ids(&draft.ids());
    assert!(now
        .iter()
        .all(|id| all_ids(&before).contains(id) || id == "et-2"));
}

#[test]
fn lists_stop_at_their_limits() {
    let mut draft = Draft::empty("da");
    for _ in 0..LEVEL_RANGE.1 {
        assert!(draft.apply(Edit::Add(List::Levels)).is_some());
    }
    assert_eq!(draft.apply(Edit::Add(List::Levels)), None);
    assert_eq!(draft.levels.len(), LEVEL_RANGE.1);
}

#[test]
fn an_empty_wheel_says_what_it_needs() {
    let draft = Draft::empty("da");
    assert_eq!(
        draft.errors(),
        [
            WheelError::Empty {
                path: Path::wheel(Key::Title)
            },
            WheelError::NoEntries {
                path: Path::wheel(Key::Dimensions)
            }
        ]
    );
    let mut draft = draft;
    draft.apply(Edit::Add(List::Dimensions));
    let paths: Vec<String> = draft.errors().iter().map(error_path).collect();
    assert_eq!(
        paths,
        [
            "$.title",
            "$.dimensions[0].title",
            "$.dimensions[0].intro",
            "$.dimensions[0].parts[0].title",
            "$.dimensions[0].parts[0].description"
        ]
    );
}

#[test]
fn a_built_wheel_is_a_valid_file() {
    let mut draft = built(&[
        ("Samarbejde", &["Møder", "Deling"]),
        ("Data", &["Kvalitet"]),
        ("Sikkerhed", &["Adgang"]),
        ("Borgere", &["Selvbetjening"]),
        ("Læring", &["Kurser"]),
    ]);
    draft.apply(Edit::Add(List::Examples(0, 0)));
    draft.apply(Edit::Set(Field::Example(0, 0, 0), "Et onlinemøde".into()));
    draft.apply(Edit::Set(Field::DimensionColor(1), "#ffcc00".into()));
    assert_eq!(draft.errors(), []);
    let wheel = draft.to_wheel().expect("the file loads");
    assert_eq!(wheel.dimensions.len(), 5);
    assert_eq!(wheel.dimensions[0].parts[0].examples, ["Et onlinemøde"]);
    assert_eq!(wheel.dimensions[1].color, Some(Rgb(0xff, 0xcc, 0x00)));
    assert_eq!(
        wheel.dimensions[0].short, None,
        "an empty short label is left out"
    );
    assert!(wheel.questions.is_none() && wheel.levels.is_empty());
    assert!(!draft.to_json().contains("\"short\""));
    // And back again: the file is the draft.
    let mut fixed = draft.clone();
    fixed.fix_ids();
    assert_eq!(Draft::from_file(&draft.to_json()), Ok(fixed));
}

#[test]
fn builtin_and_example_wheels_round_trip() {
    let example = include_str!("../../../www/wheels/eksempel-digital-forvaltning.da.json");
    let resources = include_str!("../../../www/wheels/eksempel-kom-videre.da.json");
    for wheel in [
        Wheel::builtin(),
        crate::core::i18n::ENGLISH.wheel(),
        Wheel::from_json(example).unwrap(),
        Wheel::from_json(resources).unwrap(),
    ] {
        let draft = Draft::from_wheel(&wheel);
        assert_eq!(draft.errors(), [], "{}", wheel.id);
        assert_eq!(draft.to_wheel(), Ok(wheel));
    }
}

/// Errors agree with the validator: none exactly when the file loads,
/// and the validator's one error is the first in the list.
#[test]
fn errors_agree_with_the_validator() {
    let mut good = built(&[("A", &["Et"]), ("B", &["To"])]);
    good.fix_ids();
    type Case = Box<dyn Fn(&mut Draft)>;
    let mut cases: Vec<Case> = vec![
        Box::new(|_| {}),
        Box::new(|d| d.title = " ".into()),
        Box::new(|d| d.version = String::new()),
        Box::new(|d| d.lang = String::new()),
        Box::new(|d| d.source = "x".repeat(LIMITS.text_chars + 1)),
        Box::new(|d| d.dimensions[1].id = Some("et".into())),
        Box::new(|d| d.dimensions[0].parts[0].id = Some("Et 1".into())),
        Box::new(|d| d.id = Some("Vores hjul".into())),
        Box::new(|d| d.dimensions[0].title = "x".repeat(LIMITS.title_chars + 1)),
        Box::new(|d| d.dimensions[0].short = "\u{ad}".into()),
        Box::new(|d| d.dimensions[1].color = "blå".into()),
        Box::new(|d| d.dimensions[1].parts.clear()),
        Box::new(|d| d.dimensions.clear()),
        Box::new(|d| d.dimensions[0].parts[0].examples = vec!["".into()]),
        Box::new(|d| d.dimensions[0].parts[0].examples = vec!["e".into(); LIMITS.examples + 1]),
        Box::new(|d| d.levels = vec!["Kun én".into()]),
        Box::new(|d| d.levels = vec!["a".into(), "".into()]),
        Box::new(|d| d.questions.title = "Spørgsmål".into()),
        Box::new(|d| d.questions.items = vec![" ".into()]),
    ];
    cases.push(Box::new(|d| {
        d.title = String::new();
        d.dimensions[1].color = "#12345".into();
    }));
    for (n, edit) in cases.iter().enumerate() {
        let mut draft = good.clone();
        edit(&mut draft);
        let errors = draft.errors();
        match Wheel::from_json(&draft.to_json()) {
            Ok(_) => assert_eq!(errors, [], "case {n}"),
            Err(error) => assert_eq!(errors.first(), Some(&error), "case {n}: {errors:?}"),
        }
        if n > 0 {
            assert!(!errors.is_empty(), "case {n} breaks a rule");
        }
    }
}

#[test]
fn a_broken_file_loads_with_each_error_at_its_field() {
    let text = r##"{
      "id": "vores", "version": "1", "title": "", "lang": "da",
      "dimensions": [
        { "id": "a", "title": "A", "intro": "", "color": "rød", "parts": [
          { "id": "a", "title": "Et", "description": "x", "examples": [""] } ] },
        { "id": "b", "title": "B", "intro": "Om B", "parts": [] }
      ]
    }"##;
    let draft = Draft::from_file(text).expect("well formed, so it loads for editing");
    let paths: Vec<String> = draft.errors().iter().map(error_path).collect();
    assert_eq!(
        paths,
        [
            "$.title",
            "$.dimensions[0].intro",
            "$.dimensions[0].color",
            "$.dimensions[0].parts[0].id",
            "$.dimensions[0].parts[0].examples[0]",
            "$.dimensions[1].parts",
        ]
    );
    // Not JSON, or the wrong shape: refused with the validator's words.
    assert!(matches!(
        Draft::from_file("{ nope"),
        Err(WheelError::Syntax { .. })
    ));
    assert!(matches!(
        Draft::from_file(
            r#"{"id": "w", "version": "1", "title": 4, "lang": "da", "dimensions": []}"#
        ),
        Err(WheelError::Shape { .. })
    ));
}

#[test]
fn fields_and_lists_are_places_in_the_file() {
    assert_eq!(
        Field::PartTitle(1, 2).path(),
        Path::dimension(1).part(2).at(Key::Title)
    );
    assert_eq!(Field::Level(0).path(), Entry::Level(0).at(Key::Label));
    assert_eq!(Field::Question(3).path(), List::Questions.path().item(3));
    assert_eq!(
        List::Examples(0, 1).path().item(2),
        Field::Example(0, 1, 2).path()
    );
    assert_eq!(List::Dimensions.path(), Path::wheel(Key::Dimensions));
}

#[test]
fn colours_are_explained() {
    assert_eq!(color_advice(Rgb(0x0b, 0x5c, 0xad)), ColorAdvice::AsIs);
    match color_advice(Rgb(0x80, 0x80, 0x80)) {
        ColorAdvice::Darkened { ratio, shown } => {
            assert!(ratio < TEXT_CONTRAST);
            assert!(shown.contrast(Rgb::WHITE) >= TEXT_CONTRAST);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn stored_drafts_round_trip_and_refuse_others() {
    let draft = built(&[("A", &["Et"])]);
    assert_eq!(
        decode_draft(&encode_draft(&draft, true)),
        Some((draft, true))
    );
    assert_eq!(decode_draft("{}"), None);
    assert_eq!(decode_draft("not json"), None);
    assert_eq!(
        decode_draft(
            r#"{"format":"competence-wheel-draft","version":2,"unsaved":false,"draft":{}}"#
        ),
        None
    );
}

/// An error's path as its author reads it.
fn error_path(error: &WheelError) -> String {
    error
        .path()
        .map(|path| path.to_string())
        .unwrap_or_default()
}

/// Resources are edited as examples are: added (focus on the new title),
/// set, moved with their fields, removed, each error at its field, and
/// written to the file and the stored draft.
#[test]
fn resources_are_added_edited_moved_and_removed() {
    let mut draft = built(&[("A", &["Et"])]);
    let list = List::Resources(0, 0);
    assert_eq!(
        list.path().to_string(),
        "$.dimensions[0].parts[0].resources"
    );
    let before = draft.to_json();
    assert!(!before.contains("resources"), "no resources, no member");
    assert_eq!(
        draft.apply(Edit::Add(list)),
        Some(Target::At(Entry::Resource(0, 0, 0).at(Key::Title)))
    );
    let url = Field::ResourceUrl(0, 0, 0);
    assert_eq!(
        draft.errors().iter().map(error_path).collect::<Vec<_>>(),
        [
            "$.dimensions[0].parts[0].resources[0].title",
            "$.dimensions[0].parts[0].resources[0].url"
        ]
    );
    draft.apply(Edit::Set(
        Field::ResourceTitle(0, 0, 0),
        "Digital sikkerhed".into(),
    ));
    draft.apply(Edit::Set(url, "javascript:alert(1)".into()));
    assert_eq!(
        draft.errors(),
        [WheelError::BadUrl {
            path: url.path(),
            value: "javascript:alert(1)".into()
        }]
    );
    draft.apply(Edit::Set(url, "/kurser/digital-sikkerhed".into()));
    draft.apply(Edit::Set(Field::ResourceKind(0, 0, 0), "e-læring".into()));
    draft.apply(Edit::Add(list));
    draft.apply(Edit::Set(
        Field::ResourceTitle(0, 0, 1),
        "Sikker digital".into(),
    ));
    draft.apply(Edit::Set(
        Field::ResourceUrl(0, 0, 1),
        "https://www.sikkerdigital.dk/".into(),
    ));
    assert_eq!(draft.errors(), []);
    let wheel = draft.to_wheel().unwrap();
    let resources = &wheel.dimensions[0].parts[0].resources;
    assert_eq!(
        resources[0].kind,
        Some(crate::core::model::ResourceKind::ELearning)
    );
    assert_eq!(resources[1].kind, None);
    assert!(
        !draft.to_json().contains("\"kind\": \"\""),
        "an empty kind is left out"
    );
    assert_eq!(
        draft.apply(Edit::Move(list, 1, Direction::Up)),
        Some(Target::Button(list, 0, EntryButton::Down))
    );
    assert_eq!(draft.get(Field::ResourceTitle(0, 0, 0)), "Sikker digital");
    assert_eq!(draft.get(Field::ResourceKind(0, 0, 1)), "e-læring");
    assert_eq!(
        decode_draft(&encode_draft(&draft, true)),
        Some((draft.clone(), true))
    );
    for _ in 2..LIMITS.resources {
        draft.apply(Edit::Add(list));
    }
    assert_eq!(draft.apply(Edit::Add(list)), None, "ten at most");
    assert_eq!(draft.len(list), LIMITS.resources);
    assert_eq!(
        draft.apply(Edit::Remove(list, 9)),
        Some(Target::Button(list, 8, EntryButton::Remove))
    );
    for r in (0..9).rev() {
        draft.apply(Edit::Remove(list, r));
    }
    assert_eq!(draft.len(list), 0);
    assert_eq!(draft.to_json(), before);
}

/// A file with a bad resource loads into the editor with the error at its
/// field, and nothing of it lost.
#[test]
fn a_file_with_a_bad_resource_loads_for_fixing() {
    let mut value: serde_json::Value = serde_json::from_str(include_str!(
        "../../../www/wheels/eksempel-kom-videre.da.json"
    ))
    .unwrap();
    value["dimensions"][0]["parts"][1]["resources"][1]["url"] = "data:text/html,x".into();
    value["dimensions"][1]["parts"][0]["resources"][0]["kind"] = "podcast".into();
    let draft = Draft::from_file(&value.to_string()).unwrap();
    assert_eq!(
        draft.errors().iter().map(error_path).collect::<Vec<_>>(),
        [
            "$.dimensions[0].parts[1].resources[1].url",
            "$.dimensions[1].parts[0].resources[0].kind"
        ]
    );
    assert_eq!(draft.get(Field::ResourceKind(1, 0, 0)), "podcast");
    assert_eq!(draft.get(Field::ResourceUrl(0, 1, 1)), "data:text/html,x");
}
