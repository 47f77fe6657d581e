use super::*;
use crate::content::{ContentError, Problem, load};

const SAMPLE: &str = include_str!("../../../../public/data/directory.json");

fn with_community(extra: &str) -> String {
    format!(
        r#"{{"communities": [{{"id": "c1", "name": "Finance CoP", "kind": "community-of-practice",
        "organisation": "Org", "service_area": "Finance", "summary": "S", "topics": ["budgets"],
        "audience": "Finance staff", "status": "active", "last_reviewed": "2026-01-31"{extra}}}]}}"#
    )
}

fn messages(result: Result<DirectoryFile, ContentError>) -> Vec<String> {
    result.expect_err("should be rejected").lines()
}

#[test]
fn sample_directory_is_valid() {
    let directory = load::<DirectoryFile>(SAMPLE.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        directory.communities.len() >= 26,
        "every community the seeds name"
    );
}

#[test]
fn minimal_entry_is_valid_and_defaults_apply() {
    let directory = load::<DirectoryFile>(with_community("").as_bytes()).unwrap();
    assert_eq!(directory.review_after_months, 12);
    assert_eq!(directory.communities[0].join_by(), JoinBy::Unknown);
}

#[test]
fn join_is_link_email_or_words() {
    let join = |value: &str| {
        let json = with_community(&format!(
            r#","join": {}"#,
            serde_json::to_string(value).unwrap()
        ));
        load::<DirectoryFile>(json.as_bytes()).map(|d| format!("{:?}", d.communities[0].join_by()))
    };
    assert_eq!(
        join("https://example.ac.uk/join").unwrap(),
        r#"Link("https://example.ac.uk/join")"#
    );
    assert_eq!(
        join("mailto:cop@example.ac.uk").unwrap(),
        r#"Email("mailto:cop@example.ac.uk")"#
    );
    assert_eq!(
        join("Ask your line manager: they know").unwrap(),
        r#"Text("Ask your line manager: they know")"#
    );
    for (bad, message) in [
        (
            "javascript:alert(1)",
            "links must start with https:// or mailto:, not javascript:",
        ),
        (
            "data:text/html,hi",
            "links must start with https:// or mailto:, not data:",
        ),
        (
            "http://example.ac.uk",
            "\"http://example.ac.uk\" uses http://, which is not secure; use https://",
        ),
    ] {
        assert_eq!(
            messages(join(bad).map(|_| unreachable!())),
            [format!(
                "directory.json: communities[0] (id \"c1\"), field `join`: {message}."
            )]
        );
    }
}

#[test]
fn unknown_field_is_reported_with_position_and_id() {
    let json = with_community(r#","colour": "red""#);
    let error = load::<DirectoryFile>(json.as_bytes()).unwrap_err();
    let Problem::Structure { path, entry, .. } = &error.problem else {
        panic!("{error:?}")
    };
    assert_eq!(path, "`communities[0].colour`");
    assert_eq!(entry.as_deref(), Some("c1"));
    assert!(
        error.to_string().contains("unknown field `colour`"),
        "{error}"
    );
}

#[test]
fn every_field_rule() {
    let cases: &[(&str, &str)] = &[
        (
            r#","format": "zoom""#,
            "unknown value `zoom`, expected one of `online`, `in-person`, `hybrid`",
        ),
        (
            r#","members": -3"#,
            "expected a whole number (0 or more), found the number `-3`",
        ),
        (
            r#","founded": "autumn 2017""#,
            "field `founded`: \"autumn 2017\" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            r#","aliases": ["HR", "hr"]"#,
            "field `aliases[1]`: \"hr\" appears twice",
        ),
        (
            r#","cadence": """#,
            "field `cadence`: is present but blank; remove the field or fill it in",
        ),
        (
            r#","leads": "Jo""#,
            "expected a list, found the text \"Jo\"",
        ),
    ];
    for (extra, expected) in cases {
        let error = load::<DirectoryFile>(with_community(extra).as_bytes())
            .unwrap_err()
            .to_string();
        assert!(error.contains(expected), "{extra}: {error}");
    }
}

#[test]
fn required_fields_and_dates() {
    let missing = r#"{"communities": [{"id": "x"}]}"#;
    assert!(
        load::<DirectoryFile>(missing.as_bytes())
            .unwrap_err()
            .to_string()
            .contains("missing required field `name`")
    );
    let bad_date = with_community("").replace("2026-01-31", "31/01/2026");
    assert_eq!(
        messages(load::<DirectoryFile>(bad_date.as_bytes())),
        [
            "directory.json: communities[0] (id \"c1\"), field `last_reviewed`: \"31/01/2026\" is not a date in the form YYYY-MM-DD, e.g. 2025-06-30."
        ]
    );
}

#[test]
fn duplicate_ids_and_empty_topics() {
    let one = with_community("");
    let start = one.find("{\"id\"").unwrap();
    let entry = &one[start..one.rfind(']').unwrap()];
    let two = format!(
        "{{\"communities\": [{entry}, {}]}}",
        entry.replace("[\"budgets\"]", "[]")
    );
    assert_eq!(
        messages(load::<DirectoryFile>(two.as_bytes())),
        [
            "directory.json: communities[1] (id \"c1\"), field `topics`: list at least one topic, so people can find the community.",
            "directory.json: communities[1] (id \"c1\"), field `id`: the id \"c1\" is used by an earlier entry; ids must be unique.",
        ]
    );
}
