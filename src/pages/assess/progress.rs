//! Where the person is: the numbered steps (each a link), how many
//! statements each section has answered, and a progress bar. On a phone the
//! list is folded into "Step 3 of 7 · Show all steps" (a disclosure button).

use leptos::prelude::*;

use super::{Assess, step_label};
use crate::components::link::AppLink;
use domain::assessment::{AssessState, Step};
use domain::url_state::UrlState;

#[component]
pub fn StepNav(state: Assess, step: Step) -> impl IntoView {
    let content = state.content();
    let total = content.statement_count();
    let answered = move || state.outcome.with(|outcome| outcome.answered);
    let open = RwSignal::new(false);
    let position = format!(
        "Step {} of {}",
        step.number(&content).unwrap_or(1),
        Step::all(&content).len()
    );
    let items = Step::all(&content)
        .into_iter()
        .map(|item| {
            let label = step_label(&content, item);
            let count = match item {
                Step::Section(index) => {
                    let ids: Vec<String> = content.sections[index]
                        .statements
                        .iter()
                        .map(|s| s.id.clone())
                        .collect();
                    Some(move || {
                        let done = state
                            .answers
                            .with(|a| ids.iter().filter(|id| a.level(id).is_some()).count());
                        format!(" ({done} of {})", ids.len())
                    })
                }
                _ => None,
            };
            let body = view! { {label}<span class="step-done">{count}</span> };
            if item == step {
                view! { <li><span class="current" aria-current="step">{body}</span></li> }
                    .into_any()
            } else {
                view! { <li><AppLink href=AssessState::at(item).path(&content)>{body}</AppLink></li> }
                    .into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="step-nav no-print" aria-label="Assessment steps">
            <p class="step-compact">
                {position}" · "
                <button type="button" class="link-button" aria-expanded=move || open.get().to_string() aria-controls="step-list" on:click=move |_| open.update(|open| *open = !*open)>
                    {move || if open.get() { "Hide the steps" } else { "Show all steps" }}
                </button>
            </p>
            <ol class="step-list" id="step-list" class:folded=move || !open.get()>{items}</ol>
            <p class="step-progress">
                <progress max=total value=answered aria-label="Statements answered"></progress>
                <span>{move || format!("{} of {total} statements answered", answered())}</span>
            </p>
        </nav>
    }
}
