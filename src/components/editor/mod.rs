//! The wheel editor (`mode="edit"`, and `dist/editor.html`): a form for a
//! wheel file beside a live preview of the real widget, with every error at
//! its field and in a summary, the draft kept in `localStorage` as the
//! person types, and the finished file downloaded with its embed snippet.
//!
//! Its whole UI is reached through one entry, [`editor_view`], so that it
//! can be loaded as its own chunk and add nothing to the widget's first load.

mod fields;
mod form;
mod ids;
mod preview;
mod publish;
mod resources;
mod start;

use std::rc::Rc;

use yew::prelude::*;

use crate::core::draft::{Draft, Target};
use crate::core::editing::{Editing, EditorAction, Focus};
use crate::core::i18n::{EditorStrings, Language};
use crate::core::model::{Key, Path, Wheel};
use fields::{message, place, Form};
use ids::{element_id, focus_id, SUMMARY_ID};
use preview::Preview;
use publish::Publish;
use start::{Start, StoreState};

/// Where the draft is kept while the person edits.
pub const DRAFT_KEY: &str = "competence-wheel-editor:draft";

#[derive(Properties, PartialEq, Clone)]
pub struct EditorProps {
    /// The UI's language.
    pub ui: &'static Language,
    /// English, for the KL wheel in English.
    pub english: &'static Language,
}

crate::chunk! {
    /// The editor is fetched only when a page shows it (`mode="edit"`): none
    /// of it is in the widget's first load.
    pub static EDITOR: EditorProps = editor, fetch_editor => editor_view;
}

/// The editor, from its one entry point (a chunk's view function: props by
/// reference, markup back).
fn editor_view(props: &EditorProps) -> Html {
    html! { <Editor ..props.clone() /> }
}

/// The draft to start with: the one kept from last time, else the built-in
/// KL wheel in the UI language.
fn initial(language: &Language) -> (Editing, StoreState) {
    let kept = if cfg!(target_arch = "wasm32") {
        crate::edge::storage::read(DRAFT_KEY)
    } else {
        Ok(None)
    };
    match kept {
        Ok(Some(text)) => match crate::core::draft::decode_draft(&text) {
            Some((draft, unsaved)) => (Editing::new(draft, unsaved), StoreState::Restored),
            None => (
                Editing::new(Draft::from_wheel(&language.wheel()), false),
                StoreState::Unreadable,
            ),
        },
        Ok(None) => (
            Editing::new(Draft::from_wheel(&language.wheel()), false),
            StoreState::Kept,
        ),
        Err(crate::edge::storage::Unavailable) => (
            Editing::new(Draft::from_wheel(&language.wheel()), false),
            StoreState::Blocked,
        ),
    }
}

#[component]
fn Editor(props: &EditorProps) -> Html {
    let ui = props.ui.strings;
    let s = EditorStrings::for_lang(ui.lang);
    let language = props.ui;
    let start = use_memo((), move |_| initial(language));
    let store = use_state(|| start.1);
    let state = use_reducer(|| start.0.clone());
    let node = use_node_ref();
    let on: Callback<EditorAction> = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };

    // Keep the draft as the person types; say so calmly if storage is blocked.
    {
        let store = store.clone();
        let (draft, unsaved) = (state.draft.clone(), state.unsaved);
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 {
                let text = crate::core::draft::encode_draft(&draft, unsaved);
                if crate::edge::storage::save(DRAFT_KEY, &text).is_err() {
                    store.set(StoreState::Blocked);
                } else if *store == StoreState::Blocked || *store == StoreState::Unreadable {
                    store.set(StoreState::Kept);
                }
            }
        });
    }
    crate::edge::editor::use_leave_warning(state.unsaved);
    {
        let node = node.clone();
        let focus = state.focus;
        use_effect_with(state.focus_request, move |&request| {
            if let (true, Some(focus)) = (request > 0, focus) {
                crate::edge::editor::focus_by_id(&node, &focus_id(focus));
            }
        });
    }
    let assets = crate::edge::editor::use_asset_base(node.clone());

    let errors = use_memo(state.revision, {
        let draft = state.draft.clone();
        move |_| draft.errors()
    });
    let last_good = use_mut_ref(|| None::<(u32, Rc<Wheel>)>);
    let current = use_memo(state.revision, {
        let draft = state.draft.clone();
        let errors = errors.clone();
        move |_| {
            errors
                .is_empty()
                .then(|| draft.to_wheel().ok().map(Rc::new))
                .flatten()
        }
    });
    if let Some(wheel) = (*current).clone() {
        *last_good.borrow_mut() = Some((state.start, wheel));
    }
    let preview_wheel = last_good
        .borrow()
        .clone()
        .filter(|(start, _)| *start == state.start)
        .map(|(_, wheel)| wheel);

    let form = Form {
        draft: &state.draft,
        errors: &errors,
        s,
        ui,
        on: &on,
    };
    html! {
        <div class="cwe" lang={ui.lang} ref={node}>
            if let Some(href) = assets.as_deref() {
                <link rel="stylesheet" href={editor_stylesheet(href)} />
            }
            <h2 class="cwe-title">{ s.heading }</h2>
            <p class="cwe-intro">{ s.intro_text }</p>
            <Start strings={s} ui={ui} english={props.english} store={*store} unsaved={state.unsaved} on={on.clone()} />
            <div class="cwe-layout">
                <div class="cwe-form">
                    { summary(form) }
                    <h2 class="cwe-heading">{ s.edit }</h2>
                    { form::wheel_fields(form) }
                    { form::dimensions(form) }
                    { form::levels(form) }
                    { form::questions(form) }
                    <Publish
                        draft={state.draft.clone()}
                        has_errors={!errors.is_empty()}
                        unsaved={state.unsaved}
                        script={AttrValue::from(format!("{}competence-wheel.js", assets.as_deref().map_or("", folder_of)))}
                        strings={s}
                        on={on.clone()}
                    />
                </div>
                <div class="cwe-side">
                    <Preview
                        wheel={preview_wheel}
                        current={current.is_some()}
                        revision={state.revision}
                        language={props.ui}
                        strings={s}
                    />
                </div>
            </div>
        </div>
    }
}

/// Every error, each a link to its field.
fn summary(form: Form) -> Html {
    let s = form.s;
    if form.errors.is_empty() {
        return html! {
            <div class="cwe-summary cwe-summary--ok" id={SUMMARY_ID} tabindex="-1">
                <p>{ s.no_errors }</p>
            </div>
        };
    }
    html! {
        <section class="cwe-summary" id={SUMMARY_ID} tabindex="-1" aria-labelledby="cwe-summary-title">
            <h2 class="cwe-summary__title" id="cwe-summary-title">{ s.errors_title.of(form.errors.len()) }</h2>
            <ul class="cwe-summary__list">
                { for form.errors.iter().map(|error| {
                    let path = match error.path().unwrap_or(Path::ROOT) {
                        // A limit on all parts together belongs to the dimensions.
                        Path { key: Key::AllParts, .. } => Path::wheel(Key::Dimensions),
                        path => path,
                    };
                    let target = element_id(path);
                    let on = form.on.clone();
                    let onclick = Callback::from(move |event: MouseEvent| {
                        event.prevent_default();
                        on.emit(EditorAction::Focus(Focus::Draft(Target::At(path))));
                    });
                    html! {
                        <li>
                            <a href={format!("#{target}")} {onclick}>
                                { format!("{}: {}", place(path, s), message(error, s, form.ui)) }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// The folder of a file's URL, ending in `/` (empty without one).
fn folder_of(href: &str) -> &str {
    // `get`, not indexing: a slice's panic path would bring `char`'s Debug
    // and its Unicode tables into the wasm.
    href.get(..href.rfind('/').map_or(0, |slash| slash + 1))
        .unwrap_or_default()
}

/// The editor's stylesheet beside the widget's, from the widget's URL:
/// `cargo xtask dist` gives both one content hash
/// (`competence-wheel.<hash>.css` and `competence-wheel-editor.<hash>.css`),
/// so the one name gives the other.
fn editor_stylesheet(widget_href: &str) -> String {
    let folder = folder_of(widget_href);
    match widget_href
        .get(folder.len()..)
        .and_then(|file| file.strip_prefix("competence-wheel."))
    {
        Some(rest) => format!("{folder}competence-wheel-editor.{rest}"),
        None => format!("{folder}competence-wheel-editor.css"),
    }
}

#[cfg(test)]
mod tests {
    use super::{editor_stylesheet, folder_of};

    #[test]
    fn the_editor_stylesheet_carries_the_widget_stylesheets_hash() {
        assert_eq!(
            editor_stylesheet("https://a.dk/dist/competence-wheel.0123abcdef.css"),
            "https://a.dk/dist/competence-wheel-editor.0123abcdef.css"
        );
        assert_eq!(
            editor_stylesheet("/static/competence-wheel.css"),
            "/static/competence-wheel-editor.css"
        );
        assert_eq!(editor_stylesheet(""), "competence-wheel-editor.css");
        assert_eq!(folder_of("https://a.dk/dist/x.css"), "https://a.dk/dist/");
        assert_eq!(folder_of("x.css"), "");
    }
}
