//! UI strings, one table per language. Component code holds no visible text;
//! it asks [`Strings`] for it. Adding a language means adding one file with a
//! `Strings` constant and one line in [`Strings::for_lang`].

mod da;
mod en;

/// Every string the widget shows or announces. `{}` marks where a title goes.
#[derive(Debug, PartialEq, Eq)]
pub struct Strings {
    /// The language tag these strings are in.
    pub lang: &'static str,
    /// Shown beside the wheel while no part is open.
    pub hint: &'static str,
    /// Describes the wheel's keys to screen-reader users.
    pub keys: &'static str,
    pub close: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    /// Small heading above a dimension's title.
    pub dimension: &'static str,
    /// Heading of a dimension's list of parts.
    pub parts: &'static str,
    pub examples: &'static str,
    /// Heading of the key shown when the wheel shows numbers.
    pub key: &'static str,
    /// Announced when a part or dimension opens.
    pub opened: &'static str,
    /// Announced when the panel closes.
    pub closed: &'static str,
    /// Names the panel's previous/next buttons.
    pub steps: &'static str,
    /// Back from a part to its dimension.
    pub back_to: &'static str,

    /// Decimal comma (Danish) or point (English).
    pub decimal_comma: bool,
    /// Default labels for levels 1–5, used when the wheel has none.
    pub levels: [&'static str; 5],
    /// "Level {}" as a short prefix before a level's label.
    pub level_n: &'static str,
    pub your_level: &'static str,
    pub your_target: &'static str,
    pub not_rated: &'static str,
    pub no_target: &'static str,
    pub note: &'static str,
    /// "{} characters left" under the note.
    pub note_left: &'static str,
    /// Announced after a rating: "{part}: {level}".
    pub rated: &'static str,
    /// Added to a segment's name: "level {} of {}".
    pub level_of: &'static str,
    /// The hub: "{} of {}" parts rated.
    pub progress: &'static str,
    pub rated_word: &'static str,
    pub average: &'static str,
    /// The hub's abbreviation of "average".
    pub average_short: &'static str,

    pub show_profile: &'static str,
    pub hide_profile: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    pub reset: &'static str,
    pub print: &'static str,
    pub reset_question: &'static str,
    pub reset_confirm: &'static str,
    pub cancel: &'static str,
    pub reset_done: &'static str,
    pub tools: &'static str,

    pub profile: &'static str,
    pub part: &'static str,
    pub level: &'static str,
    pub target: &'static str,
    pub dimension_average: &'static str,
    pub strengths: &'static str,
    pub to_develop: &'static str,
    pub to_develop_hint: &'static str,
    pub no_ratings_yet: &'static str,
    pub dash: &'static str,

    pub dismiss: &'static str,
    /// Storage unavailable: ratings live only in this page.
    pub storage_unavailable: &'static str,
    /// Stored value unreadable; "{}" is the backup key.
    pub storage_corrupt: &'static str,
    pub storage_future: &'static str,
    /// A write failed (for example, storage full).
    pub storage_write_failed: &'static str,
    /// An imported file was refused; "{}" says why.
    pub import_failed: &'static str,
    /// "{} parts imported".
    pub imported: &'static str,
    pub import_syntax: &'static str,
    pub import_shape: &'static str,
    pub import_future: &'static str,
    /// "{}" names the other wheel.
    pub import_other_wheel: &'static str,
}

impl Strings {
    /// The table for a language tag (`da`, `da-DK`, …); Danish when unknown.
    pub fn for_lang(lang: &str) -> &'static Strings {
        let primary = lang.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => &en::EN,
            _ => &da::DA,
        }
    }
}

/// Puts `value` where `template` has `{}`.
pub fn fill(template: &str, value: &str) -> String {
    template.replacen("{}", value, 1)
}

/// Puts `values` in order where `template` has `{}`s.
pub fn fill_all(template: &str, values: &[&str]) -> String {
    values.iter().fold(template.to_owned(), |text, value| {
        text.replacen("{}", value, 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_languages_fall_back_to_danish() {
        assert_eq!(Strings::for_lang("da-DK").lang, "da");
        assert_eq!(Strings::for_lang("xx").lang, "da");
        assert_eq!(Strings::for_lang("").lang, "da");
        assert_eq!(Strings::for_lang("en-GB").lang, "en");
    }

    #[test]
    fn fill_replaces_the_first_placeholder() {
        assert_eq!(fill("{} er åbnet", "Udvikling"), "Udvikling er åbnet");
        assert_eq!(fill("ingen", "x"), "ingen");
    }

    #[test]
    fn templates_have_their_placeholders_in_every_language() {
        for s in [Strings::for_lang("da"), Strings::for_lang("en")] {
            let one = [
                s.opened,
                s.back_to,
                s.note_left,
                s.storage_corrupt,
                s.import_failed,
                s.imported,
                s.import_other_wheel,
                s.level_n,
            ];
            for template in one {
                assert_eq!(template.matches("{}").count(), 1, "{}: {template}", s.lang);
            }
            for template in [s.rated, s.level_of, s.progress] {
                assert_eq!(template.matches("{}").count(), 2, "{}: {template}", s.lang);
            }
        }
    }

    #[test]
    fn fill_all_fills_in_order() {
        assert_eq!(fill_all("{} af {}", &["3", "12"]), "3 af 12");
    }
}
