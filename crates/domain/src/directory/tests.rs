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

#[test]
fn joining_fields_are_optional_and_make_a_route() {
    let directory = load::<DirectoryFile>(with_community("").as_bytes()).unwrap();
    assert!(!directory.communities[0].has_joining_route());
    let words = load::<DirectoryFile>(with_community(r#","join": "Ask HR""#).as_bytes()).unwrap();
    assert!(
        !words.communities[0].has_joining_route(),
        "words are not a route"
    );
    for extra in [
        r#","join_url": "https://forms.example.ac.uk/join-finance""#,
        r#","teams_url": "https://teams.microsoft.com/l/team/19%3Aabc""#,
        r#","teams_url": "https://Teams.Cloud.Microsoft./l/channel/x""#,
        r#","contact_email": "finance-cop@example.ac.uk", "contact_name": "Jo Lead""#,
        r#","join": "mailto:finance-cop@example.ac.uk""#,
    ] {
        let directory = load::<DirectoryFile>(with_community(extra).as_bytes())
            .unwrap_or_else(|e| panic!("{extra}: {e}"));
        assert!(directory.communities[0].has_joining_route(), "{extra}");
    }
    let with_source = with_community(r#","source_url": "https://www.ucl.ac.uk/cop""#);
    let directory = load::<DirectoryFile>(with_source.as_bytes()).unwrap();
    assert!(
        !directory.communities[0].has_joining_route(),
        "a source page is not a way in"
    );
}

#[test]
fn the_contact_address_comes_from_contact_email_or_a_mailto_join() {
    let address = |extra: &str| {
        load::<DirectoryFile>(with_community(extra).as_bytes())
            .unwrap_or_else(|e| panic!("{extra}: {e}"))
            .communities[0]
            .contact_address()
            .map(str::to_string)
    };
    assert_eq!(address(""), None);
    assert_eq!(address(r#","join": "Ask HR""#), None);
    assert_eq!(
        address(r#","join": "mailto:finance-cop@example.ac.uk?subject=Joining""#).as_deref(),
        Some("finance-cop@example.ac.uk")
    );
    assert_eq!(
        address(r#","join": "mailto:a@example.ac.uk", "contact_email": "lead@example.ac.uk""#)
            .as_deref(),
        Some("lead@example.ac.uk"),
        "the leads' own address first"
    );
}

#[test]
fn joining_fields_rules() {
    let field = |name: &str, message: &str| {
        format!("directory.json: communities[0] (id \"c1\"), field `{name}`: {message}.")
    };
    let cases = [
        (
            r#","join_url": "mailto:cop@example.ac.uk""#,
            field(
                "join_url",
                "\"mailto:cop@example.ac.uk\" is an email link; this field takes an https:// web address",
            ),
        ),
        (
            r#","join_url": "http://example.ac.uk/join""#,
            field(
                "join_url",
                "\"http://example.ac.uk/join\" uses http://, which is not secure; use https://",
            ),
        ),
        (
            r#","teams_url": "https://teams.microsoft.com.evil.example/l/team/x""#,
            field(
                "teams_url",
                "\"https://teams.microsoft.com.evil.example/l/team/x\" is not a Microsoft Teams link (teams.microsoft.com, teams.cloud.microsoft or teams.live.com); put other web pages in join_url",
            ),
        ),
        (
            r#","teams_url": "javascript:alert(1)""#,
            field(
                "teams_url",
                "links must start with https:// or mailto:, not javascript:",
            ),
        ),
        (
            r#","contact_email": "a@example.ac.uk; b@example.ac.uk""#,
            field(
                "contact_email",
                "\"a@example.ac.uk; b@example.ac.uk\" is not one plain email address; write a single address, as in name@example.ac.uk",
            ),
        ),
        (
            r#","contact_email": "mailto:a@example.ac.uk""#,
            field(
                "contact_email",
                "\"mailto:a@example.ac.uk\" starts with mailto:; write the address alone, as in name@example.ac.uk",
            ),
        ),
        (
            r#","contact_name": "Jo Lead""#,
            field(
                "contact_name",
                "give contact_email too: the name is shown with the address people write to",
            ),
        ),
        (
            r#","source_url": "https://intranet/cop""#,
            field(
                "source_url",
                "\"https://intranet/cop\" has the host \"intranet\", a single name that works inside one network at most; use the public host name, such as intranet.example.ac.uk",
            ),
        ),
    ];
    for (extra, message) in cases {
        let json = with_community(extra);
        assert_eq!(
            messages(load::<DirectoryFile>(json.as_bytes())),
            [message],
            "{extra}"
        );
    }
}

#[test]
fn sample_entries_link_only_to_cited_source_pages() {
    // The addresses REFERENCES.md lists for the source institutions; the
    // sources give no joining link or contact for any community.
    let cited = [
        "https://www.ucl.ac.uk/transforming-our-professional-services/tops-projects/communities-practice",
        "https://www.gla.ac.uk/myglasgow/humanresources/organisationaldevelopment/staffnetworksandcommunities/uofgcommunitiesofpracticetoolkit/",
        "https://pod.admin.ox.ac.uk/communities-of-practice",
        "https://pod.admin.ox.ac.uk/node/3688776",
    ];
    let directory = load::<DirectoryFile>(SAMPLE.as_bytes()).unwrap();
    for community in &directory.communities {
        if let Some(url) = &community.source_url {
            assert!(cited.contains(&url.as_str()), "{}: {url}", community.id);
        }
        assert!(!community.has_joining_route(), "{}", community.id);
    }
    let linked = directory
        .communities
        .iter()
        .filter(|c| c.source_url.is_some())
        .count();
    assert_eq!(
        linked, 24,
        "all but Queen Mary's two, whose page has no public address"
    );
}

mod saving {
    use crate::content::load;
    use crate::directory::DirectoryFile;
    use crate::directory::changes::{Bring, Changes, bring_in, changes};
    use crate::directory::save::to_json;
    use crate::import::columns::FIELDS;

    const SAMPLE: &str = include_str!("../../../../public/data/directory.json");
    const SCHEMA: &str = include_str!("../../../../public/schema/directory.schema.json");

    fn sample() -> DirectoryFile {
        load::<DirectoryFile>(SAMPLE.as_bytes()).unwrap()
    }

    #[test]
    fn the_import_fields_are_the_schemas_in_its_order() {
        let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
        let community = &schema["$defs"]["community"]["properties"];
        let keys: Vec<&str> = community
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let ours: Vec<&str> = FIELDS.iter().map(|f| f.key).collect();
        let mut sorted_keys = keys.clone();
        sorted_keys.sort_unstable();
        let mut sorted_ours = ours.clone();
        sorted_ours.sort_unstable();
        assert_eq!(sorted_ours, sorted_keys, "every field, no other");
        // serde_json's maps sort their keys: read the order from the text.
        let text = &SCHEMA[SCHEMA.find("\"community\": {").unwrap()..];
        let text = &text[text.find("\"properties\"").unwrap()..];
        let at: Vec<usize> = ours
            .iter()
            .map(|key| text.find(&format!("\"{key}\": {{")).unwrap())
            .collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]),
            "in the schema's order: {ours:?}"
        );
    }

    #[test]
    fn a_saved_directory_reads_back_the_same_and_saves_the_same() {
        let directory = sample();
        let saved = to_json(&directory);
        let again = load::<DirectoryFile>(saved.as_bytes()).unwrap();
        assert_eq!(again.communities, directory.communities);
        assert_eq!(
            to_json(&again),
            saved,
            "stable: saving twice gives the same bytes"
        );
        assert!(saved.starts_with("{\n  \"$schema\": \"../schema/directory.schema.json\",\n  \"review_after_months\": 12,\n  \"communities\": [\n    {\n      \"id\": "), "{}", &saved[..200]);
        assert!(saved.ends_with("\n  ]\n}\n"));
        assert!(
            !saved.contains("null"),
            "empty optional fields are left out"
        );
        // Fields in the schema's order: source_url right after source.
        let first = &saved[saved.find("\"source\"").unwrap()..];
        assert!(
            first.find("\"source_url\"").unwrap()
                < first.find("\"last_reviewed\"").unwrap_or(usize::MAX)
        );
    }

    #[test]
    fn meetings_save_after_cadence_and_read_back() {
        let mut directory = sample();
        let meetings = r#"{"repeat": "monthly", "week": "last", "day": "thursday", "start": "12:30", "end": "13:30", "where": "hybrid", "place": "Room 1", "until": "2027-07-31"}"#;
        directory.communities[0].cadence = Some("Monthly".into());
        directory.communities[0].meetings = Some(serde_json::from_str(meetings).unwrap());
        let saved = to_json(&directory);
        assert!(saved.contains(
            "\"cadence\": \"Monthly\",\n      \"meetings\": {\n        \"repeat\": \"monthly\",\n        \"week\": \"last\",\n        \"day\": \"thursday\",\n        \"start\": \"12:30\",\n        \"end\": \"13:30\",\n        \"where\": \"hybrid\",\n        \"place\": \"Room 1\",\n        \"until\": \"2027-07-31\"\n      },\n      \"status\""
        ), "{}", &saved[..1500]);
        let again = load::<DirectoryFile>(saved.as_bytes()).unwrap();
        assert_eq!(again.communities, directory.communities);
        assert_eq!(to_json(&again), saved);
        let mut before = sample().communities;
        before[0].cadence = Some("Monthly".into());
        assert_eq!(
            changes(&before, &directory.communities).changed,
            vec![(before[0].id.clone(), vec!["meetings".to_string()])],
            "a changed schedule is named"
        );
    }

    #[test]
    fn changes_are_counted_and_named_field_by_field() {
        let before = sample().communities;
        let mut after = before.clone();
        after[0].summary = "New words.".into();
        after[0].topics.push("new".into());
        let removed = after.remove(1).id;
        let mut added = before[2].clone();
        added.id = "new-one".into();
        after.push(added);
        assert_eq!(
            changes(&before, &after),
            Changes {
                added: vec!["new-one".into()],
                changed: vec![(
                    before[0].id.clone(),
                    vec!["summary".into(), "topics".into()]
                )],
                removed: vec![removed],
            }
        );
        assert_eq!(
            changes(&before, &after).summary(),
            "1 added, 1 changed, 1 removed"
        );
        assert_eq!(changes(&before, &before).summary(), "No changes");
    }

    #[test]
    fn imported_entries_merge_by_id_or_replace_the_list() {
        let current = sample().communities;
        let mut updated = current[0].clone();
        updated.name = "Renamed".into();
        let mut new = current[1].clone();
        new.id = "brand-new".into();
        let imported = vec![updated.clone(), new];
        let (merged, merge) = bring_in(&current, &imported, Bring::Merge);
        assert_eq!(merged.len(), current.len() + 1);
        assert_eq!(merged[0].name, "Renamed", "replaced in place");
        assert_eq!(merge.summary(), "1 added, 1 changed, 0 removed");
        let (replaced, replace) = bring_in(&current, &imported, Bring::Replace);
        assert_eq!(replaced, imported);
        assert_eq!(
            replace.summary(),
            format!("1 added, 1 changed, {} removed", current.len() - 1)
        );
    }
}
