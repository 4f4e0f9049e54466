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

impl Block {
    /// Whether a screen may not end with this block.
    pub fn keeps_with_next(&self) -> bool {
        matches!(self, Block::Heading(_))
    }
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
/// with it.
pub fn paginate(extents: &[Extent], keeps_with_next: &[bool], first: f64, rest: f64) -> Vec<usize> {
    // Sub-pixel rounding in the browser must not push the last line out.
    const SLACK: f64 = 0.5;
    let mut starts = vec![0];
    let mut start = 0;
    let mut room = first;
    while start < extents.len() {
        let top = extents[start].top;
        let mut end = start + 1;
        while end < extents.len() && extents[end].bottom - top <= room + SLACK {
            end += 1;
        }
        // Move trailing headings to the next screen, unless that would empty this one.
        while end < extents.len()
            && end - 1 > start
            && keeps_with_next.get(end - 1).copied().unwrap_or(false)
        {
            end -= 1;
        }
        if end < extents.len() {
            starts.push(end);
        }
        start = end;
        room = rest;
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

    #[test]
    fn what_fits_stays_on_one_screen() {
        let extents = even(&[100.0, 100.0, 100.0], 10.0);
        assert_eq!(paginate(&extents, &[false; 3], 320.0, 320.0), [0]);
        assert_eq!(paginate(&[], &[], 320.0, 320.0), [0]);
    }

    #[test]
    fn a_long_step_continues_and_every_screen_fits() {
        let heights = [120.0, 80.0, 200.0, 40.0, 40.0, 40.0, 40.0, 300.0, 10.0];
        let extents = even(&heights, 12.0);
        let (first, rest) = (330.0, 300.0);
        let starts = paginate(&extents, &[false; 9], first, rest);
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
        let keep = [false, false, true, false, false];
        // Room for the first three blocks only: the heading moves on.
        assert_eq!(paginate(&extents, &keep, 300.0, 300.0), [0, 2]);
    }

    #[test]
    fn a_block_taller_than_a_screen_gets_its_own() {
        let extents = even(&[50.0, 500.0, 50.0], 10.0);
        assert_eq!(paginate(&extents, &[false; 3], 200.0, 200.0), [0, 1, 2]);
        // A lone heading before it is not left on a screen by itself either
        // way: it keeps the screen it started.
        let keep = [true, false, false];
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
        let strings = Strings::for_lang("da");
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
