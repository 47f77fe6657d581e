//! The self-assessment (`/assess`): an intro, the proposed community's name
//! and domain, one step per section of statements, and the result. The step
//! is in the URL (`?step=roles`), so Back, reload and bookmarks work; the
//! answers are autosaved in this browser (see `state.rs`); a share link
//! (`?r=…`) carries answers without a server.

mod chart;
mod existing;
mod intro;
mod notices;
mod progress;
mod result;
mod state;
mod statement;
mod take_away;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::announcer::use_announcer;
use crate::components::citations::Citations;
use crate::components::content_view::with_content;
use crate::components::page::PageHeading;
use crate::web::url::{use_query_string, use_set_query};
use domain::assessment::{AssessmentFile, Step, decode_share};
use domain::routes::Route;

pub use state::{Assess, STORAGE_KEY};

#[component]
pub fn AssessPage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Assess.title()/>
        {with_content(|content: Arc<AssessmentFile>| view! { <Assessment content=content/> })}
    }
}

/// Moves between steps: `to` adds a history entry, `replace` does not.
#[derive(Clone, Copy)]
pub struct Nav(Callback<(Step, bool)>);

impl Nav {
    pub fn to(self, step: Step) {
        self.0.run((step, false));
    }

    pub fn replace(self, step: Step) {
        self.0.run((step, true));
    }
}

/// The whole flow for loaded content (mountable on its own in tests).
#[component]
pub fn Assessment(content: Arc<AssessmentFile>) -> impl IntoView {
    let state = Assess::new(content.clone(), use_announcer());
    // One numbering for the intro's citations, the factors' and the sources list.
    Citations::provide(&content.numbered_sources());
    let query = use_query_string();
    let set_query = use_set_query();
    let parsed = {
        let content = content.clone();
        Memo::new(move |_| query.with(|q| Step::parse(&content, q.get("step"))))
    };
    let step = Memo::new(move |_| parsed.get().unwrap_or(Step::Intro));
    let nav = {
        let content = content.clone();
        Nav(Callback::new(move |(target, replace): (Step, bool)| {
            let mut next = query.get_untracked();
            next.remove("r");
            match target.param(&content) {
                Some(param) => next.set("step", &param),
                None => next.remove("step"),
            };
            set_query(Route::Assess.path(), next, replace);
        }))
    };

    Effect::new(move |_| {
        if let Err(name) = parsed.get() {
            state.say(
                true,
                format!("There is no step called \"{name}\" in this assessment, so it starts from the beginning."),
            );
        }
    });
    let share_code = Memo::new(move |_| query.with(|q| q.get("r").map(str::to_string)));
    Effect::new(move |_| {
        if let Some(code) = share_code.get() {
            open_share(state, nav, &code, step.get_untracked());
        }
    });
    focus_on_step_change(step);

    view! {
        <div class="assess">
            <notices::StorageNotice state=state/>
            <notices::NoticeView state=state/>
            <notices::SharedChoice state=state nav=nav current=step/>
            {move || match step.get() {
                Step::Intro => view! { <intro::Intro state=state nav=nav/> }.into_any(),
                Step::Community => view! { <intro::CommunityStep state=state nav=nav/> }.into_any(),
                Step::Section(index) => {
                    view! { <statement::SectionStep state=state nav=nav index=index/> }.into_any()
                }
                Step::Result => view! { <result::ResultView state=state nav=nav/> }.into_any(),
            }}
        </div>
    }
}

/// A share link opens straight away when nothing else is at stake; when it
/// would replace different saved answers the person chooses first.
fn open_share(state: Assess, nav: Nav, code: &str, current: Step) {
    let content = state.content();
    match decode_share(code) {
        Err(problem) => {
            state.say(
                true,
                format!("{problem} Nothing you had saved was changed."),
            );
            nav.replace(current);
        }
        Ok(mut shared) => {
            let dropped = shared.retain_known(&content);
            let mine = state.answers.get_untracked();
            if mine.is_empty() || mine == shared {
                let mut text = format!(
                    "Opened the shared answers ({} of {} statements answered).",
                    shared.answered(&content),
                    content.statement_count()
                );
                if !dropped.is_empty() {
                    text = format!("{text} {}", state::dropped_message(dropped.len()));
                }
                state.replace(shared, text);
                nav.replace(Step::Result);
            } else {
                state.shared.set(Some(shared));
            }
        }
    }
}

/// After moving between steps (not on the first view), focus the new step's
/// heading so keyboard and screen-reader users start at the top of it.
fn focus_on_step_change(step: Memo<Step>) {
    let shown = StoredValue::new(step.get_untracked());
    Effect::new(move |_| {
        let current = step.get();
        if shown.get_value() == current {
            return;
        }
        shown.set_value(current);
        request_animation_frame(|| {
            let document = document();
            let target = document
                .get_element_by_id("step-heading")
                .or_else(|| document.get_element_by_id("page-title"));
            if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = element.focus();
            }
        });
    });
}

/// "Step 3 of 7: Title" as the step's focusable heading.
#[component]
fn StepHeading(state: Assess, step: Step, #[prop(into)] title: String) -> impl IntoView {
    let content = state.content();
    let count = step
        .number(&content)
        .map(|n| format!("Step {n} of {}", Step::all(&content).len()));
    view! {
        <h2 id="step-heading" tabindex="-1">
            {count.map(|count| view! { <span class="step-count">{count}<span class="visually-hidden">": "</span></span> })}
            {title}
        </h2>
    }
}

/// Back and Next at the foot of a step.
#[component]
fn StepButtons(state: Assess, nav: Nav, step: Step) -> impl IntoView {
    let content = state.content();
    let previous = step.previous(&content);
    let next = step.next(&content).map(|next| {
        let label = match next {
            Step::Result => "See your result".to_string(),
            other => format!("Next: {}", step_label(&content, other)),
        };
        (next, label)
    });
    view! {
        <div class="step-actions no-print">
            {previous.map(|previous| view! { <button type="button" class="button secondary" on:click=move |_| nav.to(previous)>"Back"</button> })}
            {next.map(|(next, label)| view! { <button type="button" class="button" on:click=move |_| nav.to(next)>{label}</button> })}
        </div>
    }
}

/// A step's name in the step list and on buttons.
fn step_label(content: &AssessmentFile, step: Step) -> String {
    match step {
        Step::Intro => "Introduction".into(),
        Step::Community => "Your community".into(),
        Step::Section(index) => content
            .sections
            .get(index)
            .map(|section| section.title.clone())
            .unwrap_or_default(),
        Step::Result => "Your result".into(),
    }
}

/// The app-relative link to a step.
fn step_href(content: &AssessmentFile, step: Step) -> String {
    match step.param(content) {
        Some(param) => format!("{}?step={param}", Route::Assess.path()),
        None => Route::Assess.path().to_string(),
    }
}
