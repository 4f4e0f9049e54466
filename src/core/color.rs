//! Colours for the wheel: parsing, WCAG contrast, and the palette each
//! dimension gets (a strong colour for its ring, a tint for its parts, and
//! text colours that meet 4.5:1 on both).

use crate::core::number::clamp;

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
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG contrast ratio between two colours (1.0 to 21.0).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// Mixes `amount` (0.0–1.0) of `other` into this colour.
    pub fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let amount = clamp(amount, 0.0, 1.0);
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
    /// white or near-black text on it reaches [`TEXT_CONTRAST`]. The tint and
    /// the band are the base's hue in OKLCH, lighter and with less chroma,
    /// but never so little that a navy turns grey (mixing toward white in
    /// sRGB does that: `#14143c` gave `#d5d5dc`).
    pub fn from_base(base: Rgb) -> DimensionPalette {
        let mut strong = base;
        for _ in 0..20 {
            if best_text(strong).1 >= TEXT_CONTRAST {
                break;
            }
            strong = strong.mix(Rgb(0, 0, 0), 0.1);
        }
        let on_strong = best_text(strong).0;
        let own = Oklch::from(base);
        let tint = Oklch {
            l: TINT_LIGHTNESS,
            c: clamp(
                own.c * 0.3,
                own.c.min(TINT_CHROMA_FLOOR),
                TINT_CHROMA_CEILING,
            ),
            h: own.h,
        }
        .to_rgb();
        let on_tint = best_text(tint).0;
        let band_chroma = clamp(
            own.c * 0.6,
            own.c.min(BAND_CHROMA_FLOOR),
            BAND_CHROMA_CEILING,
        );
        // The darkest band on which `on_tint` still reads, so a label may sit
        // across the band's edge.
        let band = (0..=30)
            .map(|step| {
                Oklch {
                    l: 0.55 + f64::from(step) * 0.01,
                    c: band_chroma,
                    h: own.h,
                }
                .to_rgb()
            })
            .find(|band| {
                band.contrast(on_tint) >= TEXT_CONTRAST && band.contrast(tint) >= BAND_CONTRAST
            })
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

/// OKLCH lightness of every part's tint: light enough for ink text at 4.5:1
/// with room for a band below it.
const TINT_LIGHTNESS: f64 = 0.93;
/// A coloured base keeps at least this much chroma in its tint, so it still
/// reads as its colour (a grey base stays grey).
pub const TINT_CHROMA_FLOOR: f64 = 0.035;
const TINT_CHROMA_CEILING: f64 = 0.06;
const BAND_CHROMA_FLOOR: f64 = 0.07;
const BAND_CHROMA_CEILING: f64 = 0.13;
/// How far the band stands out from the tint (WCAG ratio).
pub const BAND_CONTRAST: f64 = 1.5;

/// A colour in OKLCH: lightness 0–1, chroma, hue in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Oklch {
    pub l: f64,
    pub c: f64,
    pub h: f64,
}

impl From<Rgb> for Oklch {
    fn from(rgb: Rgb) -> Oklch {
        let [l, a, b] = oklab(rgb);
        let h = b.atan2(a).to_degrees();
        Oklch {
            l,
            c: a.hypot(b),
            h: if h < 0.0 { h + 360.0 } else { h },
        }
    }
}

impl Oklch {
    /// The nearest sRGB colour of this lightness and hue: chroma is reduced
    /// until the colour lies inside sRGB, so the hue stays.
    pub fn to_rgb(self) -> Rgb {
        let at = |c: f64| {
            let (sin, cos) = crate::core::geometry::sin_cos(self.h.to_radians());
            linear_srgb([self.l, c * cos, c * sin])
        };
        let inside = |rgb: [f64; 3]| rgb.iter().all(|v| (-1e-4..=1.0 + 1e-4).contains(v));
        let (mut low, mut high) = (0.0, self.c.max(0.0));
        if !inside(at(high)) {
            for _ in 0..24 {
                let mid = (low + high) / 2.0;
                if inside(at(mid)) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            high = low;
        }
        let [r, g, b] = at(high).map(|v| (gamma(clamp(v, 0.0, 1.0)) * 255.0).round() as u8);
        Rgb(r, g, b)
    }
}

/// OKLab (L, a, b) of an sRGB colour (Björn Ottosson's matrices).
pub fn oklab(rgb: Rgb) -> [f64; 3] {
    let (r, g, b) = (linear(rgb.0), linear(rgb.1), linear(rgb.2));
    let l = root(
        0.412_221_470_8 * r + 0.536_332_536_3 * g + 0.051_445_992_9 * b,
        3,
    );
    let m = root(
        0.211_903_498_2 * r + 0.680_699_545_1 * g + 0.107_396_956_6 * b,
        3,
    );
    let s = root(
        0.088_302_461_9 * r + 0.281_718_837_6 * g + 0.629_978_700_5 * b,
        3,
    );
    [
        0.210_454_255_3 * l + 0.793_617_785 * m - 0.004_072_046_8 * s,
        1.977_998_495_1 * l - 2.428_592_205 * m + 0.450_593_709_9 * s,
        0.025_904_037_1 * l + 0.782_771_766_2 * m - 0.808_675_766 * s,
    ]
}

/// An sRGB channel as linear light (the sRGB transfer function).
fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        // t^2.4 = t² · (t²)^(1/5)
        let t = (c + 0.055) / 1.055;
        t * t * root(t * t, 5)
    }
}

/// Linear light (0–1) as an sRGB channel (0–1): the inverse of [`linear`].
fn gamma(v: f64) -> f64 {
    if v <= 0.003_130_8 {
        v * 12.92
    } else {
        // v^(1/2.4) = v^(5/12) = v^(1/3) · v^(1/12)
        let third = root(v, 3);
        1.055 * third * third.sqrt().sqrt() - 0.055
    }
}

/// The `n`th root of `x` (0 or more), by Newton's method from an estimate
/// made of the float's bits: `f64::powf` and `f64::cbrt` bring libm's pow,
/// cube root and fused multiply-add into the wasm (4.5 KB before
/// compression), and the colours need no more than these roots.
fn root(x: f64, n: u64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    // Dividing the bits by n divides the exponent by n; the constant puts
    // the bias back (a first guess within a few per cent).
    let mut y = f64::from_bits(x.to_bits() / n + 0x3ff0_0000_0000_0000 / n * (n - 1));
    let n_f = n as f64;
    for _ in 0..8 {
        let mut power = 1.0;
        for _ in 1..n {
            power *= y;
        }
        y -= (y - x / power) / n_f;
    }
    y
}

fn linear_srgb([l, a, b]: [f64; 3]) -> [f64; 3] {
    let l_ = (l + 0.396_337_777_4 * a + 0.215_803_757_3 * b).powi(3);
    let m_ = (l - 0.105_561_345_8 * a - 0.063_854_172_8 * b).powi(3);
    let s_ = (l - 0.089_484_177_5 * a - 1.291_485_548 * b).powi(3);
    [
        4.076_741_662_1 * l_ - 3.307_711_591_3 * m_ + 0.230_969_929_2 * s_,
        -1.268_438_004_6 * l_ + 2.609_757_401_1 * m_ - 0.341_319_396_5 * s_,
        -0.004_196_086_3 * l_ - 0.703_418_614_7 * m_ + 1.707_614_701 * s_,
    ]
}

/// The perceptual distance ΔE between two colours (Euclidean in OKLab,
/// where about 0.02 is just noticeable).
pub fn delta_e(one: Rgb, other: Rgb) -> f64 {
    let ([l1, a1, b1], [l2, a2, b2]) = (oklab(one), oklab(other));
    ((l1 - l2).powi(2) + (a1 - a2).powi(2) + (b1 - b2).powi(2)).sqrt()
}

/// Why a dimension's colour makes a poor wheel, for the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorConcern {
    /// So dark that its parts' tint comes out nearly grey.
    TooDark,
    /// So pale that its parts' tint comes out nearly grey.
    TooPale,
    /// Too little colour of its own: its parts come out grey.
    Grey,
    /// Its parts look like those of dimension `other` (an index).
    LooksLike(usize),
}

/// Below this OKLCH chroma a tint reads as grey.
const GREY_TINT: f64 = 0.025;
/// Tints closer than this ΔE (OKLab) are hard to tell apart, and so are
/// strong colours closer than [`ALIKE_STRONG`]. The default colours of a
/// four-dimension wheel are at least 0.032 and 0.12 apart, a navy beside
/// them 0.017 and 0.22.
const ALIKE_TINT: f64 = 0.015;
const ALIKE_STRONG: f64 = 0.05;

/// What the editor should say about dimension `index`'s colour among all
/// the wheel's dimension colours (`None`: the default for its place).
pub fn color_concerns(colors: &[Option<Rgb>], index: usize) -> Vec<ColorConcern> {
    if index >= colors.len() {
        return Vec::new();
    }
    let palette = |d: usize| DimensionPalette::for_dimension(d, colors[d]);
    let own = palette(index);
    let mut concerns = Vec::new();
    if let Some(base) = colors[index] {
        if Oklch::from(own.tint).c < GREY_TINT {
            let lightness = Oklch::from(base).l;
            concerns.push(if lightness < 0.3 {
                ColorConcern::TooDark
            } else if lightness > 0.85 {
                ColorConcern::TooPale
            } else {
                ColorConcern::Grey
            });
        }
    }
    concerns.extend(
        (0..colors.len())
            .filter(|&d| d != index)
            .filter(|&d| {
                let other = palette(d);
                delta_e(own.tint, other.tint) < ALIKE_TINT
                    || delta_e(own.strong, other.strong) < ALIKE_STRONG
            })
            .map(ColorConcern::LooksLike),
    );
    concerns
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
    fn roots_match_the_standard_library() {
        let close = |own: f64, std: f64| (own - std).abs() <= 4.0 * f64::EPSILON * std.max(1e-300);
        for i in 0..=20_000 {
            let x = f64::from(i) / 20_000.0;
            assert!(close(root(x, 3), x.cbrt()), "cbrt {x}: {}", root(x, 3));
            assert!(
                close(root(x, 5), x.powf(0.2)),
                "5th root {x}: {}",
                root(x, 5)
            );
        }
        for x in [1e-9, 3.0e-4, 0.5, 1.0, 1.2] {
            assert!(close(root(x, 3), x.cbrt()), "cbrt {x}");
        }
    }

    /// Every channel decodes as `powf` decodes it, and encoding gives the
    /// bytes `powf` gives, so contrasts and colours stay as they were.
    #[test]
    fn the_srgb_transfer_matches_powf() {
        for c in 0..=255u8 {
            let x = f64::from(c) / 255.0;
            let std = if x <= 0.04045 {
                x / 12.92
            } else {
                ((x + 0.055) / 1.055).powf(2.4)
            };
            let own = linear(c);
            assert!(
                (own - std).abs() <= 4.0 * f64::EPSILON * std,
                "{c}: {own} vs {std}"
            );
        }
        for i in 0..=200_000 {
            let v = f64::from(i) / 200_000.0;
            let std = if v <= 0.003_130_8 {
                v * 12.92
            } else {
                1.055 * v.powf(1.0 / 2.4) - 0.055
            };
            assert!((gamma(v) - std).abs() <= 4.0 * f64::EPSILON, "{v}");
            assert_eq!((gamma(v) * 255.0).round(), (std * 255.0).round(), "{v}");
        }
    }

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

    const NAVY: Rgb = Rgb(0x14, 0x14, 0x3c);

    fn hue_gap(one: f64, other: f64) -> f64 {
        let gap = (one - other).rem_euclid(360.0);
        gap.min(360.0 - gap)
    }

    #[test]
    fn oklch_round_trips_and_matches_reference_values() {
        // Reference: oklch(0.2194 0.0750 278.3) for #14143c (CSS Color 4).
        let navy = Oklch::from(NAVY);
        assert!((navy.l - 0.2194).abs() < 0.001, "{navy:?}");
        assert!((navy.c - 0.0750).abs() < 0.001, "{navy:?}");
        assert!(hue_gap(navy.h, 278.3) < 0.5, "{navy:?}");
        for rgb in DEFAULT_COLORS
            .iter()
            .copied()
            .chain([NAVY, Rgb::WHITE, Rgb(0, 0, 0)])
        {
            assert_eq!(Oklch::from(rgb).to_rgb(), rgb);
        }
        // Out of gamut: chroma gives way, the hue stays.
        let vivid = Oklch {
            l: 0.93,
            c: 0.3,
            h: 278.0,
        }
        .to_rgb();
        assert!(hue_gap(Oklch::from(vivid).h, 278.0) < 3.0, "{vivid:?}");
    }

    #[test]
    fn a_navy_keeps_its_hue_in_its_tint_and_its_band() {
        let palette = DimensionPalette::from_base(NAVY);
        // Mixing toward white in sRGB made it #d5d5dc, a grey (chroma 0.009).
        assert_ne!(palette.tint, Rgb(0xd5, 0xd5, 0xdc));
        assert_eq!(palette.tint, Rgb(0xe2, 0xe6, 0xff));
        assert_eq!(palette.band, Rgb(0x79, 0x7f, 0xad));
        for shown in [palette.tint, palette.band] {
            let oklch = Oklch::from(shown);
            assert!(hue_gap(oklch.h, 278.3) < 3.0, "{shown:?}: {oklch:?}");
            assert!(oklch.c >= 0.03, "{shown:?}: {oklch:?}");
        }
    }

    #[test]
    fn every_coloured_tint_keeps_its_hue_and_chroma() {
        let bases = DEFAULT_COLORS.iter().copied().chain([
            NAVY,
            Rgb(0x14, 0x21, 0x3d),
            Rgb(0x7a, 0x2e, 0x0e),
            Rgb(0xff, 0xff, 0x00),
            Rgb(0x05, 0x05, 0x20),
        ]);
        for base in bases {
            let own = Oklch::from(base);
            let palette = DimensionPalette::from_base(base);
            for shown in [palette.tint, palette.band] {
                let oklch = Oklch::from(shown);
                assert!(
                    hue_gap(oklch.h, own.h) < 4.0,
                    "{base:?} {shown:?}: {oklch:?}"
                );
                assert!(oklch.c >= 0.03, "{base:?} {shown:?}: {oklch:?}");
            }
            // Text on both, and the band apart from the tint as a non-text
            // contrast (3:1), so a level reads on the part.
            assert!(palette.band.contrast(palette.on_tint) >= TEXT_CONTRAST);
            assert!(palette.tint.contrast(palette.on_tint) >= TEXT_CONTRAST);
            assert!(
                palette.band.contrast(palette.tint) >= 3.0,
                "{base:?}: {palette:?}"
            );
        }
    }

    #[test]
    fn a_grey_base_stays_grey() {
        let tint = DimensionPalette::from_base(Rgb(0x80, 0x80, 0x80)).tint;
        assert!(Oklch::from(tint).c < 0.001, "{tint:?}");
    }

    #[test]
    fn the_editor_hears_of_dull_and_look_alike_colours() {
        // The KL wheel's defaults raise nothing.
        let defaults = [None; 4];
        for d in 0..4 {
            assert_eq!(color_concerns(&defaults, d), []);
        }
        // A navy house colour is fine on its own.
        assert_eq!(color_concerns(&[Some(NAVY), None, None, None], 0), []);
        // So is the example intranet's house style.
        let house = ["#14213d", "#7a2e0e", "#2d6a4f", "#5a189a"].map(Rgb::parse_hex);
        for d in 0..4 {
            assert_eq!(color_concerns(&house, d), [], "{d}");
        }
        let dull = |c: Rgb| color_concerns(&[Some(c)], 0);
        assert_eq!(dull(Rgb(0x0a, 0x0a, 0x14)), [ColorConcern::TooDark]);
        assert_eq!(dull(Rgb(0xf0, 0xf0, 0xff)), [ColorConcern::TooPale]);
        assert_eq!(dull(Rgb(0x80, 0x80, 0x80)), [ColorConcern::Grey]);
        // Two blues: each hears of the other; the rest of the wheel does not.
        let colors = [Some(NAVY), Some(Rgb(0x3d, 0x4b, 0x8c)), None, None];
        assert_eq!(color_concerns(&colors, 0), [ColorConcern::LooksLike(1)]);
        assert_eq!(color_concerns(&colors, 1), [ColorConcern::LooksLike(0)]);
        assert_eq!(color_concerns(&colors, 2), []);
        assert!(delta_e(NAVY, NAVY) < 1e-12);
        assert_eq!(color_concerns(&colors, 9), []);
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
