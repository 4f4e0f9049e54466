//! The browser at the edge: moving focus, observing the wheel's size and
//! keeping the URL hash in step with the open segment.
//!
//! Everything here runs inside effects, which Yew's server renderer never
//! runs, so components that use these hooks still render natively in tests.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::{SegmentId, Wheel};
use crate::state::{Action, Origin, WheelState};

/// Focuses the element behind `node` whenever `request` changes (but not on
/// the first render, so the widget never steals focus when a page loads).
#[hook]
pub fn use_focus_on(node: NodeRef, request: u32, selector: Option<String>) {
    use_effect_with(request, move |&request| {
        if request > 0 {
            let target = match &selector {
                Some(selector) => node
                    .cast::<web_sys::Element>()
                    .and_then(|root| root.query_selector(selector).ok().flatten()),
                None => node.cast::<web_sys::Element>(),
            };
            if let Some(element) = target {
                focus(&element);
            }
        }
    });
}

fn focus(element: &web_sys::Element) {
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}

/// Whether the person asked for less motion: then scrolling jumps instead
/// of gliding.
fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// Scrolls the page (and any scrolling ancestor) so that `element` lines up
/// at `block`, smoothly unless the person prefers reduced motion.
fn scroll_to(element: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The viewport's height in CSS pixels.
fn viewport_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// Brings the panel's text into view after a click or tap opened a segment.
/// When the panel sits below the wheel (a phone), its top goes to the top of
/// the screen. When it sits beside the wheel, the wheel and the panel's top
/// must both show; if they do not, the two are scrolled up together.
pub fn reveal_panel(figure: &NodeRef, panel: &NodeRef) {
    let (Some(figure), Some(panel)) = (
        figure.cast::<web_sys::Element>(),
        panel.cast::<web_sys::Element>(),
    ) else {
        return;
    };
    let view_height = viewport_height();
    let wheel = figure.get_bounding_client_rect();
    let text = panel.get_bounding_client_rect();
    if text.top() >= wheel.bottom() - 1.0 {
        // Stacked: already at the top of the screen (within its margin)?
        if !(0.0..=24.0).contains(&text.top()) {
            scroll_to(&panel, web_sys::ScrollLogicalPosition::Start);
        }
        return;
    }
    let wheel_whole = wheel.top() >= 0.0 && wheel.bottom() <= view_height;
    let text_begins_in_view = text.top() >= 0.0 && text.top() < view_height;
    if !(wheel_whole && text_begins_in_view) {
        let body = panel.parent_element().unwrap_or(panel);
        scroll_to(&body, web_sys::ScrollLogicalPosition::Start);
    }
}

/// Brings `node` (the wheel) into view and then focuses the element matching
/// `selector` inside it without a second, abrupt scroll.
pub fn reveal_and_focus(node: &NodeRef, selector: &str) {
    let Some(root) = node.cast::<web_sys::Element>() else {
        return;
    };
    scroll_to(&root, web_sys::ScrollLogicalPosition::Start);
    let Some(target) = root.query_selector(selector).ok().flatten() else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    if let Some(html) = target.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus_with_options(&options);
    } else if let Some(svg) = target.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus_with_options(&options);
    }
}

/// Scrolls `node` into view only as far as needed (a message that appeared
/// below the fold), respecting reduced motion.
pub fn reveal_nearest(node: &NodeRef) {
    let Some(element) = node.cast::<web_sys::Element>() else {
        return;
    };
    let rect = element.get_bounding_client_rect();
    if rect.top() < 0.0 || rect.bottom() > viewport_height() {
        scroll_to(&element, web_sys::ScrollLogicalPosition::Nearest);
    }
}

/// Whether the element an event targets shows a keyboard focus ring
/// (`:focus-visible`), so the wheel can draw its own ring only then.
pub fn is_focus_visible(event: &FocusEvent) -> bool {
    event
        .target_dyn_into::<web_sys::Element>()
        .and_then(|element| element.matches(":focus-visible").ok())
        .unwrap_or(false)
}

/// The rendered width of the element behind `node`, in CSS pixels, rounded
/// down to 8 px steps so that small resizes do not re-lay the labels out.
/// Until the element is measured, `initial` is returned.
#[hook]
pub fn use_width(node: NodeRef, initial: f64) -> f64 {
    let width = use_state_eq(|| initial);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let mut observer = None;
            if let Some(element) = node.cast::<web_sys::Element>() {
                let set = move |measured: f64| {
                    if measured > 0.0 {
                        width.set((measured / 8.0).floor() * 8.0);
                    }
                };
                set(element.get_bounding_client_rect().width());
                let callback =
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>()
                        {
                            set(entry.content_rect().width());
                        }
                    });
                if let Ok(resize) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())
                {
                    resize.observe(&element);
                    observer = Some((resize, callback));
                }
            }
            move || {
                if let Some((resize, _callback)) = observer {
                    resize.disconnect();
                }
            }
        });
    }
    *width
}

/// Keeps the URL hash and the open segment in step: a hash naming a segment
/// opens it (at load and on `hashchange`), and opening or closing a segment
/// rewrites the hash with `history.replaceState`, which neither scrolls the
/// host page nor adds history entries. A hash that names nothing in this
/// wheel belongs to the host page and is left alone.
#[hook]
pub fn use_hash_sync(enabled: bool, state: UseReducerHandle<WheelState>) {
    let wheel = state.wheel.clone();
    {
        let dispatcher = state.dispatcher();
        let wheel = wheel.clone();
        use_effect_with(enabled, move |&enabled| {
            let mut listener = None;
            if enabled {
                let open_from_hash = move |wheel: &Wheel| {
                    if let Some(segment) = current_hash().and_then(|id| wheel.find(&id)) {
                        dispatcher.dispatch(Action::Open(segment, Origin::Hash));
                    }
                };
                open_from_hash(&wheel);
                if let Some(window) = web_sys::window() {
                    listener = Some(EventListener::new(&window, "hashchange", move |_| {
                        open_from_hash(&wheel)
                    }));
                }
            }
            move || drop(listener)
        });
    }
    let open = state.open;
    use_effect_with((enabled, open), move |&(enabled, open)| {
        if enabled {
            write_hash(&wheel, open);
        }
    });
}

fn current_hash() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let id = hash.strip_prefix('#')?;
    (!id.is_empty()).then(|| id.to_owned())
}

fn write_hash(wheel: &Rc<Wheel>, open: Option<SegmentId>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let current = current_hash();
    let ours = current
        .as_deref()
        .is_some_and(|id| wheel.find(id).is_some());
    let target = open.map(|segment| wheel.id_of(segment).to_owned());
    if current == target || (target.is_none() && !ours) {
        return;
    }
    let location = window.location();
    let url = match &target {
        Some(id) => format!("#{id}"),
        // Drop the hash but keep the path and query.
        None => format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        ),
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Enters full screen with the widget's host element, or leaves it.
pub fn toggle_full_screen(node: &NodeRef) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
        return;
    }
    // The widget lives in a shadow root; full screen is for its host element.
    let host = node
        .cast::<web_sys::Node>()
        .map(|n| n.get_root_node())
        .and_then(|root| root.dyn_into::<web_sys::ShadowRoot>().ok())
        .map(|shadow| shadow.host());
    if let Some(host) = host {
        let _ = host.request_fullscreen();
    }
}

/// This page's address with a share code in its fragment.
pub fn link_with_code(code: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return format!("#cw-code={code}");
    };
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#cw-code={code}")
}

/// The share codes in this page's fragment (`#cw-code=…`), if any.
pub fn codes_in_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .and_then(|hash| hash.strip_prefix("#cw-code=").map(str::to_owned))
        .unwrap_or_default()
}

/// Copies `text` to the clipboard, where the browser allows it.
pub fn copy_text(text: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}
