//! The role explorer: explore by role, compare by aspect, the full matrix,
//! the levels of participation and "Which role fits me?", as tabs. What is
//! shown lives in the URL (`?role=sponsor`, `?aspect=…`, `?level=…`,
//! `?view=matrix`, `?fit=…`; see `domain::roles::state`).

mod by_aspect;
mod by_role;
mod choices;
mod explorer;
mod fit;
mod matrix;
mod participation;
mod tabs;

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::citations::{Citations, SourcesList};
use crate::components::content_view::with_content;
use crate::components::link_notices::LinkNotices;
use crate::components::page::PageHeading;
use crate::components::prose::Prose;
use crate::web::url_state::use_url_state;
use domain::roles::RolesFile;
use domain::roles::state::{RolesState, Tab};
use domain::routes::Route;

use explorer::ViewLink;

#[component]
pub fn RolesPage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Roles.title()/>
        {with_content(|roles: Arc<RolesFile>| view! { <RolesExplorer roles/> })}
    }
}

/// The explorer for loaded content (public for the component tests).
#[component]
pub fn RolesExplorer(roles: Arc<RolesFile>) -> impl IntoView {
    let url = use_url_state::<RolesState>(roles.clone());
    let numbered = roles.numbered_sources();
    let citations = Citations::provide(&numbered);
    let sources: Vec<_> = numbered.into_iter().cloned().collect();
    let any = citations.clone();
    // Re-rendered only when the tab changes, so choosing within a tab keeps focus.
    let tab = Memo::new(move |_| url.state().with(RolesState::tab));
    let panel = move || match tab.get() {
        Tab::Role => view! { <by_role::ByRole url/> }.into_any(),
        Tab::Aspect => view! { <by_aspect::ByAspect url/> }.into_any(),
        Tab::Matrix => view! { <matrix::Matrix url/> }.into_any(),
        Tab::Levels => view! { <participation::Participation url/> }.into_any(),
        Tab::Fit => view! { <fit::WhichRole url/> }.into_any(),
    };
    view! {
        <div class="prose roles-intro">
            <Prose blocks=roles.intro.blocks.clone()/>
        </div>
        <LinkNotices notices=url.notices()/>
        <tabs::Tabs url/>
        <div
            class="roles-panel"
            role="tabpanel"
            id=move || tabs::panel_id(tab.get())
            aria-labelledby=move || tabs::tab_id(tab.get())
        >
            {panel}
        </div>
        <section class="roles-sources prose" aria-labelledby="roles-sources-title" hidden=move || !any.any_cited()>
            <h2 id="roles-sources-title">"Sources"</h2>
            <ol class="sources">
                <SourcesList citations=citations sources=sources/>
            </ol>
        </section>
    }
}
