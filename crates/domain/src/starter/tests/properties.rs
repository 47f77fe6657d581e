//! Arbitrary answers, group sizes and guide results never panic the
//! assembly, and every placeholder of the data is replaced.

use proptest::prelude::*;

use super::*;

fn level() -> impl Strategy<Value = Option<Level>> {
    prop_oneof![
        Just(None),
        (0u32..4).prop_map(|p| Some(Level::from_points(p)))
    ]
}

/// Text a person might type, without braces (so any brace in a document
/// would be a placeholder left unfilled).
fn typed(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[^{{}}]{{0,{max}}}")).unwrap()
}

fn answers() -> impl Strategy<Value = AssessmentAnswers> {
    let ids: Vec<String> = assessment()
        .statements()
        .map(|(_, s)| s.id.clone())
        .collect();
    (
        typed(40),
        typed(60),
        proptest::collection::vec((proptest::sample::select(ids), level(), typed(30)), 0..40),
    )
        .prop_map(|(name, domain, responses)| {
            AssessmentAnswers::from_parts(&name, &domain, responses)
        })
}

fn guide() -> impl Strategy<Value = Option<GuideContext>> {
    proptest::option::of(
        (typed(40), typed(40)).prop_map(|(result, words)| GuideContext { result, words }),
    )
}

proptest! {
    #[test]
    fn assembly_fills_every_placeholder_for_any_answers(
        answers in answers(),
        people in 0usize..15,
        guide in guide(),
    ) {
        let files = files();
        let documents = files.documents(&answers, people, guide);
        prop_assert_eq!(documents.len(), files.starter.documents.len());
        for document in &documents {
            for text in texts(document) {
                prop_assert!(!text.contains(['{', '}']), "{:?} in {}", text, document.id);
            }
            let markdown = to_markdown(document);
            prop_assert!(markdown.starts_with("# "));
            let name = file_name(document, answers.name());
            prop_assert!(name.ends_with(".md") && !name.contains(['/', '\\']) && !name.starts_with('.'));
        }
    }

    #[test]
    fn braces_people_type_never_panic_and_stay_as_typed(
        name in "\\PC{0,40}",
        note in "[{}a-z_ ]{0,30}",
    ) {
        let files = files();
        let mut answers = AssessmentAnswers::default();
        answers.set_name(&name);
        answers.set_note("purpose-statement", &note);
        let documents = files.documents(&answers, 1, None);
        let title = &documents[1].title;
        if name.trim().is_empty() {
            prop_assert_eq!(title.as_str(), "Sponsor brief: [to agree: the community's name]");
        } else {
            prop_assert_eq!(title.clone(), format!("Sponsor brief: {}", name.trim()));
        }
    }
}
