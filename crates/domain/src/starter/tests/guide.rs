use super::*;
use crate::guide::{GuideAnswers, GuideState, Step};
use crate::url_state::UrlState;

const NOT_A_GUIDE_LINK: &str = "This is not a link to the guide's result. Open the guide \"Which kind of group fits?\", answer its questions, then copy the address of the result page (it contains \"/guide?a=\") and paste it here.";
const UNFINISHED: &str = "This guide link is from before the result page, so it has no result yet. Finish the guide's questions, then copy the address of the result page and paste it here.";
const DAMAGED: &str = "The answers in this guide link could not be read: it may have been cut short when it was copied. Copy the whole address of the guide's result page again and paste it here.";
const OUTDATED: &str = "This guide link was made with an earlier version of the guide's questions, so its result cannot be read. Answer the guide again (it takes about two minutes) and paste the new result link.";

/// The app-relative link of the guide at `step` with these answers and words.
fn link(guide: &GuideFile, step: Step, answers: GuideAnswers, about: &str) -> String {
    GuideState {
        step,
        answers,
        about: about.into(),
        returning: false,
    }
    .path(guide)
}

#[test]
fn a_clear_result_gives_the_form_and_the_words() {
    let guide = guide_file();
    let typical = guide.typical_answers(0);
    let path = link(&guide, Step::Result, typical, "events & venues");
    assert!(path.starts_with("/guide?a="), "{path}");
    assert!(path.ends_with("#about=events%20%26%20venues"), "{path}");
    let expected = GuideContext {
        result: "Community of practice".into(),
        words: "events & venues".into(),
    };
    for pasted in [
        format!("https://example.ac.uk/cop{path}"),
        format!("  https://example.ac.uk{path}\n"),
        format!(
            "HTTPS://example.ac.uk/cop/{}",
            path.replacen("/guide", "guide/", 1)
        ),
        format!(
            "https://example.ac.uk/cop{}",
            path.replacen("/guide", "/guide.html", 1)
        ),
        path.clone(),
    ] {
        assert_eq!(
            guide_context(&guide, &pasted),
            Ok(expected.clone()),
            "{pasted}"
        );
    }
    // Without words, the words are empty (and the documents show their prompt).
    let path = link(&guide, Step::Result, guide.typical_answers(2), "");
    assert_eq!(
        guide_context(&guide, &path),
        Ok(GuideContext {
            result: "Project team".into(),
            words: String::new(),
        })
    );
}

#[test]
fn a_close_result_names_both_forms() {
    let guide = guide_file();
    // Find two answers that leave two forms within the guide's threshold.
    let choices: Vec<(usize, usize)> = guide
        .questions
        .iter()
        .enumerate()
        .flat_map(|(question, q)| (0..q.options.len()).map(move |option| (question, option)))
        .collect();
    let none = GuideAnswers::none(guide.questions.len());
    let (answers, contenders) = choices
        .iter()
        .flat_map(|&(q1, o1)| choices.iter().map(move |&(q2, o2)| (q1, o1, q2, o2)))
        .filter(|(q1, _, q2, _)| q1 < q2)
        .find_map(|(q1, o1, q2, o2)| {
            let answers = none.with(q1, Some(o1)).with(q2, Some(o2));
            let result = crate::guide::score(&guide, &answers);
            (result.is_mixed() && result.contenders.len() == 2)
                .then(|| (answers, result.contenders.clone()))
        })
        .expect("two answers of the sample give a mixed result");
    let path = link(&guide, Step::Result, answers, "");
    let context = guide_context(&guide, &path).unwrap();
    assert_eq!(
        context.result,
        format!(
            "a mixed result: {} or {}",
            guide.forms[contenders[0]].name, guide.forms[contenders[1]].name
        )
    );
}

#[test]
fn a_result_that_is_not_a_group_says_so() {
    let guide = guide_file();
    let together = guide.question_index("together").unwrap();
    let talks = guide.questions[together]
        .options
        .iter()
        .position(|o| o.id == "talks")
        .unwrap();
    let answers = GuideAnswers::none(guide.questions.len()).with(together, Some(talks));
    let path = link(&guide, Step::Result, answers, "");
    assert_eq!(
        guide_context(&guide, &path).unwrap().result,
        "Talk or learning series (not a group)"
    );
}

#[test]
fn links_that_are_not_a_finished_guide_say_what_to_do() {
    let guide = guide_file();
    let typical = guide.typical_answers(0);
    let question = link(&guide, Step::Question(2), typical.clone(), "");
    let about = link(&guide, Step::About, typical.clone(), "x");
    let result = link(&guide, Step::Result, typical, "");
    let code = result.split_once("a=").unwrap().1.to_string();
    let (fingerprint, body) = code.split_once('.').unwrap();
    let other = if fingerprint.starts_with('z') {
        "y"
    } else {
        "z"
    };
    let cases = [
        ("", NOT_A_GUIDE_LINK),
        ("hello", NOT_A_GUIDE_LINK),
        ("https://example.ac.uk/assess#r=1.abc", NOT_A_GUIDE_LINK),
        ("https://example.ac.uk/guidebook?a=x", NOT_A_GUIDE_LINK),
        ("javascript:alert(1)//guide?a=1", NOT_A_GUIDE_LINK),
        ("https://example.ac.uk", NOT_A_GUIDE_LINK),
        ("https://example.ac.uk/guide?a=1 2", NOT_A_GUIDE_LINK),
        ("https://example.ac.uk/guide", UNFINISHED),
        ("https://example.ac.uk/guide?view=compare", UNFINISHED),
        (&question, UNFINISHED),
        (&about, UNFINISHED),
        ("https://example.ac.uk/guide?a=nodot", DAMAGED),
        (
            &format!("/guide?a={fingerprint}.{}", "0".repeat(40)),
            DAMAGED,
        ),
        (
            &format!("/guide?a={other}{}.{body}", &fingerprint[1..]),
            OUTDATED,
        ),
    ];
    for (pasted, expected) in cases {
        assert_eq!(
            guide_context(&guide, pasted),
            Err(expected.to_string()),
            "{pasted}"
        );
    }
    let long = format!("{result}&x={}", "y".repeat(5000));
    assert_eq!(
        guide_context(&guide, &long),
        Err(NOT_A_GUIDE_LINK.to_string())
    );
}
