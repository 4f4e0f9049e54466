//! The wheel itself: an SVG of the dimension ring and the part ring, where
//! every segment is a focusable button with one tab stop for the whole wheel.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::color::DimensionPalette;
use crate::core::geometry::{num, polar, Rect, Sector, WheelGeometry, VIEW};
use crate::core::group::Group;
use crate::core::i18n::{fill_all, Strings};
use crate::core::labels::{fit_lines, segment_number, Label, Tier, Weight, WheelLabels, HUB_STYLE};
use crate::core::model::{plain, SegmentId, Wheel};
use crate::core::ratings::{one_decimal, Ratings};
use crate::core::state::{Action, Mode, Step, WheelState};
use crate::edge::dom;

#[derive(Properties, PartialEq)]
pub struct WheelProps {
    pub wheel: Rc<Wheel>,
    pub geometry: Rc<WheelGeometry>,
    pub labels: Rc<WheelLabels>,
    pub palettes: Rc<Vec<DimensionPalette>>,
    pub open: Option<SegmentId>,
    pub current: SegmentId,
    pub focus_request: u32,
    pub strings: &'static Strings,
    pub dispatch: yew::functional::UseReducerDispatcher<WheelState>,
    pub mode: Mode,
    pub ratings: Ratings,
    pub level_count: u8,
    /// CSS pixels per SVG unit, for sizing the hub's text.
    pub px_per_unit: f64,
    /// The group's statistics, drawn instead of personal ratings.
    #[prop_or_default]
    pub group: Option<Rc<Group>>,
    /// Bumped when the person goes back from the panel to the wheel: the
    /// wheel scrolls into view and the `current` segment takes focus.
    #[prop_or_default]
    pub reveal_request: u32,
    /// Presenting a step: every segment but the open one is dimmed.
    #[prop_or_default]
    pub dimmed: bool,
}

/// The id of the element whose text a segment opens.
pub const PANEL_ID: &str = "cw-panel";
const KEYS_ID: &str = "cw-keys";

#[component]
pub fn WheelSvg(props: &WheelProps) -> Html {
    let svg = use_node_ref();
    let focused = use_state_eq(|| None::<SegmentId>);
    let selector = format!("[data-segment=\"{}\"]", props.wheel.id_of(props.current));
    dom::use_focus_on(svg.clone(), props.focus_request, Some(selector.clone()));
    {
        let svg = svg.clone();
        use_effect_with(props.reveal_request, move |&request| {
            if request > 0 {
                dom::reveal_and_focus(&svg, &selector);
            }
        });
    }
    // Every segment's path, built once per wheel rather than on each render.
    let paths = use_memo(
        GeometryKey(props.geometry.clone()),
        |GeometryKey(geometry)| SegmentPaths {
            dimensions: geometry
                .dimensions
                .iter()
                .map(|s| AttrValue::from(s.path()))
                .collect(),
            parts: geometry
                .parts
                .iter()
                .map(|ring| ring.iter().map(|s| AttrValue::from(s.path())).collect())
                .collect(),
        },
    );
    // Stable across renders, so unchanged segments are not re-rendered.
    let onfocusvisible = {
        let focused = focused.clone();
        use_callback((), move |segment: Option<SegmentId>, _| {
            focused.set(segment)
        })
    };

    let onkeydown = {
        let dispatch = props.dispatch.clone();
        let current = props.current;
        let presenting = props.mode == Mode::Present;
        Callback::from(move |event: KeyboardEvent| {
            // Presenting, the widget's root steps through the wheel instead.
            if presenting {
                return;
            }
            let action = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => Action::Move(Step::Next),
                "ArrowLeft" | "ArrowUp" => Action::Move(Step::Previous),
                "Home" => Action::Move(Step::First),
                "End" => Action::Move(Step::Last),
                "Enter" | " " | "Spacebar" => Action::Toggle(current),
                _ => return,
            };
            event.prevent_default();
            dispatch.dispatch(action);
        })
    };

    let segment = |segment: SegmentId| -> Html {
        let wheel = &props.wheel;
        let (sector, path, palette) = match segment {
            SegmentId::Dimension(d) => (
                props.geometry.dimensions[d],
                paths.dimensions[d].clone(),
                props.palettes[d],
            ),
            SegmentId::Part(d, p) => (
                props.geometry.parts[d][p],
                paths.parts[d][p].clone(),
                props.palettes[d],
            ),
        };
        let is_open = props.open == Some(segment);
        let fill = if is_strong(props, segment) {
            palette.strong
        } else {
            palette.tint
        };
        let rating = match segment {
            SegmentId::Part(..) if props.mode == Mode::Rate => {
                props.ratings.get(wheel.id_of(segment))
            }
            _ => None,
        };
        let level = rating.and_then(|r| r.level);
        let stats = match (segment, &props.group) {
            (SegmentId::Part(d, p), Some(group)) => group.parts.get(part_index(&props.wheel, d, p)),
            _ => None,
        };
        let radius_of = |value: f64| {
            sector.inner + (sector.outer - sector.inner) * value / f64::from(props.level_count)
        };
        let band_at = |value: f64| {
            let band = Sector {
                outer: radius_of(value),
                ..sector
            };
            (
                AttrValue::from(band.path()),
                AttrValue::from(palette.band.to_hex()),
            )
        };
        let arc_at =
            |value: f64| AttrValue::from(arc_path(radius_of(value), sector.start, sector.end));
        // The group's range marks stop short of the label, so no line
        // crosses its text (the band behind it gets a halo instead).
        let label_box = props.labels.get(segment).map(|label| {
            let bounds = label.bounds(Weight::Regular);
            let clearance = label.font_size * LABEL_CLEARANCE;
            Rect {
                width: bounds.width + 2.0 * clearance,
                height: bounds.height + 2.0 * clearance,
                ..bounds
            }
        });
        let range_arc_at = |value: f64| {
            AttrValue::from(arc_path_clear_of(
                radius_of(value),
                sector.start,
                sector.end,
                label_box.as_ref(),
            ))
        };
        let (band, target) = match stats {
            // The group: a band to the mean, and the range as two arcs.
            Some(stats) => (
                stats.mean.map(band_at),
                stats
                    .min
                    .zip(stats.max)
                    .map(|(min, max)| (range_arc_at(f64::from(min)), range_arc_at(f64::from(max)))),
            ),
            None => (
                level.map(|l| band_at(f64::from(l))),
                rating
                    .and_then(|r| r.target)
                    .map(|t| (arc_at(f64::from(t)), AttrValue::default())),
            ),
        };
        let id = AttrValue::from(wheel.id_of(segment).to_owned());
        html! {
            <Segment
                key={wheel.id_of(segment).to_owned()}
                {segment}
                {id}
                d={path}
                fill={AttrValue::from(fill.to_hex())}
                open={is_open}
                tab_stop={props.current == segment}
                unrated={props.mode == Mode::Rate && matches!(segment, SegmentId::Part(..)) && level.is_none()}
                name={AttrValue::from(match stats {
                    Some(stats) => group_name(props, segment, stats),
                    None => accessible_name(props, segment, level),
                })}
                {band}
                {target}
                dimmed={is_dimmed(props, segment)}
                dispatch={props.dispatch.clone()}
                onfocusvisible={onfocusvisible.clone()}
            />
        }
    };

    let groups = props.wheel.dimensions.iter().enumerate().map(|(d, dim)| {
        html! {
            <g key={dim.id.clone()} role="group" aria-label={plain(&dim.title)}>
                { segment(SegmentId::Dimension(d)) }
                { for (0..dim.parts.len()).map(|p| segment(SegmentId::Part(d, p))) }
            </g>
        }
    });

    // Labels sit in one decorative layer above the segments rather than
    // inside them: a segment's name is its full title, and line breaks or a
    // short label must not be read as a second, garbled name.
    let labels = props.wheel.segments().map(|segment| {
        let palette = props.palettes[segment.dimension()];
        // A dimmed segment shows its fill faintly over the white slide; its
        // label keeps full strength in the dark text colour, which reaches
        // 4.5:1 on that pale fill (`dimmed_labels_keep_their_contrast`).
        let ink = if is_strong(props, segment) && !is_dimmed(props, segment) {
            palette.on_strong
        } else {
            palette.on_tint
        };
        // In the group's wheel a part's label may sit across its band: a
        // halo in the segment's own fill keeps every glyph on that colour.
        let halo = (props.group.is_some() && matches!(segment, SegmentId::Part(..)))
            .then(|| AttrValue::from(palette.tint.to_hex()));
        html! {
            <SegmentLabel
                key={props.wheel.id_of(segment).to_owned()}
                id={AttrValue::from(props.wheel.id_of(segment).to_owned())}
                label={props.labels.get(segment).cloned()}
                ink={AttrValue::from(ink.to_hex())}
                {halo}
                dimension={matches!(segment, SegmentId::Dimension(_))}
                open={props.open == Some(segment)}
            />
        }
    });

    let outline = |segment: Option<SegmentId>, class: &'static str| -> Html {
        let Some(segment) = segment else {
            return Html::default();
        };
        let d = match segment {
            SegmentId::Dimension(d) => paths.dimensions[d].clone(),
            SegmentId::Part(d, p) => paths.parts[d][p].clone(),
        };
        html! {
            <g class={classes!("cw-wheel__outline", class)} aria-hidden="true">
                <path class="cw-wheel__outline-outer" d={d.clone()} />
                <path class="cw-wheel__outline-inner" {d} />
            </g>
        }
    };

    let view_box = format!("0 0 {v} {v}", v = num(VIEW));
    let wheel_name = wheel_name(props);
    html! {
        <svg
            ref={svg}
            class="cw-wheel"
            part="wheel"
            viewBox={view_box}
            role="group"
            aria-label={wheel_name}
            aria-describedby={KEYS_ID}
            {onkeydown}
        >
            <desc id={KEYS_ID}>{ props.strings.keys }</desc>
            <circle class="cw-wheel__hub" cx="500" cy="500" r={num(props.geometry.dimensions[0].inner)} aria-hidden="true" />
            { hub(props) }
            { for groups }
            <g class="cw-wheel__labels" aria-hidden="true">{ for labels }</g>
            { outline(props.open, "cw-wheel__outline--open") }
            { outline(*focused, "cw-wheel__outline--focus") }
        </svg>
    }
}

/// SVG path data for every segment.
struct SegmentPaths {
    dimensions: Vec<AttrValue>,
    parts: Vec<Vec<AttrValue>>,
}

/// Compares geometries by identity (they are built once per wheel).
#[derive(Clone)]
struct GeometryKey(Rc<WheelGeometry>);

impl PartialEq for GeometryKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct SegmentProps {
    segment: SegmentId,
    id: AttrValue,
    d: AttrValue,
    fill: AttrValue,
    open: bool,
    tab_stop: bool,
    unrated: bool,
    name: AttrValue,
    /// The rated level's band: its path and fill.
    band: Option<(AttrValue, AttrValue)>,
    /// The target's arc (and, for the group, a second arc: min and max).
    target: Option<(AttrValue, AttrValue)>,
    /// Shown faintly (presenting another segment).
    dimmed: bool,
    dispatch: yew::functional::UseReducerDispatcher<WheelState>,
    /// Told which segment shows a keyboard focus ring (or none).
    onfocusvisible: Callback<Option<SegmentId>>,
}

/// One segment: a button of the wheel. A component of its own so that a
/// click re-renders only the segments whose props changed.
#[component]
fn Segment(props: &SegmentProps) -> Html {
    let segment = props.segment;
    let onclick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Clicked(segment)))
    };
    let onfocus = {
        let dispatch = props.dispatch.clone();
        let visible = props.onfocusvisible.clone();
        Callback::from(move |event: FocusEvent| {
            visible.emit(dom::is_focus_visible(&event).then_some(segment));
            dispatch.dispatch(Action::Focused(segment));
        })
    };
    let onblur = {
        let visible = props.onfocusvisible.clone();
        Callback::from(move |_: FocusEvent| visible.emit(None))
    };
    let kind = match segment {
        SegmentId::Dimension(_) => "cw-seg--dimension",
        SegmentId::Part(..) => "cw-seg--part",
    };
    html! {
        <g
            class={classes!("cw-seg", kind, props.open.then_some("cw-seg--open"), props.unrated.then_some("cw-seg--unrated"))}
            role="button"
            tabindex={if props.tab_stop { "0" } else { "-1" }}
            aria-expanded={if props.open { "true" } else { "false" }}
            aria-controls={PANEL_ID}
            aria-label={props.name.clone()}
            data-segment={props.id.clone()}
            {onclick}
            {onfocus}
            {onblur}
        >
            <path
                class="cw-seg__shape"
                d={props.d.clone()}
                fill={props.fill.clone()}
                opacity={props.dimmed.then(|| num(DIMMED_OPACITY))}
            />
            if let Some((d, fill)) = &props.band {
                <path class="cw-seg__level" d={d.clone()} fill={fill.clone()} />
            }
            if let Some((d, second)) = &props.target {
                <path class="cw-seg__target" d={d.clone()} />
                if !second.is_empty() {
                    <path class="cw-seg__target" d={second.clone()} />
                }
            }
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct SegmentLabelProps {
    id: AttrValue,
    label: Option<Rc<Label>>,
    ink: AttrValue,
    /// A halo around the glyphs, in this colour (the segment's fill).
    #[prop_or_default]
    halo: Option<AttrValue>,
    dimension: bool,
    open: bool,
}

/// The text drawn on one segment.
#[component]
fn SegmentLabel(props: &SegmentLabelProps) -> Html {
    let Some(label) = &props.label else {
        return Html::default();
    };
    let kind = if props.dimension {
        "cw-seg__label--dimension"
    } else {
        "cw-seg__label--part"
    };
    let x = AttrValue::from(num(label.center.x));
    html! {
        <text
            class={classes!("cw-seg__label", kind, props.open.then_some("cw-seg__label--open"), props.halo.is_some().then_some("cw-seg__label--halo"))}
            data-label-for={props.id.clone()}
            font-size={num(label.font_size)}
            fill={props.ink.clone()}
            stroke={props.halo.clone()}
            text-anchor="middle"
            dominant-baseline="central"
        >
            { for label.lines.iter().enumerate().map(|(i, line)| html! {
                <tspan x={x.clone()} y={num(label.line_y(i))}>{ line.clone() }</tspan>
            }) }
        </text>
    }
}

/// A segment's accessible name: its title, then the short label or number
/// the wheel shows when that is not already among the title's words, so
/// that people who speak to their computer can say what they see.
fn accessible_name(props: &WheelProps, segment: SegmentId, level: Option<u8>) -> String {
    let name = visible_name(&props.wheel, &props.labels, segment);
    if props.mode != Mode::Rate || matches!(segment, SegmentId::Dimension(_)) {
        return name;
    }
    let level = match level {
        Some(level) => fill_all(
            props.strings.level_of,
            &[&level.to_string(), &props.level_count.to_string()],
        ),
        None => props.strings.not_rated_name.to_owned(),
    };
    format!("{name}, {level}")
}

/// A part's index among all the wheel's parts.
fn part_index(wheel: &Wheel, dimension: usize, part: usize) -> usize {
    wheel.dimensions[..dimension]
        .iter()
        .map(|d| d.parts.len())
        .sum::<usize>()
        + part
}

/// A part's name in the group's wheel: title, mean, range and answers.
fn group_name(
    props: &WheelProps,
    segment: SegmentId,
    stats: &crate::core::group::PartStats,
) -> String {
    let title = visible_name(&props.wheel, &props.labels, segment);
    let strings = props.strings;
    match (stats.mean, stats.min, stats.max) {
        (Some(mean), Some(min), Some(max)) => format!(
            "{title}, {}",
            fill_all(
                strings.group_name,
                &[
                    &one_decimal(mean, strings.decimal_comma),
                    &min.to_string(),
                    &max.to_string(),
                    &stats.n.to_string()
                ]
            )
        ),
        _ => format!("{title}, {}", strings.group_none),
    }
}

/// The wheel's name: its title, and while rating the hub's progress and
/// average (which are drawn, but hidden from assistive technology).
fn wheel_name(props: &WheelProps) -> String {
    let title = plain(&props.wheel.title);
    if let Some(group) = &props.group {
        let count = props.strings.group_participants.of(group.participants);
        return format!("{title} – {count}");
    }
    if props.mode != Mode::Rate {
        return title;
    }
    let strings = props.strings;
    let summary = props.ratings.summary(&props.wheel);
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

/// Dimensions are drawn in their strong colour; parts in the tint, and
/// strong while open when exploring or presenting (when rating or showing the
/// group, a part keeps its tint so its band stays readable).
fn is_strong(props: &WheelProps, segment: SegmentId) -> bool {
    matches!(segment, SegmentId::Dimension(_))
        || (matches!(props.mode, Mode::Explore | Mode::Present) && props.open == Some(segment))
}

/// How strongly a dimmed segment's fill shows over the slide's white.
pub const DIMMED_OPACITY: f64 = 0.3;

/// Whether `segment` is dimmed: presenting, while another step is shown.
fn is_dimmed(props: &WheelProps, segment: SegmentId) -> bool {
    props.dimmed && props.open != Some(segment)
}

/// The hub shows progress and the average while rating, and the number of
/// participants in the group's wheel.
fn hub(props: &WheelProps) -> Html {
    if let Some(group) = &props.group {
        let count = props.strings.group_participants.of(group.participants);
        let mut options = Vec::new();
        if let Some((number, word)) = count.split_once(' ') {
            options.push(vec![number.to_owned(), word.to_owned()]);
        }
        options.push(vec![count.clone()]);
        options.push(vec![group.participants.to_string()]);
        return hub_text(props, &options);
    }
    if props.mode != Mode::Rate {
        return Html::default();
    }
    let strings = props.strings;
    let summary = props.ratings.summary(&props.wheel);
    let progress = format!("{}/{}", summary.rated, summary.total);
    let average = summary.average.map(|a| {
        format!(
            "{} {}",
            strings.average_short,
            one_decimal(a, strings.decimal_comma)
        )
    });
    let mut options = vec![vec![progress.clone(), strings.rated_word.to_owned()]];
    if let Some(average) = &average {
        options.insert(
            0,
            vec![
                progress.clone(),
                strings.rated_word.to_owned(),
                average.clone(),
            ],
        );
    }
    options.push(vec![progress]);
    hub_text(props, &options)
}

/// The first of `options` (lines of text, fullest first) that fits the hub.
fn hub_text(props: &WheelProps, options: &[Vec<String>]) -> Html {
    let hub = Sector {
        inner: 0.0,
        outer: props.geometry.dimensions[0].inner,
        start: 0.0,
        end: std::f64::consts::TAU,
    };
    let Some(label) = options
        .iter()
        .find_map(|lines| fit_lines(lines, &hub, props.px_per_unit, HUB_STYLE))
    else {
        return Html::default();
    };
    let x = num(label.center.x);
    html! {
        <text class="cw-wheel__hub-text" font-size={num(label.font_size)} text-anchor="middle" dominant-baseline="central" aria-hidden="true">
            { for label.lines.iter().enumerate().map(|(i, line)| html! {
                <tspan class={if i == 0 { "cw-wheel__hub-progress" } else { "cw-wheel__hub-detail" }} x={x.clone()} y={num(label.line_y(i))}>
                    { line.clone() }
                </tspan>
            }) }
        </text>
    }
}

/// An arc (no fill) at `radius` from `start` to `end`, for target marks.
fn arc_path(radius: f64, start: f64, end: f64) -> String {
    let (a, b) = (polar(radius, start), polar(radius, end));
    let large = u8::from(end - start > std::f64::consts::PI);
    let r = num(radius);
    format!(
        "M{} {}A{r} {r} 0 {large} 1 {} {}",
        num(a.x),
        num(a.y),
        num(b.x),
        num(b.y)
    )
}

/// Room kept between a range mark and its segment's label, in ems.
const LABEL_CLEARANCE: f64 = 0.3;

/// Like [`arc_path`], but leaving out every stretch of the arc that runs
/// through `clear` (the label's box): one or more arc pieces. The arc is
/// sampled finely and only runs of points outside the box are drawn.
fn arc_path_clear_of(radius: f64, start: f64, end: f64, clear: Option<&Rect>) -> String {
    let Some(clear) = clear else {
        return arc_path(radius, start, end);
    };
    let inside = |angle: f64| {
        let p = polar(radius, angle);
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

/// The title, plus the short label or number shown when they differ.
fn visible_name(wheel: &Wheel, labels: &WheelLabels, segment: SegmentId) -> String {
    let title = plain(wheel.title_of(segment));
    let tier = match segment {
        SegmentId::Dimension(_) => labels.dimension_tier,
        SegmentId::Part(..) => labels.part_tier,
    };
    let shown = match (tier, segment) {
        (Tier::Title, _) => return title,
        (Tier::Number, _) => segment_number(segment),
        (Tier::Short, SegmentId::Dimension(d)) => {
            wheel.dimensions[d].short.clone().unwrap_or_default()
        }
        (Tier::Short, SegmentId::Part(d, p)) => wheel.dimensions[d].parts[p]
            .short
            .clone()
            .unwrap_or_default(),
    };
    let shown = plain(&shown);
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::color::{Rgb, DEFAULT_COLORS};

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

    #[test]
    fn range_arcs_stay_clear_of_the_label() {
        let label = Rect {
            center: polar(390.0, 0.3),
            width: 120.0,
            height: 60.0,
        };
        let path = arc_path_clear_of(390.0, 0.0, 0.6, Some(&label));
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
