//! Presenting to a room: the step position, stepping buttons, full screen,
//! and the reflection questions shown after the last part.

use yew::prelude::*;

use crate::dom;
use crate::i18n::{fill_all, Strings};
use crate::model::Questions;
use crate::state::{Action, Step, WheelState};

#[derive(Properties, PartialEq)]
pub struct PresentBarProps {
    pub position: (usize, usize),
    pub strings: &'static Strings,
    pub dispatch: yew::functional::UseReducerDispatcher<WheelState>,
}

#[component]
pub fn PresentBar(props: &PresentBarProps) -> Html {
    let bar = use_node_ref();
    let strings = props.strings;
    let (at, total) = props.position;
    let step = |step: Step| {
        let dispatch = props.dispatch.clone();
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
            <button type="button" class="cw-button" onclick={toggle_full_screen}>{ strings.full_screen }</button>
            <p class="cw-present__keys">{ strings.present_keys }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionsPanelProps {
    pub questions: Questions,
}

/// The wheel's reflection questions, as the last step of a presentation.
#[component]
pub fn QuestionsPanel(props: &QuestionsPanelProps) -> Html {
    let q = &props.questions;
    html! {
        <section class="cw-panel cw-questions" aria-labelledby="cw-panel-title">
            <h3 id="cw-panel-title" class="cw-panel__title" tabindex="-1">{ q.title.clone() }</h3>
            if !q.intro.is_empty() {
                <p class="cw-panel__text">{ q.intro.clone() }</p>
            }
            <ol class="cw-questions__list">
                { for q.items.iter().map(|item| html! { <li>{ item.clone() }</li> }) }
            </ol>
        </section>
    }
}
