//! Merges a wasm module's data segments after the split.
//!
//! The wasm is linked with `--no-merge-data-segments` so that the splitter
//! can move each item's data into the chunk that alone uses it. That leaves
//! the main module with thousands of small segments (2,539 on this widget),
//! each with its own header, which cost 9 KiB gzip. Merging neighbours back
//! wins that back:
//!
//! - In the main module, gaps of up to [`MAIN_GAP`] bytes are filled with
//!   zeros. Memory is all zeros when the main module starts, and whatever a
//!   chunk later writes into such a gap (its own data) lands after it.
//! - In a chunk, only touching segments are merged: a chunk starts when the
//!   main module's data is live, and zeros written into a gap could
//!   overwrite it.
//!
//! Modules with passive segments (`memory.init` names segments by index),
//! offsets that are not constants or overlapping segments are left as they
//! are.

use std::ops::Range;

use wasm_encoder::{ConstExpr, DataSection, Module, RawSection};
use wasmparser::{DataKind, Operator, Parser, Payload};

/// A data segment: where it goes in memory, and its bytes.
type Segment = (u32, Vec<u8>);

/// The largest gap in the main module filled with zeros to merge segments.
pub const MAIN_GAP: u32 = 64;

/// The module with its active data segments merged where at most `max_gap`
/// bytes lie between them; `None` when it must stay as it is.
pub fn merge(wasm: &[u8], max_gap: u32) -> Result<Option<Vec<u8>>, String> {
    let Some(segments) = active_segments(wasm)? else {
        return Ok(None);
    };
    let Some(merged) = merge_segments(segments, max_gap) else {
        return Ok(None);
    };
    let mut data = DataSection::new();
    for (offset, bytes) in &merged {
        data.active(
            0,
            &ConstExpr::i32_const(*offset as i32),
            bytes.iter().copied(),
        );
    }

    let mut module = Module::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|err| format!("cannot read the wasm: {err}"))?;
        match &payload {
            Payload::DataSection(_) => {
                module.section(&data);
            }
            // Its data-segment names would name the segments before the
            // merge (and wasm-bindgen warns about each); the wasm needs none.
            Payload::CustomSection(section) if section.name() == "name" => {}
            Payload::DataCountSection { .. } => {
                module.section(&wasm_encoder::DataCountSection {
                    count: merged.len() as u32,
                });
            }
            _ => {
                if let Some((id, range)) = payload.as_section() {
                    module.section(&RawSection {
                        id,
                        data: &wasm[usize_range(range)],
                    });
                }
            }
        }
    }
    Ok(Some(module.finish()))
}

/// Every data segment as (offset, bytes), if all are active in memory 0 at a
/// constant offset.
fn active_segments(wasm: &[u8]) -> Result<Option<Vec<Segment>>, String> {
    let mut segments = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let Payload::DataSection(reader) =
            payload.map_err(|err| format!("cannot read the wasm: {err}"))?
        else {
            continue;
        };
        for data in reader {
            let data = data.map_err(|err| format!("cannot read a data segment: {err}"))?;
            let DataKind::Active {
                memory_index: 0,
                offset_expr,
            } = data.kind
            else {
                return Ok(None);
            };
            let mut operators = offset_expr.get_operators_reader();
            let offset = match operators.read() {
                Ok(Operator::I32Const { value }) => value as u32,
                _ => return Ok(None),
            };
            segments.push((offset, data.data.to_vec()));
        }
    }
    Ok(Some(segments))
}

/// Sorts segments by offset and joins those at most `max_gap` bytes apart,
/// filling the gap with zeros; `None` if two overlap (which one wins would
/// then depend on the order).
fn merge_segments(mut segments: Vec<Segment>, max_gap: u32) -> Option<Vec<Segment>> {
    segments.sort_by_key(|(offset, _)| *offset);
    let mut merged: Vec<Segment> = Vec::new();
    for (offset, bytes) in segments {
        if let Some((start, joined)) = merged.last_mut() {
            let end = *start + joined.len() as u32;
            if offset < end {
                return None;
            }
            if offset - end <= max_gap {
                joined.resize((offset - *start) as usize, 0);
                joined.extend_from_slice(&bytes);
                continue;
            }
        }
        merged.push((offset, bytes));
    }
    Some(merged)
}

fn usize_range(range: Range<u64>) -> Range<usize> {
    range.start as usize..range.end as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn touching_and_near_segments_merge_with_zeros_between() {
        let merged = merge_segments(
            vec![(10, vec![3]), (0, vec![1, 2]), (2, vec![9]), (100, vec![7])],
            8,
        );
        assert_eq!(
            merged,
            Some(vec![
                (0, vec![1, 2, 9, 0, 0, 0, 0, 0, 0, 0, 3]),
                (100, vec![7])
            ])
        );
    }

    #[test]
    fn without_a_gap_allowance_only_touching_segments_merge() {
        let merged = merge_segments(vec![(0, vec![1]), (1, vec![2]), (3, vec![3])], 0);
        assert_eq!(merged, Some(vec![(0, vec![1, 2]), (3, vec![3])]));
    }

    #[test]
    fn overlapping_segments_leave_the_module_as_it_is() {
        let merged = merge_segments(vec![(0, vec![1, 2, 3]), (1, vec![5])], 8);
        assert_eq!(merged, None);
    }
}
