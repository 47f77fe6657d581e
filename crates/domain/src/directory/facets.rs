//! The directory's facet values and sort orders, worked out once per loaded
//! file so each keystroke only compares small numbers: every community's
//! value of every facet as an index into that facet's list of values, and
//! each community's rank by name and by review date.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use super::state::{Facet, facet_name};
use super::{Choice, Community, Format, Kind, Status};
use crate::search::fold;

/// Marks a community with no value for a facet (no `format`).
const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Default)]
pub struct FacetTable {
    /// Per facet, its distinct values in display order: names A–Z (ignoring
    /// case and accents), enumerations in their natural order.
    values: [Vec<String>; 5],
    /// Per community, its value's position in `values` for each facet.
    of: Vec<[u32; 5]>,
    name_rank: Vec<u32>,
    reviewed_rank: Vec<u32>,
}

/// A facet's value for a community, as the URL spells it.
pub(super) fn value_of(facet: Facet, community: &Community) -> Option<&str> {
    match facet {
        Facet::Organisation | Facet::ServiceArea => Some(facet_name(facet, community)),
        Facet::Kind => Some(community.kind.slug()),
        Facet::Format => community.format.map(Choice::slug),
        Facet::Status => Some(community.status.slug()),
    }
}

impl FacetTable {
    pub fn new(communities: &[Community]) -> FacetTable {
        let mut table = FacetTable {
            of: vec![[NONE; 5]; communities.len()],
            ..FacetTable::default()
        };
        for facet in Facet::ALL {
            let values = match facet {
                Facet::Kind => slugs::<Kind>(facet, communities),
                Facet::Format => slugs::<Format>(facet, communities),
                Facet::Status => slugs::<Status>(facet, communities),
                _ => {
                    let distinct: HashSet<&str> =
                        communities.iter().map(|c| facet_name(facet, c)).collect();
                    let mut names: Vec<(String, &str)> = distinct
                        .into_iter()
                        .map(|name| (fold(name), name))
                        .collect();
                    names.sort_unstable();
                    names
                        .into_iter()
                        .map(|(_, name)| name.to_string())
                        .collect()
                }
            };
            let positions: HashMap<&str, u32> = values
                .iter()
                .enumerate()
                .map(|(position, value)| (value.as_str(), position as u32))
                .collect();
            for (index, community) in communities.iter().enumerate() {
                if let Some(position) = value_of(facet, community).and_then(|v| positions.get(v)) {
                    table.of[index][facet as usize] = *position;
                }
            }
            table.values[facet as usize] = values;
        }
        let names: Vec<String> = communities.iter().map(|c| fold(&c.name)).collect();
        table.name_rank = ranks(communities.len(), |i| &names[i]);
        // Newest review first, then by name.
        table.reviewed_rank = ranks(communities.len(), |i| {
            (Reverse(communities[i].reviewed()), &names[i])
        });
        table
    }

    /// The facet's values, in display order.
    pub fn values(&self, facet: Facet) -> &[String] {
        &self.values[facet as usize]
    }

    /// Whether ticking one of the facet's values could narrow the list: it
    /// has two values or more, or one that only some communities have. A
    /// facet every community shares one value of (the sample's "Kind") is
    /// not a filter.
    pub fn divides(&self, facet: Facet) -> bool {
        match self.values(facet).len() {
            0 => false,
            1 => self.of.iter().any(|values| values[facet as usize] == NONE),
            _ => true,
        }
    }

    /// Where `value` is in [`Self::values`].
    pub fn position(&self, facet: Facet, value: &str) -> Option<u32> {
        Some(position(self.values(facet), value)).filter(|p| *p != NONE)
    }

    /// The community's value for the facet, as a position in [`Self::values`].
    pub fn value(&self, community: usize, facet: Facet) -> Option<u32> {
        self.of
            .get(community)
            .map(|values| values[facet as usize])
            .filter(|p| *p != NONE)
    }

    /// Sort keys: smaller comes first.
    pub fn name_rank(&self, community: usize) -> u32 {
        self.name_rank.get(community).copied().unwrap_or(NONE)
    }

    pub fn reviewed_rank(&self, community: usize) -> u32 {
        self.reviewed_rank.get(community).copied().unwrap_or(NONE)
    }
}

/// The enumeration's values that some community has, in their natural order.
fn slugs<T: Choice>(facet: Facet, communities: &[Community]) -> Vec<String> {
    T::ALL
        .iter()
        .map(|value| value.slug())
        .filter(|slug| communities.iter().any(|c| value_of(facet, c) == Some(slug)))
        .map(str::to_string)
        .collect()
}

fn position(values: &[String], value: &str) -> u32 {
    values
        .iter()
        .position(|v| v == value)
        .map_or(NONE, |p| p as u32)
}

/// Each of `n` communities' place when sorted by `key` (ties keep file order).
fn ranks<K: Ord>(n: usize, key: impl Fn(usize) -> K) -> Vec<u32> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_cached_key(|index| key(*index));
    let mut ranks = vec![0; n];
    for (rank, index) in order.into_iter().enumerate() {
        ranks[index] = rank as u32;
    }
    ranks
}
