//! Property tests of the directory's URL state and results: every state
//! survives a trip through a link, and no link, however mangled, panics.
#![cfg(not(target_arch = "wasm32"))]

use domain::content::load;
use domain::directory::DirectoryFile;
use domain::directory::search::DirectorySearch;
use domain::directory::state::{DirectoryState, Facet, Sort};
use domain::url::QueryString;
use domain::url_state::{Read, UrlState};
use proptest::prelude::*;

fn sample() -> DirectoryFile {
    load::<DirectoryFile>(include_bytes!("../../../public/data/directory.json"))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Any text a link might carry as a name: spaces, accents and URL syntax.
fn name() -> impl Strategy<Value = String> {
    "[a-zA-Zé&=+%#?/' ]{1,16}"
        .prop_map(|s| s.trim().to_string())
        .prop_filter("not blank", |s| !s.is_empty())
}

fn slugs(all: &'static [&'static str]) -> impl Strategy<Value = Vec<&'static str>> {
    proptest::sample::subsequence(all, 0..=all.len()).prop_shuffle()
}

fn state() -> impl Strategy<Value = DirectoryState> {
    (
        "\\PC{0,20}",
        proptest::collection::vec(name(), 0..3),
        proptest::collection::vec(name(), 0..3),
        slugs(&["community-of-practice", "professional-network"]),
        slugs(&["online", "in-person", "hybrid"]),
        slugs(&["active", "dormant", "archived"]),
        proptest::sample::select(Sort::ALL.to_vec()),
        proptest::option::of("[a-z0-9-]{1,20}"),
    )
        .prop_map(
            |(query, orgs, areas, kinds, formats, statuses, sort, community)| {
                let mut state = DirectoryState::default();
                state.query = query;
                state.sort = sort;
                state.community = community;
                let chosen: [(Facet, Vec<String>); 5] = [
                    (Facet::Organisation, orgs),
                    (Facet::ServiceArea, areas),
                    (Facet::Kind, kinds.into_iter().map(String::from).collect()),
                    (
                        Facet::Format,
                        formats.into_iter().map(String::from).collect(),
                    ),
                    (
                        Facet::Status,
                        statuses.into_iter().map(String::from).collect(),
                    ),
                ];
                for (facet, values) in chosen {
                    for value in values {
                        state.select(facet, &value);
                    }
                }
                state
            },
        )
}

/// A directory that has every organisation and service area `state`
/// names, so reading the state back keeps them all.
fn directory_naming(state: &DirectoryState) -> DirectoryFile {
    let mut directory = sample();
    let template = directory.communities[0].clone();
    for name in state.selected(Facet::Organisation) {
        let mut community = template.clone();
        community.organisation = name.clone();
        directory.communities.push(community);
    }
    for name in state.selected(Facet::ServiceArea) {
        let mut community = template.clone();
        community.service_area = name.clone();
        directory.communities.push(community);
    }
    directory
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn url_state_round_trips_through_a_link(state in state(), other in "x[a-z]{0,4}=[a-z0-9]{0,3}") {
        // Another view's parameter (embed=1, say) rides along untouched.
        let mut query = QueryString::parse(&other);
        let before = query.clone();
        let directory = directory_naming(&state);
        state.write(&directory, &mut query);
        let link = query.to_query();
        let Read { state: read, notices } = DirectoryState::read(&QueryString::parse(&link), &directory);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(&read, &state, "link {}", link);
        DirectoryState::default().write(&directory, &mut query);
        prop_assert_eq!(query, before);
    }

    #[test]
    fn any_link_opens_without_panicking(text in "\\PC{0,80}", keys in proptest::collection::vec((proptest::sample::select(vec!["q", "org", "area", "kind", "format", "status", "sort", "c"]), "\\PC{0,12}"), 0..8)) {
        let directory = sample();
        let search = DirectorySearch::new(&directory);
        let mut link = text;
        for (key, value) in keys {
            link.push_str(&format!("&{key}={value}"));
        }
        let Read { state, .. } = DirectoryState::read(&QueryString::parse(&link), &directory);
        let results = state.results(&directory, &search);
        prop_assert!(results.items.len() <= directory.communities.len());
        for group in &results.facets {
            for value in &group.values {
                prop_assert!(value.count <= directory.communities.len());
            }
        }
    }
}
