//! Kompetencehjulet: an embeddable, interactive digital competence wheel.
//!
//! Three layers, and imports run one way (components → core, components →
//! edge → core):
//!
//! - [`core`]: the pure model, geometry, labels, ratings, stored form, share
//!   codes, state and strings. It compiles and tests natively.
//! - [`edge`]: the browser: storage, files, the host bridge, DOM helpers and
//!   the wasm exports.
//! - [`components`]: thin Yew components that map the core's results to
//!   markup and events to actions.

//!
//! In a Yew app, turn on the `component` feature and render
//! `CompetenceWheel` (see `components::competence_wheel` and
//! `examples/yew-app/`). The element's build leaves it out.

pub mod components;
pub mod core;
pub mod edge;

#[cfg(feature = "component")]
pub use components::{CompetenceWheel, CompetenceWheelProps};
pub use core::model::Wheel;
pub use core::options::Options;
pub use core::ratings::{PartRating, Ratings};
pub use core::state::Mode;
#[cfg(feature = "serde")]
pub use core::stored_serde::RatingsDocument;
#[cfg(feature = "component")]
pub use edge::host::{Rated, Selected};
