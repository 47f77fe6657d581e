//! Reading and writing a view's state in the URL query string, so every
//! state can be bookmarked, shared and embedded. Views call these instead of
//! touching `window.location`, so app-wide parameters (such as embed mode)
//! are handled in one place.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use crate::web::embed::is_embedded;
use domain::url::QueryString;

/// The current query string, reactive.
pub fn use_query_string() -> Memo<QueryString> {
    let location = use_location();
    Memo::new(move |_| QueryString::parse(&location.search.get()))
}

/// Returns a function that moves to `path` (app-relative) with `query`.
/// `replace` updates the current history entry (typing in a search box);
/// otherwise a new entry is pushed (answering a question).
pub fn use_set_query() -> impl Fn(&str, QueryString, bool) + Clone + 'static {
    let navigate = use_navigate();
    let embedded = is_embedded();
    move |path: &str, mut query: QueryString, replace: bool| {
        if embedded {
            query.set("embed", "1");
        }
        let target = format!("{path}{}", query.to_query());
        navigate(
            &target,
            NavigateOptions {
                replace,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    }
}
