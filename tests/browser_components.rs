//! Component tests in headless Chromium (wasm-bindgen-test). Run with
//! `make test-browser`. They mount real components into the test page.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use cop_navigator::app::App;
use cop_navigator::components::content_view::ContentErrorPanel;
use domain::content::{ContentError, Position, Problem};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/browser.rs"]
mod support;
use support::{container, text_of, wait_for};

#[wasm_bindgen_test]
async fn error_panel_names_file_line_and_column_and_retries() {
    let root = container();
    let retried = RwSignal::new(0);
    let error = Arc::new(ContentError::new(
        "directory.json",
        Problem::Syntax {
            at: Position {
                line: 12,
                column: 5,
            },
            message: "expected `,` or `}`".into(),
        },
    ));
    let _mounted = mount_to(root.clone(), move || {
        view! { <ContentErrorPanel what="the community directory" error=error.clone() on_retry=move || retried.update(|n| *n += 1)/> }
    });
    let panel = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let text = panel.text_content().unwrap();
    assert!(
        text.contains("Sorry, the community directory could not be loaded"),
        "{text}"
    );
    assert!(
        text.contains("directory.json, line 12, column 5: expected `,` or `}`."),
        "{text}"
    );
    assert!(
        text.contains("needs fixing"),
        "a file error is not blamed on the network: {text}"
    );
    root.query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    assert_eq!(retried.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn network_errors_suggest_trying_again() {
    let root = container();
    let error = Arc::new(ContentError::new(
        "toolkit.json",
        Problem::Fetch {
            status: None,
            message: "Failed to fetch".into(),
        },
    ));
    let _mounted = mount_to(root.clone(), move || {
        view! { <ContentErrorPanel what="the toolkit" error=error.clone() on_retry=|| ()/> }
    });
    let text = root.text_content().unwrap();
    assert!(text.contains("toolkit.json could not be downloaded: Failed to fetch. Check your connection and try again."), "{text}");
    assert!(text.contains("may be a network problem"), "{text}");
}

/// The whole shell: landmarks, skip link, navigation; navigating moves focus
/// to the new view's heading; a view whose file is missing shows the error
/// while the shell keeps working. (The test server has no `data/` folder.)
#[wasm_bindgen_test]
async fn app_shell_navigates_and_isolates_a_missing_file() {
    let root = container();
    let _mounted = mount_to(root.clone(), App);
    wait_for("the home heading", || {
        text_of(&root, "h1") == "What do you want to do?"
    })
    .await;

    assert_eq!(text_of(&root, "a.skip-link"), "Skip to main content");
    assert!(
        root.query_selector("header nav[aria-label=Main]")
            .unwrap()
            .is_some()
    );
    assert!(root.query_selector("main#main").unwrap().is_some());
    assert!(root.query_selector("footer").unwrap().is_some());
    let labels: Vec<String> = {
        let links = root.query_selector_all("nav[aria-label=Main] a").unwrap();
        (0..links.length())
            .map(|i| links.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(
        labels,
        [
            "Home",
            "Which group?",
            "Roles",
            "Directory",
            "Self-assessment",
            "Toolkit"
        ]
    );
    assert_eq!(
        document().title(),
        "What do you want to do? — CoP Navigator"
    );

    let directory_link = root
        .query_selector("nav a[href$='/directory']")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>();
    directory_link.click();
    wait_for("the directory heading", || {
        text_of(&root, "h1") == "Community directory"
    })
    .await;
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(
        focused.as_deref(),
        Some("page-title"),
        "focus moves to the new view's heading"
    );
    assert_eq!(
        directory_link.get_attribute("aria-current").as_deref(),
        Some("page")
    );

    wait_for("the error panel", || {
        root.query_selector("[role=alert]").unwrap().is_some()
    })
    .await;
    let alert = text_of(&root, "[role=alert]");
    assert!(
        alert.contains("directory.json was not found (HTTP 404)"),
        "{alert}"
    );

    // The rest of the app still works (the home view needs no content file;
    // every other view now loads one, which this test server lacks).
    root.query_selector("header a:has(.brand)")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    wait_for("the home heading", || {
        text_of(&root, "h1") == "What do you want to do?"
    })
    .await;
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
}
