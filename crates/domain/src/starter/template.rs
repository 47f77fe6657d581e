//! Placeholders in the starter documents' wording: which names exist, and
//! splitting a text into plain parts and `{name}`s. The same scanner serves
//! the rules (which report stray braces) and the assembler (which, given a
//! file that broke them, keeps the braces as text rather than fail).

/// Whether a placeholder stands for a text or for a list of items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Only alone in a list item, which becomes one item per entry.
    List,
}

/// Every placeholder the documents may use besides those `notes` define.
/// Rust knows these names and how to fill them; the wording is the data's.
pub const PLACEHOLDERS: [(&str, Kind); 13] = [
    ("community", Kind::Text),
    ("domain", Kind::Text),
    ("people", Kind::Text),
    ("date", Kind::Text),
    ("readiness", Kind::Text),
    ("guide_result", Kind::Text),
    ("guide_words", Kind::Text),
    ("strengths", Kind::List),
    ("gaps", Kind::List),
    ("first_90_days", Kind::List),
    ("roles_filled", Kind::List),
    ("roles_open", Kind::List),
    ("sponsor_asks", Kind::List),
];

/// The kind of a built-in placeholder.
pub fn builtin(name: &str) -> Option<Kind> {
    PLACEHOLDERS
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, kind)| *kind)
}

/// A name in braces is at most this long and has no spaces; anything else
/// with braces is a stray brace.
const MAX_NAME: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    Text(&'a str),
    /// The name between the braces (not necessarily a known one).
    Name(&'a str),
}

/// A brace that is not part of a `{name}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stray {
    Open,
    Close,
}

/// The text's plain parts and `{name}`s, in order, and the first stray brace
/// (kept as text in the pieces).
pub(crate) fn scan(text: &str) -> (Vec<Piece<'_>>, Option<Stray>) {
    let mut pieces = Vec::new();
    let mut stray = None;
    let mut start = 0;
    let mut at = 0;
    while let Some(offset) = text[at..].find(['{', '}']) {
        let position = at + offset;
        if text.as_bytes()[position] == b'}' {
            stray = stray.or(Some(Stray::Close));
            at = position + 1;
            continue;
        }
        let rest = &text[position + 1..];
        let name = rest
            .find(['{', '}'])
            .filter(|&end| rest.as_bytes()[end] == b'}')
            .map(|end| &rest[..end])
            .filter(|name| {
                !name.is_empty()
                    && name.chars().count() <= MAX_NAME
                    && !name.chars().any(char::is_whitespace)
            });
        match name {
            Some(name) => {
                if start < position {
                    pieces.push(Piece::Text(&text[start..position]));
                }
                pieces.push(Piece::Name(name));
                at = position + name.len() + 2;
                start = at;
            }
            None => {
                stray = stray.or(Some(Stray::Open));
                at = position + 1;
            }
        }
    }
    if start < text.len() {
        pieces.push(Piece::Text(&text[start..]));
    }
    (pieces, stray)
}

/// The names used in `text`, in order (repeats included).
#[cfg(test)]
pub(crate) fn names(text: &str) -> Vec<&str> {
    scan(text)
        .0
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Name(name) => Some(name),
            Piece::Text(_) => None,
        })
        .collect()
}

/// `text` with each `{name}` replaced by `value(name)`; a name without a
/// value stays as written. Values are not scanned again, so braces in what
/// a person typed are kept as they are.
pub(crate) fn fill(text: &str, mut value: impl FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in scan(text).0 {
        match piece {
            Piece::Text(part) => out.push_str(part),
            Piece::Name(name) => match value(name) {
                Some(filled) => out.push_str(&filled),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// The only name in `text` when it is a placeholder and nothing else
/// (spaces around it allowed).
pub(crate) fn alone(text: &str) -> Option<&str> {
    match scan(text.trim()) {
        (pieces, None) => match pieces.as_slice() {
            [Piece::Name(name)] => Some(name),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_text_and_names_and_finds_stray_braces() {
        assert_eq!(
            scan("Hello {community}, on {date}."),
            (
                vec![
                    Piece::Text("Hello "),
                    Piece::Name("community"),
                    Piece::Text(", on "),
                    Piece::Name("date"),
                    Piece::Text("."),
                ],
                None
            )
        );
        assert_eq!(
            scan("a { b"),
            (vec![Piece::Text("a { b")], Some(Stray::Open))
        );
        assert_eq!(
            scan("a } b"),
            (vec![Piece::Text("a } b")], Some(Stray::Close))
        );
        assert_eq!(
            scan("{a {b}"),
            (
                vec![Piece::Text("{a "), Piece::Name("b")],
                Some(Stray::Open)
            )
        );
        assert_eq!(scan("{two words}").1, Some(Stray::Open));
        assert_eq!(scan("{}").1, Some(Stray::Open));
        assert_eq!(names("{Community} and {gaps}"), ["Community", "gaps"]);
        assert_eq!(alone("  {gaps} "), Some("gaps"));
        assert_eq!(alone("{gaps}."), None);
    }

    #[test]
    fn fills_once_without_rescanning_values() {
        let filled = fill("{a} and {b} and {c}", |name| match name {
            "a" => Some("{b}".to_string()),
            "b" => Some("B".to_string()),
            _ => None,
        });
        assert_eq!(filled, "{b} and B and {c}");
        assert_eq!(fill("é {x} ü", |_| Some("ß".into())), "é ß ü");
    }
}
