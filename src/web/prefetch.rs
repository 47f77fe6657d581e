//! Content the loader downloaded before the app existed.
//!
//! The page lists the files its view reads first (`<meta name="app-data">`);
//! the loader (boot-HASH.js, written by scripts/postbuild.mjs) downloads them
//! in full, in parallel with the wasm, and starts the app only then, so its
//! first render is the loaded view. It leaves `window.copNavigatorContent`, a
//! `Map` from absolute URL to the file's bytes (a `Uint8Array`); a download
//! that failed is missing and is fetched again as usual.

use wasm_bindgen::JsCast;

/// The bytes the loader downloaded from `url`, once.
pub fn take(url: &str) -> Option<Vec<u8>> {
    let map = js_sys::Reflect::get(&js_sys::global(), &"copNavigatorContent".into())
        .ok()?
        .dyn_into::<js_sys::Map>()
        .ok()?;
    let key = wasm_bindgen::JsValue::from_str(url);
    let bytes = map.get(&key).dyn_into::<js_sys::Uint8Array>().ok()?;
    map.delete(&key);
    Some(bytes.to_vec())
}
