//! The open shadow root a Rust app's `CompetenceWheel` renders into, as the
//! element does (`src/js/element.js`): the app's CSS cannot break the
//! widget, nor the widget the app's.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The shadow root of the element `host` refers to, once it is in the
/// document (the one it has, or a new open one), as an element to render
/// into with `create_portal`.
#[hook]
pub fn use_shadow_root(host: NodeRef) -> Option<web_sys::Element> {
    let root = use_state(|| None::<web_sys::Element>);
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            root.set(shadow_root(&host));
        });
    }
    (*root).clone()
}

fn shadow_root(host: &NodeRef) -> Option<web_sys::Element> {
    let element = host.cast::<web_sys::Element>()?;
    let root = match element.shadow_root() {
        Some(root) => root,
        None => element
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    Some(root.unchecked_into())
}
