//! The group's wheel: many anonymous share codes combined into statistics per
//! part. Codes that cannot be read are listed with the reason and skipped;
//! the same code pasted twice counts once (a code carries its person's random
//! part, so two people who rated alike still count twice).

use crate::core::i18n::{fill, Strings};
use crate::core::model::Wheel;
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
    let comma = strings.decimal_comma;
    let separator = if comma { ';' } else { ',' };
    let quote = |text: &str| {
        let text = crate::core::model::plain(text);
        if text.contains([separator, '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    };
    let number = |value: Option<f64>| {
        value.map_or(String::new(), |v| {
            crate::core::ratings::one_decimal(v, comma)
        })
    };
    let whole = |value: Option<u8>| value.map_or(String::new(), |v| v.to_string());
    let mut rows = vec![[
        strings.dimension,
        strings.part,
        strings.answers,
        strings.average,
        strings.median,
        strings.csv_min,
        strings.csv_max,
    ]
    .iter()
    .map(|&h| quote(h))
    .chain((1..=levels).map(|l| quote(&fill(strings.level_n, &l.to_string()))))
    .collect::<Vec<_>>()];
    let parts = wheel
        .parts()
        .map(|(segment, part)| (&wheel.dimensions[segment.dimension()], part));
    for ((dimension, part), stats) in parts.zip(&group.parts) {
        let mut row = vec![
            quote(&dimension.title),
            quote(&part.title),
            stats.n.to_string(),
            number(stats.mean),
            number(stats.median),
            whole(stats.min),
            whole(stats.max),
        ];
        row.extend(stats.counts.iter().map(usize::to_string));
        rows.push(row);
    }
    let mut out = String::from('\u{feff}');
    for row in rows {
        out.push_str(&row.join(&separator.to_string()));
        out.push_str("\r\n");
    }
    out
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
}
