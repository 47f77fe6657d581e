//! Folding and splitting text into words, the same way for documents and
//! queries, and highlighting matched words in original text.

use std::ops::Range;

/// Lower-cases and removes diacritics: "Café Économie" → "cafe economie".
/// Covers Latin scripts, which is what the content uses, without pulling in
/// Unicode normalisation tables.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in text.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            _ if c.is_ascii() => out.push(c),
            _ => match fold_char(c) {
                Some(folded) => out.push_str(folded),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => "c",
        'Ď' | 'ď' | 'Đ' | 'đ' | 'Ð' | 'ð' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => "e",
        'Ğ' | 'ğ' | 'Ģ' | 'ģ' => "g",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'Į' | 'į' | 'İ' | 'ı' => "i",
        'Ķ' | 'ķ' => "k",
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'ŕ' | 'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => "s",
        'ß' => "ss",
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ț' | 'ț' => "t",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' => "u",
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        'Þ' | 'þ' => "th",
        '’' | '‘' | 'ʼ' => "'",
        _ => return None,
    })
}

/// Byte ranges of the words in `text` (runs of letters and digits; an
/// apostrophe inside a word is part of it: "Analysts'" → "Analysts").
pub fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    for_each_word(text, |range| ranges.push(range));
    ranges
}

/// [`word_ranges`] without collecting them. Plain ASCII text (most content)
/// takes a byte-wise copy of the general loop below: the index reads every
/// word of every community, and decoding characters cost it 8% more.
fn for_each_word(text: &str, mut f: impl FnMut(Range<usize>)) {
    if text.is_ascii() {
        let bytes = text.as_bytes();
        let mut start = None;
        for (i, byte) in bytes.iter().enumerate() {
            match (start, byte.is_ascii_alphanumeric()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    let joins =
                        *byte == b'\'' && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
                    if !joins {
                        f(s..i);
                        start = None;
                    }
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            f(s..text.len());
        }
        return;
    }
    let mut start = None;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric();
        match (start, in_word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let joins = matches!(c, '\'' | '’')
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if !joins {
                    f(s..i);
                    start = None;
                }
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        f(s..text.len());
    }
}

/// The folded words of `text`, apostrophes removed ("Analysts'" → "analysts").
pub fn tokens(text: &str) -> Vec<String> {
    let mut all = Vec::new();
    each_token(text, |token| all.push(token.to_string()));
    all
}

/// Calls `f` with each of [`tokens`], reusing one buffer: indexing a large
/// directory would otherwise allocate a string per word.
pub fn each_token(text: &str, mut f: impl FnMut(&str)) {
    let mut word = String::new();
    if text.is_ascii() {
        // Lower-case the whole text at once; words are then slices of it,
        // copied only to drop an apostrophe.
        let lower = text.to_ascii_lowercase();
        for_each_word(&lower, |range| {
            let token = &lower[range];
            if token.contains('\'') {
                word.clear();
                word.extend(token.chars().filter(|c| *c != '\''));
                f(&word);
            } else {
                f(token);
            }
        });
        return;
    }
    for_each_word(text, |range| {
        word.clear();
        normalise_into(&text[range], &mut word);
        f(&word);
    });
}

fn normalise_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalise_into(word, &mut out);
    out
}

fn normalise_into(word: &str, out: &mut String) {
    let start = out.len();
    fold_into(word, out);
    if out[start..].contains('\'') {
        out.retain(|c| c != '\'');
    }
}

/// Words that say nothing on their own; dropped from multi-word queries so
/// "data and insight" means "data insight".
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with",
];

/// The distinct words of a query, in order, without stop words (unless the
/// query is only stop words).
pub fn query_terms(query: &str) -> Vec<String> {
    let mut all = tokens(query);
    let mut seen = std::collections::HashSet::new();
    all.retain(|word| seen.insert(word.clone()));
    let meaningful: Vec<String> = all
        .iter()
        .filter(|word| !STOP_WORDS.contains(&word.as_str()))
        .cloned()
        .collect();
    if meaningful.is_empty() {
        all
    } else {
        meaningful
    }
}

/// Splits `text` into segments, marking the words that `matches` accepts
/// (given each word folded). Used to highlight matched words in results.
pub fn highlight(text: &str, matches: impl Fn(&str) -> bool) -> Vec<(&str, bool)> {
    let mut segments = Vec::new();
    let mut last = 0;
    for range in matched_words(text, matches) {
        if range.start > last {
            segments.push((&text[last..range.start], false));
        }
        segments.push((&text[range.clone()], true));
        last = range.end;
    }
    if last < text.len() {
        segments.push((&text[last..], false));
    }
    segments
}

/// Byte ranges of the words in `text` that `matches` accepts: what
/// [`highlight`] marks, cheap to compare (a view can skip re-rendering
/// text whose marks did not change).
pub fn matched_words(text: &str, matches: impl Fn(&str) -> bool) -> Vec<Range<usize>> {
    word_ranges(text)
        .into_iter()
        .filter(|range| matches(&normalise_word(&text[range.clone()])))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(
            fold("Café Économie Straße ØRESUND"),
            "cafe economie strasse oresund"
        );
        assert_eq!(fold("Ελλάδα"), "ελλάδα", "other scripts are lower-cased");
    }

    #[test]
    fn splits_words_keeping_inner_apostrophes() {
        assert_eq!(
            tokens("Data Analysts' Community — L&M, IT/HR"),
            ["data", "analysts", "community", "l", "m", "it", "hr"]
        );
        assert_eq!(tokens("Queen Mary’s events"), ["queen", "marys", "events"]);
        assert_eq!(tokens(""), Vec::<String>::new());
    }

    #[test]
    fn query_terms_drop_stop_words_and_repeats() {
        assert_eq!(
            query_terms("Data and Insight and data"),
            ["data", "insight"]
        );
        assert_eq!(query_terms("the"), ["the"]);
    }

    #[test]
    fn highlights_matching_words_only() {
        let segments = highlight("Procurement and Purchasing", |word| {
            word.starts_with("proc")
        });
        assert_eq!(
            segments,
            [("Procurement", true), (" and Purchasing", false)]
        );
        let all: String = highlight("Café, café!", |w| w == "cafe")
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert_eq!(all, "Café, café!");
    }
}
