use super::*;

#[test]
fn steps_have_url_names_and_an_order() {
    let content = small();
    assert_eq!(Step::parse(&content, None), Ok(Step::Intro));
    assert_eq!(Step::parse(&content, Some("")), Ok(Step::Intro));
    assert_eq!(
        Step::parse(&content, Some("community")),
        Ok(Step::Community)
    );
    assert_eq!(Step::parse(&content, Some("two")), Ok(Step::Section(1)));
    assert_eq!(Step::parse(&content, Some("result")), Ok(Step::Result));
    assert_eq!(Step::parse(&content, Some("gone")), Err("gone".to_string()));

    let all = Step::all(&content);
    assert_eq!(
        all,
        [
            Step::Community,
            Step::Section(0),
            Step::Section(1),
            Step::Result
        ]
    );
    for step in &all {
        assert_eq!(
            Step::parse(&content, step.param(&content).as_deref()),
            Ok(*step)
        );
    }
    assert_eq!(Step::Intro.param(&content), None);
    assert_eq!(Step::Section(0).number(&content), Some(2));
    assert_eq!(Step::Intro.number(&content), None);

    let mut walked = vec![Step::Intro];
    while let Some(next) = walked.last().and_then(|step| step.next(&content)) {
        walked.push(next);
    }
    assert_eq!(walked.len(), 5);
    let mut back = vec![Step::Result];
    while let Some(previous) = back.last().and_then(|step| step.previous(&content)) {
        back.push(previous);
    }
    back.reverse();
    assert_eq!(back, walked);
}

#[test]
fn resume_goes_to_the_first_section_with_a_gap() {
    let content = small();
    assert_eq!(
        Step::resume(&content, &AssessmentAnswers::default()),
        Step::Section(0)
    );
    let first = answers(&[
        ("a1", Level::Partly),
        ("a2", Level::Partly),
        ("b1", Level::NotYet),
    ]);
    assert_eq!(Step::resume(&content, &first), Step::Section(1));
    let mut all = first.clone();
    for id in ["c1", "c2", "c3"] {
        all.set_level(id, Some(Level::InPlace));
    }
    assert_eq!(Step::resume(&content, &all), Step::Result);
}

#[test]
fn the_url_holds_the_step_and_a_share_code() {
    use crate::url::QueryString;
    use crate::url_state::UrlState;

    let content = small();
    let read = |query: &str| AssessState::read(&QueryString::parse(query), &content);
    assert_eq!(read("").state, AssessState::at(Step::Intro));
    assert_eq!(read("?step=two").state, AssessState::at(Step::Section(1)));
    assert_eq!(
        read("?step=result&r=1.abc").state.share_code.as_deref(),
        Some("1.abc")
    );
    let unknown = read("?step=gone&embed=1");
    assert_eq!(unknown.state, AssessState::at(Step::Intro));
    assert_eq!(
        unknown.notices,
        ["There is no step called \"gone\" in this assessment, so it starts from the beginning."]
    );
    assert!(read("?step=two").notices.is_empty());

    // Links: the intro has no `step`; a share link is the code alone.
    assert_eq!(AssessState::at(Step::Intro).path(&content), "/assess");
    assert_eq!(
        AssessState::at(Step::Section(0)).path(&content),
        "/assess?step=one"
    );
    assert_eq!(
        AssessState::sharing("1.abc").path(&content),
        "/assess#r=1.abc"
    );
    // Sharing from an embedded view keeps embed mode in the query.
    assert_eq!(
        AssessState::sharing("1.abc").path_from(&content, &QueryString::parse("?embed=1")),
        "/assess?embed=1#r=1.abc"
    );
    // Moving to a step drops the share code and keeps other parameters where they were.
    let from = QueryString::parse("?r=1.abc&embed=1");
    assert_eq!(
        AssessState::at(Step::Result).path_from(&content, &from),
        "/assess?embed=1&step=result"
    );
    let from = QueryString::parse("?step=one&r=1.abc&embed=1");
    assert_eq!(
        AssessState::at(Step::Intro).path_from(&content, &from),
        "/assess?embed=1"
    );
    assert_eq!(
        AssessState::at(Step::Section(1)).path_from(&content, &from),
        "/assess?step=two&embed=1"
    );
    for step in Step::all(&content) {
        let path = AssessState::at(step).path(&content);
        let query = path.trim_start_matches("/assess");
        assert_eq!(
            read(query),
            crate::url_state::Read::clean(AssessState::at(step))
        );
    }
}
