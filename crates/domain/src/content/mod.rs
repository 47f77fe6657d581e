//! Reading content files: bytes → typed value → validated value, with errors
//! that name the file, the line and column, or the entry and field.

mod authority;
pub(crate) mod check;
mod error;
pub mod hidden_address;
mod humanize;
pub mod invisible;
pub mod link;
mod locate;
mod parse;

pub use check::{Checker, Entry, LinkKind, Place, PlacedIssue, classify_link};
pub use error::{ContentError, Format, Issue, Position, Problem};
pub use parse::{MAX_FILE_BYTES, parse_json, parse_json_up_to};

use crate::date::Date;

/// A content file the app reads at run time from `data/`.
pub trait ContentFile: serde::de::DeserializeOwned {
    /// The file name under `public/data/`, e.g. `directory.json`.
    const FILE: &'static str;
    /// What the file holds, for messages ("the community directory").
    const WHAT: &'static str;
    /// Checks that the types alone cannot express: ids, lengths, links.
    fn check(&self, checker: &mut Checker);

    /// For [`load_lenient`]: leaves out the entries `issues` belong to, so
    /// the rest of the file can be shown, and records what was left out.
    /// Returns false, changing nothing, when the file must be used whole or
    /// not at all (the default) or when an issue is not an entry's.
    fn set_aside(&mut self, issues: &[PlacedIssue]) -> bool {
        let _ = issues;
        false
    }
}

/// Parses and validates one content file. Dates in the future are not
/// looked for (no clock): see [`load_as_of`].
pub fn load<T: ContentFile>(bytes: &[u8]) -> Result<T, ContentError> {
    load_up_to(bytes, MAX_FILE_BYTES)
}

/// [`load`] with another size limit, for benchmarks.
pub fn load_up_to<T: ContentFile>(bytes: &[u8], limit: usize) -> Result<T, ContentError> {
    checked(parse_json_up_to(T::FILE, bytes, limit)?, None)
}

/// [`load`], also refusing dates after `today` + 1 day (the domain has no
/// clock: the caller passes the date).
pub fn load_as_of<T: ContentFile>(bytes: &[u8], today: Date) -> Result<T, ContentError> {
    checked(parse_json(T::FILE, bytes)?, Some(today))
}

/// `value` if it passes its rules.
fn checked<T: ContentFile>(value: T, today: Option<Date>) -> Result<T, ContentError> {
    let mut checker = Checker::as_of(today);
    value.check(&mut checker);
    checker.finish(T::FILE).map(|()| value)
}

/// What the app uses: like [`load_as_of`] (no future-date check without
/// `today`), but when every rule the file breaks is broken by particular
/// entries and the file allows it ([`ContentFile::set_aside`]), those
/// entries are left out and the rest is returned, so one bad entry does
/// not take the whole file offline. Errors of size, encoding, syntax and
/// shape, and rules of the file as a whole, still fail it. The validator
/// stays strict: editors must still fix the entry.
pub fn load_lenient<T: ContentFile>(bytes: &[u8], today: Option<Date>) -> Result<T, ContentError> {
    load_lenient_up_to(bytes, today, MAX_FILE_BYTES)
}

/// [`load_lenient`] with another size limit: the studio checks imported
/// rows before the published file's limit applies.
pub fn load_lenient_up_to<T: ContentFile>(
    bytes: &[u8],
    today: Option<Date>,
    limit: usize,
) -> Result<T, ContentError> {
    let mut value: T = parse_json_up_to(T::FILE, bytes, limit)?;
    let mut checker = Checker::as_of(today);
    value.check(&mut checker);
    if checker.issues().is_empty() {
        return Ok(value);
    }
    if !value.set_aside(&checker.placed_issues()) {
        return checker.finish(T::FILE).map(|()| value);
    }
    // What is shown must pass every rule: check again without the entries
    // left out, and fail with the full report if anything is still wrong.
    let mut again = Checker::as_of(today);
    value.check(&mut again);
    if again.issues().is_empty() {
        Ok(value)
    } else {
        checker.finish(T::FILE).map(|()| value)
    }
}
