//! Presenting: the steps of a presentation (every dimension and part in
//! reading order, then the reflection questions), each step's text as a list
//! of blocks, and how those blocks are split into screens that each fit
//! without scrolling. A clicker cannot scroll, so a step too long for one
//! screen continues on the next ("… (fortsat)"), counted in the step total.
//!
//! The split is made from the blocks' heights as the browser laid them out
//! (so any font, wheel text or screen size is measured, not guessed); the
//! arithmetic here is pure.

use crate::core::i18n::Strings;
use crate::core::model::{paragraphs, SegmentId, Wheel};

/// One step of a presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// A dimension's introduction or a part's description and examples.
    Segment(SegmentId),
    /// The wheel's reflection questions, after the last part.
    Questions,
}

/// Every step, in order: each dimension, then its parts; then the questions
/// if the wheel has them.
pub fn slides(wheel: &Wheel) -> Vec<Slide> {
    wheel
        .segments()
        .map(Slide::Segment)
        .chain(wheel.questions.is_some().then_some(Slide::Questions))
        .collect()
}

/// One block of a step's text: the unit a screen is filled with.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(String),
    /// A small heading; it stays on the same screen as the block after it.
    Heading(&'static str),
    /// One of a part's examples.
    Example(String),
    /// One of a dimension's parts (a button that opens it).
    Part(SegmentId),
    /// One question, numbered from 1.
    Question(usize, String),
}

/// How a block flows from one screen to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// A paragraph: a screen may end before or after it.
    Text,
    /// A small heading: a screen never ends with it.
    Heading,
    /// An item of a list (an example, a part, a question): a list is never
    /// split so that one item stands alone, and a continued list repeats its
    /// heading ("Eksempler (fortsat)").
    Item,
}

impl Block {
    /// Whether a screen may not end with this block.
    pub fn keeps_with_next(&self) -> bool {
        self.flow() == Flow::Heading
    }

    /// How this block flows between screens.
    pub fn flow(&self) -> Flow {
        match self {
            Block::Paragraph(_) => Flow::Text,
            Block::Heading(_) => Flow::Heading,
            Block::Example(_) | Block::Part(_) | Block::Question(..) => Flow::Item,
        }
    }
}

/// The heading of the list that block `at` continues, when a screen starts
/// at `at` in the middle of a list that has one: its index.
pub fn continued_list_heading(flows: &[Flow], at: usize) -> Option<usize> {
    if flows.get(at) != Some(&Flow::Item) {
        return None;
    }
    let mut first = at;
    while first > 0 && flows[first - 1] == Flow::Item {
        first -= 1;
    }
    (first < at && first > 0 && flows[first - 1] == Flow::Heading).then(|| first - 1)
}

/// The blocks of `slide`'s text, below its heading.
pub fn blocks(wheel: &Wheel, slide: Slide, strings: &Strings) -> Vec<Block> {
    fn text(text: &str) -> impl Iterator<Item = Block> + '_ {
        paragraphs(text).map(|p| Block::Paragraph(p.to_owned()))
    }
    match slide {
        Slide::Segment(SegmentId::Dimension(d)) => {
            let dimension = &wheel.dimensions[d];
            text(&dimension.intro)
                .chain([Block::Heading(strings.parts)])
                .chain((0..dimension.parts.len()).map(|p| Block::Part(SegmentId::Part(d, p))))
                .collect()
        }
        Slide::Segment(SegmentId::Part(d, p)) => {
            let part = &wheel.dimensions[d].parts[p];
            let examples = (!part.examples.is_empty())
                .then(|| {
                    std::iter::once(Block::Heading(strings.examples))
                        .chain(part.examples.iter().cloned().map(Block::Example))
                })
                .into_iter()
                .flatten();
            text(&part.description).chain(examples).collect()
        }
        Slide::Questions => {
            let Some(questions) = &wheel.questions else {
                return Vec::new();
            };
            text(&questions.intro)
                .chain(
                    questions
                        .items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| Block::Question(i + 1, item.clone())),
                )
                .collect()
        }
    }
}

/// Where a block was laid out, in CSS pixels from the top of its step's text
/// (its margins and the gaps between blocks are part of the distances).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extent {
    pub top: f64,
    pub bottom: f64,
}

/// Splits a step's blocks into screens: the index of each screen's first
/// block (the first is always 0). The first screen holds `first` pixels of
/// text and every later one `rest` (its heading says "continued" and may be
/// taller). A block that is taller than a screen on its own gets a screen of
/// its own; a heading never ends a screen when the block after it could go
/// with it. A list is not split so that one of its items stands alone on a
/// screen (the first at the bottom of one, or the last at the top of the
/// next) when moving items on keeps the next screen fitting; a screen that
/// continues a list repeats its heading, and that room is counted.
pub fn paginate(extents: &[Extent], flows: &[Flow], first: f64, rest: f64) -> Vec<usize> {
    // Sub-pixel rounding in the browser must not push the last line out.
    const SLACK: f64 = 0.5;
    let n = extents.len();
    let flow = |i: usize| flows.get(i).copied().unwrap_or(Flow::Text);
    // The room a continued list's repeated heading takes on a screen that
    // starts at `at` (its height and the gap under it).
    let repeated = |at: usize| {
        continued_list_heading(flows, at).map_or(0.0, |h| match extents.get(h + 1) {
            Some(next) => next.top - extents[h].top,
            None => 0.0,
        })
    };
    let fits_from = |from: usize, to: usize| {
        extents[to].bottom - extents[from].top + repeated(from) <= rest + SLACK
    };
    let back_over_headings = |mut end: usize, start: usize| {
        while end < n && end - 1 > start && flow(end - 1) == Flow::Heading {
            end -= 1;
        }
        end
    };
    let mut starts = vec![0];
    let mut start = 0;
    while start < n {
        let room = if start == 0 {
            first
        } else {
            rest - repeated(start)
        };
        let top = extents[start].top;
        let mut end = start + 1;
        while end < n && extents[end].bottom - top <= room + SLACK {
            end += 1;
        }
        // Move trailing headings to the next screen, unless that would empty this one.
        end = back_over_headings(end, start);
        // A list split here: keep at least two of its items together on
        // each side, if the next screen still fits.
        if end < n && flow(end) == Flow::Item && flow(end - 1) == Flow::Item {
            let mut run_start = end;
            while run_start > start && flow(run_start - 1) == Flow::Item {
                run_start -= 1;
            }
            let mut run_end = end;
            while run_end < n && flow(run_end) == Flow::Item {
                run_end += 1;
            }
            let (here, after) = (end - run_start, run_end - end);
            let moved = if after == 1 && here >= 3 {
                Some(end - 1)
            } else if after == 1 || here == 1 {
                Some(back_over_headings(run_start, start))
            } else {
                None
            };
            if let Some(moved) = moved.filter(|&m| m > start && fits_from(m, end)) {
                end = moved;
            }
        }
        if end < n {
            starts.push(end);
        }
        start = end;
    }
    starts
}

/// How many screens a step has, given its screen starts (none: one).
pub fn screen_count(starts: Option<&Vec<usize>>) -> usize {
    starts.map_or(1, |starts| starts.len().max(1))
}

/// The blocks on screen `screen` of a step with `len` blocks.
pub fn screen_range(
    starts: Option<&Vec<usize>>,
    screen: usize,
    len: usize,
) -> std::ops::Range<usize> {
    let Some(starts) = starts.filter(|s| !s.is_empty()) else {
        return 0..len;
    };
    let from = starts.get(screen).copied().unwrap_or(0).min(len);
    let to = starts.get(screen + 1).copied().unwrap_or(len).min(len);
    from..to.max(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn even(heights: &[f64], gap: f64) -> Vec<Extent> {
        let mut top = 0.0;
        heights
            .iter()
            .map(|h| {
                let extent = Extent {
                    top,
                    bottom: top + h,
                };
                top += h + gap;
                extent
            })
            .collect()
    }

    use Flow::{Heading as H, Item as I, Text as T};

    #[test]
    fn what_fits_stays_on_one_screen() {
        let extents = even(&[100.0, 100.0, 100.0], 10.0);
        assert_eq!(paginate(&extents, &[T; 3], 320.0, 320.0), [0]);
        assert_eq!(paginate(&[], &[], 320.0, 320.0), [0]);
    }

    #[test]
    fn a_long_step_continues_and_every_screen_fits() {
        let heights = [120.0, 80.0, 200.0, 40.0, 40.0, 40.0, 40.0, 300.0, 10.0];
        let extents = even(&heights, 12.0);
        let (first, rest) = (330.0, 300.0);
        let starts = paginate(&extents, &[T; 9], first, rest);
        assert_eq!(starts, [0, 2, 4, 7, 8]);
        // Every block is on exactly one screen, in order, and each screen fits.
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(extents.len());
            let height = extents[end - 1].bottom - extents[start].top;
            let room = if i == 0 { first } else { rest };
            assert!(height <= room + 0.5, "screen {i}: {height} > {room}");
        }
    }

    #[test]
    fn a_heading_goes_with_the_block_after_it() {
        // paragraph, paragraph, heading, example, example
        let extents = even(&[150.0, 100.0, 30.0, 40.0, 40.0], 10.0);
        let keep = [T, T, H, T, T];
        // Room for the first three blocks only: the heading moves on.
        assert_eq!(paginate(&extents, &keep, 300.0, 300.0), [0, 2]);
    }

    #[test]
    fn a_list_never_leaves_one_item_alone() {
        // paragraph, paragraph, heading, example, example: room for the
        // heading and the first example only. The first example would stand
        // alone at the bottom, the second alone on the next screen: both
        // move on, with their heading.
        let flows = [T, T, H, I, I];
        let extents = even(&[150.0, 100.0, 30.0, 40.0, 40.0], 10.0);
        assert_eq!(paginate(&extents, &flows, 350.0, 300.0), [0, 2]);
        // Five examples, room for four: the last would be alone, so the
        // fourth goes with it, and the next screen repeats the heading.
        let flows = [T, H, I, I, I, I, I];
        let extents = even(&[100.0, 30.0, 40.0, 40.0, 40.0, 40.0, 40.0], 10.0);
        let starts = paginate(&extents, &flows, 350.0, 300.0);
        assert_eq!(starts, [0, 5]);
        assert_eq!(continued_list_heading(&flows, 5), Some(1));
        // Unless the next screen would then not fit: one alone is better
        // than text off the screen.
        let extents = even(&[100.0, 30.0, 40.0, 40.0, 40.0, 40.0, 140.0], 10.0);
        assert_eq!(paginate(&extents, &flows, 350.0, 150.0), [0, 6]);
    }

    #[test]
    fn a_continued_list_makes_room_for_its_repeated_heading() {
        // A heading (30), then eight items of 40, gaps of 10: the first
        // screen holds the heading and five items. The next screen repeats
        // "Eksempler (fortsat)", 40 with its gap, so of its 150 px 110 are
        // left: two items (90), not the three (140) that fit without it.
        let flows = [H, I, I, I, I, I, I, I, I];
        let extents = even(
            &[30.0, 40.0, 40.0, 40.0, 40.0, 40.0, 40.0, 40.0, 40.0],
            10.0,
        );
        assert_eq!(paginate(&extents, &flows, 290.0, 150.0), [0, 6, 8]);
        assert_eq!(paginate(&extents, &flows, 290.0, 200.0), [0, 6]);
        assert_eq!(continued_list_heading(&flows, 6), Some(0));
        assert_eq!(continued_list_heading(&flows, 1), None);
        assert_eq!(continued_list_heading(&flows, 0), None);
        assert_eq!(continued_list_heading(&[T, I, I], 2), None);
    }

    #[test]
    fn a_block_taller_than_a_screen_gets_its_own() {
        let extents = even(&[50.0, 500.0, 50.0], 10.0);
        assert_eq!(paginate(&extents, &[T; 3], 200.0, 200.0), [0, 1, 2]);
        // A lone heading before it is not left on a screen by itself either
        // way: it keeps the screen it started.
        let keep = [H, T, T];
        assert_eq!(paginate(&extents, &keep, 200.0, 200.0), [0, 1, 2]);
    }

    #[test]
    fn screen_ranges_cover_every_block_once() {
        let starts = vec![0, 3, 5];
        let ranges: Vec<_> = (0..3).map(|s| screen_range(Some(&starts), s, 7)).collect();
        assert_eq!(ranges, [0..3, 3..5, 5..7]);
        assert_eq!(screen_range(None, 0, 4), 0..4);
        assert_eq!(screen_count(Some(&starts)), 3);
        assert_eq!(screen_count(None), 1);
    }

    #[test]
    fn the_kl_wheel_has_a_step_per_segment_and_the_questions() {
        let wheel = Wheel::builtin();
        let all = slides(&wheel);
        assert_eq!(all.len(), 17);
        assert_eq!(all[16], Slide::Questions);
        let strings = crate::core::i18n::DANISH.strings;
        let questions = blocks(&wheel, Slide::Questions, strings);
        assert_eq!(
            questions
                .iter()
                .filter(|b| matches!(b, Block::Question(..)))
                .count(),
            9
        );
        let data = blocks(&wheel, Slide::Segment(SegmentId::Part(0, 1)), strings);
        let examples = data
            .iter()
            .filter(|b| matches!(b, Block::Example(_)))
            .count();
        assert_eq!(examples, wheel.dimensions[0].parts[1].examples.len());
        let heading = data
            .iter()
            .position(|b| *b == Block::Heading(strings.examples));
        assert!(heading.is_some_and(|h| data[h].keeps_with_next()));
    }
}
