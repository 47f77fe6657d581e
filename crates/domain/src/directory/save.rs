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

/// One entry as the saved file writes it (2-space indent, fields in the
/// schema's order, empty optional fields left out), without a final line
/// break: a suggestion's email carries it for the studio to read back.
pub fn community_to_json(community: &super::Community) -> String {
    serde_json::to_string_pretty(community).unwrap_or_default()
}
