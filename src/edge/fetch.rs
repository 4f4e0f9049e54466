//! Fetching a wheel file (the `src` attribute), at the edge: one request per
//! `src`, and only the newest `src`'s answer is ever shown.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::model::{Wheel, WheelError};

/// Why a wheel could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed, or answered with an HTTP error `status`.
    Fetch { url: String, status: Option<u16> },
    /// The file arrived but is not a usable wheel.
    Wheel(WheelError),
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
    {
        let file = file.clone();
        use_effect_with(src, move |src| {
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
                            Err(error) => WheelFile::Failed(error),
                        });
                    });
                }
            }
            move || superseded.set(true)
        });
    }
    file
}

/// Fetches and validates the wheel file at `url`.
pub async fn fetch_wheel(url: &str) -> Result<Wheel, LoadError> {
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
