//! The content studio's editor in headless Chromium, with real
//! localStorage: typing in the form shows the directory's rules on the
//! field at once, the work is kept and offered back ("Restore unsaved
//! changes"), and saving it forgets it.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use cop_navigator::components::announcer::Announcer;
use cop_navigator::web::base::AppBase;
use cop_navigator::web::content::ContentStore;
use cop_navigator::web::storage;
use domain::date::Date;
use domain::studio::Work;
use leptos::mount::mount_to;
use leptos::prelude::*;
use studio::state::{KEPT_KEY, Keeping, Studio};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "../../../tests/support/browser.rs"]
mod support;
use support::{container, text_of, wait_for};

const PUBLISHED: &[u8] = include_bytes!("../../../public/data/directory.json");

fn published() -> Work {
    Work::open(
        "the published directory",
        PUBLISHED,
        Date::parse("2026-12-01").unwrap(),
    )
    .unwrap()
}

/// Mounts the studio's page without opening the published directory over
/// the network: `work` is put in place as the download would.
fn mount(work: Option<Work>) -> (HtmlElement, Studio, Box<dyn std::any::Any>) {
    let root = container();
    let shared = Rc::new(Cell::new(None));
    let given = shared.clone();
    let handle = mount_to(root.clone(), move || {
        Announcer::provide();
        provide_context(AppBase::detect());
        ContentStore::provide(AppBase::detect());
        let studio = Studio::new();
        if let Some(work) = work.clone() {
            studio.replace(work, "Opened.".to_string());
        }
        given.set(Some(studio));
        studio::app::sections(studio)
    });
    (root, shared.get().unwrap(), Box::new(handle))
}

fn click(root: &HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

fn type_into(root: &HtmlElement, selector: &str, text: &str) {
    let input = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlInputElement>();
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_rules_show_on_the_field_as_you_type() {
    storage::remove(KEPT_KEY).unwrap();
    let (root, _studio, _mounted) = mount(Some(published()));
    click(&root, ".list-item");
    wait_for("the form", || {
        root.query_selector("#field-name").unwrap().is_some()
    })
    .await;
    assert_eq!(text_of(&root, "#form-problems"), "");
    type_into(&root, "#field-contact_email", "not an address");
    wait_for("the problem", || {
        !text_of(&root, "#error-contact_email").is_empty()
    })
    .await;
    assert!(
        text_of(&root, "#form-problems li").starts_with("Contact email: "),
        "{}",
        text_of(&root, "#form-problems")
    );
    assert_eq!(
        text_of(&root, "label[for=list-problems]"),
        "Has problems (1)"
    );
    type_into(&root, "#field-contact_email", "");
    wait_for("no problem", || text_of(&root, "#form-problems").is_empty()).await;
    root.remove();
}

#[wasm_bindgen_test]
async fn unsaved_work_is_kept_and_offered_back() {
    storage::remove(KEPT_KEY).unwrap();
    {
        let (root, studio, _mounted) = mount(Some(published()));
        click(&root, ".list-item");
        wait_for("the form", || {
            root.query_selector("#field-name").unwrap().is_some()
        })
        .await;
        type_into(&root, "#field-name", "Renamed in the studio");
        assert!(studio.unsaved());
        studio.keep();
        assert!(
            storage::get(KEPT_KEY)
                .unwrap()
                .unwrap()
                .contains("Renamed in the studio")
        );
        root.remove();
    }
    let (root, studio, _mounted) = mount(None);
    assert_eq!(studio.keeping.get_untracked(), Keeping::Asking);
    wait_for("the question", || {
        text_of(&root, "#restore-heading") == "Restore unsaved changes?"
    })
    .await;
    let buttons = root.query_selector_all(".restore button").unwrap();
    buttons
        .item(0)
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    wait_for("the restored work", || {
        text_of(&root, ".list-item .list-name") == "Renamed in the studio"
    })
    .await;
    assert!(studio.unsaved(), "still unsaved against what was opened");
    assert_eq!(studio.keeping.get_untracked(), Keeping::On);
    // Once it matches what was opened again, nothing is kept.
    let clean = studio.work.get_untracked().unwrap().drafts;
    studio.clean.set(clean);
    studio.keep();
    assert_eq!(storage::get(KEPT_KEY).unwrap(), None);
    root.remove();
}
