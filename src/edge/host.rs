//! The host page's side of the widget: the events it receives and the
//! `ratings` property it may read and set. A [`Bridge`] is shared between
//! the mounted widget (`web.rs`) and its components.
//!
//! Events (both `bubbles` and `composed`, dispatched on the host element):
//! - `competence-wheel-select`: `detail = { id, kind: "dimension" | "part", title, dimension }`
//! - `competence-wheel-rate`: `detail = { id, title, dimension, level, target }`
//!   (`level` and `target` are numbers or `null`; the note stays private).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::core::model::{plain, SegmentId, Wheel};
use crate::core::ratings::{PartRating, Ratings};
use crate::core::state::{Action, Mode, WheelState};

#[derive(Clone, Default)]
pub struct Bridge(Rc<Inner>);

#[derive(Default)]
struct Inner {
    host: RefCell<Option<web_sys::EventTarget>>,
    /// The latest stored form of the ratings (a JSON document).
    latest: RefCell<Option<String>>,
    /// Replaces the widget's ratings, and the wheel they belong to; set
    /// while a rating widget is mounted.
    setter: RefCell<Option<(String, Callback<Ratings>)>>,
}

impl PartialEq for Bridge {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Bridge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Bridge")
    }
}

impl Bridge {
    /// A bridge that dispatches events on `host`.
    pub fn new(host: web_sys::EventTarget) -> Bridge {
        let bridge = Bridge::default();
        *bridge.0.host.borrow_mut() = Some(host);
        bridge
    }

    /// The latest stored form of the ratings, if the widget is rating.
    pub fn latest(&self) -> Option<String> {
        self.0.latest.borrow().clone()
    }

    pub fn set_latest(&self, document: Option<String>) {
        *self.0.latest.borrow_mut() = document;
    }

    pub fn set_setter(&self, setter: Option<(String, Callback<Ratings>)>) {
        *self.0.setter.borrow_mut() = setter;
    }

    /// The id of the wheel being rated, if any.
    pub fn wheel_id(&self) -> Option<String> {
        self.0.setter.borrow().as_ref().map(|(id, _)| id.clone())
    }

    /// Hands `ratings` to the widget; false if it is not rating.
    pub fn replace(&self, ratings: Ratings) -> bool {
        match self.0.setter.borrow().as_ref() {
            Some((_, setter)) => {
                setter.emit(ratings);
                true
            }
            None => false,
        }
    }

    /// Tells the host that a segment was opened.
    pub fn selected(&self, wheel: &Wheel, segment: SegmentId) {
        let kind = match segment {
            SegmentId::Dimension(_) => "dimension",
            SegmentId::Part(..) => "part",
        };
        self.emit(
            "competence-wheel-select",
            &[
                ("id", JsValue::from_str(wheel.id_of(segment))),
                ("kind", JsValue::from_str(kind)),
                ("title", JsValue::from_str(&plain(wheel.title_of(segment)))),
                (
                    "dimension",
                    JsValue::from_str(&wheel.dimensions[segment.dimension()].id),
                ),
            ],
        );
    }

    /// Tells the host that a part's rating changed.
    pub fn rated(&self, wheel: &Wheel, part: SegmentId, rating: Option<&PartRating>) {
        let number = |value: Option<u8>| value.map_or(JsValue::NULL, JsValue::from);
        self.emit(
            "competence-wheel-rate",
            &[
                ("id", JsValue::from_str(wheel.id_of(part))),
                ("title", JsValue::from_str(&plain(wheel.title_of(part)))),
                (
                    "dimension",
                    JsValue::from_str(&wheel.dimensions[part.dimension()].id),
                ),
                ("level", number(rating.and_then(|r| r.level))),
                ("target", number(rating.and_then(|r| r.target))),
            ],
        );
    }

    fn emit(&self, name: &str, fields: &[(&str, JsValue)]) {
        let Some(host) = self.0.host.borrow().clone() else {
            return;
        };
        let detail = js_sys::Object::new();
        for (key, value) in fields {
            let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), value);
        }
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = host.dispatch_event(&event);
        }
    }
}

/// Keeps the host page informed: `competence-wheel-select` when a segment
/// opens, `competence-wheel-rate` when the person rates, and the `ratings`
/// property's latest value.
#[hook]
pub fn use_host_bridge(bridge: Bridge, state: UseReducerHandle<WheelState>) {
    {
        let bridge = bridge.clone();
        let dispatcher = state.dispatcher();
        let rating = state.mode == Mode::Rate;
        let wheel_id = state.wheel.id.clone();
        use_effect_with(rating, move |&rating| {
            let setter = rating.then(|| {
                let setter = Callback::from(move |ratings| {
                    dispatcher.dispatch(Action::Replace {
                        ratings,
                        now: crate::edge::files::now(),
                    })
                });
                (wheel_id, setter)
            });
            bridge.set_setter(setter);
            move || {
                bridge.set_setter(None);
                bridge.set_latest(None);
            }
        });
    }
    {
        let bridge = bridge.clone();
        let wheel = state.wheel.clone();
        use_effect_with(state.open, move |&open| {
            if let Some(segment) = open {
                bridge.selected(&wheel, segment);
            }
        });
    }
    {
        let bridge = bridge.clone();
        let wheel_id = state.wheel.id.clone();
        let rating = state.mode == Mode::Rate;
        use_effect_with(state.ratings.clone(), move |ratings| {
            if rating {
                bridge.set_latest(Some(crate::core::stored::encode(&wheel_id, ratings)));
            }
        });
    }
    let wheel = state.wheel.clone();
    let ratings = state.ratings.clone();
    let last_rated = state.last_rated;
    // Only a level or a target is news for the host: a note is private and
    // never fires an event (`rate_event` is not bumped by typing).
    use_effect_with(state.rate_event, move |&rate_event| {
        if let (true, Some(part)) = (rate_event > 0, last_rated) {
            bridge.rated(&wheel, part, ratings.get(wheel.id_of(part)));
        }
    });
}
