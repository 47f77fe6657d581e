//! The result: the best fit and the runner-up with how close they are, an
//! honest explanation when it is mixed, what to do next, why (answer by
//! answer), the comparison with the answers marked, sharing and printing.

use std::sync::Arc;

use leptos::prelude::*;

use super::LinkNotice;
use super::compare::ComparisonTable;
use super::existing::ExistingGroups;
use super::share::ShareResult;
use super::sources::Sources;
use super::why::AnswersByDimension;
use crate::components::announcer::use_announcer;
use crate::components::page::PageHeading;
use crate::components::prose::Prose;
use crate::web::links::app_href;
use crate::web::url_state::UrlStateHandle;
use domain::guide::{Closeness, GuideFile, GuideResult, GuideState, Step, score};

#[component]
pub fn ResultStep(guide: Arc<GuideFile>, url: UrlStateHandle<GuideState>) -> impl IntoView {
    let current = url.state().get_untracked();
    let result = Arc::new(score(&guide, &current.answers));
    let (Some(best), Some(runner_up)) = (result.best().copied(), result.runner_up().copied())
    else {
        return view! { <p>"Answer at least one question to see a result."</p> }.into_any();
    };
    let form = |index: usize| &guide.forms[index];
    let mixed = result.is_mixed();
    let heading = if mixed {
        format!(
            "A mixed result: {} or {}",
            form(best.form).phrase,
            form(runner_up.form).phrase
        )
    } else {
        format!("Your best fit: {}", form(best.form).phrase)
    };
    use_announcer().say(format!(
        "{heading}. {} fits {}%, {} {}%.",
        form(best.form).name,
        best.percent,
        form(runner_up.form).name,
        runner_up.percent
    ));

    // Next steps for the best fit, or for both when the result is mixed.
    let next_forms: Vec<usize> = if mixed {
        vec![best.form, runner_up.form]
    } else {
        vec![best.form]
    };
    let directory_kinds: Vec<_> = next_forms
        .iter()
        .filter_map(|&f| form(f).directory)
        .collect();

    view! {
        <PageHeading title=heading/>
        <LinkNotice url=url/>
        <p class="lead">{lead(&guide, &result)}</p>
        {partial(url, &current, &result)}
        <FitList guide=guide.clone() result=result.clone()/>
        {mixed.then(|| view! { <MixedExplanation guide=guide.clone() result=result.clone() a=best.form b=runner_up.form/> })}
        {next_forms.iter().map(|&f| {
            let title = if mixed {
                format!("If {} fits better", form(f).phrase)
            } else {
                "What to do next".to_string()
            };
            view! {
                <section class="next-steps">
                    <h2>{title}</h2>
                    <div class="prose"><Prose blocks=form(f).next_steps.blocks.clone()/></div>
                </section>
            }
        }).collect_view()}
        {(!directory_kinds.is_empty()).then(|| view! { <ExistingGroups url=url kinds=directory_kinds/> })}
        <AnswersByDimension guide=guide.clone() url=url result=result.clone()/>
        <section aria-labelledby="your-answers-compared">
            <h2 id="your-answers-compared">"Your answers next to the four kinds of group"</h2>
            <p class="no-print">"Each row puts what you said beside what is typical of each kind of group. The kinds closest to your answers on each row are marked “Closest to your answers”."</p>
            <ComparisonTable guide=guide.clone() result=Some(result.clone())/>
        </section>
        <ShareResult guide=guide.clone() url=url/>
        <Sources guide=guide/>
    }
    .into_any()
}

/// The headline in a sentence: who leads, by how much, and whether that is
/// close enough to call mixed.
fn lead(guide: &GuideFile, result: &GuideResult) -> String {
    let ranking = &result.ranking;
    let phrase = |i: usize| guide.forms[ranking[i].form].phrase.as_str();
    let percent = |i: usize| ranking[i].percent;
    match result.closeness {
        Closeness::Mixed { gap } => {
            let mut text = format!(
                "Your answers fit {} ({}%) and {} ({}%) almost equally well. They are {gap} percentage point{} apart, and the guide calls a result mixed when the top two are fewer than {} points apart, so it does not pick one for you.",
                phrase(0),
                percent(0),
                phrase(1),
                percent(1),
                if gap == 1 { "" } else { "s" },
                guide.mixed_threshold
            );
            for &form in result.contenders.iter().skip(2) {
                if let Some(fit) = result.fit_of(form) {
                    text.push_str(&format!(
                        " {} is close too, at {}%.",
                        capitalise(&guide.forms[form].phrase),
                        fit.percent
                    ));
                }
            }
            text
        }
        Closeness::Clear { lead } => format!(
            "Your answers fit {} best, at {}%. Next comes {} at {}%, {lead} percentage points behind.",
            phrase(0),
            percent(0),
            phrase(1),
            percent(1)
        ),
        Closeness::Unanswered => String::new(),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Says when some questions were skipped, with a way to answer them.
fn partial(
    url: UrlStateHandle<GuideState>,
    current: &GuideState,
    result: &GuideResult,
) -> Option<impl IntoView + use<>> {
    let first = current.answers.first_unanswered()?;
    let skipped = result.questions - result.answered;
    let href = url.path(&current.changing(Step::Question(first)));
    Some(view! {
        <p class="notice">
            {format!(
                "You answered {} of {} questions, so this result is less certain than it could be. ",
                result.answered, result.questions
            )}
            <a href=app_href(&href) class="no-print">
                {if skipped == 1 { "Answer the question you skipped".to_string() } else { format!("Answer the {skipped} questions you skipped") }}
            </a>
        </p>
    })
}

/// Every form's fit as a ranked list: words and numbers, with a bar that
/// only repeats the number.
#[component]
fn FitList(guide: Arc<GuideFile>, result: Arc<GuideResult>) -> impl IntoView {
    let mixed = result.is_mixed();
    view! {
        <section class="fit-summary" aria-labelledby="fit-title">
            <h2 id="fit-title">"How well each kind of group fits"</h2>
            <ol class="fit-list">
                {result.ranking.iter().enumerate().map(|(rank, fit)| {
                    let tag = match rank {
                        0 if mixed => Some("Close fit"),
                        0 => Some("Best fit"),
                        _ if mixed && result.contenders.contains(&fit.form) => Some("Close fit"),
                        1 => Some("Runner-up"),
                        _ => None,
                    };
                    view! {
                        <li class:top=rank == 0>
                            <span class="fit-head">
                                <span class="fit-name">{guide.forms[fit.form].name.clone()}</span>
                                {tag.map(|tag| view! { " " <span class="fit-tag">{tag}</span> })}
                                " "
                                <span class="fit-percent">{format!("{}% fit", fit.percent)}</span>
                            </span>
                            <svg class="fit-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="fit-track" x="0" y="0" width="100" height="8"/>
                                <rect class="fit-fill" x="0" y="0" width=fit.percent.to_string() height="8"/>
                            </svg>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="meta">
                "How the fit is worked out: each answer gives every kind of group 0 to 3 points, depending on how typical that answer is of it. A kind's fit is the points it got as a share of the most it could have got from the questions you answered."
            </p>
        </section>
    }
}

/// For a mixed result: the guide's note on the pair, and what pulled each way.
#[component]
fn MixedExplanation(
    guide: Arc<GuideFile>,
    result: Arc<GuideResult>,
    a: usize,
    b: usize,
) -> impl IntoView {
    let pulls = |towards: usize, from: usize| {
        let items: Vec<_> = result
            .pulls_towards(towards, from)
            .into_iter()
            .map(|explained| {
                let question = &guide.questions[explained.question];
                let option = &question.options[explained.option];
                view! { <li><strong>{question.text.clone()}</strong>" "{option.explanation.clone()}</li> }
            })
            .collect();
        let title = format!("What pointed to {}", guide.forms[towards].phrase);
        view! {
            <h3>{title}</h3>
            {if items.is_empty() {
                view! { <p>"None of your answers favoured it over the other."</p> }.into_any()
            } else {
                view! { <ul class="pulls">{items}</ul> }.into_any()
            }}
        }
    };
    view! {
        <section class="mixed" aria-labelledby="mixed-title">
            <h2 id="mixed-title">"Why the result is mixed"</h2>
            <div class="prose"><Prose blocks=guide.mixed_note(a, b).blocks.clone()/></div>
            {pulls(a, b)}
            {pulls(b, a)}
        </section>
    }
}
