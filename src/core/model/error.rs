//! What is wrong with a wheel file ([`WheelError`]), and what its author
//! should fix although the wheel works ([`WheelWarning`]); each at a typed
//! [`Path`] that prints as a JSON path such as `$.dimensions[1].parts[0].title`.

use thiserror::Error;

use crate::core::model::path::Path;

/// Why a wheel file was rejected.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum WheelError {
    #[error("the wheel file is not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path} (line {line}, column {column}): {message}")]
    Shape {
        path: Path,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path} has more than {limit} entries")]
    TooMany { path: Path, limit: usize },
    #[error("{path} is longer than {limit} characters")]
    TooLong { path: Path, limit: usize },
    #[error("the file is larger than {limit} bytes")]
    TooLarge { path: Path, limit: usize },
    #[error("{path} is empty")]
    Empty { path: Path },
    #[error("{path} must have at least one entry")]
    NoEntries { path: Path },
    #[error("{path}: the id \"{id}\" is used more than once")]
    DuplicateId { path: Path, id: String },
    #[error("{path}: the id \"{id}\" may only use a–z, 0–9, - and _")]
    BadId { path: Path, id: String },
    #[error("{path}: levels must be numbered 1, 2, 3, … in order (found {value})")]
    LevelOrder { path: Path, value: u64 },
    #[error("{path}: a wheel has from {min} to {max} levels")]
    LevelCount { path: Path, min: usize, max: usize },
    #[error("{path}: \"{value}\" is not a colour of the form #rrggbb")]
    BadColor { path: Path, value: String },
    #[error("{path}: \"{value}\" is not an http(s) address or a relative one")]
    BadUrl { path: Path, value: String },
    #[error("{path}: \"{value}\" is not a kind of resource (kursus, e-læring, artikel or video)")]
    BadKind { path: Path, value: String },
}

impl WheelError {
    /// Where the problem is (`None` for a syntax error, which is about the
    /// text, not a place in the wheel).
    pub fn path(&self) -> Option<Path> {
        use WheelError as E;
        match self {
            E::Syntax { .. } => None,
            E::Shape { path, .. }
            | E::TooMany { path, .. }
            | E::TooLong { path, .. }
            | E::TooLarge { path, .. }
            | E::Empty { path }
            | E::NoEntries { path }
            | E::DuplicateId { path, .. }
            | E::BadId { path, .. }
            | E::LevelOrder { path, .. }
            | E::LevelCount { path, .. }
            | E::BadColor { path, .. }
            | E::BadUrl { path, .. }
            | E::BadKind { path, .. } => Some(*path),
        }
    }
}

/// Something in a valid wheel file that its author should fix, but that does
/// not stop the wheel from working.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum WheelWarning {
    #[error("{path} and {other} both read \"{label}\", so the wheel shows two segments with the same label")]
    DuplicateLabel {
        path: Path,
        other: Path,
        label: String,
    },
}
