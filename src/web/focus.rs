//! Taking the reader to a part of the page: scroll it into view and move
//! keyboard focus there, so screen-reader and keyboard users land where
//! sighted users see the page jump to. Used for section links, citations
//! and deep links such as `/toolkit?s=success-factors`.

use leptos::prelude::{document, request_animation_frame};
use wasm_bindgen::JsCast;

/// Scrolls to the element with `id` and focuses it (making it focusable with
/// `tabindex="-1"` if needed). False when the page has no such element.
pub fn reveal(id: &str) -> bool {
    match document().get_element_by_id(id) {
        Some(element) => {
            reveal_element(&element);
            true
        }
        None => false,
    }
}

pub fn reveal_element(element: &web_sys::Element) {
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    element.scroll_into_view();
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Reveals after the next frame: after the view has rendered and after the
/// router's own scroll-to-top and the heading's focus on navigation.
pub fn reveal_later(id: String) {
    request_animation_frame(move || {
        reveal(&id);
    });
}

/// Whether a click is a plain left click that the page may handle itself
/// (not one asking for a new tab or window).
pub fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    event.button() == 0
        && !event.ctrl_key()
        && !event.meta_key()
        && !event.shift_key()
        && !event.alt_key()
}
