//! What the host configures, in one type: the element's attributes and
//! `--cw-dimension-N` colours (read by `edge::web`), `mount()`'s options, or
//! `CompetenceWheel`'s `options` prop. A value, passed from where it is read
//! through `Root` (which resolves the language, the wheel and the mode shown)
//! to `App`.

use yew::AttrValue;

use crate::core::color::Rgb;
use crate::core::state::Mode;

/// Everything the host can configure.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The UI language (`da`, `en`, …); the wheel's own when absent.
    pub lang: Option<AttrValue>,
    /// The mode the host chose; `None` (none given) rates. A widget with a
    /// mode keeps it when a share link is opened (see [`crate::core::hash`]).
    pub mode: Option<Mode>,
    /// URL of a wheel file; the built-in KL wheel when absent.
    pub src: Option<AttrValue>,
    /// Where ratings are stored; `competence-wheel:<wheel id>` when absent.
    pub storage_key: Option<AttrValue>,
    /// Show ratings without letting the person change them.
    pub readonly: bool,
    /// Dimension colours in place of the wheel's own (the element reads
    /// them from the host theme's `--cw-dimension-N`).
    pub colors: Vec<Option<Rgb>>,
    /// Keep the URL hash in step with the open segment.
    pub sync_hash: bool,
}

impl Default for Options {
    /// As the element without attributes: the built-in wheel, rating, the
    /// hash kept in step.
    fn default() -> Self {
        Self {
            lang: None,
            mode: None,
            src: None,
            storage_key: None,
            readonly: false,
            colors: Vec::new(),
            sync_hash: true,
        }
    }
}

impl Mode {
    /// The mode named by an attribute value, if it is one.
    pub fn parse(text: &str) -> Option<Mode> {
        match text.trim().to_ascii_lowercase().as_str() {
            "explore" => Some(Mode::Explore),
            "rate" => Some(Mode::Rate),
            "present" => Some(Mode::Present),
            "group" => Some(Mode::Group),
            "edit" => Some(Mode::Edit),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_are_named_as_the_attribute_says_whatever_the_case() {
        assert_eq!(Mode::parse(" Present "), Some(Mode::Present));
        assert_eq!(Mode::parse("EDIT"), Some(Mode::Edit));
        assert_eq!(Mode::parse("rating"), None);
        assert_eq!(Options::default().mode, None);
        assert!(Options::default().sync_hash);
    }
}
