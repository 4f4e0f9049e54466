//! The trainer's group view: paste codes, in one set or two (before and
//! after a course, or two teams, each with its name), see what was skipped
//! and why, and the group's table (the wheel itself is drawn by the wheel
//! component).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::use_shared;
use crate::components::present::FullScreenButton;

use crate::components::group_result::{set_result, single_result, table};
use crate::core::group::{csv_sets, Sets, SetsText};
use crate::core::i18n::{fill, Strings};
use crate::edge::dom;
use crate::edge::editor::typed_value;
use crate::edge::files;

#[derive(Clone, Properties, PartialEq)]
pub struct GroupViewProps {
    pub sets: Option<Rc<Sets>>,
    /// The sets' codes and names to start with (kept in the browser, and a
    /// link's `#cw-code=`).
    pub initial: Rc<SetsText>,
    pub levels: u8,
    /// Called with the pasted sets.
    pub onshow: Callback<SetsText>,
    /// Called after *Vis gruppens hjul* showed the group.
    pub onshown: Callback<()>,
}

crate::chunk! {
    /// The group view is fetched the first time a group is shown.
    pub static GROUP_VIEW: GroupViewProps = group, fetch_group_view => group_view;
}

fn group_view(props: &GroupViewProps) -> Html {
    html! { <GroupView ..props.clone() /> }
}

/// An open part in the panel while two sets are compared.
#[derive(Clone, Properties, PartialEq)]
pub struct GroupPanelProps {
    pub sets: Rc<Sets>,
    /// The part's index in the wheel's order.
    pub part: usize,
    pub strings: &'static Strings,
}

crate::chunk! {
    /// Both sets' figures for the open part and the change of the mean, in
    /// the group's chunk too (the group view has fetched it).
    pub static GROUP_PANEL: GroupPanelProps = group, fetch_group_panel => group_panel;
}

fn group_panel(props: &GroupPanelProps) -> Html {
    let lines = props.sets.panel_lines(props.part, props.strings);
    html! {
        { for lines.into_iter().map(|(name, figures)| html! {
            <p class="cw-panel__text cw-panel__group">
                <strong>{ name }{ ": " }</strong>{ figures }
            </p>
        }) }
    }
}

#[component]
pub fn GroupView(props: &GroupViewProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    // A set without a name of its own shows its default name, to be changed.
    let named = |initial: &SetsText| {
        let defaults = [strings.group_set_first, strings.group_set_second];
        let mut text = initial.clone();
        for (name, default) in text.names.iter_mut().zip(defaults) {
            if name.trim().is_empty() {
                *name = default.to_owned();
            }
        }
        text
    };
    let text = use_state(|| named(&props.initial));
    {
        let text = text.clone();
        use_effect_with(props.initial.clone(), move |initial| {
            if initial.codes.iter().any(|c| !c.is_empty()) {
                text.set(named(initial));
            }
        });
    }
    // What is typed into set `set`'s name (`name`) or its codes.
    let typed = |set: usize, name: bool| {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(typed) = typed_value(&event) {
                let mut next = (*text).clone();
                let field = if name {
                    &mut next.names
                } else {
                    &mut next.codes
                };
                field[set] = typed;
                text.set(next);
            }
        })
    };
    let show = {
        let text = text.clone();
        let (onshow, onshown) = (props.onshow.clone(), props.onshown.clone());
        Callback::from(move |_: MouseEvent| {
            onshow.emit((*text).clone());
            onshown.emit(());
        })
    };
    // *Ryd listen* forgets every collected code, so it asks first, inside
    // the widget (as *Nulstil* does); focus goes to the question's answer
    // and comes back to *Ryd listen* afterwards.
    let confirming = use_state_eq(|| false);
    let asked = use_state_eq(|| 0u32);
    let clear_button = use_node_ref();
    let confirm_button = use_node_ref();
    dom::use_focus_on(confirm_button.clone(), *asked, None);
    let ask_clear = {
        let (confirming, asked) = (confirming.clone(), asked.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(true);
            asked.set(*asked + 1);
        })
    };
    let back_to_clear = {
        let clear_button = clear_button.clone();
        move || dom::focus_node(&clear_button)
    };
    let cancel_clear = {
        let (confirming, back) = (confirming.clone(), back_to_clear.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            back();
        })
    };
    let clear = {
        let text = text.clone();
        let onshow = props.onshow.clone();
        let (confirming, back) = (confirming.clone(), back_to_clear);
        Callback::from(move |_: MouseEvent| {
            let names = text.names.clone();
            let cleared = SetsText {
                names,
                codes: Default::default(),
            };
            text.set(cleared.clone());
            onshow.emit(cleared);
            confirming.set(false);
            back();
        })
    };
    let download = {
        let wheel = shared.wheel.clone();
        let sets = props.sets.clone();
        let levels = props.levels;
        Callback::from(move |_: MouseEvent| {
            if let Some(sets) = &sets {
                files::download_as(
                    &format!("gruppens-hjul-{}-{}.csv", wheel.id, files::today()),
                    &csv_sets(&wheel, sets, levels, strings),
                    "text/csv",
                );
            }
        })
    };
    html! {
        <section class="cw-group" aria-labelledby="cw-group-title">
            <h3 id="cw-group-title" class="cw-group__title">{ strings.group_title }</h3>
            <div class="cw-group__sets">
                { for (0..2).map(|set| html! {
                    <fieldset class="cw-group__set">
                        <legend class="cw-group__label">{ fill(strings.group_set_n, &(set + 1).to_string()) }</legend>
                        if set == 1 {
                            <p class="cw-group__hint">{ strings.group_second_hint }</p>
                        }
                        <label class="cw-group__label" for={SET_IDS[set].0}>{ strings.group_set_name }</label>
                        <input id={SET_IDS[set].0} class="cw-rating__textarea cw-group__name" type="text" value={text.names[set].clone()} oninput={typed(set, true)} />
                        <label class="cw-group__label" for={SET_IDS[set].1}>{ if set == 0 { strings.group_paste } else { strings.group_paste_second } }</label>
                        <textarea id={SET_IDS[set].1} class="cw-rating__textarea cw-group__codes" rows="6" value={text.codes[set].clone()} oninput={typed(set, false)} />
                    </fieldset>
                }) }
            </div>
            <p class="cw-group__actions">
                <button type="button" class="cw-button cw-group__show" onclick={show}>{ strings.group_show }</button>
                <button
                    type="button"
                    class="cw-button cw-button--quiet cw-group__clear"
                    ref={clear_button}
                    aria-expanded={if *confirming { "true" } else { "false" }}
                    onclick={ask_clear}
                >
                    { strings.group_clear }
                </button>
                <FullScreenButton />
            </p>
            if *confirming {
                <div class="cw-toolbar__confirm cw-group__confirm" role="group" aria-label={strings.group_clear}>
                    <p class="cw-toolbar__question">{ strings.group_clear_question }</p>
                    <button type="button" class="cw-button cw-button--danger" ref={confirm_button} onclick={clear}>
                        { strings.group_clear_confirm }
                    </button>
                    <button type="button" class="cw-button" onclick={cancel_clear}>{ strings.cancel }</button>
                </div>
            }
            if let Some(sets) = &props.sets {
                <div class="cw-group__result" role="status">
                    if sets.comparing() {
                        { for (0..2).map(|set| set_result(sets, set, strings)) }
                    } else {
                        { single_result(&sets.groups[0], strings) }
                    }
                </div>
                if sets.groups.iter().any(|g| g.participants > 0) {
                    { table(sets, &shared.wheel, props.levels, strings) }
                    <p class="cw-group__csv"><button type="button" class="cw-button" onclick={download}>{ strings.group_csv }</button></p>
                }
            }
        </section>
    }
}

/// The ids of each set's name field and code box (the first set's box keeps
/// the id a single group's always had).
const SET_IDS: [(&str, &str); 2] = [
    ("cw-group-name-1", "cw-group-codes"),
    ("cw-group-name-2", "cw-group-codes-2"),
];
