//! Content downloads the loader started before the app existed.
//!
//! The page lists the files its view reads first (`<meta name="app-data">`);
//! the loader (boot-HASH.js, written by scripts/postbuild.mjs) fetches them in
//! parallel with the wasm and leaves `window.copNavigatorPrefetch`, a `Map`
//! from absolute URL to a promise of a `Response` (or `null` if it failed).
//! Each download is taken over once; anything else is fetched as usual.

use gloo_net::http::Response;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The loader's download of `url`, if it started one and it succeeded;
/// removed from the map so its body is read only once.
pub async fn take(url: &str) -> Option<Response> {
    let map = js_sys::Reflect::get(&js_sys::global(), &"copNavigatorPrefetch".into())
        .ok()?
        .dyn_into::<js_sys::Map>()
        .ok()?;
    let key = wasm_bindgen::JsValue::from_str(url);
    let promise = map.get(&key).dyn_into::<js_sys::Promise>().ok()?;
    map.delete(&key);
    let response = JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    // A failed status is fetched again, so its error reads like any other.
    response.ok().then(|| Response::from(response))
}
