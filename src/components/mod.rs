//! Thin Yew components over the pure core.

pub mod app;
pub mod context;
pub mod editor;
pub mod group;
pub mod key;
pub mod notices;
pub mod panel;
pub mod present;
pub mod profile;
pub mod rating;
pub mod root;
pub mod share;
pub mod toolbar;
pub mod wheel;

pub use app::{App, AppProps};
