//! What the directory shows for a given state: the search words, then the
//! facet filters, then the chosen order; and, for every facet value, how
//! many communities ticking it would show (its live count).
//!
//! Facets follow the usual shop-window rules: values of one facet widen the
//! choice (UCL *or* Oxford), different facets narrow it (UCL *and* Finance),
//! and a facet's counts ignore that facet's own ticks, so they say what
//! ticking another value would add. Archived communities are hidden until
//! a status is ticked.

use std::cmp::Reverse;

use super::search::DirectorySearch;
use super::state::{DirectoryState, Facet, Sort, facet_name};
use super::{Choice, Community, DirectoryFile, Status};
use crate::domain::search::{Query, fold};

/// One value of a facet, with its live count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// As in the URL: a name, or a slug for enumerated facets.
    pub value: String,
    pub count: usize,
    pub selected: bool,
}

/// A facet and the values worth offering: every value the directory has,
/// plus any selected one it lacks (so it can be unticked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetGroup {
    pub facet: Facet,
    pub values: Vec<FacetValue>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    /// Indexes into `directory.communities`, in display order.
    pub items: Vec<usize>,
    pub facets: Vec<FacetGroup>,
    /// Archived communities that would match but are hidden by default.
    pub archived_hidden: usize,
    /// Communities matching the search words, before any filter.
    pub matching_query: usize,
    /// A respelling of the search words, when some match nothing.
    pub suggestion: Option<String>,
}

/// The statuses shown when none is ticked.
const DEFAULT_STATUSES: [Status; 2] = [Status::Active, Status::Dormant];

/// A facet's value for a community, as the URL spells it.
fn value_of(facet: Facet, community: &Community) -> Option<&str> {
    match facet {
        Facet::Organisation | Facet::ServiceArea => Some(facet_name(facet, community)),
        Facet::Kind => Some(community.kind.slug()),
        Facet::Format => community.format.map(Choice::slug),
        Facet::Status => Some(community.status.slug()),
    }
}

/// Whether a community passes one facet's filter.
fn passes(state: &DirectoryState, facet: Facet, community: &Community) -> bool {
    let selected = state.selected(facet);
    if selected.is_empty() {
        return facet != Facet::Status || DEFAULT_STATUSES.contains(&community.status);
    }
    value_of(facet, community).is_some_and(|value| selected.iter().any(|s| s == value))
}

impl DirectoryState {
    /// Runs the search and filters. `search` must be built from `directory`.
    pub fn results(&self, directory: &DirectoryFile, search: &DirectorySearch) -> Results {
        let communities = &directory.communities;
        let query = Query::parse(&self.query);
        // Candidates in relevance order (file order when there are no words).
        let candidates: Vec<usize> = if query.is_empty() {
            (0..communities.len()).collect()
        } else {
            search.search(&query).iter().map(|hit| hit.doc).collect()
        };

        // Which facets each candidate fails: a bit per facet.
        let failed: Vec<u8> = candidates
            .iter()
            .map(|&index| {
                Facet::ALL
                    .iter()
                    .filter(|facet| !passes(self, **facet, &communities[index]))
                    .fold(0u8, |bits, facet| bits | 1 << *facet as u8)
            })
            .collect();

        let facets = Facet::ALL
            .into_iter()
            .map(|facet| self.facet_group(facet, communities, &candidates, &failed))
            .collect::<Vec<_>>();
        let archived_hidden = if self.selected(Facet::Status).is_empty() {
            candidates
                .iter()
                .zip(&failed)
                .filter(|(index, bits)| {
                    **bits & !(1 << Facet::Status as u8) == 0
                        && communities[**index].status == Status::Archived
                })
                .count()
        } else {
            0
        };

        let mut items: Vec<usize> = candidates
            .iter()
            .zip(&failed)
            .filter(|(_, bits)| **bits == 0)
            .map(|(index, _)| *index)
            .collect();
        sort(&mut items, self.sort, communities);
        let suggestion = if items.is_empty() && !query.is_empty() {
            search.suggest(&query)
        } else {
            None
        };
        Results {
            items,
            facets,
            archived_hidden,
            matching_query: candidates.len(),
            suggestion,
        }
    }

    fn facet_group(
        &self,
        facet: Facet,
        communities: &[Community],
        candidates: &[usize],
        failed: &[u8],
    ) -> FacetGroup {
        let mut values: Vec<FacetValue> = Vec::new();
        let mut add = |value: &str| {
            if !values.iter().any(|v| v.value == value) {
                values.push(FacetValue {
                    value: value.to_string(),
                    count: 0,
                    selected: self.is_selected(facet, value),
                });
            }
        };
        for community in communities {
            if let Some(value) = value_of(facet, community) {
                add(value);
            }
        }
        for value in self.selected(facet) {
            add(value);
        }
        // Counts ignore this facet's own filter.
        let others = !(1u8 << facet as u8);
        for (index, bits) in candidates.iter().zip(failed) {
            if bits & others != 0 {
                continue;
            }
            if let Some(value) = value_of(facet, &communities[*index])
                && let Some(entry) = values.iter_mut().find(|v| v.value == value)
            {
                entry.count += 1;
            }
        }
        match facet {
            Facet::Organisation | Facet::ServiceArea => {
                values.sort_by_cached_key(|v| fold(&v.value));
            }
            _ => values.sort_by_key(|v| enum_position(facet, &v.value)),
        }
        FacetGroup { facet, values }
    }
}

/// Enumerated values keep their natural order (active, dormant, archived).
fn enum_position(facet: Facet, slug: &str) -> usize {
    fn position<T: Choice>(slug: &str) -> usize {
        T::ALL
            .iter()
            .position(|value| value.slug() == slug)
            .unwrap_or(usize::MAX)
    }
    match facet {
        Facet::Kind => position::<super::Kind>(slug),
        Facet::Format => position::<super::Format>(slug),
        _ => position::<Status>(slug),
    }
}

/// Orders results; ties keep the order they came in (stable sorts).
fn sort(items: &mut [usize], sort: Sort, communities: &[Community]) {
    match sort {
        Sort::Relevance => {}
        Sort::Name => items.sort_by_cached_key(|index| fold(&communities[*index].name)),
        Sort::Reviewed => items.sort_by_cached_key(|index| {
            let community = &communities[*index];
            (Reverse(community.reviewed()), fold(&community.name))
        }),
    }
}

#[cfg(test)]
mod tests;
