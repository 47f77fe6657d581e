//! Start together's people step in headless Chromium, with real
//! localStorage (and a blocked one): the group is kept and restored, the
//! person's own answers from the self-assessment are one click away, and a
//! browser that keeps nothing says so while everything else works.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use cop_navigator::components::announcer::Announcer;
use cop_navigator::web::base::AppBase;
use cop_navigator::web::content::ContentStore;
use cop_navigator::web::storage;
use domain::assessment::{
    AssessmentAnswers, AssessmentFile, BROWSER_KEY, Level, encode_share, to_json,
};
use domain::content::load;
use leptos::mount::mount_to;
use leptos::prelude::*;
use together::people::People;
use together::state::Together;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "../../../tests/support/browser.rs"]
mod support;
use support::{container, text_of, wait_for};

/// Where Start together keeps the group (state.rs).
const GROUP_KEY: &str = "cop-navigator.together.group";

fn content() -> Arc<AssessmentFile> {
    Arc::new(load(include_bytes!("../../../public/data/assessment.json")).unwrap())
}

/// Someone's answers: every statement at `level`, for the community `name`.
fn answers(name: &str, level: Level) -> AssessmentAnswers {
    let content = content();
    let responses = content
        .statements()
        .map(|(_, statement)| (statement.id.clone(), Some(level), ""));
    AssessmentAnswers::from_parts(name, "event planning", responses)
}

fn link(answers: &AssessmentAnswers) -> String {
    format!("https://example.org/cop/assess#r={}", encode_share(answers))
}

/// Mounts the people step; the page's state comes back for the test to drive.
fn mount() -> (HtmlElement, Together, Box<dyn std::any::Any>) {
    let root = container();
    let shared = Rc::new(Cell::new(None));
    let given = shared.clone();
    let handle = mount_to(root.clone(), move || {
        Announcer::provide();
        provide_context(AppBase::detect());
        ContentStore::provide(AppBase::detect());
        let together = Together::new(content());
        given.set(Some(together));
        view! { <People together=together/> }
    });
    (root, shared.get().unwrap(), Box::new(handle))
}

fn button(root: &HtmlElement, text: &str) -> Option<HtmlElement> {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|node| node.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default() == text)
}

#[wasm_bindgen_test]
async fn the_group_is_kept_in_this_browser_and_comes_back() {
    storage::remove(GROUP_KEY).unwrap();
    {
        let (root, together, _mounted) = mount();
        let pasted = format!(
            "{}\n{}",
            link(&answers("Events", Level::Partly)),
            link(&answers("Events", Level::InPlace))
        );
        assert_eq!(together.paste(&pasted), "", "both links were used");
        wait_for("the kept group", || {
            storage::get(GROUP_KEY).unwrap().is_some_and(|text| {
                text.contains("\"people\": [") && text.matches("\"label\"").count() == 2
            })
        })
        .await;
        root.remove();
    }
    let (root, _, _mounted) = mount();
    wait_for("the restored group", || {
        text_of(&root, "#group-heading") == "The group: 2 people"
    })
    .await;
    assert!(
        root.text_content()
            .unwrap()
            .contains("Your group from last time is back (2 people).")
    );
    root.remove();
    storage::remove(GROUP_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn the_persons_own_answers_are_offered_once() {
    storage::remove(GROUP_KEY).unwrap();
    let own = answers("Finance forum", Level::Mostly);
    storage::set(BROWSER_KEY, &to_json(&own, None)).unwrap();
    let (root, _, _mounted) = mount();
    let statements = content().statement_count();
    assert_eq!(
        text_of(&root, ".own-answers p"),
        format!(
            "Your own answers are saved in this browser: {statements} of {statements} statements answered for “Finance forum”."
        )
    );
    button(&root, "Add my answers").expect("the button").click();
    wait_for("one person", || {
        text_of(&root, "#group-heading") == "The group: 1 person"
    })
    .await;
    wait_for("the offer to go", || {
        button(&root, "Add my answers").is_none()
    })
    .await;
    root.remove();
    storage::remove(BROWSER_KEY).unwrap();
    storage::remove(GROUP_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn a_browser_that_keeps_nothing_says_so_and_still_compares() {
    let block = "window.__savedStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
        Object.defineProperty(window, 'localStorage', { configurable: true,
            get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });";
    let unblock = "if (window.__savedStorage) Object.defineProperty(window, 'localStorage', window.__savedStorage);
        else delete window.localStorage;";
    js_sys::eval(block).unwrap();
    {
        let (root, together, _mounted) = mount();
        together.paste(&link(&answers("Events", Level::NotYet)));
        wait_for("one person", || {
            text_of(&root, "#group-heading") == "The group: 1 person"
        })
        .await;
        wait_for("the notice", || {
            root.text_content().unwrap().contains(
                "This browser is not letting the page keep the group, so it will be lost if you leave or reload.",
            )
        })
        .await;
        root.remove();
    }
    js_sys::eval(unblock).unwrap();
    assert!(storage::available(), "storage is back for the other tests");
}
