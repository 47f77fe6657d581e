//! Copying text to the clipboard. Reached through `Reflect` so the app needs
//! no extra web-sys features; a browser or iframe that refuses gets `false`
//! and the caller tells the person to copy the text themselves.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; false when the browser has no clipboard access here.
pub async fn copy_text(text: &str) -> bool {
    let Some(promise) = write_text(text) else {
        return false;
    };
    JsFuture::from(promise).await.is_ok()
}

fn write_text(text: &str) -> Option<js_sys::Promise> {
    let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
