//! The widget as the host sees it: resolves the wheel (built in, or fetched
//! from `src`), shows a light placeholder while fetching and a specific,
//! calm message when the wheel cannot be used, and otherwise renders [`App`].
//! A new wheel, storage key or mode remounts [`App`] with fresh state.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::app::App;
use crate::components::editor::{EditorProps, EDITOR};
use crate::components::lazy::{skeleton, use_language, Lazy};
use crate::core::color::Rgb;
use crate::core::i18n::{describe_wheel_error, fill, Arriving, Strings};
use crate::core::model::Wheel;
use crate::core::state::Mode;
use crate::edge::fetch::{use_wheel_file, LoadError, WheelFile};
use crate::edge::hash::use_mode_shown;
use crate::edge::host::Bridge;

/// Everything the host can configure (attributes or `mount` options).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub lang: Option<AttrValue>,
    pub mode: Mode,
    /// Whether the host set `mode` (a widget with a mode keeps it when a
    /// share link is opened; see [`crate::core::hash`]).
    pub mode_given: bool,
    /// URL of a wheel file; the built-in KL wheel when absent.
    pub src: Option<AttrValue>,
    pub storage_key: Option<AttrValue>,
    pub readonly: bool,
    /// Dimension colours from the host's theme (`--cw-dimension-N`).
    pub colors: Vec<Option<Rgb>>,
    pub sync_hash: bool,
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub options: Options,
    #[prop_or_default]
    pub bridge: Bridge,
    #[prop_or(480.0)]
    pub initial_width: f64,
}

impl Mode {
    /// The mode named by an attribute value, if it is one.
    pub fn parse(text: &str) -> Option<Mode> {
        match text.trim().to_ascii_lowercase().as_str() {
            "explore" => Some(Mode::Explore),
            "rate" => Some(Mode::Rate),
            "present" => Some(Mode::Present),
            "group" => Some(Mode::Group),
            "edit" => Some(Mode::Edit),
            _ => None,
        }
    }
}

thread_local! {
    static BUILTIN_DA: Rc<Wheel> = Rc::new(Wheel::builtin_for("da"));
    static BUILTIN_EN: Rc<Wheel> = Rc::new(Wheel::builtin_for("en"));
}

/// The built-in wheel in the UI language, parsed once per page.
fn builtin(lang: Option<&str>) -> Rc<Wheel> {
    if Strings::for_lang(lang.unwrap_or("da")).lang == "en" {
        BUILTIN_EN.with(Rc::clone)
    } else {
        BUILTIN_DA.with(Rc::clone)
    }
}

/// The editor when `mode="edit"`, else the wheel. One component for both,
/// not two: each component costs the first load its own copy of Yew's
/// lifecycle code.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let options = &props.options;
    let edit = options.mode == Mode::Edit;
    let file = use_wheel_file(options.src.clone().filter(|_| !edit));
    // A participant's share link (`#cw-code=…`) shows the group's wheel in a
    // widget that set no mode (the rule and its reasons: `core::hash`).
    let mode = use_mode_shown(options.mode, options.mode_given);
    // The UI's language, as App picks it: the host's, else the wheel's own.
    // The editor starts from the KL wheel in either language, so it waits
    // for English whatever its own language is.
    let lang = if edit {
        Some("en")
    } else {
        options.lang.as_deref().or(match &*file {
            WheelFile::Ready(wheel) => Some(wheel.lang.as_str()),
            _ => None,
        })
    };
    // Said in the widget's own language: the editor waits for English
    // whatever language it speaks.
    let lines = Arriving::for_lang(if edit {
        options.lang.as_deref().unwrap_or("da")
    } else {
        lang.unwrap_or("da")
    });
    let waiting = use_language(lang, lines, mode == Mode::Present);
    // The editor also waits for its own language when that is in a chunk
    // (Norwegian).
    let own = use_language(options.lang.as_deref().filter(|_| edit), lines, false);
    if let Some(waiting) = waiting.or(own) {
        return waiting;
    }
    if edit {
        // The editor is its own chunk, fetched only here; Root is outside
        // any widget's context, so the loading line gets its strings here.
        let lang = options.lang.clone();
        let strings = Strings::for_lang(lang.as_deref().unwrap_or("da"));
        return html! {
            <Lazy view={EDITOR.with(EditorProps { lang })} strings={strings} />
        };
    }
    let ready = match &*file {
        WheelFile::None => builtin(options.lang.as_deref()),
        WheelFile::Ready(wheel) => wheel.clone(),
        WheelFile::Pending => {
            return skeleton(lines, mode == Mode::Present);
        }
        WheelFile::Failed(error) => {
            let strings = Strings::for_lang(options.lang.as_deref().unwrap_or("da"));
            return load_failed(error, strings);
        }
    };
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
            lang={options.lang.clone()}
            {mode}
            storage_key={options.storage_key.clone()}
            readonly={options.readonly}
            sync_hash={options.sync_hash}
            bridge={props.bridge.clone()}
            initial_width={props.initial_width}
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
        LoadError::Wheel(error) => describe_wheel_error(error, strings),
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
