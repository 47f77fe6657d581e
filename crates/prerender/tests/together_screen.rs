//! Start together's prerendered first screen (apps/together): its heading
//! and every step, the controls present but disabled until the app starts,
//! its links into the navigator, and the site's title from site.json.

use std::sync::Arc;

use prerender::render_together;

mod common;

use common::published;

#[test]
fn shows_every_step_with_controls_disabled() {
    let page = render_together(&published());
    assert_eq!(page.title, "Start together — CoP Navigator");
    assert!(
        page.body.contains("<h1>Start together</h1>"),
        "{}",
        page.body
    );
    for heading in [
        "1. Add the people starting it",
        "2. Where you agree and differ",
        "3. Progress since an earlier result",
        "4. Starter documents",
    ] {
        assert!(page.body.contains(heading), "missing {heading}");
    }
    assert!(
        page.body
            .contains("Add at least two people in step 1 to compare their answers.")
    );
    for id in ["links", "files", "earlier-file", "guide-link"] {
        let at = (page.body.find(&format!(" id=\"{id}\"")))
            .unwrap_or_else(|| panic!("no control with id {id}"));
        let start = page.body[..at].rfind('<').unwrap();
        let tag = &page.body[start..at + page.body[at..].find('>').unwrap()];
        assert!(tag.contains(" disabled"), "{tag} is not disabled");
    }
    // Links into the navigator go from the root; the build makes them relative.
    assert!(page.body.contains("href=\"./assess\""), "{}", page.body);
}

#[test]
fn takes_the_site_title_from_site_json() {
    let mut files = (*published()).clone();
    files.insert(
        "site.json".to_string(),
        br#"{"title": "Communities at Example"}"#.to_vec(),
    );
    let page = render_together(&Arc::new(files));
    assert_eq!(page.title, "Start together — Communities at Example");
    assert!(page.body.contains("Communities at Example"));
}

#[test]
fn a_missing_starter_file_is_said_in_its_step_only() {
    let mut files = (*published()).clone();
    files.remove("starter.json");
    let page = render_together(&Arc::new(files));
    assert!(page.body.contains("1. Add the people starting it"));
    assert!(page.body.contains("could not be loaded"), "{}", page.body);
}
