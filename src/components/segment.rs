//! One segment of the wheel: the button (its shape, band and marks) and,
//! in the decorative label layer, its text. Each is a component of its own,
//! so that a change re-renders only the segments whose scene changed.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::panel::PANEL_ID;
use crate::core::geometry::num;
use crate::core::model::SegmentId;
use crate::core::scene::{Marks, SegmentScene, DIMMED_OPACITY};
use crate::core::state::{Nav, WheelState};
use crate::edge::dom;

#[derive(Properties)]
pub struct SegmentProps {
    pub scene: Rc<SegmentScene>,
    pub dispatch: yew::functional::UseReducerDispatcher<WheelState>,
    /// Told which segment shows a keyboard focus ring (or none).
    pub onfocusvisible: Callback<Option<SegmentId>>,
}

impl PartialEq for SegmentProps {
    fn eq(&self, other: &Self) -> bool {
        same(&self.scene, &other.scene)
            && self.dispatch == other.dispatch
            && self.onfocusvisible == other.onfocusvisible
    }
}

/// The same scene: first by pointer (`SceneCache` keeps every segment a
/// change does not touch), which spares comparing every segment's strings
/// on a click.
fn same(a: &Rc<SegmentScene>, b: &Rc<SegmentScene>) -> bool {
    Rc::ptr_eq(a, b) || a == b
}

/// One segment: a button of the wheel. A component of its own so that a
/// click re-renders only the segments whose scene changed.
#[component]
pub fn Segment(props: &SegmentProps) -> Html {
    let scene = &props.scene;
    let segment = scene.segment;
    let onclick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Nav::Clicked(segment).into()))
    };
    let onfocus = {
        let dispatch = props.dispatch.clone();
        let visible = props.onfocusvisible.clone();
        Callback::from(move |event: FocusEvent| {
            visible.emit(dom::is_focus_visible(&event).then_some(segment));
            dispatch.dispatch(Nav::Focused(segment).into());
        })
    };
    let onblur = {
        let visible = props.onfocusvisible.clone();
        Callback::from(move |_: FocusEvent| visible.emit(None))
    };
    html! {
        <g
            class={classes!(scene.classes())}
            role="button"
            tabindex={if scene.tab_stop { "0" } else { "-1" }}
            aria-expanded={if scene.open { "true" } else { "false" }}
            aria-controls={PANEL_ID}
            aria-label={scene.name.clone()}
            data-segment={AttrValue::from(scene.id.clone())}
            stroke={scene.mark_ink.clone()}
            {onclick}
            {onfocus}
            {onblur}
        >
            <path
                class="cw-seg__shape"
                d={AttrValue::from(scene.path.clone())}
                fill={scene.fill.clone()}
                opacity={scene.dimmed.then(|| num(DIMMED_OPACITY))}
            />
            if let Some(band) = &scene.band {
                <path class="cw-seg__level" d={band.path.clone()} fill={band.fill.clone()} />
            }
            if let Some(d) = &scene.compare {
                // A solid halo under the dots, so they read on any fill.
                <path class="cw-seg__compare-halo" d={d.clone()} />
                <path class="cw-seg__compare" d={d.clone()} />
            }
            { match &scene.marks {
                Marks::None => Html::default(),
                Marks::Target(d) => html! { <path class="cw-seg__target" d={d.clone()} /> },
                Marks::Range { min, max } => html! {
                    <>
                        <path class="cw-seg__target" d={min.clone()} />
                        <path class="cw-seg__target" d={max.clone()} />
                    </>
                },
            } }
        </g>
    }
}

#[derive(Properties)]
pub struct SegmentTextProps {
    pub scene: Rc<SegmentScene>,
}

impl PartialEq for SegmentTextProps {
    fn eq(&self, other: &Self) -> bool {
        same(&self.scene, &other.scene)
    }
}

/// The text drawn on one segment.
#[component]
pub fn SegmentText(props: &SegmentTextProps) -> Html {
    let scene = &props.scene;
    let Some(drawn) = &scene.label else {
        return Html::default();
    };
    let label = &drawn.label;
    let x = AttrValue::from(num(label.center.x));
    html! {
        <text
            class={classes!(scene.label_classes())}
            data-label-for={AttrValue::from(scene.id.clone())}
            font-size={num(label.font_size)}
            fill={drawn.ink.clone()}
            stroke={drawn.halo.clone()}
            text-anchor="middle"
            dominant-baseline="central"
        >
            { for label.lines.iter().enumerate().map(|(i, line)| html! {
                <tspan x={x.clone()} y={num(label.line_y(i))}>{ line.clone() }</tspan>
            }) }
        </text>
    }
}
