//! Property tests of comparing a group's answers: the result does not
//! depend on the order people were added in, a group of one is that
//! person's result, the group file and link round-trip, pasted links all
//! decode, and nothing panics on arbitrary text or bytes.
#![cfg(not(target_arch = "wasm32"))]

use domain::assessment::{
    AssessmentAnswers, AssessmentFile, Group, GroupResult, Level, MAX_DOMAIN, MAX_LABEL, MAX_NAME,
    MAX_PEOPLE, Member, clean_label, encode_share, group_decode, group_encode, group_from_json,
    group_to_json, read_file, read_links, score,
};
use domain::content::load;
use domain::date::Date;
use proptest::prelude::*;

fn content() -> AssessmentFile {
    load::<AssessmentFile>(include_bytes!("../../../public/data/assessment.json")).unwrap()
}

fn level() -> impl Strategy<Value = Option<Level>> {
    prop_oneof![
        1 => Just(None),
        4 => (0u32..4).prop_map(|p| Some(Level::from_points(p)))
    ]
}

/// Answers to the sample's statements (and a few it no longer asks), with
/// names, domains and notes.
fn answers() -> impl Strategy<Value = AssessmentAnswers> {
    let mut ids: Vec<String> = content().statements().map(|(_, s)| s.id.clone()).collect();
    ids.extend(["retired-one".to_string(), "retired-two".to_string()]);
    let text = |max: usize| proptest::string::string_regex(&format!("\\PC{{0,{max}}}")).unwrap();
    (
        prop_oneof![Just(String::new()), text(MAX_NAME)],
        prop_oneof![Just(String::new()), text(MAX_DOMAIN)],
        proptest::collection::vec(
            (
                proptest::sample::select(ids),
                level(),
                prop_oneof![3 => Just(String::new()), 1 => text(40)],
            ),
            0..40,
        ),
    )
        .prop_map(|(name, domain, responses)| {
            AssessmentAnswers::from_parts(&name, &domain, responses)
        })
}

fn date() -> impl Strategy<Value = Option<Date>> {
    prop_oneof![
        Just(None),
        (0i64..60_000).prop_map(Date::from_days_since_epoch)
    ]
}

fn member() -> impl Strategy<Value = Member> {
    let label = prop_oneof![
        Just(String::new()),
        proptest::string::string_regex(&format!("\\PC{{0,{}}}", MAX_LABEL + 5)).unwrap(),
        "[A-Z]{1,3}".prop_map(String::from),
    ];
    (label, answers(), date())
        .prop_map(|(label, answers, saved_on)| Member::new(&label, answers, saved_on))
}

fn group(people: std::ops::Range<usize>) -> impl Strategy<Value = Group> {
    proptest::collection::vec(member(), people).prop_map(|members| Group { members })
}

/// A group and the same people in another order.
fn shuffled() -> impl Strategy<Value = (Group, Group)> {
    group(1..MAX_PEOPLE + 1).prop_flat_map(|group| {
        let members = group.members.clone();
        (Just(group), Just(members).prop_shuffle())
            .prop_map(|(group, members)| (group, Group { members }))
    })
}

/// What of a result must not depend on the order of people: everything
/// but the name and domain (the first person's) and who is who.
fn order_free(result: &GroupResult) -> impl PartialEq + std::fmt::Debug {
    let mut combined = result.combined.clone();
    combined.set_name("");
    combined.set_domain("");
    let factors: Vec<_> = result
        .factors
        .iter()
        .map(|factor| {
            let mut people: Vec<_> = factor.people.clone();
            people.sort_by_key(|rating| rating.map(|r| (r.percent, r.level)));
            (factor.factor, factor.median, factor.spread, people)
        })
        .collect();
    let disagreements: Vec<_> = result
        .disagreements
        .iter()
        .map(|d| {
            let counts: Vec<usize> = Level::ALL.iter().map(|&l| d.chosen.get(l).len()).collect();
            (d.statement.clone(), d.factor, d.spread, d.median, counts)
        })
        .collect();
    (
        combined,
        result.outcome.clone(),
        factors,
        disagreements,
        result.agreed_strengths.clone(),
        result.agreed_gaps.clone(),
        result.next_steps.clone(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_result_does_not_depend_on_the_order_of_people((group, reordered) in shuffled()) {
        let content = content();
        let (a, b) = (GroupResult::of(&content, &group), GroupResult::of(&content, &reordered));
        prop_assert_eq!(order_free(&a), order_free(&b));
        // Who chose what follows the people, whatever their positions.
        for (x, y) in a.disagreements.iter().zip(&b.disagreements) {
            for level in Level::ALL {
                let chose = |result: &Group, people: &Vec<usize>| {
                    let mut answers: Vec<AssessmentAnswers> =
                        people.iter().map(|&i| result.members[i].answers.clone()).collect();
                    answers.sort_by_key(encode_share);
                    answers
                };
                prop_assert_eq!(chose(&group, x.chosen.get(level)), chose(&reordered, y.chosen.get(level)));
            }
        }
    }

    #[test]
    fn a_group_of_one_is_that_persons_result(person in member()) {
        let content = content();
        let result = GroupResult::of(&content, &Group { members: vec![person.clone()] });
        let own = score(&content, &person.answers);
        prop_assert_eq!(&result.outcome, &own);
        for (group, score) in result.factors.iter().zip(&own.factors) {
            prop_assert_eq!(group.people.as_slice(), &[score.rating]);
            prop_assert_eq!(group.median, score.rating.map(|r| r.percent));
            prop_assert_eq!(group.spread, score.rating.map(|_| 0));
        }
        let at = |strong: bool| -> Vec<usize> {
            let mut found: Vec<(u32, usize)> = own.factors.iter()
                .filter_map(|f| f.rating.map(|r| (r, f.factor)))
                .filter(|(r, _)| (r.level >= Level::Mostly) == strong)
                .map(|(r, factor)| (if strong { 100 - r.percent } else { r.percent }, factor))
                .collect();
            found.sort_unstable();
            found.into_iter().map(|(_, factor)| factor).collect()
        };
        prop_assert_eq!(&result.agreed_strengths, &at(true));
        prop_assert_eq!(&result.agreed_gaps, &at(false));
        prop_assert!(result.disagreements.is_empty());
        let gaps: Vec<usize> = result.next_steps.iter().map(|s| s.factor).collect();
        prop_assert_eq!(gaps, own.gaps);
    }

    #[test]
    fn group_files_round_trip(group in group(0..MAX_PEOPLE + 1), today in date()) {
        let json = group_to_json(&group, today);
        let saved = group_from_json("team.json", json.as_bytes()).unwrap();
        prop_assert_eq!(&saved.group, &group);
        prop_assert_eq!(saved.saved_on, today);
        let loaded = read_file("team.json", json.as_bytes()).unwrap();
        let members: Vec<Member> = loaded.people.into_iter().map(|p| p.member).collect();
        prop_assert_eq!(members, group.members);
    }

    #[test]
    fn group_links_round_trip(group in group(0..MAX_PEOPLE + 1)) {
        let code = group_encode(&group).unwrap();
        prop_assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        prop_assert_eq!(group_decode(&code), Ok(group.clone()));
        // An empty group's link (`#g=1.`) loses its final dot to the rule
        // that drops a sentence's full stop: there is nobody to add anyway.
        prop_assume!(!group.members.is_empty());
        let links = read_links(&format!("https://example.org/together/#g={code}"));
        prop_assert!(links.problems.is_empty());
        let members: Vec<Member> = links.people.into_iter().map(|p| p.member).collect();
        prop_assert_eq!(members, group.members);
    }

    #[test]
    fn every_combination_of_share_links_decodes_into_that_many_people(
        people in proptest::collection::vec((answers(), 0usize..4), 0..15),
        separator in prop_oneof![Just("\n"), Just(" "), Just(", "), Just(";\r\n"), Just("\n\nand\n")],
    ) {
        let wrap = |answers: &AssessmentAnswers, style: usize| {
            let code = encode_share(answers);
            match style {
                0 => format!("https://example.org/assess#r={code}"),
                1 => format!("<https://example.org/assess?step=roles&amp;r={code}>"),
                2 => code,
                _ => format!("(https://example.org/cop/assess#r={code})."),
            }
        };
        let text: Vec<String> = people.iter().map(|(a, style)| wrap(a, *style)).collect();
        let links = read_links(&text.join(separator));
        prop_assert!(links.problems.is_empty(), "{:?}", links.problems);
        prop_assert_eq!(links.kept_text, "");
        let read: Vec<&AssessmentAnswers> = links.people.iter().map(|p| &p.member.answers).collect();
        let expected: Vec<&AssessmentAnswers> = people.iter().map(|(a, _)| a).collect();
        prop_assert_eq!(read, expected);
    }

    #[test]
    fn labels_are_kept_clean(label in "\\PC{0,60}") {
        let clean = clean_label(&label);
        prop_assert!(clean.chars().count() <= MAX_LABEL);
        prop_assert_eq!(clean_label(&clean), clean.clone());
        prop_assert!(!clean.contains('\n') && clean.trim() == clean);
    }

    #[test]
    fn display_labels_are_all_different(group in group(0..MAX_PEOPLE + 1)) {
        let labels = group.display_labels();
        prop_assert_eq!(labels.len(), group.members.len());
        let mut lower: Vec<String> = labels.iter().map(|l| l.to_lowercase()).collect();
        lower.sort();
        lower.dedup();
        prop_assert_eq!(lower.len(), labels.len());
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let links = read_links(&text);
        prop_assert!(links.people.len() + links.problems.len() <= text.len() * MAX_PEOPLE + 1);
        let _ = group_decode(&text);
        let _ = group_decode(&format!("1.{text}"));
        let _ = group_from_json("x.json", text.as_bytes());
        let _ = read_file("x.json", text.as_bytes());
        let mut group = Group::default();
        let pasted = group.paste(&text);
        prop_assert!(group.members.len() <= MAX_PEOPLE);
        prop_assert_eq!(pasted.added, group.members.len());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_file("x.bin", &bytes);
        let _ = group_from_json("x.bin", &bytes);
        let mut group = Group::default();
        let _ = group.add_file("x.bin", &bytes);
        prop_assert!(group.members.len() <= MAX_PEOPLE);
    }

    #[test]
    fn damaged_group_links_and_files_never_panic(
        group in group(0..4),
        cut in any::<prop::sample::Index>(),
        flip in any::<prop::sample::Index>(),
    ) {
        let code = group_encode(&group).unwrap();
        let _ = group_decode(&code[..cut.index(code.len() + 1)]);
        let _ = read_links(&format!("https://x.org/together/#g={}", &code[..cut.index(code.len() + 1)]));
        let mut json = group_to_json(&group, None).into_bytes();
        let at = flip.index(json.len());
        json[at] ^= 0x20;
        let _ = read_file("team.json", &json);
        let _ = read_file("team.json", &json[..cut.index(json.len() + 1)]);
    }
}
