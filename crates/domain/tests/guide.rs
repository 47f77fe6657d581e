//! Property tests of the guide's core: answer links round-trip for every
//! answer set and never panic on anything a URL can hold; the URL state reads
//! back; scoring is a consistent ranking for any answers.
#![cfg(not(target_arch = "wasm32"))]

use domain::content::load;
use domain::guide::{
    Closeness, Decision, DecodeError, GuideAnswers, GuideFile, GuideState, MAX_REASONS, Shape,
    Step, Verdict, clean_about, score,
};
use domain::routes::Route;
use domain::url::QueryString;
use domain::url_state::{UrlState, parameters_of};
use proptest::prelude::*;

/// Parsed once: property tests call it for every case.
fn guide() -> &'static GuideFile {
    static GUIDE: std::sync::LazyLock<GuideFile> = std::sync::LazyLock::new(|| {
        load::<GuideFile>(include_bytes!("../../../public/data/guide.json"))
            .unwrap_or_else(|e| panic!("{e}"))
    });
    &GUIDE
}

/// Any shape of guide: 1–20 questions of 2–9 options, and answers to it.
fn shape_and_answers() -> impl Strategy<Value = (Shape, GuideAnswers)> {
    (
        "[0-9a-z]{1,7}",
        proptest::collection::vec(2usize..=9, 1..=20),
    )
        .prop_flat_map(|(fingerprint, options)| {
            let choices: Vec<_> = options
                .iter()
                .map(|&count| proptest::option::of(0..count))
                .collect();
            (
                Just(Shape {
                    fingerprint,
                    options,
                }),
                choices,
            )
        })
        .prop_map(|(shape, choices)| (shape, GuideAnswers::from_choices(choices)))
}

/// Answers to the real guide.
fn guide_answers() -> impl Strategy<Value = GuideAnswers> {
    let counts: Vec<usize> = guide().questions.iter().map(|q| q.options.len()).collect();
    counts
        .into_iter()
        .map(|count| proptest::option::of(0..count))
        .collect::<Vec<_>>()
        .prop_map(GuideAnswers::from_choices)
}

/// Every answer set of the published guide (each question answered with any
/// option or skipped) survives the trip through a link.
#[test]
fn every_answer_set_of_the_guide_round_trips() {
    let guide = guide();
    let shape = Shape::of(guide);
    let counts: Vec<usize> = shape.options.iter().map(|count| count + 1).collect();
    let total: usize = counts.iter().product();
    let mut digits = vec![0usize; counts.len()];
    for _ in 0..total {
        let answers =
            GuideAnswers::from_choices(digits.iter().map(|&d| d.checked_sub(1)).collect());
        let text = answers.encode(&shape);
        assert!(text.len() <= 8 + guide.questions.len(), "{text}");
        assert_eq!(GuideAnswers::decode(&text, &shape), Ok(answers));
        // Odometer: next answer set.
        for (digit, count) in digits.iter_mut().zip(&counts) {
            *digit += 1;
            if *digit < *count {
                break;
            }
            *digit = 0;
        }
    }
}

#[test]
fn a_changed_question_or_option_id_outdates_old_links() {
    let guide = guide();
    let answers = guide.typical_answers(0);
    let text = answers.encode(&Shape::of(guide));
    let mut renamed = guide.clone();
    renamed.questions[3].options[1].id = "something-else".into();
    assert_eq!(
        GuideAnswers::decode(&text, &Shape::of(&renamed)),
        Err(DecodeError::Outdated)
    );
    let mut reordered = guide.clone();
    reordered.questions.swap(0, 1);
    assert_eq!(
        GuideAnswers::decode(&text, &Shape::of(&reordered)),
        Err(DecodeError::Outdated)
    );
    let mut reworded = guide.clone();
    reworded.questions[0].text = "What's it for?".into();
    reworded.questions[0].options[0].label = "Learning".into();
    assert_eq!(
        GuideAnswers::decode(&text, &Shape::of(&reworded)),
        Ok(answers),
        "wording changes keep links working"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn answer_links_round_trip_for_any_guide_shape((shape, answers) in shape_and_answers()) {
        let text = answers.encode(&shape);
        prop_assert_eq!(GuideAnswers::decode(&text, &shape), Ok(answers.clone()));
        // And through a whole query string, as a browser would carry it.
        let mut query = QueryString::default();
        query.set("a", &text);
        let reparsed = QueryString::parse(&query.to_query());
        prop_assert_eq!(GuideAnswers::decode(reparsed.get("a").unwrap_or_default(), &shape), Ok(answers));
    }

    #[test]
    fn decoding_anything_never_panics(text in "\\PC{0,60}") {
        let shape = Shape::of(guide());
        let _ = GuideAnswers::decode(&text, &shape);
    }

    #[test]
    fn decoding_near_misses_never_panics_nor_accepts_a_bad_choice(
        body in "[0-9a-z.\\-]{0,30}",
    ) {
        let shape = Shape::of(guide());
        let text = format!("{}.{body}", shape.fingerprint);
        if let Ok(answers) = GuideAnswers::decode(&text, &shape) {
            prop_assert_eq!(answers.len(), shape.options.len());
            for (question, option) in answers.iter() {
                prop_assert!(option < shape.options[question]);
            }
        }
    }

    #[test]
    fn any_query_string_reads_as_some_step(text in "\\PC{0,80}") {
        let guide = guide();
        let read = GuideState::read(&QueryString::parse(&text), guide);
        prop_assert!(read.notices.len() <= 1);
        let state = read.state;
        prop_assert_eq!(state.answers.len(), guide.questions.len());
        prop_assert!(state.about.chars().count() <= 100);
        let _ = state.next(guide);
        let _ = state.previous(guide);
        // What is written reads back as a state that writes the same link.
        let mut written = QueryString::default();
        state.write(guide, &mut written);
        let again = GuideState::read(&written, guide);
        prop_assert!(again.notices.is_empty());
        let mut rewritten = QueryString::default();
        again.state.write(guide, &mut rewritten);
        prop_assert_eq!(rewritten, written);
    }

    #[test]
    fn every_step_link_reads_back(answers in guide_answers(), about in "\\PC{0,120}", question in 0usize..8) {
        let guide = guide();
        let state = GuideState {
            about: clean_about(&about),
            answers: answers.clone(),
            ..GuideState::new(guide)
        };
        for step in [Step::Question(question), Step::About, Step::Result] {
            let link = state.at(step).path(guide);
            prop_assert!(link.starts_with(Route::Guide.path()), "{}", link);
            let back = GuideState::read(&parameters_of(&link), guide);
            let expected = if step == Step::Result && answers.is_empty() { Step::Start } else { step };
            prop_assert_eq!(back.state.step, expected);
            prop_assert_eq!(&back.state.answers, &answers);
            prop_assert_eq!(&back.state.about, &state.about);
            prop_assert!(!back.state.returning);
            prop_assert!(back.notices.is_empty());
            if step != Step::Result {
                // "Change" links come back to the result.
                let changing = GuideState::read(&parameters_of(&state.changing(step).path(guide)), guide);
                prop_assert_eq!(changing.state, state.changing(step));
            }
        }
    }

    #[test]
    fn scoring_is_a_consistent_ranking(answers in guide_answers()) {
        let guide = guide();
        let result = score(guide, &answers);
        prop_assert_eq!(result.answered, answers.answered());
        prop_assert_eq!(result.explained.len(), answers.answered());
        let mut forms: Vec<usize> = result.ranking.iter().map(|fit| fit.form).collect();
        forms.sort_unstable();
        prop_assert_eq!(forms, (0..guide.forms.len()).collect::<Vec<_>>());
        for pair in result.ranking.windows(2) {
            prop_assert!(pair[0].percent >= pair[1].percent);
            prop_assert!(u64::from(pair[0].points) * u64::from(pair[1].max) >= u64::from(pair[1].points) * u64::from(pair[0].max));
        }
        for fit in &result.ranking {
            prop_assert!(fit.points <= fit.max && fit.percent <= 100);
        }
        let (best, second) = (result.ranking[0].percent, result.ranking[1].percent);
        match result.closeness {
            Closeness::Unanswered => prop_assert!(answers.is_empty()),
            Closeness::Mixed { gap } => prop_assert!(gap == best - second && gap < guide.mixed_threshold),
            Closeness::Clear { lead } => prop_assert!(lead == best - second && lead >= guide.mixed_threshold),
        }
        if !answers.is_empty() {
            prop_assert_eq!(result.contenders[0], result.ranking[0].form);
            prop_assert_eq!(result.is_mixed(), result.contenders.len() > 1);
        }
        prop_assert_eq!(score(guide, &answers), result);
    }

    /// The decision accounts for every answer: each supports the verdict or
    /// is named as pulling elsewhere, never both; a close result names all
    /// its contenders and never one alone; an outcome that is not a group
    /// needs an answer typical of it and a fit at least the best form's.
    #[test]
    fn the_decision_accounts_for_every_answer(answers in guide_answers()) {
        let guide = guide();
        let result = score(guide, &answers);
        let decision = Decision::of(&result);
        prop_assert!(decision.reasons.len() <= MAX_REASONS);
        let named: Vec<usize> = decision.elsewhere.iter().flat_map(|g| g.answers.iter().map(|a| a.question)).collect();
        for reason in &decision.reasons {
            prop_assert!(!named.contains(&reason.question));
            prop_assert_eq!(answers.get(reason.question), Some(reason.option));
        }
        for group in &decision.elsewhere {
            prop_assert!(!group.answers.is_empty());
            for answer in &group.answers {
                prop_assert_eq!(answers.get(answer.question), Some(answer.option));
            }
        }
        match &decision.verdict {
            Verdict::Unanswered => prop_assert!(answers.is_empty()),
            Verdict::NotAGroup { outcome } => {
                prop_assert!(result.signalled.contains(outcome));
                let (fit, best) = (result.outcomes[*outcome], result.ranking[0]);
                prop_assert!(u64::from(fit.points) * u64::from(best.max) >= u64::from(best.points) * u64::from(fit.max));
            }
            Verdict::Form { .. } | Verdict::Close { .. } => {
                let forms = decision.verdict.forms();
                for explained in &result.explained {
                    let supports = explained.favours.iter().any(|f| forms.contains(f));
                    prop_assert_eq!(supports, !named.contains(&explained.question));
                }
                if let Verdict::Close { forms } = &decision.verdict {
                    prop_assert_eq!(forms, &result.contenders);
                    prop_assert!(forms.len() >= 2);
                }
            }
        }
        let headline = decision.headline(guide);
        prop_assert!(!headline.is_empty());
        if let Some(summary) = decision.summary(guide) {
            prop_assert!(summary.ends_with('.') && !summary.contains(".,") && !summary.contains(".."));
        }
    }
}
