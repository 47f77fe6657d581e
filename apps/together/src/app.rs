//! The app root: context (base, content store, announcer) and the page, one
//! section per step: the people, the comparison, progress, the documents.

use leptos::prelude::*;

use crate::state::Together;
use crate::{compare, documents, people, progress};
use cop_navigator::components::announcer::{Announcer, LiveRegion};
use cop_navigator::components::content_view::with_content;
use cop_navigator::components::second_app::{AppFooter, AppHeader};
use cop_navigator::components::shell::SkipLink;
use cop_navigator::web::base::AppBase;
use cop_navigator::web::content::{ContentStore, use_content};
use cop_navigator::web::document;
use domain::assessment::AssessmentFile;
use domain::routes::Route;
use domain::site::SiteFile;

/// The tab title's view part (the site's title follows it).
pub const TITLE: &str = "Start together";

#[component]
pub fn App() -> impl IntoView {
    let base = AppBase::detect();
    provide_context(base.clone());
    ContentStore::provide(base);
    let announcer = Announcer::provide();
    document::set_title(TITLE);
    // The site's title and colours, as the navigator applies them.
    let site = use_content::<SiteFile>();
    Effect::new(move || {
        if let Some(Ok(site)) = site.get() {
            cop_navigator::web::site::apply(&site);
        }
    });
    view! {
        <SkipLink/>
        <AppHeader back_to=Route::Assess back_label="Back to the self-assessment"/>
        <main id="main" tabindex="-1" class="wrap together">
            <h1>{TITLE}</h1>
            <p class="lead">"For the few people starting a community of practice together. Each of you takes the self-assessment and sends your result; add them here to see where you agree and what to talk about first, to see progress since an earlier result, and to draft your charter, a brief for your sponsor and the first meeting's agenda."</p>
            <p class="privacy-note">"Everything happens in this browser: nothing you add here is sent anywhere."</p>
            {with_content::<AssessmentFile, _>(move |content| {
                let together = Together::new(content);
                view! {
                    <people::People together=together/>
                    <compare::Compare together=together/>
                    <progress::ProgressSection together=together/>
                    <documents::Documents together=together/>
                }
            })}
        </main>
        <AppFooter privacy="Start together runs in your browser: the answers you add, the group and the documents stay on this device unless you save or send them yourself."/>
        <LiveRegion announcer=announcer/>
    }
}
