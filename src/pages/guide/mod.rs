//! "Which kind of group fits?": the guide at `/guide`. The URL holds the step
//! and the answers (see `domain::guide::flow`), so every step can be shared
//! and reloaded; the latest state is also kept in the tab's session, so
//! leaving the guide and coming back offers to resume.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::citations::Citations;
use crate::components::content_view::with_content_titled;
use crate::web::session::{SessionStore, use_session};
use crate::web::url::{use_query_string, use_set_query};
use domain::guide::{Answers, GuideFile, Step, View};
use domain::routes::Route;
use domain::url::QueryString;

mod about;
mod compare;
mod existing;
mod question;
mod result;
mod share;
mod sources;
mod start;
mod why;

/// The session key for the guide's latest URL state.
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
    let query = use_query_string();
    let state = Memo::new({
        let guide = guide.clone();
        move |_| View::read(&query.get(), &guide)
    });
    // Steps are rebuilt (and their heading focused) only when the step or
    // the answers change, not when other parts of the URL do.
    let key: Memo<(Step, Answers)> =
        Memo::new(move |_| state.with(|s| (s.step, s.answers.clone())));

    let session = use_session();
    Effect::new({
        let guide = guide.clone();
        move || {
            let state = state.get();
            if !state.answers.is_empty() && state.notice.is_none() {
                session.set(SESSION_KEY, state.current_query(&guide).to_query());
            }
        }
    });

    move || {
        let guide = guide.clone();
        match key.get().0 {
            Step::Start => view! { <start::StartStep guide=guide state=state/> }.into_any(),
            Step::Compare => view! { <compare::CompareStep guide=guide/> }.into_any(),
            Step::Question(index) => {
                view! { <question::QuestionStep guide=guide state=state index=index/> }.into_any()
            }
            Step::About => view! { <about::AboutStep guide=guide state=state/> }.into_any(),
            Step::Result => view! { <result::ResultStep guide=guide state=state/> }.into_any(),
        }
    }
}

/// Why part of the link was ignored, if it was: shown on whichever step opens.
#[component]
fn LinkNotice(state: Memo<View>) -> impl IntoView {
    move || {
        state
            .with(|s| s.notice)
            .map(|notice| view! { <p class="notice guide-notice">{notice.message()}</p> })
    }
}

/// What `use_set_query` returns: move to a path with a query, maybe replacing.
type SetQuery = dyn Fn(&str, QueryString, bool);

/// Navigation for a step's buttons. Hooks must run while a component is set
/// up, not inside event handlers, so steps create this first.
/// It is `Copy`, so any handler or reactive closure can hold it.
#[derive(Clone, Copy)]
struct Nav {
    guide: StoredValue<Arc<GuideFile>>,
    set_query: StoredValue<Box<SetQuery>, LocalStorage>,
    session: SessionStore,
}

impl Nav {
    fn new(guide: Arc<GuideFile>) -> Nav {
        Nav {
            guide: StoredValue::new(guide),
            set_query: StoredValue::new_local(Box::new(use_set_query())),
            session: use_session(),
        }
    }

    fn navigate(&self, query: QueryString, replace: bool) {
        self.set_query
            .with_value(|set| set(Route::Guide.path(), query, replace));
    }

    /// Moves to `step`, carrying `view`'s answers and words (a new history entry).
    fn go(&self, view: &View, step: Step) {
        let query = self.guide.with_value(|guide| view.query(step, guide));
        self.navigate(query, false);
    }

    /// Replaces the current URL's state, e.g. new words on the result page.
    fn replace(&self, view: &View) {
        let query = self.guide.with_value(|guide| view.query(view.step, guide));
        self.navigate(query, true);
    }

    /// Forgets this tab's answers and opens the first question.
    fn start_again(&self) {
        self.session.set(SESSION_KEY, String::new());
        let fresh = self
            .guide
            .with_value(|guide| View::read(&QueryString::default(), guide));
        self.go(&fresh, Step::Question(0));
    }
}
