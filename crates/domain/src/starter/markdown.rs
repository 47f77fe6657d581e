//! A filled-in document as Markdown, for copying and downloading. Every
//! text is plain (the data's wording and what people typed alike), so all
//! of it is escaped and shows exactly as written.

use super::assemble::{Block, Document};
use crate::assessment::markdown_inline;

pub fn to_markdown(document: &Document) -> String {
    let mut out = format!("# {}\n", line(&document.title));
    // Two lists in a row would join into one; a change of bullet keeps them apart.
    let mut bullet = '*';
    for block in &document.blocks {
        out.push('\n');
        if !matches!(block, Block::List(_)) {
            bullet = '*';
        }
        match block {
            Block::Heading(text) => {
                out.push_str("## ");
                out.push_str(&line(text));
                out.push('\n');
            }
            Block::Paragraph(text) => {
                out.push_str(&line(text));
                out.push('\n');
            }
            Block::List(items) => {
                bullet = if bullet == '-' { '*' } else { '-' };
                for item in items {
                    out.push(bullet);
                    out.push(' ');
                    out.push_str(&line(item));
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// One line of text that Markdown shows as written: the action plan's
/// escaping, plus what only matters here, where a person's note can start
/// a paragraph (`- x`, `1. x`, `---` would make a list or a rule) and
/// entities (`&amp;`) would be decoded.
fn line(text: &str) -> String {
    let escaped = markdown_inline(text).replace('&', "\\&");
    let digits = escaped.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match escaped.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => Some(digits),
        Some(b'-' | b'+' | b'=') if digits == 0 => Some(0),
        _ => None,
    };
    match marker {
        Some(at) => format!("{}\\{}", &escaped[..at], &escaped[at..]),
        None => escaped,
    }
}

/// A file name for downloading `document`: the community's name as ASCII
/// letters, digits and hyphens (at most 40), then the document's id:
/// `finance-network-community-charter.md`, or `community-charter.md`.
pub fn file_name(document: &Document, community: &str) -> String {
    let mut slug = String::new();
    for c in crate::search::fold(community).chars() {
        if slug.len() >= 40 {
            break;
        }
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-');
    // Ids follow `ids::is_valid_id`, so they are safe in a file name; a
    // document made by hand with another id is folded the same way.
    let id: String = document
        .id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(64)
        .collect();
    let id = id.trim_matches('-');
    let id = if id.is_empty() { "document" } else { id };
    if slug.is_empty() {
        format!("{id}.md")
    } else {
        format!("{slug}-{id}.md")
    }
}
