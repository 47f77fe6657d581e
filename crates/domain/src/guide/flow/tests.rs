use super::*;
use crate::content::load;
use crate::guide::{Answers, GuideFile, Shape};

fn sample() -> GuideFile {
    load::<GuideFile>(include_bytes!("../../../../../public/data/guide.json"))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn view(query: &str) -> View {
    View::read(&QueryString::parse(query), &sample())
}

#[test]
fn urls_name_every_step() {
    let guide = sample();
    assert_eq!(view("").step, Step::Start);
    assert_eq!(view("?view=compare").step, Step::Compare);
    assert_eq!(view("?question=joining").step, Step::Question(2));
    assert_eq!(view("?view=about").step, Step::About);
    assert_eq!(view("?view=nonsense").step, Step::Start);

    let answers = Answers::none(guide.questions.len()).with(0, Some(1));
    let a = answers.encode(&Shape::of(&guide));
    let result = view(&format!("?a={a}&about=%20Procurement%20%20data%20"));
    assert_eq!(result.step, Step::Result);
    assert_eq!(result.answers, answers);
    assert_eq!(result.about, "Procurement data");
    assert_eq!(result.notice, None);
    assert_eq!(
        View::href(&result.query(Step::Question(2), &guide)),
        format!("/guide?question=joining&a={a}&about=Procurement%20data")
    );
    assert_eq!(
        View::href(&result.change_query(Step::Question(0), &guide)),
        format!("/guide?question=purpose&a={a}&about=Procurement%20data&return=result")
    );
    assert_eq!(View::href(&result.query(Step::Start, &guide)), "/guide");
    // Every step's query reads back as that step, with the same answers.
    for step in [Step::Compare, Step::Question(3), Step::About, Step::Result] {
        let back = View::read(&result.query(step, &guide), &guide);
        assert_eq!(back.step, step);
        if step != Step::Compare {
            assert_eq!(
                (back.answers, back.about),
                (answers.clone(), "Procurement data".to_string())
            );
        }
    }
}

#[test]
fn bad_links_fall_back_with_a_notice() {
    let malformed = view("?a=zz");
    assert_eq!(
        (malformed.step, malformed.notice),
        (Step::Start, Some(Notice::Malformed))
    );
    let outdated = view("?a=abc123.0101&question=who");
    assert_eq!(
        (outdated.step, outdated.notice),
        (Step::Question(1), Some(Notice::Outdated))
    );
    assert!(outdated.answers.is_empty());
    let unknown = view("?question=gone");
    assert_eq!(
        (unknown.step, unknown.notice),
        (Step::Start, Some(Notice::UnknownQuestion))
    );
    let answers = Answers::none(8)
        .with(0, Some(1))
        .encode(&Shape::of(&sample()));
    let kept = view(&format!("?question=gone&a={answers}"));
    assert_eq!(
        (kept.step, kept.notice, kept.answers.answered()),
        (Step::Result, Some(Notice::UnknownQuestion), 1),
        "good answers survive a bad question id"
    );
    assert!(Notice::Outdated.message().contains("earlier version"));
    assert_eq!(view("?a=").notice, None, "an empty value is no answers");
}

#[test]
fn continue_and_back_follow_the_questions_or_return_to_the_result() {
    let guide = sample();
    let last = guide.questions.len() - 1;
    let at = |query: &str| view(query);
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
    assert_eq!(
        View::href(&changing.current_query(&guide)),
        "/guide?question=who&return=result"
    );
    assert_eq!(
        at("?question=joining").progress(&guide).as_deref(),
        Some(format!("Question 3 of {}", guide.questions.len()).as_str())
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
