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
