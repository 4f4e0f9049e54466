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
use crate::core::state::{Effect, Mode, Rating, WheelState};
use crate::edge::request::{perform, use_request};

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
    /// Ratings handed over before a rating widget was mounted (say, while
    /// its wheel file loads): given to it as soon as it is.
    #[cfg(feature = "component")]
    pending: RefCell<Option<Ratings>>,
    /// A Rust host's callbacks (the `CompetenceWheel` component; only built
    /// with the `component` feature, so the element pays nothing for them).
    #[cfg(feature = "component")]
    callbacks: RefCell<Callbacks>,
}

/// What a Rust host is told, besides the DOM events.
#[cfg(feature = "component")]
#[derive(Clone, Default, PartialEq)]
pub struct Callbacks {
    pub onselect: Callback<Selected>,
    pub onrate: Callback<Rated>,
    pub onchange: Callback<Ratings>,
}

/// A dimension or part was opened (`competence-wheel-select`'s detail;
/// with the `serde` feature in that detail's JSON, `kind` for
/// `dimension_opened`).
#[cfg(feature = "component")]
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(into = "SelectDetail", from = "SelectDetail")
)]
pub struct Selected {
    pub id: String,
    /// Whether it is a dimension (else a part).
    pub dimension_opened: bool,
    /// Its plain title.
    pub title: String,
    /// The id of its dimension.
    pub dimension: String,
}

/// The select event's detail as JSON.
#[cfg(all(feature = "component", feature = "serde"))]
#[derive(serde::Serialize, serde::Deserialize)]
struct SelectDetail {
    id: String,
    kind: SegmentKind,
    title: String,
    dimension: String,
}

#[cfg(all(feature = "component", feature = "serde"))]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
enum SegmentKind {
    Dimension,
    Part,
}

#[cfg(all(feature = "component", feature = "serde"))]
impl From<Selected> for SelectDetail {
    fn from(selected: Selected) -> Self {
        SelectDetail {
            id: selected.id,
            kind: if selected.dimension_opened {
                SegmentKind::Dimension
            } else {
                SegmentKind::Part
            },
            title: selected.title,
            dimension: selected.dimension,
        }
    }
}

#[cfg(all(feature = "component", feature = "serde"))]
impl From<SelectDetail> for Selected {
    fn from(detail: SelectDetail) -> Self {
        Selected {
            id: detail.id,
            dimension_opened: matches!(detail.kind, SegmentKind::Dimension),
            title: detail.title,
            dimension: detail.dimension,
        }
    }
}

/// A part's level or target changed (`competence-wheel-rate`'s detail; with
/// the `serde` feature in that detail's JSON).
#[cfg(feature = "component")]
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Rated {
    pub id: String,
    pub title: String,
    pub dimension: String,
    pub level: Option<u8>,
    pub target: Option<u8>,
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
        #[cfg(feature = "component")]
        let pending = setter
            .as_ref()
            .and_then(|_| self.0.pending.borrow_mut().take());
        *self.0.setter.borrow_mut() = setter;
        #[cfg(feature = "component")]
        if let Some(ratings) = pending {
            self.replace(ratings);
        }
    }

    /// Sets a Rust host's callbacks.
    #[cfg(feature = "component")]
    pub fn set_callbacks(&self, callbacks: Callbacks) {
        *self.0.callbacks.borrow_mut() = callbacks;
    }

    /// Tells a Rust host the ratings changed (the widget is rating).
    pub fn changed(&self, _ratings: &Ratings) {
        #[cfg(feature = "component")]
        {
            let onchange = self.0.callbacks.borrow().onchange.clone();
            onchange.emit(_ratings.clone());
        }
    }

    /// Like [`Bridge::replace`], but kept for the widget if it is not rating
    /// yet (its wheel still loading).
    #[cfg(feature = "component")]
    pub fn replace_when_ready(&self, ratings: Ratings) {
        if let Err(ratings) = self.try_replace(ratings) {
            *self.0.pending.borrow_mut() = Some(ratings);
        }
    }

    /// The id of the wheel being rated, if any.
    pub fn wheel_id(&self) -> Option<String> {
        self.0.setter.borrow().as_ref().map(|(id, _)| id.clone())
    }

    /// Hands `ratings` to the widget; false if it is not rating.
    pub fn replace(&self, ratings: Ratings) -> bool {
        self.try_replace(ratings).is_ok()
    }

    fn try_replace(&self, ratings: Ratings) -> Result<(), Ratings> {
        let setter = self.0.setter.borrow().as_ref().map(|(_, s)| s.clone());
        match setter {
            Some(setter) => {
                setter.emit(ratings);
                Ok(())
            }
            None => Err(ratings),
        }
    }

    /// Tells the host that a segment was opened.
    pub fn selected(&self, wheel: &Wheel, segment: SegmentId) {
        let kind = match segment {
            SegmentId::Dimension(_) => "dimension",
            SegmentId::Part(..) => "part",
        };
        #[cfg(feature = "component")]
        self.0.callbacks.borrow().onselect.emit(Selected {
            id: wheel.id_of(segment).to_owned(),
            dimension_opened: matches!(segment, SegmentId::Dimension(_)),
            title: plain(wheel.title_of(segment)),
            dimension: wheel
                .id_of(SegmentId::Dimension(segment.dimension()))
                .to_owned(),
        });
        self.emit(
            "competence-wheel-select",
            &[
                ("id", JsValue::from_str(wheel.id_of(segment))),
                ("kind", JsValue::from_str(kind)),
                ("title", JsValue::from_str(&plain(wheel.title_of(segment)))),
                (
                    "dimension",
                    JsValue::from_str(wheel.id_of(SegmentId::Dimension(segment.dimension()))),
                ),
            ],
        );
    }

    /// Tells the host that a part's rating changed.
    pub fn rated(&self, wheel: &Wheel, part: SegmentId, rating: Option<&PartRating>) {
        let number = |value: Option<u8>| value.map_or(JsValue::NULL, JsValue::from);
        #[cfg(feature = "component")]
        self.0.callbacks.borrow().onrate.emit(Rated {
            id: wheel.id_of(part).to_owned(),
            title: plain(wheel.title_of(part)),
            dimension: wheel
                .id_of(SegmentId::Dimension(part.dimension()))
                .to_owned(),
            level: rating.and_then(|r| r.level),
            target: rating.and_then(|r| r.target),
        });
        self.emit(
            "competence-wheel-rate",
            &[
                ("id", JsValue::from_str(wheel.id_of(part))),
                ("title", JsValue::from_str(&plain(wheel.title_of(part)))),
                (
                    "dimension",
                    JsValue::from_str(wheel.id_of(SegmentId::Dimension(part.dimension()))),
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
                    dispatcher.dispatch(
                        Rating::Replace {
                            ratings,
                            now: crate::edge::files::now(),
                        }
                        .into(),
                    )
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
        use_effect_with(state.nav.open, move |&open| {
            if let Some(segment) = open {
                bridge.selected(&wheel, segment);
            }
        });
    }
    {
        let bridge = bridge.clone();
        let wheel_id = state.wheel.id.clone();
        let rating = state.mode == Mode::Rate;
        use_effect_with(state.person.ratings.clone(), move |ratings| {
            if rating {
                bridge.set_latest(Some(crate::core::stored::encode(&wheel_id, ratings)));
                bridge.changed(ratings);
            }
        });
    }
    let wheel = state.wheel.clone();
    let ratings = state.person.ratings.clone();
    // Only a level or a target is news for the host: a note is private and
    // never fires an event (typing asks nothing of `Person::rated`).
    let tell = state
        .person
        .rated
        .map(|part| perform(move || bridge.rated(&wheel, part, ratings.get(wheel.id_of(part)))));
    use_request(Effect::Host, state.dispatcher(), tell);
}
