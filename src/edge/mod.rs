//! The edge: everything that touches the browser. Storage, files, the host
//! bridge, DOM helpers and the wasm exports live here, each behind a small,
//! typed interface, so the core and the components stay free of I/O.

pub mod dom;
pub mod editor;
pub mod files;
pub mod host;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub(crate) mod web;
