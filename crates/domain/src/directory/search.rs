//! Searching the directory: which fields count, and how much.

use super::facets::FacetTable;
use super::{Community, DirectoryFile};
use crate::search::{Hit, Query, SearchIndex};

/// Fields in order of weight: a match in a name says more than one in a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Alias,
    Topic,
    ServiceArea,
    Organisation,
    Summary,
}

impl Field {
    const ALL: [Field; 6] = [
        Field::Name,
        Field::Alias,
        Field::Topic,
        Field::ServiceArea,
        Field::Organisation,
        Field::Summary,
    ];

    pub fn weight(self) -> u32 {
        match self {
            Field::Name => 12,
            Field::Alias => 10,
            Field::Topic => 6,
            Field::ServiceArea => 5,
            Field::Organisation => 4,
            Field::Summary => 1,
        }
    }
}

/// The directory's search index and facet table, built once after loading.
pub struct DirectorySearch {
    index: SearchIndex,
    facets: FacetTable,
}

impl DirectorySearch {
    pub fn new(directory: &DirectoryFile) -> DirectorySearch {
        Self::from_communities(&directory.communities)
    }

    pub fn from_communities(communities: &[Community]) -> DirectorySearch {
        let docs = communities.iter().map(|community| {
            let mut fields = vec![
                (Field::Name, community.name.as_str()),
                (Field::ServiceArea, community.service_area.as_str()),
                (Field::Organisation, community.organisation.as_str()),
                (Field::Summary, community.summary.as_str()),
            ];
            fields.extend(
                community
                    .aliases
                    .iter()
                    .map(|alias| (Field::Alias, alias.as_str())),
            );
            fields.extend(
                community
                    .topics
                    .iter()
                    .map(|topic| (Field::Topic, topic.as_str())),
            );
            fields
        });
        DirectorySearch {
            index: build_index(docs),
            facets: FacetTable::new(communities),
        }
    }

    /// Each community's facet values and sort ranks, for filtering.
    pub fn facets(&self) -> &FacetTable {
        &self.facets
    }

    /// Hits index into the communities in file order: strong matches
    /// first (every word, exactly or as a prefix; [`Hit::strong`]), then
    /// weak ones. A weak match that shares only common words with the query
    /// is left out: in "finance ucl", a community matching only "ucl" (20 of
    /// the 26 in the sample) is not worth counting, nor, in "buying stuff",
    /// one matching only "stuff" read as "staff". A weak match of every word
    /// (through a typo) stays, so "finanse" still finds Finance.
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        let mut hits = self.index.search(query);
        hits.retain(|hit| worth_listing(hit, query));
        hits
    }

    pub fn suggest(&self, query: &Query) -> Option<String> {
        self.index.suggest(query)
    }
}

/// The index of documents given as (field, text) pairs, each field weighted
/// as the directory weighs it (the content studio indexes its drafts so).
pub fn build_index<'a>(docs: impl IntoIterator<Item = Vec<(Field, &'a str)>>) -> SearchIndex {
    let weights: Vec<u32> = Field::ALL.iter().map(|field| field.weight()).collect();
    SearchIndex::build(
        &weights,
        docs.into_iter().map(|fields| {
            fields
                .into_iter()
                .map(|(field, text)| (field as usize, text))
                .collect()
        }),
    )
}

/// Whether a hit is worth listing (see [`DirectorySearch::search`]).
pub fn worth_listing(hit: &Hit, query: &Query) -> bool {
    hit.strong || hit.distinctive || hit.matched == query.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load;

    fn names(query: &str) -> Vec<String> {
        let directory =
            load::<DirectoryFile>(include_bytes!("../../../../public/data/directory.json"))
                .unwrap();
        let search = DirectorySearch::new(&directory);
        search
            .search(&Query::parse(query))
            .iter()
            .take(3)
            .map(|hit| directory.communities[hit.doc].id.clone())
            .collect()
    }

    #[test]
    fn finds_by_name_alias_prefix_and_typo() {
        assert_eq!(names("procurement")[0], "ucl-procurement");
        assert_eq!(names("proc")[0], "ucl-procurement");
        assert_eq!(names("HR")[0], "ucl-hr-generalists");
        assert!(names("finanse").contains(&"oxford-finance".to_string()));
        assert_eq!(names("personal assistants")[0], "oxford-ea-pa");
    }
}
