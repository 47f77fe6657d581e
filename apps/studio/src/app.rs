//! The app root: context (base, content store, announcer), the studio's
//! state, and the page, one section per step: open, match columns (for a
//! spreadsheet), edit, preview, save.

use std::time::Duration;

use leptos::prelude::*;

use crate::shell::{Footer, Header};
use crate::state::Studio;
use crate::{editor, mapping, open, preview, save};
use cop_navigator::components::announcer::{Announcer, LiveRegion};
use cop_navigator::components::shell::SkipLink;
use cop_navigator::web::base::AppBase;
use cop_navigator::web::content::{ContentStore, use_content};
use cop_navigator::web::debounce::Debounce;
use cop_navigator::web::document;
use cop_navigator::web::leave_warning::warn_before_leaving;
use domain::site::SiteFile;

/// The tab title's view part (the site's title follows it).
pub const TITLE: &str = "Content studio";

/// How long edits must pause before the work is kept in the browser.
const KEEP_DELAY: Duration = Duration::from_millis(500);

#[component]
pub fn App() -> impl IntoView {
    let base = AppBase::detect();
    provide_context(base.clone());
    ContentStore::provide(base);
    let announcer = Announcer::provide();
    document::set_title(TITLE);
    let site = use_content::<SiteFile>();
    Effect::new(move || {
        if let Some(Ok(site)) = site.get() {
            cop_navigator::web::site::apply(&site);
        }
    });
    let studio = Studio::new();
    open::open_published_at_start(studio);
    // Unsaved work is kept in this browser as it changes.
    let keep_later = Debounce::new(KEEP_DELAY);
    Effect::new(move || {
        studio.work.track();
        studio.clean.track();
        keep_later.call(move || studio.keep());
    });
    warn_before_leaving(move || studio.unsaved());
    view! {
        <SkipLink/>
        <Header/>
        <main id="main" tabindex="-1" class="wrap studio">
            <h1>{TITLE}</h1>
            <p class="lead">"For the team that keeps the community directory. Open the published directory (it opens by itself), a copy of yours, or a spreadsheet or SharePoint list saved as CSV; edit the entries, keep them fresh, check them against the directory's rules and save directory.json to publish."</p>
            <p class="privacy-note">"Everything happens in this browser: nothing you open or type is sent anywhere. Unsaved changes are kept in this browser until you save."</p>
            <open::Restore studio=studio/>
            <open::Open studio=studio/>
            <mapping::Mapping studio=studio/>
            <editor::Editor studio=studio/>
            <preview::Preview studio=studio/>
            <save::Save studio=studio/>
        </main>
        <Footer/>
        <LiveRegion announcer=announcer/>
    }
}
