//! Where an edit begins: the built-in KL wheel (Danish or English), the
//! example wheel, an empty wheel or a file; and what the browser does with
//! the draft (kept, restored from last time, or not kept at all).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::editor::ids::{REPLACE_ID, START_ID};
use crate::core::draft::{Draft, Target};
use crate::core::editing::{EditorAction, Focus};
use crate::core::i18n::{self, describe_wheel_error, EditorStrings, Language, Strings};
use crate::core::model::{Key, Path};

/// The example wheel: five dimensions and uneven parts.
const EXAMPLE_WHEEL: &str =
    include_str!("../../../www/wheels/eksempel-digital-forvaltning.da.json");

/// What the browser does with the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreState {
    /// Kept in `localStorage` as the person types.
    Kept,
    /// Kept, and the draft from last time was restored.
    Restored,
    /// What was kept could not be read; a fresh start.
    Unreadable,
    /// Storage is blocked or full: nothing is kept.
    Blocked,
}

/// A fresh start begins at the wheel's title.
const TITLE: Focus = Focus::Draft(Target::At(Path::wheel(Key::Title)));

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub strings: &'static EditorStrings,
    pub ui: &'static Strings,
    /// English, for the KL wheel in English.
    pub english: &'static Language,
    pub store: StoreState,
    pub unsaved: bool,
    pub on: Callback<EditorAction>,
}

#[component]
pub fn Start(props: &StartProps) -> Html {
    let s = props.strings;
    let file_result = use_state(|| None::<Result<String, String>>);
    // Replacing unsaved work asks first, here in the editor: the new draft
    // waits in `pending` until the person says yes.
    let pending = use_state(|| None::<Rc<(Draft, Focus)>>);
    let begin = {
        let (on, unsaved, pending) = (props.on.clone(), props.unsaved, pending.clone());
        move |draft: Draft, focus: Focus| {
            if unsaved {
                pending.set(Some(Rc::new((draft, focus))));
                on.emit(EditorAction::Focus(Focus::Replace));
                return false;
            }
            on.emit(EditorAction::Replace {
                draft: Box::new(draft),
                unsaved: false,
                focus: Some(focus),
            });
            true
        }
    };
    let question = (*pending).clone().map(|next| {
        let (on, pending_yes, pending_no) = (props.on.clone(), pending.clone(), pending.clone());
        let file_result = file_result.clone();
        let yes = Callback::from(move |_| {
            let (draft, focus) = (*next).clone();
            on.emit(EditorAction::Replace {
                draft: Box::new(draft),
                unsaved: false,
                focus: Some(focus),
            });
            file_result.set(None);
            pending_yes.set(None);
        });
        let on = props.on.clone();
        let no = Callback::from(move |_| {
            pending_no.set(None);
            on.emit(EditorAction::Focus(Focus::Start));
        });
        html! {
            <div class="cwe-question" role="group" aria-labelledby="cwe-question-text">
                <p id="cwe-question-text">{ s.replace_question }</p>
                <div class="cwe-start__choices">
                    <button type="button" class="cw-button cw-button--danger" id={REPLACE_ID} onclick={yes}>{ s.replace_yes }</button>
                    <button type="button" class="cw-button" id="cwe-replace-no" onclick={no}>{ s.replace_no }</button>
                </div>
            </div>
        }
    });
    let choice = |label: &'static str, id: &'static str, make: Rc<dyn Fn() -> Draft>| {
        let begin = begin.clone();
        let file_result = file_result.clone();
        html! {
            <button type="button" class="cw-button" {id}
                onclick={Callback::from(move |_| {
                    if begin(make(), TITLE) {
                        file_result.set(None);
                    }
                })}>
                { label }
            </button>
        }
    };
    let onchange = crate::edge::editor::use_chosen_file_text({
        let begin = begin.clone();
        let file_result = file_result.clone();
        let ui = props.ui;
        let (loaded, refused) = (s.file_loaded, s.file_refused);
        Callback::from(move |result: Result<String, String>| {
            let outcome = match result {
                Err(error) => Err(format!("{refused} {error}")),
                Ok(text) => match Draft::from_file(&text) {
                    Err(error) => {
                        let (what, at) = describe_wheel_error(&error, ui);
                        Err(format!("{refused} {what} {at}"))
                    }
                    Ok(draft) => {
                        let focus = if draft.errors().is_empty() {
                            TITLE
                        } else {
                            Focus::Summary
                        };
                        if begin(draft, focus) {
                            Ok(loaded.to_owned())
                        } else {
                            return;
                        }
                    }
                },
            };
            file_result.set(Some(outcome));
        })
    });
    let store_text = match props.store {
        StoreState::Kept => s.store_kept,
        StoreState::Restored => s.store_restored,
        StoreState::Unreadable => s.store_unreadable,
        StoreState::Blocked => s.store_blocked,
    };
    html! {
        <section class="cwe-section cwe-start" aria-labelledby="cwe-start-title">
            <h2 class="cwe-heading" id={START_ID} tabindex="-1">{ s.start }</h2>
            <p class={classes!("cwe-store", (props.store == StoreState::Blocked).then_some("cwe-store--blocked"))}
                role="status" id="cwe-store">{ store_text }</p>
            { for question }
            <div class="cwe-start__choices">
                { choice(s.start_kl_da, "cwe-start-kl-da", Rc::new(|| Draft::from_wheel(&i18n::DANISH.wheel()))) }
                { choice(s.start_kl_en, "cwe-start-kl-en", { let english = props.english; Rc::new(move || Draft::from_wheel(&english.wheel())) }) }
                { choice(s.start_example, "cwe-start-example", Rc::new(|| {
                    Draft::from_file(EXAMPLE_WHEEL).unwrap_or_default()
                })) }
                { choice(s.start_empty, "cwe-start-empty", {
                    let lang = props.ui.lang;
                    Rc::new(move || Draft::empty(lang))
                }) }
            </div>
            <div class="cwe-field">
                <label class="cwe-label" for="cwe-file">{ s.start_file }</label>
                <input id="cwe-file" type="file" class="cwe-file" accept=".json,application/json" {onchange}
                    aria-describedby="cwe-file-result" />
                <p id="cwe-file-result" role="status" class={classes!("cwe-hint", matches!(*file_result, Some(Err(_))).then_some("cwe-error"))}>
                    { match &*file_result {
                        None => String::new(),
                        Some(Ok(text)) | Some(Err(text)) => text.clone(),
                    } }
                </p>
            </div>
            <p class="cwe-hint">{ s.ids_note }</p>
        </section>
    }
}
