//! Ratings in the browser's `localStorage`, at the edge.
//!
//! Every access is guarded: storage may be missing, blocked (cookies off, a
//! sandboxed iframe), full, or hold something unreadable. None of that may
//! panic or lose a rating; it becomes a [`Notice`] and, where needed,
//! [`Persistence::Memory`]. (gloo's `LocalStorage` panics when storage is
//! blocked, so this module uses web-sys directly.)
//!
//! Two copies stay in step: other tabs through the `storage` event, and other
//! widgets on the same page through a `competence-wheel-ratings` event on
//! `window`, which also works when storage is unavailable.

use std::cell::Cell;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::core::ratings::Ratings;
use crate::core::state::{Effect, Mode, Notice, Persistence, Rating, Save, WheelState};
use crate::core::stored::{self, DecodeError};
use crate::edge::json;
use crate::edge::request::{perform, use_request};

/// The same-page event that carries a widget's freshly stored ratings.
const SYNC_EVENT: &str = "competence-wheel-ratings";

/// The default storage key for a wheel.
pub fn default_key(wheel_id: &str) -> String {
    ["competence-wheel:", wheel_id].concat()
}

/// Where an unreadable stored value is kept, so nothing is lost.
pub fn backup_key(key: &str) -> String {
    [key, ":unreadable"].concat()
}

/// Ratings read at start-up.
pub struct Loaded {
    pub ratings: Ratings,
    pub persistence: Persistence,
    pub notices: Vec<Notice>,
}

/// The ratings to start with, read before the first render so that a
/// reload never shows an empty wheel for a frame. `None` outside the browser
/// (the server renderer) and when not rating.
pub fn load_initial(key: &str, wheel_id: &str, mode: Mode) -> Option<Loaded> {
    (cfg!(target_arch = "wasm32") && mode == Mode::Rate).then(|| load(key, wheel_id))
}

/// Reads the ratings stored under `key`.
pub fn load(key: &str, wheel_id: &str) -> Loaded {
    let fresh = |persistence, notices| Loaded {
        ratings: Ratings::new(),
        persistence,
        notices,
    };
    let Some(storage) = local_storage() else {
        return fresh(Persistence::Memory, vec![Notice::StorageUnavailable]);
    };
    let text = match storage.get_item(key) {
        Ok(Some(text)) => text,
        Ok(None) => return fresh(Persistence::Stored, Vec::new()),
        Err(_) => return fresh(Persistence::Memory, vec![Notice::StorageUnavailable]),
    };
    match json::decode(&text, wheel_id) {
        Ok(ratings) => Loaded {
            ratings,
            persistence: Persistence::Stored,
            notices: Vec::new(),
        },
        // A newer widget's document stays where it is, whole: this widget
        // works in memory and writes nothing, so the newer one finds it again.
        Err(DecodeError::FutureVersion(_)) => {
            fresh(Persistence::Memory, vec![Notice::StorageFuture])
        }
        Err(_) => {
            // Keep the unreadable value before anything can overwrite it; if
            // even that fails, do not write to this key at all.
            let backup = backup_key(key);
            if storage.set_item(&backup, &text).is_err() {
                return fresh(Persistence::Memory, vec![Notice::StorageUnavailable]);
            }
            fresh(
                Persistence::Stored,
                vec![Notice::StorageCorrupt { backup_key: backup }],
            )
        }
    }
}

/// Stores `text` under `key`.
pub fn save(key: &str, text: &str) -> Result<(), JsValue> {
    local_storage()
        .ok_or_else(|| JsValue::from_str("no storage"))?
        .set_item(key, text)
}

/// Storage is blocked, missing or failing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

/// Reads the text under `key`.
pub fn read(key: &str) -> Result<Option<String>, Unavailable> {
    local_storage()
        .ok_or(Unavailable)?
        .get_item(key)
        .map_err(|_| Unavailable)
}

fn local_storage() -> Option<web_sys::Storage> {
    // Reading `window.localStorage` itself throws where storage is blocked.
    web_sys::window()?.local_storage().ok().flatten()
}

thread_local! {
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
    static SHARE_SECRET: Cell<Option<u32>> = const { Cell::new(None) };
}

/// Where this browser keeps its share-code secret (one for every wheel: the
/// wheel's fingerprint already tells codes of different wheels apart).
const SHARE_SECRET_KEY: &str = "competence-wheel.share-secret";

/// The person's secret for share codes (`core::share::encode`): drawn once
/// with `Math.random` (the cheapest source in the wasm; the code needs no
/// more than chance) and kept in `localStorage`, so their code is the same
/// after a reload and two people who rate alike still give two codes. Where
/// storage is blocked it lives as long as the page. Natively, 0.
pub fn share_secret() -> u32 {
    if !cfg!(target_arch = "wasm32") {
        return 0;
    }
    SHARE_SECRET.with(|cell| {
        if let Some(secret) = cell.get() {
            return secret;
        }
        let storage = local_storage();
        let kept = storage
            .as_ref()
            .and_then(|s| s.get_item(SHARE_SECRET_KEY).ok().flatten())
            .and_then(|text| text.parse::<u32>().ok());
        let secret = kept.unwrap_or_else(|| {
            let drawn = (js_sys::Math::random() * 4_294_967_296.0) as u32;
            if let Some(storage) = &storage {
                let _ = storage.set_item(SHARE_SECRET_KEY, &drawn.to_string());
            }
            drawn
        });
        cell.set(Some(secret));
        secret
    })
}

/// Stores ratings after every change made here, and merges changes made in
/// other tabs and widgets. Does nothing in explore mode. (The ratings at
/// start-up are read before the first render: [`load_initial`].)
///
/// Storage converges: every write reads what is stored, merges it with this
/// copy (each part's newest entry) and writes the union, and when another
/// tab's document lacks something this copy has (two tabs wrote at nearly the
/// same moment, and the later write was made without the other's entry), the
/// reducer asks for the union to be written back (`Action::External`). A
/// write that changes nothing fires no `storage` event, so tabs stop as soon
/// as storage holds every entry.
#[hook]
pub fn use_stored_ratings(key: String, state: UseReducerHandle<WheelState>) {
    let instance = use_state(|| NEXT_INSTANCE.with(|n| n.replace(n.get() + 1)));
    let instance = *instance;
    let mode = state.mode;
    let wheel_id = state.wheel.id.clone();

    // One writer per widget: it stores a document and tells the page's other
    // widgets, and holds a note's unsaved text while typing goes on.
    let writer = use_mut_ref(|| Writer {
        key: key.clone(),
        wheel_id: wheel_id.clone(),
        instance,
        persistence: Persistence::Stored,
        dispatcher: state.dispatcher(),
        pending: None,
        quiet: false,
        timer: None,
    });
    {
        let mut writer = writer.borrow_mut();
        writer.key = key.clone();
        writer.wheel_id = wheel_id.clone();
        writer.persistence = state.person.persistence;
        writer.dispatcher = state.dispatcher();
    }

    {
        let dispatcher = state.dispatcher();
        let wheel_id = wheel_id.clone();
        use_effect_with((key.clone(), mode), move |(key, mode)| {
            let mut listeners = Vec::new();
            if *mode == Mode::Rate {
                if let Some(window) = web_sys::window() {
                    let (tab_key, tab_wheel, other_tab) =
                        (key.clone(), wheel_id.clone(), dispatcher.clone());
                    listeners.push(EventListener::new(&window, "storage", move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                            return;
                        };
                        if event.key().as_deref() != Some(tab_key.as_str()) {
                            return;
                        }
                        if let Some(ratings) = event
                            .new_value()
                            .and_then(|t| json::decode(&t, &tab_wheel).ok())
                        {
                            other_tab.dispatch(Rating::External(ratings).into());
                        }
                    }));
                    let (key, wheel_id, same_page) =
                        (key.clone(), wheel_id.clone(), dispatcher.clone());
                    listeners.push(EventListener::new(&window, SYNC_EVENT, move |event| {
                        let Some(detail) =
                            event.dyn_ref::<web_sys::CustomEvent>().map(|e| e.detail())
                        else {
                            return;
                        };
                        let field = |name: &str| {
                            js_sys::Reflect::get(&detail, &JsValue::from_str(name)).ok()
                        };
                        let from = field("instance").and_then(|v| v.as_f64());
                        let same_key = field("key").and_then(|v| v.as_string()).as_deref()
                            == Some(key.as_str());
                        if !same_key || from == Some(f64::from(instance)) {
                            return;
                        }
                        if let Some(ratings) = field("ratings")
                            .and_then(|v| v.as_string())
                            .and_then(|t| json::decode(&t, &wheel_id).ok())
                        {
                            same_page.dispatch(Rating::External(ratings).into());
                        }
                    }));
                }
            }
            move || drop(listeners)
        });
    }

    {
        let (writer, ratings) = (writer.clone(), state.person.ratings.clone());
        let store = state.person.save.map(|save| {
            perform(move || match save {
                _ if mode != Mode::Rate => {}
                Save::Now => Writer::write_now(&writer, ratings),
                Save::Soon => Writer::write_soon(&writer, ratings),
            })
        });
        use_request(Effect::Save, state.dispatcher(), store);
    }
    // Nothing typed is lost: a note still waiting is written when the page
    // goes away (`pagehide` also fires when it is put in the back-forward
    // cache) and when the widget is unmounted.
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            let writer = writer.clone();
            EventListener::new(&window, "pagehide", move |_| Writer::flush(&writer))
        });
        move || {
            drop(listener);
            Writer::flush(&writer);
        }
    });
}

/// How long typing in a note may go on before what was typed is written
/// again. The first key of a burst is written at once.
const NOTE_QUIET_MS: u32 = 400;

struct Writer {
    key: String,
    wheel_id: String,
    instance: u32,
    persistence: Persistence,
    dispatcher: yew::functional::UseReducerDispatcher<WheelState>,
    /// A note's latest ratings, not yet written.
    pending: Option<Ratings>,
    /// Whether typing is being coalesced (the timer has not fired yet).
    quiet: bool,
    /// The last timer; kept until the next one replaces it, since a timer
    /// must not be dropped inside its own call.
    timer: Option<gloo::timers::callback::Timeout>,
}

type SharedWriter = std::rc::Rc<std::cell::RefCell<Writer>>;

impl Writer {
    fn write_now(writer: &SharedWriter, ratings: Ratings) {
        let mut this = writer.borrow_mut();
        this.pending = None;
        this.store(&ratings);
    }

    /// Writes at once when typing starts, then at most once per quiet
    /// period while it goes on, and the last text when it stops.
    fn write_soon(writer: &SharedWriter, ratings: Ratings) {
        let mut this = writer.borrow_mut();
        if this.quiet {
            this.pending = Some(ratings);
            return;
        }
        this.store(&ratings);
        this.quiet = true;
        let shared = writer.clone();
        this.timer = Some(gloo::timers::callback::Timeout::new(
            NOTE_QUIET_MS,
            move || {
                let Ok(mut this) = shared.try_borrow_mut() else {
                    return;
                };
                // The next key starts a new burst.
                this.quiet = false;
                if let Some(ratings) = this.pending.take() {
                    this.store(&ratings);
                }
            },
        ));
    }

    fn flush(writer: &SharedWriter) {
        let Ok(mut this) = writer.try_borrow_mut() else {
            return;
        };
        if let Some(ratings) = this.pending.take() {
            this.store(&ratings);
        }
    }

    /// Read, merge, write in one step: what storage holds is merged with
    /// `ratings` (each part's newest entry) and the union is written; entries
    /// this copy lacked are merged into it too.
    fn store(&self, ratings: &Ratings) {
        let stored = self.persistence == Persistence::Stored;
        let union = read(&self.key)
            .ok()
            .flatten()
            .filter(|_| stored)
            .and_then(|text| json::decode(&text, &self.wheel_id).ok())
            .and_then(|held| ratings.merged(&held));
        if let Some(union) = &union {
            // The union, not what was read: it lacks nothing this copy has,
            // so it asks for no further write.
            self.dispatcher
                .dispatch(Rating::External(union.clone()).into());
        }
        let text = stored::encode(&self.wheel_id, union.as_ref().unwrap_or(ratings));
        if stored && save(&self.key, &text).is_err() {
            self.dispatcher.dispatch(Rating::StoreFailed.into());
        }
        announce_to_page(&self.key, self.instance, &text);
    }
}

fn announce_to_page(key: &str, instance: u32, text: &str) {
    let detail = js_sys::Object::new();
    let set = |name: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(name), &value);
    };
    set("key", JsValue::from_str(key));
    set("instance", JsValue::from(instance));
    set("ratings", JsValue::from_str(text));
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict(SYNC_EVENT, &init),
    ) {
        let _ = window.dispatch_event(&event);
    }
}

/// The share codes a trainer has collected from opened links, kept under
/// `<key>:group` so that opening links one by one adds them up.
pub fn group_codes(key: &str) -> Vec<String> {
    local_storage()
        .and_then(|s| s.get_item(&group_key(key)).ok().flatten())
        .map(|text| {
            text.lines()
                .map(str::to_owned)
                .filter(|l| !l.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

// Keys by `concat`, not `format!`: each formatting site costs wasm bytes.
fn group_key(key: &str) -> String {
    [key, ":group"].concat()
}

/// Stores the trainer's collected codes (silently in memory only if storage fails).
pub fn set_group_codes(key: &str, codes: &[String]) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(&group_key(key), &codes.join("\n"));
    }
}
