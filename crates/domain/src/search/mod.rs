//! One search engine for the whole app: the directory, the toolkit filter and
//! the self-assessment's "does one already exist?" all use it.
//!
//! Build a [`SearchIndex`] once from documents made of weighted fields, then
//! query it as the user types. Matching is on folded words (case and
//! diacritics removed): exact words score highest, then word prefixes
//! ("proc" → Procurement), then one-edit typos for words of five letters or
//! more ("finanse" → Finance). Documents matching more of the query's words
//! rank first; equal scores keep document order, so results are stable.

mod distance;
mod index;
mod text;

pub use index::{Hit, Query, SearchIndex};

/// The longest search a box accepts or a link may carry: far more than any
/// real search, short enough that echoing it back cannot flood the page.
pub const MAX_SEARCH_CHARS: usize = 200;

/// `words` cut to [`MAX_SEARCH_CHARS`], and a notice when anything was cut.
pub fn capped_search(words: &str) -> (String, Option<String>) {
    match words.char_indices().nth(MAX_SEARCH_CHARS) {
        None => (words.to_string(), None),
        Some((end, _)) => (
            words[..end].to_string(),
            Some(format!(
                "The search in this link was longer than {MAX_SEARCH_CHARS} characters, so only its first {MAX_SEARCH_CHARS} are used."
            )),
        ),
    }
}

pub use text::{each_token, fold, highlight, matched_words, query_terms, tokens, word_ranges};

#[cfg(test)]
mod cap_tests {
    use super::*;

    #[test]
    fn searches_are_capped_with_a_notice() {
        assert_eq!(capped_search("finance"), ("finance".to_string(), None));
        let exact = "é".repeat(MAX_SEARCH_CHARS);
        assert_eq!(capped_search(&exact), (exact.clone(), None));
        let (kept, notice) = capped_search(&format!("{exact}xyz"));
        assert_eq!(kept, exact);
        assert!(notice.is_some_and(|n| n.contains("first 200")));
    }
}
