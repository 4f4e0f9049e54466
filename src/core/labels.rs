//! Label layout for the wheel: which text each segment shows, wrapped into
//! lines and sized so that it lies wholly inside its segment.
//!
//! Text is measured with a table of advance widths taken from DejaVu Sans and
//! Liberation Sans (the wider of the two per glyph), which is at least as wide
//! as the fonts the widget asks for, so a label that fits here fits on screen.
//! The browser tests check that claim against real glyph boxes.

use std::rc::Rc;

use crate::core::geometry::{polar, Rect, Sector, WheelGeometry};
use crate::core::model::{SegmentId, Wheel};

/// Font weight, which changes glyph widths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// How a ring's labels are set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelStyle {
    /// Preferred font size in CSS pixels.
    pub max_px: f64,
    /// Smallest font size in CSS pixels we accept as legible.
    pub min_px: f64,
    pub max_lines: usize,
    pub weight: Weight,
}

/// Part labels: regular weight, up to three lines.
pub const PART_STYLE: LabelStyle = LabelStyle {
    max_px: 17.0,
    min_px: 12.0,
    max_lines: 3,
    weight: Weight::Regular,
};

/// A widget at least this wide (CSS pixels) sits in a page's content column,
/// read at arm's length: its part labels are at least [`WIDE_PART_MIN_PX`].
pub const WIDE_WIDGET_PX: f64 = 640.0;
/// The smallest part label in a wide widget, for a page with 16 px text.
pub const WIDE_PART_MIN_PX: f64 = 14.0;

/// The part labels' style for a widget `widget_px` wide whose text is
/// `page_font_px` (the reader's chosen size): in a wide widget no smaller
/// than 14 px, and larger in proportion where the text is larger than 16 px
/// (15 px with 17 px text), rounded up to the half pixel the fitting steps
/// in. A ring whose titles cannot be set that large falls back to short
/// titles.
pub fn part_style(widget_px: f64, page_font_px: f64) -> LabelStyle {
    if widget_px < WIDE_WIDGET_PX {
        return PART_STYLE;
    }
    let scale = (page_font_px / 16.0).max(1.0);
    let min_px = (WIDE_PART_MIN_PX * scale * 2.0).ceil() / 2.0;
    LabelStyle {
        min_px,
        max_px: PART_STYLE.max_px.max(min_px),
        ..PART_STYLE
    }
}

/// Dimension labels: bold, up to four lines.
pub const DIMENSION_STYLE: LabelStyle = LabelStyle {
    max_px: 18.0,
    min_px: 12.0,
    max_lines: 4,
    weight: Weight::Bold,
};

/// The hub's progress text.
pub const HUB_STYLE: LabelStyle = LabelStyle {
    max_px: 28.0,
    min_px: 12.0,
    max_lines: 3,
    weight: Weight::Bold,
};

/// Distance between baselines, in ems.
pub const LINE_HEIGHT: f64 = 1.2;
/// Height of one line's glyph box (ascent + descent), in ems.
const GLYPH_HEIGHT: f64 = 1.17;
/// Room kept between a label and its segment's edges, in ems.
const MARGIN: f64 = 0.3;

/// A label laid out inside its segment.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub lines: Vec<String>,
    /// Font size in SVG user units.
    pub font_size: f64,
    /// Centre of the text block in SVG user units.
    pub center: crate::core::geometry::Point,
}

impl Label {
    /// The y coordinate of line `index`'s middle (for `dominant-baseline: central`).
    pub fn line_y(&self, index: usize) -> f64 {
        let offset = index as f64 - (self.lines.len() as f64 - 1.0) / 2.0;
        self.center.y + offset * LINE_HEIGHT * self.font_size
    }

    /// The box the label's glyphs occupy (every line), set in `weight`, in
    /// SVG user units: what marks drawn across the segment must keep clear of.
    pub fn bounds(&self, weight: Weight) -> Rect {
        let widest = self
            .lines
            .iter()
            .map(|line| text_width_em(line, weight))
            .fold(0.0, f64::max);
        Rect {
            center: self.center,
            width: widest * self.font_size,
            height: ((self.lines.len() as f64 - 1.0) * LINE_HEIGHT + GLYPH_HEIGHT) * self.font_size,
        }
    }
}

/// Which text a ring shows: full titles, short titles, or numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    Title,
    Short,
    Number,
}

/// The labels of a whole wheel.
#[derive(Clone, Debug, PartialEq)]
pub struct WheelLabels {
    pub dimension_tier: Tier,
    pub part_tier: Tier,
    /// `None` where not even a number fits (very many parts on a small screen).
    /// Shared (`Rc`) so that components can hold a label without copying it.
    pub dimensions: Vec<Option<Rc<Label>>>,
    pub parts: Vec<Vec<Option<Rc<Label>>>>,
}

impl WheelLabels {
    /// The label of a segment, if it has one.
    pub fn get(&self, segment: SegmentId) -> Option<&Rc<Label>> {
        match segment {
            SegmentId::Dimension(d) => self.dimensions.get(d)?.as_ref(),
            SegmentId::Part(d, p) => self.parts.get(d)?.get(p)?.as_ref(),
        }
    }

    /// Whether the wheel shows numbers in place of some titles, so that a
    /// visible key is needed.
    pub fn needs_key(&self) -> bool {
        self.part_tier == Tier::Number || self.dimension_tier == Tier::Number
    }
}

/// The number shown for a segment when titles do not fit: `2` or `2.3`.
pub fn segment_number(segment: SegmentId) -> String {
    match segment {
        SegmentId::Dimension(d) => format!("{}", d + 1),
        SegmentId::Part(d, p) => format!("{}.{}", d + 1, p + 1),
    }
}

/// Part and dimension label sizes when presenting, as fractions of the
/// wheel's diameter: the labels grow with the wheel like the rest of the
/// slide, so a wheel at least 924 px across (as at 1920 × 1080) sets them at
/// 24 px or more.
const PRESENT_PART_SIZE: (f64, f64) = (0.026, 0.033);
const PRESENT_DIMENSION_SIZE: (f64, f64) = (0.026, 0.034);

/// The dimension and part label styles for a presented wheel `wheel_px`
/// CSS pixels across: legible from the back of a room, and in the same
/// proportion to the wheel on any screen.
pub fn present_styles(wheel_px: f64) -> (LabelStyle, LabelStyle) {
    let sized = |style: LabelStyle, (min, max): (f64, f64)| LabelStyle {
        min_px: (wheel_px * min).max(style.min_px),
        max_px: (wheel_px * max).max(style.min_px),
        ..style
    };
    (
        sized(DIMENSION_STYLE, PRESENT_DIMENSION_SIZE),
        sized(PART_STYLE, PRESENT_PART_SIZE),
    )
}

/// Lays out every label of `wheel` for a wheel drawn `px_per_unit` CSS pixels
/// per SVG unit. Each ring uses the fullest tier at which all its labels fit,
/// so a ring never mixes titles and numbers.
pub fn wheel_labels(wheel: &Wheel, geometry: &WheelGeometry, px_per_unit: f64) -> WheelLabels {
    wheel_labels_styled(wheel, geometry, px_per_unit, (DIMENSION_STYLE, PART_STYLE))
}

/// [`wheel_labels`] with the dimension and part ring's own styles.
pub fn wheel_labels_styled(
    wheel: &Wheel,
    geometry: &WheelGeometry,
    px_per_unit: f64,
    (dimension_style, part_style): (LabelStyle, LabelStyle),
) -> WheelLabels {
    let dimension_texts = |tier: Tier| -> Vec<String> {
        wheel
            .dimensions
            .iter()
            .enumerate()
            .map(|(d, dim)| match tier {
                Tier::Title => dim.title.clone(),
                Tier::Short => dim.short.clone().unwrap_or_else(|| dim.title.clone()),
                Tier::Number => segment_number(SegmentId::Dimension(d)),
            })
            .collect()
    };
    let (dimension_tier, dimensions) = fit_ring(
        dimension_texts,
        &geometry.dimensions,
        px_per_unit,
        dimension_style,
    );

    let sectors: Vec<_> = geometry.parts.iter().flatten().copied().collect();
    let part_texts = |tier: Tier| -> Vec<String> {
        wheel
            .parts()
            .map(|(segment, part)| match tier {
                Tier::Title => part.title.clone(),
                Tier::Short => part.short.clone().unwrap_or_else(|| part.title.clone()),
                Tier::Number => segment_number(segment),
            })
            .collect()
    };
    let (part_tier, flat) = fit_ring(part_texts, &sectors, px_per_unit, part_style);
    let mut flat = flat.into_iter();
    let parts = wheel
        .dimensions
        .iter()
        .map(|dim| flat.by_ref().take(dim.parts.len()).collect())
        .collect();

    WheelLabels {
        dimension_tier,
        part_tier,
        dimensions,
        parts,
    }
}

/// The geometry and labels for a wheel drawn `px_per_unit` CSS pixels per
/// SVG unit: the `standard` rings, unless the dimension ring can only show
/// numbers there and the `compact` rings (a thinner dimension ring) let the
/// part ring show a fuller tier — short titles on a phone instead of numbers.
pub fn layout(
    wheel: &Wheel,
    standard: &Rc<WheelGeometry>,
    compact: &Rc<WheelGeometry>,
    px_per_unit: f64,
    part_style: LabelStyle,
) -> (Rc<WheelGeometry>, WheelLabels) {
    let styles = (DIMENSION_STYLE, part_style);
    let labels = wheel_labels_styled(wheel, standard, px_per_unit, styles);
    if labels.dimension_tier == Tier::Number && labels.part_tier != Tier::Title {
        let tighter = wheel_labels_styled(wheel, compact, px_per_unit, styles);
        if tighter.dimension_tier == Tier::Number && tighter.part_tier < labels.part_tier {
            return (compact.clone(), tighter);
        }
    }
    (standard.clone(), labels)
}

fn fit_ring(
    texts: impl Fn(Tier) -> Vec<String>,
    sectors: &[Sector],
    px_per_unit: f64,
    style: LabelStyle,
) -> (Tier, Vec<Option<Rc<Label>>>) {
    for tier in [Tier::Title, Tier::Short] {
        let texts = texts(tier);
        let labels: Option<Vec<Label>> = texts
            .iter()
            .zip(sectors)
            .map(|(text, sector)| fit(text, sector, px_per_unit, style))
            .collect();
        if let Some(labels) = labels {
            let labels = labels.into_iter().map(Some).collect();
            return (tier, one_size(&texts, sectors, labels, px_per_unit, style));
        }
    }
    // Numbers: one line each, and the segments that cannot hold even that
    // stay blank (the key lists every part). Those that can share one size.
    let numbers = LabelStyle {
        max_lines: 1,
        ..style
    };
    let texts = texts(Tier::Number);
    let labels = texts
        .iter()
        .zip(sectors)
        .map(|(text, sector)| fit(text, sector, px_per_unit, numbers))
        .collect();
    (
        Tier::Number,
        one_size(&texts, sectors, labels, px_per_unit, numbers),
    )
}

/// One font size per ring looks calmer than each label at its own largest:
/// every label is set again at the smallest of `labels`' sizes. Each one
/// fits there, because its box only shrinks about the same centre; should
/// the search place it elsewhere, it keeps its own place at that size.
fn one_size(
    texts: &[String],
    sectors: &[Sector],
    labels: Vec<Option<Label>>,
    px_per_unit: f64,
    style: LabelStyle,
) -> Vec<Option<Rc<Label>>> {
    let smallest_px = labels
        .iter()
        .flatten()
        .map(|l| l.font_size * px_per_unit)
        .fold(f64::INFINITY, f64::min);
    let uniform = LabelStyle {
        max_px: smallest_px,
        min_px: smallest_px,
        ..style
    };
    texts
        .iter()
        .zip(sectors)
        .zip(labels)
        .map(|((text, sector), own)| {
            let own = own?;
            let label = fit(text, sector, px_per_unit, uniform).unwrap_or(Label {
                font_size: smallest_px / px_per_unit,
                ..own
            });
            Some(Rc::new(label))
        })
        .collect()
}

/// Fits `text` into `sector`: the largest font size (in half-pixel steps) at
/// which some wrapping into at most `style.max_lines` lines fits, preferring
/// fewer lines and a position near the middle of the ring.
pub fn fit(text: &str, sector: &Sector, px_per_unit: f64, style: LabelStyle) -> Option<Label> {
    let tokens = tokenize(text);
    if tokens.is_empty() || px_per_unit <= 0.0 {
        return None;
    }
    let wraps: Vec<(Vec<String>, f64)> = (1..=style.max_lines.min(tokens.len()))
        .filter_map(|lines| wrap(&tokens, lines, style.weight))
        .collect();
    place(&wraps, sector, px_per_unit, style)
}

/// The first of `wraps` (lines and their widest width in ems) that fits,
/// trying the largest font size first.
fn place(
    wraps: &[(Vec<String>, f64)],
    sector: &Sector,
    px_per_unit: f64,
    style: LabelStyle,
) -> Option<Label> {
    let steps = ((style.max_px - style.min_px) * 2.0).round().max(0.0) as usize;
    let depth = sector.outer - sector.inner;
    for step in 0..=steps {
        let font_size = (style.max_px - step as f64 * 0.5) / px_per_unit;
        for (lines, widest_em) in wraps {
            let width = widest_em * font_size;
            let height = ((lines.len() as f64 - 1.0) * LINE_HEIGHT + GLYPH_HEIGHT) * font_size;
            if width > depth.max(sector.outer * sector.span()) {
                continue;
            }
            for offset in [0.0, 0.08, -0.08, 0.16, -0.16, 0.24, -0.24, 0.32, -0.32] {
                let radius = sector.inner + depth * (0.5 + offset);
                let rect = Rect {
                    center: polar(radius, sector.mid_angle()),
                    width,
                    height,
                };
                if sector.contains(&rect, MARGIN * font_size) {
                    return Some(Label {
                        lines: lines.clone(),
                        font_size,
                        center: rect.center,
                    });
                }
            }
        }
    }
    None
}

/// Fits fixed `lines` (no re-wrapping) into `sector`, as [`fit`] does.
pub fn fit_lines(
    lines: &[String],
    sector: &Sector,
    px_per_unit: f64,
    style: LabelStyle,
) -> Option<Label> {
    if lines.is_empty() || px_per_unit <= 0.0 {
        return None;
    }
    let widest = lines
        .iter()
        .map(|l| text_width_em(l, style.weight))
        .fold(0.0, f64::max);
    place(&[(lines.to_vec(), widest)], sector, px_per_unit, style)
}

/// A word of a label and how the text may break after it.
#[derive(Clone, Debug, PartialEq)]
struct Token {
    text: String,
    after: Break,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Break {
    /// A space: dropped at a line break.
    Space,
    /// A soft hyphen: shown as "-" at a line break, otherwise invisible.
    Soft,
    /// A hard hyphen inside a word ("it-systemer"): kept, may break after.
    Hyphen,
    End,
}

/// Whether `c` is a letter: as `char::is_alphabetic` says for every
/// character up to U+024F (Latin: ASCII, Latin-1 and Extended-A and -B; a
/// test checks each), and above that any character but white space,
/// combining marks and the blocks of punctuation, symbols and emoji
/// (U+2000–U+2BFF, U+3000–U+303F, from U+1F000). The standard library's
/// tables of every script's letters and digits cost the first load about
/// 1.5 KB gzip for the two places that ask: a hyphen breaks before a
/// letter, and a segment's name compares words.
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'ª' | 'µ' | 'º' => true,
        '\0'..='\u{bf}' | '×' | '÷' => false,
        '\u{c0}'..='\u{24f}' => true,
        c => {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '\u{300}'..='\u{36f}' | '\u{2000}'..='\u{2bff}' | '\u{3000}'..='\u{303f}' | '\u{1f000}'..
                )
        }
    }
}

/// Whether `c` is a letter ([`is_letter`]) or a digit: as
/// `char::is_alphanumeric` says up to U+024F (the digits there are 0–9,
/// ¹, ², ³, ¼, ½ and ¾).
pub fn is_letter_or_digit(c: char) -> bool {
    is_letter(c) || matches!(c, '0'..='9' | '²' | '³' | '¹' | '¼'..='¾')
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let push = |current: &mut String, after: Break, tokens: &mut Vec<Token>| {
        if !current.is_empty() {
            tokens.push(Token {
                text: std::mem::take(current),
                after,
            });
        }
    };
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            c if c.is_whitespace() => push(&mut current, Break::Space, &mut tokens),
            '\u{ad}' => push(&mut current, Break::Soft, &mut tokens),
            '-' if !current.is_empty() && chars.get(i + 1).is_some_and(|&n| is_letter(n)) => {
                current.push('-');
                push(&mut current, Break::Hyphen, &mut tokens);
            }
            c => current.push(c),
        }
    }
    push(&mut current, Break::End, &mut tokens);
    if let Some(last) = tokens.last_mut() {
        last.after = Break::End;
    }
    tokens
}

/// The text of tokens `from..to` set on one line.
fn line_text(tokens: &[Token]) -> String {
    let mut line = String::new();
    for (i, token) in tokens.iter().enumerate() {
        line.push_str(&token.text);
        let last = i + 1 == tokens.len();
        match (token.after, last) {
            (Break::Space, false) => line.push(' '),
            (Break::Soft, true) => line.push('-'),
            _ => {}
        }
    }
    line
}

/// Splits `tokens` into exactly `lines` lines so that the widest is as narrow
/// as possible. Returns the lines and the widest line's width in ems.
fn wrap(tokens: &[Token], lines: usize, weight: Weight) -> Option<(Vec<String>, f64)> {
    let n = tokens.len();
    if lines == 0 || lines > n {
        return None;
    }
    let width = |from: usize, to: usize| text_width_em(&line_text(&tokens[from..to]), weight);
    // best[k][i]: the narrowest widest-line for setting tokens[..i] in k lines.
    let mut best = vec![vec![f64::INFINITY; n + 1]; lines + 1];
    let mut cut = vec![vec![0usize; n + 1]; lines + 1];
    best[0][0] = 0.0;
    for k in 1..=lines {
        for i in k..=n {
            for j in (k - 1)..i {
                let candidate = best[k - 1][j].max(width(j, i));
                if candidate < best[k][i] {
                    best[k][i] = candidate;
                    cut[k][i] = j;
                }
            }
        }
    }
    let mut bounds = vec![n];
    let mut i = n;
    for k in (1..=lines).rev() {
        i = cut[k][i];
        bounds.push(i);
    }
    bounds.reverse();
    let text = bounds
        .windows(2)
        .map(|w| line_text(&tokens[w[0]..w[1]]))
        .collect();
    Some((text, best[lines][n]))
}

/// Estimated advance width of `text` in ems.
pub fn text_width_em(text: &str, weight: Weight) -> f64 {
    let table = match weight {
        Weight::Regular => &REGULAR,
        Weight::Bold => &BOLD,
    };
    let thousandths: u32 = text
        .chars()
        .map(|c| match c {
            ' '..='~' => u32::from(table[c as usize - 32]),
            'æ' | 'Æ' => 1085,
            '\u{ad}' => 0,
            c if c.is_uppercase() => 870,
            _ => 720,
        })
        .sum();
    f64::from(thousandths) / 1000.0
}

/// Advance widths of ASCII 32..=126 in thousandths of an em: the wider of
/// DejaVu Sans and Liberation Sans, measured in Chromium.
#[rustfmt::skip]
const REGULAR: [u16; 95] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 556,
    1015, 684, 686, 722, 770, 667, 611, 778, 752, 295, 500, 667, 557, 863, 748, 787,
    667, 787, 722, 667, 611, 732, 684, 989, 685, 667, 685, 390, 337, 390, 838, 556,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

/// As [`REGULAR`], for bold.
#[rustfmt::skip]
const BOLD: [u16; 95] = [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 611,
    1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 556, 775, 637, 995, 837, 850,
    733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 556,
    500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
    716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geometry::{wheel_geometry, COMPACT_RINGS, RINGS};

    fn lines(text: &str, n: usize) -> Vec<String> {
        wrap(&tokenize(text), n, Weight::Regular).unwrap().0
    }

    #[test]
    fn presenting_sets_labels_of_24_px_or_more_on_a_full_hd_screen() {
        for language in [&crate::core::i18n::DANISH, &crate::core::i18n::ENGLISH] {
            let (lang, wheel) = (language.strings.lang, language.wheel());
            let counts: Vec<usize> = wheel.dimensions.iter().map(|d| d.parts.len()).collect();
            let geometry = wheel_geometry(&counts, crate::core::geometry::PRESENT_RINGS);
            for wheel_px in [924.0, 1000.0] {
                let labels = wheel_labels_styled(
                    &wheel,
                    &geometry,
                    wheel_px / 1000.0,
                    present_styles(wheel_px),
                );
                assert_ne!(labels.part_tier, Tier::Number, "{wheel_px}");
                assert_ne!(labels.dimension_tier, Tier::Number, "{wheel_px}");
                let all = labels
                    .dimensions
                    .iter()
                    .chain(labels.parts.iter().flatten());
                for label in all {
                    let px =
                        label.as_ref().expect("every label fits").font_size * wheel_px / 1000.0;
                    assert!(px >= 24.0, "{lang}: {px} px at {wheel_px}");
                }
            }
        }
    }

    #[test]
    fn widths_follow_the_table() {
        assert!((text_width_em("a", Weight::Regular) - 0.613).abs() < 1e-9);
        assert!(text_width_em("Mmm", Weight::Bold) > text_width_em("Mmm", Weight::Regular));
        assert_eq!(
            text_width_em("a\u{ad}b", Weight::Regular),
            text_width_em("ab", Weight::Regular)
        );
        // Danish letters and unknown glyphs are counted wide, never as zero.
        assert!(text_width_em("ø", Weight::Regular) >= 0.6);
        assert!(text_width_em("Ω", Weight::Regular) >= 0.8);
    }

    #[test]
    fn wrapping_balances_lines() {
        assert_eq!(lines("Retssikkerhed og etik", 1), ["Retssikkerhed og etik"]);
        assert_eq!(
            lines("Retssikkerhed og etik", 2),
            ["Retssikkerhed", "og etik"]
        );
        assert_eq!(
            lines("Teknologi, faglighed og mennesker", 3),
            ["Teknologi,", "faglighed og", "mennesker"]
        );
    }

    #[test]
    fn soft_hyphens_break_long_words_with_a_visible_hyphen() {
        assert_eq!(
            lines("Data- og informations\u{ad}sikkerhed", 3),
            ["Data- og", "informations-", "sikkerhed"]
        );
        // Unbroken, the soft hyphen disappears.
        assert_eq!(lines("Teknologi\u{ad}vurdering", 1), ["Teknologivurdering"]);
    }

    #[test]
    fn hard_hyphens_inside_words_allow_a_break() {
        assert_eq!(lines("it-systemer", 2), ["it-", "systemer"]);
        // A hyphen before a space ("Data- og") is no break of its own.
        assert_eq!(tokenize("Data- og").len(), 2);
    }

    #[test]
    fn wrap_rejects_more_lines_than_words() {
        assert!(wrap(&tokenize("Innovation"), 2, Weight::Regular).is_none());
    }

    fn layouts() -> (Rc<WheelGeometry>, Rc<WheelGeometry>) {
        (
            Rc::new(wheel_geometry(&[3, 3, 3, 3], RINGS)),
            Rc::new(wheel_geometry(&[3, 3, 3, 3], COMPACT_RINGS)),
        )
    }

    #[test]
    fn a_phone_sized_wheel_shows_words_on_its_parts() {
        let (standard, compact) = layouts();
        let wheel = crate::core::model::Wheel::builtin();
        // 390 px phone, 16 px page margins: a 358 px wheel.
        let (geometry, labels) = layout(&wheel, &standard, &compact, 0.358, PART_STYLE);
        assert!(Rc::ptr_eq(&geometry, &compact));
        assert_eq!(labels.dimension_tier, Tier::Number);
        assert_eq!(labels.part_tier, Tier::Short);
        let px = labels.parts[0][0].as_ref().unwrap().font_size * 0.358;
        assert!(px >= PART_STYLE.min_px, "{px}");
        // Wide wheels keep the standard rings; where not even the compact
        // rings help (a 288 px wheel), so do narrow ones.
        for scale in [0.288, 0.5, 1.0] {
            let (geometry, _) = layout(&wheel, &standard, &compact, scale, PART_STYLE);
            assert!(Rc::ptr_eq(&geometry, &standard), "{scale}");
        }
    }

    #[test]
    fn a_phone_sized_english_wheel_shows_words_on_its_parts_too() {
        let (standard, compact) = layouts();
        let wheel = crate::core::i18n::ENGLISH.wheel();
        let (geometry, labels) = layout(&wheel, &standard, &compact, 0.358, PART_STYLE);
        assert!(Rc::ptr_eq(&geometry, &compact));
        assert_eq!(labels.part_tier, Tier::Short);
    }

    #[test]
    fn fitted_labels_lie_inside_their_segment() {
        let wheel = crate::core::model::Wheel::builtin();
        let (standard, compact) = layouts();
        for width_px in [280.0, 320.0, 358.0, 390.0, 480.0, 768.0, 1000.0] {
            let scale = width_px / crate::core::geometry::VIEW;
            let (geometry, labels) = layout(&wheel, &standard, &compact, scale, PART_STYLE);
            for segment in wheel.segments() {
                let sector = match segment {
                    SegmentId::Dimension(d) => geometry.dimensions[d],
                    SegmentId::Part(d, p) => geometry.parts[d][p],
                };
                let label = labels
                    .get(segment)
                    .unwrap_or_else(|| panic!("{segment:?} at {width_px}"));
                let style = match segment {
                    SegmentId::Dimension(_) => DIMENSION_STYLE,
                    SegmentId::Part(..) => PART_STYLE,
                };
                let px = label.font_size * scale;
                assert!(
                    px >= style.min_px - 1e-9,
                    "{segment:?} legible at {width_px}: {px}px"
                );
                let widest = label
                    .lines
                    .iter()
                    .map(|l| text_width_em(l, style.weight))
                    .fold(0.0, f64::max);
                let rect = Rect {
                    center: label.center,
                    width: widest * label.font_size,
                    height: ((label.lines.len() as f64 - 1.0) * LINE_HEIGHT + GLYPH_HEIGHT)
                        * label.font_size,
                };
                assert!(
                    sector.contains(&rect, 0.0),
                    "{segment:?} at {width_px}px: {label:?}"
                );
            }
        }
    }

    #[test]
    fn a_wide_widget_sets_part_labels_at_14_px_or_more() {
        assert_eq!(part_style(639.0, 20.0), PART_STYLE);
        assert_eq!(part_style(640.0, 16.0).min_px, 14.0);
        assert_eq!(part_style(700.0, 12.0).min_px, 14.0);
        // A page of 17 px text: 14.875, set at the next half pixel.
        assert_eq!(part_style(700.0, 17.0).min_px, 15.0);
        assert_eq!(part_style(700.0, 24.0).min_px, 21.0);
        assert_eq!(part_style(700.0, 24.0).max_px, 21.0);
        let (standard, compact) = layouts();
        for language in [&crate::core::i18n::DANISH, &crate::core::i18n::ENGLISH] {
            let (lang, wheel) = (language.strings.lang, language.wheel());
            // The wheel beside the panel in a 720 px widget, alone in a
            // 700 px column, and at its largest.
            for wheel_px in [380.0, 480.0, 664.0, 700.0, 760.0] {
                for page_font in [16.0, 17.0, 20.0] {
                    let style = part_style(720.0, page_font);
                    let scale = wheel_px / crate::core::geometry::VIEW;
                    let (_, labels) = layout(&wheel, &standard, &compact, scale, style);
                    for label in labels.parts.iter().flatten().flatten() {
                        let px = label.font_size * scale;
                        assert!(
                            px >= style.min_px - 1e-9 && px >= 14.0,
                            "{lang} at {wheel_px} px in a page of {page_font} px: {px} px"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_ring_uses_one_font_size() {
        let wheel = crate::core::model::Wheel::builtin();
        let geometry = wheel_geometry(&[3, 3, 3, 3], RINGS);
        for scale in [0.35, 0.5, 0.7, 1.0] {
            let labels = wheel_labels(&wheel, &geometry, scale);
            for ring in [labels.dimensions.clone(), labels.parts.concat()] {
                let sizes: Vec<f64> = ring.iter().flatten().map(|l| l.font_size).collect();
                assert!(
                    sizes.windows(2).all(|w| (w[0] - w[1]).abs() < 1e-9),
                    "{scale}: {sizes:?}"
                );
            }
        }
    }

    #[test]
    fn a_ring_uses_one_font_size_on_an_uneven_wheel_too() {
        // Dimensions of 3, 4, 2, … parts: numbers like "2.4" and "3.1" sit
        // in segments of different sizes, so each would fit its own size.
        let wheel = crate::core::model::Wheel::from_json(include_str!(
            "../../www/wheels/eksempel-digital-forvaltning.da.json"
        ))
        .expect("the example wheel is valid");
        let counts: Vec<usize> = wheel.dimensions.iter().map(|d| d.parts.len()).collect();
        assert!(
            counts.windows(2).any(|w| w[0] != w[1]),
            "uneven: {counts:?}"
        );
        let standard = Rc::new(wheel_geometry(&counts, RINGS));
        let compact = Rc::new(wheel_geometry(
            &counts,
            crate::core::geometry::COMPACT_RINGS,
        ));
        let mut tiers = Vec::new();
        for width_px in (160..=1200).step_by(20) {
            let scale = f64::from(width_px) / 1000.0;
            let (geometry, labels) = layout(&wheel, &standard, &compact, scale, PART_STYLE);
            tiers.push((labels.dimension_tier, labels.part_tier));
            // Set smaller to match the ring, every label still lies inside.
            for segment in wheel.segments() {
                let (sector, weight) = match segment {
                    SegmentId::Dimension(d) => (geometry.dimensions[d], Weight::Bold),
                    SegmentId::Part(d, p) => (geometry.parts[d][p], Weight::Regular),
                };
                if let Some(label) = labels.get(segment) {
                    assert!(
                        sector.contains(&label.bounds(weight), 0.0),
                        "{width_px}px: {segment:?} {label:?}"
                    );
                }
            }
            for (ring, tier) in [
                (labels.dimensions.clone(), labels.dimension_tier),
                (labels.parts.concat(), labels.part_tier),
            ] {
                let sizes: Vec<f64> = ring.iter().flatten().map(|l| l.font_size).collect();
                assert!(
                    sizes.windows(2).all(|w| (w[0] - w[1]).abs() < 1e-9),
                    "{width_px}px, {tier:?}: {sizes:?}"
                );
            }
        }
        assert!(
            tiers
                .iter()
                .any(|&(d, p)| d == Tier::Number || p == Tier::Number),
            "the numbers tier is reached: {tiers:?}"
        );
    }

    #[test]
    fn tiers_shorten_as_the_wheel_shrinks() {
        let wheel = crate::core::model::Wheel::builtin();
        let geometry = wheel_geometry(&[3, 3, 3, 3], RINGS);
        let wide = wheel_labels(&wheel, &geometry, 1.0);
        assert_eq!(wide.part_tier, Tier::Title);
        assert_eq!(wide.dimension_tier, Tier::Title);
        assert!(!wide.needs_key());
        let middle = wheel_labels(&wheel, &geometry, 0.5);
        assert_eq!(middle.part_tier, Tier::Short);
        let narrow = wheel_labels(&wheel, &geometry, 0.3);
        assert_eq!(narrow.part_tier, Tier::Number);
        assert!(narrow.needs_key());
        let tiers_never_grow = [0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8].windows(2).all(|w| {
            wheel_labels(&wheel, &geometry, w[0]).part_tier
                >= wheel_labels(&wheel, &geometry, w[1]).part_tier
        });
        assert!(tiers_never_grow);
    }

    #[test]
    fn numbers_are_the_last_resort() {
        assert_eq!(segment_number(SegmentId::Dimension(1)), "2");
        assert_eq!(segment_number(SegmentId::Part(3, 0)), "4.1");
        // 96 parts on a 320 px wheel: titles cannot fit, numbers may not either.
        let geometry = wheel_geometry(&[24, 24, 24, 24], RINGS);
        let sector = geometry.parts[0][0];
        assert!(fit("Brugerkompetencer", &sector, 0.3, PART_STYLE).is_none());
    }

    #[test]
    fn fixed_lines_fit_the_hub_or_not_at_all() {
        let hub = Sector {
            inner: 0.0,
            outer: 130.0,
            start: 0.0,
            end: std::f64::consts::TAU,
        };
        let lines = vec!["5/12".to_owned(), "vurderet".to_owned()];
        let label = fit_lines(&lines, &hub, 0.6, HUB_STYLE).unwrap();
        assert_eq!(label.lines, lines);
        assert!(fit_lines(&["x".repeat(80)], &hub, 0.6, HUB_STYLE).is_none());
    }

    #[test]
    fn line_positions_centre_the_block() {
        let label = Label {
            lines: vec!["a".into(), "b".into(), "c".into()],
            font_size: 10.0,
            center: crate::core::geometry::Point { x: 0.0, y: 100.0 },
        };
        assert!((label.line_y(0) - 88.0).abs() < 1e-9);
        assert!((label.line_y(1) - 100.0).abs() < 1e-9);
        assert!((label.line_y(2) - 112.0).abs() < 1e-9);
    }

    #[test]
    fn letters_and_digits_are_the_standard_librarys_through_latin() {
        for c in '\0'..='\u{24f}' {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{:x}", c as u32);
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{:x}", c as u32);
        }
        // Other scripts' letters are letters; dashes, quotes, spaces,
        // symbols and emoji are not.
        for c in [
            'α', 'Ω', 'ж', 'Я', 'ש', 'ب', 'अ', '漢', 'ー', 'ㄱ', 'ǅ', 'ẞ',
        ] {
            assert!(is_letter(c) && c.is_alphabetic(), "{c}");
        }
        for c in [
            '–', '—', '‘', '’', '“', '”', '…', '•', '€', '→', '\u{a0}', '\u{2009}', '\u{3000}',
            '😀', '\u{301}',
        ] {
            assert!(!is_letter(c) && !c.is_alphanumeric(), "{c}");
        }
    }
}
