//! The frame: a way back to the navigator (another app's pages, so plain
//! links) and the footer.

use leptos::prelude::*;

use cop_navigator::web::base::AppBase;
use cop_navigator::web::content::use_content;
use domain::routes::Route;
use domain::site::{DEFAULT_TITLE, SiteFile};

/// The navigator's address for `route`.
pub fn navigator(route: Route) -> String {
    let root = expect_context::<AppBase>().root_url;
    format!("{root}{}", route.segment())
}

#[component]
pub fn Header() -> impl IntoView {
    let site = use_content::<SiteFile>();
    let title = move || {
        site.get()
            .and_then(|loaded| loaded.ok())
            .map_or(DEFAULT_TITLE.to_string(), |site| site.title().to_string())
    };
    view! {
        <header class="site-header together-header">
            <nav class="wrap together-nav" aria-label="CoP Navigator">
                <a href=navigator(Route::Home)><span class="brand-title">{title}</span></a>
                <a href=navigator(Route::Directory)>"The published directory"</a>
            </nav>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>"The content studio runs in your browser: what you open and edit stays on this device until you save the file and publish it yourself."</p>
                <p class="footer-links">
                    <a href=navigator(Route::Accessibility)>{Route::Accessibility.label()}</a>
                </p>
            </div>
        </footer>
    }
}
