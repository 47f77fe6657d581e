//! Reading pasted links and picked files.

use super::*;
use Level::*;

fn alex() -> AssessmentAnswers {
    let mut answers = answers(&[("a1", InPlace), ("b1", NotYet)]);
    answers.set_name("Events people");
    answers.set_note("b1", "Ask Priya");
    answers
}

fn sam() -> AssessmentAnswers {
    answers(&[("a1", Partly), ("c2", Mostly)])
}

/// The answers read, in order.
fn read(text: &str) -> Vec<AssessmentAnswers> {
    let links = read_links(text);
    assert_eq!(links.problems, Vec::<String>::new(), "{text}");
    assert_eq!(links.kept_text, "");
    links.people.into_iter().map(|p| p.member.answers).collect()
}

const DAMAGED: &str = "This share link is incomplete or damaged: it may have been cut short when it was copied. Ask for the link again.";

#[test]
fn links_are_read_however_mail_and_chat_wrap_them() {
    let code = encode_share(&alex());
    let link = format!("https://example.org/cop/assess#r={code}");
    for text in [
        link.clone(),
        code.clone(),
        format!("  <{link}>  "),
        format!("({link})."),
        format!("“{link}”!"),
        format!("[Alex's answers]({link})"),
        format!("https://example.org/assess?step=roles&amp;r={code}&amp;embed=1"),
        format!("https://example.org/assess?r={code}#results"),
        format!("example.org/assess#r={code};"),
        format!(
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org%2Fassess%23r%3D{code}&data=05%7C02&reserved=0"
        ),
        format!("Hi all,\n\nhere are my answers: {link}\n\nThanks, Alex"),
    ] {
        assert_eq!(read(&text), [alex()], "{text}");
    }
}

#[test]
fn several_links_at_once_keep_their_order_and_positions() {
    let links = format!(
        "https://x.org/assess#r={}, https://x.org/assess#r={};{}",
        encode_share(&alex()),
        encode_share(&sam()),
        encode_share(&alex())
    );
    let read = read_links(&links);
    let from: Vec<&str> = read.people.iter().map(|p| p.from.as_str()).collect();
    assert_eq!(from, ["link 1", "link 2", "link 3"]);
    assert_eq!(read.people[1].member, Member::new("", sam(), None));
    assert_eq!(
        read.people[1].pasted,
        format!("https://x.org/assess#r={}", encode_share(&sam()))
    );
    assert_eq!(read_links(&encode_share(&sam())).people[0].from, "the link");
}

#[test]
fn a_link_broken_across_two_lines_is_joined() {
    let code = encode_share(&alex());
    let (head, tail) = code.split_at(code.len() - 7);
    assert_eq!(
        read(&format!("https://x.org/assess#r={head}\n{tail}\nThanks")),
        [alex()]
    );
}

#[test]
fn a_truncated_link_among_good_ones_is_kept_with_its_position() {
    let good =
        |answers: &AssessmentAnswers| format!("https://x.org/assess#r={}", encode_share(answers));
    let truncated = good(&alex())[..good(&alex()).len() - 6].to_string();
    let links = read_links(&format!(
        "{}\n{truncated}\n{}\n",
        good(&sam()),
        good(&alex())
    ));
    let people: Vec<_> = links
        .people
        .iter()
        .map(|p| (p.from.as_str(), &p.member.answers))
        .collect();
    assert_eq!(people, [("link 1", &sam()), ("link 3", &alex())]);
    assert_eq!(links.problems, [format!("Link 2 of 3: {DAMAGED}")]);
    assert_eq!(links.kept_text, truncated);
}

#[test]
fn links_without_answers_or_from_a_newer_version_say_so() {
    let links = read_links(
        "https://example.org/assess\nhttps://x.org/assess#r=2.bmFtZQ\nhttps://x.org/assess#r=\n1.abc",
    );
    assert!(links.people.is_empty());
    assert_eq!(
        links.problems,
        [
            "Link 1 of 4: This link has no answers in it: it is the address of a page, not a share link. Ask the person to copy their share link with “Copy link” on their result page and send it again.",
            "Link 2 of 4: This share link was made by a newer version of CoP Navigator (link version 2). Reload the page to get the newest version, then open the link again.",
            &format!("Link 3 of 4: {DAMAGED}"),
            &format!("Link 4 of 4: {DAMAGED}"),
        ]
    );
    assert_eq!(
        links.kept_text,
        "https://example.org/assess\nhttps://x.org/assess#r=2.bmFtZQ\nhttps://x.org/assess#r=\n1.abc"
    );
    assert_eq!(
        read_links("https://x.org/assess#r=1.abc").problems,
        [DAMAGED]
    );
}

#[test]
fn text_with_no_links_is_kept_whole() {
    let links = read_links("  Alex and Sam, 2 people.\n");
    assert!(links.people.is_empty());
    assert_eq!(
        links.problems,
        [
            "No share links were found in the pasted text. Paste the links people sent you (each starts with https:// and has #r= in it), or add their saved answers files instead."
        ]
    );
    assert_eq!(links.kept_text, "Alex and Sam, 2 people.");
    let empty = read_links(" \n\t");
    assert_eq!(
        (
            empty.people.len(),
            empty.problems.len(),
            empty.kept_text.as_str()
        ),
        (0, 0, "")
    );
}

#[test]
fn a_group_link_brings_everyone_in_it() {
    let team = group(vec![
        Member::new("AB", alex(), Some(date("2026-02-01"))),
        Member::new("", sam(), None),
    ]);
    let code = group_encode(&team).unwrap();
    let links = read_links(&format!(
        "https://x.org/together/#g={code}\nhttps://x.org/assess#r={}",
        encode_share(&sam())
    ));
    assert_eq!(links.problems, Vec::<String>::new());
    let people: Vec<(&Member, &str)> = links
        .people
        .iter()
        .map(|p| (&p.member, p.from.as_str()))
        .collect();
    let sam_alone = Member::new("", sam(), None);
    assert_eq!(
        people,
        [
            (&team.members[0], "link 1"),
            (&team.members[1], "link 1"),
            (&sam_alone, "link 2")
        ]
    );
    // A bare group code is read too.
    assert_eq!(read_links(&code).people.len(), 2);
    assert_eq!(
        read_links("https://x.org/together/#g=1.QA").problems,
        [
            "This group link is incomplete or damaged: it may have been cut short when it was copied. Ask for the link again, or for the group's saved file."
        ]
    );
}

#[test]
fn saved_files_bring_their_person_and_date() {
    let json = crate::assessment::to_json(&alex(), Some("2026-03-01"));
    let loaded = read_file("alex.json", json.as_bytes()).unwrap();
    assert_eq!(loaded.saved_on, Some(date("2026-03-01")));
    assert_eq!(
        loaded.people,
        [Incoming {
            member: Member::new("", alex(), Some(date("2026-03-01"))),
            from: "alex.json".into(),
            pasted: String::new(),
        }]
    );
    let undated = crate::assessment::to_json(&sam(), None);
    assert_eq!(
        read_file("sam.json", undated.as_bytes()).unwrap().saved_on,
        None
    );
    let team = group(vec![
        Member::new("AB", alex(), None),
        Member::new("CD", sam(), Some(date("2026-02-01"))),
    ]);
    let loaded = read_file(
        "team.json",
        group_to_json(&team, Some(date("2026-03-05"))).as_bytes(),
    )
    .unwrap();
    assert_eq!(loaded.saved_on, Some(date("2026-03-05")));
    let members: Vec<Member> = loaded.people.iter().map(|p| p.member.clone()).collect();
    assert_eq!(members, team.members);
    assert!(loaded.people.iter().all(|p| p.from == "team.json"));
}

#[test]
fn files_from_other_tools_are_refused_with_a_message() {
    let read = |name: &str, bytes: &[u8]| read_file(name, bytes).unwrap_err();
    let choose = "Choose a file saved with “Save your answers to continue later” on the self-assessment's result page or a saved group, or ask the person for their share link.";
    let empty = "notes.json is empty: it has no answers in it. Ask the person to save their answers again and send the new file.";
    assert_eq!(read("notes.json", b""), empty);
    assert_eq!(read("notes.json", b"\xEF\xBB\xBF \n "), empty);
    assert_eq!(
        read("answers.csv", b"name,level\nAB,2\n"),
        format!(
            "answers.csv is not a file CoP Navigator saved: it is plain text or a spreadsheet (CSV), not JSON. {choose}"
        )
    );
    assert_eq!(
        read("Charter.docx", b"PK\x03\x04\x14\x00\x06\x00"),
        format!(
            "Charter.docx is not a file CoP Navigator saved: it is a Word, Excel or other zipped document, not JSON. {choose}"
        )
    );
    assert_eq!(
        read("scan.pdf", b"%PDF-1.7\n\xE2\xE3"),
        format!("scan.pdf is not a file CoP Navigator saved: it is a PDF, not JSON. {choose}")
    );
    assert_eq!(
        read("page.html", b"<!doctype html><p>Sign in</p>"),
        format!(
            "page.html is not a file CoP Navigator saved: it is a web page or XML, not JSON. {choose}"
        )
    );
    assert_eq!(
        read("photo.jpg", b"\xFF\xD8\xFF\xE0"),
        format!("photo.jpg is not a file CoP Navigator saved: it is not text, not JSON. {choose}")
    );
    assert_eq!(
        read(
            "retro.json",
            br#"{"format": "teamretro-export", "votes": []}"#
        ),
        format!(
            "retro.json is a file from another tool (its format is “teamretro-export”), not answers saved by CoP Navigator. {choose}"
        )
    );
    assert_eq!(
        read("directory.json", br#"{"communities": []}"#),
        format!("directory.json is a JSON file, but not answers saved by CoP Navigator. {choose}")
    );
    assert_eq!(
        read("list.json", b"[1, 2]"),
        format!("list.json is a JSON file, but not answers saved by CoP Navigator. {choose}")
    );
    let huge = format!("{{\"pad\": \"{}\"}}", " ".repeat(3 * 1024 * 1024));
    assert_eq!(
        read("huge.json", huge.as_bytes()),
        format!(
            "huge.json is 3073 KB, far larger than answers saved by CoP Navigator (at most 2048 KB). {choose}"
        )
    );
    assert_eq!(
        read("cut.json", br#"{"format": "cop-navigator-group", "#),
        "cut.json, line 1, column 34: the file ends where a value was expected (was it cut short?)."
    );
    // A newer saved answers file gets the single file's own message.
    assert_eq!(
        read(
            "new.json",
            br#"{"format": "cop-navigator-assessment", "version": 2}"#
        ),
        "new.json was saved by a newer version of CoP Navigator (format version 2); this version reads version 1. Reload the page to get the newest version, then try again."
    );
}
