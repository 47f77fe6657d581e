//! Helpers shared by the browser component tests (`tests/browser_*.rs`):
//! waiting for the app, which renders asynchronously.

use leptos::prelude::window;

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Polls until `check` holds, failing after 5 s.
pub async fn wait_for(what: &str, check: impl Fn() -> bool) {
    for _ in 0..100 {
        if check() {
            return;
        }
        sleep(50).await;
    }
    panic!("timed out waiting for {what}");
}
