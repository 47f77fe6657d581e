//! Inline markup: `**strong**`, `*emphasis*`, `[text](target)`, `[^source]`.
//!
//! Linear in the text: every search the parser makes (the closing `*` or
//! `**`, the `]` matching a `[`, the `)` matching a `(`, the `]` ending a
//! citation) is answered from tables built in three passes over the text
//! (`Marks`), so an opener without a closer costs one step, not a scan to
//! the end of the text. Each nesting level reads its text once, and nesting is
//! at most [`MAX_NESTING`] deep, so the whole parse takes
//! O(length × `MAX_NESTING`) steps; recursion is as deep as the nesting.

use super::{Inline, Link, MAX_NESTING};
use crate::content::classify_link;
use crate::routes::Route;

/// Parses inline markup in one block of text.
pub fn inlines(text: &str) -> Result<Vec<Inline>, String> {
    parse_counting(text, &mut 0)
}

/// [`inlines`], adding the steps it takes to `steps` (for the tests that
/// bound the work done).
pub(super) fn parse_counting(text: &str, steps: &mut usize) -> Result<Vec<Inline>, String> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        marks: Marks::new(text, steps),
        steps,
    };
    parser
        .run(0, text.len(), 0, 0)
        .map(|(content, _has_link)| content)
}

/// No such position.
const NONE: usize = usize::MAX;

/// Where each of the parser's searches ends, for every starting point. The
/// markup characters are ASCII, so byte positions are safe to slice at.
struct Marks {
    /// From each position, the next unescaped `*` (`NONE` if there is none).
    next_star: Vec<usize>,
    /// From each position, the next unescaped `**`.
    next_double_star: Vec<usize>,
    /// From each position, the next `]`, escaped or not: a citation ends at
    /// the first one (its id has no backslashes to escape with).
    next_bracket_close: Vec<usize>,
    /// At an unescaped `[`, its matching unescaped `]`; at a `(`, its
    /// matching `)` (backslashes in link targets are kept as written, so
    /// every parenthesis counts). `NONE` elsewhere and when there is no match.
    partner: Vec<usize>,
}

impl Marks {
    fn new(text: &str, steps: &mut usize) -> Marks {
        let bytes = text.as_bytes();
        let len = bytes.len();
        *steps += 3 * len;
        // A backslash escapes the next character. Every parse and search
        // starts at a character that is not escaped, so they all agree with
        // this one reading from the start.
        let mut escaped = vec![false; len];
        let mut after_backslash = false;
        for (i, c) in text.char_indices() {
            if after_backslash {
                escaped[i] = true;
                after_backslash = false;
            } else {
                after_backslash = c == '\\';
            }
        }
        let unescaped_star = |p: usize| bytes[p] == b'*' && !escaped[p];

        let mut next_star = vec![NONE; len + 1];
        let mut next_double_star = vec![NONE; len + 1];
        let mut next_bracket_close = vec![NONE; len + 1];
        for p in (0..len).rev() {
            next_star[p] = if unescaped_star(p) {
                p
            } else {
                next_star[p + 1]
            };
            next_double_star[p] = if unescaped_star(p) && bytes.get(p + 1) == Some(&b'*') {
                p
            } else {
                next_double_star[p + 1]
            };
            next_bracket_close[p] = if bytes[p] == b']' {
                p
            } else {
                next_bracket_close[p + 1]
            };
        }

        // An opener's partner is the first closer after it where as many
        // closers as openers have been seen: the pairs a stack makes.
        let mut partner = vec![NONE; len];
        let mut brackets = Vec::new();
        let mut parens = Vec::new();
        for (p, &byte) in bytes.iter().enumerate() {
            match byte {
                b'[' if !escaped[p] => brackets.push(p),
                b']' if !escaped[p] => {
                    if let Some(open) = brackets.pop() {
                        partner[open] = p;
                    }
                }
                b'(' => parens.push(p),
                b')' => {
                    if let Some(open) = parens.pop() {
                        partner[open] = p;
                    }
                }
                _ => {}
            }
        }
        Marks {
            next_star,
            next_double_star,
            next_bracket_close,
            partner,
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    marks: Marks,
    steps: &'a mut usize,
}

/// A parsed inline, the position just after it, and whether it is or
/// contains a link.
type Parsed = Option<(Inline, usize, bool)>;

impl Parser<'_> {
    /// The inlines of `text[start..end]`, inside `depth` levels of markup of
    /// which the outermost starts at `outer`; and whether there is a link
    /// among them at any depth.
    fn run(
        &mut self,
        start: usize,
        end: usize,
        depth: usize,
        outer: usize,
    ) -> Result<(Vec<Inline>, bool), String> {
        let mut out = Vec::new();
        let mut plain = String::new();
        let mut has_link = false;
        let mut i = start;
        while i < end {
            *self.steps += 1;
            let byte = self.bytes[i];
            if byte == b'\\' {
                match self.text[i + 1..end].chars().next() {
                    Some(escaped) => {
                        plain.push(escaped);
                        i += 1 + escaped.len_utf8();
                    }
                    None => {
                        plain.push('\\');
                        i = end;
                    }
                }
                continue;
            }
            // The depth message quotes the outermost markup.
            let outer = if depth == 0 { i } else { outer };
            let next = if i + 1 < end { self.bytes[i + 1] } else { 0 };
            let parsed = match (byte, next) {
                (b'*', b'*') => self.delimited(i, end, 2, depth, outer)?,
                (b'*', _) => self.delimited(i, end, 1, depth, outer)?,
                (b'[', b'^') => self.citation(i, end)?,
                (b'[', _) => self.link(i, end, depth, outer)?,
                _ => None,
            };
            match parsed {
                Some((node, after, link)) => {
                    if !plain.is_empty() {
                        out.push(Inline::Text(std::mem::take(&mut plain)));
                    }
                    out.push(node);
                    has_link |= link;
                    i = after;
                }
                None => {
                    let c = self.text[i..end].chars().next().unwrap_or_default();
                    plain.push(c);
                    i += c.len_utf8();
                }
            }
        }
        if !plain.is_empty() {
            out.push(Inline::Text(plain));
        }
        Ok((out, has_link))
    }

    /// The content of markup opened at `depth`, from `start` to `end`.
    fn nested(
        &mut self,
        start: usize,
        end: usize,
        depth: usize,
        outer: usize,
    ) -> Result<(Vec<Inline>, bool), String> {
        if depth >= MAX_NESTING {
            return Err(format!(
                "nests links, bold and italics more than {MAX_NESTING} levels deep in \"{}\"; \
                 the limit is {MAX_NESTING}",
                excerpt(&self.text[outer..])
            ));
        }
        self.run(start, end, depth + 1, outer)
    }

    /// `**strong**` (`width` 2) or `*emphasis*` (`width` 1) at `i`: closed by
    /// the next unescaped delimiter, with something between that does not
    /// start with a space.
    fn delimited(
        &mut self,
        i: usize,
        end: usize,
        width: usize,
        depth: usize,
        outer: usize,
    ) -> Result<Parsed, String> {
        let body = i + width;
        let close = if width == 2 {
            self.marks.next_double_star[body]
        } else {
            self.marks.next_star[body]
        };
        if close == NONE || close + width > end {
            return Ok(None);
        }
        // `*a**` must not close emphasis on the first star of `**`.
        if width == 1 && close + 2 <= end && self.bytes[close + 1] == b'*' {
            return Ok(None);
        }
        if close == body || self.bytes[body] == b' ' {
            return Ok(None);
        }
        let (content, link) = self.nested(body, close, depth, outer)?;
        let node = if width == 2 {
            Inline::Strong(content)
        } else {
            Inline::Emphasis(content)
        };
        Ok(Some((node, close + width, link)))
    }

    /// `[^source-id]` at `i`, up to the next `]`.
    fn citation(&mut self, i: usize, end: usize) -> Result<Parsed, String> {
        let close = self.marks.next_bracket_close[i];
        if close == NONE || close >= end {
            return Ok(None);
        }
        let id = &self.text[i + 2..close];
        if !crate::ids::is_valid_id(id) {
            return Err(format!(
                "\"[^{id}]\" is not a valid citation: use [^source-id] with the id of a source"
            ));
        }
        Ok(Some((Inline::Cite(id.to_string()), close + 1, false)))
    }

    /// `[text](target)` at `i`. A `[` that is not followed by `](` is ordinary
    /// text, but `[text](` without a closing `)` is an error: it is surely a
    /// broken link. The target may hold balanced parentheses, as in
    /// `https://en.wikipedia.org/wiki/Pace_(unit)`.
    fn link(&mut self, i: usize, end: usize, depth: usize, outer: usize) -> Result<Parsed, String> {
        let close = self.marks.partner[i];
        if close == NONE || close + 1 >= end || self.bytes[close + 1] != b'(' {
            return Ok(None);
        }
        let open = close + 1;
        let target_end = self.marks.partner[open];
        if target_end == NONE || target_end >= end {
            return Err(format!(
                "the link \"{}\" has no closing \")\"",
                excerpt(&self.text[i..end])
            ));
        }
        let target = self.text[open + 1..target_end].trim();
        if self.text[i + 1..close].trim().is_empty() {
            return Err(format!(
                "the link to \"{target}\" has no text; write [text]({target})"
            ));
        }
        *self.steps += target.len();
        let target = parse_link_target(target)?;
        let (content, contains_link) = self.nested(i + 1, close, depth, outer)?;
        if contains_link {
            return Err(format!(
                "the link \"{}\" contains another link",
                excerpt(&self.text[i..end])
            ));
        }
        Ok(Some((
            Inline::Link { target, content },
            target_end + 1,
            true,
        )))
    }
}

pub(super) fn excerpt(text: &str) -> String {
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
