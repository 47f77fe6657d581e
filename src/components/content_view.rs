//! Shows a content file's states: loading (with a visible, announced
//! indicator), failed (the specific message and a retry), or loaded.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::page::PageHeading;
use crate::web::content::use_content;
use domain::content::{ContentError, ContentFile};

/// Renders `view` with the loaded file `T`, or the loading or error state.
pub fn with_content<T, V>(view: impl Fn(Arc<T>) -> V + Send + Sync + 'static) -> impl IntoView
where
    T: ContentFile + Send + Sync + 'static,
    V: IntoView + 'static,
{
    content_states(None, view)
}

/// [`with_content`] for views whose loaded state renders its own heading
/// (one per step, say): the loading and error states get the page heading
/// `title`, so every state has its level-one heading.
pub fn with_content_titled<T, V>(
    title: &'static str,
    view: impl Fn(Arc<T>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: ContentFile + Send + Sync + 'static,
    V: IntoView + 'static,
{
    content_states(Some(title), view)
}

fn content_states<T, V>(
    title: Option<&'static str>,
    view: impl Fn(Arc<T>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: ContentFile + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let resource = use_content::<T>();
    let retry: Arc<dyn Fn() + Send + Sync> = Arc::new(move || resource.refetch());
    move || match resource.get() {
        Some(Ok(data)) => view(data).into_any(),
        Some(Err(error)) => not_ready(title, T::WHAT, Some(error), retry.clone()),
        None => not_ready(title, T::WHAT, None, retry.clone()),
    }
}

/// The loading or error state, under the page heading `title` if given. Not
/// generic, so every file type and view shares one copy.
fn not_ready(
    title: Option<&'static str>,
    what: &'static str,
    error: Option<Arc<ContentError>>,
    retry: Arc<dyn Fn() + Send + Sync>,
) -> AnyView {
    let state = match error {
        Some(error) => {
            view! { <ContentErrorPanel what error on_retry=move || retry()/> }.into_any()
        }
        None => view! { <Loading what/> }.into_any(),
    };
    view! { {title.map(|title| view! { <PageHeading title=title/> })} {state} }.into_any()
}

#[component]
pub fn Loading(what: &'static str) -> impl IntoView {
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {format!("Loading {what}…")}
        </p>
    }
}

#[component]
pub fn ContentErrorPanel(
    what: &'static str,
    error: Arc<ContentError>,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let lines = error.lines();
    let advice = error.advice();
    view! {
        <div class="error-panel" role="alert">
            <h2>{format!("Sorry, {what} could not be loaded")}</h2>
            <p>{advice}</p>
            <ul class="error-lines">{lines.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}</ul>
            <button type="button" class="button" on:click=move |_| on_retry()>"Try again"</button>
        </div>
    }
}
