//! The group's result: medians, spreads, combined answers, disagreements,
//! agreement and mixed versions. Content: `small()` (statements a1, b1, a2
//! in factors a and b, then c1, c2, c3 in factor c).

use super::*;
use crate::assessment::{PerLevel, Rating, score};
use Level::*;

fn three() -> Group {
    group(vec![
        member(
            "Ann",
            &[
                ("a1", InPlace),
                ("a2", Mostly),
                ("b1", NotYet),
                ("c1", Partly),
                ("c2", Partly),
                ("c3", Partly),
            ],
        ),
        member(
            "Ben",
            &[
                ("a1", Mostly),
                ("a2", Mostly),
                ("b1", InPlace),
                ("c1", NotYet),
                ("c2", Partly),
                ("c3", NotYet),
            ],
        ),
        member(
            "",
            &[
                ("a1", InPlace),
                ("a2", InPlace),
                ("b1", Partly),
                ("c1", NotYet),
                ("c3", Mostly),
            ],
        ),
    ])
}

fn percents(factor: &GroupFactor) -> Vec<Option<u32>> {
    factor.people.iter().map(|r| r.map(|r| r.percent)).collect()
}

#[test]
fn each_factor_has_everyones_score_the_median_and_the_spread() {
    let result = GroupResult::of(&small(), &three());
    let [a, b, c] = &result.factors[..] else {
        panic!("three factors")
    };
    assert_eq!(percents(a), [Some(83), Some(67), Some(100)]);
    assert_eq!((a.median, a.spread), (Some(83), Some(33)));
    assert_eq!(
        a.people[2],
        Some(Rating {
            percent: 100,
            level: InPlace,
            band: 3
        })
    );
    assert_eq!(percents(b), [Some(0), Some(100), Some(33)]);
    assert_eq!((b.median, b.spread), (Some(33), Some(100)));
    assert_eq!(percents(c), [Some(33), Some(11), Some(33)]);
    assert_eq!((c.median, c.spread), (Some(33), Some(22)));
    assert_eq!((a.factor, b.factor, c.factor), (0, 1, 2));
}

#[test]
fn an_even_count_takes_the_mean_of_the_middle_two_rounded_half_up() {
    // Factor b has one statement: 0, 33, 67 or 100 %.
    let two = group(vec![
        member("", &[("b1", NotYet)]),
        member("", &[("b1", Partly)]),
    ]);
    let b = &GroupResult::of(&small(), &two).factors[1];
    assert_eq!((b.median, b.spread), (Some(17), Some(33)), "16.5 rounds up");
    let four = group(vec![
        member("", &[("b1", NotYet)]),
        member("", &[("b1", Partly)]),
        member("", &[("b1", InPlace)]),
        member("", &[("a1", InPlace)]),
    ]);
    let result = GroupResult::of(&small(), &four);
    assert_eq!(
        (result.factors[1].median, result.factors[1].spread),
        (Some(33), Some(100))
    );
    assert_eq!(
        percents(&result.factors[1]),
        [Some(0), Some(33), Some(100), None]
    );
    assert_eq!(result.factors[2].median, None, "nobody assessed c");
    assert_eq!(result.factors[2].spread, None);
}

#[test]
fn combined_answers_are_the_lower_median_scored_like_one_persons() {
    let content = small();
    let mut group = three();
    group.members[1].answers.set_name("Ben's name");
    group.members[2].answers.set_domain("events");
    group.members[0].answers.set_note("a1", "dropped");
    let result = GroupResult::of(&content, &group);
    let mut expected = answers(&[
        ("a1", InPlace),
        ("a2", Mostly),
        ("b1", Partly),
        ("c1", NotYet),
        ("c2", Partly),
        ("c3", Partly),
    ]);
    expected.set_name("Ben's name");
    expected.set_domain("events");
    assert_eq!(result.combined, expected);
    assert_eq!(result.outcome, score(&content, &expected));
    assert_eq!(result.outcome.gaps, [2, 1, 0]);
    let steps: Vec<(usize, Level, &str)> = result
        .next_steps
        .iter()
        .map(|s| (s.factor, s.level, s.text.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            (2, NotYet, "step c not yet"),
            (1, Partly, "step b partly"),
            (0, Mostly, "step a mostly")
        ]
    );
}

#[test]
fn disagreements_are_ranked_by_spread_then_distance_then_order() {
    let group = group(vec![
        member(
            "X",
            &[
                ("a1", NotYet),
                ("b1", NotYet),
                ("c1", NotYet),
                ("c2", NotYet),
            ],
        ),
        member(
            "Y",
            &[
                ("a1", Mostly),
                ("b1", Mostly),
                ("c1", NotYet),
                ("c2", Mostly),
            ],
        ),
        member(
            "Z",
            &[
                ("a1", Mostly),
                ("b1", NotYet),
                ("c1", InPlace),
                ("c3", Partly),
            ],
        ),
        member("W", &[("b1", Mostly), ("c3", InPlace)]),
    ]);
    let result = GroupResult::of(&small(), &group);
    let ranked: Vec<(&str, u32, Level)> = result
        .disagreements
        .iter()
        .map(|d| (d.statement.as_str(), d.spread, d.median))
        .collect();
    // c1: 3 levels apart. b1 and a1 and c2: 2 apart; b1's answers are 4
    // levels from its median in all, a1's and c2's 2 (a1 comes first).
    // c3 (partly, in place) is 2 apart too, but only just: distance 2, last.
    assert_eq!(
        ranked,
        [
            ("c1", 3, NotYet),
            ("b1", 2, NotYet),
            ("a1", 2, Mostly),
            ("c2", 2, NotYet),
            ("c3", 2, Partly)
        ]
    );
    let c1 = &result.disagreements[0];
    assert_eq!(c1.factor, 2);
    assert_eq!(
        c1.chosen,
        PerLevel {
            not_yet: vec![0, 1],
            partly: vec![],
            mostly: vec![],
            in_place: vec![2]
        }
    );
    assert_eq!(result.disagreements[1].chosen.mostly, [1, 3]);
}

#[test]
fn agreement_needs_two_people_and_nobody_dissenting() {
    let result = GroupResult::of(&small(), &three());
    assert_eq!(result.agreed_strengths, [0]);
    assert_eq!(result.agreed_gaps, [2]);
    // Factor b assessed by one person of two is not agreed either way.
    let two = group(vec![
        member("", &[("a1", Mostly), ("b1", InPlace), ("c1", NotYet)]),
        member("", &[("a1", InPlace), ("c1", Partly)]),
    ]);
    let result = GroupResult::of(&small(), &two);
    assert_eq!(result.agreed_strengths, [0]);
    assert_eq!(result.agreed_gaps, [2]);
    // Strengths highest median first, gaps lowest first.
    let ranked = group(vec![
        member(
            "",
            &[
                ("a1", Mostly),
                ("b1", InPlace),
                ("c1", Partly),
                ("c2", Partly),
            ],
        ),
        member(
            "",
            &[
                ("a1", Mostly),
                ("b1", InPlace),
                ("c1", NotYet),
                ("c2", NotYet),
            ],
        ),
    ]);
    let result = GroupResult::of(&small(), &ranked);
    assert_eq!(result.agreed_strengths, [1, 0]);
    assert_eq!(result.agreed_gaps, [2]);
    let gaps = group(vec![
        member("", &[("a1", Partly), ("b1", NotYet)]),
        member("", &[("a1", Partly), ("b1", NotYet)]),
    ]);
    assert_eq!(GroupResult::of(&small(), &gaps).agreed_gaps, [1, 0]);
}

#[test]
fn a_group_of_one_is_that_persons_result() {
    let content = small();
    let mut alone = member(
        "Ann",
        &[
            ("a1", InPlace),
            ("a2", Mostly),
            ("b1", Partly),
            ("c1", NotYet),
        ],
    );
    alone.answers.set_note("c1", "a note");
    alone.answers.set_name("Events");
    let result = GroupResult::of(&content, &group(vec![alone.clone()]));
    assert_eq!(result.outcome, score(&content, &alone.answers));
    assert_eq!(result.factors[0].median, Some(83));
    assert_eq!(result.factors[0].spread, Some(0));
    assert_eq!(
        result.agreed_strengths,
        [0],
        "one person is enough in a group of one"
    );
    assert_eq!(result.agreed_gaps, [2, 1]);
    assert!(result.disagreements.is_empty());
}

#[test]
fn answers_from_other_versions_give_notices_not_failures() {
    let mut old = member(
        "Ann",
        &[
            ("a1", InPlace),
            ("b1", Mostly),
            ("retired", Partly),
            ("gone", Mostly),
        ],
    );
    old.answers
        .set_note("noted", "a note alone is not an answer");
    let group = group(vec![
        old,
        member(
            "",
            &[
                ("a1", Mostly),
                ("b1", Mostly),
                ("a2", NotYet),
                ("c1", NotYet),
                ("c2", NotYet),
                ("c3", NotYet),
                ("old", NotYet),
            ],
        ),
        member("", &[]),
    ]);
    let result = GroupResult::of(&small(), &group);
    assert_eq!(
        result.notices,
        [
            "Ann answered 2 statements this version of the assessment no longer asks; those answers are left out.",
            "Ann did not answer 4 of the 6 statements (added since they answered, or skipped); the group's figures for those use the others' answers.",
            "Person 2 answered 1 statement this version of the assessment no longer asks; that answer is left out.",
            "Person 3 has not answered any of the statements this version of the assessment asks, so their answers are in none of the group's figures.",
        ]
    );
    assert_eq!(result.combined.level("retired"), None);
    assert_eq!(result.combined.level("a1"), Some(Mostly));
    assert_eq!(result.factors[0].people[2], None);
}

#[test]
fn an_empty_group_has_an_empty_result() {
    let result = GroupResult::of(&small(), &Group::default());
    assert!(
        result
            .factors
            .iter()
            .all(|f| f.people.is_empty() && f.median.is_none())
    );
    assert_eq!(result.combined, AssessmentAnswers::default());
    assert!(result.agreed_strengths.is_empty() && result.agreed_gaps.is_empty());
    assert!(result.disagreements.is_empty() && result.next_steps.is_empty());
    assert!(result.notices.is_empty());
    assert_eq!(result.outcome.overall, None);
}

#[test]
fn the_sample_content_scores_a_group() {
    let content = crate::assessment::tests::sample();
    let ids: Vec<String> = content.statements().map(|(_, s)| s.id.clone()).collect();
    let person = |shift: usize| {
        let mut answers = AssessmentAnswers::default();
        for (i, id) in ids.iter().enumerate() {
            answers.set_level(id, Some(Level::from_points(((i + shift) % 4) as u32)));
        }
        Member::new("", answers, None)
    };
    let result = GroupResult::of(&content, &group(vec![person(0), person(1), person(2)]));
    assert_eq!(result.factors.len(), content.factors.len());
    assert!(
        result
            .factors
            .iter()
            .all(|f| f.people.iter().all(Option::is_some))
    );
    assert!(result.notices.is_empty());
    assert!(!result.disagreements.is_empty());
    assert_eq!(result.next_steps.len(), result.outcome.gaps.len());
}
