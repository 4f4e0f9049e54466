//! Colours for the wheel: parsing, WCAG contrast, and the palette each
//! dimension gets (a strong colour for its ring, a tint for its parts, and
//! text colours that meet 4.5:1 on both).

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Text on the wheel must reach this contrast (WCAG 2.1 AA, normal text).
pub const TEXT_CONTRAST: f64 = 4.5;

impl Rgb {
    pub const WHITE: Rgb = Rgb(255, 255, 255);
    pub const INK: Rgb = Rgb(0x1a, 0x1a, 0x1a);

    /// Parses `#rrggbb` (case-insensitive).
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    /// `#rrggbb`, lower case.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2.1 defines it.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG contrast ratio between two colours (1.0 to 21.0).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// Mixes `amount` (0.0–1.0) of `other` into this colour.
    pub fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let amount = amount.clamp(0.0, 1.0);
        let channel =
            |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(
            channel(self.0, other.0),
            channel(self.1, other.1),
            channel(self.2, other.2),
        )
    }
}

/// The colours one dimension is drawn with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DimensionPalette {
    /// Fill of the dimension's own (inner) segment.
    pub strong: Rgb,
    /// Text on `strong`.
    pub on_strong: Rgb,
    /// Fill of the dimension's parts (outer segments).
    pub tint: Rgb,
    /// Text on `tint`.
    pub on_tint: Rgb,
    /// Fill of a rated level inside a part: the darkest mix of `strong` and
    /// white on which `on_tint` text still reaches [`TEXT_CONTRAST`], so a
    /// label may sit across the band's edge.
    pub band: Rgb,
}

/// Default colours for dimensions without one, from Det Fælles Designsystem's
/// data-visualisation families (blue, violet, green, orange, …); none is paired
/// green-next-to-red.
pub const DEFAULT_COLORS: [Rgb; 8] = [
    Rgb(0x0b, 0x5c, 0xad),
    Rgb(0x6a, 0x3d, 0x9a),
    Rgb(0x1d, 0x6b, 0x40),
    Rgb(0x9a, 0x4a, 0x00),
    Rgb(0x00, 0x6d, 0x77),
    Rgb(0x8c, 0x2d, 0x6b),
    Rgb(0x4a, 0x5a, 0x1a),
    Rgb(0x3d, 0x4b, 0x8c),
];

impl DimensionPalette {
    /// Builds a palette from a base colour, darkening it if needed so that
    /// white or near-black text on it reaches [`TEXT_CONTRAST`].
    pub fn from_base(base: Rgb) -> DimensionPalette {
        let mut strong = base;
        for _ in 0..20 {
            if best_text(strong).1 >= TEXT_CONTRAST {
                break;
            }
            strong = strong.mix(Rgb(0, 0, 0), 0.1);
        }
        let on_strong = best_text(strong).0;
        let tint = strong.mix(Rgb::WHITE, 0.82);
        let on_tint = best_text(tint).0;
        let band = (8..=16)
            .map(|step| strong.mix(Rgb::WHITE, f64::from(step) * 0.05))
            .find(|band| band.contrast(on_tint) >= TEXT_CONTRAST && band.contrast(tint) > 1.3)
            .unwrap_or(tint);
        DimensionPalette {
            strong,
            on_strong,
            tint,
            on_tint,
            band,
        }
    }

    /// The palette for dimension `index`, using its own colour when it has one.
    pub fn for_dimension(index: usize, color: Option<Rgb>) -> DimensionPalette {
        DimensionPalette::from_base(color.unwrap_or(DEFAULT_COLORS[index % DEFAULT_COLORS.len()]))
    }
}

/// The text colour (white or ink) with the higher contrast on `background`.
fn best_text(background: Rgb) -> (Rgb, f64) {
    let on_white = background.contrast(Rgb::WHITE);
    let on_ink = background.contrast(Rgb::INK);
    if on_white >= on_ink {
        (Rgb::WHITE, on_white)
    } else {
        (Rgb::INK, on_ink)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_hex() {
        assert_eq!(Rgb::parse_hex("#0B5cAD"), Some(Rgb(0x0b, 0x5c, 0xad)));
        assert_eq!(Rgb(0x0b, 0x5c, 0xad).to_hex(), "#0b5cad");
        for bad in ["0b5cad", "#0b5ca", "#0b5cadd", "#gggggg", "#ååå", ""] {
            assert_eq!(Rgb::parse_hex(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        assert!((Rgb(0, 0, 0).contrast(Rgb::WHITE) - 21.0).abs() < 1e-9);
        assert!((Rgb::WHITE.contrast(Rgb::WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        let grey = Rgb(0x76, 0x76, 0x76).contrast(Rgb::WHITE);
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
    }

    #[test]
    fn every_palette_meets_text_contrast() {
        let bases = DEFAULT_COLORS.iter().copied().chain([
            Rgb(0xff, 0xff, 0x00),
            Rgb(0x80, 0x80, 0x80),
            Rgb(0x77, 0x77, 0xff),
            Rgb(0, 0, 0),
            Rgb::WHITE,
        ]);
        for base in bases {
            let palette = DimensionPalette::from_base(base);
            assert!(
                palette.strong.contrast(palette.on_strong) >= TEXT_CONTRAST,
                "{base:?}: {palette:?}"
            );
            assert!(
                palette.tint.contrast(palette.on_tint) >= TEXT_CONTRAST,
                "{base:?}: {palette:?}"
            );
        }
    }

    #[test]
    fn the_band_stands_out_from_the_tint() {
        for (d, _) in DEFAULT_COLORS.iter().enumerate() {
            let palette = DimensionPalette::for_dimension(d, None);
            assert!(
                palette.band.luminance() < palette.tint.luminance(),
                "{palette:?}"
            );
            assert!(palette.band.contrast(palette.tint) > 1.3, "{palette:?}");
        }
    }

    #[test]
    fn mid_grey_is_darkened_until_white_text_reads() {
        let palette = DimensionPalette::from_base(Rgb(0x80, 0x80, 0x80));
        assert_ne!(palette.strong, Rgb(0x80, 0x80, 0x80));
        assert!(palette.strong.luminance() < Rgb(0x80, 0x80, 0x80).luminance());
    }

    #[test]
    fn dimensions_without_colour_cycle_the_defaults() {
        let first = DimensionPalette::for_dimension(0, None);
        let ninth = DimensionPalette::for_dimension(8, None);
        assert_eq!(first, ninth);
        let own = DimensionPalette::for_dimension(0, Some(Rgb(0x11, 0x22, 0x33)));
        assert_eq!(own.strong, Rgb(0x11, 0x22, 0x33));
    }
}
