//! The scene: for a wheel, its layout, the ratings (or the group's
//! statistics) and the state, everything a view of the wheel needs, computed
//! once per change and without any markup. Each segment's fill, rating band,
//! target or range marks, label and ink, accessible name and classes; the
//! hub's text; the wheel's name; and what the live region says.
//!
//! The component (`components/wheel.rs`) memoises [`Scene::build`] on its
//! [`SceneInput`] and only maps the result to SVG, so every rule here is tested
//! natively.

use std::rc::Rc;

use crate::core::color::DimensionPalette;
use crate::core::geometry::{arc_path, Rect, Sector, WheelGeometry};
use crate::core::group::{Group, PartStats};
use crate::core::i18n::{fill_all, Strings};
use crate::core::labels::{
    fit_lines, is_letter_or_digit, Label, Tier, Weight, WheelLabels, HUB_STYLE,
};
use crate::core::model::{plain, SegmentId, Wheel};
use crate::core::ratings::{one_decimal, Ratings, Summary};
use crate::core::state::Mode;

mod announce;
mod compare;
pub use announce::announcement_text;
pub use compare::Compare;

/// How strongly a dimmed segment's fill shows over the slide's white.
pub const DIMMED_OPACITY: f64 = 0.3;

/// Room kept between a range mark and its segment's label, in ems.
const LABEL_CLEARANCE: f64 = 0.3;

/// Every segment's outline as SVG path data, built once per geometry (the
/// scene reuses these shared strings on every change of ratings or state).
#[derive(Clone, Debug, PartialEq)]
pub struct Shapes {
    dimensions: Vec<Rc<str>>,
    parts: Vec<Vec<Rc<str>>>,
}

impl Shapes {
    pub fn of(geometry: &WheelGeometry) -> Shapes {
        Shapes {
            dimensions: geometry
                .dimensions
                .iter()
                .map(|s| s.path().into())
                .collect(),
            parts: geometry
                .parts
                .iter()
                .map(|ring| ring.iter().map(|s| s.path().into()).collect())
                .collect(),
        }
    }

    /// The outline of `segment`, if the geometry has it.
    pub fn get(&self, segment: SegmentId) -> Option<&Rc<str>> {
        match segment {
            SegmentId::Dimension(d) => self.dimensions.get(d),
            SegmentId::Part(d, p) => self.parts.get(d)?.get(p),
        }
    }
}

/// What the scene is computed from: the one value the layout gives the
/// wheel's view, which builds the scene again only when this changes.
#[derive(Clone, Debug)]
pub struct SceneInput {
    pub wheel: Rc<Wheel>,
    pub geometry: Rc<WheelGeometry>,
    pub labels: Rc<WheelLabels>,
    pub palettes: Rc<Vec<DimensionPalette>>,
    pub strings: &'static Strings,
    pub mode: Mode,
    pub open: Option<SegmentId>,
    /// The segment holding the wheel's single tab stop.
    pub current: SegmentId,
    pub ratings: Ratings,
    pub level_count: u8,
    /// The group's statistics, drawn instead of personal ratings.
    pub group: Option<Rc<Group>>,
    /// Presenting a step: every segment but the open one is dimmed.
    pub dimmed: bool,
    /// What each part's level is compared with, drawn while rating or
    /// showing the group.
    pub compare: Option<Rc<Compare>>,
    /// CSS pixels per SVG unit, for sizing the hub's text.
    pub px_per_unit: f64,
}

impl PartialEq for SceneInput {
    fn eq(&self, other: &Self) -> bool {
        // The strings are static tables: one table per language. The shared
        // parts are compared by pointer first: a whole wheel's text on every
        // click is not.
        std::ptr::eq(self.strings, other.strings)
            && same(&self.wheel, &other.wheel)
            && same(&self.geometry, &other.geometry)
            && same(&self.labels, &other.labels)
            && same(&self.palettes, &other.palettes)
            && (
                self.mode,
                self.open,
                self.current,
                &self.ratings,
                self.level_count,
                &self.group,
                self.dimmed,
                self.px_per_unit,
            ) == (
                other.mode,
                other.open,
                other.current,
                &other.ratings,
                other.level_count,
                &other.group,
                other.dimmed,
                other.px_per_unit,
            )
            && self.compare == other.compare
    }
}

fn same<T: PartialEq>(a: &Rc<T>, b: &Rc<T>) -> bool {
    Rc::ptr_eq(a, b) || a == b
}

/// A segment kept from an earlier scene, if it may be.
pub(crate) type Reuse<'a> = dyn Fn(SegmentId) -> Option<Rc<SegmentScene>> + 'a;

/// Everything the wheel's view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// The wheel's accessible name (with progress while rating).
    pub name: String,
    /// The hub's radius in SVG units.
    pub hub_radius: f64,
    /// The hub's text, if any fits: the first line is the progress (or the
    /// count of participants), the others details.
    pub hub: Option<Label>,
    /// One group per dimension: the dimension, then its parts.
    pub groups: Vec<DimensionScene>,
}

/// A dimension's `role="group"` and its segments.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionScene {
    pub id: Rc<str>,
    /// The group's accessible name: the dimension's plain title.
    pub name: String,
    /// The dimension's segment first, then its parts in order.
    pub segments: Vec<Rc<SegmentScene>>,
}

/// One segment as a view draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct SegmentScene {
    pub segment: SegmentId,
    pub id: Rc<str>,
    pub path: Rc<str>,
    /// The fill, `#rrggbb`.
    pub fill: String,
    pub open: bool,
    pub tab_stop: bool,
    /// A part that could be rated but is not.
    pub unrated: bool,
    /// Shown faintly (presenting another segment).
    pub dimmed: bool,
    /// Its accessible name.
    pub name: String,
    /// The rated level's (or the group mean's) band.
    pub band: Option<Band>,
    /// The compared level's outline band (path data): see [`Compare`].
    pub compare: Option<String>,
    pub marks: Marks,
    /// The colour of the band's edge and the marks, `#rrggbb`: the text
    /// colour for its fill (at least 4.5:1 on it), whatever the host's colour
    /// scheme, since the fills stay light in a dark scheme.
    pub mark_ink: String,
    /// The text drawn on it, if any fits.
    pub label: Option<SegmentLabel>,
}

/// A band from the inner edge out to a level.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub path: String,
    /// `#rrggbb`.
    pub fill: String,
}

/// The lines drawn across a segment at a level.
#[derive(Clone, Debug, PartialEq)]
pub enum Marks {
    None,
    /// The person's target: one arc, in pieces around the label.
    Target(String),
    /// The group's range: an arc at the lowest and one at the highest level,
    /// each stopping short of the label.
    Range {
        min: String,
        max: String,
    },
}

/// A segment's drawn text and how it is inked.
#[derive(Clone, Debug, PartialEq)]
pub struct SegmentLabel {
    pub label: Rc<Label>,
    pub tier: Tier,
    /// The text colour, `#rrggbb`.
    pub ink: String,
    /// A halo around the glyphs in the segment's own fill, whenever a band
    /// or a mark is drawn on the segment (a rated part, the group's wheel):
    /// the band's edge and the dashed target arc may run through the label,
    /// and the halo keeps every glyph clear of them.
    pub halo: Option<String>,
}

impl SegmentScene {
    /// The classes of the segment's `<g>`.
    pub fn classes(&self) -> Vec<&'static str> {
        let mut classes = vec!["cw-seg", self.kind()];
        if self.open {
            classes.push("cw-seg--open");
        }
        if self.unrated {
            classes.push("cw-seg--unrated");
        }
        classes
    }

    /// The classes of the segment's `<text>`.
    pub fn label_classes(&self) -> Vec<&'static str> {
        let mut classes = vec![
            "cw-seg__label",
            match self.segment {
                SegmentId::Dimension(_) => "cw-seg__label--dimension",
                SegmentId::Part(..) => "cw-seg__label--part",
            },
        ];
        if self.open {
            classes.push("cw-seg__label--open");
        }
        if self.label.as_ref().is_some_and(|l| l.halo.is_some()) {
            classes.push("cw-seg__label--halo");
        }
        classes
    }

    fn kind(&self) -> &'static str {
        match self.segment {
            SegmentId::Dimension(_) => "cw-seg--dimension",
            SegmentId::Part(..) => "cw-seg--part",
        }
    }
}

impl Scene {
    /// The scene for `input`, with the segments' outlines from `shapes`
    /// (built once per geometry).
    pub fn build(input: &SceneInput, shapes: &Shapes) -> Scene {
        Scene::reusing(input, shapes, &|_| None)
    }

    /// The scene for `input`, with each segment `reuse` gives instead of
    /// one built anew (`SceneCache`: the segments a change did not touch).
    pub(crate) fn reusing(input: &SceneInput, shapes: &Shapes, reuse: &Reuse) -> Scene {
        let wheel = &*input.wheel;
        let scene_of =
            |segment| reuse(segment).or_else(|| segment_scene(input, shapes, segment).map(Rc::new));
        let mut groups: Vec<DimensionScene> = (wheel.dimensions.iter().enumerate())
            .map(|(d, dimension)| DimensionScene {
                id: dimension.id.as_str().into(),
                name: plain(&dimension.title),
                segments: scene_of(SegmentId::Dimension(d)).into_iter().collect(),
            })
            .collect();
        // Then each dimension's parts, in the wheel's one order of parts.
        for (segment, _) in wheel.parts() {
            if let (Some(group), Some(scene)) =
                (groups.get_mut(segment.dimension()), scene_of(segment))
            {
                group.segments.push(scene);
            }
        }
        // Once per scene: the hub and the wheel's name say the same progress.
        let summary = (input.mode == Mode::Rate).then(|| input.ratings.summary(wheel));
        Scene {
            name: wheel_name(input, summary.as_ref()),
            hub_radius: hub_sector(&input.geometry).outer,
            hub: hub(input, summary.as_ref()),
            groups,
        }
    }

    /// Every segment in reading order.
    pub fn segments(&self) -> impl Iterator<Item = &Rc<SegmentScene>> {
        self.groups.iter().flat_map(|g| g.segments.iter())
    }

    /// The segment `segment`, if the wheel has it.
    pub fn get(&self, segment: SegmentId) -> Option<&Rc<SegmentScene>> {
        self.segments().find(|s| s.segment == segment)
    }
}

fn segment_scene(input: &SceneInput, shapes: &Shapes, segment: SegmentId) -> Option<SegmentScene> {
    let wheel = &*input.wheel;
    let sector = match segment {
        SegmentId::Dimension(d) => *input.geometry.dimensions.get(d)?,
        SegmentId::Part(d, p) => *input.geometry.parts.get(d)?.get(p)?,
    };
    let palette = *input.palettes.get(segment.dimension())?;
    let path = shapes.get(segment)?.clone();
    let is_part = matches!(segment, SegmentId::Part(..));
    let open = input.open == Some(segment);
    let strong = is_strong(input, segment);
    let dimmed = input.dimmed && !open;
    let rating = (is_part && input.mode == Mode::Rate)
        .then(|| input.ratings.get(wheel.id_of(segment)))
        .flatten();
    let level = rating.and_then(|r| r.level);
    let stats = match (segment, input.group.as_deref()) {
        (SegmentId::Part(..), Some(group)) => wheel
            .part_index(segment)
            .and_then(|index| group.parts.get(index)),
        _ => None,
    };
    let label = input.labels.get(segment).cloned();
    let radius_of = |value: f64| {
        sector.inner + (sector.outer - sector.inner) * value / f64::from(input.level_count)
    };
    let band_at = |value: f64| Band {
        path: Sector {
            outer: radius_of(value),
            ..sector
        }
        .path(),
        fill: palette.band.to_hex(),
    };
    // Arcs across a part (the group's range, the person's target) stop short
    // of its label, so no line crosses its text. The label lies inside its
    // segment with a margin, so a stretch at each end always remains.
    let clear = label.as_deref().filter(|_| is_part).map(|label| {
        let bounds = label.bounds(Weight::Regular);
        let clearance = label.font_size * LABEL_CLEARANCE;
        ClearOf {
            bounds,
            with_room: Rect {
                width: bounds.width + 2.0 * clearance,
                height: bounds.height + 2.0 * clearance,
                ..bounds
            },
        }
    });
    let (band, marks) = match stats {
        // The group: a band to the mean, and the range as two arcs.
        Some(stats) => {
            let range_at = |value: u8| {
                arc_path_clear_of(
                    radius_of(f64::from(value)),
                    sector.start,
                    sector.end,
                    clear.as_ref(),
                )
            };
            (
                stats.mean.map(band_at),
                match (stats.min, stats.max) {
                    (Some(min), Some(max)) => Marks::Range {
                        min: range_at(min),
                        max: range_at(max),
                    },
                    _ => Marks::None,
                },
            )
        }
        None => (
            level.map(|l| band_at(f64::from(l))),
            match rating.and_then(|r| r.target) {
                Some(target) => Marks::Target(arc_path_clear_of(
                    radius_of(f64::from(target)),
                    sector.start,
                    sector.end,
                    clear.as_ref(),
                )),
                None => Marks::None,
            },
        ),
    };
    let mut name = match stats {
        Some(stats) => group_name(input, segment, stats),
        None => accessible_name(input, segment, level),
    };
    let (said, compare_band) = compare::of(input, segment, &sector, stats.is_some());
    name.push_str(&said);
    // A dimmed segment shows its fill faintly over the white slide; its
    // label keeps full strength in the dark text colour, which reaches 4.5:1
    // on that pale fill (`dimmed_labels_keep_their_contrast`).
    let ink = if strong && !dimmed {
        palette.on_strong
    } else {
        palette.on_tint
    };
    let tier = match segment {
        SegmentId::Dimension(_) => input.labels.dimension_tier,
        SegmentId::Part(..) => input.labels.part_tier,
    };
    let label = label.map(|label| SegmentLabel {
        label,
        tier,
        ink: ink.to_hex(),
        halo: (is_part && (band.is_some() || marks != Marks::None || compare_band.is_some()))
            .then(|| if strong { palette.strong } else { palette.tint }.to_hex()),
    });
    Some(SegmentScene {
        segment,
        id: wheel.id_of(segment).into(),
        path,
        fill: if strong { palette.strong } else { palette.tint }.to_hex(),
        mark_ink: ink.to_hex(),
        open,
        tab_stop: input.current == segment,
        unrated: input.mode == Mode::Rate && is_part && level.is_none(),
        dimmed,
        name,
        band,
        compare: compare_band,
        marks,
        label,
    })
}

/// Dimensions are drawn in their strong colour; parts in the tint, and
/// strong while open when exploring or presenting (when rating or showing the
/// group, a part keeps its tint so its band stays readable).
fn is_strong(input: &SceneInput, segment: SegmentId) -> bool {
    matches!(segment, SegmentId::Dimension(_))
        || (matches!(input.mode, Mode::Explore | Mode::Present) && input.open == Some(segment))
}

/// A segment's accessible name: its title, then the short label or number
/// the wheel shows when that is not already among the title's words (so that
/// people who speak to their computer can say what they see), then, for a
/// part while rating, its level.
fn accessible_name(input: &SceneInput, segment: SegmentId, level: Option<u8>) -> String {
    let name = visible_name(&input.wheel, &input.labels, segment);
    if input.mode != Mode::Rate || matches!(segment, SegmentId::Dimension(_)) {
        return name;
    }
    let level = match level {
        Some(level) => fill_all(
            input.strings.level_of,
            &[&level.to_string(), &input.level_count.to_string()],
        ),
        None => input.strings.not_rated_name.to_owned(),
    };
    format!("{name}, {level}")
}

/// A part's name in the group's wheel: title, then its [`group_figures`].
fn group_name(input: &SceneInput, segment: SegmentId, stats: &PartStats) -> String {
    let title = visible_name(&input.wheel, &input.labels, segment);
    format!("{title}, {}", group_figures(input.strings, stats))
}

/// A part's figures in the group: "gennemsnit 3,2, spænd 1–5, 12 svar", or
/// that nobody rated it. The segment's name and the open part's panel say
/// the same.
pub fn group_figures(strings: &Strings, stats: &PartStats) -> String {
    match (stats.mean, stats.min, stats.max) {
        (Some(mean), Some(min), Some(max)) => format!(
            "{}, {}",
            fill_all(
                strings.group_name,
                &[
                    &one_decimal(mean, strings.decimal_comma),
                    &min.to_string(),
                    &max.to_string(),
                ]
            ),
            strings.group_answers.of(stats.n)
        ),
        _ => strings.group_none.to_owned(),
    }
}

/// The title, plus the short label or number shown when they differ.
pub fn visible_name(wheel: &Wheel, labels: &WheelLabels, segment: SegmentId) -> String {
    let title = plain(wheel.title_of(segment));
    let tier = match segment {
        SegmentId::Dimension(_) => labels.dimension_tier,
        SegmentId::Part(..) => labels.part_tier,
    };
    let shown = match tier {
        Tier::Title => return title,
        Tier::Number => crate::core::labels::segment_number(segment),
        Tier::Short => wheel.short_of(segment).unwrap_or_default().to_owned(),
    };
    let shown = plain(&shown);
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !is_letter_or_digit(c))
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect()
    };
    let (title_words, shown_words) = (words(&title), words(&shown));
    let contained = shown_words.is_empty()
        || title_words
            .windows(shown_words.len())
            .any(|window| window == shown_words.as_slice());
    if contained {
        title
    } else {
        format!("{title}, {shown}")
    }
}

/// The wheel's name: its title, and while rating the hub's progress and
/// average (which are drawn, but hidden from assistive technology).
fn wheel_name(input: &SceneInput, summary: Option<&Summary>) -> String {
    let title = plain(&input.wheel.title);
    let strings = input.strings;
    if let Some(group) = input.group.as_deref() {
        let count = strings.group_participants.of(group.participants);
        return format!("{title} – {count}");
    }
    let Some(summary) = summary else {
        return title;
    };
    let progress = fill_all(
        strings.progress,
        &[&summary.rated.to_string(), &summary.total.to_string()],
    );
    let mut name = format!("{title} – {progress} {}", strings.rated_word);
    if let Some(average) = summary.average {
        name.push_str(&format!(
            ", {} {}",
            strings.average_name,
            one_decimal(average, strings.decimal_comma)
        ));
    }
    name
}

/// The disc inside the dimension ring.
fn hub_sector(geometry: &WheelGeometry) -> Sector {
    Sector {
        inner: 0.0,
        outer: geometry.dimensions.first().map_or(0.0, |s| s.inner),
        start: 0.0,
        end: std::f64::consts::TAU,
    }
}

/// The hub shows progress and the average while rating, and the number of
/// participants in the group's wheel: the fullest of a few wordings that fits.
fn hub(input: &SceneInput, summary: Option<&Summary>) -> Option<Label> {
    let strings = input.strings;
    let mut options: Vec<Vec<String>> = Vec::new();
    if let Some(group) = input.group.as_deref() {
        let count = strings.group_participants.of(group.participants);
        if let Some((number, word)) = count.split_once(' ') {
            options.push(vec![number.to_owned(), word.to_owned()]);
        }
        options.push(vec![count.clone()]);
        options.push(vec![group.participants.to_string()]);
    } else if let Some(summary) = summary {
        let progress = format!("{}/{}", summary.rated, summary.total);
        if let Some(average) = summary.average {
            let average = format!(
                "{} {}",
                strings.average_short,
                one_decimal(average, strings.decimal_comma)
            );
            options.push(vec![
                progress.clone(),
                strings.rated_word.to_owned(),
                average,
            ]);
        }
        options.push(vec![progress.clone(), strings.rated_word.to_owned()]);
        options.push(vec![progress]);
    }
    let hub = hub_sector(&input.geometry);
    options
        .iter()
        .find_map(|lines| fit_lines(lines, &hub, input.px_per_unit, HUB_STYLE))
}

/// A label's box, and the box with a little room around it.
struct ClearOf {
    bounds: Rect,
    with_room: Rect,
}

/// Like [`arc_path`], but leaving out every stretch of the arc that runs
/// through the label's box with room around it, or, where that would leave
/// nothing of the arc (a label as wide as its segment), through the box
/// itself: the label lies inside its segment with a margin, so the arc's ends
/// stay.
fn arc_path_clear_of(radius: f64, start: f64, end: f64, clear: Option<&ClearOf>) -> String {
    let Some(clear) = clear else {
        return arc_path(radius, start, end);
    };
    let roomy = arc_pieces_outside(radius, start, end, &clear.with_room);
    if roomy.is_empty() {
        arc_pieces_outside(radius, start, end, &clear.bounds)
    } else {
        roomy
    }
}

/// The pieces of an arc outside `clear`. The arc is sampled finely and only
/// runs of points outside the box are drawn.
fn arc_pieces_outside(radius: f64, start: f64, end: f64, clear: &Rect) -> String {
    let inside = |angle: f64| {
        let p = crate::core::geometry::polar(radius, angle);
        (p.x - clear.center.x).abs() <= clear.width / 2.0
            && (p.y - clear.center.y).abs() <= clear.height / 2.0
    };
    const SAMPLES: usize = 240;
    let at = |i: usize| start + (end - start) * i as f64 / SAMPLES as f64;
    let mut pieces = Vec::new();
    let mut run_start = None;
    for i in 0..=SAMPLES {
        match (inside(at(i)), run_start) {
            (false, None) => run_start = Some(i),
            (true, Some(first)) => {
                if i - 1 > first {
                    pieces.push(arc_path(radius, at(first), at(i - 1)));
                }
                run_start = None;
            }
            _ => {}
        }
    }
    if let Some(first) = run_start.filter(|&first| first < SAMPLES) {
        pieces.push(arc_path(radius, at(first), end));
    }
    pieces.concat()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::color::{Rgb, DEFAULT_COLORS};
    use crate::core::geometry::{polar, wheel_geometry, CENTER, RINGS, VIEW};
    use crate::core::labels::wheel_labels;
    use crate::core::ratings::Edit;
    use crate::core::state::{Announcement, Persistence};

    /// The scene of the built-in wheel at `width` CSS pixels.
    pub(crate) struct Fixture {
        pub(crate) wheel: Rc<Wheel>,
        pub(crate) geometry: Rc<WheelGeometry>,
        pub(crate) shapes: Shapes,
        pub(crate) labels: Rc<WheelLabels>,
        pub(crate) palettes: Rc<Vec<DimensionPalette>>,
        pub(crate) px_per_unit: f64,
    }

    impl Fixture {
        pub(crate) fn new(wheel: Wheel, width: f64) -> Fixture {
            let counts: Vec<usize> = wheel.dimensions.iter().map(|d| d.parts.len()).collect();
            let geometry = wheel_geometry(&counts, RINGS);
            let labels = wheel_labels(&wheel, &geometry, width / VIEW);
            let palettes = (0..wheel.dimensions.len())
                .map(|d| DimensionPalette::for_dimension(d, wheel.dimensions[d].color))
                .collect();
            Fixture {
                shapes: Shapes::of(&geometry),
                wheel: Rc::new(wheel),
                geometry: Rc::new(geometry),
                labels: Rc::new(labels),
                palettes: Rc::new(palettes),
                px_per_unit: width / VIEW,
            }
        }

        pub(crate) fn input(&self, mode: Mode, ratings: &Ratings) -> SceneInput {
            SceneInput {
                wheel: self.wheel.clone(),
                geometry: self.geometry.clone(),
                labels: self.labels.clone(),
                palettes: self.palettes.clone(),
                strings: crate::core::i18n::DANISH.strings,
                mode,
                open: None,
                current: SegmentId::Dimension(0),
                ratings: ratings.clone(),
                level_count: 5,
                group: None,
                dimmed: false,
                compare: None,
                px_per_unit: self.px_per_unit,
            }
        }
    }

    pub(crate) fn rated(wheel: &Wheel, edits: &[(SegmentId, Edit)]) -> Ratings {
        edits.iter().fold(Ratings::new(), |r, (segment, edit)| {
            r.edit(wheel.id_of(*segment), edit.clone(), 5, 1.0)
                .expect("a change")
        })
    }

    #[test]
    fn inputs_are_equal_only_when_the_scene_would_be_the_same() {
        let f = Fixture::new(Wheel::builtin(), 720.0);
        let ratings = Ratings::new();
        let input = f.input(Mode::Rate, &ratings);
        assert_eq!(input, f.input(Mode::Rate, &ratings));
        let one = rated(&f.wheel, &[(SegmentId::Part(0, 0), Edit::Level(Some(2)))]);
        assert_ne!(input, f.input(Mode::Rate, &one));
        assert_ne!(input, f.input(Mode::Explore, &ratings));
        let english = SceneInput {
            strings: crate::core::i18n::ENGLISH.strings,
            ..input.clone()
        };
        assert_ne!(input, english);
        let opened = SceneInput {
            open: Some(SegmentId::Part(0, 0)),
            ..input.clone()
        };
        assert_ne!(input, opened);
    }

    #[test]
    fn every_segment_in_reading_order_with_its_own_outline() {
        let f = Fixture::new(Wheel::builtin(), 720.0);
        let ratings = Ratings::new();
        let scene = Scene::build(&f.input(Mode::Explore, &ratings), &f.shapes);
        let order: Vec<SegmentId> = scene.segments().map(|s| s.segment).collect();
        assert_eq!(order, f.wheel.segments().collect::<Vec<_>>());
        let first = scene.get(SegmentId::Part(0, 0)).expect("a part");
        assert_eq!(&*first.path, f.geometry.parts[0][0].path());
        assert_eq!(scene.groups.len(), 4);
        assert_eq!(scene.groups[0].name, plain(&f.wheel.dimensions[0].title));
    }

    #[test]
    fn a_rated_part_has_a_band_a_target_arc_and_says_its_level() {
        let f = Fixture::new(Wheel::builtin(), 720.0);
        let part = SegmentId::Part(1, 2);
        let ratings = rated(
            &f.wheel,
            &[(part, Edit::Level(Some(3))), (part, Edit::Target(Some(5)))],
        );
        let scene = Scene::build(&f.input(Mode::Rate, &ratings), &f.shapes);
        let seg = scene.get(part).expect("the part");
        let sector = f.geometry.parts[1][2];
        let band = seg.band.as_ref().expect("a band");
        let to_three = sector.inner + (sector.outer - sector.inner) * 3.0 / 5.0;
        assert_eq!(
            band.path,
            Sector {
                outer: to_three,
                ..sector
            }
            .path()
        );
        assert_eq!(
            seg.marks,
            Marks::Target(arc_path(sector.outer, sector.start, sector.end))
        );
        assert!(seg.name.ends_with(", niveau 3 af 5"), "{}", seg.name);
        assert!(!seg.unrated);
        let other = scene.get(SegmentId::Part(0, 0)).expect("a part");
        assert!(other.unrated && other.band.is_none() && other.marks == Marks::None);
        assert!(other.classes().contains(&"cw-seg--unrated"));
        // The hub and the wheel's name say the same progress.
        let hub = scene.hub.as_ref().expect("hub text");
        assert_eq!(hub.lines[0], "1/12");
        assert!(scene.name.contains("1 af 12"), "{}", scene.name);
    }

    #[test]
    fn exploring_shows_no_ratings_and_an_open_part_turns_strong() {
        let f = Fixture::new(Wheel::builtin(), 720.0);
        let part = SegmentId::Part(0, 1);
        let ratings = rated(&f.wheel, &[(part, Edit::Level(Some(4)))]);
        let mut input = f.input(Mode::Explore, &ratings);
        input.open = Some(part);
        let scene = Scene::build(&input, &f.shapes);
        let seg = scene.get(part).expect("the part");
        assert!(seg.band.is_none() && !seg.unrated && seg.open);
        assert_eq!(seg.fill, f.palettes[0].strong.to_hex());
        assert_eq!(
            seg.label.as_ref().expect("a label").ink,
            f.palettes[0].on_strong.to_hex()
        );
        assert!(seg.classes().contains(&"cw-seg--open"));
        assert_eq!(seg.name, plain(f.wheel.title_of(part)));
        assert!(scene.hub.is_none());
        assert_eq!(scene.name, plain(&f.wheel.title));
    }

    #[test]
    fn a_part_with_a_band_or_a_target_gets_a_halo_in_its_fill() {
        let f = Fixture::new(Wheel::builtin(), 720.0);
        let (rated_part, target_only, unrated) = (
            SegmentId::Part(0, 1),
            SegmentId::Part(1, 2),
            SegmentId::Part(2, 0),
        );
        let ratings = rated(
            &f.wheel,
            &[
                (rated_part, Edit::Level(Some(3))),
                (target_only, Edit::Target(Some(4))),
            ],
        );
        let scene = Scene::build(&f.input(Mode::Rate, &ratings), &f.shapes);
        for (part, dimension) in [(rated_part, 0), (target_only, 1)] {
            let seg = scene.get(part).expect("the part");
            assert_eq!(
                seg.label.as_ref().expect("a label").halo,
                Some(f.palettes[dimension].tint.to_hex()),
                "{part:?}"
            );
            assert!(seg.label_classes().contains(&"cw-seg__label--halo"));
        }
        let seg = scene.get(unrated).expect("the part");
        assert_eq!(seg.label.as_ref().expect("a label").halo, None);
        // Exploring draws no bands, so no halo.
        let scene = Scene::build(&f.input(Mode::Explore, &ratings), &f.shapes);
        assert!(scene
            .segments()
            .all(|s| s.label.as_ref().is_none_or(|l| l.halo.is_none())));
    }

    #[test]
    fn presenting_dims_all_but_the_open_segment_with_dark_ink() {
        let f = Fixture::new(Wheel::builtin(), 720.0);
        let open = SegmentId::Dimension(2);
        let ratings = Ratings::new();
        let mut input = f.input(Mode::Present, &ratings);
        input.open = Some(open);
        input.dimmed = true;
        let scene = Scene::build(&input, &f.shapes);
        for seg in scene.segments() {
            assert_eq!(seg.dimmed, seg.segment != open, "{:?}", seg.segment);
            if seg.dimmed {
                let palette = f.palettes[seg.segment.dimension()];
                assert_eq!(
                    seg.label.as_ref().expect("a label").ink,
                    palette.on_tint.to_hex()
                );
            }
        }
    }

    #[test]
    fn numbers_are_named_after_the_title() {
        // At 300 px the built-in parts show numbers: the name says both.
        let f = Fixture::new(Wheel::builtin(), 300.0);
        assert_eq!(f.labels.part_tier, Tier::Number);
        let ratings = Ratings::new();
        let scene = Scene::build(&f.input(Mode::Explore, &ratings), &f.shapes);
        let seg = scene.get(SegmentId::Part(0, 0)).expect("a part");
        assert_eq!(
            seg.name,
            format!("{}, 1.1", plain(f.wheel.title_of(SegmentId::Part(0, 0))))
        );
    }

    #[test]
    fn the_group_draws_the_mean_and_a_range_clear_of_the_label() {
        let f = Fixture::new(Wheel::builtin(), 720.0);
        let ratings = Ratings::new();
        let mut parts: Vec<PartStats> = (0..12).map(|_| no_answers()).collect();
        parts[4] = PartStats {
            n: 3,
            mean: Some(3.0),
            median: Some(3.0),
            min: Some(2),
            max: Some(4),
            counts: vec![0, 1, 1, 1, 0],
        };
        let group = Group {
            participants: 3,
            duplicates: 0,
            rejected: Vec::new(),
            parts,
        };
        let mut input = f.input(Mode::Group, &ratings);
        input.group = Some(Rc::new(group));
        let scene = Scene::build(&input, &f.shapes);
        // Part 5 in wheel order is the second part of the second dimension.
        let seg = scene.get(SegmentId::Part(1, 1)).expect("the part");
        assert!(seg.band.is_some());
        assert!(matches!(seg.marks, Marks::Range { .. }));
        assert!(seg.name.contains("3,0"), "{}", seg.name);
        assert!(seg.label.as_ref().expect("a label").halo.is_some());
        assert!(seg.label_classes().contains(&"cw-seg__label--halo"));
        let none = scene.get(SegmentId::Part(0, 0)).expect("a part");
        assert!(none.band.is_none() && none.marks == Marks::None);
        assert!(scene.name.ends_with("3 deltagere"), "{}", scene.name);
        assert_eq!(scene.hub.as_ref().expect("hub").lines[0], "3");
    }

    /// A part nobody in the group rated, on a wheel of five levels.
    pub(crate) fn no_answers() -> PartStats {
        PartStats {
            n: 0,
            mean: None,
            median: None,
            min: None,
            max: None,
            counts: vec![0; 5],
        }
    }

    #[test]
    fn group_figures_count_answers_in_the_singular_and_plural() {
        let one = PartStats {
            n: 1,
            mean: Some(4.0),
            median: Some(4.0),
            min: Some(4),
            max: Some(4),
            counts: vec![0, 0, 0, 1, 0],
        };
        let two = PartStats {
            n: 2,
            mean: Some(2.5),
            min: Some(1),
            counts: vec![1, 0, 0, 1, 0],
            ..one.clone()
        };
        let none = no_answers();
        let (en, da) = (
            crate::core::i18n::ENGLISH.strings,
            crate::core::i18n::DANISH.strings,
        );
        assert_eq!(group_figures(en, &one), "average 4.0, range 4–4, 1 answer");
        assert_eq!(group_figures(en, &two), "average 2.5, range 1–4, 2 answers");
        assert_eq!(group_figures(da, &two), "gennemsnit 2,5, spænd 1–4, 2 svar");
        assert_eq!(group_figures(da, &none), "ingen svar");
    }

    #[test]
    fn announcements_say_saved_only_when_stored() {
        let wheel = Wheel::builtin();
        let strings = crate::core::i18n::DANISH.strings;
        let levels: Vec<String> = strings.levels.iter().map(|l| (*l).to_owned()).collect();
        let part = SegmentId::Part(0, 0);
        let stored = announcement_text(
            &wheel,
            strings,
            &levels,
            Announcement::Rated(part, Some(2)),
            Persistence::Stored,
        );
        let memory = announcement_text(
            &wheel,
            strings,
            &levels,
            Announcement::Rated(part, Some(2)),
            Persistence::Memory,
        );
        assert!(stored.contains(&levels[1]), "{stored}");
        assert_ne!(stored, memory);
        assert_eq!(
            announcement_text(
                &wheel,
                strings,
                &levels,
                Announcement::None,
                Persistence::Stored
            ),
            ""
        );
        // A level past the names says its number, never panics.
        let odd = announcement_text(
            &wheel,
            strings,
            &levels,
            Announcement::Rated(part, Some(0)),
            Persistence::Stored,
        );
        assert!(odd.contains('0'), "{odd}");
    }

    #[test]
    fn dimmed_labels_keep_their_contrast() {
        for (d, _) in DEFAULT_COLORS.iter().enumerate() {
            let palette = DimensionPalette::for_dimension(d, None);
            for fill in [palette.strong, palette.tint] {
                let shown = fill.mix(Rgb::WHITE, 1.0 - DIMMED_OPACITY);
                let contrast = shown.contrast(palette.on_tint);
                assert!(contrast >= 4.5, "{palette:?}: {contrast}");
            }
        }
    }

    /// The points every 0.2 units along each piece of an arc path.
    fn arc_points(path: &str) -> Vec<(f64, f64)> {
        let numbers: Vec<f64> = path
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter_map(|n| n.parse().ok())
            .collect();
        let angle = |x: f64, y: f64| (x - CENTER).atan2(CENTER - y);
        let mut points = Vec::new();
        for piece in numbers.chunks(9) {
            let radius = piece[2];
            let (from, mut to) = (angle(piece[0], piece[1]), angle(piece[7], piece[8]));
            if to < from {
                to += std::f64::consts::TAU;
            }
            let steps = ((to - from) * radius / 0.2).ceil() as usize;
            points.extend((0..=steps).map(|i| {
                let p = polar(radius, from + (to - from) * i as f64 / steps.max(1) as f64);
                (p.x, p.y)
            }));
        }
        points
    }

    #[test]
    fn no_target_arc_runs_through_a_label_on_any_wheel() {
        let example = Wheel::from_json(include_str!(
            "../../www/wheels/eksempel-digital-forvaltning.da.json"
        ))
        .expect("the example wheel is valid");
        let wheels = [
            Wheel::builtin(),
            crate::core::i18n::ENGLISH.wheel(),
            example,
        ];
        for wheel in wheels {
            for width in [320.0, 390.0, 480.0, 664.0, 760.0] {
                let f = Fixture::new(wheel.clone(), width);
                for target in 1..=5 {
                    let edits: Vec<_> = f
                        .wheel
                        .parts()
                        .map(|(segment, _)| (segment, Edit::Target(Some(target))))
                        .collect();
                    let ratings = rated(&f.wheel, &edits);
                    let scene = Scene::build(&f.input(Mode::Rate, &ratings), &f.shapes);
                    for (segment, _) in f.wheel.parts() {
                        let seg = scene.get(segment).expect("the part");
                        let Marks::Target(path) = &seg.marks else {
                            panic!("{segment:?}: no target arc");
                        };
                        let points = arc_points(path);
                        // Something of the target is always drawn.
                        assert!(points.len() > 3, "{segment:?} at {width}: {path}");
                        let Some(label) = f.labels.get(segment) else {
                            continue;
                        };
                        let bounds = label.bounds(Weight::Regular);
                        for (x, y) in points {
                            let inside = (x - bounds.center.x).abs() < bounds.width / 2.0
                                && (y - bounds.center.y).abs() < bounds.height / 2.0;
                            assert!(
                                !inside,
                                "{} {segment:?} at {width} px, target {target}: ({x}, {y}) in {bounds:?}",
                                f.wheel.id
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn range_arcs_stay_clear_of_the_label() {
        let label = Rect {
            center: polar(390.0, 0.3),
            width: 120.0,
            height: 60.0,
        };
        let path = arc_pieces_outside(390.0, 0.0, 0.6, &label);
        assert_eq!(path.matches('M').count(), 2, "two pieces: {path}");
        // Every end point of every piece lies outside the label's box.
        let numbers: Vec<f64> = path
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter_map(|n| n.parse().ok())
            .collect();
        let pieces: Vec<&[f64]> = numbers.chunks(9).collect();
        for piece in pieces {
            for (x, y) in [(piece[0], piece[1]), (piece[7], piece[8])] {
                let inside = (x - label.center.x).abs() < label.width / 2.0
                    && (y - label.center.y).abs() < label.height / 2.0;
                assert!(!inside, "({x}, {y}) in {label:?}");
            }
        }
        assert_eq!(
            arc_path_clear_of(390.0, 0.0, 0.6, None),
            arc_path(390.0, 0.0, 0.6)
        );
    }
}
