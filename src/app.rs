//! The app root: context (content store, announcer), the shell and the routes.

use leptos::prelude::*;
use leptos_router::components::{Route as RouteView, Router, Routes};
use leptos_router::path;

use crate::components::announcer::{Announcer, LiveRegion};
use crate::components::page::FirstView;
use crate::components::shell::{SiteFooter, SiteHeader, SkipLink};
use crate::pages;
use crate::web::base::AppBase;
use crate::web::content::ContentStore;
use crate::web::session::SessionStore;

#[component]
pub fn App() -> impl IntoView {
    let base = AppBase::detect();
    base.freeze_link_urls();
    base.canonicalise_location();
    let router_base = base.router_base.clone();
    provide_context(base.clone());
    ContentStore::provide(base);
    FirstView::provide();
    SessionStore::provide();
    let announcer = Announcer::provide();

    view! {
        <Router base=router_base>
            <SkipLink/>
            <SiteHeader/>
            <main id="main" tabindex="-1" class="wrap">
                <Routes fallback=pages::not_found::NotFound>
                    <RouteView path=path!("/") view=pages::home::HomePage/>
                    <RouteView path=path!("/guide") view=pages::guide::GuidePage/>
                    <RouteView path=path!("/roles") view=pages::roles::RolesPage/>
                    <RouteView path=path!("/directory") view=pages::directory::DirectoryPage/>
                    <RouteView path=path!("/assess") view=pages::assess::AssessPage/>
                    <RouteView path=path!("/toolkit") view=pages::toolkit::ToolkitPage/>
                </Routes>
            </main>
            <SiteFooter/>
            <LiveRegion announcer=announcer/>
        </Router>
    }
}
