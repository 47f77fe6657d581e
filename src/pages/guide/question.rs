//! One question (the GOV.UK "question page" pattern): a fieldset whose legend
//! is the page heading, radio options, Back, Continue and Skip. Continuing
//! without an answer shows an error summary that takes focus.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use super::LinkNotice;
use crate::components::page::PageHeading;
use crate::web::document::set_title;
use crate::web::focus::focus_by_id;
use crate::web::links::app_href;
use crate::web::url_state::UrlStateHandle;
use domain::guide::{GuideFile, GuideState};

const ERROR: &str = "Select an answer, or choose “Skip this question”";

#[component]
pub fn QuestionStep(
    guide: Arc<GuideFile>,
    url: UrlStateHandle<GuideState>,
    index: usize,
) -> impl IntoView {
    let current = url.state().get_untracked();
    let Some(question) = guide.questions.get(index).cloned() else {
        return ().into_any();
    };
    let selected = RwSignal::new(current.answers.get(index));
    // Counts failed attempts, so a second empty Continue refocuses the summary.
    let attempts = RwSignal::new(0u32);
    let showing_error = move || attempts.get() > 0 && selected.get().is_none();
    let summary = NodeRef::<Div>::new();
    let title = question.text.clone();
    // GOV.UK pattern: the summary takes focus and the tab title says "Error:"
    // while the error stands.
    Effect::new(move || {
        if attempts.get() == 0 {
            return;
        }
        if let Some(summary) = summary.get() {
            let _ = summary.focus();
        }
        if showing_error() {
            set_title(&format!("Error: {title}"));
        } else {
            set_title(&title);
        }
    });

    let back = url.path(&current.at(current.previous(&guide)));
    let next = current.next(&guide);
    let first_option = question
        .options
        .first()
        .map(|option| format!("answer-{}", option.id))
        .unwrap_or_default();
    let first_option_target = first_option.clone();
    let submit = {
        let current = current.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            match selected.get_untracked() {
                Some(option) => {
                    let answers = current.answers.with(index, Some(option));
                    // The browser's Back returns to this question with the
                    // answer still chosen, as GOV.UK forms do.
                    url.replace(&GuideState {
                        answers: answers.clone(),
                        ..current.clone()
                    });
                    url.push(&GuideState {
                        answers,
                        ..current.at(next)
                    });
                }
                None => attempts.update(|n| *n += 1),
            }
        }
    };
    let skip = {
        let current = current.clone();
        move |_| {
            let answers = current.answers.with(index, None);
            url.replace(&GuideState {
                answers: answers.clone(),
                ..current.clone()
            });
            url.push(&GuideState {
                answers,
                ..current.at(next)
            });
        }
    };
    let focus_first_option = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        focus_by_id(&first_option);
    };
    let described_by = {
        let has_hint = question.hint.is_some();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push("question-hint");
            }
            if showing_error() {
                ids.push("question-error");
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let progress = current.progress(&guide).unwrap_or_default();
    let continue_label = if current.returning {
        "Save and return to your result"
    } else {
        "Continue"
    };

    view! {
        <p class="back-link-row"><a class="back-link" href=app_href(&back)>"Back"</a></p>
        <LinkNotice url=url/>
        {move || showing_error().then(|| view! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" node_ref=summary>
                <h2 id="error-summary-title">"There is a problem"</h2>
                <ul><li><a href=format!("#{first_option_target}") on:click=focus_first_option.clone()>{ERROR}</a></li></ul>
            </div>
        })}
        <form class="question-form" novalidate=true on:submit=submit>
            <div class="form-group" class:has-error=showing_error>
                <fieldset class="question" aria-describedby=described_by>
                    <legend>
                        <span class="caption">{progress}</span>
                        <PageHeading title=question.text.clone()/>
                    </legend>
                    {question.hint.clone().map(|hint| view! { <p id="question-hint" class="hint">{hint}</p> })}
                    {move || showing_error().then(|| view! {
                        <p id="question-error" class="error-message"><span class="visually-hidden">"Error: "</span>{ERROR}</p>
                    })}
                    <div class="radios">
                        {question.options.iter().enumerate().map(|(i, option)| {
                            let id = format!("answer-{}", option.id);
                            let hint_id = option.hint.as_ref().map(|_| format!("{id}-hint"));
                            view! {
                                <div class="radio">
                                    <input
                                        type="radio"
                                        id=id.clone()
                                        name="answer"
                                        value=option.id.clone()
                                        prop:checked=move || selected.get() == Some(i)
                                        on:change=move |_| selected.set(Some(i))
                                        aria-describedby=hint_id.clone()
                                    />
                                    <label for=id>{option.label.clone()}</label>
                                    {option.hint.clone().zip(hint_id).map(|(hint, id)| view! { <p id=id class="hint">{hint}</p> })}
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
            {question.why.clone().map(|why| view! {
                <details class="why">
                    <summary>"Why we ask this"</summary>
                    <p>{why}</p>
                </details>
            })}
            <div class="button-group">
                <button type="submit" class="button">{continue_label}</button>
                <button type="button" class="button secondary" on:click=skip>"Skip this question"</button>
            </div>
        </form>
    }
    .into_any()
}
