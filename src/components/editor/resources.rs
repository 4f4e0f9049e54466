//! A part's learning resources in the editor: each with its title, address
//! and kind, movable and removable like examples, and *Add a link*. The kind
//! is a choice of radio buttons (none, or one of `ResourceKind::ALL`), whose
//! `checked` follows the draft whatever the person clicked last, so a moved
//! resource shows its own kind.

use yew::prelude::*;

use crate::components::editor::fields::{Form, Kind};
use crate::components::editor::ids::element_id;
use crate::core::draft::{Edit, Field, List};
use crate::core::editing::EditorAction;
use crate::core::i18n::fill;
use crate::core::model::ResourceKind;

/// The resources of part `p` of dimension `d`, named after the part (`what`).
pub fn resources(form: Form, d: usize, p: usize, what: &str) -> Html {
    let s = form.s;
    let list = List::Resources(d, p);
    let count = form.draft.len(list);
    html! {
        <fieldset class="cwe-group cwe-group--plain">
            <legend class="cwe-legend cwe-legend--small">{ fill(s.resources_of, what) }</legend>
            <ol class="cwe-list">
                { for (0..count).map(|r| {
                    let label = fill(s.resource_n, &(r + 1).to_string());
                    let named = format!("{label}, {what}");
                    html! {
                        <li key={r}>
                            <fieldset class="cwe-group cwe-resource">
                                <legend class="cwe-legend cwe-legend--small">{ label }</legend>
                                { form.field(Field::ResourceTitle(d, p, r), s.title, Kind::Line, None) }
                                { form.field(Field::ResourceUrl(d, p, r), s.url, Kind::Line, Some(s.url_hint)) }
                                { kind_choice(form, Field::ResourceKind(d, p, r)) }
                                { form.entry_buttons(list, r, &named, true) }
                            </fieldset>
                        </li>
                    }
                }) }
            </ol>
            { form.add_button(list, s.add_resource) }
        </fieldset>
    }
}

/// The kind: none, or one of the four; a loaded file's unknown value is
/// kept (no button checked) until one is chosen, and its error shows here.
fn kind_choice(form: Form, field: Field) -> Html {
    let s = form.s;
    let id = element_id(field.path());
    let value = form.draft.get(field);
    let error = form.error_at(field.path());
    let error_id = format!("{id}-error");
    let choices = std::iter::once(("", s.kind_none)).chain(
        ResourceKind::ALL
            .into_iter()
            .map(|kind| (kind.name(), form.ui.resource_kinds[kind.index()])),
    );
    let described = error.as_ref().map(|_| error_id.clone());
    let radios = choices.enumerate().map(|(i, (choice, label))| {
        let on = form.on.clone();
        let onchange = Callback::from(move |_: Event| {
            on.emit(EditorAction::Edit(Edit::Set(field, choice.to_owned())));
        });
        // The first button carries the place's id: an error links to it.
        let radio_id = if i == 0 {
            id.clone()
        } else {
            format!("{id}-{i}")
        };
        html! {
            <label class="cwe-choice">
                <input type="radio" id={radio_id} name={id.clone()} value={choice}
                    checked={value == choice} {onchange}
                    aria-describedby={described.clone()} />
                { label }
            </label>
        }
    });
    html! {
        <fieldset class={classes!("cwe-group", "cwe-group--plain", "cwe-field", error.is_some().then_some("cwe-field--error"))}>
            <legend class="cwe-label">{ s.kind }</legend>
            if let Some(error) = error {
                <p class="cwe-error" id={error_id.clone()}>
                    <span class="cw-visually-hidden">{ s.error_prefix }</span>{ error }
                </p>
            }
            <div class="cwe-choices">{ for radios.collect::<Vec<_>>() }</div>
        </fieldset>
    }
}
