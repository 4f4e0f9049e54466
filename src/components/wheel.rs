//! The wheel itself: an SVG of the dimension ring and the part ring, where
//! every segment is a focusable button with one tab stop for the whole wheel.

use std::rc::Rc;

use yew::prelude::*;

use crate::color::DimensionPalette;
use crate::dom;
use crate::geometry::{num, WheelGeometry, VIEW};
use crate::i18n::Strings;
use crate::labels::{segment_number, Label, Tier, WheelLabels};
use crate::model::{plain, SegmentId, Wheel};
use crate::state::{Action, Step, WheelState};

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
}

/// The id of the element whose text a segment opens.
pub const PANEL_ID: &str = "cw-panel";
const KEYS_ID: &str = "cw-keys";

#[component]
pub fn WheelSvg(props: &WheelProps) -> Html {
    let svg = use_node_ref();
    let focused = use_state_eq(|| None::<SegmentId>);
    let selector = format!("[data-segment=\"{}\"]", props.wheel.id_of(props.current));
    dom::use_focus_on(svg.clone(), props.focus_request, Some(selector));

    let onkeydown = {
        let dispatch = props.dispatch.clone();
        let current = props.current;
        Callback::from(move |event: KeyboardEvent| {
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
        let (sector, palette) = match segment {
            SegmentId::Dimension(d) => (props.geometry.dimensions[d], props.palettes[d]),
            SegmentId::Part(d, p) => (props.geometry.parts[d][p], props.palettes[d]),
        };
        let is_open = props.open == Some(segment);
        // Dimensions are drawn strong; parts tinted, and strong while open.
        let strong = matches!(segment, SegmentId::Dimension(_)) || is_open;
        let fill = if strong { palette.strong } else { palette.tint };
        let kind = match segment {
            SegmentId::Dimension(_) => "cw-seg--dimension",
            SegmentId::Part(..) => "cw-seg--part",
        };
        let onclick = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Toggle(segment)))
        };
        let onfocus = {
            let dispatch = props.dispatch.clone();
            let focused = focused.clone();
            Callback::from(move |event: FocusEvent| {
                focused.set(dom::is_focus_visible(&event).then_some(segment));
                dispatch.dispatch(Action::Focused(segment));
            })
        };
        let onblur = {
            let focused = focused.clone();
            Callback::from(move |_: FocusEvent| focused.set(None))
        };
        html! {
            <g
                key={wheel.id_of(segment).to_owned()}
                class={classes!("cw-seg", kind, is_open.then_some("cw-seg--open"))}
                role="button"
                tabindex={if props.current == segment { "0" } else { "-1" }}
                aria-expanded={if is_open { "true" } else { "false" }}
                aria-controls={PANEL_ID}
                aria-label={accessible_name(wheel, &props.labels, segment)}
                data-segment={wheel.id_of(segment).to_owned()}
                {onclick}
                {onfocus}
                {onblur}
            >
                <path class="cw-seg__shape" d={sector.path()} fill={fill.to_hex()} />
            </g>
        }
    };

    // Labels sit in one decorative layer above the segments rather than
    // inside them: a segment's name is its full title, and line breaks or a
    // short label must not be read as a second, garbled name.
    let labels = props.wheel.segments().map(|segment| {
        let strong = matches!(segment, SegmentId::Dimension(_)) || props.open == Some(segment);
        let palette = props.palettes[segment.dimension()];
        let ink = if strong {
            palette.on_strong
        } else {
            palette.on_tint
        };
        let is_open = props.open == Some(segment);
        label(
            segment,
            props.wheel.id_of(segment),
            props.labels.get(segment),
            &ink.to_hex(),
            is_open,
        )
    });

    let groups = props.wheel.dimensions.iter().enumerate().map(|(d, dim)| {
        html! {
            <g key={dim.id.clone()} role="group" aria-label={plain(&dim.title)}>
                { segment(SegmentId::Dimension(d)) }
                { for (0..dim.parts.len()).map(|p| segment(SegmentId::Part(d, p))) }
            </g>
        }
    });

    let outline = |segment: Option<SegmentId>, class: &'static str| -> Html {
        let Some(segment) = segment else {
            return Html::default();
        };
        let sector = match segment {
            SegmentId::Dimension(d) => props.geometry.dimensions[d],
            SegmentId::Part(d, p) => props.geometry.parts[d][p],
        };
        let d = sector.path();
        html! {
            <g class={classes!("cw-wheel__outline", class)} aria-hidden="true">
                <path class="cw-wheel__outline-outer" d={d.clone()} />
                <path class="cw-wheel__outline-inner" {d} />
            </g>
        }
    };

    let view_box = format!("0 0 {v} {v}", v = num(VIEW));
    html! {
        <svg
            ref={svg}
            class="cw-wheel"
            viewBox={view_box}
            role="group"
            aria-label={plain(&props.wheel.title)}
            aria-describedby={KEYS_ID}
            {onkeydown}
        >
            <desc id={KEYS_ID}>{ props.strings.keys }</desc>
            <circle class="cw-wheel__hub" cx="500" cy="500" r={num(props.geometry.dimensions[0].inner)} aria-hidden="true" />
            { for groups }
            <g class="cw-wheel__labels" aria-hidden="true">{ for labels }</g>
            { outline(props.open, "cw-wheel__outline--open") }
            { outline(*focused, "cw-wheel__outline--focus") }
        </svg>
    }
}

/// A segment's accessible name: its title, then the short label or number
/// the wheel shows when that is not already among the title's words, so
/// that people who speak to their computer can say what they see.
fn accessible_name(wheel: &Wheel, labels: &WheelLabels, segment: SegmentId) -> String {
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
            .map(str::to_lowercase)
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

fn label(segment: SegmentId, id: &str, label: Option<&Label>, ink: &str, is_open: bool) -> Html {
    let Some(label) = label else {
        return Html::default();
    };
    let kind = match segment {
        SegmentId::Dimension(_) => "cw-seg__label--dimension",
        SegmentId::Part(..) => "cw-seg__label--part",
    };
    let x = num(label.center.x);
    html! {
        <text
            class={classes!("cw-seg__label", kind, is_open.then_some("cw-seg__label--open"))}
            data-label-for={id.to_owned()}
            font-size={num(label.font_size)}
            fill={ink.to_owned()}
            text-anchor="middle"
            dominant-baseline="central"
        >
            { for label.lines.iter().enumerate().map(|(i, line)| html! {
                <tspan x={x.clone()} y={num(label.line_y(i))}>{ line.clone() }</tspan>
            }) }
        </text>
    }
}
