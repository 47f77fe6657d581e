//! Lenient loading (what the app does): a community that breaks a rule is
//! left out and named, the others are shown; anything else still fails the
//! file, and strict loading (`load`, `make validate`) still refuses it.

use domain::content::{Checker, ContentError, Place, PlacedIssue, load, load_as_of, load_lenient};
use domain::date::Date;
use domain::directory::{DirectoryFile, SetAside};
use domain::roles::RolesFile;
use serde_json::{Value, json};

const PUBLISHED: &str = include_str!("../../../public/data/directory.json");

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// The published directory with `change` made to it.
fn directory_with(change: impl FnOnce(&mut Vec<Value>)) -> Vec<u8> {
    let mut file: Value = serde_json::from_str(PUBLISHED).unwrap();
    let Value::Array(communities) = &mut file["communities"] else {
        panic!("communities is a list");
    };
    change(communities);
    serde_json::to_vec_pretty(&file).unwrap()
}

fn ids(directory: &DirectoryFile) -> Vec<&str> {
    directory
        .communities
        .iter()
        .map(|c| c.id.as_str())
        .collect()
}

fn published_ids() -> Vec<String> {
    let directory = load::<DirectoryFile>(PUBLISHED.as_bytes()).unwrap();
    directory.communities.into_iter().map(|c| c.id).collect()
}

#[test]
fn one_bad_entry_is_left_out_and_named() {
    let bytes = directory_with(|communities| {
        communities[2]["join"] = json!("javascript:alert(1)");
    });
    let all = published_ids();
    let bad_id = all[2].clone();

    let strict = load::<DirectoryFile>(&bytes).unwrap_err();
    assert_eq!(
        strict.to_string(),
        format!(
            "directory.json: communities[2] (id \"{bad_id}\"), field `join`: links must start with https:// or mailto:, not javascript:."
        ),
        "strict loading still refuses the file"
    );

    let directory = load_lenient::<DirectoryFile>(&bytes, Some(date("2026-11-30"))).unwrap();
    let expected: Vec<&str> = all
        .iter()
        .map(String::as_str)
        .filter(|id| *id != bad_id)
        .collect();
    assert_eq!(ids(&directory), expected, "the others are shown, in order");
    let name = serde_json::from_str::<Value>(PUBLISHED).unwrap()["communities"][2]["name"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        directory.set_aside,
        [SetAside {
            index: 2,
            id: bad_id.clone(),
            label: name.clone(),
            problems: vec![(
                "join".into(),
                "links must start with https:// or mailto:, not javascript:".into()
            )],
        }]
    );
    assert_eq!(
        directory.set_aside_notice().as_deref(),
        Some(
            format!(
                "1 community could not be shown: {name} — join: links must start with https:// or mailto:, not javascript:. Ask the directory editors to run make validate."
            )
            .as_str()
        )
    );
}

#[test]
fn a_valid_file_sets_nothing_aside() {
    let directory = load_lenient::<DirectoryFile>(PUBLISHED.as_bytes(), None).unwrap();
    assert!(directory.set_aside.is_empty());
    assert_eq!(directory.set_aside_notice(), None);
    assert_eq!(directory.communities.len(), published_ids().len());
}

#[test]
fn several_bad_entries_are_counted_and_named_by_id_when_the_name_is_at_fault() {
    let bytes = directory_with(|communities| {
        communities[0]["name"] = json!("   ");
        communities[0]["summary"] = json!("");
        communities[3]["name"] = json!("");
        communities[3]["id"] = json!("Not An Id");
    });
    let all = published_ids();
    let directory = load_lenient::<DirectoryFile>(&bytes, None).unwrap();
    assert_eq!(directory.communities.len(), all.len() - 2);
    let labels: Vec<&str> = directory
        .set_aside
        .iter()
        .map(|s| s.label.as_str())
        .collect();
    assert_eq!(
        labels,
        [all[0].as_str(), "community number 4 in the file"],
        "the id when the name is at fault; the position when the id is too"
    );
    assert_eq!(
        directory.set_aside_notice().unwrap(),
        format!(
            "2 communities could not be shown: {} — name: must not be empty; summary: must not be empty; community number 4 in the file — id: \"Not An Id\" is not a valid id: use 1–64 lower-case letters, digits and hyphens, e.g. \"ucl-hr-generalists\"; name: must not be empty. Ask the directory editors to run make validate.",
            all[0]
        )
    );
}

#[test]
fn a_notice_names_at_most_ten() {
    let bytes = directory_with(|communities| {
        for community in communities.iter_mut().take(12) {
            community["summary"] = json!("");
        }
    });
    let directory = load_lenient::<DirectoryFile>(&bytes, None).unwrap();
    let notice = directory.set_aside_notice().unwrap();
    assert!(
        notice.starts_with("12 communities could not be shown: "),
        "{notice}"
    );
    assert_eq!(
        notice.matches("summary: must not be empty").count(),
        10,
        "{notice}"
    );
    assert!(
        notice.ends_with("summary: must not be empty; and 2 more. Ask the directory editors to run make validate."),
        "{notice}"
    );
}

#[test]
fn of_two_entries_with_one_id_the_first_stays() {
    let bytes = directory_with(|communities| {
        let mut copy = communities[1].clone();
        copy["name"] = json!("A copy");
        communities.push(copy);
    });
    let all = published_ids();
    assert!(load::<DirectoryFile>(&bytes).is_err());
    let directory = load_lenient::<DirectoryFile>(&bytes, None).unwrap();
    assert_eq!(ids(&directory), all, "the first keeps its place");
    assert_eq!(directory.communities[1].name, {
        let published = load::<DirectoryFile>(PUBLISHED.as_bytes()).unwrap();
        published.communities[1].name.clone()
    });
    assert_eq!(directory.set_aside.len(), 1);
    assert_eq!(directory.set_aside[0].label, "A copy");
    assert_eq!(directory.set_aside[0].index, all.len());
}

#[test]
fn a_syntax_error_still_fails_the_file() {
    let mut bytes = directory_with(|_| {});
    let end = bytes.iter().rposition(|&b| b == b'}').unwrap();
    bytes.truncate(end);
    let strict = load::<DirectoryFile>(&bytes).unwrap_err();
    let lenient = load_lenient::<DirectoryFile>(&bytes, None).unwrap_err();
    assert_eq!(lenient, strict);
    assert!(lenient.to_string().contains("line "), "{lenient}");
}

#[test]
fn a_wrongly_shaped_entry_still_fails_the_file() {
    let bytes = directory_with(|communities| {
        communities[1]["members"] = json!("twelve");
    });
    let strict = load::<DirectoryFile>(&bytes).unwrap_err();
    assert_eq!(
        load_lenient::<DirectoryFile>(&bytes, None).unwrap_err(),
        strict
    );
}

#[test]
fn a_problem_with_the_file_as_a_whole_still_fails_it() {
    let mut file: Value = serde_json::from_str(PUBLISHED).unwrap();
    file["review_after_months"] = json!(0);
    file["communities"][0]["join"] = json!("http://example.org");
    let bytes = serde_json::to_vec(&file).unwrap();
    let error: ContentError = load_lenient::<DirectoryFile>(&bytes, None).unwrap_err();
    assert_eq!(error, load::<DirectoryFile>(&bytes).unwrap_err());
    let text = error.to_string();
    assert!(
        text.contains("field `review_after_months`: must be between 1 and 120 months")
            && text.contains("field `join`"),
        "the whole report, not just the file-level line: {text}"
    );
}

#[test]
fn other_files_stay_all_or_nothing() {
    let roles = include_str!("../../../public/data/roles.json");
    let mut file: Value = serde_json::from_str(roles).unwrap();
    let first = file["roles"][0].clone();
    file["roles"].as_array_mut().unwrap().push(first);
    let bytes = serde_json::to_vec(&file).unwrap();
    let strict = load::<RolesFile>(&bytes).unwrap_err();
    assert_eq!(load_lenient::<RolesFile>(&bytes, None).unwrap_err(), strict);
}

#[test]
fn dates_in_the_future_are_refused_only_when_today_is_known() {
    let bytes = directory_with(|communities| {
        communities[0]["last_reviewed"] = json!("2031-01-01");
        communities[1]["founded"] = json!("2031");
        communities[2]["last_reviewed"] = json!("2026-12-01");
    });
    let today = date("2026-11-30");
    assert!(
        load::<DirectoryFile>(&bytes).is_ok(),
        "no clock (fuzzing, benchmarks): no check"
    );
    let all = published_ids();
    let error = load_as_of::<DirectoryFile>(&bytes, today).unwrap_err();
    assert_eq!(
        error.lines(),
        [
            format!(
                "directory.json: communities[0] (id \"{}\"), field `last_reviewed`: is 2031-01-01, which is in the future; write the date the entry was last checked.",
                all[0]
            ),
            format!(
                "directory.json: communities[1] (id \"{}\"), field `founded`: is 2031, which is in the future; write the year (or month) the community started.",
                all[1]
            ),
        ],
        "tomorrow (2026-12-01) is allowed: the reader's clock may be in another time zone"
    );
    let directory = load_lenient::<DirectoryFile>(&bytes, Some(today)).unwrap();
    assert_eq!(directory.communities.len(), all.len() - 2);
    assert_eq!(
        load_lenient::<DirectoryFile>(&bytes, None)
            .unwrap()
            .communities
            .len(),
        all.len()
    );
}

#[test]
fn every_issue_is_placed_in_the_entry_that_reported_it() {
    let mut checker = Checker::default();
    checker.entry("communities", 0, "fine");
    checker.entry("communities", 1, "bad").text("name", " ", 10);
    checker.top().problem("review_after_months", "too many");
    checker.entry("communities", 2, "").text("name", "", 10);
    checker.entry("communities", 3, "");
    checker.unique_ids("communities", ["a", "b", "a"]);
    let placed: Vec<(Option<(String, usize)>, String)> = checker
        .placed_issues()
        .into_iter()
        .map(|PlacedIssue { place, issue }| {
            (
                place.map(|Place { list, index, .. }| (list, index)),
                issue.field,
            )
        })
        .collect();
    let entry = |index| Some(("communities".to_string(), index));
    assert_eq!(
        placed,
        [
            (entry(1), "name".to_string()),
            (None, "review_after_months".to_string()),
            (entry(2), "name".to_string()),
            (entry(2), "id".to_string()),
        ]
    );
}

/// The corpus case the browser test also opens: the app shows the other
/// community and this exact notice.
#[test]
fn the_corpus_javascript_link_case_shows_the_rest() {
    let bytes = include_bytes!("../../../tests/fixtures/bad/directory.javascript-link.json");
    let directory = load_lenient::<DirectoryFile>(bytes, Some(date("2026-11-30"))).unwrap();
    assert_eq!(ids(&directory), ["ucl-internal-communications"]);
    assert_eq!(
        directory.set_aside_notice().unwrap(),
        "1 community could not be shown: Student Recruitment — join: links must start with https:// or mailto:, not javascript:. Ask the directory editors to run make validate."
    );
}

#[test]
fn a_community_with_a_misspelt_schedule_is_left_out_not_the_directory() {
    // Every schedule word is checked by a rule, not by the file's shape, so
    // a misspelt day costs one entry in the app, not the whole directory.
    let bytes = directory_with(|communities| {
        communities[1]["meetings"] = json!({
            "repeat": "monthly", "week": "second", "day": "Tuesdays",
            "start": "12:30", "end": "13:30", "where": "online"
        });
        communities[3]["meetings"] = json!({
            "repeat": "weekly", "day": "friday", "start": "09:00", "end": "09:30",
            "where": "in person", "place": "Room 1"
        });
    });
    let all = published_ids();
    let directory = load_lenient::<DirectoryFile>(&bytes, Some(date("2026-11-30"))).unwrap();
    assert_eq!(ids(&directory).len(), all.len() - 1);
    assert!(!ids(&directory).contains(&all[1].as_str()));
    let kept = directory
        .communities
        .iter()
        .find(|c| c.id == all[3])
        .unwrap();
    let schedule = kept.meetings.as_ref().unwrap().schedule().unwrap();
    assert_eq!(
        schedule.describe(),
        "Every Friday, 09:00–09:30 UK time, Room 1"
    );
}
