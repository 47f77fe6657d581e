//! Reading content files: bytes → typed value → validated value, with errors
//! that name the file, the line and column, or the entry and field.

pub(crate) mod check;
mod error;
mod humanize;
mod locate;
mod parse;

pub use check::{Checker, Entry, LinkKind, classify_link};
pub use error::{ContentError, Issue, Position, Problem};
pub use parse::{MAX_FILE_BYTES, parse_json, parse_json_up_to};

/// A content file the app reads at run time from `data/`.
pub trait ContentFile: serde::de::DeserializeOwned {
    /// The file name under `public/data/`, e.g. `directory.json`.
    const FILE: &'static str;
    /// What the file holds, for messages ("the community directory").
    const WHAT: &'static str;
    /// Checks that the types alone cannot express: ids, lengths, links.
    fn check(&self, checker: &mut Checker);
}

/// Parses and validates one content file.
pub fn load<T: ContentFile>(bytes: &[u8]) -> Result<T, ContentError> {
    load_up_to(bytes, MAX_FILE_BYTES)
}

/// [`load`] with another size limit, for benchmarks.
pub fn load_up_to<T: ContentFile>(bytes: &[u8], limit: usize) -> Result<T, ContentError> {
    let value: T = parse_json_up_to(T::FILE, bytes, limit)?;
    let mut checker = Checker::default();
    value.check(&mut checker);
    checker.finish(T::FILE).map(|()| value)
}
