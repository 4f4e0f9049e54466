//! *Udskriv*: printing one widget alone, on any host page.
//!
//! The widget's own `@media print` rules lay its profile out for one A4 page,
//! but the host page prints around it: a header, a sidebar and a footer push
//! the profile onto a second page. So for this one print, the document gets a
//! constructed stylesheet (`adoptedStyleSheets`, allowed under a strict
//! `style-src 'self'`) that hides everything on the page except this widget
//! and the elements that contain it, and flattens those to plain blocks. The
//! sheet and the marker attribute go again on `afterprint`, so the host page
//! prints as before when the person prints it from the browser's menu.
//! While marked, the widget lays its wheel out at its size on paper first.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

/// Marks the widget being printed, for the selectors below.
const PRINTING: &str = "data-cw-printing";

/// Print-only rules for the host document: the marked widget and its
/// ancestors stay (as full-width blocks with no margins), the rest is hidden.
const PRINT_ALONE: &str = concat!(
    "@media print{@page{size:A4;margin:1.2cm}",
    "body :not([data-cw-printing],:has([data-cw-printing])){display:none!important}",
    ":has([data-cw-printing]),[data-cw-printing]{display:block!important;",
    "position:static!important;float:none!important;width:auto!important;",
    "max-width:none!important;height:auto!important;min-height:0!important;",
    "margin:0!important;padding:0!important;border:0!important}}"
);

/// Prints the widget whose button sent `event`, alone on the page.
pub fn print_alone(event: &web_sys::Event) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // The button lives in the widget's shadow root; its host is the element.
    let host = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
        .and_then(|node| node.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok())
        .map(|root| root.host());
    let sheet = web_sys::CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(PRINT_ALONE).is_ok());
    if let (Some(host), Some(document), Some(sheet)) = (host, window.document(), sheet) {
        let _ = host.set_attribute(PRINTING, "");
        let before = document.adopted_style_sheets();
        document.set_adopted_style_sheets(&before.concat(&js_sys::Array::of1(&sheet)));
        let sheet = wasm_bindgen::JsValue::from(sheet);
        EventListener::once(&window, "afterprint", move |_| {
            let kept = document
                .adopted_style_sheets()
                .filter(&mut |each, _, _| each != sheet);
            document.set_adopted_style_sheets(&kept);
            let _ = host.remove_attribute(PRINTING);
        })
        .forget();
    }
    // While marked, the widget's wheel takes its width on paper on screen
    // too (styles/base.css): the resize observer lays its labels out for
    // that size, so paper gets them at full size rather than a wide
    // screen's wheel scaled down. The print waits for that: a frame for
    // the observer and the render, and one for the new wheel to be drawn.
    next_frame(move || {
        next_frame(move || {
            let _ = window.print();
        });
    });
}

/// Runs `then` at the browser's next animation frame.
fn next_frame(then: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let callback = wasm_bindgen::closure::Closure::once_into_js(then);
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}
