//! The trainer's group view: paste codes, see what was skipped and why, and
//! the group's table (the wheel itself is drawn by the wheel component).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::use_shared;
use crate::components::present::FullScreenButton;

use crate::core::group::{csv, Group};
use crate::core::i18n::{fill, Strings};
use crate::core::model::plain;
use crate::core::ratings::one_decimal;
use crate::core::share::CodeError;
use crate::edge::dom;
use crate::edge::files;

#[derive(Clone, Properties, PartialEq)]
pub struct GroupViewProps {
    pub group: Option<Rc<Group>>,
    /// Codes to start with (from a link's `#cw-code=`).
    pub initial: AttrValue,
    pub levels: u8,
    /// Called with the pasted text.
    pub onshow: Callback<String>,
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

#[component]
pub fn GroupView(props: &GroupViewProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    let text = use_state(|| props.initial.to_string());
    {
        let text = text.clone();
        use_effect_with(props.initial.clone(), move |initial| {
            if !initial.is_empty() {
                text.set(initial.to_string());
            }
        });
    }
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(typed) = dom::typed_text(&event) {
                text.set(typed);
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
            text.set(String::new());
            onshow.emit(String::new());
            confirming.set(false);
            back();
        })
    };
    let download = {
        let wheel = shared.wheel.clone();
        let group = props.group.clone();
        let levels = props.levels;
        Callback::from(move |_: MouseEvent| {
            if let Some(group) = &group {
                files::download_as(
                    &format!("gruppens-hjul-{}-{}.csv", wheel.id, files::today()),
                    &csv(&wheel, group, levels, strings),
                    "text/csv",
                );
            }
        })
    };
    let number = |v: Option<f64>| {
        v.map_or(strings.dash.to_owned(), |v| {
            one_decimal(v, strings.decimal_comma)
        })
    };

    html! {
        <section class="cw-group" aria-labelledby="cw-group-title">
            <h3 id="cw-group-title" class="cw-group__title">{ strings.group_title }</h3>
            <label class="cw-group__label" for="cw-group-codes">{ strings.group_paste }</label>
            <textarea id="cw-group-codes" class="cw-rating__textarea cw-group__codes" rows="6" value={(*text).clone()} {oninput} />
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
            if let Some(group) = &props.group {
                <div class="cw-group__result" role="status">
                    <p class="cw-group__participants">{ strings.group_participants.of(group.participants) }</p>
                    if group.anonymity_is_weak() {
                        <p class="cw-notice cw-notice--warning"><span class="cw-notice__text">{ strings.group_weak }</span></p>
                    }
                    if group.duplicates > 0 {
                        <p>{ strings.group_duplicates.of(group.duplicates) }</p>
                    }
                    if !group.rejected.is_empty() {
                        <p class="cw-group__rejected-title">{ strings.group_rejected }</p>
                        <ul class="cw-group__rejected">
                            { for group.rejected.iter().map(|(code, error)| html! {
                                <li><code>{ code.clone() }</code>{ " – " }{ reason(error, strings) }</li>
                            }) }
                        </ul>
                    }
                </div>
                if group.participants > 0 {
                    <table class="cw-profile__table cw-group__table">
                        <caption class="cw-profile__caption">{ strings.group_table }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ strings.part }</th>
                                <th scope="col">{ strings.answers }</th>
                                <th scope="col">{ strings.average }</th>
                                <th scope="col">{ strings.median }</th>
                                { for (1..=props.levels).map(|l| html! { <th scope="col">{ fill(strings.level_n, &l.to_string()) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for shared.wheel.parts().map(|(_, part)| part).zip(&group.parts).map(|(part, stats)| html! {
                                <tr>
                                    <th scope="row">{ plain(&part.title) }</th>
                                    <td>{ stats.n }</td>
                                    <td>{ number(stats.mean) }</td>
                                    <td>{ number(stats.median) }</td>
                                    { for stats.counts.iter().map(|c| html! { <td>{ c }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    <p class="cw-group__csv"><button type="button" class="cw-button" onclick={download}>{ strings.group_csv }</button></p>
                }
            }
        </section>
    }
}

fn reason(error: &CodeError, strings: &Strings) -> String {
    match error {
        CodeError::Empty => strings.code_empty.to_owned(),
        CodeError::BadCharacter(c) => fill(strings.code_character, &c.to_string()),
        CodeError::Length => strings.code_length.to_owned(),
        CodeError::Checksum => strings.code_checksum.to_owned(),
        CodeError::Version(_) => strings.code_version.to_owned(),
        CodeError::OtherWheel => strings.code_other_wheel.to_owned(),
    }
}
