//! The JavaScript-facing entry points, compiled only for the browser. The
//! custom element (`src/element.js`) creates a shadow root and calls
//! [`mount`] with the element to render into.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use crate::components::{App, AppProps};
use crate::model::Wheel;

/// A mounted widget. Dropping it (or calling `destroy`) unmounts it.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
}

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget and frees its resources.
    pub fn destroy(mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Renders the built-in KL wheel into `root`.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) -> Widget {
    let props = AppProps {
        wheel: Rc::new(Wheel::builtin()),
        sync_hash: true,
        lang: None,
        open: None,
        mode: Default::default(),
        storage_key: None,
        initial_width: root.get_bounding_client_rect().width().max(280.0),
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Widget {
        handle: Some(handle),
    }
}
