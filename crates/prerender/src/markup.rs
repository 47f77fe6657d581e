//! Turns the renderer's markup into a page that is honest before the app
//! runs, in one pass over the tags (attribute values are read as quoted
//! strings, so text and values are never mistaken for tags):
//! - form controls get `disabled`: nothing works until the app mounts, so
//!   nothing may look as if it does;
//! - the app's own links (`href="/guide"`) become relative to the page
//!   (`./guide`; the post-build step makes it `../guide` one folder down),
//!   because the app may live at any sub-path;
//! - the renderer's hydration markers (`<!>`, `<!--<() />-->`) go: the app
//!   replaces this markup rather than hydrating it.

use std::ops::Range;

/// Elements that need the app to do anything.
const CONTROLS: [&str; 4] = ["button", "input", "select", "textarea"];

/// The page's markup with the changes above.
pub fn for_first_paint(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        if let Some(after) = rest.strip_prefix("<!--") {
            // A comment: the renderer's markers are the only ones.
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
        } else if let Some(after) = rest.strip_prefix("<!>") {
            rest = after;
        } else {
            let end = tag_end(rest);
            out.push_str(&rewrite_tag(&rest[..end]));
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

/// The length of the tag at the start of `text`, through its `>` (quoted
/// attribute values may contain `>`).
fn tag_end(text: &str) -> usize {
    let mut quote = None;
    for (index, character) in text.char_indices().skip(1) {
        match (quote, character) {
            (None, '"' | '\'') => quote = Some(character),
            (Some(open), _) if character == open => quote = None,
            (None, '>') => return index + 1,
            _ => {}
        }
    }
    text.len()
}

fn rewrite_tag(tag: &str) -> String {
    let name_end = 1 + tag[1..]
        .find(|character: char| character.is_ascii_whitespace() || matches!(character, '>' | '/'))
        .unwrap_or(tag.len() - 1);
    let name = &tag[1..name_end];
    let attributes = attributes(tag, name_end);
    let mut rewritten = String::with_capacity(tag.len() + 10);
    rewritten.push_str(&tag[..name_end]);
    if CONTROLS.contains(&name)
        && !attributes
            .iter()
            .any(|(key, _)| &tag[key.clone()] == "disabled")
    {
        rewritten.push_str(" disabled");
    }
    let mut copied = name_end;
    for (key, value) in attributes {
        let ours = tag[value.clone()].starts_with('/') && !tag[value.clone()].starts_with("//");
        if &tag[key] == "href" && ours {
            rewritten.push_str(&tag[copied..value.start]);
            rewritten.push('.');
            copied = value.start;
        }
    }
    rewritten.push_str(&tag[copied..]);
    rewritten
}

/// Each attribute's name and (unquoted) value as byte ranges of `tag`, from
/// `from` (just after the tag name).
fn attributes(tag: &str, from: usize) -> Vec<(Range<usize>, Range<usize>)> {
    let is_space = |character: char| character.is_ascii_whitespace() || character == '/';
    let mut found = Vec::new();
    let mut at = from;
    loop {
        at += tag[at..].len() - tag[at..].trim_start_matches(is_space).len();
        if at >= tag.len() || tag[at..].starts_with('>') {
            return found;
        }
        let name_end = at
            + tag[at..]
                .find(|character: char| {
                    character.is_ascii_whitespace() || matches!(character, '=' | '>' | '/')
                })
                .unwrap_or(tag.len() - at);
        let name = at..name_end;
        at = name_end;
        let value = match tag[at..].strip_prefix('=') {
            Some(rest) => match rest.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let start = at + 2;
                    let end = tag[start..]
                        .find(quote)
                        .map_or(tag.len(), |end| start + end);
                    at = (end + 1).min(tag.len());
                    start..end
                }
                _ => {
                    let start = at + 1;
                    let end = tag[start..]
                        .find(|character: char| character.is_ascii_whitespace() || character == '>')
                        .map_or(tag.len(), |end| start + end);
                    at = end;
                    start..end
                }
            },
            None => at..at,
        };
        found.push((name, value));
    }
}

#[cfg(test)]
mod tests {
    use super::for_first_paint;

    #[test]
    fn controls_are_disabled_once() {
        assert_eq!(
            for_first_paint(
                r#"<form><input id="q" type="search"><button type="submit" class="button">Go</button><select disabled><option>a</option></select><textarea></textarea></form>"#
            ),
            r#"<form><input disabled id="q" type="search"><button disabled type="submit" class="button">Go</button><select disabled><option>a</option></select><textarea disabled></textarea></form>"#
        );
    }

    #[test]
    fn own_links_become_relative_and_others_stay() {
        assert_eq!(
            for_first_paint(
                r##"<a href="/">Home</a><a href="/directory?c=x" aria-current="page">X</a><a href="https://www.ucl.ac.uk/">UCL</a><a href="#main">Skip</a><a href="//cdn.example/x">y</a>"##
            ),
            r##"<a href="./">Home</a><a href="./directory?c=x" aria-current="page">X</a><a href="https://www.ucl.ac.uk/">UCL</a><a href="#main">Skip</a><a href="//cdn.example/x">y</a>"##
        );
    }

    #[test]
    fn markers_go_and_text_is_untouched() {
        assert_eq!(
            for_first_paint("<p>a<!>b<!--<() />--> &lt;input&gt; <span>c</span></p>"),
            "<p>ab &lt;input&gt; <span>c</span></p>"
        );
    }

    #[test]
    fn values_that_look_like_markup_are_not_tags() {
        // Values from data with ">", "<input" and `href="/` in them.
        let html = r#"<a title="a > b <input href=&quot;/x" data-x=' href="/y'>t</a><button aria-label="disabled">b</button><a class=x href=/z>z</a>"#;
        assert_eq!(
            for_first_paint(html),
            r#"<a title="a > b <input href=&quot;/x" data-x=' href="/y'>t</a><button disabled aria-label="disabled">b</button><a class=x href=./z>z</a>"#
        );
    }
}
