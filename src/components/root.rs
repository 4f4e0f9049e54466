//! The widget as the host sees it: resolves the wheel (built in, or fetched
//! from `src`), shows a light placeholder while fetching and a specific,
//! calm message when the wheel cannot be used, and otherwise renders [`App`].
//! A new wheel, storage key or mode remounts [`App`] with fresh state.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::app::App;
use crate::components::editor::{EditorProps, EDITOR};
use crate::components::lazy::{fetch_failed, skeleton, Lazy};
use crate::core::color::Rgb;
use crate::core::i18n::{fill, Strings};
use crate::core::model::Wheel;
use crate::core::options::Options;
use crate::core::state::Mode;
use crate::edge::fetch::{use_wheel_file, LoadError, WheelFile, READER};
use crate::edge::hash::use_mode_shown;
use crate::edge::host::Bridge;
use crate::edge::languages::{self, use_language, Arrival};

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub options: Options,
    #[prop_or_default]
    pub bridge: Bridge,
    #[prop_or(480.0)]
    pub initial_width: f64,
    /// Whether the element drew the first view before the wasm ran
    /// (src/js/element.js): while the language is on its way, that stays
    /// in place of a skeleton, until the widget first shows something.
    #[prop_or_default]
    pub prerendered: bool,
    /// The widget's width until measured, where the element knows it.
    #[prop_or_default]
    pub initial_widget_width: Option<f64>,
}

/// The editor when `mode="edit"`, else the wheel. One component for both,
/// not two: each component costs the first load its own copy of Yew's
/// lifecycle code.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let options = &props.options;
    let edit = options.mode == Some(Mode::Edit);
    let file = use_wheel_file(options.src.clone().filter(|_| !edit));
    // A participant's share link (`#cw-code=…`) shows the group's wheel in a
    // widget that set no mode (the rule and its reasons: `core::hash`).
    let mode = use_mode_shown(options.mode.unwrap_or_default(), options.mode.is_some());
    let present = mode == Mode::Present;
    // The UI's language, resolved here once for everything below: the
    // host's, else the wheel's own (Danish while a wheel file is on its way).
    let language = languages::entry(options.lang.as_deref().unwrap_or(match &*file {
        WheelFile::Ready(wheel) => wheel.lang.as_str(),
        _ => "da",
    }));
    let ui = use_language(language);
    // The editor starts from the KL wheel in either language, so it waits
    // for English whatever language it speaks.
    let english = use_language(languages::entry(if edit { "en" } else { "da" }));
    // Said in the widget's own language.
    let lines = language.arriving;
    let prerendered = use_mut_ref(|| props.prerendered);
    let waiting = || {
        if *prerendered.borrow() {
            Html::default()
        } else {
            skeleton(lines, present)
        }
    };
    let (ui, english) = match (ui, english) {
        (Arrival::Here(ui), Arrival::Here(english)) => (ui, english),
        (Arrival::Failed(retry), _) | (_, Arrival::Failed(retry)) => {
            *prerendered.borrow_mut() = false;
            return fetch_failed(lines.failed, lines.retry, retry);
        }
        _ => return waiting(),
    };
    if edit {
        // The editor is its own chunk, fetched only here; Root is outside
        // any widget's context, so the loading line gets its strings here.
        return html! {
            <Lazy view={EDITOR.with(EditorProps { ui, english })} strings={ui.strings} />
        };
    }
    let ready = match &*file {
        WheelFile::None => languages::builtin_wheel(ui),
        WheelFile::Ready(wheel) => wheel.clone(),
        WheelFile::Pending => return waiting(),
        WheelFile::Failed(LoadError::Reader(retry)) => {
            return fetch_failed(
                ui.strings.reader_failed,
                ui.strings.chunk_retry,
                retry.clone(),
            );
        }
        WheelFile::Failed(error) => return load_failed(error, ui.strings),
    };
    // Anything shown from here on replaces the first view.
    *prerendered.borrow_mut() = false;
    let wheel = colored(&ready, &options.colors);
    // A new wheel, store or mode is a new widget: remount with fresh state.
    // The mode by its number, not `{:?}`: Debug formatting costs the first
    // load bytes.
    let key = format!(
        "{}|{}|{}|{}|{}",
        wheel.id,
        wheel.lang,
        options.storage_key.as_deref().unwrap_or(""),
        mode as u8,
        options.src.as_deref().unwrap_or("")
    );
    html! {
        <App
            {key}
            {wheel}
            language={ui}
            {mode}
            options={options.clone()}
            bridge={props.bridge.clone()}
            initial_width={props.initial_width}
            initial_widget_width={props.initial_widget_width}
        />
    }
}

/// The wheel with the host theme's colours in place of its own.
fn colored(wheel: &Rc<Wheel>, colors: &[Option<Rgb>]) -> Rc<Wheel> {
    if colors.iter().all(Option::is_none) {
        return wheel.clone();
    }
    let mut themed = (**wheel).clone();
    for (dimension, color) in themed.dimensions.iter_mut().zip(colors) {
        if color.is_some() {
            dimension.color = *color;
        }
    }
    Rc::new(themed)
}

fn load_failed(error: &LoadError, strings: &'static Strings) -> Html {
    let (what, at) = match error {
        LoadError::Fetch { url, status } => (
            fill(strings.fetch_failed, url),
            status
                .map(|s| fill(strings.fetch_status, &s.to_string()))
                .unwrap_or_default(),
        ),
        // Only the reader's chunk makes this error, so it is here.
        LoadError::Wheel(error) => READER
            .ready()
            .map(|reader| (reader.describe)(error, strings))
            .unwrap_or_default(),
        LoadError::Reader(_) => Default::default(),
    };
    html! {
        <div class="cw-failed" role="alert" lang={strings.lang}>
            <p class="cw-failed__title">{ strings.wheel_unusable }</p>
            <p class="cw-failed__what">{ what }</p>
            if !at.is_empty() {
                <p class="cw-failed__where"><code>{ at }</code></p>
            }
            <p class="cw-failed__next">{ strings.fix_and_reload }</p>
        </div>
    }
}
