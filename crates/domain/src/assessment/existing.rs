//! "Does one already exist?": communities in the directory that match the
//! domain the person described, found by the directory's own search.

use crate::directory::DirectoryFile;
use crate::directory::search::DirectorySearch;
use crate::search::Query;

/// Directory matches for the words a person entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matches {
    /// The words searched for (the domain, or the name if no domain was given).
    pub words: String,
    /// Indices into the directory's communities, best first; at most `limit`.
    pub shown: Vec<usize>,
    /// How many communities matched in all.
    pub total: usize,
}

/// Searches the directory for the domain words, or for the community's name
/// when the domain is blank. `None` when there is nothing to search for.
pub fn similar_communities(
    directory: &DirectoryFile,
    domain: &str,
    name: &str,
    limit: usize,
) -> Option<Matches> {
    similar_communities_in(&DirectorySearch::new(directory), domain, name, limit)
}

/// [`similar_communities`] with an index already built (views share one).
pub fn similar_communities_in(
    index: &DirectorySearch,
    domain: &str,
    name: &str,
    limit: usize,
) -> Option<Matches> {
    let words = if domain.trim().is_empty() {
        name
    } else {
        domain
    }
    .trim();
    let query = Query::parse(words);
    if query.is_empty() {
        return None;
    }
    let hits = index.search(&query);
    Some(Matches {
        words: words.to_string(),
        shown: hits.iter().take(limit).map(|hit| hit.doc).collect(),
        total: hits.len(),
    })
}
