//! The self-assessment's components in headless Chromium: real localStorage
//! (and a blocked one), autosave and resume, the result chart's text
//! alternative, and a malformed share link. The test server has no `data/`
//! folder, so the content comes from the repository and the directory fails
//! to load, which the result must survive. Answers it cannot read are kept.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use cop_navigator::components::announcer::Announcer;
use cop_navigator::pages::assess::{Assessment, STORAGE_KEY};
use cop_navigator::web::base::AppBase;
use cop_navigator::web::content::ContentStore;
use cop_navigator::web::storage;
use domain::assessment::{AssessmentAnswers, AssessmentFile, Level, from_json, to_json};
use domain::content::load;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/browser.rs"]
mod support;
use support::{container, set_url, sleep, wait_for};

fn content() -> Arc<AssessmentFile> {
    Arc::new(load(include_bytes!("../public/data/assessment.json")).unwrap())
}

/// Mounts the assessment at `query` (e.g. `?step=roles`) with the app's
/// context; the returned handle unmounts it when dropped.
fn mount(query: &str) -> (HtmlElement, Box<dyn std::any::Any>) {
    let location = window().location();
    let path = location.pathname().unwrap();
    set_url(&format!("{path}{query}"));
    let root = container();
    let handle = mount_to(root.clone(), || {
        Announcer::provide();
        ContentStore::provide(AppBase::detect());
        view! { <Router><Assessment content=content()/></Router> }
    });
    (root, Box::new(handle))
}

fn find(root: &HtmlElement, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into::<HtmlElement>())
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn saved() -> Option<AssessmentAnswers> {
    storage::get(STORAGE_KEY)
        .unwrap()
        .map(|text| from_json("saved.json", text.as_bytes()).unwrap())
}

fn save(answers: &AssessmentAnswers) {
    storage::set(STORAGE_KEY, &to_json(answers, None)).unwrap();
}

#[wasm_bindgen_test]
fn storage_round_trips_and_reports_availability() {
    assert!(storage::available());
    storage::set("cop-navigator.test", "value").unwrap();
    assert_eq!(
        storage::get("cop-navigator.test").unwrap().as_deref(),
        Some("value")
    );
    storage::remove("cop-navigator.test").unwrap();
    assert_eq!(storage::get("cop-navigator.test").unwrap(), None);
}

#[wasm_bindgen_test]
async fn answers_are_autosaved_and_resumed_after_a_remount() {
    storage::remove(STORAGE_KEY).unwrap();
    {
        let (root, _mounted) = mount("?step=roles");
        wait_for("the roles step", || {
            find(&root, "#role-sponsor-partly").is_some()
        })
        .await;
        assert!(text(&root, "#step-heading").contains("Sponsorship and roles"));
        find(&root, "#role-sponsor-partly").unwrap().click();
        wait_for("the autosave", || {
            saved().is_some_and(|a| a.level("role-sponsor") == Some(Level::Partly))
        })
        .await;
        root.remove();
    }
    let (root, _mounted) = mount("");
    wait_for("the welcome back panel", || {
        text(&root, ".resume").contains("Welcome back")
    })
    .await;
    assert!(
        text(&root, ".resume").contains("1 of 23 statements answered"),
        "{}",
        text(&root, ".resume")
    );
    assert!(find(&root, "#storage-notice").is_none());
    root.remove();
    storage::remove(STORAGE_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn blocked_storage_shows_a_notice_and_the_assessment_still_works() {
    let block = "window.__savedStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
        Object.defineProperty(window, 'localStorage', { configurable: true,
            get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });";
    let unblock = "if (window.__savedStorage) Object.defineProperty(window, 'localStorage', window.__savedStorage);
        else delete window.localStorage;";
    js_sys::eval(block).unwrap();
    assert!(!storage::available());
    assert!(storage::set(STORAGE_KEY, "x").is_err());
    {
        let (root, _mounted) = mount("?step=roles");
        wait_for("the roles step", || {
            find(&root, "#role-leads-mostly").is_some()
        })
        .await;
        assert!(text(&root, "#storage-notice").contains("Your answers will not be kept"));
        let option = find(&root, "#role-leads-mostly").unwrap();
        option.click();
        sleep(50).await;
        assert!(option.unchecked_into::<HtmlInputElement>().checked());
        root.remove();
    }
    js_sys::eval(unblock).unwrap();
    assert!(storage::available(), "storage is back for the other tests");
}

#[wasm_bindgen_test]
async fn the_result_chart_has_a_text_alternative_and_a_table() {
    let content = content();
    let mut answers = AssessmentAnswers::default();
    answers.set_domain("events");
    for (_, statement) in content.statements() {
        answers.set_level(&statement.id, Some(Level::Mostly));
    }
    answers.set_level("plan-delivery", Some(Level::NotYet));
    save(&answers);
    let (root, _mounted) = mount("?step=result");
    wait_for("the chart", || find(&root, "svg[role=img]").is_some()).await;
    let label = find(&root, "svg[role=img]")
        .unwrap()
        .get_attribute("aria-label")
        .unwrap();
    assert!(label.contains("Executive sponsorship: 67%"), "{label}");
    assert!(label.contains("First plan: 44%"), "{label}");
    let table = find(&root, "#factor-table").unwrap();
    assert!(table.hidden());
    let toggle = find(&root, "button[aria-controls=factor-table]").unwrap();
    toggle.click();
    sleep(50).await;
    assert!(!table.hidden());
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let rows = root
        .query_selector_all("#factor-table tbody tr")
        .unwrap()
        .length();
    assert_eq!(rows as usize, content.factors.len());
    assert!(text(&root, ".overall").contains("Nearly ready"));
    // The directory is missing on the test server: the result says so and goes on.
    wait_for("the directory message", || {
        text(&root, "section.existing").contains("could not be loaded")
    })
    .await;
    assert!(text(&root, "ol.gaps").contains("First plan"));
    root.remove();
    storage::remove(STORAGE_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn a_damaged_share_link_changes_nothing() {
    let mut mine = AssessmentAnswers::default();
    mine.set_level("role-sponsor", Some(Level::InPlace));
    save(&mine);
    let (root, _mounted) = mount("?step=roles&r=1.eyJhIjp7");
    wait_for("the error", || find(&root, "[role=alert]").is_some()).await;
    let alert = text(&root, "[role=alert]");
    assert!(alert.contains("incomplete or damaged"), "{alert}");
    assert!(
        alert.contains("Nothing you had saved was changed."),
        "{alert}"
    );
    assert_eq!(saved(), Some(mine));
    wait_for("the code to leave the address", || {
        window().location().search().unwrap() == "?step=roles"
    })
    .await;
    root.remove();
    storage::remove(STORAGE_KEY).unwrap();
}

// Stored answers the app cannot read (saved by a newer version, or damaged)
// are moved aside, never deleted: the person is told, can download them,
// and deletes them only by choice.

const NEWER: &str = r#"{"format": "cop-navigator-assessment", "version": 99, "answers": {}}"#;

fn unreadable_key() -> String {
    format!("{STORAGE_KEY}.unreadable")
}

fn button(root: &HtmlElement, label: &str) -> Option<HtmlElement> {
    let buttons = root.query_selector_all("#kept-answers button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|node| node.unchecked_into::<HtmlElement>())
        .find(|button| button.text_content().as_deref() == Some(label))
}

#[wasm_bindgen_test]
async fn unreadable_answers_are_kept_and_deleted_only_on_request() {
    storage::remove(&unreadable_key()).unwrap();
    storage::set(STORAGE_KEY, NEWER).unwrap();
    let (root, _mounted) = mount("");
    wait_for("the notice", || find(&root, "#kept-answers").is_some()).await;
    let notice = text(&root, "#kept-answers");
    assert!(
        notice.contains("Answers saved in this browser could not be read.")
            && notice.contains("saved by a newer version of CoP Navigator (format version 99)")
            && notice.contains("You are starting with a blank assessment."),
        "{notice}"
    );
    assert_eq!(
        find(&root, "#kept-answers")
            .unwrap()
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    assert!(button(&root, "Download the kept answers").is_some());
    assert!(
        button(&root, "Open them").is_none(),
        "this version cannot read them"
    );
    // Autosave runs with the blank answers: the copy aside must survive it.
    sleep(100).await;
    assert_eq!(
        storage::get(&unreadable_key()).unwrap().as_deref(),
        Some(NEWER)
    );
    assert_eq!(storage::get(STORAGE_KEY).unwrap(), None);

    button(&root, "Delete the kept answers").unwrap().click();
    wait_for("the notice to go", || {
        find(&root, "#kept-answers").is_none()
    })
    .await;
    assert_eq!(storage::get(&unreadable_key()).unwrap(), None);
    root.remove();
}

#[wasm_bindgen_test]
async fn answers_kept_on_an_earlier_visit_are_offered_again() {
    storage::remove(STORAGE_KEY).unwrap();
    storage::set(&unreadable_key(), "{ damaged").unwrap();
    let (root, _mounted) = mount("");
    wait_for("the notice", || find(&root, "#kept-answers").is_some()).await;
    let notice = text(&root, "#kept-answers");
    assert!(notice.contains("set aside on an earlier visit"), "{notice}");
    assert_eq!(
        find(&root, "#kept-answers").unwrap().get_attribute("role"),
        None,
        "not an alert the second time"
    );
    root.remove();
    storage::remove(&unreadable_key()).unwrap();
}
