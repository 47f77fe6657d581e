//! URL-state decoders on arbitrary text: never panic; what they produce
//! encodes and decodes back to itself. The views' decoders read the
//! published content files, as the app does.
#![no_main]

use std::sync::OnceLock;

use domain::assessment::{AssessState, AssessmentFile, decode_share, encode_share};
use domain::content::{ContentFile, load};
use domain::directory::DirectoryFile;
use domain::directory::state::DirectoryState;
use domain::url_state::UrlState;
use domain::guide::{GuideFile, GuideState};
use domain::roles::RolesFile;
use domain::roles::state::RolesState;
use domain::routes::{Route, canonical_path};
use domain::search::{Query, SearchIndex};
use domain::toolkit::state::ToolkitState;
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
    let state = DirectoryState::read(&query, &content.directory).state;
    let mut written = QueryString::parse("");
    state.write(&content.directory, &mut written);
    let again = DirectoryState::read(&written, &content.directory).state;
    let mut rewritten = QueryString::parse("");
    again.write(&content.directory, &mut rewritten);
    assert_eq!(rewritten, written, "directory state round-trips");
    let guide = GuideState::read(&query, &content.guide).state;
    let mut written = QueryString::parse("");
    guide.write(&content.guide, &mut written);
    let again = GuideState::read(&written, &content.guide).state;
    let mut rewritten = QueryString::parse("");
    again.write(&content.guide, &mut rewritten);
    assert_eq!(rewritten, written, "guide state round-trips");
    let roles = RolesState::read(&query, &content.roles).state;
    let mut written = QueryString::parse("");
    roles.write(&content.roles, &mut written);
    let again = RolesState::read(&written, &content.roles).state;
    assert_eq!(again, roles, "roles state round-trips");
    let toolkit = ToolkitState::read(&query, &()).state;
    let mut written = QueryString::parse("");
    toolkit.write(&(), &mut written);
    let again = ToolkitState::read(&written, &()).state;
    let mut rewritten = QueryString::parse("");
    again.write(&(), &mut rewritten);
    assert_eq!(rewritten, written, "toolkit state round-trips");
    let assess = AssessState::read(&query, &content.assessment).state;
    let mut written = QueryString::parse("");
    assess.write(&content.assessment, &mut written);
    let again = AssessState::read(&written, &content.assessment).state;
    let mut rewritten = QueryString::parse("");
    again.write(&content.assessment, &mut rewritten);
    assert_eq!(rewritten, written, "assessment state round-trips");
    let _ = Route::from_path(text);
    let path = canonical_path(text);
    assert_eq!(canonical_path(&path), path);
    let index = SearchIndex::build(&[1], [vec![(0, "finance procurement events")]]);
    let _ = index.search(&Query::parse(text));
    if let Ok(answers) = decode_share(text) {
        assert_eq!(decode_share(&encode_share(&answers)), Ok(answers));
    }
});
