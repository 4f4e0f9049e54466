//! How an effect takes its request from the state: the request is a value
//! (`Option<R>` in a part of [`WheelState`]); the effect runs when one is
//! there, tells the reducer it is taken ([`Action::Taken`]) and does what it
//! asks. Taken, the slot is empty again, so the same request made again (the
//! same segment focused twice) is a change the effect sees.

use yew::functional::UseReducerDispatcher;
use yew::prelude::*;

use crate::core::state::{Action, Effect, WheelState};

/// Runs `perform` with `request` whenever a request is there (also on the
/// first render, for one made before it), after taking it for `effect`. A
/// request made while `perform` runs is kept for the next time.
#[hook]
pub fn use_request<R, F>(
    request: Option<R>,
    effect: Effect,
    dispatch: UseReducerDispatcher<WheelState>,
    perform: F,
) where
    R: PartialEq + 'static,
    F: FnOnce(&R) + 'static,
{
    use_effect_with(request, move |request| {
        if let Some(request) = request {
            dispatch.dispatch(Action::Taken(effect));
            perform(request);
        }
    });
}
