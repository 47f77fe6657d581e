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

/// Whether the browser offers the Clipboard API here (it may not in an
/// iframe or over plain http), so a view can offer copying by hand at once.
pub fn clipboard_available() -> bool {
    if !super::in_browser() {
        return true;
    }
    clipboard().is_some()
}

fn clipboard() -> Option<JsValue> {
    let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    clipboard.is_object().then_some(clipboard)
}

fn write_text(text: &str) -> Option<js_sys::Promise> {
    let clipboard = clipboard()?;
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
