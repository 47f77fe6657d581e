//! Members, labels, duplicates and the limit of twelve.

use super::*;
use Level::*;

#[test]
fn labels_are_one_trimmed_line_of_at_most_40_characters() {
    assert_eq!(clean_label("  Alex\n  Smith\t "), "Alex Smith");
    assert_eq!(clean_label(" \n "), "");
    assert_eq!(clean_label(&"é".repeat(50)), "é".repeat(40));
    // Cut at 40 characters just after a space: no trailing space is kept.
    assert_eq!(
        clean_label(&format!("{} more", "a".repeat(39))),
        "a".repeat(39)
    );
    assert_eq!(Member::new(" AB ", answers(&[]), None).label, "AB");
}

#[test]
fn people_without_a_label_are_numbered_and_repeated_labels_told_apart() {
    let group = group(vec![
        member("", &[]),
        member("AB", &[]),
        member("ab", &[]),
        member("  ", &[]),
        member("AB (2)", &[]),
        member("Person 1", &[]),
    ]);
    assert_eq!(
        group.display_labels(),
        [
            "Person 1",
            "AB",
            "ab (2)",
            "Person 4",
            "AB (2) (2)",
            "Person 1 (2)"
        ]
    );
    assert_eq!(group.display_label(2), "ab (2)");
    assert_eq!(group.display_label(9), "Person 10", "past the end");
    // A label set directly, not through `Member::new`, is shown cleaned.
    let mut raw = group.clone();
    raw.members[0].label = "  Chris\nLee ".into();
    assert_eq!(raw.display_label(0), "Chris Lee");
}

#[test]
fn the_same_answers_twice_are_reported_as_duplicates() {
    let alex = &[("a1", Mostly), ("b1", NotYet)];
    let group = group(vec![
        member("Alex", alex),
        member("", &[("a1", Mostly)]),
        member("Alex again", alex),
        member("", alex),
        member("", &[("a1", Mostly)]),
    ]);
    assert_eq!(group.duplicates(), [(2, 0), (3, 0), (4, 1)]);
    assert_eq!(
        group.duplicate_notices()[0],
        "Alex again has exactly the same answers as Alex: the same answers may have been added twice. Remove Alex again if so; keep both if two people really answered alike."
    );
    assert_eq!(
        group.duplicate_notices()[2],
        "Person 5 has exactly the same answers as Person 2: the same answers may have been added twice. Remove Person 5 if so; keep both if two people really answered alike."
    );
    // Notes count: the same levels with different notes are two people.
    let mut noted = member("", alex);
    noted.answers.set_note("a1", "Priya agrees");
    assert!(
        super::group(vec![member("", alex), noted])
            .duplicates()
            .is_empty()
    );
}

#[test]
fn a_group_takes_at_most_twelve_people_and_names_who_was_left_out() {
    let eleven: Vec<Member> = (0..11).map(|i| member(&format!("P{i}"), &[])).collect();
    let mut full = group(eleven.clone());
    let messages = full.add(vec![
        incoming(member("", &[("a1", InPlace)]), "link 1"),
        incoming(member("", &[("a1", Partly)]), "link 2"),
        incoming(member(" AB ", &[]), "link 3"),
    ]);
    assert_eq!(full.members.len(), MAX_PEOPLE);
    assert_eq!(full.members[11].answers, answers(&[("a1", InPlace)]));
    assert_eq!(
        messages,
        [
            "A group can have at most 12 people, so Person 13 (from link 2) and AB (from link 3) were not added. To compare them, remove someone from the group first, or save this group and start another one for them."
        ]
    );
    assert_eq!(
        full.add(vec![incoming(member("", &[]), "team.json")]),
        [
            "A group can have at most 12 people, so Person 13 (from team.json) was not added. To compare them, remove someone from the group first, or save this group and start another one for them."
        ]
    );
    let many: Vec<Incoming> = (1..=8)
        .map(|i| incoming(member("", &[]), &format!("link {i}")))
        .collect();
    assert_eq!(
        full.add(many),
        [
            "A group can have at most 12 people, so Person 13 (from link 1), Person 14 (from link 2), Person 15 (from link 3), Person 16 (from link 4) and 4 more people were not added. To compare them, remove someone from the group first, or save this group and start another one for them."
        ]
    );
    let five: Vec<Incoming> = (1..=5)
        .map(|i| incoming(member("", &[]), &format!("link {i}")))
        .collect();
    assert_eq!(
        full.add(five),
        [
            "A group can have at most 12 people, so Person 13 (from link 1), Person 14 (from link 2), Person 15 (from link 3), Person 16 (from link 4) and Person 17 (from link 5) were not added. To compare them, remove someone from the group first, or save this group and start another one for them."
        ]
    );
    let mut roomy = group(eleven);
    assert!(
        roomy
            .add(vec![incoming(member("", &[]), "x.json")])
            .is_empty()
    );
    assert!(roomy.add(Vec::new()).is_empty());
}

#[test]
fn pasting_keeps_the_links_that_failed_or_did_not_fit() {
    let code = |level| encode_share(&answers(&[("a1", level)]));
    let good = |level| format!("https://example.org/assess#r={}", code(level));
    let truncated = good(Mostly)[..good(Mostly).len() - 4].to_string();
    let mut ten = group((0..10).map(|i| member(&format!("P{i}"), &[])).collect());
    let pasted = ten.paste(&format!(
        "{}\n{truncated}\n{}\n{}",
        good(NotYet),
        good(Partly),
        good(InPlace)
    ));
    assert_eq!(pasted.added, 2);
    assert_eq!(ten.members.len(), 12);
    assert_eq!(ten.members[11].answers, answers(&[("a1", Partly)]));
    assert_eq!(
        pasted.messages,
        [
            "Link 2 of 4: This share link is incomplete or damaged: it may have been cut short when it was copied. Ask for the link again.",
            "A group can have at most 12 people, so Person 13 (from link 4) was not added. To compare them, remove someone from the group first, or save this group and start another one for them.",
        ]
    );
    assert_eq!(pasted.kept_text, format!("{truncated}\n{}", good(InPlace)));
}

#[test]
fn adding_a_file_reports_what_went_wrong() {
    let mut group = Group::default();
    assert_eq!(
        group.add_file("notes.txt", b""),
        [
            "notes.txt is empty: it has no answers in it. Ask the person to save their answers again and send the new file."
        ]
    );
    let saved = crate::assessment::to_json(&answers(&[("a1", Mostly)]), Some("2026-03-01"));
    assert!(group.add_file("mine.json", saved.as_bytes()).is_empty());
    assert_eq!(
        group.members,
        [Member::new(
            "",
            answers(&[("a1", Mostly)]),
            Some(date("2026-03-01"))
        )]
    );
}
