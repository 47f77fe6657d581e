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
    export_with(action_plan, answers, directory)
}

fn plan_rtf_for(answers: &AssessmentAnswers, directory: Option<&DirectoryFile>) -> String {
    export_with(action_plan_rtf, answers, directory)
}

/// The small content's plan for `answers`, written by `write`.
fn export_with(
    write: fn(&ActionPlan<'_>) -> String,
    answers: &AssessmentAnswers,
    directory: Option<&DirectoryFile>,
) -> String {
    let content = small();
    let outcome = score(&content, answers);
    write(&ActionPlan {
        content: &content,
        answers,
        outcome: &outcome,
        directory,
        date: Some("2026-03-01"),
        app_url: Some("https://intranet.example.ac.uk/cop/"),
        share_url: Some("https://intranet.example.ac.uk/cop/assess?r=1.abc"),
    })
}

/// The whole plan, exactly: talking to the communities found comes first,
/// punctuation is tidy (one full stop, no " ." or ".:"), one name per factor.
#[test]
fn action_plan_leads_with_readiness_and_next_steps() {
    let directory = directory();
    let plan = plan_for(&example(), Some(&directory));
    let found = similar_communities(&directory, example().domain(), "", MATCH_LIMIT).unwrap();
    let listed: String = found
        .shown
        .iter()
        .map(|&i| {
            let c = &directory.communities[i];
            format!(
                "- **{}** ({}, {}): {}\n",
                markdown_inline(&c.name),
                markdown_inline(&c.organisation),
                crate::directory::Choice::label(c.status),
                markdown_inline(&super::super::document::sentence(&c.summary))
            )
        })
        .collect();
    let expected = format!(
        "# Starting Events \\*people\\* \\[UK\\]: readiness and next steps\n\
\n\
**Domain:** events, conferences and venues  \n\
**Readiness:** Band some (44%), based on 3 of 6 statements (provisional: some statements are not answered yet).\n\
\n\
Summary some\n\
\n\
*Self-assessment made with CoP Navigator on 2026-03-01.*\n\
\n\
Open these answers again: <https://intranet.example.ac.uk/cop/assess?r=1.abc>\n\
\n\
## Next steps\n\
\n\
1. **Talk to these {shown} communities first**: They may already cover your domain: joining, reviving or working with one can be quicker than starting again. See \"Does a community already exist?\".\n\
2. **Factor b** (Not yet, 0%): step b not yet.\n\
\x20\x20\x20Read more: [Help](https://intranet.example.ac.uk/cop/toolkit?s=success-factors)\n\
3. **Factor c** (Partly, 33%): step c partly.\n\
\x20\x20\x20Read more: [Help](https://intranet.example.ac.uk/cop/toolkit?s=success-factors)\n\
\n\
## Does a community already exist?\n\
\n\
{total} communities in the directory match \"events, conferences and venues\". Check them before starting a new one:\n\
\n\
{listed}\
\n\
## Strengths\n\
\n\
- **Factor a** (In place, 100%)\n\
\n\
## Not answered yet (3 of 6)\n\
\n\
These are left out of the scores rather than counted as \"not yet\".\n\
\n\
- One: Statement a2\n\
- Two: Statement c2\n\
- Two: Statement c3\n\
\n\
## All factors\n\
\n\
| Factor | Level | Score | Answered |\n\
|---|---|---|---|\n\
| Factor a | In place | 100% | 1 of 2 |\n\
| Factor b | Not yet | 0% | 1 of 1 |\n\
| Factor c | Partly | 33% | 1 of 3 |\n\
\n\
## Your answers\n\
\n\
### One\n\
\n\
- **In place**: Statement a1\n\
- **Not yet**: Statement b1\n\
\x20\x20Note:\n\
\x20\x20> Ask the Head of Events.\n\
\x20\x20> Maybe Priya?\n\
- *Not answered*: Statement a2\n\
\n\
### Two\n\
\n\
- **Partly**: Statement c1\n\
- *Not answered*: Statement c2\n\
\x20\x20Note:\n\
\x20\x20> Not sure yet\n\
- *Not answered*: Statement c3\n\
\n\
## Sources\n\
\n\
- T. P.\n",
        shown = found.shown.len(),
        total = found.total,
    );
    assert_eq!(plan, expected);
    // Within each line (past its indent and before a hard line break).
    for line in plan.lines().map(|line| line.trim()) {
        for doubled in ["..", " .", ".:", "?.", ". (", " ,", "  "] {
            assert!(!line.contains(doubled), "{doubled:?} in {line:?}");
        }
    }
}

#[test]
fn without_matches_the_gaps_are_the_first_next_steps() {
    let mut answers = example();
    answers.set_domain("xylophones");
    let plan = plan_for(&answers, Some(&directory()));
    assert!(
        plan.contains("## Next steps\n\n1. **Factor b** (Not yet, 0%): step b not yet.\n"),
        "{plan}"
    );
    assert!(plan.contains("No community in the directory matches \"xylophones\".\n"));
    assert!(!plan.contains("Talk to"));
}

#[test]
fn next_steps_put_the_communities_found_first() {
    let content = small();
    let outcome = score(&content, &example());
    let found = |shown: Vec<usize>| Matches {
        words: "events".into(),
        total: shown.len() + 10,
        // Partial matches are never offered as people to talk to.
        partial: 5,
        shown,
    };
    assert_eq!(
        plan_steps(&outcome, Some(&found(vec![4, 2, 7]))),
        [
            PlanStep::TalkToExisting(3),
            PlanStep::Gap(1),
            PlanStep::Gap(2)
        ]
    );
    assert_eq!(
        plan_steps(&outcome, Some(&found(vec![]))),
        [PlanStep::Gap(1), PlanStep::Gap(2)]
    );
    assert_eq!(
        plan_steps(&outcome, None),
        [PlanStep::Gap(1), PlanStep::Gap(2)]
    );
    assert_eq!(talk_first(3), "Talk to these 3 communities first");
    assert_eq!(talk_first(1), "Talk to this community first");
    assert!(talk_first_why(1).starts_with("It may already cover your domain"));
    assert!(talk_first_why(3).starts_with("They may already cover your domain"));
    let nothing = score(&content, &AssessmentAnswers::default());
    assert_eq!(
        plan_steps(&nothing, Some(&found(vec![1]))),
        [PlanStep::TalkToExisting(1)]
    );
}

#[test]
fn sentences_end_with_one_full_stop() {
    use super::super::document::sentence;
    assert_eq!(sentence("Plan it"), "Plan it.");
    assert_eq!(sentence(" Plan it. "), "Plan it.");
    assert_eq!(sentence("Plan it .."), "Plan it.");
    assert_eq!(sentence("How do they work?"), "How do they work?");
    assert_eq!(sentence("He said \"go.\""), "He said \"go.\"");
    assert_eq!(sentence("A plan (draft)"), "A plan (draft).");
    assert_eq!(sentence(""), ".");
}

#[test]
fn the_word_document_is_rtf_with_the_same_plan() {
    let directory = directory();
    let rtf = plan_rtf_for(&example(), Some(&directory));
    assert!(rtf.starts_with("{\\rtf1\\ansi"), "{rtf}");
    assert!(rtf.ends_with("}"));
    let expect = [
        "{\\pard\\keepn\\sb240\\sa120\\b\\fs36 Starting Events *people* [UK]: readiness and next steps\\par}\n",
        "{\\pard\\sa120 {\\b Domain:} events, conferences and venues\\line {\\b Readiness:} Band some (44%), based on 3 of 6 statements (provisional: some statements are not answered yet).\\par}\n",
        "{\\pard\\sa120 Open these answers again: {\\field{\\*\\fldinst{HYPERLINK \"https://intranet.example.ac.uk/cop/assess?r=1.abc\"}}{\\fldrslt{\\ul\\cf1 https://intranet.example.ac.uk/cop/assess?r=1.abc}}}\\par}\n",
        "{\\pard\\li360\\fi-360\\sa60 2.\\tab {\\b Factor b} (Not yet, 0%): step b not yet.\\par}\n{\\pard\\li360\\sa60 Read more: {\\field{\\*\\fldinst{HYPERLINK \"https://intranet.example.ac.uk/cop/toolkit?s=success-factors\"}}{\\fldrslt{\\ul\\cf1 Help}}}\\par}\n",
        "{\\pard\\li360\\fi-360\\sa60 1.\\tab {\\b Talk to these ",
        "\\trowd\\trgaph108\\cellx4200\\cellx5700\\cellx7200\\cellx8700\\pard\\intbl\\b Factor\\cell Level\\cell Score\\cell Answered\\cell\\b0\\row\n",
        "\\pard\\intbl Factor b\\cell Not yet\\cell 0%\\cell 1 of 1\\cell\\b0\\row\n",
        "{\\pard\\li360\\fi-360\\sa60 \\bullet\\tab {\\b Not yet}: Statement b1\\par}\n{\\pard\\li360\\sa60 Note:\\par}\n{\\pard\\li720\\sa60\\i Ask the Head of Events.\\par}\n{\\pard\\li720\\sa60\\i Maybe Priya?\\par}\n",
    ];
    for text in expect {
        assert!(rtf.contains(text), "missing {text:?} in:\n{rtf}");
    }
}

#[test]
fn rtf_text_is_escaped() {
    let escaped = |text: &str| {
        let mut out = String::new();
        rtf_escape(text, &mut out);
        out
    };
    assert_eq!(escaped("a\\b {c}"), "a\\\\b \\{c\\}");
    assert_eq!(
        escaped("Événements “à” 100 €"),
        "\\u201?v\\u233?nements \\u8220?\\u224?\\u8221? 100 \\u8364?"
    );
    assert_eq!(escaped("line\n\n  two\tthree"), "line two three");
    // Beyond the Basic Multilingual Plane: a surrogate pair, as signed numbers.
    assert_eq!(escaped("🎉"), "\\u-10180?\\u-8311?");
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

/// The real content's sentences end in full stops and its source titles in
/// question marks: joined into the plan, none is doubled or followed by
/// stray punctuation.
#[test]
fn the_sample_plan_has_tidy_punctuation() {
    let content = sample();
    let mut answers = AssessmentAnswers::default();
    for (n, (_, statement)) in content.statements().enumerate() {
        if n % 4 != 3 {
            answers.set_level(&statement.id, Some(Level::from_points(n as u32 % 4)));
        }
    }
    answers.set_domain("event planning and venues");
    let outcome = score(&content, &answers);
    let directory = directory();
    let plan = action_plan(&ActionPlan {
        content: &content,
        answers: &answers,
        outcome: &outcome,
        directory: Some(&directory),
        date: None,
        app_url: None,
        share_url: None,
    });
    for line in plan.lines().map(|line| line.trim()) {
        for doubled in ["..", " .", ".:", "?.", ". (", " ,", "  ", ". ."] {
            assert!(!line.contains(doubled), "{doubled:?} in {line:?}");
        }
    }
    assert!(plan.contains("- Critical success factors for communities of practice (ODHE research, 2021), in UofG Communities of Practice Toolkit: What are CoPs and how do they work? University of Glasgow, Organisational Development, 2021.\n"), "{plan}");
    assert!(plan.contains("- **Not yet**: You can say in one or two sentences what the community is for and what it hopes to achieve.\n"), "{plan}");
}

#[test]
fn one_match_is_named_in_the_singular() {
    let mut answers = example();
    answers.set_domain("event planning and venues");
    let plan = plan_for(&answers, Some(&directory()));
    assert!(
        plan.contains(
            "1. **Talk to this community first**: It may already cover your domain: joining or working with it can be quicker than starting again. See \"Does a community already exist?\".\n"
        ),
        "{plan}"
    );
    assert!(
        plan.contains(
            "1 community in the directory matches \"event planning and venues\". Check it before starting a new one:\n"
        ),
        "{plan}"
    );
}
