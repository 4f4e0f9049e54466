//! Rating one part: today's level, a wished-for level and a short note.
//! Native radio groups in fieldsets, as Det Fælles Designsystem does it, so
//! keyboard, touch and screen readers work the way people know. Each change
//! shows a brief "Saved" beside the control it came from (screen readers
//! hear it from the widget's live region).
//!
//! In the first load, not in the `rate` chunk with the tools: a part opened
//! before that chunk has come must rate at once, by tap or key, and a form
//! put in place when it came took focus away from a level being chosen.

use yew::prelude::*;

use crate::components::context::use_shared;

use crate::core::i18n::fill;
use crate::core::model::SegmentId;
use crate::core::ratings::{Edit, PartRating, NOTE_LIMIT};
use crate::core::state::Rating;
use crate::edge::files::now;
use crate::edge::{dom, timers};

/// How long "Saved" stays beside a control, in milliseconds.
const SAVED_FOR_MS: u32 = 3000;

#[derive(Clone, Properties, PartialEq)]
pub struct RatingProps {
    pub part: SegmentId,
    pub rating: Option<PartRating>,
    /// Shown, but not changeable.
    #[prop_or_default]
    pub readonly: bool,
    /// Changes reach storage, so each one can briefly say "Saved".
    #[prop_or(true)]
    pub persisted: bool,
}

#[component]
pub fn RatingControl(props: &RatingProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    let rating = props.rating.clone().unwrap_or_default();
    // Which control last changed ("level", "target" or "note"), while its
    // "Saved" shows.
    let saved = timers::use_shown_briefly::<&'static str>(SAVED_FOR_MS);
    let mark_saved = saved.show;
    // Honest either way: when storage is blocked or full, the change holds
    // only in this page, and the mark says so where the person acted.
    let saved_mark = |which: &'static str| -> Html {
        match (saved.shown == Some(which), props.persisted) {
            (false, _) => Html::default(),
            (true, true) => html! {
                <span class="cw-rating__saved" aria-hidden="true">
                    <span class="cw-rating__saved-tick">{ "✓" }</span>{ strings.saved }
                </span>
            },
            (true, false) => html! {
                <span class="cw-rating__saved cw-rating__saved--not" aria-hidden="true">
                    <span class="cw-rating__saved-tick">{ "!" }</span>{ strings.not_saved }
                </span>
            },
        }
    };
    let edit = |make: fn(Option<u8>) -> Edit, value: Option<u8>, which: &'static str| {
        let dispatch = shared.dispatch.clone();
        let part = props.part;
        let mark_saved = mark_saved.clone();
        Callback::from(move |_: Event| {
            dispatch.dispatch(
                Rating::Rate {
                    part,
                    edit: make(value),
                    now: now(),
                }
                .into(),
            );
            mark_saved.emit(which);
        })
    };
    let group = |name: &'static str,
                 legend: &'static str,
                 none: &'static str,
                 make: fn(Option<u8>) -> Edit,
                 chosen: Option<u8>| {
        let option = |value: Option<u8>, label: Html| {
            let id = format!("cw-{name}-{}", value.unwrap_or(0));
            html! {
                <div class="cw-rating__option">
                    <input
                        type="radio"
                        class="cw-rating__radio"
                        id={id.clone()}
                        name={format!("cw-{name}")}
                        value={value.unwrap_or(0).to_string()}
                        checked={chosen == value}
                        disabled={props.readonly}
                        onchange={edit(make, value, name)}
                    />
                    <label class="cw-rating__label" for={id}>{ label }</label>
                </div>
            }
        };
        html! {
            <fieldset class={classes!("cw-rating__group", format!("cw-rating__group--{name}"))}>
                <legend class="cw-rating__legend">{ legend }{ saved_mark(name) }</legend>
                { option(None, html! { <span class="cw-rating__text">{ none }</span> }) }
                { for shared.levels.iter().enumerate().map(|(i, label)| {
                    let value = u8::try_from(i + 1).unwrap_or(u8::MAX);
                    option(Some(value), html! {
                        <>
                            <span class="cw-rating__value" aria-hidden="true">{ value }</span>
                            <span class="cw-rating__text">
                                <span class="cw-visually-hidden">{ fill(strings.level_n, &value.to_string()) }{ ": " }</span>
                                { label.clone() }
                            </span>
                        </>
                    })
                }) }
            </fieldset>
        }
    };

    let oninput = {
        let dispatch = shared.dispatch.clone();
        let part = props.part;
        let mark_saved = mark_saved.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(note) = dom::typed_text(&event) {
                dispatch.dispatch(
                    Rating::Rate {
                        part,
                        edit: Edit::Note(note),
                        now: now(),
                    }
                    .into(),
                );
                mark_saved.emit("note");
            }
        })
    };
    // Leaving the note stores it at once (typing is stored in bursts).
    let onblur = {
        let dispatch = shared.dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.dispatch(Rating::NoteDone.into()))
    };
    let left = NOTE_LIMIT.saturating_sub(rating.note.chars().count());
    html! {
        <div class="cw-rating">
            { group("level", strings.your_level, strings.not_rated, Edit::Level, rating.level) }
            { group("target", strings.your_target, strings.no_target, Edit::Target, rating.target) }
            <div class="cw-rating__note">
                <label class="cw-rating__note-label" for="cw-note">{ strings.note }{ saved_mark("note") }</label>
                <textarea
                    id="cw-note"
                    class="cw-rating__textarea"
                    rows="3"
                    maxlength={NOTE_LIMIT.to_string()}
                    aria-describedby="cw-note-left"
                    value={rating.note.clone()}
                    readonly={props.readonly}
                    {oninput}
                    {onblur}
                />
                <p id="cw-note-left" class="cw-rating__left">{ strings.note_left.of(left) }</p>
            </div>
        </div>
    }
}
