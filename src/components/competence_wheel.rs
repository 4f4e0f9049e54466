//! [`CompetenceWheel`]: the widget as a Yew component, for a team with its
//! own Yew app. It is what the `<competence-wheel>` element renders, with the
//! element's attributes as its [`Options`] and its events as callbacks:
//!
//! ```no_run
//! use competence_wheel::{CompetenceWheel, Mode, Options, Rated, Ratings};
//! use yew::prelude::*;
//!
//! #[component]
//! fn Page() -> Html {
//!     let ratings = use_state(|| None::<Ratings>);
//!     let onchange = {
//!         let ratings = ratings.clone();
//!         Callback::from(move |r: Ratings| ratings.set(Some(r)))
//!     };
//!     let onrate = Callback::from(|rated: Rated| {
//!         let _ = (rated.id, rated.level); // e.g. log it
//!     });
//!     let options = Options {
//!         mode: Some(Mode::Rate),
//!         lang: Some("da".into()),
//!         ..Options::default()
//!     };
//!     html! {
//!         <CompetenceWheel {options} {onrate} {onchange} ratings={(*ratings).clone()} />
//!     }
//! }
//! ```
//!
//! Ratings are kept in the browser's `localStorage` exactly as with the
//! element (under `storage_key`), so both share one person's ratings.

use yew::prelude::*;

use crate::components::root::Root;
use crate::core::options::Options;
use crate::core::ratings::Ratings;
use crate::edge::host::{Bridge, Callbacks, Rated, Selected};
use crate::edge::shadow::use_shadow_root;

/// The props of [`CompetenceWheel`]: the element's attributes as one
/// [`Options`] value, its events as callbacks.
#[derive(Properties, PartialEq)]
pub struct CompetenceWheelProps {
    /// What the element's attributes say: language, mode, wheel file,
    /// storage key, read-only, colours, and whether the URL hash is kept in
    /// step. A mode set here always counts as chosen: a share link never
    /// switches it (see `core::hash`).
    #[prop_or_default]
    pub options: Options,
    /// The ratings to show, replacing the stored ones (the element's
    /// `ratings` property). Handing back what `onchange` gave changes nothing.
    #[prop_or_default]
    pub ratings: Option<Ratings>,
    /// A dimension or part was opened (`competence-wheel-select`).
    #[prop_or_default]
    pub onselect: Callback<Selected>,
    /// A part's level or target changed (`competence-wheel-rate`); a note
    /// never fires it.
    #[prop_or_default]
    pub onrate: Callback<Rated>,
    /// The ratings changed (also at start, with the stored ones), while rating.
    #[prop_or_default]
    pub onchange: Callback<Ratings>,
    /// The wheel's width in CSS pixels until it has been measured.
    #[prop_or(480.0)]
    pub initial_width: f64,
    /// The URL of the widget's stylesheet (`competence-wheel.css` from
    /// `cargo xtask dist`), linked inside the widget's shadow root.
    #[prop_or(AttrValue::Static("competence-wheel.css"))]
    pub stylesheet: AttrValue,
}

/// The competence wheel as a Yew component. Like the element, it renders
/// into an open shadow root of its own (so the app's CSS cannot break it, nor
/// it the app's), with the widget's stylesheet linked there.
#[component]
pub fn CompetenceWheel(props: &CompetenceWheelProps) -> Html {
    let bridge = use_memo((), |_| Bridge::default());
    // What the widget last reported, so that the host handing it back (as
    // `ratings`) is not taken for a new value.
    let reported = use_mut_ref(|| None::<Ratings>);
    {
        let reported = reported.clone();
        let forward = props.onchange.clone();
        bridge.set_callbacks(Callbacks {
            onselect: props.onselect.clone(),
            onrate: props.onrate.clone(),
            onchange: Callback::from(move |ratings: Ratings| {
                *reported.borrow_mut() = Some(ratings.clone());
                forward.emit(ratings);
            }),
        });
    }
    {
        let bridge = bridge.clone();
        use_effect_with(props.ratings.clone(), move |ratings| {
            if let Some(ratings) = ratings {
                if reported.borrow().as_ref() != Some(ratings) {
                    bridge.replace_when_ready(ratings.clone());
                }
            }
        });
    }
    let host = use_node_ref();
    let mount = use_shadow_root(host.clone());
    let widget = match mount {
        Some(mount) => create_portal(
            html! {
                <>
                    <link rel="stylesheet" href={props.stylesheet.clone()} />
                    <div class="cw-host">
                        <Root options={props.options.clone()} bridge={(*bridge).clone()} initial_width={props.initial_width} />
                    </div>
                </>
            },
            mount,
        ),
        None => Html::default(),
    };
    html! { <div ref={host}>{ widget }</div> }
}
