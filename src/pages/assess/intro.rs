//! The first two steps: what the assessment is (with "welcome back" when
//! answers are saved), and the proposed community in the person's words.

use leptos::prelude::*;

use super::progress::StepNav;
use super::result::Sources;
use super::take_away::LoadFile;
use super::{Assess, AssessUrl, StepButtons, StepHeading};
use crate::components::prose::Prose;
use crate::web::links::app_root;
use domain::assessment::{AssessState, AssessmentAnswers, MAX_DOMAIN, MAX_NAME, Step};
use domain::routes::together_link;

#[component]
pub fn Intro(state: Assess, url: AssessUrl) -> impl IntoView {
    let content = state.content();
    let size = format!(
        "{} statements in {} steps, the last of which is your result.",
        content.statement_count(),
        Step::all(&content).len()
    );
    let resume = move || {
        let (answers, answered) = state
            .answers
            .with(|answers| (answers.clone(), answers.answered(&state.content())));
        if answers.is_empty() {
            return view! {
                <p class="step-actions">
                    <button type="button" class="button" on:click=move |_| url.push(&AssessState::at(Step::Community))>"Start the self-assessment"</button>
                </p>
            }
            .into_any();
        }
        let name = answers.name().trim().to_string();
        let whose = if name.is_empty() {
            String::new()
        } else {
            format!(" for “{name}”")
        };
        let kept = if state.stored.get() {
            "saved in this browser"
        } else {
            "on this page"
        };
        let continue_at = move |_| {
            let step = state
                .answers
                .with_untracked(|answers| Step::resume(&state.content(), answers));
            url.push(&AssessState::at(step));
        };
        let start_again = move |_| {
            state.replace(AssessmentAnswers::default(), "Your answers were cleared.");
            url.push(&AssessState::at(Step::Community));
        };
        view! {
            <div class="resume">
                <h3>"Welcome back"</h3>
                <p>{format!("You have answers {kept}{whose}: {answered} of {} statements answered.", state.content().statement_count())}</p>
                <p class="step-actions">
                    <button type="button" class="button" on:click=continue_at>"Continue where you left off"</button>
                    <button type="button" class="button secondary" on:click=start_again>"Start again"</button>
                </p>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="assess-intro" aria-labelledby="step-heading">
            <h2 id="step-heading" tabindex="-1">"Before you start"</h2>
            <div class="prose">
                <Prose blocks=content.intro.blocks.clone()/>
                <p class="meta">{size}</p>
            </div>
            {resume}
            // Start together is another app (apps/together): the router leaves the link alone.
            <p><a href=together_link(&app_root()) rel="external">"Starting it with others? Compare answers from several people"</a></p>
            <LoadFile state=state url=url/>
            <Sources state=state/>
        </section>
    }
}

#[component]
pub fn CommunityStep(state: Assess, url: AssessUrl) -> impl IntoView {
    let step = Step::Community;
    let name = move || state.answers.with(|a| a.name().to_string());
    let domain = move || state.answers.with(|a| a.domain().to_string());
    view! {
        <section class="assess-step" aria-labelledby="step-heading">
            <StepNav state=state step=step/>
            <StepHeading state=state step=step title="Your community"/>
            <p class="step-intro">"Describe the community you have in mind, in your own words. Both fields are optional, and you can change them later."</p>
            <div class="field">
                <label for="community-name">"Name of the proposed community"</label>
                <p class="hint" id="community-name-hint">"A working title is fine."</p>
                <input
                    id="community-name"
                    type="text"
                    autocomplete="off"
                    maxlength=MAX_NAME
                    aria-describedby="community-name-hint"
                    prop:value=name
                    on:input=move |ev| state.answers.update(|a| a.set_name(&event_target_value(&ev)))
                />
            </div>
            <div class="field">
                <label for="community-domain">"Its domain: the work or interest members would share"</label>
                <p class="hint" id="community-domain-hint">"For example: “event planning, venues and suppliers”. These words are also used to look for communities in the directory that may already cover it."</p>
                <textarea
                    id="community-domain"
                    rows="3"
                    maxlength=MAX_DOMAIN
                    aria-describedby="community-domain-hint"
                    prop:value=domain
                    on:input=move |ev| state.answers.update(|a| a.set_domain(&event_target_value(&ev)))
                ></textarea>
            </div>
            <StepButtons state=state url=url step=step/>
        </section>
    }
}
