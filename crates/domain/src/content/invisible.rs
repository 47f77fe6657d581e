//! Invisible and bidi-control characters. They print as nothing (or reorder
//! the text around them), so in a link, an id or a name they can make what a
//! reader sees differ from what is there: `moc.elpmaxe` shown as
//! `example.com`, or two "identical" names. Content may not contain them.

use std::borrow::Cow;

/// Each refused character with the name editors will see in messages.
const NAMED: [(char, &str); 23] = [
    ('\u{00AD}', "soft hyphen"),
    ('\u{061C}', "Arabic letter mark"),
    ('\u{180E}', "Mongolian vowel separator"),
    ('\u{200B}', "zero-width space"),
    ('\u{200C}', "zero-width non-joiner"),
    ('\u{200D}', "zero-width joiner"),
    ('\u{200E}', "left-to-right mark"),
    ('\u{200F}', "right-to-left mark"),
    ('\u{202A}', "left-to-right embedding"),
    ('\u{202B}', "right-to-left embedding"),
    ('\u{202C}', "pop directional formatting"),
    ('\u{202D}', "left-to-right override"),
    ('\u{202E}', "right-to-left override"),
    ('\u{2060}', "word joiner"),
    ('\u{2061}', "function application"),
    ('\u{2062}', "invisible times"),
    ('\u{2063}', "invisible separator"),
    ('\u{2064}', "invisible plus"),
    ('\u{2066}', "left-to-right isolate"),
    ('\u{2067}', "right-to-left isolate"),
    ('\u{2068}', "first strong isolate"),
    ('\u{2069}', "pop directional isolate"),
    ('\u{FEFF}', "zero-width no-break space"),
];

/// The name of `c` if it is one of the refused characters.
pub fn name(c: char) -> Option<&'static str> {
    // All of them are outside ASCII: the common case costs one comparison.
    if c.is_ascii() {
        return None;
    }
    NAMED
        .iter()
        .find(|(named, _)| *named == c)
        .map(|(_, name)| *name)
}

/// The first refused character in `text`, described for a message:
/// "U+202E (right-to-left override)".
pub fn find(text: &str) -> Option<String> {
    if text.is_ascii() {
        return None;
    }
    text.chars()
        .find_map(|c| name(c).map(|name| format!("U+{:04X} ({name})", c as u32)))
}

/// `text` with each refused character written as `<U+202E>`, so a message
/// quoting it shows where the character is instead of being reordered by it.
pub fn show(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || !text.chars().any(|c| name(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if name(c).is_some() {
            shown.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_every_listed_range_and_nothing_ordinary() {
        let listed = (0x200B..=0x200F)
            .chain(0x202A..=0x202E)
            .chain(0x2060..=0x2064)
            .chain(0x2066..=0x2069)
            .chain([0xFEFF, 0x00AD, 0x180E, 0x061C]);
        for code in listed {
            let c = char::from_u32(code).unwrap();
            assert!(name(c).is_some(), "U+{code:04X}");
        }
        for ordinary in "aé ŵ ñ ß ø 日本 – — ‘’ “” €\n\t".chars() {
            assert_eq!(name(ordinary), None, "{ordinary:?}");
        }
        assert_eq!(name('\u{2065}'), None, "unassigned, not in the list");
    }

    #[test]
    fn finds_and_shows_the_first_one() {
        assert_eq!(find("Caf\u{e9} Gymraeg \u{175}"), None);
        assert_eq!(
            find("ucl\u{202E}gpj.exe\u{200B}").as_deref(),
            Some("U+202E (right-to-left override)")
        );
        assert_eq!(
            find("\u{FEFF}x").as_deref(),
            Some("U+FEFF (zero-width no-break space)")
        );
        assert_eq!(show("plain é"), "plain é");
        assert_eq!(show("a\u{200B}b\u{202E}c"), "a<U+200B>b<U+202E>c");
    }
}
