//! The diagnostic build's allocator (`--features diag`, never in `dist/`'s
//! release: `cargo xtask stress --diag` builds with it). It hands every
//! request to the standard allocator (dlmalloc on wasm32) and records what
//! the reliability experiments of issue 28 need to know about a flow:
//!
//! - the largest single request (an allocation of a computed, huge size is
//!   one way to a failed `memory.grow` and so a bare `unreachable`);
//! - every allocation during which the wasm memory grew (its size and the
//!   pages after), read with `memory_size` before and after;
//! - how deep the shadow stack went: the lowest address of a local seen in
//!   an allocation, and a canary pattern written below the stack at the
//!   first allocation, checked on each read (the deepest byte overwritten).
//!
//! `cw_diag` (a raw export, no glue) returns the address of the figures:
//! `tests/engines/stress.mjs` reads them through the module's memory.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU32, Ordering::Relaxed};

/// Wraps the standard allocator; see the module's comment.
pub struct Recording;

#[global_allocator]
static ALLOCATOR: Recording = Recording;

/// The figures `cw_diag` points at, one `u32` each (see `stress.mjs`).
mod at {
    pub const MAGIC: usize = 0;
    pub const ALLOCATIONS: usize = 1;
    pub const LARGEST: usize = 2;
    pub const LARGE: usize = 3;
    pub const GROWS: usize = 4;
    pub const PAGES_FIRST: usize = 5;
    pub const PAGES_NOW: usize = 6;
    pub const LOWEST_LOCAL: usize = 7;
    pub const CANARY_FROM: usize = 8;
    pub const CANARY_TO: usize = 9;
    pub const DEEPEST: usize = 10;
    pub const FAILED: usize = 11;
    /// (request, pages after) for the first `GROW_LOG` grows.
    pub const GROW_LOG: usize = 12;
}
const GROW_LOG: usize = 16;
const FIGURES: usize = at::GROW_LOG + 2 * GROW_LOG;
/// A request this large or larger is counted in `LARGE`.
const LARGE_REQUEST: u32 = 64 * 1024;
const CANARY: u32 = 0xA5C3_5A3C;
/// Left untouched below the stack pointer when the canary is written: the
/// frames of the allocation that writes it.
const CANARY_MARGIN: usize = 1024;

static FIGURES_AT: [AtomicU32; FIGURES] = [const { AtomicU32::new(0) }; FIGURES];

fn figure(index: usize) -> &'static AtomicU32 {
    &FIGURES_AT[index]
}

#[cfg(target_arch = "wasm32")]
fn pages() -> u32 {
    core::arch::wasm32::memory_size(0) as u32
}

#[cfg(not(target_arch = "wasm32"))]
fn pages() -> u32 {
    0
}

/// The address of a local of this frame: near the stack pointer.
#[inline(never)]
fn stack_here() -> u32 {
    let local = 0u8;
    core::hint::black_box(&local) as *const u8 as usize as u32
}

/// Writes the canary from the bottom of the stack (the linker puts the
/// stack first, below the data) up to a margin below this frame.
fn plant_canary() {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let from = 1024usize;
    let to = (stack_here() as usize).saturating_sub(CANARY_MARGIN) & !3;
    let mut word = from;
    while word < to {
        // SAFETY: on wasm32 with the stack placed first, [0, stack pointer)
        // is the unused part of the stack: no live value is there.
        unsafe { core::ptr::write_volatile(word as *mut u32, CANARY) };
        word += 4;
    }
    figure(at::CANARY_FROM).store(from as u32, Relaxed);
    figure(at::CANARY_TO).store(to as u32, Relaxed);
}

/// The lowest address whose canary word was overwritten (the stack's
/// deepest point since it was planted), or 0 if none was.
fn deepest() -> u32 {
    let from = figure(at::CANARY_FROM).load(Relaxed) as usize;
    let to = figure(at::CANARY_TO).load(Relaxed) as usize;
    let mut word = from;
    while word < to {
        // SAFETY: the words `plant_canary` wrote, below the stack.
        if unsafe { core::ptr::read_volatile(word as *const u32) } != CANARY {
            return word as u32;
        }
        word += 4;
    }
    0
}

fn record(size: usize, pages_before: u32, ok: bool) {
    if figure(at::MAGIC).load(Relaxed) == 0 {
        figure(at::MAGIC).store(0xD1A6, Relaxed);
        figure(at::PAGES_FIRST).store(pages_before, Relaxed);
        figure(at::LOWEST_LOCAL).store(u32::MAX, Relaxed);
        plant_canary();
    }
    let size = u32::try_from(size).unwrap_or(u32::MAX);
    figure(at::ALLOCATIONS).fetch_add(1, Relaxed);
    figure(at::LARGEST).fetch_max(size, Relaxed);
    if size >= LARGE_REQUEST {
        figure(at::LARGE).fetch_add(1, Relaxed);
    }
    if !ok {
        figure(at::FAILED).fetch_add(1, Relaxed);
    }
    figure(at::LOWEST_LOCAL).fetch_min(stack_here(), Relaxed);
    let now = pages();
    figure(at::PAGES_NOW).store(now, Relaxed);
    if now != pages_before {
        let grows = figure(at::GROWS).fetch_add(1, Relaxed) as usize;
        if grows < GROW_LOG {
            figure(at::GROW_LOG + 2 * grows).store(size, Relaxed);
            figure(at::GROW_LOG + 2 * grows + 1).store(now, Relaxed);
        }
    }
}

// SAFETY: every call is passed on to `System` unchanged; only figures are
// recorded around it.
unsafe impl GlobalAlloc for Recording {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let before = pages();
        let out = unsafe { System.alloc(layout) };
        record(layout.size(), before, !out.is_null());
        out
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let before = pages();
        let out = unsafe { System.alloc_zeroed(layout) };
        record(layout.size(), before, !out.is_null());
        out
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let before = pages();
        let out = unsafe { System.realloc(ptr, layout, new_size) };
        record(new_size, before, !out.is_null());
        out
    }
}

/// The address of the figures (`FIGURES` little-endian `u32`s), the
/// deepest stack address refreshed first.
#[no_mangle]
pub extern "C" fn cw_diag() -> *const AtomicU32 {
    figure(at::DEEPEST).store(deepest(), Relaxed);
    FIGURES_AT.as_ptr()
}
