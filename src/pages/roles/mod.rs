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
use crate::components::page::PageHeading;
use crate::components::rich_text::RichText;
use crate::web::url::{use_query_string, use_set_query};
use domain::roles::RolesFile;
use domain::roles::state::{Tab, View};
use domain::routes::Route;

use explorer::{Navigate, State, ViewLink};

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
    let url = use_query_string();
    let navigate: Navigate = Box::new(use_set_query());
    let parsed = {
        let roles = roles.clone();
        Memo::new(move |_| url.with(|query| View::from_query(&roles, query)))
    };
    let state = State {
        roles: roles.clone(),
        view: Memo::new(move |_| parsed.with(|(view, _)| view.clone())),
        url,
        navigate: StoredValue::new_local(navigate),
    };
    let notice = move || {
        parsed.with(|(_, notice)| notice.clone()).map(|text| {
            view! { <p class="notice" role="status">{text}</p> }
        })
    };
    let numbered = roles.numbered_sources();
    let citations = Citations::provide(&numbered);
    let sources: Vec<_> = numbered.into_iter().cloned().collect();
    // Re-rendered only when the tab changes, so choosing within a tab keeps focus.
    let tab = Memo::new(move |_| state.view.with(View::tab));
    let panel = {
        let state = state.clone();
        move || match tab.get() {
            Tab::Role => view! { <by_role::ByRole state=state.clone()/> }.into_any(),
            Tab::Aspect => view! { <by_aspect::ByAspect state=state.clone()/> }.into_any(),
            Tab::Matrix => view! { <matrix::Matrix state=state.clone()/> }.into_any(),
            Tab::Levels => view! { <participation::Participation state=state.clone()/> }.into_any(),
            Tab::Fit => view! { <fit::WhichRole state=state.clone()/> }.into_any(),
        }
    };
    view! {
        <div class="prose roles-intro">
            <RichText blocks=roles.intro.blocks.clone()/>
        </div>
        {notice}
        <tabs::Tabs state=state.clone()/>
        <div
            class="roles-panel"
            role="tabpanel"
            id=move || tabs::panel_id(tab.get())
            aria-labelledby=move || tabs::tab_id(tab.get())
        >
            {panel}
        </div>
        <section class="roles-sources prose" aria-labelledby="roles-sources-title">
            <h2 id="roles-sources-title">"Sources"</h2>
            <ol class="sources">
                <SourcesList citations=citations sources=sources/>
            </ol>
        </section>
    }
}
