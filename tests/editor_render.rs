//! The editor's markup (`mode="edit"`), rendered natively with Yew's server
//! renderer: every control labelled, buttons that never submit, no inline
//! styles, and the KL wheel's structure as fieldsets.

use competence_wheel::components::root::{Root, RootProps};
use competence_wheel::core::options::Options;
use competence_wheel::core::state::Mode;
use yew::LocalServerRenderer;

async fn render(lang: &str) -> String {
    LocalServerRenderer::<Root>::with_props(RootProps {
        options: Options {
            mode: Some(Mode::Edit),
            lang: Some(lang.to_owned().into()),
            ..Options::default()
        },
        bridge: Default::default(),
        initial_width: 480.0,
        prerendered: false,
        initial_widget_width: None,
    })
    .hydratable(false)
    .render()
    .await
}

/// The values of `attribute` on every element of `html` whose tag is `tag`.
fn attributes<'a>(html: &'a str, tag: &str, attribute: &str) -> Vec<Option<&'a str>> {
    html.split(&format!("<{tag}"))
        .skip(1)
        .map(|element| {
            let element = &element[..element.find('>').unwrap_or(element.len())];
            let key = format!(" {attribute}=\"");
            element
                .find(&key)
                .map(|at| &element[at + key.len()..])
                .map(|rest| &rest[..rest.find('"').unwrap_or(rest.len())])
        })
        .collect()
}

#[tokio::test]
async fn the_editor_shows_the_kl_wheel_as_labelled_fieldsets() {
    let html = render("en").await;
    assert!(html.starts_with(r#"<div lang="en" class="cwe">"#), "{html}");
    assert!(html.contains("<legend class=\"cwe-legend\">The wheel</legend>"));
    for d in 1..=4 {
        assert!(
            html.contains(&format!("<legend class=\"cwe-legend\">Dimension {d}: ")),
            "dimension {d}"
        );
    }
    assert_eq!(html.matches("cwe-group--part").count(), 12);
    // Every input and textarea has a label pointing at it.
    let ids: Vec<&str> = ["input", "textarea"]
        .iter()
        .flat_map(|tag| attributes(&html, tag, "id"))
        .map(|id| id.expect("every control has an id"))
        .collect();
    assert!(ids.len() > 100, "{}", ids.len());
    for id in &ids {
        assert!(html.contains(&format!("for=\"{id}\"")), "a label for #{id}");
    }
    // Buttons never submit anything, and nothing is styled inline.
    assert!(attributes(&html, "button", "type")
        .iter()
        .all(|t| *t == Some("button")));
    assert!(!html.contains(" style="));
    // The first dimension cannot move up; the last cannot move down.
    assert!(!html.contains("id=\"cwe-dimensions-0-up\""));
    assert!(html.contains("id=\"cwe-dimensions-0-down\""));
    assert!(!html.contains("id=\"cwe-dimensions-3-down\""));
    assert!(html.contains("The wheel has no errors and can be downloaded."));
}

#[tokio::test]
async fn the_editor_speaks_danish_by_default() {
    let html = render("da").await;
    assert!(html.contains("Tilpas hjulet"));
    assert!(html.contains("Hent kl-medarbejder.json"));
    assert!(!html.contains("Download"));
}
