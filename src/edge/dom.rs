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

use yew::functional::UseReducerDispatcher;

use crate::core::model::SegmentId;
use crate::core::state::{Effect, Present, WheelState};
use crate::edge::request::{perform, use_request};

/// Focuses the element behind `node` whenever `request` changes (but not on
/// the first render, so the widget never steals focus when a page loads).
#[hook]
pub fn use_focus_on(node: NodeRef, request: u32, selector: Option<String>) {
    use_effect_with(request, move |&request| {
        if request > 0 {
            focus_within(&node, selector.as_deref());
        }
    });
}

/// Focuses the element behind `node`, or (with `selector`) the first
/// element inside it that matches.
pub fn focus_within(node: &NodeRef, selector: Option<&str>) {
    let target = match selector {
        Some(selector) => node
            .cast::<web_sys::Element>()
            .and_then(|root| root.query_selector(selector).ok().flatten()),
        None => node.cast::<web_sys::Element>(),
    };
    if let Some(element) = target {
        focus(&element);
    }
}

/// Focuses the first element inside `node` that matches `selector`, and
/// clicks it when `click`: a press made on a stand-in, done again on the
/// real control once it has arrived.
pub fn press_within(node: &NodeRef, selector: &str, click: bool) {
    let element = node
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
        if click {
            element.click();
        }
    }
}

/// Brings the panel's text into view when a click or tap opened a segment
/// ([`Navigation::panel_reveal`](crate::core::state::Navigation::panel_reveal)):
/// see [`reveal_panel`].
#[hook]
pub fn use_reveal_panel(
    request: Option<SegmentId>,
    figure: NodeRef,
    panel: NodeRef,
    dispatch: UseReducerDispatcher<WheelState>,
) {
    let reveal = request.map(|_| perform(move || reveal_panel(&figure, &panel)));
    use_request(Effect::PanelReveal, dispatch, reveal);
}

/// A callback that scrolls the element behind `node` into view as far as
/// needed (see [`reveal_nearest`]).
pub fn reveal_nearest_callback(node: NodeRef) -> Callback<()> {
    Callback::from(move |()| reveal_nearest(&node))
}

/// A callback that leaves full screen if the widget behind `node` fills it,
/// and says whether it did (see [`leave_full_screen`]).
pub fn leave_full_screen_callback(node: NodeRef) -> Callback<(), bool> {
    Callback::from(move |()| leave_full_screen(&node))
}

/// Whether a key goes to a text field (typing and native controls keep
/// their keys).
pub fn is_typing(event: &KeyboardEvent) -> bool {
    event
        .target_dyn_into::<web_sys::Element>()
        .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT"))
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

/// Below this width the widget is a phone's: its panel's top goes to the top
/// of the screen. From it on (a content column), the wheel is big enough
/// that its clicked part and the panel's heading can show together.
const COLUMN_WIDTH: f64 = 480.0;

/// What stays on screen below the panel's heading (its first lines), in CSS
/// pixels: the heading's `scroll-margin-bottom` in styles/panel.css.
const ROOM_BELOW_HEADING: f64 = 120.0;

/// The room above a part scrolled to the top: a segment's
/// `scroll-margin-top` in styles/base.css.
const ROOM_ABOVE_PART: f64 = 8.0;

/// Brings the panel's text into view after a click or tap opened a segment.
/// When the panel sits below the wheel on a phone, its top goes to the top of
/// the screen. Below a wider wheel (a content column) the page scrolls only
/// so far that the clicked part stays on screen with the panel's heading.
/// When the panel sits beside the wheel, the wheel and the panel's top must
/// both show; if they do not, the two are scrolled up together.
fn reveal_panel(figure: &NodeRef, panel: &NodeRef) {
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
        if wheel.width() >= COLUMN_WIDTH && keep_part_with_heading(&figure, &panel, view_height) {
            return;
        }
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

/// Below a content column's wheel: scrolls by as little as brings the
/// panel's heading and its first lines on screen with the clicked part whole
/// above them, or else the part to the top with the heading still in view.
/// Returns false, scrolling nothing, when the two cannot show at once.
/// (Scrolling an element into view, not the window: an intranet page may
/// scroll inside a container.)
fn keep_part_with_heading(
    figure: &web_sys::Element,
    panel: &web_sys::Element,
    view_height: f64,
) -> bool {
    let (Some(part), Some(heading)) = (
        figure
            .query_selector("[aria-expanded=\"true\"]")
            .ok()
            .flatten(),
        panel.query_selector("#cw-panel-title").ok().flatten(),
    ) else {
        return false;
    };
    let (part_box, heading_box) = (
        part.get_bounding_client_rect(),
        heading.get_bounding_client_rect(),
    );
    // How far the page must move up to show the heading and its room, and
    // how far it may before the part's top leaves the screen.
    let needed = heading_box.bottom() + ROOM_BELOW_HEADING - view_height;
    let allowed = part_box.top() - ROOM_ABOVE_PART;
    if needed <= allowed {
        if needed > 0.0 {
            scroll_to(&heading, web_sys::ScrollLogicalPosition::End);
        } else if allowed < 0.0 {
            scroll_to(&part, web_sys::ScrollLogicalPosition::Start);
        }
        true
    } else if heading_box.bottom() - allowed <= view_height {
        scroll_to(&part, web_sys::ScrollLogicalPosition::Start);
        true
    } else {
        false
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

/// Brings the top of `node` (the profile) to the top of the screen and, given
/// a selector, focuses that element inside it without a second scroll.
pub fn reveal_start(node: &NodeRef, focus: Option<&str>) {
    match focus {
        Some(selector) => reveal_and_focus(node, selector),
        None => {
            if let Some(element) = node.cast::<web_sys::Element>() {
                scroll_to(&element, web_sys::ScrollLogicalPosition::Start);
            }
        }
    }
}

/// Brings the element behind `node` into view (see [`reveal_nearest`])
/// whenever `request` changes to a number above 0, including on the first
/// render: for things that appear because the person asked for them.
#[hook]
pub fn use_reveal_on(node: NodeRef, request: u32) {
    use_effect_with(request, move |&request| {
        if request > 0 {
            reveal_nearest(&node);
        }
    });
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

/// What the wheel's labels are sized for, in CSS pixels: the wheel's width,
/// the whole widget's, and the widget's font size (the reader's own).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measured {
    pub wheel: f64,
    pub widget: f64,
    pub page_font: f64,
}

/// The rendered width of the element behind `node` (the wheel) and of the
/// widget around it, in CSS pixels, rounded down to 8 px steps so that small
/// resizes do not re-lay the labels out, and the widget's font size. Until the
/// element is measured, `initial` is the wheel's width and `initial_widget`
/// the widget's.
#[hook]
pub fn use_width(node: NodeRef, initial: f64, initial_widget: f64) -> Measured {
    let width = use_state_eq(|| Measured {
        wheel: initial,
        widget: initial_widget,
        page_font: 16.0,
    });
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let mut observer = None;
            if let Some(element) = node.cast::<web_sys::Element>() {
                let figure = element.clone();
                let set = move |measured: f64| {
                    if measured > 0.0 {
                        let element = &figure;
                        let step = |px: f64| (px / 8.0).floor() * 8.0;
                        let widget = element
                            .closest(".cw")
                            .ok()
                            .flatten()
                            .map_or(measured, |cw| cw.get_bounding_client_rect().width());
                        width.set(Measured {
                            wheel: step(measured),
                            widget: step(widget),
                            page_font: page_font_px(element),
                        });
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

/// The widget's own font size: the reader's chosen one (`medium` on the
/// host). The page's font size is not read: page CSS must not change the
/// widget (`embed.spec.mjs`, whose hostile page sets 40 px on everything).
fn page_font_px(element: &web_sys::Element) -> f64 {
    let host = element
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .map_or_else(|_| element.clone(), |root| root.host());
    web_sys::window()
        .and_then(|w| w.get_computed_style(&host).ok().flatten())
        .and_then(|style| style.get_property_value("font-size").ok())
        // Whole pixels: parsing an `f64` would bring Rust's float parser and
        // its tables (18 KiB gzip) into the first load.
        .and_then(|value| {
            let whole = value.strip_suffix("px")?.split('.').next()?;
            whole.parse::<u16>().ok().map(f64::from)
        })
        .unwrap_or(16.0)
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
    if let Some(host) = host_of(node) {
        let _ = host.request_fullscreen();
    }
}

/// Leaves full screen if the widget behind `node` is what fills the screen;
/// says whether it did.
pub fn leave_full_screen(node: &NodeRef) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let filling =
        document.fullscreen_element().is_some() && document.fullscreen_element() == host_of(node);
    if filling {
        document.exit_fullscreen();
    }
    filling
}

/// The widget's host element: the widget lives in a shadow root, and full
/// screen is for its host.
fn host_of(node: &NodeRef) -> Option<web_sys::Element> {
    node.cast::<web_sys::Node>()
        .map(|n| n.get_root_node())
        .and_then(|root| root.dyn_into::<web_sys::ShadowRoot>().ok())
        .map(|shadow| shadow.host())
}

/// Whether the widget behind `node` fills the screen, following the
/// browser's own state (`fullscreenchange`), so Escape, F11 or the browser's
/// own controls are reflected too.
#[hook]
pub fn use_full_screen(node: NodeRef) -> bool {
    let full = use_state_eq(|| false);
    {
        let full = full.clone();
        use_effect_with(node, move |node| {
            let node = node.clone();
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    let target = document.clone();
                    EventListener::new(&target, "fullscreenchange", move |_| {
                        let shown = document.fullscreen_element();
                        full.set(shown.is_some() && shown == host_of(&node));
                    })
                });
            move || drop(listener)
        });
    }
    *full
}

/// Gives the widget's root keyboard focus when it appears, without scrolling
/// the host page, unless the person is already using something else on the
/// page (focus is elsewhere than the page itself).
#[hook]
pub fn use_focus_on_appear(node: NodeRef, enabled: bool) {
    use_effect_with(enabled, move |&enabled| {
        if !enabled {
            return;
        }
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let free = document
            .active_element()
            .is_none_or(|active| active.tag_name().eq_ignore_ascii_case("body"));
        if let (true, Some(element)) = (free, node.cast::<web_sys::Element>()) {
            focus_without_scrolling(&element);
        }
    });
}

/// `element.focus({ preventScroll: true })`.
fn focus_without_scrolling(element: &web_sys::Element) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &wasm_bindgen::JsValue::from_str("preventScroll"),
        &wasm_bindgen::JsValue::TRUE,
    );
    if let Ok(focus) = js_sys::Reflect::get(element, &wasm_bindgen::JsValue::from_str("focus"))
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = focus.call1(element, &options);
    }
}

/// Presenting: measures every step's text as laid out in the hidden copy
/// behind `measure` (one child per step: the step at full length, then its
/// "continued" heading alone) against the room in `screen`, and tells the
/// reducer where each step's screens start. Runs again whenever either
/// changes size (a resize, full screen, a font arriving). `flows` says, per
/// step and block, how it flows between screens (see [`crate::core::slides::Flow`]).
#[hook]
pub fn use_screen_split<K: PartialEq + 'static>(
    screen: NodeRef,
    measure: NodeRef,
    key: K,
    flows: Vec<Vec<crate::core::slides::Flow>>,
    dispatch: yew::functional::UseReducerDispatcher<WheelState>,
) {
    use_effect_with(key, move |_| {
        let mut observer = None;
        if let (Some(screen), Some(measure)) = (
            screen.cast::<web_sys::Element>(),
            measure.cast::<web_sys::Element>(),
        ) {
            let run = {
                let (screen, measure) = (screen.clone(), measure.clone());
                move || {
                    let starts = split_screens(&screen, &measure, &flows);
                    dispatch.dispatch(Present::Screens(Rc::new(starts)).into());
                }
            };
            run();
            let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| run());
            if let Ok(resize) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                resize.observe(&screen);
                let mut step = measure.first_element_child();
                while let Some(element) = step {
                    resize.observe(&element);
                    step = element.next_element_sibling();
                }
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

fn split_screens(
    screen: &web_sys::Element,
    measure: &web_sys::Element,
    flows: &[Vec<crate::core::slides::Flow>],
) -> Vec<Vec<usize>> {
    use crate::core::slides::{paginate, Extent};
    // A layout that scrolls with the page (too narrow for a slide) says so
    // in the stylesheet: every step is then one screen.
    let unsplit = web_sys::window()
        .and_then(|w| w.get_computed_style(screen).ok().flatten())
        .and_then(|style| style.get_property_value("--cw-screens").ok())
        .is_some_and(|value| value.trim() == "none");
    if unsplit {
        return Vec::new();
    }
    let room = screen.get_bounding_client_rect().height();
    let top_of = |element: &web_sys::Element| element.get_bounding_client_rect().top();
    let blocks_top = |step: &web_sys::Element| {
        step.query_selector(".cw-step__blocks")
            .ok()
            .flatten()
            .map_or(top_of(step), |blocks| top_of(&blocks))
    };
    let mut all = Vec::new();
    let mut step = measure.first_element_child();
    let mut index = 0;
    while let Some(element) = step {
        let full = element.first_element_child();
        let continued = full.as_ref().and_then(|f| f.next_element_sibling());
        let (Some(full), Some(continued)) = (full, continued) else {
            break;
        };
        let origin = blocks_top(&full);
        let heading = origin - top_of(&full);
        let continued_heading = blocks_top(&continued) - top_of(&continued);
        let keep = flows.get(index).cloned().unwrap_or_default();
        let extents: Vec<Extent> = (0..keep.len())
            .filter_map(|block| {
                let selector = format!("[data-block=\"{block}\"]");
                let rect = full
                    .query_selector(&selector)
                    .ok()
                    .flatten()?
                    .get_bounding_client_rect();
                Some(Extent {
                    top: rect.top() - origin,
                    bottom: rect.bottom() - origin,
                })
            })
            .collect();
        all.push(paginate(
            &extents,
            &keep,
            room - heading,
            room - continued_heading,
        ));
        step = element.next_element_sibling();
        index += 1;
    }
    all
}

/// Copies `text` to the clipboard, where the browser allows it.
pub fn copy_text(text: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}

/// Gives the element behind `node` keyboard focus (focus going back to the
/// button that opened a question, once it is answered).
pub fn focus_node(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// The text in the text area an `input` event came from.
pub fn typed_text(event: &InputEvent) -> Option<String> {
    event
        .target_dyn_into::<web_sys::HtmlTextAreaElement>()
        .map(|area| area.value())
}

/// The value of the form control an event came from (a `<select>`'s chosen
/// option), read as a property so no element type is needed for it.
pub fn target_value(event: &Event) -> Option<String> {
    let target = event.target()?;
    js_sys::Reflect::get(&target, &wasm_bindgen::JsValue::from_str("value"))
        .ok()?
        .as_string()
}

/// The text in the input field behind `node`.
pub fn input_value(node: &NodeRef) -> Option<String> {
    node.cast::<web_sys::HtmlInputElement>()
        .map(|input| input.value())
}
