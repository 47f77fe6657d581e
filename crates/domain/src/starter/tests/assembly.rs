use super::*;

/// Answers to everything, with a name, a domain and every note `notes` reads.
fn full(files: &Files) -> AssessmentAnswers {
    let mut answers = files.all_at(Level::Partly);
    answers.set_level("role-sponsor", Some(Level::InPlace));
    answers.set_level("role-leads", Some(Level::Mostly));
    answers.set_level("role-core-group", Some(Level::Partly));
    answers.set_name("Events people");
    answers.set_domain("events, conferences and venues");
    for note in &files.starter.notes {
        answers.set_note(&note.statement, &format!("Note for {}", note.name));
    }
    answers
}

fn guide() -> Option<GuideContext> {
    Some(GuideContext {
        result: "Community of practice".into(),
        words: "running events across the university".into(),
    })
}

fn all_text(documents: &[Document]) -> String {
    documents
        .iter()
        .flat_map(|document| texts(document))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_sample_makes_a_charter_a_sponsor_brief_and_an_agenda() {
    let files = files();
    let documents = files.documents(&full(&files), 1, guide());
    let ids: Vec<&str> = documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        ["community-charter", "sponsor-brief", "first-meeting-agenda"]
    );
    let titles: Vec<&str> = documents.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Community charter (draft): Events people",
            "Sponsor brief: Events people",
            "First meeting agenda: Events people",
        ]
    );
    let charter = &documents[0];
    assert_eq!(
        charter.blocks[0],
        Block::Paragraph(
            "A first draft of the charter for Events people, made on 22 November 2026 from the self-assessment answers of one person. It is a starting point for the founding group to discuss, change and agree with the first members; anything in square brackets is still to be agreed.".into()
        )
    );
    // Each document ends with its sources.
    for document in &documents {
        let n = document.blocks.len();
        assert_eq!(document.blocks[n - 2], Block::Heading("Sources".into()));
        assert!(matches!(&document.blocks[n - 1], Block::List(items) if !items.is_empty()));
    }
}

#[test]
fn every_placeholder_is_filled_from_the_answers_and_the_guide() {
    let files = files();
    let answers = full(&files);
    let documents = files.documents(&answers, 1, guide());
    let text = all_text(&documents);
    assert!(!text.contains(['{', '}']), "{text}");
    let outcome = score(&files.assessment, &answers);
    let overall = outcome.overall.unwrap();
    let band = &files.assessment.bands[overall.band].label;
    for expected in [
        "Events people".to_string(),
        "events, conferences and venues".to_string(),
        "one person".to_string(),
        "22 November 2026".to_string(),
        format!(
            "{band}, {}% (from {total} of {total} statements answered)",
            overall.percent,
            total = outcome.total
        ),
        "The guide “Which kind of group fits?” suggested: Community of practice.".to_string(),
        "In the words given to the guide: running events across the university".to_string(),
        "Note for purpose".to_string(),
        "Note for who_for".to_string(),
        "Note for cadence".to_string(),
        "Note for strategy".to_string(),
        "Note for benefits".to_string(),
    ] {
        assert!(text.contains(&expected), "missing {expected:?} in\n{text}");
    }
    // No prompt is needed: every value is there.
    let prompts = &files.starter.prompts;
    for prompt in [
        &prompts.community,
        &prompts.domain,
        &prompts.people,
        &prompts.readiness,
        &prompts.gaps,
        &prompts.first_90_days,
        &prompts.roles_filled,
        &prompts.roles_open,
        &prompts.sponsor_asks,
        &prompts.guide_result,
        &prompts.guide_words,
    ] {
        assert!(!text.contains(prompt.as_str()), "{prompt} shown");
    }
    for note in &files.starter.notes {
        assert!(!text.contains(&note.prompt), "{} shown", note.prompt);
    }
}

#[test]
fn gaps_become_the_first_90_days_one_period_each() {
    let files = files();
    let answers = files.all_at(Level::NotYet);
    let documents = files.documents(&answers, 1, None);
    let factor = |index: usize| &files.assessment.factors[index];
    // All at "not yet": the gaps are the first three factors, in data order.
    let expected: Vec<String> = ["Days 1 to 30", "Days 31 to 60", "Days 61 to 90"]
        .iter()
        .enumerate()
        .map(|(index, period)| {
            format!(
                "{period}, {}: {}",
                factor(index).name,
                factor(index).next_steps.not_yet
            )
        })
        .collect();
    assert_eq!(
        expected[0],
        "Days 1 to 30, Executive sponsorship: List two or three senior leaders whose remit touches your domain. Ask one for a short conversation: explain the idea, what a sponsor does and does not do, and the small commitment you are asking for."
    );
    let charter = &documents[0];
    let at = charter
        .blocks
        .iter()
        .position(|b| *b == Block::Heading("The first 90 days".into()))
        .unwrap();
    assert_eq!(charter.blocks[at + 3], Block::List(expected));
    let gaps: Vec<String> = (0..3)
        .map(|index| {
            format!(
                "{} (Not yet): {}",
                factor(index).name,
                factor(index).next_steps.not_yet
            )
        })
        .collect();
    assert!(documents[1].blocks.contains(&Block::List(gaps)));
    // Nothing is a strength: the prompt stands in.
    assert!(documents[1].blocks.contains(&Block::List(vec![
        "[to agree: what is already in place]".into()
    ])));
}

#[test]
fn roles_are_filled_from_mostly_upwards_and_named_from_the_roles_file() {
    let files = files();
    let mut answers = AssessmentAnswers::default();
    answers.set_level("role-sponsor", Some(Level::Mostly));
    answers.set_level("role-leads", Some(Level::Partly));
    let documents = files.documents(&answers, 1, None);
    let role = |id: &str| {
        let role = &files.roles.roles[files.roles.role_index(id).unwrap()];
        format!("{}: {}", role.name, role.summary)
    };
    assert_eq!(
        role("sponsor"),
        "Sponsor: A senior colleague who champions the community and connects it to the organisation's strategy, without directing its work."
    );
    let brief = &documents[1];
    let at = brief
        .blocks
        .iter()
        .position(|b| *b == Block::Paragraph("Filled so far:".into()))
        .unwrap();
    assert_eq!(brief.blocks[at + 1], Block::List(vec![role("sponsor")]));
    assert_eq!(
        brief.blocks[at + 3],
        Block::List(vec![role("community-lead"), role("activity-lead")])
    );
}

#[test]
fn the_sponsor_asks_come_from_the_sponsor_role_without_citations() {
    let files = files();
    let documents = files.documents(&AssessmentAnswers::default(), 1, None);
    let asks = vec![
        "Purpose: Connects the community, and the benefits it brings, to the university's strategic objectives.".to_string(),
        "Delivering objectives: Works with the community leads to support the project and activity leads, and any other roles the community identifies.".into(),
        "Celebrating impact: Advocates for the community's acceptance and recognition, and promotes its successes.".into(),
        "Reviewing & renewing: Measures and evaluates what the community contributes to the university's objectives.".into(),
        "Resources: Allocates budget and resources for the community.".into(),
    ];
    assert!(documents[1].blocks.contains(&Block::List(asks)));
}

#[test]
fn missing_values_show_the_prompts_and_guide_only_parts_are_left_out() {
    let files = files();
    let documents = files.documents(&AssessmentAnswers::default(), 1, None);
    let charter = &documents[0];
    assert_eq!(
        charter.title,
        "Community charter (draft): [to agree: the community's name]"
    );
    let text = all_text(&documents);
    for prompt in [
        "[to agree: what the community is about, in a sentence]",
        "Readiness today: [not known yet: answer the self-assessment to see it].",
        "[to agree: what the community is for and what it hopes to achieve, in one or two sentences]",
        "How often we meet: [to agree: how often you meet, in person or online, and how members hear from you between meetings]",
    ] {
        assert!(text.contains(prompt), "missing {prompt:?}");
    }
    assert!(!text.contains("guide “Which kind of group fits?” suggested"));
    assert!(!text.contains("In the words given to the guide"));
    // Unanswered roles are open; none is filled.
    assert!(charter.blocks.contains(&Block::List(vec![
        "[none confirmed yet: to agree who takes on each role]".into()
    ])));
    // A guide result without words: the result is shown, the words' parts are left out.
    let documents = files.documents(
        &AssessmentAnswers::default(),
        1,
        Some(GuideContext {
            result: "Project team".into(),
            words: String::new(),
        }),
    );
    let text = all_text(&documents);
    assert!(text.contains("The guide “Which kind of group fits?” suggested: Project team."));
    assert!(!text.contains("In the words given to the guide"));
    assert!(!text.contains("[to agree: what the group would be about]"));
}

#[test]
fn a_group_of_three_is_worded_as_people_and_one_as_a_person() {
    let files = files();
    let answers = full(&files);
    let intro = |people: usize| match &files.documents(&answers, people, None)[2].blocks[0] {
        Block::Paragraph(text) => text.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        intro(3),
        "A suggested agenda for the first meeting of the founding group of Events people, drafted on 22 November 2026 from the self-assessment answers of 3 people. Change the order to suit; anything in square brackets is still to be agreed."
    );
    assert!(intro(1).contains("from the self-assessment answers of one person."));
    assert!(
        intro(0)
            .contains("from the self-assessment answers of [to agree: whose answers these are].")
    );
}

#[test]
fn what_people_type_is_kept_as_typed_never_filled_again() {
    let files = files();
    let mut answers = AssessmentAnswers::default();
    answers.set_name("{domain} *crew*");
    answers.set_domain("{gaps}");
    let documents = files.documents(&answers, 1, None);
    assert_eq!(documents[1].title, "Sponsor brief: {domain} *crew*");
    assert!(
        documents[1]
            .blocks
            .contains(&Block::Paragraph("What it is about: {gaps}".into()))
    );
}

#[test]
fn markdown_escapes_what_people_typed() {
    let files = files();
    let mut answers = AssessmentAnswers::default();
    answers.set_name("Events *people* [UK] #1");
    answers.set_note(
        "purpose-statement",
        "- share <b>tips</b> & tricks_2\n1. meet",
    );
    let documents = files.documents(&answers, 2, None);
    let markdown = to_markdown(&documents[0]);
    assert!(
        markdown.starts_with("# Community charter (draft): Events \\*people\\* \\[UK\\] \\#1\n\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("\n## Purpose\n\n\\- share \\<b\\>tips\\</b\\> \\& tricks\\_2 1. meet\n"),
        "{markdown}"
    );
}

#[test]
fn markdown_has_a_title_headings_paragraphs_and_lists() {
    let document = Document {
        id: "community-charter".into(),
        title: "Charter".into(),
        blocks: vec![
            Block::Paragraph("Intro & more.".into()),
            Block::Heading("2. Roles".into()),
            Block::List(vec!["+ one".into(), "12) two".into(), "three".into()]),
            Block::List(vec!["four".into()]),
            Block::List(vec!["five".into()]),
            Block::Paragraph("---".into()),
            Block::List(vec!["six".into()]),
        ],
    };
    // Lists in a row alternate their bullets, so Markdown keeps them apart.
    assert_eq!(
        to_markdown(&document),
        "# Charter\n\nIntro \\& more.\n\n## 2\\. Roles\n\n- \\+ one\n- 12\\) two\n- three\n\n* four\n\n- five\n\n\\---\n\n- six\n"
    );
}

#[test]
fn file_names_are_safe_and_name_community_and_document() {
    let document = |id: &str| Document {
        id: id.into(),
        title: String::new(),
        blocks: Vec::new(),
    };
    let charter = document("community-charter");
    assert_eq!(
        file_name(&charter, "Événements & Conférences / UK"),
        "evenements-conferences-uk-community-charter.md"
    );
    assert_eq!(file_name(&charter, "  "), "community-charter.md");
    assert_eq!(file_name(&charter, "../../etc"), "etc-community-charter.md");
    assert_eq!(file_name(&document("../x"), ""), "x.md");
    let long = file_name(&charter, &"a".repeat(100));
    assert_eq!(long, format!("{}-community-charter.md", "a".repeat(40)));
}
