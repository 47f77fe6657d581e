//! Small effects on the document outside the app's own DOM tree.

/// The site name shown in the header and the tab title.
pub const SITE_NAME: &str = "CoP Navigator";

/// Sets the tab title: "View — CoP Navigator".
pub fn set_title(view: &str) {
    let title = if view.is_empty() {
        SITE_NAME.to_string()
    } else {
        format!("{view} — {SITE_NAME}")
    };
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
