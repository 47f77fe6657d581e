//! Component tests of the guide in headless Chromium: the real `guide.json`,
//! mounted inside a router with the app's contexts, driven by clicks.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use cop_navigator::components::announcer::{Announcer, LiveRegion};
use cop_navigator::pages::guide::Guide;
use cop_navigator::web::base::AppBase;
use cop_navigator::web::content::ContentStore;
use cop_navigator::web::session::SessionStore;
use domain::content::load;
use domain::guide::{GuideFile, Shape};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/browser.rs"]
mod support;
use support::{container, set_url, sleep, text_of as text, wait_for};

fn guide() -> Arc<GuideFile> {
    Arc::new(load::<GuideFile>(include_bytes!("../public/data/guide.json")).expect("valid guide"))
}

/// Mounts the guide at `/guide{query}` in a fresh container.
fn mount(query: &str) -> (HtmlElement, impl Sized + use<>) {
    set_url(&format!("/guide{query}"));
    let root = container();
    let guide = guide();
    let mounted = mount_to(root.clone(), move || {
        let origin = window().location().origin().unwrap();
        ContentStore::provide(AppBase {
            root_url: format!("{origin}/"),
            router_base: String::new(),
        });
        SessionStore::provide();
        let announcer = Announcer::provide();
        let guide = guide.clone();
        view! { <Router><Guide guide=guide/><LiveRegion announcer=announcer/></Router> }
    });
    (root, mounted)
}

fn click(root: &HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

fn search() -> String {
    window().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn a_question_is_a_fieldset_with_its_heading_as_legend_and_needs_an_answer() {
    let (root, _mounted) = mount("?question=joining");
    wait_for("the question", || !text(&root, "legend h1").is_empty()).await;
    assert_eq!(text(&root, "legend h1"), "Who decides who joins?");
    assert_eq!(text(&root, "legend .caption"), "Question 3 of 9");
    assert_eq!(
        root.query_selector_all("fieldset input[type=radio]")
            .unwrap()
            .length(),
        4
    );
    assert_eq!(
        text(&root, "label[for=answer-self]"),
        "People choose to join themselves"
    );
    assert!(text(&root, "details.why").contains("Why we ask this"));

    // Continue with nothing chosen: an error summary that takes focus.
    click(&root, "button[type=submit]");
    wait_for("the error summary", || {
        text(&root, "[role=alert]").contains("There is a problem")
    })
    .await;
    sleep(50).await;
    assert_eq!(
        document()
            .active_element()
            .map(|e| e.class_name())
            .as_deref(),
        Some("error-summary")
    );
    assert!(text(&root, ".error-message").contains("Select an answer"));
    assert!(
        document()
            .title()
            .starts_with("Error: Who decides who joins?")
    );

    // Choosing an answer and continuing moves on, with the answer in the URL.
    click(&root, "#answer-self");
    wait_for("the error to clear once answered", || {
        root.query_selector("[role=alert]").unwrap().is_none()
    })
    .await;
    wait_for("the title without the error", || {
        document().title().starts_with("Who decides who joins? — ")
    })
    .await;
    click(&root, "button[type=submit]");
    wait_for("question 4", || {
        text(&root, "legend h1") == "What would members mostly do together?"
    })
    .await;
    let shape = Shape::of(&guide());
    assert!(search().contains("question=together"), "{}", search());
    assert!(
        search().contains(&format!("a={}.--0", shape.fingerprint)),
        "{}",
        search()
    );

    // Back leads to the previous question with its answer still chosen.
    // (Other tests' routers also listen for link clicks on this page, so
    // the link is followed by mounting its target.)
    let back = root
        .query_selector("a.back-link")
        .unwrap()
        .unwrap()
        .get_attribute("href")
        .unwrap();
    assert_eq!(
        back,
        format!("/guide?question=joining&a={}.--0", shape.fingerprint)
    );
    drop(_mounted);
    let (root, _mounted) = mount(back.trim_start_matches("/guide"));
    wait_for("question 3 again", || {
        text(&root, "legend h1") == "Who decides who joins?"
    })
    .await;
    let chosen = root
        .query_selector("#answer-self")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlInputElement>();
    assert!(chosen.checked());
}

#[wasm_bindgen_test]
async fn a_shared_answer_link_shows_the_result_with_its_reasons() {
    let shape = Shape::of(&guide());
    // The answers of a typical community of practice.
    let (root, _mounted) = mount(&format!("?a={}.00002002", shape.fingerprint));
    wait_for("the result", || {
        root.query_selector(".fit-list").unwrap().is_some()
    })
    .await;
    assert_eq!(text(&root, "h1"), "Your best fit: a community of practice");
    let first = text(&root, ".fit-list li:first-child");
    assert!(
        first.contains("Community of practice")
            && first.contains("Best fit")
            && first.contains("100% fit"),
        "{first}"
    );
    // Only the verdict is marked; the rest of the result is folded away.
    assert_eq!(
        root.query_selector_all(".fit-list li.top")
            .unwrap()
            .length(),
        1
    );
    assert!(text(&root, ".lead").contains("percentage points behind"));
    assert_eq!(root.query_selector_all(".reasons li").unwrap().length(), 3);
    assert!(text(&root, ".reasons li").starts_with("It helps people who do similar work"));
    assert!(root.query_selector(".elsewhere").unwrap().is_none());
    assert_eq!(
        root.query_selector_all("details.fold[open]")
            .unwrap()
            .length(),
        0
    );
    assert!(text(&root, ".next-steps").contains("self-assessment"));
    // Every dimension row marks the community of practice, in words.
    assert_eq!(
        root.query_selector_all(".compare-table td.closest")
            .unwrap()
            .length(),
        4
    );
    assert!(text(&root, ".compare-table td.closest").contains("Closest to your answers"));
    assert!(text(&root, ".why-section").contains("You said: People choose to join themselves"));
    let link = root
        .query_selector("#share-link")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlInputElement>();
    let expected = format!("/guide?a={}.00002002", shape.fingerprint);
    wait_for("the share link", || link.value().ends_with(&expected)).await;
    assert!(
        link.value().starts_with("http"),
        "an absolute link: {}",
        link.value()
    );
    wait_for("the announcement", || {
        text(&root, "[role=status][aria-live]").contains("Your best fit: a community of practice")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_close_result_names_both_forms_alike() {
    let shape = Shape::of(&guide());
    let (root, _mounted) = mount(&format!("?a={}.01302303", shape.fingerprint));
    wait_for("the result", || {
        root.query_selector(".fit-list").unwrap().is_some()
    })
    .await;
    assert_eq!(
        text(&root, "h1"),
        "Close between a community of practice and an informal network"
    );
    // Both close forms are marked alike; neither is put above the other.
    let marked = root.query_selector_all(".fit-list li.top").unwrap();
    assert_eq!(marked.length(), 2);
    for index in 0..2 {
        let item = marked
            .item(index)
            .unwrap()
            .text_content()
            .unwrap_or_default();
        assert!(item.contains("Close fit"), "{item}");
    }
    // The next step is the guide's note on telling the pair apart; each
    // form's own next steps are folded away.
    assert!(text(&root, ".next-steps").contains("Your next step"));
    let folds: Vec<String> = (0..root
        .query_selector_all("details.fold > summary")
        .unwrap()
        .length())
        .map(|i| {
            root.query_selector_all("details.fold > summary")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        &folds[..2],
        [
            "If a community of practice fits better",
            "If an informal network fits better"
        ]
    );
}

#[wasm_bindgen_test]
async fn a_malformed_link_is_ignored_with_a_notice() {
    let (root, _mounted) = mount("?a=not-an-answer");
    wait_for("the start page", || {
        text(&root, "h1") == "Which kind of group fits?"
    })
    .await;
    assert!(text(&root, ".guide-notice").contains("could not be read"));
    assert!(root.query_selector("a.start").unwrap().is_some());
}
