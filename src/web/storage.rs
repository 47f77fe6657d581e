//! The browser's localStorage, for views that keep work between visits.
//!
//! Storage can be missing or throw on any call: blocked in a sandboxed or
//! third-party iframe, turned off with cookies, full, or in a private mode
//! that refuses writes. Every function here catches that and reports it, so
//! a view can carry on in memory and tell the person their work will not be
//! kept. Nothing here is sent anywhere: it stays in this browser profile.

/// Why storage could not be used; views show their own wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

fn local() -> Result<web_sys::Storage, Unavailable> {
    // `localStorage` itself throws (SecurityError) when blocked.
    leptos::prelude::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or(Unavailable)
}

/// Whether storage works now: it exists and accepts a write. (Prerendered
/// pages show a first visit in a browser where it works.)
pub fn available() -> bool {
    if !super::in_browser() {
        return true;
    }
    const PROBE: &str = "cop-navigator.probe";
    local().is_ok_and(|storage| {
        let written = storage.set_item(PROBE, "1").is_ok();
        let _ = storage.remove_item(PROBE);
        written
    })
}

/// The value stored under `key`, if any.
pub fn get(key: &str) -> Result<Option<String>, Unavailable> {
    if !super::in_browser() {
        return Ok(None);
    }
    local()?.get_item(key).map_err(|_| Unavailable)
}

/// Stores `value` under `key`.
pub fn set(key: &str, value: &str) -> Result<(), Unavailable> {
    local()?.set_item(key, value).map_err(|_| Unavailable)
}

/// Forgets `key`.
pub fn remove(key: &str) -> Result<(), Unavailable> {
    local()?.remove_item(key).map_err(|_| Unavailable)
}
