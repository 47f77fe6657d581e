//! Property tests of the rich-text parser: it never panics, its work is
//! linear in the text (counted in steps, not timed), and it agrees with a
//! plain recursive parser written the obvious way (`reference`) on every
//! input small enough for that one to be quick.
#![cfg(not(target_arch = "wasm32"))]

use domain::richtext::{self, Inline, MAX_NESTING, inlines, parse_counting, promises_kept};
use proptest::prelude::*;

/// The most steps a parse may take per byte of text: three passes that find
/// where every search ends, one over the lines, one over the link targets, and
/// one for each level of markup (the top level and up to `MAX_NESTING` more),
/// with slack for the spaces that join lines.
const STEPS_PER_BYTE: usize = MAX_NESTING + 8;

fn within_bound(text: &str) -> Result<(), TestCaseError> {
    let (_, steps) = parse_counting(text);
    let bound = STEPS_PER_BYTE * (text.len() + 1);
    prop_assert!(
        steps <= bound,
        "{steps} steps for {} bytes (bound {bound}): {text:?}",
        text.len()
    );
    Ok(())
}

/// Mostly markup characters, so openers, closers and escapes meet often.
fn markup() -> impl Strategy<Value = String> {
    proptest::string::string_regex(r"[\[\]\(\)\*\\\^ a#/:\-é\n|]{0,300}").unwrap()
}

/// Mostly well-formed markup nested up to 14 deep (past the limit), with
/// stray markup characters: deep nesting is rare in random strings.
fn nested_markup() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        6 => "[a ]{1,3}",
        1 => r"[\[\]\(\)\*\\^ ]",
    ];
    let tree = leaf.clone().prop_recursive(12, 96, 3, |inner| {
        (proptest::collection::vec(inner, 1..3), 0..16usize)
            .prop_map(|(parts, kind)| wrap(kind, parts.concat()))
    });
    // One thread of nesting, most often deeper than the limit: only links
    // nest in links (bold cannot hold bold, nor italics italics).
    let layer = prop_oneof![6 => Just(6usize), 1 => 0..16usize];
    let chain = (leaf, proptest::collection::vec((layer, "[a ]{0,2}"), 6..15)).prop_map(
        |(leaf, layers)| {
            layers
                .into_iter()
                .fold(leaf, |content, (kind, words)| wrap(kind, words + &content))
        },
    );
    prop_oneof![tree, chain]
}

/// `content` marked up in one of 16 ways, most of them valid.
fn wrap(kind: usize, content: String) -> String {
    match kind {
        0..=2 => format!("**{content}**"),
        3..=5 => format!("*{content}*"),
        6..=10 => format!("[{content}](#a)"),
        11 => format!("[{content}](https://example.org/a_(b))"),
        12 => format!("[{content}](https://example.org/a_(b)"),
        13 => format!("{content}[^a]"),
        14 => format!("{content}[^A]"),
        _ => format!("\\{content}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn parsing_is_linear_in_the_text(text in markup()) {
        within_bound(&text)?;
    }

    #[test]
    fn parsing_nested_markup_is_linear_too(text in nested_markup()) {
        within_bound(&text)?;
    }

    /// What the fuzz target `rich_text` checks, on every test run.
    #[test]
    fn parsed_text_keeps_its_promises(text in markup()) {
        if let Ok(blocks) = richtext::parse(&text)
            && let Err(broken) = promises_kept(&text, &blocks)
        {
            return Err(TestCaseError::fail(format!("{broken}: {text:?}")));
        }
    }

    #[test]
    fn agrees_with_the_recursive_parser(text in markup()) {
        prop_assert_eq!(inlines(&text), reference::inlines(&text, &mut 0));
    }

    #[test]
    fn agrees_with_the_recursive_parser_on_nested_markup(text in nested_markup()) {
        prop_assert_eq!(inlines(&text), reference::inlines(&text, &mut 0));
    }
}

/// The step bound is not vacuous: the recursive parser, counting each
/// character its searches read, breaks it on text the linear one handles.
#[test]
fn the_bound_catches_a_quadratic_parser() {
    let nested = format!("{}{}", "[".repeat(1_000), "]".repeat(1_000));
    for text in ["[".repeat(2_000), "[^".repeat(1_000), nested] {
        let mut steps = 0;
        let _ = reference::inlines(&text, &mut steps);
        assert!(steps > STEPS_PER_BYTE * (text.len() + 1), "{steps}");
        let (_, linear) = parse_counting(&text);
        assert!(linear <= STEPS_PER_BYTE * (text.len() + 1), "{linear}");
    }
}

/// Hostile inputs at the size limit, each a known way to make a naive parser
/// search to the end of the text again and again, or recurse once per level.
#[test]
fn hostile_inputs_at_the_size_limit_take_linear_steps() {
    let size = richtext::MAX_RICH_TEXT;
    let repeat = |unit: &str| unit.repeat(size / unit.len());
    let nested_links = format!("{}a{}", "[".repeat(size / 7), "](#a)".repeat(size / 7));
    let nested_brackets = format!("{}{}", "[".repeat(size / 2), "]".repeat(size / 2));
    for text in [
        repeat("["),
        repeat("[a]("),
        repeat("[a]"),
        repeat("*"),
        repeat("**"),
        repeat("*a"),
        repeat("**a"),
        repeat("[^"),
        repeat("\\"),
        repeat("\\\\*"),
        repeat("[*"),
        repeat("(["),
        repeat("[a](#b "),
        repeat("| a "),
        repeat("- [\n"),
        nested_links,
        nested_brackets,
    ] {
        within_bound(&text).unwrap();
    }
}

/// The old parser, recursive and with searches that may run to the end of the
/// text, plus today's rules (balanced parentheses in targets, no link inside
/// a link at any depth, the nesting limit). It counts the characters its
/// searches read in `steps`.
mod reference {
    use domain::ids::is_valid_id;
    use domain::richtext::{Inline, MAX_NESTING, parse_link_target};

    pub fn inlines(text: &str, steps: &mut usize) -> Result<Vec<Inline>, String> {
        at(text, 0, None, steps)
    }

    fn at(
        text: &str,
        depth: usize,
        outer: Option<&str>,
        steps: &mut usize,
    ) -> Result<Vec<Inline>, String> {
        let mut out = Vec::new();
        let mut plain = String::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            *steps += 1;
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
            let outer = outer.unwrap_or(rest);
            let parsed = match c {
                '*' if rest.starts_with("**") => {
                    delimited(rest, "**", steps).map(|(inner, after)| {
                        (
                            nested(inner, depth, outer, steps).map(Inline::Strong),
                            after,
                        )
                    })
                }
                '*' => delimited(rest, "*", steps).map(|(inner, after)| {
                    (
                        nested(inner, depth, outer, steps).map(Inline::Emphasis),
                        after,
                    )
                }),
                '[' if rest.starts_with("[^") => citation(rest, steps),
                '[' => link(rest, depth, outer, steps)?,
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

    fn nested(
        inner: &str,
        depth: usize,
        outer: &str,
        steps: &mut usize,
    ) -> Result<Vec<Inline>, String> {
        if depth >= MAX_NESTING {
            return Err(format!(
                "nests links, bold and italics more than {MAX_NESTING} levels deep in \"{}\"; \
                 the limit is {MAX_NESTING}",
                excerpt(outer)
            ));
        }
        at(inner, depth + 1, Some(outer), steps)
    }

    type Parsed<'a> = Option<(Result<Inline, String>, &'a str)>;

    fn delimited<'a>(text: &'a str, delim: &str, steps: &mut usize) -> Option<(&'a str, &'a str)> {
        let body = &text[delim.len()..];
        let end = find_unescaped(body, delim, steps)?;
        if delim == "*" && body[end..].starts_with("**") {
            return None;
        }
        (end > 0 && !body.starts_with(' ')).then(|| (&body[..end], &body[end + delim.len()..]))
    }

    fn find_unescaped(text: &str, pattern: &str, steps: &mut usize) -> Option<usize> {
        let mut i = 0;
        while i < text.len() {
            *steps += 1;
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

    fn citation<'a>(text: &'a str, steps: &mut usize) -> Parsed<'a> {
        let found = text.find(']');
        *steps += found.unwrap_or(text.len());
        let end = found?;
        let id = &text[2..end];
        let node = if is_valid_id(id) {
            Ok(Inline::Cite(id.to_string()))
        } else {
            Err(format!(
                "\"[^{id}]\" is not a valid citation: use [^source-id] with the id of a source"
            ))
        };
        Some((node, &text[end + 1..]))
    }

    fn link<'a>(
        text: &'a str,
        depth: usize,
        outer: &str,
        steps: &mut usize,
    ) -> Result<Parsed<'a>, String> {
        let Some(close) = matching(text, '[', ']', true, steps) else {
            return Ok(None);
        };
        let after = &text[close + 1..];
        if !after.starts_with('(') {
            return Ok(None);
        }
        let Some(end) = matching(after, '(', ')', false, steps) else {
            return Err(format!(
                "the link \"{}\" has no closing \")\"",
                excerpt(text)
            ));
        };
        let label = &text[1..close];
        let target = after[1..end].trim();
        let rest = &after[end + 1..];
        if label.trim().is_empty() {
            return Ok(Some((
                Err(format!(
                    "the link to \"{target}\" has no text; write [text]({target})"
                )),
                rest,
            )));
        }
        let node = parse_link_target(target).and_then(|target| {
            let content = nested(label, depth, outer, steps)?;
            if contains_link(&content) {
                return Err(format!(
                    "the link \"{}\" contains another link",
                    excerpt(text)
                ));
            }
            Ok(Inline::Link { target, content })
        });
        Ok(Some((node, rest)))
    }

    fn contains_link(content: &[Inline]) -> bool {
        content.iter().any(|inline| match inline {
            Inline::Link { .. } => true,
            Inline::Strong(inner) | Inline::Emphasis(inner) => contains_link(inner),
            Inline::Text(_) | Inline::Cite(_) => false,
        })
    }

    /// Where the bracket opening `text` closes; escapes count only in labels.
    fn matching(
        text: &str,
        open: char,
        close: char,
        escapes: bool,
        steps: &mut usize,
    ) -> Option<usize> {
        let mut depth = 0usize;
        let mut escaped = false;
        for (i, c) in text.char_indices() {
            *steps += 1;
            match c {
                _ if escaped => escaped = false,
                '\\' if escapes => escaped = true,
                _ if c == open => depth += 1,
                _ if c == close => {
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
}

#[test]
fn the_reference_parser_reads_nested_markup() {
    // Guards the guard: the reference must itself parse, or agreeing with it
    // would prove little.
    assert_eq!(
        reference::inlines("**a [b *c*](#d)**", &mut 0).unwrap(),
        vec![Inline::Strong(vec![
            Inline::Text("a ".into()),
            Inline::Link {
                target: richtext::Link::Section("d".into()),
                content: vec![
                    Inline::Text("b ".into()),
                    Inline::Emphasis(vec![Inline::Text("c".into())])
                ]
            }
        ])]
    );
}
