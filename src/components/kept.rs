//! `Kept`: markup rendered again only when what it shows is another value.
//! A parent that renders again still makes a component for every child and
//! Yew compares each child's props; for the wheel's segments (780 on a wheel
//! of 768 parts, and as many labels) and the key, that alone cost a click its
//! frame. Inside a `Kept` whose values are the same, nothing is made or
//! compared.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties)]
pub struct KeptProps {
    /// What the view shows, by address: each value the view holds (an `Rc`
    /// it keeps alive, so no other value can take its address while these
    /// props live) or a static table.
    pub shows: Vec<*const ()>,
    /// Makes the markup; called only when `shows` changed.
    pub view: Rc<dyn Fn() -> Html>,
}

impl PartialEq for KeptProps {
    fn eq(&self, other: &Self) -> bool {
        self.shows == other.shows
    }
}

/// The address of the value behind `rc`, for [`KeptProps::shows`].
pub fn address<T: ?Sized>(rc: &Rc<T>) -> *const () {
    Rc::as_ptr(rc).cast()
}

#[component]
pub fn Kept(props: &KeptProps) -> Html {
    (props.view)()
}
