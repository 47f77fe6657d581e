//! URL-state decoders on arbitrary text: never panic; what they produce
//! encodes and decodes back to itself. The views' decoders read the
//! published content files, as the app does.
#![no_main]

use std::sync::OnceLock;

use domain::assessment::{AssessmentFile, decode_share, encode_share};
use domain::content::{ContentFile, load};
use domain::directory::DirectoryFile;
use domain::directory::state::DirectoryState;
use domain::guide::{GuideFile, View};
use domain::roles::RolesFile;
use domain::roles::state::View as RolesView;
use domain::routes::{Route, canonical_path};
use domain::search::{Query, SearchIndex};
use domain::url::QueryString;
use libfuzzer_sys::fuzz_target;

struct Content {
    directory: DirectoryFile,
    guide: GuideFile,
    roles: RolesFile,
    assessment: AssessmentFile,
}

fn published<T: ContentFile>(bytes: &[u8]) -> T {
    load::<T>(bytes).unwrap_or_else(|error| panic!("{error}"))
}

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content {
        directory: published(include_bytes!("../../public/data/directory.json")),
        guide: published(include_bytes!("../../public/data/guide.json")),
        roles: published(include_bytes!("../../public/data/roles.json")),
        assessment: published(include_bytes!("../../public/data/assessment.json")),
    })
}

fuzz_target!(|text: &str| {
    let query = QueryString::parse(text);
    assert_eq!(QueryString::parse(&query.to_query()), query);
    let content = content();
    let (mut state, _) = DirectoryState::from_query(&query);
    let _ = state.resolve(&content.directory);
    let mut written = QueryString::parse("");
    state.write_to(&mut written);
    let (again, _) = DirectoryState::from_query(&written);
    let mut rewritten = QueryString::parse("");
    again.write_to(&mut rewritten);
    assert_eq!(rewritten, written, "directory state round-trips");
    let _ = View::read(&query, &content.guide);
    let _ = RolesView::from_query(&content.roles, &query);
    let _ = domain::assessment::Step::parse(&content.assessment, query.get("step"));
    let _ = Route::from_path(text);
    let path = canonical_path(text);
    assert_eq!(canonical_path(&path), path);
    let index = SearchIndex::build(&[1], [vec![(0, "finance procurement events")]]);
    let _ = index.search(&Query::parse(text));
    if let Ok(answers) = decode_share(text) {
        assert_eq!(decode_share(&encode_share(&answers)), Ok(answers));
    }
});
