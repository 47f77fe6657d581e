//! Saved files, share links, the Markdown action plan and directory matches.

use super::*;
use crate::directory::DirectoryFile;
use Level::*;

fn example() -> AssessmentAnswers {
    let mut answers = answers(&[("a1", InPlace), ("b1", NotYet), ("c1", Partly)]);
    answers.set_name("Events *people* [UK]");
    answers.set_domain("events, conferences and venues");
    answers.set_note("b1", "Ask the Head of Events.\nMaybe Priya?");
    answers.set_note("c2", "Not sure yet");
    answers
}

#[test]
fn saved_file_has_a_readable_versioned_format() {
    let json = to_json(&example(), Some("2026-03-01"));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["format"], FORMAT);
    assert_eq!(value["version"], VERSION);
    assert_eq!(value["saved_on"], "2026-03-01");
    assert_eq!(value["community"]["name"], "Events *people* [UK]");
    assert_eq!(
        value["answers"]["a1"],
        serde_json::json!({"level": "in-place"})
    );
    assert_eq!(
        value["answers"]["b1"],
        serde_json::json!({"level": "not-yet", "note": "Ask the Head of Events.\nMaybe Priya?"})
    );
    assert_eq!(
        value["answers"]["c2"],
        serde_json::json!({"note": "Not sure yet"})
    );
    assert_eq!(from_json("answers.json", json.as_bytes()), Ok(example()));
}

#[test]
fn bad_saved_files_are_refused_with_a_message() {
    let read = |text: &str| from_json("mine.json", text.as_bytes()).unwrap_err();
    let wrap = |answers: &str| {
        format!(
            r#"{{"format": "cop-navigator-assessment", "version": 1, "community": {{"name": "X"}}, "answers": {answers}}}"#
        )
    };
    assert_eq!(
        read(""),
        "mine.json is empty: it must contain a JSON object."
    );
    assert_eq!(
        read("{\"format\": \"cop-navigator-assessment\",}"),
        "mine.json, line 1, column 39: there is a comma after the last item; remove it."
    );
    assert_eq!(
        read(r#"{"communities": []}"#),
        "mine.json is not a saved self-assessment from CoP Navigator (it has no \"format\": \"cop-navigator-assessment\")."
    );
    assert_eq!(read("[1, 2]"), read(r#"{"communities": []}"#));
    assert_eq!(
        read(r#"{"format": "cop-navigator-assessment", "version": 2}"#),
        "mine.json was saved by a newer version of CoP Navigator (format version 2); this version reads version 1. Reload the page to get the newest version, then try again."
    );
    assert_eq!(
        read(r#"{"format": "cop-navigator-assessment", "version": "one"}"#),
        "mine.json has an unknown format version (\"one\"); this version of CoP Navigator reads version 1."
    );
    assert_eq!(
        read(&wrap(r#"{"a1": {"level": "sometimes"}}"#)),
        "mine.json, line 1, column 120, at `answers.a1.level`: unknown value `sometimes`, expected one of `not-yet`, `partly`, `mostly`, `in-place`."
    );
    assert_eq!(
        read(&wrap(r#"{"A 1": {"level": "partly"}}"#)),
        "mine.json: `answers` has \"A 1\", which is not a statement id (lower-case letters, digits and hyphens)."
    );
    assert_eq!(
        read(&wrap(&format!(
            r#"{{"a1": {{"note": "{}"}}}}"#,
            "x".repeat(1001)
        ))),
        "mine.json: `answers.a1.note` is 1001 characters long; the limit is 1000."
    );
    assert!(
        read(&wrap(r#"{"a1": {"level": "partly", "colour": "red"}}"#))
            .contains("unknown field `colour`")
    );
    let big = format!("{{\"pad\": \"{}\"}}", "x".repeat(MAX_SAVED_BYTES));
    assert_eq!(
        read(&big),
        "mine.json is 513 KB; a saved self-assessment is at most 512 KB. Is this the right file?"
    );
}

#[test]
fn share_codes_round_trip_and_are_versioned() {
    let code = encode_share(&example());
    assert!(code.starts_with("1."), "{code}");
    assert!(
        code.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
        "needs no escaping in a URL: {code}"
    );
    assert_eq!(decode_share(&code), Ok(example()));
    assert_eq!(
        decode_share(&encode_share(&AssessmentAnswers::default())),
        Ok(AssessmentAnswers::default())
    );
}

#[test]
fn bad_share_codes_are_refused_with_a_message() {
    let damaged = Err("This share link is incomplete or damaged: it may have been cut short when it was copied. Ask for the link again.".to_string());
    let code = encode_share(&example());
    assert_eq!(decode_share(&code[..code.len() - 5]), damaged);
    assert_eq!(decode_share(""), damaged);
    assert_eq!(decode_share("hello"), damaged);
    assert_eq!(decode_share("1.!!!"), damaged);
    assert_eq!(decode_share(&format!("x{code}")), damaged);
    let lines = |text: &str| format!("1.{}", base64::encode(text.as_bytes()));
    assert_eq!(decode_share(&lines("n\nd\na1=7\n")), damaged, "no level 7");
    assert_eq!(decode_share(&lines("n\nd\na1=2")), damaged, "cut short");
    assert_eq!(decode_share(&lines("n\nd\nBad Id=1\n")), damaged);
    assert_eq!(
        decode_share(&lines("n\nd\na1=1a \\x\n")),
        damaged,
        "unknown escape"
    );
    assert_eq!(
        decode_share(&lines("d\nn\n")),
        damaged,
        "lines out of order"
    );
    assert_eq!(
        decode_share(&lines("n\nd\na1=2\n")),
        Ok(answers(&[("a1", Mostly)]))
    );
    let mut noted = AssessmentAnswers::default();
    noted.set_name("A\\B");
    noted.set_note("b1", "line one\nline two \\n");
    assert_eq!(
        decode_share(&lines("nA\\\\B\nd\nb1=-line one\\nline two \\\\n\n")),
        Ok(noted)
    );
    assert_eq!(
        decode_share(&code.replacen("1.", "2.", 1)),
        Err("This share link was made by a newer version of CoP Navigator (link version 2). Reload the page to get the newest version, then open the link again.".into())
    );
}

fn directory() -> DirectoryFile {
    load::<DirectoryFile>(include_bytes!("../../../../../public/data/directory.json")).unwrap()
}

#[test]
fn similar_communities_come_from_the_directory_search() {
    let directory = directory();
    let ids = |domain: &str, name: &str| {
        similar_communities(&directory, domain, name, 3).map(|m| {
            m.shown
                .iter()
                .map(|&i| directory.communities[i].id.clone())
                .collect::<Vec<_>>()
        })
    };
    assert_eq!(
        ids("event planning and venues", "").unwrap(),
        ["ucl-events-management"],
        "QMUL's events community says nothing of planning: a partial match, not offered"
    );
    assert_eq!(
        ids("events, conferences and venues", "").unwrap(),
        ["ucl-events-management", "qmul-events"]
    );
    assert_eq!(
        ids("", "Procurement purchasing").unwrap(),
        ["ucl-procurement"],
        "falls back to the name"
    );
    assert_eq!(ids("  ", " "), None, "nothing to search for");
    let none = similar_communities(&directory, "xylophones", "", 3).unwrap();
    assert_eq!((none.total, none.shown.len(), none.partial), (0, 0, 0));
}

/// Close matches are communities matching every word, exactly or as the
/// beginning of a word; the rest are counted apart and never offered.
#[test]
fn only_close_matches_are_offered() {
    let directory = directory();
    let index = crate::directory::search::DirectorySearch::new(&directory);
    let found = |words: &str| {
        let m = existing_communities(&index, words, 5).unwrap();
        let ids: Vec<&str> = m
            .shown
            .iter()
            .map(|&i| directory.communities[i].id.as_str())
            .collect();
        (ids, m.total, m.partial)
    };
    assert_eq!(
        found("budget management"),
        (vec!["ucl-financial-management"], 1, 1),
        "not Events Management, which matches “management” only; Oxford's finance community matches “budget” only"
    );
    assert_eq!(
        found("buying stuff"),
        (vec![], 0, 1),
        "Procurement matches “buying” only; “stuff” is not “staff”"
    );
    assert_eq!(
        found("finance ucl"),
        (
            vec![
                "ucl-financial-management",
                "ucl-post-award",
                "ucl-procurement"
            ],
            3,
            1
        )
    );
    assert_eq!(
        found("finanse"),
        (vec![], 0, 4),
        "a typo is a partial match"
    );
}

#[test]
fn existing_communities_is_one_search_for_every_view() {
    let directory = directory();
    let index = crate::directory::search::DirectorySearch::new(&directory);
    let found = existing_communities(&index, "  procurement ", 2).unwrap();
    assert_eq!(found.words, "procurement");
    assert_eq!(directory.communities[found.shown[0]].id, "ucl-procurement");
    assert!(found.shown.len() <= 2 && found.total >= found.shown.len());
    assert_eq!(existing_communities(&index, "   ", 5), None, "blank");
    assert!(!anything_to_search(" ?! "), "no word at all");
    assert!(anything_to_search("the"));
    assert_eq!(existing_communities(&index, " ?! ", 5), None);
    assert_eq!(search_words("events", "Events people"), "events");
    assert_eq!(search_words(" ", "Events people"), "Events people");
}

fn plan_for(answers: &AssessmentAnswers, directory: Option<&DirectoryFile>) -> String {
    let content = small();
    let outcome = score(&content, answers);
    action_plan(&ActionPlan {
        content: &content,
        answers,
        outcome: &outcome,
        directory,
        date: Some("2026-03-01"),
        app_url: Some("https://intranet.example.ac.uk/cop/"),
        share_url: Some("https://intranet.example.ac.uk/cop/assess?r=1.abc"),
    })
}

#[test]
fn action_plan_leads_with_readiness_and_next_steps() {
    let directory = directory();
    let plan = plan_for(&example(), Some(&directory));
    let expect = [
        "# Starting Events \\*people\\* \\[UK\\]: readiness and next steps\n",
        "**Domain:** events, conferences and venues  \n",
        // a 100, b 0, c 33 → 44 % "some", 3 of 6 answered.
        "**Readiness:** Band some (44%), based on 3 of 6 statements (provisional: some statements are not answered yet)\n",
        "*Self-assessment made with CoP Navigator on 2026-03-01.*",
        "Open these answers again: <https://intranet.example.ac.uk/cop/assess?r=1.abc>",
        "## Next steps\n\n1. **Factor b** (Not yet, 0%): step b not yet\n   Read more: [Help](https://intranet.example.ac.uk/cop/toolkit?s=success-factors)\n2. **Factor c** (Partly, 33%): step c partly\n",
        "## Strengths\n\n- **Factor a** (In place, 100%)\n",
        "## Not answered yet (3 of 6)\n",
        "- Statement a2 (One)\n",
        "communities in the directory match \"events, conferences and venues\"",
        "- **Events Community of Practice** (Queen Mary University of London, Active):",
        "| Factor b | 0% | Band low | 1 of 1 |",
        "| Factor c | 33% | Band low | 1 of 3 |",
        "- Statement b1: **Not yet**\n  Note:\n  > Ask the Head of Events.\n  > Maybe Priya?\n",
        "- Statement a2: *not answered*\n",
        "## Sources\n\n- T. P.\n",
    ];
    for text in expect {
        assert!(plan.contains(text), "missing {text:?} in:\n{plan}");
    }
}

#[test]
fn action_plan_says_when_the_directory_was_not_searched() {
    let plan = plan_for(&example(), None);
    assert!(plan.contains("The community directory could not be loaded, so it was not searched."));
    let empty = plan_for(&AssessmentAnswers::default(), Some(&directory()));
    assert!(empty.contains("**Readiness:** not assessed yet: no statement is answered."));
    assert!(empty.contains("Answer the statements to see your top gaps and next steps."));
    assert!(empty.contains("No domain was given, so the directory was not searched."));
    assert!(empty.starts_with("# Starting a community of practice: readiness and next steps\n"));
}

#[test]
fn markdown_text_shows_as_written() {
    assert_eq!(
        markdown_inline("  a *b*\n_c_ [d](e) #1 | x  "),
        "a \\*b\\* \\_c\\_ \\[d\\](e) \\#1 \\| x"
    );
    assert_eq!(markdown_inline("<script>"), "\\<script\\>");
}

#[test]
fn answers_keep_limits_and_forget_empty_responses() {
    let mut answers = AssessmentAnswers::default();
    answers.set_name(&"n".repeat(500));
    assert_eq!(answers.name().chars().count(), MAX_NAME);
    answers.set_level("a1", Some(Partly));
    answers.set_level("a1", None);
    answers.set_note("b1", "note");
    answers.set_note("b1", "");
    answers.set_name("");
    assert_eq!(
        answers,
        AssessmentAnswers::default(),
        "canonical after clearing"
    );
    assert!(answers.is_empty());

    let content = small();
    let mut stale = example();
    stale.set_level("removed-statement", Some(InPlace));
    assert_eq!(stale.retain_known(&content), ["removed-statement"]);
    assert_eq!(stale, example());
    assert_eq!(example().answered(&content), 3);
}

#[test]
fn download_names_come_from_the_community_name() {
    assert_eq!(
        file_name("Événements & Venues!", "md"),
        "community-readiness-evenements-venues.md"
    );
    assert_eq!(file_name("  ***  ", "json"), "community-readiness.json");
    assert_eq!(
        file_name(&"a b ".repeat(40), "md").len(),
        "community-readiness-.md".len() + 39
    );
}
