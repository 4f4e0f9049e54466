//! The tools for one's own ratings: show the profile, save to and load from a
//! file, reset (after a confirmation) and print.
//!
//! In the `rate` chunk, fetched at idle after the first paint
//! (`components::rate`); until it comes a stand-in with the same buttons
//! keeps their room and remembers a button focused or pressed, which the
//! tools then focus (and press) when they arrive.

use yew::prelude::*;

use crate::components::context::use_shared;

use crate::components::lazy::Lazy;
use crate::components::notices::notices;
use crate::components::rate::Early;
use crate::components::share::{ShareProps, SHARE};
use crate::core::state::{Action, Effect, Rating, ShowProfile, WheelState};
use crate::core::stored;
use crate::edge::{dom, files, json};

#[derive(Clone, Properties, PartialEq)]
pub struct ToolbarProps {
    pub state: UseReducerHandle<WheelState>,
    /// What the stand-in saw before the tools came (`rate::Early`).
    pub early: Early,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    let state = &props.state;
    let reset_button = use_node_ref();
    // The question takes focus on its harmless answer, so a second Enter
    // (or a key held down) on Nulstil never deletes everything.
    let cancel_button = use_node_ref();
    crate::edge::dom::use_focus_on(
        cancel_button.clone(),
        u32::from(state.person.confirm_reset),
        None,
    );
    // A file's result shows here, under the button that loaded it, and is
    // scrolled into view if it landed below the fold.
    let import_result = use_node_ref();
    {
        let import_result = import_result.clone();
        let reveal = state.person.file_result.as_ref().map(|_| {
            crate::edge::request::perform(move || crate::edge::dom::reveal_nearest(&import_result))
        });
        crate::edge::request::use_request(Effect::FileResult, state.dispatcher(), reveal);
    }

    // A button focused or pressed on the stand-in: the same button here
    // takes focus, and is pressed, so nothing done before the tools came
    // is lost.
    let buttons = use_node_ref();
    {
        let (buttons, early) = (buttons.clone(), props.early.clone());
        use_effect_with((), move |()| {
            if let Some((place, pressed)) = early.take() {
                let selector = format!("button:nth-of-type({})", place + 1);
                dom::press_within(&buttons, &selector, pressed);
            }
        });
    }

    let toggle_profile = {
        let dispatch = state.dispatcher();
        let show = !state.profile.shown;
        Callback::from(move |_: MouseEvent| dispatch.dispatch(ShowProfile::Toggle(show).into()))
    };
    let export = {
        let wheel_id = state.wheel.id.clone();
        let ratings = state.person.ratings.clone();
        Callback::from(move |_: MouseEvent| {
            let text = stored::encode(&wheel_id, &ratings);
            files::download(
                &format!("kompetencehjul-{wheel_id}-{}.json", files::today()),
                &text,
            );
        })
    };
    let picker = files::use_file_picker({
        let dispatch = state.dispatcher();
        let wheel_id = state.wheel.id.clone();
        Callback::from(move |result: Result<String, String>| {
            let action = match result.map_err(|_| stored::DecodeError::Unreadable) {
                Ok(text) => match json::decode(&text, &wheel_id) {
                    Ok(ratings) => Rating::Import {
                        ratings,
                        now: files::now(),
                    },
                    Err(error) => Rating::ImportFailed(error),
                },
                Err(error) => Rating::ImportFailed(error),
            };
            dispatch.dispatch(action.into());
        })
    });
    let ask_reset = dispatch_on_click(state, Rating::AskReset.into());
    let cancel_reset = {
        let dispatch = state.dispatcher();
        let reset_button = reset_button.clone();
        Callback::from(move |()| {
            dispatch.dispatch(Rating::CancelReset.into());
            dom::focus_node(&reset_button);
        })
    };
    // Escape answers no, as it closes a dialog (and goes no further).
    let escape_cancels = {
        let cancel_reset = cancel_reset.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                cancel_reset.emit(());
            }
        })
    };
    let confirm_reset = {
        let dispatch = state.dispatcher();
        let reset_button = reset_button.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Rating::Reset { now: files::now() }.into());
            dom::focus_node(&reset_button);
        })
    };
    let share_open = use_state(|| false);
    let toggle_share = {
        let share_open = share_open.clone();
        Callback::from(move |_: MouseEvent| share_open.set(!*share_open))
    };
    let print = Callback::from(|event: MouseEvent| crate::edge::print::print_alone(&event));
    let save_snapshot = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            // The name is the day, until the person renames it.
            let (label, now) = (files::today(), files::now());
            dispatch.dispatch(Rating::SaveSnapshot { label, now }.into());
        })
    };

    html! {
        <div class="cw-toolbar" part="toolbar" role="group" aria-label={strings.tools}>
            <div class="cw-toolbar__buttons" ref={buttons}>
                <button
                    type="button"
                    class="cw-button"
                    aria-expanded={if state.profile.shown { "true" } else { "false" }}
                    aria-controls="cw-profile"
                    onclick={toggle_profile}
                >
                    { if state.profile.shown { strings.hide_profile } else { strings.show_profile } }
                </button>
                if !state.person.readonly {
                    <button type="button" class="cw-button" onclick={save_snapshot}>{ strings.snapshot_save }</button>
                }
                <button type="button" class="cw-button" onclick={export}>{ strings.export }</button>
                if !state.person.readonly {
                    <button type="button" class="cw-button" onclick={picker.open}>{ strings.import }</button>
                }
                <input
                    ref={picker.input}
                    type="file"
                    class="cw-visually-hidden"
                    accept=".json,application/json"
                    tabindex="-1"
                    aria-hidden="true"
                    onchange={picker.chosen}
                />
                <button type="button" class="cw-button" onclick={print}>{ strings.print }</button>
                <button
                    type="button"
                    class="cw-button"
                    aria-expanded={if *share_open { "true" } else { "false" }}
                    onclick={toggle_share}
                >
                    { strings.share }
                </button>
                if !state.person.readonly {
                <button
                    type="button"
                    class="cw-button cw-button--quiet"
                    ref={reset_button}
                    aria-expanded={if state.person.confirm_reset { "true" } else { "false" }}
                    onclick={ask_reset}
                >
                    { strings.reset }
                </button>
                }
            </div>
            <div class="cw-toolbar__result" ref={import_result}>
                { notices(&state.notices.list, true, strings, &shared.dispatch) }
            </div>
            if *share_open {
                <Lazy view={SHARE.with(ShareProps { state: state.clone() })} />
            }
            if state.person.confirm_reset {
                <div class="cw-toolbar__confirm" role="group" aria-label={strings.reset} onkeydown={escape_cancels}>
                    <p class="cw-toolbar__question">{ strings.reset_question }</p>
                    <button type="button" class="cw-button cw-button--danger" onclick={confirm_reset}>
                        { strings.reset_confirm }
                    </button>
                    <button type="button" class="cw-button" ref={cancel_button} onclick={cancel_reset.reform(|_: MouseEvent| ())}>{ strings.cancel }</button>
                </div>
            }
        </div>
    }
}

fn dispatch_on_click(state: &UseReducerHandle<WheelState>, action: Action) -> Callback<MouseEvent> {
    let dispatch = state.dispatcher();
    Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
}
