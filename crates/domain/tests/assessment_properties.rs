//! Property tests of the self-assessment core: saved files and share links
//! round-trip exactly, nothing panics on arbitrary input, and scoring keeps
//! its invariants for any answers.
#![cfg(not(target_arch = "wasm32"))]

use domain::assessment::{
    ActionPlan, AssessState, AssessmentAnswers, AssessmentFile, GAP_COUNT, Level, MAX_DOMAIN,
    MAX_NAME, MAX_NOTE, action_plan_rtf, base64, decode_share, encode_share, from_json, rtf_escape,
    score, to_json,
};
use domain::content::load;
use domain::url::QueryString;
use domain::url_state::{Read, UrlState, link_parameters};
use proptest::prelude::*;

fn content() -> AssessmentFile {
    load::<AssessmentFile>(include_bytes!("../../../public/data/assessment.json")).unwrap()
}

fn level() -> impl Strategy<Value = Option<Level>> {
    prop_oneof![
        Just(None),
        (0u32..4).prop_map(|p| Some(Level::from_points(p)))
    ]
}

/// Any answers: statement ids from the sample and made up, any text.
fn answers() -> impl Strategy<Value = AssessmentAnswers> {
    let ids: Vec<String> = content().statements().map(|(_, s)| s.id.clone()).collect();
    let id = prop_oneof![
        proptest::sample::select(ids),
        // Any valid id (`domain::ids`): statements can have no other.
        "[a-z0-9]([a-z0-9-]{0,19}[a-z0-9])?".prop_map(String::from),
    ];
    let text = |max: usize| proptest::string::string_regex(&format!("\\PC{{0,{max}}}")).unwrap();
    (
        text(MAX_NAME),
        text(MAX_DOMAIN),
        proptest::collection::vec(
            (
                id,
                level(),
                prop_oneof![
                    Just(String::new()),
                    text(60),
                    "[\\n a-z*_\"\\\\]{0,40}".prop_map(String::from)
                ],
            ),
            0..30,
        ),
    )
        .prop_map(|(name, domain, responses)| {
            AssessmentAnswers::from_parts(&name, &domain, responses)
        })
}

/// Checks RTF text for what a reader needs: only printable ASCII (and line
/// breaks between paragraphs), every `\\`, `{` and `}` either escaped or
/// part of a group that closes, groups balanced and never closed early.
/// `Err` says where it went wrong. Returns the deepest nesting.
fn check_rtf(rtf: &str) -> Result<usize, String> {
    let mut depth = 0usize;
    let mut deepest = 0;
    let mut chars = rtf.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, '\\' | '{' | '}' | '*' | '~' | '-' | '_')) => {}
                Some((_, c)) if c.is_ascii_alphabetic() => {}
                other => return Err(format!("a lone backslash at {at}: {other:?}")),
            },
            '{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            '}' => {
                depth = depth
                    .checked_sub(1)
                    .ok_or_else(|| format!("a group closed before it opened at {at}"))?;
            }
            '\n' | ' '..='~' => {}
            other => return Err(format!("{other:?} at {at} is not escaped")),
        }
    }
    if depth == 0 {
        Ok(deepest)
    } else {
        Err(format!("{depth} groups left open"))
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_text_escapes_to_plain_rtf(text in "\\PC{0,80}", raw in any::<String>()) {
        for text in [&text, &raw] {
            let mut out = String::new();
            rtf_escape(text, &mut out);
            // Text alone opens no group: its braces are all escaped.
            prop_assert_eq!(check_rtf(&out), Ok(0), "{:?} → {:?}", text, out);
            prop_assert!(!out.contains('\n'));
            // Wrapped in a group, it still closes exactly there.
            prop_assert_eq!(check_rtf(&format!("{{\\b {out}}}")), Ok(1));
        }
    }

    #[test]
    fn the_word_document_is_valid_rtf_for_any_answers(answers in answers()) {
        let content = content();
        let outcome = score(&content, &answers);
        let rtf = action_plan_rtf(&ActionPlan {
            content: &content,
            answers: &answers,
            outcome: &outcome,
            directory: None,
            date: Some("2026-03-01"),
            app_url: Some("https://example.ac.uk/{cop}/"),
            share_url: Some("https://example.ac.uk/assess#r=1.\"x\\y"),
        });
        prop_assert!(rtf.starts_with("{\\rtf1\\ansi"), "the RTF header");
        prop_assert!(rtf.ends_with('}'), "closes the document");
        let checked = check_rtf(&rtf);
        prop_assert!(checked.is_ok(), "{:?}", checked);
        // The whole document is one group: the last brace closes the first.
        prop_assert_eq!(check_rtf(&rtf[..rtf.len() - 1]).err(), Some("1 groups left open".to_string()));
    }

    #[test]
    fn saved_files_round_trip(answers in answers(), dated in any::<bool>()) {
        let json = to_json(&answers, dated.then_some("2026-03-01"));
        prop_assert_eq!(from_json("saved.json", json.as_bytes()), Ok(answers));
    }

    #[test]
    fn share_links_round_trip_through_the_url(answers in answers()) {
        let code = encode_share(&answers);
        // In the fragment: browsers never send it, so no server logs notes.
        let url = format!("/assess#r={code}");
        prop_assert!(!url.contains('%'), "the code needs no escaping: {}", url);
        prop_assert_eq!(&AssessState::sharing(&code).path(&content()), &url);
        let reparsed = link_parameters("", url.trim_start_matches("/assess"));
        prop_assert_eq!(reparsed.get("r"), Some(code.as_str()));
        // Links made before the move still open.
        let old = link_parameters(&format!("?r={code}"), "");
        let opened = AssessState::read(&old, &content()).state;
        prop_assert_eq!(opened.share_code.as_deref(), Some(code.as_str()));
        prop_assert_eq!(decode_share(&code), Ok(answers));
    }

    #[test]
    fn the_url_state_round_trips_and_keeps_other_parameters(
        words in "\\PC{0,20}",
        step in proptest::option::of("[a-z-]{0,12}"),
        code in proptest::option::of("[A-Za-z0-9_.-]{1,20}"),
    ) {
        let content = content();
        let mut query = QueryString::default();
        query.set("q", &words).set("embed", "1");
        if let Some(step) = &step {
            query.set("step", step);
        }
        if let Some(code) = &code {
            query.set("r", code);
        }
        let read = AssessState::read(&query, &content);
        let known = step.as_deref().is_none_or(|step| {
            matches!(step, "" | "intro" | "community" | "result")
                || content.section_index(step).is_some()
        });
        prop_assert_eq!(read.notices.is_empty(), known);
        prop_assert_eq!(read.state.share_code.as_deref(), code.as_deref());
        let mut written = query.clone();
        read.state.write(&content, &mut written);
        prop_assert_eq!(AssessState::read(&written, &content), Read::clean(read.state.clone()));
        prop_assert_eq!(written.get("q"), query.get("q"));
        prop_assert_eq!(written.get("embed"), Some("1"));
    }

    #[test]
    fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let text = base64::encode(&bytes);
        prop_assert_eq!(base64::decode(&text), Some(bytes));
    }

    #[test]
    fn decoding_arbitrary_share_codes_never_panics(text in "\\PC{0,80}", bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
        let _ = decode_share(&text);
        let _ = decode_share(&format!("1.{text}"));
        let _ = decode_share(&format!("1.{}", base64::encode(&bytes)));
        let _ = base64::decode(&text);
    }

    #[test]
    fn decoding_jsonish_share_payloads_never_panics(text in r#"[\{\}\[\]",:0-9a-z \-]{0,80}"#) {
        let _ = decode_share(&format!("1.{}", base64::encode(text.as_bytes())));
    }

    #[test]
    fn reading_arbitrary_saved_files_never_panics(
        bytes in proptest::collection::vec(any::<u8>(), 0..200),
        text in r#"[\{\}\[\]",:0-9a-z_ \-\\]{0,120}"#,
    ) {
        let _ = from_json("x.json", &bytes);
        let _ = from_json("x.json", text.as_bytes());
        let wrapped = format!(r#"{{"format": "cop-navigator-assessment", "version": 1, {text}"#);
        if let Err(message) = from_json("x.json", wrapped.as_bytes()) {
            prop_assert!(message.starts_with("x.json"), "{}", message);
        }
    }

    #[test]
    fn loading_arbitrary_content_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = load::<AssessmentFile>(&bytes);
    }

    #[test]
    fn scoring_keeps_its_invariants(answers in answers()) {
        let content = content();
        let outcome = score(&content, &answers);
        prop_assert_eq!(outcome.total, content.statement_count());
        prop_assert_eq!(outcome.answered + outcome.unanswered.len(), outcome.total);
        prop_assert_eq!(outcome.answered, answers.answered(&content));
        prop_assert!(outcome.gaps.len() <= GAP_COUNT);
        let rating = |i: usize| outcome.factors[i].rating.unwrap();
        for pair in outcome.gaps.windows(2) {
            prop_assert!((rating(pair[0]).percent, pair[0]) < (rating(pair[1]).percent, pair[1]));
        }
        for &gap in &outcome.gaps {
            prop_assert!(rating(gap).level < Level::InPlace);
            prop_assert!(!outcome.strengths.contains(&gap));
        }
        // No factor outside the gaps is lower than a gap (unless the list is full).
        if outcome.gaps.len() < GAP_COUNT {
            for factor in &outcome.factors {
                if let Some(r) = factor.rating && r.level < Level::InPlace {
                    prop_assert!(outcome.gaps.contains(&factor.factor));
                }
            }
        }
        for factor in &outcome.factors {
            match factor.rating {
                Some(r) => {
                    prop_assert!(r.percent <= 100 && factor.answered > 0);
                    prop_assert_eq!(r.band, content.band_for(r.percent));
                }
                None => prop_assert_eq!(factor.answered, 0),
            }
        }
        match outcome.overall {
            Some(overall) => {
                prop_assert!(outcome.answered > 0 && overall.percent <= 100);
                prop_assert_eq!(overall.complete, outcome.unanswered.is_empty());
            }
            None => prop_assert_eq!(outcome.answered, 0),
        }
    }
}

#[test]
fn notes_keep_their_limit() {
    let mut answers = AssessmentAnswers::default();
    answers.set_note("x", &"é".repeat(MAX_NOTE + 10));
    assert_eq!(answers.note("x").chars().count(), MAX_NOTE);
}
