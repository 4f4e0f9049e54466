//! The key shown under the wheel when its segments show numbers instead of
//! titles (narrow containers). Screen readers already get every title from the
//! segments, so the key is hidden from them.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::use_shared;

use crate::core::labels::{segment_number, Tier, WheelLabels};
use crate::core::model::{plain, SegmentId};

#[derive(Properties, PartialEq)]
pub struct KeyProps {
    pub labels: Rc<WheelLabels>,
}

#[component]
pub fn Key(props: &KeyProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    if !props.labels.needs_key() {
        return Html::default();
    }
    let show_dimension_number = props.labels.dimension_tier == Tier::Number;
    let show_part_number = props.labels.part_tier == Tier::Number;
    let entry = |segment: SegmentId, numbered: bool| {
        html! {
            <>
                if numbered {
                    <span class="cw-key__number">{ segment_number(segment) }</span>
                }
                <span class="cw-key__title">{ plain(shared.wheel.title_of(segment)) }</span>
            </>
        }
    };
    html! {
        <div class="cw-key" aria-hidden="true">
            <p class="cw-key__heading">{ shared.strings.key }</p>
            <ul class="cw-key__dimensions">
                { for shared.wheel.dimensions.iter().enumerate().map(|(d, dim)| html! {
                    <li key={dim.id.clone()} class="cw-key__dimension">
                        { entry(SegmentId::Dimension(d), show_dimension_number) }
                        <ul class="cw-key__parts">
                            { for (0..dim.parts.len()).map(|p| html! {
                                <li class="cw-key__part">{ entry(SegmentId::Part(d, p), show_part_number) }</li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </div>
    }
}
