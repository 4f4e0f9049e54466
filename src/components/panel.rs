//! The details panel: the open dimension's introduction and parts, or the
//! open part's description, examples and learning resources ("Kom videre").

use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::use_shared;
use crate::components::group::{GroupPanelProps, GROUP_PANEL};
use crate::components::lazy::Lazy;

use crate::components::rating::RatingControl;
use crate::components::resources::resource_links;
use crate::core::color::DimensionPalette;
use crate::core::group::{Group, Sets};
use crate::core::i18n::fill;
use crate::core::model::{paragraphs, plain, SegmentId};
use crate::core::ratings::Ratings;
use crate::core::scene::group_figures;
use crate::core::state::{panel_step, Effect, Mode, Nav, Origin, ShowProfile, Step};
use crate::edge::dom;
use crate::edge::request::{perform, use_request};

/// The id of the element the panel is in: every segment controls it.
pub const PANEL_ID: &str = "cw-panel";

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub open: Option<SegmentId>,
    /// The panel's focus request ([`crate::core::state::Navigation::panel_focus`]).
    #[prop_or_default]
    pub focus_request: Option<SegmentId>,
    pub mode: Mode,
    pub ratings: Ratings,
    #[prop_or_default]
    pub readonly: bool,
    /// Ratings reach storage (so a change can say "Saved").
    #[prop_or(true)]
    pub persisted: bool,
    /// *Previous* / *Next* go from part to part (while rating).
    #[prop_or_default]
    pub steps_by_part: bool,
    /// In the group's view, the group: the trainer who opens a part sees
    /// what the room said ("gennemsnit 3,2, spænd 1–5, 12 svar").
    #[prop_or_default]
    pub group: Option<Rc<Group>>,
    /// In the group's view, both sets of codes: when two are compared, the
    /// open part shows each set's figures and the change of the mean.
    #[prop_or_default]
    pub sets: Option<Rc<Sets>>,
}

#[component]
pub fn Panel(props: &PanelProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let section = use_node_ref();
    // *Previous* / *Next* (and a part chosen in the panel) move focus into the
    // panel: while rating a part, onto its chosen level (the "not rated"
    // choice when there is none), so the arrow keys choose a level at once;
    // otherwise onto the heading.
    let rating_part = props.mode == Mode::Rate
        && !props.readonly
        && matches!(props.open, Some(SegmentId::Part(..)));
    let focus_target = if rating_part {
        "input[name=\"cw-level\"]:checked"
    } else {
        "#cw-panel-title"
    };
    {
        let section = section.clone();
        let focus = props
            .focus_request
            .map(|_| perform(move || dom::focus_within(&section, Some(focus_target))));
        use_request(Effect::PanelFocus, shared.dispatch.clone(), focus);
    }
    let strings = shared.strings;
    let wheel = &shared.wheel;

    let Some(open) = props.open else {
        return html! { <p class="cw-panel__hint">{ strings.hint }</p> };
    };
    let dispatch = &shared.dispatch;
    let open_segment = |segment: SegmentId| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Nav::Open(segment, Origin::Panel).into())
        })
    };
    let step = |step: Step| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Nav::OpenStep(step).into()))
    };
    let close = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Nav::Close.into()))
    };
    let to_wheel = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Nav::BackToWheel.into()))
    };
    let previous = panel_step(wheel, open, Step::Previous, props.steps_by_part);
    let next = panel_step(wheel, open, Step::Next, props.steps_by_part);
    // Rating goes from the first part to the last and then to the profile; it
    // does not wrap round (exploring still walks round the wheel).
    let (first, last) = if props.steps_by_part {
        (
            wheel.parts().next().map(|(s, _)| s) == Some(open),
            wheel.parts().last().map(|(s, _)| s) == Some(open),
        )
    } else {
        (false, false)
    };
    let see_profile = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(ShowProfile::See.into()))
    };
    let steps = html! {
        <nav class="cw-panel__steps" aria-label={strings.steps}>
            if !first {
                <button type="button" class="cw-panel__step cw-panel__step--previous" onclick={step(Step::Previous)}>
                    <span class="cw-panel__step-label">{ strings.previous }</span>
                    <span class="cw-panel__step-title">{ wheel.title_of(previous).to_owned() }</span>
                </button>
            }
            if last {
                <button type="button" class="cw-panel__step cw-panel__step--next cw-panel__step--finish" onclick={see_profile}>
                    <span class="cw-panel__step-title">{ strings.see_profile }</span>
                </button>
            } else {
                <button type="button" class="cw-panel__step cw-panel__step--next" onclick={step(Step::Next)}>
                    <span class="cw-panel__step-label">{ strings.next }</span>
                    <span class="cw-panel__step-title">{ wheel.title_of(next).to_owned() }</span>
                </button>
            }
        </nav>
    };
    let rating = props.mode == Mode::Rate;

    // The state only opens segments the wheel has; a stray index shows the hint.
    let Some(dimension) = wheel.dimensions.get(open.dimension()) else {
        return html! { <p class="cw-panel__hint">{ strings.hint }</p> };
    };
    // The dimension's colour, as an SVG attribute (no inline style, for CSP).
    let colour = DimensionPalette::for_dimension(open.dimension(), dimension.color).strong;
    let swatch = html! {
        <svg class="cw-panel__swatch" viewBox="0 0 10 10" aria-hidden="true">
            <rect width="10" height="10" rx="2" fill={colour.to_hex()} />
        </svg>
    };
    // Rating comes first for a part: the controls show at once beside (or,
    // on a phone, right under) the wheel, and *Next* sits with them.
    let (eyebrow, body, steps_in_body) = match open {
        SegmentId::Dimension(d) => (
            html! { <p class="cw-panel__eyebrow">{ swatch }{ strings.dimension }</p> },
            html! {
                <>
                    { text(&dimension.intro) }
                    <h4 class="cw-panel__subheading">{ strings.parts }</h4>
                    <ul class="cw-panel__parts">
                        { for dimension.parts.iter().enumerate().map(|(p, part)| html! {
                            <li key={part.id.clone()}>
                                <button type="button" class="cw-panel__part" onclick={open_segment(SegmentId::Part(d, p))}>
                                    { part.title.clone() }
                                </button>
                            </li>
                        }) }
                    </ul>
                </>
            },
            false,
        ),
        SegmentId::Part(d, p) => {
            let Some(part) = dimension.parts.get(p) else {
                return html! { <p class="cw-panel__hint">{ strings.hint }</p> };
            };
            let group_stats = props
                .group
                .as_ref()
                .filter(|group| group.participants > 0)
                .and_then(|group| group.parts.get(wheel.part_index(open)?));
            let compared = props
                .sets
                .as_ref()
                .filter(|sets| sets.comparing())
                .zip(wheel.part_index(open));
            (
                html! {
                    <p class="cw-panel__eyebrow">
                        { swatch }
                        <button
                            type="button"
                            class="cw-panel__back"
                            aria-label={fill(strings.back_to, &plain(&dimension.title))}
                            onclick={open_segment(SegmentId::Dimension(d))}
                        >
                            // Plain: a hyphen at a soft break would no longer match the name.
                            { plain(&dimension.title) }
                        </button>
                    </p>
                },
                html! {
                    <>
                        if let Some((sets, part)) = compared {
                            <Lazy view={GROUP_PANEL.with(GroupPanelProps { sets: sets.clone(), part, strings })} />
                        } else if let Some(stats) = group_stats {
                            <p class="cw-panel__text cw-panel__group">
                                <strong>{ strings.group_in_panel }{ ": " }</strong>
                                { group_figures(strings, stats) }
                            </p>
                        }
                        if rating {
                            <RatingControl
                                key={part.id.clone()}
                                part={open}
                                rating={props.ratings.get(&part.id).cloned()}
                                readonly={props.readonly}
                                persisted={props.persisted}
                            />
                            { steps.clone() }
                            <h4 class="cw-panel__subheading cw-panel__subheading--about">{ strings.about_part }</h4>
                        }
                        { text(&part.description) }
                        if !part.examples.is_empty() {
                            <h4 class="cw-panel__subheading">{ strings.examples }</h4>
                            <ul class="cw-panel__examples">
                                { for part.examples.iter().map(|example| html! { <li>{ example.clone() }</li> }) }
                            </ul>
                        }
                        if !part.resources.is_empty() {
                            <h4 class="cw-panel__subheading">{ strings.next_steps }</h4>
                            { resource_links(&part.resources, strings) }
                        }
                    </>
                },
                rating,
            )
        }
    };

    // The way back, in the flow at the top and at the end of the panel (never
    // floating over the form or the text). Shown only while the panel sits
    // below the wheel (CSS).
    let back_to_wheel = |place: &'static str| {
        matches!(props.mode, Mode::Explore | Mode::Rate).then(|| {
            html! {
                <button type="button" class={classes!("cw-button", "cw-panel__to-wheel", place)} onclick={to_wheel.clone()}>
                    <span aria-hidden="true">{ "↑ " }</span>{ strings.to_wheel }
                </button>
            }
        })
    };

    html! {
        <section class="cw-panel" aria-labelledby="cw-panel-title" ref={section}>
            { back_to_wheel("cw-panel__to-wheel--top") }
            <div class="cw-panel__header">
                { eyebrow }
                <button type="button" class="cw-panel__close" onclick={close}>{ strings.close }</button>
            </div>
            <h3 id="cw-panel-title" class="cw-panel__title" tabindex="-1">
                { wheel.title_of(open).to_owned() }
            </h3>
            { body }
            if !steps_in_body {
                { steps }
            }
            { back_to_wheel("cw-panel__to-wheel--end") }
        </section>
    }
}

fn text(text: &str) -> Html {
    paragraphs(text)
        .map(|p| html! { <p class="cw-panel__text">{ p.to_owned() }</p> })
        .collect()
}
