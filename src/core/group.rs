//! The group's wheel: many anonymous share codes combined into statistics per
//! part. Codes that cannot be read are listed with the reason and skipped;
//! the same code pasted twice counts once (a code carries its person's random
//! part, so two people who rated alike still count twice).

use std::rc::Rc;

use crate::core::i18n::{fill, fill_all, Strings};
use crate::core::model::Wheel;
use crate::core::ratings::one_decimal;
use crate::core::scene::{group_figures, Compare};
use crate::core::share::{canonical, decode, CodeError, CodeShape};

/// The fewest participants for which a group result is reasonably anonymous.
pub const ANONYMITY_THRESHOLD: usize = 3;

/// Statistics for one part over the participants who rated it.
#[derive(Clone, Debug, PartialEq)]
pub struct PartStats {
    /// How many rated it (not-rated is left out).
    pub n: usize,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// How many chose each level, from level 1 up.
    pub counts: Vec<usize>,
}

/// The result of reading a list of codes.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Distinct valid codes.
    pub participants: usize,
    /// Valid codes that were pasted again.
    pub duplicates: usize,
    /// What could not be read, and why.
    pub rejected: Vec<(String, CodeError)>,
    /// Per part, in the wheel's order.
    pub parts: Vec<PartStats>,
}

impl Group {
    /// Whether there are too few participants to keep individuals hidden.
    pub fn anonymity_is_weak(&self) -> bool {
        self.participants > 0 && self.participants < ANONYMITY_THRESHOLD
    }
}

/// The entries in `text`: one per line (or separated by commas or
/// semicolons), each either a bare code or a link whose fragment holds
/// `code=…`. A line is one entry even when it has spaces in it: codes may be
/// typed in groups ("1A3F K9QZ …"), and a stray sentence must be reported
/// once, not word by word. [`collect`] splits a line into several codes only
/// when every piece is a valid code on its own.
pub fn codes_in(text: &str) -> Vec<String> {
    text.split(['\n', ',', ';'])
        .map(|line| {
            let line = line.trim();
            match line.split_once('#') {
                Some((_, fragment)) => fragment
                    .split('&')
                    .find_map(|pair| {
                        pair.strip_prefix("cw-code=")
                            .or_else(|| pair.strip_prefix("code="))
                    })
                    .unwrap_or(fragment)
                    .trim()
                    .to_owned(),
                None => line.to_owned(),
            }
        })
        .filter(|code| !code.is_empty())
        .collect()
}

/// Reads one entry: the whole line as one code, or, when that fails and the
/// line has spaces, every space-separated piece as a code of its own if all
/// of them are valid ("CODE1 CODE2" pasted on one line).
fn decode_entry(shape: &CodeShape, entry: &str) -> Vec<(String, Result<Vec<u8>, CodeError>)> {
    let whole = decode(shape, entry);
    if whole.is_err() && entry.contains(char::is_whitespace) {
        let pieces: Vec<(String, Result<Vec<u8>, CodeError>)> = entry
            .split_whitespace()
            .map(|piece| (piece.to_owned(), decode(shape, piece)))
            .collect();
        if pieces.iter().all(|(_, result)| result.is_ok()) {
            return pieces;
        }
    }
    vec![(entry.to_owned(), whole)]
}

/// Reads every code in `text` for a wheel of `shape` with `levels` levels.
pub fn collect(shape: &CodeShape, levels: u8, text: &str) -> Group {
    let mut seen = Vec::new();
    let mut duplicates = 0;
    let mut rejected = Vec::new();
    let mut people: Vec<Vec<u8>> = Vec::new();
    for (code, result) in codes_in(text)
        .iter()
        .flat_map(|entry| decode_entry(shape, entry))
    {
        match result {
            Ok(person) => {
                let key = canonical(&code).unwrap_or_default();
                if seen.contains(&key) {
                    duplicates += 1;
                } else {
                    seen.push(key);
                    people.push(person);
                }
            }
            Err(error) => rejected.push((code, error)),
        }
    }
    let part_count = people.first().map_or(0, Vec::len);
    let parts = (0..part_count)
        .map(|p| stats(people.iter().map(|person| person[p]), levels))
        .collect();
    Group {
        participants: people.len(),
        duplicates,
        rejected,
        parts,
    }
}

fn stats(levels: impl Iterator<Item = u8>, max: u8) -> PartStats {
    let mut rated: Vec<u8> = levels.filter(|&l| l > 0).collect();
    rated.sort_unstable();
    let n = rated.len();
    let mut counts = vec![0; usize::from(max)];
    for &l in &rated {
        if let Some(count) = counts.get_mut(usize::from(l) - 1) {
            *count += 1;
        }
    }
    let mean = (n > 0).then(|| rated.iter().map(|&l| f64::from(l)).sum::<f64>() / n as f64);
    let median = (n > 0).then(|| {
        if n % 2 == 1 {
            f64::from(rated[n / 2])
        } else {
            (f64::from(rated[n / 2 - 1]) + f64::from(rated[n / 2])) / 2.0
        }
    });
    PartStats {
        n,
        mean,
        median,
        min: rated.first().copied(),
        max: rated.last().copied(),
        counts,
    }
}

/// The group's table as CSV, as a spreadsheet in `strings`' language opens
/// it: one row per part with n, mean, median, min, max and the count for each
/// level, headers in that language. A byte-order mark tells Excel the text is
/// UTF-8 ("forståelse", not "forstÃ¥else"); where the decimal separator is a
/// comma (Danish), fields are separated by `;`, as Excel expects there.
/// Fields are `"`-quoted where needed.
pub fn csv(wheel: &Wheel, group: &Group, levels: u8, strings: &Strings) -> String {
    write_csv(wheel, levels, strings, &[(None, Some(group))], None)
}

/// The group's two sets of codes as the trainer typed them: each set's name
/// (empty: the language's default, "Før" and "Efter") and its codes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SetsText {
    pub names: [String; 2],
    pub codes: [String; 2],
}

/// Two sets of codes read, to compare a group before and after a course, or
/// one team with another. The second set is optional: with no entry in it,
/// the first is shown exactly as a single group.
#[derive(Clone, Debug, PartialEq)]
pub struct Sets {
    /// Each set's name, never empty.
    pub names: [String; 2],
    pub groups: [Rc<Group>; 2],
}

/// How one set shows beside the other for one part.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SetFigures<'a> {
    /// Its figures for the part.
    Shown(&'a PartStats),
    /// Fewer than [`ANONYMITY_THRESHOLD`] codes: only the set's count.
    TooFew(usize),
}

impl Sets {
    /// Reads both sets of `text` for a wheel of `shape` with `levels` levels.
    pub fn read(shape: &CodeShape, levels: u8, text: &SetsText, strings: &Strings) -> Sets {
        let defaults = [strings.group_set_first, strings.group_set_second];
        let name = |i: usize| {
            let typed = text.names[i].trim();
            if typed.is_empty() { defaults[i] } else { typed }.to_owned()
        };
        Sets {
            names: [name(0), name(1)],
            groups: [
                Rc::new(collect(shape, levels, &text.codes[0])),
                Rc::new(collect(shape, levels, &text.codes[1])),
            ],
        }
    }

    /// Whether there is a second set to compare with (any entry in it, even
    /// one that could not be read, so its reasons are listed).
    pub fn comparing(&self) -> bool {
        let second = &self.groups[1];
        second.participants > 0 || !second.rejected.is_empty()
    }

    /// Whether set `i`'s per-part figures are shown: always for one set
    /// alone (with a warning below 3, as a single group), and when two are
    /// compared, only with at least [`ANONYMITY_THRESHOLD`] codes, since a
    /// change between two small sets can single a person out.
    pub fn figures_shown(&self, i: usize) -> bool {
        let n = self.groups[i].participants;
        n > 0 && (!self.comparing() || n >= ANONYMITY_THRESHOLD)
    }

    /// Set `i`'s figures for part `part` (in the wheel's order), or its count
    /// alone when they are not shown; `None` for an empty set.
    pub fn figures(&self, i: usize, part: usize) -> Option<SetFigures<'_>> {
        let group = &self.groups[i];
        if group.participants == 0 {
            None
        } else if self.figures_shown(i) {
            group.parts.get(part).map(SetFigures::Shown)
        } else {
            Some(SetFigures::TooFew(group.participants))
        }
    }

    /// The first set as the wheel draws it: without its parts when its
    /// figures are not shown (the hub still counts its participants).
    pub fn drawn(&self) -> Rc<Group> {
        let first = &self.groups[0];
        if self.figures_shown(0) {
            first.clone()
        } else {
            Rc::new(Group {
                participants: first.participants,
                duplicates: 0,
                rejected: Vec::new(),
                parts: Vec::new(),
            })
        }
    }

    /// The second set's mean per part, in the wheel's order, for its
    /// outline on the wheel: `None` where nobody rated a part, and for
    /// every part when its figures are not shown.
    pub fn compared_means(&self) -> Vec<Option<f64>> {
        let shown = self.comparing() && self.figures_shown(1);
        self.groups[1]
            .parts
            .iter()
            .map(|stats| stats.mean.filter(|_| shown))
            .collect()
    }

    /// The second set, as what the wheel compares the first with: its name
    /// and its mean per part id (a part nobody rated absent); `None` unless
    /// two sets are compared and the second's figures are shown.
    pub fn compare(&self, wheel: &Wheel) -> Option<Compare> {
        (self.comparing() && self.figures_shown(1)).then(|| Compare {
            word: self.names[1].clone(),
            levels: crate::core::map_of(
                wheel
                    .parts()
                    .zip(self.compared_means())
                    .filter_map(|((_, part), mean)| Some((part.id.clone(), mean?))),
            ),
        })
    }

    /// The change of part `part`'s mean from the first set to the second,
    /// from the means as shown (one decimal each), so the figures a person
    /// reads add up: 2,4 → 3,1 is +0,7. `None` unless both are shown.
    pub fn change(&self, part: usize) -> Option<f64> {
        let mean = |i: usize| match self.figures(i, part)? {
            SetFigures::Shown(stats) => stats.mean.map(tenths),
            SetFigures::TooFew(_) => None,
        };
        Some(f64::from(mean(1)? - mean(0)?) / 10.0)
    }

    /// The change of part `part`'s mean with its sign, as the table shows
    /// it: "+0,7", "−1,0", "0,0"; `None` unless both are shown.
    pub fn change_figure(&self, part: usize, strings: &Strings) -> Option<String> {
        let change = self.change(part)?;
        Some(signed(change, strings.decimal_comma, '\u{2212}', "+"))
    }

    /// What the open part's panel says of both sets: each set's name with
    /// its figures (or its count alone, when too few), then the change of
    /// the mean in words, if there is one.
    pub fn panel_lines(&self, part: usize, strings: &Strings) -> Vec<(String, String)> {
        let mut lines: Vec<(String, String)> = (0..2)
            .filter_map(|i| {
                let figures = match self.figures(i, part)? {
                    SetFigures::Shown(stats) => group_figures(strings, stats),
                    SetFigures::TooFew(n) => {
                        format!(
                            "{}, {}",
                            strings.group_participants.of(n),
                            strings.group_too_few
                        )
                    }
                };
                Some((self.names[i].clone(), figures))
            })
            .collect();
        if let Some(change) = self.change_text(part, strings) {
            lines.push((strings.group_change.to_owned(), change));
        }
        lines
    }

    /// The change of part `part`'s mean in words: "Før 2,4 → Efter 3,1
    /// (+0,7)"; `None` unless both sets' means are shown.
    pub fn change_text(&self, part: usize, strings: &Strings) -> Option<String> {
        let change = self.change(part)?;
        let mean = |i: usize| match self.figures(i, part) {
            Some(SetFigures::Shown(stats)) => stats.mean,
            _ => None,
        };
        let comma = strings.decimal_comma;
        Some(fill_all(
            strings.group_change_line,
            &[
                &self.names[0],
                &one_decimal(mean(0)?, comma),
                &self.names[1],
                &one_decimal(mean(1)?, comma),
                &signed(change, comma, '\u{2212}', "+"),
            ],
        ))
    }
}

/// A mean in tenths, rounded as [`one_decimal`] shows it.
fn tenths(value: f64) -> i32 {
    (value.max(0.0) * 10.0 + 0.5) as i32
}

/// A change with one decimal and its sign (`minus` below zero, `plus`
/// above, none at zero).
fn signed(change: f64, comma: bool, minus: char, plus: &str) -> String {
    let sign = if change < -0.05 {
        minus.to_string()
    } else if change > 0.05 {
        plus.to_owned()
    } else {
        String::new()
    };
    format!("{sign}{}", one_decimal(change.abs(), comma))
}

/// Both sets' table as CSV, in the form [`csv`] writes one set's: the
/// dimension and the part, then each set's columns under its name ("Før:
/// Svar" …), then the change of the mean, and a last row with each set's
/// number of participants. A set with fewer than 3 codes leaves its figures
/// empty: only its count in the last row. With no second set, exactly [`csv`].
pub fn csv_sets(wheel: &Wheel, sets: &Sets, levels: u8, strings: &Strings) -> String {
    if !sets.comparing() {
        return csv(wheel, &sets.groups[0], levels, strings);
    }
    let columns = [0, 1].map(|i| {
        (
            Some(sets.names[i].as_str()),
            sets.figures_shown(i).then_some(&*sets.groups[i]),
        )
    });
    write_csv(wheel, levels, strings, &columns, Some(sets))
}

/// The CSV of one group or two sets: for each of `columns` (a set's name,
/// which heads its columns, and its group, `None` when its figures are not
/// shown), each part's n, mean, median, min, max and count per level; with
/// `compared`, the change of the mean and a last row of each set's count.
fn write_csv(
    wheel: &Wheel,
    levels: u8,
    strings: &Strings,
    columns: &[(Option<&str>, Option<&Group>)],
    compared: Option<&Sets>,
) -> String {
    let comma = strings.decimal_comma;
    let separator = if comma { ';' } else { ',' };
    let quote = |text: &str| csv_field(text, separator);
    let number = |value: Option<f64>| value.map_or(String::new(), |v| one_decimal(v, comma));
    let whole = |value: Option<u8>| value.map_or(String::new(), |v| v.to_string());
    let headers = [
        strings.answers,
        strings.average,
        strings.median,
        strings.csv_min,
        strings.csv_max,
    ]
    .map(str::to_owned)
    .into_iter()
    .chain((1..=levels).map(|l| fill(strings.level_n, &l.to_string())))
    .collect::<Vec<_>>();
    let width = headers.len();
    let mut header = vec![quote(strings.dimension), quote(strings.part)];
    for (name, _) in columns {
        header.extend(headers.iter().map(|h| match name {
            Some(name) => quote(&[name, ": ", h].concat()),
            None => quote(h),
        }));
    }
    let mut rows = vec![header];
    let parts = wheel
        .parts()
        .map(|(segment, part)| (&wheel.dimensions[segment.dimension()], part));
    for (index, (dimension, part)) in parts.enumerate() {
        let mut row = vec![quote(&dimension.title), quote(&part.title)];
        for (_, group) in columns {
            match group.and_then(|g| g.parts.get(index)) {
                Some(stats) => {
                    row.extend([
                        stats.n.to_string(),
                        number(stats.mean),
                        number(stats.median),
                        whole(stats.min),
                        whole(stats.max),
                    ]);
                    row.extend(stats.counts.iter().map(usize::to_string));
                }
                None => row.extend(std::iter::repeat_n(String::new(), width)),
            }
        }
        if let Some(sets) = compared {
            row.push(
                sets.change(index)
                    .map_or(String::new(), |c| signed(c, comma, '-', "")),
            );
        }
        rows.push(row);
    }
    if let Some(sets) = compared {
        rows[0].push(quote(strings.group_change));
        let mut last = vec![quote(strings.group_people), String::new()];
        for group in &sets.groups {
            last.push(group.participants.to_string());
            last.extend(std::iter::repeat_n(String::new(), width - 1));
        }
        last.push(String::new());
        rows.push(last);
    }
    let mut out = String::from('\u{feff}');
    for row in rows {
        out.push_str(&row.join(&separator.to_string()));
        out.push_str("\r\n");
    }
    out
}

/// A CSV field: plain text, `"`-quoted where it holds the separator, a
/// quote or a line break.
fn csv_field(text: &str, separator: char) -> String {
    let text = crate::core::model::plain(text);
    if text.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ratings::{Edit, Ratings};
    use crate::core::share::encode;

    /// The KL wheel, its code shape, and the next participant's number.
    type Room = (Wheel, CodeShape, std::cell::Cell<u32>);

    /// A participant's code; each call is another person (another nonce).
    fn code(room: &Room, levels: &[u8]) -> String {
        let (wheel, shape, next) = room;
        let secret = next.replace(next.get() + 1);
        let ids = wheel.parts().map(|(_, p)| p.id.clone());
        let ratings = ids.zip(levels).fold(Ratings::new(), |r, (id, &l)| {
            r.edit(&id, Edit::Level((l > 0).then_some(l)), 5, 1.0)
                .unwrap_or(r)
        });
        encode(
            shape,
            &shape.levels_of(&ratings),
            secret.wrapping_mul(2_654_435_761),
        )
    }

    fn kl() -> Room {
        let wheel = Wheel::builtin();
        let shape = CodeShape::of(&wheel, 5);
        (wheel, shape, std::cell::Cell::new(1))
    }

    #[test]
    fn means_medians_spread_and_counts() {
        let w = kl();
        let text = [
            code(&w, &[1, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            code(&w, &[2, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            code(&w, &[4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            code(&w, &[5, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        ]
        .join("\n");
        let group = collect(&w.1, 5, &text);
        assert_eq!(group.participants, 4);
        let first = &group.parts[0];
        assert_eq!(first.n, 4);
        assert_eq!(first.mean, Some(3.0));
        assert_eq!(first.median, Some(3.0));
        assert_eq!((first.min, first.max), (Some(1), Some(5)));
        assert_eq!(first.counts, [1, 1, 0, 1, 1]);
        let second = &group.parts[1];
        assert_eq!(second.n, 3, "not rated is left out");
        assert_eq!(second.median, Some(4.0));
        assert_eq!(group.parts[2].n, 0);
        assert_eq!(group.parts[2].mean, None);
    }

    #[test]
    fn bad_and_duplicate_codes_are_reported_not_counted() {
        let w = kl();
        let good = code(&w, &[3; 12]);
        let other = encode(
            &CodeShape::of(&w.0, 4),
            &CodeShape::of(&w.0, 4).levels_of(&Ratings::new()),
            1,
        );
        let typo = good
            .replacen('-', "", 1)
            .replacen(|c: char| c.is_ascii_digit(), "X", 1);
        let text = format!("{good}\n{}\n\n{other}\n{typo}\nhej!\n", good.to_lowercase());
        let group = collect(&w.1, 5, &text);
        assert_eq!(group.participants, 1);
        assert_eq!(group.duplicates, 1);
        let reasons: Vec<&CodeError> = group.rejected.iter().map(|(_, e)| e).collect();
        assert_eq!(reasons.len(), 3, "{reasons:?}");
        assert!(matches!(reasons[0], CodeError::OtherWheel));
        assert!(matches!(reasons[2], CodeError::BadCharacter('!')));
        assert!(group.anonymity_is_weak());
    }

    #[test]
    fn links_and_separators_are_understood() {
        let w = kl();
        let a = code(&w, &[1; 12]);
        let b = code(&w, &[2; 12]);
        let c = code(&w, &[3; 12]);
        let text = format!("https://intranet.example/hjul#cw-code={a}\n{b}, {c}");
        assert_eq!(codes_in(&text), [a.clone(), b.clone(), c.clone()]);
        let group = collect(&w.1, 5, &text);
        assert_eq!(group.participants, 3);
        assert!(!group.anonymity_is_weak());
        assert_eq!(group.parts[0].mean, Some(2.0));
    }

    #[test]
    fn a_line_of_words_is_one_rejected_entry() {
        let w = kl();
        let group = collect(&w.1, 5, "hello world\n");
        assert_eq!(group.participants, 0);
        assert_eq!(group.rejected.len(), 1, "{:?}", group.rejected);
        assert_eq!(group.rejected[0].0, "hello world");
        assert_eq!(codes_in("hello world"), ["hello world"]);
    }

    #[test]
    fn a_code_typed_in_groups_with_spaces_is_one_code() {
        let w = kl();
        let good = code(&w, &[2; 12]);
        let spaced = good.replace('-', " ");
        let group = collect(&w.1, 5, &spaced);
        assert_eq!(group.participants, 1, "{:?}", group.rejected);
        assert!(group.rejected.is_empty());
    }

    #[test]
    fn several_valid_codes_on_one_line_still_count() {
        let w = kl();
        let a = code(&w, &[1; 12]);
        let b = code(&w, &[4; 12]);
        let group = collect(&w.1, 5, &format!("{a} {b}"));
        assert_eq!(group.participants, 2);
        // One bad piece: the line is reported once, as typed.
        let group = collect(&w.1, 5, &format!("{a} oops"));
        assert_eq!(group.participants, 0);
        assert_eq!(group.rejected.len(), 1);
        assert_eq!(group.rejected[0].0, format!("{a} oops"));
    }

    #[test]
    fn two_people_who_rate_alike_count_twice_and_one_code_pasted_twice_once() {
        let w = kl();
        // Eight participants, two pairs of them rating alike.
        let mut codes: Vec<String> = [
            [3; 12], [3; 12], [4; 12], [4; 12], [1; 12], [2; 12], [5; 12],
        ]
        .iter()
        .map(|levels| code(&w, levels))
        .collect();
        codes.push(code(&w, &[2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3]));
        let group = collect(&w.1, 5, &codes.join("\n"));
        assert_eq!(group.participants, 8);
        assert_eq!(group.duplicates, 0);
        // One of them sends their link and their code: counted once.
        let again = format!(
            "{}\nhttps://intranet.example/hjul#cw-code={}",
            codes.join("\n"),
            codes[0]
        );
        let group = collect(&w.1, 5, &again);
        assert_eq!((group.participants, group.duplicates), (8, 1));
        // Version 1 codes (no random part) are still counted.
        let group = collect(&w.1, 5, "12SG-00FH-WZ9P-97\n12SG-016X-J2CS-9C");
        assert_eq!(group.participants, 2, "{:?}", group.rejected);
    }

    fn two_people() -> (Wheel, Group) {
        let w = kl();
        let group = collect(
            &w.1,
            5,
            &[
                code(&w, &[4; 12]),
                code(&w, &[2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]),
            ]
            .join("\n"),
        );
        (w.0, group)
    }

    #[test]
    fn the_danish_csv_opens_in_danish_excel() {
        let (wheel, group) = two_people();
        let text = csv(&wheel, &group, 5, crate::core::i18n::DANISH.strings);
        let bytes = text.as_bytes();
        assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 byte-order mark");
        let lines: Vec<&str> = text['\u{feff}'.len_utf8()..].split("\r\n").collect();
        assert_eq!(
            lines.len(),
            14,
            "a header, 12 parts and the final line break"
        );
        assert_eq!(lines[13], "");
        assert_eq!(
            lines[0],
            "Dimension;Del;Svar;Gennemsnit;Median;Laveste;Højeste;Niveau 1;Niveau 2;Niveau 3;Niveau 4;Niveau 5"
        );
        assert_eq!(
            lines[1],
            "Anvendelseskompetencer;Brugerkompetencer;2;3,0;3,0;2;4;0;1;0;1;0"
        );
        assert_eq!(
            lines[2],
            "Anvendelseskompetencer;Dataanvendelse;2;3,5;3,5;3;4;0;0;1;1;0"
        );
        // A comma in a title needs no quotes; "å" is two UTF-8 bytes.
        assert!(lines[4].starts_with(
            "Kompetencer til teknologiforståelse;Teknologi, faglighed og mennesker;2;3,5;"
        ));
        assert!(text.contains("forst\u{e5}else"));
        assert!(bytes.windows(3).any(|w| w == b"st\xC3"));
    }

    #[test]
    fn the_english_csv_uses_commas_points_and_english_headers() {
        let english = crate::core::i18n::ENGLISH.wheel();
        let group = two_people().1;
        let text = csv(&english, &group, 5, crate::core::i18n::ENGLISH.strings);
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<&str> = text['\u{feff}'.len_utf8()..].lines().collect();
        assert_eq!(
            lines[0],
            "Dimension,Part,Answers,Average,Median,Lowest,Highest,Level 1,Level 2,Level 3,Level 4,Level 5"
        );
        assert!(
            lines[1].ends_with(",2,3.0,3.0,2,4,0,1,0,1,0"),
            "{}",
            lines[1]
        );
        assert!(
            lines[2].ends_with(",2,3.5,3.5,3,4,0,0,1,1,0"),
            "{}",
            lines[2]
        );
        // A comma in a field is quoted; soft hyphens are left out.
        assert!(lines[4].starts_with(
            "Competences in understanding technology,\"Technology, professional practice and people\",2,3.5,"
        ), "{}", lines[4]);
    }

    /// Two sets on the KL wheel: before a course five rate the first part
    /// 2, 2, 2, 3, 3 (mean 2.4), after it `after` of them rate it 3, 3, 3,
    /// 3, 4 (all five: mean 3.2); the second part falls from 4 to 3.
    fn before_and_after(after: usize) -> (Wheel, Sets) {
        let w = kl();
        let before: Vec<String> = [2, 2, 2, 3, 3]
            .iter()
            .map(|&l| {
                let mut levels = [0; 12];
                levels[0] = l;
                levels[1] = 4;
                code(&w, &levels)
            })
            .collect();
        let after: Vec<String> = [3, 3, 3, 3, 4]
            .iter()
            .take(after)
            .map(|&l| {
                let mut levels = [0; 12];
                levels[0] = l;
                levels[1] = 3;
                code(&w, &levels)
            })
            .collect();
        let text = SetsText {
            names: [String::new(), " Hold B ".to_owned()],
            codes: [before.join("\n"), after.join("\n")],
        };
        let sets = Sets::read(&w.1, 5, &text, crate::core::i18n::DANISH.strings);
        (w.0, sets)
    }

    #[test]
    fn two_sets_give_both_figures_and_the_change_of_the_mean() {
        let (wheel, sets) = before_and_after(5);
        // The wheel's outline: the second set's name and its means by part
        // id, parts nobody rated left out.
        let compare = sets.compare(&wheel).expect("a comparison");
        assert_eq!(compare.word, "Hold B");
        let ids: Vec<String> = wheel.parts().map(|(_, p)| p.id.clone()).collect();
        assert_eq!(
            compare.levels.into_iter().collect::<Vec<_>>(),
            [(ids[0].clone(), 3.2), (ids[1].clone(), 3.0)]
        );
        let da = crate::core::i18n::DANISH.strings;
        let en = crate::core::i18n::ENGLISH.strings;
        assert!(sets.comparing());
        assert_eq!(sets.names, ["Før".to_owned(), "Hold B".to_owned()]);
        assert_eq!(
            (sets.groups[0].participants, sets.groups[1].participants),
            (5, 5)
        );
        assert_eq!(sets.change(0), Some(0.8));
        assert_eq!(
            sets.change_text(0, da).as_deref(),
            Some("Før 2,4 → Hold B 3,2 (+0,8)")
        );
        assert_eq!(
            sets.change_text(1, en).as_deref(),
            Some("Før 4.0 → Hold B 3.0 (\u{2212}1.0)")
        );
        assert_eq!(sets.change_figure(1, da).as_deref(), Some("\u{2212}1,0"));
        assert_eq!(
            sets.panel_lines(0, da),
            [
                (
                    "Før".to_owned(),
                    "gennemsnit 2,4, spænd 2–3, 5 svar".to_owned()
                ),
                (
                    "Hold B".to_owned(),
                    "gennemsnit 3,2, spænd 3–4, 5 svar".to_owned()
                ),
                (
                    "Ændring i gennemsnit".to_owned(),
                    "Før 2,4 → Hold B 3,2 (+0,8)".to_owned()
                ),
            ]
        );
        // Nobody rated the third part in either set: no change to tell.
        assert_eq!(sets.change_text(2, da), None);
        // The wheel: the first set drawn as a single group, the second's
        // means for its outline.
        assert_eq!(sets.drawn(), sets.groups[0]);
        let means = sets.compared_means();
        assert_eq!(means.len(), 12);
        assert_eq!(&means[..3], &[Some(3.2), Some(3.0), None]);
    }

    #[test]
    fn the_change_adds_up_with_the_means_as_shown() {
        let w = kl();
        let codes = |levels: &[u8]| {
            levels
                .iter()
                .map(|&l| {
                    let mut all = [0; 12];
                    all[0] = l;
                    code(&w, &all)
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        let text = SetsText {
            names: Default::default(),
            // Means 2.25 (shown 2,3) and 2.6: the change read off the
            // figures is 0,3, though 2.6 - 2.25 = 0.35 would round to 0,4.
            codes: [codes(&[2, 2, 2, 3]), codes(&[2, 2, 3, 3, 3])],
        };
        let sets = Sets::read(&w.1, 5, &text, crate::core::i18n::DANISH.strings);
        assert_eq!(sets.groups[0].parts[0].mean, Some(2.25));
        assert_eq!(
            sets.change_text(0, crate::core::i18n::DANISH.strings)
                .as_deref(),
            Some("Før 2,3 → Efter 2,6 (+0,3)")
        );
        // No change at all has no sign.
        let same = SetsText {
            names: Default::default(),
            codes: [codes(&[3, 3, 3]), codes(&[3, 3, 3])],
        };
        let sets = Sets::read(&w.1, 5, &same, crate::core::i18n::DANISH.strings);
        assert_eq!(
            sets.change_text(0, crate::core::i18n::DANISH.strings)
                .as_deref(),
            Some("Før 3,0 → Efter 3,0 (0,0)")
        );
    }

    #[test]
    fn a_set_of_fewer_than_three_codes_shows_only_its_count() {
        let (_, sets) = before_and_after(2);
        assert!(sets.comparing());
        assert!(sets.figures_shown(0));
        assert!(!sets.figures_shown(1));
        assert_eq!(sets.figures(1, 0), Some(SetFigures::TooFew(2)));
        assert!(matches!(sets.figures(0, 0), Some(SetFigures::Shown(s)) if s.n == 5));
        assert_eq!(sets.change(0), None);
        assert_eq!(sets.change_text(0, crate::core::i18n::DANISH.strings), None);
        assert_eq!(
            sets.panel_lines(0, crate::core::i18n::DANISH.strings),
            [
                ("Før".to_owned(), "gennemsnit 2,4, spænd 2–3, 5 svar".to_owned()),
                (
                    "Hold B".to_owned(),
                    "2 deltagere, færre end 3, så tallene for dette sæt vises ikke (ingen skal kunne genkendes)".to_owned()
                ),
            ]
        );
        assert!(
            sets.compared_means().iter().all(Option::is_none),
            "no outline from a set of two"
        );
        assert_eq!(sets.compare(&Wheel::builtin()), None);
        // The other way round: a first set of two is not drawn, only counted.
        let w = kl();
        let text = SetsText {
            names: Default::default(),
            codes: [
                [code(&w, &[3; 12]), code(&w, &[4; 12])].join("\n"),
                [code(&w, &[1; 12]), code(&w, &[2; 12]), code(&w, &[5; 12])].join("\n"),
            ],
        };
        let sets = Sets::read(&w.1, 5, &text, crate::core::i18n::DANISH.strings);
        let drawn = sets.drawn();
        assert_eq!(drawn.participants, 2, "the hub still counts them");
        assert!(
            drawn.parts.is_empty(),
            "no band, no range, no figures in names"
        );
        assert_eq!(sets.compared_means()[0], Some(8.0 / 3.0));
        assert_eq!(sets.figures(0, 3), Some(SetFigures::TooFew(2)));
    }

    #[test]
    fn one_set_alone_is_a_single_group_as_before() {
        let w = kl();
        let two = [code(&w, &[4; 12]), code(&w, &[2; 12])].join("\n");
        let text = SetsText {
            names: Default::default(),
            codes: [two.clone(), "  \n".to_owned()],
        };
        let sets = Sets::read(&w.1, 5, &text, crate::core::i18n::DANISH.strings);
        assert!(!sets.comparing());
        // Two people alone: figures shown (with the warning), as always.
        assert!(sets.figures_shown(0));
        assert_eq!(*sets.drawn(), collect(&w.1, 5, &two));
        assert!(sets.compared_means().iter().all(Option::is_none));
        assert_eq!(sets.compare(&w.0), None, "nothing to compare with");
        let da = crate::core::i18n::DANISH.strings;
        assert_eq!(
            csv_sets(&w.0, &sets, 5, da),
            csv(&w.0, &sets.groups[0], 5, da)
        );
        // A second set of nothing but a typo is a comparison, so its
        // reason is listed.
        let typo = SetsText {
            names: Default::default(),
            codes: [two, "hej".to_owned()],
        };
        let sets = Sets::read(&w.1, 5, &typo, da);
        assert!(sets.comparing());
        assert_eq!(sets.groups[1].rejected.len(), 1);
        assert!(!sets.figures_shown(0), "two codes beside another set");
    }

    #[test]
    fn the_danish_csv_of_two_sets() {
        let (wheel, sets) = before_and_after(5);
        let text = csv_sets(&wheel, &sets, 5, crate::core::i18n::DANISH.strings);
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<&str> = text['\u{feff}'.len_utf8()..].split("\r\n").collect();
        assert_eq!(lines.len(), 15, "a header, 12 parts, the counts, the end");
        assert_eq!(
            lines[0],
            "Dimension;Del;\
             Før: Svar;Før: Gennemsnit;Før: Median;Før: Laveste;Før: Højeste;\
             Før: Niveau 1;Før: Niveau 2;Før: Niveau 3;Før: Niveau 4;Før: Niveau 5;\
             Hold B: Svar;Hold B: Gennemsnit;Hold B: Median;Hold B: Laveste;Hold B: Højeste;\
             Hold B: Niveau 1;Hold B: Niveau 2;Hold B: Niveau 3;Hold B: Niveau 4;Hold B: Niveau 5;\
             Ændring i gennemsnit"
        );
        assert_eq!(
            lines[1],
            "Anvendelseskompetencer;Brugerkompetencer;5;2,4;2,0;2;3;0;3;2;0;0;5;3,2;3,0;3;4;0;0;4;1;0;0,8"
        );
        assert_eq!(
            lines[2],
            "Anvendelseskompetencer;Dataanvendelse;5;4,0;4,0;4;4;0;0;0;5;0;5;3,0;3,0;3;3;0;0;5;0;0;-1,0"
        );
        assert_eq!(
            lines[3],
            "Anvendelseskompetencer;Data- og informationssikkerhed;0;;;;;0;0;0;0;0;0;;;;;0;0;0;0;0;"
        );
        assert_eq!(lines[13], "Deltagere;;5;;;;;;;;;;5;;;;;;;;;;");
        assert_eq!(lines[14], "");
        for line in &lines[..14] {
            assert_eq!(line.split(';').count(), 23, "{line}");
        }
    }

    #[test]
    fn the_english_csv_of_two_sets_leaves_a_small_set_empty_but_counted() {
        let english = crate::core::i18n::ENGLISH.wheel();
        let (_, sets) = before_and_after(2);
        let text = csv_sets(&english, &sets, 5, crate::core::i18n::ENGLISH.strings);
        let lines: Vec<&str> = text['\u{feff}'.len_utf8()..].split("\r\n").collect();
        assert_eq!(
            lines[0],
            "Dimension,Part,\
             Før: Answers,Før: Average,Før: Median,Før: Lowest,Før: Highest,\
             Før: Level 1,Før: Level 2,Før: Level 3,Før: Level 4,Før: Level 5,\
             Hold B: Answers,Hold B: Average,Hold B: Median,Hold B: Lowest,Hold B: Highest,\
             Hold B: Level 1,Hold B: Level 2,Hold B: Level 3,Hold B: Level 4,Hold B: Level 5,\
             Change of the average"
        );
        assert!(
            lines[1].ends_with(",5,2.4,2.0,2,3,0,3,2,0,0,,,,,,,,,,,"),
            "{}",
            lines[1]
        );
        assert_eq!(lines[13], "Participants,,5,,,,,,,,,,2,,,,,,,,,,");
        // A comma in a title is quoted.
        assert!(lines[4].starts_with(
            "Competences in understanding technology,\"Technology, professional practice and people\",0,"
        ), "{}", lines[4]);
    }
}
