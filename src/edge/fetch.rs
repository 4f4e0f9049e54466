//! Fetching a wheel file (the `src` attribute), at the edge: one request per
//! `src`, and only the newest `src`'s answer is ever shown.
//!
//! The built-in wheels are baked in, so only a fetched file needs reading:
//! the JSON reader, the file's shape and rules ([`Wheel::from_json`]) and the
//! words for its problems live in the `reader` chunk ([`READER`]), fetched
//! with the first `src` file (the editor's and an import's chunks carry
//! what they use of them themselves).

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::{describe_wheel_error, Strings};
use crate::core::model::{Wheel, WheelError};

/// What reads a fetched wheel file, in its own chunk.
pub struct Reader {
    /// Parses and validates a file (the `src` it came from, for the
    /// console's warnings).
    pub read: fn(&str, &str) -> Result<Wheel, WheelError>,
    /// A problem in words, and where it is.
    pub describe: fn(&WheelError, &Strings) -> (String, String),
}

static READ: Reader = Reader {
    read: read_wheel,
    describe: describe_wheel_error,
};

crate::chunk! {
    value
    /// In the wasm build only this chunk's split function names [`READ`],
    /// so the reader lands in `competence-wheel.reader.wasm`.
    pub static READER: &'static Reader = reader, fetch_reader => &READ;
}

/// Why a wheel could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed, or answered with an HTTP error `status`.
    Fetch { url: String, status: Option<u16> },
    /// The file arrived but is not a usable wheel.
    Wheel(WheelError),
    /// The reader's chunk could not be fetched; the callback tries again.
    Reader(Callback<MouseEvent>),
}

/// Where the wheel file named by `src` is.
#[derive(Clone, Debug, PartialEq)]
pub enum WheelFile {
    /// No `src`: the built-in wheel is used.
    None,
    Pending,
    Ready(Rc<Wheel>),
    Failed(LoadError),
}

/// The wheel file at `src`, fetched again whenever `src` changes. When `src`
/// changes while a request is still under way, that request's answer is
/// dropped when it comes: a slow first file never replaces a newer one.
#[hook]
pub fn use_wheel_file(src: Option<AttrValue>) -> UseStateHandle<WheelFile> {
    let file = use_state(|| match &src {
        None => WheelFile::None,
        Some(_) => WheelFile::Pending,
    });
    // Each press of "try again" after the reader did not come is a new attempt.
    let attempt = use_state(|| 0_u32);
    {
        let file = file.clone();
        use_effect_with((src, *attempt), move |(src, _)| {
            // Set when `src` changes again (or the widget goes away).
            let superseded = Rc::new(Cell::new(false));
            match src {
                None => file.set(WheelFile::None),
                Some(url) => {
                    file.set(WheelFile::Pending);
                    let (url, superseded) = (url.to_string(), superseded.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let result = fetch_wheel(&url).await;
                        if superseded.get() {
                            return;
                        }
                        file.set(match result {
                            Ok(wheel) => WheelFile::Ready(Rc::new(wheel)),
                            Err(None) => {
                                let retry = Callback::from(move |_: MouseEvent| {
                                    attempt.set(*attempt + 1);
                                });
                                WheelFile::Failed(LoadError::Reader(retry))
                            }
                            Err(Some(error)) => WheelFile::Failed(error),
                        });
                    });
                }
            }
            move || superseded.set(true)
        });
    }
    file
}

/// Fetches and validates the wheel file at `url`; `Err(None)` when the
/// reader's chunk did not come.
pub async fn fetch_wheel(url: &str) -> Result<Wheel, Option<LoadError>> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let failed = |status: Option<u16>| {
        Some(LoadError::Fetch {
            url: url.to_owned(),
            status,
        })
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
    let reader = READER.load().await.map_err(|_| None)?;
    (reader.read)(url, &text).map_err(|error| Some(LoadError::Wheel(error)))
}

fn read_wheel(url: &str, text: &str) -> Result<Wheel, WheelError> {
    let wheel = Wheel::from_json(text)?;
    // Warnings are for the wheel's author, not its readers: the wheel works,
    // so they go to the console rather than into the page.
    for warning in wheel.warnings() {
        web_sys::console::warn_1(&format!("competence-wheel: {url}: {warning}").into());
    }
    Ok(wheel)
}
