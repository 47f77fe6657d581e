//! Why the result came out as it did: every question, grouped by Wenger &
//! Snyder's dimensions, with the answer given, what it points to and a link
//! to change it (the guide's "check your answers").

use std::sync::Arc;

use leptos::prelude::*;

use crate::web::links::app_href;
use crate::web::url_state::UrlStateHandle;
use domain::guide::{GuideFile, GuideResult, GuideState, Step};

/// Re-rendered when the URL's words change, so its links carry them.
#[component]
pub fn AnswersByDimension(
    guide: Arc<GuideFile>,
    url: UrlStateHandle<GuideState>,
    result: Arc<GuideResult>,
) -> impl IntoView {
    let state = url.state();
    move || answers_by_dimension(&guide, url, &state.get(), &result)
}

fn answers_by_dimension(
    guide: &GuideFile,
    url: UrlStateHandle<GuideState>,
    current: &GuideState,
    result: &GuideResult,
) -> impl IntoView + use<> {
    let change = |step: Step| app_href(&url.path(&current.changing(step)));
    let names = |forms: &[usize]| {
        forms
            .iter()
            .filter_map(|&f| guide.forms.get(f).map(|form| form.name.as_str()))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    let dimensions = guide.dimensions.iter().map(|dimension| {
        let answers = guide
            .questions
            .iter()
            .enumerate()
            .filter(|(_, question)| question.dimension == dimension.id)
            .map(|(q, question)| {
                let explained = result.explained.iter().find(|e| e.question == q);
                let href = change(Step::Question(q));
                let what = question.text.clone();
                let body = match explained {
                    Some(explained) => {
                        let option = &question.options[explained.option];
                        let favours = names(&explained.favours);
                        view! {
                            <p class="answer-said"><strong>"You said: "</strong>{option.label.clone()}</p>
                            <p>{option.explanation.clone()}</p>
                            {(!favours.is_empty()).then(|| view! { <p class="meta">{format!("Points most to: {favours}")}</p> })}
                            <p class="no-print"><a href=href>"Change"<span class="visually-hidden">{format!(" your answer to “{what}”")}</span></a></p>
                        }
                        .into_any()
                    }
                    None => view! {
                        <p class="answer-said">"You skipped this question, so it does not count towards the result."</p>
                        <p class="no-print"><a href=href>"Answer it"<span class="visually-hidden">{format!(": “{what}”")}</span></a></p>
                    }
                    .into_any(),
                };
                view! {
                    <li class="answer">
                        <p class="answer-question">{question.text.clone()}</p>
                        {body}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{dimension.question.clone()}</h3>
            <ul class="answer-list">{answers}</ul>
        }
    });
    let about = (!current.about.is_empty()).then(|| current.about.clone());
    view! {
        <section class="why-section" aria-labelledby="why-title">
            <h2 id="why-title">"Why: what each of your answers points to"</h2>
            {dimensions.collect_view()}
            <h3>"In your own words"</h3>
            <ul class="answer-list">
                <li class="answer">
                    <p class="answer-question">"What would the group be about?"</p>
                    <p class="answer-said">{about.map_or_else(|| "You left this blank.".to_string(), |about| format!("“{about}”"))}</p>
                    <p class="no-print"><a href=change(Step::About)>"Change"<span class="visually-hidden">" what the group would be about"</span></a></p>
                </li>
            </ul>
        </section>
    }
}
