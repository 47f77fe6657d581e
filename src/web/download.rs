//! Saving text the app generated (CSV, Markdown, JSON) as a file, entirely
//! in the browser: a Blob, a temporary object URL and a `download` link.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `file_name`. Returns false if the
/// browser refused (the caller can show the text instead).
pub fn save_text(file_name: &str, mime: &str, contents: &str) -> bool {
    try_save(file_name, mime, contents).is_some()
}

fn try_save(file_name: &str, mime: &str, contents: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = leptos::prelude::document();
    let link = document
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    // rel=external: the router must not treat the blob URL as a navigation.
    link.set_rel("external");
    let body = document.body()?;
    body.append_child(&link).ok()?;
    link.click();
    body.remove_child(&link).ok()?;
    web_sys::Url::revoke_object_url(&url).ok()?;
    Some(())
}
