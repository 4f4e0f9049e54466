//! The editor's building blocks: a labelled text field with its hint and
//! error, an entry's move and remove buttons, and an *Add* button with the
//! list's own error. Every control's id comes from its place in the file
//! ([`element_id`]), so the error summary can link to it.

use yew::prelude::*;

use crate::components::editor::ids::{button_id, element_id};
use crate::core::draft::{Direction, Draft, Edit, EntryButton, Field, List};
use crate::core::editing::EditorAction;
use crate::core::i18n::{fill, fill_all, EditorStrings, Strings};
use crate::core::model::{Entry, Key, Path, WheelError};

/// What every part of the form needs.
#[derive(Clone, Copy)]
pub struct Form<'a> {
    pub draft: &'a Draft,
    pub errors: &'a [WheelError],
    pub s: &'static EditorStrings,
    pub ui: &'static Strings,
    pub on: &'a Callback<EditorAction>,
}

/// How a field is typed in.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Line,
    Text,
}

impl Form<'_> {
    /// The first error about `path`, in words.
    pub fn error_at(&self, path: Path) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.path() == Some(path))
            .map(|e| message(e, self.s, self.ui))
    }

    /// A labelled text field.
    pub fn field(&self, field: Field, label: &str, kind: Kind, hint: Option<&str>) -> Html {
        self.field_with(field, label, kind, hint, Html::default())
    }

    /// A labelled text field with `extra` under it (a colour's advice).
    pub fn field_with(
        &self,
        field: Field,
        label: &str,
        kind: Kind,
        hint: Option<&str>,
        extra: Html,
    ) -> Html {
        let id = element_id(field.path());
        let error = self.error_at(field.path());
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        // A colour's advice (the `extra` text) describes the field too.
        let advice = (extra != Html::default()).then(|| format!("{id}-advice"));
        let described = [
            hint.map(|_| hint_id.clone()),
            error.as_ref().map(|_| error_id.clone()),
            advice,
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let described = (!described.is_empty()).then_some(described);
        let value = self.draft.get(field);
        let on = self.on.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            if let Some(value) = crate::edge::editor::typed_value(&event) {
                on.emit(EditorAction::Edit(Edit::Set(field, value)));
            }
        });
        let invalid = error.is_some().then_some("true");
        let control = match kind {
            Kind::Line => html! {
                <input {id} type="text" class="cwe-input" value={value} {oninput}
                    aria-describedby={described} aria-invalid={invalid} />
            },
            Kind::Text => html! {
                <textarea {id} class="cwe-input cwe-input--text" rows="4" value={value} {oninput}
                    aria-describedby={described} aria-invalid={invalid} />
            },
        };
        html! {
            <div class={classes!("cwe-field", error.is_some().then_some("cwe-field--error"))}>
                <label class="cwe-label" for={element_id(field.path())}>{ label }</label>
                if let Some(hint) = hint {
                    <p class="cwe-hint" id={hint_id}>{ hint }</p>
                }
                if let Some(error) = error {
                    <p class="cwe-error" id={error_id}>
                        <span class="cw-visually-hidden">{ self.s.error_prefix }</span>{ error }
                    </p>
                }
                { control }
                { extra }
            </div>
        }
    }

    /// *Move up*, *Move down* and *Remove* for entry `index` of `list`,
    /// named after the entry (`what`). Buttons that would do nothing are
    /// left out, so none is ever disabled under the keyboard's focus.
    pub fn entry_buttons(&self, list: List, index: usize, what: &str, removable: bool) -> Html {
        let len = self.draft.len(list);
        let button = |action: EntryButton, label: &str, edit: Edit| {
            let on = self.on.clone();
            html! {
                <button type="button" class="cw-button cwe-small" id={button_id(list, index, action)}
                    onclick={Callback::from(move |_| on.emit(EditorAction::Edit(edit.clone())))}>
                    { label.to_owned() }
                    <span class="cw-visually-hidden">{ format!(": {what}") }</span>
                </button>
            }
        };
        html! {
            <div class="cwe-entry-buttons">
                if index > 0 {
                    { button(EntryButton::Up, self.s.move_up, Edit::Move(list, index, Direction::Up)) }
                }
                if index + 1 < len {
                    { button(EntryButton::Down, self.s.move_down, Edit::Move(list, index, Direction::Down)) }
                }
                if removable {
                    { button(EntryButton::Remove, self.s.remove, Edit::Remove(list, index)) }
                }
            </div>
        }
    }

    /// The *Add …* button of `list`, with the list's own error (none yet,
    /// too many) above it.
    pub fn add_button(&self, list: List, label: &str) -> Html {
        let id = element_id(list.path());
        let error = self.error_at(list.path());
        let error_id = format!("{id}-error");
        let on = self.on.clone();
        let full = self.draft.len(list) >= list.limit();
        html! {
            <div class={classes!("cwe-add", error.is_some().then_some("cwe-field--error"))}>
                if let Some(error) = error {
                    <p class="cwe-error" id={error_id.clone()}>
                        <span class="cw-visually-hidden">{ self.s.error_prefix }</span>{ error }
                    </p>
                }
                if !full {
                    <button type="button" class="cw-button cw-button--quiet" {id}
                        aria-describedby={self.error_at(list.path()).map(|_| error_id)}
                        onclick={Callback::from(move |_| on.emit(EditorAction::Edit(Edit::Add(list))))}>
                        { label.to_owned() }
                    </button>
                }
            </div>
        }
    }
}

/// What an error means for its field, in words.
pub fn message(error: &WheelError, s: &EditorStrings, ui: &Strings) -> String {
    use WheelError as E;
    match error {
        E::Empty { .. } => s.error_empty.to_owned(),
        E::TooLong { limit, .. } => fill(s.error_too_long, &limit.to_string()),
        E::TooMany { limit, .. } => fill(s.error_too_many, &limit.to_string()),
        E::NoEntries { .. } => s.error_no_entries.to_owned(),
        E::DuplicateId { id, .. } => fill(s.error_duplicate_id, id),
        E::BadId { id, .. } => fill(s.error_bad_id, id),
        E::BadColor { value, .. } => fill(s.error_bad_color, value),
        E::LevelCount { min, max, .. } => {
            fill_all(s.error_level_count, &[&min.to_string(), &max.to_string()])
        }
        other => crate::core::i18n::describe_wheel_error(other, ui).0,
    }
}

/// Where a place in the file is, in words: the title of part 1 of
/// dimension 2 → "Dimension 2, del 2.1: Titel".
pub fn place(path: Path, s: &EditorStrings) -> String {
    let mut places = Vec::new();
    match path.entry {
        Entry::Wheel => {}
        Entry::Dimension(d) => places.push(fill(s.dimension_n, &(d + 1).to_string())),
        Entry::Part(d, p) => {
            places.push(fill(s.dimension_n, &(d + 1).to_string()));
            places.push(fill(s.part_n, &format!("{}.{}", d + 1, p + 1)));
        }
        Entry::Level(i) => places.push(fill(s.level_n, &(i + 1).to_string())),
        Entry::Questions => places.push(s.questions.to_owned()),
        Entry::Resource(d, p, r) => {
            places.push(fill(s.dimension_n, &(d + 1).to_string()));
            places.push(fill(s.part_n, &format!("{}.{}", d + 1, p + 1)));
            places.push(fill(s.resource_n, &(r + 1).to_string()));
        }
    }
    let what = match path.key {
        Key::Example(e) => {
            places.push(fill(s.example_n, &(e + 1).to_string()));
            ""
        }
        Key::Item(i) => {
            places.push(fill(s.question_n, &(i + 1).to_string()));
            ""
        }
        Key::Id => s.id,
        Key::Version => s.version,
        Key::Title => s.title,
        Key::Lang => s.language,
        Key::Source => s.source,
        Key::Short => s.short,
        Key::Intro => s.intro,
        Key::Color => s.color,
        Key::Description => s.description,
        Key::Dimensions => s.dimensions,
        Key::Parts | Key::AllParts => s.parts,
        Key::Examples => s.examples,
        Key::Resources => s.resources,
        Key::Url => s.url,
        Key::Kind => s.kind,
        Key::Levels => s.levels,
        Key::Items => s.items,
        // A level's label and value are the level itself.
        Key::Whole | Key::Label | Key::Value => "",
    };
    // The wheel's own fields are named as such: "Hjulet: Titel"; its lists
    // are named alone: "Dimensioner".
    let list = matches!(
        path.key,
        Key::Dimensions | Key::Parts | Key::AllParts | Key::Levels
    );
    if places.is_empty() && !list {
        places.push(s.wheel.to_owned());
    }
    let mut text = places.join(", ");
    if !what.is_empty() {
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(what);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::place;
    use crate::core::i18n::EditorStrings;
    use crate::core::model::{Entry, Key, Path};

    /// Each kind of place, in the words the summary has always used.
    #[test]
    fn places_read_as_before() {
        let s = EditorStrings::for_lang("da");
        let part = Path::dimension(0).part(0);
        let cases = [
            (Path::ROOT, "Hjulet"),
            (Path::wheel(Key::Title), "Hjulet: Titel"),
            (Path::wheel(Key::Dimensions), "Dimensioner"),
            (Path::wheel(Key::AllParts), "Dele"),
            (Path::wheel(Key::Levels), "Vurderingsniveauer"),
            (Path::dimension(1).at(Key::Parts), "Dimension 2: Dele"),
            (part.at(Key::Id), "Dimension 1, Del 1.1: Id"),
            (part.at(Key::Example(0)), "Dimension 1, Del 1.1, Eksempel 1"),
            (part.at(Key::Resources), "Dimension 1, Del 1.1: Kom videre"),
            (
                part.resource(2).at(Key::Url),
                "Dimension 1, Del 1.1, Link 3: Adresse",
            ),
            (Entry::Level(1).at(Key::Label), "Niveau 2"),
            (Entry::Level(1).at(Key::Value), "Niveau 2"),
            (
                Entry::Questions.at(Key::Title),
                "Refleksionsspørgsmål (valgfri): Titel",
            ),
            (
                Entry::Questions.at(Key::Item(2)),
                "Refleksionsspørgsmål (valgfri), Spørgsmål 3",
            ),
            (
                Entry::Questions.at(Key::Items),
                "Refleksionsspørgsmål (valgfri): Spørgsmålene",
            ),
        ];
        for (path, words) in cases {
            assert_eq!(place(path, s), words, "{path}");
        }
    }
}
