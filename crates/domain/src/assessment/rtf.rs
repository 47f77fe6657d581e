//! The result as a document Word (and LibreOffice, Pages, WordPad) opens:
//! Rich Text Format 1.x, written from the same assembly as the Markdown
//! (`document.rs`). Text is escaped by [`escape`]: `\`, `{` and `}` get a
//! backslash, characters outside ASCII become `\uN?` (UTF-16 units as signed
//! numbers, `?` for readers without Unicode), line breaks become spaces.

use super::document::{ActionPlan, Block, Item, Span, blocks};

pub fn action_plan_rtf(plan: &ActionPlan<'_>) -> String {
    let mut out = String::from(
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\fswiss Calibri;}}{\\colortbl;\\red0\\green84\\blue166;}\\f0\\fs22\n",
    );
    for block in blocks(plan) {
        match block {
            Block::Heading(level, title) => {
                out.push_str("{\\pard\\keepn\\sb240\\sa120\\b\\fs");
                out.push_str(match level {
                    1 => "36 ",
                    2 => "28 ",
                    _ => "24 ",
                });
                escape(&title, &mut out);
            }
            Block::Para(spans) => {
                out.push_str("{\\pard\\sa120 ");
                spans_to(&spans, &mut out);
            }
            Block::List(numbered, items) => {
                for (n, Item { spans, more, quote }) in items.iter().enumerate() {
                    out.push_str("{\\pard\\li360\\fi-360\\sa60 ");
                    if numbered {
                        out.push_str(&(n + 1).to_string());
                        out.push('.');
                    } else {
                        out.push_str("\\bullet");
                    }
                    out.push_str("\\tab ");
                    spans_to(spans, &mut out);
                    for line in more {
                        out.push_str("\\par}\n{\\pard\\li360\\sa60 ");
                        spans_to(line, &mut out);
                    }
                    for line in quote {
                        out.push_str("\\par}\n{\\pard\\li720\\sa60\\i ");
                        escape(line, &mut out);
                    }
                    out.push_str("\\par}\n");
                }
                continue;
            }
            Block::Table(header, rows) => {
                let header: Vec<String> = header.iter().map(|cell| cell.to_string()).collect();
                for (n, cells) in std::iter::once(&header).chain(&rows).enumerate() {
                    out.push_str("\\trowd\\trgaph108");
                    for column in 0..cells.len() {
                        out.push_str("\\cellx");
                        out.push_str(&(4200 + 1500 * column).to_string());
                    }
                    out.push_str("\\pard\\intbl");
                    if n == 0 {
                        out.push_str("\\b");
                    }
                    for cell in cells {
                        out.push(' ');
                        escape(cell, &mut out);
                        out.push_str("\\cell");
                    }
                    out.push_str("\\b0\\row\n");
                }
                out.push_str("\\pard\n");
                continue;
            }
        }
        out.push_str("\\par}\n");
    }
    out.push('}');
    out
}

fn spans_to(spans: &[Span], out: &mut String) {
    for span in spans {
        match span {
            Span::Text(text) => escape(text, out),
            Span::Strong(text) => group("{\\b ", text, out),
            Span::Em(text) => group("{\\i ", text, out),
            Span::Link(label, url) => link(label, url, out),
            Span::Url(url) => link(url, url, out),
            Span::Break => out.push_str("\\line "),
        }
    }
}

fn group(start: &str, text: &str, out: &mut String) {
    out.push_str(start);
    escape(text, out);
    out.push('}');
}

/// A HYPERLINK field: the address (with `"` percent-encoded, so it stays one
/// quoted argument) and the label shown.
fn link(label: &str, url: &str, out: &mut String) {
    out.push_str("{\\field{\\*\\fldinst{HYPERLINK \"");
    escape(&url.replace('"', "%22"), out);
    out.push_str("\"}}{\\fldrslt{\\ul\\cf1 ");
    escape(label, out);
    out.push_str("}}}");
}

/// Appends `text` as RTF text: see the module's description. Runs of
/// whitespace become one space, as in the Markdown.
pub fn escape(text: &str, out: &mut String) {
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() {
            if !space {
                out.push(' ');
            }
            space = true;
            continue;
        }
        space = false;
        match c {
            '\\' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str("\\u");
                    out.push_str(&(*unit as i16).to_string());
                    out.push('?');
                }
            }
        }
    }
}
