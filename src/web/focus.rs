//! Taking the reader to a part of the page: scroll it into view and move
//! keyboard focus there, so screen-reader and keyboard users land where
//! sighted users see the page jump to. Used for section links, citations
//! and deep links such as `/toolkit?s=success-factors`.

use std::cell::Cell;

use leptos::prelude::{document, request_animation_frame};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

thread_local! {
    static HELD: Cell<bool> = const { Cell::new(false) };
}

/// In another page's frame, the app moves neither focus nor scroll until the
/// reader acts inside it (a click, a key, or tabbing in): focusing inside a
/// frame scrolls the host page to it (SharePoint jumped 1,250 px on load),
/// and two embeds on one page would take focus from each other.
pub fn hold_focus_until_reader_acts() {
    if !super::embed::in_frame() {
        return;
    }
    HELD.set(true);
    let release = Closure::<dyn Fn()>::new(|| HELD.set(false));
    for event in ["pointerdown", "keydown", "focusin"] {
        let _ = document().add_event_listener_with_callback_and_bool(
            event,
            release.as_ref().unchecked_ref(),
            true,
        );
    }
    // Lives as long as the page.
    release.forget();
}

/// Whether the app may move focus now (see `hold_focus_until_reader_acts`).
pub fn may_move_focus() -> bool {
    !HELD.get()
}

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
    if !may_move_focus() {
        return;
    }
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    element.scroll_into_view();
    focus_element(element);
}

/// Moves keyboard focus to the element with `id`, without scrolling it into
/// view first. Works for SVG elements too (they are not `HtmlElement`s but
/// have `focus()`). False when the page has no such element.
pub fn focus_by_id(id: &str) -> bool {
    match document().get_element_by_id(id) {
        Some(element) => {
            focus_element(&element);
            true
        }
        None => false,
    }
}

/// Focuses the first of `ids` that is on the page.
pub fn focus_first_of(ids: &[&str]) -> bool {
    ids.iter().any(|id| focus_by_id(id))
}

fn focus_element(element: &web_sys::Element) {
    if !may_move_focus() {
        return;
    }
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    } else if let Some(element) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = element.focus();
    }
}

/// Focuses the first element matching `selector` once it is on the page
/// (after the next render), to move keyboard users to what a click revealed.
/// Gives up quietly after a few frames if it never appears.
pub fn focus_when_shown(selector: impl Into<String>) {
    fn attempt(selector: String, frames_left: u8) {
        let element = document().query_selector(&selector).ok().flatten();
        match element {
            Some(element) => focus_element(&element),
            None if frames_left > 0 => {
                request_animation_frame(move || attempt(selector, frames_left - 1))
            }
            None => {}
        }
    }
    let selector = selector.into();
    request_animation_frame(move || attempt(selector, 10));
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
