//! Inline markup: `**strong**`, `*emphasis*`, `[text](target)`, `[^source]`.

use super::{Inline, Link};
use crate::content::classify_link;
use crate::routes::Route;

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
    let node = if crate::ids::is_valid_id(id) {
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
