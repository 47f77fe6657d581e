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
use crate::web::debounce::Debounce;
use crate::web::focus::focus_when_shown;
use crate::web::url_state::{UrlStateHandle, use_url_state};
use domain::date::Date;
use domain::directory::browse::Results;
use domain::directory::state::DirectoryState;
use domain::directory::{DirectoryFile, NoticePart};
use domain::routes::Route;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Directory.title()/>
        {with_content(|directory: Arc<DirectoryFile>| view! { <DirectoryBrowser directory=directory/> })}
    }
}

/// What the parts of the directory browser share: the state in the URL,
/// the search box's text, the state as shown (the URL's with that text) and
/// its results.
#[derive(Clone, Copy)]
struct Browsing {
    /// Filters and order as the URL has them (typing does not change them,
    /// so checkboxes are not re-evaluated on every keystroke).
    url: UrlStateHandle<DirectoryState>,
    /// The search box's text: results follow it at once, the URL after a
    /// pause in typing (writing history on every keystroke costs a frame).
    text: RwSignal<String>,
    /// The state as shown: the URL's, with the search box's text.
    state: Memo<DirectoryState>,
    results: Memo<Results>,
    /// The pending write of the typed words to the URL.
    record_words_later: Debounce,
    today: Option<Date>,
}

/// How long typing must pause before the URL records the words.
const URL_DELAY: Duration = Duration::from_millis(400);

/// How long typing or ticking must pause before the result count is announced.
const ANNOUNCE_DELAY: Duration = Duration::from_millis(600);

impl Browsing {
    fn directory(self) -> Arc<DirectoryFile> {
        self.url.content()
    }

    /// Moves to the state `change` makes of the one shown, as a new history
    /// entry.
    fn change(self, change: impl FnOnce(&mut DirectoryState)) {
        self.record_words_later.cancel();
        let mut state = self.state.get_untracked();
        change(&mut state);
        self.text.set(state.query.clone());
        self.url.push(&state);
    }

    /// The search box changed: show its results now, record it in the URL soon.
    fn type_words(self, text: String) {
        self.text.set(text);
        self.record_words_later.call(move || self.record_words());
    }

    /// Records the search box's text in the URL now, in place of the
    /// current history entry.
    fn record_words(self) {
        self.record_words_later.cancel();
        let recorded = self
            .url
            .state()
            .with_untracked(|state| self.text.with_untracked(|text| state.query == *text));
        if !recorded {
            self.url.replace(&self.state.get_untracked());
        }
    }

    /// Clears the filters, keeping the words, and tells keyboard users what
    /// happened by moving them to the results heading.
    fn clear_filters(self) {
        self.change(DirectoryState::clear_filters);
        focus_when_shown("#results-title");
    }

    /// Shows archived communities too (one click from the default).
    fn show_archived(self) {
        self.change(DirectoryState::show_archived);
        focus_when_shown("#results-title");
    }

    /// The app-relative link to `state`, keeping parameters other views own.
    fn path(self, state: &DirectoryState) -> String {
        self.url.path(state)
    }
}

/// The directory for a loaded file, driven by the URL (needs a `Router`).
#[component]
pub fn DirectoryBrowser(directory: Arc<DirectoryFile>) -> impl IntoView {
    let search = directory_search(&directory);
    let url = use_url_state::<DirectoryState>(Arc::clone(&directory));
    let url_state = url.state();
    let text = RwSignal::new(url_state.with_untracked(|state| state.query.clone()));
    let state = Memo::new(move |_| {
        let mut state = url_state.get();
        state.query = text.get();
        state
    });
    let results = Memo::new(move |_| state.with(|state| state.results(&directory, &search)));
    // Cancelled when the view goes, so a delayed write cannot navigate back to it.
    let record_words_later = Debounce::new(URL_DELAY);
    let browsing = Browsing {
        url,
        text,
        state,
        results,
        record_words_later,
        today: crate::web::clock::today(),
    };
    // Any move of the URL from elsewhere (Back, Forward, a link) that shows
    // other words than the box replaces the box's text and drops a pending
    // write of older typing, which would otherwise land on the history entry
    // just returned to (even one with the same words but other filters).
    // Our own writes carry the box's words, so they change nothing.
    Effect::new(move |first_done: Option<()>| {
        let query = url_state.with(|state| state.query.clone());
        if first_done.is_some() && query != text.get_untracked() {
            record_words_later.cancel();
            text.set(query);
        }
    });
    announce_result_counts(browsing);
    let notices = url.notices();
    let detail = Memo::new(move |_| state.with(|state| state.community.clone()));
    let left_out = set_aside_notice(&browsing.directory());

    view! {
        {left_out}
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="notice url-notices" role="status">
                <p>"Part of this link was not understood, so it was left out:"</p>
                <ul>{move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </div>
        </Show>
        {move || match detail.get() {
            Some(id) => detail::detail(browsing, id).into_any(),
            None => list(browsing).into_any(),
        }}
    }
}

/// Names the communities left out of the directory because they break a
/// rule ("1 community could not be shown: …"), so the rest could be shown.
/// Names and messages come from data: each is isolated (`<bdi>`), so a
/// right-to-left name cannot reorder the sentence around it.
fn set_aside_notice(directory: &DirectoryFile) -> Option<impl IntoView + use<>> {
    let parts = directory
        .set_aside_notice_parts()?
        .into_iter()
        .map(|part| match part {
            NoticePart::Ours(text) => text.into_any(),
            NoticePart::Data(text) => view! { <bdi>{text}</bdi> }.into_any(),
        })
        .collect_view();
    Some(view! {
        <div class="notice warn set-aside-notice" id="set-aside-notice" role="status">
            <p>{parts}</p>
        </div>
    })
}

/// The search box, filters and results.
fn list(browsing: Browsing) -> impl IntoView {
    view! {
        <p class="intro">
            "Before starting a community, check whether one already exists. Search by the words you would use, then narrow down by organisation, service area and more."
        </p>
        {controls::search_box(browsing)}
        <div class="directory-layout">
            {controls::filters(browsing)}
            {results::results(browsing)}
        </div>
    }
}

/// Tells screen-reader users how many communities match, once typing or
/// ticking pauses (announcing every keystroke would drown the typing).
fn announce_result_counts(browsing: Browsing) {
    let announcer = use_announcer();
    let announce_later = Debounce::new(ANNOUNCE_DELAY);
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let message = browsing
            .results
            .with(|results| results.count_sentence(&browsing.state.get_untracked()));
        if first.get_value() {
            first.set_value(false);
            return;
        }
        announce_later.call(move || announcer.say(message));
    });
}
