//! The `rate` chunk: the tools ([`Toolbar`]) with what only they use
//! (files, printing, the stored form's download). Exploring needs none of
//! them, and rating not before a part is rated, so they are not in the
//! first load: a rating widget fetches the chunk when the browser is idle
//! after the first paint, and it is there long before a person has read a
//! panel. (The rating controls are in the first load: `rating.rs` says
//! why.)
//!
//! Until it comes, the tools' buttons stand where they will be
//! ([`tools_waiting`]); a button focused or pressed there is focused and
//! pressed again on the tools when they arrive ([`Early`]).

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::lazy::Lazy;
use crate::components::notices::notices;
use crate::components::toolbar::{Toolbar, ToolbarProps};
use crate::core::i18n::Strings;
use crate::core::state::WheelState;

/// What the tools' stand-in saw: the place of the button last focused
/// there, and whether it was pressed. Kept by `App`, so each widget has
/// its own.
#[derive(Clone, Default)]
pub struct Early(Rc<Cell<Option<(u8, bool)>>>);

impl Early {
    /// What the stand-in saw, once.
    pub fn take(&self) -> Option<(u8, bool)> {
        self.0.take()
    }
}

impl PartialEq for Early {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

crate::chunk! {
    /// The tools, fetched at idle after the first paint of a rating widget.
    pub static RATE: ToolbarProps = rate, fetch_rate => rate;
}

fn rate(props: &ToolbarProps) -> Html {
    html! { <Toolbar ..props.clone() /> }
}

/// The tools under a rating widget, fetched at idle; meanwhile the same
/// buttons, which remember a focus or a press for the tools to repeat.
pub fn tools(
    state: &UseReducerHandle<WheelState>,
    early: &Early,
    strings: &'static Strings,
) -> Html {
    html! {
        <Lazy
            view={RATE.with(ToolbarProps { state: state.clone(), early: early.clone() })}
            idle=true
            waiting={tools_waiting(state, early, strings)}
        />
    }
}

fn tools_waiting(
    state: &UseReducerHandle<WheelState>,
    early: &Early,
    strings: &'static Strings,
) -> Html {
    let readonly = state.person.readonly;
    let expanded = |open: bool| if open { "true" } else { "false" };
    let profile = if state.profile.shown {
        strings.hide_profile
    } else {
        strings.show_profile
    };
    // The tools' buttons in their order, as `Toolbar` shows them: the
    // label, `aria-expanded`, whether it is quiet, whether it is there.
    let buttons = [
        (profile, Some(expanded(state.profile.shown)), false, true),
        (strings.snapshot_save, None, false, !readonly),
        (strings.export, None, false, true),
        (strings.import, None, false, !readonly),
        (strings.print, None, false, true),
        (strings.share, Some(expanded(false)), false, true),
        (
            strings.reset,
            Some(expanded(state.person.confirm_reset)),
            true,
            !readonly,
        ),
    ];
    // (Focus follows the button going down: a press there stays a press.)
    let focused = |place: u8| {
        let early = early.clone();
        Callback::from(move |_: FocusEvent| {
            if early.0.get() != Some((place, true)) {
                early.0.set(Some((place, false)));
            }
        })
    };
    // A press counts from the button going down: the tools may come
    // between down and up, and a click then never fires (its up lands on
    // another element), so waiting for the click would lose the press.
    let pressed = |place: u8| {
        let early = early.clone();
        Callback::from(move |_: MouseEvent| early.0.set(Some((place, true))))
    };
    // Focus that moved on to something else is not given back to the
    // tools when they come (it would jump away from where the person is).
    // A stand-in removed when they come blurs with no related target: that
    // focus is kept.
    let left = |place: u8| {
        let early = early.clone();
        Callback::from(move |event: FocusEvent| {
            if event.related_target().is_some() && early.0.get() == Some((place, false)) {
                early.0.set(None);
            }
        })
    };
    html! {
        <div class="cw-toolbar" part="toolbar" role="group" aria-label={strings.tools}>
            <div class="cw-toolbar__buttons">
                { for buttons.into_iter().filter(|&(.., shown)| shown).zip(0_u8..).map(|((label, open, quiet, _), place)| html! {
                    <button
                        type="button"
                        class={classes!("cw-button", quiet.then_some("cw-button--quiet"))}
                        aria-expanded={open}
                        onfocus={focused(place)}
                        onmousedown={pressed(place)}
                        onclick={pressed(place)}
                        onblur={left(place)}
                    >
                        { label }
                    </button>
                }) }
            </div>
            <div class="cw-toolbar__result">
                { notices(&state.notices.list, true, strings, &state.dispatcher()) }
            </div>
        </div>
    }
}
