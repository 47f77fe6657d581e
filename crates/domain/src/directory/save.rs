//! directory.json as the content studio saves it: formatted stably (2-space
//! indent, fields in the schema's order, empty optional fields left out),
//! so a version-control diff shows only what really changed.

use super::DirectoryFile;

/// The file's text, ending with a line break.
pub fn to_json(file: &DirectoryFile) -> String {
    // Serialising plain strings, numbers and lists cannot fail.
    let mut text = serde_json::to_string_pretty(file).unwrap_or_default();
    text.push('\n');
    text
}
