//! The result, short first (the GOV.UK "answer" pattern): the verdict in the
//! heading, one sentence on it, at most three reasons, what pulls elsewhere
//! and one next step. The rest (every fit, the answers one by one, the other
//! form's next steps, the comparison) is folded away, each said once. The
//! decision itself is `domain::guide::Decision`.

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
use domain::guide::{Decision, GuideFile, GuideResult, GuideState, Step, Verdict, score};
use domain::richtext::RichText;

#[component]
pub fn ResultStep(guide: Arc<GuideFile>, url: UrlStateHandle<GuideState>) -> impl IntoView {
    let current = url.state().get_untracked();
    let result = Arc::new(score(&guide, &current.answers));
    let decision = Decision::of(&result);
    let Some(best) = result
        .best()
        .copied()
        .filter(|_| decision.verdict != Verdict::Unanswered)
    else {
        return view! { <p>"Answer at least one question to see a result."</p> }.into_any();
    };
    let form = |index: usize| &guide.forms[index];
    let heading = decision.headline(&guide);
    let lead = decision.lead(&guide, &result);
    use_announcer().say(format!("{heading}. {lead}"));

    // The next step above the fold, and the rest of the advice folded.
    let (first_step, more): (RichText, Vec<(String, RichText)>) = match &decision.verdict {
        Verdict::NotAGroup { outcome } => {
            let outcome = &guide.not_a_group[*outcome];
            (
                outcome.first_step.clone(),
                vec![(
                    "More on what to do instead".to_string(),
                    outcome.instead.clone(),
                )],
            )
        }
        Verdict::Close { forms } => (
            guide.mixed_note(forms[0], forms[1]).clone(),
            forms
                .iter()
                .map(|&f| {
                    (
                        format!("If {} fits better", form(f).phrase),
                        form(f).next_steps.clone(),
                    )
                })
                .collect(),
        ),
        Verdict::Form { form: f } => (
            form(*f).first_step.clone(),
            vec![(
                "More on what to do next".to_string(),
                form(*f).next_steps.clone(),
            )],
        ),
        Verdict::Unanswered => (RichText::default(), Vec::new()),
    };
    // "Does one already exist?" for the kinds of group the verdict names,
    // or the closest kind when it is not a group.
    let named = match decision.verdict.forms() {
        forms if forms.is_empty() => vec![best.form],
        forms => forms,
    };
    let directory_kinds: Vec<_> = named.iter().filter_map(|&f| form(f).directory).collect();
    let reasons = decision.reason_sentences(&guide);
    let summary = decision.summary(&guide);
    let elsewhere: Vec<(String, String)> = decision
        .elsewhere
        .iter()
        .map(|group| group.describe(&guide))
        .collect();

    view! {
        <PageHeading title=heading/>
        <LinkNotice url=url/>
        <p class="lead">{lead}</p>
        {partial(url, &current, &result)}
        <section class="verdict" aria-labelledby="reasons-title">
            <h2 id="reasons-title">"Why"</h2>
            <ul class="reasons">{reasons.into_iter().map(|reason| view! { <li>{reason}</li> }).collect_view()}</ul>
            {(!elsewhere.is_empty()).then(|| view! {
                <h2 id="elsewhere-title">"What pulls the other way"</h2>
                {summary.map(|summary| view! { <p class="elsewhere-summary">{summary}</p> })}
                <ul class="elsewhere">
                    {elsewhere.into_iter().map(|(towards, said)| view! {
                        <li><strong>{towards}</strong>" "{said}</li>
                    }).collect_view()}
                </ul>
            })}
        </section>
        <section class="next-steps" aria-labelledby="next-step-title">
            <h2 id="next-step-title">{if matches!(decision.verdict, Verdict::NotAGroup { .. }) { "What to do instead" } else { "Your next step" }}</h2>
            <div class="prose"><Prose blocks=first_step.blocks/></div>
        </section>
        {(!directory_kinds.is_empty()).then(|| view! { <ExistingGroups url=url kinds=directory_kinds/> })}
        {more.into_iter().map(|(title, text)| view! {
            <details class="fold">
                <summary><h2>{title}</h2></summary>
                <div class="prose"><Prose blocks=text.blocks/></div>
            </details>
        }).collect_view()}
        <details class="fold">
            <summary><h2>"How well each kind of group fits"</h2></summary>
            <FitList guide=guide.clone() result=result.clone() verdict=decision.verdict.clone()/>
        </details>
        <details class="fold">
            <summary><h2>"Your answers, one by one"</h2></summary>
            <AnswersByDimension guide=guide.clone() url=url result=result.clone()/>
        </details>
        <details class="fold">
            <summary><h2 id="your-answers-compared">"Your answers next to the four kinds of group"</h2></summary>
            <p class="no-print">"Each row puts what you said beside what is typical of each kind of group. The kinds closest to your answers on each row are marked “Closest to your answers”."</p>
            <ComparisonTable guide=guide.clone() result=Some(result.clone())/>
        </details>
        <ShareResult guide=guide.clone() url=url/>
        <Sources guide=guide/>
    }
    .into_any()
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
/// only repeats the number. Forms the verdict names are marked alike (never
/// one of two close forms above the other).
#[component]
fn FitList(guide: Arc<GuideFile>, result: Arc<GuideResult>, verdict: Verdict) -> impl IntoView {
    let named = verdict.forms();
    view! {
        <div class="fit-summary">
            <ol class="fit-list">
                {result.ranking.iter().enumerate().map(|(rank, fit)| {
                    let marked = named.contains(&fit.form);
                    let tag = match &verdict {
                        Verdict::Close { .. } if marked => Some("Close fit"),
                        Verdict::Form { .. } if marked => Some("Best fit"),
                        Verdict::NotAGroup { .. } if rank == 0 => Some("Closest kind of group"),
                        _ => None,
                    };
                    view! {
                        <li class:top=marked>
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
                {format!("How the fit is worked out: each answer gives every kind of group 0 to 3 points, depending on how typical that answer is of it. A kind's fit is the points it got as a share of the most it could have got from the questions you answered. Kinds fewer than {} percentage points apart are called close.", guide.mixed_threshold)}
            </p>
        </div>
    }
}
