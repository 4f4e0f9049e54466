//! Thin Yew components over the pure core.

pub mod app;
#[cfg(feature = "component")]
pub mod competence_wheel;
pub mod context;
pub mod editor;
pub mod group;
pub mod group_codes;
pub mod group_result;
pub mod kept;
pub mod key;
pub mod lazy;
pub mod legend;
pub mod notices;
pub mod panel;
pub mod present;
pub mod profile;
pub mod rate;
pub mod rating;
pub mod resources;
pub mod root;
pub mod segment;
pub mod share;
pub mod snapshots;
pub mod step;
pub mod toolbar;
pub mod wheel;

pub use app::{App, AppProps};
#[cfg(feature = "component")]
pub use competence_wheel::{CompetenceWheel, CompetenceWheelProps};
