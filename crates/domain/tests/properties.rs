//! Property tests of the domain core: no input panics it, and the
//! conversions that should round-trip do.
#![cfg(not(target_arch = "wasm32"))]

use domain::content::load;
use domain::date::Date;
use domain::directory::DirectoryFile;
use domain::richtext;
use domain::routes::{Route, canonical_path};
use domain::search::{Query, SearchIndex, tokens};
use domain::toolkit::ToolkitFile;
use domain::url::{QueryString, decode, encode};
use proptest::prelude::*;

/// Arbitrary JSON-ish text: mostly the characters JSON and our markup use.
fn jsonish() -> impl Strategy<Value = String> {
    proptest::string::string_regex(r#"[\{\}\[\]",:0-9a-z_ \n\\\-\.tfn\*#\(\)\^/é]{0,200}"#).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = load::<DirectoryFile>(&bytes);
        let _ = load::<ToolkitFile>(&bytes);
    }

    #[test]
    fn loading_jsonish_text_never_panics_and_errors_have_positions(text in jsonish()) {
        if let Err(error) = load::<DirectoryFile>(text.as_bytes()) {
            let message = error.to_string();
            prop_assert!(message.starts_with("directory.json"), "{}", message);
        }
    }

    #[test]
    fn rich_text_never_panics(text in jsonish()) {
        let _ = richtext::parse(&text);
    }

    #[test]
    fn rich_text_plain_words_survive(words in proptest::collection::vec("[a-zA-Z]{1,10}", 1..20)) {
        let text = words.join(" ");
        let blocks = richtext::parse(&text).unwrap();
        prop_assert_eq!(richtext::plain_text(&blocks).split_whitespace().collect::<Vec<_>>().join(" "), text);
    }

    #[test]
    fn canonical_path_is_idempotent(path in "[/a-z.]{0,30}") {
        let once = canonical_path(&path);
        prop_assert_eq!(canonical_path(&once), once.clone());
        prop_assert!(once.starts_with('/'));
    }

    #[test]
    fn every_route_survives_static_host_forms(index in 0..Route::ALL.len(), form in 0..3usize) {
        let route = Route::ALL[index];
        let path = match (route, form) {
            (Route::Home, 0) => "/index.html".to_string(),
            (Route::Home, _) => "/".to_string(),
            (_, 0) => format!("{}/", route.path()),
            (_, 1) => format!("{}.html", route.path()),
            _ => format!("{}/index.html", route.path()),
        };
        prop_assert_eq!(Route::from_path(&path), Some(route));
    }

    #[test]
    fn dates_round_trip(year in 1900u16..2200, month in 1u8..=12, day in 1u8..=31) {
        let text = format!("{year:04}-{month:02}-{day:02}");
        if let Ok(date) = Date::parse(&text) {
            prop_assert_eq!(date.to_string(), text);
            prop_assert_eq!(date.months_until(date), 0);
        } else {
            prop_assert!(day > 28, "only impossible days are refused: {}", text);
        }
    }

    #[test]
    fn date_parsing_never_panics(text in "\\PC{0,12}") {
        let _ = Date::parse(&text);
    }

    #[test]
    fn search_is_total_ordered_and_sound(
        docs in proptest::collection::vec("[a-zé ]{0,40}", 0..30),
        query in "\\PC{0,20}",
    ) {
        let index = SearchIndex::build(&[3, 1], docs.iter().map(|d| vec![(0, d.as_str()), (1, "common words here")]));
        let parsed = Query::parse(&query);
        let hits = index.search(&parsed);
        prop_assert!(hits.len() <= docs.len());
        for pair in hits.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            prop_assert!((a.strong, a.matched, a.score, std::cmp::Reverse(a.doc)) >= (b.strong, b.matched, b.score, std::cmp::Reverse(b.doc)));
            prop_assert!(a.doc != b.doc);
        }
        for hit in &hits {
            prop_assert!(hit.matched >= 1 && hit.matched <= parsed.len());
            prop_assert!(!hit.strong || hit.matched == parsed.len(), "a strong match has every word");
            let words = tokens(&docs[hit.doc]).into_iter().chain(tokens("common words here"));
            prop_assert!(words.into_iter().any(|w| parsed.matches_word(&w)), "hit {} must contain a matching word", hit.doc);
        }
        let _ = index.suggest(&parsed);
    }

    #[test]
    fn query_strings_round_trip(pairs in proptest::collection::vec(("[a-z]{1,5}", "\\PC{0,15}"), 0..6)) {
        let mut query = QueryString::default();
        for (key, value) in &pairs {
            query.set(key, value);
        }
        let reparsed = QueryString::parse(&query.to_query());
        prop_assert_eq!(&reparsed, &query);
        for (key, value) in &pairs {
            prop_assert_eq!(decode(&encode(value)), value.clone());
            let _ = reparsed.get(key);
        }
    }

    #[test]
    fn query_parsing_never_panics(text in "\\PC{0,60}") {
        let _ = QueryString::parse(&text).to_query();
    }
}
