//! The key shown under the wheel when its segments show numbers instead of
//! titles (narrow containers). Screen readers already get every title from the
//! segments, so the key is hidden from them.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::kept::{address, Kept};

use crate::core::i18n::Strings;
use crate::core::labels::{segment_number, Tier, WheelLabels};
use crate::core::model::{plain, SegmentId, Wheel};

/// The key for `labels`, or nothing when every segment shows its title. A
/// view function, not a component: a component costs the first load its own
/// copy of Yew's lifecycle code. It is made inside a [`Kept`], so a click
/// neither makes nor compares a key that has not changed (on a wheel of 768
/// parts, 780 entries).
pub fn key(labels: &Rc<WheelLabels>, wheel: &Rc<Wheel>, strings: &'static Strings) -> Html {
    let shows = vec![
        address(labels),
        address(wheel),
        std::ptr::from_ref(strings).cast(),
    ];
    let (labels, wheel) = (labels.clone(), wheel.clone());
    let view: Rc<dyn Fn() -> Html> = Rc::new(move || entries(&labels, &wheel, strings));
    html! { <Kept {shows} {view} /> }
}

fn entries(labels: &WheelLabels, wheel: &Wheel, strings: &Strings) -> Html {
    if !labels.needs_key() {
        return Html::default();
    }
    let show_dimension_number = labels.dimension_tier == Tier::Number;
    let show_part_number = labels.part_tier == Tier::Number;
    let entry = |segment: SegmentId, numbered: bool| {
        html! {
            <>
                if numbered {
                    <span class="cw-key__number">{ segment_number(segment) }</span>
                }
                <span class="cw-key__title">{ plain(wheel.title_of(segment)) }</span>
            </>
        }
    };
    html! {
        <div class="cw-key" aria-hidden="true">
            <p class="cw-key__heading">{ strings.key }</p>
            <ul class="cw-key__dimensions">
                { for wheel.dimensions.iter().enumerate().map(|(d, dim)| html! {
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

/// On screen, beside then → now: what the wheel's dotted outline is (on
/// paper the printed key says it, [`compare_mark`]).
pub fn compare_key(strings: &Strings) -> Html {
    html! { <p class="cw-profile__compare-key">{ compare_sample() }{ strings.key_compare }</p> }
}

/// The printed key's item for the dotted outline, while a snapshot is compared.
pub fn compare_mark(strings: &Strings) -> Html {
    html! {
        <li class="cw-profile__mark cw-profile__mark--compare">
            { compare_sample() }{ strings.key_compare }
        </li>
    }
}

/// A sample drawn like the wheel's "before" outline: dots over a halo.
fn compare_sample() -> Html {
    html! {
        <svg class="cw-profile__mark-sample" viewBox="0 0 32 20" aria-hidden="true">
            <rect class="cw-profile__mark-segment" x="1" y="1" width="30" height="18" />
            <rect class="cw-profile__mark-halo" x="4" y="6" width="24" height="10" />
            <rect class="cw-profile__mark-compare" x="4" y="6" width="24" height="10" />
        </svg>
    }
}
