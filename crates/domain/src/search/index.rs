//! The inverted index: a sorted dictionary of folded words, each with the
//! (document, field) pairs it occurs in.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::distance::{
    edit_distance_with, letter_set, missing, prefix_within_one_edit, within_one_edit,
};
use super::text::{each_token, query_terms};

/// Typo tolerance applies to query words of at least this many letters.
const TYPO_MIN_LETTERS: usize = 5;

/// A query word is common when it matches more than a quarter of the
/// documents and more than this many ("ucl" in a directory of mostly UCL
/// communities, or "stuff" read as "staff"): a word in a handful of
/// documents still narrows a search, whatever the share.
const COMMON_FLOOR: usize = 4;

/// How a query word matched an indexed word; better matches score more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Quality {
    TypoPrefix = 1,
    Typo = 2,
    Prefix = 3,
    Exact = 4,
}

/// A parsed query: its distinct words, folded, without stop words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    terms: Vec<Vec<char>>,
}

impl Query {
    pub fn parse(text: &str) -> Query {
        Query {
            terms: query_terms(text)
                .iter()
                .map(|term| term.chars().collect())
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// How many words the query has (after dropping stop words).
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether a folded word would match the query: for highlighting, with
    /// exactly the rules the index uses.
    pub fn matches_word(&self, word: &str) -> bool {
        let word: Vec<char> = word.chars().collect();
        self.terms.iter().any(|term| quality(term, &word).is_some())
    }
}

fn quality(query: &[char], word: &[char]) -> Option<Quality> {
    if query == word {
        Some(Quality::Exact)
    } else if word.starts_with(query) {
        Some(Quality::Prefix)
    } else if query.len() < TYPO_MIN_LETTERS {
        None
    } else if within_one_edit(query, word) {
        Some(Quality::Typo)
    } else if word.len() > query.len()
        // An edit at the end only would make "comms" a prefix search for
        // "comm" (community, commercial…): require the typo to be inside.
        && !word.starts_with(&query[..query.len() - 1])
        && prefix_within_one_edit(query, word)
    {
        Some(Quality::TypoPrefix)
    } else {
        None
    }
}

/// A matching document: its position in the input, its score, and how many
/// of the query's words it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub doc: usize,
    pub score: u32,
    pub matched: usize,
    /// Every query word matched a word of the document exactly or as its
    /// beginning ("proc" → Procurement); never through a typo.
    pub strong: bool,
    /// At least one of the words it matched is not common (see
    /// [`COMMON_FLOOR`]): a match on "ucl" alone says little.
    pub distinctive: bool,
}

/// A document a word occurs in, with the weight of the best field it
/// occurs in there (a word in the name and the summary counts as in the name).
#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    weight: u32,
}

#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Sorted, distinct folded words.
    terms: Vec<Box<str>>,
    /// For each word, its characters as a slice of `chars` (for typo checks
    /// without allocating per query).
    spans: Vec<(u32, u32)>,
    chars: Vec<char>,
    /// For each word, the set of letters in it (see [`letter_set`]): a cheap
    /// test that rules out most words before counting edits.
    letters: Vec<u64>,
    /// Every word's documents, word after word, each in document order:
    /// word `i` has `postings[offsets[i]..offsets[i + 1]]`. One flat list
    /// instead of a list per word saves thousands of small allocations.
    postings: Vec<Posting>,
    offsets: Vec<u32>,
    docs: usize,
}

impl SearchIndex {
    /// Indexes documents, each a list of (field, text) pairs; `weights[field]`
    /// is how much a match in that field counts. A field may appear several
    /// times in a document (one per topic, say).
    pub fn build<'a>(
        weights: &[u32],
        docs: impl IntoIterator<Item = Vec<(usize, &'a str)>>,
    ) -> SearchIndex {
        // Words get numbers in order of first sight; each (word, document)
        // pair is recorded once, in document order, with its best weight.
        let mut ids: HashMap<Box<str>, u32, BuildHasherDefault<WordHasher>> = HashMap::default();
        // Per word: where its latest pair is in `pairs`, to merge repeats in a document.
        let mut latest: Vec<usize> = Vec::new();
        let mut pairs: Vec<(u32, Posting)> = Vec::new();
        let mut count = 0;
        for (doc, fields) in docs.into_iter().enumerate() {
            count = doc + 1;
            let doc = doc as u32;
            for (field, text) in fields {
                assert!(field < weights.len(), "field {field} has no weight");
                let weight = weights[field];
                each_token(text, |token| {
                    let id = match ids.get(token) {
                        Some(id) => *id,
                        None => {
                            let id = latest.len() as u32;
                            ids.insert(token.into(), id);
                            latest.push(usize::MAX);
                            id
                        }
                    };
                    match pairs.get_mut(latest[id as usize]) {
                        Some((_, last)) if last.doc == doc => last.weight = last.weight.max(weight),
                        _ => {
                            latest[id as usize] = pairs.len();
                            pairs.push((id, Posting { doc, weight }));
                        }
                    }
                });
            }
        }
        // Sort the vocabulary once, then lay the pairs out word by word in
        // that order (a counting sort keeps each word's documents in order).
        let mut words: Vec<(Box<str>, u32)> = ids.into_iter().collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut rank = vec![0u32; words.len()];
        for (position, (_, id)) in words.iter().enumerate() {
            rank[*id as usize] = position as u32;
        }
        let mut offsets = vec![0u32; words.len() + 1];
        for (id, _) in &pairs {
            offsets[rank[*id as usize] as usize + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let mut next = offsets.clone();
        let mut postings = vec![Posting { doc: 0, weight: 0 }; pairs.len()];
        for (id, posting) in pairs {
            let slot = &mut next[rank[id as usize] as usize];
            postings[*slot as usize] = posting;
            *slot += 1;
        }

        let mut index = SearchIndex {
            docs: count,
            postings,
            offsets,
            ..SearchIndex::default()
        };
        for (term, _) in words {
            let start = index.chars.len() as u32;
            index.chars.extend(term.chars());
            index.spans.push((start, index.chars.len() as u32));
            index
                .letters
                .push(letter_set(&index.chars[start as usize..]));
            index.terms.push(term);
        }
        index
    }

    /// The documents word `index` occurs in.
    fn postings(&self, index: usize) -> &[Posting] {
        &self.postings[self.offsets[index] as usize..self.offsets[index + 1] as usize]
    }

    pub fn len(&self) -> usize {
        self.docs
    }

    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// How many distinct words are indexed.
    pub fn vocabulary(&self) -> usize {
        self.terms.len()
    }

    fn term_chars(&self, index: usize) -> &[char] {
        let (start, end) = self.spans[index];
        &self.chars[start as usize..end as usize]
    }

    /// The indexed words a query word matches, with how well.
    fn matching_terms(&self, query: &[char]) -> Vec<(usize, Quality)> {
        let text: String = query.iter().collect();
        let first = self.terms.partition_point(|term| **term < *text);
        let mut found: Vec<(usize, Quality)> = self.terms[first..]
            .iter()
            .take_while(|term| term.starts_with(&text))
            .enumerate()
            .map(|(offset, term)| {
                (
                    first + offset,
                    if **term == *text {
                        Quality::Exact
                    } else {
                        Quality::Prefix
                    },
                )
            })
            .collect();
        if query.len() >= TYPO_MIN_LETTERS {
            let prefix_range = first..first + found.len();
            let letters = letter_set(query);
            for index in 0..self.terms.len() {
                if prefix_range.contains(&index) {
                    continue;
                }
                let word = self.term_chars(index);
                // Two of the query's letters missing from a word need two edits.
                if word.len() + 1 < query.len() || missing(letters, self.letters[index]) > 1 {
                    continue;
                }
                if let Some(quality) = quality(query, word) {
                    found.push((index, quality));
                }
            }
        }
        found
    }

    /// Documents matching at least one query word: strong matches first
    /// (every word, exactly or as a prefix), then most words matched, then
    /// highest score, then input order. An empty query matches nothing
    /// (the caller decides what "no query" shows).
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        if query.is_empty() || self.docs == 0 {
            return Vec::new();
        }
        let mut total = vec![0u32; self.docs];
        let mut matched = vec![0usize; self.docs];
        let mut best = vec![0u32; self.docs];
        // Per document: the best match quality for the current word, how
        // many words matched exactly or as a prefix, and whether any matched
        // word is uncommon.
        let mut best_quality = vec![0u8; self.docs];
        let mut strong = vec![0usize; self.docs];
        let mut distinctive = vec![false; self.docs];
        let mut touched: Vec<usize> = Vec::new();
        for term in &query.terms {
            let mut this_term: Vec<usize> = Vec::new();
            for (index, quality) in self.matching_terms(term) {
                for posting in self.postings(index) {
                    let doc = posting.doc as usize;
                    let score = posting.weight * quality as u32;
                    if best[doc] == 0 {
                        this_term.push(doc);
                    }
                    best[doc] = best[doc].max(score);
                    best_quality[doc] = best_quality[doc].max(quality as u8);
                }
            }
            let common = this_term.len() > COMMON_FLOOR && this_term.len() * 4 > self.docs;
            for doc in this_term {
                if matched[doc] == 0 {
                    touched.push(doc);
                }
                total[doc] += best[doc];
                matched[doc] += 1;
                strong[doc] += usize::from(best_quality[doc] >= Quality::Prefix as u8);
                distinctive[doc] |= !common;
                best[doc] = 0;
                best_quality[doc] = 0;
            }
        }
        let mut hits: Vec<Hit> = touched
            .into_iter()
            .map(|doc| Hit {
                doc,
                score: total[doc],
                matched: matched[doc],
                strong: strong[doc] == query.terms.len(),
                distinctive: distinctive[doc],
            })
            .collect();
        // Strong matches, then most words, then highest score, then input
        // order, packed into one number so a large result list sorts fast.
        // (Counts past 127 words or scores past 16 million, beyond any real
        // query, tie.)
        hits.sort_unstable_by_key(|hit| {
            let weak = u64::from(!hit.strong);
            let matched = 0x7F - hit.matched.min(0x7F) as u64;
            let score = 0xFF_FFFF - u64::from(hit.score.min(0xFF_FFFF));
            weak << 63 | matched << 56 | score << 32 | hit.doc as u64
        });
        hits
    }

    /// A respelling of the query for "did you mean …?": each word that matches
    /// nothing is replaced by the most common indexed word within two edits.
    /// None when every word matches or no close word exists.
    pub fn suggest(&self, query: &Query) -> Option<String> {
        let mut changed = false;
        let mut rows = Vec::new();
        let words: Vec<String> = query
            .terms
            .iter()
            .map(|term| {
                if !self.matching_terms(term).is_empty() {
                    return term.iter().collect();
                }
                let letters = letter_set(term);
                let closest = (0..self.terms.len())
                    .filter_map(|index| {
                        let word = self.term_chars(index);
                        if word.len().abs_diff(term.len()) > 2
                            || missing(letters, self.letters[index]) > 2
                        {
                            return None;
                        }
                        let distance = edit_distance_with(term, word, &mut rows);
                        (distance <= 2).then(|| {
                            (
                                distance,
                                std::cmp::Reverse(self.postings(index).len()),
                                index,
                            )
                        })
                    })
                    .min();
                match closest {
                    Some((_, _, index)) => {
                        changed = true;
                        self.terms[index].to_string()
                    }
                    None => term.iter().collect(),
                }
            })
            .collect();
        changed.then(|| words.join(" "))
    }
}

/// The Fx hash (as in rustc), eight bytes at a time: words come from the
/// site's own content, not an attacker, so a fast hash beats SipHash here.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
        for byte in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*byte)).wrapping_mul(SEED);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
