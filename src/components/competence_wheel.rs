//! [`CompetenceWheel`]: the widget as a Yew component, for a team with its
//! own Yew app. It is what the `<competence-wheel>` element renders, with the
//! element's attributes as props and its events as callbacks:
//!
//! ```no_run
//! use competence_wheel::{CompetenceWheel, Mode, Rated, Ratings};
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
//!     html! {
//!         <CompetenceWheel mode={Mode::Rate} lang="da" {onrate} {onchange}
//!             ratings={(*ratings).clone()} />
//!     }
//! }
//! ```
//!
//! Ratings are kept in the browser's `localStorage` exactly as with the
//! element (under `storage_key`), so both share one person's ratings.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::root::{Options, Root};
use crate::core::color::Rgb;
use crate::core::ratings::Ratings;
use crate::core::state::Mode;
use crate::edge::host::{Bridge, Callbacks, Rated, Selected};

/// The props of [`CompetenceWheel`], mirroring the element's attributes.
#[derive(Properties, PartialEq)]
pub struct CompetenceWheelProps {
    /// The UI language (`da` or `en`); the wheel's own language when absent.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// Explore, rate (the default), present or group. `mode` set here always
    /// counts as chosen: a share link never switches it (see `core::hash`).
    #[prop_or_default]
    pub mode: Option<Mode>,
    /// URL of a wheel file; the built-in KL wheel when absent.
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// Where ratings are stored; `competence-wheel:<wheel id>` when absent.
    #[prop_or_default]
    pub storage_key: Option<AttrValue>,
    /// Show ratings without letting the person change them.
    #[prop_or_default]
    pub readonly: bool,
    /// Dimension colours (`#rrggbb`), in place of the wheel's own (the
    /// element reads them from `--cw-dimension-N`).
    #[prop_or_default]
    pub colors: Vec<Option<Rgb>>,
    /// Keep the URL hash in step with the open segment (as the element does).
    #[prop_or(true)]
    pub sync_hash: bool,
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
    let options = Options {
        lang: props.lang.clone(),
        mode: props.mode.unwrap_or_default(),
        mode_given: props.mode.is_some(),
        src: props.src.clone(),
        storage_key: props.storage_key.clone(),
        readonly: props.readonly,
        colors: props.colors.clone(),
        sync_hash: props.sync_hash,
    };
    let host = use_node_ref();
    let mount = use_state(|| None::<web_sys::Element>);
    {
        let (host, mount) = (host.clone(), mount.clone());
        use_effect_with((), move |_| {
            mount.set(shadow_mount(&host));
        });
    }
    let widget = match &*mount {
        Some(mount) => create_portal(
            html! {
                <>
                    <link rel="stylesheet" href={props.stylesheet.clone()} />
                    <div class="cw-host">
                        <Root {options} bridge={(*bridge).clone()} initial_width={props.initial_width} />
                    </div>
                </>
            },
            mount.clone(),
        ),
        None => Html::default(),
    };
    html! { <div ref={host}>{ widget }</div> }
}

/// An open shadow root on `host`'s element (the one it has, or a new one).
fn shadow_mount(host: &NodeRef) -> Option<web_sys::Element> {
    let element = host.cast::<web_sys::Element>()?;
    let root = match element.shadow_root() {
        Some(root) => root,
        None => element
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()?,
    };
    Some(root.unchecked_into())
}
