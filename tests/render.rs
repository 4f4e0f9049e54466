//! Component markup, rendered natively with Yew's server renderer: the
//! accessible structure of the wheel and the panel's text for every segment.

use std::rc::Rc;

use competence_wheel::components::context::Shared;
use competence_wheel::components::profile::Profile;
use competence_wheel::components::{App, AppProps};
use competence_wheel::core::model::{paragraphs, plain, SegmentId, Wheel};
use competence_wheel::core::options::Options;
use competence_wheel::core::ratings::Ratings;
use competence_wheel::core::state::{Mode, WheelState};
use yew::prelude::*;
use yew::LocalServerRenderer;

fn props(open: Option<&str>, width: f64, mode: Mode) -> AppProps {
    AppProps {
        wheel: Rc::new(Wheel::builtin()),
        language: &competence_wheel::core::i18n::DANISH,
        options: Options {
            sync_hash: false,
            ..Options::default()
        },
        open: open.map(|id| id.to_owned().into()),
        mode,
        bridge: Default::default(),
        initial_width: width,
        initial_widget_width: None,
    }
}

async fn render_props(props: AppProps) -> String {
    LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

async fn render(open: Option<&str>, width: f64) -> String {
    render_props(props(open, width, Mode::Explore)).await
}

/// The HTML-escaped form of `text`, as the renderer writes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[tokio::test]
async fn every_segment_is_a_named_button_with_one_tab_stop() {
    let html = render(None, 640.0).await;
    let wheel = Wheel::builtin();
    assert_eq!(count(&html, "role=\"button\""), 16);
    assert_eq!(count(&html, "aria-expanded=\"false\""), 16);
    assert_eq!(count(&html, "aria-controls=\"cw-panel\""), 16);
    assert_eq!(
        count(&html, "tabindex=\"0\""),
        1,
        "one tab stop for the whole wheel"
    );
    assert_eq!(count(&html, "tabindex=\"-1\""), 15);
    for segment in wheel.segments() {
        // The accessible name begins with the title.
        let name = format!("aria-label=\"{}", escaped(&plain(wheel.title_of(segment))));
        assert!(html.contains(&name), "{name}");
        let data = format!("data-segment=\"{}\"", wheel.id_of(segment));
        assert_eq!(count(&html, &data), 1, "{data}");
    }
    // One group per dimension, named after it.
    assert_eq!(
        count(&html, "role=\"group\""),
        5,
        "the wheel and its four dimensions"
    );
    assert!(html.contains("id=\"cw-panel\""));
}

#[tokio::test]
async fn names_add_the_short_label_or_number_the_wheel_shows() {
    // At 640 px the dimensions show short labels, and so do the parts (their
    // titles do not fit at 14 px), at 320 px numbers.
    let html = render(None, 640.0).await;
    assert!(html.contains("aria-label=\"Anvendelseskompetencer, Anvendelse\""));
    // "Teknologiforståelse" is already a word of the title.
    assert!(html.contains("aria-label=\"Kompetencer til teknologiforståelse\""));
    assert!(html.contains("aria-label=\"Dataanvendelse, Data\""));
    let html = render(None, 320.0).await;
    assert!(html.contains("aria-label=\"Dataanvendelse, 1.2\""));
    assert!(html.contains("aria-label=\"Udvikling og implementering, 4\""));
}

#[tokio::test]
async fn closed_panel_shows_the_hint_and_the_source_is_credited() {
    let html = render(None, 640.0).await;
    assert!(html.contains("cw-panel__hint"));
    assert!(html.contains("Fremtidens digitale kompetencer"));
    assert!(
        html.contains("role=\"status\""),
        "a live region for announcements"
    );
    assert!(html.contains("lang=\"da\""));
}

#[tokio::test]
async fn every_part_opens_with_its_description_and_examples() {
    let wheel = Wheel::builtin();
    for segment in wheel.segments() {
        let id = wheel.id_of(segment);
        let html = render(Some(id), 640.0).await;
        assert_eq!(count(&html, "aria-expanded=\"true\""), 1, "{id}");
        let heading = &html[html.find("id=\"cw-panel-title\"").expect("a panel heading")..];
        let heading = &heading[..heading.find("</h3>").unwrap()];
        assert!(
            heading.ends_with(&format!(">{}", escaped(wheel.title_of(segment)))),
            "{id}: {heading}"
        );
        match segment {
            SegmentId::Part(d, p) => {
                let part = &wheel.dimensions[d].parts[p];
                for paragraph in paragraphs(&part.description) {
                    assert!(html.contains(&escaped(paragraph)), "{id}: {paragraph}");
                }
                assert_eq!(count(&html, "<li>"), part.examples.len(), "{id}: examples");
                for example in &part.examples {
                    assert!(
                        html.contains(&format!("<li>{}</li>", escaped(example))),
                        "{id}: {example}"
                    );
                }
                // The dimension is named, as a way back to it.
                assert!(html.contains(&escaped(&plain(&wheel.dimensions[d].title))));
            }
            SegmentId::Dimension(d) => {
                let dimension = &wheel.dimensions[d];
                for paragraph in paragraphs(&dimension.intro) {
                    assert!(html.contains(&escaped(paragraph)), "{id}: {paragraph}");
                }
                assert_eq!(
                    count(&html, "class=\"cw-panel__part\""),
                    dimension.parts.len()
                );
            }
        }
    }
}

#[tokio::test]
async fn narrow_wheels_show_numbers_and_a_key() {
    let narrow = render(None, 320.0).await;
    assert!(narrow.contains("class=\"cw-key\""));
    assert!(narrow.contains(">1.1</tspan>"));
    let wide = render(None, 900.0).await;
    assert!(!wide.contains("class=\"cw-key\""));
    assert!(!wide.contains(">1.1</tspan>"));
}

#[tokio::test]
async fn an_unknown_open_id_leaves_the_wheel_closed() {
    let html = render(Some("no-such-part"), 640.0).await;
    assert_eq!(count(&html, "aria-expanded=\"true\""), 0);
    assert!(html.contains("cw-panel__hint"));
}

#[tokio::test]
async fn text_is_escaped_not_interpreted() {
    let mut json: serde_json::Value =
        serde_json::from_str(competence_wheel::core::model::BUILTIN_KL_WHEEL).unwrap();
    json["dimensions"][0]["parts"][0]["title"] = "<script>alert(1)</script>".into();
    let wheel = Wheel::from_json(&json.to_string()).unwrap();
    let props = AppProps {
        wheel: Rc::new(wheel),
        ..props(Some("brugerkompetencer"), 900.0, Mode::Explore)
    };
    let html = LocalServerRenderer::<App>::with_props(props).render().await;
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[tokio::test]
async fn rate_mode_offers_two_radio_groups_and_a_note_for_a_part() {
    let html = render_props(props(Some("dataanvendelse"), 900.0, Mode::Rate)).await;
    assert_eq!(count(&html, "<fieldset"), 2);
    assert_eq!(count(&html, "<legend"), 2);
    assert!(html.contains("Hvor er du i dag?"));
    assert!(html.contains("Hvor vil du gerne hen?"));
    // "not rated" plus five levels, in each group.
    assert_eq!(count(&html, "type=\"radio\""), 12);
    assert_eq!(count(&html, "name=\"cw-level\""), 6);
    assert_eq!(count(&html, "name=\"cw-target\""), 6);
    for label in [
        "Jeg ved, hvad det er",
        "Jeg kan med hjælp",
        "Jeg kan selv",
        "Jeg kan lære andre",
    ] {
        assert_eq!(
            count(&html, label),
            2,
            "{label}: once per group (and not yet in the profile)"
        );
    }
    assert!(html.contains("maxlength=\"500\""));
    assert!(html.contains("500 tegn tilbage"));
    // Unrated parts say so in their name; the hub shows progress.
    assert!(html.contains("aria-label=\"Dataanvendelse, ikke vurderet\""));
    assert!(html.contains(">0/12</tspan>"));
}

#[tokio::test]
async fn rate_mode_has_tools_and_a_profile_that_prints() {
    let html = render_props(props(None, 900.0, Mode::Rate)).await;
    for tool in [
        "Vis din profil",
        "Gem som fil",
        "Hent fra fil",
        "Udskriv",
        "Nulstil",
    ] {
        assert!(html.contains(tool), "{tool}");
    }
    // Without a rating the profile has nothing to show, so its chunk is
    // not fetched (and not rendered) until the person rates or opens it.
    assert!(
        !html.contains("id=\"cw-profile\""),
        "no profile before a rating"
    );
    let html = render_profile(false).await;
    assert!(
        html.contains("cw-profile--print-only"),
        "hidden on screen, shown in print"
    );
    assert_eq!(count(&html, "<table"), 4, "a table per dimension");
    assert!(html.contains("Du har ikke vurderet nogen dele endnu"));
}

/// The profile as its chunk renders it, with no ratings, inside the shared
/// values a widget provides.
async fn render_profile(shown: bool) -> String {
    LocalServerRenderer::<ProfileInWidget>::with_props(ProfileInWidgetProps { shown })
        .hydratable(false)
        .render()
        .await
}

#[derive(Properties, PartialEq)]
struct ProfileInWidgetProps {
    shown: bool,
}

#[component]
fn ProfileInWidget(props: &ProfileInWidgetProps) -> Html {
    let wheel = Rc::new(Wheel::builtin());
    let state = {
        let wheel = wheel.clone();
        use_reducer(move || WheelState::new(wheel))
    };
    let strings = competence_wheel::core::i18n::DANISH.strings;
    let shared = Shared {
        wheel,
        strings,
        levels: Rc::new(strings.levels.iter().map(|l| (*l).to_owned()).collect()),
        dispatch: state.dispatcher(),
    };
    html! {
        <ContextProvider<Shared> context={shared}>
            <Profile ratings={Ratings::default()} shown={props.shown} />
        </ContextProvider<Shared>>
    }
}

#[tokio::test]
async fn rating_comes_first_then_the_steps_then_the_text() {
    let html = render_props(props(Some("dataanvendelse"), 900.0, Mode::Rate)).await;
    let at = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing"))
    };
    let part = &Wheel::builtin().dimensions[0].parts[1];
    let description = paragraphs(&part.description).next().unwrap().to_owned();
    assert!(at("id=\"cw-panel-title\"") < at("<fieldset"));
    assert!(at("<fieldset") < at("cw-panel__steps"));
    assert!(at("cw-panel__steps") < at(">Om delen<"));
    assert!(at(">Om delen<") < at(&escaped(&description)));
    // Next leads to the next part, not to the next dimension.
    let next = &html[at("cw-panel__step--next")..];
    assert!(next.contains("Data- og informations"), "{next:.300}");
    // The way back to the wheel (shown only below it, by CSS), in any mode:
    // in the flow before the heading and after everything else.
    assert_eq!(count(&html, ">Til hjulet<"), 2);
    assert!(at("cw-panel__to-wheel--top") < at("id=\"cw-panel-title\""));
    assert!(at("cw-panel__to-wheel--end") > at("cw-panel__steps"));
    let explore = render(Some("dataanvendelse"), 900.0).await;
    assert_eq!(count(&explore, ">Til hjulet<"), 2);
    assert!(!explore.contains(">Om delen<"));
    assert!(explore.find(&escaped(&description)) < explore.find("cw-panel__steps"));
}

#[tokio::test]
async fn the_profile_tables_share_their_columns_and_label_stacked_cells() {
    let html = render_profile(true).await;
    assert_eq!(count(&html, "<colgroup>"), 4);
    assert_eq!(count(&html, "cw-profile__col--note"), 4);
    // Every table's header row reads the same, in the same order.
    let headers: Vec<&str> = html
        .match_indices("<thead>")
        .map(|(i, _)| &html[i..i + html[i..].find("</thead>").unwrap()])
        .collect();
    assert_eq!(headers.len(), 4);
    assert!(headers.iter().all(|h| *h == headers[0]));
    assert!(headers[0].contains(">Del<") && headers[0].contains(">Note<"));
    // Stacked rows carry their own (decorative) labels.
    assert_eq!(
        count(&html, "class=\"cw-profile__cell-label\""),
        24,
        "level and target for 12 parts (no notes yet)"
    );
    assert_eq!(
        count(
            &html,
            "<span aria-hidden=\"true\" class=\"cw-profile__cell-label\">"
        ),
        24
    );
    // An empty cell says what is missing in its own column's words.
    let hidden = |text: &str| format!("<span class=\"cw-visually-hidden\">{text}</span>");
    assert_eq!(count(&html, &hidden("Ikke vurderet")), 12, "no level");
    assert_eq!(count(&html, &hidden("Intet mål")), 12, "no target");
}

#[tokio::test]
async fn dimensions_have_no_rating_control() {
    let html = render_props(props(Some("anvendelse"), 900.0, Mode::Rate)).await;
    assert_eq!(count(&html, "<fieldset"), 0);
}

#[tokio::test]
async fn explore_mode_has_no_ratings_at_all() {
    let html = render_props(props(Some("dataanvendelse"), 900.0, Mode::Explore)).await;
    assert_eq!(count(&html, "<fieldset"), 0);
    assert!(!html.contains("cw-profile"));
    assert!(!html.contains("Gem som fil"));
    assert!(!html.contains("/12</tspan>"));
}

#[tokio::test]
async fn a_broken_wheel_file_renders_a_message_not_a_blank_box() {
    // Root renders the built-in wheel without fetching when there is no src.
    let html = LocalServerRenderer::<competence_wheel::components::root::Root>::with_props(
        competence_wheel::components::root::RootProps {
            options: Options::default(),
            bridge: Default::default(),
            initial_width: 640.0,
            prerendered: false,
            initial_widget_width: None,
        },
    )
    .render()
    .await;
    assert_eq!(count(&html, "role=\"button\""), 16);
    // With a src, it starts with the placeholder.
    let html = LocalServerRenderer::<competence_wheel::components::root::Root>::with_props(
        competence_wheel::components::root::RootProps {
            options: Options {
                src: Some("/wheels/x.json".into()),
                ..Options::default()
            },
            bridge: Default::default(),
            initial_width: 640.0,
            prerendered: false,
            initial_widget_width: None,
        },
    )
    .render()
    .await;
    assert!(html.contains("cw-placeholder"));
    assert!(html.contains("Indlæser kompetencehjulet"));
}

#[tokio::test]
async fn a_prerendered_first_view_stays_while_the_widget_waits() {
    // The element drew the first view (src/js/element.js): while Root waits
    // (here for a wheel file) it adds no skeleton of its own, which would
    // show beside it.
    let html = LocalServerRenderer::<competence_wheel::components::root::Root>::with_props(
        competence_wheel::components::root::RootProps {
            options: Options {
                src: Some("/wheels/x.json".into()),
                ..Options::default()
            },
            bridge: Default::default(),
            initial_width: 640.0,
            prerendered: true,
            initial_widget_width: None,
        },
    )
    .hydratable(false)
    .render()
    .await;
    assert_eq!(html, "");
}

#[tokio::test]
async fn presenting_shows_the_position_and_no_personal_tools() {
    let html = render_props(props(Some("dataanvendelse"), 900.0, Mode::Present)).await;
    assert!(html.contains("cw--present"));
    assert!(
        html.contains("3 / 17"),
        "the third of 16 segments plus the questions"
    );
    assert!(html.contains("Trin 3 af 17"));
    assert!(html.contains("Fuld skærm"));
    assert_eq!(count(&html, "<fieldset"), 0);
    assert!(!html.contains("cw-toolbar"));
    assert!(
        !html.contains("/12</tspan>"),
        "no personal progress in the hub"
    );
}

#[tokio::test]
async fn the_group_view_starts_with_a_place_to_paste_codes() {
    let html = render_props(props(None, 900.0, Mode::Group)).await;
    assert!(html.contains("cw--group"));
    assert!(html.contains("id=\"cw-group-codes\""));
    assert!(html.contains("Indsæt deltagernes koder"));
    assert!(html.contains("Vis gruppens hjul"));
    assert!(!html.contains("cw-toolbar"));
}

#[tokio::test]
async fn presenting_says_how_to_begin_and_a_step_is_one_visible_section() {
    let html = render_props(props(None, 900.0, Mode::Present)).await;
    assert!(html.contains("Tryk Næste eller Page Down for at begynde."));
    // Before the first step: how to begin, and no "0 / 17".
    assert!(!html.contains("0 / 17"));
    assert!(!html.contains("cw-present__position"));
    assert!(
        html.contains("aria-pressed=\"false\""),
        "the full-screen toggle"
    );
    let html = render_props(props(Some("dataanvendelse"), 900.0, Mode::Present)).await;
    // The visible step is one section with the heading's id; the hidden copy
    // that is measured has no ids and is out of the accessibility tree.
    assert_eq!(count(&html, "id=\"cw-panel-title\""), 1);
    assert_eq!(count(&html, "<section "), 1);
    assert_eq!(count(&html, "class=\"cw-panel cw-step\""), 1);
    let measured = html
        .split("<div")
        .find(|tag| tag.contains("cw-present-measure\""))
        .and_then(|tag| tag.split('>').next())
        .unwrap_or_default();
    assert!(measured.contains("aria-hidden=\"true\""), "{measured}");
    assert!(measured.contains("inert"), "{measured}");
}

/// A part's resources: "Kom videre", each a link that opens a new tab with
/// `rel="noopener"` and its kind in words; a part without resources, and
/// the built-in wheel, show no such heading.
#[tokio::test]
async fn resources_are_links_under_kom_videre_with_their_kind_in_words() {
    let wheel =
        Wheel::from_json(include_str!("../www/wheels/eksempel-kom-videre.da.json")).unwrap();
    let open = |id: &str, language| AppProps {
        wheel: Rc::new(wheel.clone()),
        language,
        ..props(Some(id), 900.0, Mode::Explore)
    };
    let html = render_props(open(
        "digital-sikkerhed",
        &competence_wheel::core::i18n::DANISH,
    ))
    .await;
    assert_eq!(count(&html, ">Kom videre</h4>"), 1);
    assert_eq!(count(&html, "class=\"cw-resources__link\""), 3);
    assert_eq!(count(&html, "target=\"_blank\""), 3);
    assert_eq!(count(&html, "rel=\"noopener\""), 3);
    assert!(html.contains("href=\"/kurser/digital-sikkerhed\""));
    assert!(html.contains("href=\"https://www.sikkerdigital.dk/\""));
    assert!(html.contains(" (e-læring)</span>"));
    assert!(html.contains(" (artikel)</span>"));
    assert_eq!(
        count(&html, "class=\"cw-resources__kind\""),
        2,
        "the third has none"
    );
    assert_eq!(count(&html, " (åbner i en ny fane)</span>"), 3);
    let english = render_props(open(
        "digital-sikkerhed",
        &competence_wheel::core::i18n::ENGLISH,
    ))
    .await;
    assert!(english.contains(">Next steps</h4>"));
    assert!(english.contains(" (e-learning)</span>"));
    let none = render_props(open("klart-sprog", &competence_wheel::core::i18n::DANISH)).await;
    assert_eq!(count(&none, "Kom videre"), 0);
    let builtin = render(Some("brugerkompetencer"), 900.0).await;
    assert_eq!(count(&builtin, "cw-resources"), 0);
}
