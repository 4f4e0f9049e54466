//! Kompetencehjulet: an embeddable, interactive digital competence wheel.
//!
//! The crate has a pure core that compiles and tests natively — [`model`],
//! [`color`], [`geometry`], [`labels`], [`state`] — thin Yew components in
//! [`components`], and browser glue at the edge in `web` (wasm only).

pub mod color;
pub mod components;
pub mod dom;
pub mod files;
pub mod geometry;
pub mod group;
pub mod host;
pub mod i18n;
pub mod labels;
pub mod model;
pub mod ratings;
pub mod share;
pub mod slides;
pub mod state;
pub mod storage;
pub mod stored;

#[cfg(target_arch = "wasm32")]
mod web;
