//! Browser glue: where the app lives, its links and URL state, fetching
//! content, focus, timers, clipboard and downloads. The only UI code that
//! talks to web-sys, js-sys or wasm-bindgen directly (tests/layers.rs checks).

/// False while the app renders natively, at build time (crates/prerender):
/// there is no browser then, and the functions here give a first visit's
/// answers (no stored work, no fragment, not in a frame) instead of calling it.
pub const fn in_browser() -> bool {
    cfg!(target_arch = "wasm32")
}

pub mod address;
pub mod base;
pub mod clipboard;
pub mod clock;
pub mod content;
pub mod debounce;
pub mod document;
pub mod download;
pub mod embed;
pub mod file_input;
pub mod focus;
pub mod fragment;
pub mod leave_warning;
pub mod links;
pub mod perf;
pub mod prefetch;
pub mod print;
pub mod session;
pub mod site;
pub mod storage;
pub mod url_state;
