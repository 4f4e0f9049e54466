//! The pure core: everything that decides what the widget shows, with no I/O.
//!
//! Nothing here touches `web_sys`, `js_sys` or the DOM, so all of it compiles
//! and tests natively (`cargo test`). The browser-facing work lives in
//! [`crate::edge`]; the components map what this module computes to markup.

pub mod color;
pub mod draft;
pub mod editing;
pub mod geometry;
pub mod group;
pub mod hash;
pub mod i18n;
pub mod json;
pub mod labels;
pub mod model;
pub mod number;
pub mod options;
pub mod ratings;
pub mod scene;
pub mod scene_cache;
pub mod share;
pub mod slides;
pub mod snapshots;
pub mod state;
pub mod stored;
#[cfg(feature = "serde")]
pub mod stored_serde;

/// A map built by inserting one entry at a time. `collect()` into a
/// `BTreeMap` sorts the entries first, and every key and value type then
/// brings its own copy of the standard library's stable sort and bulk build
/// into the wasm (about 3 KB each); these maps hold a wheel's parts, so
/// inserting one by one costs nothing.
pub fn map_of<K: Ord, V>(
    entries: impl IntoIterator<Item = (K, V)>,
) -> std::collections::BTreeMap<K, V> {
    let mut map = std::collections::BTreeMap::new();
    for (key, value) in entries {
        map.insert(key, value);
    }
    map
}
