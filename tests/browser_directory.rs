//! Component tests of the directory view in headless Chromium: the real
//! `DirectoryBrowser` with a small directory, inside a router, driven the way
//! a person drives it (typing, ticking, following links).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use cop_navigator::components::announcer::Announcer;
use cop_navigator::pages::directory::DirectoryBrowser;
use cop_navigator::web::base::AppBase;
use cop_navigator::web::content::ContentStore;
use domain::content::load;
use domain::directory::DirectoryFile;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/browser.rs"]
mod support;
use support::{container, set_url, wait_for};

const DIRECTORY: &str = r#"{"communities": [
  {"id": "fin", "name": "Finance Forum", "kind": "community-of-practice", "organisation": "Alpha",
   "service_area": "Finance", "summary": "Budgets and forecasting.", "topics": ["budgets"],
   "audience": "Finance staff", "status": "active", "last_reviewed": "2026-01-01",
   "join": "mailto:finance-forum@example.ac.uk"},
  {"id": "events", "name": "Events Circle", "kind": "professional-network", "organisation": "Beta",
   "service_area": "Events", "summary": "Conferences and venues.", "topics": ["events"],
   "audience": "Event organisers", "status": "active", "last_reviewed": "2020-01-01"},
  {"id": "old", "name": "Old Finance Club", "kind": "community-of-practice", "organisation": "Beta",
   "service_area": "Finance", "summary": "Closed.", "topics": ["finance"],
   "audience": "Anyone", "status": "archived", "last_reviewed": "2019-01-01"}
]}"#;

/// Mounts the directory at `/directory?{query}` in a fresh container.
fn mount(query: &str) -> (HtmlElement, impl Drop) {
    set_url(&format!("/directory{query}"));
    let root = container();
    let directory = Arc::new(load::<DirectoryFile>(DIRECTORY.as_bytes()).unwrap());
    let mounted = mount_to(root.clone(), move || {
        Announcer::provide();
        // The detail reads site.json (the programme contact) from the store.
        ContentStore::provide(AppBase::detect());
        view! { <Router><DirectoryBrowser directory=directory.clone()/></Router> }
    });
    (root, mounted)
}

fn find(root: &HtmlElement, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn all_text(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.text_content())
        .collect()
}

fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn typing_filters_cards_and_marks_the_matched_words() {
    let (root, _mounted) = mount("");
    wait_for("the results", || {
        text(&root, "#results-title") == "2 communities"
    })
    .await;
    assert_eq!(
        all_text(&root, "#results-list h3"),
        ["Finance Forum", "Events Circle"]
    );
    assert!(text(&root, ".archived-note").contains("1 archived community also matches"));

    let input = find(&root, "#directory-search")
        .unwrap()
        .unchecked_into::<HtmlInputElement>();
    type_into(&input, "budg");
    wait_for("the search", || {
        text(&root, "#results-title") == "1 community matches “budg”"
    })
    .await;
    assert_eq!(all_text(&root, "#results-list h3"), ["Finance Forum"]);
    assert_eq!(
        all_text(&root, "#results-list mark"),
        ["Budgets", "budgets"]
    );
    // The URL records the words once typing pauses.
    wait_for("the URL", || {
        window().location().search().unwrap() == "?q=budg"
    })
    .await;
    assert_eq!(input.value(), "budg", "the box keeps what was typed");
}

#[wasm_bindgen_test]
async fn ticking_a_facet_keeps_the_same_checkbox_and_updates_counts() {
    let (root, _mounted) = mount("?q=finance");
    wait_for("the results", || {
        text(&root, "#results-title").starts_with("1 community")
    })
    .await;
    let first_checkbox = find(&root, "fieldset input[type=checkbox]").unwrap();
    let labels = all_text(&root, "fieldset label.check");
    assert!(labels.contains(&"Alpha(1)".to_string()), "{labels:?}");
    // Archived is hidden by default; its count says what ticking it would add.
    assert!(labels.contains(&"Archived(1)".to_string()), "{labels:?}");

    let archived = root.query_selector_all("fieldset label.check").unwrap();
    let archived = (0..archived.length())
        .filter_map(|i| archived.item(i))
        .find(|label| {
            label
                .text_content()
                .unwrap_or_default()
                .starts_with("Archived")
        })
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .query_selector("input")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlInputElement>();
    archived.focus().unwrap();
    archived.click();
    wait_for("archived results", || {
        text(&root, "#results-title").contains("your filters")
    })
    .await;
    assert_eq!(all_text(&root, "#results-list h3"), ["Old Finance Club"]);
    assert_eq!(
        window().location().search().unwrap(),
        "?q=finance&status=archived"
    );
    assert!(archived.checked());
    assert!(
        archived.is_connected(),
        "the checkbox was updated, not replaced"
    );
    assert_eq!(
        document()
            .active_element()
            .map(|e| e.is_same_node(Some(&archived))),
        Some(true),
        "focus stays on the checkbox"
    );
    assert!(first_checkbox.is_connected());
}

/// Follows a link the way the router does for Back and Forward: the
/// address changes and a popstate event tells the router. (Clicks are not
/// used here: each earlier test's router still listens for them.)
fn follow(href: &str) {
    window()
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        .unwrap();
    window()
        .dispatch_event(&web_sys::Event::new("popstate").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_card_opens_the_detail_and_back_returns_to_the_results() {
    let (root, _mounted) = mount("?q=events");
    wait_for("the results", || {
        text(&root, "#results-title").starts_with("1 community")
    })
    .await;
    let href = find(&root, "#card-events h3 a")
        .unwrap()
        .get_attribute("href")
        .unwrap();
    assert_eq!(
        href, "/directory?q=events&c=events",
        "the detail keeps the search"
    );
    follow(&href);
    wait_for("the detail", || {
        text(&root, "#detail-title") == "Events Circle"
    })
    .await;
    let detail = text(&root, ".community-detail");
    assert!(detail.contains("Professional network"), "{detail}");
    assert!(
        detail.contains("Needs review"),
        "reviewed in 2020: {detail}"
    );
    assert!(detail.contains("No joining route given"), "{detail}");
    let back = find(&root, ".back-link a")
        .unwrap()
        .get_attribute("href")
        .unwrap();
    assert_eq!(back, "/directory?q=events");

    window().history().unwrap().back().unwrap();
    wait_for("the list again", || find(&root, "#card-events").is_some()).await;
    let input = find(&root, "#directory-search")
        .unwrap()
        .unchecked_into::<HtmlInputElement>();
    assert_eq!(input.value(), "events", "the search is as it was");
}

#[wasm_bindgen_test]
async fn email_join_links_and_unknown_ids() {
    let (root, mounted) = mount("?c=fin");
    wait_for("the detail", || {
        text(&root, "#detail-title") == "Finance Forum"
    })
    .await;
    let link = find(&root, ".community-detail a[href^='mailto:']").unwrap();
    assert_eq!(link.text_content().unwrap(), "Contact the leads");
    assert_eq!(
        text(&root, ".contact-line"),
        "The leads: finance-forum@example.ac.uk",
        "the address is shown too, to copy"
    );
    drop(mounted);

    let (root, _mounted) = mount("?c=missing");
    wait_for("the not-found message", || {
        text(&root, "#detail-title") == "Community not found"
    })
    .await;
    assert!(
        root.text_content()
            .unwrap()
            .contains("no community with the id “missing”")
    );
}
