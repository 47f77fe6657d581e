//! The content studio's entry point. As in the navigator (src/main.rs), the
//! loader calls `mount_app` once the page's content files are in memory,
//! with an empty element where the prerendered first screen was.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Renders the app into `root`, for the rest of the page's life.
#[wasm_bindgen]
pub fn mount_app(root: web_sys::HtmlElement) {
    leptos::mount::mount_to(root, studio::app::App).forget();
}
