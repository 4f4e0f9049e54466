//! Things that last a while: a mark that shows for a few seconds and then
//! goes by itself.

use yew::prelude::*;

/// A value shown for a while: `shown` until `for_ms` milliseconds after the
/// last `show`, then `None` again.
pub struct ShownBriefly<T> {
    pub shown: Option<T>,
    pub show: Callback<T>,
}

/// Shows each value given to `show` for `for_ms` milliseconds; a newer one
/// replaces it and starts the time again.
#[hook]
pub fn use_shown_briefly<T: Clone + PartialEq + 'static>(for_ms: u32) -> ShownBriefly<T> {
    let shown = use_state_eq(|| None::<T>);
    let hide = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let show = {
        let shown = shown.clone();
        Callback::from(move |value: T| {
            shown.set(Some(value));
            let shown = shown.clone();
            *hide.borrow_mut() = Some(gloo::timers::callback::Timeout::new(for_ms, move || {
                shown.set(None)
            }));
        })
    };
    ShownBriefly {
        shown: (*shown).clone(),
        show,
    }
}
