use super::*;
use crate::search::distance::edit_distance;

const TITLE: usize = 0;
const BODY: usize = 1;

fn index(docs: &[(&str, &str)]) -> SearchIndex {
    SearchIndex::build(
        &[10, 1],
        docs.iter()
            .map(|(title, body)| vec![(TITLE, *title), (BODY, *body)]),
    )
}

fn ids(index: &SearchIndex, query: &str) -> Vec<usize> {
    index
        .search(&Query::parse(query))
        .into_iter()
        .map(|hit| hit.doc)
        .collect()
}

#[test]
fn exact_prefix_and_typo() {
    let idx = index(&[
        ("Procurement and Purchasing", "buying"),
        ("Financial Management", "budgets"),
        ("Finance", "money"),
    ]);
    assert_eq!(ids(&idx, "proc"), [0]);
    assert_eq!(ids(&idx, "PROCUREMENT"), [0]);
    assert_eq!(
        ids(&idx, "finanse"),
        [2],
        "one edit from Finance; two from any prefix of Financial"
    );
    assert_eq!(ids(&idx, "fin"), [1, 2], "prefix matches keep input order");
    assert_eq!(ids(&idx, "zzz"), Vec::<usize>::new());
    assert_eq!(ids(&idx, ""), Vec::<usize>::new());
    assert_eq!(ids(&idx, "fiannce"), [2], "transposition");
    assert_eq!(
        ids(&idx, "financ"),
        [1, 2],
        "a word being typed is a prefix"
    );
    assert_eq!(ids(&idx, "procuremnt"), [0], "typo in a long word");
}

#[test]
fn a_typo_in_a_prefix_must_be_inside_the_word() {
    let idx = index(&[
        ("Community events", ""),
        ("Internal comms", ""),
        ("Finances", ""),
    ]);
    assert_eq!(
        ids(&idx, "comms"),
        [1],
        "not a prefix search for comm: community is not a match"
    );
    assert_eq!(
        ids(&idx, "fimance"),
        [2],
        "a typo inside a word being typed"
    );
    assert_eq!(ids(&idx, "evens"), [0], "a whole-word typo still matches");
}

#[test]
fn short_words_get_no_typo_tolerance() {
    let idx = index(&[("Data", ""), ("Date", "")]);
    assert_eq!(ids(&idx, "data"), [0]);
    assert_eq!(ids(&idx, "dat"), [0, 1]);
}

#[test]
fn field_weights_and_all_words_first() {
    let idx = index(&[
        ("Events", "finance events"),
        ("Finance", "events team"),
        ("Research", "finance"),
    ]);
    assert_eq!(
        ids(&idx, "finance"),
        [1, 0, 2],
        "a title match outranks a body match"
    );
    let hits = idx.search(&Query::parse("finance events"));
    assert_eq!(
        hits.iter().map(|h| (h.doc, h.matched)).collect::<Vec<_>>(),
        [(0, 2), (1, 2), (2, 1)]
    );
}

#[test]
fn diacritics_and_stop_words() {
    let idx = index(&[("Café culture", ""), ("Data and Insight", "")]);
    assert_eq!(ids(&idx, "cafe"), [0]);
    assert_eq!(ids(&idx, "CAFÉ"), [0]);
    let hits = idx.search(&Query::parse("data and insight"));
    assert_eq!(hits[0].matched, 2, "'and' is not a word to match");
}

#[test]
fn equal_scores_keep_input_order() {
    let idx = index(&[("Alpha team", ""), ("Beta team", ""), ("Gamma team", "")]);
    assert_eq!(ids(&idx, "team"), [0, 1, 2]);
}

#[test]
fn suggestions_fix_words_that_match_nothing() {
    let idx = index(&[("Procurement", ""), ("Finance", ""), ("Finance team", "")]);
    assert_eq!(
        idx.suggest(&Query::parse("fnanace")),
        Some("finance".into())
    );
    assert_eq!(idx.suggest(&Query::parse("finance")), None);
    assert_eq!(idx.suggest(&Query::parse("qwertyuiop")), None);
}

#[test]
fn highlight_agrees_with_matching() {
    let query = Query::parse("proc finanse");
    assert!(query.matches_word("procurement"));
    assert!(query.matches_word("finance"));
    assert!(!query.matches_word("purchasing"));
}

#[test]
fn edit_distance_values() {
    let d = |a: &str, b: &str| {
        edit_distance(
            &a.chars().collect::<Vec<_>>(),
            &b.chars().collect::<Vec<_>>(),
        )
    };
    assert_eq!(d("fnanace", "finance"), 2);
    assert_eq!(d("abc", "abc"), 0);
    assert_eq!(d("ab", "ba"), 1);
    assert_eq!(d("a", "abcdef"), 3);
}

proptest::proptest! {
    /// The letter-set shortcut only skips words that could not match: the
    /// words found are exactly those the matching rules accept.
    #[test]
    fn pruning_never_drops_a_match(
        words in proptest::collection::vec("[abcdé]{1,9}", 1..40),
        query in "[abcdéx]{1,9}",
    ) {
        let docs: Vec<Vec<(usize, &str)>> = words.iter().map(|w| vec![(TITLE, w.as_str())]).collect();
        let idx = SearchIndex::build(&[10, 1], docs);
        let query = Query::parse(&query);
        let Some(term) = query.terms.first() else { return Ok(()) };
        let found: Vec<usize> = idx.matching_terms(term).into_iter().map(|(i, _)| i).collect();
        let expected: Vec<usize> = (0..idx.terms.len())
            .filter(|&i| quality(term, idx.term_chars(i)).is_some())
            .collect();
        let mut found_sorted = found.clone();
        found_sorted.sort_unstable();
        proptest::prop_assert_eq!(found_sorted, expected);
    }
}
