//! "Which kind of group fits?": the guide at `/guide`. The URL holds the step
//! and the answers (see `domain::guide::flow`), so every step can be shared
//! and reloaded; the latest state is also kept in the tab's session, so
//! leaving the guide and coming back offers to resume.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::citations::Citations;
use crate::components::content_view::with_content_titled;
use crate::components::link_notices::LinkNotices;
use crate::web::session::{SessionStore, use_session};
use crate::web::url_state::{UrlStateHandle, use_url_state};
use domain::guide::{GuideAnswers, GuideFile, GuideState, Step};
use domain::routes::Route;
use domain::url_state::UrlState;

mod about;
mod compare;
mod existing;
mod question;
mod result;
mod share;
mod sources;
mod start;
mod why;

/// The session key for the guide's latest state, as its app-relative path.
const SESSION_KEY: &str = "guide";

#[component]
pub fn GuidePage() -> impl IntoView {
    with_content_titled(Route::Guide.title(), |guide: Arc<GuideFile>| {
        view! { <Guide guide=guide/> }
    })
}

/// The guide for loaded content: one step at a time, as the URL says.
#[component]
pub fn Guide(guide: Arc<GuideFile>) -> impl IntoView {
    // Citations in every step are numbered as in the sources list.
    Citations::provide(&guide.numbered_sources());
    let url = use_url_state::<GuideState>(guide.clone());
    let state = url.state();
    // Steps are rebuilt (and their heading focused) only when the step or
    // the answers change, not when other parts of the URL do.
    let key: Memo<(Step, GuideAnswers)> =
        Memo::new(move |_| state.with(|s| (s.step, s.answers.clone())));

    let session = use_session();
    let notices = url.notices();
    Effect::new({
        let guide = guide.clone();
        move || {
            let state = state.get();
            if !state.answers.is_empty() && notices.with(Vec::is_empty) {
                session.set(SESSION_KEY, state.path(&guide));
            }
        }
    });

    move || {
        let guide = guide.clone();
        match key.get().0 {
            Step::Start => view! { <start::StartStep guide=guide url=url/> }.into_any(),
            Step::Compare => view! { <compare::CompareStep guide=guide url=url/> }.into_any(),
            Step::Question(index) => {
                view! { <question::QuestionStep guide=guide url=url index=index/> }.into_any()
            }
            Step::About => view! { <about::AboutStep guide=guide url=url/> }.into_any(),
            Step::Result => view! { <result::ResultStep guide=guide url=url/> }.into_any(),
        }
    }
}

/// Why part of the link was ignored, if it was: shown on whichever step opens.
#[component]
fn LinkNotice(url: UrlStateHandle<GuideState>) -> impl IntoView {
    view! { <LinkNotices notices=url.notices() class="guide-notice"/> }
}

/// Forgets this tab's answers and opens the first question.
fn start_again(url: UrlStateHandle<GuideState>, session: SessionStore) {
    session.set(SESSION_KEY, String::new());
    url.push(&GuideState::new(&url.content()).at(Step::Question(0)));
}
