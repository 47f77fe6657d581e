//! "Which role fits me?": a few quick questions (from roles.json) that point
//! to a role and a level of participation, with what to read next. The
//! answers are in the URL (`?fit=…`), so a result can be shared.

use std::sync::Arc;

use leptos::prelude::*;

use super::ViewLink;
use super::by_role::toolkit_link;
use super::choices::Choices;
use super::tabs::heading_id;
use crate::components::announcer::use_announcer;
use crate::components::prose::Prose;
use crate::web::url_state::UrlStateHandle;
use domain::roles::RolesFile;
use domain::roles::fit::{FitAnswers, FitResult};
use domain::roles::state::{RolesState, Tab};

#[component]
pub fn WhichRole(url: UrlStateHandle<RolesState>) -> impl IntoView {
    let roles = url.content();
    let total = roles.fit.questions.len();
    let answers = Memo::new(move |_| match url.state().get() {
        RolesState::Fit(answers) => answers,
        _ => vec![None; total],
    });
    // Answering replaces the history entry, as choosing within any tab does.
    let answer = move |question: usize, option: usize| {
        let mut next: FitAnswers = answers.get_untracked();
        if let Some(slot) = next.get_mut(question) {
            *slot = Some(option);
        }
        url.replace(&RolesState::Fit(next));
    };
    let questions = roles
        .fit
        .questions
        .iter()
        .enumerate()
        .map(|(question_index, question)| {
            let options = question
                .options
                .iter()
                .map(|option| (option.id.clone(), option.label.clone()))
                .collect();
            view! {
                <Choices
                    legend=format!("{}. {}", question_index + 1, question.prompt)
                    name=format!("fit-{}", question.id)
                    options=options
                    selected=Signal::derive(move || answers.with(|a| a.get(question_index).copied().flatten()))
                    on_choose=Callback::new(move |option| answer(question_index, option))
                    class="fit-question"
                />
            }
        })
        .collect_view();

    let result = {
        let roles = roles.clone();
        Memo::new(move |_| answers.with(|a| roles.fit.result(&roles, a)))
    };
    announce_result(roles.clone(), result);
    let answered = move || answers.with(|a| a.iter().filter(|a| a.is_some()).count());
    let outcome = {
        let roles = roles.clone();
        move || {
            match result.get() {
            Some(found) => {
                let role = &roles.roles[found.role];
                let level = &roles.levels[found.level];
                let start_again = move |_| url.replace(&RolesState::Fit(vec![None; total]));
                view! {
                    <section class="fit-result" aria-labelledby="fit-result-title">
                        <h3 id="fit-result-title">"Closest to what you told us"</h3>
                        <dl>
                            <dt>"Role"</dt>
                            <dd>
                                <strong>{role.name.clone()}</strong>": " {role.summary.clone()} " "
                                <ViewLink url to=RolesState::Role(found.role)>
                                    {format!("Everything the {} does", role.name.to_lowercase())}
                                </ViewLink>
                            </dd>
                            <dt>"Level of participation"</dt>
                            <dd>
                                <strong>{level.name.clone()}</strong>": " {level.summary.clone()} " "
                                <ViewLink url to=RolesState::Level(found.level)>
                                    {format!("More about {}", level.name.to_lowercase())}
                                </ViewLink>
                            </dd>
                        </dl>
                        <p class="read-next">"Read next in the toolkit: " {toolkit_link(role.toolkit_section.clone())}</p>
                        <button type="button" class="button secondary no-print" on:click=start_again>"Start again"</button>
                    </section>
                }
                .into_any()
            }
            None => view! {
                <p class="fit-progress">
                    {format!("{} of {total} questions answered. Answer all of them to see the role and level closest to you.", answered())}
                </p>
            }
            .into_any(),
        }
        }
    };
    view! {
        <h2 id=heading_id(Tab::Fit) tabindex="-1">"Which role fits me?"</h2>
        <div class="prose"><Prose blocks=roles.fit.intro.blocks.clone()/></div>
        // Not a form: answers apply as they are chosen, there is nothing to submit.
        <div class="fit-form">{questions}</div>
        {outcome}
    }
}

/// Says the result when answering produces (or changes) it.
fn announce_result(roles: Arc<RolesFile>, result: Memo<Option<FitResult>>) {
    let announcer = use_announcer();
    Effect::new(move |previous: Option<()>| {
        let current = result.get();
        if previous.is_none() {
            return;
        }
        if let Some(found) = current {
            announcer.say(format!(
                "Closest role: {}. Level of participation: {}.",
                roles.roles[found.role].name, roles.levels[found.level].name
            ));
        }
    });
}
