//! The one way views read and change their state in the URL. A view calls
//! `use_url_state::<S>(content)` once while it is set up and gets a `Copy`
//! handle: the current state and notices as memos, `push`/`replace` to move
//! to another state (keeping other views' parameters and embed mode), and
//! `path` for links. What each parameter means lives in the state type's
//! `domain::url_state::UrlState` implementation, not here.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::web::links::{AppNavigate, use_app_navigate};
use domain::url::QueryString;
use domain::url_state::{UrlState, link_parameters};

/// A view's state in the URL (see the module docs).
pub struct UrlStateHandle<S>
where
    S: UrlState + Send + Sync + 'static,
    S::Content: Send + Sync + 'static,
{
    content: StoredValue<Arc<S::Content>>,
    query: Memo<QueryString>,
    state: Memo<S>,
    notices: Memo<Vec<String>>,
    navigate: AppNavigate,
}

impl<S> Clone for UrlStateHandle<S>
where
    S: UrlState + Send + Sync + 'static,
    S::Content: Send + Sync + 'static,
{
    fn clone(&self) -> Self {
        *self
    }
}

impl<S> Copy for UrlStateHandle<S>
where
    S: UrlState + Send + Sync + 'static,
    S::Content: Send + Sync + 'static,
{
}

/// The state of the view `S` as the current URL says, read against `content`
/// (needs a `Router`; call it while the component is set up).
pub fn use_url_state<S>(content: Arc<S::Content>) -> UrlStateHandle<S>
where
    S: UrlState + Send + Sync + 'static,
    S::Content: Send + Sync + 'static,
{
    let location = use_location();
    // Private parameters (share codes, a person's words) ride in the fragment.
    // (Prerendered pages have no fragment: the server never sees one.)
    let query = Memo::new(move |_| {
        let hash = match crate::web::in_browser() {
            true => location.hash.get(),
            false => String::new(),
        };
        location
            .search
            .with(|search| link_parameters(search, &hash))
    });
    let content = StoredValue::new(content);
    let read = move || query.with(|query| content.with_value(|content| S::read(query, content)));
    // Two memos of shared or per-view types rather than one of `Read<S>`:
    // each distinct memo type costs wasm, and reading is cheap.
    UrlStateHandle {
        content,
        query,
        state: Memo::new(move |_| read().state),
        notices: Memo::new(move |_| read().notices),
        navigate: use_app_navigate(),
    }
}

impl<S> UrlStateHandle<S>
where
    S: UrlState + Send + Sync + 'static,
    S::Content: Send + Sync + 'static,
{
    /// The current state; changes only when the state does, not when other
    /// parameters of the URL do.
    pub fn state(self) -> Memo<S> {
        self.state
    }

    /// What the current URL asked for that was ignored, one sentence each.
    pub fn notices(self) -> Memo<Vec<String>> {
        self.notices
    }

    /// Moves to `state` as a new history entry (Back returns here).
    pub fn push(self, state: &S) {
        self.navigate.push(&self.path(state));
    }

    /// Shows `state` in place of the current history entry (typing, choosing
    /// within a tab).
    pub fn replace(self, state: &S) {
        self.navigate.replace(&self.path(state));
    }

    /// The app-relative link to `state`, keeping the current URL's other
    /// parameters (for `AppLink` or `app_href`).
    pub fn path(self, state: &S) -> String {
        self.query.with_untracked(|query| {
            self.content
                .with_value(|content| state.path_from(content, query))
        })
    }

    /// The content the state is read against.
    pub fn content(self) -> Arc<S::Content> {
        self.content.get_value()
    }
}
