//! The built-in KL wheel, compiled in so the widget needs no fetch.

use crate::core::model::Wheel;

impl Wheel {
    /// The built-in KL wheel ("det digitale kompetencehjul for medarbejdere"), in Danish.
    pub fn builtin() -> Wheel {
        Wheel::builtin_for("da")
    }

    /// The built-in KL wheel in the language of `lang` (English for `en…`
    /// once English has arrived, see [`crate::core::i18n::Language`]; else
    /// Danish). Both have the same id, so ratings carry across.
    pub fn builtin_for(lang: &str) -> Wheel {
        let text = match crate::core::i18n::english() {
            Some(english) if crate::core::i18n::is_english(lang) => english.builtin_wheel,
            _ => BUILTIN_KL_WHEEL,
        };
        Wheel::from_json(text)
            .unwrap_or_else(|_| unreachable!("the built-in wheels are validated by tests"))
    }
}

/// The built-in wheel's files, compiled in so the widget needs no fetch.
pub const BUILTIN_KL_WHEEL: &str = include_str!("../../../www/wheels/kl-medarbejder.da.json");
pub const BUILTIN_KL_WHEEL_EN: &str = include_str!("../../../www/wheels/kl-medarbejder.en.json");
