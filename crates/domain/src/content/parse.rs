use serde::de::DeserializeOwned;

use super::error::{ContentError, Position, Problem};
use super::humanize::{humanize, syntax_hint};
use super::locate::{display_path, enclosing_id, path_at};

/// Content files larger than this are refused before parsing: a real directory
/// of a thousand communities is well under 1 MB.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses JSON bytes into `T`, reporting problems with the file name, a
/// line and column, and for wrongly shaped data the path and entry id.
pub fn parse_json<T: DeserializeOwned>(file: &str, bytes: &[u8]) -> Result<T, ContentError> {
    parse_json_up_to(file, bytes, MAX_FILE_BYTES)
}

/// [`parse_json`] with another size limit (the search benchmark loads
/// directories far larger than a real one).
pub fn parse_json_up_to<T: DeserializeOwned>(
    file: &str,
    bytes: &[u8],
    limit: usize,
) -> Result<T, ContentError> {
    let fail = |problem| Err(ContentError::new(file, problem));
    if bytes.len() > limit {
        return fail(Problem::TooLarge {
            bytes: bytes.len(),
            limit,
        });
    }
    // RFC 8259 lets parsers ignore a byte order mark; Windows editors add one.
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            // The prefix is valid by definition; fall back to 1:1 if not.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            return fail(Problem::NotUtf8 {
                at: end_position(prefix),
            });
        }
    };
    if text.trim().is_empty() {
        return fail(Problem::Empty);
    }

    // One pass: serde_json reports the line and column of the first problem;
    // the path to it (`communities[3].format`) is worked out only on failure.
    let mut de = serde_json::Deserializer::from_str(text);
    let value = match T::deserialize(&mut de) {
        Ok(value) => value,
        Err(err) => {
            let at = position(text, err.line(), err.column());
            let message = humanize(&strip_position(&err.to_string()));
            if err.is_data() {
                let path = path_at(text, byte_offset(text, err.line(), err.column()));
                let entry = enclosing_id(text, &path);
                return fail(Problem::Structure {
                    at,
                    path: display_path(&path),
                    entry,
                    message,
                });
            }
            let message = hint_at(text, at).map_or(message, str::to_string);
            return fail(Problem::Syntax { at, message });
        }
    };
    if let Err(err) = de.end() {
        let at = position(text, err.line(), err.column());
        return fail(Problem::Syntax {
            at,
            message: humanize(&strip_position(&err.to_string())),
        });
    }
    Ok(value)
}

fn hint_at(text: &str, at: Position) -> Option<&'static str> {
    let line = text.split('\n').nth(at.line - 1)?;
    let mut chars = line.chars().skip(at.column - 1);
    syntax_hint(chars.next(), chars.next())
}

/// serde_json appends " at line L column C"; we report the position ourselves.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The byte offset of serde_json's 1-based line and byte column.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split('\n')
        .take(line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum();
    line_start + column.saturating_sub(1)
}

/// serde_json counts columns in bytes; editors count characters.
fn position(text: &str, line: usize, byte_column: usize) -> Position {
    let line = line.max(1);
    let line_text = text.split('\n').nth(line - 1).unwrap_or_default();
    let mut end = byte_column.min(line_text.len());
    while !line_text.is_char_boundary(end) {
        end -= 1;
    }
    Position {
        line,
        column: line_text[..end].chars().count().max(1),
    }
}

/// The position just after `prefix`: where the first bad byte sits.
fn end_position(prefix: &str) -> Position {
    let line = prefix.matches('\n').count() + 1;
    let last = prefix.rsplit('\n').next().unwrap_or_default();
    Position {
        line,
        column: last.chars().count() + 1,
    }
}
