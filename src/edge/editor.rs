//! The editor's browser work: focusing a field by id, asking before the
//! page is left with unsaved changes, where the widget's files were loaded
//! from, reading what was typed, and reading a chosen wheel file. It uses as few new browser functions as it can: each one
//! adds a shim to the JavaScript glue, which every widget loads.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Focuses the element with `id` inside `root` (the editor, in its shadow
/// root, where `document.getElementById` cannot see).
pub fn focus_by_id(root: &NodeRef, id: &str) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    let selector = format!("[id=\"{id}\"]");
    if let Some(element) = root
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// While `unsaved`, leaving or reloading the page asks first.
#[hook]
pub fn use_leave_warning(unsaved: bool) {
    use_effect_with(unsaved, move |&unsaved| {
        let listener = unsaved.then(web_sys::window).flatten().map(|window| {
            EventListener::new_with_options(
                &window,
                "beforeunload",
                EventListenerOptions::enable_prevent_default(),
                |event| {
                    event.prevent_default();
                    // Older browsers ask only when `returnValue` is set.
                    let _ = js_sys::Reflect::set(
                        event,
                        &JsValue::from_str("returnValue"),
                        &JsValue::from_str(""),
                    );
                },
            )
        });
        move || drop(listener)
    });
}

/// The URL of the widget's stylesheet (`…/competence-wheel.<hash>.css` in
/// dist/; empty if there is none), read from the stylesheet link beside the
/// widget in its shadow root, so the snippet and the editor's own stylesheet
/// point at the folder the widget's files came from. `None` until mounted.
/// (An `Option<String>`, as other states are: a state of a new type would
/// bring the editor's chunk a copy of the hook's code.)
#[hook]
pub fn use_asset_base(node: NodeRef) -> Option<String> {
    let base = use_state(|| None::<String>);
    {
        let base = base.clone();
        use_effect_with((), move |_| {
            let href = node
                .cast::<web_sys::Element>()
                // The shadow root holds the widget's stylesheet link. It is
                // searched through `Element::query_selector`, whose shim only
                // calls `querySelector` (a shadow root has it too), so that no
                // new function is added to the glue every widget loads.
                .map(|e| e.get_root_node())
                .and_then(|root| {
                    root.unchecked_ref::<web_sys::Element>()
                        .query_selector("link[rel=stylesheet]")
                        .ok()
                        .flatten()
                })
                // `Location::href`'s shim only reads `.href`, which a link has
                // too (resolved to an absolute URL); no new shim either.
                .and_then(|link| link.unchecked_ref::<web_sys::Location>().href().ok());
            base.set(Some(href.unwrap_or_default()));
        });
    }
    (*base).clone()
}

/// The text in the input or text area an `input` event came from. Both are
/// read through `HtmlTextAreaElement::value`, whose shim only reads `.value`
/// (an input has it too), so the editor adds no function to the glue.
pub fn typed_value(event: &InputEvent) -> Option<String> {
    event.target().map(|target| {
        target
            .unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value()
    })
}

/// The `onchange` of a file input for a wheel file: reads the first chosen
/// file as text (no further than the formats' limit, see
/// [`crate::edge::files::read_chosen`]), empties the input so that the same
/// file can be chosen again, and gives `done` the text, or why it could not
/// be read. The reader is kept until it has answered.
#[hook]
pub fn use_chosen_file_text(done: Callback<Result<String, String>>) -> Callback<Event> {
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    Callback::from(move |event: Event| {
        let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
            return;
        };
        let (done, slot, chosen) = (done.clone(), reader.clone(), input.clone());
        *reader.borrow_mut() = crate::edge::files::read_chosen(&input, move |result| {
            chosen.set_value("");
            done.emit(result);
            slot.borrow_mut().take();
        });
    })
}
