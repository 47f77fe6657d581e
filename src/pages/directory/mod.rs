//! `/directory`: search and filter the communities, or read one in detail.
//! All state lives in the URL (`domain::directory::state`), so every view of
//! the directory can be bookmarked, shared and reloaded; this module wires
//! the URL to the domain and lays out the parts.

mod controls;
mod detail;
mod results;

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::components::announcer::use_announcer;
use crate::components::content_view::with_content;
use crate::components::directory_index::directory_search;
use crate::components::page::PageHeading;
use crate::domain::date::Date;
use crate::domain::directory::DirectoryFile;
use crate::domain::directory::browse::Results;
use crate::domain::directory::state::DirectoryState;
use crate::domain::routes::Route;
use crate::domain::url::QueryString;
use crate::web::url::{use_query_string, use_set_query};

#[component]
pub fn DirectoryPage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Directory.title()/>
        {with_content(|directory: Arc<DirectoryFile>| view! { <DirectoryBrowser directory=directory/> })}
    }
}

/// What the parts of the view share: the state read from the URL, the
/// results for it, and a way to move to another state.
#[derive(Clone, Copy)]
struct Ctx {
    directory: StoredValue<Arc<DirectoryFile>>,
    url: Memo<QueryString>,
    state: Memo<DirectoryState>,
    results: Memo<Results>,
    go: Callback<(DirectoryState, bool)>,
    today: Option<Date>,
}

impl Ctx {
    /// Moves to the state `change` makes of the current one. `replace`
    /// updates the history entry in place (typing) instead of adding one.
    fn change(self, replace: bool, change: impl FnOnce(&mut DirectoryState)) {
        let mut state = self.state.get_untracked();
        change(&mut state);
        self.go.run((state, replace));
    }

    /// The app-relative link to `state`, keeping parameters other views own.
    fn href(self, state: &DirectoryState) -> String {
        let mut query = self.url.get_untracked();
        state.write_to(&mut query);
        format!("{}{}", Route::Directory.path(), query.to_query())
    }
}

/// The directory for a loaded file, driven by the URL (needs a `Router`).
#[component]
pub fn DirectoryBrowser(directory: Arc<DirectoryFile>) -> impl IntoView {
    let search = directory_search(&directory);
    let url = use_query_string();
    let parsed = {
        let directory = Arc::clone(&directory);
        Memo::new(move |_| {
            let (mut state, mut notices) = DirectoryState::from_query(&url.get());
            notices.extend(state.resolve(&directory));
            (state, notices)
        })
    };
    let state = Memo::new(move |_| parsed.with(|(state, _)| state.clone()));
    let notices = Memo::new(move |_| parsed.with(|(_, notices)| notices.clone()));
    let results = {
        let directory = Arc::clone(&directory);
        Memo::new(move |_| state.with(|state| state.results(&directory, &search)))
    };
    let set_query = use_set_query();
    let go = Callback::new(move |(state, replace): (DirectoryState, bool)| {
        let mut query = url.get_untracked();
        state.write_to(&mut query);
        set_query(Route::Directory.path(), query, replace);
    });
    let ctx = Ctx {
        directory: StoredValue::new(directory),
        url,
        state,
        results,
        go,
        today: crate::web::clock::today(),
    };
    announce_result_counts(ctx);
    let detail = Memo::new(move |_| state.with(|state| state.community.clone()));

    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="notice url-notices" role="status">
                <p>"Part of this link was not understood, so it was left out:"</p>
                <ul>{move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </div>
        </Show>
        {move || match detail.get() {
            Some(id) => detail::detail(ctx, id).into_any(),
            None => list(ctx).into_any(),
        }}
    }
}

/// The search box, filters and results.
fn list(ctx: Ctx) -> impl IntoView {
    view! {
        <p class="intro">
            "Before starting a community, check whether one already exists. Search by the words you would use, then narrow down by organisation, service area and more."
        </p>
        {controls::search_box(ctx)}
        <div class="directory-layout">
            {controls::filters(ctx)}
            {results::results(ctx)}
        </div>
    }
}

/// Tells screen-reader users how many communities match, once typing or
/// ticking pauses (announcing every keystroke would drown the typing).
fn announce_result_counts(ctx: Ctx) {
    let announcer = use_announcer();
    let pending = StoredValue::new_local(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let message = ctx
            .results
            .with(|results| results::count_sentence(results, &ctx.state.get_untracked()));
        if first.get_value() {
            first.set_value(false);
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle =
            set_timeout_with_handle(move || announcer.say(message), Duration::from_millis(600))
                .ok();
        pending.set_value(handle);
    });
}
