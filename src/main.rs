//! The app's entry point. Nothing happens when the wasm starts: the loader
//! (boot-HASH.js, scripts/postbuild.mjs) calls `mount_app` once the page's
//! content files are in memory, with an empty element standing where the
//! prerendered first screen was (ARCHITECTURE.md, "First paint").

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Renders the app into `root`, for the rest of the page's life.
#[wasm_bindgen]
pub fn mount_app(root: web_sys::HtmlElement) {
    leptos::mount::mount_to(root, cop_navigator::app::App).forget();
}
