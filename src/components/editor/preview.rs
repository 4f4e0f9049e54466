//! The live preview: the real widget ([`App`]) showing the draft as it is
//! now, in explore or rate mode. While the draft has errors it shows the
//! last version without any, and says so.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::app::App;
use crate::core::i18n::{EditorStrings, Language};
use crate::core::model::Wheel;
use crate::core::options::Options;
use crate::core::state::Mode;

/// Ratings given in the preview are kept apart from anyone's real ones,
/// and the preview leaves the page's hash alone.
const PREVIEW: Options = Options {
    lang: None,
    mode: None,
    src: None,
    storage_key: Some(AttrValue::Static("competence-wheel-editor:preview")),
    readonly: false,
    colors: Vec::new(),
    sync_hash: false,
};

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The last version of the draft without errors, if there was one.
    pub wheel: Option<Rc<Wheel>>,
    /// Whether that is the draft as it is now.
    pub current: bool,
    /// Changes with every version, so the widget starts afresh on each.
    pub revision: u32,
    /// The UI's language, the preview's too.
    pub language: &'static Language,
    pub strings: &'static EditorStrings,
}

#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let s = props.strings;
    let mode = use_state(|| Mode::Explore);
    let choice = |value: Mode, label: &'static str, id: &'static str| {
        let set = mode.clone();
        html! {
            <div class="cwe-choice">
                <input type="radio" name="cwe-preview-mode" {id} checked={*mode == value}
                    onchange={Callback::from(move |_| set.set(value))} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <section class="cwe-preview" aria-labelledby="cwe-preview-title">
            <h2 class="cwe-heading" id="cwe-preview-title">{ s.preview }</h2>
            <fieldset class="cwe-group cwe-group--plain cwe-preview__modes">
                <legend class="cwe-legend cwe-legend--small">{ s.preview_as }</legend>
                { choice(Mode::Explore, s.preview_explore, "cwe-preview-explore") }
                { choice(Mode::Rate, s.preview_rate, "cwe-preview-rate") }
            </fieldset>
            if !props.current {
                <p class="cwe-hint cwe-preview__stale" role="status">
                    { if props.wheel.is_some() { s.preview_stale } else { s.preview_none } }
                </p>
            }
            if let Some(wheel) = props.wheel.clone() {
                <div class="cwe-preview__widget">
                    <App
                        key={format!("{}|{:?}", props.revision, *mode)}
                        {wheel}
                        language={props.language}
                        mode={*mode}
                        options={PREVIEW}
                        initial_width={420.0}
                    />
                </div>
            }
        </section>
    }
}
