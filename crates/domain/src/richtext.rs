//! A small, safe subset of Markdown for content prose. It parses to typed
//! blocks and inlines, never HTML, so nothing in data can inject markup.
//!
//! Blocks, separated by blank lines:
//! `## Heading`, `### Subheading`, `- item` (or `* item`), `1. item`,
//! `> quotation` with an optional last line `> — Attribution`, tables
//! (`| a | b |` rows, a `|---|---|` line after the header, an optional
//! `Table: caption` line just before), and paragraphs.
//! Inlines: `**strong**`, `*emphasis*`, `[text](target)` and `[^source-id]`
//! (a citation of a source listed in the same file). A backslash escapes the
//! next character. Link targets: `https://…`, `mailto:…`, an app page such as
//! `/directory?q=finance`, or `#section-id` for a toolkit section; a target
//! may hold balanced parentheses (`https://en.wikipedia.org/wiki/Pace_(unit)`).
//! A link's text may not hold another link, at any depth.
//!
//! Content comes from institutions' editors, so the parser must stay fast and
//! safe on any text (the app and the validator parse every field):
//! - markup nests at most [`MAX_NESTING`] levels deep; deeper is refused with
//!   a message, so the parser's recursion, the renderer's and dropping the
//!   result are all bounded (`walk` keeps a stack of its own);
//! - parsing takes time linear in the text, O(length × `MAX_NESTING`) steps
//!   (see `inline.rs`), bounded by tests that count the steps rather than
//!   time them (`parse_counting`, tests/richtext_properties.rs).

use super::routes::Route;

mod inline;
mod table;
mod walk;

pub use inline::{inlines, parse_link_target};
pub use walk::{plain_inlines, plain_text, promises_kept, walk};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `level` is 3 for `##` and 4 for `###`: sections own the level-2 heading.
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    Quote {
        content: Vec<Inline>,
        attribution: Option<Vec<Inline>>,
    },
    Table(Table),
}

/// A table: column headers, then rows whose first cell heads the row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub caption: Option<Vec<Inline>>,
    pub header: Vec<Vec<Inline>>,
    pub rows: Vec<Vec<Vec<Inline>>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
    Link {
        target: Link,
        content: Vec<Inline>,
    },
    /// A citation: the id of a source in the same file.
    Cite(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// An allow-listed https or mailto address.
    External(String),
    /// A page of this app, with its query string (without `?`) and fragment (without `#`).
    App {
        route: Route,
        query: String,
        fragment: String,
    },
    /// A toolkit section, by id.
    Section(String),
}

/// Rich text as stored in content, parsed once when the file is read. A
/// markup problem is kept and reported by the file's checks with the entry
/// and field (`Entry::rich_text`), so loaded content never has one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RichText {
    pub blocks: Vec<Block>,
    problem: Option<String>,
}

impl RichText {
    /// Why the text could not be parsed, if it could not.
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }
}

impl<'de> serde::Deserialize<'de> for RichText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let length = text.chars().count();
        let parsed = if length > MAX_RICH_TEXT {
            Err(format!(
                "is {length} characters long; the limit is {MAX_RICH_TEXT}"
            ))
        } else if text.trim().is_empty() {
            Err("must not be empty".to_string())
        } else {
            parse(&text)
        };
        Ok(match parsed {
            Ok(blocks) => RichText {
                blocks,
                problem: None,
            },
            Err(problem) => RichText {
                blocks: Vec::new(),
                problem: Some(problem),
            },
        })
    }
}

/// Longest rich text in one field: a long toolkit section is ~3,000.
pub const MAX_RICH_TEXT: usize = 20_000;

/// Deepest nesting of bold, italics and links (real content nests at most
/// 3): deeper markup is refused rather than risking the stack.
pub const MAX_NESTING: usize = 8;

/// Parses rich text; an error names the problem and quotes the text around it.
pub fn parse(text: &str) -> Result<Vec<Block>, String> {
    parse_counting(text).0
}

/// [`parse`], and the number of steps it took: for tests that bound the work
/// done on hostile text without timing it.
#[doc(hidden)]
pub fn parse_counting(text: &str) -> (Result<Vec<Block>, String>, usize) {
    let mut steps = 0;
    let result = parse_lines(text, &mut steps);
    (result, steps)
}

fn parse_lines(text: &str, steps: &mut usize) -> Result<Vec<Block>, String> {
    let mut blocks = Vec::new();
    let mut pending = Pending::None;
    for line in text.lines() {
        *steps += line.len() + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            pending.flush(&mut blocks, steps)?;
            continue;
        }
        if let Some(heading) = trimmed.strip_prefix("### ") {
            pending.flush(&mut blocks, steps)?;
            blocks.push(Block::Heading {
                level: 4,
                content: inline::parse_counting(heading, steps)?,
            });
        } else if let Some(heading) = trimmed.strip_prefix("## ") {
            pending.flush(&mut blocks, steps)?;
            blocks.push(Block::Heading {
                level: 3,
                content: inline::parse_counting(heading, steps)?,
            });
        } else if let Some((ordered, item)) = list_item(trimmed) {
            if !matches!(&pending, Pending::List { ordered: o, .. } if *o == ordered) {
                pending.flush(&mut blocks, steps)?;
                pending = Pending::List {
                    ordered,
                    items: Vec::new(),
                };
            }
            if let Pending::List { items, .. } = &mut pending {
                items.push(item.to_string());
            }
        } else if trimmed.starts_with('|') {
            if !matches!(pending, Pending::Table { .. }) {
                // A one-line paragraph `Table: …` just before is the caption.
                let caption = match &pending {
                    Pending::Paragraph(lines) if lines.len() == 1 => lines[0]
                        .strip_prefix("Table:")
                        .map(|caption| caption.trim().to_string()),
                    _ => None,
                };
                if caption.is_some() {
                    pending = Pending::None;
                }
                pending.flush(&mut blocks, steps)?;
                pending = Pending::Table {
                    caption,
                    lines: Vec::new(),
                };
            }
            if let Pending::Table { lines, .. } = &mut pending {
                lines.push(trimmed.to_string());
            }
        } else if let Some(quoted) = trimmed.strip_prefix('>') {
            if !matches!(pending, Pending::Quote(_)) {
                pending.flush(&mut blocks, steps)?;
                pending = Pending::Quote(Vec::new());
            }
            if let Pending::Quote(lines) = &mut pending {
                lines.push(quoted.trim().to_string());
            }
        } else {
            match &mut pending {
                // A line without a marker continues the last list item.
                Pending::List { items, .. } => {
                    if let Some(last) = items.last_mut() {
                        last.push(' ');
                        last.push_str(trimmed);
                    }
                }
                Pending::Paragraph(lines) => lines.push(trimmed.to_string()),
                _ => {
                    pending.flush(&mut blocks, steps)?;
                    pending = Pending::Paragraph(vec![trimmed.to_string()]);
                }
            }
        }
    }
    pending.flush(&mut blocks, steps)?;
    Ok(blocks)
}

enum Pending {
    None,
    Paragraph(Vec<String>),
    List {
        ordered: bool,
        items: Vec<String>,
    },
    Quote(Vec<String>),
    Table {
        caption: Option<String>,
        lines: Vec<String>,
    },
}

impl Pending {
    fn flush(&mut self, blocks: &mut Vec<Block>, steps: &mut usize) -> Result<(), String> {
        let mut inlines = |text: &str| inline::parse_counting(text, steps);
        match std::mem::replace(self, Pending::None) {
            Pending::None => {}
            Pending::Paragraph(lines) => blocks.push(Block::Paragraph(inlines(&lines.join(" "))?)),
            Pending::List { ordered, items } => {
                let items = items
                    .iter()
                    .map(|item| inlines(item))
                    .collect::<Result<_, _>>()?;
                blocks.push(Block::List { ordered, items });
            }
            Pending::Table { caption, lines } => blocks.push(Block::Table(table::parse(
                caption.as_deref(),
                &lines,
                steps,
            )?)),
            Pending::Quote(mut lines) => {
                let attribution = match lines.last() {
                    Some(last) if last.starts_with('—') || last.starts_with("--") => {
                        let last = lines.pop().unwrap_or_default();
                        Some(inlines(last.trim_start_matches(['—', '-']).trim())?)
                    }
                    _ => None,
                };
                blocks.push(Block::Quote {
                    content: inlines(&lines.join(" "))?,
                    attribution,
                });
            }
        }
        Ok(())
    }
}

fn list_item(line: &str) -> Option<(bool, &str)> {
    if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some((false, item.trim()));
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        return line[digits..]
            .strip_prefix(". ")
            .map(|item| (true, item.trim()));
    }
    None
}

#[cfg(test)]
mod tests;
