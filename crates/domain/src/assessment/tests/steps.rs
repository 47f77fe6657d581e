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
        Step::resume(&content, &Answers::default()),
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
