//! The built-in KL wheel, compiled in so the widget needs no fetch.

use crate::core::model::Wheel;

impl Wheel {
    /// The built-in KL wheel ("det digitale kompetencehjul for medarbejdere"),
    /// in Danish. In other languages: `core::i18n::Language::wheel`.
    pub fn builtin() -> Wheel {
        Wheel::from_json(BUILTIN_KL_WHEEL)
            .unwrap_or_else(|_| unreachable!("the built-in wheels are validated by tests"))
    }
}

/// The built-in wheel's files, compiled in so the widget needs no fetch.
pub const BUILTIN_KL_WHEEL: &str = include_str!("../../../www/wheels/kl-medarbejder.da.json");
pub const BUILTIN_KL_WHEEL_EN: &str = include_str!("../../../www/wheels/kl-medarbejder.en.json");
