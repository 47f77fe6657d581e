//! The group as one file and one link.

use super::*;
use crate::assessment::base64;
use Level::*;

fn team() -> Group {
    let mut alex = answers(&[("a1", InPlace), ("b1", NotYet)]);
    alex.set_name("Events \"people\"");
    alex.set_note("b1", "Ask Priya.\nSoon");
    group(vec![
        Member::new("AB", alex, Some(date("2026-02-01"))),
        Member::new("", answers(&[("c2", Mostly)]), None),
    ])
}

#[test]
fn the_group_file_is_stable_readable_json() {
    let json = group_to_json(&team(), Some(date("2026-03-05")));
    assert_eq!(
        json,
        r#"{
  "format": "cop-navigator-group",
  "version": 1,
  "saved_on": "2026-03-05",
  "people": [
    {
      "label": "AB",
      "saved_on": "2026-02-01",
      "community": {
        "name": "Events \"people\"",
        "domain": ""
      },
      "answers": {
        "a1": {
          "level": "in-place"
        },
        "b1": {
          "level": "not-yet",
          "note": "Ask Priya.\nSoon"
        }
      }
    },
    {
      "label": "",
      "community": {
        "name": "",
        "domain": ""
      },
      "answers": {
        "c2": {
          "level": "mostly"
        }
      }
    }
  ]
}
"#
    );
    let saved = group_from_json("team.json", json.as_bytes()).unwrap();
    assert_eq!(
        saved,
        SavedGroup {
            group: team(),
            saved_on: Some(date("2026-03-05"))
        }
    );
    let empty = group_to_json(&Group::default(), None);
    assert_eq!(
        empty,
        "{\n  \"format\": \"cop-navigator-group\",\n  \"version\": 1,\n  \"people\": []\n}\n"
    );
    assert_eq!(
        group_from_json("e.json", empty.as_bytes()),
        Ok(SavedGroup {
            group: Group::default(),
            saved_on: None
        })
    );
}

#[test]
fn a_person_with_no_answers_is_written_as_an_empty_object() {
    let json = group_to_json(&group(vec![member("X", &[])]), None);
    assert!(
        json.contains("      \"answers\": {}\n    }\n  ]\n}\n"),
        "{json}"
    );
    assert_eq!(
        group_from_json("x.json", json.as_bytes()).unwrap().group,
        group(vec![member("X", &[])])
    );
}

fn person(label: &str, answers: &str) -> String {
    format!(r#"{{"label": "{label}", "community": {{"name": "X"}}, "answers": {answers}}}"#)
}

fn file(people: &[String]) -> String {
    format!(
        r#"{{"format": "cop-navigator-group", "version": 1, "people": [{}]}}"#,
        people.join(", ")
    )
}

#[test]
fn bad_group_files_are_refused_with_a_message() {
    let read = |text: &str| group_from_json("team.json", text.as_bytes()).unwrap_err();
    let ok = person("AB", r#"{"a1": {"level": "partly"}}"#);
    assert_eq!(
        read(r#"{"format": "cop-navigator-assessment", "version": 1}"#),
        "team.json is not a group saved by CoP Navigator (it has no \"format\": \"cop-navigator-group\")."
    );
    assert_eq!(
        read(r#"{"format": "cop-navigator-group", "version": 2, "people": [], "teams": []}"#),
        "team.json was saved by a newer version of CoP Navigator (group format version 2); this version reads version 1. Reload the page to get the newest version, then try again."
    );
    assert_eq!(
        read(r#"{"format": "cop-navigator-group", "version": "one"}"#),
        "team.json has an unknown group format version (\"one\"); this version of CoP Navigator reads version 1."
    );
    assert_eq!(
        read(r#"{"format": "cop-navigator-group"}"#),
        "team.json has an unknown group format version (null); this version of CoP Navigator reads version 1."
    );
    assert_eq!(
        read(&file(&vec![ok.clone(); 13])),
        "team.json has 13 people; a group can have at most 12. Add people from their own links or files instead, up to 12."
    );
    assert_eq!(
        read(&file(&[
            ok.clone(),
            person("CD", r#"{"A 1": {"level": "partly"}}"#)
        ])),
        "team.json, person 2 (CD): `answers` has \"A 1\", which is not a statement id (lower-case letters, digits and hyphens)."
    );
    assert_eq!(
        read(&file(&[
            ok.clone(),
            ok.clone(),
            person(
                " ",
                &format!(r#"{{"a1": {{"note": "{}"}}}}"#, "x".repeat(1001))
            )
        ])),
        "team.json, person 3: `answers.a1.note` is 1001 characters long; the limit is 1000."
    );
    assert_eq!(
        read(&file(&[person(&"L".repeat(41), "{}")])),
        format!(
            "team.json, person 1 ({}): `label` is 41 characters long; the limit is 40.",
            "L".repeat(41)
        )
    );
    assert_eq!(
        read(&file(&[
            ok.clone(),
            person("CD", r#"{"a1": {"level": "often"}}"#)
        ])),
        "team.json, line 1, column 223, at `people[1].answers.a1.level`: unknown value `often`, expected one of `not-yet`, `partly`, `mostly`, `in-place`."
    );
    assert_eq!(
        read(""),
        "team.json is empty: it must contain a JSON object."
    );
    let huge = format!("{{\"pad\": \"{}\"}}", " ".repeat(2 * 1024 * 1024));
    assert_eq!(
        read(&huge),
        "team.json is 2049 KB; a saved group is at most 2048 KB. Is this the right file?"
    );
}

#[test]
fn dates_that_are_not_dates_are_left_out_not_refused() {
    let text = r#"{"format": "cop-navigator-group", "version": 1, "saved_on": "March",
        "people": [{"label": "AB", "saved_on": "2026-02-30", "community": {}, "answers": {}}]}"#;
    let saved = group_from_json("team.json", text.as_bytes()).unwrap();
    assert_eq!(saved.saved_on, None);
    assert_eq!(saved.group.members, [member("AB", &[])]);
}

/// The lines inside a group code.
fn text_of(code: &str) -> String {
    let payload = code.strip_prefix("1.").expect(code);
    String::from_utf8(base64::decode(payload).unwrap()).unwrap()
}

fn coded(text: &str) -> String {
    format!("1.{}", base64::encode(text.as_bytes()))
}

#[test]
fn the_group_link_is_each_persons_share_lines_under_their_label() {
    let code = group_encode(&team()).unwrap();
    assert_eq!(
        text_of(&code),
        "@2026-02-01 AB\nnEvents \"people\"\nd\na1=3\nb1=0Ask Priya.\\nSoon\n@ \nn\nd\nc2=2\n"
    );
    assert!(
        code.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
    );
    assert_eq!(group_decode(&code), Ok(team()));
    assert_eq!(
        group_decode(&group_encode(&Group::default()).unwrap()),
        Ok(Group::default())
    );
    let tricky = group(vec![member("a=1 \\ @x", &[("a1", Partly)])]);
    assert_eq!(group_decode(&group_encode(&tricky).unwrap()), Ok(tricky));
}

#[test]
fn bad_group_links_are_refused_with_a_message() {
    let damaged = Err("This group link is incomplete or damaged: it may have been cut short when it was copied. Ask for the link again, or for the group's saved file.".to_string());
    let code = group_encode(&team()).unwrap();
    assert_eq!(group_decode(&code[..code.len() - 3]), damaged);
    assert_eq!(group_decode(""), damaged);
    assert_eq!(group_decode("x.abc"), damaged);
    assert_eq!(group_decode("1.!!"), damaged);
    assert_eq!(
        group_decode(&coded("@ AB\nn\nd\na1=2")),
        damaged,
        "cut short"
    );
    assert_eq!(
        group_decode(&coded("n\nd\na1=2\n")),
        damaged,
        "a share code is not a group"
    );
    assert_eq!(
        group_decode(&coded("@2026-13-01 AB\nn\nd\n")),
        damaged,
        "no such date"
    );
    assert_eq!(
        group_decode(&coded("@AB\nn\nd\n")),
        damaged,
        "no space after the date"
    );
    assert_eq!(
        group_decode(&coded(&format!("@ {}\nn\nd\n", "L".repeat(41)))),
        damaged
    );
    assert_eq!(group_decode(&coded("@ AB\nd\nn\n")), damaged);
    assert_eq!(
        group_decode(&coded("@ AB\nn\nd\na1=2\n")),
        Ok(group(vec![member("AB", &[("a1", Mostly)])]))
    );
    assert_eq!(
        group_decode("2.QA"),
        Err("This group link was made by a newer version of CoP Navigator (link version 2). Reload the page to get the newest version, then open the link again.".into())
    );
    assert_eq!(
        group_decode(&coded(&"@ \nn\nd\n".repeat(13))),
        Err("This group link has 13 people; a group can have at most 12. Ask for a link to a smaller group.".into())
    );
    assert_eq!(
        group_decode(&"1".repeat(MAX_GROUP_CODE + 1)),
        Err("This group link is too long to be a CoP Navigator group. Ask for the group's saved file instead.".into())
    );
}

#[test]
fn a_group_too_large_for_a_link_says_to_save_a_file() {
    let mut answers = AssessmentAnswers::default();
    for i in 0..200 {
        answers.set_note(&format!("s{i}"), &"n".repeat(1000));
    }
    let big = group(vec![
        Member::new("A", answers.clone(), None),
        Member::new("B", answers, None),
    ]);
    assert_eq!(
        group_encode(&big),
        Err("This group is too large to share as a link (537 KB; a link can hold 400 KB): long notes make it large. Save the group as a file and send that instead.".into())
    );
}
