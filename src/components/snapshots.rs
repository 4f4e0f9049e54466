//! The profile's snapshots: then → now in a level's cell, which snapshot it
//! is compared with and what moved since, and the list of snapshots to
//! compare with, rename or delete. Used only by the profile, so it lives in
//! the profile's chunk.

use yew::prelude::*;

use crate::components::context::{use_shared, Shared};
use crate::core::i18n::{fill, Strings};
use crate::core::model::{plain, Wheel};
use crate::core::ratings::Ratings;
use crate::core::snapshots::{moved, Snapshot};
use crate::core::state::{Comparison, Rating};
use crate::edge::files;

/// The level then, before the level now in a profile's cell: "2 →" drawn,
/// "før 2, nu" read (never the colour alone, nor the arrow alone).
pub fn then_cell(strings: &Strings, then: Option<&Snapshot>, id: &str) -> Html {
    let Some(then) = then else {
        return Html::default();
    };
    let level = then.parts.get(id).and_then(|k| k.level);
    let (drawn, said) = match level {
        Some(level) => (level.to_string(), level.to_string()),
        None => (strings.dash.to_owned(), strings.not_rated_name.to_owned()),
    };
    html! {
        <span class="cw-profile__then">
            <span aria-hidden="true">{ drawn }{ " → " }</span>
            <span class="cw-visually-hidden">{ fill(strings.then_hidden, &said) }{ " " }</span>
        </span>
    }
}

/// Which snapshot the profile compares with, and what moved since: the
/// parts that rose most, and every part that fell.
pub fn compared_view(strings: &Strings, wheel: &Wheel, ratings: &Ratings, then: &Snapshot) -> Html {
    let ids = wheel.parts().map(|(_, part)| part.id.as_str());
    let (rose, fell) = moved(ids, then, ratings);
    let title = |id: &str| {
        wheel
            .find(id)
            .map(|segment| plain(wheel.title_of(segment)))
            .unwrap_or_default()
    };
    let list = |heading: &'static str, items: &[(&str, u8, u8)]| -> Html {
        html! {
            <div class="cw-profile__moved-group">
                <h4 class="cw-profile__subheading">{ heading }</h4>
                <ul class="cw-profile__list">
                    { for items.iter().map(|&(id, a, b)| html! {
                        <li>
                            { title(id) }{ ": " }
                            <span aria-hidden="true">{ format!("{a} → {b}") }</span>
                            <span class="cw-visually-hidden">{ fill(strings.then_hidden, &a.to_string()) }{ " " }{ b }</span>
                        </li>
                    }) }
                </ul>
            </div>
        }
    };
    html! {
        <div class="cw-profile__compared">
            <p class="cw-profile__compared-with">
                { fill(strings.compared_with, &files::day_of(then.taken)) }
                { " «" }<span class="cw-profile__snapshot-label">{ then.label.clone() }</span>{ "»" }
            </p>
            <div class="cw-profile__moved" role="group" aria-label={strings.moved_title}>
                if rose.is_empty() && fell.is_empty() {
                    <p class="cw-profile__none">{ strings.moved_none }</p>
                } else {
                    if !rose.is_empty() {
                        { list(strings.moved_rose, &rose[..rose.len().min(3)]) }
                    }
                    if !fell.is_empty() {
                        { list(strings.moved_fell, &fell) }
                    }
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SnapshotListProps {
    pub ratings: Ratings,
    /// The snapshot compared with, if any.
    pub compared: Option<f64>,
}

/// The snapshots: which to compare with, and each one's name (to change)
/// and a button to delete it. Shown on screen only.
#[component]
pub fn SnapshotList(props: &SnapshotListProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    // The name of the snapshot deleted last, said in the status line; and a
    // count of deletions, each moving focus to the list's heading (the
    // deleted row's controls are gone, and focus must not drop to the page).
    let deleted = use_state(|| None::<String>);
    let deletions = use_state(|| 0_u32);
    let heading = use_node_ref();
    crate::edge::dom::use_focus_on(heading.clone(), *deletions, None);
    let on_deleted = {
        let (deleted, deletions) = (deleted.clone(), deletions.clone());
        Callback::from(move |label: String| {
            deleted.set(Some(label));
            deletions.set(*deletions + 1);
        })
    };
    let snapshots = props.ratings.snapshots();
    if snapshots.count() == 0 && deleted.is_none() {
        return Html::default();
    }
    // Newest first. Options and rows are known by their place in this list
    // (or a time's bits): parsing or printing a float would bring its
    // formatter into the wasm.
    let taken: Vec<f64> = snapshots.live().rev().map(|s| s.taken).collect();
    let onchange = {
        let dispatch = shared.dispatch.clone();
        let taken = taken.clone();
        Callback::from(move |event: Event| {
            let value = crate::edge::dom::target_value(&event).unwrap_or_default();
            let comparison = match value.parse::<usize>().ok().and_then(|i| taken.get(i)) {
                Some(&taken) => Comparison::Taken(taken),
                None => Comparison::Off,
            };
            dispatch.dispatch(Rating::CompareWith(comparison).into());
        })
    };
    let selected = |taken: Option<f64>| taken == props.compared;
    html! {
        <div class="cw-snapshots" role="group" aria-labelledby="cw-snapshots-title">
            <h4 id="cw-snapshots-title" class="cw-profile__subheading" tabindex="-1" ref={heading}>{ strings.snapshots_title }</h4>
            <p class="cw-snapshots__status" role="status">
                { (*deleted).as_deref().map(|label| fill(strings.snapshot_deleted, label)).unwrap_or_default() }
            </p>
            if snapshots.count() > 0 {
            <label class="cw-snapshots__compare">
                <span class="cw-snapshots__compare-label">{ strings.compare_with }</span>
                <select class="cw-snapshots__select" {onchange}>
                    { for snapshots.live().rev().enumerate().map(|(i, s)| html! {
                        <option value={i.to_string()} selected={selected(Some(s.taken))}>
                            { format!("{} ({})", s.label, files::day_of(s.taken)) }
                        </option>
                    }) }
                    <option value="off" selected={selected(None)}>{ strings.compare_off }</option>
                </select>
            </label>
            }
            <ul class="cw-snapshots__list">
                { for snapshots.live().rev().map(|s| html! {
                    <SnapshotRow
                        key={s.taken.to_bits().to_string()}
                        taken={s.taken}
                        label={s.label.clone()}
                        on_deleted={on_deleted.clone()}
                    />
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SnapshotRowProps {
    taken: f64,
    label: String,
    /// Told the name once the snapshot is deleted.
    on_deleted: Callback<String>,
}

/// One snapshot: its name in a field with *Gem navnet*, and *Slet*, which
/// asks first, as *Nulstil* does.
#[component]
fn SnapshotRow(props: &SnapshotRowProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let Shared {
        strings, dispatch, ..
    } = shared;
    let input = use_node_ref();
    let taken = props.taken;
    // An empty name is refused at the field, in words, and the snapshot
    // keeps the name it had: a silent refusal left people guessing.
    let empty = use_state(|| false);
    let onsubmit = {
        let (dispatch, input, empty) = (dispatch.clone(), input.clone(), empty.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(label) = crate::edge::dom::input_value(&input) else {
                return;
            };
            if label.trim().is_empty() {
                empty.set(true);
                crate::edge::dom::focus_node(&input);
                return;
            }
            empty.set(false);
            let now = files::now();
            dispatch.dispatch(Rating::RenameSnapshot { taken, label, now }.into());
        })
    };
    let error_id = format!("cw-snapshot-{}-name-error", taken as u64);
    let asking = use_state(|| false);
    let delete_button = use_node_ref();
    // The question takes focus on its harmless answer, so a second Enter
    // on *Slet* never deletes.
    let cancel_button = use_node_ref();
    crate::edge::dom::use_focus_on(cancel_button.clone(), u32::from(*asking), None);
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let cancel = {
        let (asking, delete_button) = (asking.clone(), delete_button.clone());
        Callback::from(move |()| {
            asking.set(false);
            crate::edge::dom::focus_node(&delete_button);
        })
    };
    // Escape answers no, as it closes a dialog (and goes no further).
    let escape_cancels = {
        let cancel = cancel.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                cancel.emit(());
            }
        })
    };
    let confirm = {
        let (on_deleted, label) = (props.on_deleted.clone(), props.label.clone());
        Callback::from(move |_: MouseEvent| {
            let now = files::now();
            dispatch.dispatch(Rating::DeleteSnapshot { taken, now }.into());
            on_deleted.emit(label.clone());
        })
    };
    let day = files::day_of(taken);
    let question = fill(strings.snapshot_delete_question, &props.label);
    html! {
        <li class="cw-snapshots__item">
            <form class="cw-snapshots__form" {onsubmit}>
                <input
                    ref={input}
                    class="cw-snapshots__name"
                    type="text"
                    maxlength="80"
                    value={props.label.clone()}
                    aria-label={fill(strings.snapshot_name, &day)}
                    aria-invalid={(*empty).then_some("true")}
                    aria-describedby={(*empty).then(|| error_id.clone())}
                />
                <button type="submit" class="cw-button">{ strings.snapshot_rename }</button>
                <button
                    type="button"
                    class="cw-button cw-button--quiet"
                    ref={delete_button}
                    aria-expanded={if *asking { "true" } else { "false" }}
                    onclick={ask}
                >
                    { strings.snapshot_delete }
                    <span class="cw-visually-hidden">{ " " }{ props.label.clone() }{ format!(" ({day})") }</span>
                </button>
            </form>
            if *empty {
                <p class="cw-snapshots__error" id={error_id}>{ strings.snapshot_name_empty }</p>
            }
            if *asking {
                <div class="cw-toolbar__confirm" role="group" aria-label={question.clone()} onkeydown={escape_cancels}>
                    <p class="cw-toolbar__question">{ question }</p>
                    <button type="button" class="cw-button cw-button--danger" onclick={confirm}>
                        { strings.snapshot_delete_confirm }
                    </button>
                    <button type="button" class="cw-button" ref={cancel_button} onclick={cancel.reform(|_: MouseEvent| ())}>{ strings.cancel }</button>
                </div>
            }
        </li>
    }
}
