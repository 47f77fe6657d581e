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
    let title = TITLES.with(|titles| {
        let (site, view) = &*titles.borrow();
        if view.is_empty() {
            site.clone()
        } else {
            format!("{view} — {site}")
        }
    });
    leptos::prelude::document().set_title(&title);
}

/// Focuses the first element matching `selector` once it is on the page
/// (after the next render), to move keyboard users to what a click revealed.
/// Gives up quietly after a few frames if it never appears.
pub fn focus_when_shown(selector: impl Into<String>) {
    fn attempt(selector: String, frames_left: u8) {
        use wasm_bindgen::JsCast;
        let element = leptos::prelude::document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        match element {
            Some(element) => {
                let _ = element.focus();
            }
            None if frames_left > 0 => {
                leptos::prelude::request_animation_frame(move || attempt(selector, frames_left - 1))
            }
            None => {}
        }
    }
    let selector = selector.into();
    leptos::prelude::request_animation_frame(move || attempt(selector, 10));
}
