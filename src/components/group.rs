//! The trainer's group view: paste codes, see what was skipped and why, and
//! the group's table (the wheel itself is drawn by the wheel component).

use std::rc::Rc;

use yew::prelude::*;

use crate::files;
use crate::group::{csv, Group};
use crate::i18n::{fill, Strings};
use crate::model::{plain, Wheel};
use crate::ratings::one_decimal;
use crate::share::CodeError;

#[derive(Properties, PartialEq)]
pub struct GroupViewProps {
    pub wheel: Rc<Wheel>,
    pub group: Option<Rc<Group>>,
    /// Codes to start with (from a link's `#cw-code=`).
    pub initial: AttrValue,
    pub levels: u8,
    pub strings: &'static Strings,
    /// Called with the pasted text.
    pub onshow: Callback<String>,
}

#[component]
pub fn GroupView(props: &GroupViewProps) -> Html {
    let strings = props.strings;
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
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                text.set(area.value());
            }
        })
    };
    let show = {
        let text = text.clone();
        let onshow = props.onshow.clone();
        Callback::from(move |_: MouseEvent| onshow.emit((*text).clone()))
    };
    let clear = {
        let text = text.clone();
        let onshow = props.onshow.clone();
        Callback::from(move |_: MouseEvent| {
            text.set(String::new());
            onshow.emit(String::new());
        })
    };
    let download = {
        let wheel = props.wheel.clone();
        let group = props.group.clone();
        let levels = props.levels;
        Callback::from(move |_: MouseEvent| {
            if let Some(group) = &group {
                files::download_as(
                    &format!("gruppens-hjul-{}-{}.csv", wheel.id, files::today()),
                    &csv(&wheel, group, levels),
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
                <button type="button" class="cw-button" onclick={show}>{ strings.group_show }</button>
                <button type="button" class="cw-button cw-button--quiet" onclick={clear}>{ strings.group_clear }</button>
            </p>
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
                            { for props.wheel.dimensions.iter().flat_map(|d| d.parts.iter()).zip(&group.parts).map(|(part, stats)| html! {
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
                    <p><button type="button" class="cw-button" onclick={download}>{ strings.group_csv }</button></p>
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
