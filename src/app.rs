//! The app root: context (base, content store, embed mode, announcer), the
//! shell and the routes.

use leptos::prelude::*;
use leptos_router::components::{Route as RouteView, Router, Routes};
use leptos_router::{StaticSegment, path};

use crate::components::announcer::{Announcer, LiveRegion};
use crate::components::page::FirstView;
use crate::components::shell::{EmbedBar, SiteFooter, SiteHeader, SiteNotice, SkipLink};
use crate::pages;
use crate::web::base::AppBase;
use crate::web::content::{ContentStore, use_content};
use crate::web::embed::{EmbedMode, open_other_sites_in_new_tabs, report_height_to_parent};
use crate::web::session::SessionStore;
use domain::routes::Route;
use domain::site::SiteFile;

/// The router's path for a view other than home (`path!("/")`), from the one
/// list in `domain::routes`.
fn segment(route: Route) -> (StaticSegment<&'static str>,) {
    (StaticSegment(route.segment()),)
}

#[component]
pub fn App() -> impl IntoView {
    let base = AppBase::detect();
    let browser = crate::web::in_browser();
    if browser {
        base.freeze_link_urls();
        base.canonicalise_location();
    }
    let router_base = base.router_base.clone();
    provide_context(base.clone());
    ContentStore::provide(base);
    FirstView::provide();
    SessionStore::provide();
    let announcer = Announcer::provide();
    let embedded = EmbedMode::provide().0.embedded;
    if browser {
        crate::web::focus::hold_focus_until_reader_acts();
        if embedded {
            open_other_sites_in_new_tabs();
        }
        report_height_to_parent();
        crate::web::perf::mark_when_first_view_ready();
    }

    let site = use_content::<SiteFile>();
    Effect::new(move || {
        if let Some(Ok(site)) = site.get() {
            crate::web::site::apply(&site);
        }
    });

    view! {
        <Router base=router_base>
            <SkipLink/>
            // Prerendered pages carry both: the stylesheet shows the embed bar
            // or the header by the class the first-paint script sets.
            {(embedded || !browser).then(|| view! { <EmbedBar/> })}
            {(!embedded).then(|| view! { <SiteHeader/> })}
            <main id="main" tabindex="-1" class="wrap">
                <SiteNotice/>
                <Routes fallback=pages::not_found::NotFound>
                    <RouteView path=path!("/") view=pages::home::HomePage/>
                    <RouteView path=segment(Route::Guide) view=pages::guide::GuidePage/>
                    <RouteView path=segment(Route::Roles) view=pages::roles::RolesPage/>
                    <RouteView path=segment(Route::Directory) view=pages::directory::DirectoryPage/>
                    <RouteView path=segment(Route::Assess) view=pages::assess::AssessPage/>
                    <RouteView path=segment(Route::Toolkit) view=pages::toolkit::ToolkitPage/>
                    <RouteView path=segment(Route::Accessibility) view=pages::accessibility::AccessibilityPage/>
                </Routes>
            </main>
            {(!embedded).then(|| view! { <SiteFooter/> })}
            <LiveRegion announcer=announcer/>
        </Router>
    }
}
