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

use crate::components::announcer::use_announcer;
use crate::components::citations::Citations;
use crate::components::content_view::with_content;
use crate::components::page::PageHeading;
use crate::web::focus::focus_first_of;
use crate::web::url_state::{UrlStateHandle, use_url_state};
use domain::assessment::{AssessState, AssessmentFile, Step, decode_share};
use domain::routes::Route;

pub use state::{Assess, STORAGE_KEY};

/// The assessment's place in the URL: `push`/`replace` an
/// `AssessState::at(step)` to move between steps.
pub type AssessUrl = UrlStateHandle<AssessState>;

#[component]
pub fn AssessPage() -> impl IntoView {
    view! {
        <PageHeading title=Route::Assess.title()/>
        {with_content(|content: Arc<AssessmentFile>| view! { <Assessment content=content/> })}
    }
}

/// The whole flow for loaded content (mountable on its own in tests).
#[component]
pub fn Assessment(content: Arc<AssessmentFile>) -> impl IntoView {
    let state = Assess::new(content.clone(), use_announcer());
    // One numbering for the intro's citations, the factors' and the sources list.
    Citations::provide(&content.numbered_sources());
    let url = use_url_state::<AssessState>(content);
    let step = Memo::new(move |_| url.state().with(|s| s.step));

    // An unknown step: say so, the way other messages above the step are said.
    let notices = url.notices();
    Effect::new(move |_| {
        let notices = notices.get();
        if !notices.is_empty() {
            state.say(true, notices.join(" "));
        }
    });
    let share_code = Memo::new(move |_| url.state().with(|s| s.share_code.clone()));
    Effect::new(move |_| {
        if let Some(code) = share_code.get() {
            open_share(state, url, &code, step.get_untracked());
        }
    });
    focus_on_step_change(step);

    view! {
        <div class="assess">
            <notices::StorageNotice state=state/>
            <notices::NoticeView state=state/>
            <notices::SharedChoice state=state url=url current=step/>
            {move || match step.get() {
                Step::Intro => view! { <intro::Intro state=state url=url/> }.into_any(),
                Step::Community => view! { <intro::CommunityStep state=state url=url/> }.into_any(),
                Step::Section(index) => {
                    view! { <statement::SectionStep state=state url=url index=index/> }.into_any()
                }
                Step::Result => view! { <result::ResultView state=state url=url/> }.into_any(),
            }}
        </div>
    }
}

/// A share link opens straight away when nothing else is at stake; when it
/// would replace different saved answers the person chooses first.
fn open_share(state: Assess, url: AssessUrl, code: &str, current: Step) {
    let content = state.content();
    match decode_share(code) {
        Err(problem) => {
            state.say(
                true,
                format!("{problem} Nothing you had saved was changed."),
            );
            url.replace(&AssessState::at(current));
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
                url.replace(&AssessState::at(Step::Result));
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
            focus_first_of(&["step-heading", "page-title"]);
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
fn StepButtons(state: Assess, url: AssessUrl, step: Step) -> impl IntoView {
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
            {previous.map(|previous| view! { <button type="button" class="button secondary" on:click=move |_| url.push(&AssessState::at(previous))>"Back"</button> })}
            {next.map(|(next, label)| view! { <button type="button" class="button" on:click=move |_| url.push(&AssessState::at(next))>{label}</button> })}
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
