//! Asking before the page is left while work is unsaved (the browser's own
//! "Leave site?" question, through `beforeunload`). Used by the content
//! studio; the navigator keeps nothing unsaved.

use leptos::prelude::*;

/// For the rest of the page's life, the browser asks before leaving while
/// `unsaved()` is true.
pub fn warn_before_leaving(unsaved: impl Fn() -> bool + 'static) {
    if !super::in_browser() {
        return;
    }
    let handle = window_event_listener(leptos::ev::beforeunload, move |event| {
        if unsaved() {
            event.prevent_default();
            // Older browsers ask only when a return value is set.
            event.set_return_value("unsaved");
        }
    });
    // The studio's page lives as long as the listener should.
    std::mem::forget(handle);
}
