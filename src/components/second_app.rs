//! The frame of the workspace's other apps (Start together, the content
//! studio): a header with the way back to the navigator, and a footer.
//! Their pages are not the navigator's, so these are plain links; the
//! navigator itself never renders this (its download does not carry it).

use leptos::prelude::*;

use crate::web::base::AppBase;
use crate::web::content::use_content;
use domain::routes::Route;
use domain::site::{DEFAULT_TITLE, SiteFile};

/// The navigator's address for `route`, from another app's page.
pub fn navigator_url(route: Route) -> String {
    let root = expect_context::<AppBase>().root_url;
    format!("{root}{}", route.segment())
}

/// The site's title (home) and one more way into the navigator.
#[component]
pub fn AppHeader(
    /// The navigator's view to offer beside the home link.
    back_to: Route,
    /// That link's words.
    back_label: &'static str,
) -> impl IntoView {
    let site = use_content::<SiteFile>();
    let title = move || {
        site.get()
            .and_then(|loaded| loaded.ok())
            .map_or(DEFAULT_TITLE.to_string(), |site| site.title().to_string())
    };
    view! {
        <header class="site-header together-header">
            <nav class="wrap together-nav" aria-label="CoP Navigator">
                <a href=navigator_url(Route::Home)><span class="brand-title">{title}</span></a>
                <a href=navigator_url(back_to)>{back_label}</a>
            </nav>
        </header>
    }
}

/// What the app keeps to itself, and the accessibility statement.
#[component]
pub fn AppFooter(
    /// One sentence on where the person's work stays.
    privacy: &'static str,
) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{privacy}</p>
                <p class="footer-links">
                    <a href=navigator_url(Route::Accessibility)>{Route::Accessibility.label()}</a>
                </p>
            </div>
        </footer>
    }
}
