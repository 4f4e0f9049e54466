//! The group wheel's legend, beside the wheel in the main layout (not in the
//! group's chunk, which holds the group's table and codes): what the band
//! and the range marks mean.

use yew::prelude::*;

use crate::components::context::use_shared;
use crate::core::i18n::fill;

#[derive(Properties, PartialEq)]
pub struct GroupLegendProps {
    /// The first dimension's part fill, band fill (as `#rrggbb`).
    pub tint: AttrValue,
    pub band: AttrValue,
    pub levels: u8,
    /// The compared set's name, when the wheel draws its outline.
    #[prop_or_default]
    pub compared: Option<AttrValue>,
}

/// What the group's wheel draws, in words, with a small sample of each mark
/// (the samples are decorative; the words carry the meaning).
#[component]
pub fn GroupLegend(props: &GroupLegendProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    html! {
        <div class="cw-legend" role="group" aria-labelledby="cw-legend-title">
            <p id="cw-legend-title" class="cw-legend__title">{ strings.group_legend }</p>
            <ul class="cw-legend__items">
                <li class="cw-legend__item">
                    <svg class="cw-legend__sample" viewBox="0 0 48 32" aria-hidden="true">
                        <rect class="cw-legend__segment" x="1" y="1" width="46" height="30" fill={props.tint.clone()} />
                        <rect class="cw-legend__band" x="1" y="13" width="46" height="18" fill={props.band.clone()} />
                    </svg>
                    <span>{ fill(strings.group_legend_band, &props.levels.to_string()) }</span>
                </li>
                <li class="cw-legend__item">
                    <svg class="cw-legend__sample" viewBox="0 0 48 32" aria-hidden="true">
                        <rect class="cw-legend__segment" x="1" y="1" width="46" height="30" fill={props.tint.clone()} />
                        <path class="cw-legend__range" d="M1 8H47M1 24H47" />
                    </svg>
                    <span>{ strings.group_legend_range }</span>
                </li>
                if let Some(name) = &props.compared {
                    <li class="cw-legend__item">
                        <svg class="cw-legend__sample" viewBox="0 0 48 32" aria-hidden="true">
                            <rect class="cw-legend__segment" x="1" y="1" width="46" height="30" fill={props.tint.clone()} />
                            <rect class="cw-seg__compare-halo" x="5" y="9" width="38" height="18" />
                            <rect class="cw-seg__compare cw-legend__compare" x="5" y="9" width="38" height="18" />
                        </svg>
                        <span>{ fill(strings.group_legend_compare, name) }</span>
                    </li>
                }
            </ul>
        </div>
    }
}
