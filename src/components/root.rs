//! The widget as the host sees it: resolves the wheel (built in, or fetched
//! from `src`), shows a light placeholder while fetching and a specific,
//! calm message when the wheel cannot be used, and otherwise renders [`App`].
//! A new wheel, storage key or mode remounts [`App`] with fresh state.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::app::App;
use crate::core::color::Rgb;
use crate::core::i18n::{describe_wheel_error, fill, Strings};
use crate::core::model::{Wheel, WheelError};
use crate::core::state::Mode;
use crate::edge::host::Bridge;

/// Everything the host can configure (attributes or `mount` options).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub lang: Option<AttrValue>,
    pub mode: Mode,
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

/// Why a wheel could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Fetch { url: String, status: Option<u16> },
    Wheel(WheelError),
}

#[derive(Clone, Debug, PartialEq)]
enum Loading {
    Pending,
    Ready(Rc<Wheel>),
    Failed(LoadError),
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

/// The editor when `mode="edit"`, else the wheel.
#[component]
pub fn Root(props: &RootProps) -> Html {
    if props.options.mode == Mode::Edit {
        let lang = props.options.lang.clone();
        return crate::components::editor::editor_view(crate::components::editor::EditorProps {
            lang,
        });
    }
    html! { <Widget options={props.options.clone()} bridge={props.bridge.clone()} initial_width={props.initial_width} /> }
}

#[component]
fn Widget(props: &RootProps) -> Html {
    let src = props.options.src.clone();
    let lang = props.options.lang.clone();
    let loading = use_state(|| match &src {
        None => Loading::Ready(builtin(lang.as_deref())),
        Some(_) => Loading::Pending,
    });
    {
        let loading = loading.clone();
        use_effect_with((src, lang), move |(src, lang)| match src {
            None => loading.set(Loading::Ready(builtin(lang.as_deref()))),
            Some(url) => {
                loading.set(Loading::Pending);
                let url = url.to_string();
                wasm_bindgen_futures::spawn_local(async move {
                    loading.set(match fetch_wheel(&url).await {
                        Ok(wheel) => Loading::Ready(Rc::new(wheel)),
                        Err(error) => Loading::Failed(error),
                    });
                });
            }
        });
    }

    let options = &props.options;
    // A participant's share link (`#cw-code=…`) turns a page for rating into
    // the group's wheel, also when it is opened in a tab already showing it.
    let share_link = crate::edge::dom::use_share_link_opened();
    let mode = if options.mode == Mode::Rate && share_link {
        Mode::Group
    } else {
        options.mode
    };
    match &*loading {
        Loading::Pending => {
            let strings = Strings::for_lang(options.lang.as_deref().unwrap_or("da"));
            html! { <div class="cw-placeholder" role="status">{ strings.loading }</div> }
        }
        Loading::Failed(error) => {
            let strings = Strings::for_lang(options.lang.as_deref().unwrap_or("da"));
            load_failed(error, strings)
        }
        Loading::Ready(wheel) => {
            let wheel = colored(wheel, &options.colors);
            // A new wheel, store or mode is a new widget: remount with fresh state.
            let key = format!(
                "{}|{}|{}|{:?}|{}",
                wheel.id,
                wheel.lang,
                options.storage_key.as_deref().unwrap_or(""),
                mode,
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

async fn fetch_wheel(url: &str) -> Result<Wheel, LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let failed = |status: Option<u16>| LoadError::Fetch {
        url: url.to_owned(),
        status,
    };
    let window = web_sys::window().ok_or_else(|| failed(None))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| failed(None))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed(None))?;
    if !response.ok() {
        return Err(failed(Some(response.status())));
    }
    let text = JsFuture::from(response.text().map_err(|_| failed(None))?)
        .await
        .map_err(|_| failed(None))?
        .as_string()
        .ok_or_else(|| failed(None))?;
    let wheel = Wheel::from_json(&text).map_err(LoadError::Wheel)?;
    // Warnings are for the wheel's author, not its readers: the wheel works,
    // so they go to the console rather than into the page.
    for warning in wheel.warnings() {
        web_sys::console::warn_1(&format!("competence-wheel: {url}: {warning}").into());
    }
    Ok(wheel)
}
