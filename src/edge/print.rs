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

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
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
    let root = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
        .and_then(|node| node.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok());
    let figure = root
        .as_ref()
        .and_then(|root| root.query_selector(".cw__figure").ok().flatten());
    let sheet = web_sys::CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(PRINT_ALONE).is_ok());
    if let (Some(root), Some(document), Some(sheet)) = (root, window.document(), sheet) {
        let host = root.host();
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
    print_after_layout(window, figure);
}

/// While marked, the widget's wheel takes its width on paper on screen too
/// (styles/base.css), and its resize observer lays the labels out for that
/// size: paper gets them at full size, not a wide screen's wheel scaled
/// down. So the print waits for the next layout of the wheel's box: a
/// resize observer reports an element once after the layout that follows
/// `observe`, after the widget's own (created first) and the render it
/// caused.
fn print_after_layout(window: web_sys::Window, figure: Option<web_sys::Element>) {
    let observer: Rc<Cell<Option<web_sys::ResizeObserver>>> = Rc::default();
    let handle = observer.clone();
    let print = window.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| {
        if let Some(resize) = handle.take() {
            resize.disconnect();
            let print = print.clone();
            Timeout::new(0, move || {
                let _ = print.print();
            })
            .forget();
        }
    });
    match (
        figure,
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
    ) {
        (Some(figure), Ok(resize)) => {
            resize.observe(&figure);
            observer.set(Some(resize));
            // One small closure per print, kept until the page goes.
            callback.forget();
        }
        _ => {
            let _ = window.print();
        }
    }
}
