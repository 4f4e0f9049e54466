//! The URL hash, in one place: reading it (what it means is decided by
//! [`crate::core::hash`]), keeping it in step with the open segment, and
//! share links (`#cw-code=`), at load and on `hashchange`.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::core::hash;
use crate::core::model::{SegmentId, Wheel};
use crate::core::state::{Mode, Nav, Origin, WheelState};

/// The mode a widget shows, by the one rule in [`hash::mode_shown`]: a
/// share link opened in this page (at load or later) turns a widget that
/// set no `mode` into the group's view; a widget with a `mode` keeps it.
#[hook]
pub fn use_mode_shown(configured: Mode, given: bool) -> Mode {
    let link_opened = use_share_link_opened();
    hash::mode_shown(configured, given, link_opened)
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
                        dispatcher.dispatch(Nav::Open(segment, Origin::Hash).into());
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
    let open = state.nav.open;
    use_effect_with((enabled, open), move |&(enabled, open)| {
        if enabled {
            write_hash(&wheel, open);
        }
    });
}

/// This page's fragment, as `location.hash` gives it (empty when none, or
/// when rendering on the server).
fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The segment id in this page's fragment, if it holds one.
fn current_hash() -> Option<String> {
    hash::id(&fragment()).map(str::to_owned)
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

/// This page's address with a share code in its fragment.
pub fn link_with_code(code: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    hash::link_with_code(&href, code)
}

/// The share codes in this page's fragment (`#cw-code=…`), if any.
pub fn codes_in_hash() -> String {
    hash::codes(&fragment())
}

/// Whether a participant's share link (`#cw-code=…`) has been opened in this
/// page: at load, or later in the same tab, where pasting the next link into
/// the address bar changes only the fragment (a `hashchange`, no reload).
/// Once true it stays true. Always false when rendering on the server.
#[hook]
pub fn use_share_link_opened() -> bool {
    let opened = use_state_eq(|| cfg!(target_arch = "wasm32") && !codes_in_hash().is_empty());
    {
        let opened = opened.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    if !codes_in_hash().is_empty() {
                        opened.set(true);
                    }
                })
            });
            move || drop(listener)
        });
    }
    *opened
}

/// Calls `on_codes` with the codes of every share link opened in this page
/// after mounting (each `hashchange` to a `#cw-code=…` fragment).
#[hook]
pub fn use_share_links(on_codes: Callback<String>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", move |_| {
                let codes = codes_in_hash();
                if !codes.is_empty() {
                    on_codes.emit(codes);
                }
            })
        });
        move || drop(listener)
    });
}
