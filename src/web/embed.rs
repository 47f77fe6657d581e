//! Embed mode (`?embed=1`): the app inside a SharePoint page or a Teams tab.
//! Decided once from the first URL and kept while navigating inside the frame
//! (`web::links` adds the parameter back). In a frame, the app also reports its height to the parent
//! page, and links to other sites open in a new tab rather than in the frame.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use domain::presentation::{Presentation, Theme};
use domain::url::QueryString;

/// The `type` of the height message posted to the parent window.
pub const HEIGHT_MESSAGE: &str = "cop-navigator:height";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbedMode(pub Presentation);

impl EmbedMode {
    /// Reads `embed=1` and `theme=` from the first address, provides them as
    /// context, and marks the document so the stylesheet can use a compact
    /// layout and the chosen colours (`data-theme`; none follows the reader).
    pub fn provide() -> EmbedMode {
        // Prerendered pages (no browser) are the full app at its defaults.
        let search = match super::in_browser() {
            true => window().location().search().unwrap_or_default(),
            false => String::new(),
        };
        let mode = EmbedMode(Presentation::read(&QueryString::parse(&search)));
        if let Some(root) = super::in_browser()
            .then(|| document().document_element())
            .flatten()
        {
            if mode.0.embedded {
                let _ = root.class_list().add_1("embedded");
            }
            match mode.0.theme() {
                Theme::Auto => {
                    let _ = root.remove_attribute("data-theme");
                }
                theme => {
                    let _ = root.set_attribute("data-theme", theme.param());
                }
            }
        }
        provide_context(mode);
        mode
    }
}

/// How the app is shown (default outside the app root's context).
pub fn presentation() -> Presentation {
    use_context::<EmbedMode>()
        .map(|mode| mode.0)
        .unwrap_or_default()
}

/// Whether the app is inside another page's frame.
pub fn in_frame() -> bool {
    if !super::in_browser() {
        return false;
    }
    let window = window();
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        // Reading `top` can throw across origins: then we are certainly framed.
        _ => true,
    }
}

/// Links to other sites get `target=_blank` as they are clicked (capture
/// phase, before the router looks at them), so they never replace the app
/// inside the host's frame. Same-site links and mailto are left alone.
pub fn open_other_sites_in_new_tabs() {
    let handler = Closure::<dyn Fn(web_sys::MouseEvent)>::new(|event: web_sys::MouseEvent| {
        let Some(anchor) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        let origin = window().location().origin().unwrap_or_default();
        let web = anchor.protocol() == "https:" || anchor.protocol() == "http:";
        if web && anchor.origin() != origin && anchor.target().is_empty() {
            anchor.set_target("_blank");
            anchor.set_rel("noopener noreferrer");
        }
    });
    let _ = document().add_event_listener_with_callback_and_bool(
        "click",
        handler.as_ref().unchecked_ref(),
        true,
    );
    // Lives as long as the page.
    handler.forget();
}

/// In a frame, posts `{ type: "cop-navigator:height", height }` to the parent
/// whenever the content height changes (and once at start), so hosts that can
/// resize frames can fit it. Hosts that cannot (SharePoint) ignore it.
pub fn report_height_to_parent() {
    if !in_frame() {
        return;
    }
    let Some(body) = document().body() else {
        return;
    };
    let last = Rc::new(Cell::new(-1));
    let post = {
        let body = body.clone();
        move || {
            let height = body.scroll_height();
            if height == last.get() {
                return;
            }
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            if let Ok(Some(parent)) = window().parent() {
                // The height is not private; any host may read it.
                let _ = parent.post_message(&message, "*");
            }
        }
    };
    let callback = Closure::<dyn Fn()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    callback.forget();
}
