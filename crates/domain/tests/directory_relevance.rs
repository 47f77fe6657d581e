//! The judged relevance set: queries people type into the directory, with the
//! communities that must appear in the top three (in any order), against the
//! published sample directory. A change to the engine, the weights or the
//! content that breaks one of these is a regression in what users see.
#![cfg(not(target_arch = "wasm32"))]

use domain::content::load;
use domain::directory::DirectoryFile;
use domain::directory::search::DirectorySearch;
use domain::directory::state::DirectoryState;
use domain::search::Query;

/// (kind of query, query, ids expected in the top 3; empty = must find nothing)
const JUDGED: &[(&str, &str, &[&str])] = &[
    ("exact name", "procurement", &["ucl-procurement"]),
    (
        "exact name",
        "Widening Participation",
        &["ucl-widening-participation"],
    ),
    ("prefix", "proc", &["ucl-procurement"]),
    ("prefix", "wellb", &["ucl-student-health-wellbeing"]),
    (
        "prefix",
        "techn",
        &["ucl-engineering-technical-staff", "ucl-research-it"],
    ),
    (
        "prefix",
        "glas",
        &[
            "glasgow-leadership-management",
            "glasgow-project-management",
        ],
    ),
    (
        "typo",
        "finanse",
        &["oxford-finance", "ucl-financial-management"],
    ),
    ("typo", "procuremnt", &["ucl-procurement"]),
    (
        "typo",
        "recruitmnet",
        &["ucl-recruitment", "ucl-student-recruitment"],
    ),
    ("typo", "wellbeeing", &["ucl-student-health-wellbeing"]),
    ("typo", "facilites", &["ucl-facilities-management"]),
    (
        "typo",
        "managment",
        &[
            "ucl-events-management",
            "ucl-project-programme-management",
            "ucl-pre-award",
        ],
    ),
    ("alias", "HR", &["ucl-hr-generalists"]),
    ("alias", "PA", &["oxford-ea-pa"]),
    ("alias", "EA/PA", &["oxford-ea-pa"]),
    ("alias", "WP", &["ucl-widening-participation"]),
    ("alias", "L&M", &["glasgow-leadership-management"]),
    ("alias", "MI", &["ucl-data-and-insight"]),
    ("alias", "internal comms", &["ucl-internal-communications"]),
    (
        "alias",
        "comms",
        &["ucl-internal-communications", "ucl-digital-communications"],
    ),
    ("alias", "research computing", &["ucl-research-it"]),
    ("alias", "estates", &["ucl-facilities-management"]),
    (
        "multi-word",
        "student recruitment",
        &["ucl-student-recruitment"],
    ),
    ("multi-word", "personal assistants", &["oxford-ea-pa"]),
    ("multi-word", "data insight", &["ucl-data-and-insight"]),
    ("multi-word", "data analysts", &["qmul-data-analysts"]),
    (
        "multi-word",
        "project management",
        &[
            "glasgow-project-management",
            "ucl-project-programme-management",
        ],
    ),
    (
        "multi-word",
        "research grants",
        &["ucl-pre-award", "ucl-post-award"],
    ),
    ("multi-word", "hr recruitment", &["ucl-recruitment"]),
    (
        "multi-word",
        "career pathways",
        &["oxford-ea-pa", "oxford-finance"],
    ),
    (
        "multi-word",
        "mental health",
        &["ucl-student-health-wellbeing"],
    ),
    (
        "organisation",
        "Queen Mary",
        &["qmul-events", "qmul-data-analysts"],
    ),
    ("organisation", "oxford finance", &["oxford-finance"]),
    ("organisation", "UCL events", &["ucl-events-management"]),
    ("organisation", "QMUL events", &["qmul-events"]),
    (
        "organisation",
        "University of Glasgow",
        &[
            "glasgow-leadership-management",
            "glasgow-project-management",
        ],
    ),
    (
        "diacritics and case",
        "ÉVÉNTS",
        &["ucl-events-management", "qmul-events"],
    ),
    (
        "service area",
        "innovation",
        &["ucl-partnership-development"],
    ),
    (
        "issue 18",
        "finance ucl",
        &[
            "ucl-financial-management",
            "ucl-post-award",
            "ucl-procurement",
        ],
    ),
    (
        "issue 18",
        "budget management",
        &["ucl-financial-management"],
    ),
    ("issue 18", "buying stuff", &["ucl-procurement"]),
    ("nothing", "quantum chromodynamics", &[]),
    ("nothing", "zzzz", &[]),
    ("nothing", "xylophone orchestra", &[]),
];

fn directory() -> DirectoryFile {
    load::<DirectoryFile>(include_bytes!("../../../public/data/directory.json"))
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn judged_queries_find_the_expected_communities_in_the_top_three() {
    let directory = directory();
    let search = DirectorySearch::new(&directory);
    let mut failures = Vec::new();
    for (kind, query, expected) in JUDGED {
        let hits = search.search(&Query::parse(query));
        let top: Vec<&str> = hits
            .iter()
            .take(3)
            .map(|hit| directory.communities[hit.doc].id.as_str())
            .collect();
        let ok = if expected.is_empty() {
            hits.is_empty()
        } else {
            expected.iter().all(|id| top.contains(id))
        };
        if !ok {
            failures.push(format!(
                "{kind} {query:?}: expected {expected:?} in the top 3, got {top:?} ({} hits)",
                hits.len()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} judged queries failed:\n{}",
        failures.len(),
        JUDGED.len(),
        failures.join("\n")
    );
}

#[test]
fn the_set_covers_every_kind_of_query() {
    assert!(JUDGED.len() >= 25);
    for kind in [
        "prefix",
        "typo",
        "alias",
        "multi-word",
        "organisation",
        "nothing",
    ] {
        assert!(
            JUDGED.iter().filter(|(k, _, _)| *k == kind).count() >= 2,
            "{kind}"
        );
    }
}

#[test]
fn every_expected_id_exists() {
    let directory = directory();
    for (_, query, expected) in JUDGED {
        for id in *expected {
            assert!(
                directory.communities.iter().any(|c| c.id == *id),
                "{query}: no community {id}"
            );
        }
    }
}

/// The top result, where one community is clearly the answer.
#[test]
fn clear_winners_come_first() {
    let directory = directory();
    let search = DirectorySearch::new(&directory);
    for (query, id) in [
        ("HR", "ucl-hr-generalists"),
        ("student recruitment", "ucl-student-recruitment"),
        ("personal assistants", "oxford-ea-pa"),
        ("oxford finance", "oxford-finance"),
        ("proc", "ucl-procurement"),
        ("data analysts", "qmul-data-analysts"),
    ] {
        let first = search
            .search(&Query::parse(query))
            .first()
            .map(|hit| directory.communities[hit.doc].id.clone());
        assert_eq!(first.as_deref(), Some(id), "{query}");
    }
}

/// How the judged queries count, as the directory's heading says it: the
/// communities matching every word (each exactly or as the beginning of a
/// word), in order, then how many more match only partly. A typo or a word
/// most communities share ("ucl", "staff") never adds to the first count, and
/// a partial match that shares only such a word with the query is not
/// counted at all.
const JUDGED_COUNTS: &[(&str, &[&str], usize, &str)] = &[
    (
        "buying stuff",
        &[],
        1,
        "No communities match all of “buying stuff”; 1 matches some of the words",
    ),
    (
        "finance ucl",
        &[
            "ucl-financial-management",
            "ucl-post-award",
            "ucl-procurement",
        ],
        1,
        "3 communities match all of “finance ucl”; 1 more matches some of the words",
    ),
    (
        "budget management",
        &["ucl-financial-management"],
        1,
        "1 community matches all of “budget management”; 1 more matches some of the words",
    ),
    (
        "finanse",
        &[],
        4,
        "No communities match “finanse”; 4 match a similar word",
    ),
    (
        "stuff",
        &[],
        17,
        "No communities match “stuff”; 17 match a similar word",
    ),
    (
        "events, conferences and venues",
        &["ucl-events-management", "qmul-events"],
        3,
        "2 communities match all of “events, conferences and venues”; 3 more match some of the words",
    ),
    (
        "grants",
        &["ucl-pre-award", "ucl-post-award"],
        0,
        "2 communities match “grants”",
    ),
    ("ucl", &[], 0, "20 communities match “ucl”"),
];

#[test]
fn judged_queries_count_matches_of_every_word_apart() {
    let directory = directory();
    let search = DirectorySearch::new(&directory);
    for (query, all, partial, heading) in JUDGED_COUNTS {
        let state = DirectoryState::searching(query);
        let results = state.results(&directory, &search);
        let strong: Vec<&str> = results.items[..results.all_words]
            .iter()
            .map(|&i| directory.communities[i].id.as_str())
            .collect();
        if !all.is_empty() {
            assert_eq!(&strong, all, "{query}");
        }
        assert_eq!(results.partial(), *partial, "{query}");
        assert_eq!(results.heading(&state), *heading, "{query}");
    }
}

/// The complaint, as a rule: with any query, every match of every
/// word has each word exactly or as a prefix, and comes before every
/// partial match.
#[test]
fn matches_of_every_word_come_first() {
    let directory = directory();
    let search = DirectorySearch::new(&directory);
    for (_, query, _) in JUDGED {
        let hits = search.search(&Query::parse(query));
        let strong = hits.iter().take_while(|hit| hit.strong).count();
        assert!(hits[strong..].iter().all(|hit| !hit.strong), "{query}");
        assert!(
            hits[..strong]
                .iter()
                .all(|hit| hit.matched == Query::parse(query).len()),
            "{query}"
        );
    }
}
