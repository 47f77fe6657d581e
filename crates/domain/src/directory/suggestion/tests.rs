use super::*;
use crate::content::load;
use crate::directory::DirectoryFile;
use crate::mailto::Mailto;
use proptest::prelude::*;

fn today() -> Date {
    Date::parse("2026-05-20").unwrap()
}

fn suggestion() -> Suggestion {
    Suggestion {
        name: " Research Software Engineers ".into(),
        about: "Sharing code review, packaging and testing habits.\nMonthly show and tell.".into(),
        audience: "Anyone who writes code for research".into(),
        how_to_join: "https://forms.example.ac.uk/rse".into(),
        contact: "rse@example.ac.uk".into(),
        organisation: "UCL".into(),
        service_area: String::new(),
        topics: "software, testing; ".into(),
        kind: None,
    }
}

fn problems(suggestion: &Suggestion) -> Vec<(Field, String)> {
    suggestion
        .check()
        .into_iter()
        .map(|problem| (problem.field, problem.message))
        .collect()
}

#[test]
fn a_complete_suggestion_has_no_problems() {
    assert_eq!(problems(&suggestion()), []);
}

#[test]
fn an_empty_form_names_each_required_field() {
    assert_eq!(
        problems(&Suggestion::default()),
        [
            (
                Field::Contact,
                "give an email address people can write to, as in name@example.ac.uk".into()
            ),
            (Field::Name, "must not be empty".into()),
            (Field::About, "must not be empty".into()),
            (Field::Audience, "must not be empty".into()),
        ]
    );
}

#[test]
fn fields_are_checked_by_the_directory_rules() {
    let mut bad = suggestion();
    bad.name = "N".repeat(121);
    bad.about = "A".repeat(601);
    bad.audience = "Everyone\u{200B}".into();
    bad.how_to_join = "http://example.ac.uk/join".into();
    bad.contact = "mailto:rse@example.ac.uk".into();
    bad.service_area = "S".repeat(81);
    bad.topics = "code; Ærø; ærø".into();
    assert_eq!(
        problems(&bad),
        [
            (Field::Name, "is 121 characters long; the limit is 120".into()),
            (Field::ServiceArea, "is 81 characters long; the limit is 80".into()),
            (Field::About, "is 601 characters long; the limit is 600".into()),
            (
                Field::Audience,
                "contains U+200B (zero-width space), an invisible character that can hide or reorder text; remove it".into()
            ),
            (Field::Topics, "\"ærø\" appears twice".into()),
            (
                Field::HowToJoin,
                "\"http://example.ac.uk/join\" uses http://, which is not secure; use https://".into()
            ),
            (
                Field::Contact,
                "\"mailto:rse@example.ac.uk\" starts with mailto:; write the address alone, as in name@example.ac.uk".into()
            ),
        ]
    );
}

#[test]
fn how_to_join_is_checked_as_it_was_typed() {
    let join = |text: &str| {
        let mut suggestion = suggestion();
        suggestion.how_to_join = text.into();
        problems(&suggestion)
    };
    assert_eq!(
        join("rse@localhost"),
        [(
            Field::HowToJoin,
            "\"rse@localhost\" is not one plain email address; write a single address, as in name@example.ac.uk".into()
        )]
    );
    assert_eq!(
        join("https://forms.example.ac.uk/rse and then wait"),
        [(
            Field::HowToJoin,
            "\"https://forms.example.ac.uk/rse and then wait\" contains spaces; encode them as %20"
                .into()
        )]
    );
    assert_eq!(
        join("javascript:alert(1)"),
        [(
            Field::HowToJoin,
            "links must start with https:// or mailto:, not javascript:".into()
        )]
    );
    assert_eq!(
        join("W".repeat(301).as_str())[0].1,
        "is 301 characters long; the limit is 300"
    );
    for fine in [
        "",
        "Come to any meeting: no sign-up needed",
        "mailto:rse-join@example.ac.uk?subject=Join",
        "rse-join@example.ac.uk",
    ] {
        assert_eq!(join(fine), [], "{fine}");
    }
}

#[test]
fn a_suggestion_becomes_an_active_entry_reviewed_today() {
    let taken: HashSet<String> = ["research-software-engineers".to_string()].into();
    let community = suggestion().to_community(today(), &taken);
    assert_eq!(
        community_to_json(&community),
        r#"{
  "id": "research-software-engineers-2",
  "name": "Research Software Engineers",
  "kind": "community-of-practice",
  "organisation": "UCL",
  "service_area": "To be confirmed",
  "summary": "Sharing code review, packaging and testing habits.\nMonthly show and tell.",
  "topics": [
    "software",
    "testing"
  ],
  "audience": "Anyone who writes code for research",
  "status": "active",
  "last_reviewed": "2026-05-20",
  "join_url": "https://forms.example.ac.uk/rse",
  "contact_email": "rse@example.ac.uk"
}"#
    );
    assert_eq!(unconfirmed_fields(&community), ["service_area"]);
    // It passes the directory's rules as a file, too.
    let file = format!("{{\"communities\": [{}]}}", community_to_json(&community));
    load::<DirectoryFile>(file.as_bytes()).unwrap();
}

#[test]
fn how_to_join_goes_where_the_directory_keeps_it() {
    let mapped = |text: &str| {
        let mut suggestion = suggestion();
        suggestion.how_to_join = text.into();
        let community = suggestion.to_community(today(), &HashSet::new());
        (community.join, community.join_url)
    };
    assert_eq!(mapped("  "), (None, None));
    assert_eq!(
        mapped("HTTPS://forms.example.ac.uk/rse"),
        (None, Some("HTTPS://forms.example.ac.uk/rse".into()))
    );
    assert_eq!(
        mapped("join@example.ac.uk"),
        (Some("mailto:join@example.ac.uk".into()), None)
    );
    assert_eq!(
        mapped("RSE@example.ac.uk"),
        (None, None),
        "the contact's own address"
    );
    assert_eq!(
        mapped("mailto:join@example.ac.uk"),
        (Some("mailto:join@example.ac.uk".into()), None)
    );
    assert_eq!(
        mapped("Ask at any meeting\r\nor on Teams"),
        (Some("Ask at any meeting\nor on Teams".into()), None)
    );
    let mut bare = Suggestion {
        name: "Café ☕ Club".into(),
        kind: Some(Kind::ProfessionalNetwork),
        ..suggestion()
    };
    bare.organisation = " ".into();
    bare.topics = String::new();
    let community = bare.to_community(today(), &HashSet::new());
    assert_eq!(community.id, "cafe-club");
    assert_eq!(community.kind, Kind::ProfessionalNetwork);
    assert_eq!(community.topics, [TO_BE_CONFIRMED]);
    assert_eq!(
        unconfirmed_fields(&community),
        ["organisation", "service_area", "topics"]
    );
}

fn expected_body() -> String {
    "Hello,\n\
     \n\
     I would like to suggest a community for the directory of communities of practice.\n\
     \n\
     Name: Research Software Engineers\n\
     What it is about: Sharing code review, packaging and testing habits.\n\
     Monthly show and tell.\n\
     Who it is for: Anyone who writes code for research\n\
     How to join: sign up at https://forms.example.ac.uk/rse\n\
     Contact: rse@example.ac.uk\n\
     Organisation: UCL\n\
     Service area: To be confirmed\n\
     Kind: Community of practice\n\
     Topics: software; testing\n\
     \n\
     For the directory editors: paste this whole email into the content studio to add the entry.\n\
     \n\
     --- CoP Navigator suggestion (paste into the studio) ---\n\
     ```json\n\
     {\n  \"id\": \"research-software-engineers\",\n  \"name\": \"Research Software Engineers\",\n  \"kind\": \"community-of-practice\",\n  \"organisation\": \"UCL\",\n  \"service_area\": \"To be confirmed\",\n  \"summary\": \"Sharing code review, packaging and testing habits.\\nMonthly show and tell.\",\n  \"topics\": [\n    \"software\",\n    \"testing\"\n  ],\n  \"audience\": \"Anyone who writes code for research\",\n  \"status\": \"active\",\n  \"last_reviewed\": \"2026-05-20\",\n  \"join_url\": \"https://forms.example.ac.uk/rse\",\n  \"contact_email\": \"rse@example.ac.uk\"\n}\n\
     ```\n\
     --- end ---\n"
        .to_string()
}

#[test]
fn the_email_tells_the_editors_in_words_and_carries_the_entry() {
    let email = suggestion()
        .email(Some("directory@example.ac.uk"), today(), &HashSet::new())
        .unwrap();
    assert_eq!(
        email.subject,
        "Suggestion for the communities directory: Research Software Engineers"
    );
    assert_eq!(email.body, expected_body());
    assert!(email.mailto.starts_with(
        "mailto:directory@example.ac.uk?subject=Suggestion%20for%20the%20communities%20directory%3A%20Research%20Software%20Engineers&body=Hello%2C%0D%0A%0D%0AI%20would"
    ));
    let read = Mailto::parse(&email.mailto).unwrap();
    assert_eq!(read.to, ["directory@example.ac.uk"]);
    assert_eq!(read.body, expected_body().replace('\n', "\r\n"));
    // Without a directory contact, the sender chooses whom to send it to.
    let open = suggestion().email(None, today(), &HashSet::new()).unwrap();
    assert!(open.mailto.starts_with("mailto:?subject=Suggestion"));
}

#[test]
fn no_email_while_the_form_has_a_problem() {
    let mut bad = suggestion();
    bad.contact = String::new();
    assert_eq!(
        bad.email(Some("directory@example.ac.uk"), today(), &HashSet::new()),
        Err("Correct the form first: Contact email: give an email address people can write to, as in name@example.ac.uk.".into())
    );
    assert_eq!(
        suggestion().email(Some("directory@example.ac.uk?cc=x@example.org"), today(), &HashSet::new()),
        Err("\"directory@example.ac.uk?cc=x@example.org\" is not one plain email address; write a single address, as in name@example.ac.uk".into())
    );
}

#[test]
fn the_pasted_email_gives_the_entry_back() {
    let expected = suggestion().to_community(today(), &HashSet::new());
    assert_eq!(
        parse_suggestion_paste(&expected_body()),
        Ok(expected.clone())
    );
    // As a reply quotes it, with CRLF line breaks and text around it.
    let quoted: String = expected_body()
        .lines()
        .map(|line| format!("> {line}\r\n"))
        .collect();
    let reply =
        format!("Thanks, adding this now.\r\n\r\nOn Tuesday, Sam wrote:\r\n{quoted}\r\n-- \r\nSam");
    assert_eq!(parse_suggestion_paste(&reply), Ok(expected.clone()));
    // Quoted twice, unevenly.
    let twice = expected_body().replace('\n', "\n>> ").replace(">>  ", ">>");
    assert_eq!(parse_suggestion_paste(&twice), Ok(expected));
}

#[test]
fn a_paste_without_the_block_says_what_to_paste() {
    assert_eq!(
        parse_suggestion_paste("Name: Research Software Engineers"),
        Err("No suggestion found in the pasted text: paste the whole email, including the lines \"--- CoP Navigator suggestion (paste into the studio) ---\" and \"--- end ---\" and everything between them.".into())
    );
    let cut = &expected_body()[..expected_body().find("  \"status\"").unwrap()];
    assert_eq!(
        parse_suggestion_paste(cut),
        Err("The suggestion in the pasted text has no \"--- end ---\" line after its entry: paste the whole email, down to and including that line.".into())
    );
    assert_eq!(
        parse_suggestion_paste(&format!("{BLOCK_START}\n```json\n```\n{BLOCK_END}")),
        Err("The suggestion in the pasted text has nothing between \"--- CoP Navigator suggestion (paste into the studio) ---\" and \"--- end ---\": paste the whole email as it was sent.".into())
    );
}

#[test]
fn broken_json_is_located_in_the_pasted_text() {
    // A missing comma on the body's line 25, quoted with "> " (2 columns).
    let body = expected_body().replace("\"UCL\",", "\"UCL\"");
    let quoted: String = body.lines().map(|line| format!("> {line}\n")).collect();
    assert_eq!(
        parse_suggestion_paste(&quoted),
        Err("The suggested entry is not valid JSON (line 25, column 5 of the pasted text): a comma is missing: add `,` after the item before this one. The email may have been changed on the way; ask for the suggestion to be sent again, or correct the entry there.".into())
    );
    let unknown = expected_body().replace("\"status\": \"active\"", "\"colour\": \"red\"");
    assert_eq!(
        parse_suggestion_paste(&unknown),
        Err("The suggested entry does not have the directory's fields (line 32, column 10 of the pasted text): at `colour`: unknown field `colour`, expected one of `id`, `name`, `kind`, `organisation`, `service_area`, `summary`, `topics`, `audience`, `join`, `format`, `cadence`, `meetings`, `status`, `members`, `sponsor`, `leads`, `founded`, `last_reviewed`, `aliases`, `source`, `source_url`, `join_url`, `teams_url`, `contact_email`, `contact_name` (remove it or check its spelling). The email may have been changed on the way; ask for the suggestion to be sent again, or correct the entry there.".into())
    );
}

#[test]
fn an_entry_that_breaks_a_rule_names_the_field_and_what_to_do() {
    let body = expected_body()
        .replace(
            "\"name\": \"Research Software Engineers\"",
            "\"name\": \" \"",
        )
        .replace(
            "\"rse@example.ac.uk\"",
            "\"rse@example.ac.uk, x@example.org\"",
        );
    assert_eq!(
        parse_suggestion_paste(&body),
        Err("The suggested entry breaks the directory's rules:\n\
             - field `name`: must not be empty\n\
             - field `contact_email`: \"rse@example.ac.uk, x@example.org\" is not one plain email address; write a single address, as in name@example.ac.uk\n\
             Correct it in the pasted text, or ask whoever suggested it, then paste it again."
            .into())
    );
}

/// Text a colleague might type, the awkward characters included: line
/// breaks, quotes, `&`, `=`, `?`, `#`, `%`, letters outside ASCII, and the
/// marker lines themselves.
fn text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Za-z0-9 ,.'\"&=?#%+()/:;!-]{1,12}",
        1 => Just("\n".to_string()),
        1 => Just(format!("\n{BLOCK_START}\n")),
        1 => Just(format!("\n{BLOCK_END}\n")),
        1 => Just("> ".to_string()),
        1 => "[éßŵ東京€—’]{1,3}",
    ];
    proptest::collection::vec(piece, 1..6)
        .prop_map(move |pieces| pieces.concat().chars().take(max).collect())
}

fn address() -> impl Strategy<Value = String> {
    ("[a-z0-9._+-]{1,10}", "[a-z0-9]{1,8}")
        .prop_map(|(local, host)| format!("{local}@{host}.ac.uk"))
}

fn how_to_join() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        text(300),
        address(),
        address().prop_map(|a| format!("mailto:{a}?subject=Joining")),
        "[a-z0-9/]{0,20}".prop_map(|path| format!("https://forms.example.ac.uk/{path}")),
    ]
}

fn valid_suggestion() -> impl Strategy<Value = Suggestion> {
    (
        (text(120), text(600), text(300), how_to_join(), address()),
        (
            prop_oneof![Just(String::new()), text(120)],
            prop_oneof![Just(String::new()), text(80)],
            prop_oneof![Just(String::new()), "[a-z ]{1,10}(, [a-z ]{1,10}){0,3}"],
            prop_oneof![Just(None), Just(Some(Kind::ProfessionalNetwork))],
        ),
    )
        .prop_map(
            |(
                (name, about, audience, how_to_join, contact),
                (organisation, service_area, topics, kind),
            )| Suggestion {
                name,
                about,
                audience,
                how_to_join,
                contact,
                organisation,
                service_area,
                topics,
                kind,
            },
        )
        .prop_filter("passes the form's checks", |suggestion| {
            suggestion.check().is_empty()
        })
}

proptest! {
    #[test]
    fn any_valid_suggestion_comes_back_from_its_email(
        suggestion in valid_suggestion(),
        taken in proptest::collection::hash_set("[a-z]{1,6}", 0..4),
    ) {
        let community = suggestion.to_community(today(), &taken);
        prop_assert!(!taken.contains(&community.id));
        let email = suggestion
            .email(Some("directory@example.ac.uk"), today(), &taken)
            .unwrap();
        let body = Mailto::parse(&email.mailto).unwrap().body;
        prop_assert_eq!(parse_suggestion_paste(&body), Ok(community.clone()));
        // Quoted in a reply, too.
        let quoted: String = body.split("\r\n").map(|line| format!("> {line}\r\n")).collect();
        prop_assert_eq!(parse_suggestion_paste(&quoted), Ok(community));
    }
}
