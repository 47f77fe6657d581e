//! Applies the site settings (`site.json`) to the page: the accent palette
//! as CSS custom properties (set through the CSSOM, which a strict CSP
//! allows) and the site title in the tab.

use crate::web::document::set_site_title;
use domain::site::{Palette, SiteFile};

pub fn apply(site: &SiteFile) {
    set_site_title(site.title());
    apply_palette(&site.palette());
}

fn apply_palette(palette: &Palette) {
    use wasm_bindgen::JsCast;
    let Some(root) = leptos::prelude::document().document_element() else {
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let style = root.style();
    for (name, colour) in palette.custom_properties() {
        let _ = style.set_property(name, &colour);
    }
}
