use super::*;
use crate::content::load;
use crate::guide::{GuideAnswers, score};

const SAMPLE: &str = include_str!("../../../../../public/data/guide.json");

fn sample() -> GuideFile {
    load::<GuideFile>(SAMPLE.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

/// Answers given by question and option ids; other questions skipped.
fn answers(guide: &GuideFile, given: &[(&str, &str)]) -> GuideAnswers {
    let mut answers = GuideAnswers::none(guide.questions.len());
    for (question, option) in given {
        let q = guide.question_index(question).unwrap();
        let o = guide.questions[q]
            .options
            .iter()
            .position(|o| o.id == *option)
            .unwrap_or_else(|| panic!("{question}: {option}"));
        answers = answers.with(q, Some(o));
    }
    answers
}

fn decide(guide: &GuideFile, given: &[(&str, &str)]) -> Decision {
    Decision::of(&score(guide, &answers(guide, given)))
}

fn form(guide: &GuideFile, id: &str) -> usize {
    guide.form_index(id).unwrap()
}

fn shorts(guide: &GuideFile, list: &[Answer]) -> Vec<String> {
    list.iter().map(|a| a.in_short(guide).to_string()).collect()
}

/// The lunch-time talk series, commissioned by a line manager, as
/// part of people's jobs: a talk series, not a community or a network.
#[test]
fn a_lunch_time_talk_series_is_not_a_group() {
    let guide = sample();
    let decision = decide(
        &guide,
        &[
            ("purpose", "learn"),
            ("who", "many-roles"),
            ("joining", "self"),
            ("together", "talks"),
            ("deliverable", "nothing"),
            ("steering", "line-manager"),
            ("motivation", "job"),
            ("duration", "interest"),
        ],
    );
    assert_eq!(decision.verdict, Verdict::NotAGroup { outcome: 0 });
    assert_eq!(
        decision.headline(&guide),
        "This sounds like a talk or learning series, not a group"
    );
    assert_eq!(
        shorts(&guide, &decision.reasons),
        [
            "people mostly come to listen to talks",
            "it helps people who do similar work learn from each other",
            "it is about contacts and information, not making things",
        ]
    );
    // Every answer that does not point to a talk series is named, by where it points.
    let elsewhere: Vec<(Vec<usize>, Vec<String>)> = decision
        .elsewhere
        .iter()
        .map(|group| (group.forms.clone(), shorts(&guide, &group.answers)))
        .collect();
    assert_eq!(
        elsewhere,
        [
            (
                vec![form(&guide, "community-of-practice")],
                vec![
                    "people choose to join".to_string(),
                    "it lasts as long as members find it worthwhile".to_string()
                ]
            ),
            (
                vec![form(&guide, "informal-network")],
                vec!["its members come from many roles, drawn by a shared interest".to_string()]
            ),
            (
                vec![form(&guide, "formal-work-group")],
                vec!["it is part of people's jobs".to_string()]
            ),
        ]
    );
    assert_eq!(
        decision.reason_sentences(&guide)[0],
        "People mostly come to listen to talks."
    );
    assert_eq!(
        decision.summary(&guide).unwrap(),
        "People choose to join and it lasts as long as members find it worthwhile, so in these respects it behaves like a community of practice, not like a talk or learning series."
    );
}

/// A mixed result names the close forms together, and says in one sentence
/// what the answers pointing to neither add up to.
#[test]
fn a_close_result_names_both_forms_and_what_pulls_elsewhere() {
    let guide = sample();
    let given = [
        ("purpose", "inform"),
        ("who", "mixed-skills"),
        ("joining", "self"),
        ("together", "keep-in-touch"),
        ("deliverable", "chosen"),
        ("steering", "line-manager"),
        ("motivation", "job"),
        ("duration", "interest"),
    ];
    let decision = decide(&guide, &given);
    let (cop, network) = (
        form(&guide, "community-of-practice"),
        form(&guide, "informal-network"),
    );
    // Equal fits (11 of 24 points each, 46%) keep the file's order.
    assert_eq!(
        decision.verdict,
        Verdict::Close {
            forms: vec![cop, network]
        }
    );
    assert_eq!(
        decision.headline(&guide),
        "Close between a community of practice and an informal network"
    );
    let result = score(&guide, &answers(&guide, &given));
    assert_eq!(
        decision.lead(&guide, &result),
        "Your answers fit a community of practice (46%) and an informal network (46%) almost equally well, so the guide does not pick one for you: what pulls each way is below."
    );
    assert_eq!(
        decision.elsewhere[0].describe(&guide),
        (
            "Towards a formal work group:".to_string(),
            "a line manager steers it; it is part of people's jobs.".to_string()
        )
    );
    assert_eq!(
        decision.summary(&guide).unwrap(),
        "A line manager steers it and it is part of people's jobs, so in these respects it behaves like a formal work group, not like a community of practice or an informal network."
    );
    assert_eq!(
        shorts(&guide, &decision.elsewhere[1].answers),
        ["its members bring different skills to one piece of work"]
    );
    assert_eq!(decision.elsewhere[1].forms, [form(&guide, "project-team")]);
    assert!(decision.reasons.len() <= MAX_REASONS);
}

/// Answering as a typical group of a form would gives that form, plainly,
/// with three reasons and nothing pulling elsewhere.
#[test]
fn typical_answers_give_their_form_with_three_reasons() {
    let guide = sample();
    for (index, expected) in guide.forms.iter().enumerate() {
        let decision = Decision::of(&score(&guide, &guide.typical_answers(index)));
        assert_eq!(
            decision.verdict,
            Verdict::Form { form: index },
            "{}",
            expected.id
        );
        assert_eq!(decision.reasons.len(), MAX_REASONS, "{}", expected.id);
        assert!(decision.elsewhere.is_empty(), "{}", expected.id);
        assert_eq!(decision.summary(&guide), None);
        assert_eq!(
            decision.headline(&guide),
            format!("Your best fit: {}", expected.phrase)
        );
        let result = score(&guide, &guide.typical_answers(index));
        let lead = decision.lead(&guide, &result);
        assert!(
            lead.starts_with(&format!(
                "Your answers fit {} best, at 100%; next comes ",
                expected.phrase
            )) && lead.ends_with(" percentage points behind."),
            "{lead}"
        );
    }
}

/// Each outcome is the verdict for its typical answer alone, and an answer
/// that only leans towards one (side points) never makes it the verdict.
#[test]
fn an_outcome_needs_an_answer_typical_of_it() {
    let guide = sample();
    for (option, outcome) in [("talks", 0), ("one-event", 1), ("updates", 2)] {
        let decision = decide(&guide, &[("together", option)]);
        assert_eq!(decision.verdict, Verdict::NotAGroup { outcome }, "{option}");
    }
    // "Keeping people informed" gives the mailing list side points only.
    let decision = decide(&guide, &[("purpose", "inform"), ("deliverable", "nothing")]);
    assert_eq!(
        decision.verdict,
        Verdict::Form {
            form: form(&guide, "informal-network")
        }
    );
    // A community of practice that hosts talks is still one.
    let decision = decide(
        &guide,
        &[
            ("purpose", "learn"),
            ("who", "same-work"),
            ("joining", "self"),
            ("together", "talks"),
            ("deliverable", "chosen"),
            ("steering", "members"),
            ("motivation", "passion"),
            ("duration", "interest"),
        ],
    );
    assert_eq!(
        decision.verdict,
        Verdict::Form {
            form: form(&guide, "community-of-practice")
        }
    );
}

#[test]
fn no_answers_decide_nothing() {
    let guide = sample();
    let decision = decide(&guide, &[]);
    assert_eq!(decision.verdict, Verdict::Unanswered);
    assert!(decision.reasons.is_empty() && decision.elsewhere.is_empty());
    assert_eq!(decision.summary(&guide), None);
}

#[test]
fn lists_are_joined_as_in_a_sentence() {
    assert_eq!(join(&[], " and "), "");
    assert_eq!(join(&["a"], " and "), "a");
    assert_eq!(join(&["a", "b"], " and "), "a and b");
    assert_eq!(join(&["a", "b", "c"], " or "), "a, b or c");
}
