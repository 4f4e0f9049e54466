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

pub mod components;
pub mod core;
pub mod edge;
