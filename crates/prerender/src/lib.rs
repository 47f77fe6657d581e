//! The first screen of every view as HTML, rendered at build time by the
//! app's own components (leptos `ssr` rendering, natively), so a visitor
//! reads the page before the WebAssembly arrives. The app then mounts its
//! own render in place of it (the loader calls `mount_app` in src/main.rs);
//! nothing is hydrated.

#![recursion_limit = "256"]

pub mod markup;

use std::collections::HashMap;
use std::sync::Arc;

use cop_navigator::app::App;
use cop_navigator::web::content::GivenFiles;
use cop_navigator::web::document;
use domain::content::{ContentFile, load};
use domain::routes::Route;
use domain::site::{DEFAULT_TITLE, SiteFile};
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

/// One route's prerendered page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The tab title the app would set.
    pub title: String,
    /// The app's markup, to go inside `<body>` (see `markup`).
    pub body: String,
}

/// Renders `route` as a first visit with no query string sees it, reading
/// the content files from `files` (file name → bytes).
pub fn render(route: Route, files: &Arc<HashMap<String, Vec<u8>>>) -> Page {
    let owner = Owner::new();
    owner.with(|| {
        set_site_title(files);
        provide_context(RequestUrl::new(route.path()));
        provide_context(GivenFiles(files.clone()));
        let body = markup::for_first_paint(&view! { <App/> }.to_html());
        Page {
            title: document::title(),
            body,
        }
    })
}

/// Start together's page (apps/together) as a first visit sees it.
pub fn render_together(files: &Arc<HashMap<String, Vec<u8>>>) -> Page {
    render_app(files, || view! { <together::app::App/> }.to_html())
}

/// A page of the content studio (apps/studio) as a first visit sees it
/// (the studio opens the published directory once the app runs).
pub fn render_studio(files: &Arc<HashMap<String, Vec<u8>>>, page: studio::app::Page) -> Page {
    render_app(files, || {
        provide_context(page);
        view! { <studio::app::App/> }.to_html()
    })
}

/// A second app's one page, rendered by `html`.
fn render_app(files: &Arc<HashMap<String, Vec<u8>>>, html: impl FnOnce() -> String) -> Page {
    let owner = Owner::new();
    owner.with(|| {
        set_site_title(files);
        provide_context(GivenFiles(files.clone()));
        let body = markup::for_first_paint(&html());
        Page {
            title: document::title(),
            body,
        }
    })
}

/// The app sets the site's part of the title once site.json is read, in an
/// effect, and effects do not run here.
fn set_site_title(files: &HashMap<String, Vec<u8>>) {
    let site = files
        .get(SiteFile::FILE)
        .and_then(|bytes| load::<SiteFile>(bytes).ok());
    document::set_site_title(site.as_ref().map_or(DEFAULT_TITLE, SiteFile::title));
    document::set_title("");
}

/// The custom properties the app sets from site.json's accent (none when
/// the file cannot be read: the app will say why).
pub fn palette(files: &HashMap<String, Vec<u8>>) -> Vec<(&'static str, String)> {
    files
        .get(SiteFile::FILE)
        .and_then(|bytes| load::<SiteFile>(bytes).ok())
        .map(|site| site.palette().custom_properties().to_vec())
        .unwrap_or_default()
}
