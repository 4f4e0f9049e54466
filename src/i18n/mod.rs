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
    fn templates_have_their_placeholder() {
        let s = Strings::for_lang("da");
        for template in [s.opened, s.back_to] {
            assert_eq!(template.matches("{}").count(), 1, "{template}");
        }
    }
}
