//! The built-in wheel's text against its source, KL's *Fremtidens digitale
//! kompetencer* (`shared/seeds/002_faac9e1887901df5.txt`, beside the checkout).
//! The wheel says what the source says, in the project's own words and more
//! briefly, under KL's own titles, with a label on the wheel that names each
//! segment alone.
//!
//! How text is compared. Both texts are reduced to words: soft hyphens are
//! removed, everything is lower-cased, and a word is a run of letters and
//! digits, so punctuation, dashes, quotes and line breaks never separate or
//! join a match ("3D-modeller" is "3d modeller", "1:1" is "1 1").
//!
//! - **Own words:** no run of [`SHARED_RUN_LIMIT`] or more consecutive words of
//!   any Danish text on the wheel (titles, short labels, introductions,
//!   descriptions, examples, the title and the credit line) occurs anywhere in
//!   the source. A run may cross sentences but not fields. The discussion
//!   questions are left out: they quote another source (seed 000) and are
//!   credited as such.
//! - **Length:** the wheel's descriptive text (each dimension's introduction,
//!   each part's description and examples) is at most [`LENGTH_LIMIT`] of the
//!   source's corresponding text. The source's text for a segment is
//!   everything under its heading up to the next heading, without the
//!   "Eksempler" headings and without the lead-in of each example list
//!   ("Eksempler på … er:"), which the widget replaces with its own heading.
//!   Length is counted in characters of the words, plus one per gap between
//!   words, so spacing and punctuation count for neither side.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::PathBuf;

use competence_wheel::core::model::{plain, SegmentId, Wheel};

/// The source, relative to the repository root. `COMPETENCE_WHEEL_SOURCE`
/// names another path to it, for a checkout that does not sit beside shared/.
const SOURCE: &str = "../shared/seeds/002_faac9e1887901df5.txt";
/// A shared run of this many words fails.
const SHARED_RUN_LIMIT: usize = 10;
/// The wheel's descriptive text may be at most this share of the source's.
const LENGTH_LIMIT: f64 = 0.65;

/// The source text, or `None` (with the reason on stderr) when it is absent
/// and `CI` is not set: a fresh clone without `shared/` beside it still
/// passes `cargo test`, while CI, which has the source, must check it.
fn source() -> Option<String> {
    let path = std::env::var_os("COMPETENCE_WHEEL_SOURCE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(SOURCE));
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(err) if std::env::var_os("CI").is_some_and(|ci| !ci.is_empty()) => panic!(
            "cannot read the wheel's source text at {} ({err}). CI is set, so the wheel's text \
             must be checked against it: put it in shared/seeds/ beside the checkout (or set \
             COMPETENCE_WHEEL_SOURCE to its path).",
            path.display()
        ),
        Err(err) => {
            // Straight to stderr: libtest captures print macros of passing tests.
            let _ = writeln!(
                std::io::stderr(),
                "skipped: the wheel's source text is not at {} ({err}), so the wheel's text is \
                 not checked against it (set COMPETENCE_WHEEL_SOURCE to its path; with CI set \
                 this fails)",
                path.display()
            );
            None
        }
    }
}

fn words(text: &str) -> Vec<String> {
    plain(text)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Length in characters of the words and one space between each two.
fn length(text: &str) -> usize {
    let words = words(text);
    words.iter().map(|w| w.chars().count()).sum::<usize>() + words.len().saturating_sub(1)
}

/// Every Danish text on the wheel except the questions, with its JSON path.
fn fields(wheel: &Wheel) -> Vec<(String, String)> {
    let mut fields = vec![
        ("$.title".to_owned(), wheel.title.clone()),
        ("$.source".to_owned(), wheel.source.clone()),
    ];
    for (d, dim) in wheel.dimensions.iter().enumerate() {
        let at = format!("$.dimensions[{d}]");
        fields.push((format!("{at}.title"), dim.title.clone()));
        fields.extend(dim.short.iter().map(|s| (format!("{at}.short"), s.clone())));
        fields.push((format!("{at}.intro"), dim.intro.clone()));
        for (p, part) in dim.parts.iter().enumerate() {
            let at = format!("{at}.parts[{p}]");
            fields.push((format!("{at}.title"), part.title.clone()));
            fields.extend(
                part.short
                    .iter()
                    .map(|s| (format!("{at}.short"), s.clone())),
            );
            fields.push((format!("{at}.description"), part.description.clone()));
            for (e, example) in part.examples.iter().enumerate() {
                fields.push((format!("{at}.examples[{e}]"), example.clone()));
            }
        }
    }
    fields
}

/// The longest runs of `text` that also occur in `source`: for each place in
/// `text` where a shared run ends and cannot be extended, its length and words.
fn shared_runs(text: &[String], source: &[String]) -> Vec<(usize, String)> {
    // Longest common suffix of text[..i] and source[..j], row by row.
    let mut previous = vec![0usize; source.len() + 1];
    let mut longest_at = Vec::with_capacity(text.len());
    for word in text {
        let mut current = vec![0usize; source.len() + 1];
        for (j, other) in source.iter().enumerate() {
            if word == other {
                current[j + 1] = previous[j] + 1;
            }
        }
        longest_at.push(current.iter().copied().max().unwrap_or(0));
        previous = current;
    }
    let mut runs = Vec::new();
    for (i, &len) in longest_at.iter().enumerate() {
        let extended = longest_at.get(i + 1).is_some_and(|&next| next == len + 1);
        if len > 0 && !extended {
            runs.push((len, text[i + 1 - len..=i].join(" ")));
        }
    }
    runs
}

#[test]
fn the_wheel_shares_no_run_of_ten_words_with_its_source() {
    let Some(source) = source() else { return };
    let source = words(&source);
    let wheel = Wheel::builtin();
    let mut runs: Vec<(usize, String, String)> = fields(&wheel)
        .into_iter()
        .flat_map(|(path, text)| {
            shared_runs(&words(&text), &source)
                .into_iter()
                .map(move |(len, run)| (len, path.clone(), run))
        })
        .collect();
    runs.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let (longest, path, run) = runs.first().expect("the wheel has text");
    println!("longest run shared with the source: {longest} words, {path}: «{run}»");
    let too_long: Vec<String> = runs
        .iter()
        .filter(|(len, ..)| *len >= SHARED_RUN_LIMIT)
        .map(|(len, path, run)| format!("  {len} words, {path}: «{run}»"))
        .collect();
    assert!(
        too_long.is_empty(),
        "{} runs of {SHARED_RUN_LIMIT} or more words are copied from the source; say them in \
         the wheel's own words:\n{}",
        too_long.len(),
        too_long.join("\n")
    );
}

/// The source's text under each of `headings`, by heading.
fn sections(source: &str, headings: &[String]) -> HashMap<String, Vec<String>> {
    let mut sections: HashMap<String, Vec<String>> = HashMap::new();
    let mut current: Option<&String> = None;
    for line in source.lines().map(str::trim) {
        if let Some(heading) = headings.iter().find(|h| h.as_str() == line) {
            assert!(
                !sections.contains_key(heading),
                "the heading {heading:?} appears twice in the source"
            );
            sections.insert(heading.clone(), Vec::new());
            current = Some(heading);
            continue;
        }
        let Some(heading) = current else { continue };
        if line.is_empty() || line == "Eksempler" || line == "Eksempler:" {
            continue;
        }
        let text = match (line.starts_with("Eksempler på"), line.find("er:")) {
            (true, Some(cut)) => &line[cut + "er:".len()..],
            _ => line,
        };
        sections
            .get_mut(heading)
            .expect("opened above")
            .push(text.to_owned());
    }
    sections
}

#[test]
fn every_title_is_a_heading_of_the_source() {
    let Some(source) = source() else { return };
    let headings: Vec<&str> = source.lines().map(str::trim).collect();
    let wheel = Wheel::builtin();
    for segment in wheel.segments() {
        let title = plain(wheel.title_of(segment));
        assert!(
            headings.contains(&title.as_str()),
            "{title:?} is not one of KL's headings; the wheel uses KL's full titles"
        );
    }
}

#[test]
fn the_wheel_is_at_most_65_percent_of_its_source() {
    let wheel = Wheel::builtin();
    let titles: Vec<String> = wheel.segments().map(|s| plain(wheel.title_of(s))).collect();
    let Some(source) = source() else { return };
    let sections = sections(&source, &titles);
    let (mut wheel_total, mut source_total) = (0, 0);
    println!(
        "{:<52} {:>6} {:>6} {:>6}",
        "segment", "source", "wheel", "share"
    );
    for segment in wheel.segments() {
        let title = plain(wheel.title_of(segment));
        let ours = match segment {
            SegmentId::Dimension(d) => length(&wheel.dimensions[d].intro),
            SegmentId::Part(d, p) => {
                let part = &wheel.dimensions[d].parts[p];
                length(&part.description) + part.examples.iter().map(|e| length(e)).sum::<usize>()
            }
        };
        let section = sections
            .get(&title)
            .unwrap_or_else(|| panic!("the source has no heading {title:?}"));
        let theirs = length(&section.join(" "));
        assert!(theirs > 0, "the source says nothing under {title:?}");
        println!(
            "{title:<52} {theirs:>6} {ours:>6} {:>5.0} %",
            100.0 * ours as f64 / theirs as f64
        );
        wheel_total += ours;
        source_total += theirs;
    }
    let share = wheel_total as f64 / source_total as f64;
    println!(
        "{:<52} {source_total:>6} {wheel_total:>6} {:>5.1} %",
        "all",
        100.0 * share
    );
    assert!(
        share <= LENGTH_LIMIT,
        "the wheel's text is {:.1} % of the source's; at most {:.0} % keeps it concise",
        100.0 * share,
        100.0 * LENGTH_LIMIT
    );
}

/// Every title and short label that some segment may show, with its path.
fn labels(wheel: &Wheel) -> Vec<(SegmentId, String, String)> {
    let mut labels = Vec::new();
    for (d, dim) in wheel.dimensions.iter().enumerate() {
        let at = format!("$.dimensions[{d}]");
        let segment = SegmentId::Dimension(d);
        labels.push((segment, format!("{at}.title"), dim.title.clone()));
        labels.extend(
            dim.short
                .iter()
                .map(|s| (segment, format!("{at}.short"), s.clone())),
        );
        for (p, part) in dim.parts.iter().enumerate() {
            let at = format!("{at}.parts[{p}]");
            let segment = SegmentId::Part(d, p);
            labels.push((segment, format!("{at}.title"), part.title.clone()));
            labels.extend(
                part.short
                    .iter()
                    .map(|s| (segment, format!("{at}.short"), s.clone())),
            );
        }
    }
    labels
}

#[test]
fn every_label_on_the_wheel_names_one_segment() {
    for language in [
        &competence_wheel::core::i18n::DANISH,
        &competence_wheel::core::i18n::ENGLISH,
    ] {
        let (lang, wheel) = (language.strings.lang, language.wheel());
        let labels = labels(&wheel);
        let mut clashes = Vec::new();
        for (i, (segment, path, label)) in labels.iter().enumerate() {
            for (other_segment, other_path, other) in &labels[i + 1..] {
                if segment != other_segment && words(label) == words(other) {
                    clashes.push(format!("  {path} and {other_path}: {:?}", plain(label)));
                }
            }
        }
        assert!(
            clashes.is_empty(),
            "in the {lang} wheel, two segments show the same label:\n{}",
            clashes.join("\n")
        );
    }
}
