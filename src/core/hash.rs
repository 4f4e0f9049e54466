//! What the URL's fragment means to a widget, decided in one place. The
//! browser side (`edge/hash.rs`) reads and writes `location.hash`; this
//! module only reads text, so every rule is tested natively.
//!
//! - `#<id>` names a dimension or part: a widget whose wheel has that id
//!   opens it (any other id belongs to the host page and is left alone).
//! - `#cw-code=<codes>` is a participant's share link. It shows the group's
//!   wheel in a widget with `mode="group"`, and in a widget that sets no
//!   `mode` at all (the one-line snippet, whose share links lead back to the
//!   same page). A widget whose `mode` is set to anything else (`rate`,
//!   `explore`, `present`) keeps it: a page built for rating never turns
//!   into the group's view behind the person's back.

use crate::core::state::Mode;

/// The fragment prefix of a share link.
pub const CODE_PREFIX: &str = "cw-code=";

/// What a fragment says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fragment<'a> {
    /// Nothing (no fragment, or `#` alone).
    Empty,
    /// A participant's share codes (`#cw-code=…`), as written.
    Codes(&'a str),
    /// An id: maybe one of the wheel's segments, maybe the host page's anchor.
    Id(&'a str),
}

/// Reads `hash` (`location.hash`, with or without its leading `#`).
pub fn parse(hash: &str) -> Fragment<'_> {
    let text = hash.strip_prefix('#').unwrap_or(hash);
    if text.is_empty() {
        return Fragment::Empty;
    }
    match text.strip_prefix(CODE_PREFIX) {
        Some("") => Fragment::Empty,
        Some(codes) => Fragment::Codes(codes),
        None => Fragment::Id(text),
    }
}

/// The share codes in `hash`, or an empty string, percent-decoded: a link
/// whose code was mangled on its way (`hello%20world`) is shown to the
/// trainer as it was typed (`hello world`), not as the browser encoded it.
pub fn codes(hash: &str) -> String {
    match parse(hash) {
        Fragment::Codes(codes) => percent_decoded(codes),
        _ => String::new(),
    }
}

/// `text` with each `%XX` escape replaced by its byte (invalid UTF-8 as
/// U+FFFD; a `%` not followed by two hex digits is kept as it is).
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                // Two hex digits are at most 0xff.
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The segment id in `hash`, if it holds one.
pub fn id(hash: &str) -> Option<&str> {
    match parse(hash) {
        Fragment::Id(id) => Some(id),
        _ => None,
    }
}

/// `href` (a page's address) with `code` as its share-link fragment, in
/// place of any fragment it had.
pub fn link_with_code(href: &str, code: &str) -> String {
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{CODE_PREFIX}{code}")
}

/// The mode a widget shows: `configured` (the `mode` attribute or option,
/// `given` when the host set one), switched to the group's view when a
/// share link has been opened in the page and the widget set no mode.
pub fn mode_shown(configured: Mode, given: bool, link_opened: bool) -> Mode {
    if link_opened && !given {
        Mode::Group
    } else {
        configured
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments() {
        assert_eq!(parse(""), Fragment::Empty);
        assert_eq!(parse("#"), Fragment::Empty);
        assert_eq!(parse("#cw-code="), Fragment::Empty);
        assert_eq!(parse("#innovation"), Fragment::Id("innovation"));
        assert_eq!(parse("innovation"), Fragment::Id("innovation"));
        assert_eq!(parse("#cw-code=1A3F-K9QZ"), Fragment::Codes("1A3F-K9QZ"));
        assert_eq!(codes("#cw-code=AB,CD"), "AB,CD");
        // As the browser gives it: percent-encoded.
        assert_eq!(codes("#cw-code=hello%20world"), "hello world");
        assert_eq!(codes("#cw-code=AB%0ACD"), "AB\nCD");
        assert_eq!(codes("#cw-code=%C3%A6bler"), "æbler");
        assert_eq!(codes("#cw-code=100%"), "100%");
        assert_eq!(codes("#cw-code=%zz%4"), "%zz%4");
        assert_eq!(codes("#cw-code=%FF"), "\u{fffd}");
        assert_eq!(codes("#innovation"), "");
        assert_eq!(id("#cw-code=AB"), None);
        assert_eq!(id("#udvikling"), Some("udvikling"));
    }

    #[test]
    fn links_replace_the_fragment() {
        assert_eq!(
            link_with_code("https://intra.example/hjul?x=1#innovation", "AB-CD"),
            "https://intra.example/hjul?x=1#cw-code=AB-CD"
        );
        assert_eq!(link_with_code("", "AB"), "#cw-code=AB");
    }

    #[test]
    fn only_a_widget_without_a_mode_turns_into_the_group() {
        // The snippet without a mode: a link shows the group.
        assert_eq!(mode_shown(Mode::Rate, false, true), Mode::Group);
        assert_eq!(mode_shown(Mode::Rate, false, false), Mode::Rate);
        // A mode the host chose is kept.
        for mode in [Mode::Rate, Mode::Explore, Mode::Present, Mode::Group] {
            assert_eq!(mode_shown(mode, true, true), mode, "{mode:?}");
            assert_eq!(mode_shown(mode, true, false), mode, "{mode:?}");
        }
    }
}
