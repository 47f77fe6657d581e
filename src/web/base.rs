//! The app can be served from any sub-path, unknown at build time. Every page
//! the post-build step writes carries `<meta name="app-root">`, the relative
//! way back to the root ("./" or "../"); from it we derive the router base and
//! the URL of the content files.

use wasm_bindgen::JsCast;

use domain::routes::canonical_path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppBase {
    /// Absolute URL of the app root, ending in `/`: `https://host/any/sub/path/`.
    pub root_url: String,
    /// The root's path without the trailing slash, for the router: `/any/sub/path` (or empty).
    pub router_base: String,
}

impl AppBase {
    /// Reads the base from the current document; falls back to the page's own
    /// directory when the meta tag is missing (e.g. the development server).
    pub fn detect() -> AppBase {
        if !super::in_browser() {
            // Prerendering: links come out from the root (`/guide`); the prerender
            // makes them relative to the page ("./guide", "../guide").
            return AppBase {
                root_url: "./".to_string(),
                router_base: String::new(),
            };
        }
        let document = leptos::prelude::document();
        let marker = document
            .query_selector("meta[name=app-root]")
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .unwrap_or_else(|| "./".to_string());
        let page = document.url().unwrap_or_default();
        let root = web_sys::Url::new_with_base(&marker, &page).ok();
        let root_url = root
            .as_ref()
            .map(|url| url.href())
            .unwrap_or_else(|| "/".to_string());
        let pathname = root
            .map(|url| url.pathname())
            .unwrap_or_else(|| "/".to_string());
        AppBase {
            root_url,
            router_base: pathname.trim_end_matches('/').to_string(),
        }
    }

    /// The URL of a file under the app root, e.g. `data/directory.json`.
    pub fn asset(&self, relative: &str) -> String {
        format!("{}{relative}", self.root_url)
    }

    /// Makes every `<link>` URL absolute. Relative URLs resolve against the
    /// document's *current* address at fetch time, and the browser fetches
    /// some (the icon) late, after the router has changed the address.
    /// Preloads are skipped: setting their href fetches the wasm again, and
    /// Chrome then warns that the preload was never used. So is the style
    /// sheet, loaded before anything painted: a new href downloads it again.
    pub fn freeze_link_urls(&self) {
        let selector =
            "link[href]:not([rel=preload]):not([rel=modulepreload]):not([rel=stylesheet])";
        let Ok(links) = leptos::prelude::document().query_selector_all(selector) else {
            return;
        };
        for index in 0..links.length() {
            if let Some(link) = links
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::HtmlLinkElement>().ok())
            {
                link.set_href(&link.href());
            }
        }
    }

    /// Rewrites the address bar to the canonical form of the current route
    /// (`/sub/directory/` or `/sub/directory.html` → `/sub/directory`) so the
    /// router matches it; query and fragment are kept. No reload happens.
    pub fn canonicalise_location(&self) {
        let window = leptos::prelude::window();
        let location = window.location();
        let path = location.pathname().unwrap_or_default();
        let Some(relative) = path.strip_prefix(&self.router_base) else {
            return;
        };
        let canonical = canonical_path(relative);
        if canonical != relative {
            let search = location.search().unwrap_or_default();
            let hash = location.hash().unwrap_or_default();
            let target = format!("{}{canonical}{search}{hash}", self.router_base);
            if let Ok(history) = window.history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
            }
        }
    }
}
