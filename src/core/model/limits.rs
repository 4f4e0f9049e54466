//! The limits a wheel file keeps to, read by the file reader (the file's
//! size) and the validator (everything else).

/// The largest wheel the widget accepts. They keep a broken or hostile file
/// from freezing the page, and are far above what a readable wheel needs.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub file_bytes: usize,
    pub dimensions: usize,
    pub parts_per_dimension: usize,
    pub parts: usize,
    pub examples: usize,
    /// Learning resources per part.
    pub resources: usize,
    /// Characters in a title, short label, id, example or level label.
    pub title_chars: usize,
    /// Characters in an introduction, description, source line or a
    /// resource's address.
    pub text_chars: usize,
}

pub const LIMITS: Limits = Limits {
    file_bytes: 1024 * 1024,
    dimensions: 64,
    parts_per_dimension: 64,
    parts: 1024,
    examples: 30,
    resources: 10,
    title_chars: 200,
    text_chars: 2000,
};

/// The fewest and most rating levels a wheel may define.
pub const LEVEL_RANGE: (usize, usize) = (2, MAX_LEVELS as usize);

/// The most levels a wheel may have: the one limit that wheel files, stored
/// ratings and share codes all keep to.
pub const MAX_LEVELS: u8 = 10;
