//! Collecting the trainer's group: the codes kept in the browser, the share
//! link the page was opened with, every further link opened in the same tab,
//! and a pasted list, read into the group's statistics. Kept apart from the
//! group view, which is a chunk: App collects while the view is not loaded.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::group::{codes_in, collect, Group};
use crate::core::model::Wheel;
use crate::core::share::CodeShape;
use crate::edge::hash;
use crate::edge::storage;

/// The group the trainer has collected: codes from opened share links and
/// earlier pastes (kept in the browser), read into statistics.
#[derive(Clone, PartialEq)]
pub struct CollectedGroup {
    pub group: Option<Rc<Group>>,
    /// The collected codes, one per line, for the paste box.
    pub text: AttrValue,
    /// Reads a pasted list, which replaces the collected codes.
    pub onshow: Callback<String>,
}

/// Collects the group's codes while `active` (the group view is shown): the
/// codes kept under `<key>:group`, the link the page was opened with, and
/// every further link opened in the same tab. Each code counts once.
#[hook]
pub fn use_collected_group(
    active: bool,
    wheel: Rc<Wheel>,
    key: String,
    levels: u8,
) -> CollectedGroup {
    let group = use_state(|| None::<Rc<Group>>);
    let text = use_state(AttrValue::default);
    let shape = use_memo((), {
        let wheel = wheel.clone();
        move |_| CodeShape::of(&wheel, levels)
    });
    // Adds the codes in `found` to the kept list and reads the whole list.
    let add = {
        let (group, text, shape, key) = (group.clone(), text.clone(), shape.clone(), key.clone());
        Callback::from(move |found: String| {
            let mut codes = storage::group_codes(&key);
            for code in codes_in(&found) {
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            storage::set_group_codes(&key, &codes);
            if !codes.is_empty() {
                let joined = codes.join("\n");
                group.set(Some(Rc::new(collect(&shape, levels, &joined))));
                text.set(joined.into());
            }
        })
    };
    {
        let add = add.clone();
        // Read in an effect: the browser is not there when rendering on the server.
        use_effect_with(active, move |&active| {
            if active {
                add.emit(hash::codes_in_hash());
            }
        });
    }
    hash::use_share_links(Callback::from(move |codes: String| {
        if active {
            add.emit(codes);
        }
    }));
    let onshow = {
        let group = group.clone();
        Callback::from(move |pasted: String| {
            storage::set_group_codes(&key, &codes_in(&pasted));
            group.set(Some(Rc::new(collect(&shape, levels, &pasted))));
        })
    };
    CollectedGroup {
        group: (*group).clone(),
        text: (*text).clone(),
        onshow,
    }
}
