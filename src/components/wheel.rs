//! The wheel itself: an SVG of the dimension ring and the part ring, where
//! every segment is a focusable button with one tab stop for the whole wheel.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::use_shared;

use crate::components::segment::{Segment, SegmentText};
use crate::core::color::DimensionPalette;
use crate::core::geometry::{num, WheelGeometry, VIEW};
use crate::core::group::Group;
use crate::core::labels::WheelLabels;
use crate::core::model::{SegmentId, Wheel};
use crate::core::ratings::Ratings;
use crate::core::scene::{Scene, SceneInput, Shapes};
use crate::core::state::{Effect, Mode, Nav, Step, WheelRequest};
use crate::edge::dom;
use crate::edge::request::{perform, use_request};

#[derive(Properties, PartialEq)]
pub struct WheelProps {
    pub geometry: Rc<WheelGeometry>,
    pub labels: Rc<WheelLabels>,
    pub palettes: Rc<Vec<DimensionPalette>>,
    pub open: Option<SegmentId>,
    pub current: SegmentId,
    /// What the wheel's effect is asked to do: focus a segment, or bring the
    /// wheel into view and focus it (back from the panel).
    #[prop_or_default]
    pub request: Option<WheelRequest>,
    pub mode: Mode,
    pub ratings: Ratings,
    pub level_count: u8,
    /// CSS pixels per SVG unit, for sizing the hub's text.
    pub px_per_unit: f64,
    /// The group's statistics, drawn instead of personal ratings.
    #[prop_or_default]
    pub group: Option<Rc<Group>>,
    /// Presenting a step: every segment but the open one is dimmed.
    #[prop_or_default]
    pub dimmed: bool,
}

/// The id of the element whose text a segment opens.
pub const PANEL_ID: &str = "cw-panel";
const KEYS_ID: &str = "cw-keys";

#[component]
pub fn WheelSvg(props: &WheelProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let svg = use_node_ref();
    let focused = use_state_eq(|| None::<SegmentId>);
    {
        let (svg, wheel) = (svg.clone(), shared.wheel.clone());
        let focus = props.request.map(|request| {
            perform(move || {
                let (WheelRequest::Focus(s) | WheelRequest::Reveal(s)) = request;
                let selector = format!("[data-segment=\"{}\"]", wheel.id_of(s));
                match request {
                    WheelRequest::Focus(_) => dom::focus_within(&svg, Some(&selector)),
                    WheelRequest::Reveal(_) => dom::reveal_and_focus(&svg, &selector),
                }
            })
        });
        use_request(Effect::Wheel, shared.dispatch.clone(), focus);
    }
    let shapes = use_memo(
        GeometryKey(props.geometry.clone()),
        |GeometryKey(geometry)| Shapes::of(geometry),
    );
    // The scene is rebuilt only when something it is made of changes; the
    // hub's fitting and the summary run once per change, not per render.
    let scene = use_memo(
        SceneKey {
            wheel: shared.wheel.clone(),
            geometry: props.geometry.clone(),
            labels: props.labels.clone(),
            palettes: props.palettes.clone(),
            lang: shared.strings.lang,
            mode: props.mode,
            open: props.open,
            current: props.current,
            ratings: props.ratings.clone(),
            level_count: props.level_count,
            group: props.group.clone(),
            dimmed: props.dimmed,
            px_per_unit: props.px_per_unit,
        },
        {
            let shapes = shapes.clone();
            let strings = shared.strings;
            move |key: &SceneKey| {
                Scene::build(&SceneInput {
                    wheel: &key.wheel,
                    geometry: &key.geometry,
                    shapes: &shapes,
                    labels: &key.labels,
                    palettes: &key.palettes,
                    strings,
                    mode: key.mode,
                    open: key.open,
                    current: key.current,
                    ratings: &key.ratings,
                    level_count: key.level_count,
                    group: key.group.as_deref(),
                    dimmed: key.dimmed,
                    px_per_unit: key.px_per_unit,
                })
            }
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
        let dispatch = shared.dispatch.clone();
        let current = props.current;
        let presenting = props.mode == Mode::Present;
        Callback::from(move |event: KeyboardEvent| {
            // Presenting, the widget's root steps through the wheel instead.
            if presenting {
                return;
            }
            let action = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => Nav::Move(Step::Next),
                "ArrowLeft" | "ArrowUp" => Nav::Move(Step::Previous),
                "Home" => Nav::Move(Step::First),
                "End" => Nav::Move(Step::Last),
                "Enter" | " " | "Spacebar" => Nav::Toggle(current),
                _ => return,
            };
            event.prevent_default();
            dispatch.dispatch(action.into());
        })
    };

    let groups = scene.groups.iter().map(|group| {
        html! {
            <g key={&*group.id} role="group" aria-label={group.name.clone()}>
                { for group.segments.iter().map(|segment| html! {
                    <Segment
                        key={&*segment.id}
                        scene={segment.clone()}
                        dispatch={shared.dispatch.clone()}
                        onfocusvisible={onfocusvisible.clone()}
                    />
                }) }
            </g>
        }
    });

    // Labels sit in one decorative layer above the segments rather than
    // inside them: a segment's name is its full title, and line breaks or a
    // short label must not be read as a second, garbled name.
    let labels = scene.segments().map(|segment| {
        html! { <SegmentText key={&*segment.id} scene={segment.clone()} /> }
    });

    let outline = |segment: Option<SegmentId>, class: &'static str| -> Html {
        let Some(d) = segment.and_then(|s| shapes.get(s)) else {
            return Html::default();
        };
        let d = AttrValue::from(d.clone());
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
            part="wheel"
            viewBox={view_box}
            role="group"
            aria-label={scene.name.clone()}
            aria-describedby={KEYS_ID}
            {onkeydown}
        >
            <desc id={KEYS_ID}>{ shared.strings.keys }</desc>
            <circle class="cw-wheel__hub" cx="500" cy="500" r={num(scene.hub_radius)} aria-hidden="true" />
            if let Some(hub) = &scene.hub {
                <text class="cw-wheel__hub-text" font-size={num(hub.font_size)} text-anchor="middle" dominant-baseline="central" aria-hidden="true">
                    { for hub.lines.iter().enumerate().map(|(i, line)| html! {
                        <tspan class={if i == 0 { "cw-wheel__hub-progress" } else { "cw-wheel__hub-detail" }} x={num(hub.center.x)} y={num(hub.line_y(i))}>
                            { line.clone() }
                        </tspan>
                    }) }
                </text>
            }
            { for groups }
            <g class="cw-wheel__labels" aria-hidden="true">{ for labels }</g>
            { outline(props.open, "cw-wheel__outline--open") }
            { outline(*focused, "cw-wheel__outline--focus") }
        </svg>
    }
}

/// What the scene is built from, compared cheaply: shared values by identity.
#[derive(PartialEq)]
struct SceneKey {
    wheel: Rc<Wheel>,
    geometry: Rc<WheelGeometry>,
    labels: Rc<WheelLabels>,
    palettes: Rc<Vec<DimensionPalette>>,
    lang: &'static str,
    mode: Mode,
    open: Option<SegmentId>,
    current: SegmentId,
    ratings: Ratings,
    level_count: u8,
    group: Option<Rc<Group>>,
    dimmed: bool,
    px_per_unit: f64,
}

/// Compares geometries by identity (they are built once per wheel).
#[derive(Clone)]
struct GeometryKey(Rc<WheelGeometry>);

impl PartialEq for GeometryKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
