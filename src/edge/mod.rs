//! The edge: everything that touches the browser. Storage, files, the host
//! bridge, the wheel-file fetch, the URL hash, DOM helpers, timers and the wasm exports live here, each behind a small,
//! typed interface, so the core and the components stay free of I/O.

pub mod chunks;
#[cfg(feature = "diag")]
pub mod diag;
pub mod dom;
pub mod editor;
pub mod fetch;
pub mod files;
pub mod hash;
pub mod host;
pub mod json;
pub mod languages;
pub mod memory;
pub mod print;
pub mod request;
#[cfg(feature = "component")]
pub mod shadow;
pub mod storage;
pub mod timers;

#[cfg(target_arch = "wasm32")]
pub(crate) mod web;
