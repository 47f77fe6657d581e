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
pub use text::{each_token, fold, highlight, matched_words, query_terms, tokens, word_ranges};
