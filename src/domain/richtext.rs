//! A small, safe subset of Markdown for content prose. It parses to typed
//! blocks and inlines, never HTML, so nothing in data can inject markup.
//!
//! Blocks, separated by blank lines:
//! `## Heading`, `### Subheading`, `- item` (or `* item`), `1. item`,
//! `> quotation` with an optional last line `> — Attribution`, and paragraphs.
//! Inlines: `**strong**`, `*emphasis*`, `[text](target)` and `[^source-id]`
//! (a citation of a source listed in the same file). A backslash escapes the
//! next character. Link targets: `https://…`, `mailto:…`, an app page such as
//! `/directory?q=finance`, or `#section-id` for a toolkit section.

use super::content::classify_link;
use super::routes::Route;

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

/// Parses rich text; an error names the problem and quotes the text around it.
pub fn parse(text: &str) -> Result<Vec<Block>, String> {
    let mut blocks = Vec::new();
    let mut pending = Pending::None;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            pending.flush(&mut blocks)?;
            continue;
        }
        if let Some(heading) = trimmed.strip_prefix("### ") {
            pending.flush(&mut blocks)?;
            blocks.push(Block::Heading {
                level: 4,
                content: inlines(heading)?,
            });
        } else if let Some(heading) = trimmed.strip_prefix("## ") {
            pending.flush(&mut blocks)?;
            blocks.push(Block::Heading {
                level: 3,
                content: inlines(heading)?,
            });
        } else if let Some((ordered, item)) = list_item(trimmed) {
            if !matches!(&pending, Pending::List { ordered: o, .. } if *o == ordered) {
                pending.flush(&mut blocks)?;
                pending = Pending::List {
                    ordered,
                    items: Vec::new(),
                };
            }
            if let Pending::List { items, .. } = &mut pending {
                items.push(item.to_string());
            }
        } else if let Some(quoted) = trimmed.strip_prefix('>') {
            if !matches!(pending, Pending::Quote(_)) {
                pending.flush(&mut blocks)?;
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
                    pending.flush(&mut blocks)?;
                    pending = Pending::Paragraph(vec![trimmed.to_string()]);
                }
            }
        }
    }
    pending.flush(&mut blocks)?;
    Ok(blocks)
}

enum Pending {
    None,
    Paragraph(Vec<String>),
    List { ordered: bool, items: Vec<String> },
    Quote(Vec<String>),
}

impl Pending {
    fn flush(&mut self, blocks: &mut Vec<Block>) -> Result<(), String> {
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

/// Parses inline markup in one block of text.
pub fn inlines(text: &str) -> Result<Vec<Inline>, String> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '\\' {
            let mut chars = rest[1..].chars();
            match chars.next() {
                Some(escaped) => {
                    plain.push(escaped);
                    rest = chars.as_str();
                }
                None => {
                    plain.push('\\');
                    rest = "";
                }
            }
            continue;
        }
        let parsed = match c {
            '*' if rest.starts_with("**") => delimited(rest, "**")
                .map(|(inner, after)| (inlines(inner).map(Inline::Strong), after)),
            '*' => delimited(rest, "*")
                .map(|(inner, after)| (inlines(inner).map(Inline::Emphasis), after)),
            '[' if rest.starts_with("[^") => citation(rest),
            '[' => link(rest)?,
            _ => None,
        };
        match parsed {
            Some((node, after)) => {
                if !plain.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut plain)));
                }
                out.push(node?);
                rest = after;
            }
            None => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    Ok(out)
}

type Parsed<'a> = Option<(Result<Inline, String>, &'a str)>;

/// For text starting with `delim`, the inner text up to the closing `delim`
/// (not escaped, not empty) and the text after it.
fn delimited<'a>(text: &'a str, delim: &str) -> Option<(&'a str, &'a str)> {
    let body = &text[delim.len()..];
    let end = find_unescaped(body, delim)?;
    // `*a**` must not close emphasis on the first star of `**`.
    if delim == "*" && body[end..].starts_with("**") {
        return None;
    }
    (end > 0 && !body.starts_with(' ')).then(|| (&body[..end], &body[end + delim.len()..]))
}

fn find_unescaped(text: &str, pattern: &str) -> Option<usize> {
    let mut i = 0;
    while i < text.len() {
        if text[i..].starts_with('\\') {
            i += 1 + text[i + 1..].chars().next().map_or(0, char::len_utf8);
        } else if text[i..].starts_with(pattern) {
            return Some(i);
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    None
}

fn citation(text: &str) -> Parsed<'_> {
    let end = text.find(']')?;
    let id = &text[2..end];
    let node = if !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        Ok(Inline::Cite(id.to_string()))
    } else {
        Err(format!(
            "\"[^{id}]\" is not a valid citation: use [^source-id] with the id of a source"
        ))
    };
    Some((node, &text[end + 1..]))
}

/// `[text](target)`. A `[` that is not followed by `](` is ordinary text,
/// but `[text](` without a closing `)` is an error: it is surely a broken link.
fn link(text: &str) -> Result<Parsed<'_>, String> {
    let Some(close) = matching_bracket(text) else {
        return Ok(None);
    };
    let after = &text[close + 1..];
    let Some(target_text) = after.strip_prefix('(') else {
        return Ok(None);
    };
    let Some(end) = target_text.find(')') else {
        return Err(format!(
            "the link \"{}\" has no closing \")\"",
            excerpt(text)
        ));
    };
    let label = &text[1..close];
    let target = target_text[..end].trim();
    let rest = &target_text[end + 1..];
    if label.trim().is_empty() {
        return Ok(Some((
            Err(format!(
                "the link to \"{target}\" has no text; write [text]({target})"
            )),
            rest,
        )));
    }
    let node = parse_link_target(target).and_then(|target| {
        let content = inlines(label)?;
        if content
            .iter()
            .any(|inline| matches!(inline, Inline::Link { .. }))
        {
            return Err(format!(
                "the link \"{}\" contains another link",
                excerpt(text)
            ));
        }
        Ok(Inline::Link { target, content })
    });
    Ok(Some((node, rest)))
}

fn matching_bracket(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn excerpt(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// Checks a link target: allow-listed external link, app page, or section.
pub fn parse_link_target(target: &str) -> Result<Link, String> {
    if let Some(section) = target.strip_prefix('#') {
        return Ok(Link::Section(section.to_string()));
    }
    if target.starts_with('/') && !target.starts_with("//") {
        let (before_fragment, fragment) = target.split_once('#').unwrap_or((target, ""));
        let (path, query) = before_fragment
            .split_once('?')
            .unwrap_or((before_fragment, ""));
        let route = Route::ALL
            .into_iter()
            .find(|route| route.path() == path)
            .ok_or_else(|| {
                let pages: Vec<&str> = Route::ALL.iter().map(|route| route.path()).collect();
                format!(
                    "\"{target}\" is not a page of this app (pages: {})",
                    pages.join(", ")
                )
            })?;
        return Ok(Link::App {
            route,
            query: query.to_string(),
            fragment: fragment.to_string(),
        });
    }
    classify_link(target).map(|_| Link::External(target.to_string()))
}

/// Every link and citation in the blocks, for cross-reference checks.
pub fn walk<'a>(blocks: &'a [Block], visit: &mut impl FnMut(&'a Inline)) {
    fn walk_inlines<'a>(inlines: &'a [Inline], visit: &mut impl FnMut(&'a Inline)) {
        for inline in inlines {
            visit(inline);
            match inline {
                Inline::Strong(inner)
                | Inline::Emphasis(inner)
                | Inline::Link { content: inner, .. } => walk_inlines(inner, visit),
                Inline::Text(_) | Inline::Cite(_) => {}
            }
        }
    }
    for block in blocks {
        match block {
            Block::Heading { content, .. } | Block::Paragraph(content) => {
                walk_inlines(content, visit)
            }
            Block::List { items, .. } => items.iter().for_each(|item| walk_inlines(item, visit)),
            Block::Quote {
                content,
                attribution,
            } => {
                walk_inlines(content, visit);
                if let Some(attribution) = attribution {
                    walk_inlines(attribution, visit);
                }
            }
        }
    }
}

/// The words of the blocks without markup, for search.
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    walk(blocks, &mut |inline| {
        if let Inline::Text(text) = inline {
            out.push_str(text);
            out.push(' ');
        }
    });
    out
}

#[cfg(test)]
mod tests;
