//! Content downloads the loader started before the app existed.
//!
//! The page lists the files its view reads first (`<meta name="app-data">`);
//! the loader (boot-HASH.js, written by scripts/postbuild.mjs) fetches them in
//! parallel with the wasm and leaves `window.copNavigatorPrefetch`, a `Map`
//! from absolute URL to a promise of a `Response` (or `null` if it failed).
//! Each download is taken over once; anything else is fetched as usual.
//!
//! Over a prerendered first screen the app waits for all of them before it
//! renders (`settle`), so the files' bytes are at hand (`take_settled`).

use std::cell::RefCell;
use std::collections::HashMap;

use gloo_net::http::Response;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Bodies of the loader's downloads that succeeded, by absolute URL.
    static SETTLED: RefCell<HashMap<String, Vec<u8>>> = RefCell::new(HashMap::new());
}

/// Waits for every download the loader started and keeps the bodies of
/// those that succeeded (a failed one is fetched again later, as usual).
pub async fn settle() {
    let Some(map) = loader_downloads() else {
        return;
    };
    let urls: Vec<String> = map
        .keys()
        .into_iter()
        .filter_map(|key| key.ok()?.as_string())
        .collect();
    for url in urls {
        let Some(response) = take(&url).await else {
            continue;
        };
        if let Ok(bytes) = response.binary().await {
            SETTLED.with(|settled| settled.borrow_mut().insert(url, bytes));
        }
    }
}

/// The body `settle` kept for `url`, once.
pub fn take_settled(url: &str) -> Option<Vec<u8>> {
    SETTLED.with(|settled| settled.borrow_mut().remove(url))
}

fn loader_downloads() -> Option<js_sys::Map> {
    js_sys::Reflect::get(&js_sys::global(), &"copNavigatorPrefetch".into())
        .ok()?
        .dyn_into::<js_sys::Map>()
        .ok()
}

/// The loader's download of `url`, if it started one and it succeeded;
/// removed from the map so its body is read only once.
pub async fn take(url: &str) -> Option<Response> {
    let map = loader_downloads()?;
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
