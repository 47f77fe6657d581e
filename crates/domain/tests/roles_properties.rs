//! Property tests for the roles and toolkit additions: no input panics them,
//! and the URL encodings round-trip.
#![cfg(not(target_arch = "wasm32"))]

use domain::content::load;
use domain::richtext;
use domain::roles::rings::{Ring, rings};
use domain::roles::state::RolesState;
use domain::roles::{Level, RolesFile, Share};
use domain::url::QueryString;
use domain::url_state::{Read, UrlState};
use proptest::prelude::*;

static SAMPLE: std::sync::LazyLock<RolesFile> = std::sync::LazyLock::new(|| {
    load::<RolesFile>(include_bytes!("../../../public/data/roles.json")).unwrap()
});

fn sample() -> &'static RolesFile {
    &SAMPLE
}

fn level(share: Option<(u8, u8)>, outside: bool) -> Level {
    let rich = |text: &str| serde_json::from_value(serde_json::Value::String(text.into())).unwrap();
    Level {
        id: "x".into(),
        name: "X".into(),
        short_name: "X".into(),
        summary: "X".into(),
        share: share.map(|(min, max)| Share { min, max }),
        share_text: rich("x"),
        looks_like: rich("x"),
        commitment: None,
        moving: rich("x"),
        outside,
    }
}

/// A valid state of the sample file: every index in range.
fn state() -> impl Strategy<Value = RolesState> {
    prop_oneof![
        (0..4usize).prop_map(RolesState::Role),
        (0..5usize).prop_map(RolesState::Aspect),
        Just(RolesState::Matrix),
        (0..5usize).prop_map(RolesState::Level),
        (
            proptest::option::of(0..5usize),
            proptest::option::of(0..4usize),
            proptest::option::of(0..2usize)
        )
            .prop_map(|(a, b, c)| RolesState::Fit(vec![a, b, c])),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn loading_arbitrary_bytes_as_roles_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = load::<RolesFile>(&bytes);
    }

    #[test]
    fn table_markup_never_panics(text in r"[|\-: a-z\\\n\[\]()*^#>]{0,120}") {
        let _ = richtext::parse(&text);
        let _ = richtext::parse(&format!("Table: t\n{text}"));
    }

    #[test]
    fn roles_state_round_trips_through_the_url(state in state()) {
        let roles = sample();
        let mut query = QueryString::default();
        state.write(roles, &mut query);
        let reparsed = QueryString::parse(&query.to_query());
        prop_assert_eq!(RolesState::read(&reparsed, roles), Read::clean(state));
    }

    #[test]
    fn any_query_gives_a_valid_state(text in r"\PC{0,60}", key in "(role|aspect|level|fit|view)") {
        let roles = sample();
        for query in [QueryString::parse(&text), QueryString::parse(&format!("{key}={text}"))] {
            match RolesState::read(&query, roles).state {
                RolesState::Role(i) => prop_assert!(i < roles.roles.len()),
                RolesState::Aspect(i) => prop_assert!(i < roles.aspects.len()),
                RolesState::Level(i) => prop_assert!(i < roles.levels.len()),
                RolesState::Matrix => {}
                RolesState::Fit(answers) => {
                    prop_assert_eq!(answers.len(), roles.fit.questions.len());
                    for (question, answer) in roles.fit.questions.iter().zip(answers) {
                        prop_assert!(answer.is_none_or(|a| a < question.options.len()));
                    }
                }
            }
        }
    }

    #[test]
    fn fit_answers_round_trip(a in proptest::option::of(0..5usize), b in proptest::option::of(0..4usize), c in proptest::option::of(0..2usize)) {
        let roles = sample();
        let answers = vec![a, b, c];
        let encoded = roles.fit.encode(&answers);
        prop_assert_eq!(roles.fit.decode(&encoded), (answers.clone(), false));
        let result = roles.fit.result(roles, &answers);
        prop_assert_eq!(result.is_some(), answers.iter().all(Option::is_some) && b.is_some());
    }

    #[test]
    fn rings_grow_outwards_and_fill_the_community(
        shares in proptest::collection::vec(proptest::option::of((1u8..=100, 0u8..=100)), 1..7),
        outside in 0..3usize,
    ) {
        let mut levels: Vec<Level> = shares
            .iter()
            .map(|share| level(share.map(|(min, extra)| (min, min.saturating_add(extra).min(100))), false))
            .collect();
        levels.extend((0..outside).map(|_| level(None, true)));
        let drawn: Vec<Ring> = rings(&levels);
        prop_assert_eq!(drawn.len(), levels.len());
        let mut last = 0.0;
        for ring in &drawn {
            prop_assert!(ring.inner.is_finite() && ring.outer.is_finite());
            prop_assert!((ring.inner - last).abs() < 1e-12, "rings touch");
            prop_assert!(ring.outer > ring.inner, "every ring has width: {:?}", ring);
            last = ring.outer;
        }
        prop_assert!((drawn[shares.len() - 1].outer - 1.0).abs() < 1e-9, "the inside fills the community");
    }
}
