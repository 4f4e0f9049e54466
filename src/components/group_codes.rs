//! Collecting the trainer's group: the codes kept in the browser, the share
//! link the page was opened with, every further link opened in the same tab,
//! and the pasted lists of the two sets (before and after a course, or two
//! teams), read into the group's statistics. Kept apart from the group view,
//! which is a chunk: App collects while the view is not loaded.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::group::{codes_in, Group, Sets, SetsText};
use crate::core::i18n::Strings;
use crate::core::model::Wheel;
use crate::core::scene::Compare;
use crate::core::share::CodeShape;
use crate::edge::hash;
use crate::edge::storage;

/// The group the trainer has collected: codes from opened share links and
/// earlier pastes (kept in the browser), read into statistics.
#[derive(Clone, PartialEq)]
pub struct CollectedGroup {
    /// The first set as the wheel draws it ([`Sets::drawn`]).
    pub group: Option<Rc<Group>>,
    /// Both sets, read.
    pub sets: Option<Rc<Sets>>,
    /// The second set as the wheel's outline ([`Sets::compare`]).
    pub compare: Option<Rc<Compare>>,
    /// The collected codes (one per line) and the sets' names, for the boxes.
    pub text: Rc<SetsText>,
    /// Reads the pasted sets, which replace the collected codes.
    pub onshow: Callback<SetsText>,
}

/// Where the sets are kept: the first set's codes under `<key>:group` (as a
/// single group's always were), the second's under `<key>:2:group`, the
/// names under `<key>:group-names`, one a line.
fn second_key(key: &str) -> String {
    [key, ":2"].concat()
}

fn names_key(key: &str) -> String {
    [key, ":group-names"].concat()
}

fn stored_names(key: &str) -> [String; 2] {
    let text = storage::read(&names_key(key)).ok().flatten();
    let mut lines = text.as_deref().unwrap_or_default().lines();
    [(); 2].map(|_| lines.next().unwrap_or_default().to_owned())
}

/// Collects the group's codes while `active` (the group view is shown): the
/// codes kept under `<key>:group`, the link the page was opened with, and
/// every further link opened in the same tab (all into the first set), and
/// the second set kept beside them. Each code counts once in its set.
#[hook]
pub fn use_collected_group(
    active: bool,
    wheel: Rc<Wheel>,
    key: String,
    levels: u8,
    strings: &'static Strings,
) -> CollectedGroup {
    // One state for what is kept (each `use_state` type costs the first
    // load its own copy of Yew's hook code).
    let kept = use_state(|| None::<Rc<Kept>>);
    let shape = use_memo((), {
        let wheel = wheel.clone();
        move |_| CodeShape::of(&wheel, levels)
    });
    // Reads `text` into both sets; `boxes` says whether the boxes take it.
    let read = {
        let kept = kept.clone();
        Rc::new(move |text: SetsText, boxes: bool| {
            let sets = Sets::read(&shape, levels, &text, strings);
            let previous = (*kept).clone();
            kept.set(Some(Rc::new(Kept {
                group: sets.drawn(),
                compare: sets.compare(&wheel).map(Rc::new),
                sets: Rc::new(sets),
                text: match previous {
                    Some(previous) if !boxes => previous.text.clone(),
                    _ => Rc::new(text),
                },
            })));
        })
    };
    // Adds the codes in `found` to the first set's kept list and reads both.
    let add = {
        let (read, key) = (read.clone(), key.clone());
        Callback::from(move |found: String| {
            let mut codes = storage::group_codes(&key);
            for code in codes_in(&found) {
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            storage::set_group_codes(&key, &codes);
            let kept = SetsText {
                names: stored_names(&key),
                codes: [
                    codes.join("\n"),
                    storage::group_codes(&second_key(&key)).join("\n"),
                ],
            };
            if kept.codes.iter().any(|c| !c.is_empty()) {
                read(kept, true);
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
    let onshow = Callback::from(move |pasted: SetsText| {
        storage::set_group_codes(&key, &codes_in(&pasted.codes[0]));
        storage::set_group_codes(&second_key(&key), &codes_in(&pasted.codes[1]));
        let _ = storage::save(&names_key(&key), &pasted.names.join("\n"));
        read(pasted, false);
    });
    let kept = (*kept).clone();
    CollectedGroup {
        group: kept.as_ref().map(|k| k.group.clone()),
        compare: kept.as_ref().and_then(|k| k.compare.clone()),
        sets: kept.as_ref().map(|k| k.sets.clone()),
        text: kept.map(|k| k.text.clone()).unwrap_or_default(),
        onshow,
    }
}

/// What is kept of the collected group: both sets read, the first as the
/// wheel draws it, and what the boxes start with.
struct Kept {
    group: Rc<Group>,
    compare: Option<Rc<Compare>>,
    sets: Rc<Sets>,
    text: Rc<SetsText>,
}
