//! Component markup, rendered natively with Yew's server renderer: the
//! accessible structure of the wheel and the panel's text for every segment.

use std::rc::Rc;

use competence_wheel::components::{App, AppProps};
use competence_wheel::model::{paragraphs, plain, SegmentId, Wheel};
use yew::LocalServerRenderer;

async fn render(open: Option<&str>, width: f64) -> String {
    let props = AppProps {
        wheel: Rc::new(Wheel::builtin()),
        sync_hash: false,
        lang: None,
        open: open.map(|id| id.to_owned().into()),
        initial_width: width,
    };
    LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
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
    // At 640 px the dimensions show short labels, at 320 px numbers.
    let html = render(None, 640.0).await;
    assert!(html.contains("aria-label=\"Anvendelseskompetencer, Anvendelse\""));
    // "Teknologiforståelse" is already a word of the title.
    assert!(html.contains("aria-label=\"Kompetencer til teknologiforståelse\""));
    assert!(html.contains("aria-label=\"Dataanvendelse\""));
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
                assert!(html.contains(&escaped(&wheel.dimensions[d].title)));
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
        serde_json::from_str(competence_wheel::model::BUILTIN_KL_WHEEL).unwrap();
    json["dimensions"][0]["parts"][0]["title"] = "<script>alert(1)</script>".into();
    let wheel = Wheel::from_json(&json.to_string()).unwrap();
    let props = AppProps {
        wheel: Rc::new(wheel),
        sync_hash: false,
        lang: None,
        open: Some("brugerkompetencer".into()),
        initial_width: 900.0,
    };
    let html = LocalServerRenderer::<App>::with_props(props).render().await;
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}
