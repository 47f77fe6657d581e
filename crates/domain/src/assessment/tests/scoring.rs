use super::*;
use Level::*;

fn percents(outcome: &Outcome) -> Vec<Option<u32>> {
    outcome
        .factors
        .iter()
        .map(|f| f.rating.map(|r| r.percent))
        .collect()
}

#[test]
fn all_lowest() {
    let content = small();
    let all = ["a1", "a2", "b1", "c1", "c2", "c3"].map(|id| (id, NotYet));
    let outcome = score(&content, &answers(&all));
    assert_eq!(percents(&outcome), [Some(0), Some(0), Some(0)]);
    assert!(
        outcome
            .factors
            .iter()
            .all(|f| f.rating.unwrap().level == NotYet)
    );
    assert_eq!(
        outcome.overall,
        Some(Overall {
            percent: 0,
            band: 0,
            complete: true
        })
    );
    assert_eq!(outcome.gaps, [0, 1, 2], "ties keep the data's order");
    assert!(outcome.strengths.is_empty());
    assert!(outcome.unanswered.is_empty() && outcome.unassessed.is_empty());
    assert_eq!((outcome.answered, outcome.total), (6, 6));
}

#[test]
fn all_highest() {
    let content = small();
    let all = ["a1", "a2", "b1", "c1", "c2", "c3"].map(|id| (id, InPlace));
    let outcome = score(&content, &answers(&all));
    assert_eq!(percents(&outcome), [Some(100), Some(100), Some(100)]);
    assert_eq!(
        outcome.overall,
        Some(Overall {
            percent: 100,
            band: 3,
            complete: true
        })
    );
    assert!(outcome.gaps.is_empty(), "nothing to improve");
    assert_eq!(outcome.strengths, [0, 1, 2]);
}

#[test]
fn mixed() {
    let content = small();
    let outcome = score(
        &content,
        &answers(&[
            ("a1", InPlace),
            ("a2", Partly),
            ("b1", NotYet),
            ("c1", Mostly),
            ("c2", Mostly),
            ("c3", Partly),
        ]),
    );
    // a: 4 of 6 points = 66.7 % → 67; b: 0; c: 5 of 9 = 55.6 % → 56.
    assert_eq!(percents(&outcome), [Some(67), Some(0), Some(56)]);
    let a = outcome.factors[0].rating.unwrap();
    assert_eq!(
        (a.level, a.band),
        (Mostly, 2),
        "mean 2.0 is mostly; 67 % is band 'most'"
    );
    let c = outcome.factors[2].rating.unwrap();
    assert_eq!(
        (c.level, c.band),
        (Partly, 1),
        "mean 1.67 rounds down to partly"
    );
    // Overall: mean of 67, 0 and 56 = 41 → band "some" (40+).
    assert_eq!(
        outcome.overall,
        Some(Overall {
            percent: 41,
            band: 1,
            complete: true
        })
    );
    assert_eq!(outcome.gaps, [1, 2, 0], "lowest first");
    assert!(outcome.strengths.is_empty(), "a gap is not also a strength");
}

#[test]
fn partial_answers_are_left_out_not_counted_as_zero() {
    let content = small();
    let outcome = score(&content, &answers(&[("a1", InPlace)]));
    let a = &outcome.factors[0];
    assert_eq!((a.answered, a.total), (1, 2));
    assert_eq!(a.rating.unwrap().percent, 100, "a2 is not scored as 0");
    assert_eq!(outcome.factors[1].rating, None);
    assert_eq!(outcome.factors[2].rating, None);
    assert_eq!(
        outcome.overall,
        Some(Overall {
            percent: 100,
            band: 3,
            complete: false
        }),
        "scored over what is answered, and marked incomplete"
    );
    assert_eq!(outcome.unassessed, [1, 2]);
    assert_eq!(
        outcome.unanswered,
        ["b1", "a2", "c1", "c2", "c3"],
        "content order"
    );
    assert!(outcome.gaps.is_empty(), "unassessed factors are not gaps");
    assert_eq!(outcome.strengths, [0]);
    assert_eq!((outcome.answered, outcome.total), (1, 6));
}

#[test]
fn nothing_answered_has_no_overall_result() {
    let content = small();
    let mut only_notes = AssessmentAnswers::default();
    only_notes.set_note("a1", "Talk to Sam");
    only_notes.set_name("Events people");
    let outcome = score(&content, &only_notes);
    assert_eq!(outcome.overall, None);
    assert!(outcome.gaps.is_empty() && outcome.strengths.is_empty());
    assert_eq!(outcome.unassessed, [0, 1, 2]);
    assert_eq!(outcome.unanswered.len(), 6);
}

#[test]
fn answers_to_unknown_statements_are_ignored() {
    let content = small();
    let outcome = score(&content, &answers(&[("gone", NotYet), ("b1", Mostly)]));
    assert_eq!(percents(&outcome), [None, Some(67), None]);
    assert_eq!(outcome.answered, 1);
}

#[test]
fn band_thresholds_are_inclusive_lower_bounds() {
    let content = small();
    for (percent, band) in [
        (0, 0),
        (39, 0),
        (40, 1),
        (64, 1),
        (65, 2),
        (84, 2),
        (85, 3),
        (100, 3),
    ] {
        assert_eq!(content.band_for(percent), band, "{percent} %");
    }
    // Through scoring: factor c has nine points, so its steps are 11 %.
    let c = |levels: [Level; 3]| {
        let outcome = score(
            &content,
            &answers(&[("c1", levels[0]), ("c2", levels[1]), ("c3", levels[2])]),
        );
        let rating = outcome.factors[2].rating.unwrap();
        (rating.percent, rating.band)
    };
    assert_eq!(c([Partly, Partly, NotYet]), (22, 0));
    assert_eq!(c([Partly, Partly, Partly]), (33, 0));
    assert_eq!(c([Mostly, Partly, Partly]), (44, 1));
    assert_eq!(c([Mostly, Mostly, Mostly]), (67, 2));
    assert_eq!(c([InPlace, Mostly, Mostly]), (78, 2));
    assert_eq!(c([InPlace, InPlace, Mostly]), (89, 3));
}

#[test]
fn percentages_round_half_up() {
    let content = small();
    let a = |x, y| {
        score(&content, &answers(&[("a1", x), ("a2", y)])).factors[0]
            .rating
            .unwrap()
            .percent
    };
    assert_eq!(a(InPlace, NotYet), 50);
    assert_eq!(a(Partly, NotYet), 17, "16.67");
    assert_eq!(a(InPlace, Mostly), 83, "83.33");
    // Overall: mean of 0 and 67 is 33.5 → 34.
    let outcome = score(&content, &answers(&[("a1", NotYet), ("b1", Mostly)]));
    assert_eq!(outcome.overall.unwrap().percent, 34);
}

#[test]
fn gaps_are_the_three_lowest_in_a_deterministic_order() {
    let content = sample();
    let statements: Vec<String> = content.statements().map(|(_, s)| s.id.clone()).collect();
    // Everything "partly": all factors tie at 33 %, so the data's order decides.
    let mut all_partly = AssessmentAnswers::default();
    for id in &statements {
        all_partly.set_level(id, Some(Partly));
    }
    let outcome = score(&content, &all_partly);
    assert_eq!(outcome.gaps, [0, 1, 2]);
    assert_eq!(outcome.gaps.len(), GAP_COUNT);

    // The same answers entered in the opposite order give the same outcome.
    let mut reversed = AssessmentAnswers::default();
    for id in statements.iter().rev() {
        reversed.set_level(id, Some(Partly));
    }
    assert_eq!(score(&content, &reversed), outcome);

    // Raise the first factors and the gaps move to the next lowest.
    let mut answers = all_partly.clone();
    for (_, statement) in content.statements() {
        if ["executive-sponsorship", "strategic-alignment"].contains(&statement.factor.as_str()) {
            answers.set_level(&statement.id, Some(InPlace));
        }
    }
    let index = |id: &str| content.factor_index(id).unwrap();
    answers.set_level("plan-delivery", Some(NotYet));
    answers.set_level("plan-decisions", Some(NotYet));
    let outcome = score(&content, &answers);
    // first-plan: 1 of 9 points = 11 %; then the 33 % factors in order.
    assert_eq!(
        outcome.gaps,
        [
            index("first-plan"),
            index("purpose-vision"),
            index("peer-learning")
        ]
    );
    assert_eq!(
        outcome.strengths,
        [index("executive-sponsorship"), index("strategic-alignment")]
    );
}

#[test]
fn every_factor_of_the_sample_is_scored() {
    let content = sample();
    let outcome = score(&content, &AssessmentAnswers::default());
    assert_eq!(outcome.total, content.statement_count());
    assert!(outcome.factors.iter().all(|f| f.total > 0));
}
