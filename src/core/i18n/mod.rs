//! UI strings, one table per language. Component code holds no visible text;
//! it is given a [`Strings`] table (the widget's [`Language`], resolved once
//! by `Root` through the registry in `edge::languages`) and asks it.
//!
//! Adding a language means one file here (`xx.rs`, with its `Strings`,
//! `EditorStrings`, [`Arriving`] lines and `LANGUAGE`, like `en.rs`), its
//! `pub mod` line below, and one entry with its chunk in the registry.

pub mod da;
mod editor;
pub mod en;
pub mod nb;

pub use editor::EditorStrings;

use crate::core::model::{BakedWheel, Wheel, WheelError};

/// A counted phrase in its singular and plural forms, each with one `{}`
/// for the number ("1 deltager", "5 deltagere"). Danish and English both
/// use the singular for exactly one.
#[derive(Debug, PartialEq, Eq)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// The phrase for `count`, with the number filled in.
    pub fn of(&self, count: usize) -> String {
        let template = if count == 1 { self.one } else { self.other };
        fill(template, &count.to_string())
    }
}

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
    /// A part's learning resources: the heading over them ("Kom videre"),
    /// each kind's name (in `ResourceKind::ALL`'s order), and what a link
    /// adds to its name since it opens in a new tab.
    pub next_steps: &'static str,
    pub resource_kinds: [&'static str; 4],
    pub new_tab: &'static str,
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
    /// Back from the panel to the wheel (when the panel sits below it).
    pub to_wheel: &'static str,
    /// Heading of a part's description when the rating form comes first.
    pub about_part: &'static str,

    /// Decimal comma (Danish) or point (English).
    pub decimal_comma: bool,
    /// Default labels for levels 1–5, used when the wheel has none.
    pub levels: [&'static str; 5],
    /// "Level {}" as a short prefix before a level's label.
    pub level_n: &'static str,
    pub your_level: &'static str,
    pub your_target: &'static str,
    pub not_rated: &'static str,
    /// "not rated", as it ends a segment's name.
    pub not_rated_name: &'static str,
    pub no_target: &'static str,
    pub note: &'static str,
    /// "{} characters left" under the note.
    pub note_left: Plural,
    /// Announced after a rating: "{part}: {level}".
    pub rated: &'static str,
    /// Announced after a target is chosen: "{part}, target: {level}".
    pub rated_target: &'static str,
    /// Shown briefly beside a rating control once the change is stored.
    pub saved: &'static str,
    /// An announcement followed by "Saved": "{}. Saved."
    pub and_saved: &'static str,
    /// Shown instead of "Saved" when storage failed or is blocked.
    pub not_saved: &'static str,
    /// An announcement when the change could not be stored: "{}. Not saved …"
    pub and_not_saved: &'static str,
    /// Added to a segment's name: "level {} of {}".
    pub level_of: &'static str,
    /// The hub: "{} of {}" parts rated.
    pub progress: &'static str,
    pub rated_word: &'static str,
    pub average: &'static str,
    /// "average", inside the wheel's name.
    pub average_name: &'static str,
    /// The hub's abbreviation of "average".
    pub average_short: &'static str,

    pub show_profile: &'static str,
    /// *Next* on the last part while rating: the finish line.
    pub see_profile: &'static str,
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
    /// The printed key: the filled band is the person's level.
    pub key_band: &'static str,
    /// The printed key: the dashed arc is the person's target.
    pub key_target: &'static str,
    /// The key, when a snapshot is compared: the dotted edge is its level.
    pub key_compare: &'static str,
    pub part: &'static str,
    pub level: &'static str,
    pub target: &'static str,
    /// The profile's column of notes.
    pub note_short: &'static str,
    /// The heading of the notes on a printed profile.
    pub notes: &'static str,
    pub dimension_average: &'static str,
    pub strengths: &'static str,
    pub to_develop: &'static str,
    pub to_develop_hint: &'static str,
    /// Fewer parts rated than the profile needs to compare; "{}" is how many.
    pub highlights_too_few: &'static str,
    /// No part is above the person's own average.
    pub no_strengths: &'static str,
    /// No part is below the person's own average or below its target.
    pub nothing_to_develop: &'static str,
    pub no_ratings_yet: &'static str,
    pub dash: &'static str,

    pub dismiss: &'static str,
    /// The word before a message that reports success (a file was loaded).
    pub notice_done: &'static str,
    /// The word before a message that reports a problem.
    pub notice_problem: &'static str,
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
    pub imported: Plural,
    pub import_syntax: &'static str,
    /// A file over the size limit.
    pub import_too_large: &'static str,
    pub import_shape: &'static str,
    /// The chosen file could not be read at all.
    pub import_unreadable: &'static str,
    pub import_future: &'static str,
    /// "{}" names the other wheel.
    pub import_other_wheel: &'static str,
    /// A readable file without a rating for any part of this wheel.
    pub import_nothing: &'static str,

    /// While a part of the widget loaded on first use is on its way.
    pub chunk_loading: &'static str,
    /// When a part of the widget loaded on first use could not be fetched.
    pub chunk_failed: &'static str,
    /// Tries to fetch that part again.
    pub chunk_retry: &'static str,
    /// Heading above what is wrong with a wheel file.
    pub wheel_unusable: &'static str,
    /// "The wheel file could not be fetched from {url}."
    pub fetch_failed: &'static str,
    /// "The server answered {status}."
    pub fetch_status: &'static str,
    /// When the part of the widget that reads a wheel file could not be
    /// fetched (shown with `chunk_retry`).
    pub reader_failed: &'static str,
    /// Where a problem is: "{path}", and with "line {} , column {}".
    pub at_path: &'static str,
    pub at_line: &'static str,
    pub fix_and_reload: &'static str,
    pub error_syntax: &'static str,
    /// "{path}" has the wrong type; serde's own words follow.
    pub error_shape: &'static str,
    pub error_empty: &'static str,
    pub error_no_entries: &'static str,
    pub error_duplicate_id: &'static str,
    pub error_bad_id: &'static str,
    pub error_bad_color: &'static str,
    pub error_bad_url: &'static str,
    pub error_bad_kind: &'static str,
    pub error_level_order: &'static str,
    pub error_level_count: &'static str,
    pub error_too_many: &'static str,
    pub error_too_long: &'static str,
    pub error_too_large: &'static str,

    pub full_screen: &'static str,
    pub exit_full_screen: &'static str,
    /// "Step {} of {}", for screen readers beside the visible "3 / 17".
    pub step_of: &'static str,
    pub present_keys: &'static str,
    pub share: &'static str,
    pub share_intro: &'static str,
    pub share_code: &'static str,
    pub share_link: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub group_title: &'static str,
    pub group_paste: &'static str,
    pub group_show: &'static str,
    pub group_clear: &'static str,
    /// "{} participants".
    pub group_participants: Plural,
    pub group_rejected: &'static str,
    /// "{} codes were pasted more than once …".
    pub group_duplicates: Plural,
    pub group_weak: &'static str,
    pub group_csv: &'static str,
    /// The CSV's headers for the lowest and the highest answer.
    pub csv_min: &'static str,
    pub csv_max: &'static str,
    pub group_table: &'static str,
    pub median: &'static str,
    pub answers: &'static str,
    /// A part's figures in the group wheel: "average {}, range {}–{}",
    /// then [`Strings::group_answers`].
    pub group_name: &'static str,
    pub group_answers: Plural,
    /// Before the open part's figures in the group's panel: "The group".
    pub group_in_panel: &'static str,
    pub group_none: &'static str,
    pub code_empty: &'static str,
    pub code_character: &'static str,
    pub code_length: &'static str,
    pub code_checksum: &'static str,
    pub code_version: &'static str,
    pub code_other_wheel: &'static str,

    /// Presenting, before the first step: how to begin.
    pub present_start: &'static str,
    /// The group's view: *Ryd listen* asks first.
    pub group_clear_question: &'static str,
    pub group_clear_confirm: &'static str,
    /// Presenting: the screen was blanked (B or .), and brought back.
    pub present_blanked: &'static str,
    pub present_unblanked: &'static str,
    /// Presenting: the heading of a step's second and later screens, "{} (continued)".
    pub present_continued: &'static str,
    /// Presenting: under a screen whose step goes on on the next screen.
    pub present_continues: &'static str,
    /// The group's wheel: the legend's heading.
    pub group_legend: &'static str,
    /// The legend's line for the band; "{}" is the highest level.
    pub group_legend_band: &'static str,
    /// The legend's line for the two range arcs.
    pub group_legend_range: &'static str,

    /// The group's two sets of codes (before and after a course, or two
    /// teams): the default names of the first and the second set.
    pub group_set_first: &'static str,
    pub group_set_second: &'static str,
    /// A set's heading, "Sæt {}", and the label of its name.
    pub group_set_n: &'static str,
    pub group_set_name: &'static str,
    /// The label of the second set's codes (the first's is `group_paste`).
    pub group_paste_second: &'static str,
    /// Under the second set's heading: what it is for.
    pub group_second_hint: &'static str,
    /// After a set's count when its figures are not shown (fewer than 3).
    pub group_too_few: &'static str,
    /// "{name} {mean} → {name} {mean} ({change})".
    pub group_change_line: &'static str,
    /// The header of the column with the change of the mean.
    pub group_change: &'static str,
    /// The CSV's last row: each set's number of participants.
    pub group_people: &'static str,
    /// The legend's line for the second set's outline; "{}" is its name.
    pub group_legend_compare: &'static str,
    // Comparing with a snapshot (or a group's other set).
    /// A compared level in a part's name, after the comparison's word and a
    /// colon: "niveau {}" (the part's name ends "…, før: niveau 1").
    pub compare_level: &'static str,
    /// The word a snapshot is compared with: "før".
    pub compare_before: &'static str,
    /// The toolbar's button that keeps the current levels as a snapshot.
    pub snapshot_save: &'static str,
    /// After saving: the levels, the targets ([`Strings::snapshot_levels`],
    /// [`Strings::snapshot_targets`]), then the snapshot's name.
    pub snapshot_saved: &'static str,
    pub snapshot_levels: Plural,
    pub snapshot_targets: Plural,
    /// Saving with nothing rated.
    pub snapshot_nothing: &'static str,
    /// Saving with the most snapshots kept already; "{}" is how many.
    pub snapshot_full: &'static str,
    /// The profile's list of snapshots.
    pub snapshots_title: &'static str,
    pub compare_with: &'static str,
    pub compare_off: &'static str,
    /// A snapshot's name field; "{}" is the day it was taken.
    pub snapshot_name: &'static str,
    pub snapshot_rename: &'static str,
    /// Under a snapshot's name field when *Gem navnet* finds it empty.
    pub snapshot_name_empty: &'static str,
    pub snapshot_delete: &'static str,
    /// Asked before a snapshot is deleted; "{}" is its name.
    pub snapshot_delete_question: &'static str,
    /// The answer that deletes it (the other is [`Strings::cancel`]).
    pub snapshot_delete_confirm: &'static str,
    /// Said once it is deleted; "{}" is its name.
    pub snapshot_deleted: &'static str,
    /// Over the profile's then → now: the day, then the name.
    pub compared_with: &'static str,
    /// Read before a level compared with a snapshot: "før 2, nu" 4.
    pub then_hidden: &'static str,
    pub moved_title: &'static str,
    pub moved_rose: &'static str,
    pub moved_fell: &'static str,
    pub moved_none: &'static str,
}

/// A language the widget speaks: its UI strings and the built-in KL wheel's
/// file in it. A value: the edge's registry (`edge::languages`) knows which
/// languages there are, which one a tag asks for and whether it is here yet
/// (most widgets are Danish, so in the browser every other language comes in
/// a chunk of its own, fetched the first time a widget asks for it), and
/// hands the core the one it resolved.
#[derive(Debug)]
pub struct Language {
    pub strings: &'static Strings,
    /// The built-in KL wheel in this language, baked from its file. Every
    /// language's has the same id, so ratings carry across.
    pub builtin_wheel: &'static BakedWheel,
}

/// One language is one table: the same language is the same value.
impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Language {
    /// The built-in KL wheel in this language.
    pub fn wheel(&self) -> Wheel {
        self.builtin_wheel.wheel()
    }
}

/// Danish, in the first load.
pub use da::LANGUAGE as DANISH;
/// English. In the wasm build only its chunk's split function names it, so
/// its text lands in that chunk.
pub use en::LANGUAGE as ENGLISH;
/// Norwegian (Bokmål). KL's wheel has no Norwegian text: a Norwegian page
/// without a wheel file of its own shows the Danish one, with the Norwegian
/// UI around it. Like English, in a chunk of its own.
pub use nb::LANGUAGE as NORWEGIAN;

/// What a widget says while its language is on its way, and when it does
/// not come. In the first load for every language, unlike [`Strings`]: the
/// registry holds each language's lines beside its tag.
#[derive(Debug, PartialEq, Eq)]
pub struct Arriving {
    /// The built-in wheel's title: the loading skeleton's title bar holds
    /// it, invisible, so that it wraps as the real title will.
    pub title: &'static str,
    pub loading: &'static str,
    pub failed: &'static str,
    pub retry: &'static str,
}

/// A wheel file's problem in words, and where it is (JSON path, and line and
/// column where the parser knows them).
pub fn describe_wheel_error(error: &WheelError, s: &Strings) -> (String, String) {
    use WheelError as E;
    let at = |path: &crate::core::model::Path| fill(s.at_path, &path.to_string());
    let at_line = |line: &usize, column: &usize| {
        fill_all(s.at_line, &[&line.to_string(), &column.to_string()])
    };
    match error {
        E::Syntax {
            line,
            column,
            message,
        } => (
            format!("{} ({message})", s.error_syntax),
            at_line(line, column),
        ),
        E::Shape {
            path,
            line,
            column,
            message,
        } => (
            format!("{} ({message})", s.error_shape),
            format!("{}, {}", at(path), at_line(line, column)),
        ),
        E::Empty { path } => (s.error_empty.to_owned(), at(path)),
        E::NoEntries { path } => (s.error_no_entries.to_owned(), at(path)),
        E::DuplicateId { path, id } => (fill(s.error_duplicate_id, id), at(path)),
        E::BadId { path, id } => (fill(s.error_bad_id, id), at(path)),
        E::BadColor { path, value } => (fill(s.error_bad_color, value), at(path)),
        E::BadUrl { path, value } => (fill(s.error_bad_url, value), at(path)),
        E::BadKind { path, value } => (fill(s.error_bad_kind, value), at(path)),
        E::LevelOrder { path, value } => (fill(s.error_level_order, &value.to_string()), at(path)),
        E::LevelCount { path, min, max } => (
            fill_all(s.error_level_count, &[&min.to_string(), &max.to_string()]),
            at(path),
        ),
        E::TooMany { path, limit } => (fill(s.error_too_many, &limit.to_string()), at(path)),
        E::TooLong { path, limit } => (fill(s.error_too_long, &limit.to_string()), at(path)),
        E::TooLarge { path, limit } => (fill(s.error_too_large, &limit.to_string()), at(path)),
    }
}

/// Puts `value` where `template` has `{}`.
pub fn fill(template: &str, value: &str) -> String {
    match crate::core::number::find_pair(template, b"{}") {
        Some(at) => [&template[..at], value, &template[at + 2..]].concat(),
        None => template.to_owned(),
    }
}

/// Puts `values` in order where `template` has `{}`s.
pub fn fill_all(template: &str, values: &[&str]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, value| fill(&text, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_the_first_placeholder() {
        assert_eq!(fill("{} er åbnet", "Udvikling"), "Udvikling er åbnet");
        assert_eq!(fill("ingen", "x"), "ingen");
    }

    #[test]
    fn templates_have_their_placeholders_in_every_language() {
        for s in [DANISH.strings, ENGLISH.strings] {
            let one = [
                s.opened,
                s.back_to,
                s.storage_corrupt,
                s.import_failed,
                s.import_other_wheel,
                s.level_n,
                s.and_saved,
                s.and_not_saved,
                s.present_continued,
                s.group_legend_band,
            ];
            for template in one {
                assert_eq!(template.matches("{}").count(), 1, "{}: {template}", s.lang);
            }
            for template in [
                s.fetch_failed,
                s.fetch_status,
                s.at_path,
                s.error_duplicate_id,
                s.error_bad_id,
                s.error_bad_color,
                s.error_bad_url,
                s.error_bad_kind,
                s.error_level_order,
                s.error_too_many,
                s.error_too_long,
                s.error_too_large,
            ] {
                assert_eq!(template.matches("{}").count(), 1, "{}: {template}", s.lang);
            }
            for template in [
                s.rated,
                s.rated_target,
                s.level_of,
                s.progress,
                s.at_line,
                s.error_level_count,
            ] {
                assert_eq!(template.matches("{}").count(), 2, "{}: {template}", s.lang);
            }
        }
    }

    #[test]
    fn wheel_errors_say_what_and_where() {
        let s = DANISH.strings;
        let (what, at) = describe_wheel_error(
            &WheelError::DuplicateId {
                path: crate::core::model::Path::dimension(1)
                    .part(0)
                    .at(crate::core::model::Key::Id),
                id: "p1".into(),
            },
            s,
        );
        assert!(what.contains("p1"), "{what}");
        assert!(at.contains("$.dimensions[1].parts[0].id"), "{at}");
        let (_, at) = describe_wheel_error(
            &WheelError::Syntax {
                line: 3,
                column: 7,
                message: "expected value".into(),
            },
            ENGLISH.strings,
        );
        assert_eq!(at, "line 3, column 7");
    }

    #[test]
    fn counts_agree_with_their_number_in_every_language() {
        for s in [DANISH.strings, ENGLISH.strings] {
            for plural in [
                &s.note_left,
                &s.imported,
                &s.group_participants,
                &s.group_duplicates,
            ] {
                for template in [plural.one, plural.other] {
                    assert_eq!(template.matches("{}").count(), 1, "{}: {template}", s.lang);
                }
            }
        }
        let da = DANISH.strings;
        assert_eq!(da.group_participants.of(1), "1 deltager");
        assert_eq!(da.group_participants.of(5), "5 deltagere");
        assert_eq!(da.imported.of(1), "1 vurdering er hentet fra filen.");
        let en = ENGLISH.strings;
        assert_eq!(en.group_participants.of(1), "1 participant");
        assert_eq!(en.group_participants.of(0), "0 participants");
        assert_eq!(en.note_left.of(1), "1 character left");
    }

    #[test]
    fn fill_all_fills_in_order() {
        assert_eq!(fill_all("{} af {}", &["3", "12"]), "3 af 12");
    }
}
