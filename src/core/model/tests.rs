use super::*;

fn builtin_english() -> Wheel {
    Wheel::from_json(BUILTIN_KL_WHEEL_EN).unwrap()
}

fn minimal() -> serde_json::Value {
    serde_json::json!({
        "id": "w", "version": "1", "title": "T", "lang": "da", "source": "S",
        "dimensions": [
            { "id": "d1", "title": "D1", "intro": "I1", "parts": [
                { "id": "p1", "title": "P1", "description": "x", "examples": ["e"] }
            ]},
            { "id": "d2", "title": "D2", "intro": "I2", "color": "#112233", "parts": [
                { "id": "p2", "title": "P2", "description": "y", "examples": [] },
                { "id": "p3", "title": "P3", "description": "z" }
            ]}
        ]
    })
}

fn check(edit: impl FnOnce(&mut serde_json::Value), expected: WheelError) {
    let mut value = minimal();
    edit(&mut value);
    assert_eq!(Wheel::from_json(&value.to_string()), Err(expected));
}

#[test]
fn builtin_wheel_has_four_dimensions_of_three_parts() {
    let wheel = Wheel::builtin();
    assert_eq!(wheel.id, "kl-medarbejder");
    assert_eq!(wheel.lang, "da");
    assert!(wheel.source.contains("KL"));
    assert!(wheel.source.contains("Fremtidens digitale kompetencer"));
    let shape: Vec<usize> = wheel.dimensions.iter().map(|d| d.parts.len()).collect();
    assert_eq!(shape, [3, 3, 3, 3]);
    // Seed 000's nine statements, for discussion.
    let questions = wheel
        .questions
        .as_ref()
        .expect("the KL wheel has questions");
    assert_eq!(questions.items.len(), 9);
    assert!(questions.intro.starts_with("Vi har et digitalt mindset"));
    assert_eq!(builtin_english().questions.unwrap().items.len(), 9);
    for dim in &wheel.dimensions {
        assert!(dim.color.is_some(), "{} has a colour", dim.id);
        for part in &dim.parts {
            assert!(!part.examples.is_empty(), "{} has examples", part.id);
            assert!(paragraphs(&part.description).count() >= 1);
        }
    }
}

#[test]
fn builtin_wheel_titles_follow_the_seed() {
    let wheel = Wheel::builtin();
    let titles: Vec<String> = wheel.segments().map(|s| plain(wheel.title_of(s))).collect();
    assert_eq!(
        titles,
        [
            "Anvendelseskompetencer",
            "Brugerkompetencer",
            "Dataanvendelse",
            "Data- og informationssikkerhed",
            "Kompetencer til teknologiforståelse",
            "Teknologi, faglighed og mennesker",
            "Kompetencer til teknologivurdering",
            "Retssikkerhed og etik",
            "Kompetencer til formidling og kommunikation",
            "Digital kommunikation 1:mange",
            "Digital kommunikation 1:1",
            "Kompetencer til formidling til borgere og kolleger",
            "Udvikling og implementering",
            "Implementering og anskaffelse",
            "Udvikling",
            "Innovation",
        ]
    );
}

#[test]
fn builtin_wheels_label_every_segment_uniquely() {
    for (lang, file) in [("da", BUILTIN_KL_WHEEL), ("en", BUILTIN_KL_WHEEL_EN)] {
        let wheel = Wheel::from_json(file).unwrap();
        assert_eq!(wheel.warnings(), [], "the built-in {lang} wheel");
    }
}

#[test]
fn equal_labels_on_different_segments_are_warnings() {
    let mut value = minimal();
    // A dimension's short label equal to a part's title (a soft hyphen
    // and spacing do not make them different to a reader) …
    value["dimensions"][0]["short"] = "P\u{ad}2 ".into();
    // … and two parts with the same short label.
    value["dimensions"][1]["parts"][0]["short"] = "Same".into();
    value["dimensions"][1]["parts"][1]["short"] = " Same".into();
    // A short label equal to its own title is no clash.
    value["dimensions"][0]["parts"][0]["short"] = "P1".into();
    let wheel = Wheel::from_json(&value.to_string()).expect("warnings do not reject a wheel");
    assert_eq!(
        wheel.warnings(),
        [
            WheelWarning::DuplicateLabel {
                path: Path::dimension(1).part(0).at(Key::Title),
                other: Path::dimension(0).at(Key::Short),
                label: "P2".into(),
            },
            WheelWarning::DuplicateLabel {
                path: Path::dimension(1).part(1).at(Key::Short),
                other: Path::dimension(1).part(0).at(Key::Short),
                label: "Same".into(),
            },
        ]
    );
    assert_eq!(
        wheel.warnings()[0].to_string(),
        "$.dimensions[1].parts[0].title and $.dimensions[0].short both read \"P2\", \
         so the wheel shows two segments with the same label"
    );
    assert_eq!(
        Wheel::from_json(&minimal().to_string()).unwrap().warnings(),
        []
    );
}

#[test]
fn the_english_wheel_matches_the_danish_one_part_for_part() {
    let (da, en) = (Wheel::builtin(), builtin_english());
    assert_eq!(en.lang, "en");
    assert_eq!(en.id, da.id, "ratings are shared across languages");
    let ids = |w: &Wheel| {
        w.segments()
            .map(|s| w.id_of(s).to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&en), ids(&da));
    for (d_da, d_en) in da.dimensions.iter().zip(&en.dimensions) {
        assert_eq!(d_en.color, d_da.color);
        assert_eq!(
            paragraphs(&d_en.intro).count(),
            paragraphs(&d_da.intro).count(),
            "{}",
            d_da.id
        );
        for (p_da, p_en) in d_da.parts.iter().zip(&d_en.parts) {
            assert_eq!(p_en.examples.len(), p_da.examples.len(), "{}", p_da.id);
            assert_eq!(
                paragraphs(&p_en.description).count(),
                paragraphs(&p_da.description).count(),
                "{}",
                p_da.id
            );
            assert_ne!(p_en.description, p_da.description);
        }
    }
}

#[test]
fn a_segment_the_wheel_lacks_never_panics() {
    let wheel = Wheel::builtin();
    for segment in [
        SegmentId::Dimension(9),
        SegmentId::Part(9, 0),
        SegmentId::Part(0, 9),
    ] {
        assert!(!wheel.contains(segment));
        assert_eq!(wheel.id_of(segment), "");
        assert_eq!(wheel.title_of(segment), "");
        assert_eq!(wheel.short_of(segment), None);
        assert_eq!(wheel.part_index(segment), None);
    }
    assert_eq!(wheel.part_index(SegmentId::Part(1, 2)), Some(5));
    assert_eq!(wheel.part_index(SegmentId::Dimension(1)), None);
    let order: Vec<usize> = wheel
        .parts()
        .filter_map(|(segment, _)| wheel.part_index(segment))
        .collect();
    assert_eq!(order, (0..12).collect::<Vec<_>>());
}

#[test]
fn segments_are_in_reading_order() {
    let wheel = Wheel::from_json(&minimal().to_string()).unwrap();
    let order: Vec<SegmentId> = wheel.segments().collect();
    use SegmentId::*;
    assert_eq!(
        order,
        [
            Dimension(0),
            Part(0, 0),
            Dimension(1),
            Part(1, 0),
            Part(1, 1)
        ]
    );
    assert_eq!(wheel.part_count(), 3);
    assert_eq!(wheel.find("p2"), Some(Part(1, 0)));
    assert_eq!(wheel.find("d2"), Some(Dimension(1)));
    assert_eq!(wheel.find("nope"), None);
    assert_eq!(wheel.id_of(Part(1, 1)), "p3");
    assert!(wheel.contains(Part(1, 1)));
    assert!(!wheel.contains(Part(0, 1)));
    assert!(!wheel.contains(Dimension(2)));
}

#[test]
fn numeric_version_and_missing_optionals_are_accepted() {
    let mut value = minimal();
    value["version"] = serde_json::json!(3);
    let wheel = Wheel::from_json(&value.to_string()).unwrap();
    assert_eq!(wheel.version, "3");
    assert_eq!(wheel.dimensions[1].color, Some(Rgb(0x11, 0x22, 0x33)));
    assert!(wheel.dimensions[1].parts[1].examples.is_empty());
}

#[test]
fn syntax_errors_report_line_and_column() {
    let err = Wheel::from_json("{\n  \"id\": \"w\",\n  oops\n}").unwrap_err();
    match err {
        WheelError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 3)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn wrong_types_are_shape_errors_with_a_path() {
    let mut value = minimal();
    value["dimensions"][1]["parts"][0]["title"] = serde_json::json!(42);
    let text = serde_json::to_string_pretty(&value).unwrap();
    match Wheel::from_json(&text).unwrap_err() {
        WheelError::Shape { path, line, .. } => {
            assert_eq!(path.to_string(), "$.dimensions[1].parts[0].title");
            assert!(line > 1, "pretty-printed, so not on the first line");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
    let err = Wheel::from_json(r#"{"id": "w"}"#).unwrap_err();
    assert!(
        matches!(err, WheelError::Shape { ref path, .. } if *path == Path::ROOT),
        "{err:?}"
    );
}

#[test]
fn sizes_are_limited() {
    check(
        |v| {
            v["dimensions"][0]["parts"][0]["description"] = "x".repeat(LIMITS.text_chars + 1).into()
        },
        WheelError::TooLong {
            path: Path::dimension(0).part(0).at(Key::Description),
            limit: LIMITS.text_chars,
        },
    );
    check(
        |v| v["dimensions"][0]["title"] = "x".repeat(LIMITS.title_chars + 1).into(),
        WheelError::TooLong {
            path: Path::dimension(0).at(Key::Title),
            limit: LIMITS.title_chars,
        },
    );
    check(
        |v| {
            let part = v["dimensions"][0]["parts"][0].clone();
            let parts: Vec<_> = (0..=LIMITS.parts_per_dimension)
                .map(|i| {
                    let mut p = part.clone();
                    p["id"] = format!("p{i}x").into();
                    p
                })
                .collect();
            v["dimensions"][0]["parts"] = parts.into();
        },
        WheelError::TooMany {
            path: Path::dimension(0).at(Key::Parts),
            limit: LIMITS.parts_per_dimension,
        },
    );
    let huge = format!("{{\"id\": \"{}\"}}", "x".repeat(LIMITS.file_bytes));
    assert!(matches!(
        Wheel::from_json(&huge),
        Err(WheelError::TooLarge { .. })
    ));
}

#[test]
fn duplicate_ids_are_rejected_across_dimensions_and_parts() {
    check(
        |v| v["dimensions"][1]["parts"][0]["id"] = "p1".into(),
        WheelError::DuplicateId {
            path: Path::dimension(1).part(0).at(Key::Id),
            id: "p1".into(),
        },
    );
    check(
        |v| v["dimensions"][1]["id"] = "p1".into(),
        WheelError::DuplicateId {
            path: Path::dimension(1).at(Key::Id),
            id: "p1".into(),
        },
    );
}

#[test]
fn ids_must_be_url_safe() {
    check(
        |v| v["dimensions"][0]["parts"][0]["id"] = "Del 1".into(),
        WheelError::BadId {
            path: Path::dimension(0).part(0).at(Key::Id),
            id: "Del 1".into(),
        },
    );
}

#[test]
fn empty_texts_are_rejected() {
    check(
        |v| v["title"] = " ".into(),
        WheelError::Empty {
            path: Path::wheel(Key::Title),
        },
    );
    check(
        |v| v["dimensions"][1]["parts"][1]["title"] = "\u{ad}".into(),
        WheelError::Empty {
            path: Path::dimension(1).part(1).at(Key::Title),
        },
    );
    check(
        |v| v["dimensions"][0]["parts"][0]["examples"][0] = "".into(),
        WheelError::Empty {
            path: Path::dimension(0).part(0).at(Key::Example(0)),
        },
    );
}

#[test]
fn every_dimension_needs_a_part() {
    check(
        |v| v["dimensions"][1]["parts"] = serde_json::json!([]),
        WheelError::NoEntries {
            path: Path::dimension(1).at(Key::Parts),
        },
    );
    check(
        |v| v["dimensions"] = serde_json::json!([]),
        WheelError::NoEntries {
            path: Path::wheel(Key::Dimensions),
        },
    );
}

#[test]
fn colours_must_be_hex() {
    check(
        |v| v["dimensions"][0]["color"] = "blue".into(),
        WheelError::BadColor {
            path: Path::dimension(0).at(Key::Color),
            value: "blue".into(),
        },
    );
}

#[test]
fn levels_are_optional_numbered_and_labelled() {
    assert!(Wheel::from_json(&minimal().to_string())
        .unwrap()
        .levels
        .is_empty());
    let mut value = minimal();
    value["levels"] = serde_json::json!([
        { "value": 1, "label": "Begynder" },
        { "value": 2, "label": "Øvet" },
        { "value": 3, "label": "Ekspert" }
    ]);
    let wheel = Wheel::from_json(&value.to_string()).unwrap();
    assert_eq!(wheel.levels, ["Begynder", "Øvet", "Ekspert"]);
    check(
        |v| {
            v["levels"] =
                serde_json::json!([{ "value": 1, "label": "a" }, { "value": 3, "label": "b" }])
        },
        WheelError::LevelOrder {
            path: Entry::Level(1).at(Key::Value),
            value: 3,
        },
    );
    check(
        |v| v["levels"] = serde_json::json!([{ "value": 1, "label": "a" }]),
        WheelError::LevelCount {
            path: Path::wheel(Key::Levels),
            min: 2,
            max: 10,
        },
    );
    check(
        |v| {
            v["levels"] =
                serde_json::json!([{ "value": 1, "label": "a" }, { "value": 2, "label": "" }])
        },
        WheelError::Empty {
            path: Entry::Level(1).at(Key::Label),
        },
    );
}

#[test]
fn paragraphs_split_on_blank_lines() {
    let parts: Vec<&str> = paragraphs("a\n\n b \n\n\n\nc").collect();
    assert_eq!(parts, ["a", "b", "c"]);
}

/// One walk checks a file: stopping at its first error for loading, or
/// collecting all of them, in file order and at typed paths, for the editor.
#[test]
fn one_walk_stops_at_the_first_error_or_collects_all() {
    let mut value = minimal();
    value["title"] = "".into();
    value["dimensions"][0]["color"] = "rød".into();
    value["dimensions"][1]["parts"][1]["id"] = "p1".into();
    value["levels"] = serde_json::json!([{ "value": 1, "label": "a" }]);
    let file = WheelFile::from_json(&value.to_string()).expect("well formed");
    let all = file.errors();
    assert_eq!(
        all,
        [
            WheelError::Empty {
                path: Path::wheel(Key::Title)
            },
            WheelError::BadColor {
                path: Path::dimension(0).at(Key::Color),
                value: "rød".into()
            },
            WheelError::DuplicateId {
                path: Path::dimension(1).part(1).at(Key::Id),
                id: "p1".into()
            },
            WheelError::LevelCount {
                path: Path::wheel(Key::Levels),
                min: 2,
                max: 10
            },
        ]
    );
    let mut first = Sink::first();
    file.walk(&mut first);
    assert_eq!(first.into_errors(), all[..1]);
    assert_eq!(file.first_error().as_ref(), all.first());
    assert_eq!(Wheel::from_json(&value.to_string()), Err(all[0].clone()));
    assert_eq!(
        WheelFile::from_json(&minimal().to_string())
            .unwrap()
            .errors(),
        []
    );
}

/// A part with these resources, in `minimal`'s first part.
fn with_resources(resources: serde_json::Value) -> serde_json::Value {
    let mut value = minimal();
    value["dimensions"][0]["parts"][0]["resources"] = resources;
    value
}

#[test]
fn resources_are_read_with_their_kind_and_are_optional() {
    let value = with_resources(serde_json::json!([
        { "title": "Digital sikkerhed", "url": "/kurser/digital-sikkerhed", "kind": "e-læring" },
        { "title": "Sikker digital", "url": "https://www.sikkerdigital.dk/", "kind": null },
        { "title": "Video", "url": "video/a.html", "kind": "video" }
    ]));
    let wheel = Wheel::from_json(&value.to_string()).unwrap();
    let resources = &wheel.dimensions[0].parts[0].resources;
    assert_eq!(
        resources[0],
        Resource {
            title: "Digital sikkerhed".into(),
            url: "/kurser/digital-sikkerhed".into(),
            kind: Some(ResourceKind::ELearning),
        }
    );
    assert_eq!(resources[1].kind, None);
    assert_eq!(resources[2].kind, Some(ResourceKind::Video));
    assert!(wheel.dimensions[1].parts[0].resources.is_empty());
    for kind in ResourceKind::ALL {
        assert_eq!(ResourceKind::parse(kind.name()), Some(kind));
        assert_eq!(ResourceKind::ALL[kind.index()], kind);
    }
    assert!(Wheel::builtin()
        .parts()
        .all(|(_, p)| p.resources.is_empty()));
}

#[test]
fn web_and_relative_addresses_are_safe_and_other_schemes_are_not() {
    let safe = [
        "https://www.sikkerdigital.dk/",
        "http://intra.kommune.dk/kurser?id=7#start",
        "HTTPS://EXAMPLE.DK",
        "/kurser/digital-sikkerhed",
        "kurser/digital-sikkerhed.html",
        "../kurser/a",
        "?side=2",
        "#afsnit",
        "//cdn.kommune.dk/a.pdf",
        "/sti/med:kolon",
        "1a:b",
        "æøå/kursus",
    ];
    for url in safe {
        assert!(is_safe_url(url), "{url} is safe");
    }
    let unsafe_ = [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{0}javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "mailto:it@kommune.dk",
        "ftp://example.dk",
        "http:example.dk",
        "https:/example.dk",
        "https://",
        "https:///sti",
        "/kurser med mellemrum",
        "",
    ];
    for url in unsafe_ {
        assert!(!is_safe_url(url), "{url:?} is refused");
    }
}

#[test]
fn a_bad_resource_is_named_by_its_path() {
    let resource = Path::dimension(0).part(0).resource(1);
    let bad = |field: &str, value: serde_json::Value| {
        let mut list = serde_json::json!([
            { "title": "A", "url": "/a" },
            { "title": "B", "url": "/b", "kind": "kursus" }
        ]);
        list[1][field] = value;
        Wheel::from_json(&with_resources(list).to_string()).unwrap_err()
    };
    assert_eq!(
        bad("url", "javascript:alert(1)".into()),
        WheelError::BadUrl {
            path: resource.at(Key::Url),
            value: "javascript:alert(1)".into()
        }
    );
    assert_eq!(
        bad("url", "data:text/html,x".into()).to_string(),
        "$.dimensions[0].parts[0].resources[1].url: \"data:text/html,x\" is not an http(s) address or a relative one"
    );
    assert_eq!(
        bad("url", "".into()),
        WheelError::Empty {
            path: resource.at(Key::Url)
        }
    );
    assert_eq!(
        bad("title", " ".into()),
        WheelError::Empty {
            path: resource.at(Key::Title)
        }
    );
    assert_eq!(
        bad("title", "x".repeat(LIMITS.title_chars + 1).into()),
        WheelError::TooLong {
            path: resource.at(Key::Title),
            limit: LIMITS.title_chars
        }
    );
    assert_eq!(
        bad("kind", "podcast".into()),
        WheelError::BadKind {
            path: resource.at(Key::Kind),
            value: "podcast".into()
        }
    );
    match bad("url", serde_json::json!(7)) {
        WheelError::Shape { path, .. } => assert_eq!(path, resource.at(Key::Url)),
        other => panic!("expected a shape error, got {other:?}"),
    }
    let mut missing = with_resources(serde_json::json!([{ "title": "A" }]));
    let err = Wheel::from_json(&missing.to_string()).unwrap_err();
    assert!(
        matches!(err, WheelError::Shape { path, ref message, .. }
            if path == Path::dimension(0).part(0).resource(0).at(Key::Whole)
                && message == "missing field `url`"),
        "{err:?}"
    );
    missing["dimensions"][0]["parts"][0]["resources"] = "x".into();
    assert!(matches!(
        Wheel::from_json(&missing.to_string()).unwrap_err(),
        WheelError::Shape { path, .. } if path == Path::dimension(0).part(0).at(Key::Resources)
    ));
}

#[test]
fn a_part_has_at_most_ten_resources() {
    let ten: Vec<_> = (0..LIMITS.resources)
        .map(|i| serde_json::json!({ "title": format!("R{i}"), "url": format!("/r/{i}") }))
        .collect();
    assert_eq!(LIMITS.resources, 10);
    let mut value = with_resources(serde_json::json!(ten));
    assert!(Wheel::from_json(&value.to_string()).is_ok());
    value["dimensions"][0]["parts"][0]["resources"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({ "title": "R10", "url": "/r/10" }));
    assert_eq!(
        Wheel::from_json(&value.to_string()),
        Err(WheelError::TooMany {
            path: Path::dimension(0).part(0).at(Key::Resources),
            limit: 10
        })
    );
}

#[test]
fn the_example_wheel_with_resources_loads() {
    let wheel = Wheel::from_json(include_str!(
        "../../../www/wheels/eksempel-kom-videre.da.json"
    ))
    .unwrap();
    assert!(wheel.warnings().is_empty());
    let resources: Vec<&Resource> = wheel.parts().flat_map(|(_, p)| &p.resources).collect();
    assert!(resources.len() >= 8);
    assert!(resources.iter().any(|r| r.url.starts_with("https://")));
    assert!(resources.iter().any(|r| r.url.starts_with('/')));
    assert!(resources.iter().any(|r| r.kind.is_none()));
    for kind in ResourceKind::ALL {
        assert!(resources.iter().any(|r| r.kind == Some(kind)), "{kind:?}");
    }
}
