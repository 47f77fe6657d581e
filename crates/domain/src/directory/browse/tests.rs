use super::*;
use crate::content::load;
use crate::url::QueryString;
use crate::url_state::{Read, UrlState};

/// Six communities covering every facet value, including the hidden ones.
fn fixture() -> DirectoryFile {
    let entry = |id: &str,
                 name: &str,
                 org: &str,
                 area: &str,
                 kind: &str,
                 format: Option<&str>,
                 status: &str,
                 reviewed: &str| {
        let format = format
            .map(|f| format!(r#","format": "{f}""#))
            .unwrap_or_default();
        format!(
            r#"{{"id": "{id}", "name": "{name}", "kind": "{kind}", "organisation": "{org}", "service_area": "{area}",
              "summary": "About {name}.", "topics": ["{area}"], "audience": "Staff", "status": "{status}",
              "last_reviewed": "{reviewed}"{format}}}"#
        )
    };
    let entries = [
        entry(
            "a-finance",
            "Finance Forum",
            "Alpha",
            "Finance",
            "community-of-practice",
            Some("online"),
            "active",
            "2026-01-10",
        ),
        entry(
            "a-events",
            "Events Circle",
            "Alpha",
            "Events",
            "professional-network",
            Some("hybrid"),
            "dormant",
            "2025-03-01",
        ),
        entry(
            "b-finance",
            "Budget Holders",
            "Beta",
            "Finance",
            "community-of-practice",
            Some("in-person"),
            "active",
            "2026-06-01",
        ),
        entry(
            "b-old",
            "Old Finance Club",
            "Beta",
            "Finance",
            "community-of-practice",
            None,
            "archived",
            "2019-05-05",
        ),
        entry(
            "c-data",
            "Data People",
            "Çeta",
            "Data",
            "professional-network",
            Some("online"),
            "active",
            "2026-06-01",
        ),
        entry(
            "a-archive",
            "Archived Events",
            "Alpha",
            "Events",
            "community-of-practice",
            Some("online"),
            "archived",
            "2020-01-01",
        ),
    ];
    let json = format!(r#"{{"communities": [{}]}}"#, entries.join(","));
    load::<DirectoryFile>(json.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

fn run(query: &str) -> (DirectoryFile, Results) {
    let directory = fixture();
    let search = DirectorySearch::new(&directory);
    let Read { state, notices } = DirectoryState::read(&QueryString::parse(query), &directory);
    assert!(notices.is_empty(), "{notices:?}");
    let results = state.results(&directory, &search);
    (directory, results)
}

fn ids(directory: &DirectoryFile, results: &Results) -> Vec<String> {
    results
        .items
        .iter()
        .map(|i| directory.communities[*i].id.clone())
        .collect()
}

/// `value (count)` for each value of a facet, ticked ones marked with `*`.
fn counts(results: &Results, facet: Facet) -> Vec<String> {
    let group = results.facets.iter().find(|g| g.facet == facet).unwrap();
    group
        .values
        .iter()
        .map(|v| {
            format!(
                "{}{} ({})",
                if v.selected { "*" } else { "" },
                v.value,
                v.count
            )
        })
        .collect()
}

#[test]
fn default_view_hides_archived_and_counts_everything_else() {
    let (directory, results) = run("");
    assert_eq!(
        ids(&directory, &results),
        ["a-finance", "a-events", "b-finance", "c-data"]
    );
    assert_eq!(results.archived_hidden, 2);
    assert_eq!(results.matching_query, 6);
    assert_eq!(
        counts(&results, Facet::Organisation),
        ["Alpha (2)", "Beta (1)", "Çeta (1)"],
        "accents sort with their letter"
    );
    assert_eq!(
        counts(&results, Facet::ServiceArea),
        ["Data (1)", "Events (1)", "Finance (2)"]
    );
    assert_eq!(
        counts(&results, Facet::Kind),
        ["community-of-practice (2)", "professional-network (2)"]
    );
    assert_eq!(
        counts(&results, Facet::Format),
        ["online (2)", "in-person (1)", "hybrid (1)"]
    );
    assert_eq!(
        counts(&results, Facet::Status),
        ["active (3)", "dormant (1)", "archived (2)"],
        "status counts say what ticking would show"
    );
}

#[test]
fn values_of_one_facet_widen_and_facets_combine_narrowing() {
    let (directory, results) = run("?org=Alpha&org=Beta&area=Finance");
    assert_eq!(ids(&directory, &results), ["a-finance", "b-finance"]);
    assert_eq!(
        counts(&results, Facet::Organisation),
        ["*Alpha (1)", "*Beta (1)", "Çeta (0)"],
        "organisation counts apply the area filter but not the organisation one"
    );
    assert_eq!(
        counts(&results, Facet::ServiceArea),
        ["Data (0)", "Events (1)", "*Finance (2)"],
        "area counts apply the organisation filter but not the area one"
    );
    assert_eq!(results.archived_hidden, 1, "Old Finance Club");
}

#[test]
fn ticking_a_status_replaces_the_default() {
    let (directory, results) = run("?status=archived");
    assert_eq!(ids(&directory, &results), ["b-old", "a-archive"]);
    assert_eq!(results.archived_hidden, 0);
    assert_eq!(
        counts(&results, Facet::Status),
        ["active (3)", "dormant (1)", "*archived (2)"]
    );
    assert_eq!(
        counts(&results, Facet::Organisation),
        ["Alpha (1)", "Beta (1)", "Çeta (0)"]
    );

    let mut state = DirectoryState::default();
    state.show_archived();
    let directory = fixture();
    let all = state.results(&directory, &DirectorySearch::new(&directory));
    assert_eq!(all.items.len(), 6, "one click shows archived ones too");
}

#[test]
fn query_and_facets_combine() {
    let (directory, results) = run("?q=finance&format=online&format=in-person");
    assert_eq!(ids(&directory, &results), ["a-finance", "b-finance"]);
    assert_eq!(
        results.matching_query, 3,
        "three communities mention finance"
    );
    assert_eq!(
        counts(&results, Facet::Format),
        ["*online (1)", "*in-person (1)", "hybrid (0)"]
    );
    assert_eq!(
        counts(&results, Facet::Kind),
        ["community-of-practice (2)", "professional-network (0)"]
    );
    assert_eq!(
        results.archived_hidden, 0,
        "the archived finance club has no format, so the format filter hides it anyway"
    );
}

#[test]
fn selected_values_the_data_lacks_stay_visible_to_untick() {
    let directory = load::<DirectoryFile>(
        br#"{"communities": [{"id": "x", "name": "X", "kind": "community-of-practice", "organisation": "O",
        "service_area": "A", "summary": "S", "topics": ["t"], "audience": "All", "status": "active",
        "last_reviewed": "2026-01-01"}]}"#,
    )
    .unwrap();
    let Read { state, notices } =
        DirectoryState::read(&QueryString::parse("?format=hybrid"), &directory);
    assert!(notices.is_empty(), "{notices:?}");
    let results = state.results(&directory, &DirectorySearch::new(&directory));
    assert!(results.items.is_empty());
    assert_eq!(counts(&results, Facet::Format), ["*hybrid (0)"]);
    assert!(
        counts(&results, Facet::Kind).is_empty(),
        "a facet whose one value every community has is not a filter"
    );
}

#[test]
fn sorts_by_relevance_name_and_review_date() {
    let (directory, results) = run("?q=finance");
    assert_eq!(
        ids(&directory, &results),
        ["a-finance", "b-finance"],
        "name match first"
    );
    let (directory, results) = run("?sort=name");
    assert_eq!(
        ids(&directory, &results),
        ["b-finance", "c-data", "a-events", "a-finance"]
    );
    let (directory, results) = run("?sort=reviewed");
    assert_eq!(
        ids(&directory, &results),
        ["b-finance", "c-data", "a-finance", "a-events"],
        "newest first; same date by name"
    );
}

#[test]
fn empty_results_suggest_a_spelling() {
    let (_, results) = run("?q=finanze%20evnets%20zzzzzz");
    assert!(
        !results.items.is_empty(),
        "typos within one edit still match"
    );
    let (_, results) = run("?q=fnanace");
    assert!(results.items.is_empty());
    assert_eq!(results.suggestion.as_deref(), Some("finance"));
    let (_, results) = run("?q=finance&org=%C3%87eta");
    assert!(results.items.is_empty());
    assert_eq!(
        results.suggestion, None,
        "the words match; the filter hides them"
    );
    assert_eq!(results.matching_query, 3);
}

#[test]
fn needs_review_after_the_threshold() {
    let directory = fixture();
    let today = crate::date::Date::parse("2026-11-22").unwrap();
    let due: Vec<&str> = directory
        .communities
        .iter()
        .filter(|c| c.needs_review(today, directory.review_after_months))
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(due, ["a-events", "b-old", "a-archive"]);
    let first = &directory.communities[0];
    assert!(!first.needs_review(crate::date::Date::parse("2027-01-09").unwrap(), 12));
    assert!(first.needs_review(crate::date::Date::parse("2027-01-10").unwrap(), 12));
    assert!(
        !first.needs_review(crate::date::Date::parse("2020-01-01").unwrap(), 12),
        "future review dates are not due"
    );
}

#[test]
fn a_facet_is_offered_only_when_it_can_narrow_the_list() {
    let directory = load::<DirectoryFile>(
        br#"{"communities": [
        {"id": "x", "name": "X", "kind": "community-of-practice", "organisation": "O", "service_area": "A",
         "summary": "S", "topics": ["t"], "audience": "All", "status": "active", "last_reviewed": "2026-01-01",
         "format": "hybrid"},
        {"id": "y", "name": "Y", "kind": "community-of-practice", "organisation": "O", "service_area": "B",
         "summary": "S", "topics": ["t"], "audience": "All", "status": "active", "last_reviewed": "2026-01-01"}]}"#,
    )
    .unwrap();
    let search = DirectorySearch::new(&directory);
    let results = DirectoryState::default().results(&directory, &search);
    let offered = |results: &Results| -> Vec<Facet> {
        results
            .facets
            .iter()
            .filter(|group| !group.values.is_empty())
            .map(|group| group.facet)
            .collect()
    };
    assert_eq!(
        offered(&results),
        [Facet::ServiceArea, Facet::Format],
        "one organisation, kind and status that both share: not filters; one format only X has: a filter"
    );
    // A value ticked in a link stays, so it can be unticked.
    let ticked = DirectoryState::of_kind(crate::directory::Kind::CommunityOfPractice);
    assert_eq!(
        offered(&ticked.results(&directory, &search)),
        [Facet::ServiceArea, Facet::Kind, Facet::Format]
    );
}

#[test]
fn counts_matches_of_every_word_apart_from_partial_ones() {
    let (directory, results) = run("?q=finance%20forum");
    assert_eq!(ids(&directory, &results), ["a-finance", "b-finance"]);
    assert_eq!((results.all_words, results.partial()), (1, 1));
    // Another order applies within each group: Budget Holders comes before
    // Finance Forum by name, but matches only “finance”.
    let (directory, results) = run("?q=finance%20forum&sort=name");
    assert_eq!(ids(&directory, &results), ["a-finance", "b-finance"]);
    let (_, results) = run("?q=finance");
    assert_eq!((results.all_words, results.partial()), (2, 0));
}
