//! What the directory shows for a given state: the search words, then the
//! facet filters, then the chosen order; and, for every facet value, how
//! many communities ticking it would show (its live count).
//!
//! Facets follow the usual shop-window rules: values of one facet widen the
//! choice (UCL *or* Oxford), different facets narrow it (UCL *and* Finance),
//! and a facet's counts ignore that facet's own ticks, so they say what
//! ticking another value would add. Archived communities are hidden until
//! a status is ticked.

use super::facets::FacetTable;
use super::search::DirectorySearch;
use super::state::{DirectoryState, Facet, Sort};
use super::{Choice, DirectoryFile, Status};
use crate::search::Query;

/// One value of a facet, with its live count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// As in the URL: a name, or a slug for enumerated facets.
    pub value: String,
    pub count: usize,
    pub selected: bool,
}

/// A facet and the values worth offering: every value the directory has,
/// plus any selected one it lacks (so it can be unticked). No values when
/// the facet would not narrow anything and nothing in it is ticked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetGroup {
    pub facet: Facet,
    pub values: Vec<FacetValue>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    /// Indexes into `directory.communities`, in display order: those
    /// matching all the search words first (`items[..all_words]`), then the
    /// partial matches.
    pub items: Vec<usize>,
    /// How many of `items` match all the search words, each exactly or as
    /// the beginning of a word; every item when there are no words.
    pub all_words: usize,
    pub facets: Vec<FacetGroup>,
    /// Archived communities that would match but are hidden by default.
    pub archived_hidden: usize,
    /// Communities matching the search words, before any filter.
    pub matching_query: usize,
    /// A respelling of the search words, when some match nothing.
    pub suggestion: Option<String>,
}

/// "1 community", "3 communities".
pub fn communities(n: usize) -> String {
    match n {
        1 => "1 community".to_string(),
        n => format!("{n} communities"),
    }
}

fn verb(n: usize) -> &'static str {
    if n == 1 { "matches" } else { "match" }
}

impl Results {
    /// How many results match only partly: some of the words, or a word
    /// spelled like one of them.
    pub fn partial(&self) -> usize {
        self.items.len() - self.all_words
    }

    /// The results heading. Matches of every word are counted apart from
    /// partial ones: "3 communities match all of “finance ucl”; 1 more
    /// matches some of the words". With one word, a partial match is a
    /// similar spelling: "No communities match “finanse”; 4 match a similar
    /// word".
    pub fn heading(&self, state: &DirectoryState) -> String {
        let words = state.query.trim();
        let filters = if state.has_filters() {
            " and your filters"
        } else {
            ""
        };
        let (all, partial) = (self.all_words, self.partial());
        let count = match all {
            0 => "No communities".to_string(),
            n => communities(n),
        };
        if words.is_empty() {
            return match filters {
                "" => count,
                _ => format!("{count} {} your filters", verb(all)),
            };
        }
        if partial == 0 {
            return format!("{count} {} “{words}”{filters}", verb(all));
        }
        let one_word = Query::parse(words).len() == 1;
        let (target, like) = if one_word {
            ("", "a similar word")
        } else {
            ("all of ", "some of the words")
        };
        let more = if all > 0 { " more" } else { "" };
        format!(
            "{count} {} {target}“{words}”{filters}; {partial}{more} {} {like}",
            verb(all),
            verb(partial)
        )
    }

    /// What the live region says after a change: the heading, and how many
    /// archived communities are hidden.
    pub fn count_sentence(&self, state: &DirectoryState) -> String {
        let mut sentence = self.heading(state);
        if self.archived_hidden > 0 {
            sentence.push_str(&format!("; {} archived hidden", self.archived_hidden));
        }
        sentence.push('.');
        sentence
    }
}

/// The statuses shown when none is ticked.
const DEFAULT_STATUSES: [Status; 2] = [Status::Active, Status::Dormant];

impl DirectoryState {
    /// Runs the search and filters. `search` must be built from `directory`.
    pub fn results(&self, directory: &DirectoryFile, search: &DirectorySearch) -> Results {
        let table = search.facets();
        let query = Query::parse(&self.query);
        // Candidates in relevance order (file order when there are no
        // words), strong matches first, with whether each is strong.
        let (candidates, strong): (Vec<usize>, Vec<bool>) = if query.is_empty() {
            (0..directory.communities.len()).map(|i| (i, true)).unzip()
        } else {
            search
                .search(&query)
                .iter()
                .map(|hit| (hit.doc, hit.strong))
                .unzip()
        };

        // Which facets each candidate fails: a bit per facet.
        let allowed: Vec<Option<Vec<bool>>> = Facet::ALL
            .into_iter()
            .map(|facet| self.allowed(facet, table))
            .collect();
        let failed: Vec<u8> = candidates
            .iter()
            .map(|&index| {
                Facet::ALL
                    .into_iter()
                    .filter(|facet| {
                        allowed[*facet as usize].as_ref().is_some_and(|mask| {
                            !table
                                .value(index, *facet)
                                .is_some_and(|value| mask[value as usize])
                        })
                    })
                    .fold(0u8, |bits, facet| bits | 1 << facet as u8)
            })
            .collect();

        // A facet's counts apply every filter but its own.
        let mut counts: Vec<Vec<usize>> = Facet::ALL
            .into_iter()
            .map(|facet| vec![0; table.values(facet).len()])
            .collect();
        for (index, bits) in candidates.iter().zip(&failed) {
            for facet in Facet::ALL {
                if bits & !(1 << facet as u8) == 0
                    && let Some(value) = table.value(*index, facet)
                {
                    counts[facet as usize][value as usize] += 1;
                }
            }
        }
        let archived_hidden = match table.position(Facet::Status, Status::Archived.slug()) {
            Some(archived) if self.selected(Facet::Status).is_empty() => {
                counts[Facet::Status as usize][archived as usize]
            }
            _ => 0,
        };
        let facets = Facet::ALL
            .into_iter()
            .map(|facet| self.facet_group(facet, table, &counts[facet as usize]))
            .collect();

        let mut items: Vec<(bool, usize)> = candidates
            .iter()
            .zip(&strong)
            .zip(&failed)
            .filter(|(_, bits)| **bits == 0)
            .map(|((index, strong), _)| (*strong, *index))
            .collect();
        // Another order applies within each group: a partial match never
        // goes above one of all the words.
        match self.sort {
            Sort::Relevance => {}
            Sort::Name => items.sort_by_key(|(strong, index)| (!strong, table.name_rank(*index))),
            Sort::Reviewed => {
                items.sort_by_key(|(strong, index)| (!strong, table.reviewed_rank(*index)))
            }
        }
        let all_words = items.iter().take_while(|(strong, _)| *strong).count();
        let items: Vec<usize> = items.into_iter().map(|(_, index)| index).collect();
        let suggestion = if items.is_empty() && !query.is_empty() {
            search.suggest(&query)
        } else {
            None
        };
        Results {
            items,
            all_words,
            facets,
            archived_hidden,
            matching_query: candidates.len(),
            suggestion,
        }
    }

    /// Which of the facet's values pass its filter; None when it filters
    /// nothing. With no status ticked, archived ones do not pass.
    fn allowed(&self, facet: Facet, table: &FacetTable) -> Option<Vec<bool>> {
        let selected: Vec<&str> = match self.selected(facet) {
            [] if facet == Facet::Status => DEFAULT_STATUSES.iter().map(|s| s.slug()).collect(),
            [] => return None,
            values => values.iter().map(String::as_str).collect(),
        };
        let mut mask = vec![false; table.values(facet).len()];
        for value in selected {
            if let Some(position) = table.position(facet, value) {
                mask[position as usize] = true;
            }
        }
        Some(mask)
    }

    /// The values the directory has, with counts, then any ticked value it
    /// lacks (which matches nothing but must stay visible to untick).
    fn facet_group(&self, facet: Facet, table: &FacetTable, counts: &[usize]) -> FacetGroup {
        if !table.divides(facet) && self.selected(facet).is_empty() {
            return FacetGroup {
                facet,
                values: Vec::new(),
            };
        }
        let mut values: Vec<FacetValue> = table
            .values(facet)
            .iter()
            .zip(counts)
            .map(|(value, count)| FacetValue {
                value: value.clone(),
                count: *count,
                selected: self.is_selected(facet, value),
            })
            .collect();
        for value in self.selected(facet) {
            if table.position(facet, value).is_none() {
                values.push(FacetValue {
                    value: value.clone(),
                    count: 0,
                    selected: true,
                });
            }
        }
        FacetGroup { facet, values }
    }
}

#[cfg(test)]
mod tests;
