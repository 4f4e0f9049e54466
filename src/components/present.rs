//! Presenting to a room: the step position, stepping buttons, full screen,
//! how to begin, and each step's text on screens that fit without scrolling.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::use_shared;

use crate::components::step::StepScreen;
use crate::core::i18n::fill_all;
use crate::core::model::SegmentId;
use crate::core::model::Wheel;
use crate::core::slides::{blocks, screen_range, slides, Block, Flow};
use crate::core::state::{Effect, Present, Step};
use crate::edge::dom;
use crate::edge::request::{perform, use_request};

#[derive(Clone, Properties, PartialEq)]
pub struct PresentBarProps {
    pub position: (usize, usize),
}

crate::chunk! {
    /// Presenting is fetched the first time a wheel is presented.
    pub static PRESENT_BAR: PresentBarProps = present, fetch_present_bar => present_bar;
}
crate::chunk! {
    pub static PRESENT_PANEL: PresentPanelProps = present, fetch_present_panel => present_panel;
}

fn present_bar(props: &PresentBarProps) -> Html {
    html! { <PresentBar ..props.clone() /> }
}

fn present_panel(props: &PresentPanelProps) -> Html {
    html! { <PresentPanel ..props.clone() /> }
}

#[component]
pub fn PresentBar(props: &PresentBarProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    let (at, total) = props.position;
    let step = |step: Step| {
        let dispatch = shared.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Present::Step(step).into()))
    };
    html! {
        <div class="cw-present">
            // Before the first step the start screen says how to begin; a
            // "0 / 23" there would only read as something missing.
            if at > 0 {
                <p class="cw-present__position">
                    <span aria-hidden="true">{ format!("{at} / {total}") }</span>
                    <span class="cw-visually-hidden">{ fill_all(strings.step_of, &[&at.to_string(), &total.to_string()]) }</span>
                </p>
            }
            <button type="button" class="cw-button" onclick={step(Step::Previous)}>{ strings.previous }</button>
            <button type="button" class="cw-button" onclick={step(Step::Next)}>{ strings.next }</button>
            <FullScreenButton />
        </div>
    }
}

/// *Fuld skærm*: puts the widget on the whole screen, and takes it off
/// again. Its label and pressed state follow the browser's own state, so
/// Escape, F11 or the browser's controls are reflected too. Presenting and
/// the group's view share it.
#[component]
pub fn FullScreenButton() -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    let button = use_node_ref();
    let full_screen = dom::use_full_screen(button.clone());
    let toggle = {
        let button = button.clone();
        Callback::from(move |_: MouseEvent| dom::toggle_full_screen(&button))
    };
    html! {
        <button
            type="button"
            class="cw-button cw-full-screen"
            aria-pressed={if full_screen { "true" } else { "false" }}
            onclick={toggle}
            ref={button}
        >
            { if full_screen { strings.exit_full_screen } else { strings.full_screen } }
        </button>
    }
}

#[derive(Clone, Properties, PartialEq)]
pub struct PresentPanelProps {
    /// The step shown (an index into [`slides`]); `None` before the first.
    pub step: Option<usize>,
    /// Which of the step's screens is shown.
    pub screen: usize,
    /// Where each step's screens start (see
    /// [`Presenting::screens`](crate::core::state::Presenting::screens)).
    pub screens: Rc<Vec<Vec<usize>>>,
    /// Focus moves to the step's heading (a segment chosen on a screen):
    /// [`crate::core::state::Navigation::panel_focus`].
    pub focus_request: Option<SegmentId>,
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
    {
        let heading = heading.clone();
        let focus = props
            .focus_request
            .map(|_| perform(move || dom::focus_within(&heading, None)));
        use_request(Effect::PanelFocus, shared.dispatch.clone(), focus);
    }
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
        let flows: Vec<Vec<Flow>> = content
            .iter()
            .map(|(_, blocks)| blocks.iter().map(Block::flow).collect())
            .collect();
        dom::use_screen_split(
            screen_box.clone(),
            measure.clone(),
            (WheelKey(shared.wheel.clone()), strings.lang),
            flows,
            shared.dispatch.clone(),
        );
    }

    // Whether the step goes on on the next screen: the screen says so at its
    // foot ("fortsættes →"), as the next one's heading says "(fortsat)".
    let mut continues = false;
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
            continues = range.end < blocks.len();
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
            // Always laid out, so the screen's room (measured to split the
            // steps) is the same whether or not the step continues.
            <p class={classes!("cw-present-panel__more", (!continues).then_some("cw-present-panel__more--none"))}>
                { strings.present_continues }
            </p>
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

/// Compares wheels by identity (a loaded wheel never changes).
#[derive(Clone)]
pub struct WheelKey(pub Rc<Wheel>);

impl PartialEq for WheelKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
