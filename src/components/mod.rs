//! Thin Yew components over the pure core.

pub mod app;
pub mod key;
pub mod notices;
pub mod panel;
pub mod profile;
pub mod rating;
pub mod root;
pub mod toolbar;
pub mod wheel;

pub use app::{App, AppProps};
