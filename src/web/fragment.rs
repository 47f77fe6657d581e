//! The URL's fragment (`#success-factors`): old links and in-page anchors
//! name a part of the page with it.

use leptos::prelude::window;

/// The current fragment without its `#`; None when there is none.
pub fn current_fragment() -> Option<String> {
    if !super::in_browser() {
        return None;
    }
    let hash = window().location().hash().ok()?;
    hash.strip_prefix('#')
        .filter(|id| !id.is_empty())
        .map(str::to_string)
}

/// The fragment without its `#`, removed from the address bar (no reload,
/// no new history entry): for answers carried in a link, read once, so a
/// reload does not add them again.
pub fn take_fragment() -> Option<String> {
    let fragment = current_fragment()?;
    let location = window().location();
    let path = location.pathname().ok()? + &location.search().ok()?;
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
    Some(fragment)
}
