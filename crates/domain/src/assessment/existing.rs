//! "Does one already exist?": communities in the directory that may already
//! cover what a person has in mind, found by the directory's own search. One
//! rule for the guide (the words typed there) and the self-assessment (the
//! community's domain, or its name); the app's `ExistingCommunities`
//! component shows the result for both.

use crate::directory::DirectoryFile;
use crate::directory::search::DirectorySearch;
use crate::search::Query;

/// Directory matches for the words a person entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matches {
    /// The words searched for, trimmed.
    pub words: String,
    /// Indices into the directory's communities, best first; at most
    /// `limit`. Only close matches: communities matching every word, each
    /// exactly or as the beginning of a word.
    pub shown: Vec<usize>,
    /// How many communities are close matches in all.
    pub total: usize,
    /// How many more match only partly (some of the words, or a similar
    /// spelling): not offered as close matches, but the directory's own
    /// search lists them.
    pub partial: usize,
}

/// Whether `words` hold anything to search for: at least one word, not
/// just spaces or punctuation.
pub fn anything_to_search(words: &str) -> bool {
    !Query::parse(words.trim()).is_empty()
}

/// Searches the directory `index` for `words`, keeping the best `limit`
/// close matches: "budget management" offers Financial Management (budgets,
/// management) but not Events Management, which matches one word only.
/// `None` when there is nothing to search for ([`anything_to_search`]).
pub fn existing_communities(index: &DirectorySearch, words: &str, limit: usize) -> Option<Matches> {
    if !anything_to_search(words) {
        return None;
    }
    let words = words.trim();
    let hits = index.search(&Query::parse(words));
    let total = hits.iter().filter(|hit| hit.strong).count();
    Some(Matches {
        words: words.to_string(),
        shown: hits[..total]
            .iter()
            .take(limit)
            .map(|hit| hit.doc)
            .collect(),
        total,
        partial: hits.len() - total,
    })
}

/// The words the self-assessment searches for: the community's domain, or
/// its name when the domain is blank.
pub fn search_words<'a>(domain: &'a str, name: &'a str) -> &'a str {
    if domain.trim().is_empty() {
        name
    } else {
        domain
    }
}

/// [`existing_communities`] for a proposed community's domain and name,
/// building the index (the action plan, made once per download).
pub fn similar_communities(
    directory: &DirectoryFile,
    domain: &str,
    name: &str,
    limit: usize,
) -> Option<Matches> {
    existing_communities(
        &DirectorySearch::new(directory),
        search_words(domain, name),
        limit,
    )
}
