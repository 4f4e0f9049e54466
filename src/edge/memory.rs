//! The wasm memory the widget needs, asked for once at the start.
//!
//! Rust's allocator (dlmalloc) takes memory from the engine with
//! `memory.grow` whenever its free space runs out, and never gives any back.
//! A grow the engine refuses is an allocation that fails, and that ends the
//! module in a bare `unreachable` trap (issue 28's WebKit report matches it
//! character for character). Measured (README, "The WebKit trap of issue
//! 28"): the worst realistic flow, all 12 parts rated with targets and
//! 500-character notes, *Del anonymt*, the profile and *Udskriv*, takes the
//! memory from the module's 19 pages of 64 KiB at the start (21 once the
//! wheel is drawn) to 27, in WebKitGTK and Firefox alike; the largest single
//! request is 20 KiB.
//!
//! [`reserve`] allocates twice that growth and frees it before the first
//! render: the memory grows once, and the freed block stays with dlmalloc
//! for every later allocation, so a realistic flow asks the engine for
//! nothing more. An engine that refuses the reservation refuses it here,
//! before the person has done anything: the allocation fails as any other
//! does, and the element shows its calm message with *Genindlæs* before a
//! rating could be lost. (`try_reserve`, going on without the memory, costs
//! the first load 46 bytes more gzipped.)

/// Twice the heap the worst realistic flow adds from the start (8 pages,
/// 512 KiB).
pub const RESERVE_BYTES: usize = 1 << 20;

/// Grows the memory once by about [`RESERVE_BYTES`] (if the allocator has
/// not that much free already) and leaves it free for later allocations.
pub fn reserve() {
    // Kept opaque, so the optimiser cannot drop the unused allocation.
    drop(std::hint::black_box(Vec::<u8>::with_capacity(
        RESERVE_BYTES,
    )));
}
