//! Marks the moment the first view has rendered with its data, for the load
//! benchmark (`make bench`): `performance.mark("cop-navigator:ready")`.
//! Generic for every view: ready means the view's heading is on screen and
//! nothing is still loading (a failed load counts: its message is the view).

use leptos::prelude::*;

pub const READY_MARK: &str = "cop-navigator:ready";

/// Call once at start-up; checks once per frame until ready, then stops.
pub fn mark_when_first_view_ready() {
    request_animation_frame(check);
}

fn check() {
    let document = document();
    let has = |selector: &str| document.query_selector(selector).ok().flatten().is_some();
    if has("main h1") && !has(".loading") {
        if let Some(performance) = window().performance() {
            let _ = performance.mark(READY_MARK);
        }
    } else {
        request_animation_frame(check);
    }
}
