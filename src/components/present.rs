//! Presenting to a room: the step position, stepping buttons, full screen,
//! how to begin, and each step's text on screens that fit without scrolling.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::use_shared;

use crate::core::color::DimensionPalette;
use crate::core::i18n::{fill, fill_all, Strings};
use crate::core::model::{plain, SegmentId, Wheel};
use crate::core::slides::{blocks, screen_range, slides, Block, Slide};
use crate::core::state::{Action, Origin, Step, WheelState};
use crate::edge::dom;

#[derive(Properties, PartialEq)]
pub struct PresentBarProps {
    pub position: (usize, usize),
}

#[component]
pub fn PresentBar(props: &PresentBarProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let bar = use_node_ref();
    let full_screen = dom::use_full_screen(bar.clone());
    let strings = shared.strings;
    let (at, total) = props.position;
    let step = |step: Step| {
        let dispatch = shared.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Present(step)))
    };
    let toggle_full_screen = {
        let bar = bar.clone();
        Callback::from(move |_: MouseEvent| dom::toggle_full_screen(&bar))
    };
    html! {
        <div class="cw-present" ref={bar}>
            <p class="cw-present__position">
                <span aria-hidden="true">{ format!("{at} / {total}") }</span>
                <span class="cw-visually-hidden">{ fill_all(strings.step_of, &[&at.to_string(), &total.to_string()]) }</span>
            </p>
            <button type="button" class="cw-button" onclick={step(Step::Previous)}>{ strings.previous }</button>
            <button type="button" class="cw-button" onclick={step(Step::Next)}>{ strings.next }</button>
            <button
                type="button"
                class="cw-button cw-present__full-screen"
                aria-pressed={if full_screen { "true" } else { "false" }}
                onclick={toggle_full_screen}
            >
                { if full_screen { strings.exit_full_screen } else { strings.full_screen } }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PresentPanelProps {
    /// The step shown (an index into [`slides`]); `None` before the first.
    pub step: Option<usize>,
    /// Which of the step's screens is shown.
    pub screen: usize,
    /// Where each step's screens start (see [`WheelState::present_screens`]).
    pub screens: Rc<Vec<Vec<usize>>>,
    /// Bumped when focus should move to the step's heading.
    pub focus_request: u32,
}

/// The text side of a presentation: how to begin, or the current screen of
/// the current step. A hidden copy of every step, laid out at the same width,
/// is measured whenever the space changes, and the steps are split into
/// screens that fit ([`crate::core::slides::paginate`]).
#[component]
pub fn PresentPanel(props: &PresentPanelProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    let screen_box = use_node_ref();
    let measure = use_node_ref();
    let heading = use_node_ref();
    dom::use_focus_on(heading.clone(), props.focus_request, None);
    let content = use_memo(
        (WheelKey(shared.wheel.clone()), strings.lang),
        |(WheelKey(wheel), _)| {
            slides(wheel)
                .into_iter()
                .map(|slide| (slide, Rc::new(blocks(wheel, slide, strings))))
                .collect::<Vec<_>>()
        },
    );
    {
        let keeps: Vec<Vec<bool>> = content
            .iter()
            .map(|(_, blocks)| blocks.iter().map(Block::keeps_with_next).collect())
            .collect();
        dom::use_screen_split(
            screen_box.clone(),
            measure.clone(),
            (WheelKey(shared.wheel.clone()), strings.lang),
            keeps,
            shared.dispatch.clone(),
        );
    }

    let shown = match props
        .step
        .and_then(|step| content.get(step).map(|c| (step, c)))
    {
        None => html! {
            <div class="cw-present-start">
                <p class="cw-present-start__lead">{ strings.present_start }</p>
                <p class="cw-present-start__keys">{ strings.present_keys }</p>
            </div>
        },
        Some((step, (slide, blocks))) => {
            let range = screen_range(props.screens.get(step), props.screen, blocks.len());
            html! {
                <StepScreen
                    wheel={shared.wheel.clone()}
                    slide={*slide}
                    blocks={blocks.clone()}
                    from={range.start}
                    to={range.end}
                    continued={props.screen > 0}
                    {strings}
                    dispatch={shared.dispatch.clone()}
                    heading={heading.clone()}
                />
            }
        }
    };
    html! {
        <div class="cw-present-panel">
            <div class="cw-present-panel__screen" ref={screen_box}>{ shown }</div>
            // Every step at full length and each step's "continued" heading,
            // laid out invisibly at the same width, to be measured.
            <div class="cw-present-measure" ref={measure} aria-hidden="true" inert={true}>
                { for content.iter().map(|(slide, blocks)| html! {
                    <div class="cw-present-measure__step">
                        <StepScreen
                            wheel={shared.wheel.clone()}
                            slide={*slide}
                            blocks={blocks.clone()}
                            from={0}
                            to={blocks.len()}
                            continued={false}
                            {strings}
                            dispatch={shared.dispatch.clone()}
                            measured={true}
                        />
                        <StepScreen
                            wheel={shared.wheel.clone()}
                            slide={*slide}
                            blocks={blocks.clone()}
                            from={0}
                            to={0}
                            continued={true}
                            {strings}
                            dispatch={shared.dispatch.clone()}
                            measured={true}
                        />
                    </div>
                }) }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StepScreenProps {
    wheel: Rc<Wheel>,
    slide: Slide,
    blocks: Rc<Vec<Block>>,
    /// The blocks shown: `blocks[from..to]`.
    from: usize,
    to: usize,
    /// A later screen of the step: the heading says so.
    continued: bool,
    strings: &'static Strings,
    dispatch: yew::functional::UseReducerDispatcher<WheelState>,
    /// The hidden copy that is measured: no ids, nothing to focus.
    #[prop_or_default]
    measured: bool,
    #[prop_or_default]
    heading: NodeRef,
}

/// One screen of a step: its heading, then a run of its blocks. Lists that
/// continue from the previous screen continue their numbering.
#[component]
fn StepScreen(props: &StepScreenProps) -> Html {
    let strings = props.strings;
    let wheel = &props.wheel;
    let swatch = |d: usize| {
        let colour = DimensionPalette::for_dimension(d, wheel.dimensions[d].color).strong;
        html! {
            <svg class="cw-panel__swatch" viewBox="0 0 10 10" aria-hidden="true">
                <rect width="10" height="10" rx="2" fill={colour.to_hex()} />
            </svg>
        }
    };
    let (eyebrow, title) = match props.slide {
        Slide::Segment(segment @ SegmentId::Dimension(d)) => (
            html! { <p class="cw-panel__eyebrow">{ swatch(d) }{ strings.dimension }</p> },
            wheel.title_of(segment).to_owned(),
        ),
        Slide::Segment(segment @ SegmentId::Part(d, _)) => (
            html! { <p class="cw-panel__eyebrow">{ swatch(d) }{ plain(&wheel.dimensions[d].title) }</p> },
            wheel.title_of(segment).to_owned(),
        ),
        Slide::Questions => (
            Html::default(),
            wheel
                .questions
                .as_ref()
                .map(|q| q.title.clone())
                .unwrap_or_default(),
        ),
    };
    let title = if props.continued {
        fill(strings.present_continued, &title)
    } else {
        title
    };

    // Consecutive list blocks share one list element.
    let mut groups: Vec<(usize, &[Block])> = Vec::new();
    let shown = &props.blocks[props.from..props.to];
    let mut i = 0;
    while i < shown.len() {
        let kind = std::mem::discriminant(&shown[i]);
        let listed = matches!(
            shown[i],
            Block::Example(_) | Block::Part(_) | Block::Question(..)
        );
        let mut end = i + 1;
        while listed && end < shown.len() && std::mem::discriminant(&shown[end]) == kind {
            end += 1;
        }
        groups.push((props.from + i, &shown[i..end]));
        i = end;
    }
    let open = |segment: SegmentId| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Open(segment, Origin::Panel)))
    };
    let render = |(first, run): (usize, &[Block])| -> Html {
        let index = |k: usize| (first + k).to_string();
        match &run[0] {
            Block::Paragraph(text) => {
                html! { <p class="cw-panel__text" data-block={index(0)}>{ text.clone() }</p> }
            }
            Block::Heading(text) => {
                html! { <h4 class="cw-panel__subheading" data-block={index(0)}>{ *text }</h4> }
            }
            Block::Example(_) => html! {
                <ul class="cw-panel__examples">
                    { for run.iter().enumerate().map(|(k, block)| match block {
                        Block::Example(text) => html! { <li data-block={index(k)}>{ text.clone() }</li> },
                        _ => Html::default(),
                    }) }
                </ul>
            },
            Block::Part(_) => html! {
                <ul class="cw-panel__parts">
                    { for run.iter().enumerate().map(|(k, block)| match block {
                        Block::Part(segment) => html! {
                            <li data-block={index(k)}>
                                <button
                                    type="button"
                                    class="cw-panel__part"
                                    tabindex={props.measured.then_some("-1")}
                                    onclick={open(*segment)}
                                >
                                    { wheel.title_of(*segment).to_owned() }
                                </button>
                            </li>
                        },
                        _ => Html::default(),
                    }) }
                </ul>
            },
            Block::Question(number, _) => html! {
                <ol class="cw-questions__list" start={number.to_string()}>
                    { for run.iter().enumerate().map(|(k, block)| match block {
                        Block::Question(_, text) => html! { <li data-block={index(k)}>{ text.clone() }</li> },
                        _ => Html::default(),
                    }) }
                </ol>
            },
        }
    };
    let body = html! {
        <>
            <div class="cw-step__header">
                { eyebrow }
                if props.measured {
                    <h3 class="cw-panel__title">{ title }</h3>
                } else {
                    <h3 id="cw-panel-title" class="cw-panel__title" tabindex="-1" ref={props.heading.clone()}>{ title }</h3>
                }
            </div>
            <div class="cw-step__blocks">{ for groups.into_iter().map(render) }</div>
        </>
    };
    let class = classes!(
        "cw-step",
        matches!(props.slide, Slide::Questions).then_some("cw-questions")
    );
    if props.measured {
        html! { <div {class}>{ body }</div> }
    } else {
        html! { <section class={classes!("cw-panel", class)} aria-labelledby="cw-panel-title">{ body }</section> }
    }
}

/// Compares wheels by identity (a loaded wheel never changes).
#[derive(Clone)]
pub struct WheelKey(pub Rc<Wheel>);

impl PartialEq for WheelKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
