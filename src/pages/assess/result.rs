//! The result, summary first: the overall band (and what is not yet
//! rated), then the next steps (communities to talk to first, then the top
//! gaps), existing communities, the chart, strengths, further reading, ways
//! to take it away, and the sources cited.

use leptos::prelude::*;

use super::chart::FactorChart;
use super::existing::{ExistingMatches, listed};
use super::progress::StepNav;
use super::take_away::TakeAway;
use super::{Assess, AssessUrl, StepHeading};
use crate::components::citations::{Citations, SourcesList};
use crate::components::link::AppLink;
use crate::web::focus::{is_plain_click, reveal};
use domain::assessment::{
    AssessState, AssessmentFile, Level, PlanStep, Step, plan_steps, talk_first, talk_first_why,
};
use domain::routes::Route;

#[component]
pub fn ResultView(state: Assess, url: AssessUrl) -> impl IntoView {
    let step = Step::Result;
    let about = move || {
        state.answers.with(|a| {
            let name = a.name().trim();
            let domain = a.domain().trim();
            (!name.is_empty() || !domain.is_empty()).then(|| {
                view! {
                    <dl class="about">
                        {(!name.is_empty()).then(|| view! { <dt>"Community"</dt><dd>{name.to_string()}</dd> })}
                        {(!domain.is_empty()).then(|| view! { <dt>"Domain"</dt><dd>{domain.to_string()}</dd> })}
                    </dl>
                }
            })
        })
    };
    view! {
        <section class="assess-result" aria-labelledby="step-heading">
            <StepHeading state=state step=step title="Your result"/>
            {about}
            <Overall state=state url=url/>
            <StepNav state=state step=step/>
            <NextSteps state=state/>
            <ExistingMatches state=state/>
            <FactorChart state=state/>
            <Strengths state=state/>
            <ReadMore state=state/>
            <TakeAway state=state url=url/>
            <Sources state=state/>
        </section>
    }
}

#[component]
fn Overall(state: Assess, url: AssessUrl) -> impl IntoView {
    move || {
        let content = state.content();
        let outcome = state.outcome.get();
        let Some(overall) = outcome.overall else {
            return view! {
                <div class="notice">
                    <p>"You have not rated any statements yet, so there is no result to show."</p>
                    <p><button type="button" class="button" on:click=move |_| url.push(&AssessState::at(Step::Community))>"Start the assessment"</button></p>
                </div>
            }
            .into_any();
        };
        let Some(band) = content.bands.get(overall.band).cloned() else {
            return ().into_any();
        };
        let missing = outcome.total - outcome.answered;
        let resume = Step::resume(&content, &state.answers.get_untracked());
        let unrated: Vec<String> = outcome
            .unassessed
            .iter()
            .filter_map(|&i| content.factors.get(i))
            .map(|factor| factor.name.clone())
            .collect();
        view! {
            <div class="overall">
                <p class="overall-label">"Overall readiness"</p>
                <p class="overall-band">{band.label.clone()}</p>
                <p class="overall-score">{format!("{}% · based on {} of {} statements", overall.percent, outcome.answered, outcome.total)}</p>
                <p>{band.summary.clone()}</p>
            </div>
            {(!overall.complete).then(|| view! {
                <div class="notice warn provisional">
                    <p>
                        <strong>"Provisional. "</strong>
                        {format!("{missing} {} not rated yet. Unrated statements are left out of the scores, not counted as “not yet”, so the result may change.", if missing == 1 { "statement is" } else { "statements are" })}
                    </p>
                    {(!unrated.is_empty()).then(|| view! { <p>{format!("Not rated at all: {}.", unrated.join(", "))}</p> })}
                    <p class="no-print"><button type="button" class="button secondary" on:click=move |_| url.push(&AssessState::at(resume))>"Rate the rest"</button></p>
                </div>
            })}
        }
        .into_any()
    }
}

/// The next steps the domain decides (`plan_steps`): communities the
/// directory lists come first, then the top gaps.
#[component]
fn NextSteps(state: Assess) -> impl IntoView {
    let found = listed(state);
    move || {
        let content = state.content();
        let outcome = state.outcome.get();
        let steps = plan_steps(&outcome, found().as_ref());
        if outcome.overall.is_none() && steps.is_empty() {
            return ().into_any();
        }
        let talk = steps.iter().find_map(|step| match step {
            PlanStep::TalkToExisting(count) => Some(*count),
            PlanStep::Gap(_) => None,
        });
        let body = if steps.is_empty() {
            view! { <p>"No gaps: every factor you rated is in place. Keep reviewing them as the community grows."</p> }.into_any()
        } else {
            view! {
                <ol class="gaps">
                    {talk.map(|count| view! {
                        <li class="gap talk-first">
                            <h4>{talk_first(count)}</h4>
                            <p>{talk_first_why(count)} " "
                                <a href="#existing-heading" on:click=|event: leptos::ev::MouseEvent| if is_plain_click(&event) { event.prevent_default(); reveal("existing-heading"); }>{if count == 1 { "See it below" } else { "See them below" }}</a>
                                "."
                            </p>
                        </li>
                    })}
                    {steps.into_iter().filter_map(|step| {
                        let PlanStep::Gap(index) = step else { return None };
                        let factor = content.factors.get(index)?;
                        let rating = outcome.factor(index)?.rating?;
                        Some(view! {
                            <li class="gap">
                                <h4>{factor.name.clone()}" "{factor_citations(factor)}</h4>
                                <p class="meta">{format!("Now: {}, {}%", content.levels.get(rating.level), rating.percent)}</p>
                                <p><strong>"Next step: "</strong>{factor.next_steps.get(rating.level).clone()}</p>
                                <HelpLinks content=content.clone() factor=index/>
                            </li>
                        })
                    }).collect_view()}
                </ol>
            }
            .into_any()
        };
        view! {
            <section aria-labelledby="gaps-heading">
                <h3 id="gaps-heading">"Next steps"</h3>
                {body}
            </section>
        }
        .into_any()
    }
}

#[component]
fn Strengths(state: Assess) -> impl IntoView {
    move || {
        let content = state.content();
        let outcome = state.outcome.get();
        if outcome.strengths.is_empty() {
            return ().into_any();
        }
        view! {
            <section aria-labelledby="strengths-heading">
                <h3 id="strengths-heading">"Strengths"</h3>
                <ul class="strengths">
                    {outcome.strengths.iter().filter_map(|&index| {
                        let factor = content.factors.get(index)?;
                        let rating = outcome.factor(index)?.rating?;
                        let keep = (rating.level == Level::InPlace).then(|| factor.next_steps.get(Level::InPlace).clone());
                        Some(view! {
                            <li>
                                <strong>{factor.name.clone()}</strong>
                                " "
                                {factor_citations(factor)}
                                {format!(" ({}, {}%)", content.levels.get(rating.level), rating.percent)}
                                {keep.map(|keep| view! { <br/><span class="meta">{keep}</span> })}
                            </li>
                        })
                    }).collect_view()}
                </ul>
            </section>
        }
        .into_any()
    }
}

/// The distinct help links of a factor's statements.
#[component]
fn HelpLinks(content: std::sync::Arc<AssessmentFile>, factor: usize) -> impl IntoView {
    let links = content.help_links(Some(factor));
    (!links.is_empty()).then(|| {
        view! {
            <p class="help-links">
                "Read more: "
                {links.into_iter().enumerate().map(|(n, link)| {
                    let label = link.label.clone();
                    view! {
                        {(n > 0).then_some(" · ")}
                        <AppLink href=link.href.clone()>{label}</AppLink>
                    }
                }).collect_view()}
            </p>
        }
    })
}

#[component]
fn ReadMore(state: Assess) -> impl IntoView {
    let content = state.content();
    let links = content.help_links(None);
    view! {
        <section class="read-more" aria-labelledby="read-more-heading">
            <h3 id="read-more-heading">"Where to read more"</h3>
            <ul class="link-columns">
                <li><AppLink href=Route::Roles.path()>"Roles in a community of practice"</AppLink></li>
                <li><AppLink href=Route::Toolkit.path()>"The toolkit"</AppLink></li>
                {links.into_iter().map(|link| {
                    let label = link.label.clone();
                    view! { <li><AppLink href=link.href.clone()>{label}</AppLink></li> }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The numbered sources list that the intro's and the factors' citations point to.
#[component]
pub fn Sources(state: Assess) -> impl IntoView {
    let content = state.content();
    let sources: Vec<_> = content.numbered_sources().into_iter().cloned().collect();
    let citations = use_context::<Citations>()
        .unwrap_or_else(|| Citations::provide(&content.numbered_sources()));
    let any = citations.clone();
    view! {
        <section class="sources-list" aria-labelledby="sources-heading" hidden=move || !any.any_cited()>
            <h3 id="sources-heading">"Sources"</h3>
            <ol class="sources">
                <SourcesList citations=citations sources=sources/>
            </ol>
        </section>
    }
}

/// Citation links to a factor's sources, after its name.
fn factor_citations(factor: &domain::assessment::Factor) -> impl IntoView + use<> {
    let citations = use_context::<Citations>();
    let ids = factor.sources.clone();
    citations.map(|citations| ids.into_iter().map(|id| citations.link(id)).collect_view())
}
