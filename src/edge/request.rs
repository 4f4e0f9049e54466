//! How an effect takes its request from the state: the request is a value
//! (an `Option` in a part of [`WheelState`]); the effect runs when one is
//! there, tells the reducer it is taken ([`Action::Taken`]) and does what it
//! asks. Taken, the slot is empty again, so the same request made again (the
//! same segment focused twice) is a change the effect sees.

use yew::functional::UseReducerDispatcher;
use yew::prelude::*;

use crate::core::state::{Action, Effect, WheelState};

/// What an effect does with its request: the request's value is in it.
pub type Perform = Box<dyn FnOnce()>;

/// `f` as what an effect does.
pub fn perform(f: impl FnOnce() + 'static) -> Perform {
    Box::new(f)
}

/// Takes `effect`'s request and runs `perform` whenever there is one (also
/// on the first render, for a request made before the effect's component
/// was there). The caller makes `perform` only when its request is there.
///
/// It looks after every render rather than when a dependency changes: a
/// request made again while `perform` runs (storing reads another tab's
/// entries, and the union must be written back) is then still seen, though
/// the slot holds the same value as before.
///
/// One hook for every request, not generic over the request's type: each
/// instance of a generic hook costs the first load its own copy of Yew's
/// effect code.
#[hook]
pub fn use_request(
    effect: Effect,
    dispatch: UseReducerDispatcher<WheelState>,
    perform: Option<Perform>,
) {
    use_effect(move || {
        if let Some(perform) = perform {
            dispatch.dispatch(Action::Taken(effect));
            perform();
        }
    });
}
