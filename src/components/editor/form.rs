//! The editor's form: the wheel's own fields, each dimension with its parts
//! and their examples and resources, the rating levels and the reflection questions. Every
//! list has *Add*, and every entry *Move up*, *Move down* and *Remove*
//! buttons, so the whole wheel can be built from the keyboard.

use yew::prelude::*;

use crate::components::editor::fields::{Form, Kind};
use crate::components::editor::ids::element_id;
use crate::components::editor::resources::resources;
use crate::core::color::{color_concerns, ColorConcern, Rgb};
use crate::core::draft::{color_advice, ColorAdvice, Edit, Field, List};
use crate::core::editing::EditorAction;
use crate::core::i18n::{fill, fill_all};
use crate::core::model::plain;
use crate::core::number::fixed;

/// The wheel's title, source, language, version and id.
pub fn wheel_fields(form: Form) -> Html {
    let s = form.s;
    html! {
        <fieldset class="cwe-group">
            <legend class="cwe-legend">{ s.wheel }</legend>
            { form.field(Field::Title, s.title, Kind::Line, None) }
            { form.field(Field::Source, s.source, Kind::Text, Some(s.source_hint)) }
            { form.field(Field::Lang, s.language, Kind::Line, Some(s.lang_hint)) }
            { form.field(Field::Version, s.version, Kind::Line, None) }
            { form.field(Field::Id, s.id, Kind::Line, Some(s.id_hint)) }
        </fieldset>
    }
}

/// Every dimension, each with its parts, and *Add dimension*.
pub fn dimensions(form: Form) -> Html {
    let s = form.s;
    let count = form.draft.dimensions.len();
    html! {
        <section class="cwe-section" aria-labelledby="cwe-dimensions-title">
            <h3 class="cwe-heading" id="cwe-dimensions-title">{ s.dimensions }</h3>
            <ol class="cwe-list">
                { for (0..count).map(|d| html! { <li key={d}>{ dimension(form, d) }</li> }) }
            </ol>
            { form.add_button(List::Dimensions, s.add_dimension) }
        </section>
    }
}

fn named(template: &str, number: &str, title: &str) -> String {
    let title = plain(title);
    let title = title.trim();
    if title.is_empty() {
        fill(template, number)
    } else {
        format!("{}: {title}", fill(template, number))
    }
}

fn dimension(form: Form, d: usize) -> Html {
    let s = form.s;
    let dim = &form.draft.dimensions[d];
    let what = named(s.dimension_n, &(d + 1).to_string(), &dim.title);
    let parts = dim.parts.len();
    html! {
        <fieldset class="cwe-group cwe-group--dimension">
            <legend class="cwe-legend">{ what.clone() }</legend>
            { form.entry_buttons(List::Dimensions, d, &what, true) }
            { form.field(Field::DimensionTitle(d), s.title, Kind::Line, Some(s.title_hint)) }
            { form.field(Field::DimensionShort(d), s.short, Kind::Line, Some(s.short_hint)) }
            { form.field_with(Field::DimensionColor(d), s.color, Kind::Line, Some(s.color_hint), color_note(form, d)) }
            { form.field(Field::DimensionIntro(d), s.intro, Kind::Text, Some(s.text_hint)) }
            { form.field(Field::DimensionId(d), s.id, Kind::Line, Some(s.id_hint)) }
            <h4 class="cwe-subheading">{ fill(s.parts_of, &(d + 1).to_string()) }</h4>
            <ol class="cwe-list">
                { for (0..parts).map(|p| html! { <li key={p}>{ part(form, d, p) }</li> }) }
            </ol>
            { form.add_button(List::Parts(d), &fill(s.add_part, &(d + 1).to_string())) }
        </fieldset>
    }
}

fn part(form: Form, d: usize, p: usize) -> Html {
    let s = form.s;
    let part = &form.draft.dimensions[d].parts[p];
    let what = named(s.part_n, &format!("{}.{}", d + 1, p + 1), &part.title);
    let examples = part.examples.len();
    let list = List::Examples(d, p);
    html! {
        <fieldset class="cwe-group cwe-group--part">
            <legend class="cwe-legend">{ what.clone() }</legend>
            { form.entry_buttons(List::Parts(d), p, &what, true) }
            { form.field(Field::PartTitle(d, p), s.title, Kind::Line, None) }
            { form.field(Field::PartShort(d, p), s.short, Kind::Line, None) }
            { form.field(Field::PartDescription(d, p), s.description, Kind::Text, Some(s.text_hint)) }
            { form.field(Field::PartId(d, p), s.id, Kind::Line, None) }
            <fieldset class="cwe-group cwe-group--plain">
                <legend class="cwe-legend cwe-legend--small">{ fill(s.examples_of, &what) }</legend>
                <ol class="cwe-list cwe-list--compact">
                    { for (0..examples).map(|e| {
                        let label = fill(s.example_n, &(e + 1).to_string());
                        html! {
                            <li key={e} class="cwe-row">
                                { form.field(Field::Example(d, p, e), &label, Kind::Line, None) }
                                { form.entry_buttons(list, e, &format!("{label}, {what}"), true) }
                            </li>
                        }
                    }) }
                </ol>
                { form.add_button(list, s.add_example) }
            </fieldset>
            { resources(form, d, p, &what) }
        </fieldset>
    }
}

/// What the wheel does with a dimension's colour so its text stays legible.
fn color_note(form: Form, d: usize) -> Html {
    let s = form.s;
    let Some(color) = Rgb::parse_hex(form.draft.dimensions[d].color.trim()) else {
        return Html::default();
    };
    let ratio = |r: f64| fixed(r, 1, form.ui.decimal_comma);
    let (shown, text) = match color_advice(color) {
        ColorAdvice::AsIs => (color, s.color_fine.to_owned()),
        ColorAdvice::Darkened { ratio: r, shown } => (
            shown,
            fill_all(s.color_darkened, &[&ratio(r), &shown.to_hex()]),
        ),
        ColorAdvice::Unreachable { ratio: r } => (color, fill(s.color_unreachable, &ratio(r))),
    };
    let colors: Vec<Option<Rgb>> = form
        .draft
        .dimensions
        .iter()
        .map(|dim| Rgb::parse_hex(dim.color.trim()))
        .collect();
    let concerns = color_concerns(&colors, d)
        .into_iter()
        .map(|concern| match concern {
            ColorConcern::TooDark => s.color_too_dark.to_owned(),
            ColorConcern::TooPale => s.color_too_pale.to_owned(),
            ColorConcern::Grey => s.color_grey.to_owned(),
            ColorConcern::LooksLike(other) => fill(s.color_looks_like, &(other + 1).to_string()),
        });
    html! {
        <p class="cwe-color-note" id={format!("{}-advice", element_id(Field::DimensionColor(d).path()))}>
            <svg class="cwe-swatch" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <rect x="1" y="1" width="22" height="22" rx="3" fill={shown.to_hex()} stroke="currentColor" stroke-width="2" />
            </svg>
            <span>
                { text }
                { for concerns.map(|warning| html! {
                    <strong class="cwe-color-warning">{ " " }{ warning }</strong>
                }) }
            </span>
        </p>
    }
}

/// The rating levels: the UI's five by default, or the wheel's own.
pub fn levels(form: Form) -> Html {
    let s = form.s;
    let count = form.draft.levels.len();
    let on = form.on.clone();
    let defaults = form.ui.levels;
    let own = Callback::from(move |_| {
        for (i, label) in defaults.iter().enumerate() {
            on.emit(EditorAction::Edit(Edit::Add(List::Levels)));
            on.emit(EditorAction::Edit(Edit::Set(
                Field::Level(i),
                (*label).to_owned(),
            )));
        }
    });
    let on = form.on.clone();
    let use_defaults = Callback::from(move |_| {
        for i in (0..count).rev() {
            on.emit(EditorAction::Edit(Edit::Remove(List::Levels, i)));
        }
    });
    html! {
        <fieldset class="cwe-group">
            <legend class="cwe-legend">{ s.levels }</legend>
            if count == 0 {
                <p class="cwe-hint">{ s.levels_default }</p>
                <button type="button" class="cw-button cw-button--quiet" id="cwe-levels" onclick={own}>
                    { s.levels_own }
                </button>
            } else {
                <p class="cwe-hint">{ s.levels_hint }</p>
                <ol class="cwe-list cwe-list--compact">
                    { for (0..count).map(|i| {
                        let label = fill(s.level_n, &(i + 1).to_string());
                        html! {
                            <li key={i} class="cwe-row">
                                { form.field(Field::Level(i), &label, Kind::Line, None) }
                                { form.entry_buttons(List::Levels, i, &label, true) }
                            </li>
                        }
                    }) }
                </ol>
                { form.add_button(List::Levels, s.add_level) }
                <button type="button" class="cw-button cw-button--quiet" onclick={use_defaults}>
                    { s.levels_reset }
                </button>
            }
        </fieldset>
    }
}

/// The reflection questions shown last when presenting.
pub fn questions(form: Form) -> Html {
    let s = form.s;
    let count = form.draft.questions.items.len();
    html! {
        <fieldset class="cwe-group">
            <legend class="cwe-legend">{ s.questions }</legend>
            <p class="cwe-hint">{ s.questions_hint }</p>
            { form.field(Field::QuestionsTitle, s.title, Kind::Line, None) }
            { form.field(Field::QuestionsIntro, s.intro, Kind::Text, None) }
            <ol class="cwe-list cwe-list--compact">
                { for (0..count).map(|i| {
                    let label = fill(s.question_n, &(i + 1).to_string());
                    html! {
                        <li key={i} class="cwe-row">
                            { form.field(Field::Question(i), &label, Kind::Text, None) }
                            { form.entry_buttons(List::Questions, i, &label, true) }
                        </li>
                    }
                }) }
            </ol>
            { form.add_button(List::Questions, s.add_question) }
        </fieldset>
    }
}
