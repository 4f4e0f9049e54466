//! The wheel editor's strings (`mode="edit"`), apart from the widget's
//! own [`super::Strings`] so that they load with the editor, not with every
//! widget. `{}` marks where a value goes.

use super::Plural;

/// Every string the editor shows.
#[derive(Debug, PartialEq, Eq)]
pub struct EditorStrings {
    pub lang: &'static str,
    /// "{} things to fix" above the error summary.
    pub errors_title: Plural,
    pub heading: &'static str,
    pub intro_text: &'static str,
    pub start: &'static str,
    pub store_kept: &'static str,
    pub store_restored: &'static str,
    pub store_unreadable: &'static str,
    pub store_blocked: &'static str,
    pub start_kl_da: &'static str,
    pub start_kl_en: &'static str,
    pub start_example: &'static str,
    pub start_empty: &'static str,
    pub start_file: &'static str,
    pub file_loaded: &'static str,
    pub file_refused: &'static str,
    pub replace_question: &'static str,
    pub replace_yes: &'static str,
    pub replace_no: &'static str,
    pub ids_note: &'static str,
    pub edit: &'static str,
    pub no_errors: &'static str,
    pub error_prefix: &'static str,
    pub error_empty: &'static str,
    pub error_too_long: &'static str,
    pub error_too_many: &'static str,
    pub error_no_entries: &'static str,
    pub error_duplicate_id: &'static str,
    pub error_bad_id: &'static str,
    pub error_bad_color: &'static str,
    pub error_level_count: &'static str,
    pub wheel: &'static str,
    pub title: &'static str,
    pub title_hint: &'static str,
    pub source: &'static str,
    pub source_hint: &'static str,
    pub language: &'static str,
    pub lang_hint: &'static str,
    pub version: &'static str,
    pub id: &'static str,
    pub id_hint: &'static str,
    pub dimensions: &'static str,
    pub dimension_n: &'static str,
    pub add_dimension: &'static str,
    pub short: &'static str,
    pub short_hint: &'static str,
    pub color: &'static str,
    pub color_hint: &'static str,
    pub color_fine: &'static str,
    pub color_darkened: &'static str,
    pub color_unreachable: &'static str,
    /// Warnings beside the colour advice (`color::ColorConcern`).
    pub color_too_dark: &'static str,
    pub color_too_pale: &'static str,
    pub color_grey: &'static str,
    /// "{}" is the other dimension's number.
    pub color_looks_like: &'static str,
    pub intro: &'static str,
    pub text_hint: &'static str,
    pub parts: &'static str,
    pub parts_of: &'static str,
    pub part_n: &'static str,
    pub add_part: &'static str,
    pub description: &'static str,
    pub examples: &'static str,
    pub examples_of: &'static str,
    pub example_n: &'static str,
    pub add_example: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub remove: &'static str,
    pub levels: &'static str,
    pub levels_default: &'static str,
    pub levels_own: &'static str,
    pub levels_hint: &'static str,
    pub level_n: &'static str,
    pub add_level: &'static str,
    pub levels_reset: &'static str,
    pub questions: &'static str,
    pub questions_hint: &'static str,
    pub question_n: &'static str,
    pub items: &'static str,
    pub add_question: &'static str,
    pub preview: &'static str,
    pub preview_as: &'static str,
    pub preview_explore: &'static str,
    pub preview_rate: &'static str,
    pub preview_stale: &'static str,
    pub preview_none: &'static str,
    pub publish: &'static str,
    pub publish_download: &'static str,
    pub download: &'static str,
    pub download_blocked: &'static str,
    pub download_unsaved: &'static str,
    pub download_done: &'static str,
    pub address: &'static str,
    pub address_hint: &'static str,
    pub snippet: &'static str,
    /// The snippet's comment above the script, which belongs in `<head>`.
    pub snippet_head: &'static str,
    /// The snippet's comment above the element.
    pub snippet_body: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
}

impl EditorStrings {
    /// The table for the UI's language (`Strings::lang`: `en`, `nb`, else
    /// Danish): the editor's strings come with the editor, not with the
    /// language.
    pub fn for_lang(lang: &str) -> &'static EditorStrings {
        match lang {
            "en" => &super::en::EDITOR,
            "nb" => &super::nb::EDITOR,
            _ => &super::da::EDITOR,
        }
    }
}
