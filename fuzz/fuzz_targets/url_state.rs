//! URL-state decoders on arbitrary text: never panic; what they produce
//! encodes and decodes back to itself. The views' decoders read the
//! published content files, as the app does.
#![no_main]

use std::sync::OnceLock;

use domain::assessment::{AssessState, AssessmentFile, decode_share, encode_share};
use domain::content::{ContentFile, load};
use domain::directory::DirectoryFile;
use domain::directory::state::DirectoryState;
use domain::guide::{GuideFile, GuideState};
use domain::roles::RolesFile;
use domain::roles::state::RolesState;
use domain::routes::{Route, canonical_path};
use domain::search::{Query, SearchIndex};
use domain::toolkit::state::ToolkitState;
use domain::url::QueryString;
use domain::url_state::{UrlState, parameters_of};
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

/// Reads `S` from `query` and writes it: the link written reads back to a
/// state that writes the same link again. Returns the state read from
/// `query` and the one read back from its link.
fn round_trip<S: UrlState + std::fmt::Debug>(query: &QueryString, content: &S::Content) -> (S, S) {
    let state = S::read(query, content).state;
    let mut written = QueryString::default();
    state.write(content, &mut written);
    let again = S::read(&written, content).state;
    let mut rewritten = QueryString::default();
    again.write(content, &mut rewritten);
    assert_eq!(rewritten, written, "{:?} round-trips", S::ROUTE);
    // The link itself (private parameters in its fragment) reads back too.
    let from_link = S::read(&parameters_of(&state.path(content)), content).state;
    assert_eq!(from_link, again, "{:?} reads back from its link", S::ROUTE);
    (state, again)
}

fuzz_target!(|text: &str| {
    let query = QueryString::parse(text);
    assert_eq!(QueryString::parse(&query.to_query()), query);
    let content = content();
    round_trip::<DirectoryState>(&query, &content.directory);
    round_trip::<GuideState>(&query, &content.guide);
    let (roles, again) = round_trip::<RolesState>(&query, &content.roles);
    assert_eq!(again, roles, "roles state reads back the same");
    round_trip::<ToolkitState>(&query, &());
    round_trip::<AssessState>(&query, &content.assessment);
    let _ = Route::from_path(text);
    let path = canonical_path(text);
    assert_eq!(canonical_path(&path), path);
    let index = SearchIndex::build(&[1], [vec![(0, "finance procurement events")]]);
    let _ = index.search(&Query::parse(text));
    if let Ok(answers) = decode_share(text) {
        assert_eq!(decode_share(&encode_share(&answers)), Ok(answers));
    }
});
