use super::*;
use crate::content::load;

fn sample() -> GuideFile {
    load::<GuideFile>(include_bytes!("../../../../../public/data/guide.json"))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Answers chosen by option id, e.g. `[("joining", "self")]`.
fn answers(guide: &GuideFile, chosen: &[(&str, &str)]) -> GuideAnswers {
    let mut answers = GuideAnswers::none(guide.questions.len());
    for (question, option) in chosen {
        let q = guide.question_index(question).unwrap();
        let o = guide.questions[q]
            .options
            .iter()
            .position(|opt| opt.id == *option)
            .unwrap();
        answers = answers.with(q, Some(o));
    }
    answers
}

fn ranked_ids(guide: &GuideFile, result: &GuideResult) -> Vec<String> {
    result
        .ranking
        .iter()
        .map(|fit| guide.forms[fit.form].id.clone())
        .collect()
}

#[test]
fn each_forms_typical_answers_rank_it_first_clearly() {
    let guide = sample();
    for form in 0..guide.forms.len() {
        let typical = guide.typical_answers(form);
        assert_eq!(typical.answered(), guide.questions.len());
        let result = score(&guide, &typical);
        let best = result.best().unwrap();
        assert_eq!(best.form, form, "{}", guide.forms[form].id);
        assert_eq!(best.percent, 100);
        assert!(
            matches!(result.closeness, Closeness::Clear { lead } if lead >= 40),
            "{}: {:?}",
            guide.forms[form].id,
            result.closeness
        );
        assert_eq!(result.contenders, [form]);
        // Every dimension agrees.
        for dimension in &result.dimensions {
            assert_eq!(dimension.closest, [form]);
        }
    }
}

#[test]
fn nothing_answered_means_no_result_yet() {
    let guide = sample();
    let result = score(&guide, &GuideAnswers::none(guide.questions.len()));
    assert_eq!(result.closeness, Closeness::Unanswered);
    assert_eq!(result.answered, 0);
    assert!(result.contenders.is_empty());
    assert!(result.ranking.iter().all(|fit| fit.percent == 0));
    assert_eq!(
        ranked_ids(&guide, &result),
        [
            "community-of-practice",
            "formal-work-group",
            "project-team",
            "informal-network"
        ],
        "ties keep file order"
    );
    assert!(result.dimensions.iter().all(|d| d.closest.is_empty()));
}

#[test]
fn partial_answers_are_measured_against_what_was_asked() {
    let guide = sample();
    let result = score(&guide, &answers(&guide, &[("joining", "self")]));
    assert!(result.is_partial());
    assert_eq!(
        (result.answered, result.questions),
        (1, guide.questions.len())
    );
    let percents: Vec<(String, u8)> = result
        .ranking
        .iter()
        .map(|fit| (guide.forms[fit.form].id.clone(), fit.percent))
        .collect();
    assert_eq!(
        percents,
        [
            ("community-of-practice".to_string(), 100),
            ("informal-network".to_string(), 67),
            ("formal-work-group".to_string(), 0),
            ("project-team".to_string(), 0),
        ]
    );
    assert_eq!(result.closeness, Closeness::Clear { lead: 33 });
    let members = guide
        .dimensions
        .iter()
        .position(|d| d.id == "members")
        .unwrap();
    assert_eq!(result.dimensions[members].questions, [2]);
    assert_eq!(result.dimensions[members].closest, [0]);
    let purpose = guide
        .dimensions
        .iter()
        .position(|d| d.id == "purpose")
        .unwrap();
    assert!(result.dimensions[purpose].closest.is_empty());
    assert!(result.dimensions[purpose].questions.is_empty());
}

#[test]
fn close_results_are_mixed_and_ties_are_deterministic() {
    let guide = sample();
    // Half community of practice, half network: an exact tie.
    let chosen = [
        ("purpose", "learn"),
        ("who", "many-roles"),
        ("joining", "contacts"),
        ("together", "shared-challenges"),
        ("deliverable", "chosen"),
        ("steering", "no-one"),
        ("motivation", "passion"),
        ("duration", "reason"),
    ];
    let result = score(&guide, &answers(&guide, &chosen));
    let ids = ranked_ids(&guide, &result);
    assert_eq!(&ids[..2], ["community-of-practice", "informal-network"]);
    let (best, second) = (result.best().unwrap(), result.runner_up().unwrap());
    assert_eq!((best.points, second.points), (16, 16));
    assert_eq!(result.closeness, Closeness::Mixed { gap: 0 });
    assert!(result.is_mixed());
    assert_eq!(result.contenders, [0, 3]);
    assert_eq!(score(&guide, &answers(&guide, &chosen)), result, "pure");
}

#[test]
fn a_lead_below_the_threshold_is_mixed_and_at_it_is_clear() {
    let mut guide = sample();
    let chosen = answers(&guide, &[("joining", "self"), ("duration", "interest")]);
    // Community of practice 6/6 = 100%, network 4/6 = 67%: 33 points apart.
    guide.mixed_threshold = 33;
    assert_eq!(
        score(&guide, &chosen).closeness,
        Closeness::Clear { lead: 33 }
    );
    guide.mixed_threshold = 34;
    let result = score(&guide, &chosen);
    assert_eq!(result.closeness, Closeness::Mixed { gap: 33 });
    assert_eq!(result.contenders, [0, 3]);
}

#[test]
fn every_answer_is_explained_with_the_forms_it_favours() {
    let guide = sample();
    for form in 0..guide.forms.len() {
        let result = score(&guide, &guide.typical_answers(form));
        assert_eq!(result.explained.len(), guide.questions.len());
        for explained in &result.explained {
            let option = &guide.questions[explained.question].options[explained.option];
            assert!(!option.explanation.trim().is_empty());
            assert!(explained.favours.contains(&form));
            assert_eq!(explained.points.len(), guide.forms.len());
        }
    }
    let result = score(&guide, &answers(&guide, &[("joining", "self")]));
    assert_eq!(result.explained[0].favours, [0], "the strongest only");
    assert_eq!(result.explained[0].points, [3, 0, 0, 2]);
}

#[test]
fn answers_outside_the_guide_are_ignored() {
    let guide = sample();
    let strange = GuideAnswers::from_choices(vec![
        Some(99),
        None,
        Some(0),
        None,
        None,
        None,
        None,
        None,
        Some(1),
        Some(2),
    ]);
    let result = score(&guide, &strange);
    assert_eq!(result.answered, 1);
    assert_eq!(result.explained[0].question, 2);
}

#[test]
fn percentages_round_half_up() {
    assert_eq!(Fit::new(0, 1, 8).percent, 13);
    assert_eq!(Fit::new(0, 2, 3).percent, 67);
    assert_eq!(Fit::new(0, 1, 3).percent, 33);
    assert_eq!(Fit::new(0, 0, 0).percent, 0);
    assert_eq!(Fit::new(0, 24, 24).percent, 100);
}
