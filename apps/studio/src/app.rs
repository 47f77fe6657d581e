//! The app root: context (base, content store, announcer), the studio's
//! state, and the page, one section per step: open, match columns (for a
//! spreadsheet), edit, keep fresh, preview, save.

use std::time::Duration;

use leptos::prelude::*;

use crate::state::Studio;
use crate::{editor, fresh, mapping, open, preview, save, suggest};
use cop_navigator::components::announcer::{Announcer, LiveRegion};
use cop_navigator::components::second_app::{AppFooter, AppHeader};
use cop_navigator::components::shell::SkipLink;
use cop_navigator::web::base::AppBase;
use cop_navigator::web::content::{ContentStore, use_content};
use cop_navigator::web::debounce::Debounce;
use cop_navigator::web::document;
use cop_navigator::web::leave_warning::warn_before_leaving;
use domain::routes::Route;
use domain::site::SiteFile;

/// The tab title's view part (the site's title follows it).
pub const TITLE: &str = "Content studio";

/// How long edits must pause before the work is kept in the browser.
const KEEP_DELAY: Duration = Duration::from_millis(500);

/// The app's two pages: the studio, and "Suggest a community" for staff
/// (`studio/suggest/`), which shares its code but none of its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Studio,
    Suggest,
}

impl Page {
    /// The page the address asks for (or the prerender gives as context).
    pub fn detect() -> Page {
        if let Some(page) = use_context::<Page>() {
            return page;
        }
        let address = cop_navigator::web::address::current_address();
        let path = address.split(['?', '#']).next().unwrap_or_default();
        let path = path
            .trim_end_matches("index.html")
            .trim_end_matches(".html")
            .trim_end_matches('/');
        if path.ends_with("/suggest") {
            Page::Suggest
        } else {
            Page::Studio
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let base = AppBase::detect();
    provide_context(base.clone());
    ContentStore::provide(base);
    let announcer = Announcer::provide();
    let site = use_content::<SiteFile>();
    Effect::new(move || {
        if let Some(Ok(site)) = site.get() {
            cop_navigator::web::site::apply(&site);
        }
    });
    let page = match Page::detect() {
        Page::Suggest => {
            document::set_title(suggest::TITLE);
            view! { <main id="main" tabindex="-1" class="wrap studio"><suggest::SuggestPage/></main> }.into_any()
        }
        Page::Studio => {
            document::set_title(TITLE);
            view! { <StudioPage/> }.into_any()
        }
    };
    view! {
        <SkipLink/>
        <AppHeader back_to=Route::Directory back_label="The published directory"/>
        {page}
        <AppFooter privacy="The content studio runs in your browser: what you open and edit stays on this device until you save the file and publish it yourself."/>
        <LiveRegion announcer=announcer/>
    }
}

#[component]
fn StudioPage() -> impl IntoView {
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
        <main id="main" tabindex="-1" class="wrap studio">
            <h1>{TITLE}</h1>
            <p class="lead">"For the team that keeps the community directory. Open the published directory (it opens by itself), a copy of yours, or a spreadsheet or SharePoint list saved as CSV; edit the entries, keep them fresh, check them against the directory's rules and save directory.json to publish."</p>
            <p class="privacy-note">"Everything happens in this browser: nothing you open or type is sent anywhere. Unsaved changes are kept in this browser until you save."</p>
            {sections(studio)}
        </main>
    }
}

/// The studio's sections, one per step (public for the component tests,
/// which mount them without downloading the published directory).
pub fn sections(studio: Studio) -> impl IntoView {
    view! {
        <open::Restore studio=studio/>
        <open::Open studio=studio/>
        <mapping::Mapping studio=studio/>
        <editor::Editor studio=studio/>
        <fresh::Fresh studio=studio/>
        <preview::Preview studio=studio/>
        <save::Save studio=studio/>
    }
}
