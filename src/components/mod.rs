//! Thin Yew components over the pure core.

pub mod app;
pub mod key;
pub mod panel;
pub mod wheel;

pub use app::{App, AppProps};
