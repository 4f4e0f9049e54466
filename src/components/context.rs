//! What every part of one widget shares: the wheel, the UI strings, the
//! level names and the reducer's dispatcher. `App` provides it once through a
//! `ContextProvider`, so components do not pass it down through every prop
//! list.

use std::rc::Rc;

use yew::functional::UseReducerDispatcher;
use yew::prelude::*;

use crate::core::i18n::Strings;
use crate::core::model::Wheel;
use crate::core::state::WheelState;

/// The widget's shared values. Cheap to clone (shared pointers only), and
/// compared by identity where a value is immutable once loaded.
#[derive(Clone, Debug)]
pub struct Shared {
    pub wheel: Rc<Wheel>,
    pub strings: &'static Strings,
    /// The names of levels 1, 2, …: the wheel's own, else the language's.
    pub levels: Rc<Vec<String>>,
    pub dispatch: UseReducerDispatcher<WheelState>,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.wheel, &other.wheel)
            && std::ptr::eq(self.strings, other.strings)
            && Rc::ptr_eq(&self.levels, &other.levels)
            && self.dispatch == other.dispatch
    }
}

/// The shared values of the widget this component is part of. `None` only
/// outside an `App` (a component rendered on its own), where components
/// render nothing rather than panic.
#[hook]
pub fn use_shared() -> Option<Shared> {
    use_context::<Shared>()
}
