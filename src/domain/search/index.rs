//! The inverted index: a sorted dictionary of folded words, each with the
//! (document, field) pairs it occurs in.

use super::distance::{prefix_within_one_edit, within_one_edit};
use super::text::{query_terms, tokens};

/// Typo tolerance applies to query words of at least this many letters.
const TYPO_MIN_LETTERS: usize = 5;

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
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    field: u16,
}

#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Sorted, distinct folded words.
    terms: Vec<Box<str>>,
    /// For each word, its characters as a slice of `chars` (for typo checks
    /// without allocating per query).
    spans: Vec<(u32, u32)>,
    chars: Vec<char>,
    postings: Vec<Vec<Posting>>,
    weights: Vec<u32>,
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
        let mut pairs: Vec<(String, Posting)> = Vec::new();
        let mut count = 0;
        for (doc, fields) in docs.into_iter().enumerate() {
            count = doc + 1;
            for (field, text) in fields {
                assert!(field < weights.len(), "field {field} has no weight");
                for token in tokens(text) {
                    pairs.push((
                        token,
                        Posting {
                            doc: doc as u32,
                            field: field as u16,
                        },
                    ));
                }
            }
        }
        pairs.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(a.1.doc.cmp(&b.1.doc))
                .then(a.1.field.cmp(&b.1.field))
        });
        pairs.dedup_by(|a, b| a.0 == b.0 && a.1.doc == b.1.doc && a.1.field == b.1.field);

        let mut index = SearchIndex {
            weights: weights.to_vec(),
            docs: count,
            ..SearchIndex::default()
        };
        for (term, posting) in pairs {
            if index.terms.last().map(|last| &**last) != Some(term.as_str()) {
                let start = index.chars.len() as u32;
                index.chars.extend(term.chars());
                index.spans.push((start, index.chars.len() as u32));
                index.terms.push(term.into_boxed_str());
                index.postings.push(Vec::new());
            }
            if let Some(list) = index.postings.last_mut() {
                list.push(posting);
            }
        }
        index
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
            for index in 0..self.terms.len() {
                if prefix_range.contains(&index) {
                    continue;
                }
                let word = self.term_chars(index);
                if word.len() + 1 < query.len() {
                    continue;
                }
                if let Some(quality) = quality(query, word) {
                    found.push((index, quality));
                }
            }
        }
        found
    }

    /// Documents matching at least one query word: most words matched first,
    /// then highest score, then input order. An empty query matches nothing
    /// (the caller decides what "no query" shows).
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        if query.is_empty() || self.docs == 0 {
            return Vec::new();
        }
        let mut total = vec![0u32; self.docs];
        let mut matched = vec![0usize; self.docs];
        let mut best = vec![0u32; self.docs];
        let mut touched: Vec<usize> = Vec::new();
        for term in &query.terms {
            let mut this_term: Vec<usize> = Vec::new();
            for (index, quality) in self.matching_terms(term) {
                for posting in &self.postings[index] {
                    let doc = posting.doc as usize;
                    let score = self.weights[posting.field as usize] * quality as u32;
                    if best[doc] == 0 {
                        this_term.push(doc);
                    }
                    best[doc] = best[doc].max(score);
                }
            }
            for doc in this_term {
                if matched[doc] == 0 {
                    touched.push(doc);
                }
                total[doc] += best[doc];
                matched[doc] += 1;
                best[doc] = 0;
            }
        }
        let mut hits: Vec<Hit> = touched
            .into_iter()
            .map(|doc| Hit {
                doc,
                score: total[doc],
                matched: matched[doc],
            })
            .collect();
        hits.sort_by(|a, b| {
            b.matched
                .cmp(&a.matched)
                .then(b.score.cmp(&a.score))
                .then(a.doc.cmp(&b.doc))
        });
        hits
    }

    /// A respelling of the query for "did you mean …?": each word that matches
    /// nothing is replaced by the most common indexed word within two edits.
    /// None when every word matches or no close word exists.
    pub fn suggest(&self, query: &Query) -> Option<String> {
        let mut changed = false;
        let words: Vec<String> = query
            .terms
            .iter()
            .map(|term| {
                if !self.matching_terms(term).is_empty() {
                    return term.iter().collect();
                }
                let closest = (0..self.terms.len())
                    .filter_map(|index| {
                        let distance = edit_distance(term, self.term_chars(index));
                        (distance <= 2).then(|| {
                            (
                                distance,
                                std::cmp::Reverse(self.postings[index].len()),
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

/// Damerau–Levenshtein (optimal string alignment) distance.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in rows.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = value;
        }
    }
    rows[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests;
