//! `/directory`: search and filter the communities, or read one in detail.
//! All state lives in the URL (`domain::directory::state`), so every view of
//! the directory can be bookmarked, shared and reloaded; this module wires
//! the URL to the domain and lays out the parts.

mod controls;
mod detail;
mod results;

use std::sync::Arc;
use std::time::Duration;

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::components::announcer::use_announcer;
use crate::components::content_view::with_content;
use crate::components::directory_index::directory_search;
use crate::components::page::PageHeading;
use crate::web::document::focus_when_shown;
use crate::web::url::{use_query_string, use_set_query};
use domain::date::Date;
use domain::directory::DirectoryFile;
use domain::directory::browse::Results;
use domain::directory::state::DirectoryState;
use domain::routes::Route;
use domain::url::QueryString;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Directory.title()/>
        {with_content(|directory: Arc<DirectoryFile>| view! { <DirectoryBrowser directory=directory/> })}
    }
}

/// What the parts of the view share: the state (from the URL, with the
/// search box's text), the results for it, and ways to change it.
#[derive(Clone, Copy)]
struct Ctx {
    directory: StoredValue<Arc<DirectoryFile>>,
    url: Memo<QueryString>,
    /// The search box's text: results follow it at once, the URL after a
    /// pause in typing (writing history on every keystroke costs a frame).
    text: RwSignal<String>,
    /// The state as the URL has it: filters and order, which typing does
    /// not change (so checkboxes are not re-evaluated on every keystroke).
    url_state: Memo<DirectoryState>,
    /// The state as shown: the URL's, with the search box's text.
    state: Memo<DirectoryState>,
    results: Memo<Results>,
    go: Callback<(DirectoryState, bool)>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    today: Option<Date>,
}

/// How long typing must pause before the URL records the words.
const URL_DELAY: Duration = Duration::from_millis(400);

impl Ctx {
    /// Moves to the state `change` makes of the current one. `replace`
    /// updates the history entry in place instead of adding one.
    fn change(self, replace: bool, change: impl FnOnce(&mut DirectoryState)) {
        self.cancel_pending();
        let mut state = self.state.get_untracked();
        change(&mut state);
        self.text.set(state.query.clone());
        self.go.run((state, replace));
    }

    /// The search box changed: show its results now, record it in the URL soon.
    fn type_query(self, text: String) {
        self.text.set(text);
        self.cancel_pending();
        let handle = set_timeout_with_handle(move || self.flush_query(), URL_DELAY).ok();
        self.pending.set_value(handle);
    }

    /// Records the search box's text in the URL now.
    fn flush_query(self) {
        self.cancel_pending();
        if self
            .url
            .with_untracked(|url| url.get("q").unwrap_or_default() != self.text.get_untracked())
        {
            self.go.run((self.state.get_untracked(), true));
        }
    }

    fn cancel_pending(self) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    /// Clears the filters, keeping the words, and tells keyboard users what
    /// happened by moving them to the results heading.
    fn clear_filters(self) {
        self.change(false, DirectoryState::clear_filters);
        focus_when_shown("#results-title");
    }

    /// Shows archived communities too (one click from the default).
    fn show_archived(self) {
        self.change(false, DirectoryState::show_archived);
        focus_when_shown("#results-title");
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
    let notices = Memo::new(move |_| parsed.with(|(_, notices)| notices.clone()));
    let text = RwSignal::new(parsed.with_untracked(|(state, _)| state.query.clone()));
    let url_state = Memo::new(move |_| parsed.with(|(state, _)| state.clone()));
    let state = Memo::new(move |_| {
        let mut state = url_state.get();
        state.query = text.get();
        state
    });
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
        text,
        url_state,
        state,
        results,
        go,
        pending: StoredValue::new_local(None),
        today: crate::web::clock::today(),
    };
    // A query arriving in the URL from elsewhere (Back, a link) replaces the
    // text; our own delayed write of what was typed changes nothing.
    let url_query = Memo::new(move |_| url_state.with(|state| state.query.clone()));
    Effect::new(move |previous: Option<String>| {
        let query = url_query.get();
        if previous.is_some_and(|previous| previous != query) && query != text.get_untracked() {
            ctx.cancel_pending();
            text.set(query.clone());
        }
        query
    });
    // Leaving the view must not let a delayed write navigate back to it.
    on_cleanup(move || ctx.cancel_pending());
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
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
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
