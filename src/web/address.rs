//! The page's address outside any router: the content studio's preview runs
//! the directory view under a router that moves the address, and puts the
//! studio's own address back when it closes (a reload then reopens the
//! studio, not the published directory).

use wasm_bindgen::JsValue;

/// The page's full address now (empty when prerendering).
pub fn current_address() -> String {
    if !super::in_browser() {
        return String::new();
    }
    leptos::prelude::window()
        .location()
        .href()
        .unwrap_or_default()
}

/// Replaces the address with `url`, without a new history entry or a load.
pub fn restore_address(url: &str) {
    if !super::in_browser() || url.is_empty() {
        return;
    }
    if let Ok(history) = leptos::prelude::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}
