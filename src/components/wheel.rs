//! The wheel itself: an SVG of the dimension ring and the part ring, where
//! every segment is a focusable button with one tab stop for the whole wheel.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::use_shared;
use crate::components::kept::{address, Kept};

use crate::components::segment::{Segment, SegmentText};
use crate::core::geometry::{num, WheelGeometry, VIEW};
use crate::core::model::SegmentId;
use crate::core::scene::{SceneInput, SegmentScene, Shapes};
use crate::core::scene_cache::SceneCache;
use crate::core::state::{Effect, Mode, Nav, Step, WheelRequest};
use crate::edge::dom;
use crate::edge::request::{perform, use_request};

#[derive(Properties, PartialEq)]
pub struct WheelProps {
    /// What the wheel shows: the scene is built from it.
    pub scene: SceneInput,
    /// What the wheel's effect is asked to do: focus a segment, or bring the
    /// wheel into view and focus it (back from the panel).
    #[prop_or_default]
    pub request: Option<WheelRequest>,
}

const KEYS_ID: &str = "cw-keys";

#[component]
pub fn WheelSvg(props: &WheelProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let input = &props.scene;
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
        GeometryKey(input.geometry.clone()),
        |GeometryKey(geometry)| Shapes::of(geometry),
    );
    // The scene is rebuilt only when something it is made of changes, and
    // then only the segments the change touches (a click: the one opened
    // and the one closed); the others keep their `Rc`, so their components
    // are not rendered again.
    let cache = use_mut_ref(SceneCache::default);
    let scene = cache.borrow_mut().scene(input, &shapes);
    // Stable across renders, so unchanged segments are not re-rendered.
    let onfocusvisible = {
        let focused = focused.clone();
        use_callback((), move |segment: Option<SegmentId>, _| {
            focused.set(segment)
        })
    };

    let onkeydown = {
        let dispatch = shared.dispatch.clone();
        let current = input.current;
        let presenting = input.mode == Mode::Present;
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

    // Each dimension's segments, and their labels, inside a `Kept` that
    // shows them by their scenes' addresses: a click makes and compares only
    // the segments of the dimensions it touched (`SceneCache` keeps every
    // other segment's `Rc`). The dispatcher and the callback live as long as
    // the wheel.
    let shows = |segments: &[Rc<SegmentScene>]| segments.iter().map(address).collect::<Vec<_>>();
    let groups = scene.groups.iter().map(|group| {
        let segments = group.segments.clone();
        let (dispatch, onfocusvisible) = (shared.dispatch.clone(), onfocusvisible.clone());
        let view: Rc<dyn Fn() -> Html> = Rc::new(move || {
            html! {
                for segment in &segments {
                    <Segment
                        key={&*segment.id}
                        scene={segment.clone()}
                        dispatch={dispatch.clone()}
                        onfocusvisible={onfocusvisible.clone()}
                    />
                }
            }
        });
        html! {
            <g key={&*group.id} role="group" aria-label={group.name.clone()}>
                <Kept shows={shows(&group.segments)} {view} />
            </g>
        }
    });

    // Labels sit in one decorative layer above the segments rather than
    // inside them: a segment's name is its full title, and line breaks or a
    // short label must not be read as a second, garbled name.
    let labels = scene.groups.iter().map(|group| {
        let segments = group.segments.clone();
        let view: Rc<dyn Fn() -> Html> = Rc::new(move || {
            html! {
                for segment in &segments {
                    <SegmentText key={&*segment.id} scene={segment.clone()} />
                }
            }
        });
        html! { <Kept key={&*group.id} shows={shows(&group.segments)} {view} /> }
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
            { outline(input.open, "cw-wheel__outline--open") }
            { outline(*focused, "cw-wheel__outline--focus") }
        </svg>
    }
}

/// Compares geometries by identity (they are built once per wheel).
#[derive(Clone)]
struct GeometryKey(Rc<WheelGeometry>);

impl PartialEq for GeometryKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
