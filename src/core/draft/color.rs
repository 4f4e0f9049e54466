//! What the wheel does with a dimension's colour, for the editor to explain.

use crate::core::color::{DimensionPalette, Rgb, TEXT_CONTRAST};

/// How a dimension's colour will look on the wheel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ColorAdvice {
    /// Text on it reaches 4.5:1 as it is.
    AsIs,
    /// Text on it would reach only `ratio`, so the wheel darkens it to `shown`.
    Darkened { ratio: f64, shown: Rgb },
    /// Even darkened, text on it stays below 4.5:1 (it reaches `ratio`).
    Unreachable { ratio: f64 },
}

/// What the wheel does with `color` to keep its text legible.
pub fn color_advice(color: Rgb) -> ColorAdvice {
    let text_on = |c: Rgb| c.contrast(Rgb::WHITE).max(c.contrast(Rgb::INK));
    let shown = DimensionPalette::from_base(color).strong;
    if text_on(shown) < TEXT_CONTRAST {
        ColorAdvice::Unreachable {
            ratio: text_on(shown),
        }
    } else if shown == color {
        ColorAdvice::AsIs
    } else {
        ColorAdvice::Darkened {
            ratio: text_on(color),
            shown,
        }
    }
}
