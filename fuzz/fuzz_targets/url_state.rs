//! URL-state decoders on arbitrary text: never panic; what they produce
//! encodes and decodes back to itself.
#![no_main]

use cop_navigator::domain::assessment::{decode_share, encode_share};
use cop_navigator::domain::routes::{Route, canonical_path};
use cop_navigator::domain::search::{Query, SearchIndex};
use cop_navigator::domain::url::QueryString;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let query = QueryString::parse(text);
    assert_eq!(QueryString::parse(&query.to_query()), query);
    let _ = Route::from_path(text);
    let path = canonical_path(text);
    assert_eq!(canonical_path(&path), path);
    let index = SearchIndex::build(&[1], [vec![(0, "finance procurement events")]]);
    let _ = index.search(&Query::parse(text));
    if let Ok(answers) = decode_share(text) {
        assert_eq!(decode_share(&encode_share(&answers)), Ok(answers));
    }
});
