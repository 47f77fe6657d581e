use super::*;
use crate::content::load;
use crate::guide::{GuideAnswers, GuideFile, Shape};

fn sample() -> GuideFile {
    load::<GuideFile>(include_bytes!("../../../../../public/data/guide.json"))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn read(query: &str) -> Read<GuideState> {
    GuideState::read(&QueryString::parse(query), &sample())
}

fn state(query: &str) -> GuideState {
    read(query).state
}

/// The notice a link gets, as shown.
fn notice(query: &str) -> Option<String> {
    let notices = read(query).notices;
    assert!(notices.len() <= 1, "one notice at most: {notices:?}");
    notices.into_iter().next()
}

fn message(notice: Notice) -> Option<String> {
    Some(notice.message().to_string())
}

#[test]
fn urls_name_every_step() {
    let guide = sample();
    assert_eq!(state("").step, Step::Start);
    assert_eq!(state("?view=compare").step, Step::Compare);
    assert_eq!(state("?question=joining").step, Step::Question(2));
    assert_eq!(state("?view=about").step, Step::About);
    assert_eq!(state("?view=nonsense").step, Step::Start);

    let answers = GuideAnswers::none(guide.questions.len()).with(0, Some(1));
    let a = answers.encode(&Shape::of(&guide));
    let query = format!("?a={a}&about=%20Procurement%20%20data%20");
    let result = state(&query);
    assert_eq!(result.step, Step::Result);
    assert_eq!(result.answers, answers);
    assert_eq!(result.about, "Procurement data");
    assert_eq!(notice(&query), None);
    assert_eq!(
        result.at(Step::Question(2)).path(&guide),
        format!("/guide?question=joining&a={a}#about=Procurement%20data")
    );
    assert_eq!(
        result.changing(Step::Question(0)).path(&guide),
        format!("/guide?question=purpose&a={a}&return=result#about=Procurement%20data")
    );
    assert_eq!(result.at(Step::Start).path(&guide), "/guide");
    assert_eq!(result.at(Step::Compare).path(&guide), "/guide?view=compare");
    assert_eq!(
        result.path(&guide),
        format!("/guide?a={a}#about=Procurement%20data")
    );
    // Every step's link reads back as that step, with the same answers.
    for step in [Step::Compare, Step::Question(3), Step::About, Step::Result] {
        let mut query = QueryString::default();
        result.at(step).write(&guide, &mut query);
        let back = GuideState::read(&query, &guide);
        assert!(back.notices.is_empty());
        assert_eq!(back.state.step, step);
        if step != Step::Compare {
            assert_eq!(back.state, result.at(step));
        }
    }
}

/// The guide writes its own parameters first and keeps the others (embed
/// mode, anything a host added) after them, in their order: the URLs it has
/// always written.
#[test]
fn writing_replaces_the_guides_parameters_and_keeps_the_others() {
    let guide = sample();
    let answers = GuideAnswers::none(guide.questions.len()).with(0, Some(1));
    let a = answers.encode(&Shape::of(&guide));
    let from = QueryString::parse(&format!(
        "?embed=1&view=about&a={a}&x=y&about=old&return=result"
    ));
    let changing = GuideState {
        step: Step::Question(2),
        answers,
        about: "new words".into(),
        returning: true,
    };
    assert_eq!(
        changing.path_from(&guide, &from),
        format!("/guide?question=joining&a={a}&return=result&embed=1&x=y#about=new%20words")
    );
    assert_eq!(
        changing.at(Step::Result).path_from(&guide, &from),
        format!("/guide?a={a}&embed=1&x=y#about=new%20words")
    );
    assert_eq!(
        GuideState::new(&guide).path_from(&guide, &from),
        "/guide?embed=1&x=y"
    );
    assert_eq!(
        GuideState::new(&guide)
            .at(Step::Question(0))
            .path_from(&guide, &QueryString::parse("?embed=1")),
        "/guide?question=purpose&embed=1"
    );
}

#[test]
fn bad_links_fall_back_with_a_notice() {
    assert_eq!(state("?a=zz").step, Step::Start);
    assert_eq!(notice("?a=zz"), message(Notice::Malformed));
    let outdated = "?a=abc123.0101&question=who";
    assert_eq!(state(outdated).step, Step::Question(1));
    assert_eq!(notice(outdated), message(Notice::Outdated));
    assert!(state(outdated).answers.is_empty());
    assert_eq!(state("?question=gone").step, Step::Start);
    assert_eq!(notice("?question=gone"), message(Notice::UnknownQuestion));
    let answers = GuideAnswers::none(8)
        .with(0, Some(1))
        .encode(&Shape::of(&sample()));
    let kept = format!("?question=gone&a={answers}");
    assert_eq!(
        (
            state(&kept).step,
            notice(&kept),
            state(&kept).answers.answered()
        ),
        (Step::Result, message(Notice::UnknownQuestion), 1),
        "good answers survive a bad question id"
    );
    assert_eq!(
        notice("?a=zz&question=gone"),
        message(Notice::Malformed),
        "the first reason is the one given"
    );
    assert!(Notice::Outdated.message().contains("earlier version"));
    assert_eq!(notice("?a="), None, "an empty value is no answers");
}

#[test]
fn continue_and_back_follow_the_questions_or_return_to_the_result() {
    let guide = sample();
    let last = guide.questions.len() - 1;
    let at = |query: &str| state(query);
    assert_eq!(at("").next(&guide), Step::Question(0));
    assert_eq!(at("?question=purpose").previous(&guide), Step::Start);
    assert_eq!(at("?question=purpose").next(&guide), Step::Question(1));
    let last_id = &guide.questions[last].id;
    assert_eq!(
        at(&format!("?question={last_id}")).next(&guide),
        Step::About
    );
    assert_eq!(at("?view=about").previous(&guide), Step::Question(last));
    assert_eq!(at("?view=about").next(&guide), Step::Result);
    let changing = at("?question=who&return=result");
    assert!(changing.returning);
    assert_eq!(changing.next(&guide), Step::Result);
    assert_eq!(changing.previous(&guide), Step::Result);
    assert!(!at("?return=result").returning, "only questions return");
    assert_eq!(changing.path(&guide), "/guide?question=who&return=result");
    assert_eq!(
        at("?question=joining").progress(&guide).as_deref(),
        Some(format!("Question 3 of {}", guide.questions.len() + 1).as_str())
    );
    // The optional last step counts, on the start page and on the step itself.
    assert_eq!(
        at("?view=about").progress(&guide).as_deref(),
        Some("Question 9 of 9 (optional)")
    );
    assert_eq!(
        GuideState::length(&guide),
        "9 questions, the last optional · about 3 minutes"
    );
}

#[test]
fn about_words_are_tidied_and_capped() {
    assert_eq!(clean_about("  a\tb \n c  "), "a b c");
    let long = "word ".repeat(40);
    let kept = clean_about(&long);
    assert!(kept.chars().count() <= MAX_ABOUT_CHARS);
    assert!(!kept.ends_with(' '));
}
