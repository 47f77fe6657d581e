//! Each route's prerendered first screen shows the content it was given: the
//! expectations are read from the content files (public/data, the fixture),
//! never written out here, and an edited file changes the page.

use std::sync::Arc;

use domain::content::{ContentFile, load};
use domain::directory::DirectoryFile;
use domain::directory::Status;
use domain::richtext::{Block, plain_inlines};
use domain::roles::RolesFile;
use domain::routes::Route;
use domain::site::SiteFile;
use domain::toolkit::ToolkitFile;
use prerender::{Page, render};

mod common;

use common::{Files, published};

fn parsed<T: ContentFile>(files: &Files) -> T {
    load::<T>(&files[T::FILE]).expect("the fixture is valid")
}

/// As the renderer writes text: `&`, `<` and `>` escaped.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn contains_text(page: &Page, text: &str) -> bool {
    page.body.contains(&escaped(text))
}

/// The text of every element with `class="CLASS"` whose content starts
/// with an `<a …>` link: the link's own text.
fn link_texts_in(page: &Page, class: &str) -> Vec<String> {
    let opening = format!("class=\"{class}\"");
    page.body
        .match_indices(&opening)
        .filter_map(|(at, _)| {
            let link = &page.body[at..];
            let start = link.find("<a ")?;
            let text_start = start + link[start..].find('>')? + 1;
            let text_end = text_start + link[text_start..].find("</a>")?;
            Some(link[text_start..text_end].to_string())
        })
        .collect()
}

#[test]
fn every_route_shows_its_loaded_view_under_its_title() {
    let files = published();
    let site = parsed::<SiteFile>(&files);
    for route in Route::ALL {
        let page = render(route, &files);
        assert!(
            page.body.contains("<h1"),
            "{route:?} has a level-one heading"
        );
        assert!(
            !page.body.contains("class=\"loading\"") && !page.body.contains("error-panel"),
            "{route:?} shows its content, not a loading or error state"
        );
        assert!(
            page.title.ends_with(&format!(" — {}", site.title())),
            "{route:?}: title {:?}",
            page.title
        );
        assert!(
            contains_text(&page, site.title()),
            "{route:?} shows the site title"
        );
    }
}

#[test]
fn the_directory_lists_the_first_page_of_communities_from_the_data() {
    let files = published();
    let directory = parsed::<DirectoryFile>(&files);
    let page = render(Route::Directory, &files);
    let listed: Vec<_> = directory
        .communities
        .iter()
        .filter(|community| community.status != Status::Archived)
        .collect();
    assert!(contains_text(
        &page,
        &format!("{} communities", listed.len())
    ));
    let cards = link_texts_in(&page, "card community-card");
    assert_eq!(cards.len(), listed.len().min(20), "one page of cards");
    for card in &cards {
        assert!(
            listed
                .iter()
                .any(|community| escaped(&community.name) == *card),
            "card {card:?} is a community in the data"
        );
    }
}

#[test]
fn the_toolkit_has_every_section_and_the_roles_every_role() {
    let files = published();
    let toolkit = render(Route::Toolkit, &files);
    for section in &parsed::<ToolkitFile>(&files).sections {
        assert!(
            contains_text(&toolkit, &section.title),
            "section {:?}",
            section.id
        );
    }
    let roles = render(Route::Roles, &files);
    for role in &parsed::<RolesFile>(&files).roles {
        assert!(contains_text(&roles, &role.name), "role {:?}", role.id);
    }
}

#[test]
fn the_guide_and_the_assessment_start_with_their_intros() {
    let files = published();
    let guide = parsed::<domain::guide::GuideFile>(&files);
    let assessment = parsed::<domain::assessment::AssessmentFile>(&files);
    for (route, intro) in [
        (Route::Guide, &guide.intro),
        (Route::Assess, &assessment.intro),
    ] {
        let page = render(route, &files);
        let Some(Block::Paragraph(first)) = intro.blocks.first() else {
            panic!("{route:?}: the intro starts with a paragraph");
        };
        let words = plain_inlines(first);
        // The first sentence, up to any citation or link (rendered apart).
        let sentence = words.split(['[', '.']).next().unwrap();
        assert!(contains_text(&page, sentence), "{route:?}: {sentence:?}");
    }
}

#[test]
fn an_edited_file_changes_the_page() {
    let files = published();
    let mut directory: serde_json::Value =
        serde_json::from_slice(&files["directory.json"]).unwrap();
    let old_name = directory["communities"][0]["name"]
        .as_str()
        .unwrap()
        .to_string();
    let new_name = "Procurement Practitioners Network";
    directory["communities"][0]["name"] = new_name.into();
    let mut edited = (*files).clone();
    edited.insert(
        "directory.json".into(),
        serde_json::to_vec(&directory).unwrap(),
    );
    let cards =
        |files: &Files| link_texts_in(&render(Route::Directory, files), "card community-card");
    let edited_cards = cards(&Arc::new(edited));
    assert!(edited_cards.contains(&escaped(new_name)));
    assert!(
        !edited_cards.contains(&escaped(&old_name)),
        "{old_name:?} is gone"
    );
    assert!(cards(&files).contains(&escaped(&old_name)));
}

#[test]
fn the_site_title_comes_from_site_json() {
    let mut files = (*published()).clone();
    let mut site: serde_json::Value = serde_json::from_slice(&files["site.json"]).unwrap();
    site["title"] = "Staff Communities Finder".into();
    files.insert("site.json".into(), serde_json::to_vec(&site).unwrap());
    let files = Arc::new(files);
    for route in [Route::Toolkit, Route::Home] {
        let page = render(route, &files);
        assert!(
            page.title.ends_with(" — Staff Communities Finder"),
            "{:?}",
            page.title
        );
        assert!(
            contains_text(&page, "Staff Communities Finder"),
            "{route:?}: the header"
        );
    }
    // Nothing carries over to the next render.
    assert!(
        render(Route::Toolkit, &published())
            .title
            .ends_with(" — CoP Navigator")
    );
}

#[test]
fn the_footer_gives_the_programme_contact_only_when_site_json_has_one() {
    assert!(
        !render(Route::Home, &published())
            .body
            .contains("programme-contact")
    );
    let mut files = (*published()).clone();
    let mut site: serde_json::Value = serde_json::from_slice(&files["site.json"]).unwrap();
    site["programme_contact"] =
        serde_json::json!({"name": "CoP team", "email": "cop-team@example.ac.uk"});
    files.insert("site.json".into(), serde_json::to_vec(&site).unwrap());
    let page = render(Route::Directory, &Arc::new(files));
    assert!(page.body.contains(
        r#"<a href="mailto:cop-team@example.ac.uk" rel="external">cop-team@example.ac.uk</a>"#
    ));
    assert!(contains_text(&page, "CoP team"));
}

#[test]
fn a_broken_file_renders_its_message_not_a_panic() {
    let mut files = (*published()).clone();
    files.insert("toolkit.json".into(), b"{ \"intro\": ".to_vec());
    files.remove("roles.json");
    let files = Arc::new(files);
    let toolkit = render(Route::Toolkit, &files);
    assert!(toolkit.body.contains("error-panel") && toolkit.body.contains("toolkit.json"));
    let roles = render(Route::Roles, &files);
    assert!(roles.body.contains("error-panel") && roles.body.contains("roles.json"));
    // The others do not depend on those files.
    assert!(
        !render(Route::Directory, &files)
            .body
            .contains("error-panel")
    );
}

#[test]
fn no_control_pretends_to_work_and_every_own_link_is_relative() {
    let files = published();
    for route in Route::ALL {
        let body = render(route, &files).body;
        for control in ["<button", "<input", "<select", "<textarea"] {
            assert_eq!(
                body.matches(control).count(),
                body.matches(&format!("{control} disabled")).count(),
                "{route:?}: every {control} is disabled until the app runs"
            );
        }
        assert!(!body.contains("href=\"/"), "{route:?}: links are relative");
        assert!(!body.contains("<!"), "{route:?}: no renderer markers");
        assert!(
            !body.contains("<script") && !body.contains(" style="),
            "{route:?}: CSP-clean"
        );
    }
}
