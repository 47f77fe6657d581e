//! Small effects on the document outside the app's own DOM tree.

use std::cell::RefCell;

use domain::site::DEFAULT_TITLE;

thread_local! {
    /// (site title, current view title): the tab shows "View — Site".
    static TITLES: RefCell<(String, String)> = RefCell::new((DEFAULT_TITLE.to_string(), String::new()));
}

/// Sets the tab title for the current view: "View — Site title".
pub fn set_title(view: &str) {
    TITLES.with(|titles| titles.borrow_mut().1 = view.to_string());
    refresh();
}

/// Sets the site title (from site.json) and refreshes the tab title.
pub fn set_site_title(site: &str) {
    TITLES.with(|titles| titles.borrow_mut().0 = site.to_string());
    refresh();
}

fn refresh() {
    let title = title();
    if super::in_browser() {
        leptos::prelude::document().set_title(&title);
    }
}

/// The tab title as set so far: the prerendered page's `<title>`.
pub fn title() -> String {
    TITLES.with(|titles| {
        let (site, view) = &*titles.borrow();
        if view.is_empty() {
            site.clone()
        } else {
            format!("{view} — {site}")
        }
    })
}
