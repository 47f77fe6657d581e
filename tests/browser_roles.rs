//! Component tests of the role explorer in headless Chromium: the rings by
//! keyboard, choosing a role, "Which role fits me?", and citations.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use cop_navigator::components::announcer::Announcer;
use cop_navigator::pages::roles::RolesExplorer;
use cop_navigator::web::base::AppBase;
use cop_navigator::web::content::ContentStore;
use domain::content::load;
use domain::roles::RolesFile;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/browser.rs"]
mod support;
use support::{container, set_url, sleep, wait_for};

const ROLES: &[u8] = include_bytes!("../public/data/roles.json");

/// Mounts the explorer at `?query` in a fresh container.
fn mount(query: &str) -> (HtmlElement, impl Drop) {
    set_url(&format!("/roles{query}"));
    let root = container();
    let roles = Arc::new(load::<RolesFile>(ROLES).unwrap());
    let mounted = mount_to(root.clone(), move || {
        ContentStore::provide(AppBase::detect());
        Announcer::provide();
        let roles = roles.clone();
        view! { <Router><RolesExplorer roles/></Router> }
    });
    (root, mounted)
}

fn find(root: &HtmlElement, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// Dispatches a keydown with `key` on `target`, as a keyboard would.
fn press(target: &Element, key: &str) {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    let constructor = js_sys::Reflect::get(&window(), &"KeyboardEvent".into())
        .unwrap()
        .unchecked_into::<js_sys::Function>();
    let event =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&"keydown".into(), &init))
            .unwrap()
            .unchecked_into::<web_sys::Event>();
    target.dispatch_event(&event).unwrap();
}

fn focus(element: &Element) {
    let focus = js_sys::Reflect::get(element, &"focus".into())
        .unwrap()
        .unchecked_into::<js_sys::Function>();
    focus.call0(element).unwrap();
}

#[wasm_bindgen_test]
async fn rings_are_chosen_with_arrow_keys_and_keep_one_tab_stop() {
    let (root, _mounted) = mount("?level=core");
    wait_for("the rings", || {
        root.query_selector("#ring-core").unwrap().is_some()
    })
    .await;
    let core = find(&root, "#ring-core");
    assert_eq!(core.get_attribute("aria-checked").as_deref(), Some("true"));
    assert_eq!(core.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(text(&root, ".level-detail h3"), "Core group");
    focus(&core);
    press(&core, "ArrowRight");
    wait_for("active to be chosen", || {
        text(&root, ".level-detail h3") == "Active participants"
    })
    .await;
    let active = find(&root, "#ring-active");
    assert_eq!(
        active.get_attribute("aria-checked").as_deref(),
        Some("true")
    );
    assert_eq!(
        find(&root, "#ring-core")
            .get_attribute("aria-checked")
            .as_deref(),
        Some("false")
    );
    assert_eq!(focused_id(), "ring-active", "focus follows the choice");
    assert_eq!(window().location().search().unwrap(), "?level=active");
    press(&active, "ArrowLeft");
    press(&find(&root, "#ring-core"), "ArrowLeft");
    wait_for("wrapping to transactional", || {
        text(&root, ".level-detail h3") == "Transactional participants"
    })
    .await;
    assert_eq!(focused_id(), "ring-transactional");
    press(&find(&root, "#ring-transactional"), "Home");
    wait_for("home", || focused_id() == "ring-core").await;
    let tab_stops = root
        .query_selector_all("[role=radio][tabindex='0']")
        .unwrap()
        .length();
    assert_eq!(tab_stops, 1, "one tab stop in the radio group");
    root.remove();
}

#[wasm_bindgen_test]
async fn choosing_a_role_shows_its_card_and_labels_gaps() {
    let (root, _mounted) = mount("?role=sponsor");
    wait_for("the card", || text(&root, ".role-card h3") == "Sponsor").await;
    let member =
        find(&root, "input[name=explore-role][value=member]").unchecked_into::<HtmlElement>();
    member.click();
    wait_for("the member card", || {
        text(&root, ".role-card h3") == "Member"
    })
    .await;
    assert_eq!(window().location().search().unwrap(), "?role=member");
    let card = text(&root, ".role-card");
    assert!(card.contains("Not given in the source."), "{card}");
    assert!(
        card.contains("Contributes to solving problems and generating ideas"),
        "{card}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn answering_the_questions_gives_a_role_and_a_level() {
    let (root, _mounted) = mount("?view=fit");
    wait_for("the questions", || {
        root.query_selector(".fit-question").unwrap().is_some()
    })
    .await;
    assert!(text(&root, ".fit-progress").starts_with("0 of 3"));
    for value in ["lead", "organise", "practitioner"] {
        find(&root, &format!("input[value={value}]"))
            .unchecked_into::<HtmlElement>()
            .click();
        sleep(10).await;
    }
    wait_for("the result", || {
        root.query_selector(".fit-result").unwrap().is_some()
    })
    .await;
    let result = text(&root, ".fit-result");
    assert!(result.contains("Community lead"), "{result}");
    assert!(result.contains("Core group"), "{result}");
    assert_eq!(
        window().location().search().unwrap(),
        "?fit=lead.organise.practitioner"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn citations_lead_to_numbered_sources_and_back() {
    let (root, _mounted) = mount("?role=sponsor");
    wait_for("the card", || text(&root, ".role-card h3") == "Sponsor").await;
    let citation = find(&root, ".role-card sup.cite a").unchecked_into::<HtmlElement>();
    assert_eq!(citation.text_content().unwrap(), "[source 1]");
    let href = citation.get_attribute("href").unwrap();
    assert_eq!(href, "#source-glasgow-toolkit");
    citation.click();
    assert_eq!(focused_id(), "source-glasgow-toolkit");
    assert_eq!(
        window().location().search().unwrap(),
        "?role=sponsor",
        "no navigation"
    );
    find(&root, "#source-glasgow-toolkit button")
        .unchecked_into::<HtmlElement>()
        .click();
    assert_eq!(focused_id(), citation.id(), "back to the citation followed");
    root.remove();
}
